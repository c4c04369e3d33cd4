"""JSON inputs: JSON Lines, one array of postings, or an object that holds one.

The reader looks at the first two non-blank lines to tell JSON Lines (one value per line, each
parsed on its own with orjson, so one bad line costs that line only) from a single document
(streamed with ijson, so a multi-GB export never sits in memory).  The bytes looked at are put
back in front of the rest, which keeps standard input readable.

Shapes of a document:

* ``[{...}, {...}]``: every item is a record;
* ``{"jobs": [...]}`` (or postings, results, data, items, hits, records, vacancies,
  jobPostings, ``@graph``): the array is streamed item by item;
* ``{...}`` that is itself a posting (a schema.org JobPosting, say): one record.
"""

from __future__ import annotations

import codecs
import io
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, BinaryIO, Final

import ijson
import orjson

from jobsift.ingest.base import Origin, ReadItem, ReadProblem
from jobsift.ingest.lines import (
    LEGACY_WARNING,
    ByteLine,
    Line,
    decode_legacy,
    iter_lines,
    looks_binary,
)
from jobsift.ingest.records import RecordMapper, describe, is_job_posting, normalize_key
from jobsift.ingest.streams import PutBackStream, Utf8Recoder, buffered

#: The ijson backend in use; ``yajl2_c`` (the C one) wherever its wheel installs.
IJSON_BACKEND: Final[str] = ijson.backend

#: Keys under which exports keep their array of postings, in the order they are tried.
ARRAY_KEYS: Final[tuple[str, ...]] = (
    "jobs", "postings", "results", "data", "items", "hits", "records", "vacancies",
    "jobPostings", "@graph",
)  # fmt: skip
_ARRAY_KEY_SET: Final = frozenset(normalize_key(key) for key in ARRAY_KEYS)
_GRAPH: Final = "@graph"
_HEAD_BYTES: Final = 8192
# A first line ending so opens a pretty-printed document: '{', '[', '{"jobs": ['.
_OPENERS: Final = (b"[", b"{")
# Floats, not Decimals (JSON-safe); concatenated documents (JSON Lines with a huge first line).
_IJSON_OPTIONS: Final[dict[str, bool]] = {"use_float": True, "multiple_values": True}
_OPEN_EVENTS: Final = frozenset({"start_map", "start_array"})
_CLOSE_EVENTS: Final = frozenset({"end_map", "end_array"})

Event = tuple[str, Any]
#: Deeper nesting than this ends the file with a problem; no posting comes near it.
MAX_NESTING: Final = 512


@dataclass(slots=True)
class _Sniff:
    """The lines read to choose a parser: all of them (to put back) and the first two used."""

    read: list[bytes] = field(default_factory=list)
    found: list[bytes] = field(default_factory=list)
    first_complete: bool = True

    @property
    def head(self) -> bytes:
        return b"".join(self.read)


@dataclass(slots=True)
class _Count:
    """Records reached so far in a document, for the message when it breaks off."""

    records: int = 0


class JsonReader:
    """JSON Lines, a JSON array, or an object holding postings (format ``json``)."""

    format = "json"

    def read(self, stream: BinaryIO, origin: Origin) -> Iterator[ReadItem]:
        head = stream.read(_HEAD_BYTES)
        if looks_binary(head):
            yield ReadProblem(origin.uri, "", "binary file (NUL bytes found), not JSON; skipped")
            return
        source = _utf8_source(head, stream)
        sniff = _sniff(source, origin.max_bytes)
        if not sniff.found:
            yield ReadProblem(origin.uri, "", "empty file: no postings")
            return
        yield from _Parse(origin, RecordMapper(origin, self.format)).run(sniff, source)


def _utf8_source(head: bytes, stream: BinaryIO) -> BinaryIO:
    """The input as UTF-8 without a byte-order mark: what ijson and the line splitter expect."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return io.BufferedReader(Utf8Recoder(buffered(head, stream), "utf-16"), _HEAD_BYTES)
    return buffered(head.removeprefix(codecs.BOM_UTF8), stream)


def _sniff(source: BinaryIO, limit: int) -> _Sniff:
    """Read up to the second non-blank line (each at most ``limit`` bytes)."""
    sniff = _Sniff()
    size = 0
    while len(sniff.found) < 2 and size <= limit:
        line = source.readline(limit + 1)
        if not line:
            break
        sniff.read.append(line)
        size += len(line)
        if line.strip():
            sniff.found.append(line.strip())
            if len(line) > limit and not line.endswith(b"\n"):
                # Cut at the limit: a minified document, or a record too long to read anyway.
                sniff.first_complete = len(sniff.found) > 1
                break
    return sniff


def _parses(line: bytes) -> tuple[bool, Any]:
    try:
        return True, orjson.loads(line)
    except orjson.JSONDecodeError:
        return False, None


def _is_json_lines(sniff: _Sniff, parsed: bool) -> bool:
    """One value per line, or a pretty-printed (or minified) document?"""
    first = sniff.found[0]
    second = sniff.found[1] if len(sniff.found) > 1 else None
    # One line only: a (minified) document, whatever it holds.
    if not sniff.first_complete or second is None or first.endswith(_OPENERS):
        return False
    if parsed:
        return True
    # A broken first line of JSON Lines still looks like a line-sized object, and the line
    # after it is a whole object; a pretty-printed object's second line is a key.
    if first.startswith(b"{"):
        return first.endswith(b"}") or _is_object_line(second)
    return first.startswith(b"[") and first.endswith(b"]")


def _is_object_line(line: bytes) -> bool:
    parsed, value = _parses(line)
    return parsed and isinstance(value, dict)


def _not_utf8(data: bytes) -> bool:
    try:
        codecs.getincrementaldecoder("utf-8")().decode(data, final=False)
    except UnicodeDecodeError:
        return True
    return False


class _Parse:
    """Reading one input: the chosen parser, the record mapper and the problems' wording."""

    def __init__(self, origin: Origin, mapper: RecordMapper) -> None:
        self._origin = origin
        self._mapper = mapper
        self._warned_legacy = False

    def run(self, sniff: _Sniff, source: BinaryIO) -> Iterator[ReadItem]:
        parsed, value = _parses(sniff.found[0]) if sniff.first_complete else (False, None)
        if _is_json_lines(sniff, parsed):
            yield from self._lines(buffered(sniff.head, source))
            return
        # The whole document may sit on its one line, already parsed.
        items = self._whole(value, _Count()) if parsed else self._document(sniff, source)
        empty = True
        for item in items:
            empty = False
            yield item
        if empty:
            yield ReadProblem(self._origin.uri, "", "the JSON holds no postings", "warning")

    # JSON Lines

    def _lines(self, source: BinaryIO) -> Iterator[ReadItem]:
        for item in iter_lines(source, self._origin, decode=False):
            if isinstance(item, ByteLine):
                yield from self._byte_line(item)
            elif isinstance(item, Line):
                yield from self._line(item)
            else:
                yield item

    def _byte_line(self, line: ByteLine) -> Iterator[ReadItem]:
        """orjson reads UTF-8 bytes directly; only a line it rejects is decoded, to find out
        whether the JSON or the encoding is at fault."""
        try:
            value = orjson.loads(line.data)
        except orjson.JSONDecodeError:
            if not line.data.strip():
                return
            try:
                text = line.data.decode("utf-8")
            except UnicodeDecodeError:
                text = decode_legacy(line.data)
                if not self._warned_legacy:
                    self._warned_legacy = True
                    yield ReadProblem(
                        self._origin.uri, f"line {line.number}", LEGACY_WARNING, "warning"
                    )
            yield from self._line(Line(line.number, text))
            return
        yield from self._value(value, f"line {line.number}")

    def _line(self, line: Line) -> Iterator[ReadItem]:
        text = line.text
        if not text or text.isspace():
            return
        where = f"line {line.number}"
        try:
            value = orjson.loads(text)
        except orjson.JSONDecodeError as exc:
            yield self._error(where, f"invalid JSON: {exc}; expected one JSON object per line")
            return
        yield from self._value(value, where)

    def _value(self, value: Any, where: str) -> Iterator[ReadItem]:
        if isinstance(value, dict):
            yield from self._line_object(value, where)
        elif isinstance(value, list):
            yield from self._items(value, _Count(), f"{where}, item ")
        else:
            yield self._error(where, f"line holds {describe(value)}; expected a JSON object")

    def _line_object(self, value: dict[str, Any], where: str) -> Iterator[ReadItem]:
        posting = self._mapper.to_posting(value, where)
        held = _held_array(value) if isinstance(posting, ReadProblem) else None
        if held is None:
            yield posting
        else:
            yield from self._items(held[1], _Count(), f"{where}, item ", graph=held[0] == _GRAPH)

    def _items(
        self, values: list[Any], count: _Count, prefix: str = "record ", *, graph: bool = False
    ) -> Iterator[ReadItem]:
        """Each item a record, numbered on from ``count``; other ``@graph`` nodes are passed."""
        for value in values:
            if graph and _other_schema_node(value):
                continue
            count.records += 1
            yield self._record(value, f"{prefix}{count.records}")

    def _record(self, value: Any, where: str) -> ReadItem:
        if isinstance(value, Mapping):
            return self._mapper.to_posting(value, where)
        return self._error(where, f"holds {describe(value)}; expected a JSON object (a posting)")

    def _error(self, where: str, message: str) -> ReadProblem:
        return ReadProblem(self._origin.uri, where, message)

    # One document, already parsed

    def _whole(self, value: Any, count: _Count) -> Iterator[ReadItem]:
        if isinstance(value, list):
            yield from self._items(value, count)
        elif isinstance(value, dict):
            yield from self._object(value, count)
        else:
            yield self._error("", f"the file holds {describe(value)}; expected JSON objects")

    def _object(self, value: dict[str, Any], count: _Count) -> Iterator[ReadItem]:
        held = None if self._mapper.has_text_key(value) else _held_array(value)
        if held is not None:
            yield from self._items(held[1], count, graph=held[0] == _GRAPH)
        elif self._mapper.has_text_key(value) or is_job_posting(value):
            count.records += 1
            yield self._mapper.to_posting(value, f"record {count.records}")
        else:
            yield self._error("", _no_postings_message())

    # One document, streamed

    def _document(self, sniff: _Sniff, source: BinaryIO) -> Iterator[ReadItem]:
        head = sniff.head
        raw = PutBackStream(head, source)
        stream: BinaryIO = io.BufferedReader(raw, _HEAD_BYTES)
        if _not_utf8(head):
            stream = io.BufferedReader(Utf8Recoder(stream, "cp1252"), _HEAD_BYTES)
            yield ReadProblem(
                self._origin.uri, "", "not valid UTF-8; read as Windows-1252", "warning"
            )
        count = _Count()
        try:
            if sniff.found[0].startswith(b"["):
                yield from self._array_items(stream, count)
            else:
                # basic_parse: parse's path prefixes grow with depth, and cost memory with it.
                yield from self._events(ijson.basic_parse(stream, **_IJSON_OPTIONS), count)
        except (ijson.JSONError, UnicodeDecodeError) as exc:
            # ijson's pure-Python backend reports bad UTF-8 as a decoding error.
            yield self._broken(exc, count, raw.served)

    def _array_items(self, stream: BinaryIO, count: _Count) -> Iterator[ReadItem]:
        # ijson builds the items in C here: twice as fast as building them from events.
        for value in ijson.items(stream, "item", **_IJSON_OPTIONS):
            count.records += 1
            yield self._record(value, f"record {count.records}")

    def _events(self, events: Iterator[Event], count: _Count) -> Iterator[ReadItem]:
        for event, value in events:
            if event == "start_map":
                yield from self._streamed_object(events, count)
            elif event == "start_array":
                yield from self._streamed_array(events, count, graph=False)
            else:
                yield self._error("", f"the file holds {describe(value)}; expected JSON objects")

    def _streamed_object(self, events: Iterator[Event], count: _Count) -> Iterator[ReadItem]:
        """A top-level object: stream a postings array in it, else judge the object whole."""
        top: dict[str, Any] = {}
        streamed = False
        for key_event, key in events:
            if key_event == "end_map":
                break
            event, value = next(events)
            if event == "start_array" and self._postings_key(key, top):
                streamed = True
                yield from self._streamed_array(events, count, graph=key == _GRAPH)
            else:
                top[key] = _build(event, value, events)
        if not streamed:
            yield from self._object(top, count)

    def _postings_key(self, key: str, seen: dict[str, Any]) -> bool:
        # An array under "items" in an object that already has a title is that posting's own.
        return normalize_key(key) in _ARRAY_KEY_SET and not self._mapper.has_text_key(seen)

    def _streamed_array(
        self, events: Iterator[Event], count: _Count, *, graph: bool
    ) -> Iterator[ReadItem]:
        for event, value in events:
            if event == "end_array":
                return
            item = _build(event, value, events)
            if graph and _other_schema_node(item):
                continue
            count.records += 1
            yield self._record(item, f"record {count.records}")

    def _broken(self, exc: Exception, count: _Count, read: int) -> ReadProblem:
        # ijson gives no position; the bytes it had read bound where the fault is.
        reason = f"{_ijson_reason(exc)}, within the first {read:,} bytes"
        if not count.records:
            return self._error("", f"invalid JSON before the first record: {reason}; nothing read")
        return self._error(
            f"record {count.records + 1}",
            f"invalid JSON after record {count.records}: {reason}; "
            f"the {count.records:,} records before it were read, the rest of the file was not",
        )


def _build(first: str, scalar: Any, events: Iterator[Event]) -> Any:
    """The whole value that starts with event ``first``, built from the events that follow."""
    if first not in _OPEN_EVENTS:
        return scalar
    builder = ijson.ObjectBuilder()
    builder.event(first, scalar)
    depth = 1
    for event, value in events:
        builder.event(event, value)
        if event in _OPEN_EVENTS:
            depth += 1
            if depth > MAX_NESTING:
                raise ijson.JSONError(f"values nested more than {MAX_NESTING} levels deep")
        elif event in _CLOSE_EVENTS:
            depth -= 1
            if not depth:
                break
    return builder.value


def _held_array(value: Mapping[str, Any]) -> tuple[str, list[Any]] | None:
    """The postings array an object holds under a known key, itself or one level down.

    One level down covers the usual API envelopes: ``{"data": {"jobs": [...]}}``.
    """
    found = _held_array_here(value)
    for inner in value.values():
        if found is not None:
            break
        if isinstance(inner, Mapping):
            found = _held_array_here(inner)
    return found


def _held_array_here(value: Mapping[str, Any]) -> tuple[str, list[Any]] | None:
    for key, inner in value.items():
        if isinstance(inner, list) and normalize_key(key) in _ARRAY_KEY_SET:
            return key, inner
    return None


def _other_schema_node(value: Any) -> bool:
    """An ``@graph`` node of another type (WebPage, Organization ...): not a posting."""
    return isinstance(value, Mapping) and "@type" in value and not is_job_posting(value)


def _ijson_reason(exc: Exception) -> str:
    """yajl's message: its first line, and the text around the fault it quotes."""
    raw = exc.args[0] if isinstance(exc, ijson.JSONError) and exc.args else str(exc)
    text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        return type(exc).__name__
    reason = lines[0].rstrip(".")
    if len(lines) >= 2 and not lines[1].startswith("(right here)"):
        return f"{reason} (near {lines[1][:60]!r})"
    return reason


def _no_postings_message() -> str:
    return (
        "JSON object has no postings (looked for a top-level array or keys "
        f"{', '.join(ARRAY_KEYS)}, and for a posting's title or description)"
    )
