"""Build ``src/jobsift/lang/data/role-heads.v1.txt``: head nouns of occupation titles.

The text splitter needs to know that a line *starts* with a job title in eight languages.  The
shipped taxonomy (ESCO occupation labels per language, O*NET titles) holds tens of thousands of
titles; their head nouns ("Operative", "Chauffeur", "Projetista", "Pracownik") make a far wider
vocabulary than a hand-written list.  The head is the last word in English, German and Dutch
titles and the first word in French, Spanish, Portuguese, Italian and Polish ones.

    python scripts/build_role_heads.py

Deterministic: sorted output, one lowercased word per line, only words seen as a head at least
twice (a rarer head is more likely a parsing accident than a role noun).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from jobsift.taxonomy import load_taxonomy

OUT = Path(__file__).resolve().parents[1] / "src" / "jobsift" / "lang" / "data"
HEAD_LAST = frozenset({"en", "de", "nl"})
_WORD = re.compile(r"^[^\W\d_][\w'-]*$")
_MIN_COUNT = 4
_MIN_LENGTH = 3


def heads() -> Counter[str]:
    taxonomy = load_taxonomy()
    counts: Counter[str] = Counter()
    labels = [(label.text, label.lang) for label in taxonomy.occupation_labels()]
    labels += [(label.text, "en") for label in taxonomy.onet_labels()]
    for text, lang in labels:
        for form in _forms(text):
            head = _head(form, lang)
            if head:
                counts[head] += 1
    return counts


def _forms(text: str) -> Iterator[str]:
    """ "Softwareentwickler/Softwareentwicklerin" -> both forms; parentheses dropped."""
    cleaned = re.sub(r"\([^)]*\)", " ", text)
    yield from (part for part in re.split(r"\s*/\s*(?=\w{4,})", cleaned) if part.strip())


def _head(title: str, lang: str) -> str | None:
    words = [w.strip(",.;:") for w in title.split()]
    words = [w for w in words if w]
    if not words:
        return None
    word = (words[-1] if lang in HEAD_LAST else words[0]).casefold()
    if len(word) < _MIN_LENGTH or not _WORD.match(word):
        return None
    return word


def main() -> None:
    counts = heads()
    words = sorted(word for word, count in counts.items() if count >= _MIN_COUNT)
    OUT.mkdir(parents=True, exist_ok=True)
    header = (
        "# Head nouns of occupation titles (ESCO v1.1.1 labels, 8 languages; O*NET 27.0 titles).\n"
        "# Built by scripts/build_role_heads.py from the shipped taxonomy; do not edit by hand.\n"
    )
    (OUT / "role-heads.v1.txt").write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words):,} head nouns written to {OUT / 'role-heads.v1.txt'}")


if __name__ == "__main__":
    main()
