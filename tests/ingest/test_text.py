from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jobsift.ingest.base import Origin, ReadProblem
from jobsift.ingest.text import Kind, TextReader, classify
from jobsift.model import RawPosting


def read_text(text: str, origin: Origin) -> list[RawPosting | ReadProblem]:
    return list(TextReader().read(io.BytesIO(text.encode("utf-8")), origin))


def postings(text: str, origin: Origin) -> list[RawPosting]:
    return [item for item in read_text(text, origin) if isinstance(item, RawPosting)]


def test_seed_file_splits_into_the_gold_line_ranges(shared_dir: Path, origin: Origin) -> None:
    data = (shared_dir / "samples" / "seed_postings.txt").read_text("utf-8")
    gold = [
        json.loads(line)
        for line in (shared_dir / "samples" / "seed_gold.jsonl").read_text("utf-8").splitlines()
    ]
    found = [p.source.locator for p in postings(data, origin)]
    expected = [
        f"line {g['lines'][0]}"
        if g["lines"][0] == g["lines"][1]
        else "lines {}-{}".format(*g["lines"])
        for g in gold
    ]
    assert found == expected


ONE_PER_LINE = (
    "Senior Data Engineer building pipelines for a logistics company in Rotterdam. "
    "You will own our batch and streaming jobs.\n"
    "Maintain the billing services of a payments startup and improve their monitoring; "
    "a remote role for someone who enjoys on-call.\n"
    "Junior Frontend Developer joining a small agency in Porto to build marketing sites "
    "with modern tooling.\n"
)


def test_one_posting_per_line_including_one_without_title(origin: Origin) -> None:
    found = postings(ONE_PER_LINE, origin)
    assert [p.source.locator for p in found] == ["line 1", "line 2", "line 3"]
    assert found[1].text.startswith("Maintain the billing")


SECTIONED = """Platform Engineer at a travel company, running the systems our bookings rely on.
Responsibilities
Run and improve our Kubernetes clusters across three regions.
Lead incident reviews and turn them into lasting fixes.
Requirements
Several years with Linux, networking and Terraform.
You write clear postmortems and enjoy teaching.
Mobile Developer building the companion app for a fitness device maker in Lyon.
"""


def test_section_bullets_stay_with_their_posting(origin: Origin) -> None:
    found = postings(SECTIONED, origin)
    assert [p.source.locator for p in found] == ["lines 1-7", "line 8"]
    assert "Lead incident reviews" in found[0].text  # a bullet opening with "Lead" is no title


BLOCKS = """Senior Python Developer (m/w/d)
Acme Datenwerk GmbH — Köln

Wir suchen Verstärkung für unser Plattform-Team, das Daten aus vielen Quellen zusammenführt.

Deine Aufgaben
- Services in Python entwickeln
- Code Reviews

Dein Profil
- Erfahrung mit PostgreSQL

Ingénieur DevOps (H/F)
Société Exemple — Nantes

Vous rejoignez une équipe de six personnes.
"""


def test_blank_line_blocks_group_under_their_title(origin: Origin) -> None:
    found = postings(BLOCKS, origin)
    assert [p.source.locator for p in found] == ["lines 1-11", "lines 13-16"]
    assert found[0].text.endswith("- Erfahrung mit PostgreSQL")


def test_blocks_of_one_line_postings_separated_by_blank_lines(origin: Origin) -> None:
    text = ONE_PER_LINE.replace("\n", "\n\n")
    assert len(postings(text, origin)) == 3


def test_repeated_heading_starts_the_next_posting(origin: Origin) -> None:
    text = (
        "We are hiring for our warehouse team near Poznań, early shifts.\n"
        "Requirements\n- forklift licence\n"
        "Night shift supervisor wanted for the same site, leading a team of twelve.\n"
        "Requirements\n- two years leading shifts\n"
    )
    found = postings(text, origin)
    assert [p.source.locator for p in found] == ["lines 1-3", "lines 4-6"]


def test_separator_lines_split_postings(origin: Origin) -> None:
    text = "Accountant\nSmall firm, Dublin\n---\nWarehouse Operative\nLogistics hub, Leeds\n"
    assert [p.text for p in postings(text, origin)] == [
        "Accountant\nSmall firm, Dublin",
        "Warehouse Operative\nLogistics hub, Leeds",
    ]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Requirements", Kind.HEADING),
        ("## Your profile:", Kind.HEADING),
        ("Ihr Profil", Kind.HEADING),
        ("Vos missions :", Kind.HEADING),
        ("Wymagania", Kind.HEADING),
        ("Wat bieden wij", Kind.HEADING),
        ("- Python", Kind.BULLET),
        ("• Kubernetes", Kind.BULLET),
        ("Requirements: Python and SQL", Kind.BULLET),
        ("Senior Softwareentwickler (m/w/d) für unser Team", Kind.TITLE),
        ("Lead the design of our APIs", Kind.TEXT),
        ("Lead Engineer for payments", Kind.TITLE),
        ("You know how to build services", Kind.TEXT),
        ("", Kind.BLANK),
        ("-----", Kind.SEPARATOR),
    ],
)
def test_line_classes(line: str, kind: Kind) -> None:
    assert classify(line) is kind


def test_empty_input_gives_nothing(origin: Origin) -> None:
    assert read_text("", origin) == []
    assert read_text("\n\n   \n", origin) == []


def test_an_endless_posting_is_cut_and_rejected(origin: Origin) -> None:
    small = Origin(origin.uri, origin.name, {}, max_bytes=1_000)
    text = "Data Analyst for a retailer.\nRequirements\n" + "- another bullet line here\n" * 200
    items = read_text(text, small)
    problems = [i for i in items if isinstance(i, ReadProblem)]
    assert problems
    assert "over the limit" in problems[0].message


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",))))
def test_any_text_splits_without_losing_lines(text: str) -> None:
    """Every non-blank line lands in exactly one posting, in order (NUL means binary: no text)."""
    origin = Origin("/x", "x", {}, 10_000_000)
    found = postings(text, origin)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    got = [line.strip() for p in found for line in p.text.splitlines() if line.strip()]
    # splitlines on the decoded text knows more line breaks than files do (\x1c, \u2028 ...)
    if all(ch not in text for ch in "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\r"):
        assert got == lines


def test_generated_pasted_blocks_split_back_into_their_postings(origin: Origin) -> None:
    """`jobsift generate --format text` output (eight languages, blocks, sections, reposts)."""
    from jobsift.corpus.generator import generate, text_block

    records = [g.record for g in generate(300, seed=3)]
    data = "\n".join(text_block(record) for record in records)

    def norm(text: str) -> str:
        return "\n".join(line.strip() for line in text.splitlines() if line.strip())

    found = [norm(p.text) for p in postings(data, origin)]
    expected = [norm(text_block(record)) for record in records]
    exact = len(set(found) & set(expected))
    assert len(found) == len(expected)
    assert exact >= 0.95 * len(expected)


def test_block_title_without_known_role_word_is_found_by_its_header_line(
    origin: Origin,
) -> None:
    text = (
        "Recepcionista\nHotel Miramar — Málaga\nAtención a clientes en recepción.\n\n"
        "Funciones\n- check-in\n\n"
        "Orderpicker\nLogistiek B.V. — Tilburg\nWij zoeken een orderpicker.\n"
    )
    assert [p.source.locator for p in postings(text, origin)] == ["lines 1-6", "lines 8-10"]
