from archive.search.snippets import snippet


def test_marks_word_forms_and_escapes():
    text = "Intro paragraph without matches.\n\nThe <b>Kazakh</b> side visits Aktau & Kuryk."
    out = snippet(text, frozenset({"visit", "aktau"}))
    assert (
        out == "The &lt;b&gt;Kazakh&lt;/b&gt; side <mark>visits</mark> <mark>Aktau</mark> "
        "&amp; Kuryk."
    )


def test_accents_fold_and_long_paragraphs_are_cut():
    text = "word " * 200 + "Erdoğan arrived. " + "word " * 200
    out = snippet(text, frozenset({"erdogan"}))
    assert "<mark>Erdoğan</mark>" in out
    assert out.startswith("… ") and out.endswith(" …") and len(out) < 400


def test_nothing_to_mark():
    assert snippet("Nothing here.", frozenset({"tokayev"})) == ""
    assert snippet("", frozenset({"x"})) == ""
