"""Reading a query typed by a person: "senior python remote berlin" is the text "python" with
seniority=senior, work_mode=remote and city=Berlin.

The same extractors that read postings read the query, so every word and language they know
works here too ("Home-Office", "Sênior", "München").  Each reading keeps the words it came from,
so a user interface can show it as a chip and the user can take it back (``literal``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from jobsift.extract.employment import extract_employment_types
from jobsift.extract.locations import extract_locations
from jobsift.extract.seniority import extract_seniority
from jobsift.extract.workmode import extract_work_mode
from jobsift.geo import Gazetteer
from jobsift.index.base import Filters

#: What a query may be read as, in the order readings are given up when results are sparse.
READABLE: tuple[str, ...] = ("city", "seniority", "employment_type", "work_mode", "country")

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Reading:
    """One part of the query read as a filter: ``field`` = ``value``, from ``words``."""

    field: str
    value: str
    words: str
    span: Span


@dataclass(frozen=True, slots=True)
class Understood:
    """The query split into what is left as text and what was read as filters."""

    query: str
    text: str
    readings: tuple[Reading, ...]

    def filters(self, base: Filters) -> Filters:
        """``base`` with every reading added to it."""
        return add_readings(base, self.readings)


def understand(query: str, gazetteer: Gazetteer, *, literal: Sequence[str] = ()) -> Understood:
    """Read ``query``; fields named in ``literal`` (or ``"all"``) are left as words."""
    skip = set(READABLE) if "all" in literal else set(literal)
    readings: list[Reading] = []
    for reading in _readings(query, gazetteer):
        if reading.field in skip or any(_overlaps(reading.span, r.span) for r in readings):
            continue
        readings.append(reading)
    readings.sort(key=lambda r: r.span)
    return Understood(query, _remove(query, [r.span for r in readings]), tuple(readings))


def add_readings(base: Filters, readings: Sequence[Reading]) -> Filters:
    added: dict[str, tuple[str, ...]] = {}
    for reading in readings:
        current = added.get(reading.field, base.values(reading.field))
        if reading.value not in current:
            added[reading.field] = (*current, reading.value)
    return replace(base, **added)  # type: ignore[arg-type]


def _readings(query: str, gazetteer: Gazetteer) -> Iterator[Reading]:
    whole = (0, len(query))
    seniority = extract_seniority(query, title_span=whole)
    if seniority is not None:
        yield from _from_value("seniority", seniority.value, seniority.spans, query)
    mode = extract_work_mode(query)[0]
    if mode is not None:
        yield from _from_value("work_mode", mode.value, mode.spans, query)
    for kind in extract_employment_types(query):
        yield from _from_value("employment_type", kind.value, kind.spans, query)
    yield from _places(query, gazetteer)


def _places(query: str, gazetteer: Gazetteer) -> Iterator[Reading]:
    # Place names are read from capitalized words; people type queries in lower case.
    capitalized = _capitalized(query)
    for found in extract_locations(capitalized, gazetteer):
        place = found.value
        field, value = ("city", place.city) if place.city else ("country", place.country)
        if value:
            yield from _from_value(field, value, found.spans, query)


def _from_value(field: str, value: str, spans: Sequence[Span], query: str) -> Iterator[Reading]:
    for start, end in spans[:1]:
        yield Reading(field, value, query[start:end], (start, end))


def _capitalized(query: str) -> str:
    words = query.split(" ")
    out = " ".join(word[:1].upper() + word[1:] for word in words)
    return out if len(out) == len(query) else query


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _remove(query: str, spans: Sequence[Span]) -> str:
    kept, at = [], 0
    for start, end in sorted(spans):
        kept.append(query[at:start])
        at = end
    kept.append(query[at:])
    return " ".join("".join(kept).split())
