"""``jobsift eval seed``: field accuracy on the eleven hand-labelled sample postings.

The gold file gives, per posting, its line range in ``seed_postings.txt`` and what a careful
reader extracts.  Each posting is cut out by its line range (splitting is measured by the
ingest tests) and extracted; a field is right when it agrees with the gold value:

* title: equal ignoring case; a gold ``null`` wants an inferred title (basis ``inferred:...``);
* seniority: one of the gold list's acceptable answers (``null`` = not stated);
* company, work mode: equal ignoring case (``null`` = none found);
* locations: the same number of places, each gold place matched on country, city and region
  where the gold gives them (accents and case ignored);
* industry: the gold text is free ("music streaming / media"); ours is an id from a closed
  list; right when a word of ours shares its first five letters with a word of the gold's, or
  when both are null.  A gold ``null`` industry is reported, not counted: the gold leaves
  industry out where the text hints one without stating it;
* skills: every gold skill found (recall; more is allowed), a gold name matching any label or
  alias of a found concept;
* sections: every gold section heading found as a section of that kind.
"""

from __future__ import annotations

import time
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from jobsift.evaluation.base import EvalDataError, EvalResult, Metric
from jobsift.extract.extraction import Extraction
from jobsift.extract.pipeline import Extractor
from jobsift.extract.types import Location, Value

FIELDS = (
    "title",
    "seniority",
    "company",
    "locations",
    "work_mode",
    "industry",
    "skills",
    "sections",
)
_SECTION_KINDS = {
    "responsibilities": "responsibilities",
    "requirements": "requirements",
    "nice to have": "nice_to_have",
    "benefits": "benefits",
}


@dataclass(frozen=True, slots=True)
class Check:
    """One field of one posting: right or not, and what was found, for the report."""

    n: int
    field: str
    right: bool | None  # None: not counted (see the module notes)
    found: str
    gold: str


def run(data: Path, extractor: Extractor | None = None) -> EvalResult:
    """Scores ``extractor`` (the packaged one by default) on the samples under ``data``."""
    postings, gold = _read(data)
    extractor = extractor or Extractor.load()
    started = time.perf_counter()
    checks = [
        check
        for record in gold
        for check in score(record, extractor.extract(_cut(postings, record)), extractor)
    ]
    seconds = time.perf_counter() - started
    return EvalResult(
        name="seed",
        metrics=_metrics(checks),
        count=len(gold),
        seconds=round(seconds, 3),
        notes=tuple(_note(check) for check in checks if check.right is False),
    )


def _read(data: Path) -> tuple[list[str], list[dict[str, Any]]]:
    for folder in (data, data / "samples", data.parent / "samples"):
        text, gold = folder / "seed_postings.txt", folder / "seed_gold.jsonl"
        if text.is_file() and gold.is_file():
            lines = text.read_text(encoding="utf-8").splitlines()
            records = [orjson.loads(line) for line in gold.read_bytes().splitlines() if line]
            return lines, records
    raise EvalDataError(
        f"no seed_postings.txt and seed_gold.jsonl in {data} or its samples/ folder",
        hint="pass --data with the folder holding the samples, e.g. ../shared/samples",
    )


def _cut(lines: list[str], record: dict[str, Any]) -> str:
    first, last = record["lines"]
    return "\n".join(lines[first - 1 : last])


def score(record: dict[str, Any], found: Extraction, extractor: Extractor) -> list[Check]:
    """The checks of one gold record against one extraction."""
    n = record["n"]
    checkers: dict[str, Callable[[], tuple[bool | None, str]]] = {
        "title": lambda: _title(record["title"], found.title),
        "seniority": lambda: _seniority(record["seniority"], found),
        "company": lambda: _equal(record["company"], found.company),
        "locations": lambda: _locations(record["locations"], found.locations),
        "work_mode": lambda: _equal(record["work_mode"], found.work_mode),
        "industry": lambda: _industry(record["industry"], found.industry),
        "skills": lambda: _skills(record["skills"], found, extractor),
        "sections": lambda: _sections(record.get("sections", []), found),
    }
    checks = []
    for name in FIELDS:
        right, shown = checkers[name]()
        checks.append(Check(n, name, right, shown, _show_gold(record.get(name))))
    return checks


def _fold(text: str | None) -> str:
    if text is None:
        return ""
    decomposed = unicodedata.normalize("NFKD", text.replace("ł", "l").replace("Ł", "L"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


def _title(gold: str | None, found: Value[str] | None) -> tuple[bool, str]:
    shown = f"{found.value} ({found.basis})" if found else "null"
    if gold is None:
        return found is not None and found.basis.startswith("inferred"), shown
    return found is not None and _fold(found.value) == _fold(gold), shown


def _seniority(gold: list[str | None], found: Extraction) -> tuple[bool, str]:
    value = found.seniority.value if found.seniority else None
    return value in gold, str(value)


def _equal(gold: str | None, found: Value[Any] | None) -> tuple[bool, str]:
    value = str(found.value) if found else None
    return _fold(value) == _fold(gold), str(value)


def _locations(gold: list[dict[str, Any]], found: Iterable[Value[Location]]) -> tuple[bool, str]:
    places = [value.value for value in found]
    shown = "; ".join(f"{p.city}/{p.region}/{p.country}" for p in places) or "none"
    if len(places) != len(gold):
        return False, shown
    return all(any(_same_place(want, place) for place in places) for want in gold), shown


def _same_place(want: dict[str, Any], place: Location) -> bool:
    for key in ("country", "city", "region"):
        expected = want.get(key)
        if key != "region" and _fold(expected) != _fold(getattr(place, key)):
            return False
        if key == "region" and expected is not None and _fold(expected) != _fold(place.region):
            return False
    return True


def _industry(gold: str | None, found: Value[str] | None) -> tuple[bool | None, str]:
    shown = found.value if found else "null"
    if gold is None:
        return None, shown
    if found is None:
        return False, shown
    ours = {word[:5] for word in _words(found.value)}
    return any(word[:5] in ours for word in _words(gold)), shown


def _words(text: str) -> list[str]:
    cleaned = "".join(c if c.isalnum() else " " for c in text.casefold())
    return [word for word in cleaned.split() if len(word) > 2]


def _skills(gold: list[str], found: Extraction, extractor: Extractor) -> tuple[bool, str]:
    names = {_fold(name) for mention in found.skills for name in extractor.skills.names(mention)}
    missing = [skill for skill in gold if _fold(skill) not in names]
    shown = f"{len(gold) - len(missing)}/{len(gold)}"
    return not missing, shown + (f", missing {', '.join(missing)}" if missing else "")


def _sections(gold: list[str], found: Extraction) -> tuple[bool, str]:
    kinds = {section.kind for section in found.sections}
    wanted = [_SECTION_KINDS.get(heading.casefold(), heading.casefold()) for heading in gold]
    return all(kind in kinds for kind in wanted), ", ".join(sorted(kinds)) or "none"


def _show_gold(value: object) -> str:
    return orjson.dumps(value).decode() if not isinstance(value, str) else value


def _metrics(checks: list[Check]) -> tuple[Metric, ...]:
    metrics = []
    for name in FIELDS:
        counted = [c for c in checks if c.field == name and c.right is not None]
        if counted:
            right = sum(1 for c in counted if c.right)
            metrics.append(Metric("accuracy", round(right / len(counted), 3), subset=name))
    postings = {c.n for c in checks}
    perfect = [n for n in postings if all(c.right is not False for c in checks if c.n == n)]
    metrics.append(Metric("postings all right", round(len(perfect) / len(postings), 3)))
    return tuple(metrics)


def _note(check: Check) -> str:
    return f"posting {check.n} {check.field}: found {check.found}; gold {check.gold}"
