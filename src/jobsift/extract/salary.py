"""Salary: minimum, maximum, ISO 4217 currency, period and gross/net, with the amount's span.

The text is read number by number.  A number counts as pay when a currency stands beside it
("€60k", "60.000 EUR", "R$ 8.000,00", "12 000 zł") or a salary word comes just before it
("Salary: 60-75k", "Gehalt: 60.000").  Around it are read a second number for a range ("-",
"to", "bis", "à", "a", "do", "tot", "between ... and"), words that make it a minimum or a
maximum ("from", "ab", "à partir de" / "up to", "bis zu", "jusqu'à"), the period ("per year",
"brutto/Jahr", "mensuel", "por mês", "miesięcznie", "al mese", "per maand", "/h") and "gross"
or "net" in the eight languages.

Separators follow the number's own shape: "1.234,56", "1,234.56", "1 234,56" (also with
no-break and narrow no-break spaces), "110'000".  One separator followed by three digits groups
thousands; followed by one or two digits it is the decimal mark.

Decisions:

* Without a period word the period is read from the size of the amount (under 200 an hour,
  under 1,000 a day, under 20,000 a month, else a year), with basis ``inferred:magnitude`` and
  a lower confidence.  Currencies with large nominal amounts (HUF, JPY, INR ...) get no period.
* "$" alone is USD; "kr" is SEK, NOK or DKK only when ``lang`` says which (else no currency).
* Not pay: millions ("raised $40M"), funding and revenue, budgets and allowances ("€1,000
  learning budget", "vale-refeição R$ 30"), percentages, "401(k)", counts ("2,000 employees"),
  years, versions and phone numbers (no currency, no salary word).
* Several amounts: the one with most evidence wins (currency, salary word, period, range);
  ties go to the first.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from jobsift.extract.types import Salary, SalaryPeriod, Span, Value

# fmt: off
_CURRENCY_CODES: Final = frozenset((
    "EUR", "USD", "GBP", "PLN", "BRL", "CHF", "CAD", "AUD", "SEK", "NOK", "DKK", "CZK", "HUF",
    "RON", "MXN", "ARS", "CLP", "COP", "INR", "JPY", "CNY", "ZAR", "NZD", "SGD", "HKD", "BGN",
))
_SYMBOLS: Final[dict[str, str]] = {
    "€": "EUR", "£": "GBP", "$": "USD", "us$": "USD", "r$": "BRL", "c$": "CAD", "ca$": "CAD",
    "a$": "AUD", "au$": "AUD", "nz$": "NZD", "hk$": "HKD", "s$": "SGD", "¥": "JPY", "₹": "INR",
    "zł": "PLN", "zl": "PLN", "złotych": "PLN", "fr.": "CHF", "euro": "EUR", "euros": "EUR",
    "dollar": "USD", "dollars": "USD", "pound": "GBP", "pounds": "GBP", "reais": "BRL",
    "real": "BRL", "k€": "EUR", "keur": "EUR",
}
# fmt: on
_KRONA: Final[dict[str, str]] = {"sv": "SEK", "da": "DKK", "no": "NOK", "nb": "NOK", "nn": "NOK"}
#: Currencies whose yearly pay runs into millions: no period from the size of the amount.
_LARGE_NOMINAL: Final = frozenset({"HUF", "JPY", "INR", "CLP", "COP", "ARS", "KRW", "IDR"})
_MONTHLY_LARGE: Final = frozenset(
    {"PLN", "BRL", "CZK", "SEK", "NOK", "DKK", "MXN", "ZAR", "RON", "BGN", "CNY", "HKD"}
)

_CURRENCY = (
    r"(?:us\$|r\$|ca\$|c\$|au\$|a\$|nz\$|hk\$|s\$|\$|€|£|¥|₹|złotych|zł|zl\b|fr\.|kr\.?"
    r"|euros?\b|dollars?\b|pounds?\b|reais\b|(?<![A-JL-Za-jl-z])(?-i:[A-Z]{3})\b)"
)
_NUMBER = r"\d{1,3}(?:[ .,'’\u00a0\u202f\u2009]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
_MULTIPLIER = (
    # "67-80 KCHF": a thousand, then the currency code
    r"(?:k€|keur|k(?=(?-i:[A-Z]{3})\b)|k(?![a-zà-ÿ])|tys\.?|tysięcy|tsd\.?|thousand|mille|mila|mil\b|duizend"
    r"|m\b|mio\.?|mln\.?|million\w*|millones|milhões|milioni|miljoen|bn\b|billion)"
)
# One amount: optional currency, number, optional multiplier, optional currency.
_AMOUNT: Final = re.compile(
    rf"(?P<num>{_NUMBER})(?:\s?(?P<mult>{_MULTIPLIER}))?(?:\s?(?P<cur2>{_CURRENCY}))?",
    re.IGNORECASE,
)
_CURRENCY_LEAD: Final = re.compile(rf"(?i){_CURRENCY}\s?")
_RANGE_SEPARATOR: Final = re.compile(
    r"(?i)\s*(?:-|–|—|(?:to|bis|à|a|y|e|and|und|et|do|tot|al|tra|hasta|até|au|en)\b)\s*"
)
# "\d\d*", not "\d+": a pattern that opens with a character class lets ``re`` skip from digit
# to digit; one that opens with a repeat is tried at every character of the text.
_NUMBER_RUN: Final = re.compile(r"\d\d*(?:[.,'’\u00a0\u202f\u2009 ]\d+)*")
_YEAR: Final = re.compile(r"(?:19|20)\d\d")
_DOLLAR_ONLY: Final = re.compile(r"\$|\d[\d.,\s\u00a0\u202f]*(?:k\s?)?\$")
# A bare "$" is USD unless the posting names a country of another dollar.
# A bare "$" is USD unless the posting names a country of another dollar.
_DOLLAR_PLACES: Final[dict[str, str]] = {
    "CAD": r"Canada|Toronto|Vancouver|Montr[ée]al|Calgary|Ottawa|Ontario|Qu[ée]bec|Alberta"
    r"|British Columbia",
    "AUD": r"Australia|Sydney|Melbourne|Brisbane|Perth",
    "NZD": r"New Zealand|Auckland|Wellington",
    "SGD": r"Singapore",
    "HKD": r"Hong Kong",
    "MXN": r"M[ée]xico|Mexico City|Guadalajara|Monterrey",
}
# Found by a flat alternation without a leading \b, so that ``re`` jumps from one first letter
# of a name to the next (_dollar_country checks the boundary); which dollar, by the groups.
_DOLLAR_PLACE: Final = re.compile("(?:" + "|".join(_DOLLAR_PLACES.values()) + r")\b")
_DOLLAR_COUNTRIES: Final = re.compile(
    "(?:" + "|".join(f"(?P<{code}>{names})" for code, names in _DOLLAR_PLACES.items()) + r")\b"
)
_CURRENCY_BEFORE: Final = re.compile(rf"(?i){_CURRENCY}\s?$")

# Words before the amount, whole words only ("od" is not the end of "period", "da" not of
# "Canada", "do" not of "Toledo").
_UP_TO: Final = re.compile(
    r"(?i)\b(?:up to|bis zu|jusqu'à|jusqu’à|hasta|até|do|fino a|tot|max\.?|maximal|maximum"
    r"|maks\.?|maksymalnie)\s*$"
)
_FROM: Final = re.compile(
    r"(?i)\b(?:from|starting at|starting from|ab|à partir de|a partir de|desde|od|da|vanaf"
    r"|min\.?|minimum|mindestens|at least|no less than)\s*$"
)
_BETWEEN: Final = re.compile(r"(?i)\b(?:between|zwischen|entre|między|tra|tussen)\s*$")
# Read on the lower-cased 40 characters before an amount, whole words only ("base" is not
# "database", "vale" is not "Valencia").
_SALARY_WORDS: Final = re.compile(
    r"\b(?:salary|salaries|pay|compensation|ote|base|gehalt|vergütung|jahresgehalt"
    r"|monatsgehalt|salaire|rémunération|remuneration|salario|sueldo|retribución|salário"
    r"|remuneração|wynagrodzenie|widełki|pensja|stawka|stipendio|retribuzione|ral|salaris"
    r"|salarisindicatie|loon|stundenlohn|tagessatz|day rate|hourly rate|tjm|rate|paga"
    r"|faixa salarial|banda salarial|bruttogehalt)\b"
)
_NOT_PAY_BEFORE: Final = re.compile(
    r"\b(?:raised|funding|series|revenue|valuation|turnover|umsatz|arr|invest\w*"
    r"|chiffre d'affaires|facturación|faturamento|przychód|fatturato|omzet|budget|allowance"
    r"|stipend|bonus|zuschuss|vale|vr|va|auxílio|ticket|buoni|reembolso|signing|relocation"
    r"|prämie|prime|budżet|dofinansowanie|bono|pauschale|fine|fee|price|preis|prix|precio"
    r"|preço|cena|prezzo|prijs|cost)\b[^.\n]*$"
)
_NOT_PAY_AFTER: Final = re.compile(
    r"(?i)\s*(?:%|percent|prozent|pour ?cent|por ?ciento|por ?cento|procent|per ?cento"
    r"|\(k\)|\(b\)|k\)|employees|people|mitarbeit|salariés|empleados|funcionários|pracownik"
    r"|dipendenti|medewerkers|users|customers|clients|kunden|budget|allowance|stipend|bonus"
    r"|learning|training|relocation|signing|zuschuss|pauschale|de (?:budget|prime)"
    r"|(?:per|pro|par|por|al|na|a) (?:(?:person|head|kopf)\b|(?:employee|mitarbeiter)))"
)

_PERIOD_WORDS: Final[tuple[tuple[SalaryPeriod, str], ...]] = (
    (
        "HOUR",
        r"(?:per|an|a|pro|par|de l'|por|na|all'|l'|per) ?(?:hour|hr|stunde|heure|hora"
        r"|godzinę|ora|uur)\b|/ ?(?:h|hr|hour|std\.?|stunde|heure|hora|godz\.?|ora|uur)\b"
        r"|hourly|stündlich|stundenlohn|p/?u\b|brutto/h|/h\b",
    ),
    (
        "DAY",
        r"(?:per|a|pro|par|por|na|al|per) ?(?:day|tag|jour|día|dia|dzień|giorno|dag)\b"
        r"|/ ?(?:day|tag|jour|día|dia|dzień|giorno|dag)\b|daily|day rate|tagessatz|tjm"
        r"|dziennie|diári[oa]",
    ),
    (
        "WEEK",
        r"(?:per|a|pro|par|por|na|a|per) ?(?:week|woche|semaine|semana|tydzień"
        r"|settimana)\b|/ ?(?:week|woche|semaine|semana|tydz\.?|settimana)\b|weekly"
        r"|wöchentlich|hebdomadaire|semanal|tygodniowo|settimanale|wekelijks",
    ),
    (
        "MONTH",
        r"(?:per|a|pro|im|par|por|al|ao|na|al|per) ?(?:month|monat|mois|mes|mês|miesiąc"
        r"|mese|maand)\b|/ ?(?:month|mo|monat|mois|mes|mês|mies\.?|mc|mese|maand|m)\b"
        r"|monthly|monatlich|mensuel\w*|mensual\w*|mensa(?:l|is)|miesięcznie|mensil[ei]"
        r"|maandelijks|p\.?m\.|monatsgehalt|brutto/monat|brutos? mensais",
    ),
    (
        "YEAR",
        r"(?:per|a|pro|im|par|por|al|ao|na|all'|per) ?(?:year|yr|annum|jahr|an|año|ano"
        r"|rok|anno|jaar)\b|/ ?(?:year|yr|jahr|an|año|ano|rok|anno|jaar|a)\b|p\.? ?a\.?"
        r"(?!\w)|annual\w*|yearly|jährlich|jahresgehalt|annuel\w*|anual\w*|rocznie"
        r"|annu[oaie]\b|jaarlijks|ral\b|brutto/jahr|brut annuel",
    ),
)
_PERIOD: Final = tuple(
    (
        period,
        re.compile(
            r"(?i)(?:\s|[,.:;(]|brutto|bruto|brut|gross|lordi|lordo|brutos)*"
            rf"(?:{pattern})"
        ),
    )
    for period, pattern in _PERIOD_WORDS
)
_PERIOD_BEFORE: Final[tuple[tuple[SalaryPeriod, tuple[str, ...]], ...]] = (
    (
        "YEAR",
        (
            "jahresgehalt",
            "annual salary",
            "salaire annuel",
            "salario anual",
            "salário anual",
            "ral",
            "jaarsalaris",
            "jahresbrutto",
            "yearly",
        ),
    ),
    (
        "MONTH",
        (
            "monatsgehalt",
            "monthly salary",
            "salaire mensuel",
            "salario mensual",
            "salário mensal",
            "maandsalaris",
            "miesięczne",
        ),
    ),
    ("HOUR", ("stundenlohn", "hourly rate", "hourly", "taux horaire", "stawka godzinowa")),
    ("DAY", ("tagessatz", "day rate", "daily rate", "tjm")),
)
_GROSS: Final = re.compile(
    r"(?i)(?:\s|[,.:;(/])*(?P<word>brutto|brut[oa]s?|brute?s?|gross|lord[oaie]|before tax"
    r"|vor steuern|nett[oaie]?|net[oa]s?|nets?|líquido|after tax|nach steuern)\b"
)
_LOOKAHEAD: Final = 45
# For _may_be_pay.  Past the number's run: a multiplier ("thousand", 8 letters) and two single
# blanks before the currency; the currency itself is at most 7 characters ("złotych").
_CURRENCY_REACH: Final = 10
_LONGEST_CURRENCY: Final = 8
# A second amount's number starts within 60 characters of the first's run unless one of the
# blanks around the range word runs to 15 (the range word, currency and blanks are bounded).
_SECOND_REACH: Final = 60
# Two patterns that open with a character class (so ``re`` skips ahead), not one alternation.
_DIGIT: Final = re.compile(r"\d")
_BLANKS: Final = re.compile(r"\s\s{14}")
# Everything _CURRENCY can read as a currency contains one of these, in lower case; none holds
# an "i" or "s", which case-insensitive ``re`` also finds as "ı" and "ſ".
_CURRENCY_HINT: Final = re.compile(r"[$€£¥₹]|z[łl]|fr\.|kr|euro|dollar|pound|rea|keur")
_CODE: Final = re.compile("|".join(sorted(_CURRENCY_CODES)))
_LOOKBEHIND: Final = 40


class _Amount(NamedTuple):
    value: float  # multiplier applied
    currency: str | None
    start: int
    end: int
    multiplier: float  # 1000 for "60k", else 1


class _Candidate(NamedTuple):
    salary: Salary
    span: Span
    score: float
    period_basis: str  # "stated" or "inferred:magnitude"


def extract_salary(text: str, lang: str | None = None) -> Value[Salary] | None:
    """The posting's salary, or ``None`` when no amount reads as pay."""
    best: _Candidate | None = None
    position = 0
    for run in _NUMBER_RUN.finditer(text):
        if run.start() < position or _inside_word(text, run.start()):
            continue
        if not _may_be_pay(text, run.start(), run.end()):
            continue
        candidate = _candidate(text, run.start(), lang)
        if candidate is None:
            continue
        position = candidate.span[1]
        if best is None or candidate.score > best.score:
            best = candidate
    return _value(best) if best is not None else None


def _may_be_pay(text: str, start: int, run_end: int) -> bool:
    """False when the number at ``start`` (its run of digits ends at ``run_end``) cannot be
    pay: no salary word before it and no currency within reach, so _candidate would give
    ``None``.  A cheap test that spares most numbers ("5 years", "25 days") the full reading.

    An amount phrase's currency starts at most 6 characters before the number or
    _CURRENCY_REACH after its run; only a second amount ("60 - 75 €") reaches further, and
    its number then starts within _SECOND_REACH, unless long blanks stretch the phrase."""
    reach = run_end + _SECOND_REACH
    if _DIGIT.search(text, run_end, reach) or _BLANKS.search(text, run_end, reach):
        return True
    window = text[max(0, start - 6) : run_end + _CURRENCY_REACH + _LONGEST_CURRENCY]
    if _CURRENCY_HINT.search(window.lower()) or _CODE.search(window):
        return True
    return _SALARY_WORDS.search(text[max(0, start - _LOOKBEHIND) : start].lower()) is not None


def _dollar_country(text: str) -> str:
    """The dollar of the first country named as a whole word, else USD."""
    found = _DOLLAR_PLACE.search(text)
    while found is not None and found.start() > 0 and _is_word_char(text[found.start() - 1]):
        found = _DOLLAR_PLACE.search(text, found.start() + 1)
    if found is None:
        return "USD"
    country = _DOLLAR_COUNTRIES.match(text, found.start())
    return country.lastgroup or "USD" if country else "USD"


def _is_word_char(char: str) -> bool:
    """What ``re`` counts as a word character, so that the test above is its word boundary."""
    return char.isalnum() or char == "_"


def _inside_word(text: str, start: int) -> bool:
    """A number glued to letters ("S7", "ISO27001", "v2") or following "+" (a phone number)."""
    return start > 0 and (text[start - 1].isalpha() or text[start - 1] in "+#")


def _candidate(text: str, start: int, lang: str | None) -> _Candidate | None:
    first = _amount(text, start, lang)
    if first is None:
        return None
    second = _second_amount(text, first, lang)
    currency = first.currency or (second.currency if second else None)
    head = text[max(0, first.start - _LOOKBEHIND) : first.start].lower()
    salary_word = _SALARY_WORDS.search(head) is not None
    if currency is None and (not salary_word or _YEAR.fullmatch(text, start, first.end)):
        return None  # no currency: only after a salary word, and never a year ("since 1951")
    low, high, end = _bounds(text, first, second)
    if currency == "USD" and _DOLLAR_ONLY.match(text, first.start):
        currency = _dollar_country(text)
    if _NOT_PAY_BEFORE.search(head[-25:]) or _NOT_PAY_AFTER.match(text, end):
        return None
    return _assemble(text, (first, second, low, high, end), currency, salary_word)


def _amount(text: str, start: int, lang: str | None) -> _Amount | None:
    """The amount whose number starts at ``start``, with a currency before or after it."""
    found = _AMOUNT.match(text, start)
    if found is None:
        return None
    value = _parse_number(found.group("num"))
    multiplier = _multiplier(found.group("mult"))
    if value is None or multiplier is None:
        return None
    before = _CURRENCY_BEFORE.search(text, max(0, start - 6), start)
    currency = (
        _currency(found.group("mult"), lang)  # "45 K€"
        or _currency(found.group("cur2"), lang)
        or (_currency(before.group(), lang) if before else None)
    )
    end = found.end()
    unknown = found.group("cur2") and found.group("cur2").lower() not in ("kr", "kr.")
    if unknown and _currency(found.group("cur2"), lang) is None:
        end = found.start("cur2")  # "50 and 60": a word that is no currency ends the amount
        while end > start and text[end - 1].isspace():
            end -= 1
    amount_start = before.start() if before and _currency(before.group(), lang) else start
    return _Amount(value * multiplier, currency, amount_start, end, multiplier)


def _second_amount(text: str, first: _Amount, lang: str | None) -> _Amount | None:
    separator = _RANGE_SEPARATOR.match(text, first.end)
    if separator is None:
        return None
    lead = _CURRENCY_LEAD.match(text, separator.end())  # "€60k–€75k"
    number_start = lead.end() if lead else separator.end()
    if number_start >= len(text) or not text[number_start].isdigit():
        return None
    return _amount(text, number_start, lang)


def _bounds(
    text: str, first: _Amount, second: _Amount | None
) -> tuple[float | None, float | None, int]:
    """Minimum, maximum and where the amount phrase ends."""
    if second is not None:
        low, high = first.value, second.value
        # "60-75k", "between 50 and 60 thousand": the second number's multiplier is the first's
        if second.multiplier != 1 and first.multiplier == 1 and low < 1000:
            low *= second.multiplier
        if low > high:
            return None, None, first.end
        return low, high, second.end
    # Searched in place, not in a slice, so that a word cut by the window is still seen whole.
    head = max(0, first.start - 20)
    if _UP_TO.search(text, head, first.start):
        return None, first.value, first.end
    if _FROM.search(text, head, first.start):
        return first.value, None, first.end
    return first.value, first.value, first.end


def _assemble(
    text: str,
    parts: tuple[_Amount, _Amount | None, float | None, float | None, int],
    currency: str | None,
    salary_word: bool,
) -> _Candidate | None:
    first, second, low, high, end = parts
    if low is None and high is None:
        return None
    start = _phrase_start(text, first.start)
    period, period_end = _period(text, end, first.start)
    gross, gross_end = _gross(text, end, period_end)
    stated = period is not None
    if period is None:
        period = _period_from_size(high or low or 0.0, currency)
    if not _plausible(high or low or 0.0, period):
        return None
    score = 2.0 * (currency is not None) + 2.0 * salary_word + stated + (second is not None)
    salary = Salary(low, high, currency, period, gross)
    span = (start, max(end, period_end, gross_end))
    return _Candidate(salary, span, score, "stated" if stated else "inferred:magnitude")


def _phrase_start(text: str, start: int) -> int:
    for pattern in (_UP_TO, _FROM, _BETWEEN):
        found = pattern.search(text, max(0, start - 20), start)
        if found:
            return found.start()
    return start


def _period(text: str, end: int, start: int) -> tuple[SalaryPeriod | None, int]:
    for period, pattern in _PERIOD:
        found = pattern.match(text, end, min(len(text), end + _LOOKAHEAD))
        if found:
            return period, found.end()
    head = text[max(0, start - _LOOKBEHIND) : start].lower()
    for period, words in _PERIOD_BEFORE:
        if any(word in head for word in words):
            return period, end
    return None, end


def _gross(text: str, end: int, period_end: int) -> tuple[bool | None, int]:
    for position in (end, period_end):
        found = _GROSS.match(text, position, min(len(text), position + 25))
        if found:
            word = found.group("word").lower()
            return not word.startswith(("net", "líquido", "after", "nach")), found.end()
    head = text[max(0, end - 60) : end].lower()
    if "brutto" in head or "gross" in head or "bruto" in head or " brut" in head:
        return True, end
    return None, end


def _period_from_size(value: float, currency: str | None) -> SalaryPeriod | None:
    if currency in _LARGE_NOMINAL or value <= 0:
        return None
    if value < 200:
        return "HOUR"
    if value < 1000:
        return "DAY"
    # Monthly pay in złoty, reais or kronor often passes 20,000.
    year_from = 50_000 if currency in _MONTHLY_LARGE else 20_000
    return "MONTH" if value < year_from else "YEAR"


# Pay per period within these bounds (any currency of moderate nominal size); outside them a
# number is a price, a count or a funding round.
_PLAUSIBLE: Final[dict[str, tuple[float, float]]] = {
    "HOUR": (3.0, 2_000.0),
    "DAY": (20.0, 10_000.0),
    "WEEK": (100.0, 50_000.0),
    "MONTH": (300.0, 500_000.0),
    "YEAR": (3_000.0, 5_000_000.0),
}


def _plausible(value: float, period: SalaryPeriod | None) -> bool:
    if period is None:
        return 0 < value < 100_000_000
    low, high = _PLAUSIBLE[period]
    return low <= value <= high


def _value(candidate: _Candidate) -> Value[Salary]:
    salary = candidate.salary
    confidence = 0.9 if salary.currency else 0.7
    if candidate.period_basis != "stated":
        confidence -= 0.25
    return Value(
        salary,
        spans=(candidate.span,),
        confidence=round(confidence, 3),
        basis=candidate.period_basis,
    )


def _currency(token: str | None, lang: str | None) -> str | None:
    if not token:
        return None
    clean = token.strip().lower()
    if clean.upper() in _CURRENCY_CODES:
        return clean.upper()
    if clean in ("kr", "kr."):
        return _KRONA.get(lang or "")
    return _SYMBOLS.get(clean)


def _multiplier(word: str | None) -> float | None:
    """1000 for "k", "tys.", "mil", "thousand"; ``None`` for millions (never one's pay)."""
    if not word:
        return 1.0
    low = word.lower().rstrip(".")
    if low.startswith(("m", "b")) and low not in ("mil", "mille", "mila"):
        return None
    return 1000.0


def _parse_number(raw: str) -> float | None:
    """ "60.000" -> 60000, "8.000,00" -> 8000, "1,234.56" -> 1234.56, "110'000", "12 000"."""
    compact = re.sub(r"[ '’\u00a0\u202f\u2009]", "", raw)
    last_dot, last_comma = compact.rfind("."), compact.rfind(",")
    decimal = max(last_dot, last_comma)
    if (
        decimal >= 0
        and len(compact) - decimal - 1 in (1, 2)
        and compact.count(compact[decimal]) == 1
    ):
        whole, fraction = compact[:decimal], compact[decimal + 1 :]
    else:
        whole, fraction = compact, ""
    digits = whole.replace(".", "").replace(",", "")
    if not digits.isdigit():
        return None
    return float(f"{digits}.{fraction}" if fraction else digits)
