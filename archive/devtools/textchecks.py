"""What a reader would reject in a headline or a sentence split: datelines and agency tags,
cut words, numbers and abbreviations, too few words; and the content words two headlines
share (how derived headlines are compared with the published ones)."""

from __future__ import annotations

import re

from archive.text.fold import fold

_STOPWORDS = """a an the of and or in on at to with for by from as is are was were be has
have had it its this that after over into about s и в во на с со по к о об от для из за что как"""
STOPWORDS = frozenset(_STOPWORDS.split())
# An independent check, not the parser's own rules: a capitalised city then a comma or full
# stop at the start, a tag in slashes or brackets, or an agency's name near the start.
DATELINE_LIKE = re.compile(
    r"^\s*[A-ZА-ЯЁ]{3,}[A-ZА-ЯЁ .'-]*[,.]"
    r"|/\s*[^/\n]{2,40}\s*/"
    r"|\((?:Reuters|Xinhua|AFP|AP|IANS|PTI|ANI|RFE/RL|dpa|Kyodo|Yonhap|Bernama|Interfax)\)"
    r"|^.{0,60}\b(?:KAZINFORM|Kazinform|Trend:|TASS|ТАСС|ИНТЕРФАКС|РИА Новости|Kabar|MONTSAME)"
)
_ABBREVIATIONS = """Jan Feb Mar Apr Aug Sep Sept Oct Nov Dec Mr Mrs Ms Dr St No Nos Gen Lt
Col Gov Rep Sen Prof approx vs U.S U.K U.N E.U т.е т.к т.н г гг им др тыс млн млрд руб"""
ABBREVIATIONS = frozenset(_ABBREVIATIONS.split())


def content_words(text: str) -> set[str]:
    words = re.findall(r"\w+", fold(text).lower())
    return {w for w in words if w not in STOPWORDS and len(w) > 1}


def headline_problems(headline: str, body: str) -> list[str]:
    problems = []
    if DATELINE_LIKE.search(headline):
        problems.append("dateline or tag")
    if len(re.findall(r"\w+", headline)) < 4:
        problems.append("under 4 words")
    stem = headline.rstrip("…").rstrip()
    at = body.find(stem)
    if at >= 0:
        after = body[at + len(stem) : at + len(stem) + 2]
        last = re.search(r"(\S+)$", stem)
        if (
            (after[:1].isalnum())
            or (after[:1] in ".," and after[1:2].isdigit() and stem[-1:].isdigit())
            or (last and after[:1] == "." and last.group(1).rstrip(".") in ABBREVIATIONS)
        ):
            problems.append("cut short")
    return problems


def boundary_problem(current: str, following: str) -> str | None:
    """Why the boundary between two sentences is wrong, if it is."""
    current, following = current.rstrip(), following.lstrip()
    if re.search(r"\d[.,]$", current) and following[:1].isdigit():
        return "in a number"
    last = re.search(r"(\S+)\.$", current)
    if last:
        word = last.group(1).lstrip('(«"“')
        never_final = word in ABBREVIATIONS - {"U.S", "U.K", "U.N", "E.U"}
        if never_final or (word in ABBREVIATIONS and not following[:1].isupper()):
            return "after an abbreviation"
        if re.fullmatch(r"[A-ZА-ЯЁ]", word) and re.match(r"[A-ZА-ЯЁ][a-zа-яё]", following):
            return "at an initial"
    return None
