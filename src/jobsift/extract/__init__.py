"""Extraction: every field a user filters on, with evidence (work in progress, issue #3)."""
