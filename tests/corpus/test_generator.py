"""The corpus generator: deterministic, complete, and true to its own ground truth."""

from __future__ import annotations

import io
import itertools
import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import orjson
import pytest

from jobsift.corpus import GeneratedPosting, generate, write_jsonl, write_text
from jobsift.corpus.generator import text_block
from jobsift.corpus.vocabulary import LANGUAGES

COUNT = 2000


@pytest.fixture(scope="module")
def postings() -> list[GeneratedPosting]:
    return list(generate(COUNT, seed=11))


@pytest.fixture(scope="module")
def by_id(postings: list[GeneratedPosting]) -> dict[str, GeneratedPosting]:
    return {posting.record["id"]: posting for posting in postings}


def _jsonl(count: int, seed: int) -> bytes:
    stream = io.BytesIO()
    write_jsonl(stream, count, seed=seed)
    return stream.getvalue()


def test_same_seed_gives_identical_bytes() -> None:
    assert _jsonl(300, seed=7) == _jsonl(300, seed=7)


def test_different_seed_gives_different_postings() -> None:
    assert _jsonl(300, seed=7) != _jsonl(300, seed=8)


def test_output_does_not_depend_on_the_hash_seed() -> None:
    """Same bytes in fresh interpreters with different string hashing (another "machine")."""
    script = (
        "import hashlib, io; from jobsift.corpus import write_jsonl; b = io.BytesIO(); "
        "write_jsonl(b, 200, seed=9); print(hashlib.sha256(b.getvalue()).hexdigest())"
    )
    digests = {
        subprocess.run(
            [sys.executable, "-c", script],
            env={**os.environ, "PYTHONHASHSEED": hash_seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for hash_seed in ("1", "2")
    }
    assert len(digests) == 1


def test_text_streams_are_written_through_their_buffer() -> None:
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="utf-8")
    write_jsonl(stream, 20, seed=7)
    stream.flush()
    assert raw.getvalue() == _jsonl(20, seed=7)


def test_truth_file_matches_records(tmp_path: Path) -> None:
    records, truth = tmp_path / "records.jsonl", tmp_path / "truth.jsonl"
    write_jsonl(records, 50, seed=3, truth_path=truth)
    record_ids = [orjson.loads(line)["id"] for line in records.read_bytes().splitlines()]
    truth_ids = [orjson.loads(line)["id"] for line in truth.read_bytes().splitlines()]
    assert record_ids == truth_ids == [f"gen-{n:06d}" for n in range(1, 51)]


@pytest.mark.parametrize("count", [0, 1, 137])
def test_count_is_honoured_with_sequential_ids(count: int) -> None:
    ids = [posting.record["id"] for posting in generate(count, seed=1)]
    assert ids == [f"gen-{n:06d}" for n in range(1, count + 1)]


def test_ids_widen_for_large_counts() -> None:
    first = next(generate(1_000_000, seed=1))
    assert first.record["id"] == "gen-0000001"


def test_bad_arguments_are_refused() -> None:
    with pytest.raises(ValueError, match="count"):
        generate(-1)
    with pytest.raises(ValueError, match="duplicate_rate"):
        generate(10, duplicate_rate=1.5)


def test_every_language_is_present_and_english_leads(postings: list[GeneratedPosting]) -> None:
    languages = [posting.truth["language"] for posting in postings]
    assert set(languages) == set(LANGUAGES)
    assert 0.33 < languages.count("en") / len(languages) < 0.47


def test_records_carry_the_declared_fields(postings: list[GeneratedPosting]) -> None:
    for posting in postings:
        record = posting.record
        for field in ("title", "company", "location", "description", "url"):
            assert isinstance(record[field], str), (field, record)
            assert record[field].strip(), (field, record)
        assert record["url"].startswith("https://")
        date.fromisoformat(record["date_posted"])


def test_truth_is_complete(postings: list[GeneratedPosting]) -> None:
    for posting in postings:
        truth = posting.truth
        assert truth["country"]
        assert truth["occupation"]
        assert truth["title"]
        assert truth["employment_type"] in {
            "FULL_TIME",
            "PART_TIME",
            "CONTRACTOR",
            "TEMPORARY",
            "INTERN",
        }
        assert truth["work_mode"] in {"remote", "hybrid", "onsite", None}
        assert truth["seniority"] in {
            "intern",
            "junior",
            "mid",
            "senior",
            "lead",
            "principal",
            "executive",
            None,
        }
        assert truth["skills_required"], truth
        assert (truth["city"] is None) == (truth["region"] is None)


def test_skills_are_written_in_the_text(postings: list[GeneratedPosting]) -> None:
    for posting in postings:
        text = posting.record["description"].casefold()
        for skill in posting.truth["skills_required"] + posting.truth["skills_preferred"]:
            assert skill.casefold() in text, (skill, posting.record["id"])


def test_title_and_company_are_the_truth(postings: list[GeneratedPosting]) -> None:
    for posting in postings:
        truth, record = posting.truth, posting.record
        assert record["title"].startswith(truth["title"])
        if truth["edit"] != "agency repost":
            assert record["company"] == truth["company"]
        else:
            assert truth["company"] in record["description"]


def test_experience_is_written_in_the_text(postings: list[GeneratedPosting]) -> None:
    for posting in postings:
        years = posting.truth["experience_years"]
        if years is not None:
            assert str(years) in posting.record["description"]


def test_salary_truth_matches_what_is_written(postings: list[GeneratedPosting]) -> None:
    salaried = [p for p in postings if p.truth["salary"] is not None]
    assert 0.4 < len(salaried) / len(postings) < 0.8
    for posting in salaried:
        truth, text = posting.truth, posting.truth["salary_text"]
        assert text in posting.record["description"]
        assert posting.record.get("salary", text) == text
        salary = truth["salary"]
        assert salary["currency"] in {"EUR", "GBP", "USD", "CAD", "CHF", "PLN", "BRL"}
        assert salary["period"] in {"YEAR", "MONTH", "HOUR"}
        written = [value for value in (salary["min"], salary["max"]) if value is not None]
        if salary["min"] == salary["max"]:
            written = written[:1]
        assert _amounts(text, salary["period"]) == written, text


def test_currencies_follow_the_country(postings: list[GeneratedPosting]) -> None:
    expected = {"PL": "PLN", "BR": "BRL", "GB": "GBP", "US": "USD", "CH": "CHF", "DE": "EUR"}
    for posting in postings:
        salary = posting.truth["salary"]
        if salary and posting.truth["country"] in expected:
            assert salary["currency"] == expected[posting.truth["country"]]


def test_reposts_follow_an_earlier_original_with_similar_text(
    postings: list[GeneratedPosting], by_id: dict[str, GeneratedPosting]
) -> None:
    reposts = [p for p in postings if p.truth["cluster"] != p.truth["id"]]
    assert 0.2 < len(reposts) / len(postings) < 0.4
    edits = {p.truth["edit"] for p in reposts}
    assert edits == {
        "reordered sections",
        "reordered bullets",
        "changed boilerplate",
        "small wording edit",
        "agency repost",
    }
    for repost in reposts:
        original = by_id[repost.truth["cluster"]]
        assert original.truth["cluster"] == original.truth["id"]
        assert original.truth["id"] < repost.truth["id"]
        assert repost.record["url"] != original.record["url"]
        assert repost.record["description"] != original.record["description"]
        assert repost.record["date_posted"] > original.record["date_posted"]
        assert _jaccard(original.record["description"], repost.record["description"]) > 0.5
        same = {k: v for k, v in repost.truth.items() if k not in ("id", "edit")}
        assert same == {k: v for k, v in original.truth.items() if k not in ("id", "edit")}


def test_originals_are_not_near_duplicates_of_each_other(
    postings: list[GeneratedPosting],
) -> None:
    originals = [p for p in postings if p.truth["edit"] is None][:300]
    for first, second in itertools.pairwise(originals):
        assert _jaccard(first.record["description"], second.record["description"]) < 0.7


def test_no_duplicates_when_the_rate_is_zero() -> None:
    assert all(p.truth["edit"] is None for p in generate(300, seed=2, duplicate_rate=0.0))


def test_word_counts_span_short_to_long(postings: list[GeneratedPosting]) -> None:
    counts = [len(p.record["description"].split()) for p in postings]
    assert min(counts) >= 45
    assert max(counts) <= 800
    assert any(count < 70 for count in counts)
    assert any(count > 450 for count in counts)


def test_descriptions_have_no_blank_line_inside_a_section(
    postings: list[GeneratedPosting],
) -> None:
    for posting in postings:
        description = posting.record["description"]
        assert "\n\n\n" not in description
        assert description == description.strip()
        for block in description.split("\n\n"):
            assert all(line.strip() for line in block.split("\n")), block


def test_write_text_separates_postings_with_one_blank_line(tmp_path: Path) -> None:
    path = tmp_path / "pasted.txt"
    write_text(path, 40, seed=5)
    text = path.read_text(encoding="utf-8")
    records = [posting.record for posting in generate(40, seed=5)]
    assert text == "\n".join(text_block(record) for record in records)
    assert "\n\n\n" not in text
    for record in records:
        head = f"{record['title']}\n{record['company']} — {record['location']}\n"
        assert text.startswith(head) or f"\n\n{head}" in text


def _amounts(text: str, period: str) -> list[int | float]:
    """Numbers in a salary as written: "60.000", "45 000", "8.000,00", "60k", "22.50"."""
    values: list[int | float] = []
    for digits, thousands in _NUMBER.findall(text):
        cleaned = re.sub(r"[\s'\u00a0\u202f]", "", digits)
        decimals = re.search(r"[.,](\d{2})$", cleaned)
        whole = cleaned[: decimals.start()] if decimals else cleaned
        value: float = int(re.sub(r"[.,]", "", whole)) + (int(decimals[1]) / 100 if decimals else 0)
        # "45-55 K€": a yearly amount under a thousand is in thousands.
        if thousands or (period == "YEAR" and value < 1000):
            value *= 1000
        values.append(int(value) if value == int(value) else value)
    return values


_NUMBER = re.compile(r"(?<![A-Za-z\d])(\d[\d.,'\u00a0\u202f ]*\d|\d)(\s?[kK](?![a-zA-Z]))?")


def _jaccard(first: str, second: str) -> float:
    a, b = set(first.split()), set(second.split())
    return len(a & b) / len(a | b)
