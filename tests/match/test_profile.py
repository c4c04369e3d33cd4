"""Profiles from resumes (text, Markdown, PDF) and JSON, through the posting extractors."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.match.conftest import RESUME
from tests.match.pdf import minimal_pdf

from jobsift.extract.pipeline import Extractor
from jobsift.match import (
    EmptyResumeError,
    ProfileError,
    ResumeFormatError,
    UnreadableResumeError,
    profile_from_json,
    profile_from_text,
    read_profile,
)
from jobsift.match.profile import Place


def test_a_resume_gives_skills_title_occupation_place_and_level(extractor: Extractor) -> None:
    profile = profile_from_text(RESUME, extractor)
    assert {"tech:python", "tech:kafka", "tech:kubernetes"} <= profile.skill_ids
    assert profile.titles == ("Senior Software Engineer",)
    assert profile.occupations
    assert profile.occupations[0].isco
    assert profile.places == (Place("DE", "Berlin"),)
    assert profile.seniority == "senior"
    python = next(s for s in profile.skills if s.id == "tech:python")
    assert [RESUME[a:b] for a, b in python.spans] == ["Python"]


def test_a_json_profile_reads_names_and_ids(extractor: Extractor) -> None:
    profile = profile_from_json(
        {
            "skills": ["Python", "data modelling", "tech:kafka", "juggling quarks"],
            "titles": ["Data Engineer"],
            "places": ["Lisbon", "DE", {"country": "nl", "city": "Utrecht"}],
            "work_mode": "remote",
            "seniority": "mid",
        },
        extractor,
    )
    assert {"tech:python", "tech:data-modeling", "tech:kafka"} <= profile.skill_ids
    assert profile.places == (Place("PT", "Lisbon"), Place("DE"), Place("NL", "Utrecht"))
    assert profile.work_modes == ("remote",)
    assert profile.occupations
    assert any("juggling quarks" in note for note in profile.notes)


@pytest.mark.parametrize(
    "data",
    [[], {"skils": ["Python"]}, {"skills": "Python", "seniority": "guru"},
     {"skills": ["Python"], "work_mode": "sometimes"}, {"skills": [1, 2]}],
)  # fmt: skip
def test_a_malformed_profile_is_e802(data: object, extractor: Extractor) -> None:
    with pytest.raises(ProfileError) as caught:
        profile_from_json(data, extractor)
    assert caught.value.code == "E802"


@pytest.mark.parametrize("text", ["", "   \n", "Lorem ipsum dolor sit amet."])
def test_an_empty_resume_is_e800(text: str, extractor: Extractor) -> None:
    with pytest.raises(EmptyResumeError) as caught:
        profile_from_text(text, extractor)
    assert caught.value.code == "E800"


def test_a_pdf_resume_is_read_from_its_text_layer(tmp_path: Path, extractor: Extractor) -> None:
    path = tmp_path / "cv.pdf"
    path.write_bytes(minimal_pdf(RESUME.splitlines()))
    profile = read_profile(path, extractor)
    assert {"tech:python", "tech:kafka"} <= profile.skill_ids
    assert profile.name == "cv.pdf"


def test_a_damaged_pdf_is_e801(tmp_path: Path, extractor: Extractor) -> None:
    path = tmp_path / "cv.pdf"
    path.write_bytes(b"%PDF-1.4\nthis is no pdf at all")
    with pytest.raises(UnreadableResumeError) as caught:
        read_profile(path, extractor)
    assert caught.value.code == "E801"


def test_markdown_and_json_files_are_read(tmp_path: Path, extractor: Extractor) -> None:
    (tmp_path / "cv.md").write_text("# Data Engineer\n\n* Python\n* Apache Spark\n", "utf-8")
    (tmp_path / "me.json").write_text('{"skills": ["SQL"], "name": "Sam"}', "utf-8")
    assert "tech:spark" in read_profile(tmp_path / "cv.md", extractor).skill_ids
    assert read_profile(tmp_path / "me.json", extractor).name == "Sam"


def test_other_files_are_refused(tmp_path: Path, extractor: Extractor) -> None:
    (tmp_path / "cv.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / "latin.txt").write_bytes("Développeur Python".encode("latin-1"))
    with pytest.raises(ResumeFormatError):
        read_profile(tmp_path / "cv.docx", extractor)
    with pytest.raises(UnreadableResumeError):
        read_profile(tmp_path / "latin.txt", extractor)


def test_an_encrypted_pdf_is_e801(extractor: Extractor) -> None:
    import io

    from pypdf import PdfWriter

    from jobsift.match import profile_from_bytes

    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.encrypt("secret")
    buffer = io.BytesIO()
    writer.write(buffer)
    with pytest.raises(UnreadableResumeError, match="encrypted"):
        profile_from_bytes(buffer.getvalue(), "cv.pdf", extractor)


def test_a_place_must_be_named_in_strings(extractor: Extractor) -> None:
    with pytest.raises(ProfileError):
        profile_from_json({"skills": ["SQL"], "places": [{"country": 49}]}, extractor)
