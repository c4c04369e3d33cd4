"""Page state lives in the query string (shareable, and the back button works): links are the
current parameters with one change, made here."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlencode

Pair = tuple[str, str]


@dataclass(frozen=True, slots=True)
class Params:
    """An ordered, immutable multi-dict of query parameters."""

    pairs: tuple[Pair, ...] = ()

    @classmethod
    def of(cls, pairs: Iterable[Pair]) -> Params:
        return cls(tuple((key, value) for key, value in pairs if value != ""))

    def get(self, key: str) -> str | None:
        return next((value for k, value in self.pairs if k == key), None)

    def all(self, key: str) -> list[str]:
        return [value for k, value in self.pairs if k == key]

    def has(self, key: str, value: str) -> bool:
        return (key, value) in self.pairs

    def without(self, *keys: str) -> Params:
        return Params(tuple(pair for pair in self.pairs if pair[0] not in keys))

    def setting(self, key: str, value: str | None) -> Params:
        """Only ``value`` for ``key`` (none when ``value`` is None or empty)."""
        rest = self.without(key)
        return rest if not value else Params((*rest.pairs, (key, value)))

    def adding(self, key: str, value: str) -> Params:
        return self if self.has(key, value) else Params((*self.pairs, (key, value)))

    def removing(self, key: str, value: str) -> Params:
        return Params(tuple(pair for pair in self.pairs if pair != (key, value)))

    def toggling(self, key: str, value: str) -> Params:
        return self.removing(key, value) if self.has(key, value) else self.adding(key, value)

    def href(self, path: str) -> str:
        return f"{path}?{urlencode(self.pairs)}" if self.pairs else path
