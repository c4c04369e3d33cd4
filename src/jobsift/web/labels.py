"""Words the pages show for jobsift's field names and values."""

from __future__ import annotations

from typing import Any

FIELD_LABELS: dict[str, str] = {
    "skill": "Skill",
    "skills": "Skill",
    "occupation": "Occupation",
    "seniority": "Seniority",
    "work_mode": "Work mode",
    "country": "Country",
    "city": "City",
    "company": "Company",
    "employment_type": "Employment type",
    "employment_types": "Employment type",
    "language": "Language",
    "languages": "Spoken language",
    "currency": "Currency",
    "title": "Title",
    "locations": "Location",
    "remote_region": "Remote region",
    "salary": "Salary",
    "experience": "Experience",
    "education": "Education",
    "industry": "Industry",
    "salary_min": "Salary at least",
    "salary_max": "Salary at most",
    "posted_from": "Posted from",
    "posted_to": "Posted until",
    "posted": "Posted",
}


def field_label(name: str) -> str:
    return FIELD_LABELS.get(name, name.replace("_", " ").capitalize())


def salary_text(salary: dict[str, Any] | None) -> str:
    """{"minimum": 50000, "maximum": 60000, "currency": "EUR", "period": "YEAR"} ->
    "EUR 50,000–60,000 a year"."""
    if not salary:
        return ""
    low, high = salary.get("minimum"), salary.get("maximum")
    amounts = [f"{value:,.0f}" for value in (low, high) if value is not None]
    if len(amounts) == 2 and amounts[0] == amounts[1]:
        amounts = amounts[:1]
    period = str(salary.get("period") or "").lower()
    parts = [str(salary.get("currency") or ""), "–".join(amounts)]
    text = " ".join(part for part in parts if part)
    return f"{text} a {period}" if period else text


def value_text(value: Any) -> str:
    """One extracted value as words: a label, a place, a salary, a range of years."""
    if isinstance(value, dict):
        return _dict_text(value)
    if isinstance(value, list):
        return ", ".join(value_text(item) for item in value)
    return "" if value is None else str(value)


def _dict_text(value: dict[str, Any]) -> str:
    if "label" in value:
        return str(value["label"])
    if "currency" in value or "minimum" in value:
        return salary_text(value)
    if "min_years" in value:
        low, high = value.get("min_years"), value.get("max_years")
        if low is not None and high is not None:
            return f"{low:g}–{high:g} years"
        return f"{low:g}+ years" if low is not None else f"up to {high:g} years"
    if "country" in value or "city" in value:
        parts = [value.get("city"), value.get("region"), value.get("country")]
        return ", ".join(str(part) for part in parts if part)
    return ", ".join(f"{key}: {item}" for key, item in value.items() if item is not None)
