"""Built occupation indexes kept on disk, so that a process links titles from its first
posting instead of spending one to two seconds per language building an index.

Files live in the user cache folder (``$JOBSIFT_CACHE_DIR``, else the platform's, e.g.
``~/.cache/jobsift``), one per language, named by a digest of everything an index is built from
(the linker version, the language and every label with its weight): new labels or rules make a
new name, so a stale index is never read.  The cache is only ever an optimisation: a folder
that cannot be written, or a damaged file, means the index is built as before.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

import numpy as np
import numpy.typing as npt
import platformdirs

#: Bumped when the layout of the cached arrays changes.
CACHE_FORMAT = "1"
Arrays = dict[str, npt.NDArray[np.generic]]
T = TypeVar("T")


def default_cache_dir() -> Path | None:
    """``$JOBSIFT_CACHE_DIR`` (empty: no cache), else the platform's user cache folder."""
    configured = os.environ.get("JOBSIFT_CACHE_DIR")
    if configured is not None:
        return Path(configured).expanduser() if configured else None
    return Path(platformdirs.user_cache_dir("jobsift"))


def digest(parts: Iterable[str]) -> str:
    """A short name for everything an index is built from."""
    hashed = hashlib.blake2b(CACHE_FORMAT.encode(), digest_size=12)
    for part in parts:
        hashed.update(part.encode())
        hashed.update(b"\0")
    return hashed.hexdigest()


def load(path: Path) -> Arrays | None:
    """The arrays saved at ``path``, or None when there are none (or they are unreadable)."""
    try:
        with np.load(path, allow_pickle=False) as found:
            return {name: found[name] for name in found.files}
    except (OSError, ValueError, KeyError, zipfile.BadZipFile):
        return None


def save(path: Path, arrays: Arrays) -> None:
    """Write ``arrays`` to ``path`` atomically; a folder that cannot be written is skipped."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            np.savez(out, **arrays)  # type: ignore[arg-type]
        os.replace(temporary, path)  # readers see the old file or the whole new one
    except OSError:
        return


def load_or_build(
    path: Path | None,
    build: Callable[[], T],
    dump: Callable[[T], Arrays],
    read: Callable[[Arrays], T],
) -> T:
    """What ``path`` holds (``read`` from its arrays), else ``build()``, saved there by
    ``dump``; with no path, just ``build()``."""
    if path is None:
        return build()
    found = load(path)
    if found is not None:
        return read(found)
    built = build()
    save(path, dump(built))
    return built
