"""jobsift match through the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from tests.match.pdf import minimal_pdf
from typer.testing import CliRunner

from jobsift.cli.app import app as jobsift_app
from jobsift.cli.match import match

POSTINGS = (
    "Senior Kotlin Developer at Tideway in Berlin, remote, Spring Boot, Python and PostgreSQL.\n"
    "Krankenpfleger (m/w/d) in München, Vollzeit, Pflege auf der Intensivstation.\n"
)
RESUME = "Senior Backend Developer\nBerlin, Germany\n\nSkills: Kotlin, Python, PostgreSQL, Docker\n"
app = typer.Typer()
app.command("match")(match)
app.command("other")(lambda: None)  # two commands: typer then expects the command's name


@pytest.fixture
def runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("JOBSIFT_DATABASE_URL", f"sqlite:///{tmp_path / 'cli.db'}")
    monkeypatch.setenv("JOBSIFT_SEMANTIC", "off")
    monkeypatch.setenv("COLUMNS", "120")
    source = tmp_path / "paste.txt"
    source.write_text(POSTINGS, encoding="utf-8")
    (tmp_path / "resume.txt").write_text(RESUME, encoding="utf-8")
    cli = CliRunner()
    assert cli.invoke(jobsift_app, ["ingest", str(source), "--quiet"]).exit_code == 0
    return cli


def test_match_json_is_the_apis_shape(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["match", str(tmp_path / "resume.txt"), "--json", "--top", "1"])
    assert result.exit_code == 0, result.output
    page = json.loads(result.stdout)
    assert set(page) == {"profile", "results", "gap", "candidates", "semantic", "notes"}
    assert len(page["results"]) == 1
    assert "Kotlin" in page["results"][0]["card"]["title"]


def test_match_prints_why(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["match", str(tmp_path / "resume.txt")])
    assert result.exit_code == 0, result.output
    assert "matched:" in result.stdout
    assert "fit:" in result.stdout
    assert "skill gap over" in result.stdout


def test_a_pdf_resume_and_the_reverse_direction(runner: CliRunner, tmp_path: Path) -> None:
    pdf = tmp_path / "cv.pdf"
    pdf.write_bytes(minimal_pdf(RESUME.splitlines()))
    nurse = tmp_path / "nurse.json"
    nurse.write_text('{"name": "nurse", "skills": ["patient care"], "titles": ["Nurse"]}', "utf-8")
    found = json.loads(runner.invoke(jobsift_app, ["search", "kotlin", "--json"]).stdout)
    posting_id = found["hits"][0]["id"]
    result = runner.invoke(
        app, ["match", str(nurse), str(pdf), "--posting", posting_id[:10], "--json"]
    )
    assert result.exit_code == 0, result.output
    page = json.loads(result.stdout)
    assert [r["profile"]["name"] for r in page["results"]] == ["cv.pdf", "nurse"]


def test_an_empty_resume_fails_with_its_code(runner: CliRunner, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    result = runner.invoke(app, ["match", str(empty)])
    assert result.exit_code != 0
    assert "E800" in result.output or "empty" in result.output
