"""Dates a sentence names, resolved against the article's date: "on 24 November", "on
November 24, 2025", "Sept.24", "15 ноября", "yesterday", "on Monday", "в четверг", and the
coarser "in May", "last November", "next month", "in April last year", "в 2019 году".

A day and month without a year is this year's, or last year's when that would put it in
the future of a report of past events; a weekday is the last one on or before the
article's date, or the next one after it when the sentence speaks of the future.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass, replace

MONTH_NAMES = [
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
]
MONTHS = {m: i for i, m in enumerate(MONTH_NAMES, start=1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
RU_MONTHS = {
    stem: i
    for i, stem in enumerate(
        [
            "январ",
            "феврал",
            "март",
            "апрел",
            "ма",
            "июн",
            "июл",
            "август",
            "сентябр",
            "октябр",
            "ноябр",
            "декабр",
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
RU_WEEKDAYS = {
    "понедельник": 0,
    "вторник": 1,
    "среду": 2,
    "среда": 2,
    "четверг": 3,
    "пятницу": 4,
    "пятница": 4,
    "субботу": 5,
    "суббота": 5,
    "воскресенье": 6,
}
MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November"
    # (a whole word: not "in Maryland", "in Augusta", "in Juneau")
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
    # (and in capitals, as a headline in capitals prints it: "KUALA LUMPUR, 9 JULY 2025")
    r"|JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)"
    r"(?![A-Za-z])\.?"
)
RU_MONTH = (
    r"(?P<ru_month>января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября"
    r"|декабря)"
)
RU_MONTH_IN = (
    r"(?P<ru_month_in>январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре"
    r"|ноябре|декабре)"
)
MONTH_TO = MONTH.replace("(?P<month>", "(?P<month_to>").removesuffix(r"\.?")
YEAR = r"(?P<year>(?:19|20)\d\d)"
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
PATTERNS = [
    # 24 November 2019, 24-25 November, 4 to 5 October, 15 ноября 2025 года, "from 8 to 10
    # of November"
    (
        "day",
        {"month", "russian"},
        re.compile(
            # ("from 18th - 21st December 2012": the last day's ordinal too)
            # ("с 7 по 10 мая": the first day after "с")
            rf"\b{DAY}(?:(?:\s*[-–—]\s*|\s+(?:to|through|until|till|по|до)\s+)(?P<to>[0-3]?\d)"
            rf"(?:st|nd|rd|th)?)?\s+(?:of\s+)?(?:{MONTH}|{RU_MONTH})(?:,?\s+{YEAR})?"
            # "on 04-08 September last year"
            r"(?P<last_year>\s+(?:last|next)\s+year)?"
        ),
    ),
    # November 24, 2019; Sept.24; Nov. 24
    # … and "November 30-December 1, 2009": the year is both days'
    (
        "day",
        {"month"},
        re.compile(
            rf"\b{MONTH}\s*{DAY}\b(?:(?:\s*[-–]\s*|\s+(?:to|through|until|till)\s+)(?:{MONTH_TO}\.?\s*)?"
            r"(?P<to>[0-3]?\d)(?:st|nd|rd|th)?\b)?"
            # (the year after a comma with no space: "On October 28,1997")
            rf"(?:(?:,\s*|\s+){YEAR})?(?P<last_year>\s+(?:last|next)\s+year)?"
        ),
    ),
    # a month naming a meeting or a trip: "my February trip to Beijing", "their March talks"
    (
        "month",
        {"month"},
        re.compile(
            r"(?:(?<=\b[Hh]is\s)|(?<=\b[Hh]er\s)|(?<=\b[Mm]y\s)|(?<=\b[Oo]ur\s)|(?<=\b[Ii]ts\s)"
            r"|(?<=\b[Tt]he\s))"
            rf"{MONTH}(?:\s+{YEAR})?\s+(?=(?:[\w-]+\s+)?(?:trip"
            r"|visit|meeting|talks|summit|tour|call|conversation)\b)"
        ),
    ),
    # this fall, last summer, next spring, the spring of 2019
    (
        "season",
        {"season"},
        re.compile(
            r"\b(?:(?P<rel>this|last|next|coming|past|этой|этим|прошлой|прошлым|следующей"
            r"|следующим)\s+(?P<season>spring|summer|autumn|fall|winter|весной|летом|осенью"
            r"|зимой)\b(?!\s+of\b)|(?:the\s+)?(?P<season2>spring|summer|autumn|fall|winter)\s+of"
            rf"\s+{YEAR}"
            # "осенью текущего года", "весной 2019 года"
            r"|(?P<ru_season>весной|летом|осенью|зимой)\s+(?:(?P<rel2>текущего|этого|прошлого"
            r"|следующего|будущего)\s+года|(?P<year2>(?:19|20)\d\d)\s+года))",
            re.IGNORECASE,
        ),
    ),
    # last November, in May 2019, next month, в мае, в апреле прошлого года
    (
        "month",
        {"month_any"},
        re.compile(rf"\b(?P<rel>last|next|this|coming|past)\s+{MONTH}(?!\s*\d)", re.I),
    ),
    (
        "month",
        {"month"},
        re.compile(
            rf"\b(?:[Ii]n|[Dd]uring|[Ss]ince|[Ff]rom|[Uu]ntil|[Bb]y)\s+(?:early\s+|mid-?\s*|late\s+)?"
            # (the first of two months the year is both of: "in November and December 2003")
            rf"{MONTH}(?:(?:\s+(?:and|to|through)\s+|\s*[-–]\s*){MONTH_TO}(?=\s+(?:19|20)\d\d))?"
            rf"(?:\s+{YEAR})?(?!\s*\d)(?P<last_year>\s+(?:last|next)\s+year)?"
            # ("in September last": last September, as South Asian copy puts it)
            r"(?P<after_last>\s+last\b(?!\s+(?:week|month|year)))?"
        ),
    ),
    (
        "month",
        {"russian"},
        re.compile(
            rf"\b[Вв]\s+{RU_MONTH_IN}(?:\s+{YEAR}\s+года)?(?P<ru_last>\s+(?:прошлого|этого|текущего|следующего|будущего)\s+года)?"
        ),
    ),
    # "at the end of September", "в конце сентября", "в начале марта 2010 года"
    (
        "month",
        {"month"},
        re.compile(
            rf"\b(?:[Aa]t|[Bb]y|[Tt]owards?)\s+the\s+(?:end|beginning|start|middle|turn)\s+of\s+"
            rf"{MONTH}(?:\s+{YEAR})?(?!\s*\d)(?P<last_year>\s+(?:last|next)\s+year)?"
        ),
    ),
    (
        "month",
        {"russian"},
        re.compile(
            rf"\b[Вв]\s+(?:конце|начале|середине)\s+{RU_MONTH}(?:\s+{YEAR}\s+года)?"
            r"(?P<ru_last>\s+(?:прошлого|этого|текущего|следующего|будущего)\s+года)?"
        ),
    ),
    (
        "month",
        {"month_word"},
        re.compile(r"\b(?P<relm>next|last|this|coming|past)\s+month\b", re.I),
    ),
    # "the quadripartite Summit of July 2019": a meeting's month and year, after "of"
    (
        "month",
        {"month"},
        re.compile(
            r"(?:"
            + "|".join(
                rf"(?<=\b{word}\sof\s)"
                for word in ("summit", "Summit", "meeting", "Meeting", "session", "Session")
            )
            + rf"){MONTH}\s+{YEAR}(?!\s*\d)"
        ),
    ),
    # "Nazarbayev's January meeting with Yeltsin": the month an event was held in
    (
        "month",
        {"month"},
        re.compile(
            rf"(?<=['’]s\s){MONTH}\s+(?=(?:meeting|visit|talks|summit|trip|call|session)\b)"
        ),
    ),
    # … and "the June summit", "в ходе июньского саммита 2024 года"
    (
        "month",
        {"month", "russian"},
        re.compile(
            rf"(?<=\bthe\s){MONTH}\s+(?=(?:meeting|visit|talks|summit|trip|call|session)\b)"
            r"|\b(?P<ru_month>(?:январ|феврал|мартов|апрел|май|июн|июл|августов|сентябр|октябр"
            r"|ноябр|декабр)ь?ск\w+)\s+(?=(?:саммит|визит|встреч|переговор|заседани|поездк)\w*)"
            rf"(?:\w+\s+{YEAR}\s+года)?"
        ),
    ),
    (
        "month",
        {"russian"},
        re.compile(r"\b(?P<ru_relm>в\s+следующем|в\s+прошлом|в\s+этом)\s+месяце\b"),
    ),
    # "on the 26th": a day of the article's month (the next month's, for a plan whose day has
    # passed; the last month's, for a report of one still to come)
    (
        "dom",
        {"digit"},
        re.compile(
            r"\b(?<=on\s)the\s+(?P<day>[1-3]?\d)(?:st|nd|rd|th)\b(?=\s*(?:[,.;:)]|$)|\s+(?:to|and|in"
            r"|at|for|with|when|after|before|of\s+this\s+month)\b)"
        ),
    ),
    # (and a part of it: "in late 2018", "in mid-2019", "at the end of 2018")
    (
        "year",
        {"digit"},
        re.compile(
            rf"\b(?:(?:[Ii]n|[Ss]ince|of)\s+(?:(?:early|late)\s+|mid-?\s*)?|(?:[Aa]t|[Bb]y|[Tt]owards?)"
            rf"\s+the\s+(?:end|beginning|start|middle|turn)\s+of\s+){YEAR}\b(?!\s*[-–]\d)"
        ),
    ),
    # "the 2009 L'Aquila G-8 Summit": the year a meeting named with it was held
    (
        "year",
        {"digit"},
        re.compile(
            # (or a possessive's: "during his 1997 state visit to the US")
            rf"\b(?:(?<=the\s)|(?<=his\s)|(?<=her\s)|(?<=their\s)){YEAR}\s+"
            rf"(?=(?:[A-Z][\w'’.-]*\s+|state\s+|official\s+|working\s+){{0,4}}(?:[Ss]ummit|[Mm]eeting"
            r"|[Cc]onference|[Ff]orum|[Ss]ession|[Vv]isit|[Tt]alks)\b)"
        ),
    ),
    ("year", {"digit"}, re.compile(rf"\b[Вв]\s+{YEAR}\s+год[уа]\b")),
    (
        "relative",
        {"relative"},
        re.compile(
            # (not a time before it: "Before today, A and B had first met in 2021")
            r"\b(?<!before\s)(?<!Before\s)(?P<word>yesterday|today|tonight|tomorrow|last\s+night"
            r"|this\s+(?:morning|afternoon"
            # ("накануне общались": the day before; not "накануне визита", the eve of one)
            r"|evening)|later\s+today|вчера|сегодня|завтра"
            r"|накануне(?!\s+(?![а-яё]+(?:лись|лся|лась|ли|л|ла)\b)[а-яё])"
            # ("состоявшегося накануне телефонного разговора": the day before, after the
            # participle of what was held)
            r"|(?:(?<=шегося\s)|(?<=вшего\s)|(?<=вшейся\s)|(?<=вшихся\s)|(?<=вшей\s)|(?<=нного\s)|(?<=нной\s))"
            r"накануне)\b"
            # "two days ago", "3 days ago"; "a day earlier" (than the news: not "On May 2 …. A
            # day earlier, …", opening a sentence, than the day told before)
            r"|\b(?P<ago>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+days\s+ago\b"
            r"|\b(?P<earlier>(?-i:a|one|two|three))\s+days?\s+earlier\b",
            re.IGNORECASE,
        ),
    ),
    # "next week", "на следующей неделе": the week after the article's (a day in it unknown)
    (
        "week",
        {"week"},
        re.compile(
            r"\bnext\s+week\b|\b[Нн]а\s+(?:следующей|будущей)\s+неделе\b"
            # … and, of a plan, "this week", "на этой неделе": the article's own week
            r"|(?P<this_week>\b(?:later\s+)?this\s+week\b|\b[Нн]а\s+этой\s+неделе\b)",
            re.IGNORECASE,
        ),
    ),
    (
        "weekday",
        {"weekday"},
        re.compile(
            r"\b(?:on\s+|late\s+|early\s+|last\s+|next\s+|this\s+|(?P<until>until|till)\s+)?"
            r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
            # ("в минувшую пятницу", "в прошлый вторник", "в следующую среду")
            r"|\b[вВ](?:о)?\s+(?:(?P<ru_rel>прошл\w+|минувш\w+|прошедш\w+|следующ\w+|ближайш\w+)\s+)?"
            r"(?P<ru_weekday>понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)\b"
        ),
    ),
]

# The kinds whose patterns all need a digit (a day of the month, a year).
NUMBERED_KINDS = frozenset({"day", "dom", "year"})
DIGIT_RE = re.compile(r"\d")
CYRILLIC_RE = re.compile(r"[а-яёА-ЯЁ]")
# What each pattern above cannot match without (it runs where the sentence has one of its
# needs): most sentences name no month, no weekday and no relative day, and these tests cost
# a fraction of running the patterns.
MONTH_STEMS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTH_STEMS_LOWER = tuple(stem.lower() for stem in MONTH_STEMS)
RELATIVE_WORDS = (
    "yesterday", "today", "tonight", "tomorrow", "night", "morning", "afternoon", "evening",
    "ago", "earlier", "вчера", "сегодня", "завтра", "накануне",
)  # fmt: skip


def _features(sentence: str) -> set[str]:
    """The needs of PATTERNS that `sentence` meets."""
    found = set()
    lower = sentence.lower()
    if DIGIT_RE.search(sentence):
        found.add("digit")
    if any(stem in sentence for stem in MONTH_STEMS) or any(
        stem.upper() in sentence for stem in MONTH_STEMS
    ):
        found.add("month")
    if "month" in lower:
        found.add("month_word")
    if "month" in found or any(stem in lower for stem in MONTH_STEMS_LOWER):
        found.add("month_any")  # (a pattern matching without regard to case)
    if CYRILLIC_RE.search(sentence):
        found.add("russian")
    if any(word in lower for word in RELATIVE_WORDS):
        found.add("relative")
    if "day" in sentence or "russian" in found:
        found.add("weekday")
    if "week" in lower or "недел" in lower:
        found.add("week")
    if any(word in lower for word in SEASON_WORDS):
        found.add("season")
    return found


SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12, "весн": 3, "лет": 6,
           "осен": 9, "зим": 12}  # fmt: skip
SEASON_WORDS = ("spring", "summer", "autumn", "fall", "winter", "весн", "летом", "осен", "зимой")
RU_SEASON_RELS = {"этой": "this", "этим": "this", "текущего": "this", "этого": "this",
                  "прошлой": "last", "прошлым": "last", "прошлого": "last",
                  "следующей": "next", "следующим": "next", "следующего": "next",
                  "будущего": "next"}  # fmt: skip


# "on Thursday, January 24": what may stand between a weekday and the day that says which
WEEKDAY_THEN_DAY_RE = re.compile(r"\s*[,(]?\s*(?:the\s+)?")


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    date: dt.date
    precision: str  # "day", "week" (its Monday), "month" or "year"
    until: dt.date | None = None  # a span's last day ("November 22-30")


@functools.lru_cache(maxsize=512)
def find_dates(sentence: str, published: dt.date, future: bool = False) -> tuple[DateMention, ...]:
    """Every date the sentence names, in order; `future`: the sentence speaks of plans.
    Cached: each event a sentence reports asks again."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    weekdays: list[DateMention] = []
    relatives: list[DateMention] = []
    features = _features(sentence)
    for kind, needs, pattern in PATTERNS:
        if not needs & features or (kind in NUMBERED_KINDS and "digit" not in features):
            continue  # (the pattern cannot match: see _features)
        for m in pattern.finditer(sentence):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            if m.groupdict().get("until"):
                # "The talks, which run until Tuesday": where a stretch ends, not when
                # anything in it happens
                taken.append((m.start(), m.end()))
                continue
            value = _resolve(kind, m, published, future)
            if value is None:
                continue
            date, precision = value
            taken.append((m.start(), m.end()))
            found.append(DateMention(m.start(), m.end(), date, precision, _until(m, date)))
            if kind == "weekday":
                weekdays.append(found[-1])
            elif kind == "relative":
                relatives.append(found[-1])
    # "on Thursday, January 24": one mention, the day named saying which Thursday, even
    # where the two disagree (a weekday counted back from the article's date is the guess)
    for weekday in weekdays:
        for day in found:
            if (
                day.precision == "day"
                and day.start >= weekday.end
                # (not a day counted from the article's: "on Saturday (today)" in a paper's
                # text dated the Friday before is that Saturday, not a Saturday the 23rd)
                and all(day is not r for r in relatives)
                and WEEKDAY_THEN_DAY_RE.fullmatch(sentence, weekday.end, day.start)
            ):
                found.remove(weekday)
                found.remove(day)
                found.append(replace(day, start=weekday.start, date=_year_of_weekday(day, weekday)))
                break
    # "сегодня (24 июня)", "today (June 24)": the day named says which (a report filed after
    # midnight says "today" of the day before); "tomorrow (Monday)": the weekday only says
    # which day tomorrow is (counted back from the article's date, it would be last Monday)
    for relative in relatives:
        for day in found:
            if (
                day.precision == "day"
                and day is not relative
                and RELATIVE_THEN_DAY_RE.fullmatch(sentence, relative.end, day.start)
            ):
                found.remove(relative)
                found.remove(day)
                if any(day is w for w in weekdays):
                    found.append(replace(relative, end=day.end))
                else:
                    found.append(replace(day, start=relative.start))
                break
    found.sort(key=lambda d: d.start)
    # "On August 7 in 2010", "in August of 2010": the day or month, in the year named right
    # after it (not the year guessed from the article's date)
    for i in range(len(found) - 1, 0, -1):
        day, year = found[i - 1], found[i]
        if (
            year.precision == "year"
            and day.precision in {"day", "month"}
            and not YEAR_DIGITS_RE.search(sentence, day.start, day.end)
            # (not a day counted from the article's: "on Monday in 2010" says no more)
            and not re.search(r"day\b", sentence[day.start : day.end], re.IGNORECASE)
            and DAY_THEN_YEAR_RE.fullmatch(sentence, day.end, year.start)
            and (date := _replace_year(day.date, year.date.year)) is not None
        ):
            until = day.until and _replace_year(day.until, year.date.year)
            found[i - 1] = replace(day, end=year.end, date=date, until=until)
            del found[i]
    # "on April 10 this year": the article's year, whatever the tense guessed
    for i, mention in enumerate(found):
        if (
            mention.precision in {"day", "month"}
            and mention.date.year != published.year
            and THIS_YEAR_AFTER_RE.match(sentence, mention.end)
            and (date := _replace_year(mention.date, published.year)) is not None
        ):
            until = mention.until and _replace_year(mention.until, published.year)
            found[i] = replace(mention, date=date, until=until)
    # "in September 2014 … in November that year": the year of the date named before
    for i, mention in enumerate(found):
        if i and THAT_YEAR_AFTER_RE.match(sentence, mention.end):
            year = found[i - 1].date.year
            if (date := _replace_year(mention.date, year)) is not None:
                until = mention.until and _replace_year(mention.until, year)
                found[i] = replace(mention, date=date, until=until)
    return tuple(found)


YEAR_DIGITS_RE = re.compile(r"\b(?:1[89]|20)\d\d\b")
# (the year mention's own preposition opens it: "in 2010", "of 2010")
DAY_THEN_YEAR_RE = re.compile(r",?\s+")
# (after a month or a day named without its year)
THAT_YEAR_AFTER_RE = re.compile(r"\s+(?:of\s+)?(?:that|the\s+same)\s+year\b", re.IGNORECASE)
# (… or the article's own: "planned to visit Russia on April 10 this year", told in November)
THIS_YEAR_AFTER_RE = re.compile(r"\s+(?:of\s+)?this\s+year\b", re.IGNORECASE)
RELATIVE_THEN_DAY_RE = re.compile(r"\s*\(\s*")


def _year_of_weekday(day: DateMention, weekday: DateMention) -> dt.date:
    """The day named with its weekday, in the year next to the one guessed where only that
    one has it on that weekday: "on Tuesday, 29 July" in a text of 25 July 1997 is 29 July
    1997 (a Tuesday), not 1996 — a plan, not the past."""
    if day.date.weekday() == weekday.date.weekday():
        return day.date
    for year in (day.date.year + 1, day.date.year - 1):
        other = _replace_year(day.date, year)
        if other is not None and other.weekday() == weekday.date.weekday():
            return other
    return day.date


def _until(m: re.Match, start: dt.date) -> dt.date | None:
    """The last day of a span of days: "November 22-30" -> November 30; "November
    30-December 1" -> December 1."""
    last = m.groupdict().get("to")
    if not last:
        return None
    try:
        if month := m.groupdict().get("month_to"):
            end = dt.date(start.year, MONTHS[month.lower()], int(last))
            return end if end > start else _replace_year(end, start.year + 1)
        return start.replace(day=int(last)) if int(last) > start.day else None
    except ValueError:
        return None


def _resolve(kind: str, m: re.Match, published: dt.date, future: bool):
    groups = m.groupdict()
    if kind == "day":
        month = _month(groups)
        year = int(groups["year"]) if groups.get("year") else published.year
        try:
            value = dt.date(year, month, int(groups["day"]))
        except (ValueError, TypeError):
            return None
        if not groups.get("year") and (tail := (groups.get("last_year") or "").strip()):
            # "on 04-08 September last year", "on 5 May next year"
            moved = _replace_year(value, year + (1 if tail.startswith("next") else -1))
            return (moved, "day") if moved else None
        if not groups.get("year"):
            if value > published + dt.timedelta(days=2) and not future:
                value = _replace_year(value, year - 1)
            elif value < published - dt.timedelta(days=180) and future:
                value = _replace_year(value, year + 1)
        return (value, "day") if value else None
    if kind == "dom":
        return _day_of_month(int(groups["day"]), published, future)
    if kind == "month":
        return _month_mention(groups, published, future)
    if kind == "year":
        return dt.date(int(groups["year"]), 1, 1), "year"
    if kind == "relative":
        if groups.get("ago") or groups.get("earlier"):
            days = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                    "seven": 7, "eight": 8, "nine": 9, "ten": 10}  # fmt: skip
            ago = (groups.get("ago") or groups["earlier"]).lower()
            return published - dt.timedelta(days=days.get(ago) or int(ago)), "day"
        shift = {"yesterday": -1, "вчера": -1, "накануне": -1, "last": -1, "tomorrow": 1,
                 "завтра": 1}  # fmt: skip
        word = groups["word"].lower().split()[0]
        return published + dt.timedelta(days=shift.get(word, 0)), "day"
    if kind == "season":
        # "this fall", "last summer", "next spring", "the spring of 2019": the first month
        word = (groups.get("season") or groups.get("season2") or groups["ru_season"]).lower()
        month = next(m for stem, m in SEASONS.items() if word.startswith(stem))
        if groups.get("year") or groups.get("year2"):
            return dt.date(int(groups.get("year") or groups["year2"]), month, 1), "month"
        rel = (groups.get("rel") or groups.get("rel2") or "this").lower()
        rel = RU_SEASON_RELS.get(rel, rel)
        # (in January, this winter is the one begun last December)
        year = published.year - (month == 12 and published.month <= 2)
        year += {"last": -1, "past": -1, "next": 1}.get(rel, 0)
        into = (published.year - year) * 12 + published.month - month
        if rel in {"this", "coming"} and 0 <= into < 3:
            return None  # the season the article is written in: no day of its own
        return dt.date(year, month, 1), "month"
    if kind == "week":
        if groups.get("this_week"):
            # (a plan's only: "met earlier this week" is told to no day)
            return (published - dt.timedelta(days=published.weekday()), "week") if future else None
        return published + dt.timedelta(days=7 - published.weekday()), "week"
    if kind == "weekday":
        weekday = (
            WEEKDAYS[groups["weekday"].lower()]
            if groups.get("weekday")
            else RU_WEEKDAYS[groups["ru_weekday"].lower()]
        )
        text = m.group(0).lower()
        ru_rel = (groups.get("ru_rel") or "").lower()
        nearest = text.startswith("next") or ru_rel.startswith(("след", "ближайш"))
        if future or nearest:
            ahead = (weekday - published.weekday()) % 7
            return published + dt.timedelta(days=ahead or (7 if nearest else 0)), "day"
        back = (published.weekday() - weekday) % 7
        if (text.startswith("last") or ru_rel) and not back:
            back = 7
        return published - dt.timedelta(days=back), "day"
    return None


def _day_of_month(day: int, published: dt.date, future: bool):
    """The day `day` nearest the article's date on the side its tense says."""
    year, month = published.year, published.month
    if future and day < published.day:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    elif not future and day > published.day + 2:
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    try:
        return dt.date(year, month, day), "day"
    except ValueError:  # "the 31st" of a shorter month
        return None


def _month(groups) -> int | None:
    if groups.get("month"):
        return MONTHS[groups["month"].lower().rstrip(".")]
    if groups.get("ru_month"):
        return next(i for stem, i in RU_MONTHS.items() if groups["ru_month"].startswith(stem))
    return None


def _replace_year(value: dt.date, year: int) -> dt.date | None:
    try:
        return value.replace(year=year)
    except ValueError:  # 29 February
        return None


def _month_mention(groups, published: dt.date, future: bool):
    relative = (groups.get("relm") or groups.get("ru_relm") or "").lower()
    if relative:
        shift = 1 if relative in {"next", "coming", "в следующем"} else -1
        if relative in {"this", "в этом"}:
            shift = 0
        month_index = published.month - 1 + shift
        return dt.date(published.year + month_index // 12, month_index % 12 + 1, 1), "month"
    if groups.get("ru_month_in"):
        month = next(i for stem, i in RU_MONTHS.items() if groups["ru_month_in"].startswith(stem))
    else:
        month = _month(groups)
    if month is None:
        return None
    year = int(groups["year"]) if groups.get("year") else published.year
    rel = (groups.get("rel") or ("last" if groups.get("after_last") else "")).lower()
    tail = (groups.get("last_year") or groups.get("ru_last") or "").strip().lower()
    if tail.startswith(("last", "прошлого")):
        year = published.year - 1
    elif tail.startswith(("next", "следующего", "будущего")):
        year = published.year + 1
    elif tail.startswith(("этого", "текущего")):
        year = published.year  # "в декабре этого года": this year's, before or after
    elif rel == "this" and not groups.get("year"):
        year = published.year  # "this May": this year's, before or after
    elif not groups.get("year"):
        if rel in {"last", "past"} or (not future and rel not in {"next", "coming"}):
            if month > published.month or (rel in {"last", "past"} and month == published.month):
                year -= 1
        elif month < published.month:
            year += 1
    return dt.date(year, month, 1), "month"


def last_day(value: dt.date) -> dt.date:
    """The last day of a month-precision date's month."""
    return value.replace(day=calendar.monthrange(value.year, value.month)[1])


def named_date(sentence: str, published: dt.date) -> dt.date | None:
    """The first day-precise date a sentence names for what it reports, or None."""
    for mention in find_dates(sentence, published):
        if mention.precision == "day":
            return mention.date
    return None
