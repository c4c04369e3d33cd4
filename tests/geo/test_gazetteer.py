from __future__ import annotations

import time

import pytest

from jobsift.geo import (
    Gazetteer,
    GazetteerError,
    Place,
    SameLength,
    Spelling,
    fold,
    load_gazetteer,
)
from jobsift.geo.gazetteer import gazetteer_from_data


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def places(gazetteer: Gazetteer, name: str) -> list[Place]:
    """The places of the entry whose folded key is exactly ``name`` folded."""
    for entry in gazetteer.starting_with(name.split(maxsplit=1)[0]):
        if entry.key == fold(name):
            return list(entry.places)
    return []


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Łódź", "lodz"),
        ("São Paulo", "sao paulo"),
        ("München", "munchen"),
        ("İstanbul", "istanbul"),
    ],
)
def test_fold_keeps_length_and_drops_accents(text: str, folded: str) -> None:
    assert fold(text) == folded
    assert len(fold(text)) == len(text)


def test_loads_quickly_and_is_versioned() -> None:
    started = time.perf_counter()
    gazetteer = load_gazetteer()
    # Generous for a loaded CI machine; about 0.15 s on a quiet one.
    assert time.perf_counter() - started < 3.0
    assert gazetteer.version == "gazetteer.v2"
    assert len(gazetteer) > 50_000


@pytest.mark.parametrize(
    ("name", "city", "region", "country"),
    [
        ("Goiânia", "Goiânia", "Goiás", "BR"),
        ("Goiania", "Goiânia", "Goiás", "BR"),
        ("Łódź", "Łódź", "Łódzkie", "PL"),
        ("Lodz", "Łódź", "Łódzkie", "PL"),
        ("München", "Munich", "Bayern", "DE"),
        ("Munich", "Munich", "Bayern", "DE"),
        ("Köln", "Köln", "Nordrhein-Westfalen", "DE"),
        ("Cologne", "Köln", "Nordrhein-Westfalen", "DE"),
        ("Kraków", "Kraków", "Małopolskie", "PL"),
        ("Zurich", "Zürich", "Zürich", "CH"),
        ("Genève", "Geneva", "Genève", "CH"),
        ("Lisboa", "Lisbon", None, "PT"),
        ("Sao Paulo", "São Paulo", "São Paulo", "BR"),
        ("Bruxelles", "Brussels", None, "BE"),
        ("Warszawa", "Warsaw", "Mazowieckie", "PL"),
        ("Austin", "Austin", "Texas", "US"),
    ],
)
def test_cities_and_their_exonyms(
    gazetteer: Gazetteer, name: str, city: str, region: str | None, country: str
) -> None:
    best = places(gazetteer, name)[0]
    assert (best.city, best.region, best.country) == (city, region, country)
    assert best.geonames_id is not None


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Switzerland", "CH"),
        ("Schweiz", "CH"),
        ("Suisse", "CH"),
        ("Suiza", "CH"),
        ("Svizzera", "CH"),
        ("Szwajcaria", "CH"),
        ("Zwitserland", "CH"),
        ("Suíça", "CH"),
        ("Deutschland", "DE"),
        ("Niemcy", "DE"),
        ("Allemagne", "DE"),
        ("Alemanha", "DE"),
        ("Duitsland", "DE"),
        ("Germania", "DE"),
        ("USA", "US"),
        ("UK", "GB"),
    ],
)
def test_country_names_in_eight_languages(gazetteer: Gazetteer, name: str, country: str) -> None:
    best = places(gazetteer, name)[0]
    assert (best.kind, best.country) == ("country", country)


@pytest.mark.parametrize(
    ("name", "region", "code"),
    [
        ("Comunidad Valenciana", "Comunidad Valenciana", "ES-VC"),
        ("Comunitat Valenciana", "Comunidad Valenciana", "ES-VC"),
        ("Andalucía", "Andalucía", "ES-AN"),
        ("Catalunya", "Cataluña", "ES-CT"),
        ("Carabobo", "Carabobo", "VE-G"),
        ("Bavaria", "Bayern", "DE-BY"),
    ],
)
def test_spanish_venezuelan_and_english_region_names(
    gazetteer: Gazetteer, name: str, region: str, code: str
) -> None:
    best = places(gazetteer, name)[0]
    assert (best.kind, best.region, best.region_code) == ("region", region, code)


def test_cities_of_spain_and_venezuela_know_their_region(gazetteer: Gazetteer) -> None:
    valencias = {p.country: p.region_code for p in places(gazetteer, "Valencia")}
    assert valencias["ES"] == "ES-VC"
    assert valencias["VE"] == "VE-G"


@pytest.mark.parametrize(
    ("name", "city"),
    [
        ("Lisboa", "Lisbon"),
        ("Milano", "Milan"),
        ("Torino", "Turin"),
        ("Napoli", "Naples"),
        ("Den Haag", "The Hague"),
        ("Gravenhage", "The Hague"),
        ("Hertogenbosch", "'s-Hertogenbosch"),
        ("Den Bosch", "'s-Hertogenbosch"),
    ],
)
def test_local_names_are_not_exonyms(gazetteer: Gazetteer, name: str, city: str) -> None:
    """A city's own name is as sure as GeoNames' English head name."""
    entry = next(
        e for e in gazetteer.starting_with(name.split(maxsplit=1)[0]) if e.key == fold(name)
    )
    assert entry.places[0].city == city
    assert not entry.exonym[0]


def test_an_endonym_of_one_country_is_not_one_of_another(gazetteer: Gazetteer) -> None:
    # GeoNames calls Tijuana "Zaragoza" too; the Spanish city's name stays the Spanish city.
    assert places(gazetteer, "Zaragoza")[0].country == "ES"


def test_namesakes_are_ranked_biggest_first(gazetteer: Gazetteer) -> None:
    geneva = places(gazetteer, "Geneva")
    assert geneva[0].country == "CH"
    assert any(place.country == "US" for place in geneva[1:])


@pytest.mark.parametrize(
    "name", ["Reading", "Nice", "Split", "Mobile", "Phoenix", "Florence", "Engels", "Lara"]
)
def test_names_that_are_words_are_flagged(gazetteer: Gazetteer, name: str) -> None:
    entry = next(e for e in gazetteer.starting_with(name) if e.key == fold(name))
    assert entry.ambiguous[0]


@pytest.mark.parametrize("name", ["Manchester", "Bari", "Belfast", "Wroclaw"])
def test_big_cities_are_not_flagged(gazetteer: Gazetteer, name: str) -> None:
    entry = next(e for e in gazetteer.starting_with(name) if e.key == fold(name))
    assert not entry.ambiguous[0]


def test_country_lookup_by_code(gazetteer: Gazetteer) -> None:
    switzerland = gazetteer.country("ch")
    assert switzerland is not None
    assert switzerland.kind == "country"
    assert gazetteer.country("XX") is None


def test_small_gazetteer_from_data() -> None:
    data = {
        "version": "test.v1",
        "places": {
            "kind": ["country", "city"],
            "country": ["PT", "PT"],
            "city": [None, "Porto"],
            "region": [None, None],
            "region_code": [None, None],
            "population": [0, 230_000],
            "geonames_id": [1, 2],
        },
        "names": {"portugal": "Portugal\t0\t0\t0\t0\t0", "porto": "Porto\t1\t0\t0\t0\t0"},
    }
    small = gazetteer_from_data(data)
    assert [e.places[0].city for e in small.starting_with("PORTO")] == ["Porto"]
    assert small.forms_starting_with("nowhere") == ()


def test_damaged_data_is_a_gazetteer_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import jobsift.geo.gazetteer as module

    monkeypatch.setattr(module, "DATA_FILE", "missing.v0.json.gz")
    with pytest.raises(GazetteerError, match=r"missing\.v0"):
        load_gazetteer()


@pytest.mark.slow
def test_shipped_data_is_what_the_build_script_makes() -> None:
    """The data file is reproducible from the installed packages (run with -m slow)."""
    import gzip
    import importlib.util
    import json
    from pathlib import Path

    script = Path(__file__).resolve().parents[2] / "scripts" / "build_gazetteer.py"
    spec = importlib.util.spec_from_file_location("build_gazetteer", script)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    shipped = json.loads(gzip.decompress(module.OUT.read_bytes()))
    assert module.build() == shipped


def _spellings(runs: tuple[SameLength, ...]) -> list[Spelling]:
    return sorted(s for run in runs for spellings in run.by_folded.values() for s in spellings)


@pytest.mark.parametrize("word", ["Berlin", "la", "SAN", "Łódź", "usa", "nowhere"])
def test_names_by_length_are_the_names_longest_first(gazetteer: Gazetteer, word: str) -> None:
    runs = gazetteer.by_length(fold(word))
    forms = gazetteer.forms_starting_with(word)
    assert [s.form for s in _spellings(runs)] == list(forms)
    assert [run.length for run in runs] == sorted({len(f) for f in forms}, reverse=True)
    for run in runs:
        for folded, spellings in run.by_folded.items():
            assert all(fold(s.form) == folded and len(s.form) == run.length for s in spellings)
    exact = [s.position for s in _spellings(runs) if s.exact_case]
    assert exact == [i for i, e in enumerate(gazetteer.starting_with(word)) if e.exact_case]


@pytest.mark.parametrize(
    ("key", "after"), [("la", " p"), ("la", " e"), ("san", " f"), ("berlin", "-m"), ("st", ". "),
                       ("berlin", " "), ("berlin", ""), ("sao", " p")]
)  # fmt: skip
def test_continuing_keeps_the_names_that_go_on_as_the_text(
    gazetteer: Gazetteer, key: str, after: str
) -> None:
    """A name stays when its folded characters after the first word are what the text has
    there (fewer for a short name; none for the word alone), longest first."""
    runs = gazetteer.continuing(key, after)
    kept = [s.form for s in _spellings(runs)]
    expected = []
    for form in gazetteer.forms_starting_with(key):
        going_on = fold(form)[len(key) : len(key) + 2]
        if going_on == after[: len(going_on)]:
            expected.append(form)
    assert kept == expected
    assert [run.length for run in runs] == sorted({run.length for run in runs}, reverse=True)


def test_entries_are_built_once(gazetteer: Gazetteer) -> None:
    first = gazetteer.entry("Berlin", 0)
    assert gazetteer.entry("BERLIN", 0) is first
    assert first == gazetteer.starting_with("Berlin")[0]
