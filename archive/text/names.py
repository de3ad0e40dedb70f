"""The surface forms of a name: how news text writes it, and what search should know."""

from __future__ import annotations

from archive.text.fold import fold
from archive.text.russian import russian_forms


def variants(text: str) -> set[str]:
    """Forms of a name as written in news text: as given, without accents, upper-cased,
    with either apostrophe and either hyphen style; Russian case forms of Cyrillic names."""
    forms = {text, fold(text)} | russian_forms(text)
    forms |= {f.upper() for f in list(forms) if len(f) > 3}
    forms |= {f.replace("'", "’") for f in list(forms)} | {f.replace("’", "'") for f in forms}
    forms |= {f.replace("-", " ") for f in list(forms) if "-" in f}
    return {f for f in forms if f.strip()}


def search_forms(name: str) -> list[str]:
    """What a query may say for a name: the name, and its Russian case forms ("Токаева"
    is Tokayev too). Accents and case are the search analyzers' business."""
    return [name, *russian_forms(name)]
