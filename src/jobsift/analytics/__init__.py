"""Skill-demand analytics over the stored postings, counted once per duplicate cluster."""

from jobsift.analytics.queries import (
    Cooccurring,
    Demand,
    Rising,
    Salaries,
    Slice,
)
from jobsift.analytics.service import Analytics, RefreshReport

__all__ = ["Analytics", "Cooccurring", "Demand", "RefreshReport", "Rising", "Salaries", "Slice"]
