from __future__ import annotations

from jobsift.web.evidence import evidence, findings, safe_url
from jobsift.web.labels import salary_text, value_text

EXTRACTION = {
    "language": {"value": "en", "spans": [[0, 40]], "confidence": 0.9, "basis": "inferred:text"},
    "title": None,
    "seniority": {"value": "senior", "spans": [[0, 6]], "confidence": 0.95, "basis": "stated"},
    "skills": [
        {
            "value": {
                "id": "tech:python",
                "label": "Python",
                "kind": "technology",
                "requirement": "required",
            },
            "spans": [[7, 13]],
            "confidence": 0.85,
            "basis": "stated",
        },
    ],
    "locations": [
        {
            "value": {"city": "Berlin", "region": None, "country": "DE"},
            "spans": [[17, 23]],
            "confidence": 0.6,
            "basis": "inferred:location",
        },
    ],
    "sections": [{"kind": "summary", "span": [0, 40], "heading": None}],
    "versions": {"pipeline": "extract.v1"},
}
TEXT = "Senior Python in Berlin, remote possible."


def test_every_value_is_a_finding_in_order() -> None:
    found = findings(EXTRACTION)
    assert [(f.field, f.value) for f in found] == [
        ("language", "en"), ("seniority", "senior"), ("skills", "Python"),
        ("locations", "Berlin, DE"),
    ]  # fmt: skip
    assert found[2].tip == "Skill: Python · confidence 0.85 · basis: stated"


def test_the_text_is_marked_where_the_evidence_is_but_not_for_the_language() -> None:
    shown = evidence(TEXT, EXTRACTION)
    marked = [(piece.text, [f.field for f in piece.notes]) for piece in shown.text if piece.marked]
    assert marked == [("Senior", ["seniority"]), ("Python", ["skills"]), ("Berlin", ["locations"])]
    assert "".join(piece.text for piece in shown.text) == TEXT
    assert shown.anchors == {1: "ev-0", 2: "ev-2", 3: "ev-4"}


def test_no_extraction_marks_nothing() -> None:
    shown = evidence(TEXT, None)
    assert shown.findings == []
    assert [p.text for p in shown.text] == [TEXT]


def test_values_read_as_words() -> None:
    assert value_text({"min_years": 3.0, "max_years": None}) == "3+ years"
    assert value_text({"min_years": 2.0, "max_years": 5.0}) == "2–5 years"
    salary = {"minimum": 50000, "maximum": 60000, "currency": "EUR", "period": "YEAR"}
    assert salary_text(salary) == "EUR 50,000–60,000 a year"
    assert value_text(salary) == salary_text(salary)
    assert value_text(["a", {"label": "b"}]) == "a, b"


def test_only_web_addresses_become_links() -> None:
    assert safe_url("https://jobs.example/1") == "https://jobs.example/1"
    for hostile in ("javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x",
                    "\x01javascript:alert(1)", "//evil.example", None, ""):  # fmt: skip
        assert safe_url(hostile) is None
