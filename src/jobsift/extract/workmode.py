"""Work mode (remote, hybrid, on-site) and, for remote jobs, the region they are open to.

Decisions:

* Software words are not work modes: "remote sensing", "remote access", "hybrid cloud",
  "on-premises", "remote support" for users, and on-site *amenities* or customer visits
  ("on-site parking", "onsite support for customers", "vor Ort beim Kunden").  They are listed
  as phrases of their own, with no mode, so the generic word inside them never counts.
* A benefit ("home office allowance") says nothing about the mode either.
* Hybrid beats remote and on-site: a text that names hybrid work and also "remote days" or
  "in the office" describes one hybrid arrangement.  So do "2 days a week in the office",
  "50% remote", and an *option* of home office ("Home-Office möglich", "possibilité de
  télétravail", "smart working" in Italian usage): hybrid, with basis ``inferred:text``.
* "Not remote", "kein Home-Office" mean on-site.
* When remote and on-site are both stated (and no hybrid), the first one stated wins, with a
  lower confidence: "Remote (EU); on-site meetups twice a year" is a remote job.
* A region is read only right after a remote phrase: "Remote (EU)", "remote within Germany",
  "100% remoto desde España"; it is returned as written.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from jobsift.extract.types import Span, Value, WorkMode
from jobsift.extract.wordscan import Hit, PhraseScanner, alternation


class _Cue(NamedTuple):
    mode: WorkMode | None  # None: a trap phrase that only hides the words inside it
    confidence: float
    basis: str = "stated"
    # Home-working words that, said to be "possible", mean some days at home: hybrid.
    optional_means_hybrid: bool = False


_TRAP: Final = _Cue(None, 0.0)
_REMOTE: Final = _Cue("remote", 0.95)
_REMOTE_WEAK: Final = _Cue("remote", 0.8)
_HYBRID: Final = _Cue("hybrid", 0.95)
_HYBRID_OPTION: Final = _Cue("hybrid", 0.6, "inferred:text")
_ONSITE: Final = _Cue("onsite", 0.9)
_ONSITE_WEAK: Final = _Cue("onsite", 0.7)
_HOME_WORKING: Final = _Cue("remote", 0.8, optional_means_hybrid=True)
_SHARE_OF_WEEK: Final = _Cue("hybrid", 0.8, "inferred:text")

_REMOTE_WORD = r"(?:remote|remoto|remota|zdaln\w*|t[ée]l[ée]travail|teletrabajo|teletrabalho)"
_HOME_OFFICE = r"home[- ]?office"
_IN_PERSON = (
    r"(?:in sede|on[- ]?site|in person|en persona|em pessoa|vor ort|sur site|sur place"
    r"|presencial(?:mente)?|stacjonarnie|op locatie|in loco)"
)
_AT_A_DISTANCE = (
    r"(?:da remoto|in remoto|en remoto|em remoto|remotely|remote|remoto|à distance|a distancia"
    r"|à distância|zdalnie|op afstand|aus der ferne)"
)

# Longer and trap phrases first: at one position the first alternative that matches wins.
# fmt: off
_PHRASES: Final[tuple[tuple[str, _Cue], ...]] = (
    # traps: technology and service words
    (r"remote[- ](?:sensing|monitoring|control\w*|access|desktop|servers?|debugging|management"
     r"|procedure|diagnostics?|connection|repositor\w+|branch\w*|origin|support|assistance"
     r"|maintenance|patient|tools?|administration|deployment|execution|api|sessions?"
     r"|operations?|troubleshooting|devices?|locations?|sites?)\b", _TRAP),
    (r"(?:acceso|acesso|accesso|soporte|suporte|supporto|assistance|assistência|asistencia"
     r"|monitoramento|monitoreo|controllo|controle|control) (?:remoto|remota|à distance)\b",
     _TRAP),
    (r"(?:zdalny|zdalnego|zdalnej) (?:dostęp\w*|pulpit\w*|monitoring\w*|wsparci\w*)", _TRAP),
    (r"(?:dostęp\w*|wsparci\w*|pulpit\w*) zdaln\w*", _TRAP),
    (r"hybrid[- ](?:cloud|apps?|mobile|infrastructures?|it|integration|architectures?|search"
     r"|systems?|vehicles?|networks?|multi-cloud|solutions?|models? (?:of|for) (?!work)"
     r"|events?|deployments?|topolog\w+|data|storage|electric|engine\w*|approach to)\b", _TRAP),
    (r"(?:cloud|nube|nuvem|chmur\w+|multi-cloud|infrastructure|infraestructura"
     r"|infraestrutura|infrastruttura|architecture|arquitectura|arquitetura|architettura"
     r"|app|apps|applications?|aplicaciones|aplicações|applicazioni|aplikacj\w+"
     r"|it|ti|systèmes?|sistemas?|sistemi) (?:hybrid\w*|híbrid[ao]s?|ibrid[oaie]"
     r"|hybrydow\w+)\b", _TRAP),
    # a duty done in two places ("solve issues on site and remotely") is no work mode
    (_IN_PERSON + r" (?:e|and|und|et|y|i|en|or|oder|ou|o|lub) " + _AT_A_DISTANCE + r"\b", _TRAP),
    (_AT_A_DISTANCE + r" (?:e|and|und|et|y|i|en|or|oder|ou|o|lub) " + _IN_PERSON + r"\b", _TRAP),
    (r"(?:monitoraggio|debug|assistenza|accesso|controllo|supporto|gestione|manutenzione"
     r"|monitoramento|monitoreo|mantenimiento|manutenção|gestión|gestão) (?:da |in |a |en )?"
     r"(?:remoto|remota)\b", _TRAP),
    (r"(?:hybrid\w*|híbrid[ao]s?|ibrid[oaie]|hybrydow\w+)[- ](?:cloud|nube|nuvem|chmur\w+"
     r"|multi-?cloud)", _TRAP),
    (r"on[- ]?site (?:parking|gym|canteen|cafeteria|childcare|restaurant|kitchen|support"
     r"|visits?|services?|installations?|training|interviews?|events?|meetups?|days?"
     r"|doctor|clinic|amenities|facilities|café|coffee)\b", _TRAP),
    (r"(?:parking|gym|canteen|cafeteria|restaurant|kitchen|childcare) on[- ]?site\b", _TRAP),
    (r"on[- ]?site (?:at|with|for) (?:the |our )?(?:customers?|clients?)\b", _TRAP),
    (r"(?:beim|bei|unseren|unserer|den|der) kunden vor ort\b", _TRAP),
    (r"vor ort (?:beim|bei) (?:kunden|unseren kunden)\b", _TRAP),
    (r"sur (?:le )?site (?:client|du client|de nos clients)\b", _TRAP),
    (r"(?:ms |microsoft )?office (?:365|suite|applications?|products?|tools?|hours?|manager"
     r"|assistant|supplies|administrator|paket\w*)\b", _TRAP),
    (r"(?:ms|microsoft|back|front|head|box|post)[- ]office\b", _TRAP),
    (_HOME_OFFICE + r"[- ]?(?:allowance|stipend|budget|setup|set-up|equipment|furniture"
     r"|reimbursement|pauschale|ausstattung|zuschuss)\w*", _TRAP),
    # negations: the job is not remote
    (r"(?:not|no|non)[- ](?:a |an )?(?:fully |100% )?(?:remote|work from home)\b", _ONSITE),
    (r"(?:kein(?:e)?|ohne) (?:" + _HOME_OFFICE + r"|remote|mobiles arbeiten)\b", _ONSITE),
    (r"(?:pas de|sans) t[ée]l[ée]travail\b", _ONSITE),
    (r"(?:sin|sem|no es|não é|não há|nie ma możliwości pracy|niente|geen) (?:"
     + _REMOTE_WORD + r"|home office|smart working|thuiswerk\w*)\b", _ONSITE),
    # an option of remote days: hybrid in practice
    (r"(?:possibilité|possibilités|possibilidade|posibilidad|possibilità|możliwość|option|"
     r"opportunity|mogelijkheid|möglichkeit) (?:de |da |di |de la |of |to |tot |zum |zu |zur"
     r" )?(?:partial |partiel |parcial |parziale )?(?:" + _REMOTE_WORD
     + r"|" + _HOME_OFFICE + r"|work(?:ing)? (?:from home|remotely)|pracy zdalnej"
     r"|smart working|thuiswerk\w*|mobile[nm]? arbeiten)\b", _HYBRID_OPTION),
    (_HOME_OFFICE + r" (?:möglich|option|possible|nach absprache|anteilig|tage?)\b",
     _HYBRID_OPTION),
    (r"(?:teilweise|anteilig) (?:" + _HOME_OFFICE + r"|remote|mobiles arbeiten)\b",
     _HYBRID_OPTION),
    (r"(?:t[ée]l[ée]travail|teletrabajo|teletrabalho) (?:partiel|parcial|parziale)\b",
     _HYBRID_OPTION),
    (r"(?:smart working|lavoro agile)\b(?! (?:al )?100)", _HYBRID_OPTION),
    (r"(?:gedeeltelijk|deels) thuiswerk\w*", _HYBRID_OPTION),
    (r"partially remote|partly remote|remote[- ]friendly|remote days?\b|remote-tage?\b",
     _HYBRID_OPTION),
    # hybrid
    (r"hybrid\w*|hybride\w*|híbrid[ao]s?|ibrid[oaie]|hybrydow\w+", _HYBRID),
    # remote
    (r"(?:100 ?%|fully|full|completely|entirely|totally|100 ?% en|en|in|da|w pełni"
     r"|całkowicie|volledig) " + _REMOTE_WORD + r"\b", _REMOTE),
    (r"volledig (?:op afstand|thuis(?:werk\w*)?)\b|(?:vollständig|komplett|ausschließlich) "
     r"(?:remote|im home[- ]?office|von zu hause)\b", _REMOTE),
    (r"remote[- ](?:first|only|native|job|position|role|work(?:ing)?|opportunity|contract)\b",
     _REMOTE),
    (r"work(?:ing)? (?:from home|remotely|from anywhere)\b|wfh\b", _REMOTE),
    (r"(?:trabalho|trabajo|lavoro|praca|pracy|werk) (?:da |a |de |en |in )?" + _REMOTE_WORD
     + r"\b", _REMOTE),
    (r"remote\b|remoto\b|remota\b|zdalnie\b|zdalna\b|en distanciel\b|distanciel\b",
     _REMOTE_WEAK),
    (_HOME_OFFICE + r"\b|homeoffice\b|mobiles? arbeiten\b|mobile arbeit\b|thuiswerk\w*"
     r"|op afstand\b|t[ée]l[ée]travail\b|teletrabajo\b|teletrabalho\b", _HOME_WORKING),
    # on-site
    (r"(?:100 ?%|fully|full|entirely) (?:on[- ]?site|in[- ]office|office[- ]based)\b", _ONSITE),
    (r"on[- ]?site\b|in[- ]office\b|office[- ]based\b|in (?:the|our) office\b"
     r"|(?:from|at) (?:the|our) office\b|vor ort\b|im büro\b|sur site\b|en présentiel\b"
     r"|présentiel\b|presencial(?:mente)?\b|stacjonarn\w+|w biurze\b|in sede\b|in ufficio\b"
     r"|op kantoor\b|op locatie\b|en (?:la )?oficina\b|no escritório\b|au bureau\b"
     r"|(?:in )?präsenz\b|in presenza\b|vanuit (?:ons|het) kantoor\b|op (?:ons|het) kantoor\b",
     _ONSITE_WEAK),
)
# fmt: on

# Every phrase above holds one of these, as written (case matters; see
# jobsift.extract.wordscan).  Few distinct first letters keep the scan quick.
# fmt: off
_ANCHORS: Final = (
    "mot", "mart work", "m Büro", "brid", "bryd", "bajo", "balho", "biurze", "bureau", "ffic",
    "ficina", "obil", "ollst", "olledig", "omplett", "ocatie", "o agile", "or Ort", "or ort",
    "kantoor", "op afstand", "onar", "om h", "om a", "site", "sede",
    "scritório", "stanciel", "sencial", "sentiel", "senza", "swerk", "s werk", "vail", "daln",
    "äsenz",
)
# fmt: on
_SCANNER: Final = PhraseScanner(_ANCHORS, _PHRASES)

# "2 days a week", "3 Tage pro Woche", "50%" just before a remote or office phrase.  The words
# are trie-shaped groups (see wordscan.alternation): these are only asked whether they match.
# fmt: off
_COUNT: Final = r"(?:\d|" + alternation((
    "one", "two", "three", "four", "ein", "zwei", "drei", "vier", "un", "deux", "trois",
    "quatre", "dos", "tres", "cuatro", "dois", "três", "jeden", "dwa", "trzy", "uno", "due",
    "tre", "een", "twee", "drie",
)) + ")"
_DAYS: Final = alternation((
    "day", "days", "tag", "tage", "tagn", "tagen", "jour", "jours", "día", "días", "dia", "dias",
    "dni", "giorni", "giorno", "dag", "dagen",
))
# fmt: on
_DAYS_BEFORE: Final = re.compile(rf"(?i){_COUNT}\s*{_DAYS}\b[^.\n]{{0,25}}$")
_DAYS_AFTER: Final = re.compile(
    r"(?i)[^.;\n]{0,25}?\b(?:an |on |for |up to |bis zu |jusqu'à |hasta |até |do |fino a |tot )?"
    rf"{_COUNT}\s*{_DAYS}\b"
)
_OPTIONAL_AFTER: Final = re.compile(
    r"(?i)[^.;\n]{0,30}?\b(?:möglich|possible|mogelijk|possibile|posible|possível|możliw\w*"
    r"|optional|nach absprache|en option)"
)
_PERCENT_BEFORE: Final = re.compile(r"(\d{1,3})\s?%\s*(?:des |de |del |do |der )?$")
_CONTEXT_CHARS: Final = 40
# "não há possibilidade de home office", "bez możliwości pracy zdalnej", "no remote".
_NOT_BEFORE: Final = re.compile(
    r"(?i)\b(?:(?:no|not|non)[ \t]+(?:fully[ \t]+|100 ?%[ \t]+)?|(?:kein\w*|ohne|pas de|sans"
    r"|sin|sem|não há|não|bez|nie|niente|nessuna|geen)[ \t]+(?:[\w-]+[ \t]+){0,2})$"
)
# "Home-Office ist in dieser Rolle nicht möglich": a negation after the phrase, same sentence.
_NOT_AFTER: Final = re.compile(
    r"(?i)[^.;\n]{0,40}?\b(?:nicht möglich|not (?:possible|available|an option|offered)"
    r"|non possible|pas possible|impossible|no (?:es )?posible|não é possível"
    r"|nie jest możliw\w*|non è possibile|niet mogelijk)"
)

_PLACE: Final = r"[A-ZÀ-ÝŁŚŻ][\w.&'’-]*(?:\s+(?:[A-ZÀ-ÝŁŚŻ&][\w.&'’-]*|and|und|et|y|e|i|en))*"
_REGION: Final = re.compile(
    r"\s*(?:\(\s*(?P<paren>[A-ZÀ-Ý][^()\n]{1,40}?)\s*\)"
    r"|\s*[-–—|:]\s*(?P<dashed>" + _PLACE + r")"
    r"|,?\s+(?:(?:from |de |desde |da |z |vanuit |aus )?(?:anywhere|qualquer lugar"
    r"|cualquier lugar|ovunque|dowolnego miejsca|overal) (?:in|en|em|w|na|within) "
    r"|(?:with)?in |from |across "
    r"|throughout |only in |based in |aus |innerhalb(?: von)? |in ganz |depuis |partout en |en "
    r"|desde |dentro de |em todo o |em todo |em |z |w |na terenie |da |dall'|in tutta |in tutto "
    r"|vanuit |binnen |in heel )(?:the |la |le |l'|el |o |a |das |der |de |het )?(?P<place>"
    + _PLACE
    + r"))"
)
# fmt: off
_NOT_PLACES: Final = frozenset((
    "The", "Our", "Your", "Team", "Office", "Home", "Company", "Person", "Mode", "Basis",
    "Position", "Role", "Work", "Job",
))
# fmt: on


def extract_work_mode(
    text: str, lang: str | None = None
) -> tuple[Value[WorkMode] | None, Value[str] | None]:
    """The work mode stated in ``text`` and, for remote work, the region; ``None`` when unsaid.

    ``lang`` is accepted for symmetry with the other extractors; the phrases of all eight
    languages are read whatever the posting's language.
    """
    del lang
    cues = [(hit, _adjusted(text, hit)) for hit in _SCANNER.find(text)]
    cues = [(hit, cue) for hit, cue in cues if cue.mode is not None]
    if not cues:
        return None, None
    mode = _decide(cues)
    region = _region(text, cues) if mode is not None and mode.value == "remote" else None
    return mode, region


def _adjusted(text: str, hit: Hit[_Cue]) -> _Cue:
    """The cue as its neighbours qualify it: negated, optional or part-time."""
    cue = hit.payload
    if cue.mode in ("remote", "hybrid") and _negated(text, hit):
        return _ONSITE_WEAK
    if cue.mode in ("remote", "onsite"):
        return _partial(text, hit) or cue
    return cue


def _negated(text: str, hit: Hit[_Cue]) -> bool:
    """ "Home-Office ist nicht möglich", "não há possibilidade de home office"."""
    floor = max(0, hit.start - _CONTEXT_CHARS)
    return bool(_NOT_AFTER.match(text, hit.end) or _NOT_BEFORE.search(text, floor, hit.start))


def _partial(text: str, hit: Hit[_Cue]) -> _Cue | None:
    """Hybrid when the phrase is an option ("Home-Office möglich") or a share of the week
    ("2 days a week in the office", "remote 2 days", "40% remote")."""
    cue = hit.payload
    if cue.optional_means_hybrid and _OPTIONAL_AFTER.match(text, hit.end):
        return _HYBRID_OPTION
    floor = max(0, hit.start - _CONTEXT_CHARS)
    if _DAYS_BEFORE.search(text, floor, hit.start):
        return _SHARE_OF_WEEK
    if cue.mode != "remote":
        return None
    if _DAYS_AFTER.match(text, hit.end):
        return _SHARE_OF_WEEK
    percent = _PERCENT_BEFORE.search(text, floor, hit.start)
    return _SHARE_OF_WEEK if percent and int(percent.group(1)) < 100 else None


def _decide(cues: list[tuple[Hit[_Cue], _Cue]]) -> Value[WorkMode] | None:
    hybrid = [(hit, cue) for hit, cue in cues if cue.mode == "hybrid"]
    if hybrid:
        return _value(hybrid, 1.0)
    first = cues[0][1].mode
    same = [(hit, cue) for hit, cue in cues if cue.mode == first]
    # Remote and on-site both said: keep the first, but say we are less sure.
    factor = 1.0 if len(same) == len(cues) else 0.7
    return _value(same, factor)


def _value(cues: list[tuple[Hit[_Cue], _Cue]], factor: float) -> Value[WorkMode] | None:
    best = max(cues, key=lambda pair: pair[1].confidence)[1]
    if best.mode is None:
        return None
    spans: tuple[Span, ...] = tuple((hit.start, hit.end) for hit, _ in cues)
    stated = any(cue.basis == "stated" for _, cue in cues)
    return Value(
        best.mode,
        spans=spans,
        confidence=round(best.confidence * factor, 3),
        basis="stated" if stated else best.basis,
    )


def _region(text: str, cues: list[tuple[Hit[_Cue], _Cue]]) -> Value[str] | None:
    for hit, cue in cues:
        if cue.mode != "remote":
            continue
        found = _REGION.match(text, hit.end)
        if found is None:
            continue
        group = next(name for name in ("paren", "dashed", "place") if found.group(name))
        place = found.group(group).rstrip(" .,;")
        if place.split()[0] in _NOT_PLACES:
            continue
        start = found.start(group)
        return Value(place, spans=((start, start + len(place)),), confidence=0.8)
    return None
