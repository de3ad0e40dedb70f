"""Japanese names in Hepburn romanisation written by the Polivanov system."""

import datetime as dt

import pytest

from archive.ingest.extract import extract
from archive.text.polivanov import hepburn, polivanov


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Keizo Obuchi", "Кэйдзо Обути"),  # ("ei" one syllable, "chi" ти, "zo" дзо)
        ("Yohei Kono", "Ёхэй Коно"),
        ("Ryutaro Hashimoto", "Рютаро Хасимото"),
        ("Junichiro Koizumi", "Дзюнъитиро Коидзуми"),  # (Jun-ichiro)
        ("Koichiro Gemba", "Коитиро Гэмба"),  # (m before b)
        ("Toshiki Kaifu", "Тосики Кайфу"),
        ("Hattori", "Хаттори"),  # (a doubled consonant)
        ("Takao Arai", "Такао Араи"),  # ("ai" at a word's end: two syllables)
    ],
)
def test_hepburn_names_in_polivanov_letters(latin, cyrillic):
    assert polivanov(latin) == cyrillic


@pytest.mark.parametrize("name", ["Sergey Lavrov", "Xi Jinping", "Lee Hsien Loong"])
def test_a_name_that_is_no_run_of_hepburn_syllables_has_none(name):
    assert polivanov(name) is None


def test_a_japanese_minister_named_in_russian(gazetteer):
    text = "Министр иностранных дел Японии Ёхэй Коно прибыл в Москву."
    assert "yohei-kono" in extract(text, dt.date(2000, 2, 10), gazetteer).people


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("Кэйдзо Обути", "Keizo Obuchi"),
        ("Игава Кэнъити", "Igawa Kenichi"),
        ("Хаттори Гэмба", "Hattori Gemba"),
        ("Сергей Лавров", None),
    ],
)
def test_polivanov_names_read_back_in_hepburn(cyrillic, latin):
    assert hepburn(cyrillic) == latin


def test_a_japanese_envoy_the_gazetteer_lacks_is_named_in_hepburn(gazetteer):
    text = "Посол Японии в Казахстане Ямада Дзиро вручил верительные грамоты."
    found = extract(text, dt.date(2022, 6, 4), gazetteer)
    assert [(n.name, n.country) for n in found.new_people] == [("Yamada Jiro", "JP")]
