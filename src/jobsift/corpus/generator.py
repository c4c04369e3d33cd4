"""A deterministic, seeded generator of realistic job postings with their ground truth.

``generate(count, seed=...)`` streams postings in eight languages (English about 40%).  Each
``GeneratedPosting`` holds the ``record`` a job board would export (title, company, location,
description, url, date, sometimes employment type, salary or work mode) and the ``truth``
extraction and de-duplication are measured against.

With probability ``duplicate_rate`` a posting reposts a recent original with a small edit;
its truth's ``cluster`` is the original's id.  Only a ring of ``RESERVOIR`` recent originals
is kept for reposting, so memory stays flat however many postings are drawn.  The same
(count, seed) gives the same bytes on every run and machine: every choice comes from one
``random.Random(seed)``.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import date, timedelta
from os import PathLike
from typing import IO, Any, Final

import orjson

from jobsift.corpus.companies import make_agencies, make_companies
from jobsift.corpus.document import Layout, Section, outline, render, restore, word_count
from jobsift.corpus.jobs import Job, JobDrawer
from jobsift.corpus.randomness import Dice
from jobsift.corpus.reposts import Original, edit
from jobsift.corpus.slugs import slugify
from jobsift.corpus.vocabulary import registry
from jobsift.corpus.writing import (
    RECORD_EMPLOYMENT_SHARE,
    RECORD_SALARY_SHARE,
    RECORD_WORK_MODE_SHARE,
    Writer,
    Written,
)

__all__ = ["GeneratedPosting", "generate", "write_jsonl", "write_text"]

RESERVOIR: Final = 2000
KEEP_SHARE: Final = 0.5
BATCH: Final = 16
#: Lines written to a file at once.
WRITE_BATCH: Final = 256
MAX_WORDS: Final = 800
FIRST_DAY: Final = date(2024, 1, 1)
DAYS: Final = 700
REPOST_DELAY: Final = (1, 45)
_DATES: Final = tuple(
    (FIRST_DAY + timedelta(days=n)).isoformat() for n in range(DAYS + REPOST_DELAY[1] + 1)
)

# Fictional job boards; the reserved .example domain keeps demo links from reaching real sites.
BOARDS: Final = {
    "*": (
        "jobnest.example",
        "worklane.example",
        "careerharbor.example",
        "hirepoint.example",
        "talentfeed.example",
    ),
    "en": ("jobsboard-uk.example", "usjobsnet.example"),
    "de": ("stellenwerk.example", "jobboerse-nord.example"),
    "fr": ("emploi-direct.example", "offres-pro.example"),
    "es": ("empleoya.example", "trabajoahora.example"),
    "pt": ("vagasbrasil.example", "empregosnet.example"),
    "pl": ("praca-teraz.example", "ofertypracy.example"),
    "it": ("lavorooggi.example", "cercolavoro.example"),
    "nl": ("vacaturewijzer.example", "werkzoeker.example"),
}

_LANGUAGE_BOARDS: Final = {
    language: BOARDS["*"] + boards for language, boards in BOARDS.items() if language != "*"
}

PathOrStream = str | PathLike[str] | IO[bytes]


@dataclass(frozen=True, slots=True)
class GeneratedPosting:
    """One generated posting: what a source would export, and what is true about it."""

    record: dict[str, Any]
    truth: dict[str, Any]


def generate(
    count: int,
    *,
    seed: int = 0,
    duplicate_rate: float = 0.3,
) -> Iterator[GeneratedPosting]:
    """``count`` postings, streamed; the same (count, seed) always gives the same postings."""
    if count < 0:
        raise ValueError(f"count must be 0 or more, got {count}")
    if not 0.0 <= duplicate_rate <= 1.0:
        raise ValueError(f"duplicate_rate must be between 0 and 1, got {duplicate_rate}")
    return _Corpus(seed, duplicate_rate).postings(count)


def write_jsonl(
    path_or_stream: PathOrStream,
    count: int,
    *,
    seed: int = 0,
    truth_path: str | PathLike[str] | None = None,
    duplicate_rate: float = 0.3,
) -> None:
    """Records as JSON Lines to a path or binary stream; the truth to ``truth_path`` if given."""
    with ExitStack() as stack:
        out = _binary(stack, path_or_stream)
        truth_out = stack.enter_context(open(truth_path, "wb")) if truth_path else None
        dumps, newline = orjson.dumps, orjson.OPT_APPEND_NEWLINE
        records: list[bytes] = []
        truths: list[bytes] = []
        for posting in generate(count, seed=seed, duplicate_rate=duplicate_rate):
            records.append(dumps(posting.record, option=newline))
            if truth_out is not None:
                truths.append(dumps(posting.truth, option=newline))
            if len(records) == WRITE_BATCH:
                _flush(out, records, truth_out, truths)
        _flush(out, records, truth_out, truths)


def _flush(
    out: IO[bytes], records: list[bytes], truth_out: IO[bytes] | None, truths: list[bytes]
) -> None:
    out.write(b"".join(records))
    records.clear()
    if truth_out is not None:
        truth_out.write(b"".join(truths))
        truths.clear()


def write_text(
    path: PathOrStream, count: int, seed: int = 0, *, duplicate_rate: float = 0.3
) -> None:
    """Postings pasted into one text file: title, "Company — City", description; blank line
    between postings."""
    with ExitStack() as stack:
        out = _binary(stack, path)
        for n, posting in enumerate(generate(count, seed=seed, duplicate_rate=duplicate_rate)):
            out.write((("\n" if n else "") + text_block(posting.record)).encode("utf-8"))


def text_block(record: dict[str, Any]) -> str:
    """One posting as pasted text, ending with a newline."""
    return (
        f"{record['title']}\n{record['company']} — {record['location']}\n{record['description']}\n"
    )


def _binary(stack: ExitStack, target: PathOrStream) -> IO[bytes]:
    if isinstance(target, str | PathLike):
        return stack.enter_context(open(target, "wb"))
    if isinstance(target, io.TextIOBase):
        # A text stream such as sys.stdout: write to the bytes underneath it.
        target.flush()
        return getattr(target, "buffer")  # noqa: B009 - TextIOBase does not declare it
    return target


class _Corpus:
    def __init__(self, seed: int, duplicate_rate: float) -> None:
        self.dice = Dice(seed)
        self.duplicate_rate = duplicate_rate
        self.drawer = JobDrawer(registry(), make_companies(self.dice))
        self.agencies = make_agencies(self.dice)
        self.writer = Writer()
        self.reservoir: list[Original] = []
        self.slugs: dict[str, str] = {}

    def postings(self, count: int) -> Iterator[GeneratedPosting]:
        width = max(6, len(str(count)))
        for start in range(1, count + 1, BATCH):
            yield from self._batch(range(start, min(start + BATCH, count + 1)), width)

    def _batch(self, numbers: range, width: int) -> list[GeneratedPosting]:
        """A few postings at a time, stage by stage: drawing jobs, writing them, finishing.

        Running each stage over a small batch keeps its code and data warm in the CPU caches,
        which is measurably faster than one posting at a time.  A repost still only follows
        earlier originals: it is made after the originals before it in the batch.
        """
        dice = self.dice
        reposts = [bool(self.reservoir) and dice.random() < self.duplicate_rate for _ in numbers]
        jobs = [None if repost else self.drawer.draw(dice) for repost in reposts]
        written = [None if job is None else self.writer.write(dice, job) for job in jobs]
        postings = []
        for n, job, text in zip(numbers, jobs, written, strict=True):
            posting_id = f"gen-{n:0{width}d}"
            if job is None or text is None:
                postings.append(self._repost(posting_id))
            else:
                postings.append(self._original(posting_id, n, job, text))
        return postings

    def _original(self, posting_id: str, n: int, job: Job, written: Written) -> GeneratedPosting:
        dice = self.dice
        day = int(dice.random() * DAYS)
        record = {
            "id": posting_id,
            "title": job.display_title,
            "company": job.company.name,
            "location": job.location,
            "description": written.text,
            "url": self._url(job),
            "date_posted": _DATES[day],
        }
        shape = written.shape
        if job.profile.lengthy and _too_long(written.text):
            sections = restore(written.text, shape, written.layout)
            record["description"] = _fit(sections, written.layout, job)
            shape = outline(sections)
        self._declare(record, job, written)
        truth = _truth(posting_id, job)
        # Half the originals are kept for reposting: a repost's original is still a recent one,
        # and the others are freed at once, while their memory is still in the CPU cache.
        # Copies, so that a caller changing the posting it was given changes no later repost.
        if dice.random() < KEEP_SHARE:
            kept = Original(
                dict(record), dict(truth), job, written.layout, written.intro, shape, day
            )
            self._keep(kept, n)
        return GeneratedPosting(record, truth)

    def _declare(self, record: dict[str, Any], job: Job, written: Written) -> None:
        """The structured fields a board adds; employment type whenever the text omits it."""
        dice = self.dice
        if not written.states_employment or dice.random() < RECORD_EMPLOYMENT_SHARE:
            record["employment_type"] = job.employment
        if job.salary and dice.random() < RECORD_SALARY_SHARE:
            record["salary"] = job.salary.text
        if job.work_mode and dice.random() < RECORD_WORK_MODE_SHARE:
            label = dice.pick(job.vocabulary.work_mode_labels[job.work_mode])
            record["work_mode"] = label.format_map(job.context)

    def _keep(self, original: Original, n: int) -> None:
        # A ring buffer of recent originals: reposts follow their original within days.
        if len(self.reservoir) < RESERVOIR:
            self.reservoir.append(original)
        else:
            self.reservoir[n % RESERVOIR] = original

    def _repost(self, posting_id: str) -> GeneratedPosting:
        dice = self.dice
        original = dice.pick(self.reservoir)
        edited = edit(dice, original, self.agencies)
        day = original.day + dice.between(*REPOST_DELAY)
        record = dict(original.record)
        record["id"] = posting_id
        record["description"] = _fit(edited.sections, original.layout, original.job)
        record["date_posted"] = _DATES[day]
        if edited.agency:
            record["company"] = edited.agency
            record["url"] = (
                f"https://www.{slugify(edited.agency)}.example/vacancies/{_number(dice)}"
            )
        else:
            record["url"] = self._board_url(original.job, original.record["url"])
        return GeneratedPosting(record, _repost_truth(original.truth, posting_id, edited.edit))

    def _url(self, job: Job) -> str:
        if self.dice.random() < 0.4:
            return f"https://{job.company.host}/jobs/{_number(self.dice)}"
        return self._board_url(job, "")

    def _board_url(self, job: Job, avoid: str) -> str:
        """A job board's URL for the posting, on another board than ``avoid``."""
        boards = _LANGUAGE_BOARDS[job.language]
        index = int(self.dice.random() * len(boards))
        if boards[index] in avoid:
            index = (index + 1) % len(boards)
        slug = self._slug(job.display_title)
        return f"https://www.{boards[index]}/job/{slug}-{_number(self.dice)}"

    def _slug(self, title: str) -> str:
        # Titles repeat (role x level x language), so the cache stays small.
        slug = self.slugs.get(title)
        if slug is None:
            slug = self.slugs[title] = slugify(title)
        return slug


def _number(dice: Dice) -> int:
    return dice.between(1_000_000, 9_999_999)


def _too_long(text: str) -> bool:
    # Under 4,000 characters no text in these languages has 800 words.
    return len(text) >= 5 * MAX_WORDS and word_count(text) > MAX_WORDS


def _fit(sections: list[Section], layout: Layout, job: Job) -> str:
    """The rendered description, trimmed of boilerplate when it runs past ``MAX_WORDS``."""
    text = render(sections, layout)
    # Only long postings come near the limit (the tests check the others stay below).
    if not job.profile.lengthy or not _too_long(text):
        return text
    keep = job.salary.text if job.salary else None
    while word_count(text) > MAX_WORDS and _trim(sections, keep):
        text = render(sections, layout)
    return text


def _trim(sections: list[Section], keep: str | None) -> bool:
    """Drop one line that carries no ground truth: legal text, team text or a benefit."""
    for section in sections:
        if section.kind == "legal":
            section.lines.pop()
            if len(section.lines) <= section.head:
                sections.remove(section)
            return True
        if section.kind == "responsibilities" and section.lead:
            del section.lines[section.head - 1]
            section.head -= 1
            section.lead = False
            return True
    for section in sections:
        if section.kind == "benefits":
            for index in range(section.head, len(section.lines)):
                if keep is None or keep not in section.lines[index]:
                    del section.lines[index]
                    return True
    return False


def _repost_truth(original: dict[str, Any], posting_id: str, edit: str) -> dict[str, Any]:
    """The original's truth under the repost's id; lists and salary copied, not shared."""
    truth = dict(original, id=posting_id, edit=edit)
    truth["skills_required"] = list(original["skills_required"])
    truth["skills_preferred"] = list(original["skills_preferred"])
    if original["salary"] is not None:
        truth["salary"] = dict(original["salary"])
    return truth


def _truth(posting_id: str, job: Job) -> dict[str, Any]:
    city = job.city
    return {
        "id": posting_id,
        "cluster": posting_id,
        "language": job.language,
        "title": job.title,
        "seniority": job.level or None,
        "occupation": job.occupation.key,
        "company": job.company.name,
        "city": city.name if city else None,
        "region": city.region if city else None,
        "country": job.country,
        "work_mode": job.work_mode,
        "employment_type": job.employment,
        "salary": job.salary.truth() if job.salary else None,
        "salary_text": job.salary.text if job.salary else None,
        "experience_years": job.experience,
        "skills_required": list(job.required),
        "skills_preferred": list(job.preferred),
        "edit": None,
    }
