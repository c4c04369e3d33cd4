"""``TantivySearchIndex``: the embedded default index, a folder on disk (or in memory).

tantivy (a Rust search library, through its official Python binding) was measured on this kind
of machine at about 120,000 documents/s indexing and under 2 ms p99 per query; it gives BM25,
Snowball stemmers, fuzzy terms, snippets, aggregations for facets, sorting on fast fields and
more-like-this, with no server.  SQLite FTS5 was ten times slower at p99 and has no facets.

Text is analysed by the posting's language: each language has its own title and text fields
with its own stemmer, and a query is read by every language's analyser at once, so "Entwicklerin"
finds German postings about "Entwickler" while "developers" finds English ones.  A language's
text field holds the title and the body together, so a posting has every word of the query when
its text field has each word's stem: a query of several words is then an intersection of single
terms per language (with the title terms as optional boosts), which tantivy runs three times
faster than an intersection of unions (title or body) for every word.  Polish has no
stemmer in tantivy: Polish postings also get their words cut to their first six letters
(``stem_pl``), the light stemming that serves heavily inflected languages well enough:
"programistów" and "programista" meet at "progra", "kierownika" and "kierownik" at "kierow".
"""

from __future__ import annotations

import base64
import functools
import hashlib
import os
import re
import shutil
import threading
import uuid
from collections.abc import Callable, Hashable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import orjson
import tantivy
from cachetools import LRUCache

from jobsift.errors import BadQueryError, IndexBusyError, SearchIndexError, StaleIndexError
from jobsift.index.base import (
    FACET_NAMES,
    FACETS,
    POSTED_WITHIN,
    RANGE_FACETS,
    SALARY_STEPS,
    SUGGESTION_KINDS,
    FacetValue,
    Filters,
    SearchHit,
    SearchPage,
    SearchRequest,
    Snippet,
    Suggestion,
)
from jobsift.index.document import IndexDoc

#: Changes whenever the schema or the analysis changes: an index of another version is rebuilt.
INDEX_VERSION = "index.tantivy.v5"
#: Letters a Polish word keeps in ``stem_pl``.
POLISH_PREFIX = 6
STEMMERS = {
    "en": "english",
    "de": "german",
    "fr": "french",
    "es": "spanish",
    "pt": "portuguese",
    "it": "italian",
    "nl": "dutch",
}
#: Languages with fields of their own; everything else goes to "xx" (folded words, no stems).
TEXT_LANGUAGES = (*STEMMERS, "pl", "xx")
TITLE_BOOST = 3.0
#: Languages whose postings one thread searches while another searches the rest's: English
#: (the largest share of most corpora) apart.  A word's postings in either part are disjoint,
#: as a posting's text is in its own language's fields only; the parts' scores are the
#: whole's.  At 1,000,000 postings a common word took a third less time on two cores.
_SPLIT = (("en",), tuple(lang for lang in TEXT_LANGUAGES if lang != "en"))
#: Words this long tolerate one typo, and twice this long two.
FUZZY_FROM = 5
#: Facet fields whose terms carry a label after the value: "tech:python\x1fPython".
_LABELLED = {"skill": "skill_label", "occupation": "occupation_label"}
_SEP = "\x1f"
_RAW_FIELDS = (*FACETS, "currency", *_LABELLED.values())
_SUGGEST = {kind: f"suggest_{kind}" for kind in SUGGESTION_KINDS}
_KINDS = ("title", "text")
_TEXT_FIELDS = [f"{kind}_{lang}" for lang in TEXT_LANGUAGES for kind in _KINDS]
_BOOSTS = {f"title_{lang}": TITLE_BOOST for lang in TEXT_LANGUAGES}
_WORD = re.compile(r"\w+")
#: Sort keys: the sort value in the high bits, bits of the posting id below, so every key is
#: unique and a page can start strictly after the last key of the page before.
_ID_BITS = 40
_ID_MASK = (1 << _ID_BITS) - 1
_VERSION_FILE = "jobsift-index.json"
#: Searches whose facet counts are kept: counting a broad search's facets over a million
#: postings takes tens of milliseconds, and its next pages need the same counts.
COUNTED = 256
_WRITER_HEAP = 128_000_000


class TantivySearchIndex:
    """A tantivy index in ``path`` (created when missing), or in memory when ``path`` is None;
    it keeps the facet counts of its last ``counted`` searches (0: none)."""

    def __init__(self, path: Path | None = None, *, counted: int = COUNTED) -> None:
        self.path = path
        self._schema = _schema()
        self._index = self._open(path)
        self._analyzers = {lang: _analyzer(lang) for lang in TEXT_LANGUAGES}
        for lang, analyzer in self._analyzers.items():
            self._index.register_tokenizer(_analyzer_name(lang), analyzer)
        self._writer: Any = None
        self._lock = threading.Lock()
        self._commits = 0  # the generation of an index in memory
        self._seen = ""
        self._instance = uuid.uuid4().hex[:12]  # another index (a reindex) starts anew
        # Facet counts of recent searches, by generation (see ``_facet_key``).
        self._counted: LRUCache[Hashable, dict[str, list[FacetValue]]] = LRUCache(max(1, counted))
        self._keep_counts = counted > 0
        self._counting = threading.Lock()  # not the writer's: a long upsert holds that

    def _open(self, path: Path | None) -> Any:
        if path is None:
            return tantivy.Index(self._schema)
        path.mkdir(parents=True, exist_ok=True)
        marker = path / _VERSION_FILE
        if marker.exists():
            found = orjson.loads(marker.read_bytes()).get("version")
            if found != INDEX_VERSION:
                raise StaleIndexError(
                    f"the search index in {path} is {found}, this jobsift needs {INDEX_VERSION}",
                    hint="rebuild it with `jobsift reindex`",
                )
        elif any(path.iterdir()):
            raise SearchIndexError(
                f"{path} is not empty and holds no jobsift index",
                hint="point JOBSIFT_INDEX_PATH at an empty or missing folder",
            )
        with _translated(path):
            index = tantivy.Index(self._schema, path=str(path), reuse=True)
        marker.write_bytes(orjson.dumps({"version": INDEX_VERSION}))
        return index

    # -- writing ---------------------------------------------------------------------------

    def upsert(self, docs: Sequence[IndexDoc]) -> None:
        with self._lock, _translated(self.path):
            writer = self._open_writer()
            for doc in docs:
                writer.delete_documents_by_term("id", doc.id)
                writer.add_json(_document(doc, self._analyzers["pl"]))

    def delete(self, posting_ids: Sequence[str]) -> None:
        with self._lock, _translated(self.path):
            writer = self._open_writer()
            for posting_id in posting_ids:
                writer.delete_documents_by_term("id", posting_id)

    def clear(self) -> None:
        with self._lock, _translated(self.path):
            self._open_writer().delete_all_documents()

    def commit(self) -> None:
        with self._lock, _translated(self.path):
            if self._writer is not None:
                self._writer.commit()
                self._writer.wait_merging_threads()
                self._writer = None  # frees the lock for other processes between batches
            self._index.reload()
            self._commits += 1

    def _open_writer(self) -> Any:
        if self._writer is None:
            self._writer = self._index.writer(_WRITER_HEAP)
        return self._writer

    # -- reading ---------------------------------------------------------------------------

    def count(self) -> int:
        return int(self._searcher().num_docs)

    def generation(self) -> str:
        if self.path is None:
            return f"{self._instance}-{self._commits}"
        # tantivy replaces meta.json at every commit (whichever process commits) and its
        # reader follows a little later; reloading now makes searches see this commit.
        try:
            stat = (self.path / "meta.json").stat()
        except FileNotFoundError:
            return "new"
        token = f"{self._instance}-{stat.st_mtime_ns}-{stat.st_size}-{stat.st_ino}"
        if token != self._seen:
            self._index.reload()
            self._seen = token
        return token

    def search(self, request: SearchRequest) -> SearchPage:
        facets = request.facets if request.facets is not None else FACET_NAMES
        unknown = [name for name in facets if name not in FACET_NAMES]
        if unknown:
            raise BadQueryError(
                f"unknown facet {unknown[0]!r}", hint=f"facets: {', '.join(FACET_NAMES)}"
            )
        facet_key = self._facet_key(request, facets)  # first: it reloads after a commit
        searcher = self._searcher()
        query, text_query, words = self._queries(searcher, request)
        with _translated(self.path):
            # Counting facets runs the query again: on another core, beside the page (tantivy
            # lets go of the GIL), it costs the answer little more than the page itself.
            with self._counting:
                counted = self._counted.get(facet_key) if facets else {}
            counting = (
                _facet_threads().submit(self._facets, searcher, query, facets, request.facet_size)
                if counted is None
                else None
            )
            # Only one thread may spare for the page: facets have the other (side by side,
            # three threads on two cores made searches with facets a third slower).
            parts = self._parts(words, request) if counting is None else [query]
            hits, total, next_cursor = self._page(searcher, query, parts or [query], request)
            if counting is not None:
                counted = counting.result()
                with self._counting:
                    if self._keep_counts:
                        self._counted[facet_key] = counted
        assert counted is not None
        snippets = _Snippets(searcher, self._schema, text_query) if request.snippets else None
        return SearchPage(
            total=total,
            hits=[self._hit(searcher, score, address, snippets) for score, address in hits],
            facets=counted,
            next_cursor=next_cursor,
        )

    def _page(
        self, searcher: Any, query: Any, parts: Sequence[Any], request: SearchRequest
    ) -> tuple[list[Any], int, str | None]:
        """The page's hits, the total and the next page's cursor.  ``parts`` are disjoint
        queries whose union is ``query``, searched side by side and merged."""
        limit = max(1, min(request.limit, 1000))
        cursor = _Cursor.read(request)
        if request.sort == "relevance":
            if len(parts) == 1:
                result = searcher.search(query, limit + 1, count=True, offset=cursor.offset)
                hits, total = result.hits, result.count
            else:
                depth = cursor.offset + limit + 1
                results = _side_by_side(lambda q: searcher.search(q, depth, count=True), parts)
                ranked = sorted((hit for r in results for hit in r.hits), key=_by_score)
                hits = ranked[cursor.offset : depth]
                total = sum(result.count for result in results)
            more = len(hits) > limit
            following = cursor.after_offset(cursor.offset + limit) if more else None
            return hits[:limit], total, following
        key = "date_key" if request.sort == "date" else "salary_key"
        first_page = cursor.key is None
        total = 0
        if cursor.key is not None:
            total = searcher.search(query, 1, count=True).count
            after = _range(self._schema, key, upper=cursor.key)
            parts = [_all_of([part, after]) for part in parts]
        results = _side_by_side(
            lambda q: searcher.search(
                q, limit + 1, count=first_page, order_by_field=key, order=tantivy.Order.Desc
            ),
            parts,
        )
        total = sum(result.count for result in results) if first_page else total
        found = sorted((hit for r in results for hit in r.hits), key=lambda hit: -hit[0])
        hits = found[:limit]
        if len(found) <= limit or not hits:
            return hits, total, None
        last = searcher.fast_field_values(key, [hits[-1][1]])[0]
        return hits, total, cursor.after_key(int(last))

    def _facet_key(self, request: SearchRequest, facets: Sequence[str]) -> Hashable:
        """What facet counts depend on: not the sort, the page or its size, so the next page
        of a search, or the same search by date, reuses the counts of the first."""
        asked = (request.text, request.filters, request.fuzzy, request.any_words)
        today = datetime.now(UTC).date()  # the "posted" facet counts from today
        return (self.generation(), today, asked, tuple(facets), request.facet_size)

    def _facets(
        self, searcher: Any, query: Any, facets: Sequence[str], size: int
    ) -> dict[str, list[FacetValue]]:
        if not facets:
            return {}
        today = datetime.now(UTC).date()
        spec = {
            name: _range_spec(name, today)
            if name in RANGE_FACETS
            else {"terms": {"field": _LABELLED.get(name, name), "size": max(1, size)}}
            for name in facets
        }
        found = searcher.aggregate(query, spec)
        return {
            name: _range_values(name, found[name]["buckets"], today)
            if name in RANGE_FACETS
            else [_facet_value(bucket) for bucket in found[name]["buckets"]]
            for name in facets
        }

    def _hit(
        self, searcher: Any, score: Any, address: Any, snippets: _Snippets | None
    ) -> SearchHit:
        doc = searcher.doc(address)
        card = orjson.loads(bytes(doc.get_first("card")))
        posting_id = str(doc.get_first("id"))
        snippet = snippets.of(doc, card.get("language")) if snippets else None
        return SearchHit(posting_id, float(score), card, snippet)

    def suggest(
        self, prefix: str, *, kinds: Sequence[str] = SUGGESTION_KINDS, limit: int = 10
    ) -> list[Suggestion]:
        folded = prefix.strip().casefold()
        if not folded:
            return []
        searcher = self._searcher()
        found: list[Suggestion] = []
        for kind in kinds:
            if kind not in _SUGGEST:
                raise BadQueryError(
                    f"unknown suggestion kind {kind!r}",
                    hint=f"kinds: {', '.join(SUGGESTION_KINDS)}",
                )
            for term, count in searcher.terms_with_prefix(_SUGGEST[kind], folded, limit=limit):
                found.append(Suggestion(kind, term.split(_SEP, 1)[-1], int(count)))
        found.sort(key=lambda item: (-item.count, item.text, item.kind))
        return found[:limit]

    def more_like_this(self, posting_id: str, *, limit: int = 10) -> list[SearchHit]:
        searcher = self._searcher()
        own = tantivy.Query.term_query(self._schema, "id", posting_id)
        found = searcher.search(own, 1).hits
        if not found:
            return []
        address = found[0][1]
        similar = tantivy.Query.more_like_this_query(
            address, min_doc_frequency=1, min_term_frequency=1, max_query_terms=40
        )
        # Its own reposts are not "like" it, they are it; other jobs show one per cluster.
        cluster = orjson.loads(bytes(searcher.doc(address).get_first("card"))).get("canonical")
        unwanted = [own, tantivy.Query.term_query(self._schema, "duplicate", 1)]
        if cluster:
            unwanted.append(tantivy.Query.term_query(self._schema, "cluster", cluster))
        query = tantivy.Query.boolean_query(
            [(tantivy.Occur.Must, similar)] + [(tantivy.Occur.MustNot, q) for q in unwanted]
        )
        with _translated(self.path):
            hits = searcher.search(query, limit).hits
        return [self._hit(searcher, score, address, None) for score, address in hits]

    def lookup(self, posting_ids: Sequence[str], filters: Filters) -> dict[str, SearchHit]:
        if not posting_ids:
            return {}
        searcher = self._searcher()
        wanted = tantivy.Query.term_set_query(self._schema, "id", list(posting_ids))
        query = self._filtered(wanted, filters)
        with _translated(self.path):
            found = searcher.search(query, len(posting_ids)).hits
        hits = (self._hit(searcher, score, address, None) for score, address in found)
        return {hit.id: hit for hit in hits}

    def _searcher(self) -> Any:
        return self._index.searcher()

    def close(self) -> None:
        with self._lock:
            if self._writer is not None:
                self._writer.rollback()
                self._writer = None

    # -- queries ---------------------------------------------------------------------------

    def _queries(self, searcher: Any, request: SearchRequest) -> tuple[Any, Any, list[_Word]]:
        """The search's whole query, its text part alone (what snippets highlight), and its
        words as read.

        Every word must match (unless ``any_words``), stemmed by each language's rules, in a
        posting's text (a title match counting ``TITLE_BOOST`` times more); a longer word no
        posting has may be a typo, and then matches words one or two edits away.

        Filters stay outside the text's per-language intersections (``_every_word``): inside
        each of the nine, their long lists were read nine times (filtered searches ran 60%
        longer)."""
        words = [
            part
            for word in _WORD.findall(request.text)
            if (part := self._word(searcher, word.casefold(), request.fuzzy))
        ]
        text = self._text_query(words, any_words=request.any_words)
        return self._filtered(text, request.filters), text, words

    def _parts(self, words: Sequence[_Word], request: SearchRequest) -> list[Any]:
        """The search cut in disjoint parts by language (``_SPLIT``) that two threads search
        side by side, when its words allow; else none (the whole is searched alone)."""
        if not words or request.any_words or not all(word.exact for word in words):
            return []
        return [self._filtered(self._words_in(words, langs), request.filters) for langs in _SPLIT]

    def _words_in(self, words: Sequence[_Word], langs: Sequence[str]) -> Any:
        """Postings in ``langs`` with every word (exact words only)."""
        if len(words) > 1:
            return self._every_word([word.terms for word in words], langs)
        terms = {lang: term for lang, term in words[0].terms.items() if lang in langs}
        return tantivy.Query.boolean_query(
            [(tantivy.Occur.Should, q) for q in self._exact_terms(terms)]
        )

    def _text_query(self, words: Sequence[_Word], *, any_words: bool) -> Any:
        if not words:
            return None
        if len(words) == 1:
            return words[0].query
        if not any_words and all(word.exact for word in words):
            return self._every_word([word.terms for word in words])
        occur = tantivy.Occur.Should if any_words else tantivy.Occur.Must
        return tantivy.Query.boolean_query([(occur, word.query) for word in words])

    def _word(self, searcher: Any, word: str, fuzzy: bool) -> _Word | None:
        """The word's query: one flat disjunction of its terms in every text field (each
        language's own stem, Polish's six letters), for nesting them would cost tantivy its
        fast top-k path (one-word searches ran twice as long)."""
        stems = {lang: self._analyzers[lang].analyze(word) for lang in TEXT_LANGUAGES}
        if any(len(tokens) > 1 for tokens in stems.values()):
            phrase = self._index.parse_query(f'"{word}"', _TEXT_FIELDS, field_boosts=_BOOSTS)
            return _Word(phrase, {}, exact=False)
        terms = {lang: tokens[0] for lang, tokens in stems.items() if tokens}
        if not terms:
            return None  # a word the analyzers drop (over 40 letters): it cannot match
        options = [*self._exact_terms(terms)]
        near = fuzzy and len(word) >= FUZZY_FROM and not self._known(searcher, terms)
        if near:
            options += self._near_terms(terms, 2 if len(word) >= 2 * FUZZY_FROM - 1 else 1)
        query = tantivy.Query.boolean_query([(tantivy.Occur.Should, q) for q in options])
        return _Word(query, terms, exact=not near and len(terms) == len(TEXT_LANGUAGES))

    def _every_word(
        self, words: Sequence[dict[str, str]], langs: Sequence[str] = TEXT_LANGUAGES
    ) -> Any:
        """Postings with every word, as one intersection of single terms per language (a
        posting's text is in its own language's fields only, so the union of the languages'
        intersections finds exactly the postings that have every word in some field)."""
        branches = [
            tantivy.Query.boolean_query(
                [(tantivy.Occur.Must, self._word_in(lang, terms[lang])) for terms in words]
            )
            for lang in langs
        ]
        return tantivy.Query.boolean_query([(tantivy.Occur.Should, q) for q in branches])

    def _word_in(self, lang: str, term: str) -> Any:
        """A word in one language's postings: required in the text, a bonus in the title.
        tantivy seeks an optional term only on postings the required ones agree on, where
        an "either field" union would score every posting of both fields first."""
        text = tantivy.Query.term_query(self._schema, f"text_{lang}", term)
        title = tantivy.Query.term_query(self._schema, f"title_{lang}", term)
        clauses = [
            (tantivy.Occur.Must, text),
            (tantivy.Occur.Should, tantivy.Query.boost_query(title, TITLE_BOOST)),
        ]
        if lang == "pl":  # six letters meet every ending; the whole word scores more
            prefix = tantivy.Query.term_query(self._schema, "stem_pl", term[:POLISH_PREFIX])
            clauses[0] = (tantivy.Occur.Should, text)
            clauses.append((tantivy.Occur.Must, prefix))
        return tantivy.Query.boolean_query(clauses)

    def _exact_terms(self, terms: dict[str, str]) -> Iterator[Any]:
        for lang, term in terms.items():
            title = tantivy.Query.term_query(self._schema, f"title_{lang}", term)
            yield tantivy.Query.boost_query(title, TITLE_BOOST)
            yield tantivy.Query.term_query(self._schema, f"text_{lang}", term)
        if "pl" in terms:
            yield tantivy.Query.term_query(self._schema, "stem_pl", terms["pl"][:POLISH_PREFIX])

    def _known(self, searcher: Any, terms: dict[str, str]) -> bool:
        """Whether some posting uses the word: then it is no typo, and fuzzy terms only cost."""
        return any(searcher.doc_freq(f"text_{lang}", term) for lang, term in terms.items())

    def _near_terms(self, terms: dict[str, str], distance: int) -> Iterator[Any]:
        # Indexed terms are stems: compare the word's own stem with them.
        for lang, term in terms.items():
            for kind in _KINDS:
                near = tantivy.Query.fuzzy_term_query(
                    self._schema, f"{kind}_{lang}", term, distance
                )
                yield tantivy.Query.boost_query(near, 0.5)

    def _filtered(self, query: Any, filters: Filters) -> Any:
        """``query`` (None: every posting) narrowed by ``filters``."""
        narrowed = _all_of([query, *self._filter_queries(filters)])
        if not filters.collapse:
            return narrowed
        duplicate = tantivy.Query.term_query(self._schema, "duplicate", 1)
        return tantivy.Query.boolean_query(
            [(tantivy.Occur.Must, narrowed), (tantivy.Occur.MustNot, duplicate)]
        )

    def _filter_queries(self, filters: Filters) -> Iterator[Any]:
        schema = self._schema
        for name in FACETS:
            values = filters.values(name)
            if not values:
                continue
            if name == "skill":  # every skill asked for
                yield from (self._term_filter(name, (value,)) for value in values)
            else:
                yield self._term_filter(name, values)
        if filters.currency:
            yield self._term_filter("currency", filters.currency)
        if filters.salary_min is not None:
            yield _float_range(schema, "salary_max", lower=filters.salary_min)
        if filters.salary_max is not None:
            yield _float_range(schema, "salary_min", upper=filters.salary_max)
        if filters.posted_from is not None or filters.posted_to is not None:
            low = _day(filters.posted_from) if filters.posted_from else None
            high = _day(filters.posted_to) if filters.posted_to else None
            yield tantivy.Query.range_query(
                schema, "posted_day", tantivy.FieldType.Integer, lower_bound=low, upper_bound=high
            )

    def _term_filter(self, name: str, values: Sequence[str]) -> Any:
        """Postings with any of ``values`` in ``name``, adding nothing to the score (a filter
        narrows the results, it does not reorder them).  Term queries rather than a term
        set: tantivy makes a term set into a bitset of all its postings before the search
        starts, where a term's postings are skipped through beside the text's (searches
        with three filters ran a quarter faster)."""
        terms = [tantivy.Query.term_query(self._schema, name, value) for value in values]
        if len(terms) > 1:
            terms = [tantivy.Query.boolean_query([(tantivy.Occur.Should, q) for q in terms])]
        return tantivy.Query.const_score_query(terms[0], 0.0)


@dataclass(frozen=True, slots=True)
class _Word:
    """A query word: its query over every field, and its term per language when those are all
    it needs (no phrase, no typo); such words join an intersection per language."""

    query: Any
    terms: dict[str, str]
    exact: bool


class _Snippets:
    """Snippet generators of one request, one per language field, made when first needed."""

    def __init__(self, searcher: Any, schema: Any, query: Any) -> None:
        self._searcher, self._schema, self._query = searcher, schema, query
        self._made: dict[str, Any] = {}

    def of(self, doc: Any, lang: str | None) -> Snippet | None:
        if self._query is None:
            return None
        name = f"text_{_text_language(lang)}"
        generator = self._made.get(name)
        if generator is None:
            generator = tantivy.SnippetGenerator.create(
                self._searcher, self._query, self._schema, name
            )
            generator.set_max_num_chars(240)
            self._made[name] = generator
        found = generator.snippet_from_doc(doc)
        fragment = found.fragment()
        if not fragment:
            return None
        return Snippet(fragment, tuple(_char_ranges(fragment, found.highlighted())))


class _Cursor:
    """Where a page starts: an offset into the ranking (relevance), or the last sort key seen
    (date, salary: new postings never shift a later page).  Tied to the request it came with."""

    def __init__(self, request: SearchRequest, offset: int = 0, key: int | None = None) -> None:
        self.request, self.offset, self.key = request, offset, key

    @classmethod
    def read(cls, request: SearchRequest) -> _Cursor:
        if request.cursor is None:
            return cls(request)
        try:
            data = orjson.loads(base64.urlsafe_b64decode(request.cursor.encode() + b"=="))
            if data["q"] != _request_key(request):
                raise ValueError("another request's cursor")
            return cls(request, int(data.get("o", 0)), data.get("k"))
        except (ValueError, KeyError, TypeError) as exc:
            raise BadQueryError(
                f"invalid cursor {request.cursor[:40]!r}: {exc}",
                hint="use the next_cursor of the previous page, with the same query",
            ) from None

    def after_offset(self, offset: int) -> str:
        return self._encode({"o": offset})

    def after_key(self, key: int) -> str:
        return self._encode({"k": key})

    def _encode(self, data: dict[str, Any]) -> str:
        data["q"] = _request_key(self.request)
        return base64.urlsafe_b64encode(orjson.dumps(data)).decode().rstrip("=")


def _request_key(request: SearchRequest) -> str:
    """What a cursor must agree with: the text, filters and sort (not the page size)."""
    shape = {"t": request.text, "f": asdict(request.filters), "s": request.sort}
    digest = hashlib.blake2b(orjson.dumps(shape, default=str), digest_size=8)
    return digest.hexdigest()


# -- schema and documents ----------------------------------------------------------------------


def _schema() -> Any:
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("id", stored=True, tokenizer_name="raw")
    # Frequencies without positions: queries are words, never phrases, and snippets re-read
    # the stored text; positions would cost a fifth of the indexing time and of the size.
    for lang in TEXT_LANGUAGES:
        analyzer = _analyzer_name(lang)
        builder.add_text_field(f"title_{lang}", tokenizer_name=analyzer, index_option="freq")
        builder.add_text_field(
            f"text_{lang}", stored=True, tokenizer_name=analyzer, index_option="freq"
        )
    builder.add_text_field("stem_pl", tokenizer_name="whitespace", index_option="freq")
    for name in _RAW_FIELDS:
        builder.add_text_field(name, fast=True, tokenizer_name="raw")
    for name in _SUGGEST.values():
        builder.add_text_field(name, tokenizer_name="raw")
    for name in ("salary_min", "salary_max"):
        builder.add_float_field(name, fast=True, indexed=True)
    builder.add_integer_field("posted_day", fast=True, indexed=True)
    for name in ("date_key", "salary_key"):
        builder.add_unsigned_field(name, fast=True, indexed=True)
    # 1 on a posting that is not its duplicate cluster's canonical: collapsed searches skip it.
    builder.add_unsigned_field("duplicate", indexed=True)
    builder.add_text_field("cluster", tokenizer_name="raw")  # the canonical's id
    builder.add_bytes_field("card", stored=True)
    return builder.build()


def _analyzer_name(lang: str) -> str:
    return f"jobsift_{lang}"


def _analyzer(lang: str) -> Any:
    builder = (
        tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
        .filter(tantivy.Filter.remove_long(40))
        .filter(tantivy.Filter.lowercase())
    )
    if lang in STEMMERS:
        builder = builder.filter(tantivy.Filter.stemmer(STEMMERS[lang]))
    return builder.filter(tantivy.Filter.ascii_fold()).build()


def _text_language(lang: str | None) -> str:
    return lang if lang in TEXT_LANGUAGES and lang != "xx" else "xx"


def _document(doc: IndexDoc, polish: Any = None) -> str:
    """The document as the JSON tantivy parses itself: one call across to Rust per posting
    instead of one per value (four times faster to index)."""
    lang = _text_language(doc.language)
    out: dict[str, Any] = {
        "id": doc.id,
        f"title_{lang}": doc.title,
        f"text_{lang}": [doc.text, doc.title],  # a title's words are the posting's words too
    }
    if lang == "pl" and polish is not None:
        words = polish.analyze(f"{doc.title} {doc.text}")
        out["stem_pl"] = " ".join(word[:POLISH_PREFIX] for word in words)
    for name, values in _raw_values(doc):
        if values:
            out[name] = list(values)
    for kind, values in _suggestions(doc):
        if values:
            out[_SUGGEST[kind]] = [f"{value.casefold()}{_SEP}{value}" for value in values]
    if doc.salary_min is not None and doc.salary_max is not None:
        out["salary_min"] = float(doc.salary_min)
        out["salary_max"] = float(doc.salary_max)
    day = _day(doc.posted)
    low_id = int(doc.id[-10:], 16) & _ID_MASK
    out["posted_day"] = day
    out["duplicate"] = int(doc.is_duplicate)
    out["cluster"] = doc.canonical or doc.id
    out["date_key"] = (max(day, 0) << _ID_BITS) | low_id
    salary = int(min(doc.salary_max or 0, 10**9) // 100)  # hundreds: 24 bits are plenty
    out["salary_key"] = (salary << _ID_BITS) | low_id
    # Bytes travel in JSON as base64.
    out["card"] = base64.b64encode(orjson.dumps(doc.card)).decode()
    return orjson.dumps(out).decode()


def _raw_values(doc: IndexDoc) -> Iterator[tuple[str, Sequence[str]]]:
    yield "skill", [skill for skill, _ in doc.skills]
    yield "skill_label", [f"{skill}{_SEP}{label}" for skill, label in doc.skills]
    if doc.occupation:
        yield "occupation", [doc.occupation[0]]
        yield "occupation_label", [_SEP.join(doc.occupation)]
    for name, value in (
        ("seniority", doc.seniority),
        ("work_mode", doc.work_mode),
        ("company", doc.company),
        ("language", doc.language),
        ("currency", doc.currency),
    ):
        if value:
            yield name, [value]
    yield "country", doc.countries
    yield "city", doc.cities
    yield "employment_type", doc.employment_types


def _suggestions(doc: IndexDoc) -> Iterator[tuple[str, Sequence[str]]]:
    if doc.title:
        yield "title", [doc.title]
    yield "skill", [label for _, label in doc.skills]
    if doc.company:
        yield "company", [doc.company]
    yield "place", doc.cities


def _range_starts(name: str, today: date) -> list[float]:
    """Where each cumulative value of a range facet starts, in the order it is shown."""
    if name == "salary":
        return [float(step) for step in SALARY_STEPS]
    return [float(_day(today - timedelta(days=days))) for days in POSTED_WITHIN]


def _range_spec(name: str, today: date) -> dict[str, Any]:
    """Disjoint ranges (all tantivy allows) from each start to the next; summed up afterwards."""
    starts = sorted(_range_starts(name, today))
    ranges = [
        {"key": str(i), "from": low, **({"to": starts[i + 1]} if i + 1 < len(starts) else {})}
        for i, low in enumerate(starts)
    ]
    field = "salary_max" if name == "salary" else "posted_day"
    return {"range": {"field": field, "ranges": ranges, "keyed": True}}


def _range_values(name: str, buckets: Any, today: date) -> list[FacetValue]:
    """Each start with the count of postings from it upwards (zero counts left out)."""
    starts = sorted(_range_starts(name, today))
    counts = [_bucket_count(buckets, str(i)) for i in range(len(starts))]
    upwards = {start: sum(counts[i:]) for i, start in enumerate(starts)}
    if name == "salary":
        steps = [(step, upwards[float(step)]) for step in SALARY_STEPS]
        return [_salary_value(step, count) for step, count in steps if count]
    since = [(days, upwards[float(_day(today - timedelta(days=days)))]) for days in POSTED_WITHIN]
    return [_posted_value(days, count, today) for days, count in since if count]


def _bucket_count(buckets: Any, key: str) -> int:
    # Keyed buckets come as a mapping, but as an empty list from an index with no documents.
    found = buckets.get(key) if isinstance(buckets, dict) else None
    return int(found["doc_count"]) if found else 0


def _salary_value(amount: int, count: int) -> FacetValue:
    return FacetValue(str(amount), f"{amount // 1000}k+ a year", count)


def _posted_value(days: int, count: int, today: date) -> FacetValue:
    start = today - timedelta(days=days)
    label = "since yesterday" if days == 1 else f"last {days} days"
    return FacetValue(start.isoformat(), label, count)


def _facet_value(bucket: dict[str, Any]) -> FacetValue:
    key = str(bucket["key"])
    value, _, label = key.partition(_SEP)
    return FacetValue(value, label or value, int(bucket["doc_count"]))


def _side_by_side(run: Callable[[Any], Any], queries: Sequence[Any]) -> list[Any]:
    """``run`` of each query, the first in this thread and the others in ``_facet_threads``."""
    others = [_facet_threads().submit(run, query) for query in queries[1:]]
    return [run(queries[0]), *(other.result() for other in others)]


def _by_score(hit: Any) -> tuple[float, int, int]:
    """Best first, ties in index order (as tantivy orders them)."""
    score, address = hit
    return -float(score), int(address.segment_ord), int(address.doc)


@functools.cache
def _facet_threads() -> ThreadPoolExecutor:
    """Threads that count facets while the caller's thread finds the page, shared by every
    index of the process (as many as the searches that may run at once on this machine)."""
    return ThreadPoolExecutor(max_workers=os.cpu_count() or 2, thread_name_prefix="facets")


def _char_ranges(fragment: str, highlighted: Sequence[Any]) -> Iterator[tuple[int, int]]:
    """tantivy gives byte ranges into the UTF-8 fragment; callers index by characters."""
    encoded = fragment.encode()
    for item in highlighted:
        start = len(encoded[: item.start].decode(errors="ignore"))
        end = len(encoded[: item.end].decode(errors="ignore"))
        yield start, end


def _all_of(queries: Sequence[Any]) -> Any:
    present = [query for query in queries if query is not None]
    if not present:
        return tantivy.Query.all_query()
    if len(present) == 1:
        return present[0]
    return tantivy.Query.boolean_query([(tantivy.Occur.Must, query) for query in present])


def _range(schema: Any, name: str, *, upper: int) -> Any:
    return tantivy.Query.range_query(
        schema, name, tantivy.FieldType.Unsigned, upper_bound=upper, include_upper=False
    )


def _float_range(
    schema: Any, name: str, *, lower: float | None = None, upper: float | None = None
) -> Any:
    return tantivy.Query.range_query(
        schema, name, tantivy.FieldType.Float, lower_bound=lower, upper_bound=upper
    )


def _day(value: date) -> int:
    return (value - date(1970, 1, 1)).days


@contextmanager
def _translated(path: Path | None) -> Iterator[None]:
    try:
        yield
    except ValueError as exc:
        message = str(exc)
        if "lock" in message.lower():
            raise IndexBusyError(
                f"another process is writing the search index in {path}",
                hint="stop it (a running `jobsift serve` or ingest) or wait for it to finish",
            ) from exc
        raise SearchIndexError(f"search index error: {message}") from exc
    except OSError as exc:
        raise SearchIndexError(f"cannot use the search index in {path}: {exc}") from exc


def remove_index(path: Path) -> None:
    """Delete an index folder (``jobsift reindex`` starts from nothing)."""
    if path.exists():
        shutil.rmtree(path)
