"""The loaded taxonomy and its lookups.

Lookups by id take an id or the full ESCO URI and return None for an unknown one.  Label
lookups compare normalized labels (see ``normalize_label``); their indexes are built on first use,
so a load stays fast for callers that only look up ids.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from jobsift.taxonomy.labels import LabelIndex, normalize_label
from jobsift.taxonomy.model import (
    IscoGroup,
    Label,
    LabelRole,
    Occupation,
    OnetLink,
    OnetOccupation,
    Skill,
    esco_id,
)


class Taxonomy:
    """ESCO skills and occupations, ISCO-08 groups and O*NET occupations, read-only.

    Safe to share between threads: the lazily built indexes come out the same whoever builds
    them first, and each is published by a single assignment.
    """

    def __init__(
        self,
        *,
        version: str,
        skills: Mapping[str, Skill],
        occupations: Mapping[str, Occupation],
        isco_groups: Mapping[str, IscoGroup],
        onet: Mapping[str, OnetOccupation],
        manifest: Mapping[str, Any],
    ) -> None:
        #: The data versions this taxonomy combines, e.g. ``esco-1.1.1+onet-27.0+taxonomy.v1``.
        self.version = version
        #: MANIFEST.json of the data files: sources, counts, what the build dropped.
        self.manifest = manifest
        self._skills = skills
        self._occupations = occupations
        self._isco = isco_groups
        self._onet = onet
        self._skill_index: LabelIndex | None = None
        self._occupation_index: dict[str | None, LabelIndex] | None = None
        self._narrower: dict[str, tuple[str, ...]] | None = None
        self._by_onet: dict[str, tuple[tuple[str, OnetLink], ...]] | None = None

    def __repr__(self) -> str:
        return (
            f"<Taxonomy {self.version}: {len(self._skills)} skills, "
            f"{len(self._occupations)} occupations, {len(self._onet)} O*NET occupations>"
        )

    @property
    def languages(self) -> tuple[str, ...]:
        """Languages with occupation labels (``en`` first)."""
        found = {
            lang
            for occupation in self._occupations.values()
            for lang in occupation.labels_by_language
        }
        return ("en", *sorted(found - {"en"}))

    # --- by id ---------------------------------------------------------------------------------

    def skill(self, skill_id: str) -> Skill | None:
        """A skill, knowledge concept or skill group by id (``esco:skill/...``) or ESCO URI."""
        return self._skills.get(esco_id(skill_id))

    def occupation(self, uri: str) -> Occupation | None:
        """An ESCO occupation by URI or id (``esco:occupation/...``)."""
        return self._occupations.get(esco_id(uri))

    def isco_group(self, code: str) -> IscoGroup | None:
        """An ISCO-08 group by code (``2512``), ``C2512``, id or URI."""
        return self._isco.get(esco_id(code).removeprefix("esco:isco/").removeprefix("C"))

    def onet(self, code: str) -> OnetOccupation | None:
        """An O*NET-SOC occupation by code; ``15-1252`` means ``15-1252.00``."""
        return self._onet.get(code if "." in code else f"{code}.00")

    # --- relations -----------------------------------------------------------------------------

    def broader(self, skill_id: str) -> tuple[Skill, ...]:
        """The skills and skill groups directly above a skill in ESCO's hierarchy."""
        skill = self.skill(skill_id)
        return self._skills_of(skill.broader) if skill else ()

    def narrower(self, skill_id: str) -> tuple[Skill, ...]:
        """The skills and skill groups directly below a skill or group."""
        if self._narrower is None:
            below: dict[str, list[str]] = {}
            for skill in self._skills.values():
                for parent in skill.broader:
                    below.setdefault(parent, []).append(skill.id)
            self._narrower = {parent: tuple(sorted(ids)) for parent, ids in below.items()}
        return self._skills_of(self._narrower.get(esco_id(skill_id), ()))

    def related(self, skill_id: str) -> tuple[Skill, ...]:
        """ESCO's related skills of a skill: the essential ones, then the optional ones."""
        skill = self.skill(skill_id)
        return self._skills_of((*skill.related_essential, *skill.related_optional)) if skill else ()

    def occupations_for_onet(self, code: str) -> tuple[tuple[Occupation, OnetLink], ...]:
        """The ESCO occupations linked to an O*NET occupation, most confident first."""
        if self._by_onet is None:
            found: dict[str, list[tuple[str, OnetLink]]] = {}
            for occupation in self._occupations.values():
                for link in occupation.onet:
                    found.setdefault(link.code, []).append((occupation.id, link))
            self._by_onet = {
                key: tuple(sorted(pairs, key=lambda pair: (-pair[1].confidence, pair[0])))
                for key, pairs in found.items()
            }
        onet = self.onet(code)
        pairs = self._by_onet.get(onet.code, ()) if onet else ()
        return tuple((self._occupations[uri], link) for uri, link in pairs)

    def _skills_of(self, ids: Iterable[str]) -> tuple[Skill, ...]:
        return tuple(self._skills[i] for i in ids if i in self._skills)

    # --- by label ------------------------------------------------------------------------------

    def skills_by_label(self, label: str, *, include_groups: bool = False) -> tuple[Skill, ...]:
        """Skills with this preferred, alternative or hidden label (in that order of preference),
        compared case-insensitively after normalization."""
        if self._skill_index is None:
            self._skill_index = LabelIndex()
            for text, target, _ in self._skill_label_rows():
                self._skill_index.add(normalize_label(text), target)
        found = self._skills_of(self._skill_index.get(label))
        return found if include_groups else tuple(skill for skill in found if not skill.is_group)

    def occupations_by_label(self, label: str, lang: str | None = None) -> tuple[Occupation, ...]:
        """Occupations with this label in ``lang`` (any language when None), preferred labels
        first, compared case-insensitively after normalization."""
        if self._occupation_index is None:
            self._occupation_index = self._build_occupation_index()
        found = self._occupation_index.get(lang)
        return tuple(self._occupations[i] for i in found.get(label)) if found else ()

    def _build_occupation_index(self) -> dict[str | None, LabelIndex]:
        """One index per language and one (None) over all; preferred labels go in first."""
        indexes: dict[str | None, LabelIndex] = {None: LabelIndex()}

        def add(lang: str, texts: Iterable[str], target: str) -> None:
            for text in texts:
                key = normalize_label(text)
                indexes[None].add(key, target)
                indexes.setdefault(lang, LabelIndex()).add(key, target)

        for occupation in self._occupations.values():
            for lang, texts in occupation.labels_by_language.items():
                add(lang, texts[:1], occupation.id)
        for occupation in self._occupations.values():
            for lang, texts in occupation.labels_by_language.items():
                add(lang, texts[1:], occupation.id)
            add("en", occupation.hidden_labels, occupation.id)
        return indexes

    # --- iteration -----------------------------------------------------------------------------

    def iter_skills(self, *, include_groups: bool = False) -> Iterator[Skill]:
        """Skills and knowledge concepts in id order; skill groups too when asked."""
        return (skill for skill in self._skills.values() if include_groups or not skill.is_group)

    def iter_occupations(self) -> Iterator[Occupation]:
        return iter(self._occupations.values())

    def iter_isco_groups(self) -> Iterator[IscoGroup]:
        return iter(self._isco.values())

    def iter_onet(self) -> Iterator[OnetOccupation]:
        return iter(self._onet.values())

    # --- labels for phrase matchers ------------------------------------------------------------

    def skill_labels(
        self, *, include_hidden: bool = True, include_groups: bool = False
    ) -> Iterator[Label]:
        """Every English label of every skill: all preferred labels, then alternative ones,
        then hidden ones."""
        for text, target, role in self._skill_label_rows():
            if (include_hidden or role != "hidden") and (
                include_groups or not self._skills[target].is_group
            ):
                yield Label(text, target, role)

    def _skill_label_rows(self) -> Iterator[tuple[str, str, LabelRole]]:
        # Role by role, so that an index fed in this order ranks preferred labels first.
        skills = self._skills.values()
        yield from ((skill.label, skill.id, "preferred") for skill in skills)
        for skill in skills:
            yield from ((text, skill.id, "alternative") for text in skill.alt_labels)
        for skill in skills:
            yield from ((text, skill.id, "hidden") for text in skill.hidden_labels)

    def occupation_labels(
        self, lang: str | None = None, *, include_hidden: bool = True
    ) -> Iterator[Label]:
        """Every label of every occupation in ``lang`` (all languages when None); the first label
        of each language is the preferred one, and English hidden labels follow the others."""
        for occupation in self._occupations.values():
            for language, texts in occupation.labels_by_language.items():
                if lang in (None, language):
                    yield from (
                        Label(
                            text, occupation.id, "preferred" if n == 0 else "alternative", language
                        )
                        for n, text in enumerate(texts)
                    )
            if include_hidden and lang in (None, "en"):
                yield from (
                    Label(text, occupation.id, "hidden") for text in occupation.hidden_labels
                )

    def onet_labels(self) -> Iterator[Label]:
        """O*NET titles, reported titles and the other alternate titles, each naming its
        O*NET-SOC code.  O*NET lists every reported title among the alternate ones too; here each
        text comes once, under its strongest role."""
        for onet in self._onet.values():
            yield Label(onet.title, onet.code, "title")
            yield from (Label(text, onet.code, "reported") for text in onet.reported_titles)
            reported = set(onet.reported_titles)
            yield from (
                Label(text, onet.code, "alternate")
                for text in onet.alternate_titles
                if text not in reported
            )
