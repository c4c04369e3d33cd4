from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from jobsift.model import Declared, fingerprint


def test_fingerprint_ignores_case_whitespace_and_compatibility_forms() -> None:
    a = fingerprint("Senior  Engineer\nin Köln", Declared())
    b = fingerprint("senior engineer in köln  ", Declared())
    c = fingerprint("SENIOR\u00a0ENGINEER\tIN KÖLN", Declared())
    assert a == b == c
    assert len(a) == 32


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
def test_fingerprint_is_deterministic(text: str, title: str) -> None:
    declared = Declared(title=title or None)
    assert fingerprint(text, declared) == fingerprint(text, declared)
