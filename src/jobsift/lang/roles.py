"""Role nouns and seniority words: enough to tell that a line *starts* with a job title.

The splitter asks "does this line open a new posting?"; a line that opens with a run of
capitalised words holding a role noun ("Senior Java Fullstack Engineer developing ...") does,
while a bullet ("Design, build, and operate ...") does not.  Full title extraction lives in
``jobsift.extract``; this is only the cheap test the splitter needs.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from importlib import resources
from typing import Final

_ROLE_WORDS = """
    engineer engineers developer developers programmer architect architects manager managers
    designer analyst scientist consultant specialist administrator admin technician lead
    director officer coordinator assistant associate intern internship trainee apprentice
    nurse physician doctor driver accountant auditor controller recruiter sourcer writer editor
    teacher tutor lecturer researcher representative rep agent advisor adviser operator
    mechanic electrician welder cashier clerk receptionist secretary chef cook waiter
    salesperson buyer planner strategist owner head vp president cto ceo cfo coo ciso tester
    sre devops expert evangelist advocate steward therapist pharmacist paralegal lawyer counsel
    attorney supervisor foreman worker labourer laborer handler picker packer courier
    entwickler entwicklerin ingenieur ingenieurin berater beraterin leiter leiterin
    architektin architekt referent referentin sachbearbeiter sachbearbeiterin werkstudent
    werkstudentin praktikant praktikantin mitarbeiter mitarbeiterin fachkraft kaufmann kauffrau
    techniker technikerin administratorin analystin managerin spezialist spezialistin
    développeur développeuse developpeur ingénieur ingenieure ingénieure chef responsable
    chargé chargée consultante stagiaire alternant technicien technicienne gestionnaire
    concepteur conceptrice directeur directrice commercial commerciale infirmier infirmière
    desarrollador desarrolladora ingeniero ingeniera programador programadora analista
    consultor consultora jefe jefa responsable técnico técnica arquitecto arquitecta becario
    becaria gerente director directora especialista coordinador coordinadora asistente
    desenvolvedor desenvolvedora engenheiro engenheira programador analista arquiteto
    arquiteta estagiário estagiária gerente coordenador coordenadora técnico especialista
    programista programistka inżynier inżynierka architekt analityk analityczka kierownik
    specjalista specjalistka konsultant konsultantka tester testerka stażysta stażystka
    administrator dyrektor lider sviluppatore sviluppatrice ingegnere programmatore
    programmatrice analista consulente architetto responsabile tecnico stagista direttore
    ontwikkelaar ingenieur programmeur architect adviseur beheerder medewerker stagiair
    projectleider teamleider consultant specialist
    pflegefachkraft krankenpfleger krankenschwester erzieher erzieherin lehrer lehrerin koch
    köchin fahrer fahrerin lagerist lageristin verkäufer verkäuferin buchhalter buchhalterin
    elektriker elektrikerin mechaniker mechanikerin monteur monteurin kraftfahrer
    infirmier infirmière comptable cuisinier cuisinière vendeur vendeuse chauffeur enseignant
    enseignante magasinier magasinière électricien électricienne préparateur préparatrice
    enfermero enfermera contable cocinero cocinera conductor conductora camarero camarera
    profesor profesora mozo electricista dependiente dependienta comercial ayudante auxiliar
    enfermeiro enfermeira contador contadora cozinheiro cozinheira motorista vendedor
    vendedora professor professora eletricista assistente operador operadora atendente
    pielęgniarka pielęgniarz księgowa księgowy kucharz kucharka kierowca sprzedawca
    sprzedawczyni nauczyciel nauczycielka magazynier elektryk handlowiec przedstawiciel
    infermiere infermiera contabile cuoco cuoca autista commesso commessa insegnante
    magazziniere elettricista addetto addetta impiegato impiegata operaio operaia
    verpleegkundige boekhouder kok verkoper verkoopster leraar docent magazijnmedewerker
    elektricien monteur verzorgende
"""
ROLE_NOUNS: Final[frozenset[str]] = frozenset(_ROLE_WORDS.split())

# German and Dutch glue role nouns onto their subject: "Softwareentwickler", "Projektleiter".
# fmt: off
ROLE_SUFFIXES: Final[tuple[str, ...]] = (
    "entwickler", "entwicklerin", "ingenieur", "ingenieurin", "berater", "beraterin",
    "leiter", "leiterin", "manager", "managerin", "architekt", "architektin", "techniker",
    "technikerin", "kaufmann", "kauffrau", "fachkraft", "ontwikkelaar", "medewerker",
    "beheerder", "adviseur", "leider", "engineer", "developer", "designer", "analyst",
    "administrator", "specialist", "spezialist", "programmierer", "chauffeur", "monteur",
    "medewerker", "verkoper", "techniker", "fahrer", "pfleger", "berater",
)
# fmt: on

_SENIORITY = """
    senior sr sr. junior jr jr. lead principal staff head chief mid mid-level intern
    trainee graduate entry-level associate
    sênior pleno júnior starszy młodszy medior stagiaire werkstudent praktikant
"""
SENIORITY_WORDS: Final[frozenset[str]] = frozenset(_SENIORITY.split())

_PUNCT: Final = ",;:!?\"'“”‘’«»"
# fmt: off
_CONNECTORS: Final = frozenset({"-", "/", "&", "and", "of", "de", "du", "des", "la", "le",
                                "für", "for", "(m/w/d)", "(w/m/d)", "(m/f/d)", "(h/f)", "(f/h)",
                                "(m/k)", "(k/m)", "(m/v)", "(m/v/x)", "e", "y", "i", "en", "und",
                                "et", "di", "do", "da", "em", "w"})
# fmt: on
_MAX_TITLE_WORDS: Final = 8
_TITLE_LINE_CHARS: Final = 120


def _load_heads() -> frozenset[str]:
    text = (resources.files("jobsift.lang") / "data" / "role-heads.v1.txt").read_text("utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


#: Head nouns of ESCO and O*NET occupation titles in eight languages (built by
#: scripts/build_role_heads.py).  Broad, so weaker evidence than ROLE_NOUNS: see below.
ROLE_HEADS: Final[frozenset[str]] = _load_heads()


def is_role_word(word: str) -> bool:
    """A curated role noun ("engineer", "Entwickler", "programista")."""
    return _parts_match(word, _is_role_part)


def is_role_head(word: str) -> bool:
    """A head noun of some occupation title ("operative", "projetista"), curated or not."""
    return _parts_match(word, lambda part: part in ROLE_HEADS or _is_role_part(part))


def _parts_match(word: str, test: Callable[[str], bool]) -> bool:
    folded = word.casefold().strip(".,:;()")
    # "Programador/a", "Entwickler/in", "Engineer/Developer": any part may be the role noun.
    return any(test(part) for part in folded.split("/") if part)


def _is_role_part(folded: str) -> bool:
    if folded in ROLE_NOUNS:
        return True
    return len(folded) > 8 and folded.endswith(ROLE_SUFFIXES)


# Role nouns that are also verbs or common words at the start of a bullet ("Lead the design").
# fmt: off
_VERB_LIKE: Final = frozenset({"lead", "head", "advocate", "chef", "counsel", "steward", "owner",
                               "agent", "operator", "admin", "lider", "responsable"})
# fmt: on


# "(m/w/d)", "(H/F)", "(v/m/x)", "(w/m/div)", "(all genders)": only job titles carry these.
_GENDER: Final = r"(?:[mwfhvdkx]|div|all genders?)"
_GENDER_MARKER: Final = re.compile(
    rf"\({_GENDER}(?:\s*[/|,]\s*{_GENDER})+\)|\(all genders?\)", re.IGNORECASE
)


def starts_with_title(line: str) -> bool:
    """True when the line opens with a capitalised run of words that holds a role noun,
    or is a short line carrying a gender marker such as "(m/w/d)"."""
    if len(line) <= _TITLE_LINE_CHARS and _GENDER_MARKER.search(line):
        return True
    words = [w for w in (raw.strip(_PUNCT) for raw in line[:160].split()[:_MAX_TITLE_WORDS]) if w]
    for index, word in enumerate(words):
        if word.casefold() in _CONNECTORS:
            continue
        if not _capitalised(word):
            return False
        if is_role_word(word):
            return index > 0 or _title_goes_on(word, words[1:4])
        if index > 0 and is_role_head(word):
            # A broad head noun counts only inside a capitalised run ("Warehouse Operative");
            # at the start of a line it is too often a verb or a noun of a bullet ("Work with").
            return True
    return False


def _capitalised(word: str) -> bool:
    return word[0].isupper() or word[0].isdigit() or word[0] in ".(#"


def _title_goes_on(first: str, following: list[str]) -> bool:
    """A lone verb-like role noun opens a title only when a capitalised word follows it
    ("Head of Engineering", "Lead Engineer"; not "Lead the design")."""
    if first.casefold() not in _VERB_LIKE:
        return True
    words = [word for word in following if word.casefold() not in _CONNECTORS]
    return bool(words) and _capitalised(words[0])
