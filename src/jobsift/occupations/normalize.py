"""Job titles into the form they are compared in, per language.

Two steps: ``clean_title`` strips what a posting adds to a title without naming the occupation
(gender markers, seniority, locations after a dash, "Remote", contract words, the jobs a title
excludes), and ``words`` folds what is left into comparison keys: casefolded, accents removed,
and each word cut to a gender- and number-neutral stem ("Entwicklerin" and "Entwickler" both
give ``entwickler``, "programadora" and "programador" both ``programador``).  Labels from the
taxonomy go through ``words`` only: they carry no posting noise, and cleaning them could only
lose words.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable

#: Languages with their own stemming rules; others get the language-neutral folding only.
LANGUAGES = ("en", "de", "fr", "es", "pt", "pl", "it", "nl")

# --- cleaning ----------------------------------------------------------------------------------

# Gender markers: "(m/w/d)", "(H/F)", "m/f/x", "(all genders)", "(gn)", "(k/m)", "(M/V/X)".
_GENDER_LETTERS = r"(?:m|w|d|f|h|x|v|k|n|i|div|divers|mwd)"
_GENDER = re.compile(
    rf"\(\s*{_GENDER_LETTERS}(?:\s*[/|,\\]\s*{_GENDER_LETTERS})+\s*\)"
    rf"|(?<!\w){_GENDER_LETTERS}(?:\s*[/|]\s*{_GENDER_LETTERS}){{1,3}}(?!\w)"
    r"|\(\s*(?:gn|all genders?|alle geschlechter|tous genres|f/m/d|w/m/d)\s*\)"
    r"|\*(?=\s|$)",
    re.IGNORECASE,
)
# Inclusive endings glued to a word: "Entwickler*in", "Lehrer:innen", "développeur·euse",
# "programador/a", "enfermero(a)", "directeur.rice".  Dropping them leaves the base form, which
# the stemmer treats like its feminine one anyway.
_ENDINGS = r"(?:in|innen|e|es|se|euse|rice|trice|ice|ne|ère|a|as|ra|ora|ka|ca)"
_INCLUSIVE = re.compile(rf"(?<=\w)(?:[*:_·./]{_ENDINGS}|\s*\({_ENDINGS}\))(?!\w)", re.IGNORECASE)
# What follows one of these is a location, team or pitch: "Backend Developer - Berlin".
_SEPARATORS = re.compile(r"\s+[-–—|•@]\s+|\s*[|•]\s*|\s+[–—]|[–—]\s+")
_BRACKETS = re.compile(r"[()\[\]{}]")
# "Architects, Except Landscape and Naval": what follows names the jobs the title is not, and so
# does a Spanish "(excepto ...)" or Portuguese "(exceto ...)", which otherwise pull towards the
# very jobs excluded; "..., en general" marks a title's general case, not a "general" officer
# (with both: +0.005 MRR on MELO's Spanish set, +0.004 on the Portuguese, on both halves).
_EXCEPTIONS = (
    r"(?:except|excluding|excepto|exceptuando|excluyendo|exceto|sauf|eccetto|esclus[oiae])"
)
_EXCEPT = re.compile(rf"\(\s*{_EXCEPTIONS}\b[^)]*\)?|,?\s*\b{_EXCEPTIONS}\b.*$", re.IGNORECASE)
_GENERAL = re.compile(r",?\s*\ben g[eé]n[eé]ral\b", re.IGNORECASE)
# Words that say how, where or at which level the job is done, not what it is.
_NOISE_TEXT = """
    senior sr snr junior jr jnr mid medior intermediate experienced entry level trainee lead
    principal staff graduate associate ii iii iv v vi 1 2 3 4 remote hybrid onsite on-site
    fulltime full-time part-time parttime contract temporary permanent freelance
    freelancer interim homeoffice home office wfh urgent urgently hiring new immediate start
    erfahrener erfahrene erfahren leitender leitende teilzeit vollzeit befristet unbefristet
    minijob werkstudent werkstudentin
    confirme confirmee experimente experimentee debutant debutante cdi cdd alternance stage
    teletravail distanciel
    semi pleno estagio estagiario estagiaria remoto remota hibrido
    teletrabajo presencial
    starszy starsza mlodszy mlodsza zdalnie zdalna praca
    thuiswerken parttime fulltime
"""
_NOISE_WORDS = frozenset(_NOISE_TEXT.split())
# Seniority words stay when nothing else would ("Senior" alone, "Team Lead").
_CONTEXT_WORDS = frozenset({"team", "head", "chief", "of"})


def clean_title(title: str) -> str:
    """``title`` without gender markers, seniority, contract words and trailing locations."""
    return split_title(title)[0]


def split_title(title: str) -> tuple[str, str]:
    """``(head, tail)``: the cleaned title and what followed its first separator ("Backend
    Developer - Berlin" gives ``("Backend Developer", "Berlin")``).  The tail is as often a
    location as a specialty ("Elektroniker - Prüffeld"); the caller decides what to keep."""
    text = _EXCEPT.sub(" ", _INCLUSIVE.sub("", _GENDER.sub(" ", title)))
    text = _GENERAL.sub(" ", text)
    parts = [part for part in _SEPARATORS.split(text) if part.strip()]
    for n, part in enumerate(parts):
        kept = _drop_noise(_BRACKETS.sub(" ", part))
        if kept:
            tail = " ".join(_drop_noise(_BRACKETS.sub(" ", rest)) for rest in parts[n + 1 :])
            return kept, " ".join(tail.split())
    return " ".join(_BRACKETS.sub(" ", text).split()), ""


def _drop_noise(text: str) -> str:
    tokens = text.split()
    kept = [token for token in tokens if fold(token).strip(".,;:!") not in _NOISE_WORDS]
    if any(fold(token) in _CONTEXT_WORDS for token in kept):
        return " ".join(tokens)  # "Team Lead", "Head of ...": the seniority word is the job
    return " ".join(kept)


# --- folding -----------------------------------------------------------------------------------

_MARKS = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_NON_WORD = re.compile(r"[^\w+#]+|_")
# Letters NFKD does not split into a base letter and a mark.
_LETTERS = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe"})


def fold(text: str) -> str:
    """Casefolded, accents removed, punctuation turned into spaces (``+`` and ``#`` kept)."""
    text = text.casefold()
    if not text.isascii():  # ASCII is its own NFKD; skipping it halves index builds
        text = _MARKS.sub("", unicodedata.normalize("NFKD", text.translate(_LETTERS)))
    return " ".join(_NON_WORD.sub(" ", text).split())


def words(text: str, lang: str | None) -> list[str]:
    """The comparison keys of ``text``: folded words, each stemmed by ``lang``'s rules, each
    once ("Koch/Köchin" and "Koch" give the same keys)."""
    stem = _STEMMERS.get(lang or "", _stem_plain)
    stop = STOPWORDS.get(lang or "", frozenset())
    folded = _JARGON.sub(lambda found: _JARGON_WORDS[found.group(1)], fold(text))
    if lang == "en":
        folded = _AMERICAN.sub(lambda found: _AMERICAN_WORDS[found.group(1)], folded)
    elif lang == "nl":
        folded = _DUTCH.sub(lambda found: _DUTCH_WORDS[found.group(1)], folded)
    return list(dict.fromkeys(stem(word) for word in folded.split() if word not in stop))


# Posting jargon ESCO's labels never use, in every language, rewritten into words they do use:
# "Backend Developer" is a software developer, "Frontend-Entwickler" a web developer.
_JARGON_WORDS = {
    "backend": "software",
    "back end": "software",
    "fullstack": "software",
    "full stack": "software",
    "frontend": "web",
    "front end": "web",
}
_JARGON = re.compile(r"\b(" + "|".join(sorted(_JARGON_WORDS, key=len, reverse=True)) + r")\b")

# ESCO writes British English; US titles (O*NET's among them) spell and name some jobs otherwise:
# "Physics Teachers, Postsecondary" are physics lecturers, "Construction Laborers" labourers
# (+0.007 MRR on MELO's US set, on both halves; English titles only, since labels in other
# languages keep these words as they are).
_AMERICAN_WORDS = {
    "teachers postsecondary": "lecturers",
    "teacher postsecondary": "lecturer",
    "postsecondary teachers": "lecturers",
    "postsecondary teacher": "lecturer",
    "postsecondary": "higher education",
    "labor": "labour",
    "laborer": "labourer",
    "laborers": "labourers",
    "center": "centre",
    "centers": "centres",
    "color": "colour",
    "theater": "theatre",
    "jewelry": "jewellery",
    "aluminum": "aluminium",
    "defense": "defence",
    "catalog": "catalogue",
    "fiber": "fibre",
    "gray": "grey",
    "mold": "mould",
    "molder": "moulder",
    "molders": "moulders",
    "molding": "moulding",
    "anesthetist": "anaesthetist",
    "anesthetists": "anaesthetists",
    "anesthesiologist": "anaesthetist",
    "anesthesiologists": "anaesthetists",
    "pediatric": "paediatric",
    "pediatrician": "paediatrician",
    "pediatricians": "paediatricians",
    "orthopedic": "orthopaedic",
    "esthetician": "beautician",
    "estheticians": "beauticians",
}
_AMERICAN = re.compile(r"\b(" + "|".join(sorted(_AMERICAN_WORDS, key=len, reverse=True)) + r")\b")

# Dutch teachers are qualified by degree: a "docent wiskunde (2e graads)" teaches in secondary
# schools, which ESCO's labels name "voortgezet onderwijs" (+0.005 MRR on MELO's Dutch set, on
# both halves; Dutch titles only).
_DUTCH_WORDS = {
    "1e graads": "voortgezet onderwijs",
    "2e graads": "voortgezet onderwijs",
    "eerstegraads": "voortgezet onderwijs",
    "tweedegraads": "voortgezet onderwijs",
}
_DUTCH = re.compile(r"\b(" + "|".join(sorted(_DUTCH_WORDS, key=len, reverse=True)) + r")\b")


# Function words say nothing about the occupation but make up many of a label's n-grams.
STOPWORDS: dict[str, frozenset[str]] = {
    lang: frozenset(text.split())
    for lang, text in {
        "en": "of and the for in on at to a an or with",
        "de": "fur und der die das des dem den im in von vom mit zur zum am an auf bei oder",
        "fr": "de du des la le les l d et en a au aux pour ou dans sur",
        "es": "de del la las los el y e en o u con para por al a",
        "pt": "de da do das dos e em o a os as no na nos nas para com ou por ao aos pela pelo "
        "pelas pelos num numa um uma",
        "it": "di del dello della dell dei degli delle e ed in nel nello nella nell nei negli "
        "nelle per il lo la l i gli le con a al allo alla all ai agli alle o od da dal dalla "
        "dall dai dagli dalle su sul sulla un una uno",
        "nl": "en van de het voor in op met een of aan bij",
        "pl": "i w z do na dla oraz lub ze we od ds spraw",  # "ds." abbreviates "do spraw"
    }.items()
}


# --- stemming ----------------------------------------------------------------------------------
# Light, rule-based suffix stripping: enough to meet the feminine and plural forms of the same
# title, never a full morphological analysis.  Both the labels and the titles go through the same
# rules, so an over-eager cut costs little: it is the same on both sides.

Rules = tuple[tuple[str, str], ...]


def _rewrite(word: str, rules: Rules, keep: int = 4) -> str:
    """The first rule whose suffix ``word`` ends with, applied when ``keep`` letters remain."""
    for suffix, replacement in rules:
        if word.endswith(suffix) and len(word) - len(suffix) >= keep:
            return word[: len(word) - len(suffix)] + replacement
    return word


_EN: Rules = (("ies", "y"), ("sses", "ss"), ("ss", "ss"), ("us", "us"), ("s", ""))
_DE: Rules = (
    ("innen", ""),
    ("frauen", "mann"),
    ("leute", "mann"),
    ("frau", "mann"),
    ("in", ""),
    ("en", ""),
    ("e", ""),
)
_FR: Rules = (
    ("euses", "eur"),
    ("euse", "eur"),
    ("trices", "teur"),
    ("trice", "teur"),
    ("eres", "er"),
    ("ere", "er"),
    ("iennes", "ien"),
    ("ienne", "ien"),
    ("ennes", "en"),
    ("enne", "en"),
    ("ives", "if"),
    ("ive", "if"),
    ("aux", "al"),
    # Feminines whose masculine ends otherwise: "forgeronne", "industrielle", "privée".
    ("onnes", "on"),
    ("onne", "on"),
    ("elles", "el"),
    ("elle", "el"),
    ("ees", ""),
    ("ee", ""),
    ("esse", ""),
    ("es", ""),
    ("s", ""),
    ("e", ""),
)
_ES_PT: Rules = (
    ("oras", "or"),
    ("ora", "or"),
    ("ores", "or"),
    ("eses", "es"),
    ("esa", "es"),
    ("oes", "ao"),
    ("aes", "ao"),
    ("as", ""),
    ("os", ""),
    ("es", ""),
    ("a", ""),
    ("o", ""),
    ("e", ""),
)
_IT: Rules = (
    ("trici", "tore"),
    ("trice", "tore"),
    ("essa", ""),
    ("esse", ""),
    ("tori", "tore"),
    ("a", ""),
    ("o", ""),
    ("e", ""),
    ("i", ""),
)
_NL: Rules = (("ster", "er"), ("sters", "er"), ("es", ""), ("en", ""), ("s", ""), ("e", ""))
_PL: Rules = (
    # Adjectives in the genitive, dative and locative: "służby więziennej", "pojazdów
    # kolejowych", "zakładu karnego" meet "więzienny", "kolejowy" and "karny" (+0.002 MRR on
    # MELO's Polish tuning half, held-out half unchanged; noun cases and plurals cost more
    # than they gave: plural titles name ISCO groups, whose labels are plural too).
    ("iego", ""),
    ("iej", ""),
    ("ich", ""),
    ("ego", ""),
    ("ej", ""),
    ("ych", ""),
    ("ymi", ""),
    ("ym", ""),
    ("czka", "k"),
    ("ka", ""),
    ("ki", ""),
    ("owie", ""),
    ("a", ""),
    ("y", ""),
    ("i", ""),
)


def _stem_plain(word: str) -> str:
    return word


def _stemmer(rules: Rules, keep: int = 4) -> Callable[[str], str]:
    @functools.lru_cache(maxsize=1 << 16)  # labels repeat their words; titles too
    def stem(word: str) -> str:
        return _rewrite(word, rules, keep)

    return stem


_STEMMERS: dict[str, Callable[[str], str]] = {
    "en": _stemmer(_EN),
    "de": _stemmer(_DE),
    "fr": _stemmer(_FR),
    "es": _stemmer(_ES_PT),
    "pt": _stemmer(_ES_PT),
    "it": _stemmer(_IT),
    "nl": _stemmer(_NL),
    "pl": _stemmer(_PL),
}
