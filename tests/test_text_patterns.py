"""Trigger alternations compiled for speed (archive/text/patterns.py): the same matches."""

import re

import pytest

from archive.ingest.extract import extract  # noqa: F401  (compiles every pattern)
from archive.text import patterns
from archive.text.patterns import alternatives, factored, split_alternatives
from tests.suite_text import suite_sentences


def test_alternatives_are_split_outside_groups_classes_and_escapes():
    source = r"\bmet(?:\s+with|\s+in)|[|(]x|\|y|\bsummit\b|[]|]z"
    assert split_alternatives(source) == [
        r"\bmet(?:\s+with|\s+in)",
        r"[|(]x",
        r"\|y",
        r"\bsummit\b",
        r"[]|]z",
    ]


def test_runs_on_a_word_boundary_are_grouped_in_their_order():
    source = r"\btalks\b|\bmet\s+with|(?<=-nation\s)tour|\bvisit|\btrip"
    assert factored(source) == (
        r"\b(?=[MTmt])(?:talks\b|met\s+with)|(?<=-nation\s)tour|\b(?=[TVtv])(?:visit|trip)"
    )


def test_first_letters_are_left_out_when_an_alternative_can_start_with_anything():
    assert factored(r"\b\w+\s+visit|\btrip") == r"\b(?:\w+\s+visit|trip)"
    # an optional word first: its letters and those of what follows
    assert factored(r"\b(?:state\s+)?visit|\btrip") == r"\b(?=[STVstv])(?:(?:state\s+)?visit|trip)"


@pytest.mark.parametrize(
    "source, text",
    [
        (r"\bvisit|\btrip", "A VISIT and a Trip"),
        (r"\bsſo\b|\bkk", "the ſſo and KK of it"),  # the engine's case-blind equivalents
        (r"\b(?P<kind>state|official)\s+visit|\bmet", "an official visit; they met"),
    ],
)
def test_a_factored_pattern_finds_what_its_source_finds(source, text):
    plain, fast = re.compile(source, re.IGNORECASE), alternatives(source, re.IGNORECASE)
    assert [(m.span(), m.groupdict()) for m in fast.finditer(text)] == [
        (m.span(), m.groupdict()) for m in plain.finditer(text)
    ]


def test_every_factored_trigger_pattern_matches_as_written_on_the_suite_sentences():
    sentences = suite_sentences()
    sentences += [s.upper() for s in sentences] + [s.lower() for s in sentences]
    assert len(patterns.COMPILED) >= 10
    for source, flags, fast in patterns.COMPILED:
        plain = re.compile(source, flags)
        for sentence in sentences:
            expected = [(m.span(), m.groups()) for m in plain.finditer(sentence)]
            assert [(m.span(), m.groups()) for m in fast.finditer(sentence)] == expected, (
                source[:60],
                sentence,
            )


GATED_PROBES = [
    "Они НЕ\tРАЗ встречались и РЕГУЛЯРНО созваниваются.",
    "They have met MORE THAN\nONCE, on several OCCASIONS.",
    "Переговоры СОСТОЯТСЯ в мае; визит ЗАПЛАНИРОВАН на июнь.",
    "The talks, mediated by Norway, WOULD TAKE PLACE soon.",
    "He held TALKS WITH the SEPARATISTS and met with LEADERS FROM Chad.",
]


def test_every_match_of_a_gated_pattern_holds_one_of_its_words():
    """A Gated pattern is tried only where one of its words is: on every sentence of the
    suite (as written, in capitals and in small letters) and on a few probes, each match
    holds one."""
    sentences = suite_sentences() + GATED_PROBES
    sentences += [s.upper() for s in sentences] + [s.lower() for s in sentences]
    probed = {p for p in GATED_PROBES for gated in patterns.GATED if gated.regex.search(p)}
    assert probed == set(GATED_PROBES)
    assert len(patterns.GATED) >= 3
    missed = [
        (gated.regex.pattern[:30], m.group(0))
        for gated in patterns.GATED
        for sentence in sentences
        for m in gated.regex.finditer(sentence)
        if not any(word in m.group(0).lower() for word in gated.words)
    ]
    assert not missed


def test_a_gated_pattern_finds_what_it_finds_alone_where_its_words_are():
    gated = patterns.Gated(re.compile(r"\bmet\s+(?:twice|often)\b", re.I), ("twice", "often"))
    patterns.GATED.remove(gated)
    text = "They MET TWICE; they met often."
    assert gated.search(text).span() == (5, 14)
    assert gated.search(text, 15).span() == (21, 30)
    assert gated.search(text, 0, 13) is None  # (the word cut off: no match either way)
    assert gated.search("They met once.") is None
    assert gated.match(text, 5).span() == (5, 14)
    assert gated.match(text, 4) is None  # (at its position only)
    assert gated.match("They met once.", 5) is None


def test_no_module_level_name_is_defined_twice_unless_built_on_itself():
    """A pattern defined again further down a module silently replaces the first for every
    use above it too (one such redefinition once crashed extraction): a module-level name is
    bound once, or again only by a value built on the first ("X_RE = Gated(X_RE, …)")."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "archive"
    twice = []
    for path in sorted(root.rglob("*.py")):
        bound: set[str] = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign):
                names = [t.id for t in node.targets if isinstance(t, ast.Name)]
                used = {n.id for n in ast.walk(node.value) if isinstance(n, ast.Name)}
            elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                names, used = [node.name], set()
            else:
                continue
            for name in names:
                if name in bound and name not in used:
                    twice.append(f"{path.relative_to(root)}: {name}")
                bound.add(name)
    assert not twice


def test_no_source_file_holds_a_control_character():
    """A pattern written as "\\b" outside a raw string is a backspace, not a word boundary,
    and silently matches nothing: no source file holds a control character other than a
    newline or a tab."""
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    bad = [
        f"{path.relative_to(root)}:{number}"
        for folder in ("archive", "newsroom", "tests")
        for path in sorted((root / folder).rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1)
        if any(ord(c) < 32 and c not in "\t\r" for c in line)
    ]
    assert not bad
