"""Build the extraction Gazetteer from the database (a read; the admin's edits included)."""

from __future__ import annotations

from archive.ingest.extract.gazetteer import COUNTRY, PERSON, PLACE, Gazetteer, Name, OfficeTerm
from archive.models import (
    AliasKind,
    Country,
    CountryAlias,
    Office,
    Person,
    PersonAlias,
    Place,
    PlaceAlias,
)


def build_gazetteer() -> Gazetteer:
    names: list[Name] = []
    labels: dict[tuple[str, str], str] = {}
    for iso2, name, official in Country.objects.values_list("iso2", "name", "official_name"):
        labels[(COUNTRY, iso2)] = name
        names.append(Name(name, COUNTRY, iso2))
        if official:
            names.append(Name(official, COUNTRY, iso2, alias_kind="official"))
    for iso2, alias, kind in CountryAlias.objects.values_list("country__iso2", "name", "kind"):
        names.append(Name(alias, COUNTRY, iso2, alias_kind=kind))
    for slug, name in Person.objects.values_list("slug", "name"):
        labels[(PERSON, slug)] = name
        names.append(Name(name, PERSON, slug))
    for slug, alias, kind in PersonAlias.objects.values_list("person__slug", "name", "kind"):
        names.append(Name(alias, PERSON, slug, weak=kind == AliasKind.SURNAME, alias_kind=kind))
    place_countries = {}
    for slug, name, iso2 in Place.objects.values_list("slug", "name", "country__iso2"):
        labels[(PLACE, slug)] = name
        place_countries[slug] = iso2
        names.append(Name(name, PLACE, slug))
    for slug, alias in PlaceAlias.objects.values_list("place__slug", "name"):
        names.append(Name(alias, PLACE, slug))
    # In load order (pk), not Meta's -start: a person's first-listed office names their own
    # country (Macron is French first, co-prince of Andorra second, both since 2017-05-14).
    offices = [
        OfficeTerm(person, role, title, iso2 or "", start, end)
        for person, role, title, iso2, start, end in Office.objects.order_by("pk").values_list(
            "person__slug", "role", "title", "country__iso2", "start", "end"
        )
    ]
    return Gazetteer(names, offices, labels=labels, place_countries=place_countries)
