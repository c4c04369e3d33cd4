"""Just enough CSS selectors for the page tests, as XPath (lxml's cssselect needs a package
jobsift does not otherwise use): tag, .class, #id, [attr], [attr="v"], [attr^="v"], descendant
and child combinators, comma groups."""

from __future__ import annotations

import re
from typing import Any

_PART = re.compile(r"""([.#]?[\w-]+|\*|\[[\w-]+(?:[\^]?=["']?[^"'\]]*["']?)?\])""")
_ATTR = re.compile(r"""\[([\w-]+)(?:(\^?=)["']?([^"'\]]*)["']?)?\]""")


def css(doc: Any, selector: str) -> list[Any]:
    found: list[Any] = doc.xpath(" | ".join(_group(group) for group in selector.split(",")))
    return found


def _group(selector: str) -> str:
    path, axis = ".", "//"
    for token in selector.replace(">", " > ").split():
        if token == ">":
            axis = "/"
            continue
        path += axis + _compound(token)
        axis = "//"
    return path


def _compound(token: str) -> str:
    tag, tests = "*", []
    for part in _PART.findall(token):
        if part.startswith("."):
            tests.append(f"contains(concat(' ', normalize-space(@class), ' '), ' {part[1:]} ')")
        elif part.startswith("#"):
            tests.append(f"@id='{part[1:]}'")
        elif part.startswith("["):
            name, op, value = _ATTR.match(part).groups()  # type: ignore[union-attr]
            tests.append(_attribute(name, op, value))
        else:
            tag = part
    return tag + "".join(f"[{test}]" for test in tests)


def _attribute(name: str, op: str | None, value: str | None) -> str:
    if op is None:
        return f"@{name}"
    if op == "^=":
        return f"starts-with(@{name}, '{value}')"
    return f"@{name}='{value}'"
