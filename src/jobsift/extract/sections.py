"""A posting's sections: the heading lines, the lines under them, and legal boilerplate.

Headings come from :mod:`jobsift.lang.sections` (the splitter uses the same words), either as a
line of their own ("Ihr Profil") or opening a line ("Requirements: Python, SQL").  Text before
the first heading is the ``summary``.  Equal-opportunity and data-protection statements rarely
get a heading of their own, yet they must not be read as requirements ("regardless of age"),
so a sentence that opens one starts a ``legal`` section that runs to the end of its paragraph;
after it the section it interrupted goes on.  Gender tags such as "(m/w/d)" are no legal text.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left
from collections.abc import Callable
from functools import lru_cache
from typing import Final, cast, get_args

from jobsift.extract.types import Section, SectionKind, Span
from jobsift.lang.sections import HEADING_KINDS, heading_kind, inline_heading_kind

_KINDS: Final = frozenset(get_args(SectionKind))
_MAX_HEADING_CHARS: Final = 60  # as in jobsift.lang.sections
_HEADING_PUNCT: Final = " \t#*_>-–—•·▪●◦:：.!?¿¡"

# Each alternative opens a statement that is boilerplate in every posting that carries it.  Each
# starts with a plain letter or digit (see _LEGAL below), except the whole words of _LEGAL_WORDS.
# fmt: off
_LEGAL_PHRASES: Final = (
    # en
    r"equal (?:employment )?opportunit(?:y|ies)", r"affirmative action",
    r"without regard to (?:race|sex|gender|age|religion|colou?r|national|disability)",
    r"regardless of (?:their )?(?:race|sex|gender|age|religion|colou?r|national|disability"
    r"|ethnic|sexual|background)",
    r"all qualified applicants", r"do(?:es)? not discriminate", r"reasonable accommodations?",
    r"e-verify", r"privacy (?:notice|policy)", r"processing of your personal data",
    r"your personal data",
    r"protected veteran",
    # de
    r"unabhängig von (?:ihrem |deinem )?(?:geschlecht|alter|herkunft|nationalität|religion"
    r"|behinderung|sexueller|ethnischer|kultureller|sozialer|hautfarbe|weltanschauung)",
    r"chancengleichheit", r"schwerbehinderte", r"gleichbehandlungsgesetz",
    r"personenbezogenen? daten", r"datenschutzerklärung",
    # fr
    r"égalité des chances", r"égalité professionnelle", r"sans distinction d",
    r"non-discrimination", r"situation de handicap", r"travailleurs handicapés",
    r"vos données personnelles", r"traitement de (?:vos )?données",
    # es
    r"igualdad de oportunidades", r"sin distinción de", r"no discrimina",
    r"sus datos personales", r"certificado de discapacidad",
    r"independientemente de (?:su )?(?:género|raza|edad|origen|religión|orientación"
    r"|discapacidad|sexo)",
    # pt
    r"igualdade de oportunidades", r"pessoas com deficiência", r"seus dados pessoais",
    r"independentemente de (?:gênero|raça|idade|origem|religião|orientação|deficiência|cor)",
    # pl
    r"przetwarzanie (?:moich )?danych osobowych", r"danych osobowych", r"równe(?:go)? traktowani",
    r"bez względu na (?:płeć|wiek|pochodzenie|religię|niepełnosprawność|orientację)",
    r"klauzula informacyjna", r"wyrażam zgodę",
    # it
    r"pari opportunità", r"d\.? ?lgs\.? ?198/2006", r"l\.? ?903/77", r"2016/679",
    r"entrambi i sessi", r"dati personali", r"categorie protette",
    # nl
    r"gelijke kansen", r"acquisitie naar aanleiding",
    r"ongeacht (?:geslacht|leeftijd|afkomst|religie|seksuele|achtergrond|geaardheid|handicap)",
    r"persoonsgegevens",
    # data-protection laws named as such
    r"zgodnie z (?:gdpr|rodo|rgpd|lgpd|dsgvo)", r"ai sensi del (?:gdpr|rodo|rgpd|lgpd|dsgvo)",
    r"conformément au (?:gdpr|rodo|rgpd|lgpd|dsgvo)",
    r"de acordo com a (?:gdpr|rodo|rgpd|lgpd|dsgvo)",
    r"in accordance with the (?:gdpr|rodo|rgpd|lgpd|dsgvo)",
)
# fmt: on


def _by_first_letter(phrases: tuple[str, ...]) -> str:
    """``("equal x", "eeo", "all y")`` -> ``"e(?:qual x|eo)|a(?:ll y)"``: ``re`` tries
    alternatives one after another, so grouping them under their first letter spares it most
    of the tries at each character.  Only where a phrase starts is read, which the grouping
    keeps."""
    groups: dict[str, list[str]] = {}
    for phrase in phrases:
        groups.setdefault(phrase[0], []).append(phrase[1:])
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


# Matched on lower-cased text: without IGNORECASE ``re`` rejects an alternative on its first
# letter.  The phrases are tried only on lines that hold one of the stems below, which a plain
# substring test finds at memory speed (see jobsift.extract.wordscan for why this matters).
_LEGAL: Final = re.compile(_by_first_letter(_LEGAL_PHRASES))
# Whole words, apart: _by_first_letter needs each phrase to open with a plain letter.
_LEGAL_WORDS: Final = re.compile(r"\b(?:eeo|dsgvo)\b")
# Nearly every legal statement holds one of these; a text without any skips the phrase list.
_LEGAL_STEMS: Final = (
    "opportunit",
    "discrimin",
    "regard",
    "unabhängig",
    "chancengleich",
    "égalité",
    "igualda",
    "ndependent",
    "person",
    "handicap",
    "distinction",
    "osobow",
    "sessi",
    "ongeacht",
    "gelijke",
    "schwerbehindert",
    "discapacidad",
    "deficiência",
    "rodo",
    "2016/679",
)
_NOWHERE: Final = sys.maxsize


def _trie(words: list[str]) -> str:
    """An alternation of ``words`` shaped as a trie ("role|rol" -> "rol(?:e)?"), so ``re``
    tests each next character once instead of every word in turn."""
    heads: dict[str, list[str]] = {}
    for word in words:
        if word:
            heads.setdefault(word[0], []).append(word[1:])
    branches = [re.escape(head) + _trie(rests) for head, rests in sorted(heads.items())]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in words else body


# A line _may_be_heading could pass, in lower case: markup, a known heading, markup, then the
# line's end or a colon.  Used with re.match(low, start, end) on one line.
_PUNCT_CLASS: Final = "[" + re.escape(_HEADING_PUNCT) + "]*"
_HEADING_CANDIDATE: Final = re.compile(
    _PUNCT_CLASS + _trie(sorted(HEADING_KINDS)) + _PUNCT_CLASS + "(?::|$)"
)
# The same as whole lines of a "\n"-only text: after a line break (a literal first character,
# so ``re`` jumps from one line to the next) or at the start.
_HEADING_LINE_BODY: Final = (
    _PUNCT_CLASS + _trie(sorted(HEADING_KINDS)) + _PUNCT_CLASS + r"(?::[^\n]*)?(?=\n|\Z)"
)
_HEADING_LINE: Final = re.compile("\n" + _HEADING_LINE_BODY)
_HEADING_AT_START: Final = re.compile(_HEADING_LINE_BODY)
# The letters whose lower case differs from their case fold, where the fold is made of letters
# found in headings (test_sections checks this list against the whole of Unicode).
_ODD_FOLDS: Final = "ßſẞﬀﬁﬂﬃﬄﬅﬆ"  # ẞ for the text, ß for its lower case
_ODD_FOLD: Final = re.compile(f"[{_ODD_FOLDS}]")
_SENTENCE_END: Final = re.compile(r"[.!?…]\s+")
# What str.splitlines splits on.
_LINE_BREAKS: Final = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_OTHER_BREAKS: Final = _LINE_BREAKS.replace("\n", "")


def find_sections(text: str, *, lowered: str | None = None) -> tuple[Section, ...]:
    """The sections of ``text`` in order; their spans never overlap and skip blank lines.
    ``lowered``: ``text.replace("\u0130", "i").lower()`` when the caller has it already."""
    legal = _LegalFinder(text, lowered)
    if any(mark in text for mark in _OTHER_BREAKS):
        return _by_lines(text, legal)
    return _by_events(text, legal)


def _by_lines(text: str, legal: _LegalFinder) -> tuple[Section, ...]:
    """find_sections, one line after another: for texts with line breaks other than "\n"."""
    builder = _Builder()
    candidate = _heading_candidates(text, legal.low)
    next_stem = legal.next_stem(0)
    start = 0
    for raw in text.splitlines(keepends=True):
        line = raw.rstrip(_LINE_BREAKS)
        end = start + len(line)
        if not line or line.isspace():
            builder.paragraph_break()
        elif not candidate(legal.low, start, end) or not _heading_line(text, builder, start, end):
            # A content line: the commonest case, kept cheap.
            if builder.start is None:
                builder.start = start + len(line) - len(line.lstrip())
            builder.end = start + len(line.rstrip())
            if next_stem < end:  # the line holds a legal stem: look for a legal phrase
                builder.legal_from(legal.start(start, end), end)
        if next_stem < end:
            next_stem = legal.next_stem(end)
        start += len(raw)
    return builder.finish(text)


def _by_events(text: str, legal: _LegalFinder) -> tuple[Section, ...]:
    """find_sections for a text whose lines end in "\n": only the lines that matter are read
    (headings, lines holding a legal stem, the blank line that ends a legal paragraph), and
    each section runs from its opening to the next one's, trimmed at the end.  Equivalent to
    _by_lines, which is kept for the other line breaks (test_sections compares the two)."""
    builder = _Builder()
    builder.start = 0  # the summary, if any text comes before the first heading
    headings = _heading_lines(text, legal.low)
    stem_lines = {start: end for start, end in _stem_lines(text, legal) if start not in headings}
    paragraph_end = _NOWHERE  # where the open unheaded legal paragraph ends
    for start in sorted(headings.keys() | stem_lines.keys()):
        if paragraph_end < start:
            builder.end_legal_paragraph(paragraph_end)
            paragraph_end = _NOWHERE
        if start in headings:
            kind, heading = headings[start]
            builder.open_at(kind, heading, start)
            paragraph_end = _NOWHERE
            continue
        end = stem_lines[start]
        if builder.kind != "legal" and (legal_start := legal.start(start, end)) is not None:
            builder.legal_at(legal_start)
            paragraph_end = _blank_line_after(text, end)
    if paragraph_end < len(text):
        builder.end_legal_paragraph(paragraph_end)
    builder.end = len(text)
    return builder.finish(text)


def _heading_lines(text: str, low: str) -> dict[int, tuple[SectionKind, Span]]:
    """line start -> (kind, heading span) of each heading line of a "\n"-only text."""
    candidates = [(found.start() + 1, found.end()) for found in _HEADING_LINE.finditer(low)]
    if (first := _HEADING_AT_START.match(low)) is not None:
        candidates.insert(0, (0, first.end()))
    if any(letter in text for letter in _ODD_FOLDS):
        candidates += _lines_of(text, [found.start() for found in _ODD_FOLD.finditer(text)])
    headings: dict[int, tuple[SectionKind, Span]] = {}
    for start, end in candidates:
        if start in headings or (found := _line_heading(text[start:end])) is None:
            continue
        kind, inline = found
        heading_end = text.index(":", start, end) + 1 if inline else end
        headings[start] = (kind, _stripped(text, start, heading_end))
    return headings


# Postings repeat their heading lines ("Requirements:", "Ihr Profil"); the cache holds only
# immutable answers, and lru_cache is safe to share between threads.
@lru_cache(maxsize=4096)
def _line_heading(line: str) -> tuple[SectionKind, bool] | None:
    """(kind, inline) when the line is a heading, or opens with one and a colon."""
    if not line or line.isspace() or not _may_be_heading(line):
        return None
    if (kind := heading_kind(line)) is not None:
        return _kind(kind), False
    if (kind := inline_heading_kind(line)) is not None:
        return _kind(kind), True
    return None


def _stem_lines(text: str, legal: _LegalFinder) -> list[Span]:
    """The lines (start, end) that hold a legal stem."""
    positions: list[int] = []
    at = legal.next_stem(0)
    while at < len(text):
        positions.append(at)
        line_end = text.find("\n", at)
        if line_end < 0:
            break
        at = legal.next_stem(line_end)
    return _lines_of(text, positions)


def _lines_of(text: str, positions: list[int]) -> list[Span]:
    """The lines (start, end) holding ``positions``, without their "\n"."""
    lines = []
    for position in positions:
        end = text.find("\n", position)
        lines.append((text.rfind("\n", 0, position) + 1, len(text) if end < 0 else end))
    return lines


def _blank_line_after(text: str, end: int) -> int:
    """Where the first blank line after the line ending at ``end`` starts (_NOWHERE: none)."""
    start = end + 1
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if start == end or text[start:end].isspace():
            return start
        start = end + 1
    return _NOWHERE


def _heading_candidates(text: str, low: str) -> Callable[[str, int, int], object]:
    """A test of ``low[start:end]`` that passes every line _may_be_heading passes (and a few
    more): one regex match instead of stripping and case-folding each line in Python.

    The pattern runs on the lower-cased text, so it misses a heading only where lower-casing
    and case-folding disagree on a letter that folds into a heading's letters ("ß" -> "ss",
    "ﬁ" -> "fi"); in a text holding one of those, a line with one is tested in full."""
    if not any(letter in text for letter in _ODD_FOLDS):  # ten quick scans beat one class scan
        return _HEADING_CANDIDATE.match
    return _candidate_or_odd


def _candidate_or_odd(low: str, start: int, end: int) -> object:
    return _HEADING_CANDIDATE.match(low, start, end) or _ODD_FOLD.search(low, start, end)


def _heading_line(text: str, builder: _Builder, start: int, end: int) -> bool:
    """_heading, after the cheap exact-match test of _may_be_heading."""
    return _may_be_heading(text[start:end]) and _heading(text, builder, start, end)


def _heading(text: str, builder: _Builder, start: int, end: int) -> bool:
    """Opens a section when the line is a heading or starts with one; False otherwise."""
    line = text[start:end]
    if (kind := heading_kind(line)) is not None:
        builder.open(_kind(kind), _stripped(text, start, end))
        return True
    if (kind := inline_heading_kind(line)) is not None:
        colon = text.index(":", start, end) + 1
        builder.open(_kind(kind), _stripped(text, start, colon))
        builder.extend(end)
        return True
    return False


class _LegalFinder:
    """Finds legal sentences line by line, on a lower-cased copy made once per text."""

    def __init__(self, text: str, lowered: str | None = None) -> None:
        self.text = text
        # same length as text
        self.low = text.replace("\u0130", "i").lower() if lowered is None else lowered
        # Where every legal stem starts, in order: one substring search per stem (about 1 ns a
        # character), then each line's question is a binary search.
        self.stems = sorted(_occurrences(self.low, _LEGAL_STEMS))

    def next_stem(self, start: int) -> int:
        """Where the next legal stem at or after ``start`` begins (a huge number when none)."""
        index = bisect_left(self.stems, start)
        return self.stems[index] if index < len(self.stems) else _NOWHERE

    def start(self, start: int, end: int) -> int | None:
        """Where the sentence holding a legal phrase starts, or ``None`` when none does."""
        found = _LEGAL.search(self.low, start, end)
        # _LEGAL_WORDS opens with \b, so ``re`` tries it at every character: only run it when
        # one of its words is there at all (a substring search is 20 times quicker).
        word = (
            _LEGAL_WORDS.search(self.low, start, end)
            if self.low.find("eeo", start, end) >= 0 or self.low.find("dsgvo", start, end) >= 0
            else None
        )
        if word is not None and (found is None or word.start() < found.start()):
            found = word
        if found is None:
            return None
        sentence = start
        for stop in _SENTENCE_END.finditer(self.text, start, found.start()):
            sentence = stop.end()
        return _stripped(self.text, sentence, end)[0]


def _occurrences(text: str, words: tuple[str, ...]) -> list[int]:
    """Where each of ``words`` starts in ``text``, overlapping occurrences included."""
    found = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            found.append(at)
            at = text.find(word, at + 1)
    return found


def _may_be_heading(line: str) -> bool:
    """A cheap exact-match test before the full one of jobsift.lang.sections: the line, or
    the part before its colon, stripped of markup, is a known heading."""
    if len(line) <= _MAX_HEADING_CHARS and line.strip(_HEADING_PUNCT).casefold() in HEADING_KINDS:
        return True
    head, colon, _ = line.partition(":")
    return bool(colon) and head.strip(_HEADING_PUNCT).casefold() in HEADING_KINDS


class _Builder:
    """Collects sections line by line; one instance per call, so calls share no state."""

    def __init__(self) -> None:
        # (kind, span, heading) of each closed section: a Section (a frozen dataclass, slow to
        # build) is made only for those finish() keeps.
        self.done: list[tuple[SectionKind, Span, Span | None]] = []
        self.kind: SectionKind = "summary"
        self.resume: SectionKind = "summary"  # what follows a legal paragraph
        self.start: int | None = None
        self.end = 0
        self.heading: Span | None = None

    def open(self, kind: SectionKind, heading: Span) -> None:
        self.close()
        self.kind = self.resume = kind
        self.start, self.end = heading
        self.heading = heading

    # For _by_events, where a section runs to where the next one opens and finish() trims it.
    def open_at(self, kind: SectionKind, heading: Span, line_start: int) -> None:
        self.end = line_start
        self.open(kind, heading)

    def legal_at(self, start: int) -> None:
        self.end = start
        self.close()
        self.kind, self.start, self.heading = "legal", start, None

    def end_legal_paragraph(self, blank_line: int) -> None:
        self.end = blank_line
        self.paragraph_break()
        self.start = blank_line

    def extend(self, end: int) -> None:
        self.end = max(self.end, end)

    def legal_from(self, start: int | None, end: int) -> None:
        """A legal statement starts at ``start`` and runs to the end of its paragraph."""
        if start is None or self.kind == "legal":
            return
        self.end = start
        self.close()
        self.kind, self.start, self.end, self.heading = "legal", start, end, None

    def paragraph_break(self) -> None:
        # Only an unheaded legal paragraph ends at a blank line; headed sections span several.
        if self.kind == "legal" and self.heading is None:
            self.close()
            self.kind = self.resume

    def close(self) -> None:
        if self.start is not None:
            self.done.append((self.kind, (self.start, self.end), self.heading))
        self.start, self.heading = None, None

    def finish(self, text: str) -> tuple[Section, ...]:
        self.close()
        kept = []
        for kind, (start, end), heading in self.done:
            part = text[start:end]
            body = part.lstrip()
            if body:  # not blank
                first = start + len(part) - len(body)
                kept.append(Section(kind, (first, first + len(body.rstrip())), heading))
        return tuple(kept)


def _stripped(text: str, start: int, end: int) -> Span:
    """The span without the whitespace around it."""
    part = text[start:end]
    lead = len(part) - len(part.lstrip())
    return start + lead, start + len(part.rstrip())


def _kind(name: str) -> SectionKind:
    if name not in _KINDS:  # lang.sections and our Literal must agree; fail loudly if not
        raise ValueError(f"unknown section kind {name!r} from jobsift.lang.sections")
    return cast(SectionKind, name)
