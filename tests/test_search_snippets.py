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


def test_the_densest_window_is_found_in_linear_time():
    import time

    from archive.search.snippets import snippet as make

    def cost(n: int) -> float:
        text = "trade " * n
        started = time.perf_counter()
        out = make(text, frozenset({"trade"}))
        assert out.count("<mark>") >= 30
        return time.perf_counter() - started

    cost(1000)  # warm the caches
    small, large = min(cost(10_000) for _ in range(3)), min(cost(40_000) for _ in range(3))
    # Four times the words: the work grows at most about fourfold (it was sixteenfold); past
    # SCAN_CHARS of one paragraph it does not grow at all.
    assert large < small * 6
    # The densest window is still chosen: the marks gather where the words do.
    text = "trade talks. " + "nothing here. " * 30 + "trade, trade and more trade."
    assert make(text, frozenset({"trade"})).count("<mark>") == 3
