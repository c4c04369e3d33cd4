"""Docs are part of the change: every command and setting must be documented in the README."""

from __future__ import annotations

from pathlib import Path

import typer.main

from jobsift.cli.app import app
from jobsift.settings import Settings

README = (Path(__file__).resolve().parents[1] / "README.md").read_text("utf-8")


def test_every_cli_command_has_a_readme_section() -> None:
    commands = typer.main.get_command(app).commands  # type: ignore[attr-defined]
    assert commands
    for name in commands:
        assert f"### `jobsift {name}" in README, f"README lacks a section for `jobsift {name}`"


def test_every_setting_is_in_the_readme() -> None:
    for name in Settings.model_fields:
        assert f"`JOBSIFT_{name.upper()}`" in README, f"README lacks JOBSIFT_{name.upper()}"


def test_readme_names_the_two_commands() -> None:
    assert "make demo" in README
    assert "make test" in README


def test_every_error_code_is_in_docs_errors() -> None:
    import re

    errors = (Path(__file__).resolve().parents[1] / "docs" / "errors.md").read_text("utf-8")
    source = Path(__file__).resolve().parents[1] / "src" / "jobsift"
    codes = {
        code
        for path in source.rglob("*.py")
        for code in re.findall(r'"(E\d{3})"', path.read_text("utf-8"))
    }
    assert codes
    for code in sorted(codes):
        assert f'id="{code.lower()}"' in errors, f"docs/errors.md lacks {code}"


def test_every_api_route_is_in_the_readme() -> None:
    from jobsift.api import create_app
    from jobsift.engine import Engine

    app = create_app(Engine(Settings(database_url="sqlite://")))
    paths = set(app.openapi()["paths"]) | {"/metrics"}
    ours = {p for p in paths if p.startswith(("/v1/", "/healthz", "/readyz", "/metrics"))}
    assert "/v1/postings/search" in ours
    for path in sorted(ours):
        assert f"`{path}`" in README or f" {path}`" in README, f"README lacks {path}"
