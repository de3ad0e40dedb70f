"""The gazetteer in the database: loaded from its files (creating what is missing, and
following a corrected file in the offices nobody has edited, never overwriting an editor's
correction), and read back as the extraction's Gazetteer (the admin's edits included)."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import defaultdict
from functools import reduce
from operator import or_

from django.db import transaction
from django.db.models import Max, Q
from django.utils.text import slugify

from archive.cache import bump
from archive.ingest.extract.gazetteer import COUNTRY, PERSON, PLACE, Gazetteer, Name, OfficeTerm
from archive.ingest.gazetteer_files import CountryRow, OfficeRow, PlaceRow
from archive.models import (
    AliasKind,
    Article,
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
    """Create what is missing and correct the offices the files loaded and nobody has edited
    since; never overwrite an editor's correction. Returns counts."""
    created = {"countries": 0, "aliases": 0, "people": 0, "offices": 0, "places": 0}
    created |= {"offices corrected": 0, "offices removed": 0, "aliases removed": 0}
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
    created["aliases removed"] += _drop_made_surnames(offices, resolved)
    return resolved


def _drop_made_surnames(offices: list[OfficeRow], resolved: dict[str, Person]) -> int:
    """The surname an earlier load made of a name's last word from a row written without
    aliases, where the person's rows give the surname or `~-` ("Banda" for Joyce Banda):
    no longer theirs. Any other alias stays, an editor's among them."""
    given: dict[int, set] = defaultdict(set)
    made: dict[int, set] = defaultdict(set)
    for row in offices:
        pk = resolved[row.person].pk
        given[pk].update(row.aliases)
        if row.surname_given and " " in row.person:
            made[pk].add(row.person.split()[-1])
    stale = [
        Q(person_id=pk, name=last, kind=AliasKind.SURNAME)
        for pk, lasts in made.items()
        for last in lasts - {name for name, kind in given[pk] if kind == "surname"}
    ]
    removed = 0
    for at in range(0, len(stale), 200):  # (SQLite parses a long OR as a deep tree)
        removed += PersonAlias.objects.filter(reduce(or_, stale[at : at + 200])).delete()[0]
    return removed


def _load_offices(rows: list[OfficeRow], people: dict[str, Person], by_code, created):
    """Each file row is one office. An office loaded from the files that nobody has changed
    since (it still reads as loaded) follows the files: a corrected end, title or note
    updates it, a corrected start moves it, a row taken out removes it. An editor's change
    is never overwritten, and an office added by hand or noted from a text is never
    touched."""
    offices = list(Office.objects.all())
    by_loaded, by_current = {}, {}
    for office in offices:
        if office.loaded:
            by_loaded.setdefault(_identity(json.loads(office.loaded)), office)
        by_current.setdefault(_identity(_values(office)), office)
    by_hand = _edited_in_admin() if any(not o.loaded for o in offices) else set()
    claimed: set[int] = set()
    changed: list[Office] = []
    terms: list[Term] = []  # the spans whose holders the load changed
    corrected = 0
    pending: list[list] = []
    files_titles: set[tuple] = set()
    seen: set[tuple] = set()
    for row in rows:
        country = by_code.get(row.country)
        values = [people[row.person].pk, row.role, country and country.pk, row.organisation]
        values += [row.title, _iso(row.start), _iso(row.end), row.note[:200]]
        key = _identity(values)
        if key in seen:  # one term, one office (fixture tests keep the files so)
            continue
        seen.add(key)
        files_titles.add((*values[:4], row.title))
        office = next(
            (o for o in (by_loaded.get(key), by_current.get(key)) if o and o.pk not in claimed),
            None,
        )
        if office is None:
            pending.append(values)
            continue
        claimed.add(office.pk)
        if _follows_the_files(office, by_hand) and office.loaded != json.dumps(values):
            if _values(office) != values:  # else adopted: loaded before offices kept their row
                corrected += 1
                terms += [_term(_values(office)), _term(values)]
            changed.append(_set(office, values))
    # A row the files now start on another day: the unclaimed office of that post nearest to
    # it is that term — its start corrected if the files loaded it and nobody changed it, an
    # editor's version otherwise; what the files loaded and stays unclaimed was taken out.
    unclaimed: dict[tuple, list[Office]] = defaultdict(list)
    for office in offices:
        post = _identity(_values(office))[:4]
        listed = office.loaded or (*post, office.title) in files_titles
        edited = not _follows_the_files(office, by_hand)
        if (
            listed
            and office.pk not in claimed
            and (not edited or office.loaded or office.pk in by_hand)
        ):
            unclaimed[post].append(office)
    new = []
    for values in pending:
        start = _day(values[5]) or dt.date.min
        near = sorted(
            unclaimed.get(_identity(values)[:4], ()),
            key=lambda office: abs((office.start or dt.date.min) - start),
        )
        if not near:
            terms.append(_term(values))
            new.append(_set(Office(), values))
            continue
        unclaimed[_identity(values)[:4]].remove(office := near[0])
        if _follows_the_files(office, by_hand):  # else an editor's version of this term stands
            terms += [_term(_values(office)), _term(values)]
            changed.append(_set(office, values))
            corrected += 1
    gone = [o for offices_of_post in unclaimed.values() for o in offices_of_post]
    gone = [o for o in gone if _follows_the_files(o, by_hand)]  # an editor's stays
    terms += [_term(_values(office)) for office in gone]
    gone = [office.pk for office in gone]
    Office.objects.filter(pk__in=gone).delete()
    Office.objects.bulk_update(changed, [*OFFICE_FIELDS, "loaded"])
    created["offices"] += len(Office.objects.bulk_create(new))
    created["offices corrected"] += corrected
    created["offices removed"] += len(gone)
    created["terms"] = terms


OFFICE_FIELDS = ["person_id", "role", "country_id", "organisation", "title", "start", "end", "note"]
Term = tuple[int | None, str, dt.date | None, dt.date | None]  # country, organisation, span


def _term(values: list) -> Term:
    return (values[2], values[3], _day(values[5]), _day(values[6]))


def articles_within(terms: list[Term]) -> list[int]:
    """The stored articles a changed office can read differently: published within its
    term, and naming its country (any, for an organisation's office)."""
    ids: set[int] = set()
    for at in range(0, len(terms), 200):
        where = Q()
        for country, _organisation, start, end in terms[at : at + 200]:
            span = Q(published__gte=start or dt.date.min, published__lte=end or dt.date.max)
            where |= span & Q(countries=country) if country else span
        ids.update(Article.objects.filter(where).values_list("pk", flat=True))
    return sorted(ids)


def _values(office: Office) -> list:
    return [
        office.person_id,
        office.role,
        office.country_id,
        office.organisation,
        office.title,
        _iso(office.start),
        _iso(office.end),
        office.note,
    ]


def _identity(values: list) -> tuple:
    """Who, which post and from when: what tells one term from another."""
    return (*values[:4], values[5])


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _day(iso: str | None) -> dt.date | None:
    return dt.date.fromisoformat(iso) if iso else None


def _set(office: Office, values: list) -> Office:
    for field, value in zip(OFFICE_FIELDS, values, strict=True):
        setattr(office, field, _day(value) if field in ("start", "end") else value)
    office.loaded = json.dumps(values)
    return office


def _follows_the_files(office: Office, by_hand: set[int]) -> bool:
    """Loaded from the files and unchanged since; or (loaded before offices remembered
    their row) never edited in the admin."""
    if office.loaded:
        return office.loaded == json.dumps(_values(office))
    return office.pk not in by_hand


def _edited_in_admin() -> set[int]:
    """The offices an editor has added or changed in the admin, on their own page or in a
    person's (where the log names the person, so all that person's offices count)."""
    from django.contrib.admin.models import LogEntry
    from django.contrib.contenttypes.models import ContentType

    log = LogEntry.objects.filter(
        content_type__in=ContentType.objects.get_for_models(Office, Person).values()
    )
    office_type = ContentType.objects.get_for_model(Office)
    ids: set[int] = set()
    people: set[int] = set()
    for type_id, object_id, message in log.values_list(
        "content_type_id", "object_id", "change_message"
    ):
        if not str(object_id).isdigit():
            continue
        if type_id == office_type.pk:
            ids.add(int(object_id))
        elif '"office"' in message:
            people.add(int(object_id))
    return ids | set(Office.objects.filter(person_id__in=people).values_list("pk", flat=True))


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
    # (in load order: a country's capitals as its line lists them, the city first — "Moscow|the
    # Kremlin|Kremlin" — so that "the Russian capital" is Moscow, not the Kremlin)
    aliases = CountryAlias.objects.order_by("pk").values_list("country__iso2", "name", "kind")
    for iso2, alias, kind in aliases:
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
