"""Names and language, one home for all: folding accents, Russian case forms, the surface
forms of a name, sentences and paragraphs. Pure functions over `str`, no Django: extraction,
indexing, search and rendering all read text through them."""
