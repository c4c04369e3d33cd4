"""``jobsift dedupe`` through the command line (on its own Typer app until the coordinator
registers it on ``jobsift.cli.app``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from jobsift.cli import dedupe as dedupe_cli
from jobsift.corpus.generator import write_jsonl
from jobsift.store import SqlitePostingStore


def _app() -> typer.Typer:
    from jobsift.cli.app import app

    registered = {command.name for command in app.registered_commands}
    if "dedupe" in registered:
        return app
    alone = typer.Typer()
    alone.command("dedupe")(dedupe_cli.dedupe)
    alone.command("unused")(lambda: None)  # two commands: Typer keeps the name on the line
    return alone


@pytest.fixture
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "cli.db"
    monkeypatch.setenv("JOBSIFT_DATABASE_URL", f"sqlite:///{path}")
    monkeypatch.setenv("JOBSIFT_SEMANTIC", "off")
    source = tmp_path / "postings.jsonl"
    write_jsonl(source, 300, seed=3, duplicate_rate=0.4)
    from jobsift.engine import Engine
    from jobsift.settings import Settings

    with Engine(Settings(database_url=f"sqlite:///{path}", index_on_ingest=False)) as engine:
        engine.ingest([str(source)])
    return path


def test_dedupe_json_reports_the_clusters_it_wrote(database: Path) -> None:
    result = CliRunner().invoke(_app(), ["dedupe", "--json", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert set(report) >= {"postings", "clusters", "duplicates", "seconds", "stages"}
    assert 250 < report["postings"] <= 300  # reposts left unedited are stored once
    assert report["clusters"] > 20
    with SqlitePostingStore(database) as store:
        heads = {head for _, head in store.canonical_ids()}
        assert len(heads) == report["postings"] - report["duplicates"]


def test_dedupe_summary_line(database: Path) -> None:
    result = CliRunner().invoke(_app(), ["dedupe"])
    assert result.exit_code == 0, result.output
    assert "clusters of duplicates" in result.output
