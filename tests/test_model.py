from __future__ import annotations

import hashlib
import unicodedata

import orjson
from hypothesis import given
from hypothesis import strategies as st

from jobsift.model import Declared, fingerprint


def test_fingerprint_ignores_ascii_case_and_white_space() -> None:
    a = fingerprint("Senior  Engineer\nin Köln", Declared())
    b = fingerprint("senior engineer in Köln  ", Declared())
    c = fingerprint("SENIOR\u00a0ENGINEER\tIN\u202fKöln", Declared())
    assert a == b == c
    assert len(a) == 32


def test_fingerprint_v2_keeps_non_ascii_case_apart() -> None:
    # v1 folded these together; v2 leaves them to near-duplicate detection (see fingerprint).
    assert fingerprint("Köln", Declared()) != fingerprint("KÖLN", Declared())


def _v1(text: str, declared: Declared) -> str:
    """fingerprint.v1, as shipped in 0.1.0-dev, to check what migration 0002 relies on."""
    if declared.title or declared.company or declared.locations:
        parts = (declared.title or "", declared.company or "", "|".join(declared.locations), text)
        text = "\x00".join(part.strip() for part in parts)
    folded = unicodedata.normalize("NFKC", text).casefold().encode("utf-8", "surrogatepass")
    return hashlib.blake2b(folded.translate(None, b" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f")).hexdigest()


_FOLDABLE = st.text(alphabet=st.sampled_from("aAbBkK öÖßẞ\u00a0\u202f\t\nﬁ¨K"), max_size=8)


@given(_FOLDABLE, _FOLDABLE)
def test_texts_v2_calls_equal_v1_called_equal(a: str, b: str) -> None:
    # So re-keying a v1 store to v2 never merges two stored postings.
    if fingerprint(a, Declared()) == fingerprint(b, Declared()):
        assert _v1(a, Declared()) == _v1(b, Declared())


def test_fingerprint_tells_different_content_apart() -> None:
    assert fingerprint("Engineer in Köln", Declared()) != fingerprint(
        "Engineer in Bonn", Declared()
    )


def test_declared_place_and_title_take_part() -> None:
    text = "Join our support team."
    berlin = fingerprint(text, Declared(title="Support Agent", locations=("Berlin, DE",)))
    munich = fingerprint(text, Declared(title="Support Agent", locations=("München, DE",)))
    assert berlin != munich
    # parts cannot bleed into each other
    assert fingerprint("b", Declared(title="a")) != fingerprint("", Declared(title="ab"))


def test_declared_round_trips_through_dict() -> None:
    declared = Declared(
        title="Nurse",
        locations=("Porto, PT",),
        employment_type=("FULL_TIME", "PART_TIME"),
        extra={"department": "ICU"},
    )
    assert Declared.from_dict(declared.to_dict()) == declared
    assert Declared().to_dict() == {}


@given(st.text(), st.text())
def test_fingerprint_never_fails_and_is_deterministic(text: str, title: str) -> None:
    declared = Declared(title=title or None)
    assert fingerprint(text, declared) == fingerprint(text, declared)


def test_declared_json_is_its_dict() -> None:
    declared = Declared(title="Nurse", locations=("Porto, PT",), extra={"x": [1]})
    assert orjson.loads(declared.to_json()) == declared.to_dict()
    assert Declared().to_json() == "{}"
