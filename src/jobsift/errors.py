"""The jobsift error tree.

Every error carries a stable ``code`` (for scripts and the API), an HTTP ``status`` for the API
layer, and a message written for the person reading it: what went wrong, and what to do.
"""

from __future__ import annotations


class JobsiftError(Exception):
    """Base of every error jobsift raises on purpose."""

    code = "E000"
    status = 500

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        if self.hint:
            return f"{self.message} ({self.hint})"
        return self.message

    def __reduce__(self) -> tuple[object, ...]:
        # Errors cross process boundaries (the writer process); keep the hint on the way.
        return (_rebuild, (type(self), self.message, self.hint))


def _rebuild(cls: type[JobsiftError], message: str, hint: str | None) -> JobsiftError:
    return cls(message, hint=hint)


class UsageError(JobsiftError):
    """The caller asked for something that cannot be done as asked."""

    code = "E100"
    status = 400


class UnknownFormatError(UsageError):
    code = "E101"


class InputNotFoundError(UsageError):
    code = "E102"
    status = 404


class InputError(JobsiftError):
    """An input (file, record, line) could not be read.  Nothing already stored is touched."""

    code = "E200"
    status = 422


class StoreError(JobsiftError):
    """The posting store failed; the driver's own exception is chained as ``__cause__``."""

    code = "E300"
    status = 503


class SchemaVersionError(StoreError):
    code = "E301"


class PostingNotFoundError(JobsiftError):
    code = "E404"
    status = 404


class AmbiguousIdError(UsageError):
    code = "E103"


class SearchIndexError(JobsiftError):
    """The search index failed or does not fit this jobsift; the store is untouched."""

    code = "E500"
    status = 503


class StaleIndexError(SearchIndexError):
    """The index on disk was built by another jobsift version (another schema or analysis);
    the engine rebuilds it from the store."""


class IndexBusyError(SearchIndexError):
    """Another process holds the index's writer lock."""

    code = "E501"


class BadQueryError(UsageError):
    """A search request that cannot be run as given (a stale cursor, an unknown facet)."""

    code = "E104"
    status = 422


class DedupeStoreError(JobsiftError):
    """Near-duplicate clustering was asked of a store it cannot keep its state in."""

    code = "E710"
    status = 501


class StaleDedupeStateError(JobsiftError):
    """The stored duplicate sketches were made by another dedupe version: run a full pass."""

    code = "E711"
    status = 503


class EmptyResumeError(InputError):
    """The resume or profile holds nothing to match on: no skills, titles or words."""

    code = "E800"
    status = 422


class UnreadableResumeError(InputError):
    """A resume file that cannot be read: a damaged or encrypted PDF, or bytes that are no text."""

    code = "E801"
    status = 422


class ProfileError(InputError):
    """A JSON profile of the wrong shape (a field of the wrong type, an unknown work mode)."""

    code = "E802"
    status = 422


class ResumeFormatError(UsageError):
    """A resume of a kind jobsift does not read (only .txt, .md, .pdf and .json)."""

    code = "E803"
    status = 415


class AnalyticsError(JobsiftError):
    """The analytics table (DuckDB, beside the database) failed; the store is untouched."""

    code = "E900"
    status = 503


class AnalyticsBusyError(AnalyticsError):
    """Another process has the analytics table open for writing."""

    code = "E901"


class UnknownSkillError(UsageError):
    """An analytics query names a skill no counted posting has."""

    code = "E902"
    status = 404


class AnalyticsQueryError(UsageError):
    """An analytics query that cannot be run as given (an empty period range, no data)."""

    code = "E903"
    status = 422
