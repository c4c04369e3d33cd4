"""Web pages that describe their job postings with schema.org JobPosting.

Two encodings of schema.org are common: JSON-LD ``<script>`` blocks (most job boards and
applicant tracking systems) and microdata attributes (``itemscope``, ``itemprop``; older
sites).  JSON-LD wins when a page has both, since they usually describe the same posting
twice.  Each JobPosting found becomes one record for :mod:`jobsift.ingest.records`.

JSON-LD in the wild is often not quite JSON (HTML comments around it, raw control characters,
trailing commas), so blocks are parsed tolerantly; a block that still fails costs only itself.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any, BinaryIO, Final

import lxml.html
from lxml import etree
from lxml.html import HtmlElement as Element

from jobsift.ingest.base import Origin, ReadItem, ReadProblem
from jobsift.ingest.records import RecordMapper, is_job_posting

#: Pages larger than this are refused: no job page is, and lxml would hold it all.
MAX_PAGE_BYTES: Final = 50 * 1024 * 1024
_MAX_DEPTH: Final = 16
_CHARSET: Final = re.compile(rb"<meta[^>]+charset", re.IGNORECASE)
_WRAPPERS: Final = re.compile(r"^\s*(?://\s*)?(?:<!--|<!\[CDATA\[)|(?://\s*)?(?:-->|\]\]>)\s*$")
_CONTROL: Final = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_TRAILING_COMMA: Final = re.compile(r",\s*([}\]])")
_LINK_TAGS: Final = frozenset({"a", "link", "area"})
_SOURCE_TAGS: Final = frozenset({"img", "audio", "video", "source", "iframe", "embed", "track"})
_VALUE_TAGS: Final = frozenset({"data", "meter"})


class HtmlReader:
    """A web page with schema.org JobPosting in JSON-LD or microdata (format ``html``)."""

    format = "html"

    def read(self, stream: BinaryIO, origin: Origin) -> Iterator[ReadItem]:
        data = stream.read(MAX_PAGE_BYTES + 1)
        if len(data) > MAX_PAGE_BYTES:
            yield _problem(origin, f"page is over {MAX_PAGE_BYTES // 2**20} MB; not read")
            return
        root = parse_page(data)
        if root is None:
            yield _problem(origin, "empty file: no postings")
            return
        yield from _read_page(root, origin, RecordMapper(origin, self.format))


def parse_page(data: bytes) -> Element | None:
    """The page's root element, or None when there is no markup at all.

    Bytes go to lxml so it honours a ``<meta charset>``; without one, lxml would assume
    Latin-1, so a page that decodes as UTF-8 is declared UTF-8.
    """
    if not data.strip():
        return None
    parser = lxml.html.HTMLParser(encoding=_declared_or_guessed(data))
    try:
        return lxml.html.document_fromstring(data, parser=parser)
    except (etree.ParserError, ValueError):
        return None


def _declared_or_guessed(data: bytes) -> str | None:
    """None (let lxml read the page's own ``<meta charset>``), else UTF-8 or Windows-1252."""
    if _CHARSET.search(data[:4096]):
        return None
    return "utf-8" if _is_utf8(data) else "cp1252"


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _read_page(root: Element, origin: Origin, mapper: RecordMapper) -> Iterator[ReadItem]:
    postings: list[dict[str, Any]] = []
    yield from _json_ld_postings(root, origin, postings)
    if not postings:
        postings = [microdata(scope) for scope in _microdata_scopes(root)]
    if not postings:
        yield _problem(origin, "no schema.org JobPosting found (looked for JSON-LD and microdata)")
        return
    page_url = canonical_url(root)
    for number, posting in enumerate(postings, 1):
        if page_url and not posting.get("url"):
            posting["url"] = page_url
        yield mapper.to_posting(posting, f"record {number}")


def _problem(origin: Origin, message: str) -> ReadProblem:
    return ReadProblem(origin.uri, "", message)


# JSON-LD


def _json_ld_postings(
    root: Element, origin: Origin, found: list[dict[str, Any]]
) -> Iterator[ReadProblem]:
    """Adds the JobPostings of every JSON-LD block to ``found``; warns of each broken block."""
    for number, block in enumerate(_json_ld_blocks(root), 1):
        try:
            found.extend(find_job_postings(parse_json_ld(block)))
        except (ValueError, RecursionError) as exc:  # RecursionError: nested beyond reason
            yield ReadProblem(
                origin.uri,
                f"JSON-LD block {number}",
                f"not valid JSON ({exc}); block skipped, the page's other blocks were read",
                "warning",
            )


def _json_ld_blocks(root: Element) -> Iterator[str]:
    for script in root.iter("script"):
        kind = (script.get("type") or "").strip().lower()
        if kind.startswith("application/ld+json"):
            yield script.text or ""


def parse_json_ld(block: str) -> Any:
    """A JSON-LD block, forgiving comment wrappers, control characters and trailing commas.

    Raises ValueError (json.JSONDecodeError) when the block is not JSON even so.
    """
    text = _CONTROL.sub(" ", _WRAPPERS.sub("", block.strip())).strip()
    try:
        return json.loads(text, strict=False)
    except json.JSONDecodeError:
        repaired = _TRAILING_COMMA.sub(r"\1", text)
        if repaired == text:
            raise
        return json.loads(repaired, strict=False)


def find_job_postings(value: Any, depth: int = 0) -> list[dict[str, Any]]:
    """Every JobPosting object in a JSON-LD value: in lists, ``@graph`` and nested values."""
    if depth > _MAX_DEPTH:
        return []
    if isinstance(value, dict):
        if is_job_posting(value):
            return [value]
        return [found for inner in value.values() for found in find_job_postings(inner, depth + 1)]
    if isinstance(value, list):
        return [found for inner in value for found in find_job_postings(inner, depth + 1)]
    return []


# Microdata


def _microdata_scopes(root: Element) -> Iterator[Element]:
    for element in root.iter():
        if element.get("itemscope") is None:
            continue
        kinds = (element.get("itemtype") or "").split()
        if any(kind.rstrip("/").endswith("/JobPosting") for kind in kinds):
            yield element


def microdata(scope: Element) -> dict[str, Any]:
    """The properties of one itemscope, nested scopes as nested objects (microdata's model)."""
    item: dict[str, Any] = {}
    for element in _properties(scope):
        value = microdata(element) if element.get("itemscope") is not None else None
        for name in (element.get("itemprop") or "").split():
            _add(item, name, value if value is not None else _property_value(element, name))
    return item


def _properties(scope: Element) -> Iterator[Element]:
    """The itemprop elements that belong to ``scope``, not to a scope nested in it."""
    stack: list[Element] = list(reversed(scope))
    while stack:
        element = stack.pop()
        if not isinstance(element.tag, str):
            continue  # a comment or processing instruction
        if element.get("itemprop") is not None:
            yield element
        if element.get("itemscope") is None:
            stack.extend(reversed(element))


def _add(item: dict[str, Any], name: str, value: Any) -> None:
    if name not in item:
        item[name] = value
    elif isinstance(item[name], list):
        item[name].append(value)
    else:
        item[name] = [item[name], value]


def _property_value(element: Element, name: str) -> str:
    """A property's value as microdata defines it: content, href, src, datetime, else text."""
    tag = element.tag.lower() if isinstance(element.tag, str) else ""
    for attribute, applies in (
        ("content", True),
        ("href", tag in _LINK_TAGS),
        ("src", tag in _SOURCE_TAGS),
        ("data", tag == "object"),
        ("datetime", tag == "time"),
        ("value", tag in _VALUE_TAGS),
    ):
        found = element.get(attribute) if applies else None
        if found is not None:
            return str(found).strip()
    if name == "description":
        # The markup keeps the paragraphs and bullets; records.py renders it as text.
        return str(lxml.html.tostring(element, encoding="unicode", with_tail=False))
    return " ".join(element.text_content().split())


def canonical_url(root: Element) -> str | None:
    """The page's own address: ``<link rel=canonical>``, else ``og:url``."""
    for link in root.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            return link.get("href", "").strip() or None
    for meta in root.iter("meta"):
        if (meta.get("property") or "").strip().lower() == "og:url" and meta.get("content"):
            return meta.get("content", "").strip() or None
    return None
