"""Errors of the taxonomy package."""

from __future__ import annotations

from jobsift.errors import JobsiftError

REINSTALL_HINT = (
    "the jobsift installation is broken; reinstall it with `pip install --force-reinstall jobsift`"
)
FOLDER_HINT = "is it a folder written by scripts/build_taxonomy.py?"


class TaxonomyDataError(JobsiftError):
    """The taxonomy data files are missing or unreadable."""

    code = "E600"
    status = 500
