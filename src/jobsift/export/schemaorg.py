"""A stored posting as a schema.org ``JobPosting`` (JSON-LD), the shape Google for Jobs reads.

Google requires title, description, datePosted, hiringOrganization and jobLocation (or, for
remote jobs, jobLocationType TELECOMMUTE with applicantLocationRequirements).  Only what is
known is written: a property the posting lacks is left out, never invented, and ``missing``
names the required ones left out so the caller can say so.
"""

from __future__ import annotations

import html
from typing import Any, Final

from jobsift.model import Posting

CONTEXT: Final = "https://schema.org/"
GOOGLE_REQUIRED: Final = ("title", "description", "datePosted", "hiringOrganization", "jobLocation")
_REMOTE_WORDS: Final = frozenset({"telecommute", "remote", "fully remote"})


def to_schemaorg(posting: Posting) -> dict[str, Any]:
    declared = posting.declared
    doc: dict[str, Any] = {"@context": CONTEXT, "@type": "JobPosting"}
    if declared.title:
        doc["title"] = declared.title
    doc["description"] = text_to_html(posting.text)
    doc["datePosted"] = declared.date_posted or posting.first_seen.date().isoformat()
    if declared.valid_through:
        doc["validThrough"] = declared.valid_through
    if declared.company:
        doc["hiringOrganization"] = {"@type": "Organization", "name": declared.company}
    if declared.locations:
        doc["jobLocation"] = [_place(location) for location in declared.locations]
    if declared.work_mode and declared.work_mode.casefold() in _REMOTE_WORDS:
        doc["jobLocationType"] = "TELECOMMUTE"
    if declared.employment_type:
        doc["employmentType"] = list(declared.employment_type)
    if declared.identifier:
        doc["identifier"] = {"@type": "PropertyValue", "name": "id", "value": declared.identifier}
    url = declared.url or next((s.url for s in posting.sources if s.url), None)
    if url:
        doc["url"] = url
    return doc


def missing_required(doc: dict[str, Any]) -> list[str]:
    """Google's required properties the document lacks (remote jobs need no jobLocation)."""
    remote = doc.get("jobLocationType") == "TELECOMMUTE"
    return [
        name
        for name in GOOGLE_REQUIRED
        if name not in doc and not (name == "jobLocation" and remote)
    ]


def text_to_html(text: str) -> str:
    """Plain text as the HTML Google wants in ``description``: paragraphs, breaks, escaped."""
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    return "".join(
        "<p>" + "<br>".join(html.escape(line) for line in p.strip().split("\n")) + "</p>"
        for p in paragraphs
    )


def _place(location: str) -> dict[str, Any]:
    """``"Berlin, BE, DE"`` -> a Place whose PostalAddress has locality, region and country."""
    parts = [part.strip() for part in location.split(",") if part.strip()]
    address: dict[str, Any] = {"@type": "PostalAddress"}
    if len(parts) >= 3:
        address.update(addressLocality=parts[0], addressRegion=parts[1], addressCountry=parts[-1])
    elif len(parts) == 2:
        address.update(addressLocality=parts[0], addressCountry=parts[1])
    else:
        address["addressLocality"] = location.strip()
    return {"@type": "Place", "address": address}
