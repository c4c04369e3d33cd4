"""A corpus of XSS payloads for postings, resumes and queries.

Every payload that would work creates an element marked ``pwn`` (id, class or attribute) or
opens a dialog, so a test can tell: no dialog fired and ``PWNED`` finds nothing.
"""

from __future__ import annotations

import orjson

PAYLOADS: tuple[str, ...] = (
    "<script>alert('pwn')</script>",
    '<img id="pwn" src="x" onerror="alert(1)">',
    '"><svg class="pwn" onload="alert(2)">',
    '\'><iframe class="pwn" src="javascript:alert(3)"></iframe>',
    '<a class="pwn" href="javascript:alert(4)">click me</a>',
    '</textarea><b class="pwn">escaped the textarea</b>',
    '</title><b class="pwn">escaped the title</b>',
    '<math><mtext><table><mglyph><style><img class="pwn" src=x onerror=alert(5)>',
    "<style>body { display: none }</style>",
    "{{ 7 * 7 }} {% raw %}",
    '<div data-pwn="1" style="position:fixed;inset:0">overlay</div>',
    "javascript:alert(6)",
)
#: Finds any element a payload managed to create.
PWNED = "#pwn, .pwn, [data-pwn], iframe, script, math, body style"
#: A word every hostile posting has, to search them.
MARKER = "zyxxss"


def hostile_text() -> str:
    """Postings as plain text (the text reader keeps markup as characters), one per payload.

    Their words (Fortran, COBOL, mainframe) are rare in the generated corpus, so the other
    tests' searches, and the screenshots, do not meet them."""
    postings = [
        f"Senior Fortran Developer {MARKER} {payload}\nAcme {payload} GmbH, Berlin\n\n"
        f"We need Fortran and COBOL. {payload} Salary 60,000 EUR a year."
        for payload in PAYLOADS
    ]
    return "\n\n---\n\n".join(postings) + "\n"


def hostile_jsonl() -> bytes:
    """Postings whose title, company, location and url are payloads (declared fields)."""
    records = [
        {
            "id": f"xss-{n}",
            "title": f"Mainframe Operator {MARKER} {payload}",
            "company": payload,
            "location": f"Berlin {payload}",
            "url": "javascript:alert('url')" if n % 2 else f"https://jobs.example/{payload}",
            "description": f"Mainframe operator {MARKER} with COBOL. {payload}",
        }
        for n, payload in enumerate(PAYLOADS)
    ]
    return b"".join(orjson.dumps(record) + b"\n" for record in records)
