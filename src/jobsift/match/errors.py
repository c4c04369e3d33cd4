"""Errors of matching (codes E800-E899): bad resumes and profiles, said so a person can fix them."""

from __future__ import annotations

from jobsift.errors import InputError, UsageError


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
