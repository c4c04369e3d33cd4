"""The read side of search: understanding a query, running it, broadening it."""

from __future__ import annotations

from jobsift.search.service import Broadening, SearchResult, SearchService
from jobsift.search.understand import Reading, Understood, understand

__all__ = ["Broadening", "Reading", "SearchResult", "SearchService", "Understood", "understand"]
