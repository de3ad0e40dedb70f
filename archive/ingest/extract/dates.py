"""Dates named in a sentence: "on 24 November", "on November 24, 2025", "yesterday",
"on Monday". Relative to the article's date; a day-month later than it is last year's."""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {
    m: i
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        start=1,
    )
}
WEEKDAYS = {
    d: i
    for i, d in enumerate(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    )
}
MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|"
    r"November|December)"
)
DAY_MONTH = re.compile(r"\bon\s+(?P<day>\d{1,2})\s+" + MONTH + r"(?:,?\s+(?P<year>\d{4}))?")
MONTH_DAY = re.compile(r"\bon\s+" + MONTH + r"\s+(?P<day>\d{1,2})(?:,?\s+(?P<year>\d{4}))?\b")
WEEKDAY = re.compile(
    r"\bon\s+(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday)\b"
)
YESTERDAY = re.compile(r"\byesterday\b", re.I)


def named_date(sentence: str, published: dt.date) -> dt.date | None:
    """The date a sentence names for what it reports, or None."""
    for pattern in (DAY_MONTH, MONTH_DAY):
        if m := pattern.search(sentence):
            month, day = MONTHS[m.group("month").lower()], int(m.group("day"))
            year = int(m.group("year")) if m.group("year") else published.year
            try:
                value = dt.date(year, month, day)
            except ValueError:
                return None
            if not m.group("year") and value > published:
                value = value.replace(year=year - 1)
            return value
    if m := WEEKDAY.search(sentence):
        back = (published.weekday() - WEEKDAYS[m.group("weekday").lower()]) % 7
        return published - dt.timedelta(days=back)
    if YESTERDAY.search(sentence):
        return published - dt.timedelta(days=1)
    return None
