"""Years of experience asked for: "3+ years", "mindestens 3 Jahre", "5-7 años", "min. 3 lata".

A number of years counts only when it is about the candidate's experience: an experience word
("experience", "Berufserfahrung", "expérience", "doświadczenie" ...) in the same sentence, or an
English "N+ years of/in/with ...".  So "founded 20 years ago", "for over 30 years we have" and
"a 2 years contract" are not experience; neither is "we have 20 years of experience" (the
company's).

Decisions:

* Vague amounts ("mehrjährige Berufserfahrung", "several years of experience", "plusieurs
  années", "kilkuletnie doświadczenie", "esperienza pluriennale") give ``min_years=2`` with
  confidence 0.4 and basis ``inferred:text``: "several" is at least two, and saying so keeps
  the filter useful while the confidence tells it is a reading.
* Months are turned into years ("6 months of experience" -> 0.5).
* Of several statements, the first one tied to an experience word wins (the general
  requirement comes before "2 years with Kubernetes" in most postings).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final, NamedTuple

from jobsift.extract.types import Experience, Value
from jobsift.extract.wordscan import PhraseScanner, alternation

# fmt: off
_UNIT = (
    r"(?P<unit>years?|yrs?|jahre?n?|ans?|años?|anos?|lata?|roku|rok|anni|anno|jaar|jaren"
    r"|months?|monate?n?|mois|mes(?:es)?|mês|miesi(?:ąc|ące|ęcy)|mesi|mese|maand(?:en)?)"
)
_NUMBER = r"\d{1,2}(?:[.,]5)?"
_DASH = r"(?:-|–|—|to|bis|à|a|y|e|do|tot|tra|and|und|et|ou|or|oder|o|lub)"
# Digits first: a match is tried only where a digit is (see _digit_positions).
_DIGIT_YEARS: Final = re.compile(
    rf"(?P<min>{_NUMBER})\s*(?P<plus>\+|plus\b)?\s*(?:{_DASH}\s*(?P<max>{_NUMBER})\s*\+?\s*)?"
    rf"(?:{_UNIT}\b|(?P<adjective>-?(?:jährige[nr]?|letni\w*|year)\b))",
    re.IGNORECASE,
)
_AT_LEAST: Final = re.compile(
    r"(?i)(?:at least|minimum(?: of)?|min\.?|minimal|mindestens|mind\.|au moins|al menos"
    r"|mínimo(?: de)?|pelo menos|no mínimo|co najmniej|almeno|minimo|minimaal|ten minste"
    r"|minstens|more than|over|plus de|más de|mais de|ponad|oltre|meer dan|über|mehr als)\s*$"
)
_EXPERIENCE_WORD: Final = re.compile(
    r"(?i)experien|expérien|experiên|esperienz|erfahrung|doświadcz|ervaring|practice"
    r"|berufspraxis|praxis"
)
# "5+ years of Python", "3 years in a similar role", "anni di", "lat w": English-style
# requirements that leave the word "experience" out.
_REQUIREMENT_AFTER: Final = re.compile(
    r"(?i)\s*(?:['’]s?\s+)?(?:of|in|with|working|as|building|using|hands-on|commercial"
    r"|professional|relevant|de|d['’]|di|van|w|z|als|im|in der|als)\b"
)
# The company's age or a contract's length, not the candidate's experience.
_NOT_BEFORE: Final = re.compile(
    r"(?i)(?:\b(?:founded|gegründet|fondée|fundad[ao]|założon\w*|fondata|opgericht)\b.*"
    r"|\b(?:for|seit|depuis|desde|há|od|da|sinds|since)\s+(?:over |more than |mehr als |über "
    r"|plus de |más de |mais de |ponad |oltre |meer dan |almost |nearly |fast )?"
    r"|\b(?:we|wir|nous|wij|noi)\s+(?:have|haben|avons|hebben|abbiamo|bring|bringen)\s+"
    r"(?:over |more than |mehr als |über |plus de |oltre |meer dan )?"
    r"|\b(?:tenemos|temos|mamy)\s+(?:más de |mais de |ponad )?)$"
)
_NOT_AFTER: Final = re.compile(
    r"(?i)^\W{0,3}(?:ago|old|alt|oud|contract|vertrag\w*|contrat|contrato|umowa|umowy|contratto"
    r"|warranty|guarantee|anniversary|history|in business|of age|d'âge|de edad|de idade"
    r"|hour|heure|hora|stunde|uur|godzin\w*|ora"
    r"|lat życia|di età|befristet\w*|fixed-term|de garantie|garantie|on the market|am markt"
    r"|sur le marché|en el mercado|no mercado|na rynku|sul mercato|op de markt"
    r"|(?:of (?:experience|expertise) )?,? ?(?:we|our|wir|unser\w*|nous|notre|nuestr\w*"
    r"|noss[oa]s?|nasz\w*|nostr\w*|wij|onze))\b"
)
# fmt: on
_ANY_DIGIT: Final = re.compile(r"\d")
# Where _DIGIT_YEARS can match: after the number and spaces comes a letter (a unit, "plus",
# "to", "bis" ...) or a sign ("+", "-", "–", "—").
_NUMBER_THEN_WORD: Final = re.compile(rf"{_NUMBER}\s*(?:[^\W\d_]|[-+–—])")
#: The 256-character blocks (by their code point's high byte) that hold a decimal digit other
#: than 0-9, and the surrogates that spell characters beyond U+FFFF, several of them digits.
#: tests/extract/test_experience.py checks the list against the Unicode database.
# fmt: off
_OTHER_DIGIT_BLOCKS: Final = frozenset((
    0x06, 0x07, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x0E, 0x0F, 0x10, 0x17, 0x18, 0x19, 0x1A, 0x1B,
    0x1C, 0xA6, 0xA8, 0xA9, 0xAA, 0xAB, 0xFF, *range(0xD8, 0xE0),
))
# fmt: on
_DIGIT_FREE_BLOCKS: Final = bytes(sorted(set(range(256)) - _OTHER_DIGIT_BLOCKS))
_WINDOW: Final = 60
_MAX_YEARS: Final = 40.0
_MONTH_UNITS: Final = ("mo", "mês", "mes", "mie", "maa")


class _Found(NamedTuple):
    start: int
    end: int
    experience: Experience
    strong: bool  # tied to an experience word


def extract_experience(text: str, lang: str | None = None) -> Value[Experience] | None:
    """The years of experience the posting asks for, or ``None``."""
    del lang  # the words of all eight languages are read
    found = _from_digits(text)
    if found is None:
        return _from_words(text)
    confidence = 0.9 if found.strong else 0.7
    return Value(found.experience, spans=((found.start, found.end),), confidence=confidence)


def _from_digits(text: str) -> _Found | None:
    weak: _Found | None = None
    for match in _digit_matches(text):
        if _inside_number(text, match.start()):
            continue  # "2024 years", "$29.25 an hour", a digit inside a word
        found = _judge(text, match)
        if found is not None and found.strong:
            return found
        weak = weak or found
    return weak


def _digit_matches(text: str) -> Iterator[re.Match[str]]:
    """``_DIGIT_YEARS.finditer(text)``, tried only at digits.

    ``re`` scans for a pattern that starts with ``\\d`` at about 10 ns a character, testing each
    one; ``str.find`` looks for one character at memory speed."""
    end = 0
    for position in _digit_positions(text):
        if position < end:
            continue  # inside the previous match, as finditer would skip it
        if not _NUMBER_THEN_WORD.match(text, position):
            continue  # half the digits: a quick test, where _DIGIT_YEARS takes 2 µs to fail
        match = _DIGIT_YEARS.match(text, position)
        if match is not None:
            end = match.end()
            yield match


def _digit_positions(text: str) -> list[int]:
    """Where ``\\d`` matches in ``text``, in order."""
    if not _only_ascii_digits(text):
        return [found.start() for found in _ANY_DIGIT.finditer(text)]
    positions: list[int] = []
    for digit in "0123456789":
        position = text.find(digit)
        while position >= 0:
            positions.append(position)
            position = text.find(digit, position + 1)
    positions.sort()
    return positions


def _only_ascii_digits(text: str) -> bool:
    """True when ``text`` has no decimal digit but 0-9: none of its characters lies in a block
    of 256 that holds another one (Arabic-Indic, Devanagari, full-width ... digits)."""
    if text.isascii():
        return True
    high_bytes = text.encode("utf-16-le", "surrogatepass")[1::2]
    return not high_bytes.translate(None, _DIGIT_FREE_BLOCKS)


def _inside_number(text: str, start: int) -> bool:
    if start == 0:
        return False
    before = text[start - 1]
    if before.isalnum() or before in "$€£¥₹":
        return True
    return before in ".,'" and start > 1 and text[start - 2].isdigit()


def _judge(text: str, match: re.Match[str]) -> _Found | None:
    experience = _experience(match)
    if experience is None:
        return None
    start, end = _with_qualifier(text, match)
    sentence_start, sentence_end = _sentence(text, start, end)
    before = text[max(sentence_start, start - _WINDOW) : start]
    after = text[end : min(sentence_end, end + _WINDOW)]
    if _NOT_BEFORE.search(before[-40:]) or _NOT_AFTER.search(after[:40]):
        return None
    if _EXPERIENCE_WORD.search(before) or _EXPERIENCE_WORD.search(after):
        return _Found(start, end, experience, strong=True)
    if (match.group("plus") or start != match.start()) and _REQUIREMENT_AFTER.match(after):
        return _Found(start, end, experience, strong=False)
    return None


def _experience(match: re.Match[str]) -> Experience | None:
    low = float(match.group("min").replace(",", "."))
    high = float(match.group("max").replace(",", ".")) if match.group("max") else None
    unit = (match.group("unit") or "").lower()
    if unit.startswith(_MONTH_UNITS):
        low, high = low / 12, (high / 12 if high is not None else None)
    if low > _MAX_YEARS or (high is not None and (high > _MAX_YEARS or high < low)):
        return None
    return Experience(min_years=round(low, 2), max_years=round(high, 2) if high else None)


def _with_qualifier(text: str, match: re.Match[str]) -> tuple[int, int]:
    """The span grows to take in "at least" / "mindestens" before the number."""
    before = _AT_LEAST.search(text, max(0, match.start() - 20), match.start())
    return (before.start() if before else match.start()), match.end()


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    head = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    tail_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    return head + 1, min(tail_candidates) if tail_candidates else len(text)


def _after_amount(text: str, start: int) -> bool:
    head = text[max(0, start - 3) : start].rstrip()
    return bool(head) and (head[-1].isdigit() or head[-1] in "€$£kK")


# --- years in words: "three years", "drei Jahre", "mehrjährige Berufserfahrung" -------------

# fmt: off
_NUMBER_WORDS: Final[dict[str, float]] = {
    **dict.fromkeys(("one", "ein", "eine", "einem", "einen", "un", "une", "uno", "una", "um",
                     "jeden", "jednego", "een", "één", "a"), 1.0),
    **dict.fromkeys(("two", "zwei", "deux", "dos", "dois", "duas", "dwa", "dwóch", "due",
                     "twee"), 2.0),
    **dict.fromkeys(("three", "drei", "trois", "tres", "três", "trzy", "trzech", "tre",
                     "drie"), 3.0),
    **dict.fromkeys(("four", "vier", "quatre", "cuatro", "quatro", "cztery", "czterech",
                     "quattro"), 4.0),
    **dict.fromkeys(("five", "fünf", "cinq", "cinco", "pięć", "pięciu", "cinque", "vijf"), 5.0),
    **dict.fromkeys(("six", "sechs", "seis", "sześć", "sei", "zes"), 6.0),
    **dict.fromkeys(("seven", "sieben", "sept", "siete", "sete", "siedem", "sette", "zeven"), 7.0),
    **dict.fromkeys(("eight", "acht", "huit", "ocho", "oito", "osiem", "otto"), 8.0),
    **dict.fromkeys(("ten", "zehn", "dix", "diez", "dez", "dziesięć", "dieci", "tien"), 10.0),
    # compound adjectives: "dreijährige", "trzyletnie", "triennale"
    **dict.fromkeys(("einjährige", "rocznego", "roczne", "annuale"), 1.0),
    **dict.fromkeys(("zweijährige", "dwuletnie", "dwuletniego", "biennale"), 2.0),
    **dict.fromkeys(("dreijährige", "trzyletnie", "trzyletniego", "triennale"), 3.0),
    **dict.fromkeys(("fünfjährige", "pięcioletnie", "pięcioletniego", "quinquennale"), 5.0),
}
# fmt: on
_SEVERAL = (
    r"mehrjährige[nr]?|langjährige[nr]?|several|multiple|many|plusieurs|varios|varias|vários"
    r"|várias|kilkuletni\w*|wieloletni\w*|pluriennale|diversi|meerdere|meerjarige|jarenlange"
)
_WORD_YEARS: Final = re.compile(
    r"(?i)\b(?:(?P<several>" + _SEVERAL + r")|(?P<word>[^\W\d_]+(?:jährige[nr]?|letni\w*"
    r"|ennale)?))\b[\s-]*(?:" + _UNIT + r"\b)?"
)


# What _WORD_YEARS needs to find anything: one whole word that is a number or "several".
# Most windows have neither, and this asks at each word start once, not once per word.
_AMOUNT_WORD: Final = re.compile(
    r"(?i)\b(?:" + alternation(_NUMBER_WORDS) + "|" + _SEVERAL + r")\b"
)
_EXPERIENCE_ANCHORS: Final = ("xperi", "xpéri", "sperienz", "rfahr", "oświadcz", "rvaring")
_EXPERIENCE_SCANNER: Final = PhraseScanner(
    _EXPERIENCE_ANCHORS,
    (
        (
            r"[\w'’]*(?:experien\w*|expérience\w*|experiên\w*|esperienz\w*|erfahrung\w*"
            r"|doświadcz\w*|\w*ervaring\w*)",
            True,
        ),
    ),
    words_before=0,
)
_MAX_EXPERIENCE_WORDS: Final = 4


def _from_words(text: str) -> Value[Experience] | None:
    for hit in _EXPERIENCE_SCANNER.find(text)[:_MAX_EXPERIENCE_WORDS]:
        start, end = _sentence(text, hit.start, hit.end)
        window_start, window_end = max(start, hit.start - 50), min(end, hit.end + 50)
        found = _words_near(text, window_start, window_end)
        if found is not None:
            return found
    return None


def _words_near(text: str, start: int, end: int) -> Value[Experience] | None:
    if not _AMOUNT_WORD.search(text, start, end):
        return None  # no number word nor "several" word: reading every word would find none
    for match in _WORD_YEARS.finditer(text, start, end):
        span = (match.start(), match.end(match.lastgroup or 0))
        if match.group("several"):
            return Value(Experience(2.0), spans=(span,), confidence=0.4, basis="inferred:text")
        word = match.group("word")
        years = _NUMBER_WORDS.get(word.lower())
        # A number word counts before a unit, or as a compound ("dreijährige"); most words in
        # the window are neither, so this is asked first.
        if years is None or not (match.group("unit") or len(word) > 6):
            continue
        if _after_amount(text, match.start()):
            continue  # "€71,000 a year"
        if _NOT_BEFORE.search(text, max(start, match.start() - 40), match.start()):
            continue
        return Value(Experience(years), spans=(span,), confidence=0.8)
    return None
