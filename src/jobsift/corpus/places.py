"""Real cities with their region and country, and country names in each posting language.

City and region names are the local official forms (the ground truth); ``exonyms`` are the
names English text often uses instead (Munich, Cologne, Warsaw), which extraction must map back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final


@dataclass(frozen=True, slots=True)
class City:
    name: str
    region: str
    country: str
    #: Short region form written after the city in US, CA and BR addresses ("Austin, TX").
    region_code: str = ""
    #: Names other languages use: {"en": "Munich", "nl": "Brussel"}.
    exonyms: dict[str, str] = field(default_factory=dict)
    #: Big cities appear more often.
    weight: int = 1


def _c(
    name: str, region: str, country: str, weight: int = 1, code: str = "", **exonyms: str
) -> City:
    return City(name, region, country, code, exonyms, weight)


# fmt: off
CITIES: Final[tuple[City, ...]] = (
    _c("Berlin", "Berlin", "DE", 5),
    _c("München", "Bayern", "DE", 4, en="Munich"),
    _c("Hamburg", "Hamburg", "DE", 3),
    _c("Köln", "Nordrhein-Westfalen", "DE", 3, en="Cologne"),
    _c("Frankfurt am Main", "Hessen", "DE", 3, en="Frankfurt"),
    _c("Stuttgart", "Baden-Württemberg", "DE", 2),
    _c("Düsseldorf", "Nordrhein-Westfalen", "DE", 2, en="Dusseldorf"),
    _c("Leipzig", "Sachsen", "DE", 1),
    _c("Nürnberg", "Bayern", "DE", 1, en="Nuremberg"),
    _c("Dresden", "Sachsen", "DE", 1),
    _c("Hannover", "Niedersachsen", "DE", 1, en="Hanover"),
    _c("Bremen", "Bremen", "DE", 1),
    _c("Dortmund", "Nordrhein-Westfalen", "DE", 1),
    _c("Wien", "Wien", "AT", 4, en="Vienna"),
    _c("Graz", "Steiermark", "AT", 1),
    _c("Linz", "Oberösterreich", "AT", 1),
    _c("Salzburg", "Salzburg", "AT", 1),
    _c("Innsbruck", "Tirol", "AT", 1),
    _c("Zürich", "Zürich", "CH", 4, en="Zurich"),
    _c("Genève", "Genève", "CH", 2, en="Geneva", de="Genf", it="Ginevra"),
    _c("Basel", "Basel-Stadt", "CH", 2, fr="Bâle"),
    _c("Bern", "Bern", "CH", 1, fr="Berne"),
    _c("Lausanne", "Vaud", "CH", 1),
    _c("Lugano", "Ticino", "CH", 1),
    _c("Paris", "Île-de-France", "FR", 6),
    _c("Lyon", "Auvergne-Rhône-Alpes", "FR", 3),
    _c("Marseille", "Provence-Alpes-Côte d'Azur", "FR", 2),
    _c("Toulouse", "Occitanie", "FR", 2),
    _c("Bordeaux", "Nouvelle-Aquitaine", "FR", 2),
    _c("Lille", "Hauts-de-France", "FR", 2),
    _c("Nantes", "Pays de la Loire", "FR", 2),
    _c("Strasbourg", "Grand Est", "FR", 1),
    _c("Montpellier", "Occitanie", "FR", 1),
    _c("Rennes", "Bretagne", "FR", 1),
    _c("Bruxelles", "Bruxelles-Capitale", "BE", 3, en="Brussels", nl="Brussel", de="Brüssel"),
    _c("Antwerpen", "Vlaanderen", "BE", 2, en="Antwerp", fr="Anvers"),
    _c("Gent", "Vlaanderen", "BE", 1, en="Ghent", fr="Gand"),
    _c("Leuven", "Vlaanderen", "BE", 1, fr="Louvain"),
    _c("Liège", "Wallonie", "BE", 1, nl="Luik"),
    _c("Namur", "Wallonie", "BE", 1, nl="Namen"),
    _c("Madrid", "Comunidad de Madrid", "ES", 5),
    _c("Barcelona", "Cataluña", "ES", 4),
    _c("Valencia", "Comunidad Valenciana", "ES", 2),
    _c("Sevilla", "Andalucía", "ES", 2, en="Seville"),
    _c("Málaga", "Andalucía", "ES", 2, en="Malaga"),
    _c("Bilbao", "País Vasco", "ES", 1),
    _c("Zaragoza", "Aragón", "ES", 1),
    _c("A Coruña", "Galicia", "ES", 1),
    _c("Alicante", "Comunidad Valenciana", "ES", 1),
    _c("Lisboa", "Lisboa", "PT", 4, en="Lisbon"),
    _c("Porto", "Porto", "PT", 3, en="Oporto"),
    _c("Braga", "Braga", "PT", 1),
    _c("Coimbra", "Coimbra", "PT", 1),
    _c("Faro", "Faro", "PT", 1),
    _c("São Paulo", "São Paulo", "BR", 6, "SP", en="Sao Paulo"),
    _c("Rio de Janeiro", "Rio de Janeiro", "BR", 3, "RJ"),
    _c("Belo Horizonte", "Minas Gerais", "BR", 2, "MG"),
    _c("Curitiba", "Paraná", "BR", 2, "PR"),
    _c("Porto Alegre", "Rio Grande do Sul", "BR", 2, "RS"),
    _c("Goiânia", "Goiás", "BR", 1, "GO"),
    _c("Recife", "Pernambuco", "BR", 1, "PE"),
    _c("Florianópolis", "Santa Catarina", "BR", 1, "SC"),
    _c("Brasília", "Distrito Federal", "BR", 1, "DF", en="Brasilia"),
    _c("Campinas", "São Paulo", "BR", 1, "SP"),
    _c("Warszawa", "mazowieckie", "PL", 5, en="Warsaw", de="Warschau"),
    _c("Kraków", "małopolskie", "PL", 3, en="Krakow", de="Krakau"),
    _c("Wrocław", "dolnośląskie", "PL", 3, en="Wroclaw", de="Breslau"),
    _c("Gdańsk", "pomorskie", "PL", 2, en="Gdansk", de="Danzig"),
    _c("Łódź", "łódzkie", "PL", 2, en="Lodz"),
    _c("Poznań", "wielkopolskie", "PL", 2, en="Poznan", de="Posen"),
    _c("Katowice", "śląskie", "PL", 2),
    _c("Lublin", "lubelskie", "PL", 1),
    _c("Szczecin", "zachodniopomorskie", "PL", 1),
    _c("Milano", "Lombardia", "IT", 5, en="Milan", de="Mailand", fr="Milan"),
    _c("Roma", "Lazio", "IT", 4, en="Rome", de="Rom", fr="Rome"),
    _c("Torino", "Piemonte", "IT", 2, en="Turin", fr="Turin"),
    _c("Bologna", "Emilia-Romagna", "IT", 2),
    _c("Napoli", "Campania", "IT", 1, en="Naples"),
    _c("Firenze", "Toscana", "IT", 1, en="Florence"),
    _c("Verona", "Veneto", "IT", 1),
    _c("Padova", "Veneto", "IT", 1, en="Padua"),
    _c("Bari", "Puglia", "IT", 1),
    _c("Amsterdam", "Noord-Holland", "NL", 5),
    _c("Rotterdam", "Zuid-Holland", "NL", 3),
    _c("Utrecht", "Utrecht", "NL", 3),
    _c("Eindhoven", "Noord-Brabant", "NL", 2),
    _c("Den Haag", "Zuid-Holland", "NL", 2, en="The Hague"),
    _c("Groningen", "Groningen", "NL", 1),
    _c("Arnhem", "Gelderland", "NL", 1),
    _c("'s-Hertogenbosch", "Noord-Brabant", "NL", 1),
    _c("London", "England", "GB", 6),
    _c("Manchester", "England", "GB", 3),
    _c("Birmingham", "England", "GB", 2),
    _c("Edinburgh", "Scotland", "GB", 2),
    _c("Bristol", "England", "GB", 1),
    _c("Leeds", "England", "GB", 1),
    _c("Glasgow", "Scotland", "GB", 1),
    _c("Cardiff", "Wales", "GB", 1),
    _c("Belfast", "Northern Ireland", "GB", 1),
    _c("Dublin", "Leinster", "IE", 4),
    _c("Cork", "Munster", "IE", 2),
    _c("Galway", "Connacht", "IE", 1),
    _c("Limerick", "Munster", "IE", 1),
    _c("New York", "New York", "US", 5, "NY"),
    _c("San Francisco", "California", "US", 3, "CA"),
    _c("Austin", "Texas", "US", 2, "TX"),
    _c("Seattle", "Washington", "US", 2, "WA"),
    _c("Chicago", "Illinois", "US", 2, "IL"),
    _c("Boston", "Massachusetts", "US", 2, "MA"),
    _c("Denver", "Colorado", "US", 1, "CO"),
    _c("Atlanta", "Georgia", "US", 1, "GA"),
    _c("Raleigh", "North Carolina", "US", 1, "NC"),
    _c("Columbus", "Ohio", "US", 1, "OH"),
    _c("Toronto", "Ontario", "CA", 4, "ON"),
    _c("Montréal", "Québec", "CA", 3, "QC", en="Montreal"),
    _c("Vancouver", "British Columbia", "CA", 2, "BC"),
    _c("Calgary", "Alberta", "CA", 1, "AB"),
    _c("Ottawa", "Ontario", "CA", 1, "ON"),
    _c("Québec", "Québec", "CA", 1, "QC", en="Quebec City"),
)

#: Cities whose postings are usually in a second language of the country: (country, language).
CITY_LANGUAGES: Final[dict[str, tuple[str, ...]]] = {
    "Genève": ("fr",), "Lausanne": ("fr",), "Lugano": ("it",),
    "Bruxelles": ("fr", "nl"), "Liège": ("fr",), "Namur": ("fr",),
    "Antwerpen": ("nl",), "Gent": ("nl",), "Leuven": ("nl",),
    "Montréal": ("fr",), "Québec": ("fr",),
}

COUNTRY_NAMES: Final[dict[str, tuple[str, str, str, str, str, str, str, str]]] = {
    # code: (en, de, fr, es, pt, pl, it, nl)
    "DE": ("Germany", "Deutschland", "Allemagne", "Alemania", "Alemanha", "Niemcy", "Germania",
           "Duitsland"),
    "AT": ("Austria", "Österreich", "Autriche", "Austria", "Áustria", "Austria", "Austria",
           "Oostenrijk"),
    "CH": ("Switzerland", "Schweiz", "Suisse", "Suiza", "Suíça", "Szwajcaria", "Svizzera",
           "Zwitserland"),
    "FR": ("France", "Frankreich", "France", "Francia", "França", "Francja", "Francia",
           "Frankrijk"),
    "BE": ("Belgium", "Belgien", "Belgique", "Bélgica", "Bélgica", "Belgia", "Belgio", "België"),
    "ES": ("Spain", "Spanien", "Espagne", "España", "Espanha", "Hiszpania", "Spagna", "Spanje"),
    "PT": ("Portugal", "Portugal", "Portugal", "Portugal", "Portugal", "Portugalia",
           "Portogallo", "Portugal"),
    "BR": ("Brazil", "Brasilien", "Brésil", "Brasil", "Brasil", "Brazylia", "Brasile",
           "Brazilië"),
    "PL": ("Poland", "Polen", "Pologne", "Polonia", "Polônia", "Polska", "Polonia", "Polen"),
    "IT": ("Italy", "Italien", "Italie", "Italia", "Itália", "Włochy", "Italia", "Italië"),
    "NL": ("Netherlands", "Niederlande", "Pays-Bas", "Países Bajos", "Países Baixos", "Holandia",
           "Paesi Bassi", "Nederland"),
    "GB": ("United Kingdom", "Vereinigtes Königreich", "Royaume-Uni", "Reino Unido",
           "Reino Unido", "Wielka Brytania", "Regno Unito", "Verenigd Koninkrijk"),
    "IE": ("Ireland", "Irland", "Irlande", "Irlanda", "Irlanda", "Irlandia", "Irlanda", "Ierland"),
    "US": ("United States", "USA", "États-Unis", "Estados Unidos", "Estados Unidos", "USA",
           "Stati Uniti", "Verenigde Staten"),
    "CA": ("Canada", "Kanada", "Canada", "Canadá", "Canadá", "Kanada", "Canada", "Canada"),
}
# fmt: on

_LANGUAGE_INDEX: Final = {
    lang: i for i, lang in enumerate(("en", "de", "fr", "es", "pt", "pl", "it", "nl"))
}

#: Where each language's postings are located: country -> weight.  English also covers
#: international companies hiring in the EU in English.
LANGUAGE_COUNTRIES: Final[dict[str, dict[str, int]]] = {
    "en": {
        "GB": 22,
        "US": 22,
        "IE": 8,
        "CA": 8,
        "DE": 10,
        "NL": 10,
        "PL": 6,
        "ES": 4,
        "PT": 3,
        "FR": 3,
        "CH": 2,
        "BE": 2,
    },
    "de": {"DE": 80, "AT": 12, "CH": 8},
    "fr": {"FR": 82, "BE": 8, "CH": 6, "CA": 4},
    "es": {"ES": 100},
    "pt": {"BR": 70, "PT": 30},
    "pl": {"PL": 100},
    "it": {"IT": 94, "CH": 6},
    "nl": {"NL": 82, "BE": 18},
}


def country_name(code: str, language: str) -> str:
    return COUNTRY_NAMES[code][_LANGUAGE_INDEX[language]]


def cities_for(country: str, language: str) -> tuple[City, ...]:
    """The cities of ``country`` where postings in ``language`` are plausible.

    In Switzerland, Belgium and Canada the language splits the country: a French posting is
    placed in Genève or Montréal, a German one in Zürich, an English one anywhere.
    """
    cities = tuple(city for city in CITIES if city.country == country)
    if language == "en":
        return cities
    fitting = tuple(city for city in cities if _city_speaks(city, language))
    return fitting or cities


def _city_speaks(city: City, language: str) -> bool:
    second = CITY_LANGUAGES.get(city.name)
    if second is None:
        return city.country not in ("CH", "BE", "CA") or language in ("de", "nl", "en")
    return language in second
