from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from syrupy.assertion import SnapshotAssertion
from typer.testing import CliRunner

from jobsift.cli.app import app
from jobsift.extract import defaults
from jobsift.occupations import OccupationLinker
from jobsift.occupations.semantic import SemanticOccupationLinker
from jobsift.taxonomy import load_taxonomy
from jobsift.testing.fakes import SynonymEmbedder

COMMANDS = (
    "ingest",
    "extract",
    "list",
    "show",
    "export",
    "stats",
    "generate",
    "skills",
    "occupations",
    "eval",
)
POSTINGS = (
    "Senior Site Reliability Engineer keeping a streaming platform fast and available; "
    "Kubernetes, Prometheus and on-call in a small team.\n"
    "Junior Accountant for a family business in Porto, month-end closing and invoicing.\n"
)


@pytest.fixture
def runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("JOBSIFT_DATABASE_URL", f"sqlite:///{tmp_path / 'cli.db'}")
    monkeypatch.setenv("COLUMNS", "100")
    return CliRunner()


@pytest.fixture
def postings_file(tmp_path: Path) -> Path:
    path = tmp_path / "paste.txt"
    path.write_text(POSTINGS, encoding="utf-8")
    return path


def shape(value: Any) -> Any:
    """The JSON shape of a value: keys kept, leaves replaced by their type names."""
    if isinstance(value, dict):
        return {key: shape(item) for key, item in value.items()}
    if isinstance(value, list):
        return [shape(value[0])] if value else []
    return type(value).__name__


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_help_snapshot(runner: CliRunner, snapshot: SnapshotAssertion, command: str | None) -> None:
    args = [command, "--help"] if command else ["--help"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0
    assert result.output == snapshot


def test_ingest_then_reingest(runner: CliRunner, postings_file: Path) -> None:
    first = runner.invoke(app, ["ingest", str(postings_file), "--json"])
    assert first.exit_code == 0, first.output
    report = json.loads(first.stdout)
    assert (report["read"], report["new_postings"]) == (2, 2)
    second = json.loads(runner.invoke(app, ["ingest", str(postings_file), "--json"]).stdout)
    assert (second["new_postings"], second["already_stored"]) == (0, 2)


def test_ingest_json_shape(
    runner: CliRunner, postings_file: Path, snapshot: SnapshotAssertion
) -> None:
    result = runner.invoke(app, ["ingest", str(postings_file), "--json"])
    assert shape(json.loads(result.stdout)) == snapshot


def test_rejected_records_exit_1_and_keep_the_rest(
    runner: CliRunner, postings_file: Path, tmp_path: Path
) -> None:
    binary = tmp_path / "blob.bin"
    binary.write_bytes(b"\x00\x01\x02" * 50)
    result = runner.invoke(app, ["ingest", str(postings_file), str(binary)])
    assert result.exit_code == 1
    assert "blob.bin" in result.stderr
    assert "binary" in result.stderr
    listed = json.loads(runner.invoke(app, ["list", "--json"]).stdout)
    assert len(listed["postings"]) == 2


def test_usage_errors_exit_2(runner: CliRunner, postings_file: Path) -> None:
    assert runner.invoke(app, ["ingest", "does-not-exist.txt"]).exit_code == 2
    assert runner.invoke(app, ["ingest", str(postings_file), "--format", "yaml"]).exit_code == 2
    assert runner.invoke(app, ["ingest", str(postings_file), "--map", "oops"]).exit_code == 2
    assert runner.invoke(app, ["export", "--format", "xml"]).exit_code == 2
    assert runner.invoke(app, ["list", "--limit", "0"]).exit_code == 2
    assert runner.invoke(app, ["frobnicate"]).exit_code == 2


def test_extract_prints_one_object_per_posting_and_stores_nothing(
    runner: CliRunner, postings_file: Path, snapshot: SnapshotAssertion, tmp_path: Path
) -> None:
    result = runner.invoke(app, ["extract", str(postings_file)])
    assert result.exit_code == 0
    objects = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(objects) == 2
    # The extraction's own shape varies with what a posting states: its keys are the contract.
    extraction = objects[0].pop("extraction")
    assert shape(objects[0]) == snapshot
    assert sorted(extraction) == snapshot(name="extraction fields")
    assert sorted(extraction["title"]) == ["basis", "confidence", "spans", "value"]
    assert not (tmp_path / "cli.db").exists()


def test_skills_and_occupations(runner: CliRunner) -> None:
    skills = runner.invoke(app, ["skills", "manage a team of nurses", "--top", "3", "--json"])
    assert skills.exit_code == 0, skills.output
    ranked = json.loads(skills.stdout)
    assert len(ranked) == 3
    assert sorted(ranked[0]) == ["label", "score", "uri"]
    assert ranked[0]["uri"].startswith("http://data.europa.eu/esco/skill/")
    args = ["occupations", "Krankenpfleger (m/w/d)", "--lang", "de", "--json", "--words-only"]
    jobs = runner.invoke(app, args)
    assert jobs.exit_code == 0, jobs.output
    assert "Krankenpfleger" in json.loads(jobs.stdout)[0]["label"]
    table = runner.invoke(app, ["occupations", "data scientist", "--words-only"])
    assert "data scientist" in table.stdout


def test_occupations_with_and_without_the_sentence_encoder(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    refuse_collector = "http://data.europa.eu/esco/occupation/e54683ca-1fc9-468d-b880-6544ff6b7d0b"
    encoder = SynonymEmbedder([["Abfallheld", "refuse collector"]])
    fused = SemanticOccupationLinker(OccupationLinker(load_taxonomy()), encoder)
    monkeypatch.setattr(defaults, "semantic_occupation_linker", lambda: fused)

    def first(*flags: str) -> str:
        result = runner.invoke(app, ["occupations", "Abfallheld", "--lang", "de", "--json", *flags])
        assert result.exit_code == 0, result.output
        return str(json.loads(result.stdout)[0]["uri"])

    assert first("--semantic") == refuse_collector
    assert first("--words-only") != refuse_collector
    monkeypatch.setattr("jobsift.semantic.available", lambda: True)
    assert first() == refuse_collector  # the encoder is used when installed
    monkeypatch.setattr("jobsift.semantic.available", lambda: False)
    assert first() != refuse_collector


def test_link_usage_errors(runner: CliRunner) -> None:
    assert runner.invoke(app, ["occupations", "nurse", "--lang", "xx"]).exit_code == 2
    assert runner.invoke(app, ["skills", "python", "--top", "0"]).exit_code == 2


def test_eval_usage_errors(runner: CliRunner, tmp_path: Path) -> None:
    unknown = runner.invoke(app, ["eval", "nope", "--data", str(tmp_path)])
    assert unknown.exit_code == 2
    assert "choose one of" in unknown.output
    missing = runner.invoke(app, ["eval", "seed", "--data", str(tmp_path)])
    assert missing.exit_code == 2
    assert "seed_postings.txt" in missing.output


def test_eval_seed_json(runner: CliRunner, shared_dir: Path) -> None:
    result = runner.invoke(app, ["eval", "seed", "--data", str(shared_dir / "samples"), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["name"] == "seed"
    assert {m["subset"] for m in report["metrics"]} >= {"title", "skills", "locations"}


def test_list_show_stats(
    runner: CliRunner, postings_file: Path, snapshot: SnapshotAssertion
) -> None:
    runner.invoke(app, ["ingest", str(postings_file), "--quiet"])
    listed = json.loads(runner.invoke(app, ["list", "--json", "--limit", "1"]).stdout)
    assert listed["next_cursor"] is not None
    assert shape(listed) == snapshot(name="list")
    posting_id = listed["postings"][0]["id"]
    shown = json.loads(runner.invoke(app, ["show", posting_id[:8], "--json"]).stdout)
    assert shown["id"] == posting_id
    assert shown["text"].startswith("Senior Site Reliability Engineer")
    assert shape(shown) == snapshot(name="show")
    stats = json.loads(runner.invoke(app, ["stats", "--json"]).stdout)
    assert (stats["postings"], stats["sources"]) == (2, 2)
    assert shape(stats) == snapshot(name="stats")
    table = runner.invoke(app, ["show", posting_id])
    assert "Prometheus" in table.stdout


def test_show_unknown_id(runner: CliRunner) -> None:
    result = runner.invoke(app, ["show", "abcdef"])
    assert result.exit_code == 1
    assert "no posting with id 'abcdef'" in result.stderr


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "schemaorg"])
def test_export_formats(runner: CliRunner, postings_file: Path, tmp_path: Path, fmt: str) -> None:
    runner.invoke(app, ["ingest", str(postings_file), "--quiet"])
    out = tmp_path / f"export.{fmt}"
    result = runner.invoke(app, ["export", "--format", fmt, "--output", str(out)])
    assert result.exit_code == 0
    assert "exported 2 postings" in result.stderr
    lines = out.read_text("utf-8").splitlines()
    assert len(lines) == (3 if fmt == "csv" else 2)


def test_stdin_with_python_m(tmp_path: Path) -> None:
    env = {"JOBSIFT_DATABASE_URL": f"sqlite:///{tmp_path / 's.db'}", "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [sys.executable, "-m", "jobsift", "ingest", "-", "--json"],
        input=POSTINGS.encode(),
        capture_output=True,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["new_postings"] == 2


def test_version(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--version"])
    assert result.stdout.startswith("jobsift ")


def test_list_shows_the_stated_title_of_pasted_postings(
    runner: CliRunner, postings_file: Path
) -> None:
    runner.invoke(app, ["ingest", str(postings_file), "--quiet"])
    listed = json.loads(runner.invoke(app, ["list", "--json"]).stdout)
    titles = {posting["title"] for posting in listed["postings"]}
    assert titles == {"Senior Site Reliability Engineer", "Junior Accountant"}
