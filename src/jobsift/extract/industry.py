"""The employer's industry, from a closed vocabulary of about thirty ids (``industries.v1``).

The vocabulary lives in ``data/industries.v1.json``: per id an English label, a parent, a
priority and cue phrases in our eight languages.  Industries nest: ``banking`` and
``insurance`` are narrower industries of ``finance``, so a search for finance should also find
banking jobs; :data:`INDUSTRY_PARENTS`, :func:`industry_ancestors` and
:func:`industry_matches` say which.

Decisions:

* Only specific phrases are cues: "security" alone is no cybersecurity industry, "streaming"
  alone no media ("event streaming" is Kafka), "university" no education (degrees are
  requirements).  Traps hide the cue words inside them: "banco de dados" (database), "bank
  holiday", "health insurance" and "plano de saúde" (benefits), "quality assurance", "social
  media", "media queries".
* When several industries are named, the higher *priority* wins: a specific sector ("banking
  sector", "telecommunications") beats generic software words ("cloud services", "IT
  services"), which are weak cues with a low priority.  Weak cues ("patients", "retail",
  "cloud services") count less than strong ones; "vehicle" and "payments" are no cues at all
  (drivers check vehicles, accountants process payments).
* A known employer (``company``) gives an industry too, with basis ``inferred:company``: a
  short table of well-known companies ("Spotify" -> media) and name parts ("Commerzbank" ->
  banking).  A stated cue of equal or higher priority still wins.
* All eight languages' cues are read whatever ``lang`` says: postings mix languages, and the
  cues of one language rarely mean something else in another.

Matching is one Aho-Corasick pass (pyahocorasick) over the lower-cased text; the automaton is
built once at import and only read afterwards, so it is safe to share between threads.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType
from typing import Any, Final, NamedTuple

import ahocorasick

from jobsift.extract.types import Span, Value

INDUSTRIES_VERSION: Final = "industries.v1"
_DATA_FILE: Final = f"{INDUSTRIES_VERSION}.json"
_STRONG: Final = 0.9
_WEAK: Final = 0.6
_KNOWN_COMPANY: Final = 0.7
_COMPANY_STEM: Final = 0.6
#: Past the opening text a cue may describe a client or a wish ("banking experience a plus").
_OPENING_CHARS: Final = 800
_LATE_FACTOR: Final = 0.85
_MAX_SPANS: Final = 5
#: Three or more industries named strongly: probably a list of the clients served.
_CROWDED: Final = 3


@dataclass(frozen=True, slots=True)
class Industry:
    """One id of the vocabulary."""

    id: str
    label: str
    parent: str | None
    priority: int  # higher wins when a posting names several


class _Cue(NamedTuple):
    industry: str | None  # None: a trap phrase, hiding the cue words inside it
    strength: float
    prefix: bool  # "logistik*": the word may go on ("Logistikdienstleister")
    length: int


class _Hit(NamedTuple):
    start: int
    end: int
    cue: _Cue


def _load() -> dict[str, Any]:
    raw = resources.files("jobsift.extract").joinpath("data", _DATA_FILE).read_text("utf-8")
    data: dict[str, Any] = json.loads(raw)
    return data


def _industries(data: dict[str, Any]) -> dict[str, Industry]:
    return {
        key: Industry(key, entry["label"], entry["parent"], int(entry["priority"]))
        for key, entry in data["industries"].items()
    }


def _automaton(data: dict[str, Any]) -> Any:
    cues: dict[str, _Cue] = {}
    for key, entry in data["industries"].items():
        for phrases in entry["cues"].values():
            for phrase in phrases:
                _add(cues, phrase, key)
    for phrase in data["traps"]:
        _add(cues, phrase, None)
    automaton = ahocorasick.Automaton()
    for word, cue in cues.items():
        automaton.add_word(word, cue)
    automaton.make_automaton()
    return automaton


def _add(cues: dict[str, _Cue], phrase: str, industry: str | None) -> None:
    weak = phrase.startswith("~")
    word = phrase.lstrip("~").rstrip("*")
    prefix = phrase.endswith("*")
    old = cues.get(word)
    if old is not None and old.industry != industry:
        raise ValueError(
            f"{_DATA_FILE}: cue {word!r} is given to both {old.industry} and {industry}"
        )
    strength = _WEAK if weak else _STRONG
    if old is not None:
        strength, prefix = max(strength, old.strength), prefix or old.prefix
    cues[word] = _Cue(industry, strength, prefix, len(word))


_DATA: Final = _load()
#: Every industry of the vocabulary by id.
INDUSTRIES: Final[Mapping[str, Industry]] = MappingProxyType(_industries(_DATA))
#: The broader industry of each narrower one ("banking" -> "finance").
INDUSTRY_PARENTS: Final[Mapping[str, str]] = MappingProxyType(
    {key: industry.parent for key, industry in INDUSTRIES.items() if industry.parent}
)
_AUTOMATON: Final = _automaton(_DATA)
_COMPANIES: Final[Mapping[str, str]] = MappingProxyType(dict(_DATA["companies"]))
_COMPANY_STEMS: Final[tuple[tuple[str, str], ...]] = tuple(_DATA["company_stems"].items())
del _DATA


def industry_ancestors(industry: str) -> tuple[str, ...]:
    """The broader industries of ``industry``, nearest first: banking -> ("finance",)."""
    found: list[str] = []
    parent = INDUSTRY_PARENTS.get(industry)
    while parent is not None and parent not in found:
        found.append(parent)
        parent = INDUSTRY_PARENTS.get(parent)
    return tuple(found)


def industry_matches(query: str, industry: str) -> bool:
    """True when a search for ``query`` should find a posting of ``industry``: the same id or
    a narrower one (a finance query finds banking)."""
    return query == industry or query in industry_ancestors(industry)


def extract_industry(
    text: str,
    *,
    company: str | None = None,
    lang: str | None = None,
    lowered: str | None = None,
) -> Value[str] | None:
    """The industry id the posting names (or its known employer implies); ``None`` when
    neither says.  ``lowered``: ``text.replace("\u0130", "i").lower()`` when the caller has
    it already (the pipeline makes it once for several extractors)."""
    del lang  # see the module docstring: every language's cues are read
    if lowered is None:
        lowered = _lowered(text)  # same length as text: offsets carry over
    # (score, stated before inferred on a tie, value)
    candidates = [
        (_score(industry, value.confidence), 1, value) for industry, value in _stated(lowered)
    ]
    inferred = _from_company(lowered, company) if company else None
    if inferred is not None:
        candidates.append((_score(inferred.value, inferred.confidence), 0, inferred))
    if not candidates:
        return None
    return max(candidates, key=lambda candidate: candidate[:2])[2]


def _score(industry: str, confidence: float) -> float:
    return INDUSTRIES[industry].priority / 100 * confidence


def _stated(lowered: str) -> list[tuple[str, Value[str]]]:
    by_industry: dict[str, list[_Hit]] = {}
    for hit in _hits(lowered):
        if hit.cue.industry is not None:
            by_industry.setdefault(hit.cue.industry, []).append(hit)
    crowded = sum(1 for hits in by_industry.values() if _best(hits) >= _STRONG) >= _CROWDED
    return [
        (industry, _value(industry, hits, crowded=crowded))
        for industry, hits in by_industry.items()
    ]


def _hits(lowered: str) -> list[_Hit]:
    """Cue and trap phrases standing as whole words, longest first where they overlap."""
    found: list[_Hit] = []
    for last, cue in _AUTOMATON.iter(lowered):
        start, end = last + 1 - cue.length, last + 1
        if _whole(lowered, start, end, cue.prefix):
            if cue.prefix:  # the evidence is the whole word: "Logistikdienstleister"
                end = _word_end(lowered, end)
            found.append(_Hit(start, end, cue))
    found.sort(key=lambda hit: (hit.start, -hit.end))
    kept: list[_Hit] = []
    covered = 0
    for hit in found:
        if hit.start >= covered:
            kept.append(hit)
            covered = hit.end
    return kept


def _whole(lowered: str, start: int, end: int, prefix: bool) -> bool:
    if start > 0 and lowered[start - 1].isalnum():
        return False
    return prefix or end >= len(lowered) or not lowered[end].isalnum()


def _word_end(lowered: str, end: int) -> int:
    while end < len(lowered) and lowered[end].isalnum():
        end += 1
    return end


def _best(hits: list[_Hit]) -> float:
    return max(_strength(hit) for hit in hits)


def _strength(hit: _Hit) -> float:
    return hit.cue.strength * (1.0 if hit.start < _OPENING_CHARS else _LATE_FACTOR)


def _value(industry: str, hits: list[_Hit], *, crowded: bool) -> Value[str]:
    # More mentions, a little more certainty; a list of many industries, less.
    confidence = min(0.95, _best(hits) + 0.03 * (len(hits) - 1))
    if crowded:
        confidence *= 0.7
    spans: tuple[Span, ...] = tuple((hit.start, hit.end) for hit in hits[:_MAX_SPANS])
    return Value(industry, spans=spans, confidence=round(confidence, 3), basis="stated")


def _from_company(lowered: str, company: str) -> Value[str] | None:
    """The industry of a well-known employer, or one its name carries ("...bank")."""
    name = " ".join(company.casefold().split())
    industry = _COMPANIES.get(name)
    confidence = _KNOWN_COMPANY
    if industry is None:
        industry = next((found for stem, found in _COMPANY_STEMS if stem in name), None)
        confidence = _COMPANY_STEM
    if industry is None:
        return None
    written = " ".join(company.split())
    at = lowered.find(_lowered(written))
    spans: tuple[Span, ...] = ((at, at + len(written)),) if at >= 0 else ()
    return Value(industry, spans=spans, confidence=confidence, basis="inferred:company")


def _lowered(text: str) -> str:
    """``text`` in lower case, as long as the original: "İ" would grow by one."""
    return text.replace("\u0130", "i").lower()
