"""The analytics page: skill demand over time, top skills by country and by occupation,
co-occurring skills and salary ranges, drawn by the server as SVG; each chart's numbers are
also a CSV download (``/analytics/<chart>.csv``, same query string)."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from jobsift.analytics import queries
from jobsift.api.deps import EngineDep
from jobsift.engine import Engine
from jobsift.errors import JobsiftError, UsageError
from jobsift.web import charts
from jobsift.web.charts import Series, Svg
from jobsift.web.templating import render, security_headers
from jobsift.web.urls import Params

router = APIRouter(include_in_schema=False)

#: Skills per line chart and per group; groups (countries, occupations) per chart.
TOP_SKILLS = 5
TOP_GROUPS = 6
SALARY_ROWS = 12
#: Fewer postings a month than this on average and demand over time is counted by quarter.
MONTHLY_AT_LEAST = 30


@dataclass(frozen=True, slots=True)
class Options:
    """The page's query string: a country to look at, an anchor skill, a currency."""

    country: str = ""
    skill: str = ""
    currency: str = ""

    @classmethod
    def of(cls, params: Params) -> Options:
        return cls(
            country=(params.get("country") or "").strip().upper()[:3],
            skill=(params.get("skill") or "").strip()[:200],
            currency=(params.get("currency") or "").strip().upper()[:3],
        )

    def slice(self) -> queries.Slice:
        return queries.Slice(countries=(self.country,) if self.country else ())


@dataclass(frozen=True, slots=True)
class Chart:
    name: str
    title: str
    description: str
    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]]
    svg: Svg
    note: str = ""


ChartMaker = Callable[[Engine, Options], Chart]


def demand_over_time(engine: Engine, options: Options) -> Chart:
    where = options.slice()
    top = engine.analytics.demand(where, by="none", limit=TOP_SKILLS).rows
    found = engine.analytics.demand(
        where, by="month", skills=tuple(r.skill_id for r in top), limit=TOP_SKILLS
    ).rows
    totals = {row.group: row.group_clusters for row in found if row.group}
    monthly = sum(totals.values()) >= MONTHLY_AT_LEAST * max(len(totals), 1)
    period = _month if monthly else _quarter
    labels = _every_period({period(month) for month in totals}, monthly=monthly)
    shares = _shares(found, totals, period)
    counted = {period(month) for month in totals}
    series = [
        Series(r.label, tuple(shares.get((p, r.skill_id), 0.0) if p in counted else None
                              for p in labels))
        for r in top
    ]  # fmt: skip
    rows = [(row.group, row.skill_id, row.label, row.clusters, row.group_clusters,
             round(row.share, 6)) for row in found]  # fmt: skip
    return Chart(
        "demand", "Skill demand over time",
        f"Share of each {'month' if monthly else 'quarter'}'s postings asking for the "
        f"{len(top)} most demanded skills (the CSV has every month).",
        ("month", "skill_id", "skill", "postings", "month_postings", "share"), rows,
        charts.line_chart(labels, series),
    )  # fmt: skip


def _month(month: str) -> str:
    return month


def _quarter(month: str) -> str:
    """ "2025-05" -> "2025-Q2" (a small corpus has too few postings a month to compare)."""
    year, _, number = month.partition("-")
    return f"{year}-Q{(int(number) - 1) // 3 + 1}" if number.isdigit() else month


def _every_period(found: set[str], *, monthly: bool) -> list[str]:
    """The periods from the first found to the last, none left out (a gap is a zero, not a
    shorter line)."""
    per_year = 12 if monthly else 4
    numbers = [_ordinal(label, monthly=monthly) for label in found]
    known = [n for n in numbers if n is not None]
    if len(known) != len(numbers) or not known:
        return sorted(found)
    return [_label(n, per_year) for n in range(min(known), max(known) + 1)]


def _ordinal(label: str, *, monthly: bool) -> int | None:
    """ "2025-03" -> 2025 * 12 + 2; "2025-Q2" -> 2025 * 4 + 1; None for anything else."""
    year, _, part = label.partition("-")
    part = part if monthly else part.removeprefix("Q")
    if not (year.isdigit() and part.isdigit()):
        return None
    return int(year) * (12 if monthly else 4) + int(part) - 1


def _label(ordinal: int, per_year: int) -> str:
    year, index = divmod(ordinal, per_year)
    return f"{year}-{index + 1:02d}" if per_year == 12 else f"{year}-Q{index + 1}"


def _shares(
    found: list[queries.SkillCount], totals: dict[str, int], period: Callable[[str], str]
) -> dict[tuple[str, str], float]:
    """(period, skill) -> the share of the period's postings asking for the skill."""
    postings: dict[str, int] = {}
    for month, count in totals.items():
        postings[period(month)] = postings.get(period(month), 0) + count
    asking: dict[tuple[str, str], int] = {}
    for row in found:
        if row.group:
            key = (period(row.group), row.skill_id)
            asking[key] = asking.get(key, 0) + row.clusters
    return {key: count / postings[key[0]] for key, count in asking.items() if postings[key[0]]}


def _by_group(engine: Engine, options: Options, by: queries.GroupBy) -> list[queries.SkillCount]:
    found = engine.analytics.demand(options.slice(), by=by, limit=TOP_SKILLS).rows
    sizes: dict[str, int] = {}
    for row in found:
        if row.group:
            sizes[row.group] = row.group_clusters
    biggest = set(sorted(sizes, key=lambda g: (-sizes[g], g))[:TOP_GROUPS])
    return [row for row in found if row.group in biggest]


def _group_chart(
    name: str, title: str, what: tuple[str, str], rows: list[queries.SkillCount]
) -> Chart:
    groups: dict[str, list[tuple[str, float, str]]] = {}
    for row in sorted(rows, key=lambda r: (-r.group_clusters, r.group or "", -r.clusters)):
        heading = f"{row.group_label or row.group} ({row.group_clusters} postings)"
        groups.setdefault(heading, []).append((row.label, row.share, f"{row.share * 100:.0f}%"))
    table = [(row.group, row.group_label, row.skill_id, row.label, row.clusters,
              row.group_clusters, round(row.share, 6)) for row in rows]  # fmt: skip
    return Chart(
        name, title, f"The {TOP_SKILLS} most demanded skills in each of the {TOP_GROUPS} "
        f"{what[1]} with the most postings, as a share of the {what[0]}'s postings.",
        ("group", "group_label", "skill_id", "skill", "postings", "group_postings", "share"),
        table, charts.bar_groups(list(groups.items())),
    )  # fmt: skip


def skills_by_country(engine: Engine, options: Options) -> Chart:
    rows = _by_group(engine, options, "country")
    return _group_chart("countries", "Top skills by country", ("country", "countries"), rows)


def skills_by_occupation(engine: Engine, options: Options) -> Chart:
    rows = _by_group(engine, options, "occupation")
    return _group_chart("occupations", "Top skills by occupation", ("occupation", "occupations"),
                        rows)  # fmt: skip


def cooccurring(engine: Engine, options: Options) -> Chart:
    where = options.slice()
    anchor = options.skill
    if not anchor:
        top = engine.analytics.demand(where, by="none", limit=1).rows
        anchor = top[0].skill_id if top else ""
    if not anchor:
        return _no_data("cooccurring", "Co-occurring skills")
    found = engine.analytics.cooccurring(anchor, where, limit=10)
    bars = [(row.label, row.share, f"{row.share * 100:.0f}% · lift {row.lift:.1f}")
            for row in found.rows]  # fmt: skip
    rows = [(row.skill_id, row.label, row.clusters, round(row.share, 6), row.overall,
             round(row.lift, 4)) for row in found.rows]  # fmt: skip
    return Chart(
        "cooccurring", f"Skills asked for with {found.label}",
        f"Of the {found.clusters} postings asking for {found.label}, the share also asking for "
        "each skill; lift over 1 means more often than chance.",
        ("skill_id", "skill", "postings", "share", "overall", "lift"), rows,
        charts.bar_groups([("", bars)]),
    )  # fmt: skip


def salary_ranges(engine: Engine, options: Options) -> Chart:
    where = options.slice()
    currency = options.currency or _main_currency(engine, where)
    if not currency:
        return _no_data("salaries", "Salary ranges")
    found = engine.analytics.salaries(where, by="skill", currency=currency, min_count=3,
                                      limit=SALARY_ROWS).rows  # fmt: skip
    boxes = [(row.group_label or row.group or "all", (row.minimum, row.q1, row.median, row.q3,
              row.maximum)) for row in found]  # fmt: skip
    rows = [(row.group, row.group_label, row.currency, row.clusters, row.minimum, row.q1,
             row.median, row.q3, row.maximum) for row in found]  # fmt: skip
    return Chart(
        "salaries", f"Yearly salary ranges by skill ({currency})",
        "Minimum, quartiles (box), median (bar) and maximum of the stated yearly salaries of "
        "postings asking for each skill (at least 3 postings).",
        ("skill_id", "skill", "currency", "postings", "minimum", "q1", "median", "q3",
         "maximum"), rows, charts.box_plot(boxes, unit=""),
    )  # fmt: skip


def _main_currency(engine: Engine, where: queries.Slice) -> str:
    overall = engine.analytics.salaries(where, by="none").rows
    return max(overall, key=lambda row: row.clusters).currency if overall else ""


def _no_data(name: str, title: str) -> Chart:
    return Chart(name, title, "No postings to count yet.", (), [], Svg(charts.WIDTH, 0))


CHARTS: dict[str, ChartMaker] = {
    "demand": demand_over_time,
    "countries": skills_by_country,
    "occupations": skills_by_occupation,
    "cooccurring": cooccurring,
    "salaries": salary_ranges,
}


def _chart(engine: Engine, name: str, options: Options) -> Chart:
    try:
        return CHARTS[name](engine, options)
    except JobsiftError as error:
        failed = _no_data(name, name.capitalize())
        return Chart(failed.name, failed.title, failed.description, (), [], failed.svg, str(error))


@router.get("/analytics", response_class=HTMLResponse, name="web_analytics")
def analytics_page(request: Request, engine: EngineDep) -> HTMLResponse:
    params = Params.of(request.query_params.multi_items())
    options = Options.of(params)
    drawn = [_chart(engine, name, options) for name in CHARTS]
    return render(request, "analytics.html", charts=drawn, options=options,
                  query=params.href(""), skills=_skill_choices(engine, options))  # fmt: skip


def _skill_choices(engine: Engine, options: Options) -> list[tuple[str, str]]:
    """The most demanded skills, to pick the co-occurrence chart's anchor from."""
    try:
        rows = engine.analytics.demand(options.slice(), by="none", limit=30).rows
    except JobsiftError:
        return []
    return [(row.skill_id, row.label) for row in rows]


@router.get("/analytics/{name}.csv", name="web_analytics_csv")
def analytics_csv(request: Request, engine: EngineDep, name: str) -> Response:
    if name not in CHARTS:
        error = UsageError(f"no chart named {name!r}", hint=f"one of: {', '.join(CHARTS)}")
        return render(request, "error.html", 404, error=error)
    options = Options.of(Params.of(request.query_params.multi_items()))
    try:
        chart = CHARTS[name](engine, options)
    except JobsiftError as error:
        return render(request, "error.html", error.status, error=error)
    headers = {**security_headers(),
               "Content-Disposition": f'attachment; filename="jobsift-{name}.csv"'}  # fmt: skip
    return Response(to_csv(chart), media_type="text/csv; charset=utf-8", headers=headers)


def to_csv(chart: Chart) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(chart.columns)
    writer.writerows([_cell(value) for value in row] for row in chart.rows)
    return out.getvalue()


def _cell(value: Any) -> Any:
    # A cell starting with = + - @ is a formula to a spreadsheet: skill names are untrusted.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value
