"""URL slugs from titles and names in any of the eight languages."""

from __future__ import annotations

import re
import unicodedata
from typing import Final

# Letters NFKD does not split into a base letter and a mark.
_FOLD: Final = str.maketrans({"ł": "l", "Ł": "L", "ß": "ss", "æ": "ae", "ø": "o", "đ": "d"})
_NON_WORD: Final = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    """``"Starszy Księgowy (m/k)"`` -> ``"starszy-ksiegowy-m-k"``."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    ascii_text = decomposed.encode("ascii", "ignore").decode("ascii").lower()
    return _NON_WORD.sub("-", ascii_text).strip("-")
