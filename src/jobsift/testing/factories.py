"""Small builders for tests: a ``RawPosting`` with sensible defaults."""

from __future__ import annotations

from jobsift.model import Declared, RawPosting, SourceRef


def raw_posting(
    text: str = "Backend Engineer for a payments team in Lisbon.",
    *,
    uri: str = "/data/postings.txt",
    locator: str = "line 1",
    fmt: str = "text",
    url: str | None = None,
    declared: Declared | None = None,
) -> RawPosting:
    return RawPosting(
        text=text,
        source=SourceRef(uri=uri, locator=locator, format=fmt, url=url),
        declared=declared or Declared(),
    )


def raw_postings(count: int, *, uri: str = "/data/many.txt") -> list[RawPosting]:
    return [
        raw_posting(f"Posting number {n}: Data Engineer in Gdańsk.", uri=uri, locator=f"line {n}")
        for n in range(1, count + 1)
    ]
