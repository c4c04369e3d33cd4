"""Optional semantic search: postings and queries embedded by a multilingual sentence encoder,
searched by cosine similarity, and fused with keyword hits by reciprocal rank fusion.

Needs ``pip install 'jobsift[semantic]'``; without it, making an embedder raises
``SemanticUnavailableError`` (E620), and everything else here still works.
"""

from __future__ import annotations

from jobsift.semantic.embedder import (
    Embedder,
    USEEmbedder,
    Vectors,
    available,
    default_embedder,
    normalised,
)
from jobsift.semantic.errors import PIP_LINE, SemanticUnavailableError
from jobsift.semantic.fusion import RRF_K, reciprocal_rank_fusion
from jobsift.semantic.postings import SemanticIndex
from jobsift.semantic.text import WORDS, posting_text
from jobsift.semantic.vectors import VectorIndex

__all__ = [
    "PIP_LINE",
    "RRF_K",
    "WORDS",
    "Embedder",
    "SemanticIndex",
    "SemanticUnavailableError",
    "USEEmbedder",
    "VectorIndex",
    "Vectors",
    "available",
    "default_embedder",
    "normalised",
    "posting_text",
    "reciprocal_rank_fusion",
]
