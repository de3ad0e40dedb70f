"""An in-memory search cluster for the tests of the cluster's write side when no server is
at hand: a stand-in for the server (never for the archive's code), answering the few APIs
archive/search/cluster.py calls as OpenSearch and Elasticsearch document them — indices and
aliases (one atomic _aliases request, a concrete index removed there with remove_index),
bulk requests with external_gte versions (an older version refused with 409), deletes of
what is missing answered 404, a scroll of every document. It searches nothing: the search
contract suite runs on a real cluster (`SEARCH_URL=opensearch://… make test-search`)."""

from __future__ import annotations

import json
import types


class TransportError(Exception):
    def __init__(self, status: int, error: str, info: str = ""):
        super().__init__(status, error, info)
        self.status_code, self.error = status, error


class NotFoundError(TransportError):
    pass


class RequestError(TransportError):
    pass


class Indices:
    def __init__(self, server: MemoryServer):
        self.server = server

    def get_alias(self, *, name):
        found = {i: {"aliases": {name: {}}} for i, a in self.server.aliases.items() if name in a}
        if not found:
            raise NotFoundError(404, "aliases_not_found_exception", name)
        return found

    def exists(self, *, index):
        return index in self.server.docs or any(index in a for a in self.server.aliases.values())

    def create(self, *, index, body):
        if self.exists(index=index):
            raise RequestError(400, "resource_already_exists_exception", index)
        self.server.docs[index] = {}
        self.server.bodies[index] = body
        self.server.aliases[index] = set((body or {}).get("aliases", {}))

    def put_mapping(self, *, index, body):
        for name in self.server.resolve(index):
            self.server.bodies[name].setdefault("mappings", {}).update(body)

    def delete(self, *, index):
        if index not in self.server.docs:
            raise NotFoundError(404, "index_not_found_exception", index)
        for table in (self.server.docs, self.server.bodies, self.server.aliases):
            del table[index]

    def update_aliases(self, *, body):
        aliases = {name: set(a) for name, a in self.server.aliases.items()}
        removed = set()
        for action in body["actions"]:
            ((verb, args),) = action.items()
            index = args["index"]
            if index not in aliases:
                raise NotFoundError(404, "index_not_found_exception", index)
            if verb == "remove":
                if args["alias"] not in aliases[index]:
                    raise NotFoundError(404, "aliases_not_found_exception", args["alias"])
                aliases[index].discard(args["alias"])
            elif verb == "remove_index":
                del aliases[index]
                removed.add(index)
            elif verb == "add":
                if args["alias"] in aliases and args["alias"] not in removed:
                    raise RequestError(400, "invalid_alias_name_exception", args["alias"])
                aliases[index].add(args["alias"])
            else:
                raise RequestError(400, "illegal_argument_exception", verb)
        for index in removed:  # all or nothing: applied once every action is valid
            del self.server.docs[index], self.server.bodies[index]
        self.server.aliases = aliases
        self.server.alias_requests += 1

    def refresh(self, *, index):
        self.server.resolve(index)


class MemoryServer:
    """The client object: `indices`, `bulk`, `info`; `down` makes every call fail."""

    def __init__(self, version: str = "2.11.0"):
        self.docs: dict[str, dict[str, tuple[int, dict]]] = {}
        self.bodies: dict[str, dict] = {}
        self.aliases: dict[str, set[str]] = {}
        self.version, self.down, self.alias_requests = version, False, 0
        self._indices = Indices(self)

    @property
    def indices(self):
        self._check()
        return self._indices

    def _check(self):
        if self.down:
            raise TransportError("N/A", "ConnectionError", "connection refused")

    def info(self):
        self._check()
        return {"version": {"number": self.version}}

    def search(self, *, index, body):
        self._check()
        raise NotImplementedError("the in-memory cluster searches nothing")

    def resolve(self, name: str) -> list[str]:
        if name in self.docs:
            return [name]
        found = [i for i, a in self.aliases.items() if name in a]
        if not found:
            raise NotFoundError(404, "index_not_found_exception", name)
        return found

    def documents(self, name: str) -> dict[str, dict]:
        """{document id: source} of the index `name` (or its alias) — for the tests."""
        (index,) = self.resolve(name)
        return {doc_id: source for doc_id, (_, source) in self.docs[index].items()}

    def bulk(self, *, body):
        self._check()
        lines = [json.loads(line) for line in body.splitlines() if line.strip()]
        items, errors = [], False
        while lines:
            ((op, meta),) = lines.pop(0).items()
            source = lines.pop(0) if op == "index" else None
            targets = self.resolve(meta["_index"])
            if len(targets) != 1:
                status, error = 400, "illegal_argument_exception"
            else:
                status, error = self._write(targets[0], op, meta, source)
            result = {"_id": meta["_id"], "status": status}
            if error:
                result["error"] = {"type": error, "reason": error}
                errors = True
            items.append({op: result})
        return {"errors": errors, "items": items}

    def _write(self, index, op, meta, source):
        docs = self.docs[index]
        if op == "delete":
            return (200, None) if docs.pop(meta["_id"], None) else (404, None)
        version = meta["version"]
        assert meta["version_type"] == "external_gte"
        if meta["_id"] in docs and docs[meta["_id"]][0] > version:
            return 409, "version_conflict_engine_exception"
        docs[meta["_id"]] = (version, source)
        return 201, None


def scan(client, query, index):
    client._check()
    (ct,) = query["query"]["term"].values()
    for name in client.resolve(index):
        for doc_id, (_, source) in client.docs[name].items():
            if source.get("django_ct") == ct:
                kept = {k: v for k, v in source.items() if k in query["_source"]}
                yield {"_id": doc_id, "_source": kept}


LIBRARY = types.SimpleNamespace(
    TransportError=TransportError,
    NotFoundError=NotFoundError,
    helpers=types.SimpleNamespace(scan=scan),
)
