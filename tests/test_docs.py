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
