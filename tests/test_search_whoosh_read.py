"""The Whoosh reader's own fast paths give what Whoosh itself gives, on an index with several
segments, postings long enough for many blocks, a short term kept inline and deleted
documents."""

import random

import pytest
from whoosh import index
from whoosh.fields import ID, TEXT, Schema
from whoosh.query import And, Phrase, Term

from archive.search.analysis import EXACT
from archive.search.whoosh_read import _lengths, _postings, phrase_ranked

WORDS = ["joint", "statement", "talks", "on", "the", "visit", "trade", "very"]


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    folder = tmp_path_factory.mktemp("whoosh")
    ix = index.create_in(folder, Schema(key=ID(stored=True, unique=True), exact=TEXT(EXACT)))
    rng = random.Random(7)
    for batch in range(3):  # three commits, three segments
        writer = ix.writer()
        for n in range(400):  # a common word's postings fill several blocks per segment
            words = rng.choices(WORDS, k=rng.randint(3, 60))
            writer.add_document(key=f"{batch}-{n}", exact=" ".join(words))
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
        ours = _postings(reader, "exact", word)
        assert ours == whooshs_postings(reader, word)
        read.append(len(ours))
    assert sum(read) == len(list(searcher.docs_for_query(Term("exact", word))))
    assert max(read) > 128 if word != "communique" else read == [1]  # many blocks; inline


def test_a_segments_field_lengths_are_whooshs(searcher):
    for sub, _offset in searcher.leaf_searchers():
        reader = sub.reader()
        lengths = _lengths(reader, "exact")
        assert len(lengths) == reader.doc_count_all()
        assert lengths == [reader.doc_field_length(d, "exact", 1) for d in range(len(lengths))]


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
