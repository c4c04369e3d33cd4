"""Turning what the user named (files, folders, ``-``, ``.gz``) into inputs to read."""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from jobsift.errors import InputNotFoundError
from jobsift.ingest.base import ReadProblem

STDIN = "-"
STDIN_URI = "<stdin>"
_BUFFER = 1 << 16


class ByteCounter:
    """Counts the bytes read from an input so far, for progress bars."""

    def __init__(self) -> None:
        self.total = 0


class _CountingRaw(io.RawIOBase):
    """A raw stream that tells a ``ByteCounter`` how much it has handed out."""

    def __init__(self, raw: BinaryIO, counter: ByteCounter, *, owns: bool = True) -> None:
        self._raw = raw
        self._counter = counter
        self._owns = owns  # standard input is not ours to close

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        count = self._raw.readinto(buffer)  # type: ignore[attr-defined]
        self._counter.total += count or 0
        return int(count or 0)

    def close(self) -> None:
        if self._owns:
            self._raw.close()
        super().close()


@dataclass(frozen=True, slots=True)
class Input:
    """One input to read: a stable URI, a name to guess the format from, and how to open it."""

    uri: str
    name: str
    size: int | None
    opener: Callable[[ByteCounter], BinaryIO]


def check_paths(paths: Sequence[str]) -> None:
    """Fail before reading anything when a named path does not exist (a usage error)."""
    missing = [p for p in paths if p != STDIN and not Path(p).exists()]
    if missing:
        raise InputNotFoundError(
            f"no such file or folder: {', '.join(missing)}", hint="check the path"
        )


def input_bytes(paths: Sequence[str]) -> int | None:
    """The total size of the inputs, or None when it cannot be known (standard input)."""
    if STDIN in paths:
        return None
    return sum(entry.size or 0 for entry in expand(paths) if isinstance(entry, Input))


def expand(paths: Sequence[str]) -> Iterator[Input | ReadProblem]:
    for path in paths:
        if path == STDIN:
            yield Input(STDIN_URI, STDIN_URI, None, _open_stdin)
        elif Path(path).is_dir():
            yield from _walk(Path(path))
        else:
            yield _file_input(Path(path))


def _walk(folder: Path) -> Iterator[Input | ReadProblem]:
    """Every file below the folder, in name order, leaving out hidden files and folders."""
    for root, dirs, files in os.walk(folder, onerror=None):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield _file_input(Path(root) / name)


def _file_input(path: Path) -> Input:
    # abspath, not resolve: the URI is the path the user named (a link keeps its own name).
    resolved = Path(os.path.abspath(path))
    try:
        size: int | None = resolved.stat().st_size
    except OSError:
        size = None
    return Input(str(resolved), path.name, size, _file_opener(resolved))


def _file_opener(path: Path) -> Callable[[ByteCounter], BinaryIO]:
    def open_file(counter: ByteCounter) -> BinaryIO:
        raw = _CountingRaw(open(path, "rb", buffering=0), counter)  # noqa: SIM115
        return io.BufferedReader(raw, _BUFFER)

    return open_file


def _open_stdin(counter: ByteCounter) -> BinaryIO:
    raw = _CountingRaw(sys.stdin.buffer, counter, owns=False)
    return io.BufferedReader(raw, _BUFFER)


def bytes_input(data: bytes, uri: str, name: str) -> Input:
    """An input held in memory (an API request body) under a stable ``uri``: posting the same
    postings again then finds the same sources, as re-reading a file does."""

    def open_bytes(counter: ByteCounter) -> BinaryIO:
        raw = _CountingRaw(io.BytesIO(data), counter)
        return io.BufferedReader(raw)

    return Input(uri, name, len(data), open_bytes)
