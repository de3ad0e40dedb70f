"""Officials the gazetteer does not know, introduced with a title: "Deputy Foreign Minister
Roman Vassilenko", "Foreign Minister Jane Doe of Ruritania". They are stored as people
marked for review in the admin, not dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from archive.ingest.extract.gazetteer import COUNTRY, Match

NAME_WORD = r"[A-Z][a-zà-ÿğışçöüəё'’]+(?:-[A-Z][a-zà-ÿğışçöüəё'’]+)?"
TITLED_RE = re.compile(
    r"\b(?P<title>(?:Deputy |First Deputy |Vice )?(?:Foreign Minister|Prime Minister|"
    r"Minister of Foreign Affairs|Minister of [A-Z][a-z]+(?: and [A-Z][a-z]+)?|"
    r"Defen[cs]e Minister|Finance Minister|Economy Minister|Ambassador|Secretary of State|"
    r"Speaker|Governor|Mayor|Chairman|Chairwoman|Secretary-General|Special Envoy)"
    r"(?: of (?:the )?[A-Z][a-z]+(?: [A-Z][a-z]+)*)?)\s+"
    r"(?P<name>" + NAME_WORD + r"(?:\s+" + NAME_WORD + r"){1,3})"
)
NOT_NAMES = {"The", "And", "Said", "Will", "Has", "Was", "Is", "Of", "In", "At", "On"}


@dataclass(frozen=True)
class NewPerson:
    name: str
    title: str
    country: str | None
    offset: int
    count: int = 1  # how often the article names them


def find_newcomers(text: str, matches: list[Match]) -> list[NewPerson]:
    covered = [(m.start, m.end) for m in matches]
    found: dict[str, NewPerson] = {}
    for m in TITLED_RE.finditer(text):
        words = m.group("name").split()
        while words and words[-1] in NOT_NAMES:
            words.pop()
        if len(words) < 2 or words[0] in NOT_NAMES:
            continue
        start = m.start("name")
        end = start + len(" ".join(words))
        if any(s < end and start < e for s, e in covered):
            continue  # a name the gazetteer knows (or a country or place)
        name = " ".join(words)
        country = _country_near(m, matches)
        found.setdefault(
            name, NewPerson(name, m.group("title"), country, start, max(1, text.count(name)))
        )
    return list(found.values())


def _country_near(m: re.Match, matches: list[Match]) -> str | None:
    """ "Kazakh Deputy Foreign Minister X" or "Foreign Minister of Kazakhstan X"."""
    for match in matches:
        codes = [n.key for n in match.names if n.kind == COUNTRY]
        if codes and (0 <= m.start() - match.end <= 2 or m.start() < match.start < m.end()):
            return codes[0]
    return None
