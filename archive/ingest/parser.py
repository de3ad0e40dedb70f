"""Parse one article file of the seed format into a ParsedArticle. Pure: no ORM, no I/O
beyond the bytes handed in.

The format: an optional BOM and whitespace, ``date YYYY-MM-DD``, whitespace, then the body;
paragraphs are separated by blank lines. After the date and a line break, optional header
lines may follow, each on its own line, before the body:
    title The headline as published
    source The publisher or agency
    url https://…
A file without them is read as before. The headline is the given title, else one derived
from the text (archive/text/headlines.py); the dateline and agency tag at the head of wire
copy are recognised (archive/text/datelines.py): their city and agency are kept apart, and
neither is in the headline or the lead; the source is the given one, else the agency of
the dateline, else a known agency the text names, else a site's name on the first line.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass

from archive.text.datelines import agency_name, article_dateline, find_dateline
from archive.text.fold import unmixed, visible
from archive.text.headlines import DATE_LINE_RE, make_headline
from archive.text.language import guess_language
from archive.text.sentences import split_paragraphs

HEADER_RE = re.compile(r"\A\s*date[ \t]+(\S+)(?:[ \t]*\r?\n|[ \t]+|\Z)", re.IGNORECASE)
# Optional header lines after `date` and a line break: `title …`, `source …`, `url …`.
FIELD_RE = re.compile(r"(title|source|url)[ \t]+([^\n]*\S)[ \t]*(?:\r?\n|\Z)")
URL_RE = re.compile(r"https?://[^\s<>\"]{3,2000}\Z")
DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
# Control characters other than tab, line feed, carriage return and form feed.
CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
LEAD_MAX = 400
# Later than this many days after today is taken for a typing error in the header.
FUTURE_TOLERANCE_DAYS = 2
EARLIEST_DATE = dt.date(1900, 1, 1)
# Agencies and publishers recognised by a marker anywhere in the body.
KNOWN_SOURCES = {
    "Qazinform": "Qazinform News Agency",
    "Kazinform": "Qazinform News Agency",
    "TASS": "TASS",
    "Xinhua": "Xinhua",
    "Reuters": "Reuters",
    "AKIpress": "AKIpress",
    "Trend": "Trend News Agency",
    "Kabar": "Kabar",
    "UzA": "UzA",
    "Khovar": "Khovar",
}
SOURCE_RE = re.compile("|".join(re.escape(marker) for marker in KNOWN_SOURCES))


class ParseError(ValueError):
    """The file is not an article of the seed format; the message says why."""


@dataclass(frozen=True)
class ParsedArticle:
    published: dt.date
    headline: str
    lead: str
    body: str
    paragraphs: tuple[str, ...]
    language: str
    sha256: str
    source: str | None = None  # the publisher or agency: given, from the dateline, or named
    url: str = ""  # the original address, when the file gives it
    title_given: bool = False  # the headline came from a `title` header line
    dateline: str = ""  # the dateline and tag as written ("ASTANA, March 4. /Kazinform/ –")
    dateline_city: str = ""  # its city ("Astana")


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM) only; anything else is refused with the reason."""
    if not data.strip():
        raise ParseError("empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ParseError("UTF-16 text; convert the file to UTF-8")
    if b"\x00" in data:
        raise ParseError("binary data (NUL bytes); not a text file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ParseError(
            f"not valid UTF-8 at byte {exc.start} (is it Windows-1251 or Latin-1?); "
            "convert the file to UTF-8"
        ) from None
    bad = CONTROL_RE.search(text)
    if bad is not None:
        raise ParseError(
            f"control character U+{ord(bad.group()):04X} in text; not a clean text file"
        )
    return text


POSSESSIVE_MARK_RE = re.compile(r"(?<=[^\W\d_])[`´](?=s\b)")


def normalise(text: str) -> str:
    """NFC, LF line ends, no trailing spaces, single blank lines between paragraphs, each
    word in one script ("Mosсow" typed with a Cyrillic "с" is "Moscow"), a possessive's
    backtick or acute accent an apostrophe ("Azerbaijan`s" is "Azerbaijan’s")."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = unmixed(text)
    text = POSSESSIVE_MARK_RE.sub("’", text)
    lines = [line.rstrip() for line in text.split("\n")]
    text = "\n".join(lines).strip()
    return re.sub(r"\n{3,}", "\n\n", text)


# What ends a line that ends a sentence (or a dateline: "ASTANA, March 4."), and what a
# title never ends with.
LINE_END_PUNCTUATION = tuple('.!?:;,–—-"”»)…')


# A city in capitals and a comma or full stop: the head of a dateline, not a title.
DATELINE_HEAD_RE = re.compile(r"[A-ZА-ЯЁ]{3,}[A-ZА-ЯЁ .'’-]*[,.]")


# A news site's name on a line of its own: "UrduPoint.com", "www.example.kz".
SITE_NAME_RE = re.compile(r"[ \t]*(?:www\.)?[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)*\.[a-z]{2,6}[ \t]*")
# A news site's section under a title: one or two capitalised words, nothing else.
SECTION_LABEL_RE = re.compile(r"[ \t]*[A-ZА-ЯЁ][a-zа-яё]+(?:[ \t]+[A-ZА-ЯЁ&][a-zа-яё]*)?[ \t]*")


# A line of when it was filed: a clock time, with a date or a site's separators
CLOCK_RE = re.compile(r"\b\d{1,2}:\d{2}\b")
STAMP_MAX = 60


def _stamp(line: str) -> bool:
    """ "17:58 | 04.12.2020 Category: Official", "12 November,2015 04:14 PM IST | | IANS"."""
    return (
        len(line) <= STAMP_MAX
        and CLOCK_RE.search(line) is not None
        and ("|" in line or re.search(r"\d{4}", line) is not None)
    )


def _dateline_alone(line: str) -> bool:
    """A line that is a dateline and nothing else: "New York, 4 December 2013"."""
    found = find_dateline(line)
    return found is not None and found.date != "" and found.end >= len(line.rstrip())


def title_line_apart(text: str) -> str:
    """A title on the first line, with the text right under it ("Putin spoke to Trump by
    telephone\nPresident Putin held …"), is a paragraph of its own: not the start of the
    first sentence. Not the first line of text wrapped at a fixed width (every line of the
    paragraph about as long), nor a line that ends as a sentence or a dateline does."""
    first, newline, rest = text.partition("\n")
    if not newline or rest.startswith("\n") or not first.strip():
        return text
    if (SITE_NAME_RE.fullmatch(first) or _stamp(first)) and rest.strip():
        # "UrduPoint.com\nPakistan, China Sign Two MOUs": the site's name over its title
        # ("12 November,2015 04:14 PM IST | | IANS": the time it was filed)
        return f"{first}\n\n{title_line_apart(rest)}"
    if first.rstrip().endswith(LINE_END_PUNCTUATION) or len(first) > 250:
        return text
    if DATELINE_HEAD_RE.match(first) or not re.search(r"[a-zа-яё]", first):
        return text  # a dateline's line ("ASTANA, March 4") or a line in capitals
    following = rest.split("\n\n", 1)[0].split("\n")
    if (
        len(following) > 1
        and (DATE_LINE_RE.match(following[0]) or _dateline_alone(following[0]))
        and len(first.split()) >= 3
    ):
        # "Indian PM arrives in US on landmark visit\n23 Nov 2009\nWashington: …": the
        # title, the line of its date, then the text ("Readout of …\nNew York, 4 December
        # 2013\nThe Secretary-General today met …": of its dateline)
        after_date = rest.split("\n", 1)[1]
        return f"{first}\n\n{following[0]}\n\n{after_date}"
    if len(following) > 1 and _stamp(following[0]) and len(first.split()) >= 3:
        # "… phone conversation with Russian diplomacy head\n17:58 | 04.12.2020 Category:
        # Official\nChisinau, 4 December /MOLDPRES/ - …": the title, the time it was filed
        after_stamp = rest.split("\n", 1)[1]
        return f"{first}\n\n{following[0]}\n\n{after_stamp}"
    if (
        len(following) > 1
        and SECTION_LABEL_RE.fullmatch(following[0])
        and len(first.split()) >= 3
        and len(following[1]) > len(first)
    ):
        # "Foreign Minister meets U.S. Ambassador\nPolitics\nUlaanbaatar /MONTSAME/. …": the
        # title, the section it was filed under, then the text
        after_label = rest.split("\n", 1)[1]
        return f"{first}\n\n{following[0]}\n\n{after_label}"
    if not following[0][:1].isupper() and following[0][:1] not in ('"', "“", "«"):
        return text
    widths = [len(line) for line in [first, *following[:-1]]]
    if len(following) > 1 and max(widths) - min(widths) <= max(widths) // 5:
        return text  # wrapped: "… said Kazakh President\nKassym-Jomart Tokayev"
    if len(first.split()) < 3 or (
        len(following[0]) < len(first)
        # (a line that ends as a sentence does, with more after it, is no wrapped text's
        # last: "Press release: Foreign Secretary welcomes ceasefire\nHe said:\nI welcome …")
        # (not an agency's tag under a dateline: "Tashkent, Uzbekistan, Sept. 8\nTrend:")
        and not (
            len(following) > 1
            and len(following[0].split()) > 1
            and following[0].rstrip().endswith((".", "!", "?", ":"))
        )
    ):
        return text  # a short line before a longer one, not two lines of a wrapped text
    return f"{first}\n\n{rest}"


# A block of short lines (a press release's header or signature, an address): each line is
# its own paragraph, not words of one sentence ("Press Statement\nHeather Nauert\nDepartment
# Spokesperson\nWashington, DC").
SHORT_LINE = 40


def short_lines_apart(text: str) -> str:
    blocks = text.split("\n\n")
    for i, block in enumerate(blocks):
        lines = block.split("\n")
        if (
            len(lines) >= 3
            and all(0 < len(line.strip()) <= SHORT_LINE for line in lines)
            and not any(line.rstrip().endswith((".", "!", "?", ";")) for line in lines[:-1])
        ):
            blocks[i] = "\n\n".join(lines)
    return "\n\n".join(blocks)


def body_hash(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def find_source(body: str) -> str | None:
    """The first known agency (in KNOWN_SOURCES order) the body names."""
    found = set(SOURCE_RE.findall(body))  # one pass over the body, not one per marker
    return next((name for marker, name in KNOWN_SOURCES.items() if marker in found), None)


def make_lead(paragraphs: list[str], limit: int = LEAD_MAX, skip: int = 0) -> str:
    """The first paragraph from `skip` (past a dateline), cut at a word to `limit`."""
    lead = paragraphs[0][skip:] or (paragraphs[1] if len(paragraphs) > 1 else paragraphs[0])
    if len(lead) <= limit:
        return lead
    cut = lead[:limit]
    return cut[: cut.rindex(" ")] + "…" if " " in cut else cut + "…"


def parse_date(raw: str, today: dt.date | None = None) -> dt.date:
    if not DATE_RE.match(raw):
        raise ParseError(f"header date {raw!r} is not YYYY-MM-DD")
    try:
        value = dt.date.fromisoformat(raw)
    except ValueError:
        raise ParseError(f"header date {raw} is not a real date") from None
    today = today or dt.date.today()
    if value > today + dt.timedelta(days=FUTURE_TOLERANCE_DAYS):
        raise ParseError(f"header date {raw} is in the future")
    if value < EARLIEST_DATE:
        raise ParseError(f"header date {raw} is before {EARLIEST_DATE.year}")
    return value


def parse_text(
    text: str, today: dt.date | None = None, cities: frozenset[str] = frozenset()
) -> ParsedArticle:
    """Parse decoded text; raise ParseError naming what is wrong. `cities`: the
    gazetteer's places and capitals, for a "New Delhi: …" dateline."""
    match = HEADER_RE.match(text)
    if not match:
        first_line = text.strip().split("\n", 1)[0][:40]
        raise ParseError(f"line 1: no 'date YYYY-MM-DD' header (starts {first_line!r})")
    published = parse_date(match.group(1), today)
    fields, rest = read_fields(text, match)
    normalised = short_lines_apart(title_line_apart(normalise(rest)))
    if not normalised:
        raise ParseError("header only: the body is empty")
    paragraphs = split_paragraphs(normalised)
    body = "\n\n".join(paragraphs)
    found = article_dateline(paragraphs, cities)
    dateline = found[1] if found else None
    title = " ".join(visible(fields.get("title", "")).split())[:300]
    derived = derive([visible(p) for p in paragraphs], cities)
    return ParsedArticle(
        published=published,
        headline=title or derived.headline,
        lead=derived.lead,
        body=body,
        paragraphs=tuple(paragraphs),
        language=guess_language(normalised),
        sha256=body_hash(body),
        source=_source(fields.get("source", ""), dateline, body),
        url=fields.get("url", ""),
        title_given=bool(title),
        dateline=dateline.text if dateline else "",
        dateline_city=dateline.city if dateline else "",
    )


@dataclass(frozen=True)
class Derived:
    """What the parser derives from the text alone (and re-derives for stored articles)."""

    headline: str
    lead: str
    dateline: str


def derive(paragraphs: list[str], cities: frozenset[str] = frozenset()) -> Derived:
    """The headline and lead of an article's paragraphs, and its dateline as written (the
    same one ingest finds, under a title line too); `cities`: the gazetteer's, for a
    "New Delhi: …" dateline."""
    found = article_dateline(paragraphs, cities)
    if found is None:
        return Derived(make_headline(paragraphs), make_lead(paragraphs), "")
    index, dateline = found
    return Derived(
        make_headline(paragraphs, cities=cities),
        make_lead(paragraphs[index:], skip=dateline.end),
        dateline.text,
    )


def _source(given: str, dateline, body: str) -> str | None:
    given = " ".join(visible(given).split())
    if given:
        return agency_name(given) or given
    if found := (dateline and dateline.agency) or find_source(body):
        return found
    site = body.split("\n", 1)[0]  # (the site's name over its title: "UrduPoint.com")
    return site.strip() if SITE_NAME_RE.fullmatch(site) else None


def read_fields(text: str, header: re.Match) -> tuple[dict[str, str], str]:
    """The optional `title`, `source` and `url` lines after the date header, and the text
    after them. They are read only when the date stands on a line of its own."""
    fields: dict[str, str] = {}
    position = header.end()
    if "\n" not in header.group(0):
        return fields, text[position:]
    line = header.group(0).count("\n")  # the line before the next one
    while m := FIELD_RE.match(text, position):
        name, value = m.group(1), m.group(2).strip()
        line += 1
        if name in fields:
            raise ParseError(f"line {line}: a second '{name}' header line")
        if name == "url" and not URL_RE.match(value):
            raise ParseError(f"line {line}: url {value[:60]!r} is not an http(s) address")
        fields[name] = value[:2000] if name == "url" else value[:300]
        position = m.end()
    return fields, text[position:]


def parse_bytes(
    data: bytes, today: dt.date | None = None, cities: frozenset[str] = frozenset()
) -> ParsedArticle:
    return parse_text(decode(data), today, cities)
