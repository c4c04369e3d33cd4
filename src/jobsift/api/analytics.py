"""Skill-demand analytics: demand, co-occurring skills, rising skills, salaries.

Every count is of duplicate clusters (a job posted at five places counts once, with its
canonical posting's fields and the day it was first posted).  Skill ids hold slashes and
colons (``esco:skill/<uuid>``, ``tech:python``), so they go in the query string, never in the
path.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends
from pydantic import BaseModel, Field

from jobsift.analytics import queries
from jobsift.api.deps import EngineDep
from jobsift.api.params import query_model, query_parameters
from jobsift.api.responses import problems
from jobsift.engine import Engine

router = APIRouter(prefix="/v1/analytics", tags=["analytics"])
#: Bounds ``min_count`` (DuckDB compares it as a 64-bit integer).
MAX_COUNT = 10**12


def _many(description: str) -> Any:
    return Field(default_factory=list, description=description + " Repeat for several.")


# -- queries --------------------------------------------------------------------------------


class SliceQuery(BaseModel):
    """Which clusters are counted; each list matches any of its values, all lists apply."""

    country: list[str] = _many("ISO 3166 country code (any place of the posting).")
    city: list[str] = _many("City name, in any case (berlin finds Berlin).")
    occupation: list[str] = _many("ESCO occupation URI.")
    seniority: list[str] = _many("Seniority: intern, junior, mid, senior, lead ...")
    since: date | None = Field(None, description="First posted on or after this day.")
    until: date | None = Field(None, description="First posted on or before this day.")

    def slice(self) -> queries.Slice:
        return queries.Slice(
            countries=tuple(self.country),
            cities=tuple(self.city),
            occupations=tuple(self.occupation),
            seniorities=tuple(self.seniority),
            since=self.since,
            until=self.until,
        )


class SkillDemandQuery(SliceQuery):
    by: Literal["month", "week", "country", "city", "occupation", "seniority", "none"] = Field(
        "none", description="Group by this; `none`: one ranking over the whole slice."
    )
    skill: list[str] = _many("Only these skill ids (e.g. to follow one skill over time).")
    limit: int = Field(20, ge=1, le=1000, description="Skills at most per group.")

    def page(self, engine: Engine) -> SkillDemandPage:
        """What the API and ``jobsift stats skills`` answer with."""
        found = engine.analytics.demand(
            self.slice(), by=self.by, skills=tuple(self.skill), limit=self.limit
        )
        return SkillDemandPage.of(found)


class CooccurringQuery(SliceQuery):
    skill: str = Field(description="The skill id to find companions of, e.g. tech:python.")
    order: Literal["count", "lift"] = Field(
        "count", description="`count`: most clusters together; `lift`: most above chance."
    )
    min_count: int = Field(1, ge=1, le=MAX_COUNT, description="Clusters together at least.")
    limit: int = Field(20, ge=1, le=1000, description="Skills at most.")

    def page(self, engine: Engine) -> CooccurringPage:
        found = engine.analytics.cooccurring(
            self.skill, self.slice(), order=self.order, min_count=self.min_count,
            limit=self.limit,
        )  # fmt: skip
        return CooccurringPage.of(found)


class RisingQuery(SliceQuery):
    period: Literal["month", "week"] = Field("month", description="Calendar month or ISO week.")
    current: str | None = Field(
        None,
        description="The period to compare with the one before: 2025-03 (month) or 2025-W11 "
        "(ISO week).  Default: the latest with postings.",
        max_length=8,
    )
    alpha: float = Field(0.05, gt=0, lt=1, description="Significance level of the z-test.")
    min_count: int = Field(
        5, ge=1, le=MAX_COUNT, description="Clusters with the skill this period at least."
    )
    significant_only: bool = Field(False, description="Only skills whose rise is significant.")
    limit: int = Field(20, ge=1, le=1000, description="Skills at most.")

    def page(self, engine: Engine) -> RisingPage:
        found = engine.analytics.rising(
            self.slice(), period=self.period, current=self.current, alpha=self.alpha,
            min_count=self.min_count, significant_only=self.significant_only, limit=self.limit,
        )  # fmt: skip
        return RisingPage.of(found)


class SalariesQuery(SliceQuery):
    by: Literal["skill", "occupation", "none"] = Field(
        "skill", description="One distribution per skill, per occupation, or one for all."
    )
    skill: list[str] = _many("Only clusters with these skills (any).")
    currency: str | None = Field(None, min_length=3, max_length=3, description="ISO 4217.")
    min_count: int = Field(
        1, ge=1, le=MAX_COUNT, description="Salaried clusters per group at least."
    )
    limit: int = Field(20, ge=1, le=1000, description="Groups at most (per currency).")

    def page(self, engine: Engine) -> SalariesPage:
        found = engine.analytics.salaries(
            self.slice(), by=self.by, skills=tuple(self.skill), currency=self.currency,
            min_count=self.min_count, limit=self.limit,
        )  # fmt: skip
        return SalariesPage.of(found)


# -- responses ------------------------------------------------------------------------------


class SkillDemandRead(BaseModel):
    group: str | None = Field(description="2025-03, 2025-W11, DE, Berlin, an occupation URI, "
                              "a seniority; null when grouping by nothing or unknown.")  # fmt: skip
    group_label: str | None
    skill_id: str
    label: str
    clusters: int = Field(description="Clusters of the group with this skill.")
    group_clusters: int = Field(description="Clusters of the group.")
    share: float = Field(description="clusters / group_clusters.")


class SkillDemandPage(BaseModel):
    by: str
    clusters: int = Field(description="Clusters in the slice.")
    rows: list[SkillDemandRead]

    @classmethod
    def of(cls, found: queries.Demand) -> SkillDemandPage:
        rows = [
            SkillDemandRead(
                group=row.group, group_label=row.group_label, skill_id=row.skill_id,
                label=row.label, clusters=row.clusters, group_clusters=row.group_clusters,
                share=round(row.share, 6),
            )
            for row in found.rows
        ]  # fmt: skip
        return cls(by=found.by, clusters=found.clusters, rows=rows)


class CooccurringRead(BaseModel):
    skill_id: str
    label: str
    clusters: int = Field(description="Clusters with both skills.")
    share: float = Field(description="Of the anchor skill's clusters.")
    overall: int = Field(description="Clusters of the slice with this skill.")
    lift: float = Field(description="share / (overall / total): over 1, more than chance.")


class CooccurringPage(BaseModel):
    skill_id: str
    label: str
    clusters: int = Field(description="Clusters with the anchor skill.")
    total: int = Field(description="Clusters in the slice.")
    rows: list[CooccurringRead]

    @classmethod
    def of(cls, found: queries.Cooccurring) -> CooccurringPage:
        rows = [
            CooccurringRead(
                skill_id=row.skill_id, label=row.label, clusters=row.clusters,
                share=round(row.share, 6), overall=row.overall, lift=round(row.lift, 4),
            )
            for row in found.rows
        ]  # fmt: skip
        return cls(skill_id=found.skill_id, label=found.label, clusters=found.clusters,
                   total=found.total, rows=rows)  # fmt: skip


class RisingRead(BaseModel):
    skill_id: str
    label: str
    clusters: int
    share: float
    previous_clusters: int
    previous_share: float
    z: float = Field(description="Two-proportion z statistic (pooled).")
    p_value: float = Field(description="Two-sided.")
    significant: bool = Field(description="p_value < alpha.")


class RisingPage(BaseModel):
    period: str
    current: str
    previous: str
    clusters: int
    previous_clusters: int
    alpha: float
    rows: list[RisingRead]

    @classmethod
    def of(cls, found: queries.Rising) -> RisingPage:
        rows = [
            RisingRead(
                skill_id=row.skill_id, label=row.label, clusters=row.clusters,
                share=round(row.share, 6), previous_clusters=row.previous_clusters,
                previous_share=round(row.previous_share, 6), z=round(row.z, 4),
                p_value=row.p_value, significant=row.significant,
            )
            for row in found.rows
        ]  # fmt: skip
        return cls(period=found.period, current=found.current, previous=found.previous,
                   clusters=found.clusters, previous_clusters=found.previous_clusters,
                   alpha=found.alpha, rows=rows)  # fmt: skip


class SalaryRead(BaseModel):
    group: str | None = Field(description="Skill id or occupation URI; null: all.")
    group_label: str | None
    currency: str
    clusters: int = Field(description="Clusters with a stated salary.")
    minimum: float
    q1: float
    median: float
    q3: float
    maximum: float


class SalariesPage(BaseModel):
    by: str
    basis: str = Field(
        default="yearly; the middle of each stated range (hourly, daily, weekly, monthly pay "
        "scaled by 2080, 260, 52, 12)",
        description="What the figures are.",
    )
    rows: list[SalaryRead]

    @classmethod
    def of(cls, found: queries.Salaries) -> SalariesPage:
        rows = [
            SalaryRead(
                group=row.group, group_label=row.group_label, currency=row.currency,
                clusters=row.clusters, minimum=round(row.minimum, 2), q1=round(row.q1, 2),
                median=round(row.median, 2), q3=round(row.q3, 2), maximum=round(row.maximum, 2),
            )
            for row in found.rows
        ]  # fmt: skip
        return cls(by=found.by, rows=rows)


# -- routes ---------------------------------------------------------------------------------

# Plain ``def`` routes: DuckDB blocks, so they run in the thread pool.


@router.get(
    "/skills",
    summary="Skill demand",
    description="The most demanded skills, counted once per duplicate cluster, with their "
    "share of the group's clusters; grouped by month, week, country, city, occupation or "
    "seniority.",
    responses=problems(404, 422, 503),
    openapi_extra={"parameters": query_parameters(SkillDemandQuery)},
)
def skill_demand(
    engine: EngineDep, query: Annotated[SkillDemandQuery, Depends(query_model(SkillDemandQuery))]
) -> SkillDemandPage:
    return query.page(engine)


@router.get(
    "/skills/cooccurring",
    summary="Co-occurring skills",
    description="Skills most often asked for together with `skill` (in the same clusters), "
    "with their share of that skill's clusters and their lift over chance.",
    responses=problems(404, 422, 503),
    openapi_extra={"parameters": query_parameters(CooccurringQuery)},
)
def cooccurring_skills(
    engine: EngineDep, query: Annotated[CooccurringQuery, Depends(query_model(CooccurringQuery))]
) -> CooccurringPage:
    return query.page(engine)


@router.get(
    "/skills/rising",
    summary="Rising skills",
    description="Skills whose share of clusters grew from the previous period to `current`, "
    "ranked by a two-proportion z-test, with its p-value.",
    responses=problems(422, 503),
    openapi_extra={"parameters": query_parameters(RisingQuery)},
)
def rising_skills(
    engine: EngineDep, query: Annotated[RisingQuery, Depends(query_model(RisingQuery))]
) -> RisingPage:
    return query.page(engine)


@router.get(
    "/salaries",
    summary="Salary distribution",
    description="Yearly salaries (minimum, quartiles, median, maximum) per skill, per "
    "occupation or overall, by currency, over clusters that state a salary.",
    responses=problems(404, 422, 503),
    openapi_extra={"parameters": query_parameters(SalariesQuery)},
)
def salary_distribution(
    engine: EngineDep, query: Annotated[SalariesQuery, Depends(query_model(SalariesQuery))]
) -> SalariesPage:
    return query.page(engine)
