"""Known facts of ESCO v1.1.1, MELO and O*NET 27.0, as the loaded taxonomy tells them."""

from __future__ import annotations

from jobsift.taxonomy import Taxonomy

PYTHON = "esco:skill/ccd0a1d9-afda-43d9-b901-96344886e14d"
PROGRAMMING = "esco:skill/21d2f96d-35f7-4e3f-9745-c533d2dd6e97"
SOFTWARE_DEVELOPER = "esco:occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1"


def test_python_is_a_knowledge_concept_with_its_alt_labels(taxonomy: Taxonomy) -> None:
    python = taxonomy.skill(PYTHON)
    assert python is not None
    assert python.label == "Python (computer programming)"
    assert python.kind == "knowledge"
    assert {"Python", "Python3", "Py3K"} <= set(python.alt_labels)
    assert python.uri == "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d"
    assert taxonomy.skill(python.uri) is python


def test_skills_are_found_by_any_label_whatever_the_case(taxonomy: Taxonomy) -> None:
    for label in ("Python (computer programming)", "PYTHON", "  python3 "):
        assert [skill.id for skill in taxonomy.skills_by_label(label)] == [PYTHON]
    assert taxonomy.skills_by_label("no such skill anywhere") == ()


def test_the_hierarchy_goes_both_ways(taxonomy: Taxonomy) -> None:
    above = {skill.id: skill for skill in taxonomy.broader(PYTHON)}
    assert PROGRAMMING in above
    assert "esco:isced-f/0613" in above
    assert above["esco:isced-f/0613"].is_group
    assert above["esco:isced-f/0613"].code == "0613"
    assert PYTHON in {skill.id for skill in taxonomy.narrower(PROGRAMMING)}


def test_skill_groups_are_left_out_unless_asked_for(taxonomy: Taxonomy) -> None:
    assert not any(skill.is_group for skill in taxonomy.iter_skills())
    label = "software and applications development and analysis"
    assert taxonomy.skills_by_label(label) == ()
    groups = taxonomy.skills_by_label(label, include_groups=True)
    assert [skill.code for skill in groups] == ["0613"]


def test_related_skills_keep_essential_and_optional_apart(taxonomy: Taxonomy) -> None:
    # "supervise correctional procedures"
    supervise = "esco:skill/00064735-8fad-454b-90c7-ed858cc993f2"
    skill = taxonomy.skill(supervise)
    assert skill is not None
    assert skill.related_optional == ("esco:skill/d4a0744a-508b-4a5e-97a5-ad1fc7f55e6e",)
    assert [related.label for related in taxonomy.related(supervise)] == ["correctional procedures"]
    assert sum(len(s.related_essential) for s in taxonomy.iter_skills()) == 191
    assert sum(len(s.related_optional) for s in taxonomy.iter_skills()) == 5_708


def test_software_developer_has_isco_2512_and_labels_in_eight_languages(taxonomy: Taxonomy) -> None:
    occupation = taxonomy.occupation(SOFTWARE_DEVELOPER)
    assert occupation is not None
    assert occupation.label == "software developer"
    assert (occupation.isco, occupation.code) == ("2512", "2512.4")
    assert occupation.broader == "esco:isco/C2512"
    assert set(occupation.labels_by_language) == {"en", "de", "es", "fr", "it", "nl", "pl", "pt"}
    assert occupation.labels_by_language["en"][0] == "software developer"
    assert occupation.labels_by_language["de"][0] == "Softwareentwickler/Softwareentwicklerin"
    assert "Softwareentwickler" in occupation.labels_by_language["de"]
    assert PROGRAMMING in occupation.essential_skills
    assert PYTHON in occupation.optional_skills


def test_occupations_are_found_by_label_in_any_language(taxonomy: Taxonomy) -> None:
    def ids(label: str, lang: str | None = None) -> list[str]:
        return [occupation.id for occupation in taxonomy.occupations_by_label(label, lang)]

    assert ids("Softwareentwickler", "de") == [SOFTWARE_DEVELOPER]
    assert SOFTWARE_DEVELOPER in ids("software developer")
    assert SOFTWARE_DEVELOPER in ids("DÉVELOPPEUR DE LOGICIELS")
    assert taxonomy.occupations_by_label("Softwareentwickler", "fr") == ()
    assert taxonomy.occupations_by_label("software developer", "xx") == ()


def test_isco_groups_carry_labels_and_parents(taxonomy: Taxonomy) -> None:
    group = taxonomy.isco_group("2512")
    assert group is not None
    assert group.label == "Software developers"
    assert group.labels_by_language["de"] == ("Softwareentwickler",)
    assert group.parent == "251"
    assert taxonomy.isco_group("C2512") is group
    assert taxonomy.isco_group(group.uri) is group
    major = taxonomy.isco_group("2")
    assert major is not None
    assert major.parent is None


def test_onet_software_developers(taxonomy: Taxonomy) -> None:
    onet = taxonomy.onet("15-1252.00")
    assert onet is not None
    assert onet.title == "Software Developers"
    assert onet.job_zone == 4
    assert {"Application Developer", "DevOps Engineer"} <= set(onet.alternate_titles)
    assert onet.reported_titles
    by_name = {technology.name: technology for technology in onet.technologies}
    assert by_name["Python"].hot
    assert by_name["Python"].commodity_title == "Object or component oriented development software"
    assert not all(technology.hot for technology in onet.technologies)
    assert taxonomy.onet("15-1252") is onet


def test_crosswalk_links_software_developer_to_onet(taxonomy: Taxonomy) -> None:
    occupation = taxonomy.occupation(SOFTWARE_DEVELOPER)
    assert occupation is not None
    best = occupation.onet[0]
    assert best.code == "15-1252.00"
    assert best.basis == "label+isco-unit"
    linked = [linked.id for linked, _ in taxonomy.occupations_for_onet("15-1252.00")]
    assert linked[0] == SOFTWARE_DEVELOPER


def test_crosswalk_keeps_the_links_melo_carries(taxonomy: Taxonomy) -> None:
    # MELO's US set links "Chief Executives" to ESCO's "chief executive officer".
    linked = taxonomy.occupations_for_onet("11-1011.00")
    assert [(o.label, link.basis, link.confidence) for o, link in linked] == [
        ("chief executive officer", "crosswalk", 0.95)
    ]


def test_unknown_ids_give_none(taxonomy: Taxonomy) -> None:
    assert taxonomy.skill("esco:skill/nope") is None
    assert taxonomy.occupation("nope") is None
    assert taxonomy.isco_group("99999") is None
    assert taxonomy.onet("99-9999.99") is None
    assert taxonomy.broader("nope") == ()
    assert taxonomy.related("nope") == ()
    assert taxonomy.occupations_for_onet("nope") == ()
