"""Plain typed data for the technology catalog.  No I/O here.

See the package docstring for what each rule field means.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal, get_args

Category = Literal[
    "language",
    "framework",
    "library",
    "database",
    "cloud",
    "cloud_service",
    "devops",
    "tool",
    "os",
    "platform",
    "methodology",
    "data",
    "ml",
    "testing",
    "security",
    "design",
    "office",
    "erp_crm",
    "protocol",
    "other",
]

#: Every category, in the order the data file lists them.
CATEGORIES: Final[tuple[Category, ...]] = get_args(Category)

#: Characters either side of a match searched for ``requires_context`` evidence.  A window, not
#: the sentence: requirements are often one-word bullets ("- Go", "- Kubernetes").
DEFAULT_WINDOW: Final = 150


@dataclass(frozen=True, slots=True)
class Rule:
    """When a match of one of ``applies_to`` counts.  All stated checks must pass."""

    applies_to: tuple[str, ...]
    case_sensitive: bool = False
    standalone: bool = False
    requires_context: tuple[str, ...] = ()
    not_preceded_by: tuple[str, ...] = ()
    not_followed_by: tuple[str, ...] = ()
    window: int = DEFAULT_WINDOW

    def to_dict(self) -> dict[str, object]:
        """The non-default fields, in data-file order."""
        out: dict[str, object] = {"applies_to": list(self.applies_to)}
        if self.case_sensitive:
            out["case_sensitive"] = True
        if self.standalone:
            out["standalone"] = True
        for name in ("requires_context", "not_preceded_by", "not_followed_by"):
            value: tuple[str, ...] = getattr(self, name)
            if value:
                out[name] = list(value)
        if self.window != DEFAULT_WINDOW:
            out["window"] = self.window
        return out


@dataclass(frozen=True, slots=True)
class Technology:
    """One language, framework, product, service or method, with every way it is written."""

    id: str
    name: str
    category: Category
    aliases: tuple[str, ...] = ()
    parent: str | None = None
    related: tuple[str, ...] = ()
    rules: tuple[Rule, ...] = ()

    @property
    def surfaces(self) -> tuple[str, ...]:
        """The name and every alias, as written in the data."""
        return (self.name, *self.aliases)

    def rule_for(self, surface: str) -> Rule | None:
        """The rule governing ``surface`` (exact spelling), or None when a match always counts."""
        for rule in self.rules:
            if surface in rule.applies_to:
                return rule
        return None

    def to_dict(self) -> dict[str, object]:
        """The entry as the data file writes it (key order included)."""
        out: dict[str, object] = {
            "id": self.id,
            "name": self.name,
            "category": self.category,
            "aliases": list(self.aliases),
        }
        if self.parent:
            out["parent"] = self.parent
        if self.related:
            out["related"] = list(self.related)
        if self.rules:
            out["rules"] = [rule.to_dict() for rule in self.rules]
        return out


def is_searchable(surface: str) -> bool:
    """A parenthesised qualifier marks a display form ("Cats (Scala)"): found by lookup only."""
    return "(" not in surface
