from __future__ import annotations

import hashlib
import sqlite3
import unicodedata
from pathlib import Path

import orjson

from jobsift.model import Declared, RawPosting, SourceRef
from jobsift.store import SqlitePostingStore
from jobsift.store.migrations import load_migrations


def _v1(text: str, declared: Declared) -> bytes:
    """fingerprint.v1, the ids a schema-1 database holds."""
    if declared.title or declared.company or declared.locations:
        parts = (declared.title or "", declared.company or "", "|".join(declared.locations), text)
        text = "\x00".join(part.strip() for part in parts)
    folded = unicodedata.normalize("NFKC", text).casefold().encode("utf-8")
    whitespace = b" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"
    return hashlib.blake2b(folded.translate(None, whitespace), digest_size=16).digest()


def _schema_1_database(path: Path, postings: list[tuple[str, Declared]]) -> None:
    conn = sqlite3.connect(path)
    conn.executescript(load_migrations("sqlite")[0].sql + "\nPRAGMA user_version = 1;")
    for pk, (text, declared) in enumerate(postings, start=1):
        conn.execute(
            "INSERT INTO postings (pk, id, text, declared, first_seen) VALUES (?, ?, ?, ?, ?)",
            (
                pk,
                _v1(text, declared),
                text,
                orjson.dumps(declared.to_dict()).decode(),
                "2026-11-01",
            ),
        )
        conn.execute(
            "INSERT INTO sources VALUES ('/in.jsonl', ?, ?, 'jsonl', NULL, '2026-11-01')",
            (f"line {pk}", pk),
        )
    conn.commit()
    conn.close()


def test_v1_ids_are_rekeyed_and_reingest_stays_idempotent(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    old = [
        ("Pflegefachkraft in KÖLN gesucht", Declared(title="Pflegefachkraft (m/w/d)")),
        ("Kelner w Łodzi", Declared(locations=("Łódź, PL",))),
        ("Plain English posting", Declared()),
    ]
    _schema_1_database(path, old)
    with SqlitePostingStore(path) as store:
        assert store.count() == 3
        again = [RawPosting(text, SourceRef("/in.jsonl", "again", "jsonl"), d) for text, d in old]
        result = store.add(again)
        assert result.new_postings == 0
        assert result.new_sources == 3
        for raw in again:
            posting = store.get(raw.id)
            assert posting.text == raw.text
            assert len(posting.sources) == 2
