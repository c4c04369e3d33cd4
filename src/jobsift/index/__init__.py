"""The search index: what makes postings findable (``SearchIndex``, ``TantivySearchIndex``)."""

from __future__ import annotations

from jobsift.index.base import (
    FACET_NAMES,
    FACETS,
    RANGE_FACETS,
    SORTS,
    FacetValue,
    Filters,
    SearchHit,
    SearchIndex,
    SearchPage,
    SearchRequest,
    Snippet,
    Suggestion,
)
from jobsift.index.document import IndexDoc, index_doc

__all__ = [
    "FACETS",
    "FACET_NAMES",
    "RANGE_FACETS",
    "SORTS",
    "FacetValue",
    "Filters",
    "IndexDoc",
    "SearchHit",
    "SearchIndex",
    "SearchPage",
    "SearchRequest",
    "Snippet",
    "Suggestion",
    "index_doc",
]
