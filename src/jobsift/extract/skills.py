"""The skills a posting asks for: technologies from our catalog, ESCO skills and knowledge.

Two kinds of phrase, found in one Aho-Corasick pass over a lower-cased copy of the text:

* technologies come from the technology matcher (:func:`jobsift.technologies.find_technologies`
  and its disambiguation rules: "Go", "R", "Swift" and the like are its business, not ours); its
  keys are searched in our automaton, on the text's skeleton (punctuation as spaces), and the
  hits handed back to it (``TechMatcher.find_in_skeleton``).  Two automata scanned in turn kept
  evicting each other from the CPU cache: one pass costs less than half as much;
* ESCO skills and knowledge, the curated phrase table and the preference cues ("is a plus",
  "von Vorteil"), built at load.

The phrase table (``data/skill-phrases.v1.json``) holds skills as postings name them, mostly noun
phrases ("forklift licence", "Buchhaltung", "gestion des stocks", "prawo jazdy kat. C+E"), in
en/de/fr/es/pt/pl/it/nl, each mapped to the ESCO concept (or, for a few, the catalog technology)
that means it; a missing id stops the load.  Its phrases outrank ESCO labels on the same key.
English phrases of several words meet their last word in either number, the others are matched
as written (up to case, punctuation and spacing, like ESCO labels).  A one-word phrase counts only
in a text of its language or of unknown language ("lassen" is Dutch welding, German "let").  A
phrase may ask more: to be written as listed ("SAP", "BLS", "HACCP"; a capitalised word also not
at a sentence start), or to stand in a requirements, responsibilities or nice-to-have section or
beside a preference cue ("recruitment" elsewhere is mostly the employer's own process).  Trap
phrases ("recruitment process") match only to hide the phrases inside them.

ESCO labels are compared on a light normalization: lower case, punctuation read as a space
("object-oriented" meets "object oriented" and the "object - oriented" some exports write), and
the last word of a label of several words in singular or plural ("operate forklifts").  A
phrase never runs over a line break.  Many ESCO labels make poor bare words, so the load drops,
by rule: labels the technology catalog owns (it decides whether "Go" is Go; the ESCO concept of
such a label is kept as the technology's ``esco_equivalent``), language skills (reported by
``human_languages``), labels under four characters, every one-word alternative label ("security"
is one of *securities*, "Google" one of *search engines*), one-word forms made by dropping a
qualifier ("Source (digital game creation systems)"), short all-capital acronyms, labels of
function words only, labels naming two concepts equally, alternative labels longer than three
words (four for knowledge: long paraphrases never occur verbatim and cost load time), and the
curated ``_STOP_LABELS``.  Bare "communication" is one of those: it mostly names a channel
("communication with clients"), so "communication skills" maps to ESCO *communication* instead.
One-word English labels are matched only when the text may be English (``lang`` None or "en").

Where matches overlap the longest wins; on a tie the technology wins, so our ids come first.
A mention is *preferred* inside a nice-to-have section or a sentence with a preference cue (a
cue in a heading covers its section; one in a lead-in line ending with ":", such as "Bonus
points for:", the lines up to the next blank one).  A concept is *required* when a mention in a
requirements or responsibilities section carries no cue, *preferred* when some mention is,
*required* otherwise.  Mentions in legal text, benefits and how-to-apply sections are dropped:
"flexible working" there is a perk, not a skill.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from itertools import pairwise
from typing import Any, Final, NamedTuple, Protocol

import ahocorasick  # pyahocorasick ships no type stubs (see the mypy overrides)

from jobsift.extract.types import Requirement, Section, SkillKind, SkillMention, Span, Value
from jobsift.taxonomy import Skill, Taxonomy
from jobsift.taxonomy.errors import REINSTALL_HINT, TaxonomyDataError
from jobsift.technologies import (
    MATCHER_VERSION,
    TechCatalog,
    TechMatch,
    TechMatcher,
    Technology,
    find_technologies,
)
from jobsift.technologies.match import SkeletonKey

#: Bump when what ``SkillExtractor.extract`` returns for a text changes.
SKILLS_VERSION: Final = "skills.v2"
#: The curated phrase table (``data/skill-phrases.v1.json``).
PHRASES_VERSION: Final = "skill-phrases.v1"
_PHRASES_FILE: Final = f"{PHRASES_VERSION}.json"
#: The language key of phrases written the same in every language ("HACCP", "B2B sales").
_ANY_LANGUAGE: Final = "*"
#: The concept of a trap phrase: a match that only hides the phrases inside it
#: ("recruitment process" is no recruiting skill).
_TRAP: Final = ""

#: Confidence of an ESCO mention by the role of the label that matched.
_ROLE_CONFIDENCE: Final = {"preferred": 0.9, "phrase": 0.85, "alternative": 0.8, "hidden": 0.65}
#: Taken off for a one-word label and for a label met in its other number (singular/plural).
_SINGLE_WORD_PENALTY: Final = 0.1
_INFLECTED_PENALTY: Final = 0.05
#: Each further mention of a concept keeps this share of the gap to certainty.
_REPEAT_KEEP: Final = 0.75
_MAX_CONFIDENCE: Final = 0.99
_MIN_KEY_CHARS: Final = 4
# Longest labels kept, in words.  Longer ones are paraphrases that hardly occur verbatim
# ("administer fragile items"), and every key costs load time: the limits halve the automaton.
_MAX_PREFERRED_WORDS: Final = 6
_MAX_ALTERNATIVE_WORDS: Final = {"knowledge": 4, "skill": 3}
_SHORT_ACRONYM: Final = 5

_AS_WRITTEN: Final[tuple[str, ...]] = ("",)
#: Sections whose words state no requirement: "flexible working" there is a perk.
_SKIPPED_SECTIONS: Final = frozenset({"legal", "benefits", "apply"})
_REQUIREMENTS: Final[tuple[Requirement, ...]] = ("required", "preferred")
_ROLE_RANK: Final = {"phrase": 0, "preferred": 1, "alternative": 2, "hidden": 3}

# Curated one-word ESCO labels that are ordinary words in a posting ("energy", "history"), name
# objects rather than skills ("cameras") or religions, or mean something else in IT ("logging",
# "migration", "securities" -> "security").
# fmt: off
_STOP_LABELS: Final = frozenset({
    "energy", "communication", "plan", "sing", "swim", "ski", "golf", "football", "boxing",
    "tennis", "snowboard", "hair", "dies", "protein", "prayer", "pregnancy", "obesity", "autism",
    "allergies", "livestock", "migration", "logging", "history", "literature", "logic",
    "politics", "morality", "spelling", "grammar", "cameras", "sensors", "lasers", "radars",
    "explosives", "medicines", "pesticides", "herbicides", "cosmetics", "gemstones", "graphite",
    "beeswax", "bristles", "petroleum", "wildlife", "electricity", "adhesives", "refrigerants",
    "semiconductors", "microprocessors", "ecosystems", "consultation", "improvise", "reflexion",
    "similitude", "securities", "database", "patents", "trademarks", "coining", "crafting",
    "blueprints", "mechanics", "optics", "rhetoric", "semantics", "typology", "terminology",
    "ethics", "buddhism", "christianity", "hinduism", "islam", "judaism", "quran", "torah",
    "theology", "spiritualism", "monasticism", "occultism", "philanthropy", "betting",
    "intermodalism", "morphology", "kinetics", "periodisation",
    # labels of several words that postings use for something else
    "hybrid model", "application process", "enjoy working", "flexible working",
})
# Words that cannot make a skill on their own: a label made only of them is dropped.
_FUNCTION_WORDS: Final = frozenset({
    "a", "an", "the", "of", "in", "on", "for", "to", "and", "or", "with", "by", "at", "from",
    "as", "be", "it", "its", "their", "your", "our", "do", "make", "take", "get", "give", "have",
    "use", "work", "keep", "show", "go", "come", "see", "set", "put", "new", "good", "all",
})
# fmt: on

# Phrases that make the skills of their sentence "preferred", in every language: a posting in
# one language often quotes another's boilerplate.  "pré" alone would also hit French
# "pré-requis" (a requirement), hence the Dutch "een pré".
# fmt: off
_PREFERENCE_CUES: Final = (
    # en
    "is a plus", "a plus", "big plus", "nice to have", "good to have", "preferred",
    "preferably", "preferable", "bonus", "ideally", "desirable", "advantageous",
    "an advantage", "an asset", "would be great", "beneficial", "not required", "not a must",
    # de
    "von vorteil", "wünschenswert", "idealerweise", "ein plus", "gerne gesehen", "vorteilhaft",
    "wäre schön", "schön wäre",
    # fr
    "un plus", "serait un atout", "un atout", "souhaité", "souhaitée", "souhaités",
    "souhaitées", "souhaitable", "atout", "atouts", "apprécié", "appréciée", "appréciés",
    "appréciées", "idéalement", "de préférence",
    # es
    "deseable", "deseables", "valorable", "valorables", "se valorará", "se valora",
    "valoraremos", "preferible", "preferiblemente", "idealmente",
    # pt
    "desejável", "desejáveis", "diferencial", "diferenciais", "preferencialmente",
    "mais-valia",
    # pl
    "mile widziane", "mile widziana", "mile widziany", "atutem", "atut", "plusem",
    # it
    "gradita", "gradito", "graditi", "gradite", "costituisce un plus", "preferibile",
    "preferibilmente", "titolo preferenziale",
    # nl
    "een pré", "een pre", "is een pluspunt", "pluspunt", "strekt tot aanbeveling", "wenselijk",
    "bij voorkeur", "mooi meegenomen",
)
# fmt: on

# ASCII letters lower-cased and ASCII punctuation read as a space, on UTF-8 bytes where
# ``bytes.translate`` is one table lookup a byte: ``str.lower()`` alone costs twice as much on a
# posting with one non-ASCII character, ``re.sub`` four times.  Non-ASCII punctuation common in
# postings is replaced one character at a time, and only when present.
_ASCII_TABLE: Final = bytes(
    ord(chr(i).lower()) if chr(i).isalnum() else ord(" ") for i in range(128)
) + bytes(range(128, 256))
_ASCII_BYTES: Final = bytes(range(128))
#: All non-ASCII: looked for among the text's non-ASCII characters only.
_OTHER_SPACES: Final = (
    "\xa0",
    "’",
    "‘",
    "–",
    "—",
    "•",
    "·",
    "▪",
    "●",
    "◦",
    "“",
    "”",
    "…",
    "\u202f",
)
_SENTENCE_BREAKS: Final = ("\n", ". ", "; ", "! ", "? ", "• ")
_KEY_SPACES: Final = re.compile(r"[\W_]+")
_NON_WORD: Final = re.compile(r"\W")
_PARENTHESIS: Final = re.compile(r"\s*\([^)]*\)")
# Last-word endings, first match wins: (ending, letters cut to reach the stem, endings the stem
# may take).  "-ics", "-is" words have no other number worth matching ("physics", "analysis").
_ENDINGS: Final = (
    ("ies", 3, ("y", "ies")),
    ("sses", 2, ("", "es")),
    ("xes", 2, ("", "es")),
    ("ches", 2, ("", "es")),
    ("shes", 2, ("", "es")),
    ("ics", 0, ("",)),
    ("is", 0, ("",)),
    ("ss", 0, ("", "es")),
    ("us", 0, ("", "es")),
    ("x", 0, ("", "es")),
    ("ch", 0, ("", "es")),
    ("sh", 0, ("", "es")),
    ("s", 1, ("", "s")),
)


class _Automaton(Protocol):
    """The part of ``ahocorasick.Automaton`` used here, typed."""

    def add_word(self, key: str, value: Any) -> bool: ...
    def make_automaton(self) -> None: ...
    def iter(self, text: str, start: int = ..., end: int = ...) -> Iterator[tuple[int, Any]]: ...


@dataclass(frozen=True, slots=True)
class _Target:
    """What an ESCO key names: the concept, and how much a match of it is worth."""

    id: str
    confidence: float
    #: A one-word English label: matched only when the text may be English.
    english_word: bool
    rule: _Rule | None = None


class _Rule(NamedTuple):
    """What a curated phrase asks of a match beyond its words."""

    #: A one-word phrase counts only in a text of these languages (or of unknown language).
    langs: frozenset[str] | None
    #: The phrase as written, when it counts only in that case ("SAP", "Lean").
    written: str | None
    #: Only in a requirements, responsibilities or nice-to-have section, or beside a cue.
    requirements: bool


class Phrase(NamedTuple):
    """One row of the curated table: a phrase of one language and the concept it names."""

    text: str
    lang: str  # "*": any language
    concept_id: str
    label: str  # the concept's preferred label, as the table states it
    rule: _Rule | None


class _Key(NamedTuple):
    """The value stored for a key: its length (leading space included), the endings its last
    word may take ("" = none), the length of the ending the label itself wrote, and the target
    or the cue it stands for."""

    length: int
    suffixes: tuple[str, ...]
    own: int
    target: _Target | None
    cue: bool


class _Entry(NamedTuple):
    """The best label seen so far for a key, while the automaton is built."""

    rank: int
    id: str
    role: str
    suffixes: tuple[str, ...]
    own: int
    rule: _Rule | None = None


class _Mention(NamedTuple):
    start: int
    end: int
    id: str
    confidence: float
    is_tech: bool
    #: False for a phrase that counts only where requirements are stated.
    anywhere: bool = True


class SkillExtractor:
    """Finds the skills of a posting.  Build once from the taxonomy and the technology catalog
    (under a second, most of it the automaton); immutable afterwards, so one instance serves
    every thread."""

    __slots__ = (
        "_automaton",
        "_catalog",
        "_equivalents",
        "_matcher",
        "_mentions",
        "_phrases",
        "_taxonomy",
        "version",
    )

    def __init__(self, taxonomy: Taxonomy, catalog: TechCatalog) -> None:
        self.version = SKILLS_VERSION
        self._catalog = catalog
        self._taxonomy = taxonomy
        find_technologies("warm up", catalog)  # builds the catalog's matcher now, not mid-request
        self._matcher = catalog.derived(MATCHER_VERSION, TechMatcher)
        tech_keys = {_key(surface): tech.id for tech in catalog for surface in _tech_names(tech)}
        phrases = load_phrases()
        _check_phrases(phrases, taxonomy, catalog)
        entries, self._equivalents = _esco_entries(taxonomy, tech_keys)
        entries.update(_phrase_entries(phrases))
        self._automaton = _build_automaton(entries, self._matcher.skeleton_keys())
        self._phrases = _phrases_by_concept(phrases)
        # Every concept a mention can name, looked up once here, not per value.
        ids = {entry.id for entry in entries.values()} | {tech.id for tech in catalog}
        # Values share these (immutable) instead of making one per value.
        self._mentions = {
            (i, requirement): SkillMention(i, *self._concept(i), requirement)
            for i in ids - {_TRAP}
            for requirement in _REQUIREMENTS
        }

    def extract(
        self, text: str, sections: tuple[Section, ...], *, lang: str | None = None
    ) -> tuple[Value[SkillMention], ...]:
        """One value per concept the posting names, in order of first mention."""
        if not text or text.isspace():
            return ()
        norm, skeleton = _scan_texts(text)
        regions = _scanned_regions(text, sections) or [(0, len(text))]
        esco, cues, found = self._scan(text, lang, regions, norm, skeleton)
        matches: list[TechMatch]
        if skeleton is None:
            matches = self._matcher.find(text)
        else:
            matches = self._matcher.find_in_skeleton(text, found)
        techs = [_Mention(m.start, m.end, m.id, m.confidence, True) for m in matches]
        mentions = _longest_first([*techs, *esco])
        return self._values(text, mentions, sections, cues)

    def names(self, mention: Value[SkillMention] | SkillMention) -> tuple[str, ...]:
        """Every name of the mention's concept: label, aliases, alternative labels, phrases."""
        found = mention.value if isinstance(mention, Value) else mention
        tech = self._catalog.get(found.id)
        if tech is not None:
            return tuple(dict.fromkeys((*_tech_names(tech), *self._phrases.get(found.id, ()))))
        skill = self._taxonomy.skill(found.id)
        if skill is None:
            return (found.label,)
        names = (skill.label, *skill.alt_labels, *skill.hidden_labels)
        return tuple(dict.fromkeys((*names, *self._phrases.get(found.id, ()))))

    def esco_equivalent(self, tech_id: str) -> str | None:
        """The ESCO concept (``esco:skill/...``) that has one of a technology's names as a
        label, e.g. tech:python -> *Python (computer programming)*; None when ESCO has none."""
        return self._equivalents.get(tech_id)

    # -- scanning --------------------------------------------------------------------------------

    def _scan(
        self, text: str, lang: str | None, regions: list[Span], norm: str, skeleton: str | None
    ) -> tuple[list[_Mention], list[int], list[tuple[int, SkeletonKey]]]:
        """ESCO and phrase mentions, cue positions, and the technology matcher's hits: one
        automaton holds both key sets, and one pass over the skeleton finds both (over ``norm``
        when the text has no skeleton, and then the technology hits are of no use)."""
        english = lang is None or lang == "en"
        whole = regions == [(0, len(text))]
        # The skeleton blanks some characters ``norm`` keeps ("€", "¿"): a key found across
        # one is no match.
        scanned = norm if skeleton is None else skeleton
        confirm = scanned != norm
        mentions: list[_Mention] = []
        cues: list[int] = []
        techs: list[tuple[int, SkeletonKey]] = []
        for last, key in self._automaton.iter(scanned):
            if type(key) is not _Key:
                techs.append((last, key))
                continue
            # norm is the text shifted right by one (its leading space): the key's first
            # character, a space, sits where the matched word starts in the text.
            start = last - key.length + 1
            if not whole and not any(low <= start and last <= high for low, high in regions):
                continue  # in legal text, benefits or how to apply
            if confirm and norm[start : last + 1] != scanned[start : last + 1]:
                continue
            suffixes = key.suffixes
            if suffixes == _AS_WRITTEN:  # most keys: the word ends where the key does
                if norm[last + 1] != " ":
                    continue
                extra = 0
            else:
                extra = _suffix_length(norm, last + 1, suffixes)
                if extra < 0:
                    continue
            end = last + extra
            if "\n" in text[start:end]:
                continue  # a phrase never runs from one line into the next
            if key.cue:
                cues.append(start)
            target = key.target
            if target is None or (target.english_word and _in_name(text, start, end, english)):
                continue
            rule = target.rule
            if rule is not None and not _rule_holds(rule, text, start, end, lang):
                continue
            confidence = target.confidence - (_INFLECTED_PENALTY if extra != key.own else 0.0)
            anywhere = rule is None or not rule.requirements
            mentions.append(_Mention(start, end, target.id, confidence, False, anywhere))
        return mentions, cues, techs

    # -- values ----------------------------------------------------------------------------------

    def _values(
        self, text: str, mentions: list[_Mention], sections: tuple[Section, ...], cues: list[int]
    ) -> tuple[Value[SkillMention], ...]:
        if not mentions:
            return ()
        where = _Where(text, sections, cues)
        tallies: dict[str, _Tally] = {}
        for mention in mentions:
            if mention.id == _TRAP:
                continue
            place = where.place(mention.start)
            if place == "skip" or (place == "default" and not mention.anywhere):
                continue
            tally = tallies.get(mention.id)
            if tally is None:
                tally = tallies[mention.id] = _Tally()
            tally.add(mention, place)
        return tuple([self._value(concept_id, tally) for concept_id, tally in tallies.items()])

    def _value(self, concept_id: str, tally: _Tally) -> Value[SkillMention]:
        preferred = tally.preferred and not tally.required
        requirement: Requirement = "preferred" if preferred else "required"
        found = self._mentions.get((concept_id, requirement))
        if found is None:  # never: every id the scans give has its mentions made at load
            found = SkillMention(concept_id, *self._concept(concept_id), requirement)
        confidence = 1.0 - (1.0 - tally.best) * _REPEAT_KEEP ** (len(tally.spans) - 1)
        return Value(
            found,
            spans=tuple(tally.spans),
            confidence=round(min(_MAX_CONFIDENCE, confidence), 3),
        )

    def _concept(self, concept_id: str) -> tuple[str, SkillKind]:
        tech = self._catalog.get(concept_id)
        if tech is not None:
            return tech.name, "technology"
        skill = self._taxonomy.skill(concept_id)
        # Every ESCO id in the automaton came from this taxonomy: the fallback never runs.
        return (skill.label, skill.kind) if skill is not None else (concept_id, "skill")


class _Tally:
    """The mentions of one concept, summed up as they come."""

    __slots__ = ("best", "preferred", "required", "spans")

    def __init__(self) -> None:
        self.best = 0.0
        self.spans: list[Span] = []
        self.required = False  # named in a requirements or responsibilities section
        self.preferred = False  # named in a nice-to-have section or with a preference cue

    def add(self, mention: _Mention, place: str) -> None:
        self.best = max(self.best, mention.confidence)
        self.spans.append((mention.start, mention.end))
        if place == "required":
            self.required = True
        elif place == "preferred":
            self.preferred = True


class _Where:
    """Where a mention stands: in legal text, a required or preferred context, or neither."""

    def __init__(self, text: str, sections: tuple[Section, ...], cues: list[int]) -> None:
        self._sections = sorted(sections, key=lambda s: s.span[0])
        self._starts = [section.span[0] for section in self._sections]
        self._preferred = [_cue_scope(text, cue, self._section_at(cue)) for cue in cues]

    def place(self, position: int) -> str:
        """``skip`` (legal text, benefits, how to apply), ``preferred``, ``required`` (a
        requirements or responsibilities section) or ``default``."""
        section = self._section_at(position)
        kind = section.kind if section else None
        if kind in _SKIPPED_SECTIONS:
            return "skip"
        if kind == "nice_to_have":
            return "preferred"
        for start, end in self._preferred:
            if start <= position < end:
                return "preferred"
        return "required" if kind in ("requirements", "responsibilities") else "default"

    def _section_at(self, position: int) -> Section | None:
        index = bisect_right(self._starts, position) - 1
        if index < 0:
            return None
        section = self._sections[index]
        return section if position < section.span[1] else None


def _cue_scope(text: str, cue: int, section: Section | None) -> Span:
    """The sentence holding a preference cue; a cue in a heading covers its section, and one
    closing a lead-in line ("Bonus points for:") the lines up to the next blank one."""
    if section is not None and section.heading is not None:
        head_start, head_end = section.heading
        if head_start <= cue < head_end:
            return section.span
    starts = [
        found + len(mark) for mark in _SENTENCE_BREAKS if (found := text.rfind(mark, 0, cue)) != -1
    ]
    start = max(starts) if starts else 0
    ends = [found for mark in _SENTENCE_BREAKS if (found := text.find(mark, cue)) != -1]
    end = min(ends) if ends else len(text)
    if text[start:end].rstrip().endswith(":"):
        blank = text.find("\n\n", end)
        limit = section.span[1] if section is not None else len(text)
        end = min(limit, blank if blank != -1 else len(text))
    return start, end


def _longest_first(mentions: list[_Mention]) -> list[_Mention]:
    """Non-overlapping mentions, longer first, a technology before an ESCO label of the same
    span; returned in text order."""
    if not mentions:
        return []
    # Mostly nothing overlaps: then the answer is the mentions in text order (a plain tuple sort,
    # by start first; two mentions with one start overlap, and go the long way).
    ordered = sorted(mentions)
    if ordered[0].end > ordered[0].start and all(
        a.end <= b.start < b.end for a, b in pairwise(ordered)
    ):
        return ordered
    taken = bytearray(max(m.end for m in mentions) + 1)
    chosen = []
    for mention in sorted(mentions, key=lambda m: (m.start - m.end, not m.is_tech, m.start)):
        if mention.end > mention.start and not any(taken[mention.start : mention.end]):
            taken[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
            chosen.append(mention)
    chosen.sort(key=lambda m: m.start)
    return chosen


# -- text ----------------------------------------------------------------------------------------


def _in_name(text: str, start: int, end: int, english: bool) -> bool:
    """Whether a one-word English label should not count here: in a text that is not English,
    or as part of a name, a capitalised word beside another one ("Acme Robotics")."""
    if not english:
        return True
    if not text[start].isupper():
        return False
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start].split()
    line_end = text.find("\n", end)
    after = text[end : len(text) if line_end == -1 else line_end].split()
    return bool(before and before[-1][0].isupper()) or bool(after and after[0][0].isupper())


def _scanned_regions(text: str, sections: tuple[Section, ...]) -> list[Span]:
    """The text outside legal, benefits and how-to-apply sections, which need no scan."""
    regions, start = [], 0
    for section in sorted(sections, key=lambda s: s.span[0]):
        if section.kind in _SKIPPED_SECTIONS:
            if section.span[0] > start:
                regions.append((start, section.span[0]))
            start = max(start, section.span[1])
    if start < len(text):
        regions.append((start, len(text)))
    return regions


def _scan_texts(text: str) -> tuple[str, str | None]:
    """The text as ESCO keys are matched in (`` text `` lower-cased, punctuation as spaces, one
    character for one), and as the technology matcher's keys are: its skeleton, every character
    but letters and digits a space.  The two differ only in a few non-ASCII marks ("€", "¿")
    the first keeps, so one is made from the other.  None for the skeleton where casefolding,
    which the technology matcher uses, is not lower-casing one character for one ("ß", "ς")."""
    raw = text.encode("utf-8", "surrogatepass")
    norm = raw.translate(_ASCII_TABLE).decode("utf-8", "surrogatepass")
    if norm.isascii():
        framed = f" {norm} "
        return framed, framed
    # The text's non-ASCII characters alone (its UTF-8 bytes without the ASCII ones): a few
    # dozen, where asking the whole text costs a scan of it per question.
    others = raw.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")
    lowered = others.lower()
    if lowered != others:
        # A capital beyond ASCII ("Ł", "É"): the slow way.
        norm = norm.replace("\u0130", "i").lower()  # the one character lower() lengthens
    for char in _OTHER_SPACES:
        if char in others:
            norm = norm.replace(char, " ")
    framed = f" {norm} "
    # "İ" lower-cases to two characters (norm makes it "i"), "Σ" to "σ" or "ς" by context.
    if "\u0130" in others or "\u03a3" in others or len(lowered) != len(others):
        return framed, None
    if others.casefold() != lowered:
        return framed, None
    skeleton = framed
    for char in set(_NON_WORD.findall(others)):
        skeleton = skeleton.replace(char, " ")
    return framed, skeleton


def _suffix_length(norm: str, after: int, suffixes: tuple[str, ...]) -> int:
    """How many characters of ending follow a key before the word ends; -1 when none fits."""
    for suffix in suffixes:
        stop = after + len(suffix)
        if norm.startswith(suffix, after) and norm[stop] == " ":
            return len(suffix)
    return -1


def _key(label: str) -> str:
    """A label as the automaton stores it: lower case, punctuation read as single spaces."""
    low = label.lower()
    if not low.replace(" ", "").isalnum():  # most labels are plain words: skip the regex
        low = _KEY_SPACES.sub(" ", low)
    return " ".join(low.split())


def _forms(key: str) -> tuple[str, tuple[str, ...], int]:
    """The key with its last word cut to a stem, the endings the stem may take and the length
    of the one written: "algorithms" -> "algorithm", ("", "s"), 1."""
    head, _, last = key.rpartition(" ")
    stem, suffixes = _stem(last)
    own = len(last) - len(stem)
    return (f"{head} {stem}" if head else stem), suffixes, own


def _stem(word: str) -> tuple[str, tuple[str, ...]]:
    if len(word) < 4 or not word.isalpha():
        return word, ("",)
    if word.endswith("y") and word[-2] not in "aeiou":
        return word[:-1], ("y", "ies")
    for ending, cut, suffixes in _ENDINGS:
        if word.endswith(ending):
            return word[: len(word) - cut], suffixes
    return word, ("", "s")


def _variants(label: str) -> Iterable[str]:
    """The keys a label is found under: as written, without a parenthesised qualifier, and for
    a hyphenated label the "object - oriented" spacing and the closed form ("e-learning")."""
    if "(" not in label and "-" not in label:
        return (_key(label),)
    return list(_rarer_variants(label))


def _rarer_variants(label: str) -> Iterator[str]:
    forms = [label]
    bare = _PARENTHESIS.sub("", label)
    if bare != label and " " in bare.strip():
        # A one-word bare form stays out: the qualifier is there because the word is ambiguous
        # ("Source (digital game creation systems)").
        forms.append(bare)
    for form in forms:
        key = _key(form)
        if key:
            yield key
        if "-" in form:
            parts = [_key(part) for part in form.split("-")]
            if all(parts):
                yield "   ".join(parts)
                if len(parts) == 2 and len(parts[0]) <= 2:
                    yield "".join(parts)


# -- building ------------------------------------------------------------------------------------


def _esco_entries(
    taxonomy: Taxonomy, tech_keys: dict[str, str]
) -> tuple[dict[str, _Entry], dict[str, str]]:
    """``stem key -> entry`` for the ESCO labels that survive the rules, and ``tech id -> ESCO
    id`` for the labels the catalog owns.  A key whose best role names two concepts is dropped.
    (One pass over 100,000 labels: this loop is most of the load time, so it stays flat.)"""
    languages = _language_skills(taxonomy)
    best: dict[str, _Entry] = {}
    ambiguous: set[str] = set()
    equivalents: dict[str, str] = {}
    forms: dict[str, tuple[str, tuple[str, ...], int]] = {}  # last words repeat: stem each once
    for text, concept_id, role in _label_rows(taxonomy, languages):
        rank = _ROLE_RANK[role]
        for key in _variants(text):
            if key in tech_keys:
                equivalents.setdefault(tech_keys[key], concept_id)
                continue
            if _dropped(key, text, role):
                continue
            head, _, last = key.rpartition(" ")
            if not head:  # a one-word label only as written: "canvas" is no "canva"
                stem, suffixes, own = key, _AS_WRITTEN, 0
            else:
                if last not in forms:
                    forms[last] = _forms(last)
                stem, suffixes, own = forms[last]
                stem = f"{head} {stem}"
                if stem in _STOP_LABELS:  # "application processes" as well
                    continue
            current = best.get(stem)
            if current is None or rank < current.rank:
                best[stem] = _Entry(rank, concept_id, role, suffixes, own)
                ambiguous.discard(stem)
            elif rank == current.rank and current.id != concept_id:
                ambiguous.add(stem)
    for stem in ambiguous:
        del best[stem]
    return best, equivalents


def _label_rows(taxonomy: Taxonomy, skip: frozenset[str]) -> Iterator[tuple[str, str, str]]:
    """``(label, concept id, role)`` for every English label short enough to keep.  Straight
    from the skills, not ``skill_labels()``: 100,000 Label objects cost a third of a second."""
    for skill in taxonomy.iter_skills():
        if skill.id in skip:
            continue
        other = _MAX_ALTERNATIVE_WORDS.get(skill.kind, 3)
        for role, texts, longest in (
            ("preferred", (skill.label,), _MAX_PREFERRED_WORDS),
            ("alternative", skill.alt_labels, other),
            ("hidden", skill.hidden_labels, other),
        ):
            for text in texts:
                # Too long even before normalization (most are: a cheap early exit), or with
                # symbols the normalization would erase, leaving another word ("C++", "C#").
                if text.count(" ") >= longest or "+" in text or "#" in text or "&" in text:
                    continue
                yield text, skill.id, role


def _dropped(key: str, text: str, role: str) -> bool:
    """The rules of the module docstring, on one key."""
    words = key.count(" ") + 1
    if len(key) < _MIN_KEY_CHARS:
        return True
    if key in _STOP_LABELS:
        return True
    if words > 1:
        return words <= 3 and all(word in _FUNCTION_WORDS for word in key.split())
    word = text.strip()
    # One-word alternative labels are everyday words ("security" for *securities*) or product
    # names standing for a category ("Google" for *search engines*).
    return role != "preferred" or (word.isupper() and len(word) <= _SHORT_ACRONYM)


def _language_skills(taxonomy: Taxonomy) -> frozenset[str]:
    """Language skills and everything under them (ESCO's "L" groups)."""
    skills = list(taxonomy.iter_skills(include_groups=True))
    found = {skill.id for skill in skills if skill.is_group and skill.code.startswith("L")}
    grew = True
    while grew:
        before = len(found)
        found.update(s.id for s in skills if s.id not in found and not found.isdisjoint(s.broader))
        grew = len(found) > before
    return frozenset(found)


def _phrase_entries(phrases: list[Phrase]) -> dict[str, _Entry]:
    """Curated phrases keyed like ESCO labels.  An English phrase of several words meets its
    last word in either number ("VAT return"); other languages inflect otherwise: as written."""
    out: dict[str, _Entry] = {}
    rank = _ROLE_RANK["phrase"]
    for phrase in phrases:
        for key in _phrase_keys(phrase.text):
            if phrase.lang == "en" and " " in key and phrase.rule is None:
                stem, suffixes, own = _forms(key)
                out[stem] = _Entry(rank, phrase.concept_id, "phrase", suffixes, own)
            else:
                rule = _merged(out.get(key), phrase.rule)
                out[key] = _Entry(rank, phrase.concept_id, "phrase", ("",), 0, rule)
    return out


def _merged(before: _Entry | None, rule: _Rule | None) -> _Rule | None:
    """One word the table lists in several languages ("budgeting" in English and Italian)
    counts in each of them."""
    if before is None or before.rule is None or rule is None:
        return rule
    if before.rule.langs is None or rule.langs is None:
        return rule._replace(langs=None)
    return rule._replace(langs=before.rule.langs | rule.langs)


def _phrase_keys(text: str) -> tuple[str, ...]:
    """The key, and where a mark stands beside a space ("kat. C+E") the key as the text reads
    after normalization, every mark a space of its own ("kat  c e")."""
    key = _key(text)
    spaced = "".join(char if char.isalnum() else " " for char in text.lower()).strip()
    return (key, spaced) if spaced != key else (key,)


def load_phrases() -> list[Phrase]:
    """The curated table, ``data/skill-phrases.v1.json``: concepts, each with its phrases per
    language; a phrase is a string or ``{"text", "case", "where"}`` (see the file's ``about``)."""
    raw = resources.files("jobsift.extract").joinpath("data", _PHRASES_FILE).read_text("utf-8")
    document: dict[str, Any] = json.loads(raw)
    phrases = [
        _phrase(item, lang, concept["id"], concept["label"])
        for concept in document["concepts"]
        for lang, items in concept["phrases"].items()
        for item in items
    ]
    traps = [
        Phrase(text, lang, _TRAP, "", None)
        for lang, texts in document.get("traps", {}).items()
        for text in texts
    ]
    return phrases + traps


def _phrase(item: str | dict[str, Any], lang: str, concept_id: str, label: str) -> Phrase:
    text = item if isinstance(item, str) else str(item["text"])
    one_word = " " not in _key(text)
    only = frozenset((lang,)) if one_word and lang != _ANY_LANGUAGE else None
    if isinstance(item, str):
        rule = _Rule(only, None, False) if only else None
    else:
        written = text if item.get("case") else None
        rule = _Rule(only, written, item.get("where") == "requirements")
    return Phrase(text, lang, concept_id, label, rule)


def _check_phrases(phrases: list[Phrase], taxonomy: Taxonomy, catalog: TechCatalog) -> None:
    """Every concept of the table exists: an ESCO id in the taxonomy, a technology in the
    catalog.  (That it is the concept meant is checked by label in the tests.)"""
    for phrase in phrases:
        if phrase.concept_id == _TRAP:
            continue
        known = catalog.get(phrase.concept_id) or taxonomy.skill(phrase.concept_id)
        if known is None:
            raise TaxonomyDataError(
                f"{_PHRASES_FILE}: the phrase {phrase.text!r} names {phrase.concept_id} "
                f"({phrase.label!r}), which the taxonomy does not have",
                hint=REINSTALL_HINT,
            )


def _rule_holds(rule: _Rule, text: str, start: int, end: int, lang: str | None) -> bool:
    if rule.langs is not None and lang is not None and lang not in rule.langs:
        return False
    written = rule.written
    if written is not None:
        if text[start:end] != written:
            return False
        # A capital says nothing at the start of a sentence: "Lean" there may be an adjective.
        if not written.isupper() and _starts_sentence(text, start):
            return False
    return True


def _starts_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 40) : start].rstrip(" \t-–•*·")
    return not before or before[-1] in ".!?:;\n"


def preferred_labels(taxonomy: Taxonomy) -> dict[str, Skill]:
    """ESCO skills by casefolded preferred label (the first one, where two share a label)."""
    out: dict[str, Skill] = {}
    for skill in taxonomy.iter_skills():
        out.setdefault(skill.label.casefold(), skill)
    return out


def _build_automaton(entries: dict[str, _Entry], tech_keys: dict[str, SkeletonKey]) -> _Automaton:
    """ESCO labels, phrases and cues, and the technology matcher's skeleton keys: one scan
    finds both.  Ours never end with a space, the matcher's always do, so none is shared."""
    cues = {_key(cue) for cue in _PREFERENCE_CUES}
    words: dict[str, _Key | SkeletonKey] = {}
    # Shared: most concepts have many keys.
    targets: dict[tuple[str, str, bool, _Rule | None], _Target] = {}
    for key, entry in entries.items():
        single = " " not in key
        target = targets.get((entry.id, entry.role, single, entry.rule))
        if target is None:
            confidence = _ROLE_CONFIDENCE[entry.role] - (_SINGLE_WORD_PENALTY if single else 0.0)
            target = targets[entry.id, entry.role, single, entry.rule] = _Target(
                entry.id, confidence, single and entry.role != "phrase", entry.rule
            )
        # The leading space anchors a key at a word start; its end is checked after the scan,
        # where the allowed endings are known.
        words[f" {key}"] = _Key(len(key) + 1, entry.suffixes, entry.own, target, key in cues)
    for key in cues - entries.keys():
        words[f" {key}"] = _Key(len(key) + 1, ("",), 0, None, True)
    for key, tech in tech_keys.items():
        if not key.endswith(" ") or words.setdefault(key, tech) is not tech:
            raise ValueError(f"technology key {key!r} is not one the scan can tell apart")
    automaton: _Automaton = ahocorasick.Automaton()
    # In sorted order, the nodes of one key's path are made one after another and lie close
    # in memory: the scan, which misses the CPU cache on most nodes of this 600,000-node trie,
    # runs about a third faster than with the keys in taxonomy order.
    for word in sorted(words):
        automaton.add_word(word, words[word])
    automaton.make_automaton()
    return automaton


def _tech_names(tech: Technology) -> Iterator[str]:
    for surface in tech.surfaces:
        yield surface
        if "(" in surface:
            yield _PARENTHESIS.sub("", surface)


def _phrases_by_concept(phrases: list[Phrase]) -> dict[str, tuple[str, ...]]:
    """Concept id -> the curated phrases that name it, for ``names``."""
    out: dict[str, tuple[str, ...]] = {}
    for phrase in phrases:
        if phrase.concept_id != _TRAP:
            out[phrase.concept_id] = (*out.get(phrase.concept_id, ()), phrase.text)
    return out
