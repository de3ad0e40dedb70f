"""An article's search document as every engine's writer sends it: haystack's prepared
fields, each value in the engine's own form, without haystack's per-document boost."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from haystack.exceptions import SkipDocument


def documents(backend, index, objects: Iterable) -> Iterator[dict]:
    """The documents of `objects` (those the index skips left out)."""
    for obj in objects:
        try:
            prepared = index.full_prepare(obj)
        except SkipDocument:
            continue
        document = {key: backend._from_python(value) for key, value in prepared.items()}
        document.pop("boost", None)
        yield document
