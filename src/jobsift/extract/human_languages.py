"""Human languages the candidate must speak, as ISO 639-1 codes.

A language name counts only with a proficiency word in the same sentence: "fluent English",
"Deutschkenntnisse (C1)", "fließend Deutsch", "anglais courant", "inglés avanzado", "inglês
fluente", "biegła znajomość języka angielskiego", "inglese fluente", "vloeiend Nederlands", a
CEFR level, or a "Languages:" line.  A bare name ("the German market", "Italian clients")
is no requirement, and programming languages are never in the table.

Decisions:

* Nice-to-have ("German is a plus", "Französisch von Vorteil", "l'espagnol est un atout",
  "mile widziane") gives basis ``stated:preferred`` and confidence 0.6.
* A team or company language ("we are an English-speaking team", "Unternehmenssprache ist
  Englisch") gives basis ``inferred:text`` and confidence 0.4: likely needed, not required.
* "Polish" counts only capitalised ("polish the UI" is a verb).
* One value per language, in the order first named; its spans are every name that counted.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from jobsift.extract.types import Span, Value
from jobsift.extract.wordscan import Hit, PhraseScanner

# code -> the language's names in the eight languages (stems; inflections follow \w*)
# fmt: off
_NAMES: Final[dict[str, str]] = {
    "en": r"english\w*|englisch\w*|anglais\w*|ingl[ée]s\w*|inglês\w*|angielsk\w*|inglese\w*"
          r"|engels\w*",
    "de": r"german\w*|deutsch\w*|allemand\w*|alem[áa]n\w*|alemão\w*|niemieck\w*|tedesco\w*"
          r"|duits\w*",
    "fr": r"french\w*|französisch\w*|français\w*|franc[ée]s\w*|francês\w*|francusk\w*"
          r"|francese\w*|frans\b",
    "es": r"spanish\w*|spanisch\w*|espagnol\w*|español\w*|castellano\w*|espanhol\w*"
          r"|hiszpańsk\w*|spagnolo\w*|spaans\w*",
    "pt": r"portugu\w*|portoghese\w*|portugalsk\w*|portugees\w*",
    "pl": r"polish\b|polnisch\w*|polonais\w*|polaco\w*|polonês\w*|polsk\w*|polacco\w*|pools\b",
    "it": r"italian\w*|italien\w*|italiano\w*|włosk\w*|taliaans\w*|italiaans\w*",
    "nl": r"dutch\b|niederländisch\w*|néerlandais\w*|neerland[ée]s\w*|holand[ée]s\w*"
          r"|holandês\w*|niderlandzk\w*|holendersk\w*|olandese\w*|nederlands\w*",
    "zh": r"chinese|mandarin|cantonese|chinesisch\w*|chinois\w*|chino\b|chinês",
    "ja": r"japanese|japanisch\w*|japonais\w*|japon[ée]s",
    "ru": r"russian|russisch\w*|russe\b|ruso\b|russo\b|rosyjsk\w*",
    "ar": r"arabic|arabisch\w*|arabe\b|árabe",
    "cs": r"czech|tschechisch\w*|tchèque|checo\b|czesk\w*",
    "sv": r"swedish|schwedisch\w*|suédois|sueco\b|szwedzk\w*",
    "da": r"danish|dänisch\w*|danois|danés|duńsk\w*",
    "tr": r"turkish|türkisch\w*|turc\b|turco\b|tureck\w*",
    "uk": r"ukrainian|ukrainisch\w*|ukrainien|ucraniano|ukraińsk\w*",
}
# fmt: on
_ANCHORS: Final = (
    "ngl",
    "ngie",
    "ngels",
    "erman",
    "eutsch",
    "lleman",
    "lemán",
    "leman",
    "lemão",
    "iemieck",
    "edesco",
    "Duits",
    "rench",
    "ranzös",
    "ranç",
    "rancé",
    "rancê",
    "rancus",
    "rances",
    "Frans",
    "panis",
    "spagn",
    "spañ",
    "spanh",
    "pańsk",
    "paans",
    "astellan",
    "ortug",
    "ortogh",
    "Polish",
    "olnisch",
    "olonais",
    "olaco",
    "olonê",
    "olsk",
    "olacco",
    "Pools",
    "talia",
    "talie",
    "łosk",
    "Dutch",
    "iederl",
    "éerland",
    "eerland",
    "oland",
    "olend",
    "iderland",
    "ederland",
    "hines",
    "andarin",
    "antonese",
    "hinois",
    "apan",
    "ussi",
    "usse",
    "osyj",
    "rabic",
    "rabisch",
    "zech",
    "chech",
    "hèque",
    "zesk",
    "wedi",
    "chwed",
    "uédois",
    "ueco",
    "zwedz",
    "anish",
    "änisch",
    "anois",
    "anés",
    "uńsk",
    "urkish",
    "ürkisch",
    "ureck",
    "krain",
    "kraiń",
    "crani",
)
# An elided article may open the word: "l'anglais", "dell'italiano", "d'inglese".
_SCANNER: Final = PhraseScanner(
    _ANCHORS, tuple((rf"(?:[a-z]+['’])?(?:{names})", code) for code, names in _NAMES.items())
)

# Read on a lower-cased clause around the name.
_REQUIRED_CUE: Final = re.compile(
    r"fluen|fluid|proficien|nativ|business|professional|excellent|strong|good|solid"
    r"|command of|written|spoken|\b[abc][12]\b|level|required|must|mandatory|fließend"
    r"|verhandlungssicher|sehr gut|gute|kenntnis|muttersprach|in wort und schrift|sicher"
    r"|courant|bilingue|maîtrise|écrit|parlé|niveau|avanzad|dominio|nivel\b|alto\b|avançad"
    r"|domínio|nível|biegł|znajomo|komunikatywn|dobra|ottim|buon|madrelingua|padronanza"
    r"|conoscenza|vloeiend|beheersing|uitstekend|woord en geschrift|moedertaal|spreek|speak"
    r"|parl|habla|fala|mówi|sprich|sprech|fluenc"
)
_PREFERRED_CUE: Final = re.compile(
    r"\bplus\b|nice to have|preferred|desirable|advantage|bonus|von vorteil|wünschenswert"
    r"|idealerweise|atout|apprécié|souhaité|valorable|se valorará|deseable|desejável"
    r"|diferencial|mile widziane|atutem|gradit|preferibil|\bpré\b|pluspunt|optional"
)
_TEAM_CUE: Final = re.compile(
    r"speaking|sprachig|working language|company language|arbeitssprache|unternehmenssprache"
    r"|konzernsprache|langue de travail|idioma de trabajo|idioma corporativo|língua de trabalho"
    r"|język\w* (?:roboczy|firmowy)|lingua di lavoro|voertaal|environment|umfeld|environnement"
    r"|entorno|ambiente|środowisk|omgeving"
)
_LANGUAGES_LINE: Final = re.compile(
    r"(?:languages?|sprachen|sprachkenntnisse|langues?|idiomas?|języki|lingue|talen"
    r"|talenkennis)\s*:"
)
_CLAUSE_BREAK: Final = re.compile(r"[.;!?\n•]")
_CLAUSE_CHARS: Final = 60


class _Reading(NamedTuple):
    basis: str
    confidence: float


_REQUIRED: Final = _Reading("stated", 0.9)
_PREFERRED: Final = _Reading("stated:preferred", 0.6)
_TEAM: Final = _Reading("inferred:text", 0.4)


def extract_required_languages(text: str, lang: str | None = None) -> tuple[Value[str], ...]:
    """The languages a candidate must (or should) speak, in the order first named."""
    del lang  # the names of all eight languages are read
    found: dict[str, tuple[list[Span], _Reading]] = {}
    for hit in _SCANNER.find(text):
        reading = _reading(text, hit)
        if reading is None:
            continue
        spans, best = found.get(hit.payload, ([], reading))
        spans.append((hit.start, hit.end))
        found[hit.payload] = (spans, max(best, reading, key=lambda item: item.confidence))
    return tuple(
        Value(code, spans=tuple(spans), confidence=reading.confidence, basis=reading.basis)
        for code, (spans, reading) in found.items()
    )


def _reading(text: str, hit: Hit[str]) -> _Reading | None:
    name = text[hit.start : hit.end]
    if name.lower() == "polish" and not name[0].isupper():
        return None  # "polish the UI"
    before, after = _clause(text, hit)
    # The name's own word may carry the cue: "Deutschkenntnisse", "Englischkenntnisse".
    clause = f"{before} {name.lower()} {after}"
    if _PREFERRED_CUE.search(after) or _PREFERRED_CUE.search(before[-25:]):
        return _PREFERRED
    # "English-speaking team": the team's words are no proficiency asked of the candidate.
    cues = _TEAM_CUE.sub(" ", clause)
    if _REQUIRED_CUE.search(cues) or _LANGUAGES_LINE.search(before):
        return _REQUIRED
    return _TEAM if len(cues) != len(clause) else None


def _clause(text: str, hit: Hit[str]) -> tuple[str, str]:
    """Lower-cased text before and after the name, up to the clause's end either side."""
    head = text[max(0, hit.start - _CLAUSE_CHARS) : hit.start].lower()
    breaks = list(_CLAUSE_BREAK.finditer(head))
    if breaks:
        head = head[breaks[-1].end() :]
    tail = text[hit.end : hit.end + _CLAUSE_CHARS].lower()
    stop = _CLAUSE_BREAK.search(tail)
    return head, tail[: stop.start()] if stop else tail
