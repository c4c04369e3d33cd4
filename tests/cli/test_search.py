"""jobsift search, reindex and delete through the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jobsift.cli.app import app

POSTINGS = (
    "Senior Kotlin Developer at Tideway in Berlin, remote, Spring Boot and PostgreSQL.\n"
    "Krankenpfleger (m/w/d) in München, Vollzeit, Pflege auf der Intensivstation.\n"
)


@pytest.fixture
def runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("JOBSIFT_DATABASE_URL", f"sqlite:///{tmp_path / 'cli.db'}")
    monkeypatch.setenv("JOBSIFT_SEMANTIC", "off")  # keyword results, with or without the extra
    monkeypatch.setenv("COLUMNS", "120")
    source = tmp_path / "paste.txt"
    source.write_text(POSTINGS, encoding="utf-8")
    cli = CliRunner()
    assert cli.invoke(app, ["ingest", str(source), "--quiet"]).exit_code == 0
    return cli


def search(runner: CliRunner, *args: str) -> dict[str, object]:
    result = runner.invoke(app, ["search", *args, "--json"])
    assert result.exit_code == 0, result.output
    found: dict[str, object] = json.loads(result.stdout)
    return found


def test_search_json_is_the_apis_shape_and_says_how_the_query_was_read(
    runner: CliRunner,
) -> None:
    found = search(runner, "senior kotlin remote")
    assert found["total"] == 1
    assert set(found) >= {"hits", "facets", "next_cursor", "query", "filters", "broadened"}
    query = found["query"]
    assert isinstance(query, dict)
    assert query["text"] == "kotlin"
    assert {(r["field"], r["value"]) for r in query["readings"]} == {
        ("seniority", "senior"),
        ("work_mode", "remote"),
    }


def test_filters_and_table_output(runner: CliRunner) -> None:
    assert search(runner, "--country", "de", "--employment-type", "full_time")["total"] == 1
    table = runner.invoke(app, ["search", "pflege"])
    assert table.exit_code == 0
    assert "Krankenpfleger" in table.stdout
    assert "1 results" in table.stdout


def test_usage_errors_exit_2(runner: CliRunner) -> None:
    assert runner.invoke(app, ["search", "x", "--sort", "colour"]).exit_code == 2
    assert runner.invoke(app, ["search", "x", "--mode", "magic"]).exit_code == 2
    assert runner.invoke(app, ["search", "x", "--posted-from", "yesterday"]).exit_code == 2


def test_reindex_then_delete(runner: CliRunner) -> None:
    rebuilt = runner.invoke(app, ["reindex"])
    assert rebuilt.exit_code == 0
    assert "indexed 2 postings (2 from stored extractions, 0 newly extracted)" in rebuilt.output
    hit = search(runner, "kotlin")["hits"]
    assert isinstance(hit, list)
    deleted = runner.invoke(app, ["delete", hit[0]["id"][:12]])
    assert deleted.exit_code == 0
    assert search(runner, "kotlin")["total"] == 0
    assert runner.invoke(app, ["delete", hit[0]["id"]]).exit_code == 1
