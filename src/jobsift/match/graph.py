"""How two skills relate: the same concept, one above the other, or related, with a credit.

A profile skill that is not the posting's skill may still count for part of it.  Relations come
from our technology list (``parent``: PySpark is a kind of Spark; ``related``: Django goes with
Python) and from ESCO (``broader``/``narrower`` between skills, siblings under one skill, and
ESCO's own skill-skill relations, essential and optional).  ESCO skill *groups* ("working with
computers") relate too much to everything to count: only skill-to-skill links are followed.

The credits are judgement, kept small and in one table so a result can say what it gave:
knowing a narrower skill than the one asked for (Django for Python) is most of it; knowing a
broader one (Python for Django) less; a related or sibling skill least.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal, Protocol

from jobsift.taxonomy import Skill, Taxonomy
from jobsift.technologies import TechCatalog

RelationKind = Literal[
    "equivalent", "narrower", "broader", "sibling", "related", "related_essential",
    "related_optional",
]  # fmt: skip

#: Share of a posting skill's weight a related profile skill earns, by relation.
CREDIT: Final[dict[RelationKind, float]] = {
    "equivalent": 1.0,  # our technology and the ESCO concept of the same thing
    "narrower": 0.6,  # the profile's skill is a kind of the posting's (Django for Python)
    "broader": 0.4,  # the posting's skill is a kind of the profile's (Spark for PySpark)
    "related_essential": 0.4,
    "related": 0.35,  # our technology list's "related"
    "sibling": 0.3,  # both directly under one ESCO skill
    "related_optional": 0.25,
}
#: Words for a result's explanation: "<profile skill> <phrase> <posting skill>".
PHRASE: Final[dict[RelationKind, str]] = {
    "equivalent": "is the same as",
    "narrower": "is a kind of",
    "broader": "is broader than",
    "related_essential": "is essential to (ESCO)",
    "related": "goes with",
    "sibling": "shares a parent skill with",
    "related_optional": "is related to (ESCO)",
}

#: Skill pairs whose relation is remembered (a match asks about a few thousand).
_CACHE_PAIRS: Final = 200_000
_UNKNOWN: Final = object()


@dataclass(frozen=True, slots=True)
class Relation:
    """``profile_skill`` counts for ``posting_skill`` by ``kind``, earning ``credit``."""

    profile_skill: str
    posting_skill: str
    kind: RelationKind
    credit: float

    @property
    def phrase(self) -> str:
        return PHRASE[self.kind]


class SkillRelations(Protocol):
    """What scoring needs of a skill graph (a plain dict serves in tests)."""

    def relation(self, profile_skill: str, posting_skill: str) -> Relation | None: ...


class Equivalents(Protocol):
    def esco_equivalent(self, tech_id: str) -> str | None: ...


class SkillGraph:
    """Relations between skill ids (``tech:...`` and ``esco:skill/...``), read-only."""

    def __init__(
        self, taxonomy: Taxonomy, catalog: TechCatalog, equivalents: Equivalents | None = None
    ) -> None:
        self._taxonomy = taxonomy
        self._catalog = catalog
        self._equivalents = equivalents
        self._cache: dict[tuple[str, str], object] = {}

    def relation(self, profile_skill: str, posting_skill: str) -> Relation | None:
        """The strongest relation from the profile's skill to the posting's, or None (also
        for the same id: that is a match, not a relation)."""
        key = (profile_skill, posting_skill)
        found = self._cache.get(key, _UNKNOWN)
        if found is _UNKNOWN:
            if len(self._cache) >= _CACHE_PAIRS:  # a long-running server meets many pairs
                self._cache.clear()
            found = self._cache[key] = self._find(profile_skill, posting_skill)
        return found  # type: ignore[return-value]

    def _find(self, mine: str, theirs: str) -> Relation | None:
        if mine == theirs:
            return None
        kinds = [*self._tech_kinds(mine, theirs), *self._esco_kinds(mine, theirs)]
        if not kinds:
            return None
        best = max(kinds, key=lambda kind: CREDIT[kind])
        return Relation(mine, theirs, best, CREDIT[best])

    def _tech_kinds(self, mine: str, theirs: str) -> list[RelationKind]:
        found: list[RelationKind] = []
        if self._equivalent(mine) == theirs or self._equivalent(theirs) == mine:
            found.append("equivalent")
        a, b = self._catalog.get(mine), self._catalog.get(theirs)
        if a is None or b is None:
            return found
        if a.parent == theirs:
            found.append("narrower")
        if b.parent == mine:
            found.append("broader")
        if theirs in a.related or mine in b.related:
            found.append("related")
        return found

    def _equivalent(self, tech_id: str) -> str | None:
        if self._equivalents is None or not tech_id.startswith("tech:"):
            return None
        return self._equivalents.esco_equivalent(tech_id)

    def _esco_kinds(self, mine: str, theirs: str) -> list[RelationKind]:
        a, b = self._esco(mine), self._esco(theirs)
        if a is None or b is None:
            return []
        found: list[RelationKind] = []
        if b.id in a.broader:
            found.append("narrower")
        if a.id in b.broader:
            found.append("broader")
        if self._shared_parent(a, b):
            found.append("sibling")
        if b.id in a.related_essential or a.id in b.related_essential:
            found.append("related_essential")
        elif b.id in a.related_optional or a.id in b.related_optional:
            found.append("related_optional")
        return found

    def _esco(self, skill_id: str) -> Skill | None:
        """The ESCO skill of an id, or of a technology's ESCO equivalent."""
        esco = self._equivalent(skill_id) if skill_id.startswith("tech:") else skill_id
        skill = self._taxonomy.skill(esco) if esco else None
        return skill if skill is not None and not skill.is_group else None

    def _shared_parent(self, a: Skill, b: Skill) -> bool:
        shared = set(a.broader) & set(b.broader)
        return any((p := self._taxonomy.skill(s)) is not None and not p.is_group for s in shared)


class RelationTable:
    """Relations given outright (tests, hand-made examples): ``{(mine, theirs): kind}``."""

    def __init__(self, kinds: dict[tuple[str, str], RelationKind]) -> None:
        self._kinds = kinds

    def relation(self, profile_skill: str, posting_skill: str) -> Relation | None:
        kind = self._kinds.get((profile_skill, posting_skill))
        return Relation(profile_skill, posting_skill, kind, CREDIT[kind]) if kind else None
