"""Compare the search index with the database."""

from __future__ import annotations

from dataclasses import dataclass, field

from haystack import connections

from archive.models import Article


@dataclass
class Report:
    articles: int = 0
    indexed: int = 0
    missing: set[int] = field(default_factory=set)
    stale: set[int] = field(default_factory=set)
    ghosts: set[int] = field(default_factory=set)

    @property
    def clean(self) -> bool:
        return not (self.missing or self.stale or self.ghosts)


def compare() -> Report:
    """Missing: in the database, not the index. Ghost: the reverse. Stale: the document's
    stored stamp, countries or people differ from the database."""
    backend = connections["default"].get_backend()
    documents = backend.document_stamps()
    expected = {}
    for pk, updated in Article.objects.values_list("pk", "updated_at").iterator():
        expected[pk] = [updated.isoformat(), set(), set()]
    for pk, code in Article.countries.through.objects.values_list("article_id", "country__iso2"):
        expected[pk][1].add(code.lower())
    for pk, slug in Article.people.through.objects.values_list("article_id", "person__slug"):
        expected[pk][2].add(slug)
    report = Report(articles=len(expected), indexed=len(documents))
    report.missing = set(expected) - set(documents)
    report.ghosts = set(documents) - set(expected)
    for pk in set(expected) & set(documents):
        stamp, countries, people = expected[pk]
        doc = documents[pk]
        if doc["updated"] != stamp or doc["countries"] != countries or doc["people"] != people:
            report.stale.add(pk)
    return report
