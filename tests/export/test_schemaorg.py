from __future__ import annotations

import csv
import io
from datetime import UTC, datetime

import orjson

from jobsift.export import export_postings, to_schemaorg
from jobsift.export.schemaorg import missing_required, text_to_html
from jobsift.model import Declared, Posting, Source

SEEN = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)


def posting(declared: Declared, text: str = "Build things.\n\nWith care <3") -> Posting:
    source = Source("/in.jsonl", "record 1", "json", "https://jobs.example/1", SEEN)
    return Posting("ab" * 16, text, declared, SEEN, (source,))


def test_full_posting_has_every_property_google_requires() -> None:
    doc = to_schemaorg(
        posting(
            Declared(
                title="Data Engineer",
                company="Nordlicht Analytics GmbH",
                locations=("Hamburg, HH, DE",),
                date_posted="2026-10-30",
                employment_type=("FULL_TIME",),
                identifier="R-118",
            )
        )
    )
    assert missing_required(doc) == []
    assert doc["@context"] == "https://schema.org/"
    assert doc["jobLocation"][0]["address"] == {
        "@type": "PostalAddress",
        "addressLocality": "Hamburg",
        "addressRegion": "HH",
        "addressCountry": "DE",
    }
    assert doc["datePosted"] == "2026-10-30"
    assert doc["url"] == "https://jobs.example/1"
    assert doc["identifier"]["value"] == "R-118"


def test_unknown_properties_are_left_out_and_reported() -> None:
    doc = to_schemaorg(posting(Declared()))
    assert "title" not in doc
    assert "hiringOrganization" not in doc
    assert doc["datePosted"] == "2026-11-02"  # first seen, when the source gives no date
    assert missing_required(doc) == ["title", "hiringOrganization", "jobLocation"]


def test_remote_posting_needs_no_job_location() -> None:
    doc = to_schemaorg(posting(Declared(title="Support", company="X", work_mode="TELECOMMUTE")))
    assert doc["jobLocationType"] == "TELECOMMUTE"
    assert missing_required(doc) == []


def test_description_html_is_escaped() -> None:
    assert text_to_html("a <b>\nc\n\nd & e") == "<p>a &lt;b&gt;<br>c</p><p>d &amp; e</p>"


def test_export_writers() -> None:
    items = [posting(Declared(title="Cook", locations=("Lyon, FR", "Paris, FR")))]
    out = io.StringIO()
    report = export_postings(items, out, "csv")
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert report.written == 1
    assert rows[0]["locations"] == "Lyon, FR; Paris, FR"
    assert rows[0]["text"] == "Build things.\n\nWith care <3"
    out = io.StringIO()
    report = export_postings(items, out, "schemaorg")
    assert report.missing == {"hiringOrganization": 1}
    assert orjson.loads(out.getvalue())["title"] == "Cook"
