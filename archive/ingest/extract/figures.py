"""Amounts an article states, with their meaning.

"trade turnover … surpassing half a billion dollars" -> trade turnover, more than USD 500
million, actual; "increase the volume of mutual trade to one billion dollars" -> a target;
"one and a half million tons, an increase of 14%" -> freight 1,500,000 t, change +14 %.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "hundred": 100,
}
SCALES = {
    "thousand": 10**3,
    "million": 10**6,
    "mln": 10**6,
    "billion": 10**9,
    "bn": 10**9,
    "bln": 10**9,
    "trillion": 10**12,
}
CURRENCY_WORDS = {
    "dollars": "USD",
    "dollar": "USD",
    "us dollars": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "tenge": "KZT",
    "manat": "TMT",
    "rubles": "RUB",
    "roubles": "RUB",
    "yuan": "CNY",
    "pounds": "GBP",
    "sum": "UZS",
    "soms": "KGS",
    "somoni": "TJS",
    "lira": "TRY",
}
CURRENCY_SIGNS = {
    "usd": "USD",
    "us$": "USD",
    "$": "USD",
    "eur": "EUR",
    "€": "EUR",
    "£": "GBP",
    "kzt": "KZT",
    "rub": "RUB",
    "cny": "CNY",
}
QUANTITY_WORDS = {
    "tons": "t",
    "tonnes": "t",
    "ton": "t",
    "tonne": "t",
    "cubic meters": "m3",
    "cubic metres": "m3",
    "kilometers": "km",
    "kilometres": "km",
    "containers": "containers",
    "teu": "TEU",
}

WORD_NUMBER = (
    r"(?:(?:one|two|three) and a half|half a|a half|a quarter of a|"
    + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
    + ")"
)
AMOUNT_RE = re.compile(
    r"(?P<sign>US\$|USD|EUR|KZT|RUB|CNY|\$|€|£)?\s?"
    r"(?<![\w.,])(?P<number>\d{1,3}(?:[,\s]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|" + WORD_NUMBER + r"\b)"
    r"(?:\s*(?P<scale>thousand|million|billion|trillion|mln|bln|bn)\b)?"
    r"(?:\s*(?P<unit>%|per\s?cent\b|percent\b|"
    + "|".join(sorted(CURRENCY_WORDS, key=len, reverse=True))
    + "|"
    + "|".join(sorted(QUANTITY_WORDS, key=len, reverse=True))
    + r")(?!\w))?",
    re.IGNORECASE,
)
KIND_WORDS = [
    ("trade_turnover", re.compile(r"\btrade|turnover|exports?|imports?", re.I)),
    ("investment", re.compile(r"\binvest", re.I)),
    ("freight", re.compile(r"\bfreight|cargo|transit|transport|shipment|container", re.I)),
    ("growth", re.compile(r"\bgrowth|GDP|grew|economy expanded", re.I)),
]
MORE_RE = re.compile(
    r"(?:surpass\w*|exceed\w*|more than|over|above|upwards of|in excess of)"
    r"\s*$",
    re.I,
)
ABOUT_RE = re.compile(r"(?:about|around|approximately|nearly|almost|some|roughly)\s*$", re.I)
LESS_RE = re.compile(r"(?:less than|under|below|up to)\s*$", re.I)
TARGET_RE = re.compile(
    r"\b(?:increas\w*|rais\w*|boost\w*|bring\w*|reach\w*|doubl\w*|expand\w*)\b[^.;]*\bto\s*$"
    r"|\b(?:target|goal|aim\w*|plan\w*|intend\w*|seek\w*|expect\w*)\b[^.;]*$",
    re.I,
)
CHANGE_RE = re.compile(
    r"(?:an? )?(?:increase|rise|growth|decrease|decline|drop|fall)\s+of\s*$", re.I
)
PERIOD_RE = re.compile(
    r"\b(?:in|during|over|for)\s+the\s+(?:first\s+)?(?:\w+\s+)?(?:months?|quarters?|half)"
    r"\s+of\s+(?:this|last|the)?\s*(?:year|\d{4})|\bthis year|\blast year|\bin \d{4}",
    re.I,
)


@dataclass(frozen=True)
class ExtractedFigure:
    kind: str
    value: Decimal
    unit: str
    qualifier: str
    is_target: bool
    change_percent: Decimal | None
    period: str
    sentence: str
    sentence_start: int
    countries: tuple[str, ...] = ()


def parse_number(raw: str) -> Decimal | None:
    word = raw.lower()
    if m := re.fullmatch(r"(one|two|three) and a half", word):
        return Decimal(NUMBER_WORDS[m.group(1)]) + Decimal("0.5")
    if word in {"half a", "a half"}:
        return Decimal("0.5")
    if word == "a quarter of a":
        return Decimal("0.25")
    if word in NUMBER_WORDS:
        return Decimal(NUMBER_WORDS[word])
    try:
        return Decimal(re.sub(r"[,\s]", "", raw))
    except ArithmeticError:
        return None


# Every figure has a currency sign or a unit word (see _figure): sentences without one are
# not given to extract_figures (see archive.ingest.extract.sentences_containing).
UNIT_HINTS = ("$", "€", "£", "%", "per cent", "percent", "usd", "eur", "kzt", "rub", "cny")
UNIT_HINTS += tuple(CURRENCY_WORDS) + tuple(QUANTITY_WORDS)


def extract_figures(sentences: list[tuple[int, str]]) -> list[ExtractedFigure]:
    figures: list[ExtractedFigure] = []
    for offset, sentence in sentences:
        found: list[ExtractedFigure] = []
        for m in AMOUNT_RE.finditer(sentence):
            figure = _figure(m, sentence, offset)
            if figure is None:
                continue
            before = sentence[: m.start()]
            if figure.unit == "%" and found and CHANGE_RE.search(before[-40:]):
                last = found.pop()
                found.append(ExtractedFigure(**{**last.__dict__, "change_percent": figure.value}))
                continue
            found.append(figure)
        figures.extend(found)
    return figures


def _figure(m: re.Match, sentence: str, offset: int) -> ExtractedFigure | None:
    sign, unit_word = m.group("sign"), (m.group("unit") or "").lower()
    if not sign and not unit_word:
        return None
    if (
        unit_word
        and unit_word not in CURRENCY_WORDS
        and not m.group("number")[0].isdigit()
        and m.group("number").lower() in {"a", "an"}
    ):
        return None
    number = parse_number(m.group("number"))
    if number is None:
        return None
    value = number * SCALES.get((m.group("scale") or "").lower(), 1)
    if sign:
        unit = CURRENCY_SIGNS[sign.lower()]
    elif unit_word in CURRENCY_WORDS:
        unit = CURRENCY_WORDS[unit_word]
    elif unit_word in QUANTITY_WORDS:
        unit = QUANTITY_WORDS[unit_word]
    else:
        unit = "%"
    before = sentence[: m.start()]
    if unit == "%":
        kind = "growth"
    else:
        kind = next((k for k, rx in KIND_WORDS if rx.search(sentence)), "other")
        if kind == "growth":
            kind = "other"
    if unit == "t" and kind == "other":
        kind = "freight"
    qualifier = (
        "more_than"
        if MORE_RE.search(before[-30:])
        else "about"
        if ABOUT_RE.search(before[-20:])
        else "less_than"
        if LESS_RE.search(before[-20:])
        else "exact"
    )
    period = PERIOD_RE.search(sentence)
    return ExtractedFigure(
        kind=kind,
        value=value,
        unit=unit,
        qualifier=qualifier,
        is_target=bool(TARGET_RE.search(before)),
        change_percent=None,
        period=period.group(0) if period else "",
        sentence=sentence,
        sentence_start=offset,
    )
