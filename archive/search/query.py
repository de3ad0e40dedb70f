"""The query syntax people already know, parsed by hand so that no input can break it.

    words              all must match
    "exact phrase"     the words together, in order
    a OR b             either
    -word, -"phrase"   must not match (also NOT word)
    tok*               any word beginning so (at least MIN_PREFIX letters)

Anything else — unbalanced quotes, a lone OR, operators at the ends, markup, control
characters, 10 kB of text — degrades to words. Pure: no Whoosh, no Django.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

MAX_QUERY_CHARS = 500
# The budget of one query, so that its cost is bounded whatever is typed (a phrase of 88
# common words took 25 s; 200 alternatives 2 s): clauses in all, alternatives of one
# OR-group, words of one phrase, words in all. What is left out is said in `notes`.
MAX_CLAUSES = 24
MAX_ALTERNATIVES = 8
MAX_PHRASE_WORDS = 10
MAX_WORDS = 24
MIN_PREFIX = 3  # "to*" would expand to thousands of words
TOKEN_RE = re.compile(r'(?P<neg>-)?"(?P<phrase>[^"]*)"?|(?P<word>\S+)')
WORD_RE = re.compile(r"\w+(?:[.'’-]\w+)*")


@dataclass(frozen=True)
class Clause:
    text: str
    phrase: bool = False
    prefix: bool = False  # "tok*": words beginning with `text`


@dataclass(frozen=True)
class ParsedQuery:
    """AND over `groups`; each group is an OR of clauses; `excluded` must not match."""

    groups: tuple[tuple[Clause, ...], ...] = ()
    excluded: tuple[Clause, ...] = ()
    words: tuple[str, ...] = field(default=())  # every positive word, for suggestions
    notes: tuple[str, ...] = field(default=())  # how parts of the query were read, in words

    @property
    def empty(self) -> bool:
        return not self.groups

    @property
    def has_text(self) -> bool:
        """Whether there is anything to search for (else: browse with the filters alone)."""
        return bool(self.groups or self.excluded)


def clean(raw: str) -> str:
    text = unicodedata.normalize("NFKC", raw or "")[:MAX_QUERY_CHARS]
    return "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in text)


def parse(raw: str) -> ParsedQuery:
    groups: list[list[Clause]] = []
    excluded: list[Clause] = []
    notes: list[str] = []
    join_next = negate_next = False
    for m in TOKEN_RE.finditer(clean(raw)):
        if m.group("word") in {"OR", "|"}:
            join_next = bool(groups)
            continue
        if m.group("word") in {"AND", "&&", "+"}:
            continue
        if m.group("word") == "NOT":
            negate_next = True
            continue
        negated = negate_next or bool(m.group("neg"))
        negate_next = False
        if m.group("phrase") is not None:
            words = WORD_RE.findall(m.group("phrase"))
            if len(words) > MAX_PHRASE_WORDS:
                notes.append(
                    f"A phrase is matched on its first {MAX_PHRASE_WORDS} words: "
                    f"“{' '.join(words[:MAX_PHRASE_WORDS])}”."
                )
                words = words[:MAX_PHRASE_WORDS]
            clause = Clause(" ".join(words), phrase=len(words) > 1) if words else None
        else:
            word = m.group("word")
            if word.startswith("-") and len(word) > 1:
                negated, word = True, word[1:]
            words = WORD_RE.findall(word)
            clause = Clause(" ".join(words), phrase=len(words) > 1) if words else None
            if clause and word.endswith("*") and len(words) == 1:
                if len(words[0]) >= MIN_PREFIX:
                    clause = Clause(words[0], prefix=True)
                else:
                    notes.append(
                        f"“{word}”: a prefix needs at least {MIN_PREFIX} letters; searched "
                        f"for the word “{words[0]}”."
                    )
        if clause is None:
            continue
        used = sum(len(c.text.split()) for group in groups for c in group)
        used += sum(len(c.text.split()) for c in excluded)
        if used + len(clause.text.split()) > MAX_WORDS:
            notes.append(f"Only the first {MAX_WORDS} words of a query are searched.")
            break
        if negated:
            excluded.append(clause)
        elif join_next and groups:
            if len(groups[-1]) >= MAX_ALTERNATIVES:
                if f"{MAX_ALTERNATIVES} alternatives" not in " ".join(notes):
                    notes.append(
                        f"At most {MAX_ALTERNATIVES} alternatives joined by OR are searched."
                    )
            else:
                groups[-1].append(clause)
        else:
            groups.append([clause])
        join_next = False
        if len(groups) + len(excluded) >= MAX_CLAUSES:
            notes.append(f"Only the first {MAX_CLAUSES} parts of a query are searched.")
            break
    words = tuple(w for group in groups for c in group for w in c.text.split())
    return ParsedQuery(tuple(tuple(g) for g in groups), tuple(excluded), words, tuple(notes))


def unparse(query: ParsedQuery) -> str:
    """The canonical text of a parsed query (used to show "did you mean")."""

    def show(c: Clause) -> str:
        return f'"{c.text}"' if c.phrase else f"{c.text}*" if c.prefix else c.text

    parts = [" OR ".join(show(c) for c in group) for group in query.groups]
    parts += [f"-{show(c)}" for c in query.excluded]
    return " ".join(parts)


def same_case(word: str, like: str) -> str:
    """`word` written with the capitals of `like`: a suggestion keeps the user's case
    ("Tokajev" -> "Tokayev", "TOKAJEV" -> "TOKAYEV")."""
    if like.isupper() and len(like) > 1:
        return word.upper()
    if like[:1].isupper():
        return word[:1].upper() + word[1:]
    return word
