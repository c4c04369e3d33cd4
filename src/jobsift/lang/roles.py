"""Role nouns and seniority words: enough to tell that a line *starts* with a job title.

The splitter asks "does this line open a new posting?"; a line that opens with a run of
capitalised words holding a role noun ("Senior Java Fullstack Engineer developing ...") does,
while a bullet ("Design, build, and operate ...") does not.  Full title extraction lives in
``jobsift.extract``; this is only the cheap test the splitter needs.
"""

from __future__ import annotations

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
"""
ROLE_NOUNS: Final[frozenset[str]] = frozenset(_ROLE_WORDS.split())

# German and Dutch glue role nouns onto their subject: "Softwareentwickler", "Projektleiter".
# fmt: off
ROLE_SUFFIXES: Final[tuple[str, ...]] = (
    "entwickler", "entwicklerin", "ingenieur", "ingenieurin", "berater", "beraterin",
    "leiter", "leiterin", "manager", "managerin", "architekt", "architektin", "techniker",
    "technikerin", "kaufmann", "kauffrau", "fachkraft", "ontwikkelaar", "medewerker",
    "beheerder", "adviseur", "leider", "engineer", "developer", "designer", "analyst",
    "administrator", "specialist", "spezialist", "programmierer",
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


def is_role_word(word: str) -> bool:
    folded = word.casefold().strip(".,:;()")
    if folded in ROLE_NOUNS:
        return True
    return len(folded) > 8 and folded.endswith(ROLE_SUFFIXES)


# Role nouns that are also verbs or common words at the start of a bullet ("Lead the design").
# fmt: off
_VERB_LIKE: Final = frozenset({"lead", "head", "advocate", "chef", "counsel", "steward", "owner",
                               "agent", "operator", "admin", "lider", "responsable"})
# fmt: on


def starts_with_title(line: str) -> bool:
    """True when the line opens with a capitalised run of words that holds a role noun."""
    words = [w for w in (raw.strip(_PUNCT) for raw in line[:160].split()[:_MAX_TITLE_WORDS]) if w]
    for index, word in enumerate(words):
        if word.casefold() in _CONNECTORS:
            continue
        if not _capitalised(word):
            return False
        if is_role_word(word):
            return index > 0 or _title_goes_on(word, words[1:2])
    return False


def _capitalised(word: str) -> bool:
    return word[0].isupper() or word[0].isdigit() or word[0] in ".(#"


def _title_goes_on(first: str, following: list[str]) -> bool:
    """A lone verb-like role noun opens a title only when a capitalised word follows it."""
    if first.casefold() not in _VERB_LIKE:
        return True
    return bool(following) and _capitalised(following[0])
