"""Fictional employers and recruitment agencies, built from invented name parts.

Names are put together from made-up stems and endings ("Nor" + "valis") plus an industry word
and, for local companies, the legal form of their country (GmbH, S.A., sp. z o.o.).  Some are
written as a domain ("Norvalis.io"), as start-ups like to.  Any likeness to a real company is
accidental.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from jobsift.corpus.places import CITIES
from jobsift.corpus.randomness import Dice
from jobsift.corpus.slugs import slugify

INDUSTRIES: Final = (
    "software",
    "ecommerce",
    "logistics",
    "healthcare",
    "manufacturing",
    "fintech",
    "retail",
    "energy",
    "hospitality",
    "education",
    "consulting",
    "automotive",
    "food",
)

# fmt: off
_STEMS: Final = (
    "Nor", "Vel", "Quan", "Brio", "Kal", "Zen", "Orb", "Lum", "Tera", "Vor", "Alt", "Sol",
    "Mer", "Cor", "Fen", "Hal", "Iso", "Jar", "Kor", "Lyn", "Mira", "Nex", "Oro", "Pra", "Rho",
    "Sey", "Tal", "Ulm", "Var", "Wen", "Xan", "Yar", "Zor", "Arc", "Bel", "Cal", "Dav", "Elo",
    "Fal", "Gra", "Hex", "Ind", "Jun", "Kin", "Lor", "Mon", "Nal", "Ost", "Pel", "Quo",
)
_ENDINGS: Final = (
    "valis", "tiro", "trix", "ora", "ent", "ique", "ium", "ano", "ex", "is", "on", "ara", "ivo",
    "eon", "ada", "una", "ely", "ora", "ith", "ova", "ant", "ema", "o", "ux", "yn",
)
_WORDS: Final = (
    "Blue Harbor", "Northwind", "Alpenblick", "Silver Fern", "Brightpath", "Oakridge",
    "Red Kite", "Greenfield", "Clearwater", "Stonebridge", "Ironleaf", "Westmark", "Sunvale",
    "Blackthorn", "Riverstone", "Highline", "Copperfield", "Lakeside", "Nordlicht", "Mistral",
    "Solenne", "Bellavista", "Monteverde", "Vistamar", "Boa Vista", "Horizonte", "Wisła",
    "Bursztyn", "Tulpenveld", "Zeewind", "Duinrand", "Rheinblick", "Seeland",
)
_INDUSTRY_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "software": ("Software", "Labs", "Systems", "Cloud", "Digital", "Tech"),
    "ecommerce": ("Commerce", "Shop", "Marketplace", "Direct"),
    "logistics": ("Logistics", "Freight", "Transport", "Cargo"),
    "healthcare": ("Health", "Care", "Medical", "Clinic"),
    "manufacturing": ("Industries", "Manufacturing", "Components", "Precision"),
    "fintech": ("Pay", "Finance", "Capital", "Bank"),
    "retail": ("Retail", "Stores", "Home", "Outlet"),
    "energy": ("Energy", "Solar", "Power", "Grid"),
    "hospitality": ("Hotels", "Hospitality", "Resorts", "Kitchen"),
    "education": ("Academy", "School", "Learning"),
    "consulting": ("Consulting", "Partners", "Advisory", "Group"),
    "automotive": ("Automotive", "Mobility", "Motors"),
    "food": ("Foods", "Bakery", "Fresh"),
}
# German-speaking companies often name themselves in German.
_GERMAN_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "logistics": ("Logistik", "Spedition"), "healthcare": ("Klinik", "Pflege"),
    "manufacturing": ("Werke", "Technik"), "retail": ("Markt",), "energy": ("Energie",),
    "hospitality": ("Gastro",), "education": ("Akademie",), "automotive": ("Fahrzeugtechnik",),
    "food": ("Feinkost",), "software": ("Informatik",), "ecommerce": ("Versand",),
    "fintech": ("Finanz",), "consulting": ("Beratung",),
}
_LEGAL_FORMS: Final[dict[str, tuple[str, ...]]] = {
    "DE": ("GmbH", "GmbH", "GmbH", "AG", "SE", "GmbH & Co. KG"),
    "AT": ("GmbH", "GmbH", "AG"),
    "CH": ("AG", "GmbH", "SA"),
    "FR": ("SAS", "SAS", "S.A.", "SARL"),
    "BE": ("NV", "BV", "SRL", "SA"),
    "ES": ("S.L.", "S.L.", "S.A."),
    "PT": ("Lda.", "Lda.", "S.A."),
    "BR": ("Ltda.", "Ltda.", "S.A."),
    "PL": ("sp. z o.o.", "sp. z o.o.", "S.A."),
    "IT": ("S.r.l.", "S.r.l.", "S.p.A."),
    "NL": ("B.V.", "B.V.", "N.V."),
    "GB": ("Ltd", "Ltd", "plc"),
    "IE": ("Ltd", "DAC"),
    "US": ("Inc.", "Inc.", "LLC", "Corp."),
    "CA": ("Inc.", "Ltd."),
}
_DOMAINS: Final = (".io", ".ai", ".com", ".app", ".de", ".eu")
_AGENCY_WORDS: Final = (
    "Recruitment", "Talent", "Staffing", "Personal", "Personnel", "Search", "Interim",
    "Recruiting", "People",
)
# fmt: on

COMPANY_COUNT: Final = 300
AGENCY_COUNT: Final = 24


@dataclass(frozen=True, slots=True)
class Company:
    name: str
    industry: str
    #: Country a local company posts from; "" for international brands that hire anywhere.
    country: str
    founded: int
    employees: int
    #: Host name of its careers site, for posting URLs.
    host: str
    #: City of its headquarters, named in about-us text (not always where the job is).
    headquarters: str


def make_companies(dice: Dice) -> tuple[Company, ...]:
    """About 300 distinct employers; local ones carry their country's legal form."""
    countries = tuple(_LEGAL_FORMS)
    seen: set[str] = set()
    companies: list[Company] = []
    while len(companies) < COMPANY_COUNT:
        industry = INDUSTRIES[int(dice.random() * len(INDUSTRIES))]
        # Half are local, so each of the 15 countries has about ten of its own.
        country = countries[int(dice.random() * len(countries))] if dice.random() < 0.5 else ""
        name = _company_name(dice, industry, country)
        if name in seen:
            continue
        seen.add(name)
        companies.append(_company(dice, name, industry, country))
    return tuple(companies)


def make_agencies(dice: Dice) -> tuple[str, ...]:
    names: list[str] = []
    while len(names) < AGENCY_COUNT:
        name = f"{_stem_name(dice)} {dice.pick(_AGENCY_WORDS)}"
        if name not in names:
            names.append(name)
    return tuple(names)


def _company(dice: Dice, name: str, industry: str, country: str) -> Company:
    founded = 1890 + int(dice.random() * 133) if country else 1995 + int(dice.random() * 28)
    employees = int(10 ** (1.3 + dice.random() * 3.2))
    host = f"careers.{slugify(name.split(' ', maxsplit=1)[0].split('.', maxsplit=1)[0])}.example"
    cities = [city for city in CITIES if city.country == country] if country else CITIES
    headquarters = dice.pick(cities).name
    return Company(name, industry, country, founded, employees, host, headquarters)


def _company_name(dice: Dice, industry: str, country: str) -> str:
    roll = dice.random()
    if not country and roll < 0.2:
        return _stem_name(dice) + dice.pick(_DOMAINS)
    base = _stem_name(dice) if roll < 0.65 else dice.pick(_WORDS)
    if dice.random() < 0.6:
        words = _INDUSTRY_WORDS[industry]
        if country in ("DE", "AT", "CH"):
            words += _GERMAN_WORDS[industry]
        base = f"{base} {dice.pick(words)}"
    if country:
        return f"{base} {dice.pick(_LEGAL_FORMS[country])}"
    return base


def _stem_name(dice: Dice) -> str:
    return dice.pick(_STEMS) + dice.pick(_ENDINGS)


def _pick(dice: Dice, options: tuple[str, ...]) -> str:
    return options[int(dice.random() * len(options))]
