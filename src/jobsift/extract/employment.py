"""Employment types in schema.org's closed set, from words in the eight languages.

FULL_TIME, PART_TIME, CONTRACTOR, TEMPORARY, INTERN, VOLUNTEER, PER_DIEM, OTHER; a posting may
have several ("Vollzeit oder Teilzeit"), each returned once with every span that says it.

Decisions:

* Permanent contracts (CDI, "unbefristet", "contrato indefinido", "tempo indeterminato", CLT,
  "umowa o pracę", "efetivo") mean FULL_TIME with confidence 0.7: schema.org has no
  "permanent", and such contracts are full-time unless the text says part-time.
* Fixed-term contracts (CDD, "befristet", "fixed-term", "contrato temporal", "umowa na czas
  określony", "tempo determinato", "tijdelijk") are TEMPORARY.  An English "6-month contract"
  or "contract role" is CONTRACTOR (the English job-board sense); freelance, Freiberufler, PJ,
  B2B, "partita IVA", "umowa zlecenie/o dzieło" are CONTRACTOR.  "B2B" counts only beside
  "umowa", "kontrakt", "contract" or a Polish text: "B2B sales" is no contract.
* **Werkstudent** is PART_TIME (0.8) and INTERN (0.6): a student job capped at 20 hours a week;
  both filters should find it.
* Apprenticeships (Ausbildung as a job, Azubi, alternance, apprendistato, aprendiz) are OTHER:
  they are neither internships nor ordinary jobs.  "abgeschlossene Ausbildung" is an education
  requirement and does not count.
* Traps: "200 full-time employees", "voluntary benefits", "volunteering days", "per diem
  allowance", "smart contract", "contract management", German "intern" (internal).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final, NamedTuple

from jobsift.extract.language import detect_language
from jobsift.extract.types import Span, Value
from jobsift.extract.wordscan import Hit, PhraseScanner


class _Type(NamedTuple):
    types: tuple[tuple[str, float], ...]  # (type, confidence); empty for a trap phrase


_TRAP: Final = _Type(())
_FULL: Final = _Type((("FULL_TIME", 0.95),))
_PERMANENT: Final = _Type((("FULL_TIME", 0.7),))
_PART: Final = _Type((("PART_TIME", 0.95),))
_CONTRACTOR: Final = _Type((("CONTRACTOR", 0.9),))
_TEMPORARY: Final = _Type((("TEMPORARY", 0.9),))
_INTERN: Final = _Type((("INTERN", 0.9),))
_VOLUNTEER: Final = _Type((("VOLUNTEER", 0.85),))
_OTHER: Final = _Type((("OTHER", 0.8),))

# Traps first: at one position the first alternative that matches wins.
# fmt: off
_PHRASES: Final[tuple[tuple[str, _Type], ...]] = (
    (r"\d[\d,.]* (?:full|part)[- ]?time (?:employees|staff|workers|people|colleagues)\b", _TRAP),
    (r"(?:full|part)[- ]?time (?:equivalent|employees|staff|workers|colleagues)\b|\bfte\b",
     _TRAP),
    (r"(?:smart|social|psychological) contracts?\b|contract(?:s|ual)? (?:management|law"
     r"|negotiations?|manager|administration|review|drafting|lifecycle)\b", _TRAP),
    (r"volunteer(?:ing)? (?:days?|time|leave|hours|opportunities|programs?|programmes?)\b"
     r"|voluntary (?:benefits|contributions?|pension)", _TRAP),
    (r"per diem (?:allowance|expenses?|reimbursement|rates?)\b", _TRAP),
    (r"contract(?: type)?\s*:|(?:buenas|mejores|boas|melhores) pr[áa]cticas\b"
     r"|(?:buenas|mejores|boas|melhores) práticas\b", _TRAP),
    # "25 vacation days on a full-time basis": a pro-rata benefit, not the job's type
    (r"(?:bij|bei|on|based on|auf basis) (?:een |einer |a )?(?:fulltime|full[- ]time"
     r"|vollzeit)\w*", _TRAP),
    (r"(?:abgeschlossene|erfolgreich abgeschlossene|abgeschlossener|kaufmännische|technische"
     r"|handwerkliche|einschlägige|fundierte)[rn]? (?:\w+ )?(?:berufs)?ausbildung\b", _TRAP),
    (r"intern(?:e|en|er)?\b(?: (?:und|and|en|et|y|e|i|or|oder|of) extern\w*)", _TRAP),
    (r"interim (?:solution|report\w*|results?|period|dividend)\b", _TRAP),
    # Interns and apprentices the job trains or supervises: other people, not this job.
    (r"(?:estudiantes|alumn[oa]s|becari[oa]s) en pr[áa]cticas\b"
     r"|(?:von|der|unsere[rn]?) (?:auszubildenden|azubis|praktikant\w*)"
     r"|(?:mentor\w*|supervis\w*|train\w*|coach\w*|manag\w*) (?:our |the )?interns\b"
     r"|(?:des|les|nos) (?:stagiaires|alternants)\b"
     r"|(?:affiancare|formare|seguire) (?:gli |i )?stagisti\b", _TRAP),
    # full-time and permanent
    (r"full[- ]?time\b|vollzeit\w*|temps (?:plein|complet)\b|(?:jornada|tiempo) completo?a?\b"
     r"|a tiempo completo\b|tempo (?:integral|pieno)\b|período integral\b|pe[łl]n(?:y|ym|en)"
     r" (?:wymiar\w* )?(?:etat\w*|czasu pracy)\b|voltijd\b|fulltime\b|full time\b", _FULL),
    (r"cdi\b|contrat à durée indéterminée\b|unbefristet\w*|festanstellung\b"
     r"|(?:contrato )?indefinido\b|tempo indeterminato\b|clt\b|efetiv[oa]\b"
     r"|umow[aęy] o pracę\b|permanent(?: position| role| contract| job)?\b"
     r"|vast(?:e)? (?:contract|aanstelling|dienstverband)\b", _PERMANENT),
    # part-time
    (r"part[- ]?time\b|parttime\b|teilzeit\w*|temps partiel\b|(?:media )?jornada parcial\b"
     r"|media jornada\b|tiempo parcial\b|tempo parcial\b|meio período\b|meio periodo\b"
     r"|niepe[łl]n(?:y|ym) (?:wymiar\w* )?(?:etat\w*|czasu pracy)\b|tempo parziale\b"
     r"|part[- ]time\b|deeltijd\b|minijob\b", _PART),
    # contractor
    (r"freelanc\w*|freiberuf\w*|contractor\b|contract(?:[- ]to[- ]hire)?\b(?: (?:role|position"
     r"|basis|job|assignment|work|engagement))?|\d+[- ]months?[- ]contract\b|pj\b"
     r"|(?:umowa|kontrakt|contract|na) b2b\b|b2b(?: contract| kontrakt)?\b"
     r"|umow[aęy] (?:zlecenie|o dzieło)"
     r"\b|partita iva\b|interim(?: (?:role|position|basis|assignment|opdracht))?\b"
     r"|autónomo\b|autônomo\b|zzp(?:'er)?\b|portage salarial\b", _CONTRACTOR),
    # temporary
    (r"(?:temporary|fixed[- ]term|tijdelijke?|befristete[rn]?) (?:contract|vertrag"
     r"|arbeitsvertrag|dienstverband|position|role)\b|temporary\b|temp\b|fixed[- ]term\b"
     r"|befristet\w*|cdd\b|contrat à durée déterminée\b"
     r"|intérim\w*|(?:contrato )?temporal\b|sostituzione maternità\b"
     r"|maternity (?:cover|leave cover)\b|elternzeitvertretung\b|remplacement congé maternité\b"
     r"|sustitución (?:por )?maternidad\b|licença[- ]maternidade\b|(?:contrato )?tempor[áa]rio\b"
     r"|umow[aęy] na czas określony\b|tempo determinato\b|contratto a termine\b"
     r"|tijdelijk\w*|seasonal\b|saisonal\w*|saisonnier\b"
     r"|(?:praca|umowa|zatrudnienie|prac[aę]) tymczasow[aey]\b", _TEMPORARY),
    # intern
    (r"werkstudent\w*(?:\*in|:in|/in)?", _Type((("PART_TIME", 0.8), ("INTERN", 0.6)))),
    (r"internships?\b|intern\b|praktik(?:um|ant\w*)\b|pflichtpraktikum\b|stage\b|stages\b"
     r"|stagiaire\b|pr[áa]cticas\b|est[áa]gio\b|estagi[áa]ri[oa]\b|staż\w*|praktyk[ia]\b"
     r"|praktykant\w*|tirocini\w*|stagiair\w*|stagista\b"
     r"|(?:afstudeer|meewerk|snuffel|werk)stage\b", _INTERN),
    # volunteer
    (r"volunteer\w*|voluntari[oa]d?o?\b|voluntári[oa]\b|wolontari\w*|volontari\w*", _VOLUNTEER),
    # per diem
    (r"per diem\b", _Type((("PER_DIEM", 0.8),))),
    # apprenticeships
    (r"apprentice(?:ship)?\b|ausbildung(?:splatz)?\b|ausbildung zu[mr]\b|azubi\w*"
     r"|auszubildende\w*|alternan(?:ce|t|te)\b|apprentissage\b|apprendistato\b"
     r"|(?:jovem )?aprendiz\b", _OTHER),
)
# fmt: on
# Few first letters, so few passes over the text (see jobsift.extract.wordscan).
# fmt: off
_ANCHORS: Final = (
    "ime", "integral", "intern", "interim", "intérim", "indefinid", "ijd", "ixed", "iberuf",
    "irocin", "inijob", "Intern", "Interim", "Intérim", "Indefinid", "zeit", "zubi",
    "Elternzeit", "mps", "mpo", "manent", "mater", "meio per", "media jor", "mowa", "mowy",
    "mowę", "CDI", "CDD", "CLT", "Contra", "Completa", "contra", "completa", "PJ", "Praktik",
    "Praktyk", "Per diem", "Parcial", "Permanent", "pprenti", "pprendi", "prendiz", "praktyk",
    "per diem", "pełn", "pełen", "parcial", "2B", "freelan", "frist", "fetiv", "Freelan",
    "Festanst", "Freiberuf", "lunt", "lont", "lternan", "stage", "stagi", "staż", "sbildung",
    "Stage", "Stagi", "ácticas", "ágio", "ário", "kstud", "tage",
    # inside the word, so "Pełny etat", "Staż" and "Stażysta" are found capitalised too
    "ełn", "ełen", "taż", "ymczas",
)
# fmt: on
_SCANNER: Final = PhraseScanner(_ANCHORS, _PHRASES)
# "umowa B2B", "B2B contract", "Forma zatrudnienia: B2B", "B2B:" before a salary.
_B2B_CONTEXT: Final = re.compile(r"(?i)umow|kontrakt|contract|zatrudnieni|współprac|\bna b2b|b2b:")
# "Stage de fin d'études", "Stage (H/F)", "stage bij", "stage di": a French, Dutch or Italian
# internship even when the text is too short to tell its language; "early stage" is not.
_STAGE_AFTER: Final = re.compile(r"(?i)\s*(?:de |d'|d’|en |bij |di |\(|[-–:] )")
_ENGLISH_STAGE: Final = re.compile(
    r"(?i)\b(?:early|late|growth|seed|next|first|final|this|that|any|every|on)[- ]$"
)
_STAGE_LANGS: Final = frozenset({"fr", "nl", "it"})
# "Agenturen und Freelancer", "work with freelancers": other people, not this job.
_OTHERS_BEFORE: Final = re.compile(
    r"(?i)\b(?:und|and|mit|with|von|of|et|y|e|i|or|oder|des|der|den)\s+$"
)
_PORTUGUESE_CONTEXT: Final = re.compile(r"(?i)\bclt\b|contrata|regime|\bou\b|\bvaga\b")


def extract_employment_types(text: str, lang: str | None = None) -> tuple[Value[str], ...]:
    """The employment types stated in ``text``, in the order they are first stated."""
    found: dict[str, tuple[list[Span], float]] = {}
    for hit in _SCANNER.find(text):
        kind = hit.payload
        if not kind.types or not _credible(text, hit, lang):
            continue
        for name, confidence in kind.types:
            spans, best = found.get(name, ([], 0.0))
            spans.append((hit.start, hit.end))
            found[name] = (spans, max(best, confidence))
    full = found.get("FULL_TIME")
    if "PART_TIME" in found and full is not None and full[1] < _FULL.types[0][1]:
        del found["FULL_TIME"]  # "CDI à temps partiel": permanent, and part-time
    return tuple(
        Value(name, spans=tuple(spans), confidence=confidence)
        for name, (spans, confidence) in found.items()
    )


def _credible(text: str, hit: Hit[_Type], lang: str | None) -> bool:
    """Short or borrowed words that are employment types only in some texts."""
    word = text[hit.start : hit.end]
    low = word.lower()
    check = _CHECKS.get(low) or next(
        (test for prefix, test in _PREFIX_CHECKS if low.startswith(prefix)), None
    )
    return True if check is None else check(text, hit, word, lang)


def _b2b(text: str, hit: Hit[_Type], word: str, lang: str | None) -> bool:
    return bool(_B2B_CONTEXT.search(text[max(0, hit.start - 25) : hit.end + 3]))


def _pj(text: str, hit: Hit[_Type], word: str, lang: str | None) -> bool:
    context = text[max(0, hit.start - 30) : hit.end + 30]
    return word == "PJ" and bool(_PORTUGUESE_CONTEXT.search(context))


def _stage(text: str, hit: Hit[_Type], word: str, lang: str | None) -> bool:
    if _ENGLISH_STAGE.search(text, max(0, hit.start - 12), hit.start):
        return False
    return bool(_STAGE_AFTER.match(text, hit.end)) or _language(text, lang) in _STAGE_LANGS


def _intern(text: str, hit: Hit[_Type], word: str, lang: str | None) -> bool:
    # German and Dutch "intern" means internal; a capital makes it the English noun.
    return word != "intern" or _language(text, lang) not in ("de", "nl")


def _interim(text: str, hit: Hit[_Type], word: str, lang: str | None) -> bool:
    # French intérim is temping (TEMPORARY); elsewhere an interim is a contractor.
    return _language(text, lang) != "fr"


def _acronym(text: str, hit: Hit[_Type], word: str, lang: str | None) -> bool:
    return word.isupper()


def _freelance(text: str, hit: Hit[_Type], word: str, lang: str | None) -> bool:
    others = _OTHERS_BEFORE.search(text, max(0, hit.start - 12), hit.start)
    return not others and not word.lower().endswith(("ers", "ern"))


_Check = Callable[[str, Hit[_Type], str, "str | None"], bool]
_CHECKS: Final[dict[str, _Check]] = {
    "pj": _pj,
    "stage": _stage,
    "stages": _stage,
    "intern": _intern,
    "interim": _interim,
    "clt": _acronym,
    "cdi": _acronym,
    "cdd": _acronym,
}
_PREFIX_CHECKS: Final[tuple[tuple[str, _Check], ...]] = (
    ("b2b", _b2b),
    ("freelanc", _freelance),
    ("freiberuf", _freelance),
)


def _language(text: str, lang: str | None) -> str | None:
    if lang is not None:
        return lang
    found = detect_language(text)
    return found.value if found else None
