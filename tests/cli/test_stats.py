"""jobsift stats and its analytics subcommands, in each output format."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import duckdb
import pytest
from tests.analytics.builders import Job, store_jobs
from typer.testing import CliRunner

from jobsift.cli import stats
from jobsift.store import open_store

JOBS = [
    Job(("tech:python", "tech:sql"), posted="2025-02-05", salary=(60000.0, 80000.0, "EUR", "YEAR")),
    Job(("tech:python", "esco:skill/1a2b"), posted="2025-03-05"),
    Job(("tech:python",), country="FR", city="Paris", posted="2025-03-06"),
    Job(("tech:sql",), posted="2025-02-07"),
]  # fmt: skip


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("JOBSIFT_SEMANTIC", "off")
    monkeypatch.setenv("COLUMNS", "160")
    path = tmp_path / "cli.db"
    with open_store(str(path)) as store:
        store_jobs(store, JOBS)
    return str(path)


def run(*args: str) -> str:
    result = CliRunner().invoke(stats.app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_without_a_subcommand_it_counts_what_is_stored(db: str) -> None:
    assert json.loads(run("--db", db, "--json"))["postings"] == 4


def test_skills_as_a_table(db: str) -> None:
    out = run("skills", "--db", db, "--by", "month", "--country", "DE")
    lines = out.splitlines()
    # group_label only repeats the month here, so the table leaves it out.
    assert lines[0].split() == [
        "group", "skill_id", "label", "clusters", "group_clusters", "share",
    ]  # fmt: skip
    assert any(line.split()[:2] == ["2025-02", "tech:sql"] for line in lines)


def test_a_table_names_the_group_and_keeps_long_ids_whole(db: str) -> None:
    out = run("skills", "--db", db, "--by", "occupation")
    assert out.splitlines()[0].split()[:3] == ["group", "group_label", "skill_id"]
    assert "esco:skill/1a2b" in out


def test_skills_as_csv(db: str) -> None:
    rows = list(csv.DictReader(io.StringIO(run("skills", "--db", db, "--format", "csv"))))
    assert rows[0]["skill_id"] == "tech:python"
    assert (rows[0]["clusters"], rows[0]["group_clusters"], rows[0]["share"]) == ("3", "4", "0.75")


def test_skills_as_json_is_the_apis_page(db: str) -> None:
    page = json.loads(run("skills", "--db", db, "--format", "json", "--skill", "tech:sql"))
    assert set(page) == {"by", "clusters", "rows"}
    assert [(r["skill_id"], r["clusters"]) for r in page["rows"]] == [("tech:sql", 2)]


def test_skills_as_parquet(db: str, tmp_path: Path) -> None:
    out = tmp_path / "skills.parquet"
    run("skills", "--db", db, "--by", "country", "--format", "parquet", "--output", str(out))
    rows = duckdb.sql(f"SELECT \"group\", skill_id, clusters FROM '{out}'").fetchall()
    assert ("FR", "tech:python", 1) in rows
    types = dict(duckdb.sql(f"DESCRIBE SELECT * FROM '{out}'").fetchall()[i][:2] for i in range(7))
    assert (types["clusters"], types["share"]) == ("BIGINT", "DOUBLE")


def test_output_to_a_file(db: str, tmp_path: Path) -> None:
    out = tmp_path / "skills.csv"
    assert run("skills", "--db", db, "-f", "csv", "-o", str(out)) == ""
    assert out.read_text("utf-8").startswith("group,group_label,skill_id")


def test_cooccurring_rising_and_salaries(db: str) -> None:
    co = json.loads(run("cooccurring", "esco:skill/1a2b", "--db", db, "-f", "json"))
    assert [r["skill_id"] for r in co["rows"]] == ["tech:python"]
    up = json.loads(run("rising", "--db", db, "--min-count", "1", "-f", "json"))
    assert (up["current"], up["previous"]) == ("2025-03", "2025-02")
    pay = list(csv.DictReader(io.StringIO(run("salaries", "--db", db, "-f", "csv"))))
    assert {(r["group"], r["currency"], r["median"]) for r in pay} == {
        ("tech:python", "EUR", "70000.0"), ("tech:sql", "EUR", "70000.0"),
    }  # fmt: skip
    table = run("salaries", "--db", db, "--by", "occupation", "--skill", "tech:python")
    assert "occ:developer" in table
    assert "70,000" in table


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["skills", "--format", "parquet"], "needs a file"),
        (["skills", "--format", "xml"], "unknown format"),
        (["skills", "--by", "year"], "--by"),
        (["skills", "--since", "2025-04-01", "--until", "2025-01-01"], "after"),
        (["cooccurring", "tech:cobol"], "tech:cobol"),
        (["rising", "--current", "March"], "YYYY-MM"),
    ],
)
def test_bad_options_exit_2_with_a_message(db: str, args: list[str], message: str) -> None:
    result = CliRunner().invoke(stats.app, [*args, "--db", db])
    assert result.exit_code == 2, result.output
    assert message in result.stderr
