"""A posting's text as sections of finished lines, and how a posting lays them out.

An original is written line by line onto a ``Page``, which also records its *outline* (each
section's kind and line counts).  A repost cuts its original's text back into sections with
``restore``, reorders them, swaps a paragraph or rewords a bullet, and ``render``s them.
Lines are stored as they appear (heading with its colon, bullets with their marker), so
writing a posting out is a single join.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Layout:
    """How one posting writes its headings and bullets; reposts keep their original's layout."""

    marker: str  # "- ", "• " or "" (bullets with no marker)
    colon: bool
    upper: bool
    blank_between: bool

    def heading(self, text: str) -> str:
        if self.upper:
            text = text.upper()
        # "Interesse?" keeps its question mark and gets no colon.
        return text + ":" if self.colon and not text.endswith(("?", ":")) else text


@dataclass(slots=True, eq=False)
class Section:
    """Lines of one section: an optional heading, an optional paragraph, then bullets."""

    kind: str
    lines: list[str]
    #: Number of lines before the bullets (heading and paragraph).
    head: int = 0
    #: Whether the line just before the bullets is a paragraph (not a heading).
    lead: bool = False

    @property
    def bullets(self) -> list[str]:
        return self.lines[self.head :]


class Page:
    """A posting being written: its finished lines, and the outline to cut them into sections.

    Originals are written straight onto a page (no section objects), which is faster; reposts
    get their sections back with ``restore``.
    """

    __slots__ = ("blank_between", "lines", "shape")

    def __init__(self, layout: Layout) -> None:
        self.blank_between = layout.blank_between
        self.lines: list[str] = []
        self.shape: list[tuple[str, int, int, bool]] = []

    def add(
        self, kind: str, heading: str | None, paragraph: str | None, bullets: list[str] | None
    ) -> None:
        lines = self.lines
        if self.blank_between and lines:
            lines.append("")
        head = 0
        if heading:
            lines.append(heading)
            head = 1
        if paragraph:
            lines.append(paragraph)
            head += 1
        count = head
        if bullets:
            lines.extend(bullets)
            count += len(bullets)
        self.shape.append((kind, count, head, bool(paragraph)))

    def text(self) -> str:
        return "\n".join(self.lines)


def render(sections: list[Section], layout: Layout) -> str:
    """The description: sections one after another, never a blank line inside one."""
    if layout.blank_between:
        return "\n\n".join(["\n".join(section.lines) for section in sections])
    return "\n".join([line for section in sections for line in section.lines])


#: A posting's sections without their text: (kind, number of lines, head, lead) each.
Outline = tuple[tuple[str, int, int, bool], ...]


def outline(sections: list[Section]) -> Outline:
    """What ``restore`` needs to cut a rendered description back into its sections.

    Kept instead of the sections themselves: a few small tuples per posting rather than a
    hundred strings and lists, which is what keeps a reservoir of originals cheap.
    """
    return tuple((s.kind, len(s.lines), s.head, s.lead) for s in sections)


def restore(text: str, shape: Outline, layout: Layout) -> list[Section]:
    """The sections of a description written by ``render``, as fresh objects."""
    lines = text.split("\n")
    sections: list[Section] = []
    position = 0
    for kind, count, head, lead in shape:
        if layout.blank_between and sections:
            position += 1  # the blank line between two sections
        sections.append(Section(kind, lines[position : position + count], head, lead))
        position += count
    return sections


def word_count(text: str) -> int:
    """Words as ``str.split`` counts them, for single-spaced text, several times faster."""
    return text.count(" ") + text.count("\n") + 1
