"""Which reader an input needs: by its name first, by its first bytes when the name says nothing."""

from __future__ import annotations

import codecs
import re
from pathlib import PurePath
from typing import Final

from jobsift.errors import UnknownFormatError

FORMATS: Final = ("text", "json", "csv", "html")

_BY_SUFFIX: Final = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".json": "json",
    ".jsonl": "json",
    ".ndjson": "json",
    ".jsonld": "json",
    ".csv": "csv",
    ".tsv": "csv",
    ".tab": "csv",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}
_HTML_MARKERS: Final = re.compile(rb"<(?:!doctype\s+html|html|head|body|script|meta|div)\b", re.I)
_DELIMITERS: Final = (",", ";", "\t", "|")
# Header cells that say "this is a table of postings" (compared with punctuation removed).
_HEADER_WORDS: Final = frozenset(
    {
        "title",
        "jobtitle",
        "position",
        "description",
        "jobdescription",
        "company",
        "companyname",
        "employer",
        "location",
        "url",
        "link",
        "dateposted",
        "salary",
        "role",
    }
)


def check_format(name: str) -> str:
    if name not in FORMATS:
        raise UnknownFormatError(
            f"unknown format {name!r}", hint=f"choose one of: {', '.join(FORMATS)}"
        )
    return name


def format_from_name(name: str) -> str | None:
    """The format an input's file name promises (``jobs.jsonl.gz`` -> ``json``), if any."""
    path = PurePath(name.lower())
    if path.suffix == ".gz":
        path = path.with_suffix("")
    return _BY_SUFFIX.get(path.suffix)


def sniff_format(head: bytes) -> str:
    """Guess from the first bytes: markup is HTML, a bracket is JSON, a header row is CSV."""
    body = _strip_bom(head).lstrip()
    if body.startswith(b"<"):
        return "html" if _HTML_MARKERS.search(body[:4096]) else "text"
    if body.startswith((b"{", b"[")):
        return "json"
    first_line = body.split(b"\n", 1)[0].decode("utf-8", "replace")
    return "csv" if _looks_like_header(first_line) else "text"


def _strip_bom(head: bytes) -> bytes:
    for bom in (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        if head.startswith(bom):
            return head[len(bom) :] if bom == codecs.BOM_UTF8 else head.decode("utf-16").encode()
    return head


def _looks_like_header(line: str) -> bool:
    delimiter = max(_DELIMITERS, key=line.count)
    cells = [cell.strip().strip('"').casefold() for cell in line.split(delimiter)]
    if len(cells) < 2 or any(len(cell) > 40 for cell in cells):
        return False
    keys = {"".join(ch for ch in cell if ch.isalnum()) for cell in cells}
    return bool(keys & _HEADER_WORDS)
