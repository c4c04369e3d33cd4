"""Plain typed data that flows through the pipeline.  No I/O here."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import orjson

#: Fields a source may declare about a posting (a JSON key, a CSV column, a schema.org property).
#: Anything else a source carries is kept under ``extra``.
DECLARED_FIELDS: tuple[str, ...] = (
    "title",
    "company",
    "locations",
    "url",
    "date_posted",
    "valid_through",
    "employment_type",
    "salary",
    "work_mode",
    "identifier",
)

FINGERPRINT_VERSION = "fingerprint.v2"
_WHITESPACE = b" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"
_ASCII_LOWER = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ", b"abcdefghijklmnopqrstuvwxyz")


@dataclass(frozen=True, slots=True)
class Declared:
    """What a source states outright, before any extraction.

    Values are kept as the source wrote them (lightly cleaned); normalization is extraction's job.
    """

    title: str | None = None
    company: str | None = None
    locations: tuple[str, ...] = ()
    url: str | None = None
    date_posted: str | None = None
    valid_through: str | None = None
    employment_type: tuple[str, ...] = ()
    salary: str | None = None
    work_mode: str | None = None
    identifier: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The non-empty fields, JSON-ready."""
        out: dict[str, Any] = {}
        for name in DECLARED_FIELDS:
            value = getattr(self, name)
            if value:
                out[name] = list(value) if isinstance(value, tuple) else value
        if self.extra:
            out["extra"] = self.extra
        return out

    def to_json(self) -> str:
        """``to_dict()`` as JSON text, in one step: orjson writes tuples as arrays itself."""
        out: dict[str, Any] = {}
        for name in DECLARED_FIELDS:
            value = getattr(self, name)
            if value:
                out[name] = value
        if self.extra:
            out["extra"] = self.extra
        return orjson.dumps(out).decode() if out else "{}"

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Declared:
        known = {k: v for k, v in data.items() if k in DECLARED_FIELDS}
        for name in ("locations", "employment_type"):
            if name in known:
                known[name] = tuple(known[name])
        return cls(**known, extra=dict(data.get("extra") or {}))


@dataclass(frozen=True, slots=True)
class SourceRef:
    """Where a posting was read: the input (file path, ``<stdin>``, URL) and the place inside it."""

    uri: str
    locator: str
    format: str
    url: str | None = None


@dataclass(frozen=True, slots=True)
class RawPosting:
    """One posting as a reader yields it: text, declared fields and where it came from.

    ``id`` is the content fingerprint, computed on first use and kept.  Ingest never asks:
    its writer computes fingerprints from ``fingerprint_prefix`` and the text, so reading
    and writing share the work.
    """

    text: str
    source: SourceRef
    declared: Declared = field(default_factory=Declared)
    _id: str | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def id(self) -> str:
        if self._id is None:
            object.__setattr__(self, "_id", fingerprint(self.text, self.declared))
        assert self._id is not None
        return self._id


@dataclass(frozen=True, slots=True)
class Source:
    """A stored sighting of a posting."""

    uri: str
    locator: str
    format: str
    url: str | None
    seen_at: datetime


@dataclass(frozen=True, slots=True)
class Posting:
    """A stored posting: its text, what its sources declared, and every source it was seen at."""

    id: str
    text: str
    declared: Declared
    first_seen: datetime
    sources: tuple[Source, ...] = ()

    @property
    def display_title(self) -> str:
        """The declared title, else the text's first line, cut short for tables."""
        if self.declared.title:
            return self.declared.title
        first = self.text.strip().split("\n", 1)[0]
        return first if len(first) <= 80 else first[:77] + "..."


def fingerprint(text: str, declared: Declared) -> str:
    """A content fingerprint (``fingerprint.v2``): 128-bit BLAKE2b of the normalized content.

    Normalization drops white space altogether (ASCII white space, no-break and narrow no-break
    spaces) and folds ASCII letters to lower case, so the same posting re-exported with other
    line breaks, indents or capitals gets the same fingerprint.  The declared title, company
    and places take part: the same text for two places is two jobs.

    Why not full Unicode folding (NFKC and ``casefold``, as ``fingerprint.v1`` did): on a
    1,200-character posting in German or Polish those two cost 15-20 µs, more than reading and
    parsing the posting, and ingest's budget is 50 µs a posting.  What v2 no longer merges
    (the same text with "KÖLN" for "Köln", or full-width letters) is what near-duplicate
    detection finds; every pair of texts v2 calls equal, v1 called equal too, so a store
    re-keyed from v1 to v2 never merges two postings (migration 0002).
    """
    return posting_id(fingerprint_prefix(declared), text).hex()


def fingerprint_prefix(declared: Declared) -> str:
    """The declared parts that enter a fingerprint, as one string ("" when none).

    The ingest reader sends this beside the text and the writer process computes the
    fingerprint (``posting_id``): the two processes then share the work evenly."""
    if not (declared.title or declared.company or declared.locations):
        return ""
    # NUL separates the parts: it is not white space, so folding cannot merge two parts.
    title, company = declared.title or "", declared.company or ""
    places = "|".join(declared.locations)
    return f"{title.strip()}\x00{company.strip()}\x00{places.strip()}\x00"


def posting_id(prefix: str, text: str) -> bytes:
    """The 16-byte fingerprint of ``text`` with its ``fingerprint_prefix``."""
    data = (prefix + text.strip() if prefix else text).encode("utf-8", "surrogatepass")
    if b"\xc2\xa0" in data or b"\xe2\x80\xaf" in data:  # NBSP, NNBSP: white space, as in v1
        data = data.replace(b"\xc2\xa0", b"").replace(b"\xe2\x80\xaf", b"")
    # One translate both lower-cases ASCII and deletes white space: ten times faster than
    # splitting into words and joining.
    folded = data.translate(_ASCII_LOWER, _WHITESPACE)
    return hashlib.blake2b(folded, digest_size=16).digest()
