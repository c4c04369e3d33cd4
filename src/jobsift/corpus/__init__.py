"""A deterministic, seeded generator of realistic job postings in eight languages, with the
ground truth that extraction and near-duplicate detection are measured against."""

from __future__ import annotations

from jobsift.corpus.generator import GeneratedPosting, generate, write_jsonl, write_text

__all__ = ["GeneratedPosting", "generate", "write_jsonl", "write_text"]
