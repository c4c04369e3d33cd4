"""Salaries drawn per role, level and country, and written the way each language writes them.

Amounts are kept in cents so that formatting never meets a float: "€60k–75k",
"60.000–75.000 EUR brutto/Jahr", "R$ 8.000,00 por mês", "12 000 – 16 000 zł brutto miesięcznie".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from jobsift.corpus.occupations import Occupation
from jobsift.corpus.randomness import Dice


@dataclass(frozen=True, slots=True)
class CountryPay:
    currency: str
    #: Local-currency pay relative to German pay in EUR.
    factor: float
    #: Extra factor for tech roles, whose pay gap is wider in some markets.
    tech_premium: float
    #: How often salaries are quoted per month, and hourly roles per hour.
    monthly_share: float
    hourly_share: float
    #: Salaries per year (13th and 14th month pay) and working hours per year.
    months: int
    hours: int = 1900


# fmt: off
PAY: Final[dict[str, CountryPay]] = {
    "DE": CountryPay("EUR", 1.00, 1.00, 0.10, 0.5, 12),
    "AT": CountryPay("EUR", 0.95, 1.00, 0.35, 0.3, 14),
    "CH": CountryPay("CHF", 1.60, 1.00, 0.15, 0.3, 13),
    "FR": CountryPay("EUR", 0.82, 1.00, 0.15, 0.3, 12),
    "BE": CountryPay("EUR", 0.95, 1.00, 0.40, 0.3, 13),
    "ES": CountryPay("EUR", 0.60, 1.05, 0.15, 0.2, 14),
    "PT": CountryPay("EUR", 0.42, 1.15, 0.50, 0.1, 14),
    "BR": CountryPay("BRL", 1.50, 1.30, 0.90, 0.05, 13),
    "PL": CountryPay("PLN", 2.30, 1.35, 0.85, 0.15, 12),
    "IT": CountryPay("EUR", 0.68, 1.00, 0.25, 0.1, 14),
    "NL": CountryPay("EUR", 1.00, 1.00, 0.50, 0.4, 12),
    "GB": CountryPay("GBP", 0.85, 1.05, 0.00, 0.6, 12),
    "IE": CountryPay("EUR", 1.00, 1.05, 0.00, 0.4, 12),
    "US": CountryPay("USD", 1.50, 1.35, 0.00, 0.7, 12, 2080),
    "CA": CountryPay("CAD", 1.35, 1.15, 0.00, 0.6, 12, 2080),
}

LEVEL_PAY: Final = {"": 1.0, "intern": 0.35, "junior": 0.75, "mid": 1.0, "senior": 1.3,
                    "lead": 1.45, "principal": 1.6, "executive": 1.9}

#: Currency prefix and suffix per language: (prefix, suffix) options.
CURRENCY_AFFIXES: Final[dict[tuple[str, str], tuple[tuple[str, str], ...]]] = {
    ("en", "EUR"): (("€", ""),), ("en", "GBP"): (("£", ""),), ("en", "USD"): (("$", ""),),
    ("en", "CAD"): (("$", ""), ("CA$", "")), ("en", "CHF"): (("CHF ", ""),),
    ("en", "PLN"): (("PLN ", ""), ("", " PLN")), ("en", "BRL"): (("R$", ""),),
    ("de", "EUR"): (("", " €"), ("", " EUR")), ("de", "CHF"): (("CHF ", ""), ("", " CHF")),
    ("fr", "EUR"): (("", " €"),), ("fr", "CHF"): (("", " CHF"),), ("fr", "CAD"): (("", " $"),),
    ("es", "EUR"): (("", " €"), ("", "€")),
    ("pt", "EUR"): (("", " €"),), ("pt", "BRL"): (("R$ ", ""),),
    ("pl", "PLN"): (("", " zł"), ("", " PLN")),
    ("it", "EUR"): (("", " €"), ("€ ", "")), ("it", "CHF"): (("CHF ", ""),),
    ("nl", "EUR"): (("€ ", ""), ("€", "")),
}

# Keys: period, or period_kind for single values ("from", "upto" and "single").
# Fields: {a} {b} amounts, {ak} {bk} in thousands, {p} {q} currency prefix/suffix,
# {qs} the suffix without its space, {code} the ISO code.
SALARY_TEMPLATES: Final[dict[str, dict[str, tuple[str, ...]]]] = {
    "en": {
        "YEAR": ("{p}{a}{q} - {p}{b}{q} a year", "{p}{a}{q}–{p}{b}{q} per year",
                 "{p}{ak}k–{bk}k{q}", "{p}{ak}K - {p}{bk}K{q} per annum",
                 "{code} {a}–{b} per annum", "{p}{a}{q} to {p}{b}{q} annually",
                 "{p}{a}{q} - {p}{b}{q} per year + bonus"),
        "YEAR_single": ("{p}{a}{q} per annum", "{p}{a}{q} a year"),
        "YEAR_from": ("from {p}{a}{q} per year", "starting at {p}{a}{q} a year"),
        "YEAR_upto": ("up to {p}{b}{q} per year", "up to {p}{bk}k{q}"),
        "MONTH": ("{p}{a}{q} - {p}{b}{q} per month", "{code} {a}–{b} gross per month"),
        "MONTH_single": ("{p}{a}{q} per month",),
        "HOUR": ("{p}{a}{q} - {p}{b}{q} an hour", "{p}{a}{q}–{p}{b}{q} per hour"),
        "HOUR_single": ("{p}{a}{q} per hour", "{p}{a}{q}/hour"),
    },
    "de": {
        "YEAR": ("{a}–{b} {code} brutto/Jahr", "{p}{a}{q} – {p}{b}{q} brutto jährlich",
                 "zwischen {p}{a}{q} und {p}{b}{q} brutto im Jahr", "{p}{ak}k–{bk}k{q} p.a.",
                 "{code} {a} – {b} pro Jahr"),
        "YEAR_single": ("{p}{a}{q} brutto/Jahr", "{p}{a}{q} p.a."),
        "YEAR_from": ("ab {p}{a}{q} brutto/Jahr", "ab {p}{a}{q} p.a."),
        "YEAR_upto": ("bis zu {p}{b}{q} brutto/Jahr",),
        "MONTH": ("{p}{a}{q} – {p}{b}{q} brutto/Monat", "{a}–{b} {code} brutto monatlich"),
        "MONTH_single": ("{p}{a}{q} brutto/Monat",),
        "MONTH_from": ("ab {p}{a}{q} brutto monatlich (Vollzeitbasis)",),
        "HOUR": ("{p}{a}{q} – {p}{b}{q} pro Stunde",),
        "HOUR_single": ("{p}{a}{q} brutto pro Stunde", "{p}{a}{q}/Std."),
    },
    "fr": {
        "YEAR": ("{a} – {b}{q} brut annuel", "{ak}-{bk} K{qs} brut/an",
                 "entre {a} et {b}{q} bruts par an", "{a}{q} - {b}{q} brut/an"),
        "YEAR_single": ("{a}{q} brut annuel", "{ak} K{qs} brut/an"),
        "YEAR_from": ("à partir de {a}{q} brut/an",),
        "YEAR_upto": ("jusqu'à {b}{q} brut annuel",),
        "MONTH": ("{a} – {b}{q} brut mensuel",),
        "MONTH_single": ("{a}{q} brut mensuel",),
        "MONTH_from": ("à partir de {a}{q} brut/mois",),
        "HOUR": ("{a} à {b}{q} de l'heure",),
        "HOUR_single": ("{a}{q} brut de l'heure",),
    },
    "es": {
        "YEAR": ("{a} - {b}{q} brutos anuales", "{a}{q} - {b}{q} brutos/año",
                 "entre {a} y {b}{q} brutos al año", "{ak}K - {bk}K{q} brutos/año"),
        "YEAR_single": ("{a}{q} brutos anuales",),
        "YEAR_from": ("desde {a}{q} brutos anuales",),
        "YEAR_upto": ("hasta {b}{q} brutos anuales",),
        "MONTH": ("{a} - {b}{q} brutos mensuales",),
        "MONTH_single": ("{a}{q} brutos al mes",),
        "HOUR": ("{a} - {b}{q} por hora",),
        "HOUR_single": ("{a}{q}/hora",),
    },
    "pt": {
        "YEAR": ("{p}{a}{q} - {p}{b}{q} brutos anuais", "{p}{a}{q} a {p}{b}{q} por ano"),
        "YEAR_single": ("{p}{a}{q} por ano",),
        "YEAR_upto": ("até {p}{b}{q} por ano",),
        "MONTH": ("{p}{a}{q} a {p}{b}{q} mensais", "{p}{a}{q} - {p}{b}{q} por mês"),
        "MONTH_single": ("{p}{a}{q} por mês", "{p}{a}{q} mensais"),
        "MONTH_from": ("a partir de {p}{a}{q} por mês",),
        "MONTH_upto": ("até {p}{b}{q} por mês",),
        "HOUR_single": ("{p}{a}{q} por hora",),
    },
    "pl": {
        "MONTH": ("{a} – {b} {code} brutto miesięcznie", "{a}–{b}{q} brutto/mies.",
                  "{a} - {b}{q} brutto miesięcznie"),
        "MONTH_single": ("{a}{q} brutto miesięcznie",),
        "MONTH_from": ("od {a}{q} brutto/mies.",),
        "MONTH_upto": ("do {b} {code} brutto miesięcznie",),
        "YEAR": ("{a} – {b} {code} brutto rocznie",),
        "YEAR_single": ("{a}{q} brutto rocznie",),
        "HOUR": ("{a}–{b}{q} brutto/h",),
        "HOUR_single": ("{a} {code}/h brutto",),
    },
    "it": {
        "YEAR": ("RAL {p}{a} – {b}{q}", "{p}{a} - {b}{q} RAL", "{p}{a}{q} - {p}{b}{q} lordi annui",
                 "{p}{ak}-{bk}K{q} RAL"),
        "YEAR_single": ("RAL {p}{a}{q}",),
        "YEAR_from": ("RAL a partire da {p}{a}{q}",),
        "YEAR_upto": ("fino a {p}{b}{q} lordi annui",),
        "MONTH": ("{p}{a} - {b}{q} lordi mensili",),
        "MONTH_single": ("{p}{a}{q} netti al mese", "{p}{a}{q} lordi al mese"),
        "HOUR_single": ("{p}{a}{q} lordi all'ora",),
    },
    "nl": {
        "MONTH": ("{p}{a} - {p}{b} bruto per maand", "{p}{a} tot {p}{b} bruto per maand"),
        "MONTH_single": ("{p}{a} bruto per maand",),
        "MONTH_from": ("vanaf {p}{a} bruto per maand",),
        "MONTH_upto": ("max. {p}{b} bruto per maand",),
        "YEAR": ("{p}{a} - {p}{b} per jaar", "{p}{ak}k - {p}{bk}k per jaar"),
        "YEAR_single": ("{p}{a} bruto per jaar",),
        "HOUR": ("{p}{a} - {p}{b} bruto per uur",),
        "HOUR_single": ("{p}{a} per uur",),
    },
}
# fmt: on

_KINDS: Final = (("range", 0.70), ("single", 0.82), ("from", 0.94), ("upto", 1.0))


@dataclass(frozen=True, slots=True)
class Salary:
    """A salary as written in a posting and as ground truth (amounts in cents)."""

    minimum: int | None
    maximum: int | None
    currency: str
    period: str
    text: str

    def truth(self) -> dict[str, Any]:
        return {
            "min": _number(self.minimum),
            "max": _number(self.maximum),
            "currency": self.currency,
            "period": self.period,
        }


def draw_salary(
    dice: Dice, occupation: Occupation, level: str, country: str, language: str
) -> Salary:
    pay = PAY[country]
    period = _period(dice, pay, occupation, level, language)
    mid = _yearly(dice, pay, occupation, level)
    low, high = _range(dice, mid, pay, period)
    templates = SALARY_TEMPLATES[language]
    kind = _kind(dice, templates, period)
    if kind == "single":
        high = low
    template = dice.pick(templates[period if kind == "range" else f"{period}_{kind}"])
    minimum = None if kind == "upto" else low
    maximum = None if kind == "from" else high
    text = _write(dice, template, (low, high), pay.currency, language=language, country=country)
    return Salary(minimum, maximum, pay.currency, period, text)


def _period(dice: Dice, pay: CountryPay, occupation: Occupation, level: str, language: str) -> str:
    templates = SALARY_TEMPLATES[language]
    if occupation.hourly and "HOUR_single" in templates and dice.random() < pay.hourly_share:
        return "HOUR"
    # Interns are usually quoted a monthly stipend.
    monthly = 0.8 if level == "intern" else pay.monthly_share
    if "MONTH" in templates and dice.random() < monthly:
        return "MONTH"
    return "YEAR" if "YEAR" in templates else "MONTH"


def _yearly(dice: Dice, pay: CountryPay, occupation: Occupation, level: str) -> float:
    premium = pay.tech_premium if occupation.tech else 1.0
    jitter = 0.85 + dice.random() * 0.3
    return occupation.base_salary * LEVEL_PAY[level] * pay.factor * premium * jitter


def _range(dice: Dice, yearly: float, pay: CountryPay, period: str) -> tuple[int, int]:
    """Low and high amount in cents, rounded the way postings round them."""
    if period == "HOUR":
        value, step = yearly / pay.hours, 25
    elif period == "MONTH":
        value, step = yearly / pay.months, 10000
    else:
        value, step = yearly, 100000
    low = value * (0.88 + dice.random() * 0.07)
    high = low * (1.12 + dice.random() * 0.23)
    low_cents = max(step, round(low * 100 / step) * step)
    high_cents = max(low_cents + step, round(high * 100 / step) * step)
    return low_cents, high_cents


def _kind(dice: Dice, templates: dict[str, tuple[str, ...]], period: str) -> str:
    roll = dice.random()
    for kind, threshold in _KINDS:
        if roll < threshold:
            key = period if kind == "range" else f"{period}_{kind}"
            return kind if key in templates else "range" if period in templates else "single"
    return "range"


def _write(
    dice: Dice,
    template: str,
    amounts: tuple[int, int],
    currency: str,
    *,
    language: str,
    country: str,
) -> str:
    low, high = amounts
    prefix, suffix = dice.pick(CURRENCY_AFFIXES[(language, currency)])
    thousands, decimal = _separators(dice, language, country)
    # Brazilian postings often write the cents even when there are none: "R$ 8.000,00".
    cents = currency == "BRL" and dice.random() < 0.5
    return template.format(
        a=_amount(low, thousands, decimal, cents),
        b=_amount(high, thousands, decimal, cents),
        ak=low // 100000,
        bk=high // 100000,
        p=prefix,
        q=suffix,
        qs=suffix.strip(),
        code=currency,
    )


def _separators(dice: Dice, language: str, country: str) -> tuple[str, str]:
    if language == "en":
        return ",", "."
    if country == "CH":
        return "'", "."
    if language == "fr":
        # French typesetting uses a (narrow) no-break space; many postings use a plain one.
        return dice.pick((" ", " ", "\u202f", "\u00a0")), ","
    if language == "pl":
        return " ", ","
    return ".", ","


def _amount(cents: int, thousands: str, decimal: str, force_cents: bool) -> str:
    whole, fraction = divmod(cents, 100)
    text = f"{whole:,}".replace(",", thousands) if whole >= 1000 else str(whole)
    if fraction or force_cents:
        text += f"{decimal}{fraction:02d}"
    return text


def _number(cents: int | None) -> int | float | None:
    if cents is None:
        return None
    return cents // 100 if cents % 100 == 0 else cents / 100
