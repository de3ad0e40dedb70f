"""Full-text search on the Whoosh index, driven directly for speed.

Haystack builds and writes the index (archive/search_indexes.py, whoosh_write.py); reading goes
through here because haystack opens several searchers per request (~80 ms each at 10,000
articles) while a reused searcher answers a name query in a few milliseconds. Each thread
keeps one searcher and refreshes it when the index changes. Facet counts are exact: every
matching document is counted, using per-segment maps from document to field values that
are built once per segment (segments never change once written).
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import heapq
import logging
import pickle
import threading
import time
from collections import Counter
from itertools import accumulate, chain

from django.conf import settings
from haystack import connections
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher
from whoosh.collectors import FilterCollector
from whoosh.matching.wrappers import FilterMatcher
from whoosh.query import And, AndNot, Every, NullQuery, Phrase, Prefix, Term
from whoosh.query import Or as WhooshOr
from whoosh.scoring import BM25FScorer, WeightScorer
from whoosh.util.numeric import byte_to_length

from archive.search.analysis import EXACT, STEM, terms
from archive.search.contract import (
    FACET_FIELDS,
    HEADLINE_BOOST,
    SUGGEST_BELOW,
    EngineResult,
    Filters,
    NameTerms,
)
from archive.search.query import Clause, ParsedQuery, same_case, unparse
from archive.search.snippets import snippet

SUGGEST_WORDS = 6  # suggestions only for a query of at most this many words
MAX_SUGGESTED = 3  # and for at most this many of its words

log = logging.getLogger(__name__)
RELATED_TERMS = 8
# Queries whose terms occur in at most this many documents are scored in a single pass.
ONE_PASS_BELOW = 2_000
STOP = pickle.STOP


class Or(WhooshOr):
    """Whoosh's Or with its binary tree of union matchers, always. Left to choose, Whoosh
    preloads every match into arrays in segments under 5,000 documents, which for the
    sparse terms of a name or a place is slower (a place: 1.5 -> 0.9 ms)."""

    matcher_type = WhooshOr.DEFAULT_MATCHER


class WhooshSearchEngine:
    """The read side of the Whoosh index (archive.search.contract.SearchEngine)."""

    def __init__(self, alias: str = "default"):
        self.alias = alias
        self.local = threading.local()
        self.segment_maps: dict[str, dict[str, list]] = {}
        self.lock = threading.Lock()

    # --- searcher lifecycle ----------------------------------------------------------------

    def backend(self):
        backend = connections[self.alias].get_backend()
        if not backend.setup_complete:
            backend.setup()
        return backend

    def searcher(self):
        """This thread's searcher, refreshed if another process committed since."""
        current = getattr(self.local, "searcher", None)
        path = self.backend().path
        if current is not None and getattr(self.local, "path", None) == path:
            if not current.up_to_date():
                # refresh() hands the unchanged segments' readers to the new searcher.
                self.local.searcher = current.refresh()
            return self.local.searcher
        index = self.backend().index.refresh()
        self.local.searcher, self.local.path = index.searcher(), path
        return self.local.searcher

    def reset(self) -> None:
        current = getattr(self.local, "searcher", None)
        self.local.searcher = None
        if current is not None:
            with contextlib.suppress(Exception):  # half-closed after a failed refresh
                current.close()

    def _retrying(self, work, attempts: int = 3):
        """Run `work(searcher)`; again with a fresh searcher if a merge removed files the
        old one was reading, or a rebuild swapped the index's generation between the
        listing of its folder and the reading of its table of contents (a moment later,
        the new generation reads whole)."""
        for attempt in range(1, attempts + 1):
            try:
                return work(self.searcher())
            except Exception:
                if attempt == attempts:
                    raise
                log.warning("search failed; retrying with a fresh searcher", exc_info=True)
                self.reset()
                time.sleep(0.02 * attempt)
        raise AssertionError("unreachable")

    # --- queries ---------------------------------------------------------------------------

    def build(self, parsed: ParsedQuery, names: NameTerms, exact: bool, for_ranking=False):
        """The Whoosh query. `for_ranking` turns phrases into their words: the documents are
        first selected with the phrase (positions checked once), then ranked cheaply."""
        groups = [
            Or([self._clause(c, names, exact, for_ranking) for c in group])
            for group in parsed.groups
        ]
        groups = [g for g in groups if g.subqueries]
        excluded = [self._clause(c, names, exact) for c in parsed.excluded]
        positive = And(groups) if groups else None
        if excluded:
            return AndNot(positive or Every(), Or(excluded))
        return positive

    @staticmethod
    def _lone_phrase(parsed: ParsedQuery, names: NameTerms, exact: bool) -> list[str] | None:
        """The words of a query that is one phrase searched in `exact` alone (not a name's,
        which `names` may hold too), else None."""
        if len(parsed.groups) != 1 or len(parsed.groups[0]) != 1 or parsed.excluded:
            return None
        (clause,) = parsed.groups[0]
        words = terms(EXACT, clause.text)
        if not clause.phrase or clause.prefix or len(words) < 2:
            return None
        return words if exact or not all(names.is_name(w) for w in words) else None

    def _clause(self, clause: Clause, names: NameTerms, exact: bool, for_ranking=False):
        words = terms(EXACT, clause.text)
        if clause.prefix and words:  # any word, or any name's word, beginning so
            fields = ("exact",) if exact else ("exact", "names")
            return Or([Prefix(name, words[0]) for name in fields])
        if clause.phrase and len(words) > 1 and for_ranking:
            return And([Term("exact", w) for w in words])
        if clause.phrase and len(words) > 1:
            if exact or not all(names.is_name(w) for w in words):
                return Phrase("exact", words)  # only names live in `names`
            return Or([Phrase("exact", words), Phrase("names", words)])
        parts = []
        for word in words:
            if exact:
                parts.append(Term("exact", word))
            elif names.is_name(word):
                parts.append(
                    Or(
                        [
                            Term("exact", word),
                            Term("names", word),
                            Term("headline", word, boost=HEADLINE_BOOST),
                        ]
                    )
                )
            else:
                stems = terms(STEM, word)
                if not stems:  # a stop word on its own
                    parts.append(Term("exact", word))
                else:
                    parts.append(
                        Or(
                            [
                                Term("text", stems[0]),
                                Term("headline", stems[0], boost=HEADLINE_BOOST),
                            ]
                        )
                    )
        return And(parts) if len(parts) > 1 else (parts[0] if parts else Or([]))

    def build_filter(self, filters: Filters):
        """The keyword part of the filters as a query (dates are applied in filter_docs)."""
        parts = [Term("countries", c.lower()) for c in filters.countries]
        parts += [Term("people", p) for p in filters.people]
        parts += [Term("places", p) for p in filters.places]
        parts += [Term("event_types", t) for t in filters.types]
        if filters.sources:
            parts.append(Or([Term("source", s) for s in filters.sources]))
        return And(parts) if parts else None

    def filter_docs(self, searcher, filters: Filters) -> set[int] | None:
        """The documents the filters allow, as docnums; None when nothing is filtered.
        A date range is checked against cached publication dates, not expanded into terms."""
        keyword = self.build_filter(filters)
        allowed = set(searcher.docs_for_query(keyword)) if keyword is not None else None
        if filters.date_from or filters.date_to:
            low = (filters.date_from or dt.date.min).isoformat()
            high = (filters.date_to or dt.date.max).isoformat()
            dates = self._columns(searcher)["published"]
            candidates = allowed if allowed is not None else range(len(dates))
            allowed = {d for d in candidates if low <= dates[d] <= high}
        return allowed

    # --- search ----------------------------------------------------------------------------

    def search(
        self,
        parsed: ParsedQuery,
        filters: Filters,
        names: NameTerms,
        *,
        exact=False,
        sort="relevance",
        page=1,
        per_page=20,
        facets=True,
        snippets=True,
    ) -> EngineResult:
        query = self.build(parsed, names, exact)
        if query is None:
            return EngineResult(0, [])

        has_phrase = any(c.phrase for group in parsed.groups for c in group)
        lone_phrase = self._lone_phrase(parsed, names, exact)
        ranking = self.build(parsed, names, exact, for_ranking=True) if has_phrase else query

        started = time.monotonic()
        budget = settings.NEWSROOM_SEARCH_SECONDS
        partial = False

        def left() -> float:
            return budget - (time.monotonic() - started)

        def work(searcher):
            nonlocal partial
            allowed = self.filter_docs(searcher, filters)
            if allowed is not None and not allowed:  # the filters allow no document at all
                return (
                    0,
                    [],
                    {name: Counter() for name in FACET_FIELDS} if facets else {},
                    "",
                    set(),
                )
            kwargs = {"filter": allowed} if allowed is not None else {}
            if sort in {"newest", "oldest"}:
                kwargs.update(sortedby="published", reverse=sort == "newest")
            first = (max(page, 1) - 1) * per_page
            ids = self._columns(searcher)["django_id"]
            answer = None
            if lone_phrase and sort == "relevance":
                # One phrase (the common case): its documents found and ranked in one pass.
                answer = phrase_ranked(searcher, lone_phrase, allowed, first + per_page, left())
            elif not has_phrase and sort == "relevance":
                # Words (a name, a place, a common word): every match scored in one pass,
                # giving the total; None for a query of another kind (a prefix).
                answer = words_ranked(searcher, query, allowed, first + per_page, left())
            if answer is not None:
                matching, top, out_of_time = answer
                partial |= out_of_time
                rows = [
                    (
                        ids[docnum],
                        score,
                        searcher.stored_fields(docnum).get("text", "") if snippets else "",
                    )
                    for score, docnum in top[first : first + per_page]
                ]
                return finish(searcher, matching, rows)
            if not has_phrase and query.estimate_size(searcher.reader()) <= ONE_PASS_BELOW:
                # Few matches (a name, a place): score them all in one pass, which gives
                # the total too.
                results = searcher.search(query, limit=None, optimize=False, **kwargs)
                matching = sorted(results.docs())
            else:
                # Many: collect the matches unscored, then rank only the top page (with a
                # phrase, its words rank the documents the phrase selected).
                matching = matching_docs(searcher, query)
                matching = sorted(matching if allowed is None else allowed.intersection(matching))
                if has_phrase:
                    kwargs["filter"] = set(matching)
                # Nothing matched (a phrase nowhere): no ranking pass over its words.
                ranking_query = ranking if matching else NullQuery
                results, out_of_time = _ranked(
                    searcher, ranking_query, first + per_page, kwargs, max(left(), 0.1)
                )
                partial |= out_of_time
            rows = [
                (ids[hit.docnum], hit.score, hit.fields().get("text", "") if snippets else "")
                for hit in results[first : first + per_page]
            ]
            return finish(searcher, matching, rows)

        def finish(searcher, matching, rows):
            nonlocal partial
            # Past half its time, a search answers with what it has: no facets, no "did
            # you mean".
            late = left() < budget / 2
            partial |= late and (facets or len(matching) < SUGGEST_BELOW)
            counts = self._facet_counts(searcher, matching) if facets and not late else {}
            suggestion = (
                self._suggest(searcher, parsed, names)
                if len(matching) < SUGGEST_BELOW and not late
                else ""
            )
            return len(matching), rows, counts, suggestion, self._prefixed(searcher, parsed)

        total, rows, counts, suggestion, expanded = self._retrying(work)
        marks = self._highlight_terms(parsed, names, exact) | expanded if snippets else set()
        hits = [(pk, float(score or 0), self._snippet(text, marks)) for pk, score, text in rows]
        return EngineResult(total, hits, counts, suggestion, partial)

    def _facet_counts(self, searcher, docnums: list[int]) -> dict[str, Counter]:
        """Exact counts of each facet's values over `docnums`. A search that matches most
        of the archive (a common word) is counted as the whole archive's counts less
        those of the documents it does not match: the fewer to walk."""
        columns = self._columns(searcher)
        size = len(columns["django_id"])
        if len(docnums) <= size // 2:
            return _count(columns, docnums)
        inside = set(docnums)
        outside = [docnum for docnum in range(size) if docnum not in inside]
        totals, missing = self._facet_totals(searcher), _count(columns, outside)
        return {name: totals[name] - missing[name] for name in FACET_FIELDS}

    def _facet_totals(self, searcher) -> dict[str, Counter]:
        """Every facet value's count over the whole index (deleted documents hold no
        values), once per searcher."""
        cached = getattr(self.local, "totals", None)
        if cached is not None and cached[0] is searcher:
            return cached[1]
        columns = self._columns(searcher)
        totals = _count(columns, range(len(columns["django_id"])))
        self.local.totals = (searcher, totals)
        return totals

    def _columns(self, searcher) -> dict[str, list]:
        """docnum -> values for each facet field, and -> publication date (ISO text), for
        the searcher's whole index; segment parts are cached, the whole per searcher."""
        cached = getattr(self.local, "columns", None)
        if cached is not None and cached[0] is searcher:
            return cached[1]
        columns: dict[str, list] = {name: [] for name in (*FACET_FIELDS, "published", "django_id")}
        leaves = searcher.reader().leaf_readers()
        keys = [_segment_key(leaf) for leaf, _ in leaves]
        with self.lock:  # forget segments merged away long ago
            if len(self.segment_maps) > 4 * len(keys) + 8:
                self.segment_maps = {k: v for k, v in self.segment_maps.items() if k in keys}
        for (leaf, _offset), key in zip(leaves, keys, strict=True):
            with self.lock:
                maps = self.segment_maps.get(key)
            if maps is None:
                maps = self._segment_map(leaf)
                with self.lock:
                    self.segment_maps[key] = maps
            for name, values in maps.items():
                columns[name].extend(values)
        self.local.columns = (searcher, columns)
        return columns

    @staticmethod
    def _segment_map(leaf) -> dict[str, list]:
        size = leaf.doc_count_all()
        maps = {}
        for name in FACET_FIELDS:
            values: list[list[str]] = [[] for _ in range(size)]
            if name in leaf.schema:
                for term in leaf.field_terms(name):
                    for docnum in leaf.postings(name, term).all_ids():
                        values[docnum].append(term)
            maps[name] = [tuple(v) for v in values]
        published = [""] * size
        if leaf.has_column("published"):
            for docnum, value in enumerate(leaf.column_reader("published")):
                published[docnum] = value.date().isoformat() if value else ""
        maps["published"] = published
        # The article id of each document, from the id field's postings: a hit's id
        # without decoding its stored fields (the body among them).
        ids = [0] * size
        if "django_id" in leaf.schema:
            for term in leaf.field_terms("django_id"):
                for docnum in leaf.postings("django_id", term).all_ids():
                    ids[docnum] = int(term)
        maps["django_id"] = ids
        return maps

    def _suggest(self, searcher, parsed: ParsedQuery, names: NameTerms) -> str:
        """'Did you mean': words the index lacks (names, numbers and short words aside)
        replaced by the closest words it has — for a query of a few words (a long one is no
        typo), and at most MAX_SUGGESTED of its words."""
        if len(parsed.words) > SUGGEST_WORDS:
            return ""
        corrector = searcher.corrector("exact")
        reader = searcher.reader()
        changed = False

        budget = MAX_SUGGESTED

        def fix(clause: Clause) -> Clause:
            nonlocal changed, budget
            if clause.prefix:  # a prefix is no misspelling
                return clause
            out = []
            for word in clause.text.split():
                folded = (terms(EXACT, word) or [word.lower()])[0]
                if (
                    budget > 0
                    and len(folded) >= 4
                    and folded.isalpha()
                    and not names.is_name(folded)
                    and reader.doc_frequency("exact", folded) == 0
                ):
                    budget -= 1
                    # The first letter kept: a misspelling seldom changes it, and the index's
                    # words to compare shrink to those beginning so.
                    best = corrector.suggest(
                        folded, limit=1, maxdist=1 if len(folded) <= 5 else 2, prefix=1
                    )
                    if best:
                        changed = True
                        out.append(same_case(best[0], word))
                        continue
                out.append(word)
            return Clause(" ".join(out), clause.phrase)

        fixed = ParsedQuery(tuple(tuple(fix(c) for c in g) for g in parsed.groups), parsed.excluded)
        return unparse(fixed) if changed else ""

    @staticmethod
    def _prefixed(searcher, parsed: ParsedQuery, limit: int = 50) -> set[str]:
        """The index's words a prefix clause stands for, to mark in the snippets."""
        found: set[str] = set()
        reader = searcher.reader()
        for clause in (c for group in parsed.groups for c in group if c.prefix):
            for prefix in terms(EXACT, clause.text)[:1]:
                for word in reader.expand_prefix("exact", prefix):
                    found.add(word.decode() if isinstance(word, bytes) else word)
                    if len(found) >= limit:
                        return found
        return found

    @staticmethod
    def _highlight_terms(parsed: ParsedQuery, names: NameTerms, exact: bool) -> set[str]:
        words = {w for group in parsed.groups for c in group for w in terms(EXACT, c.text)}
        if not exact:
            words |= {w for word in list(words) for w in names.related_words(word)}
        return {t for w in words for t in (terms(STEM, w) or [w])}

    @staticmethod
    def _snippet(text: str, marks: set[str]) -> str:
        return snippet(text, frozenset(marks))

    def related(self, article_id: int, text: str, limit: int = 5) -> list[int]:
        """More-like-this on the key words of `text` (the article's headline and lead),
        the article itself left out; [] when it is not indexed."""

        def work(searcher):
            docnum = searcher.document_number(django_id=str(article_id))
            if docnum is None:
                return []
            # The text's most telling words, less those in more than a tenth of the archive
            # ("talks", "trade"): they would make every article a candidate (96 ms at
            # 10,000 articles, against ~5 ms without them).
            reader, common = searcher.reader(), max(10, searcher.doc_count() // 10)
            words = [
                word
                for word, _ in searcher.key_terms_from_text("text", text, numterms=20)
                if reader.doc_frequency("text", word) <= common
            ][:RELATED_TERMS]
            if not words:
                return []
            query = Or([Term("text", word) for word in words])
            hits = searcher.search(query, limit=limit, mask={docnum})
            return [int(hit["django_id"]) for hit in hits]

        return self._retrying(work)


def _segment_key(leaf) -> object:
    """What a leaf reader's cached columns are kept under: its segment's id, or the reader
    itself for one without a segment (an empty index has a reader and no segment)."""
    segment = leaf.segment() if hasattr(leaf, "segment") else None
    return segment.segment_id() if segment is not None else id(leaf)


def matching_docs(searcher, query) -> list[int] | set[int]:
    """The documents `query` matches (Whoosh's docs_for_query). Words and their fields
    (Terms under Or and And, what a query of words becomes) are read as sets of each term's
    document ids, per segment — not through Whoosh's union matcher, a Python call per
    document (a word in 98,000 of 100,000 articles: 130 → 80 ms); anything else as Whoosh
    reads it."""
    found: list[int] = []
    for sub, offset in searcher.leaf_searchers():
        docs = _term_docs(sub.reader(), query)
        if docs is None:
            return searcher.docs_for_query(query)
        found.extend(offset + docnum for docnum in docs)
    return found


def _term_docs(reader, query) -> set[int] | None:
    if type(query) is Term:
        if (query.fieldname, query.text) not in reader:
            return set()
        return set(reader.postings(query.fieldname, query.text).all_ids())
    if type(query) in (Or, WhooshOr, And):
        parts = []
        for sub in query.subqueries:
            docs = _term_docs(reader, sub)
            if docs is None:
                return None
            parts.append(docs)
        if not parts:
            return set()
        return set.intersection(*parts) if type(query) is And else set.union(*parts)
    return None


def _count(columns: dict[str, list], docnums) -> dict[str, Counter]:
    """Each facet's values counted over `docnums` (each document holds a tuple of them)."""
    return {
        name: Counter(chain.from_iterable(map(columns[name].__getitem__, docnums)))
        for name in FACET_FIELDS
    }


def phrase_ranked(searcher, words: list[str], allowed, limit: int, seconds: float):
    """The documents whose `exact` field holds `words` in a row, among those `allowed` (None:
    all), and the top `limit` of them as (score, docnum), best first, in one pass over the
    words' postings: (sorted docnums, top, whether time ran out). The same documents as
    Whoosh's Phrase query and the same scores and order as ranking them by the words
    (And of Terms, BM25F, ties to the lower docnum) — without its span machinery, without a
    second pass over 60,000 matches to rank them, and without a matcher's method call per
    posting: each word's postings are read a block at a time, the documents holding every
    word found by set intersection, and only their positions decoded (a phrase in 60 % of
    100,000 articles: 920 ms through Whoosh, 390 walking matchers, about 210 so)."""
    deadline = time.monotonic() + seconds
    matching: list[int] = []
    top: list[tuple[float, int]] = []  # a heap of (score, -docnum): the worst kept first
    ordered = sorted(allowed) if allowed is not None else None
    late = False
    for sub, offset in searcher.leaf_searchers():
        reader = sub.reader()
        if any(("exact", w) not in reader for w in words):
            continue
        bm25 = tuple(_bm25(searcher.weighting.scorer(sub, "exact", w)) for w in words)
        key = (_segment_key(reader), "phrase", tuple(words), bm25)
        scores = TERM_SCORES.get(key)
        here = None if ordered is None else _in_segment(ordered, offset, reader.doc_count_all())
        if scores is None:
            # (the whole segment's, kept for the next time, unless a filter narrows it)
            scores, late = _phrase_scores(reader, words, bm25, here, deadline)
            if here is None and not late:
                TERM_SCORES.put(key, scores)
        for doc, score in _standing(scores, reader, here, {}).items():
            docnum = offset + doc
            matching.append(docnum)
            if len(top) < limit:
                heapq.heappush(top, (score, -docnum))
            elif score >= top[0][0] and (score, -docnum) > top[0]:
                heapq.heapreplace(top, (score, -docnum))
        if late:
            break
    ranked = sorted(((score, -neg) for score, neg in top), key=lambda h: (-h[0], h[1]))
    return matching, ranked, late


def _phrase_scores(
    reader, words: list[str], bm25: tuple, allowed: set[int] | None, deadline: float
) -> tuple[dict[int, float], bool]:
    """docnum -> score of the segment's documents (deleted ones included) holding `words` in
    a row, among `allowed` (None: all), in document order; and whether time ran out."""
    # Word k at position p puts the phrase at p - k; the first and last words checked apart.
    shifts = [(-k).__add__ for k in range(len(words))]
    middle, last = range(1, len(words) - 1), len(words) - 1
    loads = pickle.loads
    # Per word: docnum -> (weight, encoded positions).
    postings = [_positioned(reader, w) for w in words]
    common = set(postings[0]).intersection(*postings[1:])
    if allowed is not None:
        common &= allowed
    lengths = _lengths(reader, "exact")
    scores: dict[int, float] = {}
    for seen, doc in enumerate(sorted(common), 1):
        if seen % 512 == 0 and time.monotonic() > deadline:
            return scores, True
        at = [word[doc] for word in postings]
        starts = set(accumulate(loads(at[0][1][4:] + STOP)))
        for k in middle:
            starts.intersection_update(map(shifts[k], accumulate(loads(at[k][1][4:] + STOP))))
        if starts.isdisjoint(map(shifts[last], accumulate(loads(at[last][1][4:] + STOP)))):
            continue
        fl = byte_to_length(lengths[doc])
        score = 0
        for (idf, k1, b, avgfl), (tf, _) in zip(bm25, at, strict=True):
            # whoosh.scoring.bm25's arithmetic, in its order: the same floats.
            score += idf * ((tf * (k1 + 1)) / (tf + k1 * ((1 - b) + b * fl / avgfl)))
        scores[doc] = score
    return scores, False


def _positioned(reader, word: str) -> dict[int, tuple[float, bytes]]:
    """docnum -> (weight, encoded positions) of a word of the `exact` field (its deleted
    documents too: left out by the caller)."""
    ids, weights, values = _postings(reader, "exact", word, deletions=False)
    return dict(zip(ids, zip(weights, values, strict=True), strict=True))


def _in_segment(ordered: list[int], offset: int, size: int) -> set[int]:
    """The allowed documents (sorted, numbered in the whole index) that fall in the segment
    starting at `offset`, numbered within it: cut by bisection, not tested one by one."""
    here = ordered[bisect.bisect_left(ordered, offset) : bisect.bisect_left(ordered, offset + size)]
    return set(map((-offset).__add__, here))


def _bm25(scorer) -> tuple[float, float, float, float]:
    if type(scorer) is not BM25FScorer:
        raise TypeError(f"a phrase is ranked by BM25F, not by {scorer!r}")
    return scorer.idf, scorer.K1, scorer.B, scorer.avgfl


def _postings(
    reader, field: str, word: str, values: bool = True, deletions: bool = True
) -> tuple[list, list, list]:
    """A term's postings in one segment as lists of document numbers, weights and (with
    `values`) encoded values, deleted documents left out: Whoosh's on-disk matcher read a
    block at a time (its internals, as pinned at 2.7.4; tests compare the result with its
    matcher). A Positions value is the count, then the pickled deltas with their final
    stop often dropped: one more is harmless, pickle reads up to the first."""
    matcher = reader.postings(field, word)
    deleted = frozenset()
    if isinstance(matcher, FilterMatcher):  # the segment's deleted documents, left out
        matcher, deleted = matcher.child, matcher._ids
        matcher.reset()
    ids: list[int] = []
    weights: list[float] = []
    found: list[bytes] = []
    if isinstance(matcher, W3LeafMatcher):
        while matcher.is_active():
            matcher._read_data()  # what _read_ids reads, its deltas summed in C
            ids.extend(matcher._data[0] if matcher._byteids else accumulate(matcher._data[0]))
            matcher._read_weights()
            weights.extend(matcher._weights)
            if values:
                matcher._read_values()
                found.extend(matcher._values)
            matcher._next_block()
    else:  # a term with few postings, kept inline in the term index
        while matcher.is_active():
            ids.append(matcher.id())
            weights.append(matcher.weight())
            if values:
                found.append(matcher.value())
            matcher.next()
    if deleted and deletions:
        kept = [i for i, doc in enumerate(ids) if doc not in deleted]
        ids, weights = [ids[i] for i in kept], [weights[i] for i in kept]
        found = [found[i] for i in kept] if values else found
    return ids, weights, found


def _lengths(reader, field: str) -> bytes:
    """The segment's column of the field's length bytes, read at once: Whoosh's
    doc_field_length(doc) is byte_to_length(lengths[doc])."""
    column = reader._perdoc._cached_reader(f"_{field}_len", LENGTHS_COLUMN)
    raw = b"" if column is None else column._dbfile.get(column._basepos, column._count)
    return raw.ljust(reader.doc_count_all(), b"\0")


def words_ranked(searcher, query, allowed, limit: int, seconds: float):
    """A query of words (Terms of BM25F fields under Or, And and AndNot: what a name, a place
    or a few words become) answered as phrase_ranked answers a phrase: every matching
    document scored in one pass, each term's postings read a block at a time and scored
    with BM25F's arithmetic inline, summed per document (Whoosh sums its matchers' scores
    the same way, in its own tree order: the same scores to the last bit or two), the top
    `limit` kept: (sorted docnums, top, whether time ran out), or None for any other query
    (a prefix, a phrase), which Whoosh answers. A name in 4,000 of 100,000 articles: Whoosh
    walks three union matchers with a method call per posting and a length per score. The
    top is that of scoring every match: Whoosh's collector with a limit dropped the best
    document of "Tokayev Putin" (an And of Ors) on the 100,000-article index."""
    deadline = time.monotonic() + seconds
    matching: list[int] = []
    top: list[tuple[float, int]] = []
    memo: dict = {}  # a term's BM25F constants (the same in every segment), a segment's lengths
    ordered = sorted(allowed) if allowed is not None else None
    for sub, offset in searcher.leaf_searchers():
        if time.monotonic() > deadline:
            return sorted(matching), _best(top), True
        if ordered is not None:  # the filter's documents in this segment
            memo["allowed"] = _in_segment(ordered, offset, sub.reader().doc_count_all())
        scores = _scores(sub, searcher.weighting, query, memo)
        if scores is None:
            return None
        matching.extend(map(offset.__add__, scores))
        top = heapq.nlargest(limit, chain(top, ((v, -offset - d) for d, v in scores.items())))
    return sorted(matching), _best(top), False


def _best(top: list[tuple[float, int]]) -> list[tuple[float, int]]:
    return sorted(((score, -neg) for score, neg in top), key=lambda h: (-h[0], h[1]))


def _scores(sub, weighting, query, memo: dict) -> dict[int, float] | None:
    """docnum -> score in one segment for a query of words, as Whoosh's matchers score it;
    None if the query is not one."""
    reader = sub.reader()
    if type(query) is Term:
        field, text = query.fieldname, query.text
        if (field, text) not in reader:
            return {}
        if (field, text) not in memo:
            scorer = weighting.scorer(sub, field, text)
            memo[field, text] = _bm25(scorer) if type(scorer) is BM25FScorer else scorer
        constants = memo[field, text]
        if type(constants) is not tuple and type(constants) is not WeightScorer:
            return None
        key = (_segment_key(reader), field, text, constants)
        scores = TERM_SCORES.get(key)
        if scores is None:
            scores = _term_scores(reader, field, text, constants, memo)
            TERM_SCORES.put(key, scores)
        scores = _standing(scores, reader, memo.get("allowed"), memo)
    elif type(query) in (Or, WhooshOr, And, AndNot) and getattr(query, "scale", None) is None:
        parts = query.children() if type(query) is AndNot else query.subqueries
        found = [_scores(sub, weighting, part, memo) for part in parts]
        if any(part is None for part in found):
            return None
        if type(query) is AndNot:  # the first's documents without the second's
            scores, excluded = found
            scores = {d: v for d, v in scores.items() if d not in excluded}
        elif not found:
            scores = {}
        elif type(query) is And:
            scores = found[0]
            for part in found[1:]:
                scores = {d: scores[d] + part[d] for d in scores.keys() & part.keys()}
        else:
            scores = dict(found[0])
            for part in found[1:]:
                for d, v in part.items():
                    scores[d] = scores[d] + v if d in scores else v
    else:
        return None
    # Whoosh applies a term's boost, and a compound's where it has more than one part.
    boost = getattr(query, "boost", 1.0)
    if boost == 1.0 or (type(query) is not Term and len(query.subqueries) < 2):
        return scores
    return {d: v * boost for d, v in scores.items()}


def _standing(scores: dict[int, float], reader, allowed, memo: dict) -> dict[int, float]:
    """Kept scores less the segment's documents deleted since (their set read once per
    reader and query, in `memo`) and those the filter does not allow (None: all)."""
    if reader.has_deletions():
        if (reader, "deleted") not in memo:
            memo[reader, "deleted"] = frozenset(reader._perdoc.deleted_docs())
        deleted = memo[reader, "deleted"]
        if allowed is None:
            return {d: v for d, v in scores.items() if d not in deleted}
        return {d: v for d, v in scores.items() if d in allowed and d not in deleted}
    if allowed is None:
        return scores
    return {d: v for d, v in scores.items() if d in allowed}


def _term_scores(reader, field: str, text: str, constants, memo: dict) -> dict[int, float]:
    """docnum -> a term's score in one segment, its deleted documents included."""
    ids, weights, _ = _postings(reader, field, text, values=False, deletions=False)
    if type(constants) is WeightScorer:  # a field without lengths: its weight
        return dict(zip(ids, weights, strict=True))
    if (reader, field) not in memo:
        memo[reader, field] = _lengths(reader, field)
    raw, (idf, k1, b, avgfl) = memo[reader, field], constants
    # whoosh.scoring.bm25's arithmetic, in its order: the same floats.
    return {
        doc: idf * ((tf * (k1 + 1)) / (tf + k1 * ((1 - b) + b * byte_to_length(raw[doc]) / avgfl)))
        for doc, tf in zip(ids, weights, strict=True)
    }


class _TermScores:
    """The scores of the terms searched lately, per segment: a name asked again (the
    archive's most frequent query) is not read and scored again. A segment never changes
    its documents (deletions are applied on reading), and the key holds the term's BM25F
    constants, which move with the index, so an entry is never stale — only unused, and
    the least recently used go first once the entries hold MAX_POSTINGS scores. A term
    with more than MAX_TERM postings in a segment (a common word) is not kept."""

    MAX_POSTINGS = 400_000  # about 40 MB of dict entries per process
    MAX_TERM = 40_000

    def __init__(self):
        self.entries: dict = {}  # insertion order is recency: moved to the end when used
        self.size = 0
        self.lock = threading.Lock()

    def get(self, key) -> dict[int, float] | None:
        if type(key[0]) is int:  # a reader of no segment (see _segment_key): never kept
            return None
        with self.lock:
            scores = self.entries.pop(key, None)
            if scores is not None:
                self.entries[key] = scores
            return scores

    def put(self, key, scores: dict[int, float]) -> None:
        if len(scores) > self.MAX_TERM or type(key[0]) is int:
            return
        with self.lock:
            if key in self.entries:
                return
            self.entries[key] = scores
            self.size += len(scores)
            while self.size > self.MAX_POSTINGS and self.entries:
                self.size -= len(self.entries.pop(next(iter(self.entries))))

    def clear(self) -> None:
        with self.lock:
            self.entries, self.size = {}, 0


TERM_SCORES = _TermScores()


def _ranked(searcher, query, limit: int, options: dict, seconds: float):
    """The top `limit` documents for `query` among those `options["filter"]` allows, ranked
    within `seconds`: (results, whether time ran out). The time is checked between
    documents (no alarm signal: requests run in threads)."""
    options = dict(options)
    allow = options.pop("filter", None)
    collector = _Deadline(
        searcher.collector(limit=limit, **options), allow, time.monotonic() + seconds
    )
    searcher.search_with_collector(query, collector)
    return collector.results(), collector.late


class _Deadline(FilterCollector):
    """Whoosh's filter, which also stops collecting once a deadline has passed (its own
    TimeLimitCollector cannot wrap a filter: the filter's test would be skipped)."""

    def __init__(self, child, allow, deadline: float):
        super().__init__(child, allow)
        self.deadline = deadline
        self.late = False

    def collect_matches(self):
        if self.late:
            return
        child, allow, offset = self.child, self._allow, self.child.offset
        for n, sub_docnum in enumerate(child.matches()):
            if n % 256 == 0 and time.monotonic() > self.deadline:
                self.late = True
                return
            if allow is None or offset + sub_docnum in allow:
                child.collect(sub_docnum)
