"""The gazetteer in the database: loaded from its files (creating what is missing, never
overwriting an editor's correction), and read back as the extraction's Gazetteer (the
admin's edits included)."""

from __future__ import annotations

import re

from django.db import transaction
from django.db.models import Max
from django.utils.text import slugify

from archive.cache import bump
from archive.ingest.extract.gazetteer import COUNTRY, PERSON, PLACE, Gazetteer, Name, OfficeTerm
from archive.ingest.gazetteer_files import CountryRow, OfficeRow, PlaceRow
from archive.models import (
    AliasKind,
    ArticleCountry,
    ArticlePerson,
    ArticlePlace,
    Country,
    CountryAlias,
    Office,
    Person,
    PersonAlias,
    Place,
    PlaceAlias,
)
from archive.search.queue import enqueue
from archive.text.fold import fold
from archive.text.slugs import slug as make_slug


@transaction.atomic
def load_gazetteer(
    countries: list[CountryRow], offices: list[OfficeRow], places: list[PlaceRow]
) -> dict[str, int]:
    """Create what is missing; never overwrite an editor's correction. Returns counts."""
    created = {"countries": 0, "aliases": 0, "people": 0, "offices": 0, "places": 0}
    new_since = {
        model.__name__: model.objects.aggregate(last=Max("pk"))["last"] or 0
        for model in (CountryAlias, PersonAlias, PlaceAlias)
    }
    by_code = {c.iso2: c for c in Country.objects.all()}
    new_countries = [
        Country(
            iso2=row.iso2,
            iso3=row.iso3,
            name=row.name,
            official_name=row.official_name,
            slug=make_slug(row.name) or row.iso2.lower(),
            un_member=row.un_member,
        )
        for row in countries
        if row.iso2 not in by_code
    ]
    for country in Country.objects.bulk_create(new_countries):
        by_code[country.iso2] = country
    created["countries"] += len(new_countries)
    existing = set(CountryAlias.objects.values_list("country__iso2", "name"))
    new_aliases = [
        CountryAlias(country=by_code[row.iso2], name=name, kind=kind)
        for row in countries
        for name, kind in row.aliases
        if (row.iso2, name) not in existing
    ]
    created["aliases"] += len(CountryAlias.objects.bulk_create(new_aliases, ignore_conflicts=True))

    people = _load_people(offices, by_code, created)
    _load_offices(offices, people, by_code, created)
    _load_places(places, by_code, created)
    _load_capitals(countries, by_code, created)
    if any(created.values()):
        _reindex_owners_of_new_aliases(new_since)
        bump(names=True)  # the rows went in without signals: retire pages and names once
    return created


def _reindex_owners_of_new_aliases(since: dict[str, int]) -> None:
    """A new alias of a country, person or place already in articles changes those
    articles' search documents: queue them for the index."""
    ids: set[int] = set()
    for alias, mention, owner in (
        (CountryAlias, ArticleCountry, "country"),
        (PersonAlias, ArticlePerson, "person"),
        (PlaceAlias, ArticlePlace, "place"),
    ):
        owners = alias.objects.filter(pk__gt=since[alias.__name__]).values(owner)
        ids.update(
            mention.objects.filter(**{f"{owner}__in": owners}).values_list("article_id", flat=True)
        )
    if ids:
        enqueue(sorted(ids))


def _find_person(name: str, people: dict[str, Person], alias_owner: dict[str, Person]):
    """A person by slug (or the one Django's slugify gave before letters were spelled out),
    or by an alias left behind when an editor merged them away."""
    return people.get(make_slug(name)) or people.get(slugify(name)) or alias_owner.get(name)


def _load_people(offices: list[OfficeRow], by_code, created) -> dict[str, Person]:
    people = {p.slug: p for p in Person.objects.all()}
    alias_owner = {a.name: a.person for a in PersonAlias.objects.select_related("person")}
    existing_aliases = set(PersonAlias.objects.values_list("person_id", "name"))
    new_aliases = []
    resolved: dict[str, Person] = {}
    # New people in one statement (each saved alone would signal and reindex nothing).
    new: dict[str, Person] = {}
    for row in offices:
        if row.person not in new and not _find_person(row.person, people, alias_owner):
            new[row.person] = Person(name=row.person, slug=make_slug(row.person))
    for person in Person.objects.bulk_create(new.values()):
        people[person.slug] = person
    created["people"] += len(new)
    for row in offices:
        person = resolved.get(row.person) or _find_person(row.person, people, alias_owner)
        resolved[row.person] = person
        for name, kind in row.aliases:
            if (person.pk, name) not in existing_aliases:
                existing_aliases.add((person.pk, name))
                new_aliases.append(PersonAlias(person=person, name=name, kind=kind))
    created["aliases"] += len(PersonAlias.objects.bulk_create(new_aliases, ignore_conflicts=True))
    return resolved


def _load_offices(offices: list[OfficeRow], people: dict[str, Person], by_code, created):
    existing = set(
        Office.objects.values_list("person_id", "role", "country__iso2", "organisation", "start")
    )
    new = []
    for row in offices:
        person = people[row.person]
        key = (person.pk, row.role, row.country or None, row.organisation, row.start)
        if key in existing:
            continue
        existing.add(key)
        new.append(
            Office(
                person=person,
                role=row.role,
                title=row.title,
                country=by_code.get(row.country),
                organisation=row.organisation,
                start=row.start,
                end=row.end,
                note=row.note[:200],
            )
        )
    created["offices"] += len(Office.objects.bulk_create(new))


def _load_places(places: list[PlaceRow], by_code, created):
    existing = {p.slug: p for p in Place.objects.all()}
    merged_away = {a.name: a.place for a in PlaceAlias.objects.select_related("place")}
    alias_keys = set(PlaceAlias.objects.values_list("place_id", "name"))
    new_aliases = []
    for row in places:
        slug = make_slug(f"{row.name}-{row.country}")
        place = (
            existing.get(slug)
            or existing.get(slugify(f"{row.name}-{row.country}"))
            or merged_away.get(row.name)
        )
        if place is None:
            place = Place.objects.create(
                name=row.name, slug=slug, kind=row.kind, country=by_code[row.country]
            )
            existing[slug] = place
            created["places"] += 1
        for alias in row.aliases:
            if (place.pk, alias) not in alias_keys:
                alias_keys.add((place.pk, alias))
                new_aliases.append(PlaceAlias(place=place, name=alias))
    created["aliases"] += len(PlaceAlias.objects.bulk_create(new_aliases, ignore_conflicts=True))


def _place_key(name: str) -> str:
    return "".join(ch for ch in fold(name).lower() if ch.isalnum())


def _load_capitals(countries: list[CountryRow], by_code, created):
    """Every capital is a place too, unless a place or alias already bears its name
    ("Kiev" stays an alias of Kyiv, "the Kremlin" a venue)."""
    known = {_place_key(n) for n in Place.objects.values_list("name", flat=True)}
    known |= {_place_key(n) for n in PlaceAlias.objects.values_list("name", flat=True)}
    slugs = set(Place.objects.values_list("slug", flat=True))
    new = []
    for row in countries:
        for name, kind in row.aliases:
            key, slug = _place_key(name), make_slug(f"{name}-{row.iso2}")
            if kind != "capital" or key in known or slug in slugs or name.startswith("the "):
                continue
            known.add(key)
            slugs.add(slug)
            new.append(Place(name=name, slug=slug, kind="city", country=by_code[row.iso2]))
    created["places"] += len(Place.objects.bulk_create(new))


SHORT_FORM_RE = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)? [A-Z][a-z]+(?:-[A-Z][a-z]+)?")
# A title first ("Sheikh Mohammed …"), or a word too common to stand for one person.
NOT_FIRST_IN_A_SHORT_FORM = frozenset(
    ["Sheikh", "Sheik", "Emir", "King", "Queen", "Prince", "Princess", "Sultan"]
)
NOT_IN_A_SHORT_FORM = frozenset(
    [
        "Crown",
        "Mohammed",
        "Muhammad",
        "Mohamed",
        "Mohammad",
        "Ahmed",
        "Ahmad",
        "Ali",
        "Abdul",
        "Abdullah",
        "Abu",
        "Al",
        "El",
        "Ben",
        "Bin",
        "Ibn",
        "De",
        "Da",
        "Van",
        "Von",
    ]
)


def _short_form(name: str) -> str | None:
    """A name of three words or more by its first two, when both are plain given or family
    names ("Hassan Sheikh Mohamud" -> "Hassan Sheikh", "Luiz Inácio Lula da Silva" -> no:
    not ASCII-plain; "Mohammed bin Salman" -> no). Weak like a surname: it names the person
    only with support (named in full, or in office with others named in full)."""
    words = name.split()
    if len(words) < 3:
        return None
    short = " ".join(words[:2])
    if not SHORT_FORM_RE.fullmatch(short) or words[0] in NOT_FIRST_IN_A_SHORT_FORM:
        return None
    return None if NOT_IN_A_SHORT_FORM & set(re.split(r"[ -]", short)) else short


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
        if short := _short_form(name):  # "Hassan Sheikh" of "Hassan Sheikh Mohamud"
            names.append(Name(short, PERSON, slug, weak=True, alias_kind="short"))
    for slug, alias, kind in PersonAlias.objects.values_list("person__slug", "name", "kind"):
        names.append(Name(alias, PERSON, slug, weak=kind == AliasKind.SURNAME, alias_kind=kind))
    place_countries = {}
    for slug, name, iso2 in Place.objects.values_list("slug", "name", "country__iso2"):
        labels[(PLACE, slug)] = name
        place_countries[slug] = iso2
        names.append(Name(name, PLACE, slug))
    for slug, alias in PlaceAlias.objects.values_list("place__slug", "name"):
        names.append(Name(alias, PLACE, slug, alias_kind="alias"))
    # In load order (pk), not Meta's -start: a person's first-listed office names their own
    # country (Macron is French first, co-prince of Andorra second, both since 2017-05-14).
    offices = [
        OfficeTerm(person, role, title, iso2 or "", start, end, organisation)
        for person, role, title, iso2, start, end, organisation in Office.objects.order_by(
            "pk"
        ).values_list(
            "person__slug", "role", "title", "country__iso2", "start", "end", "organisation"
        )
    ]
    return Gazetteer(names, offices, labels=labels, place_countries=place_countries)
