from __future__ import annotations

import pytest

from jobsift.extract.language import detect_language

# Short summaries, one per language, written for this test.
SAMPLES = {
    "en": "We are looking for a backend engineer who will build and run our payment services.",
    "de": "Wir suchen eine Entwicklerin für unser Team, die mit uns die Plattform weiterbaut.",
    "fr": "Nous recherchons un développeur pour rejoindre notre équipe et construire nos outils.",
    "es": "Buscamos una persona para nuestro equipo de datos con experiencia en la nube.",
    "pt": "Estamos contratando uma pessoa desenvolvedora para atuar com nosso time de produto.",
    "pl": "Szukamy programisty, który dołączy do naszego zespołu i będzie rozwijał system.",
    "it": "Cerchiamo uno sviluppatore che si unisca al nostro team e lavori sulla piattaforma.",
    "nl": "Wij zoeken een ontwikkelaar die ons team komt versterken en met ons de app bouwt.",
}


@pytest.mark.parametrize(("code", "text"), SAMPLES.items())
def test_fifteen_word_summaries(code: str, text: str) -> None:
    found = detect_language(text)
    assert found is not None
    assert found.value == code
    assert found.confidence > 0.5
    assert found.basis == "inferred:text"


def test_gender_tag_settles_a_bare_title() -> None:
    found = detect_language("Softwareentwickler (m/w/d)")
    assert found is not None
    assert found.value == "de"


def test_no_language_in_numbers_or_nothing() -> None:
    assert detect_language("") is None
    assert detect_language("12345 67 !!") is None


def test_span_covers_what_was_read() -> None:
    text = SAMPLES["fr"] * 20
    found = detect_language(text)
    assert found is not None
    ((start, end),) = found.spans
    assert start == 0
    assert 0 < end <= len(text)
