"""Label normalization and the label -> ids indexes behind the ``*_by_label`` lookups."""

from __future__ import annotations

import unicodedata


def normalize_label(text: str) -> str:
    """The form labels are compared in: NFKC, casefolded, whitespace collapsed.

    Punctuation is kept on purpose: it is what tells "C", "C++" and "C#" apart.
    """
    if not text.isascii():  # ASCII text is already in NFKC; skipping it halves index builds
        text = unicodedata.normalize("NFKC", text)
    return " ".join(text.casefold().split())


class LabelIndex:
    """``normalized label -> ids``, ids in the order they were added, without repeats.

    Callers add preferred labels before alternative ones, so the best match comes first.
    """

    def __init__(self) -> None:
        # Tuples, not sets: most labels name one or two concepts, and a quarter of a million
        # small tuples take a fraction of the memory of as many dicts.
        self._targets: dict[str, tuple[str, ...]] = {}

    def add(self, key: str, target: str) -> None:
        """Add an already normalized ``key``."""
        current = self._targets.get(key, ())
        if key and target not in current:
            self._targets[key] = (*current, target)

    def get(self, label: str) -> tuple[str, ...]:
        """The ids for ``label`` (normalized here)."""
        return self._targets.get(normalize_label(label), ())
