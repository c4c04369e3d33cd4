"""Streaming writers for ``jobsift export``: memory stays flat however many postings there are."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Final, TextIO

import orjson

from jobsift.errors import UsageError
from jobsift.export.schemaorg import missing_required, to_schemaorg
from jobsift.model import DECLARED_FIELDS, Posting

EXPORT_FORMATS: Final = ("jsonl", "csv", "schemaorg")
CSV_COLUMNS: Final = ("id", *DECLARED_FIELDS, "first_seen", "sources", "source_uris", "text")


@dataclass(slots=True)
class ExportReport:
    written: int = 0
    #: schema.org only: how many documents lack each property Google for Jobs requires.
    missing: dict[str, int] = field(default_factory=dict)


def posting_to_dict(posting: Posting) -> dict[str, Any]:
    """The JSON shape of a stored posting (``jobsift show --json``, ``export --format jsonl``)."""
    return {
        "id": posting.id,
        "declared": posting.declared.to_dict(),
        "first_seen": posting.first_seen.isoformat(),
        "sources": [
            {
                "uri": s.uri,
                "locator": s.locator,
                "format": s.format,
                "url": s.url,
                "seen_at": s.seen_at.isoformat(),
            }
            for s in posting.sources
        ],
        "text": posting.text,
    }


def export_postings(postings: Iterable[Posting], out: TextIO, fmt: str) -> ExportReport:
    if fmt == "jsonl":
        return _jsonl(postings, out)
    if fmt == "csv":
        return _csv(postings, out)
    if fmt == "schemaorg":
        return _schemaorg(postings, out)
    raise UsageError(
        f"unknown export format {fmt!r}", hint=f"choose one of {', '.join(EXPORT_FORMATS)}"
    )


def _jsonl(postings: Iterable[Posting], out: TextIO) -> ExportReport:
    report = ExportReport()
    for posting in postings:
        out.write(orjson.dumps(posting_to_dict(posting)).decode() + "\n")
        report.written += 1
    return report


def _schemaorg(postings: Iterable[Posting], out: TextIO) -> ExportReport:
    """One JSON-LD document per line: each line can go into a page's ``<script>`` as it is."""
    report = ExportReport()
    for posting in postings:
        doc = to_schemaorg(posting)
        for name in missing_required(doc):
            report.missing[name] = report.missing.get(name, 0) + 1
        out.write(orjson.dumps(doc).decode() + "\n")
        report.written += 1
    return report


def _csv(postings: Iterable[Posting], out: TextIO) -> ExportReport:
    report = ExportReport()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for posting in postings:
        writer.writerow(_csv_row(posting))
        report.written += 1
    return report


def _csv_row(posting: Posting) -> list[str]:
    declared = posting.declared
    cells: list[str] = [posting.id]
    for name in DECLARED_FIELDS:
        value = getattr(declared, name)
        cells.append("; ".join(value) if isinstance(value, tuple) else (value or ""))
    uris = sorted({s.uri for s in posting.sources})
    cells += [posting.first_seen.isoformat(), str(len(posting.sources)), "; ".join(uris)]
    cells.append(posting.text)
    return cells
