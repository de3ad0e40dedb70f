"""The search and listing parameters, read leniently: a value that cannot be used is ignored
and reported by name, never a 500, and a name where a code is expected is understood
("country=Kazakhstan", "country=Kazakh", "person=Tokayev"). What is in force is shown as
chips by name; what is not, as notices."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from django import forms
from django.db.models import Q
from django.http import QueryDict

from archive.models import (
    AliasKind,
    Country,
    CountryAlias,
    EventType,
    Person,
    PersonAlias,
    Place,
    PlaceAlias,
    Source,
)
from archive.search.contract import Filters
from archive.search.query import MAX_QUERY_CHARS, parse
from archive.search.service import PER_PAGE, SORTS, SearchRequest

MAX_VALUES = 10  # per repeatable parameter
MAX_PAGE = 500
MAX_VALUE_CHARS = 150


@dataclass(frozen=True)
class Chip:
    """A filter in force: its parameter, its value in the URL and its name for people."""

    param: str
    value: str
    label: str


class Unusable(Exception):
    """A filter value that names nothing; its message says why, for the reader."""


def _one(found: dict, raw: str, what: str):
    if len(found) > 1:
        names = ", ".join(sorted(str(label) for label in found.values())[:5])
        raise Unusable(f"{what} “{raw}” could be several ({names}): choose one")
    if not found:
        raise Unusable(f"no {what} is called “{raw}”")
    return next(iter(found.items()))


def country(raw: str) -> tuple[str, str]:
    """A country by its code (kz, KZ, KAZ), name, short form or demonym."""
    text = raw.strip()
    if re.fullmatch(r"[A-Za-z]{2}", text):
        row = Country.objects.filter(iso2__iexact=text).values_list("iso2", "name").first()
        if row:
            return row[0].lower(), row[1]
    rows = Country.objects.filter(
        Q(name__iexact=text) | Q(official_name__iexact=text) | Q(iso3__iexact=text)
    ).values_list("iso2", "name")
    found = dict(rows)
    if not found:
        aliases = CountryAlias.objects.filter(name__iexact=text).exclude(
            kind__in=[AliasKind.CAPITAL, AliasKind.SURNAME]
        )
        found = dict(aliases.values_list("country__iso2", "country__name"))
    code, name = _one(found, raw, "country")
    return code.lower(), name


def _named(model, alias_model, owner: str, raw: str, what: str) -> tuple[str, str]:
    """A record by the slug of its page (or of one merged into it), its name or any of its
    aliases."""
    text = raw.strip()
    row = model.objects.filter(Q(slug=text.lower()) | Q(former_slugs__slug=text.lower()))
    if row := row.values_list("slug", "name").first():
        return row
    found = dict(model.objects.filter(name__iexact=text).values_list("slug", "name"))
    if not found:
        aliases = alias_model.objects.filter(name__iexact=text)
        found = dict(aliases.values_list(f"{owner}__slug", f"{owner}__name"))
    return _one(found, raw, what)


def person(raw: str) -> tuple[str, str]:
    return _named(Person, PersonAlias, "person", raw, "person")


def place(raw: str) -> tuple[str, str]:
    return _named(Place, PlaceAlias, "place", raw, "place")


def source(raw: str) -> tuple[str, str]:
    text = raw.strip()
    found = dict(
        Source.objects.filter(Q(slug=text.lower()) | Q(name__iexact=text)).values_list(
            "slug", "name"
        )
    )
    return _one(found, raw, "source")


def event_type(raw: str) -> tuple[str, str]:
    """An event type by its value or any name in its label, singular or plural ("visits",
    "Phone call", "meeting" for "Talks or meeting", "condolence")."""
    text = "_".join(raw.strip().lower().split())
    labels = {value: str(label) for value, label in EventType.choices}
    for candidate in (text, text.removesuffix("s")):
        for value, label in labels.items():
            names = {value, *("_".join(n.lower().split()) for n in label.split(" or "))}
            if candidate in names:
                return value, label
    raise Unusable(f"“{raw}” is not an event type (one of: {', '.join(labels)})")


# Each repeatable filter: its URL parameter, its Filters field and how a value is read.
RESOLVERS = {
    "country": ("countries", country),
    "person": ("people", person),
    "place": ("places", place),
    "type": ("types", event_type),
    "source": ("sources", source),
}


class SearchForm(forms.Form):
    q = forms.CharField(required=False, max_length=10_000, strip=True)
    date_from = forms.DateField(required=False, input_formats=["%Y-%m-%d"])
    date_to = forms.DateField(required=False, input_formats=["%Y-%m-%d"])
    sort = forms.ChoiceField(required=False, choices=[(s, s) for s in SORTS])
    page = forms.IntegerField(required=False, min_value=1)
    exact = forms.BooleanField(required=False)

    def __init__(self, params, *args, **kwargs):
        data = params.copy()
        # `from` and `to` are what the URL says; Python cannot name a field `from`.
        data.setdefault("date_from", params.get("from", ""))
        data.setdefault("date_to", params.get("to", ""))
        super().__init__(data, *args, **kwargs)
        self.params = params
        self.problems: list[str] = []
        self.chips: list[Chip] = []
        self._canonical: dict[str, list[str]] = {}
        self._request: SearchRequest | None = None

    def to_request(self, per_page: int = PER_PAGE) -> SearchRequest:
        if self._request is not None:
            return self._request
        self.is_valid()
        data = {k: v for k, v in self.cleaned_data.items() if k not in self.errors}
        chosen = {field: self._resolve(param, read) for param, (field, read) in RESOLVERS.items()}
        date_from, date_to = self._dates(data.get("date_from"), data.get("date_to"))
        q = data.get("q") or ""
        if len(q) > MAX_QUERY_CHARS:
            self.problems.append(
                f"The query is {len(q):,} characters long: only the first {MAX_QUERY_CHARS} "
                "are searched."
            )
        parsed = parse(q)
        if q and not parsed.has_text:
            self.problems.append(f"“{q[:80]}” has no words to search for: showing every article.")
        self.problems.extend(parsed.notes)
        for name in ("sort", "page"):
            if name in self.errors:
                self.problems.append(f"{name} “{self.params.get(name)}”: {self._error(name)}")
        page = data.get("page") or 1
        if page > MAX_PAGE:
            self.problems.append(
                f"Results are shown up to page {MAX_PAGE}: narrow the search to see further."
            )
            page = MAX_PAGE
        self._request = SearchRequest(
            q=q,
            filters=Filters(date_from=date_from, date_to=date_to, **chosen),
            sort=data.get("sort") or "",
            page=page,
            exact=bool(data.get("exact")),
            per_page=per_page,
        )
        return self._request

    def _resolve(self, param: str, read) -> tuple[str, ...]:
        values: dict[str, str] = {}
        canonical = []
        raw_values = [v for v in self.params.getlist(param) if v.strip()]
        if len(raw_values) > MAX_VALUES:
            self.problems.append(f"Only the first {MAX_VALUES} values of {param} are used.")
        for raw in raw_values[:MAX_VALUES]:
            try:
                if len(raw) > MAX_VALUE_CHARS:
                    raise Unusable(f"“{raw[:40]}…” is too long to be a {param}")
                value, label = read(raw)
            except Unusable as problem:
                self.problems.append(f"Ignored {param}: {problem}.")
                canonical.append(raw)  # kept in the URL, and reported again
                continue
            if value not in values:
                values[value] = label
                canonical.append(value)
                self.chips.append(Chip(param, value, label))
        self._canonical[param] = canonical
        return tuple(values)

    def _dates(self, date_from, date_to):
        for name, param in (("date_from", "from"), ("date_to", "to")):
            if name in self.errors:
                raw = self.params.get(param) or self.params.get(name)
                self.problems.append(
                    f"Ignored {param}: “{raw}” is not a date; write it as YYYY-MM-DD."
                )
        if date_from and date_to and date_from > date_to:
            self.problems.append(
                f"from {date_from:%Y-%m-%d} is after to {date_to:%Y-%m-%d}: read as "
                f"{date_to:%Y-%m-%d} to {date_from:%Y-%m-%d}."
            )
            date_from, date_to = date_to, date_from
        return date_from, date_to

    def _error(self, name: str) -> str:
        return " ".join(str(e) for e in self.errors[name]).rstrip(".").lower()

    def canonical_query(self) -> str | None:
        """The query string with every usable filter value written as the archive writes it
        (country=Kazakhstan → country=kz), or None when it is written so already."""
        self.to_request()
        params = QueryDict(mutable=True)
        changed = False
        for name, values in self.params.lists():
            if name in self._canonical:
                new = self._canonical[name]
                changed |= new != values
                params.setlist(name, new)
            elif name not in RESOLVERS:
                params.setlist(name, values)
        return params.urlencode() if changed else None

    @property
    def date_chips(self) -> list[Chip]:
        filters = self.to_request().filters
        chips = []
        for param, day in (("from", filters.date_from), ("to", filters.date_to)):
            if isinstance(day, dt.date):
                chips.append(Chip(param, day.isoformat(), f"{param} {day:%-d %B %Y}"))
        return chips
