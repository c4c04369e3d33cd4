"""Find catalog technologies in free text, with character spans into the original text.

One Aho–Corasick pass (pyahocorasick) finds every surface at once.  It runs over the casefolded
text's *skeleton*, every character that is not a letter or digit read as a space, and searches
each surface's skeleton with a space standing for its token boundaries (" go " for "go", " net "
for ".net", " r " for "R"): so "go" in "good" or "r" in "for" is never even a hit, the automaton
stays near its root inside words instead of following long failure chains, and a hit is
confirmed with one ``str.startswith`` on the casefolded text (and a look for the "_" that the
skeleton hides).  A caller that scans the skeleton anyway (the skill extractor, whose own keys
share one automaton with these) hands its hits to ``TechMatcher.find_in_skeleton`` instead.
The rest is cheap filtering of the few hits: exact case where a rule asks for it (all the
one-letter names: "R", not "r"), the other local rule checks, longest match wins on overlaps,
and last the context rules, which may count other technologies found nearby as evidence.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import pairwise
from operator import itemgetter
from typing import Any, Final, NamedTuple, Protocol

import ahocorasick  # pyahocorasick ships no type stubs (see the mypy overrides)

from jobsift.technologies.catalog import TechCatalog, fold
from jobsift.technologies.model import Rule, Technology, is_searchable

MATCHER_VERSION: Final = "technologies.match.v1"

#: Confidence of a match by how much it had to prove (see the package docstring).
CONFIDENCE_PLAIN: Final = 0.95
CONFIDENCE_RULED: Final = 0.85
CONFIDENCE_CONTEXT_WORD: Final = 0.8
CONFIDENCE_CONTEXT_TECH: Final = 0.75

# Whitespace that becomes a plain space so that "Spring\nBoot" meets the key "spring boot"; one
# character for one keeps every offset valid.  (str.replace, not str.translate: much faster.)
_SPACES: Final = ("\n", "\t", "\r", "\xa0")
_NON_ASCII: Final = re.compile(r"[^\x00-\x7f]")
# The skeleton: letters and digits kept, every other character a space ("_" too, so that the
# skill extractor's text can serve).  ASCII by ``bytes.translate`` on the UTF-8 bytes, one table
# lookup a byte.  Non-ASCII punctuation ("•", "–", "€") is looked for only among the text's
# non-ASCII characters, which the same bytes give without their ASCII ones: a regex over the
# whole text costs twice as much.
_SKELETON_ASCII: Final = bytes(i if chr(i).isalnum() else ord(" ") for i in range(128)) + bytes(
    range(128, 256)
)
_ASCII_BYTES: Final = bytes(range(128))
_NON_ASCII_NON_WORD: Final = re.compile(r"[^\x00-\x7f\w]")
# Characters that glue a token to its neighbour: "R&D", "R$", "C-level", "asp.net", "R's".
_GLUE_BEFORE: Final = frozenset("&$@-.'’")
_GLUE_AFTER: Final = frozenset("&$@-+#%'’€£¥")
_NUMBER: Final = "@number"


class _Automaton(Protocol):
    """The part of ``ahocorasick.Automaton`` used here, typed."""

    def add_word(self, key: str, value: Any) -> bool: ...
    def make_automaton(self) -> None: ...
    def iter(self, text: str) -> Iterator[tuple[int, Any]]: ...


class _Surface(NamedTuple):
    """One casefolded surface filed under a skeleton key, with the patterns that share it."""

    key: str
    length: int
    patterns: tuple[_Pattern, ...]


class SkeletonKey(NamedTuple):
    """The value stored for a skeleton key (see ``TechMatcher.skeleton_keys``): its length, 1
    when it has a leading space for a word start (the surface starts one character after the
    key's), whether it ends with one for a word end, and its surfaces."""

    length: int
    lead: int
    trail: bool
    surfaces: tuple[_Surface, ...]


@dataclass(frozen=True, slots=True)
class TechMatch:
    """One technology mention: ``text[start:end] == surface``.

    ``rule`` lists the checks that let an ambiguous surface count (``"case_sensitive"``,
    ``"context:goroutines"``, ``"context:tech:kubernetes"`` ...); it is empty for a plain match.
    """

    id: str
    start: int
    end: int
    surface: str
    confidence: float
    rule: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "start": self.start,
            "end": self.end,
            "surface": self.surface,
            "confidence": self.confidence,
            "rule": list(self.rule),
        }


def find_technologies(text: str, catalog: TechCatalog) -> list[TechMatch]:
    """Every technology mentioned in ``text``, in text order.  Never raises on odd input."""
    return catalog.derived(MATCHER_VERSION, TechMatcher).find(text)


@dataclass(frozen=True, slots=True)
class _CompiledRule:
    rule: Rule
    context_words: re.Pattern[str] | None
    context_categories: frozenset[str]
    preceded: tuple[str, ...]
    followed: tuple[str, ...]
    followed_by_number: bool
    #: Precomputed for the per-hit checks: the longest terms, the local checks' trace, and
    #: the evidence of a match that needs no context.
    preceded_width: int
    followed_width: int
    trace: tuple[str, ...]
    needs_context: bool
    evidence: _Evidence


@dataclass(frozen=True, slots=True)
class _Pattern:
    tech_id: str
    category: str
    surface: str
    case_sensitive: bool
    rule: _CompiledRule | None


class _Hit(NamedTuple):  # a tuple: built for every candidate, so it must be cheap
    start: int  # offsets into the original text
    end: int
    pattern: _Pattern


class _Evidence(NamedTuple):
    trace: tuple[str, ...]
    confidence: float


_PLAIN_EVIDENCE: Final = _Evidence((), CONFIDENCE_PLAIN)


class TechMatcher:
    """The compiled form of one catalog.  Build once (``catalog.derived`` does), reuse freely."""

    def __init__(self, catalog: TechCatalog) -> None:
        self.catalog = catalog
        keys, letters = _patterns(catalog)
        # On the skeleton a one-letter name is a key like any other: " r " meets only a lone
        # letter, and its patterns, all case-sensitive, keep only the capital.
        for letter, patterns in letters.items():
            keys.setdefault(fold(letter), []).extend(patterns)
        self._keys = _skeleton_keys(keys)
        self._automaton = _build_automaton(self._keys)

    def find(self, text: str) -> list[TechMatch]:
        if not text:
            return []
        plain = _plain(text)
        folded, origin = _fold_text(plain)
        found = self._automaton.iter(_skeleton(folded))
        return self._finish(text, plain, _candidates(found, plain, folded, origin))

    def skeleton_keys(self) -> dict[str, SkeletonKey]:
        """The keys ``find`` looks for in a text's skeleton: `` casefold(text) `` with every
        character that is not a letter or digit a space, for a caller that scans it anyway."""
        return dict(self._keys)

    def find_in_skeleton(
        self, text: str, found: Iterable[tuple[int, SkeletonKey]]
    ) -> list[TechMatch]:
        """``find(text)`` from ``found``, the hits ``(last index, key)`` of ``skeleton_keys()``
        in the skeleton of ``text``, in the order an Aho–Corasick scan gives them.  Only for a
        text that casefolding maps one character for one (the caller checks)."""
        if not text:
            return []
        plain = _plain(text)
        return self._finish(text, plain, _candidates(found, plain, None, None))

    def _finish(self, text: str, plain: str, hits: list[_Hit]) -> list[TechMatch]:
        local = [h for h in hits if h.pattern.rule is None or _passes_local(h, plain)]
        return _resolve(text, plain, _longest_first(local))


def _candidates(
    found: Iterable[tuple[int, SkeletonKey]], plain: str, folded: str | None, origin: _Origin | None
) -> list[_Hit]:
    """The hits of surfaces whose skeleton was found: the surface itself confirmed in the folded
    text (or, when ``folded`` is None, in ``plain`` casefolded piece by piece), its boundaries
    free of the "_" that the skeleton reads as a space, its case where a rule asks for it."""
    text = plain if folded is None else folded
    size, hits = len(text), list[_Hit]()
    # The skeleton is the folded text shifted right by one (its leading space).
    for last, (length, lead, trail, surfaces) in found:
        at = last - length + lead  # where the surface starts in the folded text
        if lead and at and text[at - 1] == "_":
            continue
        for key, width, patterns in surfaces:
            end = at + width
            if folded is None:
                if plain[at:end].casefold() != key:
                    continue
            elif not folded.startswith(key, at):
                continue  # the same skeleton, another surface: "c++" for "c#"
            if trail and end < size and text[end] == "_":
                continue
            start = at
            if origin is not None:
                start, end = origin.map(start), origin.map(end)
            for pattern in patterns:
                if not pattern.case_sensitive or plain[start:end] == pattern.surface:
                    hits.append(_Hit(start, end, pattern))
    return hits


def _resolve(text: str, plain: str, chosen: list[_Hit]) -> list[TechMatch]:
    unconditional = [h for h in chosen if not (h.pattern.rule and h.pattern.rule.needs_context)]
    matches = []
    for hit in chosen:
        evidence = _evidence(hit, plain, unconditional)
        if evidence is not None and hit.end > hit.start:
            surface = text[hit.start : hit.end]
            tech_id, confidence = hit.pattern.tech_id, evidence.confidence
            matches.append(
                TechMatch(tech_id, hit.start, hit.end, surface, confidence, evidence.trace)
            )
    return matches


# -- building ------------------------------------------------------------------------------------


def _patterns(catalog: TechCatalog) -> tuple[dict[str, list[_Pattern]], dict[str, list[_Pattern]]]:
    """Searchable surfaces keyed casefolded, and the one-letter (case-sensitive) names apart."""
    keys: dict[str, list[_Pattern]] = {}
    letters: dict[str, list[_Pattern]] = {}
    compiled: dict[int, _CompiledRule] = {}
    for tech in catalog:
        for surface in tech.surfaces:
            if not is_searchable(surface):
                continue
            pattern = _pattern(catalog, tech, surface, compiled)
            if len(surface) == 1 and pattern.case_sensitive:
                letters.setdefault(surface, []).append(pattern)
            else:
                keys.setdefault(fold(surface), []).append(pattern)
    return keys, letters


def _pattern(
    catalog: TechCatalog, tech: Technology, surface: str, compiled: dict[int, _CompiledRule]
) -> _Pattern:
    rule = tech.rule_for(surface)
    crule = None
    if rule is not None:
        crule = compiled.setdefault(id(rule), _compile_rule(catalog, rule))
    case_sensitive = bool(rule and rule.case_sensitive)
    return _Pattern(tech.id, tech.category, surface, case_sensitive, crule)


def _compile_rule(catalog: TechCatalog, rule: Rule) -> _CompiledRule:
    terms = [t for term in rule.requires_context for t in _expand(catalog, term)]
    words = sorted({t.casefold() for t in terms if not t.startswith("@")}, key=len, reverse=True)
    pattern = None
    if words:
        alternation = "|".join(re.escape(w) for w in words)
        pattern = re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE)
    followed = tuple(t.casefold() for t in rule.not_followed_by if t != _NUMBER)
    preceded = tuple(t.casefold() for t in rule.not_preceded_by)
    categories = frozenset(t[1:] for t in terms if t.startswith("@"))
    trace = _local_trace(rule)
    return _CompiledRule(
        rule=rule,
        context_words=pattern,
        context_categories=categories,
        preceded=preceded,
        followed=followed,
        followed_by_number=_NUMBER in rule.not_followed_by,
        preceded_width=max(map(len, preceded), default=0),
        followed_width=max(map(len, followed), default=0),
        trace=trace,
        needs_context=pattern is not None or bool(categories),
        evidence=_Evidence(trace, CONFIDENCE_RULED),
    )


def _expand(catalog: TechCatalog, term: str) -> tuple[str, ...]:
    if term.startswith("$"):
        return catalog.context_sets.get(term[1:], ())
    return (term,)


def _skeleton_keys(by_key: dict[str, list[_Pattern]]) -> dict[str, SkeletonKey]:
    grouped: dict[str, list[_Surface]] = {}
    for key, patterns in by_key.items():
        surface = _Surface(key, len(key), tuple(patterns))
        grouped.setdefault(_skeleton_key(key), []).append(surface)
    # Everything the scan loop needs, precomputed: it runs for every hit of every text.
    return {
        skeleton: SkeletonKey(
            len(skeleton),
            1 if _is_word(surfaces[0].key[0]) else 0,
            _is_word(surfaces[0].key[-1]),
            tuple(surfaces),
        )
        for skeleton, surfaces in grouped.items()
    }


def _build_automaton(keys: dict[str, SkeletonKey]) -> _Automaton:
    automaton: _Automaton = ahocorasick.Automaton()
    # Sorted, the nodes of one key's path are made one after another, close in memory: fewer
    # cache misses in the scan.
    for skeleton in sorted(keys):
        automaton.add_word(skeleton, keys[skeleton])
    automaton.make_automaton()
    return automaton


def _skeleton_key(key: str) -> str:
    """A casefolded surface as the skeleton automaton stores it: its skeleton, with a space
    before a first and after a last word character, where the text must have a boundary
    ("go" -> " go ", "c++" -> " c  ", ".net" -> " net ").  Every key starts and ends with a
    space."""
    body = "".join(char if char.isalnum() else " " for char in key)
    before = " " if _is_word(key[0]) else ""
    after = " " if _is_word(key[-1]) else ""
    return f"{before}{body}{after}"


# -- text ----------------------------------------------------------------------------------------


def _plain(text: str) -> str:
    for space in _SPACES:
        if space in text:
            text = text.replace(space, " ")
    return text


class _Origin:
    """Maps casefolded offsets back to the text, for the rare text where folding grew ("ß")."""

    __slots__ = ("_ends", "_index", "_shifts", "_starts")

    def __init__(self, plain: str) -> None:
        self._starts: list[int] = []  # folded span of each character that grew
        self._ends: list[int] = []
        self._index: list[int] = []  # its index in the text
        self._shifts: list[int] = []  # characters gained up to and including it
        shift = 0
        for found in _NON_ASCII.finditer(plain):
            grown = len(found.group().casefold()) - 1
            if grown:
                self._starts.append(found.start() + shift)
                shift += grown
                self._ends.append(found.start() + shift + 1)
                self._index.append(found.start())
                self._shifts.append(shift)

    def map(self, offset: int) -> int:
        i = bisect_right(self._ends, offset)
        if i < len(self._starts) and self._starts[i] < offset:
            return self._index[i]  # inside a grown character: round to its start
        return offset - (self._shifts[i - 1] if i else 0)


def _fold_text(plain: str) -> tuple[str, _Origin | None]:
    folded = plain.casefold()
    # Casefolding never shortens a character, so equal lengths mean one char for one.
    return folded, (None if len(folded) == len(plain) else _Origin(plain))


def _skeleton(folded: str) -> str:
    """`` folded `` with every character that is not a letter or digit a space, one for one."""
    raw = folded.encode("utf-8", "surrogatepass")
    skeleton = raw.translate(_SKELETON_ASCII).decode("utf-8", "surrogatepass")
    if not skeleton.isascii():
        others = raw.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")
        for char in set(_NON_ASCII_NON_WORD.findall(others)):
            skeleton = skeleton.replace(char, " ")
    return f" {skeleton} "


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


# -- local checks (need only the text around the hit) --------------------------------------------


def _passes_local(hit: _Hit, plain: str) -> bool:
    crule = hit.pattern.rule
    if crule is None:
        return True
    if crule.rule.standalone and not _standalone(plain, hit.start, hit.end):
        return False
    if crule.preceded and _preceded_by(plain, hit.start, crule):
        return False
    return not _followed_by(plain, hit.end, crule)


def _standalone(plain: str, start: int, end: int) -> bool:
    if start and (_is_word(plain[start - 1]) or plain[start - 1] in _GLUE_BEFORE):
        return False
    if end >= len(plain):
        return True
    after = plain[end]
    if _is_word(after) or after in _GLUE_AFTER:
        return False
    # "R.D." or "R.NET" glue too; a full stop ending the sentence does not.
    return not (after == "." and end + 1 < len(plain) and _is_word(plain[end + 1]))


def _preceded_by(plain: str, start: int, crule: _CompiledRule) -> bool:
    pos = start
    while pos and plain[pos - 1] == " ":
        pos -= 1
    before = plain[max(0, pos - crule.preceded_width) : pos].casefold()
    for term in crule.preceded:
        if before.endswith(term):
            edge = pos - len(term) - 1  # the character before the term, in the text
            if not (_is_word(term[0]) and edge >= 0 and _is_word(plain[edge])):
                return True
    return False


def _followed_by(plain: str, end: int, crule: _CompiledRule) -> bool:
    pos, size = end, len(plain)
    while pos < size and plain[pos] == " ":
        pos += 1
    if crule.followed_by_number and pos < size and plain[pos].isdigit():
        return True
    if not crule.followed:
        return False
    after = plain[pos : pos + crule.followed_width + 1].casefold()
    for term in crule.followed:
        if after.startswith(term):
            stop = pos + len(term)
            if not (_is_word(term[-1]) and stop < size and _is_word(plain[stop])):
                return True
    return False


# -- overlaps and context ------------------------------------------------------------------------


def _longest_first(hits: list[_Hit]) -> list[_Hit]:
    """Non-overlapping hits, longer ones first ("C++" over "C"), then earlier; in text order."""
    if not hits:
        return []
    # Mostly nothing overlaps: then the answer is the hits in text order (two hits with one
    # start overlap, and go the long way).
    ordered = sorted(hits, key=itemgetter(0))
    if ordered[0].end > ordered[0].start and all(
        a.end <= b.start < b.end for a, b in pairwise(ordered)
    ):
        return ordered
    taken = bytearray(max(h.end for h in hits))
    chosen = []
    for hit in sorted(hits, key=lambda h: (h.start - h.end, h.start)):
        if not any(taken[hit.start : hit.end]):
            taken[hit.start : hit.end] = b"\x01" * (hit.end - hit.start)
            chosen.append(hit)
    chosen.sort(key=lambda h: h.start)
    return chosen


def _evidence(hit: _Hit, plain: str, unconditional: list[_Hit]) -> _Evidence | None:
    crule = hit.pattern.rule
    if crule is None:
        return _PLAIN_EVIDENCE
    if not crule.needs_context:
        return crule.evidence
    trace = crule.trace
    low, high = max(0, hit.start - crule.rule.window), hit.end + crule.rule.window
    word = _context_word(crule, plain, hit, low, high)
    if word is not None:
        return _Evidence((*trace, f"context:{word}"), CONFIDENCE_CONTEXT_WORD)
    for other in unconditional:
        nearby = other is not hit and other.start < high and other.end > low
        if nearby and other.pattern.category in crule.context_categories:
            return _Evidence((*trace, f"context:{other.pattern.tech_id}"), CONFIDENCE_CONTEXT_TECH)
    return None


def _local_trace(rule: Rule) -> tuple[str, ...]:
    checks = (
        ("case_sensitive", rule.case_sensitive),
        ("standalone", rule.standalone),
        ("not_preceded_by", bool(rule.not_preceded_by)),
        ("not_followed_by", bool(rule.not_followed_by)),
    )
    return tuple(name for name, present in checks if present)


def _context_word(crule: _CompiledRule, plain: str, hit: _Hit, low: int, high: int) -> str | None:
    if crule.context_words is None:
        return None
    # Search either side of the match, never the match itself: a surface is no evidence for itself.
    found = crule.context_words.search(plain, low, hit.start) or crule.context_words.search(
        plain, hit.end, high
    )
    return found.group().casefold() if found else None
