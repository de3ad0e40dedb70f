"""The search contract: what the pages, feeds and API get from search, through
archive.search.service, whichever engine SEARCH_URL selects — a real, temporary Whoosh
index by default (and in CI), or an Elasticsearch index (the test settings honour
SEARCH_URL=elasticsearch://…; the index is emptied around each test). The few tests of
Whoosh's own machinery (generations swapped by rebuild_index) are marked whoosh_only."""

import datetime as dt
import itertools

import pytest
from django.core.management import call_command

from archive.models import Article, PersonAlias
from archive.search import service
from archive.search.contract import Filters
from archive.search.engines import engine
from archive.search.query import parse
from archive.search.queue import drain
from archive.search.service import SearchRequest
from archive.search.whoosh_read import WhooshSearchEngine
from tests.conftest import SEED, ingest

pytestmark = pytest.mark.django_db
whoosh_only = pytest.mark.skipif(
    not isinstance(engine(), WhooshSearchEngine), reason="Whoosh's index generations"
)

CORPUS = {
    "a-2019.txt": (
        "2019-06-10",
        "ASTANA, June 10 (Kazinform) - Gurbanguly Berdimuhamedov visited Astana for talks with "
        "Kassym-Jomart Tokayev. The presidents discussed gas exports.",
    ),
    "b-2023.txt": (
        "2023-03-02",
        "MOSCOW, March 2 (Reuters) - Vladimir Putin held a phone call with Kassym-Jomart Tokayev. "
        "They discussed the Caspian ports of Aktau and Kuryk.",
    ),
    "c-2024.txt": (
        "2024-05-14",
        "Recep Tayyip Erdoğan visits Baku. Ilham Aliyev welcomed the "
        "Turkish leader; the two signed an agreement on energy.",
    ),
    "d-2024.txt": (
        "2024-09-01",
        "Emmanuel Macron met Olaf Scholz in Paris to discuss Ukraine. Macron said Europe must act.",
    ),
    "e-2025.txt": (
        "2025-02-20",
        "TASHKENT, Feb. 20 (Kazinform) - Shavkat Mirziyoyev and Kassym-Jomart Tokayev "
        "adopted a joint statement in Tashkent on water and visiting rules.",
    ),
    "f-2025.txt": (
        "2025-04-01",
        "Statement joint with the <b>Tokayev</b> office: trade with Uzbekistan grew by 10%.",
    ),
}


@pytest.fixture
def corpus(search_index, write_article, tmp_path):
    for name, (date, body) in CORPUS.items():
        write_article(name, body, date=date)
    ingest(tmp_path, SEED)
    service.forget_names()
    return {a.source_file: a for a in Article.objects.all()}


def found(q="", **kwargs):
    filters = Filters(**{k: v for k, v in kwargs.items() if k in Filters.__dataclass_fields__})
    extra = {k: v for k, v in kwargs.items() if k not in Filters.__dataclass_fields__}
    page = service.search(SearchRequest(q=q, filters=filters, per_page=100, **extra))
    return {hit.article.source_file for hit in page.hits}, page


@pytest.mark.parametrize(
    "q", ["Tokaev", "Токаев", "Токаева", "Токаевым", "Tokayev", "Kasym-Jomart", "TOKAYEV"]
)
def test_name_variants_find_tokayev(corpus, q):
    files, _ = found(q)
    assert {SEED.name, "a-2019.txt", "b-2023.txt", "e-2025.txt"} <= files


def test_turkmen_leader_variants(corpus):
    files, _ = found("Berdymukhamedov")
    assert files == {SEED.name, "a-2019.txt"}


def test_demonym_means_the_country(corpus):
    files, _ = found("Kazakh")
    assert {"a-2019.txt", "b-2023.txt", "e-2025.txt", SEED.name} <= files


def test_accents_fold(corpus):
    assert "c-2024.txt" in found("Erdogan")[0]


def test_exact_spelling_turns_variants_off(corpus):
    assert found("Tokaev", exact=True)[0] == set()
    assert SEED.name in found("Tokayev", exact=True)[0]
    assert found("Kazakh", exact=True)[0] == {SEED.name}  # only the seed writes "Kazakh"


def test_ordinary_words_match_inflections(corpus):
    files, _ = found("visit")
    assert {"c-2024.txt", "e-2025.txt", SEED.name} <= files  # visits, visiting, visit
    assert "c-2024.txt" not in found("visit", exact=True)[0]


def test_names_are_not_stemmed(corpus):
    assert found("Kury")[0] == set()
    assert found("Kuryk")[0] == {"b-2023.txt", SEED.name}


def test_phrases_and_order(corpus):
    assert found('"joint statement"')[0] == {"e-2025.txt", SEED.name}
    assert found('"statement joint"')[0] == {"f-2025.txt"}


def test_or_and_exclusion(corpus):
    assert found("Baku OR Paris")[0] == {"c-2024.txt", "d-2024.txt"}
    assert found("Tokayev -Putin")[0] >= {"a-2019.txt", "e-2025.txt"}
    assert "b-2023.txt" not in found("Tokayev -Putin")[0]
    assert "b-2023.txt" not in found('Tokayev -"phone call"')[0]


def test_filters(corpus):
    assert found("Tokayev", countries=("uz",))[0] == {"e-2025.txt", "f-2025.txt"}
    assert found("", people=("vladimir-putin",))[0] == {"b-2023.txt"}
    assert found("Tokayev", types=("phone_call",))[0] == {"b-2023.txt"}
    files, _ = found("Tokayev", date_from=dt.date(2023, 1, 1), date_to=dt.date(2024, 12, 31))
    assert files == {"b-2023.txt"}
    # The agency a dateline names is the source (the seed names its agency in the text),
    # and any of several sources will do.
    kazinform = corpus["a-2019.txt"].source.slug
    reuters = corpus["b-2023.txt"].source.slug
    assert corpus["e-2025.txt"].source.slug == kazinform != reuters
    assert found("Tokayev", sources=(kazinform,))[0] == {"a-2019.txt", "e-2025.txt", SEED.name}
    both = {"a-2019.txt", "b-2023.txt", "e-2025.txt", SEED.name}
    assert found("", sources=(kazinform, reuters))[0] == both


def test_sorting(corpus):
    _, newest = found("Tokayev", sort="newest")
    dates = [h.article.published for h in newest.hits]
    assert dates == sorted(dates, reverse=True)
    _, oldest = found("Tokayev", sort="oldest")
    assert [h.article.published for h in oldest.hits] == sorted(dates)
    _, relevance = found("Tokayev")
    assert relevance.sort == "relevance" and relevance.hits[0].score > 0


def test_pages(corpus):
    first = service.search(SearchRequest(q="Tokayev", per_page=2, sort="newest"))
    second = service.search(SearchRequest(q="Tokayev", per_page=2, page=2, sort="newest"))
    assert first.total == second.total >= 4 and first.num_pages >= 2
    assert not {h.article.pk for h in first.hits} & {h.article.pk for h in second.hits}


QUERIES = ["", "Tokayev", "visit", "Kazakh OR Turkish", '"joint statement"']
FILTERS = [
    Filters(),
    Filters(countries=("kz",)),
    Filters(countries=("tm",)),
    Filters(people=("kassym-jomart-tokayev",)),
    Filters(types=("talks",)),
    Filters(date_from=dt.date(2024, 1, 1)),
    Filters(sources=("qazinform-news-agency",)),
]


@pytest.mark.parametrize(("q", "filters"), list(itertools.product(QUERIES, FILTERS)))
def test_facets_equal_database_counts(corpus, q, filters):
    page = service.search(SearchRequest(q=q, filters=filters, per_page=500))
    ids = {h.article.pk for h in page.hits}
    assert page.total == len(ids)
    if not q:
        assert ids == set(Article.objects.matching(filters).values_list("pk", flat=True))
    matched = Article.objects.filter(pk__in=ids)
    for facet in page.facets["countries"]:
        assert facet.count == matched.filter(countries__iso2=facet.key.upper()).count()
    for facet in page.facets["people"]:
        assert facet.count == matched.filter(people__slug=facet.key).count()
    for facet in page.facets["types"]:
        assert facet.count == matched.filter(events__type=facet.key).distinct().count()
    for facet in page.facets["years"]:
        assert facet.count == matched.filter(published__year=int(facet.key)).count()
    for facet in page.facets["sources"]:
        assert facet.count == matched.filter(source__slug=facet.key).count()
    expected_sources = set(matched.values_list("source__slug", flat=True)) - {None}
    assert {f.key for f in page.facets["sources"]} == expected_sources
    expected_countries = set(matched.values_list("countries__iso2", flat=True)) - {None}
    assert {f.key.upper() for f in page.facets["countries"]} == expected_countries


def test_snippets_highlight_and_escape(corpus):
    _, page = found("Tokayev")
    snippets = {h.article.source_file: h.snippet for h in page.hits}
    assert "<mark" in snippets["a-2019.txt"]
    assert "&lt;b&gt;" in snippets["f-2025.txt"] and "<b>" not in snippets["f-2025.txt"]


def test_suggestion_only_when_little_is_found(corpus):
    _, page = found("Tokajev")
    assert page.total == 0 and page.suggestion == "Tokayev"  # the capitals of the query
    assert found("Tokayev")[1].suggestion == ""
    assert found("Tokaev")[1].suggestion == ""  # an alias, not a typo


def test_new_alias_found_after_indexing(corpus):
    tokayev = corpus[SEED.name].people.get(slug="kassym-jomart-tokayev")
    PersonAlias.objects.create(person=tokayev, name="Qasymjomart")
    drain()
    service.forget_names()
    assert SEED.name in found("Qasymjomart")[0]


def test_searcher_sees_later_commits(corpus, write_article, tmp_path):
    assert found("Zanzibar")[0] == set()
    path = write_article("late/g.txt", "A delegation from Zanzibar arrived.", date="2025-05-05")
    call_command("ingest", str(path), verbosity=0)
    assert found("Zanzibar")[0] == {"g.txt"}


def test_related_articles(corpus):
    related = service.related(corpus["e-2025.txt"], limit=3)
    assert related and corpus["e-2025.txt"] not in related
    # From the engine itself, not only the database's top-up: e-2025 shares "joint
    # statement", Tokayev and Uzbekistan with f-2025 and the seed.
    text = f"{corpus['e-2025.txt'].headline}\n{corpus['e-2025.txt'].lead}"
    engine_ids = engine().related(corpus["e-2025.txt"].pk, text, 3)
    assert engine_ids and corpus["e-2025.txt"].pk not in engine_ids
    assert set(engine_ids) <= {a.pk for a in corpus.values()}


@whoosh_only
def test_rebuild_swaps_in_a_complete_index(corpus):
    before = found("Tokayev")[0]
    call_command("rebuild_index", verbosity=0)
    assert found("Tokayev")[0] == before
    call_command("check_index", verbosity=0)


@whoosh_only
def test_readers_never_see_an_empty_index_during_rebuild(corpus):
    """A reader thread searches throughout a rebuild: every answer is complete."""
    import threading

    from archive.search.query import parse

    expected = len(found("Tokayev")[0])
    names = service.name_terms()  # read in this thread: the reader touches only the index
    seen: list[int] = []
    errors: list[Exception] = []
    stop = threading.Event()

    def read():
        while not stop.is_set():
            try:
                seen.append(engine().search(parse("Tokayev"), Filters(), names, facets=False).total)
            except Exception as error:  # (a reader's error is a failure, not a quiet thread)
                errors.append(error)
                return

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        for _ in range(3):
            call_command("rebuild_index", verbosity=0)
    finally:
        stop.set()
        reader.join(timeout=30)
    assert not errors
    assert seen and set(seen) == {expected}


def test_haystack_update_index_still_works(corpus):
    Article.objects.filter(source_file="d-2024.txt").update(headline="Quokka summit")
    call_command("update_index", verbosity=0)
    assert found("Quokka")[0] == {"d-2024.txt"}


def test_a_prefix_finds_the_words_it_begins(corpus):
    assert SEED.name in found("Tokay*")[0]
    assert SEED.name in found("turkmen*")[0]  # Turkmenistan, Turkmen …
    assert found("Qzx*")[1].total == 0


def test_a_search_out_of_time_answers_with_what_it_has(corpus, settings):
    settings.NEWSROOM_SEARCH_SECONDS = 0.0  # every search is late
    page, notice = service.search_within(SearchRequest(q="cooperation OR talks OR visit"))
    if isinstance(engine(), WhooshSearchEngine):  # the budget is the embedded engine's
        assert page.partial and "ran out of time" in notice
        assert page.facets == {} and page.suggestion == ""
    settings.NEWSROOM_SEARCH_SECONDS = 8.0
    page, notice = service.search_within(SearchRequest(q="cooperation OR talks OR visit"))
    assert not page.partial and notice == "" and page.total > 0


@pytest.mark.parametrize(
    "q",
    [
        '"' + "the of and to in a for on with that " * 9 + '"',  # a phrase of 90 words
        " ".join(f"zq{i:02d}xkvbnm" for i in range(24)),  # made-up words
        " OR ".join(["the", "of", "and", "to", "in"] * 40),  # 200 alternatives
    ],
)
def test_a_query_has_a_budget_and_says_what_it_left_out(corpus, q):
    parsed = parse(q)
    assert sum(len(c.text.split()) for g in parsed.groups for c in g) <= 24
    assert all(len(g) <= 8 for g in parsed.groups)
    assert parsed.notes  # said, in words
    service.search(SearchRequest(q=q))  # and it answers


def test_filters_that_allow_nothing_find_nothing(corpus):
    # Antarctica is in no article: no search narrowed to it finds anything (an empty set of
    # allowed documents once read as "no filter").
    for q in ("Tokayev", '"joint statement"', "cooperation OR visit"):
        assert found(q, countries=("aq",))[1].total == 0, q


@whoosh_only
@pytest.mark.parametrize(
    "q, filters",
    [
        ('"joint statement"', Filters()),  # "Statement joint" has both words, not in a row
        ('"joint statement"', Filters(countries=("UZ",))),
        ('"the presidents discussed"', Filters()),
        ('"gas exports"', Filters(date_from=dt.date(2020, 1, 1))),
        ('"nowhere to be found"', Filters()),
    ],
)
def test_one_phrase_is_found_and_ranked_in_one_pass_as_the_general_path_would(
    corpus, q, filters, monkeypatch, write_article, tmp_path
):
    for word in ("Alpha", "Omega", "Delta"):  # the same score: ties go to the earlier
        write_article(
            f"tie-{word}.txt",
            f"{word} talks on a joint statement were held.",
            folder=tmp_path / "t",
        )
    ingest(tmp_path / "t")
    names = service.name_terms()
    fast = engine().search(parse(q), filters, names, per_page=2)
    fast_page2 = engine().search(parse(q), filters, names, page=2, per_page=2)
    monkeypatch.setattr(WhooshSearchEngine, "_lone_phrase", staticmethod(lambda *a: None))
    general = engine().search(parse(q), filters, names, per_page=2)
    general_page2 = engine().search(parse(q), filters, names, page=2, per_page=2)
    assert (fast.total, fast.facets) == (general.total, general.facets)
    for a, b in ((fast, general), (fast_page2, general_page2)):
        assert [(pk, round(score, 9), text) for pk, score, text in a.hits] == [
            (pk, round(score, 9), text) for pk, score, text in b.hits
        ]
    if q.startswith('"joint'):
        assert corpus["f-2025.txt"].pk not in {pk for pk, _, _ in fast.hits + fast_page2.hits}


@whoosh_only
def test_facets_of_a_search_matching_most_documents_count_what_it_leaves_out(corpus):
    from archive.search.whoosh_read import _count

    Article.objects.get(source_file="d-2024.txt").delete()  # a deleted document holds nothing
    drain()
    searcher = engine().searcher()
    columns = engine()._columns(searcher)
    size = len(columns["django_id"])
    for docnums in (list(range(1, size)), list(range(size)), [0, size - 1]):
        assert engine()._facet_counts(searcher, docnums) == _count(columns, docnums)


@whoosh_only
@pytest.mark.parametrize(
    "q", ["Tokayev", "gas exports", "Kazakh OR Turkish", "visit -Russia", '"joint statement"']
)
def test_the_documents_of_a_query_of_words_are_whooshs_own(corpus, q):
    from archive.search.whoosh_read import matching_docs

    Article.objects.get(source_file="c-2024.txt").delete()  # deleted: in no posting
    drain()
    searcher = engine().searcher()
    query = engine().build(parse(q), service.name_terms(), exact=False)
    assert sorted(matching_docs(searcher, query)) == sorted(searcher.docs_for_query(query))
