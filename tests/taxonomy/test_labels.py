"""Label normalization, the label indexes, and the label iterators for phrase matchers."""

from __future__ import annotations

from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from jobsift.taxonomy import Taxonomy, normalize_label
from jobsift.taxonomy.labels import LabelIndex


def test_normalization_folds_case_width_and_space_but_keeps_punctuation() -> None:
    spaced = "  Python\u00a0 (Computer   Programming) "
    assert normalize_label(spaced) == "python (computer programming)"
    assert normalize_label("ＳＱＬ") == "sql"
    assert normalize_label("Straße") == "strasse"
    assert normalize_label("C++") != normalize_label("C#") != normalize_label("C")


@given(st.text())
def test_normalization_is_idempotent(text: str) -> None:
    once = normalize_label(text)
    assert normalize_label(once) == once


def test_index_keeps_first_added_first_without_repeats() -> None:
    index = LabelIndex()
    for key, target in [("java", "a"), ("java", "b"), ("java", "a"), ("", "c")]:
        index.add(key, target)
    assert index.get("JAVA") == ("a", "b")
    assert index.get("") == ()


def test_preferred_labels_rank_before_alternative_ones(taxonomy: Taxonomy) -> None:
    # "programmer" is an alternative label of several occupations and preferred of none; the
    # preferred "software developer" must come before occupations that only list it as an alt.
    found = taxonomy.occupations_by_label("software developer")
    assert found[0].label == "software developer"


def test_skill_labels_cover_every_label_once(taxonomy: Taxonomy) -> None:
    labels = list(taxonomy.skill_labels())
    roles = Counter(label.role for label in labels)
    skills = list(taxonomy.iter_skills())
    assert roles["preferred"] == len(skills)
    assert roles["alternative"] == sum(len(skill.alt_labels) for skill in skills)
    assert roles["hidden"] == sum(len(skill.hidden_labels) for skill in skills)
    assert {label.lang for label in labels} == {"en"}
    assert all(taxonomy.skill(label.target) for label in labels[:100])
    shown = sum(1 for _ in taxonomy.skill_labels(include_hidden=False))
    assert shown == len(labels) - roles["hidden"]


def test_occupation_labels_per_language(taxonomy: Taxonomy) -> None:
    german = list(taxonomy.occupation_labels("de"))
    assert {label.lang for label in german} == {"de"}
    preferred = [label for label in german if label.role == "preferred"]
    assert len(preferred) == len({label.target for label in german}) == 2_939
    assert taxonomy.languages == ("en", "de", "es", "fr", "it", "nl", "pl", "pt")


def test_onet_labels_name_their_codes(taxonomy: Taxonomy) -> None:
    labels = list(taxonomy.onet_labels())
    roles = Counter(label.role for label in labels)
    assert roles["title"] == 1_016
    assert roles["reported"] == 7_541
    assert len({(label.text, label.target) for label in labels}) == len(labels)
    assert all(taxonomy.onet(label.target) for label in labels[:100])
