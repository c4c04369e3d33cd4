"""A batch of postings as the clustering sees them: signatures, keys and rank, in arrays.

Each posting is read from its text, what its source declared and its extraction (the JSON
``Extraction.to_dict`` gives).  Declared title and employer come first: a repost keeps what
its board exported, while an extractor may read a reworded opening differently.  Places
come from the declaration too (an extractor may also find a head office named in an about-us
section that a repost dropped), else from the extraction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final

import numpy as np
import numpy.typing as npt

from jobsift.dedupe.normalize import (
    company_key,
    is_agency,
    lowered_words,
    place_key,
    title_key,
)
from jobsift.dedupe.sketch import NUM_PERM, Signatures, signatures

#: Extracted fields that make a posting more complete (and so a better canonical).
COMPLETENESS_FIELDS: Final = (
    "title",
    "occupation",
    "seniority",
    "company",
    "locations",
    "work_mode",
    "employment_types",
    "salary",
    "experience",
    "education",
    "industry",
    "skills",
)
_ID_HEX: Final = 32
_DIRECT_BIT: Final = 40
_FIELDS_BIT: Final = 32
_LENGTH_MASK: Final = 2**32 - 1

#: What the clustering reads of a posting besides its text: its title, the employer its
#: source declared, the employer extracted from its text, its places, and how many of
#: ``COMPLETENESS_FIELDS`` its extraction has.
Fields = tuple[str | None, str | None, str | None, tuple[str, ...], int]
#: One posting's inputs: id, text, fields.
Entry = tuple[str, str, Fields]
Ints = npt.NDArray[np.int64]


@dataclass(frozen=True, slots=True)
class Sketches:
    """Postings side by side: row ``i`` of every array is ``ids[i]``."""

    ids: list[str]
    signatures: Signatures
    nonempty: npt.NDArray[np.bool_]
    title: Ints
    company: Ints
    place: Ints
    #: Higher is the better canonical: direct from the employer, then more fields, then
    #: longer text (see ``rank``).
    rank: Ints

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def id_order(self) -> Ints:
        """Each posting's place in id order (ids are content fingerprints: an order that
        does not depend on when postings arrived)."""
        if all(len(posting_id) == _ID_HEX for posting_id in self.ids):
            # Posting ids are 32 hex digits: two 64-bit numbers sort far quicker than strings.
            halves = np.frombuffer(bytes.fromhex("".join(self.ids)), dtype=">u8").reshape(-1, 2)
            order = np.lexsort((halves[:, 1], halves[:, 0]))
        else:
            order = np.argsort(np.array(self.ids, dtype=object))
        places = np.empty(len(order), dtype=np.int64)
        places[order] = np.arange(len(order))
        return places


def concat(parts: Sequence[Sketches]) -> Sketches:
    if not parts:
        none = np.zeros(0, dtype=np.int64)
        return Sketches(
            [], np.zeros((0, NUM_PERM), np.uint16), np.zeros(0, np.bool_), none, none, none, none
        )
    return Sketches(
        [posting_id for part in parts for posting_id in part.ids],
        np.concatenate([part.signatures for part in parts]),
        np.concatenate([part.nonempty for part in parts]),
        np.concatenate([part.title for part in parts]),
        np.concatenate([part.company for part in parts]),
        np.concatenate([part.place for part in parts]),
        np.concatenate([part.rank for part in parts]),
    )


def sketch(entries: Sequence[Entry]) -> Sketches:
    """The sketches of a batch of postings."""
    lowered = [text.lower() for _, text, _ in entries]
    tokens = [lowered_words(text) for text in lowered]
    signed, nonempty = signatures(tokens)
    keys = [_keys(*parts) for parts in zip(entries, lowered, tokens, strict=True)]
    columns = np.array(keys, dtype=np.int64).reshape(-1, 4)
    return Sketches(
        [entry[0] for entry in entries],
        signed,
        nonempty,
        np.ascontiguousarray(columns[:, 0]),
        np.ascontiguousarray(columns[:, 1]),
        np.ascontiguousarray(columns[:, 2]),
        np.ascontiguousarray(columns[:, 3]),
    )


def fields(declared: dict[str, Any], extraction: dict[str, Any] | None) -> Fields:
    """The fields of a posting from what its source declared (``Declared.to_dict``) and its
    extraction (``Extraction.to_dict``); ``jobsift.dedupe.state.scan`` reads the same in SQL."""
    extracted = extraction or {}
    places: list[str] = declared.get("locations") or []
    if not places:
        for place in extracted.get("locations") or ():
            found = place["value"].get("city") or place["value"].get("region")
            if found:
                places.append(found)
    return (
        declared.get("title") or _value(extracted, "title"),
        declared.get("company"),
        _value(extracted, "company"),
        tuple(places),
        sum(1 for name in COMPLETENESS_FIELDS if extracted.get(name)),
    )


def _keys(entry: Entry, lowered: str, tokens: list[bytes]) -> tuple[int, int, int, int]:
    _, text, (title, declared_company, extracted_company, places, completeness) = entry
    agency = is_agency(lowered, tokens, declared_company)
    # An agency's own name is not the employer's, and it rarely names the employer as one.
    company = None if agency else declared_company or extracted_company
    return (
        title_key(title),
        company_key(company),
        place_key(places),
        rank(len(text), completeness, direct=not agency),
    )


def rank(length: int, completeness: int, *, direct: bool) -> int:
    """Direct from the employer beats an agency's repost; then more extracted fields; then
    longer text."""
    return (int(direct) << _DIRECT_BIT) | (completeness << _FIELDS_BIT) | min(length, _LENGTH_MASK)


def _value(extraction: dict[str, Any], name: str) -> Any:
    found = extraction.get(name)
    return found["value"] if isinstance(found, dict) else None
