"""Paragraphs and sentences of an article body: the one splitter the archive uses (the
parser's headline, extraction, snippets).

A sentence ends at ".", "!", "?" or "…" (with any closing quotes or brackets), at a line
break, and at a paragraph break. It does not end:
- inside a number: "12.5", "1,500.75", "25.02.2020";
- after an abbreviation that never ends a sentence ("Feb. 3", "Dr. Smith", "No. 5",
  "approx. 40", "т.е. в", "г. Москва") or after one that may ("U.S.") unless the next word
  opens a sentence ("in the U.S. The talks …");
- at an initial: "J. Smith", "Kh.Battulga", "С.Жээнбеков", "С.В.Лавров";
- inside a quotation closed in the same paragraph: «Мы договорились. Это важно», — сказал он;
- where the next word starts in lower case ("approx. five").
A full stop with no space after it ends a sentence only between words ("agreed.The talks":
real copy drops spaces), not in "U.S.", "Sept.24" or "ANKARA.KAZINFORM".
"""

from __future__ import annotations

import re

PARAGRAPH_SPLIT_RE = re.compile(r"\n\s*\n")
# A terminator run and the closing quotes or brackets after it.
END_RE = re.compile(r"[.!?…]+[\"'’”»)\]]*")
DOMAIN_END_RE = re.compile(r"(?:Az|Ru|Kz|Uz|Kg|Tj|Tm|Am|Ge|By|Ua|Mn|Com|Net|Org|Info|Tv)\b")
CLOSERS = "\"'’”»)]"
OPENERS = "\"'“‘«(["
# Never the last word of a sentence: titles, months before a day, numbering, Russian
# abbreviations of words that always have a continuation.
NEVER_FINAL = frozenset(
    [
        "Mr",
        "Mrs",
        "Ms",
        "Messrs",
        "Mme",
        "Mlle",
        "Dr",
        "Prof",
        "Gen",
        "Lt",
        "Col",
        "Capt",
        "Maj",
        "Cmdr",
        "Adm",
        "Sgt",
        "Gov",
        "Sen",
        "Rep",
        "Rev",
        "Hon",
        "Rt",
        # Indian honorifics: Shrimati, Shri, Kumari ("External Affairs Minister Smt. X")
        "Smt",
        "Sh",
        "Kum",
        "St",
        # (Santa, Santo, Sainte in names: "Jose Santiago Sta. Romana", "Sto. Tomas")
        "Sta",
        "Sto",
        "Ste",
        "Sr",
        "Jr",
        "Amb",
        "Pres",
        "Sec",
        "Dep",
        "Min",
        "No",
        "Nos",
        "Nr",
        "Art",
        "Vol",
        "pp",
        "Fig",
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
        "approx",
        "ca",
        "cf",
        "vs",
        "viz",
        "incl",
        "est",
        "e.g",
        "i.e",
        "H.E",
        "H.H",
        "H.M",
        "H.R.H",
        "т.е",
        "т.к",
        "т.н",
        "т.ч",
        "т.д",
        "т.п",
        # "с и.о. министра" (исполняющий обязанности: acting)
        "и.о",
        "им",
        "ул",
        "пр",
        "пл",
        "д",
        "др",
        "гг",
        "тыс",
        "млн",
        "млрд",
        "трлн",
        "руб",
        "долл",
        "ст",
        "см",
        "напр",
        # "за 7 мес. 2010 г.", "во II кв. 2024", "янв.–сент."
        "мес",
        "кв",
        "чел",
        "янв",
        "февр",
        "авг",
        "сент",
        "окт",
        "нояб",
        "дек",
    ]
)
# Scales and currencies cut short: a sentence ends after them only where a word in title case
# follows (an acronym after one is the currency's: "долл. США").
SCALE_ABBREVIATIONS = frozenset(["тыс", "млн", "млрд", "трлн", "руб", "долл"])
# Currency signs cut short: no end before the amount they sign ("a loan of Rs. 1165 crore",
# "Tk. 500 crore", "Rp. 5 billion", "Kshs. 2 billion").
CURRENCY_ABBREVIATIONS = frozenset(["Rs", "Tk", "Rp", "Ksh", "Kshs", "Shs", "Dhs", "Dh"])
# May end a sentence: a split there only when the next word opens a new one.
# (and "Md." — Mohammad in Bangladesh, Maryland in an American dateline: "Md. Abdul Hamid left",
# "Annapolis, Md. The governor said")
MAY_BE_FINAL = frozenset(
    [
        "U.S",
        "U.K",
        "U.N",
        "E.U",
        "U.S.A",
        "U.A.E",
        "Inc",
        "Ltd",
        "Co",
        "Corp",
        "a.m",
        "p.m",
        "etc",
        "Md",
        "Mohd",
    ]
)
SENTENCE_OPENERS = frozenset(
    [
        "The",
        "A",
        "An",
        "He",
        "She",
        "It",
        "They",
        "We",
        "I",
        "This",
        "That",
        "These",
        "Those",
        "His",
        "Her",
        "Its",
        "Their",
        "Our",
        "In",
        "On",
        "At",
        "But",
        "And",
        "However",
        "Meanwhile",
        "According",
        "During",
        "After",
        "Before",
        "Earlier",
        "Later",
        "Also",
        "Both",
        "Today",
        "Yesterday",
        "There",
        "Such",
        "As",
        "While",
        "When",
        "Since",
        "Following",
        "Speaking",
        "Last",
        "Next",
        "Under",
        "Over",
        "В",
        "На",
        "По",
        "С",
        "Как",
        "Это",
        "Он",
        "Она",
        "Они",
        "Мы",
        "Также",
        "При",
        "После",
        "Кроме",
        "Однако",
        "Ранее",
        "Сегодня",
        "Об",
        "Во",
        "Из",
        "Для",
        "До",
        "Затем",
        "Вместе",
        "Напомним",
        "Стороны",
        "Так",
        "Его",
        "Ее",
        "Её",
        "Их",
    ]
)
# Two-letter transliterated initials: "Kh.Battulga", "Sh. Mirziyoyev".
DIGRAPH_INITIALS = frozenset(
    # (and Russian's for an English "J": "Дж. Керри")
    ["Kh", "Sh", "Ch", "Zh", "Ts", "Yu", "Ya", "Ye", "Yo", "Gh", "Dj", "Dzh", "Дж"]
)
NOT_IN_WORD = frozenset(" \t\n\r\f\v\u00a0\"'“‘«([")  # what ends the word before a full stop
NUMBER_INSIDE_RE = re.compile(r"\d[.,]\d")
INITIALS_RE = re.compile(r"(?:[A-ZА-ЯЁ]\.)*[A-ZА-ЯЁ]")
NEXT_WORD_RE = re.compile(r"[\w-]+")


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs (separated by blank lines), each with its whitespace collapsed."""
    return [" ".join(p.split()) for p in PARAGRAPH_SPLIT_RE.split(text) if p.strip()]


_QUOTATION_RES = [
    re.compile(re.escape(opener) + "[^" + re.escape(opener + closer) + r"\n]*?" + re.escape(closer))
    for opener, closer in (("«", "»"), ("“", "”"), ("„", "“"))
] + [re.compile(r'(?<![\w])"[^"\n]+"(?![\w])')]


QUOTE_MARKS = frozenset('«“„"')


def quotations(text: str) -> list[tuple[int, int]]:
    """Spans of quotations opened and closed within `text` (one paragraph, line or
    sentence)."""
    if not QUOTE_MARKS.intersection(text):
        return []
    return [m.span() for pattern in _QUOTATION_RES for m in pattern.finditer(text)]


def _inside(start: int, end: int, quotes: list[tuple[int, int]]) -> bool:
    """A terminator run inside a quotation, not at its close ("… agreed." He said)."""
    return any(q_start < start and end < q_end for q_start, q_end in quotes)


def _is_boundary(text: str, start: int, end: int, quotes) -> bool:
    """Whether the terminator run text[start:end] ends a sentence."""
    run = text[start:end]
    if _inside(start, end, quotes):
        return False
    if end == len(text):
        return True
    following = text[end : end + 200]  # what the decision needs of the rest of the line
    spaced = following[0].isspace()
    rest = following.lstrip(" \t")
    if not rest or rest[0] == "\n":
        return True
    word_start = start
    while word_start > 0 and start - word_start < 100 and text[word_start - 1] not in NOT_IN_WORD:
        word_start -= 1
    word = text[word_start:start]
    if run.startswith(".") and not run.startswith(".."):
        if not spaced:
            # "12.5", "U.S.", "Sept.24", "С.Жээнбеков", "ANKARA.KAZINFORM": not an end;
            # "agreed.The": a missing space.
            return (
                len(word) >= 2
                and word[-1].islower()
                and rest[:1].isupper()
                and rest[1:2].islower()
                and word not in NEVER_FINAL
                and word not in DIGRAPH_INITIALS
                # (not an agency's domain: "News.Az", "Trend.Az", "Lenta.Ru")
                and not DOMAIN_END_RE.match(rest)
            )
        bare = word.rstrip(".")
        if NUMBER_INSIDE_RE.search(text, max(0, start - 1), start + 2):
            return False
        if bare in SCALE_ABBREVIATIONS:
            # "$10 млрд. Об этом …" ends; "10 млрд. долл. США", "500 тыс. человек" do not
            return bool(re.match(r"[А-ЯЁA-Z][а-яёa-z]", rest))
        if bare in CURRENCY_ABBREVIATIONS and rest[:1].isdigit():
            return False
        if bare in NEVER_FINAL or bare.lower() in {"approx", "ca", "cf", "vs", "incl", "est"}:
            return False
        if (
            len(bare) <= 6
            and text[word_start - 1 : word_start] == "("
            and (close := rest.find(")", 0, 60)) > 0
            and "(" not in rest[:close]
        ):
            return False  # a short word opening a bracket closed soon after: "(App. 3 million)"
        if INITIALS_RE.fullmatch(bare) or bare in DIGRAPH_INITIALS:
            # An initial ("J.", "С.В.") before a capitalised name; a lone capital before
            # a sentence opener ("Plan B. The") still ends it.
            if re.match(r"(?:[A-ZА-ЯЁ]|Kh|Sh|Ch|Zh|Yu|Ya|Дж)\.", rest):
                return False  # another initial follows: "N. A. Nazarbayev", "S. Sh. Jeenbekov"
            next_word = NEXT_WORD_RE.match(rest)
            return bool(next_word) and next_word.group() in SENTENCE_OPENERS
        if bare == "г":  # "в 2024 г. Президент" may end; "г. Москва" (город) does not
            if not re.search(r"\d{4}\s*$", text[max(0, start - 12) : start - 1]):
                return False
        elif bare in MAY_BE_FINAL or bare.rpartition("-")[2] in MAY_BE_FINAL:
            # (and the last of a pair: "the Japan-U.S. Summit Meeting")
            next_word = NEXT_WORD_RE.match(rest)
            return bool(next_word) and next_word.group() in SENTENCE_OPENERS
    # The next sentence starts with a capital, a digit or an opening quote or bracket.
    first = rest.lstrip(OPENERS + "—–- ")[:1]
    return bool(first) and (first.isupper() or first.isdigit())


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text`, whitespace trimmed, in order."""
    spans: list[tuple[int, int]] = []
    line_start = 0
    for line in text.split("\n"):
        line_end = line_start + len(line)
        quotes = quotations(line)
        start = 0
        for m in END_RE.finditer(line):
            if _is_boundary(line, m.start(), m.end(), quotes):
                _add(spans, line, line_start, start, m.end())
                start = m.end()
        _add(spans, line, line_start, start, len(line))
        line_start = line_end + 1
    return spans


def _add(spans: list[tuple[int, int]], line: str, offset: int, start: int, end: int) -> None:
    chunk = line[start:end]
    stripped = chunk.strip()
    if stripped:
        first = start + chunk.index(stripped[0])
        spans.append((offset + first, offset + first + len(stripped)))


def split_sentences(text: str) -> list[str]:
    """The sentences of `text`."""
    return [text[start:end] for start, end in sentence_spans(text)]


def sentences_with_offsets(text: str) -> list[tuple[int, str]]:
    """The sentences of `text` with their start offsets."""
    return [(start, text[start:end]) for start, end in sentence_spans(text)]
