"""Parse one article file of the seed format into a ParsedArticle. Pure: no ORM, no I/O
beyond the bytes handed in.

The format: an optional BOM and whitespace, ``date YYYY-MM-DD``, whitespace, then the body;
paragraphs are separated by blank lines.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass

from archive.text.sentences import split_paragraphs, split_sentences

HEADER_RE = re.compile(r"\A\s*date[ \t]+(\S+)(?:[ \t]+|[ \t]*\r?\n|\Z)", re.IGNORECASE)
DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
# Control characters other than tab, line feed, carriage return and form feed.
CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
HEADLINE_MAX = 110
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
    source: str | None = None  # the agency or publisher the text names, if a known one


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


def normalise(text: str) -> str:
    """NFC, LF line ends, no trailing spaces, single blank lines between paragraphs."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.rstrip() for line in text.split("\n")]
    text = "\n".join(lines).strip()
    return re.sub(r"\n{3,}", "\n\n", text)


def body_hash(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def make_headline(first_paragraph: str, limit: int = HEADLINE_MAX) -> str:
    """The first sentence, cut at a word boundary to at most `limit` characters."""
    sentence = split_sentences(first_paragraph)[0] if first_paragraph else ""
    sentence = " ".join(sentence.split())
    if len(sentence) <= limit:
        return sentence.rstrip(".")
    cut = sentence[: limit - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:–—-") + "…"


def find_source(body: str) -> str | None:
    """The first known agency (in KNOWN_SOURCES order) the body names."""
    found = set(SOURCE_RE.findall(body))  # one pass over the body, not one per marker
    return next((name for marker, name in KNOWN_SOURCES.items() if marker in found), None)


def make_lead(paragraphs: list[str], limit: int = LEAD_MAX) -> str:
    lead = paragraphs[0]
    if len(lead) <= limit:
        return lead
    cut = lead[:limit]
    return cut[: cut.rindex(" ")] + "…" if " " in cut else cut + "…"


CYRILLIC_LETTER_RE = re.compile(r"[\u0400-\u04ff]")
LETTER_RE = re.compile(r"[^\W\d_]")


def guess_language(text: str) -> str:
    """A cheap script test: enough to tell the archive's Russian texts from English ones."""
    sample = text[:2000]
    cyrillic = len(CYRILLIC_LETTER_RE.findall(sample))
    if not cyrillic:  # the common case, found in one pass in C
        return "en"
    letters = len(LETTER_RE.findall(sample))
    return "ru" if cyrillic / letters > 0.5 else "en"


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


def parse_text(text: str, today: dt.date | None = None) -> ParsedArticle:
    """Parse decoded text; raise ParseError naming what is wrong."""
    match = HEADER_RE.match(text)
    if not match:
        first_line = text.strip().split("\n", 1)[0][:40]
        raise ParseError(f"line 1: no 'date YYYY-MM-DD' header (starts {first_line!r})")
    published = parse_date(match.group(1), today)
    normalised = normalise(text[match.end() :])
    if not normalised:
        raise ParseError("header only: the body is empty")
    paragraphs = split_paragraphs(normalised)
    body = "\n\n".join(paragraphs)
    return ParsedArticle(
        published=published,
        headline=make_headline(paragraphs[0]),
        lead=make_lead(paragraphs),
        body=body,
        paragraphs=tuple(paragraphs),
        language=guess_language(normalised),
        sha256=body_hash(body),
        source=find_source(body),
    )


def parse_bytes(data: bytes, today: dt.date | None = None) -> ParsedArticle:
    return parse_text(decode(data), today)
