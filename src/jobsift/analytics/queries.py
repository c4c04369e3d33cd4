"""The analytics queries: skill demand, co-occurring skills, rising skills, salaries.

Each takes a DuckDB cursor over the tables ``table.py`` derives and a ``Slice`` (the filters
every query shares), and returns plain dataclasses.  Counts are of duplicate clusters: a job
posted at five places counts once, with its canonical posting's fields and the date it was
first posted.
"""

from __future__ import annotations

import re
from collections.abc import Sized
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any, Literal

from jobsift.analytics.significance import two_proportion_z
from jobsift.errors import AnalyticsQueryError, UnknownSkillError

Cursor = Any  # duckdb.DuckDBPyConnection; Any keeps DuckDB's untyped results at this edge
Period = Literal["month", "week"]
GroupBy = Literal["month", "week", "country", "city", "occupation", "seniority", "none"]
SalaryGroup = Literal["skill", "occupation", "none"]
CooccurringOrder = Literal["count", "lift"]

PERIODS: tuple[Period, ...] = ("month", "week")
GROUPS: tuple[GroupBy, ...] = ("month", "week", "country", "city", "occupation", "seniority",
                               "none")  # fmt: skip

_GROUP_SQL: dict[str, str] = {
    "month": "month",  # dates, named in Python: strftime over every row costs 3x the query
    "week": "week",
    "country": "unnest(countries)",
    "city": "unnest(cities)",
    "occupation": "coalesce(occupation, '')",
    "seniority": "coalesce(seniority, '')",
    "none": "''",
}


@dataclass(frozen=True, slots=True)
class Slice:
    """Which clusters a query counts: any of each list (countries, cities ...), all lists."""

    countries: tuple[str, ...] = ()
    cities: tuple[str, ...] = ()
    occupations: tuple[str, ...] = ()
    seniorities: tuple[str, ...] = ()
    since: date | None = None
    until: date | None = None

    def where(self) -> tuple[str, list[Any]]:
        """A SQL condition over ``clusters`` or ``cluster_skills``, and its parameters."""
        if self.since and self.until and self.since > self.until:
            raise AnalyticsQueryError(f"since ({self.since}) is after until ({self.until})")
        parts: list[str] = ["true"]
        params: list[Any] = []
        # One list_contains per value: list_has_any over a parameter list is four times slower.
        for column, values in (("countries", [c.upper() for c in self.countries]),
                               ("cities", list(self.cities))):  # fmt: skip
            if values:
                parts.append(_any_of(f"list_contains({column}, ?)", len(values)))
                params.extend(values)
        for column, chosen in (("occupation", self.occupations), ("seniority", self.seniorities)):
            if chosen:
                parts.append(f"{column} IN ({_marks(chosen)})")
                params.extend(chosen)
        if self.since:
            parts.append("posted >= ?")
            params.append(self.since)
        if self.until:
            parts.append("posted <= ?")
            params.append(self.until)
        return " AND ".join(parts), params


def _spelled(cursor: Cursor, where: Slice) -> Slice:
    """The slice with its cities as the table spells them too ("berlin" finds "Berlin")."""
    if not where.cities:
        return where
    found = cursor.execute(
        "SELECT name FROM places WHERE kind = 'city' AND lower(name) IN "
        "(SELECT lower(unnest(?::VARCHAR[])))",
        [list(where.cities)],
    ).fetchall()
    return replace(where, cities=tuple(dict.fromkeys([*where.cities, *(r[0] for r in found)])))


def _marks(values: Sized) -> str:
    """``?, ?, ?``: one SQL parameter per value."""
    return ", ".join(["?"] * len(values))


def _any_of(condition: str, count: int) -> str:
    return "(" + " OR ".join([condition] * count) + ")"


# -- demand ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SkillCount:
    """A skill's clusters in one group (a month, a country ...), and its share of the group."""

    group: str | None
    group_label: str | None
    skill_id: str
    label: str
    clusters: int
    group_clusters: int

    @property
    def share(self) -> float:
        return self.clusters / self.group_clusters if self.group_clusters else 0.0


@dataclass(frozen=True, slots=True)
class Demand:
    by: GroupBy
    clusters: int  # in the slice, with or without skills
    rows: list[SkillCount]


def demand(
    cursor: Cursor,
    where: Slice,
    *,
    by: GroupBy = "none",
    skills: tuple[str, ...] = (),
    limit: int = 20,
) -> Demand:
    """The ``limit`` most demanded skills of each group (only ``skills``, when given)."""
    where = _spelled(cursor, where)
    cond, params = where.where()
    skill_cond, skill_params = _skill_condition(cursor, skills)
    group_cond, group_params = _group_condition(by, where)
    if by in ("country", "city"):
        # Counted over place_skills by place number, named after the count.
        counts = f"""
        SELECT p.name AS g, x.skill, x.c FROM (
            SELECT place, skill, count(*) AS c FROM place_skills
            WHERE kind = ? AND {cond} AND {skill_cond} GROUP BY place, skill
        ) x JOIN places p ON p.no = x.place
        WHERE {group_cond}
        QUALIFY row_number() OVER (PARTITION BY p.name ORDER BY x.c DESC, x.skill) <= ?
        """
        count_args = [by, *params, *skill_params, *group_params]
    else:
        counts = f"""
        SELECT g, skill, count(*) AS c
        FROM (SELECT {_GROUP_SQL[by]} AS g, skill FROM cluster_skills
              WHERE {cond} AND {skill_cond})
        GROUP BY g, skill
        QUALIFY row_number() OVER (PARTITION BY g ORDER BY count(*) DESC, skill) <= ?
        """
        count_args = [*params, *skill_params]
    sql = f"""
    WITH totals AS (
        SELECT g, count(*) AS n FROM (SELECT {_GROUP_SQL[by]} AS g FROM clusters WHERE {cond})
        WHERE {group_cond} GROUP BY g
    ), counts AS ({counts})
    SELECT counts.g, s.id, s.label, counts.c, totals.n
    FROM counts JOIN totals USING (g) JOIN skills s ON s.no = counts.skill
    ORDER BY counts.g, counts.c DESC, s.id
    """
    args = [*params, *group_params, *count_args, limit]
    found = cursor.execute(sql, args).fetchall()
    labels = _occupation_labels(cursor) if by == "occupation" else {}
    rows = []
    for g, skill_id, label, c, n in found:
        name = _period_name(by, g) if by in PERIODS else g or None
        rows.append(SkillCount(name, labels.get(g) if by == "occupation" else name, skill_id,
                               label, c, n))  # fmt: skip
    return Demand(by, _clusters(cursor, cond, params), rows)


def _group_condition(by: GroupBy, where: Slice) -> tuple[str, list[Any]]:
    """Grouping by country (or city) lists only the countries asked for, not every other
    country a multi-country posting names."""
    if by == "country" and where.countries:
        return f"g IN ({_marks(where.countries)})", [c.upper() for c in where.countries]
    if by == "city" and where.cities:
        return f"g IN ({_marks(where.cities)})", list(where.cities)
    return "true", []


def _skill_condition(cursor: Cursor, skills: tuple[str, ...]) -> tuple[str, list[Any]]:
    if not skills:
        return "true", []
    numbers = [_skill_no(cursor, skill) for skill in skills]
    return f"skill IN ({_marks(numbers)})", numbers


def _skill_no(cursor: Cursor, skill_id: str) -> int:
    row = cursor.execute("SELECT no FROM skills WHERE id = ?", [skill_id]).fetchone()
    if row is None:
        raise UnknownSkillError(
            f"no counted posting has the skill {skill_id!r}",
            hint="skill ids look like tech:python or esco:skill/<uuid>; "
            "GET /v1/analytics/skills lists them",
        )
    return int(row[0])


def _clusters(cursor: Cursor, cond: str, params: list[Any]) -> int:
    return int(cursor.execute(f"SELECT count(*) FROM clusters WHERE {cond}", params).fetchone()[0])


def _occupation_labels(cursor: Cursor) -> dict[str, str]:
    sql = "SELECT occupation, any_value(occupation_label) FROM clusters "
    return dict(cursor.execute(sql + "WHERE occupation IS NOT NULL GROUP BY 1").fetchall())


# -- co-occurring ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CooccurringSkill:
    """A skill seen with the anchor skill: in ``clusters`` of the anchor's clusters, against
    ``overall`` clusters of the slice.  ``lift`` over 1: together more often than by chance."""

    skill_id: str
    label: str
    clusters: int
    share: float  # of the anchor's clusters
    overall: int
    lift: float


@dataclass(frozen=True, slots=True)
class Cooccurring:
    skill_id: str
    label: str
    clusters: int  # clusters with the anchor skill
    total: int  # clusters in the slice
    rows: list[CooccurringSkill]


def cooccurring(
    cursor: Cursor,
    skill_id: str,
    where: Slice,
    *,
    order: CooccurringOrder = "count",
    min_count: int = 1,
    limit: int = 20,
) -> Cooccurring:
    """Skills most often in the same clusters as ``skill_id`` (or with the highest lift)."""
    anchor = _skill_no(cursor, skill_id)
    label = cursor.execute("SELECT label FROM skills WHERE no = ?", [anchor]).fetchone()[0]
    where = _spelled(cursor, where)
    cond, params = where.where()
    total = _clusters(cursor, cond, params)
    with_anchor = cursor.execute(
        f"SELECT count(*) FROM cluster_skills WHERE skill = ? AND {cond}", [anchor, *params]
    ).fetchone()[0]
    if not with_anchor:
        return Cooccurring(skill_id, label, 0, total, [])
    ranking = "lift DESC, co.c DESC" if order == "lift" else "co.c DESC, lift DESC"
    sql = f"""
    WITH base AS (SELECT cno, skill FROM cluster_skills WHERE {cond}),
    co AS (
        SELECT skill, count(*) AS c FROM base
        WHERE cno IN (SELECT cno FROM base WHERE skill = ?) AND skill <> ? GROUP BY skill
    ), overall AS (SELECT skill, count(*) AS c FROM base GROUP BY skill)
    SELECT s.id, s.label, co.c, overall.c, (co.c / ?) / (overall.c / ?) AS lift
    FROM co JOIN overall USING (skill) JOIN skills s ON s.no = co.skill
    WHERE co.c >= ? ORDER BY {ranking}, s.id LIMIT ?
    """
    args = [*params, anchor, anchor, float(with_anchor), float(total), min_count, limit]
    rows = [
        CooccurringSkill(i, lab, c, c / with_anchor, o, lift)
        for i, lab, c, o, lift in cursor.execute(sql, args).fetchall()
    ]
    return Cooccurring(skill_id, label, int(with_anchor), total, rows)


# -- rising ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RisingSkill:
    """A skill's share of clusters this period against the previous one, with the test."""

    skill_id: str
    label: str
    clusters: int
    share: float
    previous_clusters: int
    previous_share: float
    z: float
    p_value: float
    significant: bool


@dataclass(frozen=True, slots=True)
class Rising:
    period: Period
    current: str  # "2025-03", "2025-W11"
    previous: str
    clusters: int
    previous_clusters: int
    alpha: float
    rows: list[RisingSkill]


def rising(
    cursor: Cursor,
    where: Slice,
    *,
    period: Period = "month",
    current: str | None = None,
    alpha: float = 0.05,
    min_count: int = 5,
    significant_only: bool = False,
    limit: int = 20,
) -> Rising:
    """Skills whose share of clusters grew most from the previous period to ``current`` (the
    latest period with postings, by default), ranked by the two-proportion z statistic.

    Shares, not counts, are compared: a period just begun has fewer postings, not fewer of
    each skill's share."""
    where = _spelled(cursor, where)
    cond, params = where.where()
    start = _period_start(period, current) if current else _latest(cursor, period, cond, params)
    before = _previous(period, start)
    totals = dict(
        cursor.execute(
            f"SELECT {period}, count(*) FROM clusters WHERE {cond} AND {period} IN (?, ?) "
            "GROUP BY 1",
            [*params, start, before],
        ).fetchall()
    )
    n, n_before = int(totals.get(start, 0)), int(totals.get(before, 0))
    counts = cursor.execute(
        f"""SELECT s.id, s.label, count(*) FILTER (WHERE {period} = ?) AS c,
            count(*) FILTER (WHERE {period} = ?) AS b
        FROM cluster_skills JOIN skills s ON s.no = cluster_skills.skill
        WHERE {cond} AND {period} IN (?, ?) GROUP BY s.id, s.label""",
        [start, before, *params, start, before],
    ).fetchall()
    rows = _ranked_rising(counts, n, n_before, alpha, min_count, significant_only)
    return Rising(period, _period_name(period, start), _period_name(period, before), n,
                  n_before, alpha, rows[:limit])  # fmt: skip


def _ranked_rising(  # noqa: PLR0917 -- private, called once
    counts: list[tuple[str, str, int, int]],
    n: int,
    n_before: int,
    alpha: float,
    min_count: int,
    significant_only: bool,
) -> list[RisingSkill]:
    rows = []
    for skill_id, label, c, b in counts:
        if c < min_count:
            continue
        test = two_proportion_z(c, n, b, n_before)
        significant = test.p_value < alpha
        if test.z <= 0 or (significant_only and not significant):
            continue
        rows.append(RisingSkill(skill_id, label, c, c / n if n else 0.0, b,
                                b / n_before if n_before else 0.0, test.z, test.p_value,
                                significant))  # fmt: skip
    rows.sort(key=lambda row: (-row.z, row.skill_id))
    return rows


_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def _period_start(period: Period, name: str) -> date:
    """``2025-03`` (month) or ``2025-W11`` (ISO week) -> the period's first day."""
    try:
        if period == "month" and (found := _MONTH.match(name)):
            return date(int(found[1]), int(found[2]), 1)
        if period == "week" and (found := _WEEK.match(name)):
            return date.fromisocalendar(int(found[1]), int(found[2]), 1)
    except ValueError:
        pass
    shape = "YYYY-MM" if period == "month" else "YYYY-Www"
    raise AnalyticsQueryError(f"{name!r} is not a {period}; write it as {shape}")


def _period_name(period: str, start: date) -> str:
    if period == "month":
        return start.strftime("%Y-%m")
    year, week, _ = start.isocalendar()
    return f"{year}-W{week:02d}"


def _previous(period: Period, start: date) -> date:
    if period == "week":
        return start - timedelta(days=7)
    return (start - timedelta(days=1)).replace(day=1)


def _latest(cursor: Cursor, period: Period, cond: str, params: list[Any]) -> date:
    found = cursor.execute(f"SELECT max({period}) FROM clusters WHERE {cond}", params).fetchone()
    if found[0] is None:
        raise AnalyticsQueryError("no counted postings in this slice, so no latest period")
    latest: date = found[0]
    return latest


# -- salaries -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SalaryStats:
    """Yearly salaries (the middle of each stated range) of one group in one currency."""

    group: str | None
    group_label: str | None
    currency: str
    clusters: int
    minimum: float
    q1: float
    median: float
    q3: float
    maximum: float


@dataclass(frozen=True, slots=True)
class Salaries:
    by: SalaryGroup
    rows: list[SalaryStats]


def salaries(
    cursor: Cursor,
    where: Slice,
    *,
    by: SalaryGroup = "skill",
    skills: tuple[str, ...] = (),
    currency: str | None = None,
    min_count: int = 1,
    limit: int = 20,
) -> Salaries:
    """Salary distribution per skill, per occupation, or overall, where salaries are stated;
    groups with most salaried clusters first."""
    where = _spelled(cursor, where)
    cond, params = where.where()
    skill_cond, skill_params = _skill_condition(cursor, skills)
    table, group = {
        "skill": ("cluster_skills", "skill"),
        "occupation": ("clusters", "coalesce(occupation, '')"),
        "none": ("clusters", "''"),
    }[by]
    if by != "skill" and skills:
        # The salaries of clusters having the skills, grouped by occupation (or not at all).
        table = "(SELECT * FROM clusters WHERE cno IN (SELECT cno FROM cluster_skills "
        table += f"WHERE {skill_cond})) AS clusters"
    currency_cond = "currency = ?" if currency else "true"
    currency_params = [currency.upper()] if currency else []
    named = "s.id, s.label" if by == "skill" else "g, NULL"
    join = "JOIN skills s ON s.no = agg.g" if by == "skill" else ""
    sql = f"""
    WITH agg AS (
        SELECT {group} AS g, currency, count(*) AS n, min(salary) AS lo,
            quantile_cont(salary, [0.25, 0.5, 0.75]) AS qs, max(salary) AS hi
        FROM {table}
        WHERE salary IS NOT NULL AND {cond} AND {skill_cond if by == "skill" else "true"}
            AND {currency_cond}
        GROUP BY g, currency HAVING count(*) >= ? ORDER BY n DESC, g, currency LIMIT ?
    )
    SELECT {named}, currency, n, lo, qs, hi FROM agg {join} ORDER BY n DESC, 1, currency
    """
    front = skill_params if by != "skill" and skills else []
    middle = skill_params if by == "skill" else []
    args = [*front, *params, *middle, *currency_params, min_count, limit]
    found = cursor.execute(sql, args).fetchall()
    labels = _occupation_labels(cursor) if by == "occupation" else {}
    rows = [
        SalaryStats(g or None, lab if by == "skill" else labels.get(g), cur, n, lo, q1, q2, q3, hi)
        for g, lab, cur, n, lo, (q1, q2, q3), hi in found
    ]
    return Salaries(by, rows)
