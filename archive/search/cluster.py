"""A search cluster: OpenSearch 2.x, Elasticsearch 7 or Elasticsearch 8, reached through the
few operations the archive needs (create an index, point the alias at it, bulk-write, search,
scroll), whichever client library speaks to it.

- OpenSearch is spoken to with `opensearch-py`: the Elasticsearch 7.14+ client refuses any
  server that is not Elasticsearch.
- Elasticsearch 7 and 8 with the `elasticsearch` 7.x client; on an 8.x server it asks for the
  7.x REST API (the client's documented compatibility mode), which 8.x answers unchanged.

Readers and writers name the alias (SEARCH_URL's index, "newsroom"); the alias points at one
concrete index ("newsroom-g0", then one per rebuild), so that rebuild_index can fill a new
index aside and swap the alias over in one atomic request.

Pure parts (the bulk body, its errors, the alias actions, document versions) are functions
tested without a server; `Cluster` is their thin wrapper around a client.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterable, Iterator

FLAVOURS = ("opensearch", "elasticsearch")
FIRST_GENERATION = "g0"
BULK_ACTIONS = 500  # documents per bulk request (a few MB: far under any server's limit)
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


class ClusterError(Exception):
    """The cluster could not do what was asked (unreachable, refused, or a document was
    rejected). Nothing is lost: the caller's changes stay queued."""


def generation_name(alias: str, now: dt.datetime | None = None) -> str:
    """A new concrete index's name: the alias, then a time stamp (sorts by age)."""
    now = now or dt.datetime.now(dt.UTC)
    return f"{alias}-g{now:%Y%m%d%H%M%S%f}"


def version_of(document: dict) -> int:
    """The document's version: its article's last change in microseconds. The cluster keeps
    the highest version it has been sent (version_type external_gte), so a writer that read
    an article before another writer's newer read cannot overwrite the newer document —
    what Whoosh's write lock gives the embedded index, without a lock across hosts."""
    stamp = document.get("updated")
    if not stamp:
        return 0
    moment = dt.datetime.fromisoformat(str(stamp))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return (moment - EPOCH) // dt.timedelta(microseconds=1)


def bulk_lines(actions: Iterable[tuple[str, str, dict | None]], index: str) -> Iterator[dict]:
    """The bulk request's lines for (op, document id, document) actions: "index" with the
    document's version, or "delete"."""
    for op, doc_id, document in actions:
        if op == "index":
            yield {
                "index": {
                    "_index": index,
                    "_id": doc_id,
                    "version": version_of(document),
                    "version_type": "external_gte",
                }
            }
            yield document
        elif op == "delete":
            yield {"delete": {"_index": index, "_id": doc_id}}
        else:
            raise ValueError(f"unknown bulk action {op!r}")


def bulk_body(actions, index: str) -> str:
    return "".join(json.dumps(line, default=str) + "\n" for line in bulk_lines(actions, index))


def bulk_failures(response: dict) -> list[str]:
    """What a bulk response says went wrong, one line per document, leaving out what is no
    failure: an older version refused (a newer write won), a delete of what is not there."""
    if not response.get("errors"):
        return []
    failures = []
    for item in response.get("items", ()):
        ((op, result),) = item.items()
        status = result.get("status", 200)
        if status < 300 or status == 409 or (op == "delete" and status == 404):
            continue
        error = result.get("error") or {}
        reason = error.get("reason", error) if isinstance(error, dict) else error
        failures.append(f"{op} {result.get('_id')}: {status} {reason}")
    return failures


def alias_actions(alias: str, new: str, current: list[tuple[str, bool]]) -> list[dict]:
    """One atomic _aliases request that moves `alias` to `new`. `current` lists what the
    alias resolves to now: (index, True) for an index behind the alias, (alias, False) for a
    concrete index of the alias's own name (made before aliases), removed in the same step."""
    actions = []
    for name, by_alias in current:
        if by_alias:
            actions.append({"remove": {"index": name, "alias": alias}})
        else:
            actions.append({"remove_index": {"index": name}})
    actions.append({"add": {"index": new, "alias": alias}})
    return actions


def client_for(flavour: str, hosts: list[str], options: dict):
    """A client of the flavour's own library (imported only here: a Whoosh archive installs
    neither)."""
    if flavour == "opensearch":
        import opensearchpy

        return opensearchpy.OpenSearch(hosts=hosts, **options), opensearchpy
    if flavour == "elasticsearch":
        import elasticsearch

        return elasticsearch.Elasticsearch(hosts, **options), elasticsearch
    raise ValueError(f"unknown search cluster flavour {flavour!r} (one of {FLAVOURS})")


class Cluster:
    """The operations the archive needs, on a real cluster; each failure a ClusterError."""

    def __init__(
        self,
        flavour: str,
        hosts: list[str],
        options: dict | None = None,
        *,
        client=None,
        library=None,
    ):
        """`client` and `library` (its module: errors, helpers) are made from the flavour
        unless given (tests give an in-memory cluster's)."""
        self.flavour, self.hosts, self.options = flavour, list(hosts), dict(options or {})
        self._client, self._library = client, library

    def __repr__(self) -> str:
        return f"{self.flavour} cluster at {', '.join(self.hosts)}"

    @property
    def client(self):
        """Made on first use: settings load, `manage.py check` and the like need no cluster."""
        if self._client is None:
            client, self._library = client_for(self.flavour, self.hosts, self.options)
            if self.flavour == "elasticsearch":
                major = int(self._call(client.info)["version"]["number"].split(".")[0])
                if major >= 8:  # the 7.x client's compatibility mode, read by every request
                    os.environ["ELASTIC_CLIENT_APIVERSIONING"] = "true"
            self._client = client
        return self._client

    def _call(self, method, *args, **kwargs):
        try:
            return method(*args, **kwargs)
        except self._library.TransportError as exc:  # unreachable, refused, not found …
            raise ClusterError(f"{self}: {exc}") from exc

    def _not_found(self, exc: ClusterError) -> bool:
        return isinstance(exc.__cause__, self._library.NotFoundError)

    def targets(self, alias: str) -> list[tuple[str, bool]]:
        """What `alias` resolves to: [(index, True), …] behind the alias, [(alias, False)] for
        a concrete index of that name, [] for nothing."""
        indices = self.client.indices
        try:
            found = self._call(indices.get_alias, name=alias)
        except ClusterError as exc:
            if not self._not_found(exc):
                raise
            found = {}
        if found:
            return [(name, True) for name in sorted(found)]
        if self._call(indices.exists, index=alias):
            return [(alias, False)]
        return []

    def create(self, name: str, body: dict, alias: str | None = None) -> bool:
        """Create an index (behind `alias` if given); False if it already exists."""
        if alias:
            body = {**body, "aliases": {alias: {}}}
        try:
            self._call(self.client.indices.create, index=name, body=body)
        except ClusterError as exc:
            if "resource_already_exists" in str(exc.__cause__):
                return False
            raise
        return True

    def put_mapping(self, index: str, mapping: dict) -> None:
        self._call(self.client.indices.put_mapping, index=index, body=mapping)

    def delete(self, names: Iterable[str]) -> None:
        for name in names:
            try:
                self._call(self.client.indices.delete, index=name)
            except ClusterError as exc:
                if not self._not_found(exc):
                    raise

    def swap(self, alias: str, new: str, current: list[tuple[str, bool]]) -> None:
        body = {"actions": alias_actions(alias, new, current)}
        self._call(self.client.indices.update_aliases, body=body)

    def bulk(self, index: str, actions: list[tuple[str, str, dict | None]]) -> None:
        for start in range(0, len(actions), BULK_ACTIONS):
            chunk = actions[start : start + BULK_ACTIONS]
            response = self._call(self.client.bulk, body=bulk_body(chunk, index))
            failures = bulk_failures(response)
            if failures:
                more = f" (and {len(failures) - 1} more)" if len(failures) > 1 else ""
                raise ClusterError(f"{self} refused {failures[0]}{more}")

    def refresh(self, index: str) -> None:
        self._call(self.client.indices.refresh, index=index)

    def search(self, index: str, body: dict) -> dict:
        return self._call(self.client.search, index=index, body=body)

    def scan(self, index: str, query: dict) -> list[dict]:
        client = self.client
        return self._call(lambda: list(self._library.helpers.scan(client, query, index=index)))
