from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from jobsift.ingest import html as html_module
from jobsift.ingest.base import Origin, ReadItem, ReadProblem
from jobsift.ingest.html import HtmlReader, find_job_postings, parse_json_ld
from jobsift.model import RawPosting


def read(page: bytes | str, **options: Any) -> list[ReadItem]:
    data = page.encode() if isinstance(page, str) else page
    origin = Origin(uri="/in/job.html", name="job.html", **options)
    return list(HtmlReader().read(io.BytesIO(data), origin))


def postings(items: list[ReadItem]) -> list[RawPosting]:
    return [item for item in items if isinstance(item, RawPosting)]


def problems(items: list[ReadItem]) -> list[ReadProblem]:
    return [item for item in items if isinstance(item, ReadProblem)]


def page(*blocks: str, head: str = "", body: str = "") -> str:
    scripts = "".join(f'<script type="application/ld+json">{block}</script>' for block in blocks)
    return f"<!doctype html><html><head>{head}{scripts}</head><body>{body}</body></html>"


POSTING = {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    "title": "Tiler",
    "description": "<p>Tile floors.</p><ul><li>Cutting</li><li>Grouting</li></ul>",
    "hiringOrganization": {
        "@type": "Organization",
        "name": "Floorz",
        "sameAs": "https://f.example",
    },
    "jobLocation": {
        "@type": "Place",
        "address": {
            "@type": "PostalAddress",
            "addressLocality": "Graz",
            "addressRegion": "ST",
            "addressCountry": "AT",
        },
    },
    "datePosted": "2024-02-01",
}


def test_json_ld_job_posting() -> None:
    items = read(page(json.dumps(POSTING)))
    assert len(items) == 1
    posting = postings(items)[0]
    assert posting.text == "Tile floors.\n\n* Cutting\n* Grouting"
    assert posting.source.locator == "record 1"
    assert posting.source.format == "html"
    assert posting.declared.title == "Tiler"
    assert posting.declared.company == "Floorz"
    assert posting.declared.locations == ("Graz, ST, AT",)
    assert posting.declared.date_posted == "2024-02-01"


def test_url_falls_back_to_the_canonical_link() -> None:
    head = '<link rel="canonical" href="https://f.example/jobs/9">'
    head += '<meta property="og:url" content="https://f.example/og">'
    posting = postings(read(page(json.dumps(POSTING), head=head)))[0]
    assert posting.declared.url == posting.source.url == "https://f.example/jobs/9"


def test_url_falls_back_to_og_url() -> None:
    head = '<meta property="og:url" content="https://f.example/og">'
    assert postings(read(page(json.dumps(POSTING), head=head)))[0].source.url == (
        "https://f.example/og"
    )


def test_the_postings_own_url_wins() -> None:
    head = '<link rel="canonical" href="https://f.example/list">'
    block = json.dumps(POSTING | {"url": "https://f.example/jobs/9"})
    assert postings(read(page(block, head=head)))[0].source.url == "https://f.example/jobs/9"


def test_json_ld_in_a_graph() -> None:
    block = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebPage", "name": "Jobs at Floorz"},
            {"@type": "Organization", "name": "Floorz"},
            POSTING | {"@context": None},
        ],
    }
    assert [p.declared.title for p in postings(read(page(json.dumps(block))))] == ["Tiler"]


@pytest.mark.parametrize(
    "kind",
    [
        ["JobPosting", "Thing"],
        "schema:JobPosting",
        "http://schema.org/JobPosting",
        "https://schema.org/JobPosting",
    ],
)
def test_json_ld_type_spellings(kind: Any) -> None:
    assert len(postings(read(page(json.dumps(POSTING | {"@type": kind}))))) == 1


def test_json_ld_list_and_nested_item_list() -> None:
    listing = {
        "@type": "ItemList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "item": POSTING | {"title": "Mason"}},
            {"@type": "ListItem", "position": 2, "item": POSTING | {"title": "Roofer"}},
        ],
    }
    items = read(page(json.dumps([POSTING, listing])))
    assert [p.declared.title for p in postings(items)] == ["Tiler", "Mason", "Roofer"]
    assert [p.source.locator for p in postings(items)] == ["record 1", "record 2", "record 3"]


def test_tolerant_json_ld() -> None:
    wrapped = "\n<!--\n" + json.dumps(POSTING)[:-1] + ',"title": "Tab\there",}\n-->\n'
    cdata = "//<![CDATA[\n" + json.dumps(POSTING | {"title": "Second"}) + "\n//]]>"
    items = read(page(wrapped, cdata))
    assert [p.declared.title for p in postings(items)] == ["Tab here", "Second"]
    assert not problems(items)


def test_broken_json_ld_block_is_a_warning_and_other_blocks_are_read() -> None:
    items = read(
        page('{"@type": "Organization"}', '{"@type": "JobPosting", "title": ', json.dumps(POSTING))
    )
    assert [type(item).__name__ for item in items] == ["ReadProblem", "RawPosting"]
    warning = problems(items)[0]
    assert warning.severity == "warning"
    assert warning.where == "JSON-LD block 2"
    assert "not valid JSON" in warning.message


def test_escaped_html_description_in_json_ld() -> None:
    block = POSTING | {"description": "&lt;p&gt;Tiles &amp;amp; grout&lt;/p&gt;"}
    assert postings(read(page(json.dumps(block))))[0].text == "Tiles & grout"


MICRODATA = """
<div itemscope itemtype="https://schema.org/JobPosting">
  <h1 itemprop="title">Locksmith</h1>
  <div itemprop="hiringOrganization" itemscope itemtype="https://schema.org/Organization">
    <a itemprop="sameAs" href="https://keys.example">Keys &amp; Co</a>
    <span itemprop="name">Keys &amp; Co</span>
  </div>
  <div itemprop="jobLocation" itemscope itemtype="https://schema.org/Place">
    <div itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">
      <span itemprop="addressLocality">Ghent</span>
      <meta itemprop="addressCountry" content="BE">
    </div>
  </div>
  <time itemprop="datePosted" datetime="2024-06-10">10 June</time>
  <span itemprop="employmentType">PART_TIME</span>
  <span itemprop="employmentType">TEMPORARY</span>
  <a itemprop="url" href="https://keys.example/jobs/3">Apply</a>
  <div itemprop="description">
    <p>Open doors for people.</p>
    <ul><li>Locks</li><li>Safes</li></ul>
  </div>
</div>
"""


def test_microdata_page() -> None:
    items = read(page(body=MICRODATA))
    assert len(items) == 1
    posting = postings(items)[0]
    assert posting.text == "Open doors for people.\n\n* Locks\n* Safes"
    assert posting.declared.title == "Locksmith"
    assert posting.declared.company == "Keys & Co"
    assert posting.declared.extra == {"company_url": "https://keys.example"}
    assert posting.declared.locations == ("Ghent, BE",)
    assert posting.declared.date_posted == "2024-06-10"
    assert posting.declared.employment_type == ("PART_TIME", "TEMPORARY")
    assert posting.source.url == "https://keys.example/jobs/3"


def test_json_ld_wins_over_microdata_for_the_same_page() -> None:
    items = read(page(json.dumps(POSTING), body=MICRODATA))
    assert [p.declared.title for p in postings(items)] == ["Tiler"]


def test_page_without_job_posting() -> None:
    items = read(page('{"@type": "Organization", "name": "X"}', body="<p>We are hiring!</p>"))
    assert [(p.where, p.message) for p in problems(items)] == [
        ("", "no schema.org JobPosting found (looked for JSON-LD and microdata)")
    ]


@pytest.mark.parametrize("data", [b"", b"  \n "])
def test_empty_page(data: bytes) -> None:
    assert [p.message for p in problems(read(data))] == ["empty file: no postings"]


def test_page_over_the_size_limit_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html_module, "MAX_PAGE_BYTES", 1000)
    items = read(page(json.dumps(POSTING), body="x" * 2000))
    assert len(items) == 1
    assert "not read" in problems(items)[0].message


def test_meta_charset_is_honoured() -> None:
    text = page(json.dumps(POSTING | {"title": "Fliesenleger (m/w/d) – Größe"}, ensure_ascii=False))
    data = text.replace("<head>", '<head><meta charset="windows-1252">').encode("cp1252")
    assert postings(read(data))[0].declared.title == "Fliesenleger (m/w/d) – Größe"


def test_utf8_page_without_charset() -> None:
    data = page(json.dumps(POSTING | {"title": "Carreleur é"}, ensure_ascii=False)).encode()
    assert postings(read(data))[0].declared.title == "Carreleur é"


def test_parse_json_ld_raises_value_error_when_beyond_repair() -> None:
    with pytest.raises(ValueError, match="Expecting"):
        parse_json_ld("{oops}")


def test_find_job_postings_stops_at_a_depth() -> None:
    nested: Any = POSTING
    for _ in range(40):
        nested = {"inner": nested}
    assert find_job_postings(nested) == []
    assert find_job_postings({"a": [{"b": POSTING}]}) == [POSTING]


def test_reads_a_file_from_disk(tmp_path: Path) -> None:
    path = tmp_path / "job.html"
    path.write_text(page(json.dumps(POSTING)), encoding="utf-8")
    with path.open("rb") as stream:
        items = list(HtmlReader().read(stream, Origin(uri=str(path), name=path.name)))
    assert postings(items)[0].source.uri == str(path)
