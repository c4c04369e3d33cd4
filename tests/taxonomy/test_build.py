"""scripts/build_taxonomy.py rebuilds exactly the shipped files from ../shared/data."""

from __future__ import annotations

import gzip
import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from jobsift.taxonomy.loader import data_folder

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_taxonomy.py"


def run_build(data: Path, out: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, str(SCRIPT), "--data", str(data), "--out", str(out)]
    return subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)


def test_build_reproduces_the_shipped_files(shared_dir: Path, tmp_path: Path) -> None:
    """Same inputs, same content.  Compressed bytes are compared through their content: the
    deflate stream of the same input can differ between zlib builds (zlib-ng, say), the content
    cannot.  The gzip header must carry no timestamp."""
    result = run_build(shared_dir / "data", tmp_path)
    assert result.returncode == 0, result.stderr
    shipped = Path(str(data_folder()))
    names = sorted(path.name for path in shipped.iterdir())
    assert sorted(path.name for path in tmp_path.iterdir()) == names
    for name in names:
        built, expected = (tmp_path / name).read_bytes(), (shipped / name).read_bytes()
        if name.endswith(".gz"):
            assert built[4:8] == b"\0\0\0\0", f"{name}: gzip header carries a timestamp"
            built, expected = gzip.decompress(built), gzip.decompress(expected)
        assert built == expected, (
            f"{name} differs from the shipped file; rebuild with "
            "`.venv/bin/python scripts/build_taxonomy.py --data ../shared/data "
            "--out src/jobsift/taxonomy/data`"
        )


def test_build_names_a_missing_input(tmp_path: Path) -> None:
    result = run_build(tmp_path / "nowhere", tmp_path / "out")
    assert result.returncode == 2
    assert "classification_en.zip is missing" in result.stderr
    assert "--data must point at the shared data folder" in result.stderr


@pytest.fixture(scope="module")
def build() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_taxonomy", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    # dataclasses look their module up while the script runs; it need not stay registered.
    sys.modules[spec.name] = module
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    return module


def test_match_key_meets_plural_titles(build: ModuleType) -> None:
    assert build.match_key("Software Developers") == build.match_key("software developer")
    assert build.match_key("Secretaries") == build.match_key("secretary")
    assert build.match_key("Glass") == "glass"


def test_isco_agreement_levels(build: ModuleType) -> None:
    assert build.isco_agreement("2512", {"2512"}) == "unit"
    assert build.isco_agreement("2512", {"2514"}) == "minor"
    assert build.isco_agreement("2512", set()) == "unknown"
    assert build.isco_agreement("2512", {"3512"}) is None
