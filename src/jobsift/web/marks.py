"""Cutting a text into pieces at highlight boundaries, for templates to escape and mark up.

Templates never receive HTML built here: they get plain (text, notes) pieces and let Jinja's
autoescape escape every piece, so a posting's text cannot inject markup however it is cut.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Generic, TypeVar

T = TypeVar("T")
Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Piece(Generic[T]):
    """A run of text and the notes of every span covering it (empty: not highlighted)."""

    text: str
    notes: tuple[T, ...] = ()

    @property
    def marked(self) -> bool:
        return bool(self.notes)


def pieces(text: str, spans: Iterable[tuple[Span, T]]) -> list[Piece[T]]:
    """``text`` cut at every span boundary; overlapping spans give pieces with several notes.

    Spans are clipped to the text; empty or inverted spans are ignored.
    """
    kept = [(max(0, a), min(len(text), b), note) for (a, b), note in spans]
    kept = [(a, b, note) for a, b, note in kept if a < b]
    cuts = sorted({0, len(text), *(a for a, _, _ in kept), *(b for _, b, _ in kept)})
    out: list[Piece[T]] = []
    for start, end in pairwise(cuts):
        notes = tuple(note for a, b, note in kept if a <= start and end <= b)
        _append(out, Piece(text[start:end], notes))
    return out


def highlighted(text: str, spans: Sequence[Span]) -> list[Piece[bool]]:
    """A snippet cut at its highlights (search hits: the matched words)."""
    return pieces(text, [(span, True) for span in spans])


def _append(out: list[Piece[T]], piece: Piece[T]) -> None:
    # Neighbours with the same notes are one piece: one focusable highlight, not several.
    if out and out[-1].notes == piece.notes:
        out[-1] = Piece(out[-1].text + piece.text, piece.notes)
    else:
        out.append(piece)
