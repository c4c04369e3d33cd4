"""HTML fragments (posting descriptions, whole pages) to clean plain text.

Sources often ship descriptions as HTML.  The extractors want text whose lines still show the
structure a reader saw: paragraphs apart, one list item per line as ``* item``.  inscriptis
renders the layout; this module tidies what it returns (indentation, nested bullet glyphs,
runs of blank lines) so every reader gets the same shape.
"""

from __future__ import annotations

import html
import re
from typing import Final

from inscriptis import get_text
from lxml import etree

# Tags that only appear in markup, never in prose; a cheap test before paying for a parse.
_MARKUP: Final = re.compile(
    r"</?(?:p|br|li|ul|ol|div|span|h[1-6]|b|i|u|em|strong|a|table|tr|td|th|section|article"
    r"|blockquote|pre|hr|font|dl|dt|dd)\b[^<>]*>",
    re.IGNORECASE,
)
# libxml2 refuses these outright; a pasted description sometimes carries them.
_CONTROL: Final = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_ANY_TAG: Final = re.compile(r"<[^<>]*>")
_BLANK_RUN: Final = re.compile(r"\n{3,}")
# inscriptis marks nested list levels with other glyphs; a flat "* " keeps bullets uniform.
_NESTED_BULLETS: Final = ("+ ", "o ", "- ", "* ")


def looks_like_html(text: str) -> bool:
    """True when ``text`` holds markup tags such as ``<p>``, ``<li>`` or ``<br>``."""
    return "<" in text and _MARKUP.search(text) is not None


def to_plain_text(text: str) -> str:
    """A description as plain text: HTML rendered, escaped HTML unescaped first, else stripped."""
    if looks_like_html(text):
        return html_to_text(text)
    if "&lt;" in text:
        # Some exports escape their HTML twice: "&lt;p&gt;...".
        unescaped = html.unescape(text)
        if looks_like_html(unescaped):
            return html_to_text(unescaped)
    return text.strip()


def html_to_text(markup: str) -> str:
    """Render HTML as text: paragraphs separated by a blank line, list items as ``* item``."""
    markup = _CONTROL.sub(" ", markup)
    try:
        rendered = get_text(markup)
    except (ValueError, etree.LxmlError):
        # Markup lxml cannot parse at all: dropping the tags still leaves the words.
        rendered = html.unescape(_ANY_TAG.sub(" ", markup))
    return tidy_lines(rendered)


def tidy_lines(text: str) -> str:
    """Strip each line, flatten bullets to ``* ``, and keep at most one blank line in a row."""
    lines = [_tidy_line(line) for line in text.replace("\xa0", " ").splitlines()]
    return _BLANK_RUN.sub("\n\n", "\n".join(lines)).strip()


def _tidy_line(line: str) -> str:
    stripped = line.strip()
    # Only an indented glyph is a rendered bullet; prose may start with "o " or "- ".
    if stripped[:2] in _NESTED_BULLETS and line[:1].isspace():
        return "* " + stripped[2:].lstrip()
    return stripped
