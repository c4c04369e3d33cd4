"""Locations: the cities, regions and countries a posting says the job is at or open to.

Place names are looked up in a :class:`~jobsift.geo.Gazetteer` (GeoNames cities of 15,000
people or more, US states and some countries' regions, every country in eight languages).
Only *capitalized* words are looked up: one regex scan finds the capitalized word that opens
each whitespace-delimited token, each is tested against a set of the gazetteer's first
words, and only the few that pass are matched against full names ("Frankfurt am Main"),
among just the names that go on as the text does.

Precision matters more than recall: a missed city costs a filter hit, a false one puts a job
in the wrong country.  So a name counts only with evidence, and the evidence it needs grows
with the chance that the word means something else:

* a **pair** ("Łódź, Poland", "Austin, TX", "Goiânia, Goiás") is enough for any name, and
  picks among namesakes ("Geneva, IL" is not the Swiss one);
* a **strong cue** ("based in", "office in", "team in", "Standort:", "Location:", "Lugar de
  trabajo:", "sede di", "notre site de", "Munich-based", "our Belfast location") is enough
  for any name;
* a **weak cue** (a preposition: "in", "from", "à", "en", "em", "w", "a", "bij", "te", "für";
  or "our Berlin team") is enough for a name that is not ambiguous; ambiguous names
  ("Reading", "Nice", "Florence", "Phoenix", "Java" ...) are flagged in the gazetteer when
  they are also words, people or products.  Not "at": "Engineer at Bellavista" is an employer;
* a **bare** name counts only for a country, a US state or a city of 200,000 or more (a
  million for a city named by an alternate name), and only when it is not ambiguous and
  stands apart, as in a title ("Engineer - Berlin"): in running text a capitalized word is
  too often something else ("Plano de saúde" is a health plan, not Plano, Texas).  Set apart
  on both sides ("(Arnhem)", "Nurse – Coimbra") a quarter of that is enough;
* a name running on into another capitalized word is an organisation ("Manchester United",
  "Boston Consulting Group", "Mercedes-Benz"), unless the next word is a place too ("Munich
  Germany");
* once a place is accepted, its other unambiguous mentions are evidence for it as well.

Decisions:

* A city is reported with its region and country from the gazetteer: the country is part of
  the same value (basis ``inferred:location`` when the text did not write it, ``stated`` when
  it did, as in a pair).  Namesakes without a pair go to the place the rest of the text
  points at (a pair of the same name, a country it names), then to a country where the
  posting's language is spoken ("Valencia" in Spanish is in Spain), then to the biggest; a
  preferred namesake must have a fifth of the biggest one's people.
* Values come in text order, except that a place named only as the employer's seat ("Our
  headquarters are in Graz") comes after the places of the job.
* "City, Country" is one value whose spans cover both names.  A country named again
  elsewhere is a value of its own (it is a distinct place).
* All-capitals words count like capitalized ones ("LOCATION: BERLIN"); abbreviations such as
  "USA" and "UK" count only in capitals.
* Where a remote worker may live is a separate question: :func:`extract_remote_region`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final, NamedTuple

from jobsift.extract.types import Location, Span, Value
from jobsift.geo import Gazetteer, NameEntry, Place, fold

_WORD: Final = re.compile(r"[^\W_]+")
# A word right after one of these is part of a longer token: "@Berlin", "forcepoint.com".
_JOINERS: Final = "@#_./'’"
_BARE_MIN_POPULATION: Final = 200_000
_BARE_EXONYM_MIN_POPULATION: Final = 1_000_000
_SET_APART_AFTER: Final = ",.;:|/)]–—-!?"
_ENCLOSED_BEFORE: Final = "(|–—-"
# A city set apart on both sides needs a quarter of the population of one set apart after.
_ENCLOSED_DIVISOR: Final = 4

# fmt: off
# Words that, just before a name (maybe with a preposition or a colon), say it is where the
# job is, or where the employer is: "office in", "Standort:", "sede di", "notre site de",
# "headquarters in".  Cues are read word by word from the end: a regex searched over the text
# before each name costs tens of microseconds.
_STRONG_WORDS: Final = frozenset((
    "based", "located", "situated", "headquartered", "hq", "office", "offices", "hub", "hubs",
    "campus", "relocate", "relocation", "relocating", "sitz", "büro", "buero", "bureau",
    "bureaux", "oficina", "escritório", "biuro", "ufficio", "kantoor", "vestiging", "sede",
    "standort", "arbeitsort", "einsatzort", "dienstort", "location", "locations", "lieu",
    "localisation", "ubicación", "ubicacion", "localização", "localizacao", "lokalizacja",
    "locatie", "werklocatie", "località", "raum", "region", "area", "city", "ville", "ciudad",
    "cidade", "miasto", "stadt", "città", "stad", "headquarters", "hauptsitz", "zentrale",
    "niederlassung", "filiale", "siège", "site", "sites", "agence", "établissement", "centro",
    "filial", "unidade", "oddział", "oddziale", "siedziba", "centrala", "hoofdkantoor",
    "standplaats", "werkplek", "kantoordagen", "bürotage", "mieście", "localidade",
    "ansässig", "basé", "basée", "basés", "basées", "situé", "située", "ubicado", "ubicada",
    "ubicados", "sediado", "sediada", "localizado", "localizada", "situato", "situata",
    "basato", "basata", "siedzibą", "gevestigd", "gelegen",
))
# Words a little before a name that say the employer sits there, not the job: a place named
# only so comes after the others ("Our headquarters are in Graz ... our Cologne location").
_EMPLOYER: Final = re.compile(
    r"(?i)(?<!\w)(?:headquarter\w*|hq|hauptsitz|zentrale|siège|centrala|siedzib\w*"
    r"|hoofdkantoor|sede[ \t]+(?:central|principale?|social|fica))(?!\w)"
)
_EMPLOYER_CONTEXT: Final = 35
# Words that name the place only as a label right before it: "Lugar de trabajo: Valencia",
# "Sede di lavoro: Roma".  Before a preposition they are about work ("trabajo en Java").
_LABEL_WORDS: Final = frozenset((
    "travail", "pracy", "lavoro", "trabajo", "trabalho", "arbeitsplatz", "dienstsitz",
))
# Words that, before a preposition, make the name after it a place: "team in Austin".
_STRONG_BEFORE_PREPOSITION: Final = frozenset((
    "team", "teams", "équipe", "equipo", "equipa", "zespół", "squadra", "hiring", "recrute",
    "recrutons", "buscamos", "contratamos", "zatrudnimy", "assumiamo", "zoeken", "suchen",
))
# Prepositions of place in our eight languages (weak alone: "in Java" is a skill).  Not
# "at": "Engineer at Bellavista" names the employer far more often than a town.
_WEAK_WORDS: Final = frozenset((
    "in", "from", "near", "nach", "aus", "bei", "à", "au", "aux", "en", "em", "no", "na",
    "nas", "nos", "w", "we", "a", "bij", "di", "da", "desde", "depuis", "z", "ze", "around",
    "across", "within", "throughout", "innerhalb", "binnen", "vanuit", "to", "im", "de", "für",
    "te",
))
# fmt: on
_CUE_PUNCTUATION: Final = ":-–—|("
# Words just after a name that make it a place: "Munich office", "Berlin-based", "our
# Belfast location".
_STRONG_AFTER: Final = re.compile(
    r"(?i)[ \t]?-?[ \t]?(?:based|office|offices|hub|headquarters|hq|campus|area|metro"
    r"|region|büro|standort|bureau|oficina|escritório|biuro|ufficio|kantoor|location"
    r"|locations|site|sites|branch|niederlassung|filiale|vestiging)\b"
)
# Words just after a name that make an unambiguous one a place: "our Berlin team".
_WEAK_AFTER: Final = re.compile(r"(?i)[ \t](?:team|teams)\b")
# A list of places: "Berlin, Munich or Hamburg", "Lisboa / Porto".
_LIST_GAP: Final = re.compile(
    r"[ \t]*(?:[,;/|&+][ \t]*|(?:and|und|et|y|e|i|or|oder|ou|o|lub|of|en|und/oder)[ \t]+)"
    r"(?:(?:and|und|et|y|e|i|or|oder|ou|o|lub|of|en)[ \t]+)?$"
)
# Between the two names of a pair: "Łódź, Poland", "Austin (TX)", "München - Bayern".
_PAIR_GAP: Final = re.compile(r"[ \t]*(?:,|\(|-|–)[ \t]*|[ \t]+")
_STATE_CODE: Final = re.compile(r"[ \t]*,?[ \t]*\(?([A-Z]{2})\b(?![.'’-]\w)")
_CONTEXT: Final = 40

# fmt: off
# Where each posting language is spoken, for a name several countries share ("Valencia"):
# the first group is preferred over the second, the second over the rest.  European Spanish
# first, since our postings are mostly from Europe.
_LANGUAGE_COUNTRIES: Final[dict[str, tuple[frozenset[str], frozenset[str]]]] = {
    "en": (frozenset(("GB", "US", "IE", "CA", "AU", "NZ")), frozenset()),
    "de": (frozenset(("DE", "AT", "CH")), frozenset(("LI", "LU", "BE"))),
    "fr": (frozenset(("FR", "BE", "CH", "LU", "MC")), frozenset(("CA",))),
    "es": (frozenset(("ES",)), frozenset((
        "MX", "AR", "CO", "CL", "PE", "VE", "EC", "GT", "CU", "BO", "DO", "HN", "PY", "SV",
        "NI", "CR", "PA", "UY", "PR",
    ))),
    "pt": (frozenset(("PT", "BR")), frozenset(("AO", "MZ", "CV", "GW", "ST", "TL"))),
    "pl": (frozenset(("PL",)), frozenset()),
    "it": (frozenset(("IT", "CH", "SM", "VA")), frozenset()),
    "nl": (frozenset(("NL", "BE")), frozenset(("SR",))),
}
# fmt: on
# A namesake the language or the text prefers must not be tiny beside the biggest one.
_PRIOR_MIN_SHARE: Final = 5

_PAIR: Final = 0.95
_STRONG: Final = 0.9
_WEAK: Final = 0.8
_LISTED: Final = 0.75
_BARE: Final = 0.6
_BARE_COUNTRY: Final = 0.75


class _Hit(NamedTuple):
    """A name found in the text, with the places it may mean (named tuples: a few are
    made for every posting, three times as fast as frozen dataclasses)."""

    start: int
    end: int
    entry: NameEntry


class _Found(NamedTuple):
    """A place the evidence accepted, with its spans and how sure we are."""

    place: Place
    spans: tuple[Span, ...]
    confidence: float
    stated_parts: int  # how many of city/region/country the text wrote
    # a lone name's other possible places, for the text and the language to choose among
    namesakes: tuple[Place, ...] = ()


def extract_locations(
    text: str, gazetteer: Gazetteer, *, lang: str | None = None
) -> tuple[Value[Location], ...]:
    """Every place ``text`` names as a job's location, one value per distinct place.

    Cues of all eight languages are read whatever the posting's language; ``lang`` (the
    posting's language code) only breaks ties between namesakes that the text does not
    settle: "Valencia" in a Spanish posting is the Spanish city."""
    hits = _name_hits(text, gazetteer)
    found = _accepted(text, hits, gazetteer)
    return _merged(text, _resolved(found, lang))


def _name_hits(
    text: str, gazetteer: Gazetteer, start: int = 0, stop: int | None = None
) -> list[_Hit]:
    """Gazetteer names at capitalized words, longest first, without overlaps."""
    hits: list[_Hit] = []
    end = len(text) if stop is None else stop
    covered = start
    for position, word, key in _capitalized_words(text, start, end, gazetteer.first_words):
        if position < covered:
            continue
        hit = _hit_at(text, end, position, word, key=key, gazetteer=gazetteer)
        if hit is not None:
            if text[hit.start - 3 : hit.start] in ("'s-", "’s-"):
                hit = _Hit(hit.start - 3, hit.end, hit.entry)
            hits.append(hit)
            covered = hit.end
    return hits


# A word run that starts with a capital and not inside another run, then the rest of its
# whitespace-delimited token.  The capitals are exactly those below U+0100 ("Berlin",
# "Évora"), and every letter or digit above it (the "Ł" of "Łódź", and lower-case ones that
# are turned away after).  One scan finds the few words worth a look-up: splitting the text
# and testing every word cost more.  A token has one word to look up, the first, so the
# rest of it is skipped.
_CAPITALIZED: Final = re.compile(
    r"([A-Z\xc0-\xd6\xd8-\xde\u0100-\U0010ffff](?<=[^\W_])(?<![^\W_].)[^\W_]*)\S*"
)


# Folding a word with accents costs a microsecond; capitalized words repeat across postings.
# lru_cache is thread-safe and bounded.
_fold_word: Final = lru_cache(maxsize=16_384)(fold)


def _capitalized_words(
    text: str, start: int, stop: int, known: frozenset[str]
) -> list[tuple[int, str, str]]:
    """(offset, word, folded word) of each capitalized word that starts some gazetteer name
    and opens its whitespace-delimited token, read as :func:`_token_word` reads tokens."""
    region = text if start == 0 and stop == len(text) else text[start:stop]
    found: list[tuple[int, str, str]] = []
    for capital in _CAPITALIZED.finditer(region):
        name = capital[1]
        key = name.lower() if name.isascii() else _fold_word(name)
        if key not in known:
            continue
        head = capital.start()
        if not head or region[head - 1].isspace():
            # the word opens its token, the usual case: _token_word would read it
            if not name[0].isupper():
                continue
            offset = 0
            token = capital[0]
        else:
            around = _token_around(region, head, capital.end())
            if around is None:
                continue
            head, token = around
            word = _token_word(token)
            if word is None or head + word[0] != capital.start():
                continue
            offset = word[0]
        found.append((start + head + offset, name, key))
    return found


def _token_around(region: str, start: int, end: int) -> tuple[int, str] | None:
    """(offset, text) of the whitespace-delimited token that ends at ``end`` and holds the
    word at ``start``, or ``None`` when another word opens the token ("Foo/Berlin"), save
    the "s" of "'s-"."""
    head = start
    seen_s = False
    while head and not region[head - 1].isspace():
        char = region[head - 1]
        if char.isalnum():
            if char != "s" or seen_s:
                return None
            seen_s = True
        head -= 1
    return head, region[head:end]


def _token_word(token: str) -> tuple[int, str] | None:
    """(offset, word) of the word a whitespace-delimited token is looked up by: its first
    run of letters and digits, when the token does not start in lower case and the run
    starts with a capital, not after "@" or "." ("@Berlin", "forcepoint.com")."""
    if token[0].islower():
        return None
    word = _WORD.search(token)
    if word is None:
        return None
    if word.group() == "s" and _dutch_s(token, word.start()):
        # "'s-Hertogenbosch" is read from its capital; the hit takes the "'s-" back
        word = _WORD.search(token, word.end() + 1)
        if word is None:
            return None
    name = word.group()
    if not name[0].isupper() or (word.start() and token[word.start() - 1] in _JOINERS):
        return None  # a number, or "@Berlin", "forcepoint.com"
    return word.start(), name


def _dutch_s(token: str, at: int) -> bool:
    """The "s" at ``at`` opens "'s-Hertogenbosch" or "('s-Gravenhage)"."""
    return at in (1, 2) and token[at - 1] in "'’" and token[at + 1 : at + 2] == "-"


def _hit_at(
    text: str, stop: int, start: int, word: str, *, key: str, gazetteer: Gazetteer
) -> _Hit | None:
    """The longest gazetteer name at ``start`` that ends at a word boundary, folds to what
    the text says there, and is written as it must be ("USA" only so)."""
    going_on = text[start + len(word) : start + len(word) + 2]
    # Only the names that go on as the text does ("La Paz" not after "La empresa"); ASCII
    # folds character by character, so the two characters can be compared on their own.
    runs = (
        gazetteer.continuing(key, going_on.lower())
        if going_on.isascii()
        else gazetteer.by_length(key)
    )
    for length, by_folded in runs:
        end = start + length
        if end > stop or (end < len(text) and (text[end].isalnum() or text[end] == "@")):
            continue
        surface = text[start:end]
        # the word itself folds to the key: no need to fold it again
        spellings = by_folded.get(key if length == len(word) else fold(surface))
        if spellings is None or not _well_cased(surface):
            continue
        for position, form, exact_case in spellings:
            if surface == form or not (exact_case or form.isupper()):
                return _Hit(start, end, gazetteer.entry(word, position))
    return None


def _well_cased(surface: str) -> bool:
    """ "Frankfurt am Main" and "BERLIN" yes, "berlin" no: each long word starts with a
    capital, or the whole name is in capitals."""
    if surface.isupper():
        return True
    words = surface.replace("-", " ").split()
    return surface[0].isupper() and all(w[0].isupper() or len(w) <= 4 for w in words)


def _accepted(text: str, hits: list[_Hit], gazetteer: Gazetteer) -> list[_Found]:
    found: list[_Found] = []
    used: set[int] = set()  # hits already joined to a pair, or accepted
    for index, hit in enumerate(hits):
        if index in used:
            continue
        paired = _pair(text, hits, index, gazetteer)
        if paired is not None:
            place, spans, parts, partners = paired
            used.update((index, *partners))
            found.append(_Found(place, spans, _PAIR, parts))
            continue
        single = _single(text, hit, hits[index + 1] if index + 1 < len(hits) else None, found)
        if single is not None:
            used.add(index)
            found.append(single)
    return found + _mentioned_again(hits, used, found)


def _mentioned_again(hits: list[_Hit], used: set[int], found: list[_Found]) -> list[_Found]:
    """Once a place is accepted, its other mentions are evidence too ("Offices in München.
    Munich is lovely"), unless the name is ambiguous: "Reading" once a city is not always one."""
    accepted = {item.place for item in found}
    again: list[_Found] = []
    for index, hit in enumerate(hits):
        if index in used or hit.entry.ambiguous[0]:
            continue
        place = next((p for p in hit.entry.places if p in accepted), None)
        if place is not None:
            again.append(_Found(place, ((hit.start, hit.end),), _LISTED, 1))
    return again


def _pair(
    text: str, hits: list[_Hit], index: int, gazetteer: Gazetteer
) -> tuple[Place, tuple[Span, ...], int, list[int]] | None:
    """ "Łódź, Poland", "Austin, TX", "Austin, Texas, USA": the first name's place that the
    next names agree with; the partners' indices are returned so they are not read again."""
    hit = hits[index]
    following = hits[index + 1] if index + 1 < len(hits) else None
    if (
        following is None or not _PAIR_GAP.fullmatch(text, hit.end, following.start)
    ) and not _STATE_CODE.match(text, hit.end):
        return None  # neither a name nor a code right after, as for most names
    spans: list[Span] = [(hit.start, hit.end)]
    candidates = [p for p in hit.entry.places if p.kind != "country"]
    partners: list[int] = []
    parts = 1
    position = hit.end
    for later in range(index + 1, min(index + 3, len(hits))):
        after = hits[later]
        if not _PAIR_GAP.fullmatch(text, position, after.start):
            break
        agreeing = [p for p in candidates if _agrees(p, after.entry.places)]
        if not agreeing:
            break
        candidates = agreeing
        spans.append((after.start, after.end))
        partners.append(later)
        parts += 1
        position = after.end
    if not partners:
        code = _code_after(text, position, candidates, gazetteer)
        if code is None:
            return None
        candidates, span = code
        spans.append(span)
        parts += 1
    return candidates[0], tuple(spans), parts, partners


def _agrees(place: Place, wider: tuple[Place, ...]) -> bool:
    for other in wider:
        if other.kind == "country" and other.country == place.country:
            return True
        if (
            other.kind == "region"
            and place.kind == "city"
            and other.region_code is not None
            and other.region_code == place.region_code
        ):
            return True
    return False


def _code_after(
    text: str, position: int, candidates: list[Place], gazetteer: Gazetteer
) -> tuple[list[Place], Span] | None:
    """ "Austin, TX", "Munich (DE)": a two-letter state or country code that agrees."""
    found = _STATE_CODE.match(text, position)
    if found is None or not text[position : found.start(1)].strip(" \t"):
        # a bare space then capitals ("Berlin IT team") is no pair; a comma or ( is needed
        return None
    code = found.group(1)
    agreeing = [
        p
        for p in candidates
        if (p.region_code is not None and p.region_code == f"{p.country}-{code}")
        or (p.country == code and gazetteer.country(code) is not None)
    ]
    if not agreeing:
        return None
    return agreeing, (found.start(1), found.end(1))


def _single(text: str, hit: _Hit, following: _Hit | None, found: list[_Found]) -> _Found | None:
    """A name on its own: accepted on the evidence its ambiguity needs."""
    place = hit.entry.places[0]
    confidence = _evidence(text, hit, following, found)
    if confidence is None:
        return None
    # a namesake needs the evidence its own ambiguity needs: only a strong cue lifts them all
    entry = hit.entry
    if len(entry.places) == 1:
        return _Found(place, ((hit.start, hit.end),), confidence, 1)
    # an exonym ("Zaragoza" for Tijuana) is no namesake to prefer
    namesakes = tuple(
        p
        for i, p in enumerate(entry.places)
        if not i or ((confidence >= _STRONG or not entry.ambiguous[i]) and not entry.exonym[i])
    )
    return _Found(place, ((hit.start, hit.end),), confidence, 1, namesakes)


def _employer(text: str, start: int) -> bool:
    """ "Our headquarters are in Graz", "Unser Hauptsitz liegt in Wien", "La nostra sede
    principale è a Torino": the few words before the name say where the employer sits."""
    return _EMPLOYER.search(text, max(0, start - _EMPLOYER_CONTEXT), start) is not None


def _evidence(text: str, hit: _Hit, following: _Hit | None, found: list[_Found]) -> float | None:
    """How sure the words around a lone name make us, or ``None`` when they are not enough."""
    ambiguous = hit.entry.ambiguous[0]
    strong, weak = _cues_before(text, hit.start)
    if strong or _STRONG_AFTER.match(text, hit.end):
        return _STRONG
    if ambiguous or _organisation(text, hit, following):
        return None
    if weak or _WEAK_AFTER.match(text, hit.end):
        return _WEAK
    if _listed(text, hit, found):
        return _LISTED
    return _bare(text, hit)


def _bare(text: str, hit: _Hit) -> float | None:
    """A name with no cue at all: only a plain country, US state or big city, set apart."""
    place = hit.entry.places[0]
    # A country that is also a name ("Chad", "Jordan") may rest on a preposition, not alone.
    if hit.entry.needs_cue and hit.entry.needs_cue[0]:
        return None
    if place.kind == "country":
        return _BARE_COUNTRY
    exonym = bool(hit.entry.exonym) and hit.entry.exonym[0]
    if not _set_apart(text, hit):
        return None
    # "(Arnhem)", "Nurse – Coimbra": set apart on both sides, as a title writes a place
    divisor = _ENCLOSED_DIVISOR if _enclosed(text, hit) else 1
    return _BARE if _bare_enough(place, exonym, divisor) else None


def _cues_before(text: str, start: int) -> tuple[bool, bool]:
    """(strong, weak): "based in", "Standort:", "office in", "team in" are strong; a
    preposition right before the name ("in", "à", "w") is weak.  Spanish "de" counts only
    after a strong word ("oficina de Madrid"): alone it is far too common."""
    # the cue is on the name's line: "Ropa de trabajo\n- Banda salarial" has none
    before = text[max(0, start - _CONTEXT) : start]
    words = before[before.rfind("\n") + 1 :].split()
    while words and not words[-1].strip(_CUE_PUNCTUATION):
        words.pop()  # "Lieu de travail : Paris", "sede (Padova)"
    if not words:
        return False, False
    last = words[-1].lower()
    bare = last.strip(_CUE_PUNCTUATION)
    if bare in _STRONG_WORDS or bare in _LABEL_WORDS:
        return True, False
    if last != bare or last not in _WEAK_WORDS:
        return False, False
    previous = words[-2].lower().rstrip(_CUE_PUNCTUATION) if len(words) > 1 else ""
    if previous in _STRONG_WORDS or previous in _STRONG_BEFORE_PREPOSITION:
        return True, False
    return False, last != "de"


def _bare_enough(place: Place, exonym: bool, divisor: int = 1) -> bool:
    if place.kind == "region":
        return place.country == "US"
    # An alternate name from some language ("Kazakh" for Petropavl) needs a cue unless the
    # city is so big that its exonyms are common ("München", "Cologne").
    floor = _BARE_EXONYM_MIN_POPULATION if exonym else _BARE_MIN_POPULATION
    return place.population * divisor >= floor


def _enclosed(text: str, hit: _Hit) -> bool:
    """ "(Arnhem)", "Nurse – Coimbra", "Customer Care, Bari.": punctuation before the name
    too, as in a title or a short label."""
    before = text[max(0, hit.start - 3) : hit.start].rstrip(" \t")
    return bool(before) and before[-1] in _ENCLOSED_BEFORE


def _set_apart(text: str, hit: _Hit) -> bool:
    """A bare city stands alone, as in a title ("Engineer - Berlin", "(Berlin)"): punctuation
    or the end of a line follows it.  In running text ("Plano de saúde", a Portuguese health
    plan) a capitalized word is too often something else."""
    rest = text[hit.end : hit.end + 8].lstrip(" \t")
    return not rest or rest[0] in "\r\n" or rest[0] in _SET_APART_AFTER


def _organisation(text: str, hit: _Hit, following: _Hit | None) -> bool:
    """ "Manchester United", "Boston Consulting Group": the name runs on into another
    capitalized word that is not itself a place."""
    rest = text[hit.end : hit.end + 2]
    if len(rest) < 2 or rest[0] not in " -" or not rest[1].isupper():
        return False  # "-" too: "Mercedes-Benz", "Allen-Bradley"
    return following is None or following.start != hit.end + 1


def _listed(text: str, hit: _Hit, found: list[_Found]) -> bool:
    """The next item of a list of places already accepted: "Berlin, Munich or Hamburg"."""
    if not found:
        return False
    last_end = found[-1].spans[-1][1]
    if last_end > hit.start or hit.start - last_end > 12:
        return False
    return bool(_LIST_GAP.fullmatch(text, last_end, hit.start))


def _resolved(found: list[_Found], lang: str | None) -> list[_Found]:
    """Lone names with namesakes go to the place the rest of the text points at: a pair that
    settled the same name ("Valencia, España"), a country the text names, then a country
    where the posting's language is spoken; the biggest place otherwise (the gazetteer's
    order).  A preferred namesake must not be tiny beside the biggest."""
    if not any(len(item.namesakes) > 1 for item in found):
        return found
    settled = {
        item.place for item in found if len(item.namesakes) < 2 or item.place.kind == "country"
    }
    countries = {p.country for p in settled}
    preferred, second = _LANGUAGE_COUNTRIES.get(lang or "", (frozenset(), frozenset()))
    return [
        _Found(
            _preferred(item.namesakes, settled, countries, preferred, second),
            item.spans,
            item.confidence,
            item.stated_parts,
        )
        if len(item.namesakes) > 1
        else item
        for item in found
    ]


def _preferred(
    places: tuple[Place, ...],
    settled: set[Place],
    countries: set[str],
    preferred: frozenset[str],
    second: frozenset[str],
) -> Place:
    head = places[0]
    if head.kind == "country" or head in settled:
        return head  # "Georgia" is a country before it is a US state
    others = places[1:]
    for place in others:
        if place in settled:
            return place
    floor = max(place.population for place in places) // _PRIOR_MIN_SHARE
    for group in (countries, preferred, second):
        if head.country in group:
            return head
        for place in others:
            if place.country in group and place.population >= floor:
                return place
    return head


def _merged(text: str, found: list[_Found]) -> tuple[Value[Location], ...]:
    """One value per distinct place, all its spans, the best confidence, in text order; but a
    place named only as the employer's seat comes after the places of the job."""
    by_place: dict[Place, list[_Found]] = {}
    for item in found:
        by_place.setdefault(item.place, []).append(item)
    several = len(by_place) > 1  # the employer's seat matters only beside another place
    ranked = [
        (several and all(_employer(text, item.spans[0][0]) for item in items), _value(items))
        for items in by_place.values()
    ]
    ranked.sort(key=lambda pair: (pair[0], pair[1].spans[0]))
    return tuple(value for _, value in ranked)


def _value(items: list[_Found]) -> Value[Location]:
    place = items[0].place
    spans = tuple(sorted(span for item in items for span in item.spans))
    confidence = max(item.confidence for item in items)
    stated_parts = max(item.stated_parts for item in items)
    location = Location(
        city=place.city if place.kind == "city" else None,
        region=place.region if place.kind != "country" else None,
        country=place.country,
        geonames_id=place.geonames_id,
    )
    # The country of a city (or of a region) is the gazetteer's unless the text wrote it.
    basis = "stated" if place.kind == "country" or stated_parts > 1 else "inferred:location"
    return Value(location, spans=spans, confidence=confidence, basis=basis)


# ---------------------------------------------------------------------------------------------
# Where remote workers may live

# Lower-case words that say the job is remote; found with str.find on the lower-cased text.
_REMOTE_ANCHORS: Final = (
    "remot", "zdaln", "télétravail", "teletravail", "teletrabajo", "teletrabalho",
    "home office", "home-office", "homeoffice", "work from", "working from", "thuiswerk",
    "op afstand", "smart working", "mobiles arbeiten", "telework", "distributed",
)  # fmt: skip
# What may stand between the remote phrase and the region: a connective at its end.
_CONNECTIVE_END: Final = re.compile(
    r"(?i)(?:(?:^|[^\w])(?:in|within|from|across|throughout|inside|only|anywhere|any|en|em"
    r"|de|desde|dans|depuis|partout|w|we|z|ze|na terenie|da|di|in tutta|in tutto|binnen"
    r"|vanuit|innerhalb|aus|ganz|dentro|todo|toda|heel|all of|based|for|to|lugar|miejsca"
    r"|ovunque|overal|qualquer|cualquier)(?:[ \t]+(?:the|la|le|l'|el|o|a|das|der|den|de"
    r"|het|del|do|da|des|of))?|[(:,/|–-])[ \t]*$"
)
# A gap that talks about an office or a team is about something else than where one may live.
_OTHER_TOPIC: Final = re.compile(
    r"(?i)\b(?:offices?|hq|headquarter\w*|team\w*|compan\w+|clients?|customers?|büro"
    r"|sitz|colleagues|travel\w*)\b"
)
# "remote sensing in Europe" is about a technology, not about where people work.
_REMOTE_TRAP: Final = re.compile(
    r"(?i)[ \t-]+(?:sensing|monitoring|control\w*|access|desktop|servers?|debugging"
    r"|management|support|assistance|maintenance|sessions?|devices?|diagnostics?|tools?"
    r"|administration|connection|operations?|procedure|patient|api)\b"
)
_GAP_MAX: Final = 50
_BEFORE_MAX: Final = 20
# fmt: off
_AREAS: Final[dict[str, tuple[str, float]]] = {
    "eu": ("EU", 0.9), "ue": ("EU", 0.9), "european union": ("EU", 0.9),
    "europäischen union": ("EU", 0.9), "europäische union": ("EU", 0.9),
    "union européenne": ("EU", 0.9), "unión europea": ("EU", 0.9),
    "união europeia": ("EU", 0.9), "unii europejskiej": ("EU", 0.9),
    "unione europea": ("EU", 0.9), "europese unie": ("EU", 0.9),
    "europe": ("EU", 0.6), "europa": ("EU", 0.6), "europie": ("EU", 0.6),
    "eea": ("EEA", 0.9), "ewr": ("EEA", 0.9), "european economic area": ("EEA", 0.9),
    "emea": ("EMEA", 0.9), "apac": ("APAC", 0.9), "asia-pacific": ("APAC", 0.9),
    "asia pacific": ("APAC", 0.9), "latam": ("LATAM", 0.9), "latin america": ("LATAM", 0.9),
    "américa latina": ("LATAM", 0.9), "america latina": ("LATAM", 0.9),
    "lateinamerika": ("LATAM", 0.9), "amérique latine": ("LATAM", 0.9),
    "worldwide": ("WORLDWIDE", 0.85), "anywhere": ("WORLDWIDE", 0.8),
    "anywhere in the world": ("WORLDWIDE", 0.85), "globally": ("WORLDWIDE", 0.8),
    "weltweit": ("WORLDWIDE", 0.85), "partout dans le monde": ("WORLDWIDE", 0.85),
    "cualquier lugar": ("WORLDWIDE", 0.8), "qualquer lugar": ("WORLDWIDE", 0.8),
    "dowolnego miejsca": ("WORLDWIDE", 0.8), "ovunque": ("WORLDWIDE", 0.8),
    "overal": ("WORLDWIDE", 0.7), "wereldwijd": ("WORLDWIDE", 0.85),
    "en todo el mundo": ("WORLDWIDE", 0.85), "em qualquer lugar": ("WORLDWIDE", 0.8),
}
# fmt: on
_AREA_WORDS: Final = re.compile(
    r"(?i)(?<![\w])(?:"
    + "|".join(re.escape(word) for word in sorted(_AREAS, key=lambda w: (-len(w), w)))
    + r")(?![\w])"
)
# Codes written in capitals: "Remote (US)", "Remote - UK", "EU-based".
_CODE: Final = re.compile(r"(?<![\w])([A-Z]{2,4})(?![\w])")
_CODE_ALIASES: Final = {"UK": "GB", "USA": "US", "EL": "GR"}
# Where a sentence stops: a line break, ";", "!", "?", or a period before a space or the end
# (``search`` is given the end: ``\Z`` matches there).
_SENTENCE_STOP: Final = re.compile(r"[\n;!?]|\.(?= |\Z)")


def extract_remote_region(
    text: str, gazetteer: Gazetteer, *, lowered: str | None = None
) -> Value[str] | None:
    """Where a remote worker may live, when the posting says so right by a remote phrase.

    "remote within the EU" -> "EU", "Remote (US)" -> "US", "remoto desde cualquier lugar de
    España" -> "ES", "Homeoffice innerhalb Deutschlands" -> "DE".  Codes are ISO 3166-1
    alpha-2, or "EU", "EEA", "EMEA", "APAC", "LATAM", and "WORLDWIDE" for "anywhere".  A
    country named after "anywhere" wins over it.  ``None`` when no region is said.
    ``lowered``: ``text.replace("\u0130", "i").lower()`` when the caller has it already."""
    if lowered is None:
        lowered = text.replace("\u0130", "i").lower()  # as long as text: "İ" would grow
    for cue_start, cue_end in _remote_cues(text, lowered):
        if _REMOTE_TRAP.match(text, cue_end):
            continue
        region = _region_after(text, cue_start, cue_end, gazetteer) or _region_before(
            text, cue_start, gazetteer
        )
        if region is not None:
            return region
    return None


def _remote_cues(text: str, lowered: str) -> list[Span]:
    """Remote phrases, in text order; each runs to the end of its word ("remotely")."""
    cues: list[Span] = []
    for anchor in _REMOTE_ANCHORS:
        position = lowered.find(anchor)
        while position != -1:
            end = position + len(anchor)
            while end < len(text) and (text[end].isalnum() or text[end] == "-"):
                end += 1
            cues.append((position, end))
            position = lowered.find(anchor, end)
    return sorted(cues)


def _region_after(
    text: str, cue_start: int, cue_end: int, gazetteer: Gazetteer
) -> Value[str] | None:
    stop = _sentence_end(text, cue_end, cue_end + _GAP_MAX + 40)
    candidates = _region_candidates(text, cue_end, stop, gazetteer)
    # A country after "anywhere in" beats the "anywhere" before it.
    best: tuple[int, Value[str]] | None = None
    for start, value in candidates:
        if not _introduced(text, cue_start, cue_end, start, value):
            continue
        if best is None or (best[1].value == "WORLDWIDE" and value.value != "WORLDWIDE"):
            best = (start, value)
        if value.value != "WORLDWIDE":
            break
    return None if best is None else best[1]


def _introduced(text: str, cue_start: int, cue_end: int, start: int, value: Value[str]) -> bool:
    """The words between the remote phrase and a region name say the region is where one may
    work from: a connective ("within", "desde", "innerhalb", "(", "-"), or nothing at all
    when the region closes the phrase ("Remote US/Canada")."""
    gap = text[cue_end:start]
    if len(gap) > _GAP_MAX or _OTHER_TOPIC.search(gap):
        return False
    # The cue itself may end with the connective: "work from | anywhere".
    if _CONNECTIVE_END.search(text, cue_start, start):
        return True
    end = value.spans[-1][1]
    closes = end >= len(text) or text[end] in _SET_APART_AFTER or text[end] in "\r\n"
    return gap in (" ", "\t") and closes


def _region_before(text: str, cue_start: int, gazetteer: Gazetteer) -> Value[str] | None:
    """ "EU remote", "US-based, remote", "EMEA-remote": a code right before the phrase."""
    floor = max(0, cue_start - _BEFORE_MAX)
    for found in reversed(list(_CODE.finditer(text, floor, cue_start))):
        between = text[found.end() : cue_start]
        if re.fullmatch(r"[ \t]*(?:-?[ \t]*based)?[ \t,-]*(?:fully |100 ?% )?", between):
            return _code_value(found.group(1), found.start(), gazetteer)
    return None


def _sentence_end(text: str, start: int, limit: int) -> int:
    stop = min(len(text), limit)
    found = _SENTENCE_STOP.search(text, start, stop)
    if found is None:
        return stop
    # A period ends the sentence after it; it may close an abbreviation: "the U.S."
    return found.end() if found.group() == "." else found.start()


def _region_candidates(
    text: str, start: int, stop: int, gazetteer: Gazetteer
) -> list[tuple[int, Value[str]]]:
    """Area words, capital codes and gazetteer places between ``start`` and ``stop``."""
    found: list[tuple[int, Value[str]]] = []
    for area in _AREA_WORDS.finditer(text, start, stop):
        word = area.group()
        if len(word) < 5 and not word.isupper():
            continue  # "eu" is Portuguese for "I"; only "EU" is the Union
        code, confidence = _AREAS[word.lower()]
        found.append((area.start(), Value(code, ((area.start(), area.end()),), confidence)))
    for capitals in _CODE.finditer(text, start, stop):
        value = _code_value(capitals.group(1), capitals.start(), gazetteer)
        if value is not None:
            found.append((capitals.start(), value))
    for hit in _name_hits(text, gazetteer, start, stop):
        country = hit.entry.places[0].country
        found.append((hit.start, Value(country, ((hit.start, hit.end),), 0.85)))
    found.sort(key=lambda pair: pair[0])
    return found


def _code_value(code: str, start: int, gazetteer: Gazetteer) -> Value[str] | None:
    area = _AREAS.get(code.lower())
    if area is not None and code.isupper():
        return Value(area[0], ((start, start + len(code)),), area[1])
    alpha2 = _CODE_ALIASES.get(code, code)
    if len(alpha2) == 2 and gazetteer.country(alpha2) is not None:
        return Value(alpha2, ((start, start + len(code)),), 0.85)
    return None
