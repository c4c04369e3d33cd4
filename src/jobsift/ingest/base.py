"""What every reader shares: the origin it reads from, the problems it reports, its interface."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import BinaryIO, Literal, Protocol

from jobsift.model import RawPosting

Severity = Literal["error", "warning"]


@dataclass(frozen=True, slots=True)
class Origin:
    """One input being read: its stable URI (absolute path or ``<stdin>``) and reading options."""

    uri: str
    name: str
    mapping: Mapping[str, str] = field(default_factory=dict)
    max_bytes: int = 2_000_000


@dataclass(frozen=True, slots=True)
class ReadProblem:
    """A record (or a whole input) that could not be read, or was read with a caveat.

    ``where`` is the place inside the input ("line 12", "record 3", "" for the whole file);
    ``message`` says what was wrong and what was expected.  Errors lose that record only.
    """

    uri: str
    where: str
    message: str
    severity: Severity = "error"

    def __str__(self) -> str:
        place = f"{self.uri}, {self.where}" if self.where else self.uri
        return f"{place}: {self.message}"


ReadItem = RawPosting | ReadProblem


class Reader(Protocol):
    """Turns one input's bytes into postings and problems, streaming: memory stays flat."""

    format: str

    def read(self, stream: BinaryIO, origin: Origin) -> Iterator[ReadItem]: ...
