"""Words spelt syllable by syllable from a table, as the Russian systems for Chinese and
Japanese names write them (archive.text.palladius, polivanov): the longest syllable first,
backing off where the rest of the word spells nothing."""

from __future__ import annotations

import functools
from collections.abc import Callable


class Syllabary:
    """`spell(word)`: the word in the table's other letters, or None when it is no run of
    the table's syllables. `allowed(syllable, word)` may turn a syllable away where the word
    goes on; `lead(word)` may spell a first letter on its own (a doubled consonant) and
    leave the rest to the table."""

    def __init__(
        self,
        table: dict[str, str],
        allowed: Callable[[str, str], bool] | None = None,
        lead: Callable[[str], str | None] | None = None,
    ):
        self.table = table
        self.longest = max(map(len, table))
        self.allowed = allowed
        self.lead = lead
        self.spell = functools.lru_cache(maxsize=4096)(self._spell)

    def _spell(self, word: str) -> str | None:
        if not word:
            return ""
        if self.lead is not None and (first := self.lead(word)) is not None:
            rest = self.spell(word[1:])
            return None if rest is None else first + rest
        for size in range(min(self.longest, len(word)), 0, -1):
            head = self.table.get(word[:size])
            if head is None or (self.allowed is not None and not self.allowed(word[:size], word)):
                continue
            rest = self.spell(word[size:])
            if rest is not None:
                return head + rest
        return None
