"""World maps drawn on the server (archive/maps.py): shapes from the packaged map, shaded by
counts, linked, small, with the same figures as a table."""

import re

import pytest

from archive import maps
from archive.models import Country

SQUARE = "M 10,10 l 10,0 0,10 -10,0 z"


def test_outlines_are_read_from_path_data_with_relative_and_absolute_commands():
    assert maps.rings(SQUARE) == [[(10, 10), (20, 10), (20, 20), (10, 20)]]
    # a curve counts by its end point; H and V move along one axis
    assert maps.rings("M0 0 c 1 1 2 2 5 0 H 9 V 4 z") == [[(0, 0), (5, 0), (9, 0), (9, 4)]]
    assert maps.rings("m 1,1 2,0 m 5,5 1,1") == [[(1, 1), (3, 1)], [(8, 6), (9, 7)]]


def test_simplification_keeps_corners_and_drops_near_straight_points():
    wobbly = [(x / 10, 0.01 * (x % 2)) for x in range(101)]  # a straight line, jittered
    assert maps.simplify(wobbly, 0.5) == [(0.0, 0.0), (10.0, 0.0)]
    closed = [(0, 0), (5, 0.1), (10, 0), (10, 10), (0, 10), (0, 0)]
    assert maps.simplify(closed, 0.5) == [(0, 0), (10, 0), (10, 10), (0, 10), (0, 0)]


@pytest.mark.django_db
def test_every_un_member_is_on_the_map_and_the_map_is_small():
    shapes, view_box = maps.world()
    codes = {shape.code for shape in shapes}
    members = set(Country.objects.filter(un_member=True).values_list("iso2", flat=True))
    assert members and members <= codes
    for shape in shapes:  # each a shape, or a dot for a state too small to draw
        assert shape.outline or shape.dot, shape.code
    assert view_box.startswith("0 0 1000 ")
    assert sum(len(shape.outline) for shape in shapes) < 40_000  # bytes, before compression
    big = {shape.code: shape.outline for shape in shapes}
    for code in ("DZ", "RU", "KZ", "BR", "US", "CZ"):  # closed outlines survive
        assert big[code].count(" ") >= 5, code  # several points, not a sliver


def test_shades_rise_with_the_count_on_a_log_scale():
    assert maps.shade(0, 100) == 0
    assert maps.shade(1, 1) == maps.SHADES
    assert maps.shade(100, 100) == maps.SHADES
    assert 1 <= maps.shade(1, 100) < maps.shade(10, 100) < maps.shade(100, 100)


def test_the_drawing_escapes_and_links_only_countries_with_counts():
    svg = maps.draw(
        {"KZ": 3, "TM": 1},
        {"KZ": "/countries/kz/", "TM": "/x/?a=1&b=2", "FR": "/countries/fr/"},
        {"KZ": "Kazakhstan", "TM": "<Turkmenistan>"},
        "Partners & more",
    )
    assert 'aria-label="Partners &amp; more"' in svg
    assert '<a href="/countries/kz/" aria-label="Kazakhstan: 3 articles">' in svg
    assert '<a href="/x/?a=1&amp;b=2" aria-label="&lt;Turkmenistan&gt;: 1 article">' in svg
    assert "/countries/fr/" not in svg  # no count, no link
    assert len(re.findall(r"<a ", svg)) == 2


def test_a_country_page_maps_its_partners_and_the_home_page_the_news(client, seed_article):
    page = client.get("/countries/kz/").content.decode()
    figure = page[
        page.index('<figure class="world">') : page.index(
            "</figure>", page.index('<figure class="world">')
        )
    ]
    assert '<g class="marked">' in figure  # Kazakhstan itself
    assert '<a href="/relations/kz-tm/" aria-label="Turkmenistan: 1 article">' in figure
    # the same figures as a table
    assert '<a href="/relations/kz-tm/">Kazakhstan – Turkmenistan</a></td><td>1</td>' in figure
    home = client.get("/").content.decode()
    assert '<a href="/countries/tm/" aria-label="Turkmenistan: 1 article">' in home
    assert len(page.encode()) < 120_000
