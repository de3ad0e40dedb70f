"""Chinese names in Russian text (the Palladius system) read back into pinyin."""

import datetime as dt

import pytest

from archive.ingest.extract import extract
from archive.text.palladius import palladius, pinyin


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("Си Цзиньпин", "Xi Jinping"),
        ("Ван И", "Wang Yi"),
        ("Вэнь Цзябао", "Wen Jiabao"),
        ("Цзян Цзэминь", "Jiang Zemin"),
        ("Чжу Жунцзи", "Zhu Rongji"),
        ("Хуа Чуньин", "Hua Chunying"),
        ("Го Цзякунь", "Guo Jiakun"),
        ("Ян Цзечи", "Yang Jiechi"),
        ("Хуэй Лянъюй", "Hui Liangyu"),  # (a hard sign between two syllables)
        ("Цзюй Сюэ", "Ju Xue"),
        ("Бо Сюнь", "Bo Xun"),
    ],
)
def test_palladius_syllables_are_spelt_in_pinyin(cyrillic, latin):
    assert pinyin(cyrillic) == latin


@pytest.mark.parametrize("name", ["Сергей Лавров", "Касым-Жомарт Токаев", "Мирзиёев", "Захарова"])
def test_a_name_that_is_no_run_of_syllables_has_no_pinyin(name):
    assert pinyin(name) is None


def test_a_chinese_official_in_russian_text_is_the_gazetteer_person(gazetteer):
    text = "Министр иностранных дел КНР Тан Цзясюань провел переговоры в Москве."
    found = extract(text, dt.date(2001, 6, 4), gazetteer)
    assert "tang-jiaxuan" in found.people
    assert not found.new_people


def test_a_chinese_official_the_gazetteer_lacks_is_named_in_pinyin(gazetteer):
    text = "Посол КНР в Казахстане Чжан Сяо вручил верительные грамоты."
    found = extract(text, dt.date(2022, 6, 4), gazetteer)
    assert [(n.name, n.country) for n in found.new_people] == [("Zhang Xiao", "CN")]


def test_a_russian_name_by_a_chinese_title_keeps_its_own_spelling(gazetteer):
    text = "Посол России в Китае Игорь Моргулов вручил верительные грамоты."
    found = extract(text, dt.date(2022, 6, 4), gazetteer)
    assert [(n.name, n.country) for n in found.new_people] == [("Igor Morgulov", "RU")]


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Tang Jiaxuan", "Тан Цзясюань"),
        ("Hui Liangyu", "Хуэй Лянюй"),
        ("Nie Rongzhen", "Не Жунчжэнь"),
        ("Chen Shui-bian", "Чэнь Шуйбянь"),
        ("Lü Xin", "Люй Синь"),
        ("Lai Ching-te", None),  # (Wade–Giles: no pinyin syllables)
        ("Lee Hsien Loong", None),
    ],
)
def test_pinyin_names_in_palladius_letters(latin, cyrillic):
    assert palladius(latin) == cyrillic


def test_a_chinese_official_named_without_a_title_in_russian(gazetteer):
    text = "Ли Чжаосин и Сергей Лавров обсудили ситуацию на Корейском полуострове."
    assert {"li-zhaoxing", "sergey-lavrov"} <= set(
        extract(text, dt.date(2004, 3, 2), gazetteer).people
    )
