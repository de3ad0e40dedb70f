"""Addresses of many records at once: a route reversed once, then filled in per record.

`reverse()` costs tens of microseconds; a page that links hundreds of countries, people or
months (a map's table, a calendar, a table of trips) spent most of its time in it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from django.urls import reverse


@lru_cache(maxsize=64)
def address(name: str, *samples: int | str) -> Callable[..., str]:
    """A formatter for the route's addresses, reversed once with `samples`, values the
    route accepts that appear nowhere else in its address, left to right:
    address("archive:article", 918273645, "sample-slug")(12, "its-slug") is
    reverse("archive:article", args=[12, "its-slug"]). (Routes never change while a
    process runs.)"""
    pattern = reverse(name, args=samples).replace("{", "{{").replace("}", "}}")
    for n, sample in enumerate(samples):
        pattern = pattern.replace(str(sample), f"{{{n}}}", 1)
    return pattern.format


def person(slug: str) -> str:
    return address("archive:person", "sample-slug")(slug)


def country(iso2: str) -> str:
    return address("archive:country", "zz")(iso2.lower())


def pair(first: str, second: str) -> str:
    """The pair page of two country codes, in the canonical order."""
    return address("archive:pair", "xx-yy")("-".join(sorted([first.lower(), second.lower()])))


def article(pk: int, slug: str) -> str:
    return address("archive:article", 918273645, "sample-slug")(pk, slug)


def event(pk: int) -> str:
    return address("archive:event", 918273645)(pk)


def place(slug: str) -> str:
    return address("archive:place", "sample-slug")(slug)


def source(slug: str) -> str:
    return address("archive:source", "sample-slug")(slug)


def month(year: int, month: int) -> str:
    return address("archive:article-month", 2999, 12)(f"{year:04d}", f"{month:02d}")


def year(year: int) -> str:
    return address("archive:article-year", 2999)(f"{year:04d}")
