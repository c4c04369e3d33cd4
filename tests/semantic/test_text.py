from __future__ import annotations

from jobsift.semantic import WORDS, posting_text


def test_title_then_the_first_words_of_the_text() -> None:
    body = " ".join(f"w{i}" for i in range(500))
    text = posting_text("  Backend   Developer ", body)
    assert text.startswith("Backend Developer. w0 w1 ")
    assert text.split()[-1] == f"w{WORDS - 1}"
    assert len(text.split()) == 2 + WORDS


def test_missing_title_or_text() -> None:
    assert posting_text("", "We hire\n nurses") == "We hire nurses"
    assert posting_text("Nurse", "   ") == "Nurse"
    assert posting_text("", "") == ""
    assert posting_text("Nurse", "a b c", words=2) == "Nurse. a b"
