"""Byte-stream wrappers for readers that must look before they leap.

Standard input cannot seek, so a reader that sniffs the first lines to choose a parser puts
those bytes back in front of the rest with :class:`PutBackStream`.  :class:`Utf8Recoder`
turns a stream in another encoding into UTF-8 for parsers (ijson) that accept nothing else.
"""

from __future__ import annotations

import codecs
import io
from typing import BinaryIO

_CHUNK = 1 << 16


class PutBackStream(io.RawIOBase):
    """Serves ``head`` (bytes already read from ``rest``), then whatever ``rest`` still holds."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        super().__init__()
        self._head = memoryview(head)
        self._rest = rest
        self.served = 0  # bytes handed out so far: where a parser that fails got to, roughly

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._head:
            size = min(len(buffer), len(self._head))
            buffer[:size] = self._head[:size]
            self._head = self._head[size:]
        else:
            data = self._rest.read(len(buffer))
            size = len(data)
            buffer[:size] = data
        self.served += size
        return size


def buffered(head: bytes, rest: BinaryIO) -> io.BufferedReader:
    """``head`` put back in front of ``rest``, buffered (so with ``peek`` and ``readline``)."""
    return io.BufferedReader(PutBackStream(head, rest), buffer_size=_CHUNK)


class Utf8Recoder(io.RawIOBase):
    """Reads ``source`` in ``encoding`` and serves the same text as UTF-8 bytes."""

    def __init__(self, source: BinaryIO, encoding: str) -> None:
        super().__init__()
        self._source = source
        self._decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
        self._pending = b""
        self._done = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        while not self._pending and not self._done:
            self._fill()
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size

    def _fill(self) -> None:
        raw = self._source.read(_CHUNK)
        self._done = not raw
        self._pending = self._decoder.decode(raw, final=self._done).encode("utf-8")
