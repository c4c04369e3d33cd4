"""Seniority: intern, junior, mid, senior, lead, principal or executive, when the posting says so.

Where the word stands decides how much it counts.  In the *title* (the given span, else the
first line when it is short, else the first eight words of the first sentence) a seniority word
is the posting's level.  In the *body* the same word often describes other people ("senior
stakeholders", "mentor junior developers") or is a verb ("lead the design"), so it counts only
in a shape that describes this job: a field ("Seniority level: Senior"), "as a Senior
Engineer" / "als Junior Entwickler", or right beside a singular role noun ("a senior role",
"Desarrollador Senior").  The title beats the body.

Decisions:

* **Staff** maps to ``principal`` (the IC level above senior), but only before a technical role
  ("Staff Software Engineer"); "Staff Accountant" and "Staff Nurse" are entry grades, not levels.
* **Expert/Experte** and "expérimenté" map to ``senior`` with confidence 0.6.
* "Mid-Senior level" (LinkedIn's bucket above entry level) maps to ``mid`` with confidence 0.5.
* **Werkstudent**, **Trainee**, apprentices (Azubi, apprendista, aprendiz) map to ``intern``.
* Head of, Director, VP, Chief ... Officer, C-level map to ``executive`` and Team-/Abteilungs-
  **leiter** to ``lead``: the level is read off a role name, so the basis is
  ``inferred:title``.  Words that name a level ("Senior", "Junior", "Praktikant") are
  ``stated``.
* Years of experience are not a stated level: by default "5+ years" gives ``None``.  With
  ``infer_from_experience=True`` it gives a level with basis ``inferred:experience`` and a
  confidence of at most 0.4 (under 2 years junior, under 5 mid, else senior).
* "Stage" (French, Dutch, Italian for internship) is read only in those languages: English
  "early stage" is no internship.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from jobsift.extract.experience import extract_experience
from jobsift.extract.language import detect_language
from jobsift.extract.types import Seniority, Span, Value
from jobsift.extract.wordscan import Hit, PhraseScanner
from jobsift.lang.roles import ROLE_NOUNS, is_role_head


class _Level(NamedTuple):
    level: Seniority | None  # None: a trap ("senior citizens", "lead generation")
    confidence: float
    basis: str = "stated"
    # needs_role: counts only right before a role noun, even in the title ("Staff Engineer")
    needs_role: bool = False
    # noun: the word names a role itself ("Intern", "Director"), so "as an Intern" is enough
    noun: bool = False


_TRAP: Final = _Level(None, 0.0)
_INTERN_NOUN: Final = _Level("intern", 0.95, noun=True)
_EXEC_NOUN: Final = _Level("executive", 0.85, "inferred:title", noun=True)

# Trap phrases first: at one position the first alternative that matches wins.
# fmt: off
_PHRASES: Final[tuple[tuple[str, _Level], ...]] = (
    (r"senior (?:care|living|citizens?|homes?|residents?|housing|services|centers?|centres?"
     r"|management|leadership|leaders|executives|stakeholders|colleagues|team members)\b", _TRAP),
    (r"junior (?:high|college|school|kindergarten|team members|colleagues)\b", _TRAP),
    (r"lead (?:generation|gen|management|time|qualification|nurturing|scoring|magnet|lists?"
     r"|acquisition|conversion|routing|the|a|an|our|and|by|cross|with|teams|projects"
     r"|initiatives|efforts|workshops|meetings|discussions|development of)\b", _TRAP),
    (r"principal (?:component|investigator|place|office|amount|activities|responsibilities"
     r"|tasks|duties)\b|principales?\b|principais\b|principali\b", _TRAP),
    (r"staff (?:nurse|accountant|auditor|member|members|augmentation|meeting|canteen)\b", _TRAP),
    (r"(?:previous|prior|completed|first|an? |one or more |relevant )internships?\b", _TRAP),
    (r"head (?:office|quarters?|count|hunter\w*)\b", _TRAP),
    (r"internships? (?:program(?:me)?s?|experience)\b", _TRAP),
    # intern
    (r"intern(?:ship)?s?\b|trainee(?:ship)?\b|working student\b|summer intern\b", _INTERN_NOUN),
    (r"werkstudent(?:in|\*in|:in|/in|_in|\(in\))?\b|praktikant(?:in|\*in|/in|\(in\))?\b"
     r"|praktikum\b|pflichtpraktikum\b|stagiaire\b|alternant(?:e|\(e\))?\b|alternance\b"
     r"|becari[oa](?:/[oa])?\b|pr[áa]cticas\b|estagi[áa]ri[oa](?:\(a\)|/a)?\b|est[áa]gio\b"
     r"|stażyst(?:a|ka)\b|staż\b|praktykant(?:ka)?\b|praktyki\b|stagista\b|tirocini(?:o|ante)\b"
     r"|stagiair(?:e)?\b|apprentice(?:ship)?\b|azubi\b|auszubildende[rn]?\b|aprendiz\b"
     r"|apprendista\b|afstudeerstage\b|meewerkstage\b|snuffelstage\b", _INTERN_NOUN),
    (r"stages?\b", _Level("intern", 0.8, noun=True)),  # fr/nl/it only, see _allowed
    # junior
    (r"junior\b|júnior\b|jr\.?(?!\w)|młodsz[ya]\b|(?:berufs)?einsteiger(?:in)?\b"
     r"|entry[- ]level\b|débutant(?:e)?\b|absolvent(?:in)?\b", _Level("junior", 0.95)),
    (r"graduate\b", _Level("junior", 0.7, needs_role=True)),
    # mid
    (r"mid[- ]senior\b", _Level("mid", 0.5)),
    (r"mid[- ]?level\b|medior\b|pleno\b|confirmé(?:e|\(e\))?\b|semi[- ]?senior\b|ssr\b"
     r"|intermediate\b", _Level("mid", 0.9)),
    (r"mid\b|regular\b", _Level("mid", 0.8, needs_role=True)),
    (r"pl\.?(?!\w)", _Level("mid", 0.8, needs_role=True)),  # Brazilian "Analista Pl"
    # senior
    (r"senior\b|sênior\b|sr\.?(?!\w)|snr\.?(?!\w)|starsz[ya]\b", _Level("senior", 0.95)),
    (r"expert(?:e|in)?\b|experto\b|esperto\b|expérimenté(?:e|\(e\))?\b"
     r"|experimentad[oa]\b|erfahrene[rn]?\b", _Level("senior", 0.6)),
    # lead
    (r"(?:tech(?:nical)?|team|engineering|development|dev|qa|test|project|product|data|design"
     r"|it|sales|shift|store|site) lead\b|lead\b", _Level("lead", 0.9)),
    (r"team ?leader\b|teamleider\b|l[íi]der\b|leader\b|lider\b|chef d'équipe\b"
     r"|responsable d'équipe\b|jef[ea](?:/a|\(a\))? de equipo\b|capo ?team\b"
     r"|head (?:chef|nurse)\b|kierownik zespołu\b|capo reparto\b"
     r"|coordinador(?:/a|\(a\)|a)? de equipo\b",
     _Level("lead", 0.85)),
    (r"(?:bereichs|abteilungs|fachbereichs|geschäftsbereichs)(?:leiter(?:in)?|leitung)\b"
     r"|(?:leiter(?:in)?|leitung) (?:der |des )?\w{4,}|head de\b|hoofd\b"
     r"|kierownik działu\b", _EXEC_NOUN),
    (r"\w*leiter(?:in)?\b|\w*leitung\b", _Level("lead", 0.7, "inferred:title", noun=True)),
    # principal
    (r"principal\b", _Level("principal", 0.9, needs_role=True)),
    (r"distinguished\b|główn[ya]\b", _Level("principal", 0.85, needs_role=True)),
    (r"especialista\b", _Level("principal", 0.6, needs_role=True)),  # Brazilian ladder
    (r"staff\b", _Level("principal", 0.8, needs_role=True)),
    # executive
    (r"head of\b|vice[- ]president\b|[se]?vp\b|chief \w+(?: \w+)? officer\b|chief of staff\b"
     r"|c[etfoimdr]o\b|ciso\b|managing director\b|geschäftsführer(?:in)?\b"
     r"|direct(?:or|ora|eur|rice)\b|direktor(?:in)?\b|dyrektor\b|diret(?:or|ora)\b"
     r"|dirett(?:ore|rice)\b|directeur général\b", _EXEC_NOUN),
)
# fmt: on
# Rare-letter substrings, one inside every phrase above (see jobsift.extract.wordscan).
# fmt: off
_ANCHORS: Final = (
    "nior", "Sr.", "Jr.", "Sr ", "Jr ", "Snr", "lead", "íder", "ider", "eiter", "eitung",
    "rincipal", "staff", "head", "irect", "irekt", "yrekt", "iret", "vp", "vice", "hief", "cto",
    "ceo", "cfo", "coo", "cio", "cmo", "cdo", "cro", "ciso", "ntern", "rainee", "working st",
    "erkstud", "raktik", "stagi", "stage", "lternan", "ecari", "ráctic", "ractic", "stági",
    "staż", "rakty", "irocin", "pprenti", "zubi", "prendi", "łodsz", "tarsz", "insteig", "ntry",
    "ébutant", "bsolvent", "raduate", "edior", "leno", "onfirm", "egular", "ssr", "ntermed",
    "xpert", "xpérim", "xperim", "istingu", "eschäftsf", "équipe", "quipo", "mid", "Jr", "Sr",
    "Pl", "hoofd", "kierownik", "rfahren", "łówn", "pecialista", "ierownik", "eparto",
)
# fmt: on
# A title is short, so its scan may use every spelling; the body, read in full, only the few
# words that describe a level there (see _body_factor).
_TITLE_SCANNER: Final = PhraseScanner(
    {form for anchor in _ANCHORS for form in (anchor, anchor.capitalize(), anchor.upper())},
    _PHRASES,
)
_BODY_ANCHORS: Final = ("nior", "ntern", "rainee", "raktik", "edior", "leno", "Sr.", "Jr.")
_BODY_SCANNER: Final = PhraseScanner(_BODY_ANCHORS, _PHRASES)

# fmt: off
_LEVEL_FIELD: Final = re.compile(
    r"(?i)(?:seniority(?: level)?|level|career level|experience level|niveau|nivel|nível"
    r"|poziom(?: stanowiska)?|livello|senioriteit|erfahrungslevel|karrierestufe|berufserfahrung"
    r"|position level|job level)\s*[:：]\s*$"
)
_AS_A: Final = re.compile(
    r"(?i)\b(?:as an?|als|en tant que|como|come|jako|as|in de rol van|w roli)"
    r"(?: (?:a|an|une?|el|la|um|uma|un|una|een|der|die|das))?\s+$"
)
# fmt: on
_OTHER_PEOPLE: Final = re.compile(
    r"(?i)\b(?:to|with|mentor(?:ing)?|coach(?:ing)?|support(?:ing)?|manag(?:e|ing)|alongside"
    r"|other|our|von|mit|avec|con|com|met|z)\s+(?:the\s+|a\s+|an\s+)?$"
)
_STAGE_LANGUAGES: Final = frozenset({"fr", "nl", "it"})
_TITLE_LINE_CHARS: Final = 100
_ROLE_TAILS: Final = tuple(sorted(noun for noun in ROLE_NOUNS if len(noun) >= 5))
_TITLE_WORDS: Final = 8
#: "Engenheiro(a)", "Desarrollador/a", "Entwickler(in)": the role noun without its other form.
_GENDER_TAIL: Final = re.compile(r"(?:\((?:a|o|e|in|ne|ka)\)|/(?:a|o|e|in|ka))$")
_SENTENCE_END: Final = re.compile(r"[.!?](?:\s|$)|\n")


def extract_seniority(
    text: str,
    *,
    title_span: tuple[int, int] | None = None,
    lang: str | None = None,
    infer_from_experience: bool = False,
) -> Value[Seniority] | None:
    """The job's seniority, or ``None`` when the posting does not say it."""
    title = _title_region(text, title_span)
    found = _in_title(text, title, lang) or _in_body(text, title, lang)
    if found is None and infer_from_experience:
        return _from_experience(text, lang)
    return found


def _title_region(text: str, title_span: tuple[int, int] | None) -> Span:
    if title_span is not None:
        start, end = title_span
        return max(0, min(start, len(text))), max(0, min(end, len(text)))
    start = len(text) - len(text.lstrip())
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    if line_end - start <= _TITLE_LINE_CHARS:
        return start, line_end
    sentence = _SENTENCE_END.search(text, start, line_end)
    end = sentence.start() if sentence else line_end
    words = text[start:end].split()[:_TITLE_WORDS]
    return start, start + len(" ".join(words)) if words else start


def _in_title(text: str, title: Span, lang: str | None) -> Value[Seniority] | None:
    for hit in _TITLE_SCANNER.find(text, *title):
        level = hit.payload
        if level.level is None or not _allowed(text, hit, lang):
            continue
        if level.needs_role and not (
            _role_follows(text, hit.end, title[1])
            or _role_precedes(text, hit.start, title[0], words=4)
        ):
            continue
        return _value(level, hit, 1.0)
    return None


def _in_body(text: str, title: Span, lang: str | None) -> Value[Seniority] | None:
    best: Value[Seniority] | None = None
    for hit in _body_hits(text, title):
        level = hit.payload
        if level.level is None or not _allowed(text, hit, lang):
            continue
        factor = _body_factor(text, hit)
        if factor and (best is None or level.confidence * factor > best.confidence):
            best = _value(level, hit, factor)
    return best


def _body_hits(text: str, title: Span) -> list[Hit[_Level]]:
    return _BODY_SCANNER.find(text, 0, title[0]) + _BODY_SCANNER.find(text, title[1])


def _body_factor(text: str, hit: Hit[_Level]) -> float:
    """How much a body mention says about this job: 0 when it describes someone else."""
    line_start = text.rfind("\n", 0, hit.start) + 1
    before = max(line_start, hit.start - 40)
    if _LEVEL_FIELD.search(text, before, hit.start):
        return 0.9
    if _OTHER_PEOPLE.search(text, before, hit.start):
        return 0.0
    if _AS_A.search(text, before, hit.start):
        return 0.8 if hit.payload.noun or _role_follows(text, hit.end, len(text)) else 0.0
    line_start = text.rfind("\n", 0, hit.start) + 1
    if _role_follows(text, hit.end, len(text), singular=True) or _role_precedes(
        text, hit.start, line_start
    ):
        return 0.7
    return 0.0


def _allowed(text: str, hit: Hit[_Level], lang: str | None) -> bool:
    """Words that are seniority in one language only ("stage") need that language."""
    word = text[hit.start : hit.end]
    if word.lower().startswith("stage"):
        return (lang or _detected(text)) in _STAGE_LANGUAGES
    if word.lower() in ("pl", "pl."):
        return word.startswith("Pl") and (lang or _detected(text)) == "pt"
    if word.lower().startswith("especialista"):
        return (lang or _detected(text)) == "pt"
    return True


def _detected(text: str) -> str | None:
    found = detect_language(text)
    return found.value if found else None


_WORD: Final = re.compile(r"[\w/()'.-]+")
# fmt: off
_LEVEL_NOUNS: Final = frozenset((
    "role", "position", "level", "profile", "stelle", "poste", "puesto", "vaga", "cargo",
    "stanowisko", "ruolo", "posizione", "functie", "rol", "opportunity", "hire",
))
# fmt: on


def _role_follows(text: str, end: int, limit: int, *, singular: bool = False) -> bool:
    """A role noun within the next three words of the same line ("Senior Data Engineer")."""
    position = end
    for _ in range(3):
        word = _WORD.match(text, _skip_spaces(text, position, limit), limit)
        if word is None:
            return False
        token = _GENDER_TAIL.sub("", word.group().strip("'.,")).strip("()")
        if token.lower() in _LEVEL_NOUNS or _is_role(token):
            return not (singular and _plural(token))
        position = word.end()
    return False


def _role_precedes(text: str, start: int, floor: int, *, words: int = 2) -> bool:
    """Romance order: "Desarrollador Senior", "Développeur confirmé", "Developer (Mid)";
    the role noun may stand a few words back ("Desarrollador/a Python Principal")."""
    head = text[max(floor, start - 60) : start].rstrip(" -–(")
    return any(
        _is_role(_GENDER_TAIL.sub("", word).strip("()")) and not _plural(word)
        for word in head.split()[-words:]
    )


def _skip_spaces(text: str, position: int, limit: int) -> int:
    while position < limit and text[position] in " \t-–/":
        position += 1
    return position


def _plural(token: str) -> bool:
    lowered = token.lower()
    return lowered.endswith("s") and _is_role(lowered[:-1])


def _is_role(token: str) -> bool:
    """A role noun, also glued into a compound ("Softwaretester", "Datenanalyst"); the head
    nouns of ESCO's titles count too ("Analyste", "Projetista")."""
    return is_role_head(token) or token.casefold().endswith(_ROLE_TAILS)


def _value(level: _Level, hit: Hit[_Level], factor: float) -> Value[Seniority]:
    assert level.level is not None
    return Value(
        level.level,
        spans=((hit.start, hit.end),),
        confidence=round(level.confidence * factor, 3),
        basis=level.basis,
    )


def _from_experience(text: str, lang: str | None) -> Value[Seniority] | None:
    experience = extract_experience(text, lang)
    if experience is None or experience.value.min_years is None:
        return None
    years = experience.value.min_years
    level: Seniority = "junior" if years < 2 else "mid" if years < 5 else "senior"
    confidence = round(min(0.4, experience.confidence * 0.4), 3)
    return Value(level, experience.spans, confidence, "inferred:experience")
