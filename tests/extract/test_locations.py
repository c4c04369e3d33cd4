from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jobsift.extract.locations import _sentence_end, extract_locations, extract_remote_region
from jobsift.extract.types import Location, Value
from jobsift.geo import Gazetteer, fold, load_gazetteer

Triple = tuple[str | None, str | None, str | None]


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def triples(text: str, gazetteer: Gazetteer) -> list[Triple]:
    return [
        (v.value.city, v.value.region, v.value.country) for v in extract_locations(text, gazetteer)
    ]


def evidence(text: str, value: Value[Location]) -> list[str]:
    return [text[start:end] for start, end in value.spans]


# -- what must be found -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # English
        ("Hybrid role in Goiânia with cross-functional teams.", ("Goiânia", "Goiás", "BR")),
        ("We are hiring for our office in Lodz.", ("Łódź", "Łódzkie", "PL")),
        ("The team sits in Munich, close to the river.", ("Munich", "Bayern", "DE")),
        ("Relocation to Cologne is supported.", ("Köln", "Nordrhein-Westfalen", "DE")),
        ("Our Krakow office grows fast.", ("Kraków", "Małopolskie", "PL")),
        ("Based in Zurich.", ("Zürich", "Zürich", "CH")),
        ("Join us in Geneva.", ("Geneva", "Genève", "CH")),
        ("You will work from Lisbon.", ("Lisbon", None, "PT")),
        ("Located in Sao Paulo.", ("São Paulo", "São Paulo", "BR")),
        ("An engineering hub in Brussels.", ("Brussels", None, "BE")),
        ("Offices in Warsaw.", ("Warsaw", "Mazowieckie", "PL")),
        ("Senior Engineer - Berlin", ("Berlin", "Berlin", "DE")),
        ("A Berlin-based fintech.", ("Berlin", "Berlin", "DE")),
        ("Our NYC office is great.", ("New York City", "New York", "US")),
        ("Located in the SF Bay Area.", ("San Francisco", "California", "US")),
        # German
        ("Standort: München, hybrides Arbeiten möglich.", ("Munich", "Bayern", "DE")),
        ("Dein Arbeitsort ist Köln.", ("Köln", "Nordrhein-Westfalen", "DE")),
        ("Wir suchen Verstärkung in Zürich.", ("Zürich", "Zürich", "CH")),
        # French
        ("Poste basé à Genève.", ("Geneva", "Genève", "CH")),
        ("Rejoignez notre équipe à Bruxelles.", ("Brussels", None, "BE")),
        # Spanish
        ("Trabajo presencial en Madrid.", ("Madrid", "Comunidad de Madrid", "ES")),
        # Portuguese
        ("Vaga híbrida em Lisboa.", ("Lisbon", None, "PT")),
        ("Trabalho presencial em São Paulo.", ("São Paulo", "São Paulo", "BR")),
        # Polish
        ("Praca stacjonarna w Warszawie.", ("Warsaw", "Mazowieckie", "PL")),
        ("Biuro w Krakowie, praca hybrydowa.", ("Kraków", "Małopolskie", "PL")),
        ("Oferta pracy: Warszawa.", ("Warsaw", "Mazowieckie", "PL")),
        # Italian
        ("Lavoro in sede a Milano.", ("Milan", "Lombardia", "IT")),
        ("Sede di lavoro: Roma.", ("Rome", "Lazio", "IT")),
        # Dutch
        ("Je werkt op ons kantoor in Amsterdam.", ("Amsterdam", None, "NL")),
        ("Werken bij ons team in Rotterdam.", ("Rotterdam", None, "NL")),
        ("Kantoor in Den Haag.", ("The Hague", None, "NL")),
        ("Sede en Sevilla.", ("Sevilla", "Andalucía", "ES")),
    ],
)
def test_cities_in_eight_languages(text: str, expected: Triple, gazetteer: Gazetteer) -> None:
    assert triples(text, gazetteer) == [expected]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # "our X location / site / team", "X-based", "X branch"
        ("We need a Senior Fullstack Engineer for our San Francisco location.", "San Francisco"),
        ("We are hiring for our Belfast location.", "Belfast"),
        ("A Junior Accountant for our Wroclaw location.", "Wrocław"),
        ("This is an on-site position at our Utrecht location.", "Utrecht"),
        ("You will work on site in Amsterdam.", "Amsterdam"),
        ("Join our Stuttgart team.", "Stuttgart"),
        ("You will work with a friendly, experienced team in Austin.", "Austin"),
        ("We are hiring a HR Business Partner in Manchester.", "Manchester"),
        ("Our Leeds branch is growing.", "Leeds"),
        # German
        ("Wir wachsen weiter und suchen für Hannover eine Pflegefachkraft.", "Hannover"),
        ("Einsatzort: Nürnberg", "Nuremberg"),
        ("Arbeitsplatz: Dortmund", "Dortmund"),
        # French
        ("Lieu de travail : Lyon", "Lyon"),
        ("Le poste s'exerce sur notre site de Bordeaux.", "Bordeaux"),
        ("Nous recherchons un(e) Commercial terrain senior (Lausanne).", "Lausanne"),
        ("Directrice des soins – Liège.", "Liège"),
        # Spanish
        ("Lugar de trabajo: Zaragoza", "Zaragoza"),
        ("Puesto presencial en nuestro centro de Bilbao.", "Bilbao"),
        # Portuguese
        ("Local de trabalho: Braga", "Braga"),
        ("Vaga para Enfermeiro Assistencial – Coimbra.", "Coimbra"),
        # Polish
        ("Miejsce pracy: Gdańsk", "Gdańsk"),
        ("Praca wyłącznie stacjonarna w naszej siedzibie (Poznań).", "Poznań"),
        # Italian
        ("Cerchiamo un infermiere per la nostra sede (Padova).", "Padua"),
        ("Nuova posizione: Operatore Customer Care, Bari.", "Bari"),
        ("Modalità: In presenza (Torino)", "Turin"),
        ("Siamo un'azienda con sede a Bologna.", "Bologna"),
        ("Lavoro presso la sede di Napoli.", "Naples"),
        # Dutch
        ("Customer Service Medewerker – standplaats Den Haag.", "The Hague"),
        ("We werken hybride, met vaste kantoordagen in 's-Hertogenbosch.", "'s-Hertogenbosch"),
        ("Class 1 Driver ('s-Hertogenbosch).", "'s-Hertogenbosch"),
        ("Werklocatie: 's-Gravenhage", "The Hague"),
        ("Locatie: Den Bosch", "'s-Hertogenbosch"),
        ("IC-verpleegkundige (Arnhem).", "Arnhem"),
        ("Ons bedrijf is gevestigd te Zwolle.", "Zwolle"),
        # "based" in every language lifts even an ambiguous name
        ("Poste basé à Nice.", "Nice"),
        ("Puesto ubicado en Mérida.", "Mérida"),
    ],
)
def test_more_cues_in_eight_languages(text: str, city: str, gazetteer: Gazetteer) -> None:
    assert [t[0] for t in triples(text, gazetteer)] == [city]


def test_the_dutch_s_prefix_is_part_of_the_evidence(gazetteer: Gazetteer) -> None:
    text = "Kantoor in 's-Hertogenbosch."
    (value,) = extract_locations(text, gazetteer)
    assert evidence(text, value) == ["'s-Hertogenbosch"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the posting's language prefers its own countries among namesakes
        ("Buscamos Electricista en Valencia.", "es", ("Valencia", "ES")),
        ("Enfermero/a para nuestra sede de Valencia.", "es", ("Valencia", "ES")),
        ("Vaga presencial em Toledo.", "pt", ("Toledo", "BR")),
        # ... but a namesake in one of them must not be tiny beside the biggest
        ("Trabajo en Córdoba.", "es", ("Córdoba", "AR")),
        # the text settles it: a pair, or a country named elsewhere
        ("Trabajo en Valencia, Carabobo.", "es", ("Valencia", "VE")),
        ("Trabajo en Valencia (Venezuela).", "es", ("Valencia", "VE")),
        ("Oficina en Valencia. Empresa líder en Venezuela.", "es", ("Valencia", "VE")),
        # without a language, or with one that prefers neither: the biggest
        ("Buscamos Electricista en Valencia.", None, ("Valencia", "VE")),
        # a preferred namesake must not be tiny beside the biggest: Geneva, IL is
        ("Join our team in Geneva.", "en", ("Geneva", "CH")),
        ("Offices in Birmingham.", "en", ("Birmingham", "GB")),
    ],
)
def test_the_language_and_the_text_choose_among_namesakes(
    text: str, lang: str | None, expected: tuple[str, str], gazetteer: Gazetteer
) -> None:
    found = extract_locations(text, gazetteer, lang=lang)
    assert (found[0].value.city, found[0].value.country) == expected


def test_a_pair_settles_the_other_mentions_of_its_name(gazetteer: Gazetteer) -> None:
    text = "Buscamos Gestor/a de Proyectos IT en Valencia.\nUbicación: Valencia, España"
    (value,) = extract_locations(text, gazetteer)
    assert (value.value.city, value.value.country) == ("Valencia", "ES")
    assert evidence(text, value) == ["Valencia", "Valencia", "España"]


def test_spanish_regions_pair_with_their_cities(gazetteer: Gazetteer) -> None:
    assert triples("Location: Malaga, Andalucía", gazetteer) == [("Málaga", "Andalucía", "ES")]
    assert triples("Lugar de trabajo: Valencia, Comunidad Valenciana", gazetteer) == [
        ("Valencia", "Comunidad Valenciana", "ES")
    ]


def test_the_employer_seat_comes_after_the_job_place(gazetteer: Gazetteer) -> None:
    text = (
        "Our headquarters are in Graz, and our teams work across several countries.\n"
        "This is an on-site position at our Cologne location."
    )
    assert [t[0] for t in triples(text, gazetteer)] == ["Köln", "Graz"]
    text = "La nostra sede principale è a Torino. Lavoro in presenza a Bari."
    assert [t[0] for t in triples(text, gazetteer)] == ["Bari", "Turin"]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Strategic transformation in Switzerland.", "CH"),
        ("Arbeiten in der Schweiz.", "CH"),
        ("Un poste en Suisse.", "CH"),
        ("Wir sind ein Team in Deutschland.", "DE"),
        ("Praca w Niemczech.", "DE"),
        ("Siedziba: Niemcy.", "DE"),
        ("Trabajo en España.", "ES"),
        ("Empresa no Brasil.", "BR"),
        ("Lavoro in Italia.", "IT"),
        ("Werken in Nederland.", "NL"),
        ("Open to candidates in the USA.", "US"),
        ("Hiring in the UK.", "GB"),
    ],
)
def test_countries_in_eight_languages(text: str, country: str, gazetteer: Gazetteer) -> None:
    assert triples(text, gazetteer) == [(None, None, country)]


@pytest.mark.parametrize(
    ("text", "expected", "spans"),
    [
        ("based in Łódź, Poland.", ("Łódź", "Łódzkie", "PL"), ["Łódź", "Poland"]),
        ("Austin, TX", ("Austin", "Texas", "US"), ["Austin", "TX"]),
        ("Austin, Texas, USA", ("Austin", "Texas", "US"), ["Austin", "Texas", "USA"]),
        ("Goiânia, Goiás", ("Goiânia", "Goiás", "BR"), ["Goiânia", "Goiás"]),
        ("Reading, UK", ("Reading", None, "GB"), ["Reading", "UK"]),
        ("Nice, France", ("Nice", None, "FR"), ["Nice", "France"]),
        ("Phoenix, AZ", ("Phoenix", "Arizona", "US"), ["Phoenix", "AZ"]),
        ("Split, Croatia", ("Split", None, "HR"), ["Split", "Croatia"]),
        ("Geneva, IL", ("Geneva", "Illinois", "US"), ["Geneva", "IL"]),
        ("Florence, Italy", ("Florence", "Toscana", "IT"), ["Florence", "Italy"]),
        ("Toronto, ON", ("Toronto", "Ontario", "CA"), ["Toronto", "ON"]),
        ("Linz, Austria", ("Linz", "Oberösterreich", "AT"), ["Linz", "Austria"]),
        ("Paris, TX", ("Paris", "Texas", "US"), ["Paris", "TX"]),
        ("Atlanta, Georgia", ("Atlanta", "Georgia", "US"), ["Atlanta", "Georgia"]),
    ],
)
def test_a_pair_is_one_location_and_picks_the_namesake(
    text: str, expected: Triple, spans: list[str], gazetteer: Gazetteer
) -> None:
    (value,) = extract_locations(text, gazetteer)
    assert (value.value.city, value.value.region, value.value.country) == expected
    assert evidence(text, value) == spans
    assert value.basis == "stated"


def test_a_city_alone_infers_its_country(gazetteer: Gazetteer) -> None:
    text = "Hybrid role in Goiânia."
    (value,) = extract_locations(text, gazetteer)
    assert value.value.country == "BR"
    assert value.basis == "inferred:location"
    assert value.value.geonames_id == 3462377
    assert evidence(text, value) == ["Goiânia"]


def test_one_value_per_place_with_every_span(gazetteer: Gazetteer) -> None:
    text = "Offices in München. Munich is lovely; MÜNCHEN in capitals too."
    (value,) = extract_locations(text, gazetteer)
    assert value.value.city == "Munich"
    assert evidence(text, value) == ["München", "Munich", "MÜNCHEN"]


def test_a_list_of_cities(gazetteer: Gazetteer) -> None:
    text = "Offices in Berlin, Hamburg and Köln."
    assert [t[0] for t in triples(text, gazetteer)] == ["Berlin", "Hamburg", "Köln"]


def test_countries_that_are_names_need_a_preposition(gazetteer: Gazetteer) -> None:
    assert triples("Our clients in Jordan and Turkey.", gazetteer) == [
        (None, None, "JO"),
        (None, None, "TR"),
    ]
    assert triples("The office is located in Jersey.", gazetteer) == [(None, None, "JE")]


def test_ambiguous_names_with_a_strong_cue(gazetteer: Gazetteer) -> None:
    assert triples("This role is based in Reading.", gazetteer) == [("Reading", None, "GB")]
    assert triples("Our office in Nice overlooks the sea.", gazetteer) == [("Nice", None, "FR")]


# -- traps: nothing may be found ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Reading and writing English fluently.",
        "Reading is part of the job.",
        "Mobile development with Kotlin.",
        "Split the monolith into services.",
        "Nice to have: Docker.",
        "Bath towels are provided.",
        "Florence will be your manager.",
        "Mission: make payments simple.",
        "Senior Java Fullstack Engineer using Angular and Spring Boot.",
        "Experience in Java and Spring.",
        "Jersey and JAX-RS for REST services.",
        "Experience in Jersey (JAX-RS).",
        "Experience in Aruba networking.",
        "Experience in Google Cloud.",
        "Jordan will call you.",
        "Experience in Allen-Bradley PLCs.",
        "Chester will onboard you.",
        "Victoria leads the platform team.",
        "Amazon Aurora and DynamoDB.",
        "Elixir and the Phoenix framework.",
        "Manchester United fans welcome.",
        "Most candidates answer within a week.",
        "Austin will review your code.",
        "Boston Consulting Group alumni welcome.",
        "Paris Hilton is not our client.",
        "We comply with the California Consumer Privacy Act.",
        "Texas Instruments microcontrollers.",
        "Read the Washington Post.",
        "Victoria, our CEO, says hello.",
        "Our product Phoenix, a scheduler, runs on Kubernetes.",
        "Contributing to automated driving technology for Ford vehicles at Latitude AI.",
        "Senior Backend Software Engineer at Regard building backend services.",
        "Decoupled Drupal Engineer maintaining the backend for Forcepoint.com.",
        "the city of berlin in lower case is not a name here",
        "",
        "   \n\t ",
        "Python, Go, Rust, TypeScript, Kubernetes, PostgreSQL.",
        # employers, languages and work, not places
        "As an Intern – AI Engineer at Bellavista, you will work with a friendly team.",
        "Goede kennis van Nederlands en Engels.",
        "Experiencia de trabajo en Java y Spring.",
        "Expérience de travail en Java.",
        "Manchester City fans welcome.",
        "Experience in Mercedes-Benz diagnostics.",
        "Our team in Java and Spring Boot.",
        "Our Phoenix team ships the scheduler.",
        "- Ropa de trabajo\n- Banda salarial: 2.500 €",
    ],
)
def test_words_that_look_like_places_are_not_places(text: str, gazetteer: Gazetteer) -> None:
    assert extract_locations(text, gazetteer) == ()


# -- remote regions -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "region", "evidence_text"),
    [
        ("This job is remote within the EU.", "EU", "EU"),
        ("Remote (US)", "US", "US"),
        ("Remote - UK only", "GB", "UK"),
        ("100 % remoto desde cualquier lugar de España", "ES", "España"),
        ("Homeoffice innerhalb Deutschlands", "DE", "Deutschlands"),
        ("Fully remote, worldwide.", "WORLDWIDE", "worldwide"),
        ("Work from anywhere.", "WORLDWIDE", "anywhere"),
        ("Remote from anywhere in Portugal.", "PT", "Portugal"),
        ("Remote in EMEA.", "EMEA", "EMEA"),
        ("Remote across APAC.", "APAC", "APAC"),
        ("Remote within LATAM time zones.", "LATAM", "LATAM"),
        ("Remote within the EEA.", "EEA", "EEA"),
        ("US-based remote role.", "US", "US"),
        ("Praca zdalna z dowolnego miejsca w Polsce.", "PL", "Polsce"),
        ("Télétravail depuis la France.", "FR", "France"),
        ("Lavoro da remoto in tutta Italia.", "IT", "Italia"),
        ("Volledig remote binnen Nederland.", "NL", "Nederland"),
        ("Trabalho remoto em todo o Brasil.", "BR", "Brasil"),
        ("Remote within the U.S.", "US", "U.S."),
        ("Remote US/Canada", "US", "US"),
        ("Remote - Germany", "DE", "Germany"),
        ("Remote, but you must live in Spain.", "ES", "Spain"),
    ],
)
def test_remote_regions(text: str, region: str, evidence_text: str, gazetteer: Gazetteer) -> None:
    found = extract_remote_region(text, gazetteer)
    assert found is not None
    assert found.value == region
    assert [text[s:e] for s, e in found.spans] == [evidence_text]


@pytest.mark.parametrize(
    "text",
    [
        "We are a remote-first company.",
        "Remote-friendly team with offices in Berlin.",
        "Experience with remote sensing in Europe.",
        "Hybrid role in Goiânia.",
        "Remote access to servers in Germany.",
        "We support remote US customers.",
        "Fully remote (CET +/- 2h).",
        "Remote-first company in Berlin.",
        "This role is remote. Our HQ is in London.",
        "eu sou remoto",
        "",
    ],
)
def test_no_remote_region(text: str, gazetteer: Gazetteer) -> None:
    assert extract_remote_region(text, gazetteer) is None


# -- invariants -----------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_text_never_crashes(text: str) -> None:
    gazetteer = _shared()
    values = extract_locations(text, gazetteer)
    for value in values:
        assert 0.0 <= value.confidence <= 1.0
        for start, end in value.spans:
            assert 0 <= start < end <= len(text)
    region = extract_remote_region(text, gazetteer)
    if region is not None:
        assert all(0 <= s < e <= len(text) for s, e in region.spans)


_WORDS = st.sampled_from(
    ["in", "based", "Berlin", "Łódź", ",", "Poland", "Reading", "remote", "(US)", "Standort:",
     "München", "w", "Polsce", "Nice", "Austin", "TX", "the", "EU", "within", "\n", "İ", "ß"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, max_size=30).map(" ".join))
def test_spans_are_evidence_and_results_are_deterministic(text: str) -> None:
    gazetteer = _shared()
    first = extract_locations(text, gazetteer)
    assert first == extract_locations(text, gazetteer)
    seen: set[Location] = set()
    for value in first:
        assert value.value not in seen  # one value per place
        seen.add(value.value)
        assert value.spans == tuple(sorted(value.spans))
        for start, end in value.spans:
            piece = text[start:end]
            assert piece == piece.strip()
            assert piece[0].isupper()
    assert extract_remote_region(text, gazetteer) == extract_remote_region(text, gazetteer)


def _reference_words(text: str, known: frozenset[str]) -> list[tuple[int, str]]:
    """What _capitalized_words finds, read the plain way: split on whitespace, take each
    token's first word (or the one after "'s-"), keep it when capitalized, not after "@" or
    ".", and known; its offset is where the token is found again after the last one kept."""
    import re

    found: list[tuple[int, str]] = []
    for match in re.finditer(r"\S+", text):
        index, token = match.start(), match.group()
        word = re.search(r"[^\W_]+", token)
        if token[0].islower() or word is None:
            continue
        at = word.start()
        if (
            word.group() == "s"
            and at in (1, 2)
            and token[at - 1] in "'’"
            and token[at + 1 : at + 2] == "-"
        ):
            word = re.search(r"[^\W_]+", token[at + 2 :])
            if word is None:
                continue
            at += 2 + word.start()
        name = word.group()
        if not name[0].isupper() or (at and token[at - 1] in "@#_./'’") or fold(name) not in known:
            continue
        found.append((index + at, name))
    return found


_TOKENS = st.sampled_from(
    ["Berlin", "(Berlin)", "@Berlin", "x.Berlin", "_Berlin", "—Berlin", "“Berlin”", "Foo/Berlin",
     "Berlin/Paris", "Parisian", "Paris", "PARIS", "paris", "'s-Hertogenbosch", "’s-Gravenhage",
     "('s-Gravenhage)", "s-", "Łódź", "łódź", "İstanbul", "1Berlin", "ªBerlin", "🚀Berlin", "ǅx",
     "中Berlin", "A", "La", "São", "-", "in", "Munich-based", "Wrocław,"]
)  # fmt: skip
_GAPS = st.sampled_from([" ", "  ", "\n", "\t", "\u00a0", "\u2003", ""])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_TOKENS, _GAPS), max_size=12))
def test_capitalized_words_read_tokens_as_the_plain_reading(
    pieces: list[tuple[str, str]],
) -> None:
    from jobsift.extract.locations import _capitalized_words

    text = "".join(token + gap for token, gap in pieces)
    known = _shared().first_words
    found = _capitalized_words(text, 0, len(text), known)
    assert [(offset, word) for offset, word, _ in found] == _reference_words(text, known)
    assert all(key == fold(word) for _, word, key in found)


def test_a_token_is_found_where_it_stands(gazetteer: Gazetteer) -> None:
    """ "Paris" after "Parisian" is read where it stands: up to extract.v1 it was looked for
    from the last kept token on, landed on "Parisian", and was lost."""
    from jobsift.extract.locations import _capitalized_words

    text = "Parisian food. Paris (Berlin) @Madrid 's-Hertogenbosch"
    found = _capitalized_words(text, 0, len(text), gazetteer.first_words)
    assert [(offset, word) for offset, word, _ in found] == [
        (text.index("Paris "), "Paris"),
        (text.index("Berlin"), "Berlin"),
        (text.index("Hertogenbosch"), "Hertogenbosch"),
    ]
    for text in ("Parisian food in Paris", "Italian food in Paris"):
        (place,) = extract_locations(text, gazetteer)
        assert place.value.city == "Paris"
        assert place.spans == ((text.index(" Paris") + 1, len(text)),)
    (berlin,) = extract_locations("Berliner Start-up sucht Entwickler in Berlin", gazetteer)
    assert berlin.value.city == "Berlin"


_CACHE: list[Gazetteer] = []


def _shared() -> Gazetteer:
    # hypothesis does not mix with function-scoped fixtures; load once for these tests.
    if not _CACHE:
        _CACHE.append(load_gazetteer())
    return _CACHE[0]


# -- the shared seed postings ---------------------------------------------------------------------


def test_seed_gold_locations(
    seed_postings: list[tuple[dict[str, Any], str]], gazetteer: Gazetteer
) -> None:
    for record, text in seed_postings:
        found = extract_locations(text, gazetteer)
        expected = record["locations"]
        assert len(found) == len(expected), (record["n"], found)
        for want, value in zip(expected, found, strict=True):
            got = value.value
            assert (got.city, got.country) == (want["city"], want["country"]), record["n"]
            if want.get("region"):
                assert got.region == want["region"], record["n"]


def test_one_gazetteer_serves_many_threads(gazetteer: Gazetteer) -> None:
    from concurrent.futures import ThreadPoolExecutor

    texts = [
        "Based in Łódź, Poland.",
        "Hybrid role in Goiânia.",
        "Remote within the EU; offices in Berlin and Zürich.",
        "Reading, writing and Java.",
    ] * 25
    expected = [extract_locations(text, gazetteer) for text in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(lambda text: extract_locations(text, gazetteer), texts))
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("remote in the U.S. only", 18),  # "U." closes no sentence: no space after it
        ("remote in the U.S.", 18),  # a period at the limit ends it
        ("remote in the US. Then", 17),
        ("remote; EU", 6),
        ("remote\nEU", 6),
        ("remote in the EU", 16),
    ],
)
def test_sentence_end(text: str, expected: int) -> None:
    assert _sentence_end(text, 6, len(text)) == expected
