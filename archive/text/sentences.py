"""Paragraphs and sentences of an article body."""

from __future__ import annotations

import re

PARAGRAPH_SPLIT_RE = re.compile(r"\n\s*\n")
SENTENCE_END_RE = re.compile(r"(?<=[.!?])[\"'’”)]?\s+(?=[\"'“‘(]?[A-ZА-ЯЁ0-9])")
SENTENCE_RE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"'’”)]*|\n|$)")


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs (separated by blank lines), each with its whitespace collapsed."""
    return [" ".join(p.split()) for p in PARAGRAPH_SPLIT_RE.split(text) if p.strip()]


def split_sentences(text: str) -> list[str]:
    return [s.strip() for s in SENTENCE_END_RE.split(text) if s.strip()]


def sentences_with_offsets(text: str) -> list[tuple[int, str]]:
    """Sentences of `text` with their start offsets (abbreviations are rare in this prose)."""
    found = []
    for m in SENTENCE_RE.finditer(text):
        chunk = m.group(0)
        stripped = chunk.strip()
        if stripped:
            found.append((m.start() + chunk.index(stripped[0]), stripped))
    return found
