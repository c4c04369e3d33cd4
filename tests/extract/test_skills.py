"""The skill extractor: technologies and ESCO skills, required vs preferred, spans, traps."""

from __future__ import annotations

import re
import threading
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jobsift.extract import skills as skills_module
from jobsift.extract.sections import find_sections
from jobsift.extract.skills import Phrase, SkillExtractor, _Rule, _rule_holds, load_phrases
from jobsift.extract.types import SkillMention, Value
from jobsift.taxonomy import Taxonomy, load_taxonomy
from jobsift.taxonomy.errors import TaxonomyDataError
from jobsift.technologies import find_technologies, load_catalog


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return load_taxonomy()


@pytest.fixture(scope="module")
def extractor(taxonomy: Taxonomy) -> SkillExtractor:
    # Loaded once for the module: every test reads it, none changes it.
    return SkillExtractor(taxonomy, load_catalog())


def skills(
    extractor: SkillExtractor, text: str, lang: str | None = None
) -> tuple[Value[SkillMention], ...]:
    return extractor.extract(text, find_sections(text), lang=lang)


def ids(extractor: SkillExtractor, text: str, lang: str | None = None) -> set[str]:
    return {value.value.id for value in skills(extractor, text, lang)}


def requirements(extractor: SkillExtractor, text: str, lang: str) -> dict[str, str]:
    return {v.value.label: v.value.requirement for v in skills(extractor, text, lang)}


def by_label(extractor: SkillExtractor, text: str, label: str) -> Value[SkillMention]:
    found = [v for v in skills(extractor, text) if v.value.label == label]
    assert len(found) == 1, [v.value.label for v in skills(extractor, text)]
    return found[0]


# -- the sample postings -------------------------------------------------------------------------


def test_seed_postings_skill_recall(
    extractor: SkillExtractor, seed_postings: list[tuple[dict[str, Any], str]]
) -> None:
    wanted = found = 0
    misses: dict[int, list[str]] = {}
    for gold, text in seed_postings:
        names = {
            name.casefold() for value in skills(extractor, text) for name in extractor.names(value)
        }
        missing = [skill for skill in gold["skills"] if skill.casefold() not in names]
        wanted += len(gold["skills"])
        found += len(gold["skills"]) - len(missing)
        if missing:
            misses[gold["n"]] = missing
    print(f"seed skill recall {found}/{wanted}; missing per posting: {misses}")
    assert found >= 0.9 * wanted, misses


# -- technologies: the catalog's traps survive the combination -----------------------------------


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Let's go to the office together and go live next week.", "tech:go"),
        ("Our R&D department works on C-level topics.", "tech:r"),
        ("Our R&D department works on C-level topics.", "tech:c"),
        ("She is a big Taylor Swift fan and gave a swift reply.", "tech:swift"),
    ],
)
def test_ordinary_words_are_no_technologies(
    extractor: SkillExtractor, text: str, absent: str
) -> None:
    found = ids(extractor, text)
    assert absent not in found
    assert not any(i.startswith("esco:") for i in found), found


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Backend in Go with goroutines and gRPC; Kubernetes deployments.", "tech:go"),
        ("Statistics in R and Python, with ggplot2 and tidyverse.", "tech:r"),
        ("Embedded firmware in C for microcontrollers, C++ for tools.", "tech:c"),
        ("iOS apps in Swift and SwiftUI with Xcode.", "tech:swift"),
    ],
)
def test_technology_names_are_found(extractor: SkillExtractor, text: str, present: str) -> None:
    assert present in ids(extractor, text)


def test_technology_wins_over_esco_on_the_same_span(extractor: SkillExtractor) -> None:
    found = ids(extractor, "Strong PostgreSQL and Drupal skills.")
    assert {"tech:postgresql", "tech:drupal"} <= found
    assert not any(i.startswith("esco:") for i in found)
    esco = extractor.esco_equivalent("tech:postgresql")
    assert esco is not None
    assert esco.startswith("esco:skill/")


# -- ESCO labels ---------------------------------------------------------------------------------


def test_esco_skills_by_preferred_and_alternative_labels(extractor: SkillExtractor) -> None:
    value = by_label(extractor, "You will lead a team and manage budgets.", "lead a team")
    assert value.value.id.startswith("esco:skill/")
    assert value.value.kind == "skill"
    assert value.confidence >= 0.85
    assert "manage budgets" in {v.value.label for v in skills(extractor, "manage budgets")}


def test_knowledge_concepts_have_their_kind(extractor: SkillExtractor) -> None:
    value = by_label(extractor, "Background in customer service.", "customer service")
    assert value.value.kind == "knowledge"


def test_singular_and_plural_meet(extractor: SkillExtractor) -> None:
    exact = by_label(extractor, "You operate forklift trucks.", "operate forklift")
    plural = by_label(extractor, "You operate forklifts daily.", "operate forklift")
    assert plural.confidence < exact.confidence  # the label's own form counts a little more


@pytest.mark.parametrize("written", ["e-learning", "e learning", "E - learning", "eLearning"])
def test_hyphens_and_spacing(extractor: SkillExtractor, written: str) -> None:
    labels = {v.value.label for v in skills(extractor, f"Experience in {written} platforms.")}
    assert "e-learning" in labels


def test_one_value_per_concept_with_every_span(extractor: SkillExtractor) -> None:
    text = "Project work in customer service.\nMore customer service, customer service again."
    value = by_label(extractor, text, "customer service")
    assert len(value.spans) == 3
    single = by_label(extractor, "customer service", "customer service")
    assert value.confidence > single.confidence  # more mentions, more confidence


def test_longest_overlapping_match_wins(extractor: SkillExtractor) -> None:
    labels = {v.value.label for v in skills(extractor, "Experience in ICT project management.")}
    assert "ICT project management" in labels
    assert "Project management" not in labels  # the technology entry inside it
    assert {v.value.id for v in skills(extractor, "Spring Boot services")} == {"tech:spring-boot"}


@pytest.mark.parametrize(
    "text",
    [
        "Lots of energy and a history of success.",
        "Clear communication with clients.",
        "Fluent English and German.",
        "Security guards and social security.",
    ],
)
def test_generic_or_ambiguous_words_are_skipped(extractor: SkillExtractor, text: str) -> None:
    assert ids(extractor, text) == set()


def test_communication_skills_map_to_esco_communication(extractor: SkillExtractor) -> None:
    assert {v.value.label for v in skills(extractor, "Good communication skills.")} == {
        "communication"
    }


def test_single_english_words_only_in_english_texts(extractor: SkillExtractor) -> None:
    text = "accounting"
    assert "accounting" in {v.value.label for v in skills(extractor, text, "en")}
    assert skills(extractor, text, "de") == ()
    assert "accounting" in {v.value.label for v in skills(extractor, "Buchhaltung", "de")}


# -- the curated phrase table -------------------------------------------------------------------

LANGUAGES = ("en", "de", "fr", "es", "pt", "pl", "it", "nl")


@pytest.fixture(scope="module")
def phrases() -> list[Phrase]:
    return [phrase for phrase in load_phrases() if phrase.concept_id]


def test_phrase_table_has_every_language(phrases: list[Phrase]) -> None:
    for lang in LANGUAGES:
        assert sum(phrase.lang == lang for phrase in phrases) >= 100, lang


def test_every_phrase_names_the_concept_its_label_says(
    phrases: list[Phrase], taxonomy: Taxonomy
) -> None:
    catalog = load_catalog()
    for phrase in phrases:
        tech = catalog.get(phrase.concept_id)
        skill = taxonomy.skill(phrase.concept_id)
        name = tech.name if tech is not None else skill.label if skill is not None else None
        # The label written beside the id catches an id copied from the wrong concept.
        assert name == phrase.label, (phrase.text, phrase.concept_id, phrase.label, name)


def test_no_phrase_names_two_concepts_or_another_technology(phrases: list[Phrase]) -> None:
    catalog = load_catalog()
    owners: dict[str, set[str]] = {}
    for phrase in phrases:
        owners.setdefault(_fold(phrase.text), set()).add(phrase.concept_id)
    assert {key: ids for key, ids in owners.items() if len(ids) > 1} == {}
    for tech in catalog:
        for surface in tech.surfaces:
            assert owners.get(_fold(surface), {tech.id}) == {tech.id}, surface


def test_an_unknown_id_stops_the_load(taxonomy: Taxonomy, monkeypatch: pytest.MonkeyPatch) -> None:
    bogus = Phrase("stocktaking", "en", "esco:skill/not-a-concept", "stocktaking", None)
    monkeypatch.setattr(skills_module, "load_phrases", lambda: [bogus])
    with pytest.raises(TaxonomyDataError, match="not-a-concept"):
        SkillExtractor(taxonomy, load_catalog())


@pytest.mark.parametrize(
    ("text", "lang", "label"),
    [
        # health care
        ("Current BLS and ACLS certification.", "en", "resuscitation"),
        ("Experience in wound care and medication administration.", "en", "carry out wound care"),
        ("Vital signs monitoring on a busy ward.", "en", "monitor patient's vital signs"),
        ("Erfahrung in der Wundversorgung", "de", "carry out wound care"),
        ("Soins palliatifs et soins des plaies", "fr", "palliative care"),
        ("Control de constantes vitales", "es", "monitor patient's vital signs"),
        ("Administração de medicamentos", "pt", "administer prescribed medication"),
        # logistics and driving
        ("Forklift licence required.", "en", "operate forklift"),
        ("Gabelstaplerschein und Ladungssicherung", "de", "operate forklift"),
        ("Gabelstaplerschein und Ladungssicherung", "de", "secure goods"),
        ("Stocktaking and order picking.", "en", "manage stock rotation"),
        ("Stocktaking and order picking.", "en", "pick orders for dispatching"),
        ("Gestion des stocks et préparation de commandes", "fr", "manage inventory"),
        ("Gestione del magazzino", "it", "manage inventory"),
        ("Wymagania:\n- prawo jazdy kat. C+E", "pl", "manoeuvre heavy trucks"),
        ("Führerschein Klasse B", "de", "drive vehicles"),
        ("Route planning and ADR certificate.", "en", "prepare transportation routes"),
        ("Route planning and ADR certificate.", "en", "hazardous materials transportation"),
        # hospitality
        ("Knowledge of HACCP and menu planning.", "en", "apply HACCP"),
        ("Knowledge of HACCP and menu planning.", "en", "plan menus"),
        ("Cash handling and upselling.", "en", "process payments"),
        ("Cash handling and upselling.", "en", "upsell products"),
        ("Elaboración de menús y manipulador de alimentos", "es", "plan menus"),
        # finance
        ("Bookkeeping under IFRS and US GAAP.", "en", "accounting"),
        (
            "Bookkeeping under IFRS and US GAAP.",
            "en",
            "international financial reporting standards",
        ),
        (
            "Bookkeeping under IFRS and US GAAP.",
            "en",
            "national generally accepted accounting principles",
        ),
        ("Payroll processing and VAT returns.", "en", "manage payroll"),
        ("Payroll processing and VAT returns.", "en", "prepare tax returns forms"),
        ("Jahresabschluss nach HGB", "de", "prepare financial statements"),
        # sales, marketing, office
        ("Strong negotiation skills and lead generation.", "en", "negotiate compromises"),
        ("Strong negotiation skills and lead generation.", "en", "prospect new customers"),
        ("Email marketing, content marketing", "en", "execute email marketing"),
        ("Email marketing, content marketing", "en", "content marketing strategy"),
        ("Atención al cliente y gestión de reclamaciones", "es", "customer service"),
        ("Atendimento ao cliente", "pt", "customer service"),
        ("Klantenservice en klachtafhandeling", "nl", "handle customer complaints"),
        ("Obsługa klienta, wprowadzanie danych", "pl", "process data"),
        # trades and manufacturing
        ("Fault finding and reading wiring diagrams.", "en", "troubleshoot"),
        ("Fault finding and reading wiring diagrams.", "en", "interpret electrical diagrams"),
        ("Elektroinstallation und KNX", "de", "install electrical and electronic equipment"),
        ("Elektroinstallation und KNX", "de", "building automation"),
        (
            "GD&T and technical drawings; MIG welding",
            "en",
            "interpret geometric dimensions and tolerances",
        ),
        ("GD&T and technical drawings; MIG welding", "en", "welding techniques"),
        ("Ervaring met lassen", "nl", "welding techniques"),
    ],
)
def test_noun_phrases_name_their_esco_concept(
    extractor: SkillExtractor, text: str, lang: str, label: str
) -> None:
    assert label in {v.value.label for v in skills(extractor, text, lang)}


@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        ("Lean teams move fast. We keep processes lean.", "en", "Lean"),
        ("Our recruitment process has three steps.", "en", "recruit employees"),
        ("Notre processus de recrutement comporte trois étapes.", "fr", "recruit employees"),
        ("About us\nSAP is a market leader in enterprise software.", "en", "SAP"),
        ("The sap rises in spring.", "en", "SAP"),
        ("Lassen Sie uns sprechen.", "de", "welding techniques"),
        ("Our architecture ADR log is public.", "en", "hazardous materials transportation"),
        ("We are a payroll company on the payroll market.", "en", "manage payroll"),
        ("Conversa final com a liderança.", "pt", "lead others"),
    ],
)
def test_everyday_words_are_no_skills(
    extractor: SkillExtractor, text: str, lang: str, absent: str
) -> None:
    assert absent not in {v.value.label for v in skills(extractor, text, lang)}


def test_english_phrases_meet_the_other_number(extractor: SkillExtractor) -> None:
    for text in ("Prepares the VAT return.", "Forklift licences and stock counts."):
        assert {v.value.label for v in skills(extractor, text, "en")} & {
            "prepare tax returns forms",
            "operate forklift",
        }, text


def test_a_capitalised_phrase_counts_only_inside_a_sentence() -> None:
    rule = _Rule(None, "Lean", False)
    assert _rule_holds(rule, "Knowledge of Lean tools", 13, 17, "en")
    assert not _rule_holds(rule, "Lean teams win", 0, 4, "en")
    assert not _rule_holds(rule, "- Lean teams win", 2, 6, "en")
    assert not _rule_holds(rule, "Knowledge of lean tools", 13, 17, "en")


def test_acronyms_count_as_written_in_requirements(extractor: SkillExtractor) -> None:
    text = "Ihr Profil\n- SAP-Kenntnisse\n- ADR-Schein oder ADR"
    found = {v.value.label for v in skills(extractor, text, "de")}
    assert {"SAP", "hazardous materials transportation"} <= found
    assert "SAP" not in {v.value.label for v in skills(extractor, "Ihr Profil\n- sap", "de")}


def test_names_include_labels_and_aliases(extractor: SkillExtractor) -> None:
    (rest,) = skills(extractor, "RESTful APIs")
    assert {"REST", "REST API", "RESTful APIs"} <= set(extractor.names(rest))
    (team,) = skills(extractor, "Trabajo en equipo", "es")
    assert {"work in teams", "trabajo en equipo"} <= set(extractor.names(team.value))


# -- required vs preferred -----------------------------------------------------------------------

MULTILINGUAL = {
    "en": (
        "Requirements\n- 5 years of Python\n- Docker\nNice to have\n- Kubernetes\n\n"
        "Experience with Kafka is a plus."
    ),
    "de": (
        "Ihr Profil\n- Erfahrung mit Java und Docker\n- Teamfähigkeit\n"
        "- Kenntnisse in Kubernetes sind von Vorteil\n- Kafka wünschenswert"
    ),
    "fr": (
        "Profil recherché\n- Maîtrise de Java et Docker\n- Esprit d'équipe\n"
        "- Une expérience avec Kubernetes serait un atout\n- Kafka souhaité"
    ),
    "es": (
        "Requisitos\n- Experiencia con Java y Docker\n- Trabajo en equipo\n"
        "- Se valorará experiencia con Kubernetes\n- Kafka deseable"
    ),
    "pt": (
        "Requisitos\n- Experiência com Java e Docker\n- Trabalho em equipe\n"
        "- Kubernetes é desejável\n- Kafka será um diferencial"
    ),
    "pl": (
        "Czego oczekujemy\n- Znajomość Java i Docker\n- Umiejętność pracy w zespole\n"
        "- Dodatkowym atutem będzie: Kubernetes\n- Mile widziane: Kafka"
    ),
    "it": (
        "Requisiti\n- Esperienza con Java e Docker\n- Lavoro di squadra\n"
        "- Gradita conoscenza di Kubernetes\n- La conoscenza di Kafka costituisce un plus"
    ),
    "nl": (
        "Wat vragen wij\n- Ervaring met Java en Docker\n- Teamspeler\n"
        "- Kennis van Kubernetes is een pré\n- Ervaring met Kafka is een pluspunt"
    ),
}


@pytest.mark.parametrize("lang", sorted(MULTILINGUAL))
def test_required_and_preferred_in_each_language(extractor: SkillExtractor, lang: str) -> None:
    found = requirements(extractor, MULTILINGUAL[lang], lang)
    assert found["Java" if lang != "en" else "Python"] == "required"
    assert found["Docker"] == "required"
    assert found["Kubernetes"] == "preferred"
    if lang != "en":
        assert found["Apache Kafka"] == "preferred"
        assert found["work in teams"] == "required"
    else:
        assert found["Apache Kafka"] == "preferred"


def test_preference_cue_covers_its_sentence_only(extractor: SkillExtractor) -> None:
    found = requirements(extractor, "You know Java. Kotlin is a plus. You know SQL.", "en")
    assert found == {"Java": "required", "Kotlin": "preferred", "SQL": "required"}


def test_lead_in_cue_covers_the_lines_below(extractor: SkillExtractor) -> None:
    text = "You write Java.\nBonus points if you know:\n- Rust\n- Scala\n\nYou also know SQL."
    found = requirements(extractor, text, "en")
    assert found == {
        "Java": "required",
        "Rust": "preferred",
        "Scala": "preferred",
        "SQL": "required",
    }


def test_a_mention_in_requirements_outweighs_a_preference(extractor: SkillExtractor) -> None:
    text = "Requirements\n- Docker\nNice to have\n- Docker Compose and Docker"
    assert requirements(extractor, text, "en")["Docker"] == "required"


def test_legal_text_yields_no_skills(extractor: SkillExtractor) -> None:
    text = (
        "Requirements\n- Python\n\nWe are an equal opportunity employer and do not "
        "discriminate; we process your personal data for project management purposes only."
    )
    assert ids(extractor, text) == {"tech:python"}


# -- invariants ----------------------------------------------------------------------------------


def _fold(text: str) -> str:
    words = re.sub(r"[\W_]+", " ", text.casefold()).split()
    return " ".join(re.sub(r"(ies|es|s|y)$", "", word) for word in words)


def test_spans_are_the_evidence(extractor: SkillExtractor, shared_dir: Path) -> None:
    text = (shared_dir / "samples" / "seed_postings.txt").read_text(encoding="utf-8")
    text += "\n" + "\n".join(MULTILINGUAL.values())
    values = skills(extractor, text)
    assert len(values) > 40
    for value in values:
        names = {_fold(name) for name in extractor.names(value)}
        for start, end in value.spans:
            assert 0 <= start < end <= len(text)
            assert _fold(text[start:end]) in names, (text[start:end], value.value.label)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_any_text_is_safe(extractor: SkillExtractor, text: str) -> None:
    values = skills(extractor, text)
    assert values == skills(extractor, text)  # deterministic
    for value in values:
        assert 0.0 <= value.confidence <= 1.0
        for start, end in value.spans:
            assert 0 <= start < end <= len(text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from(
            ["Python", "lead a team", "customer services", "is a plus", "Go", "e - learning", "-"]
        )
        | st.text(alphabet="aé İß-. \n:;ﬁ", max_size=8),
        max_size=20,
    )
)
def test_joined_phrases_keep_valid_spans(extractor: SkillExtractor, parts: list[str]) -> None:
    text = " ".join(parts)
    for value in skills(extractor, text, "en"):
        for start, end in value.spans:
            assert 0 <= start < end <= len(text)


def test_threads_share_one_extractor(extractor: SkillExtractor) -> None:
    text = "\n".join(MULTILINGUAL.values())
    expected = skills(extractor, text)
    results: list[object] = []

    def run() -> None:
        for _ in range(20):
            results.append(skills(extractor, text))

    threads = [threading.Thread(target=run) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [expected] * 80


def test_empty_text(extractor: SkillExtractor) -> None:
    assert extractor.extract("", ()) == ()
    assert extractor.extract("   \n", ()) == ()


def test_phrases_do_not_span_lines(extractor: SkillExtractor) -> None:
    assert "customer service" in {v.value.label for v in skills(extractor, "customer service")}
    assert ids(extractor, "Our customer\nservice desk") == set()


def test_one_word_labels_inside_names_do_not_count(extractor: SkillExtractor) -> None:
    assert ids(extractor, "Acme Robotics is hiring.") == set()
    assert {v.value.label for v in skills(extractor, "Robotics and statistics.")} == {
        "robotics",
        "statistics",
    }


def test_french_prerequisites_are_no_preference(extractor: SkillExtractor) -> None:
    found = requirements(extractor, "Pré-requis : Python et Docker.", "fr")
    assert found == {"Python": "required", "Docker": "required"}


def _reference_norm(text: str) -> str:
    """What ESCO keys were matched in before the shared scan: the plain definition."""
    norm = "".join(char.lower() if char.isascii() and char.isalnum() else char for char in text)
    norm = "".join(" " if char.isascii() and not char.isalnum() else char for char in norm)
    if not norm.isascii() and not norm.islower():
        norm = norm.replace("\u0130", "i").lower()
    for char in skills_module._OTHER_SPACES:
        norm = norm.replace(char, " ")
    return f" {norm} "


_SCAN_PIECES = st.sampled_from(
    ["Go", "C++", ".NET", "Python", "Excel", "_", "•", "€", "¿", "–", "’", "\xa0", "é", "É",
     "Ł", "ß", "İ", "Σ", "ς", "ﬁ", "&", "-", ".", " ", "\n", "2026", "Teamwork", "Lernbereit"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(_SCAN_PIECES, max_size=25).map("".join))
def test_scan_texts_serve_both_key_sets(text: str) -> None:
    from jobsift.technologies.match import _plain, _skeleton

    norm, skeleton = skills_module._scan_texts(text)
    assert norm == _reference_norm(text)
    folded = _plain(text).casefold()
    if skeleton is not None:
        # The technology matcher's own skeleton, one character for one.
        assert skeleton == _skeleton(folded)
    else:
        assert any(char in text for char in "ßİΣςﬁ")


@pytest.mark.parametrize(
    "text",
    [
        "Requirements:\n- Python, C++ and .NET\n- teamwork, Excel • SAP",
        "Anforderungen: Python und SAP, Größe egal, Teamfähigkeit",  # ß: no shared skeleton
        "Python_3 and C#; ¿SQL? 5 € bonus",
        "Straße: Go, Kubernetes, C++ und ASP.NET; İzmir",  # no shared skeleton either
    ],
)
def test_the_shared_pass_finds_what_the_matcher_finds(extractor: SkillExtractor, text: str) -> None:
    found = {v.value.id for v in skills(extractor, text) if v.value.kind == "technology"}
    assert found == {m.id for m in find_technologies(text, extractor._catalog)}
