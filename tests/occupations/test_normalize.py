"""Title cleaning, folding and stemming per language."""

from __future__ import annotations

import pytest

from jobsift.occupations.normalize import clean_title, fold, split_title, words


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Softwareentwickler (m/w/d)", "Softwareentwickler"),
        ("Entwickler (w/m/d)", "Entwickler"),
        ("Développeur web (H/F)", "Développeur web"),
        ("Data Engineer (f/m/x)", "Data Engineer"),
        ("Programista (k/m)", "Programista"),
        ("Verpleegkundige (M/V)", "Verpleegkundige"),
        ("Projektleiter (all genders)", "Projektleiter"),
        ("Entwickler*in", "Entwickler"),
        ("Lehrer:innen", "Lehrer"),
        ("Programador/a", "Programador"),
        ("enfermero(a)", "enfermero"),
    ],
)
def test_gender_markers_are_removed(title: str, expected: str) -> None:
    assert clean_title(title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Senior Software Engineer", "Software Engineer"),
        ("Junior Data Analyst", "Data Analyst"),
        ("Desenvolvedor Sênior", "Desenvolvedor"),
        ("Starszy programista", "programista"),
        ("Lead Backend Developer II", "Backend Developer"),
        ("Backend Developer - Berlin", "Backend Developer"),
        ("Data Scientist – Remote", "Data Scientist"),
        ("Data Scientist | London", "Data Scientist"),
    ],
)
def test_seniority_and_locations_are_removed(title: str, expected: str) -> None:
    assert clean_title(title) == expected


def test_a_title_of_noise_only_is_kept_rather_than_emptied() -> None:
    assert clean_title("Senior") == "Senior"
    assert clean_title("Team Lead") == "Team Lead"  # "lead" is the job here


def test_fold_removes_case_accents_and_punctuation() -> None:
    assert fold("Développeur·Web") == "developpeur web"
    assert fold("Łódź  Straße") == "lodz strasse"
    assert fold("C++ / C#") == "c++ c#"


@pytest.mark.parametrize(
    ("lang", "masculine", "feminine"),
    [
        ("de", "Entwickler", "Entwicklerin"),
        ("de", "Kaufmann", "Kauffrau"),
        ("fr", "développeur", "développeuse"),
        ("fr", "directeur", "directrice"),
        ("fr", "détective privé", "détective privée"),
        ("fr", "ouvrier industriel", "ouvrière industrielle"),
        ("fr", "forgeron", "forgeronne"),
        ("fr", "maître", "maîtresse"),
        ("es", "programador", "programadora"),
        ("es", "enfermero", "enfermera"),
        ("pt", "enfermeiro", "enfermeira"),
        ("it", "infermiere", "infermiera"),
        ("nl", "medewerker", "medewerkster"),
        ("pl", "programista", "programistka"),
    ],
)
def test_gender_forms_share_their_keys(lang: str, masculine: str, feminine: str) -> None:
    assert words(masculine, lang) == words(feminine, lang)


def test_plurals_share_their_keys() -> None:
    assert words("Software Developers", "en") == words("software developer", "en")
    assert words("INGENIEROS TÉCNICOS", "es") == words("ingeniero técnico", "es")


def test_function_words_and_repeats_are_dropped() -> None:
    assert words("Fachkraft für Lagerlogistik", "de") == ["fachkraft", "lagerlogistik"]
    assert words("Koch/Köchin", "de") == ["koch"]


def test_posting_jargon_is_rewritten_into_esco_words() -> None:
    assert words("Backend Developer", "en") == words("software developer", "en")


def test_american_titles_meet_escos_british_words() -> None:
    assert words("Construction Laborers", "en") == words("construction labourer", "en")
    assert words("Physics Teachers, Postsecondary", "en") == words("physics lecturer", "en")
    assert words("Nurse Anesthetists", "en") == words("nurse anaesthetist", "en")
    # Only English titles: "center" may be a word of another language's label.
    assert words("center", "nl") == ["center"]


def test_split_title_keeps_what_follows_a_dash_for_the_caller() -> None:
    assert split_title("Elektroniker/Elektronikerin - Prüffeld") == (
        "Elektroniker/Elektronikerin",
        "Prüffeld",
    )
    assert split_title("Backend Developer – Remote") == ("Backend Developer", "")
    assert split_title("Data Engineer") == ("Data Engineer", "")


def test_polish_do_spraw_and_its_abbreviation_meet() -> None:
    assert words("specjalista do spraw sprzedaży", "pl") == words("specjalista ds. sprzedaży", "pl")


def test_what_follows_except_is_dropped() -> None:
    assert clean_title("Architects, Except Landscape and Naval") == "Architects"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("OPERADORES DE SERRERÍAS, EN GENERAL", "OPERADORES DE SERRERÍAS"),
        (
            "OPERADORES DE EQUIPOS DE DESTILACIÓN (EXCEPTO TRATAMIENTO DEL PETRÓLEO)",
            "OPERADORES DE EQUIPOS DE DESTILACIÓN",
        ),
        ("Operadores de máquinas (exceto têxteis) de costura", "Operadores de máquinas de costura"),
        ("Secretario general", "Secretario general"),
    ],
)
def test_spanish_and_portuguese_exceptions_and_general_cases_are_dropped(
    title: str, expected: str
) -> None:
    assert clean_title(title) == expected


def test_dutch_teacher_degrees_name_secondary_education() -> None:
    assert words("Docent Duits (2e graads)", "nl") == words(
        "docent duits voortgezet onderwijs", "nl"
    )
    assert words("eerstegraads docent", "nl") == ["voortgezet", "onderwij", "docent"]
    assert words("2e graads", "de") == ["2e", "graads"]  # Dutch titles only


@pytest.mark.parametrize(
    ("inflected", "base"),
    [
        ("służby więziennej", "służba więzienna"),
        ("zakładu karnego", "zakładu karny"),
        ("pojazdów kolejowych", "pojazdów kolejowy"),
        ("w branży mięsnej", "branża mięsna"),
    ],
)
def test_polish_adjective_cases_share_their_keys(inflected: str, base: str) -> None:
    assert words(inflected, "pl") == words(base, "pl")
