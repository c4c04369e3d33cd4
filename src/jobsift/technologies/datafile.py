"""The data file's canonical layout: one technology per line, so a diff shows one line per change.

``python -m jobsift.technologies.datafile [PATH]`` rewrites the file in that layout (entries in
category order, then by id); a test checks the shipped file is already in it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import orjson

from jobsift.technologies.catalog import DATA_FILE, parse_catalog
from jobsift.technologies.model import CATEGORIES

DEFAULT_PATH = Path(__file__).parent / "data" / DATA_FILE


def render(doc: dict[str, Any]) -> str:
    """``doc`` (a decoded data file) in canonical layout.  Validates it first."""
    catalog = parse_catalog(doc)
    order = {category: index for index, category in enumerate(CATEGORIES)}
    techs = sorted(catalog, key=lambda t: (order[t.category], t.id))
    lines = ["{", f'  "version": {_dumps(catalog.version)},', '  "context_sets": {']
    sets = [f"    {_dumps(k)}: {_dumps(list(v))}" for k, v in catalog.context_sets.items()]
    lines += [",\n".join(sets), "  },", '  "technologies": [']
    lines += [",\n".join(f"    {_dumps(tech.to_dict())}" for tech in techs), "  ]", "}"]
    return "\n".join(lines) + "\n"


def _dumps(value: object) -> str:
    # The standard library's spacing (", " and ": ") reads better in review than orjson's.
    return json.dumps(value, ensure_ascii=False)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    path = Path(args[0]) if args else DEFAULT_PATH
    doc = orjson.loads(path.read_bytes())
    path.write_text(render(doc), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
