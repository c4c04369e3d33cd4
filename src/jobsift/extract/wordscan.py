"""Finding a list of phrases in a posting quickly: a cheap scan for anchors, then a check.

Python's ``re`` tries every alternative of a pattern at every position whose first letter could
start one, so one case-insensitive alternation of sixty phrases costs about 600 ns a character:
over a millisecond for a 300-word posting, when the whole extractor may spend 200 µs.  A
pattern that starts with one *literal* character is scanned at well under 1 ns a character
(``re`` jumps from one occurrence of that character to the next); a pattern that starts with a
character class is five times slower.  So each extractor names, for its phrases, a few
*anchors*: short, case-sensitive substrings inside the phrases ("mot" in "remote" and "Remote",
"brid" in "hybrid").  Only around an anchor is the full, case-insensitive phrase list tried, at
the start of the anchor's word and of the few words before it (so "work from home" can be
anchored on "rom h").  Anchors inside a word, not at its start, catch both "remote" and
"Remote"; an all-capitals spelling needs an anchor of its own.

Each pass over the text costs about a microsecond, and each stop at the pass's character a
little more, so the anchors are found in few passes over rare characters: every anchor is
looked for at one of its characters, its *key* ("mot" at "m", "brid" at "b", "olonais" and
"lemán" both at "l"), the keys chosen so that few, rare characters cover all anchors.  One
pattern per key starts with it as a literal and checks the rest of each anchor after it and,
with a look-behind, before it.

A scanner is built once at import and holds only compiled patterns, so it is safe to share
between threads.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final, Generic, TypeVar

T = TypeVar("T")

#: Characters that join the parts of one word ("home-office", "l'anglais").
_JOINERS: Final = "-'’"
#: What may stand between two words of one phrase.
_GAPS: Final = " \t\u00a0\u202f%(/"
#: How far a phrase may reach from its first word.
_WINDOW: Final = 90
#: Up to this many characters (a title) one class-pattern pass is cheaper than one per key.
_SHORT_REGION: Final = 160


@dataclass(frozen=True, slots=True)
class Hit(Generic[T]):
    """One phrase found in the text: where, which payload, and the match for its groups.

    ``match`` ran on a lower-cased copy of part of the text: read its groups, not its offsets."""

    start: int
    end: int
    payload: T
    match: re.Match[str]


class PhraseScanner(Generic[T]):
    """Finds phrases (case-insensitive regexes with a payload each) anchored on rare letters.

    Every occurrence of a phrase must contain one of the ``anchors``, plain strings such as
    ``"mot"`` (remote) or ``"brid"`` (hybrid), read in lower case, upper case and as written.
    Phrases may use only non-capturing groups: the scanner numbers them itself to know which
    one matched.
    """

    def __init__(
        self, anchors: Iterable[str], phrases: Sequence[tuple[str, T]], *, words_before: int = 3
    ) -> None:
        for source, _ in phrases:
            if re.compile(source).groups:
                raise ValueError(f"phrase {source!r} has a capturing group; use (?:...)")
        anchors = tuple(anchors)
        self._scans = _keyed_patterns(anchors)
        self._short_scan = anchor_pattern(anchors)
        # Phrases are matched against a lower-cased copy of a few dozen characters: without
        # IGNORECASE (and without a group around each phrase) ``re`` skips an alternative on its
        # first letter, five times faster.  Which phrase matched is asked only after a match.
        self._any_phrase = re.compile("|".join(f"(?:{source})" for source, _ in phrases))
        self._which_phrase = re.compile("|".join(f"({source})" for source, _ in phrases))
        self._payloads = tuple(payload for _, payload in phrases)
        self._words_before = words_before

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Hit[T]]:
        """Every phrase in ``text[start:end]``, in order, without overlaps."""
        stop = len(text) if end is None else min(end, len(text))
        hits: list[Hit[T]] = []
        covered = start  # no phrase may start before the end of the previous one
        tried: set[int] = set()  # word starts already tried for another anchor
        for anchor in self._anchors(text, start, stop):
            if anchor < covered:
                continue
            hit = self._phrase_at(text, anchor, covered, stop, tried)
            if hit is not None:
                hits.append(hit)
                covered = hit.end
        return hits

    def _anchors(self, text: str, start: int, stop: int) -> list[int]:
        if stop - start <= _SHORT_REGION:
            # One pass of a character-class pattern beats several passes over a short title.
            return [found.start() for found in self._short_scan.finditer(text, start, stop)]
        positions: set[int] = set()
        for scan, heads in self._scans:
            for found in scan.finditer(text, start, stop):
                # The key matched at found.start(); the anchor began ``head`` characters before.
                position = found.start() - heads[found.lastindex or 0]
                if position >= start:  # the look-behind may have read before the region
                    positions.add(position)
        return sorted(positions)

    def _phrase_at(
        self, text: str, anchor: int, floor: int, stop: int, tried: set[int]
    ) -> Hit[T] | None:
        words = _word_starts(text, anchor, floor, self._words_before)
        base = words[0]
        window = _lowered(text, base, min(stop, anchor + _WINDOW))
        for word in words:
            if word in tried:
                continue
            found = self._any_phrase.match(window, word - base)
            if found is None:
                tried.add(word)  # nothing starts here, whichever anchor brought us
            elif base + found.end() > anchor:  # else: a phrase of another anchor, before this one
                return self._hit(window, base, word - base)
        return None

    def _hit(self, window: str, base: int, offset: int) -> Hit[T]:
        found = self._which_phrase.match(window, offset)
        # The union matched here, and each alternative is one numbered group.
        assert found is not None
        assert found.lastindex is not None
        return Hit(
            base + found.start(), base + found.end(), self._payloads[found.lastindex - 1], found
        )


def alternation(words: Iterable[str]) -> str:
    """Words as one trie-shaped group, ``["one", "on", "two"]`` -> ``(?:on(?:e)?|two)``.

    At one position it matches the longest word that fits, where ``(?:one|on|two)`` takes the
    first one listed: use it where only *whether* a pattern matches counts, or the longest
    word is wanted.  ``re`` then tests each
    first letter once instead of each word: five times faster for thirty words, and more
    under IGNORECASE, where no word is skipped on its first letter."""
    return _alternation(sorted(set(words)))


def _alternation(words: list[str]) -> str:
    rests: dict[str, list[str]] = {}
    for word in words:
        if word:
            rests.setdefault(word[0], []).append(word[1:])
    branches = "|".join(
        re.escape(head) + _alternation(tails) for head, tails in sorted(rests.items())
    )
    if not branches:
        return ""
    return f"(?:{branches})" + ("?" if "" in words else "")


def anchor_pattern(anchors: Iterable[str]) -> re.Pattern[str]:
    """One pattern that starts with a single character class: ``["mot", "brid"]`` gives
    ``[bm](?:ot|rid)``.  Any first letter goes with any tail, a few more places to check than
    needed; for a short region that beats one pass per first letter.

    The tails form a trie (see alternation), which takes the longest tail that matches: all
    tails that match at one place are prefixes of one another, so they lie on one path."""
    firsts = sorted({anchor[0] for anchor in anchors})
    first_class = "".join(re.escape(char) for char in firsts)
    return re.compile(f"[{first_class}]" + alternation(anchor[1:] for anchor in anchors))


#: Occurrences per thousand characters of job postings in the eight languages, for the
#: characters common enough to matter; every other character counts as 1.
# fmt: off
_FREQUENCY: Final[dict[str, int]] = {
    " ": 133, "e": 101, "a": 69, "i": 64, "n": 64, "o": 58, "r": 55, "t": 50, "s": 45, "d": 31,
    "l": 30, "c": 26, "u": 25, "m": 20, "p": 20, "\n": 20, "g": 16, "h": 12, "w": 11, "y": 10,
    "b": 10, "f": 10, "k": 9, "z": 9, "v": 8, ".": 8, "-": 7, "j": 5, ",": 5,
}
# fmt: on
#: What one more pass over the text costs, in stops at a character of frequency 1: the scan
#: itself is worth about fifty stops.
_PASS_COST: Final = 50


def _keyed_patterns(anchors: Iterable[str]) -> tuple[tuple[re.Pattern[str], tuple[int, ...]], ...]:
    """One pattern per key character, with, for each of its groups, how far before the key
    the anchor that closes the group starts.

    ``["mot", "brid", "omplett"]`` with keys "o" and "b" gives ``o(?:mplett()|t(?<=mot)())``
    and ``brid()``: a match at the key, then the anchor's end, then its start looked behind."""
    by_key: dict[str, list[tuple[str, int]]] = {}
    for anchor, index in _keys(sorted(set(anchors))):
        by_key.setdefault(anchor[index], []).append((anchor, index))
    patterns = []
    for key, entries in sorted(by_key.items()):
        heads = [0]  # group 0 is never a leaf
        body = _keyed_trie(
            [(anchor[index + 1 :], anchor, index) for anchor, index in entries], heads
        )
        patterns.append((re.compile(re.escape(key) + body), tuple(heads)))
    return tuple(patterns)


def _keys(anchors: list[str]) -> list[tuple[str, int]]:
    """Each anchor with the index of its key: a greedy cover of the anchors by characters,
    each costing a pass plus a stop at every occurrence in the text.  A key is never an
    anchor's last character (unless the anchor has one): a literal after the key lets ``re``
    drop a wrong stop at once, where a look-behind is tried at every stop."""
    left = set(anchors)
    chosen: list[tuple[str, int]] = []
    while left:
        counts: dict[str, int] = {}
        for anchor in left:
            for char in set(_key_chars(anchor)):
                counts[char] = counts.get(char, 0) + 1
        key = min(
            counts,
            key=lambda char: ((_PASS_COST + _FREQUENCY.get(char, 1)) / counts[char], char),
        )
        covered = sorted(anchor for anchor in left if key in _key_chars(anchor))
        chosen.extend((anchor, anchor.index(key)) for anchor in covered)
        left.difference_update(covered)
    return chosen


def _key_chars(anchor: str) -> str:
    return anchor[:-1] or anchor


def _keyed_trie(entries: list[tuple[str, str, int]], heads: list[int]) -> str:
    """The rest of each anchor after its key, as a trie, each ending in a look-behind for the
    whole anchor (when it starts before the key) and an empty group that tells which one."""
    ends = [(anchor, head) for tail, anchor, head in entries if not tail]
    children: dict[str, list[tuple[str, str, int]]] = {}
    for tail, anchor, head in entries:
        if tail:
            children.setdefault(tail[0], []).append((tail[1:], anchor, head))
    branches = [
        re.escape(char) + _keyed_trie(rest, heads) for char, rest in sorted(children.items())
    ]
    for anchor, head in sorted(ends, key=lambda end: (-end[1], end[0])):
        heads.append(head)
        branches.append((f"(?<={re.escape(anchor)})" if head else "") + "()")
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _lowered(text: str, start: int, end: int) -> str:
    """``text[start:end]`` in lower case, as long as the original: "İ" would grow by one."""
    return text[start:end].replace("\u0130", "i").lower()


def _word_starts(text: str, position: int, floor: int, before: int) -> list[int]:
    """Start of the word holding ``position``, then of up to ``before`` words before it,
    earliest first, so a longer phrase wins over a phrase inside it."""
    index = _word_start(text, position, floor)
    starts = [index]
    for _ in range(before):
        word = index
        # Skip the spaces and light punctuation between two words of one phrase ("Home
        # Office", "100% remote", "remote (EU)"), but never a line break: a phrase does not
        # span lines.
        while index > floor and text[index - 1] in _GAPS:
            index -= 1
        if index == word or index <= floor or not text[index - 1].isalnum():
            break
        index = _word_start(text, index - 1, floor)
        starts.append(index)
    starts.reverse()
    return starts


def _word_start(text: str, position: int, floor: int) -> int:
    index = position
    while index > floor:
        char = text[index - 1]
        if not (char.isalnum() or char in _JOINERS):
            break
        index -= 1
    return index
