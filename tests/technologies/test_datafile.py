from __future__ import annotations

import json
from pathlib import Path

import orjson

from jobsift.technologies.datafile import DEFAULT_PATH, main, render


def test_shipped_file_is_in_canonical_layout() -> None:
    # Edit the file by hand if you like, then run `python -m jobsift.technologies.datafile`.
    text = DEFAULT_PATH.read_text("utf-8")
    assert render(orjson.loads(text)) == text


def test_one_technology_per_line() -> None:
    lines = DEFAULT_PATH.read_text("utf-8").splitlines()
    entries = [line for line in lines if line.startswith('    {"id": ')]
    assert len(entries) == len(orjson.loads(DEFAULT_PATH.read_bytes())["technologies"])
    for line in entries:
        assert isinstance(json.loads(line.rstrip(",")), dict)


def test_main_rewrites_a_file_in_place(tmp_path: Path) -> None:
    doc = orjson.loads(DEFAULT_PATH.read_bytes())
    # A small, shuffled subset; references outside it are dropped so that it stays valid.
    subset = list(reversed(doc["technologies"]))[:50]
    for entry in subset:
        entry.pop("parent", None)
        entry.pop("related", None)
    doc["technologies"] = subset
    path = tmp_path / "techs.json"
    path.write_bytes(orjson.dumps(doc))
    assert main([str(path)]) == 0
    text = path.read_text("utf-8")
    assert render(orjson.loads(text)) == text
    assert text.count('    {"id": ') == 50
