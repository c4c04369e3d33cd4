"""Load and query the curated technology catalog (``data/technologies.v1.json``)."""

from __future__ import annotations

import importlib.resources
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any, Final, TypeVar, cast

import orjson

from jobsift.errors import InputError
from jobsift.technologies.model import (
    CATEGORIES,
    DEFAULT_WINDOW,
    Category,
    Rule,
    Technology,
    is_searchable,
)

CATALOG_VERSION: Final = "technologies.v1"
DATA_FILE: Final = "technologies.v1.json"

_RULE_KEYS: Final = frozenset(
    {
        "applies_to",
        "case_sensitive",
        "standalone",
        "requires_context",
        "not_preceded_by",
        "not_followed_by",
        "window",
    }
)
_ENTRY_KEYS: Final = frozenset({"id", "name", "category", "aliases", "parent", "related", "rules"})

T = TypeVar("T")


def fold(text: str) -> str:
    """The form surfaces are compared in: casefolded, whitespace runs made one space."""
    return " ".join(text.casefold().split())


class TechCatalog:
    """The technologies of one data file, indexed by id and by surface."""

    __slots__ = ("_by_fold", "_by_id", "_derived", "context_sets", "path", "version")

    def __init__(
        self,
        version: str,
        technologies: tuple[Technology, ...],
        context_sets: Mapping[str, tuple[str, ...]],
        path: str = "<memory>",
    ) -> None:
        self.version = version
        self.context_sets = dict(context_sets)
        self.path = path
        self._by_id = {tech.id: tech for tech in technologies}
        self._by_fold: dict[str, list[tuple[str, str, bool]]] = {}
        for tech in technologies:
            for surface in tech.surfaces:
                rule = tech.rule_for(surface)
                entry = (surface, tech.id, bool(rule and rule.case_sensitive))
                self._by_fold.setdefault(fold(surface), []).append(entry)
        self._derived: dict[str, object] = {}

    def __len__(self) -> int:
        return len(self._by_id)

    def __iter__(self) -> Iterator[Technology]:
        return iter(self._by_id.values())

    def __contains__(self, tech_id: object) -> bool:
        return tech_id in self._by_id

    def __getitem__(self, tech_id: str) -> Technology:
        return self._by_id[tech_id]

    def iter(self) -> Iterator[Technology]:
        """Every technology, in data-file order."""
        return iter(self._by_id.values())

    def get(self, tech_id: str) -> Technology | None:
        return self._by_id.get(tech_id)

    def by_surface(self, text: str) -> Technology | None:
        """The technology written as ``text``.

        Compared folded, except that a case-sensitive surface ("Go", "R") must be written exactly:
        ``by_surface("golang")`` finds Go, ``by_surface("go")`` finds nothing.
        """
        entries = self._by_fold.get(fold(text), ())
        exact = " ".join(text.split())
        for surface, tech_id, case_sensitive in entries:
            if not case_sensitive or surface == exact:
                return self._by_id[tech_id]
        return None

    def surfaces(self) -> Iterator[tuple[str, str, bool]]:
        """``(surface, id, case_sensitive)`` for every searchable surface, for a phrase matcher."""
        for tech in self._by_id.values():
            for surface in tech.surfaces:
                if is_searchable(surface):
                    rule = tech.rule_for(surface)
                    yield surface, tech.id, bool(rule and rule.case_sensitive)

    def by_category(self, category: Category) -> list[Technology]:
        return [tech for tech in self._by_id.values() if tech.category == category]

    def children(self, tech_id: str) -> list[Technology]:
        return [tech for tech in self._by_id.values() if tech.parent == tech_id]

    def derived(self, key: str, build: Callable[[TechCatalog], T]) -> T:
        """``build(self)``, computed once per catalog: the matcher keeps its automaton here."""
        if key not in self._derived:
            self._derived[key] = build(self)
        return cast(T, self._derived[key])


def load_catalog(path: str | Path | None = None) -> TechCatalog:
    """The catalog shipped with jobsift, or the one at ``path`` (same format)."""
    if path is None:
        resource = importlib.resources.files("jobsift.technologies") / "data" / DATA_FILE
        raw, where = resource.read_bytes(), f"jobsift/technologies/data/{DATA_FILE}"
    else:
        raw, where = Path(path).read_bytes(), str(path)
    try:
        doc = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise InputError(f"{where} is not valid JSON: {exc}") from exc
    return parse_catalog(doc, where)


def parse_catalog(doc: Any, where: str = "<memory>") -> TechCatalog:
    """Build and validate a catalog from the decoded data file."""
    if not isinstance(doc, dict) or not isinstance(doc.get("technologies"), list):
        raise InputError(f"{where}: expected an object with a 'technologies' list")
    context_sets = _parse_context_sets(doc.get("context_sets", {}), where)
    technologies = tuple(_parse_entry(e, i, where) for i, e in enumerate(doc["technologies"]))
    _validate_ids(technologies, where)
    catalog = TechCatalog(str(doc.get("version", "")), technologies, context_sets, where)
    _validate(catalog, where)
    return catalog


def _parse_context_sets(raw: Any, where: str) -> dict[str, tuple[str, ...]]:
    if not isinstance(raw, dict):
        raise InputError(f"{where}: 'context_sets' must be an object of name -> list of terms")
    return {
        str(name): _strings(terms, where, f"context set {name!r}") for name, terms in raw.items()
    }


def _parse_entry(raw: Any, index: int, where: str) -> Technology:
    here = f"{where}: technology #{index + 1}"
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
        raise InputError(f"{here}: expected an object with a string 'id'")
    here = f"{where}: {raw['id']}"
    unknown = set(raw) - _ENTRY_KEYS
    if unknown:
        raise InputError(
            f"{here}: unknown keys {sorted(unknown)}", hint=f"known: {sorted(_ENTRY_KEYS)}"
        )
    if raw.get("category") not in CATEGORIES:
        raise InputError(f"{here}: category {raw.get('category')!r} is not one of {CATEGORIES}")
    return Technology(
        id=raw["id"],
        name=_string(raw.get("name"), here, "name"),
        category=raw["category"],
        aliases=_strings(raw.get("aliases", []), here, "aliases"),
        parent=raw.get("parent"),
        related=_strings(raw.get("related", []), here, "related"),
        rules=tuple(_parse_rule(r, here) for r in raw.get("rules", [])),
    )


def _parse_rule(raw: Any, here: str) -> Rule:
    if not isinstance(raw, dict) or not raw.get("applies_to"):
        raise InputError(f"{here}: each rule needs a non-empty 'applies_to' list")
    unknown = set(raw) - _RULE_KEYS
    if unknown:
        raise InputError(
            f"{here}: unknown rule keys {sorted(unknown)}", hint=f"known: {sorted(_RULE_KEYS)}"
        )
    window = raw.get("window", DEFAULT_WINDOW)
    if not isinstance(window, int) or window <= 0:
        raise InputError(f"{here}: rule window must be a positive integer, got {window!r}")
    return Rule(
        applies_to=_strings(raw["applies_to"], here, "applies_to"),
        case_sensitive=raw.get("case_sensitive", False) is True,
        standalone=raw.get("standalone", False) is True,
        requires_context=_strings(raw.get("requires_context", []), here, "requires_context"),
        not_preceded_by=_strings(raw.get("not_preceded_by", []), here, "not_preceded_by"),
        not_followed_by=_strings(raw.get("not_followed_by", []), here, "not_followed_by"),
        window=window,
    )


def _string(value: Any, here: str, field: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InputError(f"{here}: {field}: expected a non-empty string, got {value!r}")
    return value


def _strings(value: Any, here: str, field: str) -> tuple[str, ...]:
    # The common case in one pass, messages built only on failure: this runs ~9,000 times a load.
    if isinstance(value, list) and all(isinstance(item, str) and item.strip() for item in value):
        return tuple(value)
    if not isinstance(value, list):
        raise InputError(f"{here}: {field}: expected a list of strings, got {type(value).__name__}")
    return tuple(_string(item, here, field) for item in value)


def _validate_ids(technologies: tuple[Technology, ...], where: str) -> None:
    seen: set[str] = set()
    for tech in technologies:
        if tech.id in seen:
            raise InputError(f"{where}: duplicate id {tech.id}")
        seen.add(tech.id)


def _validate(catalog: TechCatalog, where: str) -> None:
    for tech in catalog:
        _validate_refs(catalog, tech, where)
        _validate_rules(catalog, tech, where)
    _validate_surfaces(catalog, where)


def _validate_refs(catalog: TechCatalog, tech: Technology, where: str) -> None:
    for ref in (tech.parent, *tech.related):
        if ref is not None and (ref not in catalog or ref == tech.id):
            raise InputError(f"{where}: {tech.id} refers to {ref}, which is not another entry")


def _validate_rules(catalog: TechCatalog, tech: Technology, where: str) -> None:
    governed: set[str] = set()
    for rule in tech.rules:
        for surface in rule.applies_to:
            if surface not in tech.surfaces or surface in governed:
                raise InputError(
                    f"{where}: {tech.id} rule applies to {surface!r}, "
                    "which is not one of its surfaces or is already governed by another rule"
                )
            governed.add(surface)
        terms = [t for term in rule.requires_context for t in _expand(catalog, term)]
        for term in terms:
            if term.startswith("@") and term[1:] not in CATEGORIES:
                raise InputError(f"{where}: {tech.id} context {term!r} names no category")
            if term.startswith("$"):
                raise InputError(f"{where}: {tech.id} context set {term!r} is not defined")


def _expand(catalog: TechCatalog, term: str) -> tuple[str, ...]:
    if term.startswith("$") and term[1:] in catalog.context_sets:
        return catalog.context_sets[term[1:]]
    return (term,)


def _validate_surfaces(catalog: TechCatalog, where: str) -> None:
    # A folded surface may be shared only by case-sensitive spellings that differ exactly
    # ("LoRA" the fine-tuning method, "LoRa" the radio): the exact case then tells them apart.
    for folded, entries in catalog._by_fold.items():
        owners = {tech_id for _, tech_id, _ in entries}
        if len(owners) < 2:
            continue
        spellings = [surface for surface, _, _ in entries]
        all_sensitive = all(case_sensitive for _, _, case_sensitive in entries)
        if not all_sensitive or len(set(spellings)) != len(spellings):
            raise InputError(f"{where}: surface {folded!r} belongs to {sorted(owners)}")
