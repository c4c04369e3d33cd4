"""A posting's extraction as the posting page shows it: each field's value with where in the
text it was found (its evidence), how sure the extractor is, and on what basis."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from jobsift.web.labels import field_label, value_text
from jobsift.web.marks import Piece, pieces

#: Extraction keys that are not fields with evidence (or whose evidence is the whole text).
NOT_SHOWN_IN_TEXT = frozenset({"language", "sections", "versions"})
Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Finding:
    """One extracted value: ``n`` numbers it on the page (its first highlight is ``ev-<n>``)."""

    n: int
    field: str
    value: str
    confidence: float | None
    basis: str
    spans: tuple[Span, ...]

    @property
    def label(self) -> str:
        return field_label(self.field)

    @property
    def tip(self) -> str:
        """What hovering or focusing one of its highlights says."""
        sure = f"confidence {self.confidence:.2f}" if self.confidence is not None else ""
        parts = [f"{self.label}: {self.value}", sure, f"basis: {self.basis}" if self.basis else ""]
        return " · ".join(part for part in parts if part)


@dataclass(frozen=True, slots=True)
class Evidence:
    findings: list[Finding]
    text: list[Piece[Finding]]
    #: Finding number -> the id of its first highlight in the text.
    anchors: dict[int, str]


def findings(extraction: dict[str, Any]) -> list[Finding]:
    """Every value of ``extraction`` (``Extraction.to_dict()``), in the extraction's order."""
    found: list[Finding] = []
    for name, entry in extraction.items():
        if name in ("sections", "versions"):
            continue
        for item in _items(entry):
            found.append(_finding(len(found), name, item))
    return found


def _items(entry: Any) -> Iterator[dict[str, Any]]:
    entries = entry if isinstance(entry, list) else [entry]
    yield from (item for item in entries if isinstance(item, dict) and "value" in item)


def _finding(n: int, name: str, item: dict[str, Any]) -> Finding:
    spans = tuple((int(s[0]), int(s[1])) for s in item.get("spans") or () if len(s) == 2)
    confidence = item.get("confidence")
    return Finding(
        n=n,
        field=name,
        value=value_text(item["value"]),
        confidence=float(confidence) if isinstance(confidence, int | float) else None,
        basis=str(item.get("basis") or ""),
        spans=spans,
    )


def evidence(text: str, extraction: dict[str, Any] | None) -> Evidence:
    """The text cut at every finding's spans, each cut piece knowing the findings it shows."""
    found = findings(extraction or {})
    shown = [(span, f) for f in found if f.field not in NOT_SHOWN_IN_TEXT for span in f.spans]
    cut = pieces(text, shown)
    anchors: dict[int, str] = {}
    for index, piece in enumerate(cut):
        for finding in piece.notes:
            anchors.setdefault(finding.n, f"ev-{index}")
    return Evidence(found, cut, anchors)


def safe_url(url: str | None) -> str | None:
    """``url`` when it is a web address: a source may name ``javascript:`` or worse."""
    if not url:
        return None
    url = url.strip()
    return url if urlsplit(url).scheme.lower() in ("http", "https") else None
