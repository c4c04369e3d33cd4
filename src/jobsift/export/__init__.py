"""Writing stored postings out: JSON Lines, CSV, and schema.org ``JobPosting`` JSON-LD."""

from __future__ import annotations

from jobsift.export.schemaorg import GOOGLE_REQUIRED, to_schemaorg
from jobsift.export.writers import EXPORT_FORMATS, ExportReport, export_postings, posting_to_dict

__all__ = [
    "EXPORT_FORMATS",
    "GOOGLE_REQUIRED",
    "ExportReport",
    "export_postings",
    "posting_to_dict",
    "to_schemaorg",
]
