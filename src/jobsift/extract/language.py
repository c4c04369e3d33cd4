"""Which language a posting is written in, from its function words and letters.

A compact detector of our own rather than py3langid or lingua: both were measured here at
50-400 µs for one posting (lingua slower still), while the whole extractor may spend about
200 µs.  Job postings make the task easy enough for a word list: the frequent function words
("und", "the", "les", "para", "się", "het") and a few letters ("ł", "ß", "ñ", "ã") tell the
eight languages apart from a dozen words on, and the gender tags titles carry ("(m/w/d)",
"(H/F)", "(m/v)", "(k/m)") settle even a bare title.  Only the first ``_SAMPLE_CHARS``
characters are read: a posting's language does not change half way.

Languages outside the eight get ``None`` rather than a wrong guess: their words score too
little here.
"""

from __future__ import annotations

import re
from typing import Final

from jobsift.extract.types import Value

LANGUAGES: Final = ("en", "de", "fr", "es", "pt", "pl", "it", "nl")
_SAMPLE_CHARS: Final = 500
_MIN_SCORE: Final = 1.0
_STRONG_SCORE: Final = 6.0
#: Past this score the letters and endings cannot change the answer; they are not read.
_SETTLED_SCORE: Final = 15.0
# Tokens come from ``str.split``; rather than stripping each one, the table also holds each word
# with the punctuation that commonly clings to it.
_CLINGING: Final = ("{}", "{},", "{}.", "{}:", "{};", "({})", "{})", "({}")

# Frequent words, each telling its language.  A word listed under several languages ("de",
# "en", "la") splits its weight between them.  Job-posting vocabulary ("aufgaben",
# "requisitos") is added because postings are written in that register.
# fmt: off
_WORDS: Final[dict[str, str]] = {
    "en": """the and of to for with you our we are is will be on as your this that or an
        at from by have has who what about us looking join role work team experience skills
        strong ability responsibilities requirements including within across their they it
        can would should must etc years knowledge working help build new all also more our
        its which when where well a do was an of m/f seeking hiring
        opportunity position ltd inc llc""",
    "de": """und der die das mit für von zu im auf ist sind wir sie du dich dein deine ihre
        ihr unser unsere unseren eine einen ein bei als oder auch nicht werden wird sowie
        über kenntnisse erfahrung aufgaben bieten bietest bringst mitbringen suchen dem den
        des sich zur zum vom ab bis nach uns dir dabei gute sehr m/w/d w/m/d m/w/x d/m/w
        m/f/d w/m/x idealerweise abgeschlossenes stelle arbeiten was an sucht sofort
        eine/n ein/e gmbh""",
    "fr": """le la les des du un une et est nous vous votre vos pour avec dans sur au aux
        qui que en de par sont notre nos ce cette ses son plus être avoir poste équipe
        expérience compétences missions profil connaissances h/f f/h rejoindre recherchons
        afin chez également ainsi mais il h/m f/m recrute recherche rejoignez un(e)
        sas sarl""",
    "es": """el la los las del de y en con para por una un es que se nuestro nuestra
        nuestros tu tus su sus como más al equipo experiencia conocimientos buscamos
        ofrecemos puesto empresa trabajo requisitos funciones desarrollo será serás
        también o/a a o no nos busca oferta somos nuestro muy hasta s.l. tienes
        ofrece""",
    "pt": """o a os as do da dos das de e em com para por um uma é que se no na nos nas
        nosso nossa você seu sua ao à mais como equipe experiência conhecimento
        conhecimentos buscamos oferecemos vaga empresa trabalho requisitos
        atividades desenvolvimento também será vaga fazer venha nós conosco atuar
        procuramos estamos nossos nossas são não até pelo pela ltda""",
    "pl": """i w z na do dla oraz się jest są nie jak od lub po przez czy to że będzie
        będziesz nasz nasza naszych twoje twoja wymagania doświadczenie znajomość
        oferujemy obowiązki pracy praca zespołu zespole k/m m/k firmy mile widziane
        szukamy poszukujemy zatrudni szukasz dołącz naszego naszej naszym twój jako o.o.""",
    "it": """il lo la i gli le di del della dei delle e è in con per un una che si sono
        nostro nostra nostri tuo tua al alla ai nel nella come anche più esperienza
        conoscenza conoscenze cerchiamo offriamo requisiti lavoro azienda sviluppo
        gestione ruolo sarà a o con m/f come noi siamo cerca vuoi sede negli nei
        anni tra ci sei hai tuoi entra nostre s.p.a. s.r.l.""",
    "nl": """de het een en van in met voor op te is zijn wij we je jij jouw ons onze bij
        als naar ook niet worden wordt aan om dat die uit heb hebt heeft kennis ervaring
        werken functie bieden zoeken vacature of m/v m/v/x v/m zoekt wat wie
        standplaats b.v.""",
}
# Letters that single out a language (or two).
_LETTERS: Final[dict[str, dict[str, float]]] = {
    "ł": {"pl": 3.0}, "ą": {"pl": 2.0}, "ę": {"pl": 2.0}, "ś": {"pl": 2.0}, "ż": {"pl": 2.0},
    "ź": {"pl": 2.0}, "ć": {"pl": 2.0}, "ń": {"pl": 2.0}, "ß": {"de": 3.0}, "ä": {"de": 1.5},
    "ö": {"de": 1.5}, "ü": {"de": 1.5}, "ñ": {"es": 3.0}, "ã": {"pt": 3.0}, "õ": {"pt": 3.0},
    "ç": {"pt": 1.0, "fr": 1.0}, "ê": {"pt": 0.5, "fr": 1.0}, "è": {"fr": 1.5, "it": 0.5},
    "à": {"fr": 1.0, "it": 1.0, "pt": 0.5}, "ì": {"it": 2.0}, "ò": {"it": 2.0},
    "ù": {"it": 1.0, "fr": 1.0}, "û": {"fr": 1.5}, "î": {"fr": 1.5}, "ô": {"fr": 1.0, "pt": 0.5},
    "ë": {"nl": 1.0, "fr": 0.5}, "ï": {"fr": 1.0, "nl": 0.5}, "á": {"es": 1.0, "pt": 1.0},
    "í": {"es": 1.0, "pt": 1.0}, "ó": {"es": 1.0, "pt": 0.5, "pl": 1.0},
    "ú": {"es": 1.0, "pt": 0.5},
}
# Word endings, read only when the function words say too little (a bare title or a list).
_ENDINGS: Final[dict[str, str]] = {
    "ção": "pt", "ções": "pt", "ción": "es", "ciones": "es", "zione": "it", "zioni": "it",
    "tion": "en", "ung": "de", "ungen": "de", "keit": "de", "heit": "de", "heid": "nl",
    "lijk": "nl", "lijke": "nl", "ować": "pl", "ość": "pl", "ości": "pl", "dad": "es",
    "dade": "pt", "ité": "fr", "eur": "fr", "euse": "fr", "ista": "es", "ore": "it",
    "ing": "en", "ador": "es", "ski": "pl", "cja": "pl", "ych": "pl", "ów": "pl",
    "eiro": "pt", "eira": "pt", "agem": "pt", "ière": "fr", "tore": "it", "schap": "nl",
    "erin": "de", "ero": "es",
}
# fmt: on


def _weights() -> dict[str, tuple[tuple[int, float], ...]]:
    """word -> ((language index, weight), ...); a shared word splits one point of weight."""
    owners: dict[str, list[int]] = {}
    for index, language in enumerate(LANGUAGES):
        for word in set(_WORDS[language].split()):
            owners.setdefault(word, []).append(index)
    return {
        form.format(word): tuple((index, 1.0 / len(indexes)) for index in indexes)
        for word, indexes in owners.items()
        for form in _CLINGING
    }


_WORD_WEIGHTS: Final = _weights()
_LETTER_WEIGHTS: Final = {
    letter: tuple((LANGUAGES.index(lang), weight) for lang, weight in weights.items())
    for letter, weights in _LETTERS.items()
}
_ENDING_WEIGHTS: Final = {ending: LANGUAGES.index(lang) for ending, lang in _ENDINGS.items()}
_LETTER_PATTERN: Final = re.compile("[" + "".join(_LETTERS) + "]")


def detect_language(text: str) -> Value[str] | None:
    """ISO 639-1 code of the posting's language among the eight, or ``None`` when unsure.

    The confidence is the winner's share of all the evidence, lowered when there is little of it
    (a handful of words); the span is the part of the text that was read.
    """
    sample = text[:_SAMPLE_CHARS]
    low = sample.lower()
    tokens = low.split()
    scores = [0.0] * len(LANGUAGES)
    _score_words(tokens, scores)
    if max(scores) < _SETTLED_SCORE:
        _score_letters(low, scores)
    if max(scores) < _STRONG_SCORE:
        _score_endings(tokens, scores)
    return _decide(scores, len(sample))


def _score_words(tokens: list[str], scores: list[float]) -> None:
    weights = _WORD_WEIGHTS
    for token in tokens:
        found = weights.get(token)
        if found:
            for index, weight in found:
                scores[index] += weight


def _score_letters(low: str, scores: list[float]) -> None:
    # A letter counts at most three times: one Polish name must not outvote a French text.
    seen: dict[str, int] = {}
    for letter in _LETTER_PATTERN.findall(low):
        times = seen.get(letter, 0)
        if times < 3:
            seen[letter] = times + 1
            for index, weight in _LETTER_WEIGHTS[letter]:
                scores[index] += weight * 0.5


def _score_endings(tokens: list[str], scores: list[float]) -> None:
    endings = _ENDING_WEIGHTS
    for raw in tokens:
        token = raw.strip(".,;:!?()[]\"'")
        if len(token) < 5:
            continue
        for size in (5, 4, 3, 2):
            index = endings.get(token[-size:])
            if index is not None:
                scores[index] += 0.5
                break


def _decide(scores: list[float], sample_chars: int) -> Value[str] | None:
    best = max(scores)
    if best < _MIN_SCORE:
        return None
    winner = scores.index(best)
    share = best / sum(scores)
    strength = min(1.0, best / _STRONG_SCORE)
    confidence = round(share * (0.6 + 0.4 * strength), 3)
    return Value(
        LANGUAGES[winner], spans=((0, sample_chars),), confidence=confidence, basis="inferred:text"
    )
