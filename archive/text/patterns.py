"""Long alternations of trigger words compiled so that Python's regex engine reads them fast.

A pattern such as archive.ingest.extract.triggers.TALKS_RE is fifty alternatives, almost all
opening on a word boundary: `\\bmet …|\\btalks …|\\bhosted …`. The engine tries each of them,
one after the other, at every position of a sentence, and a case-blind pattern gets none of
its shortcuts (a first letter to skip to). `alternatives()` compiles the same pattern with
each run of consecutive alternatives that open on `\\b` written once as
`\\b(?=[first letters])(?:…|…)`: the boundary and the first letter are checked once per
position instead of once per alternative. Which alternative wins where two match at the
same position is unchanged (the order is kept), and so is every match: a test compares the
two compilations on every sentence of the test data.

`Gated` is the other shortcut: a pattern tried only where the text searched has one of the
words every match of it holds ("times", "once", "регулярно" for a habit), a substring test
that costs a fraction of running the pattern on the many sentences without them; a test
checks the words against every match on the test data.
"""

from __future__ import annotations

import re

try:  # the engine's own parser, for the first letters only: without it, no letter check
    import re._parser as _sre_parse
except ImportError:  # pragma: no cover - Python versions that keep it elsewhere
    _sre_parse = None

BOUNDARY = r"\b"

# Each pattern compiled here with its source as written: a test compares the two.
COMPILED: list[tuple[str, int, re.Pattern]] = []


def split_alternatives(source: str) -> list[str]:
    """The top-level alternatives of a regular expression's source: split at each `|`
    outside brackets, character classes and escapes."""
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            if char == "]":
                in_class = False
        elif char == "[":
            in_class = True
            # "[]…]" and "[^]…]": a bracket first in a class is one of its characters
            if source.startswith("^]", i + 1):
                i += 2
            elif source.startswith("]", i + 1):
                i += 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        i += 1
    parts.append(source[start:])
    return parts


def _first_characters(data) -> set[int] | None:
    """The characters a match of the parsed sequence `data` can start with, or None if any."""
    if not data:
        return None
    op, arg = data[0]
    p = _sre_parse
    if op is p.LITERAL:
        return {arg}
    if op is p.IN:
        chars = set()
        for item_op, item in arg:
            if item_op is p.LITERAL:
                chars.add(item)
            elif item_op is p.RANGE and item[1] - item[0] < 256:
                chars.update(range(item[0], item[1] + 1))
            else:
                return None
        return chars
    if op is p.BRANCH:
        chars = set()
        for branch in arg[1]:
            first = _first_characters(branch.data)
            if first is None:
                return None
            chars |= first
        return chars
    if op is p.SUBPATTERN:
        return _first_characters(arg[3].data)
    if op in (p.MAX_REPEAT, p.MIN_REPEAT):
        low, _high, body = arg
        first = _first_characters(body.data)
        if low >= 1 or first is None:
            return first
        rest = _first_characters(data[1:])
        return None if rest is None else first | rest
    if op is p.ASSERT_NOT or (op is p.ASSERT and arg[0] == -1):
        return _first_characters(data[1:])  # (looks back or denies: reads nothing)
    return None


def _letter_check(alternatives: list[str], flags: int) -> str:
    """`(?=[…])`: the characters the alternatives can start with, in both cases; "" when
    they cannot be told."""
    if _sre_parse is None:
        return ""
    try:
        parsed = _sre_parse.parse("(?:" + "|".join(alternatives) + ")", flags)
        first = _first_characters(parsed.data)
    except Exception:  # an engine whose parser differs: the pattern works without it
        return ""
    if not first:
        return ""
    chars = set()
    for code in first:
        char = chr(code)
        chars.update({char, char.lower(), char.upper()} if len(char.upper()) == 1 else {char})
    return "(?=[" + "".join(re.escape(char) for char in sorted(chars)) + "])"


def factored(source: str, flags: int = 0) -> str:
    """The source with each run of alternatives that open on a word boundary grouped."""
    if flags & re.VERBOSE:
        return source  # (comments and spaces would have to be read: not for these)
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if len(run) > 1:
            out.append(BOUNDARY + _letter_check(run, flags) + "(?:" + "|".join(run) + ")")
        elif run:
            out.append(BOUNDARY + run[0])
        run.clear()

    for part in split_alternatives(source):
        if part.startswith(BOUNDARY):
            run.append(part[len(BOUNDARY) :])
        else:
            flush()
            out.append(part)
    flush()
    return "|".join(out)


def alternatives(source: str, flags: int = 0) -> re.Pattern:
    """`re.compile(source, flags)`, with the same matches, read faster (see the module)."""
    pattern = re.compile(factored(source, flags), flags)
    COMPILED.append((source, flags, pattern))
    return pattern


# Each gated pattern, for the test that its words are right.
GATED: list[Gated] = []


class Gated:
    """A pattern tried only where the text searched has one of the words that every match
    of it contains (compared case-blind): most sentences have none, and a substring test
    costs a fraction of running the pattern. A test checks the words against every match
    on the test data's sentences."""

    def __init__(self, regex: re.Pattern, words: tuple[str, ...]):
        self.regex, self.words = regex, words
        GATED.append(self)

    def _open(self, text: str, pos: int, end: int) -> bool:
        """Whether text[pos:end] has one of the gate's words."""
        lowered = text[pos:end].lower()
        return any(word in lowered for word in self.words)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        end = len(text) if endpos is None else endpos
        return self.regex.search(text, pos, end) if self._open(text, pos, end) else None

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        end = len(text) if endpos is None else endpos
        return self.regex.match(text, pos, end) if self._open(text, pos, end) else None
