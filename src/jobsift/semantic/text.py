"""What of a posting is embedded.

The title and the first ``WORDS`` words of the text.  The title and the opening say what the job
is; what follows is mostly duties, benefits, the company's blurb and legal boilerplate, which an
averaging encoder (USE is a deep averaging network) would blend into one vector that every
posting shares, so more text makes postings look *more* alike, not better described.  The
encoder was trained on sentence- to paragraph-length inputs, and its cost grows with the number
of tokens.  The full text stays searchable by keyword: fusion brings the two together.
"""

from __future__ import annotations

#: Words of the posting text embedded after the title.
WORDS = 100


def posting_text(title: str, text: str, *, words: int = WORDS) -> str:
    """The text to embed for a posting: its title, then the first ``words`` words of its text."""
    head = " ".join(text.split()[:words])
    title = " ".join(title.split())
    if not title:
        return head
    if not head:
        return title
    return f"{title}. {head}"
