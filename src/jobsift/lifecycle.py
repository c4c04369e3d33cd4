"""Objects that hold resources (a database connection) and release them with ``close``."""

from __future__ import annotations

from abc import ABC, abstractmethod
from types import TracebackType
from typing import Self


class Closing(ABC):
    """``with thing:`` calls ``thing.close()`` at the end; subclasses define ``close``."""

    @abstractmethod
    def close(self) -> None:
        """Release what the object holds; calling it twice is harmless."""

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
