"""The search index: what makes postings findable (``SearchIndex``, ``TantivySearchIndex``)."""

from __future__ import annotations

from jobsift.index.base import (
    FACETS,
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
