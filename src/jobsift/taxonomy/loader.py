"""Load the taxonomy from the data files shipped inside the package.

The files are written by ``scripts/build_taxonomy.py`` (gzip JSON Lines, one concept a line,
empty fields left out) and listed in ``data/MANIFEST.json``.  Nothing outside the package is
read.  A load takes a few hundred milliseconds; hold on to the result rather than loading again.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Callable, Iterator
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeVar

import orjson

from jobsift.taxonomy.errors import FOLDER_HINT, REINSTALL_HINT, TaxonomyDataError
from jobsift.taxonomy.model import (
    IscoGroup,
    Occupation,
    OnetLink,
    OnetOccupation,
    Skill,
    Technology,
)
from jobsift.taxonomy.taxonomy import Taxonomy

FORMAT = "jobsift-taxonomy.v1"
MANIFEST = "MANIFEST.json"
SKILLS = "esco-skills.v1.jsonl.gz"
OCCUPATIONS = "esco-occupations.v1.jsonl.gz"
ISCO_GROUPS = "isco-groups.v1.jsonl.gz"
ONET = "onet-occupations.v1.jsonl.gz"

T = TypeVar("T")
Record = dict[str, Any]


def data_folder() -> Traversable:
    """The folder holding the shipped data files."""
    return resources.files("jobsift.taxonomy").joinpath("data")


def load_taxonomy(folder: Traversable | Path | None = None) -> Taxonomy:
    """Read the shipped taxonomy (or the files a build wrote into ``folder``).

    Raises TaxonomyDataError when a file is missing or unreadable.
    """
    if folder is None:
        return read_taxonomy(data_folder())
    try:
        return read_taxonomy(folder)
    except TaxonomyDataError as error:
        # Reinstalling jobsift cannot mend a folder the caller named.
        raise TaxonomyDataError(error.message, hint=FOLDER_HINT) from error.__cause__


def read_taxonomy(source: Traversable | Path) -> Taxonomy:
    manifest = read_manifest(source)
    return Taxonomy(
        version=str(manifest["version"]),
        skills=index(source, SKILLS, to_skill, "id"),
        occupations=index(source, OCCUPATIONS, to_occupation, "id"),
        isco_groups=index(source, ISCO_GROUPS, to_isco_group, "code"),
        onet=index(source, ONET, to_onet, "code"),
        manifest=MappingProxyType(manifest),
    )


# --- reading -----------------------------------------------------------------------------------


def read_bytes(folder: Traversable | Path, name: str) -> bytes:
    try:
        return folder.joinpath(name).read_bytes()
    except OSError as error:
        raise TaxonomyDataError(
            f"The taxonomy data file {name} cannot be read from {folder}: {error.strerror}",
            hint=REINSTALL_HINT,
        ) from error


def read_manifest(folder: Traversable | Path) -> Record:
    try:
        manifest = orjson.loads(read_bytes(folder, MANIFEST))
    except orjson.JSONDecodeError as error:
        raise TaxonomyDataError(
            f"{MANIFEST} in {folder} is not JSON: {error}", hint=REINSTALL_HINT
        ) from error
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        found = manifest.get("format") if isinstance(manifest, dict) else None
        raise TaxonomyDataError(
            f"{MANIFEST} in {folder} describes taxonomy format {found!r}; "
            f"this jobsift reads {FORMAT!r}",
            hint=REINSTALL_HINT,
        )
    return manifest


def records(folder: Traversable | Path, name: str) -> Iterator[tuple[int, Record]]:
    """``(line number, record)`` for each line of a gzip JSON Lines file."""
    try:
        content = gzip.decompress(read_bytes(folder, name))
    except (OSError, EOFError, zlib.error) as error:
        raise TaxonomyDataError(
            f"The taxonomy data file {name} is corrupt: {error}", hint=REINSTALL_HINT
        ) from error
    for number, line in enumerate(content.splitlines(), 1):
        try:
            yield number, orjson.loads(line)
        except orjson.JSONDecodeError as error:
            raise TaxonomyDataError(
                f"{name} line {number} is not JSON: {error}", hint=REINSTALL_HINT
            ) from error


def index(
    folder: Traversable | Path, name: str, convert: Callable[[Record], T], key: str
) -> dict[str, T]:
    """Each record of file ``name`` converted, keyed by its ``key`` field."""
    out: dict[str, T] = {}
    for number, record in records(folder, name):
        try:
            out[record[key]] = convert(record)
        except (KeyError, TypeError, ValueError) as error:
            raise TaxonomyDataError(
                f"{name} line {number} lacks a field or has one of the wrong type ({error!r})",
                hint=REINSTALL_HINT,
            ) from error
    return out


# --- records -> concepts -----------------------------------------------------------------------
# Empty fields are left out of the files, hence the defaults.


def to_skill(record: Record) -> Skill:
    return Skill(
        id=record["id"],
        label=record["label"],
        kind=record["kind"],
        alt_labels=tuple(record.get("alt", ())),
        hidden_labels=tuple(record.get("hidden", ())),
        reuse_level=record.get("reuse", ""),
        is_group=record.get("group", False),
        code=record.get("code", ""),
        broader=tuple(record.get("broader", ())),
        related_essential=tuple(record.get("essential", ())),
        related_optional=tuple(record.get("optional", ())),
    )


def to_occupation(record: Record) -> Occupation:
    label, alt = record["label"], tuple(record.get("alt", ()))
    languages = {"en": (label, *alt)}
    languages.update((lang, tuple(labels)) for lang, labels in record.get("labels", {}).items())
    return Occupation(
        id=record["id"],
        label=label,
        isco=record["isco"],
        alt_labels=alt,
        hidden_labels=tuple(record.get("hidden", ())),
        code=record.get("code", ""),
        broader=record.get("broader", ""),
        essential_skills=tuple(record.get("essential", ())),
        optional_skills=tuple(record.get("optional", ())),
        labels_by_language=MappingProxyType(languages),
        onet=tuple(
            OnetLink(code, confidence, basis) for code, confidence, basis in record.get("onet", ())
        ),
    )


def to_isco_group(record: Record) -> IscoGroup:
    languages = {"en": (record["label"],)}
    languages.update((lang, tuple(labels)) for lang, labels in record.get("labels", {}).items())
    return IscoGroup(
        code=record["code"], label=record["label"], labels_by_language=MappingProxyType(languages)
    )


def to_onet(record: Record) -> OnetOccupation:
    return OnetOccupation(
        code=record["code"],
        title=record["title"],
        alternate_titles=tuple(record.get("alt", ())),
        reported_titles=tuple(record.get("reported", ())),
        job_zone=record.get("job_zone"),
        technologies=tuple(Technology(*item) for item in record.get("tech", ())),
    )
