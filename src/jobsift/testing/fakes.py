"""Fakes for tests: small, real implementations of the interfaces evaluations call."""

from __future__ import annotations


class PhraseFinder:
    """A span finder (``spans(text)``, as ``SkillTagger`` has) that answers each text with fixed
    phrases, located at their first occurrence: evaluation tests score known predictions."""

    def __init__(self, answers: dict[str, list[tuple[str, str]]]) -> None:
        self.answers = answers

    def spans(self, text: str) -> list[tuple[int, int, str]]:
        found = []
        for phrase, label in self.answers.get(text, []):
            start = text.index(phrase)
            found.append((start, start + len(phrase), label))
        return found
