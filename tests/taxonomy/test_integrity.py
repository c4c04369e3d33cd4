"""The shipped files agree with their manifest, and every reference in them resolves."""

from __future__ import annotations

import gzip
import hashlib
from pathlib import Path

from jobsift.taxonomy import Taxonomy
from jobsift.taxonomy.loader import data_folder


def test_files_match_their_manifest(taxonomy: Taxonomy) -> None:
    folder = Path(str(data_folder()))
    for name, entry in taxonomy.manifest["files"].items():
        content = gzip.decompress((folder / name).read_bytes())
        assert hashlib.sha256(content).hexdigest() == entry["content_sha256"], name
        assert content.count(b"\n") == entry["records"], name


def test_skill_references_resolve(taxonomy: Taxonomy) -> None:
    for skill in taxonomy.iter_skills(include_groups=True):
        for other in (*skill.broader, *skill.related_essential, *skill.related_optional):
            assert taxonomy.skill(other) is not None, (skill.id, other)


def test_occupation_references_resolve(taxonomy: Taxonomy) -> None:
    for occupation in taxonomy.iter_occupations():
        assert taxonomy.isco_group(occupation.isco) is not None, occupation.id
        broader = occupation.broader
        assert taxonomy.occupation(broader) or taxonomy.isco_group(broader), occupation.id
        for skill in (*occupation.essential_skills, *occupation.optional_skills):
            assert taxonomy.skill(skill) is not None, (occupation.id, skill)
        for link in occupation.onet:
            assert taxonomy.onet(link.code) is not None, (occupation.id, link)


def test_crosswalk_links_are_ranked_and_bounded(taxonomy: Taxonomy) -> None:
    bases = {"crosswalk", "isco-group", "label", "label+isco-unit", "label+isco-minor"}
    for occupation in taxonomy.iter_occupations():
        confidences = [link.confidence for link in occupation.onet]
        assert confidences == sorted(confidences, reverse=True), occupation.id
        assert all(0.3 <= c <= 0.95 for c in confidences), occupation.id
        assert {link.basis for link in occupation.onet} <= bases, occupation.id


def test_no_descriptions_ship(taxonomy: Taxonomy) -> None:
    folder = Path(str(data_folder()))
    for name in taxonomy.manifest["files"]:
        first = gzip.decompress((folder / name).read_bytes()).split(b"\n", 1)[0]
        assert b'"description"' not in first, name


def test_every_occupation_label_is_a_non_empty_string(taxonomy: Taxonomy) -> None:
    for occupation in taxonomy.iter_occupations():
        for lang, labels in occupation.labels_by_language.items():
            assert labels, (occupation.id, lang)
            assert all(label.strip() == label and label for label in labels), (occupation.id, lang)
