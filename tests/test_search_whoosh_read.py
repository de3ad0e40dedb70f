"""The Whoosh reader's own fast paths give what Whoosh itself gives, on an index with several
segments, postings long enough for many blocks, a short term kept inline, deleted documents
and fields weighed differently."""

import random

import pytest
from whoosh import index
from whoosh.fields import ID, TEXT, Schema
from whoosh.query import And, AndNot, Or, Phrase, Prefix, Term
from whoosh.util.numeric import byte_to_length

from archive.search.analysis import EXACT
from archive.search.whoosh_read import (
    TERM_SCORES,
    _lengths,
    _positioned,
    _TermScores,
    phrase_ranked,
    words_ranked,
)

WORDS = ["joint", "statement", "talks", "on", "the", "visit", "trade", "very"]
NAMES = ["tokayev", "putin", "aliyev", "erdogan"]


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    folder = tmp_path_factory.mktemp("whoosh")
    schema = Schema(
        key=ID(stored=True, unique=True),
        exact=TEXT(EXACT),
        names=TEXT(EXACT),
        headline=TEXT(EXACT, field_boost=2.0),
    )
    ix = index.create_in(folder, schema)
    rng = random.Random(7)
    for batch in range(3):  # three commits, three segments
        writer = ix.writer()
        for n in range(400):  # a common word's postings fill several blocks per segment
            words = rng.choices(WORDS + NAMES[: rng.randint(0, 4)], k=rng.randint(3, 60))
            writer.add_document(
                key=f"{batch}-{n}",
                exact=" ".join(words),
                names=" ".join(rng.sample(NAMES, rng.randint(0, 2))),
                headline=" ".join(words[: rng.randint(1, 8)]),
            )
        if batch == 1:
            writer.add_document(key="rare", exact="a solitary communique")
        writer.commit(merge=False)
    writer = ix.writer()
    for n in range(0, 400, 9):  # deleted documents are in no answer
        writer.delete_by_term("key", f"1-{n}")
    writer.commit(merge=False)
    with ix.searcher() as s:
        assert len(s.leaf_searchers()) == 3 and s.reader().has_deletions()
        yield s


def whooshs_postings(reader, word):
    found, matcher = {}, reader.postings("exact", word)
    while matcher.is_active():
        found[matcher.id()] = (matcher.weight(), matcher.value())
        matcher.next()
    return found


@pytest.mark.parametrize("word", ["joint", "very", "communique"])
def test_a_words_postings_are_read_as_whooshs_matcher_reads_them(searcher, word):
    read = []
    for sub, _offset in searcher.leaf_searchers():
        reader = sub.reader()
        if ("exact", word) not in reader:
            continue
        # (deleted documents too: the caller leaves them out, so that a cached reading
        # stays true after later deletions)
        ours = {d: v for d, v in _positioned(reader, word).items() if not reader.is_deleted(d)}
        assert ours == whooshs_postings(reader, word)
        read.append(len(ours))
    assert sum(read) == len(list(searcher.docs_for_query(Term("exact", word))))
    assert max(read) > 128 if word != "communique" else read == [1]  # many blocks; inline


def test_a_segments_field_lengths_are_whooshs(searcher):
    for sub, _offset in searcher.leaf_searchers():
        reader = sub.reader()
        lengths = _lengths(reader, "exact")
        assert len(lengths) == reader.doc_count_all()
        ours = [byte_to_length(b) for b in lengths]
        assert ours == [reader.doc_field_length(d, "exact", 1) for d in range(len(lengths))]


@pytest.mark.parametrize(
    "words",
    [
        ["joint", "statement"],
        ["statement", "joint"],
        ["very", "very"],  # a word after itself
        ["talks", "on", "the"],
        ["the", "visit", "trade", "very"],
        ["solitary", "communique"],
        ["joint", "communique"],  # each word somewhere, never in a row
    ],
)
@pytest.mark.parametrize("filtered", [False, True])
def test_a_phrase_is_found_and_ranked_as_whoosh_finds_and_ranks_it(searcher, words, filtered):
    allowed = set(range(0, searcher.doc_count_all(), 3)) if filtered else None
    matching, top, late = phrase_ranked(searcher, words, allowed, 15, 30)
    expected = sorted(searcher.docs_for_query(Phrase("exact", words)))
    if allowed is not None:
        expected = [d for d in expected if d in allowed]
    assert (matching, late) == (expected, False)
    # The general path ranks the phrase's documents by its words.
    ranking = And([Term("exact", w) for w in words])
    hits = searcher.search(ranking, filter=set(expected), limit=15) if expected else []
    assert [(round(s, 12), d) for s, d in top] == [(round(h.score, 12), h.docnum) for h in hits]
    assert len(top) == min(15, len(expected))


def named(word):  # what the engine asks for a name: its word in three fields
    return Or([Term("exact", word), Term("names", word), Term("headline", word, boost=2.0)])


@pytest.mark.parametrize(
    "query",
    [
        Term("exact", "trade"),
        And([Or([named("tokayev")])]),
        Or([named("aliyev"), named("erdogan")]),
        And([named("tokayev"), named("putin")]),
        And([named("putin"), Term("exact", "visit"), Term("headline", "talks", boost=2.0)]),
        AndNot(named("tokayev"), named("putin")),
        Or([named("putin"), Term("exact", "communique")], boost=1.5),
        named("nobody"),
        And([named("tokayev"), named("nobody")]),
    ],
)
@pytest.mark.parametrize("filtered", [False, True])
def test_words_are_found_and_ranked_as_whoosh_scores_every_match(searcher, query, filtered):
    allowed = set(range(0, searcher.doc_count_all(), 3)) if filtered else None
    matching, top, late = words_ranked(searcher, query, allowed, 15, 30)
    # Whoosh scoring every match (with a limit, it can drop the best of an And of Ors).
    hits = searcher.search(query, limit=None, filter=allowed, optimize=False)
    assert (matching, late) == (sorted(hits.docs()), False)
    expected = sorted(((h.score, h.docnum) for h in hits), key=lambda h: (-h[0], h[1]))[:15]
    assert [(round(s, 12), d) for s, d in top] == [(round(s, 12), d) for s, d in expected]


def test_a_query_of_another_kind_is_left_to_whoosh(searcher):
    assert words_ranked(searcher, Prefix("exact", "tok"), None, 15, 30) is None
    assert (
        words_ranked(searcher, Or([named("putin"), Prefix("exact", "tok")]), None, 15, 30) is None
    )


def test_a_term_or_phrase_read_before_a_deletion_is_not_answered_with_the_deleted(tmp_path):
    """Scores kept per segment (TERM_SCORES) outlive a deletion in that segment: the next
    searcher's answers leave the deleted documents out, as Whoosh's do."""
    schema = Schema(key=ID(stored=True, unique=True), exact=TEXT(EXACT))
    ix = index.create_in(tmp_path, schema)
    writer = ix.writer()
    for n in range(300):
        writer.add_document(key=str(n), exact=f"joint statement on trade {'tokayev' * (n % 2)}")
    writer.commit(merge=False)
    query = And([Term("exact", "trade"), Term("exact", "tokayev")])
    with ix.searcher() as s:
        before = words_ranked(s, query, None, 10, 30)[0]
        phrase_before = phrase_ranked(s, ["joint", "statement"], None, 10, 30)[0]
        key = s.leaf_searchers()[0][0].reader().segment().segment_id()
    assert len(before) == 150 and len(phrase_before) == 300
    assert any(k[0] == key for k in TERM_SCORES.entries)  # both kept for the next time
    writer = ix.writer()
    for n in range(0, 300, 3):
        writer.delete_by_term("key", str(n))
    writer.commit(merge=False)
    with ix.searcher() as s:
        assert s.leaf_searchers()[0][0].reader().segment().segment_id() == key
        matching, top, late = words_ranked(s, query, None, 10, 30)
        hits = s.search(query, limit=None, optimize=False)
        assert matching == sorted(hits.docs()) and len(matching) == 100 and not late
        best = sorted(((h.score, h.docnum) for h in hits), key=lambda h: (-h[0], h[1]))[:10]
        assert [(round(v, 12), d) for v, d in top] == [(round(v, 12), d) for v, d in best]
        phrase = phrase_ranked(s, ["joint", "statement"], None, 10, 30)[0]
        assert phrase == sorted(s.docs_for_query(Phrase("exact", ["joint", "statement"])))
        assert len(phrase) == 200


def test_the_kept_scores_are_bounded_the_least_recently_used_going_first():
    kept = _TermScores()
    kept.MAX_POSTINGS, kept.MAX_TERM = 10, 6
    kept.put(("a",), dict.fromkeys(range(4), 1.0))
    kept.put(("b",), dict.fromkeys(range(4), 1.0))
    assert kept.get(("a",)) is not None  # a used last: b is the oldest now
    kept.put(("c",), dict.fromkeys(range(4), 1.0))  # 12 > 10: the least recently used goes
    assert (
        kept.get(("b",)) is None and kept.get(("a",)) is not None and kept.get(("c",)) is not None
    )
    assert kept.size == 8
    kept.put(("huge",), dict.fromkeys(range(7), 1.0))  # more than one term may hold: not kept
    assert kept.get(("huge",)) is None and kept.size == 8
    kept.put((12345, "exact", "word"), {1: 1.0})  # a reader of no segment: never kept
    assert kept.get((12345, "exact", "word")) is None
