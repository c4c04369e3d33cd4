"""``jobsift eval match``: nDCG@10 of matching on generated postings, against BM25.

The judged set: a generated corpus (``jobsift.corpus``, seeded, no reposts), whose ground truth
states each posting's occupation, required skills, seniority, country and work mode, and
profiles of two kinds:

* *generated*: an occupation drawn from the generator's table, about 60% of its required skill
  pool, two preferred skills and one skill of another occupation, a level, a country where
  that occupation is posted and sometimes a city and a work mode, written as an English resume;
* *hand-written* (``data/match-profiles.v1.json``): resumes written by hand in several styles
  and languages (prose, bullet lists, a career changer, a German nurse, a Polish warehouse
  worker), each with the intent its writer judged by (occupations, skills, country, level).

Every (profile, posting) pair is graded 0-3 from the posting's *truth* and the profile's
intent, never from an extraction:

* 3: the occupation wanted, and at least half the posting's required skills held;
* 2: the occupation wanted, or at least half the required skills held;
* 1: at least one required skill held;
* 0: none;

then capped at 1 in the wrong country (unless the job is remote and remote work is taken),
and one grade lower at more than one seniority level apart.  nDCG@10 uses gains
``2^grade - 1`` and the ideal ranking of the whole corpus.  BM25 is the same index searched
with the resume's words (any of them), the baseline the issue names.
"""

from __future__ import annotations

import math
import random
import tempfile
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Final

import orjson

from jobsift.evaluation.base import EvalResult, Metric

#: Corpus and profiles of ``jobsift eval match`` (the test uses a smaller set).
POSTINGS: Final = 3000
GENERATED_PROFILES: Final = 40
SEED: Final = 11
K: Final = 10
PROFILES_FILE: Final = "match-profiles.v1.json"
LEVELS: Final = ("intern", "junior", "mid", "senior", "lead", "principal", "executive")


@dataclass(frozen=True, slots=True)
class Intent:
    """What a profile's writer wants, in the generator's terms (occupation keys, skill keys)."""

    occupations: frozenset[str]
    skills: frozenset[str]
    country: str | None = None
    seniority: str | None = None
    remote_ok: bool = True


@dataclass(frozen=True, slots=True)
class JudgedProfile:
    name: str
    resume: str
    intent: Intent


@dataclass(frozen=True, slots=True)
class Truth:
    """A posting's ground truth, skills as the generator's language-independent keys."""

    occupation: str
    required: frozenset[str]
    country: str | None
    seniority: str | None
    work_mode: str | None


def grade(intent: Intent, truth: Truth) -> int:
    """The graded relevance of a posting for a profile (see the module docstring)."""
    held = len(truth.required & intent.skills)
    half = bool(truth.required) and held * 2 >= len(truth.required)
    wanted = truth.occupation in intent.occupations
    found = 3 if wanted and half else 2 if wanted or half else 1 if held else 0
    remote = truth.work_mode == "remote" and intent.remote_ok
    if intent.country and truth.country != intent.country and not remote:
        found = min(found, 1)
    if intent.seniority and truth.seniority:
        apart = abs(LEVELS.index(intent.seniority) - LEVELS.index(truth.seniority))
        found = max(0, found - 1) if apart > 1 else found
    return found


def ndcg(ranked: Sequence[int], all_grades: Sequence[int], k: int = K) -> float:
    """nDCG@k of the grades in ranked order, against the best order of ``all_grades``."""
    ideal = _dcg(sorted(all_grades, reverse=True)[:k])
    return _dcg(list(ranked[:k])) / ideal if ideal else 0.0


def _dcg(grades: Sequence[int]) -> float:
    return sum((2.0**g - 1.0) / math.log2(n + 2) for n, g in enumerate(grades))


# -- the generated world ---------------------------------------------------------------------


def skill_keys() -> dict[str, str]:
    """Every way the generator writes a skill (casefolded) -> its key."""
    from jobsift.corpus.occupations import OCCUPATIONS
    from jobsift.corpus.skills import LANGUAGES, skill_name

    keys = {key for o in OCCUPATIONS for key in (*o.required, *o.preferred)}
    found = {key.casefold(): key for key in keys}
    for key in keys:
        for language in LANGUAGES:
            found.setdefault(skill_name(key, language).casefold(), key)
    return found


def truth_of(raw: Mapping[str, Any], keys: Mapping[str, str]) -> Truth:
    required = frozenset(keys.get(name.casefold(), name) for name in raw["skills_required"])
    return Truth(raw["occupation"], required, raw["country"], raw["seniority"], raw["work_mode"])


def generated_profiles(truths: Sequence[Truth], count: int, seed: int) -> Iterator[JudgedProfile]:
    """``count`` profiles of occupations the corpus has, as English resumes."""
    from jobsift.corpus.occupations import OCCUPATIONS

    dice = random.Random(seed)
    roles = {o.key: o for o in OCCUPATIONS}
    for n in range(count):
        posting = dice.choice(truths)  # an occupation and country the corpus posts
        role = roles[posting.occupation]
        other = dice.choice([o for o in OCCUPATIONS if o.key != role.key])
        skills = dice.sample(role.required, max(2, round(len(role.required) * 0.6)))
        skills += dice.sample(role.preferred, min(2, len(role.preferred)))
        skills.append(dice.choice(other.required))
        level = dice.choice(("junior", "mid", "senior", "senior", "lead", None))
        remote = role.remote_ok and dice.random() < 0.3
        intent = Intent(
            frozenset({role.key}), frozenset(skills), posting.country, level, remote_ok=remote
        )
        yield JudgedProfile(f"generated-{n + 1:02d}", _resume(role.key, skills, intent), intent)


def _resume(role: str, skills: Sequence[str], intent: Intent) -> str:
    from jobsift.corpus.places import country_name
    from jobsift.corpus.vocab_en import TITLES

    title = TITLES[role][0]
    level = f"{intent.seniority.capitalize()} " if intent.seniority else ""
    where = country_name(intent.country, "en") if intent.country else "anywhere"
    remote = "Open to remote work." if intent.remote_ok else "Looking for an on-site role."
    return (
        f"Alex Example\n{level}{title}\n{where}\n\n"
        f"Summary\nExperienced {title.lower()}. {remote}\n\n"
        f"Skills\n{', '.join(skills)}\n"
    )


def hand_profiles() -> list[JudgedProfile]:
    """The hand-written resumes shipped beside this module."""
    data = resources.files("jobsift.evaluation").joinpath("data", PROFILES_FILE).read_bytes()
    return [
        JudgedProfile(
            item["name"],
            item["resume"],
            Intent(
                frozenset(item["occupations"]),
                frozenset(item["skills"]),
                item.get("country"),
                item.get("seniority"),
                item.get("remote_ok", True),
            ),
        )
        for item in orjson.loads(data)["profiles"]
    ]


# -- running ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Scores:
    ours: list[float]
    bm25: list[float]
    names: list[str]

    def mean(self, which: str, prefix: str = "") -> float:
        values: list[float] = getattr(self, which)
        kept = [v for v, name in zip(values, self.names, strict=True) if name.startswith(prefix)]
        return sum(kept) / len(kept) if kept else 0.0


def score_matching(
    postings: int = POSTINGS,
    profiles: int = GENERATED_PROFILES,
    seed: int = SEED,
    *,
    semantic: bool = False,
) -> Scores:
    """Ingest a generated corpus into a temporary store and score both rankers on it
    (``semantic``: with the semantic part, which needs the extra and embeds every posting)."""
    from jobsift.corpus.generator import write_jsonl
    from jobsift.engine import Engine
    from jobsift.match import profile_from_text
    from jobsift.settings import Settings

    with tempfile.TemporaryDirectory() as folder:
        corpus, truth_file = Path(folder, "postings.jsonl"), Path(folder, "truth.jsonl")
        write_jsonl(corpus, postings, seed=seed, truth_path=truth_file, duplicate_rate=0.0)
        settings = Settings(
            database_url=f"sqlite:///{folder}/eval.db", semantic="on" if semantic else "off"
        )
        with Engine(settings) as engine:
            engine.ingest([str(corpus)])
            truths = _truths(engine, truth_file)
            judged = [*generated_profiles(list(truths.values()), profiles, seed), *hand_profiles()]
            scores = Scores([], [], [])
            for item in judged:
                grades = {pid: grade(item.intent, truth) for pid, truth in truths.items()}
                profile = profile_from_text(item.resume, engine.extractor, name=item.name)
                ours = [m.posting_id for m in engine.match.match(profile, limit=K).matches]
                scores.ours.append(ndcg([grades[p] for p in ours], list(grades.values())))
                scores.bm25.append(ndcg(_bm25(engine, item.resume, grades), list(grades.values())))
                scores.names.append(item.name)
            return scores


def _truths(engine: Any, truth_file: Path) -> dict[str, Truth]:
    """Store posting id -> truth, joined on the generator's id (the records' ``id``)."""
    keys = skill_keys()
    by_source = {}
    for line in truth_file.read_bytes().splitlines():
        raw = orjson.loads(line)
        by_source[raw["id"]] = truth_of(raw, keys)
    return {
        posting.id: by_source[posting.declared.identifier]
        for posting in engine.store.iter_postings()
        if posting.declared.identifier in by_source
    }


def _bm25(engine: Any, resume: str, grades: Mapping[str, int]) -> list[int]:
    from jobsift.index.base import SearchRequest

    request = SearchRequest(
        text=resume, any_words=True, limit=K, facets=(), snippets=False, fuzzy=False
    )
    return [grades.get(hit.id, 0) for hit in engine.index.search(request).hits]


def run(data: Path) -> EvalResult:
    """``data`` is not read: the corpus is generated and the hand-written profiles ship with
    jobsift."""
    started = time.perf_counter()
    scores = score_matching()
    notes = [
        f"{len(scores.names)} profiles ({GENERATED_PROFILES} generated, the rest hand-written) "
        f"over {POSTINGS} generated postings (seed {SEED}); grades from the generator's truth",
        f"margin over BM25: {scores.mean('ours') - scores.mean('bm25'):+.3f}",
    ]
    subsets = ((None, ""), ("generated", "generated-"), ("hand-written", "hand-"))
    return EvalResult(
        name="match",
        metrics=tuple(
            Metric(
                "nDCG@10",
                scores.mean("ours", prefix),
                subset,
                baselines={"BM25 resume": scores.mean("bm25", prefix)},
            )
            for subset, prefix in subsets
        ),
        count=len(scores.names),
        seconds=time.perf_counter() - started,
        notes=tuple(notes),
    )
