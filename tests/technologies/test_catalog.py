from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

import pytest

from jobsift.errors import InputError
from jobsift.technologies import CATEGORIES, TechCatalog
from jobsift.technologies.catalog import CATALOG_VERSION, fold, parse_catalog
from jobsift.technologies.model import is_searchable

ID = re.compile(r"^tech:[a-z0-9][a-z0-9+.-]*$")


def test_catalog_is_large_and_versioned(catalog: TechCatalog) -> None:
    assert len(catalog) >= 1500
    assert catalog.version == CATALOG_VERSION == "technologies.v1"


def test_every_category_is_used(catalog: TechCatalog) -> None:
    used = {tech.category for tech in catalog}
    assert used == set(CATEGORIES)


def test_ids_are_unique_stable_slugs(catalog: TechCatalog) -> None:
    ids = [tech.id for tech in catalog]
    assert len(ids) == len(set(ids))
    assert [i for i in ids if not ID.match(i)] == []


def test_parent_and_related_ids_exist(catalog: TechCatalog) -> None:
    for tech in catalog:
        for ref in (tech.parent, *tech.related):
            assert ref is None or (ref in catalog and ref != tech.id), (tech.id, ref)


def test_surfaces_are_unique_across_entries(catalog: TechCatalog) -> None:
    # The one documented exception: case-sensitive spellings that differ exactly ("LoRA", "LoRa").
    owners: dict[str, list[tuple[str, str, bool]]] = defaultdict(list)
    for tech in catalog:
        for surface in tech.surfaces:
            rule = tech.rule_for(surface)
            owners[fold(surface)].append((tech.id, surface, bool(rule and rule.case_sensitive)))
    for folded, entries in owners.items():
        if len({tech_id for tech_id, _, _ in entries}) > 1:
            assert all(cs for _, _, cs in entries), (folded, entries)
            assert len({surface for _, surface, _ in entries}) == len(entries), (folded, entries)


def test_surfaces_are_clean_strings(catalog: TechCatalog) -> None:
    for tech in catalog:
        for surface in tech.surfaces:
            assert surface == surface.strip(), (tech.id, surface)
            assert "  " not in surface, (tech.id, surface)


def test_one_and_two_character_surfaces_are_case_sensitive(catalog: TechCatalog) -> None:
    for tech in catalog:
        for surface in tech.surfaces:
            if len(surface) <= 2 and surface.isalnum():
                rule = tech.rule_for(surface)
                assert rule is not None, (tech.id, surface)
                assert rule.case_sensitive, (tech.id, surface)


def test_every_rule_governs_own_surfaces(catalog: TechCatalog) -> None:
    for tech in catalog:
        governed = [s for rule in tech.rules for s in rule.applies_to]
        assert len(governed) == len(set(governed)), tech.id
        assert set(governed) <= set(tech.surfaces), tech.id


def test_context_terms_name_known_sets_and_categories(catalog: TechCatalog) -> None:
    for tech in catalog:
        for rule in tech.rules:
            for term in rule.requires_context:
                if term.startswith("$"):
                    assert term[1:] in catalog.context_sets, (tech.id, term)
                if term.startswith("@"):
                    assert term[1:] in CATEGORIES, (tech.id, term)


@pytest.mark.parametrize(
    ("tech_id", "name", "category"),
    [
        ("tech:go", "Go", "language"),
        ("tech:r", "R", "language"),
        ("tech:c", "C", "language"),
        ("tech:swift", "Swift", "language"),
        ("tech:rust", "Rust", "language"),
        ("tech:spring", "Spring", "framework"),
        ("tech:express", "Express.js", "framework"),
        ("tech:dotnet", ".NET", "platform"),
        ("tech:nodejs", "Node.js", "platform"),
    ],
)
def test_hard_names_have_entries_with_rules(
    catalog: TechCatalog, tech_id: str, name: str, category: str
) -> None:
    tech = catalog[tech_id]
    assert (tech.name, tech.category) == (name, category)
    assert tech.rules, "a hard name needs a rule"


@pytest.mark.parametrize(
    ("child", "parent"),
    [
        ("tech:spring-boot", "tech:spring"),
        ("tech:aws-lambda", "tech:aws"),
        ("tech:dotnet-framework", "tech:dotnet"),
        ("tech:aspnet-core", "tech:aspnet"),
        ("tech:sap-s4hana", "tech:sap"),
    ],
)
def test_parents(catalog: TechCatalog, child: str, parent: str) -> None:
    assert catalog[child].parent == parent
    assert catalog[child] in catalog.children(parent)


@pytest.mark.parametrize(
    ("surface", "tech_id"),
    [
        ("Golang", "tech:go"),
        ("golang", "tech:go"),
        ("Go", "tech:go"),
        ("go", None),
        ("NodeJS", "tech:nodejs"),
        ("node.js", "tech:nodejs"),
        ("C Sharp", "tech:csharp"),
        ("c#", "tech:csharp"),
        ("cpp", "tech:cpp"),
        ("dotnet", "tech:dotnet"),
        (".NET Core", "tech:dotnet"),
        (".NET Framework", "tech:dotnet-framework"),
        ("  spring   BOOT ", "tech:spring-boot"),
        ("Cats (Scala)", "tech:cats"),
        ("LoRA", "tech:fine-tuning"),
        ("LoRa", "tech:lorawan"),
        ("lora", None),
        ("no such technology", None),
    ],
)
def test_by_surface(catalog: TechCatalog, surface: str, tech_id: str | None) -> None:
    found = catalog.by_surface(surface)
    assert (found.id if found else None) == tech_id


def test_punctuated_names_need_no_rule(catalog: TechCatalog) -> None:
    # "C++" and "C#" cannot be ordinary words: the longest-match rule keeps "C" out of them.
    assert catalog["tech:cpp"].rules == catalog["tech:csharp"].rules == ()
    assert catalog.by_surface("C Sharp") is catalog["tech:csharp"]


def test_every_entry_can_be_found_in_text(catalog: TechCatalog) -> None:
    assert [t.id for t in catalog if not any(is_searchable(s) for s in t.surfaces)] == []


def test_surfaces_feed_a_phrase_matcher(catalog: TechCatalog) -> None:
    triples = list(catalog.surfaces())
    assert ("Golang", "tech:go", False) in triples
    assert ("Go", "tech:go", True) in triples
    assert all(is_searchable(surface) for surface, _, _ in triples)
    assert {tech_id for _, tech_id, _ in triples} == {tech.id for tech in catalog}


def test_lookups(catalog: TechCatalog) -> None:
    assert catalog.get("tech:python") is catalog["tech:python"]
    assert catalog.get("tech:nope") is None
    assert "tech:python" in catalog
    assert list(catalog.iter()) == list(catalog)
    assert {t.category for t in catalog.by_category("cloud_service")} == {"cloud_service"}


def test_entries_round_trip_through_to_dict(catalog: TechCatalog) -> None:
    doc = {
        "version": catalog.version,
        "context_sets": {k: list(v) for k, v in catalog.context_sets.items()},
        "technologies": [tech.to_dict() for tech in catalog],
    }
    again = parse_catalog(doc)
    assert list(again) == list(catalog)


def _doc(*entries: dict[str, Any]) -> dict[str, Any]:
    return {"version": "test", "context_sets": {}, "technologies": list(entries)}


def _tech(tech_id: str, name: str, **extra: Any) -> dict[str, Any]:
    return {"id": tech_id, "name": name, "category": "language", "aliases": [], **extra}


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        ({"technologies": "no"}, "technologies"),
        (_doc(_tech("tech:a", "A"), _tech("tech:a", "B")), "duplicate id tech:a"),
        (_doc(_tech("tech:a", "A", parent="tech:zz")), "tech:zz"),
        (_doc({**_tech("tech:a", "A"), "category": "snacks"}), "snacks"),
        (_doc(_tech("tech:a", "A", colour="red")), "unknown keys"),
        (_doc(_tech("tech:a", "Alpha"), _tech("tech:b", "ALPHA")), "'alpha'"),
        (_doc(_tech("tech:a", "Alpha", rules=[{"applies_to": ["Beta"]}])), "'Beta'"),
        (
            _doc(_tech("tech:a", "A", rules=[{"applies_to": ["A"], "requires_context": ["$x"]}])),
            "$x",
        ),
        (
            _doc(_tech("tech:a", "A", rules=[{"applies_to": ["A"], "requires_context": ["@x"]}])),
            "@x",
        ),
        (_doc(_tech("tech:a", "A", aliases=[""])), "aliases"),
    ],
)
def test_bad_data_is_refused_with_a_pointed_message(doc: dict[str, Any], message: str) -> None:
    with pytest.raises(InputError, match=re.escape(message)):
        parse_catalog(doc, "bad.json")
