"""``Matcher``: profiles against the indexed postings, and postings against profiles.

Scoring every posting of a large corpus for each request would cost seconds, so a match first
retrieves a few hundred candidates from the index, through channels that each catch what the
others miss, and scores only those (``score.py``):

* the profile's titles and skill names as words (any of them), among the postings of the
  occupations the profile wants;
* the same words over every posting;
* the same words in the profile's countries (a good job elsewhere crowds out nearby ones);
* the postings naming each of the profile's rarest skills (words do not cross languages;
  skill ids do: "Datenmodellierung" and "data modelling" are one id);
* the postings nearest in meaning, when semantic search is on.

Each candidate is scored from its stored extraction, so the evidence spans shown are the ones
indexed.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final, Protocol

import orjson

from jobsift.index.base import Filters, SearchHit, SearchIndex, SearchRequest
from jobsift.match.gap import GapReport, skill_gap
from jobsift.match.graph import SkillGraph, SkillRelations
from jobsift.match.profile import Profile
from jobsift.match.rarity import RarityCache, SkillRarity
from jobsift.match.score import Match, PostingView, Scorer, Weights

if TYPE_CHECKING:
    from jobsift.extract.pipeline import Extractor
    from jobsift.model import Posting
    from jobsift.semantic.postings import SemanticIndex
    from jobsift.store import PostingStore

#: Candidates scored per match by default, and at most.
CANDIDATES: Final = 300
MAX_CANDIDATES: Final = 2000
#: Rarest profile skills that get a retrieval channel of their own.
SKILL_CHANNELS: Final = 8
_WORD: Final = re.compile(r"\w+")
#: Query words at most (a long resume would make every query slow).
MAX_WORDS: Final = 60


class MatchSources(Protocol):
    """What matching reads: the engine has all of it."""

    @property
    def store(self) -> PostingStore: ...

    @property
    def index(self) -> SearchIndex: ...

    @property
    def extractor(self) -> Extractor: ...

    @property
    def semantic(self) -> SemanticIndex | None: ...


@dataclass(frozen=True, slots=True)
class Evidence:
    """A posting's words for a matched skill: ``text[start:end]`` of the posting."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class MatchResult:
    profile: Profile
    matches: list[Match]
    #: Evidence text of each returned match's skills: posting id -> skill id -> evidence.
    evidence: dict[str, dict[str, list[Evidence]]]
    gap: GapReport
    candidates: int
    semantic: bool
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ProfileRanking:
    """Profiles ranked for one posting: ``matches[i].posting_id`` is the posting, and
    ``order[i]`` the position of the profile in the list given."""

    posting_id: str
    order: list[int]
    matches: list[Match]
    profiles: list[Profile]


class Matcher:
    """Built once per engine (``engine.match``); safe to share between threads."""

    def __init__(
        self,
        sources: MatchSources,
        relations: SkillRelations | None = None,
        weights: Weights | None = None,
    ) -> None:
        self._sources = sources
        self._relations = relations
        self._rarity = RarityCache()
        self.weights = weights or Weights()

    @property
    def relations(self) -> SkillRelations:
        if self._relations is None:
            self._relations = default_graph(self._sources.extractor)
        return self._relations

    def rarity(self) -> SkillRarity:
        return self._rarity.get(self._sources.index)

    def scorer(self) -> Scorer:
        return Scorer(self.relations, self.rarity(), self.weights)

    # -- postings for a profile --------------------------------------------------------------

    def match(
        self,
        profile: Profile,
        *,
        filters: Filters | None = None,
        limit: int = 10,
        candidates: int = CANDIDATES,
        semantic: bool = True,
    ) -> MatchResult:
        """The ``limit`` best postings for ``profile`` among ``candidates`` retrieved, with the
        skill gap over all the candidates."""
        filters = filters or Filters()
        budget = max(limit, min(candidates, MAX_CANDIDATES))
        hits = self.candidates(profile, filters, budget, semantic=semantic)
        similar, notes = self._similarity(profile, list(hits), semantic)
        views = self._views(hits)
        scorer = self.scorer()
        scored = [scorer.score(profile, view, semantic=similar.get(view.id)) for view in views]
        scored.sort(key=lambda match: (-match.score, match.posting_id))
        top = [dataclasses.replace(m, card=hits[m.posting_id].card) for m in scored[:limit]]
        return MatchResult(
            profile=profile,
            matches=top,
            evidence=self._evidence(top),
            gap=skill_gap(profile, views, self.relations),
            candidates=len(views),
            semantic=bool(similar),
            notes=(*profile.notes, *notes),
        )

    def candidates(
        self, profile: Profile, filters: Filters, budget: int, *, semantic: bool = True
    ) -> dict[str, SearchHit]:
        """Up to ``budget`` postings worth scoring, by id, in the order found."""
        index, words = self._sources.index, query_words(profile)
        found = self._nearest(profile, filters, max(10, budget // 3)) if semantic else {}
        for request in self._requests(profile, filters, words, budget):
            for hit in index.search(request).hits:
                found.setdefault(hit.id, hit)
            if len(found) >= budget:
                break
        return dict(list(found.items())[:budget])

    def _nearest(self, profile: Profile, filters: Filters, k: int) -> dict[str, SearchHit]:
        """The postings nearest the profile in meaning that pass the filters (semantic on)."""
        vectors = self._sources.semantic
        if vectors is None:
            return {}
        ids = [posting_id for posting_id, _ in vectors.search(profile.text, k)]
        found = self._sources.index.lookup(ids, filters)
        return {posting_id: found[posting_id] for posting_id in ids if posting_id in found}

    def _requests(
        self, profile: Profile, filters: Filters, words: str, budget: int
    ) -> Iterator[SearchRequest]:
        share = max(10, budget // 3)

        def ask(narrowed: Filters, limit: int) -> SearchRequest:
            return SearchRequest(
                text=words, filters=narrowed, limit=limit, facets=(), any_words=True,
                fuzzy=False, snippets=False,
            )  # fmt: skip

        occupations = tuple(o.uri for o in profile.occupations)
        if occupations and not filters.occupation:
            yield ask(dataclasses.replace(filters, occupation=occupations), share)
        countries = tuple(dict.fromkeys(p.country for p in profile.places if p.country))
        if countries and not filters.country:
            yield ask(dataclasses.replace(filters, country=countries), share)
        for skill_id in self._rarest(profile)[:SKILL_CHANNELS]:
            narrowed = dataclasses.replace(filters, skill=(*filters.skill, skill_id))
            yield ask(narrowed, max(5, share // SKILL_CHANNELS))
        yield ask(filters, budget)

    def _rarest(self, profile: Profile) -> list[str]:
        rarity = self.rarity()
        held = [skill.id for skill in profile.skills if rarity.count(skill.id)]
        return sorted(held, key=lambda skill_id: (rarity.count(skill_id), skill_id))

    def _similarity(
        self, profile: Profile, ids: list[str], wanted: bool
    ) -> tuple[dict[str, float], tuple[str, ...]]:
        if not wanted:
            return {}, ("semantic similarity skipped: not asked for",)
        semantic = self._sources.semantic
        if semantic is None:
            return {}, ("semantic similarity skipped: semantic search is off",)
        found = semantic.search(profile.text, len(ids), allowed=ids)
        return dict(found), ()

    def _views(self, hits: dict[str, SearchHit]) -> list[PostingView]:
        store = self._sources.store
        views = []
        for posting_id in hits:
            stored = store.get_extraction(posting_id)
            if stored is not None:
                views.append(PostingView.of(posting_id, orjson.loads(stored.data)))
        return views

    def _evidence(self, matches: Sequence[Match]) -> dict[str, dict[str, list[Evidence]]]:
        store = self._sources.store
        return {m.posting_id: evidence_of(store.get(m.posting_id).text, m) for m in matches}

    # -- profiles for a posting --------------------------------------------------------------

    def rank_profiles(self, posting_id: str, profiles: Sequence[Profile]) -> ProfileRanking:
        """The profiles, best fit for the posting first (no semantic part: profiles have no
        stored vectors, and one scale for every profile keeps the ranking fair)."""
        posting = self._sources.store.get(posting_id)
        view = PostingView.of(posting.id, self._extraction(posting))
        scorer = self.scorer()
        scored = [(n, scorer.score(profile, view)) for n, profile in enumerate(profiles)]
        scored.sort(key=lambda pair: (-pair[1].score, pair[0]))
        return ProfileRanking(
            posting.id,
            [n for n, _ in scored],
            [match for _, match in scored],
            [profiles[n] for n, _ in scored],
        )

    def _extraction(self, posting: Posting) -> dict[str, Any]:
        stored = self._sources.store.get_extraction(posting.id)
        if stored is not None:
            found: dict[str, Any] = orjson.loads(stored.data)
            return found
        extracted = self._sources.extractor.extract(posting.text, declared=posting.declared)
        return extracted.to_dict()


def evidence_of(text: str, match: Match) -> dict[str, list[Evidence]]:
    """The posting's words for each matched and related skill of ``match``, by skill id."""
    explained = match.explanation
    spans = [(m.id, m.spans) for m in explained.matched]
    spans += [(r.posting_skill, r.spans) for r in explained.related]
    return {
        skill: [Evidence(start, end, text[start:end]) for start, end in where]
        for skill, where in spans
    }


def query_words(profile: Profile) -> str:
    """The profile's titles and skill names as query words, each once."""
    texts: Iterable[str] = (*profile.titles, *(skill.label for skill in profile.skills))
    words = dict.fromkeys(word.casefold() for text in texts for word in _WORD.findall(text))
    return " ".join(list(words)[:MAX_WORDS])


@functools.cache
def _packaged_graph_data() -> tuple[Any, Any]:
    # The extractor keeps its taxonomy private; loading our own costs about 0.4 s, once.
    from jobsift.taxonomy import load_taxonomy
    from jobsift.technologies import load_catalog

    return load_taxonomy(), load_catalog()


def default_graph(extractor: Extractor) -> SkillGraph:
    taxonomy, catalog = _packaged_graph_data()
    return SkillGraph(taxonomy, catalog, extractor.skills)
