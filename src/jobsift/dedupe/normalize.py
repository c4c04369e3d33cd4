"""What two postings are compared on: the words of their text, and keys for title, employer
and place.  Pure functions, no I/O.

Text is folded the cheap way (``str.lower``, then ASCII punctuation to spaces on the UTF-8
bytes): a million postings must be read in well under a minute, and a repost copies its
original's characters, so full Unicode folding would buy little here.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Final

#: ASCII punctuation becomes a space: "Python," and "Python" are one word, "C++" stays "c".
_PUNCTUATION: Final = bytes(
    32 if chr(byte) in "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~" else byte for byte in range(256)
)
#: Gender and contract markers that boards add to or drop from a title: "(m/w/d)", "(H/F)".
_TITLE_MARKERS: Final = re.compile(
    r"\((?:[mwfhdkx]\s*/\s*)+[mwfhdkx]\)|\b(?:m|w|f|h|d|k)\s*/\s*(?:m|w|f|h|d|k)(?:\s*/\s*[mwfhdkx])?\b",
    re.IGNORECASE,
)
_WORD: Final = re.compile(r"\w+")
#: Legal forms say nothing about which company it is ("Acme GmbH" is "Acme").
_LEGAL_FORMS: Final = frozenset(
    (
        "gmbh", "ag", "kg", "se", "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "ltd", "limited",
        "inc", "llc", "plc", "corp", "co", "ltda", "sl", "sp", "z", "o", "oo", "ab", "as", "oy",
    )
)  # fmt: skip
#: Phrases an agency opens with when it posts for an employer it does not name as itself
#: ("Our client, Acme, is looking for ..."), in the eight languages jobsift reads.
AGENCY_CUES: Final = (
    "our client",
    "on behalf of",
    "für unseren kunden",
    "im auftrag unseres kunden",
    "unser mandant",
    "notre client",
    "pour le compte de",
    "nuestro cliente",
    "por encargo de",
    "para importante empresa",
    "nosso cliente",
    "recrutamos para",
    "para empresa do segmento",
    "naszego klienta",
    "nasz klient",
    "rekrutujemy dla",
    "il nostro cliente",
    "per conto di",
    ", azienda del settore",
    "onze opdrachtgever",
    "namens ",
)
#: A word of each cue that seldom comes otherwise: most texts have none, and testing a set of
#: words is much quicker than looking for twenty phrases.
_AGENCY_WORDS: Final = frozenset(
    word.encode()
    for word in (
        "client", "behalf", "kunden", "mandant", "compte", "cliente", "encargo",
        "importante", "recrutamos", "segmento", "klienta", "klient", "rekrutujemy", "conto",
        "settore", "opdrachtgever", "namens",
    )
)  # fmt: skip
#: How far into the text an agency's cue is looked for: agencies say it up front.
AGENCY_HEAD: Final = 400
_AGENCY_HEAD_WORDS: Final = 80
#: Last words of recruitment agencies' names.
_AGENCY_NAMES: Final = frozenset(
    (
        "recruitment", "recruiting", "staffing", "personnel", "personal", "interim",
        "headhunting", "headhunters", "zeitarbeit", "personaldienstleistungen",
    )
)  # fmt: skip


def words(text: str) -> list[bytes]:
    """The text's words, lower-cased, ASCII punctuation removed."""
    return lowered_words(text.lower())


def lowered_words(lowered: str) -> list[bytes]:
    """``words`` of a text already lower-cased."""
    return lowered.encode("utf-8", "surrogatepass").translate(_PUNCTUATION).split()


def key(value: str) -> int:
    """A 63-bit hash of a normalized value, stable across processes and runs (0 means none)."""
    if not value:
        return 0
    digest = hashlib.blake2b(value.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return (int.from_bytes(digest, "little") >> 1) or 1


def _folded_words(value: str) -> list[str]:
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _WORD.findall(plain)


# Titles, employers and places repeat across postings: caching their keys saves most of the
# time a full pass spends on them.
@lru_cache(maxsize=2**16)
def title_key(title: str | None) -> int:
    """Titles that differ only in case, accents, word order, punctuation or a gender marker
    ("Data Engineer (m/w/d)", "data engineer") share a key."""
    if not title:
        return 0
    return key(" ".join(sorted(set(_folded_words(_TITLE_MARKERS.sub(" ", title))))))


@lru_cache(maxsize=2**16)
def company_key(company: str | None) -> int:
    """The employer's name without legal form, case or accents ("ACME GmbH" is "acme")."""
    if not company:
        return 0
    return key(" ".join(w for w in _folded_words(company) if w not in _LEGAL_FORMS))


def place_key(places: Iterable[str]) -> int:
    """One key for a set of places (cities, or the places a source declared): each is named
    by what comes before its first comma ("Kraków, PL" is "krakow")."""
    return _places_key(tuple(places))


@lru_cache(maxsize=2**16)
def _places_key(places: tuple[str, ...]) -> int:
    names = sorted({" ".join(_folded_words(place.split(",", 1)[0])) for place in places} - {""})
    return key("|".join(names))


def is_agency(lowered: str, tokens: list[bytes], company: str | None) -> bool:
    """Posted by a recruitment agency for an employer (so its company is not the employer);
    ``lowered`` is the text lower-cased, ``tokens`` its ``words``."""
    if _agency_name(company):
        return True
    if _AGENCY_WORDS.isdisjoint(tokens[:_AGENCY_HEAD_WORDS]):
        return False
    head = lowered[:AGENCY_HEAD]
    return any(cue in head for cue in AGENCY_CUES)


@lru_cache(maxsize=2**16)
def _agency_name(company: str | None) -> bool:
    last = _folded_words(company)[-1:] if company else []
    return bool(last) and last[0] in _AGENCY_NAMES
