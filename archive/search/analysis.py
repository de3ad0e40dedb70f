"""Analyzers: names are never stemmed; ordinary words are.

Both fold accents, so "Erdogan" finds "Erdoğan". `STEM` is used for the `text` and
`headline` fields (so "visits" finds "visit"); `EXACT` for `exact` (the same text, unstemmed:
the "exact spelling" switch) and `names` (names and aliases of the mentioned entities).
"""

from functools import lru_cache

from whoosh.analysis import CharsetFilter, LowercaseFilter, RegexTokenizer, StemFilter, StopFilter
from whoosh.lang.porter import stem
from whoosh.support.charset import accent_map

# Words joined by hyphens or apostrophes split ("Kassym-Jomart" -> kassym, jomart).
TOKEN_PATTERN = r"\w+(?:\.?\w+)*"


def exact_analyzer():
    return RegexTokenizer(TOKEN_PATTERN) | LowercaseFilter() | CharsetFilter(accent_map)


def stem_analyzer():
    return exact_analyzer() | StopFilter() | StemFilter()


EXACT = exact_analyzer()
STEM = stem_analyzer()


def terms(analyzer, text: str) -> list[str]:
    return [token.text for token in analyzer(text)]


# The analyzers' folding as a str.translate table, for code that folds word by word.
FOLD = str.maketrans({ch: out for ch, out in accent_map.items() if isinstance(ch, int)})


@lru_cache(maxsize=50_000)
def forms(word: str) -> tuple[str, str]:
    """(folded, stemmed) forms of one word, as EXACT and STEM index it (snippets mark the
    words whose forms a query's terms are)."""
    folded = word.lower().translate(FOLD)
    return folded, stem(folded)
