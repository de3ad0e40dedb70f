"""Every listing downloadable, all of it, streamed in constant memory (archive/downloads.py)."""

import csv
import datetime as dt
import io
import json
import tracemalloc

import pytest

from archive.models import Event, EventType
from tests.conftest import refresh_statistics

pytestmark = pytest.mark.django_db


def body(response) -> str:
    assert response.streaming
    return b"".join(response.streaming_content).decode()


def test_search_results_all_of_them_as_csv_and_json(client, seed_article):
    for params in ({"q": "Tokayev"}, {"country": "kz"}, {"q": "Tok*", "sort": "oldest"}):
        response = client.get("/search/export.csv", params)
        assert response["Content-Disposition"].endswith('.csv"')
        rows = list(csv.DictReader(io.StringIO(body(response).lstrip("\ufeff"))))
        assert [int(r["id"]) for r in rows] == [seed_article.pk], params
        assert rows[0]["headline"] == seed_article.headline
        assert "KZ" in rows[0]["countries"].split("; ")
        data = json.loads(body(client.get("/search/export.json", params)))
        assert [r["id"] for r in data] == [seed_article.pk]
    assert json.loads(body(client.get("/search/export.json", {"q": "Zqxwv"}))) == []
    assert client.get("/search/export.exe").status_code == 404
    page = client.get("/search/", {"q": "Tokayev"}).content.decode()
    assert 'href="/search/export.csv?q=Tokayev"' in page


def test_ten_thousand_events_stream_in_constant_memory(client, seed_article):
    day = dt.date(2020, 1, 1)
    for type_, count in ((EventType.TALKS, 10_000), (EventType.AWARD, 2_000)):
        Event.objects.bulk_create(
            Event(type=type_, title=f"Event number {n}", date=day, status="current")
            for n in range(count)
        )
    refresh_statistics()

    def peak(fmt: str, type_: str) -> tuple[int, int]:
        tracemalloc.start()
        response = client.get(f"/events/export.{fmt}", {"type": type_})
        rows = 0
        for chunk in response.streaming_content:  # read as a client reads, chunk by chunk
            rows += chunk.count(b"Event number")
        _, top = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        return rows, top

    for fmt in ("csv", "json"):
        rows, small = peak(fmt, "award")
        assert rows == 2_000
        rows, large = peak(fmt, "talks")
        assert rows == 10_000
        # Five times the rows, about the same memory: a chunk at a time, never the whole.
        assert large < 2 * small, (fmt, small, large)
