"""Reading a resume file: plain text, Markdown, PDF (its text layer, through pypdf) or a JSON
profile.  Scanned PDFs have no text layer: they are reported, not guessed at (no OCR)."""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING, Final

import orjson

from jobsift.errors import EmptyResumeError, ResumeFormatError, UnreadableResumeError
from jobsift.match.profile import Profile, profile_from_json, profile_from_text

if TYPE_CHECKING:
    from jobsift.extract.pipeline import Extractor

TEXT_SUFFIXES: Final = frozenset({".txt", ".md", ".markdown", ".text", ""})
SUFFIXES: Final = (".txt", ".md", ".pdf", ".json")
_PDF_MAGIC: Final = b"%PDF-"


def read_profile(path: Path, extractor: Extractor) -> Profile:
    """The profile in a resume or JSON profile file, named after the file."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UnreadableResumeError(f"cannot read {path}: {error.strerror or error}") from error
    return profile_from_bytes(data, path.name, extractor)


def profile_from_bytes(data: bytes, name: str, extractor: Extractor) -> Profile:
    """The profile in a file's bytes; ``name`` (the file name) says which kind it is."""
    suffix = Path(name).suffix.lower()
    if suffix == ".json":
        return profile_from_json(_json(data, name), extractor)
    if suffix == ".pdf" or data.startswith(_PDF_MAGIC):
        return profile_from_text(pdf_text(data, name), extractor, name=name)
    if suffix in TEXT_SUFFIXES:
        return profile_from_text(decoded(data, name), extractor, name=name)
    raise ResumeFormatError(
        f"{name}: jobsift reads resumes as {', '.join(SUFFIXES)}",
        hint="save the resume as PDF or plain text",
    )


def decoded(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UnreadableResumeError(
            f"{name} is not UTF-8 text (byte {error.start})", hint="save it as UTF-8"
        ) from error


def pdf_text(data: bytes, name: str = "the PDF") -> str:
    """The text layer of a PDF, page after page."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        encrypted = reader.is_encrypted
        pages = [] if encrypted else [page.extract_text() or "" for page in reader.pages]
    # pypdf meets a damaged file with whatever its parser trips on (IndexError, AttributeError,
    # RecursionError ... beside its own PdfReadError): any of them means "not readable".
    except Exception as error:
        raise UnreadableResumeError(
            f"{name} is not a readable PDF: {error}", hint="export the resume again, or as text"
        ) from error
    if encrypted:
        raise UnreadableResumeError(f"{name} is encrypted", hint="save it without a password")
    text = "\n".join(pages)
    if not text.strip():
        raise EmptyResumeError(
            f"{name} has no text layer (a scanned image?)", hint="send the resume as text"
        )
    return text


def _json(data: bytes, name: str) -> object:
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError as error:
        raise UnreadableResumeError(f"{name} is not valid JSON: {error}") from error
