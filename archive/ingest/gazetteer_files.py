"""Read the gazetteer's TSV files (fixtures/gazetteer/) into plain rows. Pure: no ORM.

A malformed line raises FixtureError naming the file, the line and the field.
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import re
from dataclasses import dataclass, replace
from pathlib import Path

from archive.text.palladius import palladius
from archive.text.polivanov import polivanov
from archive.text.slugs import slug as make_slug

ROLE_CODES = {
    "HS": "head_of_state",
    "HG": "head_of_government",
    "FM": "foreign_minister",
    "ORG": "organisation_head",
    "OT": "other",  # another office worth knowing by name: an organisation's deputy head
}
PLACE_KINDS = {"city", "port", "venue", "region"}
NON_LATIN_RE = re.compile(r"[^\u0000-\u024F\u1E00-\u1EFF’'‘\s.-]")


class FixtureError(ValueError):
    pass


@dataclass(frozen=True)
class CountryRow:
    iso2: str
    iso3: str
    name: str
    official_name: str
    un_member: bool
    aliases: tuple[tuple[str, str], ...]  # (name, kind)


@dataclass(frozen=True)
class OfficeRow:
    country: str  # ISO alpha-2 or ""
    organisation: str
    role: str
    title: str
    person: str
    start: dt.date | None
    end: dt.date | None
    aliases: tuple[tuple[str, str], ...]
    note: str = ""  # what is not certain about the term
    surname_given: bool = False  # the row says the surname ("~Name", or "~-" for none)


@dataclass(frozen=True)
class PlaceRow:
    name: str
    country: str
    kind: str
    aliases: tuple[str, ...]


def _rows(path: Path, width: int, optional: int = 1):
    """Tab-separated fields of each line, padded to `width`; the last `optional` may be
    left off."""
    with path.open(encoding="utf-8", newline="") as handle:
        for number, line in enumerate(handle, start=1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) < width - optional or len(fields) > width:
                raise FixtureError(
                    f"{path.name}, line {number}: expected {width} tab-separated "
                    f"fields, found {len(fields)}"
                )
            yield number, [f.strip() for f in fields] + [""] * (width - len(fields))


def _split(value: str) -> list[str]:
    return [item.strip() for item in value.split("|") if item.strip()]


def _date(value: str, where: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise FixtureError(f"{where}: {value!r} is not a YYYY-MM-DD date") from None


PARTIAL_DATE_RE = re.compile(
    r"(?P<year>\d{4})(?:-(?P<month>\d{2}))?(?:-(?P<day>\d{2}))?(?P<doubt>\?)?"
)


def _term_date(value: str, where: str, end: bool) -> tuple[dt.date | None, str]:
    """A term's start or end, and what is not certain about it: "2003-03-07", "2003-03"
    (the day not established: the month's first day for a start, its last for an end),
    "2003" (only the year), a trailing "?" (the date itself uncertain)."""
    if not value:
        return None, ""
    m = PARTIAL_DATE_RE.fullmatch(value)
    if m is None:
        raise FixtureError(f"{where}: {value!r} is not a YYYY-MM-DD, YYYY-MM or YYYY date")
    year, month, day = m.group("year", "month", "day")
    try:
        if day:
            date = dt.date(int(year), int(month), int(day))
        elif month:
            last = calendar.monthrange(int(year), int(month))[1]
            date = dt.date(int(year), int(month), last if end else 1)
        else:
            date = dt.date(int(year), 12, 31) if end else dt.date(int(year), 1, 1)
    except ValueError:
        raise FixtureError(f"{where}: {value!r} is not a real date") from None
    which = "end" if end else "start"
    doubts = []
    if not day:
        doubts.append(f"{which}: {'day' if month else 'month and day'} not established")
    if m.group("doubt"):
        doubts.append(f"{which} {value.rstrip('?')} uncertain")
    return date, "; ".join(doubts)


def read_countries(path: Path) -> list[CountryRow]:
    rows = []
    with path.open(encoding="utf-8", newline="") as handle:
        for number, record in enumerate(csv.DictReader(handle, delimiter="\t"), start=2):
            iso2 = (record.get("iso2") or "").strip().upper()
            if not re.fullmatch(r"[A-Z]{2}", iso2) or not record.get("name"):
                raise FixtureError(f"{path.name}, line {number}: bad iso2 or missing name")
            aliases = [(a, "short") for a in _split(record["short_forms"])]
            aliases += [(a, "demonym") for a in _split(record["demonyms"])]
            aliases += [(a, "capital") for a in _split(record["capitals"])]
            rows.append(
                CountryRow(
                    iso2,
                    record["iso3"].strip().upper(),
                    record["name"].strip(),
                    record["official_name"].strip(),
                    record["un_member"] == "1",
                    tuple(aliases),
                )
            )
    return rows


STYLED_RE = re.compile(
    r"^(?:King|Queen|Pope|Emperor|Sultan|Emir|Prince|Grand Duke|Sheikh)\b"
    r"|\b[IVXL]+$| of "
)


NATIVE_STYLED_RE = re.compile(
    r"\b(?:бин|бен|ибн|аль|Аль|ас|аш|ад|ар|эль|младший|старший)\b|\s[IVXL]+$"
)


SPLIT_GIVEN_RE = re.compile(r"([A-Z][a-z]+) ([A-Z][a-z]+)-([a-z]+)")


def person_aliases(name: str, raw: list[str]) -> tuple[tuple[str, str], ...]:
    """Aliases with their kind; the last word of the name stands in when no ~surname is given
    (not for monarchs and popes: "Charles III" has no surname "III"). `~-` says the name
    has no surname worth matching alone (Bill English, John Key: ordinary words). Latin and
    other scripts are counted apart: "~Си" for "Си Цзиньпин" leaves "Xi" as it was."""
    aliases = []
    # A hyphenated Korean given name as agencies also print it: "Park Geun Hye", "Kim Jong Un".
    if m := SPLIT_GIVEN_RE.fullmatch(name):
        spaced = f"{m.group(1)} {m.group(2)} {m.group(3).capitalize()}"
        if spaced not in raw:
            aliases.append((spaced, "translit"))
    if "~-" in raw:
        return tuple(aliases) + tuple(
            (a, "native" if NON_LATIN_RE.search(a) else "translit") for a in raw if a != "~-"
        )
    for alias in raw:
        if alias.startswith("~"):
            aliases.append((alias[1:], "surname"))
        else:
            aliases.append((alias, "native" if NON_LATIN_RE.search(alias) else "translit"))
    surnames = [alias for alias, kind in aliases if kind == "surname"]
    if (
        not any(not NON_LATIN_RE.search(s) for s in surnames)
        and " " in name
        and not STYLED_RE.search(name)
    ):
        aliases.append((name.split()[-1], "surname"))
    # The family name of a full name in another script: "Мирзиёев" from "Шавкат Мирзиёев";
    # not where the script's surname is given, nor from a styled name ("Абдалла II",
    # "Тамим бен Хамад Аль Тани") or a short last word ("Ким Чен Ир").
    if any(NON_LATIN_RE.search(s) for s in surnames):
        return tuple(aliases)
    # … nor where the Latin family name given is not the last word ("~Abiy" for "Abiy
    # Ahmed", "~Xi" for "Xi Jinping"): "Ахмед", "Цзиньпин" are no surnames
    if surnames and not any(name == s or name.endswith(" " + s) for s in surnames):
        return tuple(aliases)
    listed = {alias for alias, _ in aliases}
    for alias, kind in list(aliases):
        family = alias.split()[-1]
        if (
            kind == "native"
            and " " in alias
            and family not in listed
            and len(family) > 3
            and not NATIVE_STYLED_RE.search(alias)
        ):
            aliases.append((family, "surname"))
            listed.add(family)
    return tuple(aliases)


def read_office_files(folder: Path) -> list[OfficeRow]:
    """offices.tsv, then every offices-*.tsv beside it (the history, by period). A person's
    surname is what any of their rows says it is: a row that says none does not add the
    name's last word where another row gives the surname or `~-` (Joyce Banda's "~-" held
    for every term, not "Banda" from a row written without aliases)."""
    paths = [folder / "offices.tsv", *sorted(folder.glob("offices-*.tsv"))]
    spellings: dict[str, tuple[str, str]] = {}
    rows = [row for path in paths for row in read_offices(path, spellings)]
    given = {row.person for row in rows if row.surname_given}
    return [
        row
        if row.surname_given or row.person not in given
        else replace(
            row,
            aliases=tuple(a for a in row.aliases if a != (row.person.split()[-1], "surname")),
        )
        for row in rows
    ]


def read_offices(
    path: Path, spellings: dict[str, tuple[str, str]] | None = None
) -> list[OfficeRow]:
    """`spellings`: each name's slug and where it was first read, shared across files — two
    spellings of one name ("José Ayala Lasso", "José Ayala-Lasso") would be two people
    with one address."""
    spellings = {} if spellings is None else spellings
    rows = []
    for number, fields in _rows(path, 8, optional=2):
        where, role, title, person, start, end, aliases, note = fields
        at = f"{path.name}, line {number}"
        if role not in ROLE_CODES:
            raise FixtureError(f"{at}: role {role!r} is not one of {', '.join(ROLE_CODES)}")
        if not person or not title:
            raise FixtureError(f"{at}: a name and a title are required")
        first, first_at = spellings.setdefault(make_slug(person), (person, at))
        if first != person:
            raise FixtureError(
                f"{at}: {person!r} is another spelling of {first!r} ({first_at}); write the "
                "name as there and give this spelling as an alias"
            )
        is_country = bool(re.fullmatch(r"[A-Z]{2}", where))
        (start_date, start_doubt), (end_date, end_doubt) = (
            _term_date(start, at, end=False),
            _term_date(end, at, end=True),
        )
        if start_date and end_date and end_date < start_date:
            raise FixtureError(f"{at}: the office ends ({end}) before it starts ({start})")
        rows.append(
            OfficeRow(
                where if is_country else "",
                "" if is_country else where,
                ROLE_CODES[role],
                title,
                person,
                start_date,
                end_date,
                _aliases(person, where, aliases),
                "; ".join(n for n in (start_doubt, end_doubt, note) if n),
                any(alias.startswith("~") for alias in _split(aliases)),
            )
        )
    return rows


# Whose officials Russian names by a system of its own: Chinese names by Palladius, Japanese
# ones by Polivanov (archive/text/palladius.py, polivanov.py)
RUSSIAN_SYSTEMS = {
    **dict.fromkeys(["CN", "TW", "HK", "MO", "SG"], palladius),
    "JP": polivanov,
}


def _aliases(person: str, where: str, aliases: str) -> tuple[tuple[str, str], ...]:
    """An office row's aliases with their kinds, and the Russian spelling made for a Chinese
    or Japanese name (a Japanese one gives its surname too: "Асо" for Taro Aso; a Chinese
    family name stands first, and alone says too little: "Ли")."""
    made = _russian_alias(person, where, aliases)
    if where == "JP":
        # (and the family name first, as Japan's own English and Latin American copy write
        # it: "Motegi Toshimitsu")
        listed = _split(aliases)
        words = person.split()
        if len(words) == 2 and (family_first := f"{words[1]} {words[0]}") not in listed:
            listed.append(family_first)
        return person_aliases(person, listed + [name for name, _ in made])
    return person_aliases(person, _split(aliases)) + made


def _russian_alias(person: str, where: str, aliases: str) -> tuple[tuple[str, str], ...]:
    """A Chinese or Japanese official's name as Russian writes it, where the fixture gives no
    Cyrillic one: "Tang Jiaxuan" is also "Тан Цзясюань", "Taro Aso" "Таро Асо" (none for a
    name not in pinyin or Hepburn: "Lai Ching-te")."""
    if where not in RUSSIAN_SYSTEMS or NON_LATIN_RE.search(aliases):
        return ()
    cyrillic = RUSSIAN_SYSTEMS[where](person)
    return ((cyrillic, "native"),) if cyrillic else ()


def read_places(path: Path) -> list[PlaceRow]:
    rows = []
    for number, (name, country, kind, aliases) in _rows(path, 4):
        at = f"{path.name}, line {number}"
        if not re.fullmatch(r"[A-Z]{2}", country):
            raise FixtureError(f"{at}: country {country!r} is not an ISO alpha-2 code")
        if kind not in PLACE_KINDS:
            raise FixtureError(
                f"{at}: kind {kind!r} is not one of {', '.join(sorted(PLACE_KINDS))}"
            )
        rows.append(PlaceRow(name, country, kind, tuple(_split(aliases))))
    return rows
