"""The read side of a search cluster's index (SEARCH_URL=opensearch://host:9200/index, or
elasticsearch://…): OpenSearch 2.x, Elasticsearch 7 and 8 answer the same query DSL.

archive/search/elastic_write.py writes the index (and maps the fields: keywords for
filters and facets, unstemmed `exact` and `names`, stemmed `text` and `headline`); this
engine reads it with the query DSL, answering exactly what WhooshSearchEngine answers:
the same ParsedQuery rules, filters, exact facet counts (terms aggregations over one
shard), escaped snippets with <mark>, suggestions when little is found, more-like-this.

The translation (request -> DSL body, response -> EngineResult) is pure and tested in
tests/test_search_elastic.py; the contract suite (tests/test_search_contract.py) runs
against whichever engine SEARCH_URL selects.
"""

from __future__ import annotations

from collections import Counter

from haystack import connections

from archive.search.analysis import EXACT, terms
from archive.search.contract import (
    FACET_FIELDS,
    HEADLINE_BOOST,
    SUGGEST_BELOW,
    EngineResult,
    Filters,
    NameTerms,
)
from archive.search.query import Clause, ParsedQuery, same_case, unparse

FACET_SIZE = 10_000  # every value: counts are exact on a single-shard index
SNIPPET_CHARS = 240


def clause_query(clause: Clause, names: NameTerms, exact: bool) -> dict:
    words = terms(EXACT, clause.text)
    if clause.prefix and words:  # any word, or any name's word, beginning so
        fields = ("exact",) if exact else ("exact", "names")
        return _any([{"prefix": {name: {"value": words[0]}}} for name in fields])
    if clause.phrase and len(words) > 1:
        if exact or not all(names.is_name(w) for w in words):  # only names live in `names`
            return {"match_phrase": {"exact": clause.text}}
        return _any(
            [{"match_phrase": {"exact": clause.text}}, {"match_phrase": {"names": clause.text}}]
        )
    parts = []
    for word in words:
        if exact:
            parts.append({"match": {"exact": word}})
        elif names.is_name(word):  # names are never stemmed; aliases live in `names`
            parts.append(
                _any(
                    [
                        {"match": {"exact": word}},
                        {"match": {"names": word}},
                        {"match": {"headline": {"query": word, "boost": HEADLINE_BOOST}}},
                    ]
                )
            )
        else:
            parts.append(
                _any(
                    [
                        {"match": {"text": word}},
                        {"match": {"headline": {"query": word, "boost": HEADLINE_BOOST}}},
                    ]
                )
            )
    if len(parts) == 1:
        return parts[0]
    return {"bool": {"must": parts}} if parts else {"match_none": {}}


def _any(queries: list[dict]) -> dict:
    return {"bool": {"should": queries, "minimum_should_match": 1}}


def filter_clauses(filters: Filters) -> list[dict]:
    out = [{"term": {"countries": c.lower()}} for c in filters.countries]
    out += [{"term": {"people": p}} for p in filters.people]
    out += [{"term": {"places": p}} for p in filters.places]
    out += [{"term": {"event_types": t}} for t in filters.types]
    if filters.sources:
        out.append({"terms": {"source": list(filters.sources)}})
    if filters.date_from or filters.date_to:
        bounds = {}
        if filters.date_from:
            bounds["gte"] = filters.date_from.isoformat()
        if filters.date_to:
            bounds["lte"] = filters.date_to.isoformat()
        out.append({"range": {"published": bounds}})
    return out


def search_body(
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
) -> dict:
    groups = [_any([clause_query(c, names, exact) for c in group]) for group in parsed.groups]
    query = {
        "bool": {
            "must": groups or [{"match_all": {}}],
            "must_not": [clause_query(c, names, exact) for c in parsed.excluded],
            "filter": [{"term": {"django_ct": "archive.article"}}, *filter_clauses(filters)],
        }
    }
    body = {
        "query": query,
        "from": (max(page, 1) - 1) * per_page,
        "size": per_page,
        "track_total_hits": True,
        "_source": ["django_id"],
        "highlight": {
            "encoder": "html",  # the text is escaped; only our <mark> tags are markup
            "pre_tags": ["<mark>"],
            "post_tags": ["</mark>"],
            "fields": {
                "text": {"fragment_size": SNIPPET_CHARS, "number_of_fragments": 1},
                "exact": {"fragment_size": SNIPPET_CHARS, "number_of_fragments": 1},
            },
            "no_match_size": SNIPPET_CHARS,
        },
    }
    if not snippets:
        del body["highlight"]
    if sort in {"newest", "oldest"}:
        body["sort"] = [{"published": "desc" if sort == "newest" else "asc"}, "_score"]
    if facets:
        body["aggs"] = {
            name: {"terms": {"field": name, "size": FACET_SIZE}} for name in FACET_FIELDS
        }
    return body


def read_response(response: dict) -> EngineResult:
    hits = []
    for hit in response["hits"]["hits"]:
        marked = hit.get("highlight", {})
        fragments = marked.get("text") or marked.get("exact") or [""]
        hits.append((int(hit["_source"]["django_id"]), float(hit.get("_score") or 0), fragments[0]))
    total = response["hits"]["total"]
    total = total["value"] if isinstance(total, dict) else int(total)
    counts = {
        name: Counter({b["key"]: b["doc_count"] for b in agg["buckets"]})
        for name, agg in response.get("aggregations", {}).items()
    }
    return EngineResult(total, hits, counts)


def suggestion(parsed: ParsedQuery, names: NameTerms, options: dict[str, str]) -> str:
    """Rebuild the query with each unknown word replaced by ES's best term suggestion."""
    changed = False

    def fix(clause: Clause) -> Clause:
        nonlocal changed
        if clause.prefix:  # a prefix is no misspelling
            return clause
        out = []
        for word in clause.text.split():
            folded = (terms(EXACT, word) or [word.lower()])[0]
            if folded in options and not names.is_name(folded):
                changed = True
                out.append(same_case(options[folded], word))
            else:
                out.append(word)
        return Clause(" ".join(out), clause.phrase)

    fixed = ParsedQuery(tuple(tuple(fix(c) for c in g) for g in parsed.groups), parsed.excluded)
    return unparse(fixed) if changed else ""


class ElasticsearchEngine:
    """archive.search.contract.SearchEngine on Elasticsearch, as WhooshSearchEngine on Whoosh."""

    def __init__(self, alias: str = "default"):
        self.alias = alias

    def backend(self):
        backend = connections[self.alias].get_backend()
        if not backend.setup_complete:
            backend.setup()
        return backend

    def reset(self) -> None:  # nothing held between requests
        pass

    def _search(self, body: dict) -> dict:
        backend = self.backend()
        return backend.cluster.search(backend.index_name, body)

    def search(self, parsed, filters, names, **options) -> EngineResult:
        if not parsed.has_text:
            return EngineResult(0, [])
        result = read_response(self._search(search_body(parsed, filters, names, **options)))
        result.hits = [(pk, score, snippet or "") for pk, score, snippet in result.hits]
        if result.total < SUGGEST_BELOW and parsed.words:
            result.suggestion = self._suggest(parsed, names)
        return result

    def _suggest(self, parsed: ParsedQuery, names: NameTerms) -> str:
        body = {
            "size": 0,
            "suggest": {
                "words": {"text": " ".join(parsed.words), "term": {"field": "exact", "size": 1}}
            },
        }
        options = {}
        for entry in self._search(body).get("suggest", {}).get("words", []):
            if entry["options"] and len(entry["text"]) >= 4:
                options[entry["text"]] = entry["options"][0]["text"]
        return suggestion(parsed, names, options)

    def related(self, article_id: int, text: str, limit: int = 5) -> list[int]:
        body = {
            "size": limit,
            "_source": ["django_id"],
            "query": {
                "more_like_this": {
                    "fields": ["headline", "text"],
                    "like": [
                        {
                            "_index": self.backend().index_name,
                            "_id": f"archive.article.{article_id}",
                        },
                        text,
                    ],
                    "min_term_freq": 1,
                    "max_query_terms": 12,
                }
            },
        }
        hits = self._search(body)["hits"]["hits"]
        return [int(h["_source"]["django_id"]) for h in hits if h["_source"]["django_id"]]
