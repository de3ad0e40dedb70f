"""Addresses' slugs: Django's slugify, with the Latin letters it cannot decompose spelled
out first, so that "Binali Yıldırım" is /people/binali-yildirim/ (not "binali-yldrm"),
"Lech Wałęsa" lech-walesa and "Jonas Gahr Støre" jonas-gahr-store."""

from __future__ import annotations

from django.utils.text import slugify

# Letters NFKD leaves whole (no base letter plus a combining mark), spelled as English does.
SPELLED = str.maketrans(
    {
        "ı": "i",
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ð": "d",
        "Ð": "D",
        "þ": "th",
        "Þ": "Th",
        "ß": "ss",
        "æ": "ae",
        "Æ": "Ae",
        "œ": "oe",
        "Œ": "Oe",
        "ə": "e",
        "Ə": "E",
        "ħ": "h",
        "Ħ": "H",
    }
)


def slug(value: str) -> str:
    return slugify(str(value).translate(SPELLED))
