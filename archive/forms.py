"""The search parameters, read leniently: a bad value is reported and ignored, never a 500."""

from __future__ import annotations

import re

from django import forms

from archive.models import EventType
from archive.search.contract import Filters
from archive.search.service import PER_PAGE, SORTS, SearchRequest

MAX_VALUES = 10  # per repeatable parameter
MAX_PAGE = 500
SLUG_RE = re.compile(r"[-a-z0-9]{1,150}\Z")


class SearchForm(forms.Form):
    q = forms.CharField(required=False, max_length=10_000, strip=True)
    date_from = forms.DateField(required=False, input_formats=["%Y-%m-%d"])
    date_to = forms.DateField(required=False, input_formats=["%Y-%m-%d"])
    sort = forms.ChoiceField(required=False, choices=[(s, s) for s in SORTS])
    page = forms.IntegerField(required=False, min_value=1, max_value=MAX_PAGE)
    exact = forms.BooleanField(required=False)

    def __init__(self, params, *args, **kwargs):
        data = params.copy()
        # `from` and `to` are what the URL says; Python cannot name a field `from`.
        data.setdefault("date_from", params.get("from", ""))
        data.setdefault("date_to", params.get("to", ""))
        super().__init__(data, *args, **kwargs)
        self.params = params

    def values(self, name: str, pattern=SLUG_RE, lower=True) -> tuple[str, ...]:
        raw = [v.strip().lower() if lower else v.strip() for v in self.params.getlist(name)]
        return tuple(dict.fromkeys(v for v in raw if pattern.match(v)))[:MAX_VALUES]

    def to_request(self, per_page: int = PER_PAGE) -> SearchRequest:
        self.is_valid()
        data = {k: v for k, v in self.cleaned_data.items() if k not in self.errors}
        types = tuple(t for t in self.values("type") if t in EventType.values)
        filters = Filters(
            countries=self.values("country", re.compile(r"[a-z]{2}\Z")),
            people=self.values("person"),
            places=self.values("place"),
            types=types,
            sources=self.values("source"),
            date_from=data.get("date_from"),
            date_to=data.get("date_to"),
        )
        return SearchRequest(
            q=data.get("q") or "",
            filters=filters,
            sort=data.get("sort") or "",
            page=data.get("page") or 1,
            exact=bool(data.get("exact")),
            per_page=per_page,
        )

    @property
    def problems(self) -> list[str]:
        labels = {"date_from": "from", "date_to": "to"}
        return [f"{labels.get(f, f)}: {' '.join(e)}" for f, e in self.errors.items()]
