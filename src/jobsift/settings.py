"""Settings, read from the environment (prefix ``JOBSIFT_``) or passed in by the caller."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import platformdirs
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


def default_database_url() -> str:
    """``sqlite:///`` in the user's data folder (``~/.local/share/jobsift/jobsift.db`` on Linux)."""
    folder = Path(platformdirs.user_data_dir("jobsift", appauthor=False))
    return f"sqlite:///{folder / 'jobsift.db'}"


class Settings(BaseSettings):
    """Every setting jobsift reads.  Each is documented in the README's settings table."""

    model_config = SettingsConfigDict(env_prefix="JOBSIFT_", extra="ignore")

    database_url: str = Field(
        default_factory=default_database_url,
        description="Where postings are stored: sqlite:///PATH (or a plain file path).",
    )
    # 8,000 rather than 2,000: side by side on 1,000,000 postings a first ingest ran 10-15%
    # faster (fewer commits rewrite the same index pages) for about 75 MB more memory.
    batch_size: int = Field(
        default=8000, ge=1, le=100_000, description="Postings written per store transaction."
    )
    max_posting_bytes: int = Field(
        default=2_000_000,
        ge=1_000,
        description="A line or posting larger than this is rejected (with a message), not read.",
    )
    ingest_writer: Literal["auto", "thread", "process"] = Field(
        default="auto",
        description="Who writes batches during ingest: a thread, a child process (two cores), "
        "or auto (a process for file databases and inputs over 32 MB).",
    )
    index_path: str | None = Field(
        default=None,
        description="Folder of the search index; by default beside a file database "
        "(jobsift.db -> jobsift.index), in memory beside an in-memory one.",
    )
    index_on_ingest: bool = Field(
        default=True,
        description="Extract and index new postings when ingest stores them, so they are "
        "searchable when it returns; off, `jobsift reindex` catches up later.",
    )
    api_key: str | None = Field(
        default=None,
        description="Key that POST /v1/postings asks for (header X-API-Key); unset, the API "
        "accepts no postings.",
    )
    search_cache_size: int = Field(
        default=1024,
        ge=0,
        le=1_000_000,
        description="Keyword search results each process keeps for repeated searches (0: "
        "none); any commit to the index retires them.",
    )
    max_request_bytes: int = Field(
        default=10_000_000, ge=1_000, description="Largest request body the API accepts."
    )
    semantic: Literal["auto", "on", "off"] = Field(
        default="auto",
        description="Semantic and hybrid search: on (fails without the `semantic` extra), off, "
        "or auto (on when the extra is installed). Embedding costs about 10 ms a posting.",
    )
