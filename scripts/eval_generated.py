"""Field accuracy of extraction on postings from our own generator, by language.

    python scripts/eval_generated.py --count 800 --seed 11

The generator (jobsift.corpus) writes each posting's truth: title, seniority, company, place,
work mode, employment type, salary, years of experience, skills.  Only the description is
given to the extractor (what a pasted posting gives).  The generator and the extractor are
written by the same team, so this is an in-house check that catches regressions across eight
languages, not a measure of quality on real postings (for that, see `jobsift eval`).
"""

from __future__ import annotations

import argparse
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

from jobsift.corpus.generator import generate
from jobsift.extract.company import normalize_company
from jobsift.extract.extraction import Extraction
from jobsift.extract.pipeline import Extractor
from jobsift.extract.title import clean_title

LANGUAGES = ("en", "de", "fr", "es", "pt", "pl", "it", "nl")
Check = Callable[[dict[str, Any], Extraction, Extractor], Iterator[bool]]


def _fold(text: str | None) -> str | None:
    if text is None:
        return None
    decomposed = unicodedata.normalize("NFKD", text.replace("ł", "l").replace("Ł", "L"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _value(found: Any) -> Any:
    return found.value if found is not None else None


def _title(truth: dict[str, Any], found: Extraction, _: Extractor) -> Iterator[bool]:
    stated = found.title if found.title and found.title.basis == "stated" else None
    yield _value(stated) == clean_title(truth["title"])


def _seniority(truth: dict[str, Any], found: Extraction, _: Extractor) -> Iterator[bool]:
    yield _value(found.seniority) == truth["seniority"]


def _company(truth: dict[str, Any], found: Extraction, _: Extractor) -> Iterator[bool]:
    yield _fold(_value(found.company)) == _fold(normalize_company(truth["company"]))


def _country(truth: dict[str, Any], found: Extraction, _: Extractor) -> Iterator[bool]:
    first = found.locations[0].value.country if found.locations else None
    yield first == truth["country"]


def _work_mode(truth: dict[str, Any], found: Extraction, _: Extractor) -> Iterator[bool]:
    yield _value(found.work_mode) == truth["work_mode"]


def _employment(truth: dict[str, Any], found: Extraction, _: Extractor) -> Iterator[bool]:
    if truth["employment_type"]:  # the generator always has one; the text may not say it
        yield truth["employment_type"] in [value.value for value in found.employment_types]


def _salary(truth: dict[str, Any], found: Extraction, _: Extractor) -> Iterator[bool]:
    want = truth["salary"]
    if want:
        got = found.salary.value if found.salary else None
        yield got is not None and (got.minimum, got.maximum, got.currency, got.period) == (
            want["min"],
            want["max"],
            want["currency"],
            want["period"],
        )


def _experience(truth: dict[str, Any], found: Extraction, _: Extractor) -> Iterator[bool]:
    if truth["experience_years"] is not None:
        yield _value(found.experience) is not None and (
            found.experience is not None
            and found.experience.value.min_years == truth["experience_years"]
        )


def _skills(truth: dict[str, Any], found: Extraction, extractor: Extractor) -> Iterator[bool]:
    names = {name.casefold() for value in found.skills for name in extractor.skills.names(value)}
    for skill in truth["skills_required"] + truth["skills_preferred"]:
        yield skill.casefold() in names


CHECKS: dict[str, Check] = {
    "title": _title,
    "seniority": _seniority,
    "company": _company,
    "country": _country,
    "work mode": _work_mode,
    "employment type": _employment,
    "salary": _salary,
    "experience": _experience,
    "skills (recall)": _skills,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=800)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    extractor = Extractor.load()
    right: Counter[tuple[str, str]] = Counter()
    seen: Counter[tuple[str, str]] = Counter()
    for posting in generate(args.count, seed=args.seed, duplicate_rate=0.0):
        truth = posting.truth
        found = extractor.extract(posting.record["description"])
        for name, check in CHECKS.items():
            for ok in check(truth, found, extractor):
                seen[name, truth["language"]] += 1
                right[name, truth["language"]] += ok
    print("| field | " + " | ".join(LANGUAGES) + " |")
    print("|---" * (len(LANGUAGES) + 1) + "|")
    for name in CHECKS:
        cells = [
            f"{right[name, lang] / seen[name, lang]:.2f}" if seen[name, lang] else "-"
            for lang in LANGUAGES
        ]
        print(f"| {name} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
