"""What the search index keeps of a posting: ``IndexDoc``, built from the stored posting and
its extraction (the JSON ``Extraction.to_dict`` gives)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from jobsift.model import Posting

#: Working hours and pay periods in a year, to put every salary on one (yearly) scale for
#: filtering and sorting.  Conventions differ (13th-month pay, 35- or 40-hour weeks); these are
#: the common full-time ones, and the card keeps the salary as stated.
YEARLY = {"YEAR": 1.0, "MONTH": 12.0, "WEEK": 52.0, "DAY": 260.0, "HOUR": 2080.0}
#: Skills shown on a result card; all of them are indexed.
CARD_SKILLS = 12


@dataclass(frozen=True, slots=True)
class IndexDoc:
    id: str
    text: str
    title: str = ""
    language: str = ""
    skills: tuple[tuple[str, str], ...] = ()  # (id, label)
    occupation: tuple[str, str] | None = None  # (ESCO uri, label)
    seniority: str = ""
    work_mode: str = ""
    countries: tuple[str, ...] = ()
    cities: tuple[str, ...] = ()
    company: str = ""
    employment_types: tuple[str, ...] = ()
    salary_min: float | None = None  # yearly
    salary_max: float | None = None
    currency: str = ""
    posted: date = date(1970, 1, 1)
    card: dict[str, Any] = field(default_factory=dict)
    #: The id of the canonical posting of its duplicate cluster ("" when it is its own).
    canonical: str = ""
    #: How many other postings its cluster holds (shown on a canonical's card only).
    duplicates: int = 0

    @property
    def is_duplicate(self) -> bool:
        return bool(self.canonical) and self.canonical != self.id


def index_doc(
    posting: Posting, extraction: dict[str, Any], *, canonical: str = "", duplicates: int = 0
) -> IndexDoc:
    """The index document of a stored posting and its extraction; ``canonical`` and
    ``duplicates`` place it in its duplicate cluster (see ``jobsift.dedupe``)."""
    title = _value(extraction, "title") or posting.declared.title or ""
    locations = [item["value"] for item in extraction.get("locations") or ()]
    skills = tuple(
        (item["value"]["id"], item["value"]["label"]) for item in extraction.get("skills") or ()
    )
    occupation = _value(extraction, "occupation")
    salary = _value(extraction, "salary")
    low, high, currency = _yearly(salary)
    doc = IndexDoc(
        id=posting.id,
        text=posting.text,
        title=title,
        language=_value(extraction, "language") or "",
        skills=skills,
        occupation=(occupation["uri"], occupation["label"]) if occupation else None,
        seniority=_value(extraction, "seniority") or "",
        work_mode=_value(extraction, "work_mode") or "",
        countries=_distinct(place.get("country") for place in locations),
        cities=_distinct(place.get("city") for place in locations),
        company=_value(extraction, "company") or posting.declared.company or "",
        employment_types=tuple(item["value"] for item in extraction.get("employment_types") or ()),
        salary_min=low,
        salary_max=high,
        currency=currency,
        posted=_posted(posting),
        canonical=canonical if canonical != posting.id else "",
        duplicates=duplicates,
    )
    return _with_card(doc, locations, salary)


def _with_card(doc: IndexDoc, locations: list[dict[str, Any]], salary: Any) -> IndexDoc:
    card = {
        "title": doc.title,
        "company": doc.company or None,
        "locations": [_place_label(place) for place in locations],
        "work_mode": doc.work_mode or None,
        "seniority": doc.seniority or None,
        "employment_types": list(doc.employment_types),
        "salary": salary,
        "skills": [label for _, label in doc.skills[:CARD_SKILLS]],
        "occupation": doc.occupation[1] if doc.occupation else None,
        "language": doc.language or None,
        "posted": doc.posted.isoformat(),
        # "Also posted at N places": the cluster's other postings (0 on a duplicate's card).
        "also_posted": 0 if doc.is_duplicate else doc.duplicates,
        "canonical": doc.canonical or doc.id,
    }
    return replace(doc, card=card)


def _value(extraction: dict[str, Any], name: str) -> Any:
    found = extraction.get(name)
    return found["value"] if found else None


def _distinct(values: Any) -> tuple[str, ...]:
    return tuple(dict.fromkeys(value for value in values if value))


def _yearly(salary: dict[str, Any] | None) -> tuple[float | None, float | None, str]:
    if not salary:
        return None, None, ""
    factor = YEARLY.get(salary.get("period") or "YEAR", 1.0)
    low, high = salary.get("minimum"), salary.get("maximum")
    low = low if low is not None else high
    high = high if high is not None else low
    if low is None or high is None:
        return None, None, salary.get("currency") or ""
    return low * factor, high * factor, salary.get("currency") or ""


def _posted(posting: Posting) -> date:
    """The date the source says the job was posted, else the day jobsift first saw it."""
    stated = posting.declared.date_posted
    if stated:
        try:
            return date.fromisoformat(stated[:10])
        except ValueError:
            pass
    return posting.first_seen.date()


def _place_label(place: dict[str, Any]) -> str:
    parts = [place.get("city"), place.get("region") if not place.get("city") else None]
    named = ", ".join(part for part in parts if part)
    country = place.get("country")
    return f"{named}, {country}" if named and country else named or country or ""
