"""The taxonomy loads from the files inside the package, and only from them."""

from __future__ import annotations

import gzip
import re
import shutil
import sys
from pathlib import Path

import orjson
import pytest

import jobsift
from jobsift.taxonomy import Taxonomy, TaxonomyDataError, load_taxonomy
from jobsift.taxonomy.loader import MANIFEST, OCCUPATIONS, SKILLS, data_folder

PACKAGE = Path(jobsift.__file__).resolve().parent


def shipped() -> Path:
    return Path(str(data_folder())).resolve()


def test_data_lives_inside_the_package() -> None:
    folder = shipped()
    assert folder.is_relative_to(PACKAGE)
    assert "shared" not in folder.parts
    assert (folder / MANIFEST).is_file()


def test_loading_opens_only_files_inside_the_package() -> None:
    opened: list[str] = []
    recording = [True]

    def hook(event: str, args: tuple[object, ...]) -> None:
        # Audit hooks cannot be removed; after this test this one only checks a flag.
        if recording[0] and event == "open" and isinstance(args[0], str | Path):
            opened.append(str(args[0]))

    sys.addaudithook(hook)
    try:
        load_taxonomy()
    finally:
        recording[0] = False
    assert opened, "the audit hook saw no file opened"
    assert not [path for path in opened if "shared" in Path(path).parts]
    assert all(Path(path).resolve().is_relative_to(PACKAGE) for path in opened), opened


def test_version_names_every_source(taxonomy: Taxonomy) -> None:
    assert taxonomy.version == "esco-1.1.1+onet-27.0+taxonomy.v1"
    assert taxonomy.manifest["sources"]["esco"]["version"] == "1.1.1"
    assert taxonomy.manifest["sources"]["onet"]["version"] == "27.0"


def test_counts_match_the_manifest(taxonomy: Taxonomy) -> None:
    counts = taxonomy.manifest["counts"]
    assert sum(1 for _ in taxonomy.iter_skills()) == counts["skills"] == 13_896
    groups = counts["skill_groups"]
    assert sum(1 for _ in taxonomy.iter_skills(include_groups=True)) == 13_896 + groups
    assert sum(1 for _ in taxonomy.iter_occupations()) == counts["occupations"] == 3_007
    assert sum(1 for _ in taxonomy.iter_isco_groups()) == counts["isco_groups"] == 619
    assert sum(1 for _ in taxonomy.iter_onet()) == counts["onet_occupations"] == 1_016


def test_shipped_files_are_small_and_attributed() -> None:
    folder = shipped()
    assert sum(path.stat().st_size for path in folder.iterdir()) < 10_000_000
    attribution = (folder / "ATTRIBUTION.md").read_text("utf-8")
    assert "This product uses the ESCO classification of the European Commission." in attribution
    assert "O*NET 27.0 Database by the U.S. Department of Labor" in attribution


# --- a broken installation says so -------------------------------------------------------------


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    """A writable copy of the shipped data files."""
    for path in shipped().iterdir():
        shutil.copyfile(path, tmp_path / path.name)
    return tmp_path


def test_a_copy_loads_like_the_original(copy: Path, taxonomy: Taxonomy) -> None:
    assert load_taxonomy(copy).version == taxonomy.version


def test_an_empty_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(TaxonomyDataError, match=MANIFEST) as caught:
        load_taxonomy(tmp_path)
    assert "scripts/build_taxonomy.py" in str(caught.value)
    assert caught.value.code == "E600"


def test_a_broken_installation_says_to_reinstall(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr("jobsift.taxonomy.loader.data_folder", lambda: tmp_path)
    with pytest.raises(TaxonomyDataError, match=MANIFEST) as caught:
        load_taxonomy()
    assert "pip install --force-reinstall jobsift" in str(caught.value)


def test_a_missing_file_is_named(copy: Path) -> None:
    (copy / SKILLS).unlink()
    with pytest.raises(TaxonomyDataError, match=SKILLS):
        load_taxonomy(copy)


def test_a_truncated_file_is_corrupt(copy: Path) -> None:
    path = copy / OCCUPATIONS
    path.write_bytes(path.read_bytes()[:1000])
    with pytest.raises(TaxonomyDataError, match=re.escape(f"{OCCUPATIONS} is corrupt")):
        load_taxonomy(copy)


def test_a_bad_line_is_named(copy: Path) -> None:
    good = b'{"id": "esco:skill/a", "label": "a", "kind": "skill"}'
    (copy / SKILLS).write_bytes(gzip.compress(good + b"\n{oops\n"))
    with pytest.raises(TaxonomyDataError, match=re.escape(f"{SKILLS} line 2 is not JSON")):
        load_taxonomy(copy)


def test_a_record_without_its_fields_is_named(copy: Path) -> None:
    (copy / SKILLS).write_bytes(gzip.compress(b'{"id": "esco:skill/a"}\n'))
    with pytest.raises(TaxonomyDataError, match=re.escape(f"{SKILLS} line 1 lacks a field")):
        load_taxonomy(copy)


def test_another_format_is_refused(copy: Path) -> None:
    manifest = orjson.loads((copy / MANIFEST).read_bytes())
    (copy / MANIFEST).write_bytes(orjson.dumps({**manifest, "format": "jobsift-taxonomy.v9"}))
    with pytest.raises(TaxonomyDataError, match=re.escape("jobsift-taxonomy.v9")):
        load_taxonomy(copy)
