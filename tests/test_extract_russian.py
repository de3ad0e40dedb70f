"""Russian text: countries in every case and in compounds, officials under their Cyrillic
names, titles without a name, initials (archive/text/russian.py, translit.py and the Russian
parts of mentions.py). The sentences are written for these tests."""

import datetime as dt

import pytest

from archive.ingest.extract import extract
from archive.ingest.gazetteer_files import person_aliases
from archive.text.russian import nominative_name, russian_forms
from archive.text.translit import translit

pytestmark = pytest.mark.django_db
DAY = dt.date(2024, 6, 3)


def found(text, gazetteer, day=DAY):
    result = extract(text, day, gazetteer)
    return set(result.countries), set(result.people)


@pytest.mark.parametrize(
    ("name", "form"),
    [
        ("Беларусь", "Беларуси"),
        ("Беларусь", "Беларусью"),
        ("Таиланд", "Таиланда"),
        ("Босния и Герцеговина", "Боснии и Герцеговины"),
        ("Саудовская Аравия", "Саудовской Аравии"),
        ("Южная Корея", "Южную Корею"),
        ("Нидерланды", "Нидерландов"),
        ("Филиппины", "Филиппинах"),
        ("Объединённые Арабские Эмираты", "Объединённых Арабских Эмиратов"),
        ("Дмитрий Медведев", "Дмитрии Медведеве"),
        ("казахстанский", "казахстанско"),
        ("палестинский", "палестино"),
        ("турецкий", "турецко"),
        # a town in -ин/-ев takes -ом, a surname -ым: both are made
        ("Пекин", "Пекином"),
        ("Киев", "Киевом"),
        ("Сергей Лавров", "Сергеем Лавровым"),
    ],
)
def test_case_and_compound_forms(name, form):
    assert form in russian_forms(name)


def test_indeclinable_names_and_abbreviations_have_no_other_forms():
    assert russian_forms("Перу") == set()
    assert russian_forms("США") == set()
    assert "поло" not in russian_forms("польский")  # "польско-", never the sport


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Делегация прибыла в Таиланд, затем посетила Беларусь.", {"TH", "BY"}),
        ("Переговоры прошли в Боснии и Герцеговине.", {"BA"}),
        ("Казахстанско-туркменские отношения развиваются.", {"KZ", "TM"}),
        ("Обсуждался палестино-израильский конфликт.", {"PS", "IL"}),
        ("Министр посетил Саудовскую Аравию и Объединённые Арабские Эмираты.", {"SA", "AE"}),
        ("Экспорт в Нидерланды вырос.", {"NL"}),
        # a compound name whose last part does not decline: the first one does
        ("Делегация прибыла из Гвинеи-Бисау.", {"GW"}),
        # Uzbekistan's abbreviation in Central Asian copy
        ("Глава РУз прибыл в Бишкек.", {"UZ", "KG"}),
    ],
)
def test_russian_countries_in_every_case(text, codes, gazetteer):
    assert found(text, gazetteer)[0] == codes


def test_latin_america_is_not_the_united_states(gazetteer):
    assert found("Товарооборот со странами Латинской Америки вырос.", gazetteer)[0] == set()


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Эрдоган заявил журналистам в Анкаре.", "recep-tayyip-erdogan"),
        ("Генсек ООН Антониу Гутерриш призвал к перемирию.", "antonio-guterres"),
        ("Си Цзиньпин принял делегацию.", "xi-jinping"),
        ("С Субраманьямом Джайшанкаром обсудили торговлю.", "subrahmanyam-jaishankar"),
        ("Виктор Орбан прибыл в Астану.", "viktor-orban"),
        # a Korean name in the spelling some Russian copy gives it
        ("Министр Цой Цон Хи отправилась в Москву.", "choe-son-hui"),
    ],
)
def test_officials_under_their_cyrillic_names(text, person, gazetteer):
    assert person in found(text, gazetteer)[1]


def test_an_initial_with_a_surname_picks_the_namesake_it_fits(gazetteer):
    people = found("Глава МИД встретился с И.Алиевым в Баку.", gazetteer)[1]
    assert "ilham-aliyev" in people
    assert "heydar-aliyev" not in people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Президенты Азербайджана и Беларуси обсудили сотрудничество.",
            {"ilham-aliyev", "alexander-lukashenko"},
        ),
        ("Глава МИД Казахстана провёл брифинг.", {"murat-nurtleu"}),
        ("Казахстанский президент выступил на форуме.", {"kassym-jomart-tokayev"}),
        ("Премьер-министр Армении прибыл в Москву.", {"nikol-pashinyan"}),
    ],
)
def test_russian_titles_resolve_to_the_holder_of_the_day(text, people, gazetteer):
    assert found(text, gazetteer)[1] == people


@pytest.mark.parametrize(
    "text",
    [
        "Бывший президент Кыргызстана дал интервью.",
        "Заместитель министра иностранных дел Казахстана провёл брифинг.",
        "Экс-президент Армении выступил.",
        "Исполняющий обязанности премьер-министра Армении выступил.",
        # a ranking, not a leader: "the top three were closed by Uzbekistan"
        "Замкнул тройку лидеров Узбекистан — 6 миллиардов долларов.",
    ],
)
def test_russian_qualifiers_block_the_holder(text, gazetteer):
    assert found(text, gazetteer)[1] == set()


def test_a_country_named_before_a_title_is_not_its_holder(gazetteer):
    # "в Казахстан" is where the visit went: the President is Turkey's.
    people = found("Во время визита в Казахстан президент Турции заявил о планах.", gazetteer)[1]
    assert people == {"recep-tayyip-erdogan"}


def test_the_head_of_state_alone_is_the_protagonist(gazetteer):
    text = (
        "Президент Казахстана Касым-Жомарт Токаев принял министра иностранных дел Турции "
        "Хакана Фидана. Глава государства отметил рост товарооборота."
    )
    result = extract(text, DAY, gazetteer)
    assert set(result.people) == {"kassym-jomart-tokayev", "hakan-fidan"}
    assert result.people["kassym-jomart-tokayev"].count == 2


def test_a_single_i_is_i_not_y():
    assert translit("И.Алиев") == "I.Aliyev"
    assert translit("Дмитрий") == "Dmitry"
    # A given name in -ия as English news writes it.
    assert translit("Мария Захарова") == "Maria Zakharova"
    # An English given name spelled back, not letter by letter
    assert translit("Джордж Чапонда") == "George Chaponda"
    assert translit("Майкл Помпео") == "Michael Pompeo"


def test_a_known_minister_by_initials_in_a_case_form_after_a_title(gazetteer):
    text = "Прошла встреча Министра иностранных дел Российской Федерации С.В.Лаврова с коллегой."
    result = extract(text, dt.date(2021, 1, 25), gazetteer)
    assert set(result.people) == {"sergey-lavrov"}
    assert result.new_people == ()


def test_a_cyrillic_surname_is_not_taken_from_a_styled_or_east_asian_name():
    aliases = dict(person_aliases("Tamim bin Hamad Al Thani", ["Тамим бен Хамад Аль Тани"]))
    assert "Тани" not in aliases
    aliases = dict(person_aliases("Xi Jinping", ["~Xi", "Си Цзиньпин", "~Си"]))
    assert aliases["Си"] == "surname"
    assert "Цзиньпин" not in aliases
    assert "Jinping" not in aliases


# --- Sentences dated like the seed article ---
SEED_DAY = dt.date(2025, 11, 25)


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Токаев провёл встречу.", "kassym-jomart-tokayev"),
        ("Kassym-Jomart Tokaev met the delegation.", "kassym-jomart-tokayev"),
        ("Recep Tayyip Erdogan arrived.", "recep-tayyip-erdogan"),
        ("Recep Tayyip Erdoğan arrived.", "recep-tayyip-erdogan"),
        ("Serdar Berdymukhamedov spoke.", "serdar-berdimuhamedov"),
        ("President Putin spoke.", "vladimir-putin"),
    ],
)
def test_name_variants(gazetteer, text, slug):
    assert set(extract(text, SEED_DAY, gazetteer).people) == {slug}


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Встреча Токаева и Путина прошла в Астане.", {"kassym-jomart-tokayev", "vladimir-putin"}),
        (
            "Касым-Жомарт Токаев встретился с Сердаром Бердымухамедовым.",
            {
                "kassym-jomart-tokayev",
                "serdar-berdimuhamedov",
            },
        ),
        ("Телефонный разговор с Шавкатом Мирзиёевым.", {"shavkat-mirziyoyev"}),
        ("Президент направил поздравление Ильхаму Алиеву.", {"ilham-aliyev"}),
    ],
)
def test_russian_case_forms_of_names(gazetteer, text, people):
    assert set(extract(text, SEED_DAY, gazetteer).people) == people


def test_russian_case_forms_of_countries(gazetteer):
    found = extract("Делегация Казахстана прибыла в Россию.", SEED_DAY, gazetteer)
    assert {"KZ", "RU"} <= set(found.countries)


def test_cyrillic_surname_alone_among_full_names(gazetteer):
    result = extract("Мирзиёев встретился с Токаевым в Ташкенте.", SEED_DAY, gazetteer)
    assert set(result.people) == {"shavkat-mirziyoyev", "kassym-jomart-tokayev"}
    assert [e.type for e in result.events] == ["talks"]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Казахстанская делегация провела переговоры с турецкими партнёрами.", {"KZ", "TR"}),
        ("Товарооборот с китайскими компаниями вырос.", {"CN"}),
        ("Узбекский и кыргызский министры встретились.", {"UZ", "KG"}),
    ],
)
def test_russian_country_adjectives_in_every_form(gazetteer, text, codes):
    assert set(extract(text, SEED_DAY, gazetteer).countries) == codes


def test_russian_event_words(gazetteer):
    found = extract("Токаев провёл переговоры с Путиным.", SEED_DAY, gazetteer)
    assert [e.type for e in found.events] == ["talks"]


def test_foreign_names_declined_after_a_title_come_back_whole(gazetteer):
    # Three-word names and particles, declined like nouns after "с": the gazetteer's
    # people, found through the transliterated nominative.
    day = dt.date(2024, 1, 23)
    text = "Министр провел переговоры со своим коллегой из Ирана Хосейном Амиром Абдоллахианом."
    assert "hossein-amir-abdollahian" in found(text, gazetteer, day)[1]
    text = (
        "Министр встретился с главами МИД Ливана и Индонезии Абдаллой Бу Хабибом и Ретно Марсуди."
    )
    assert found(text, gazetteer, day)[1] >= {"abdallah-bou-habib", "retno-marsudi"}
    # A newcomer keeps the whole name, in the nominative.
    text = (
        "Он провел переговоры с исполняющим обязанности министра иностранных дел Лаоса "
        "Ле Ван Тамом."
    )
    people = extract(text, day, gazetteer).new_people
    assert [p.name for p in people] == ["Le Van Tam"]


def test_capitalised_offices_are_not_names(gazetteer):
    text = (
        "Переговоры прошли с моим коллегой, Заместителем Председателя Кабинета министров, "
        "Министром иностранных дел Туркменистана Р.О.Мередовым."
    )
    assert found(text, gazetteer, dt.date(2023, 5, 5))[1] == {"rashid-meredov"}


def test_a_meeting_being_prepared_is_a_plan(gazetteer):
    text = "Сергей Лавров и Марко Рубио договорились о подготовке встречи Путина и Трампа."
    day = dt.date(2025, 2, 15)
    assert all(
        e.status != "current" for e in extract(text, day, gazetteer).events if e.type == "talks"
    )


def test_a_womans_name_in_an_oblique_case_comes_back_in_the_nominative():
    from archive.text.russian import nominative_name

    assert nominative_name("Эльмиры Ахундовой") == "Эльмира Ахундова"
    assert nominative_name("Марией Захаровой") == "Мария Захарова"
    assert nominative_name("Ирине Петровой") == "Ирина Петрова"
    assert nominative_name("Ирина Петрова") == "Ирина Петрова"  # a woman's, not "Ирин Петров"
    assert nominative_name("Ивана Петрова") == "Иван Петров"
    # An Armenian -ян surname never declines for a woman: declined, it is a man's
    assert nominative_name("Ваана Унаняна") == "Ваан Унанян"
    assert nominative_name("Араратом Мирзояном") == "Арарат Мирзоян"
    assert nominative_name("Анна Унанян") == "Анна Унанян"
    assert nominative_name("Татьяна") == "Татьяна"


def test_the_words_of_a_states_name_are_no_persons_name(gazetteer):
    text = (
        "Президент Казахстана провел встречу с министром иностранных дел Исламской Республики "
        "Иран Мохаммадом Джавадом Зарифом."
    )
    people = found(text, gazetteer, dt.date(2017, 6, 9))[1]
    assert people == {"nursultan-nazarbayev", "mohammad-javad-zarif"}


def test_russian_past_visits_and_credentials(gazetteer):
    day = dt.date(2017, 6, 9)
    text = "Зариф отметил, что после совершенных президентом Ирана визитов связи окрепли."
    assert all(e.status != "current" for e in extract(text, day, gazetteer).events)
    text = "Президент Казахстана принял верительные грамоты у послов."
    assert [e.type for e in extract(text, day, gazetteer).events] == []
    # "президент" of Iran is its president, not its head of state (the Supreme Leader).
    assert "hassan-rouhani" in found("Встреча с президентом Ирана прошла.", gazetteer, day)[1]


def test_russian_spokespeople_envoys_and_secretaries_of_state(gazetteer):
    day = dt.date(2022, 3, 11)
    # an institution's initials between the office and the name
    text = "Официальный представитель МИД РФ Ирина Петрова определила формат встречи."
    people = extract(text, day, gazetteer).new_people
    assert [(p.name, p.country) for p in people] == [("Irina Petrova", "RU")]
    # an envoy "по Сирии" is for Syria, not of it
    text = "Делегация во главе со спецпредставителем по Сирии Иваном Петровым прибудет."
    people = extract(text, day, gazetteer).new_people
    assert [(p.name, p.country) for p in people] == [("Ivan Petrov", None)]


def test_the_russian_spokesperson_speaks_and_reports_not_meets(gazetteer):
    day = dt.date(2022, 7, 28)
    text = (
        "Сергей Лавров встретил китайского коллегу Ван И в Ташкенте, видео опубликовала в "
        "Telegram официальный представитель МИД РФ Ирина Петрова."
    )
    found_events = extract(text, day, gazetteer).events
    talks = next(e for e in found_events if e.type == "talks")
    assert {p for p, _ in talks.people} == {"sergey-lavrov", "wang-yi"}
    statement = next(e for e in found_events if e.type == "statement")
    assert [p for p, _ in statement.people] == ["irina-petrova"]


def test_a_ministry_quoted_in_russian_speaks_for_its_country_not_the_one_it_names(gazetteer):
    text = (
        "«Мы против», — подчеркнули в казахстанском дипведомстве, назвав беспрецедентным отказ "
        "в визе официальному представителю МИД Ирине Петровой."
    )
    statements = [e for e in extract(text, DAY, gazetteer).events if e.type == "statement"]
    assert [(s.people, s.countries) for s in statements] == [((), (("KZ", "participant"),))]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Документ подписал вице-министр торговли Казахстана Иван Петров.", "Ivan Petrov", "KZ"),
        (
            "Встреча прошла с участием вице-министра иностранных дел Казахстана Ивана Петрова.",
            "Ivan Petrov",
            "KZ",
        ),
        ("Первый вице-министр иностранных дел Иван Петров принял посла.", "Ivan Petrov", None),
    ],
)
def test_a_vice_minister_is_an_official_and_not_the_minister(text, name, country, gazetteer):
    people = extract(text, DAY, gazetteer).new_people
    assert [(p.name, p.country, p.role) for p in people] == [(name, country, "other")]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Олжас Бектенов встретился с Иваном Петровым, министром энергетики Узбекистана.",
            "министр энергетики",
        ),
        ("Иван Петров, посол Узбекистана в Казахстане, прибыл в Астану.", "посол"),
        # the office as an office is written, whatever case the sentence put it in
        ("Олжас Бектенов встретился с послом Узбекистана Иваном Петровым.", "посол"),
        (
            "Олжас Бектенов принял первого заместителя министра Узбекистана Ивана Петрова.",
            "первый заместитель министра",
        ),
        ("Олжас Бектенов встретился с вице-премьером Узбекистана Иваном Петровым.", "вице-премьер"),
    ],
)
def test_a_russian_title_in_apposition_after_a_full_name_is_theirs(text, title, gazetteer):
    people = extract(text, DAY, gazetteer).new_people
    assert [(p.name, p.country, p.title) for p in people] == [("Ivan Petrov", "UZ", title)]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Председатель Сената Парламента Казахстана Иван Петров принял делегацию.",
            "Ivan Petrov",
            "Председатель Сената Парламента",
        ),
        (
            "Временный поверенный в делах США в Казахстане Иван Петров был вызван в МИД.",
            "Ivan Petrov",
            "Временный поверенный в делах",
        ),
        ("Депутат Мажилиса Иван Петров выступил на форуме.", "Ivan Petrov", "Депутат Мажилиса"),
    ],
)
def test_more_russian_offices_and_their_bodies(text, name, title, gazetteer):
    people = extract(text, DAY, gazetteer).new_people
    assert [(p.name, p.title) for p in people] == [(name, title)]


@pytest.mark.parametrize(
    "text",
    [
        "Шавкату Мирзиёеву вручен орден «Достык».",
        "Указом Президента орденом «Достык» награжден Президент Узбекистана Шавкат Мирзиёев.",
    ],
    ids=["dative-before", "named-after"],
)
def test_a_russian_passive_award_goes_to_the_one_named_with_it(text, gazetteer):
    awards = [e for e in extract(text, DAY, gazetteer).events if e.type == "award"]
    assert [dict(a.people).get("shavkat-mirziyoyev") for a in awards] == ["recipient"]


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Касым-Жомарт Токаев посещает Узбекистан", "visit"),
        ("Касым-Жомарт Токаев вылетает в Ташкент", "visit"),
        ("Касым-Жомарт Токаев и Шавкат Мирзиёев подписывают договор о союзничестве", "agreement"),
    ],
)
def test_a_russian_headlines_present_tense_reports_the_event(text, type_, gazetteer):
    found = extract(text, DAY, gazetteer).events
    assert (type_, "current") in {(e.type, e.status) for e in found}


def test_a_spokesman_named_after_the_one_he_speaks_for_is_the_speaker(gazetteer):
    day = dt.date(2017, 6, 20)
    text = "Об этом сообщил пресс-секретарь главы российского государства Иван Петров."
    statements = [e for e in extract(text, day, gazetteer).events if e.type == "statement"]
    assert [s.people for s in statements] == [(("ivan-petrov", "participant"),)]
    # … named in the genitive after the title, the name goes back to the nominative
    text = "По словам пресс-секретаря Президента РФ Алексея Громова, договоренность достигнута."
    people = extract(text, dt.date(2000, 11, 22), gazetteer).new_people
    assert [p.name for p in people] == ["Aleksey Gromov"]


def test_a_meeting_named_again_in_russian_is_no_new_meeting(gazetteer):
    day = dt.date(2022, 3, 11)
    text = (
        "Официальный представитель МИД Ирина Петрова определила формат встречи как встреча "
        "без галстуков."
    )
    assert "talks" not in {e.type for e in extract(text, day, gazetteer).events}
    text = "Абдулазиз Камилов принял копии верительных грамот вновь назначенного Посла Японии."
    assert "talks" in {e.type for e in extract(text, dt.date(2016, 9, 7), gazetteer).events}
    text = "Сергей Лавров принял Ван И. На встрече обсуждены вопросы торговли."
    assert "talks" in {e.type for e in extract(text, day, gazetteer).events}


def test_capitals_in_russian(gazetteer):
    text = "Переговоры прошли в Сантьяго, затем министры вылетели в Прагу и в Вашингтон."
    places = set(extract(text, DAY, gazetteer).places)
    assert places >= {"santiago-cl", "prague-cz", "washington-us"}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Об этом сообщил глава Минпромторга РФ Антон Алиханов.", "anton-alikhanov"),
        ("Об этом сообщил вице-премьер российского правительства Олег Сидоров.", "oleg-sidorov"),
        # a surname that never declines: the genitive shows in the given name alone
        ("По словам посла Украины Владимира Ельченко, торговля растёт.", "vladimir-yelchenko"),
        ("По словам посла Украины Андрея Ельченко, торговля растёт.", "andrey-yelchenko"),
        # … nor does a Tajik one in "-зода"
        (
            "Заместитель министра иностранных дел России Михаил Галузин принял посла "
            "Таджикистана в Москве Давлатшоха Гулмахмадзода.",
            "davlatshokh-gulmakhmadzoda",
        ),
    ],
)
def test_more_russian_offices_and_indeclinable_surnames(text, person, gazetteer):
    assert person in found(text, gazetteer)[1]


def test_before_a_visit_it_is_a_plan(gazetteer):
    text = "Об этом глава МИД РФ Сергей Лавров сказал журналистам перед визитом во Вьетнам."
    assert not [e for e in extract(text, DAY, gazetteer).events if e.status == "current"]


def test_a_visit_to_come_in_russian_with_its_first_day(gazetteer):
    """ "посетит … 20—22 марта": planned, dated by the span's first day (an em dash too);
    "Мирзияев" is the president's name as many Russian outlets write it."""
    text = (
        "Президент России Владимир Путин посетит Узбекистан 20—22 июня по приглашению "
        "Шавката Мирзияева."
    )
    (visit,) = [e for e in extract(text, DAY, gazetteer).events if e.type == "visit"]
    assert (visit.status, visit.date) == ("planned", dt.date(2024, 6, 20))
    assert {p for p, _ in visit.people} == {"vladimir-putin", "shavkat-mirziyoyev"}


def test_egypt_in_its_cases_and_negotiations_as_a_means(gazetteer):
    text = "Саммит проходил под председательством президента Египта."
    codes, people = found(text, gazetteer, dt.date(2025, 10, 14))
    assert ("EG", "abdel-fattah-el-sisi") in {(c, p) for c in codes for p in people}
    text = (
        "Стороны обязуются разрешать споры путем дипломатического взаимодействия и "
        "переговоров, заявил Касым-Жомарт Токаев."
    )
    assert "talks" not in {e.type for e in extract(text, DAY, gazetteer).events}


@pytest.mark.parametrize(
    "text",
    [
        "В ходе беседы президенты обсудили ситуацию на Ближнем Востоке.",
        "Министры обсудили положение в Западной Африке.",
    ],
)
def test_capitalised_words_after_a_preposition_of_place_name_no_one(text, gazetteer):
    x = extract(text, DAY, gazetteer)
    assert not x.people
    assert not x.new_people


def test_discussing_something_with_someone_is_a_meeting(gazetteer):
    text = (
        "Министр иностранных дел Казахстана Мурат Нуртлеу обсудил в Ташкенте с узбекским "
        "коллегой Бахтиёром Саидовым перспективы сотрудничества."
    )
    found = [e for e in extract(text, DAY, gazetteer).events if e.type == "talks"]
    assert [{p for p, _ in e.people} for e in found] == [{"murat-nurtleu", "bakhtiyor-saidov"}]


def test_indeclinable_words_in_a_countrys_name(gazetteer):
    """ "Папуа" does not decline: "в Папуа — Новой Гвинее" is Papua New Guinea, not Guinea."""
    assert "Папуа — Новой Гвинеи" in russian_forms("Папуа — Новая Гвинея")
    assert not russian_forms("Самоа")
    countries, _ = found("Саммит АТЭС прошёл в Папуа — Новой Гвинее.", gazetteer)
    assert countries == {"PG"}


def test_those_taking_part_in_the_talks_told_make_no_talks_or_statement_of_their_own(gazetteer):
    text = (
        "В Астане завершилась встреча Токаева и Путина. В переговорах с российской стороны "
        "принимают участие министр иностранных дел Сергей Лавров и пресс-секретарь президента "
        "Дмитрий Песков."
    )
    assert [e.type for e in extract(text, DAY, gazetteer).events] == ["talks"]


def test_the_possibility_of_visits_is_no_visit(gazetteer):
    text = (
        "Посол упомянул о наличии возможностей осуществления визитов на высшем уровне с "
        "казахстанской стороны, сообщил Мурат Нуртлеу."
    )
    assert [e for e in extract(text, DAY, gazetteer).events if e.type == "visit"] == []


def test_a_headlines_speaker_before_the_colon_is_no_side_of_the_talks(gazetteer):
    text = "Песков: долгие переговоры Путина и Токаева говорят об их настрое"
    (talks,) = [e for e in extract(text, DAY, gazetteer).events if e.type == "talks"]
    assert set(dict(talks.people)) == {"vladimir-putin", "kassym-jomart-tokayev"}


def test_talks_with_those_named_after_are_the_main_persons(gazetteer):
    text = (
        "Токаев провел в Москве пять встреч. Программа началась 7 мая с бесед с президентами "
        "Венесуэлы, Кубы и Монголии."
    )
    talks = [e for e in extract(text, DAY, gazetteer).events if e.type == "talks"]
    assert [dict(e.countries).keys() >= {"KZ", "VE", "CU", "MN"} for e in talks] == [True]


def test_a_city_in_ia_does_not_decline_into_its_countrys_genitive(gazetteer):
    """ "Бразилиа" is indeclinable: "с лидерами Бразилии" names Brazil, not its capital."""
    assert not russian_forms("Бразилиа")
    text = "Президент России встретился с лидерами Бразилии и Египта."
    assert not extract(text, DAY, gazetteer).places


@pytest.mark.parametrize(
    ("written", "nominative"),
    [
        ("Петра Врублевского", "Петр Врублевский"),
        ("Анны Тарасовской", "Анна Тарасовская"),
        ("Дениса Мелешкина", "Денис Мелешкин"),
    ],
)
def test_adjectival_surnames_back_in_the_nominative(written, nominative):
    assert nominative_name(written) == nominative


def test_an_ambassadors_country_is_the_one_they_represent_not_where(gazetteer):
    text = (
        "Глава МИД Казахстана после переназначения встретился с послом Франции в Казахстане "
        "Жаном Дюпоном."
    )
    found = extract(text, DAY, gazetteer).new_people
    assert [p.country for p in found] == ["FR"]


def test_no_one_visits_their_own_country(gazetteer):
    text = (
        "Министр иностранных дел Казахстана Мурат Нуртлеу в ходе переговоров с Сергеем "
        "Лавровым заявил, что придает особое значение первому официальному визиту в Россию."
    )
    visits = [e for e in extract(text, DAY, gazetteer).events if e.type == "visit"]
    assert visits and all(dict(e.people).get("murat-nurtleu") == "visitor" for e in visits)


def test_almaty_in_its_older_russian_name(gazetteer):
    assert "almaty-kz" in extract("Встреча состоялась в Алма-Ате.", DAY, gazetteer).places


def test_the_one_who_invited_is_the_host_and_an_old_surname_is_the_same_person(gazetteer):
    """ "По приглашению X, Y прибыл в …": X receives Y. Before 2007 Emomali Rahmon wrote his
    name Rakhmonov (Рахмонов): the same person, not a newcomer."""
    day = dt.date(2003, 4, 26)
    text = (
        "По приглашению Президента Таджикистана Эмомали Рахмонова Президент России Владимир "
        "Путин прибыл в Душанбе с официальным визитом."
    )
    (visit,) = [e for e in extract(text, day, gazetteer).events if e.type == "visit"]
    assert dict(visit.people) == {"vladimir-putin": "visitor", "emomali-rahmon": "host"}
    english = extract("President Emomali Rakhmonov met the delegation.", day, gazetteer)
    assert set(english.people) == {"emomali-rahmon"} and not english.new_people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # the one named after the participle …
        (
            "Министр иностранных дел Узбекистана Бахтиёр Саидов сообщил о планах провести "
            "переговоры с прибывшим в Самарканд главой МИД России Сергеем Лавровым.",
            {"sergey-lavrov": "visitor", "bakhtiyor-saidov": "host"},
        ),
        # … the one just named, when it follows the name
        (
            "Министр иностранных дел Узбекистана Бахтиёр Саидов провел встречу с главой МИД "
            "России Сергеем Лавровым, прибывшим в Ташкент с визитом.",
            {"sergey-lavrov": "visitor", "bakhtiyor-saidov": "host"},
        ),
        # … all of those named after a plural one
        (
            "Президент Узбекистана Шавкат Мирзиёев провел встречи с прибывшими с визитом "
            "Президентами Казахстана Касым-Жомартом Токаевым и Кыргызстана Садыром Жапаровым.",
            {
                "kassym-jomart-tokayev": "visitor",
                "sadyr-japarov": "visitor",
                "shavkat-mirziyoyev": "host",
            },
        ),
    ],
)
def test_the_ones_arrived_are_the_visitors_whichever_side_the_participle_is(
    text, people, gazetteer
):
    result = extract(text, DAY, gazetteer)
    visits = [e for e in result.events if e.type == "visit"]
    assert [(dict(v.people), v.status) for v in visits] == [(people, "current")]


@pytest.mark.parametrize(
    "text",
    [
        "Аким Алматы Айдар Касенов встретился с делегацией.",
        "Секретарь Совета безопасности Айдар Касенов провел встречу.",
    ],
)
def test_an_akim_and_a_security_council_secretary_are_officials(text, gazetteer):
    people = extract(text, DAY, gazetteer).new_people
    assert [p.name for p in people] == ["Aydar Kasenov"]


def test_dzh_and_dj_spell_one_name(gazetteer):
    # "Сироджидин Аслов" read as "Sirodzhidin", the gazetteer's alias "Sirodjidin Aslov"
    text = "6 апреля Министр иностранных дел Таджикистана Сироджидин Аслов прибыл в Ташкент."
    result = extract(text, dt.date(2017, 4, 6), gazetteer)
    assert set(result.people) == {"sirojiddin-muhriddin"} and not result.new_people


def test_a_turkish_c_is_dzh_in_russian(gazetteer):
    # "Babacan" is "Бабаджан" (and "Ceyhun" "Джейхун"): no newcomer "Ali Babadzhan"
    text = (
        "Министр иностранных дел Таджикистана встретился с министром иностранных дел Турции "
        "Али Бабаджаном."
    )
    found = extract(text, dt.date(2008, 11, 5), gazetteer)
    assert "ali-babacan" in found.people and not found.new_people


def test_a_cyrillic_newcomers_surname_in_any_case_with_an_initial_that_fits(gazetteer):
    text = (
        "Заместитель министра иностранных дел Казахстана Иван Петров прибыл в Минск. Затем "
        "И. Петров встретился с коллегой, а Петрова приняли в парламенте. С. Петров не приехал."
    )
    found = extract(text, DAY, gazetteer)
    (person,) = found.new_people
    spans = [text[start:end] for start, end, kind, key in found.spans if key == person.key]
    assert spans == ["Иван Петров", "Петров", "Петрова"]


def test_a_title_in_capitals_in_the_instrumental_and_no_verb_for_a_portfolio(gazetteer):
    text = "Затем министр встретился с Генеральным Секретарём ОИК Иваном Петровым."
    found = extract(text, DAY, gazetteer).new_people
    assert [(p.name, p.title) for p in found] == [("Ivan Petrov", "Генеральный Секретарь")]


def test_the_delegation_of_a_country_named_after_it(gazetteer):
    text = (
        "Делегацию Королевства Таиланд возглавил заместитель министра иностранных дел Иван Петров."
    )
    found = extract(text, DAY, gazetteer).new_people
    assert [(p.name, p.country) for p in found] == [("Ivan Petrov", "TH")]


def test_heads_of_a_ministrys_departments_and_the_side_they_lead(gazetteer):
    text = (
        "Казахскую делегацию на консультациях возглавил начальник управления Америки МИД "
        "Олег Кравченко, узбекскую сторону представил директор Департамента Северной Америки "
        "МИД Георгий Борисенко."
    )
    found = {(p.name, p.country) for p in extract(text, dt.date(2019, 5, 21), gazetteer).new_people}
    assert found == {("Oleg Kravchenko", "KZ"), ("Georgy Borisenko", "UZ")}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Касым-Жомарт Токаев созвонился с Шавкатом Мирзиёевым.", "phone_call"),
        (
            "Касым-Жомарт Токаев и Шавкат Мирзиёев обменялись мнениями по региональной повестке.",
            "talks",
        ),
        ("Касым-Жомарт Токаев выступил на пленарном заседании форума.", "statement"),
    ],
)
def test_a_call_views_exchanged_and_a_speech_at_a_session_in_russian(text, kind, gazetteer):
    found = extract(text, dt.date(2025, 3, 4), gazetteer)
    assert [(e.type, e.status) for e in found.events] == [(kind, "current")]


@pytest.mark.parametrize(
    ("text", "signed"),
    [
        ("Сергей Лавров и Владимир Макей подписали соглашение о визах.", True),
        ("Соглашение было подписано в Минске.", True),
        # a signing to come is no agreement
        ("Сергей Лавров заявил, что препятствий для его подписания нет.", False),
        ("Сергей Лавров заявил, что документ готов к подписанию.", False),
        # … nor the day of one still to be set
        ("По словам дипломата, дата подписания соглашения пока не назначена.", False),
    ],
)
def test_a_signing_to_come_is_no_agreement(text, signed, gazetteer):
    events = extract(text, dt.date(2019, 10, 17), gazetteer).events
    assert any(e.type == "agreement" for e in events) == signed


def test_a_state_secretarys_title_is_read_whole(gazetteer):
    text = "«Проблем нет», - заявил статс-секретарь МИД РФ Иван Петров."
    found = extract(text, dt.date(2019, 10, 17), gazetteer).new_people
    assert [(p.name, p.title) for p in found] == [("Ivan Petrov", "статс-секретарь")]


def test_a_particle_inside_a_name_does_not_decline():
    assert "Ахмедом Абуль Гейтом" in russian_forms("Ахмед Абуль Гейт")
    assert "Ахмедом Абулем Гейтом" not in russian_forms("Ахмед Абуль Гейт")


def test_a_given_name_is_no_surname_in_cyrillic_either(gazetteer):
    # "~Abiy" for Abiy Ahmed: "Ахмед" alone is not his family name
    assert "Ахмед" not in dict(person_aliases("Abiy Ahmed", ["~Abiy", "Абий Ахмед"]))
    assert "Токаев" in dict(
        person_aliases("Kassym-Jomart Tokayev", ["~Tokayev", "Касым-Жомарт Токаев"])
    )
    text = "Сергей Лавров провел переговоры с генеральным секретарем ЛАГ Ахмедом Абуль Гейтом."
    assert found(text, gazetteer, dt.date(2024, 9, 25))[1] == {"sergey-lavrov", "ahmed-aboul-gheit"}


def test_the_end_of_a_visit_under_way_is_no_plan(gazetteer):
    text = (
        "Министр иностранных дел России Сергей Лавров прибыл с официальным визитом в Ереван. "
        "Визит Сергея Лаврова в Армению продлится до 11 ноября."
    )
    events = extract(text, dt.date(2019, 11, 10), gazetteer).events
    assert [(e.type, e.status) for e in events] == [("visit", "current")]


def test_a_monarch_by_title_and_name_in_russian(gazetteer):
    text = "Самолет с королем Малайзии Султаном Ибрагимом приземлился в Казани."
    assert "sultan-ibrahim-of-johor" in found(text, gazetteer, dt.date(2024, 8, 7))[1]


def test_regional_heads_are_named_after_their_russian_titles(gazetteer):
    text = (
        "Гостя встретили губернатор Санкт-Петербурга Иван Петров и мэр Москвы Петр Иванов, "
        "а в Казани — раис Татарстана Сергей Сидоров."
    )
    names = {p.name for p in extract(text, DAY, gazetteer).new_people}
    assert names == {"Ivan Petrov", "Petr Ivanov", "Sergey Sidorov"}


def test_the_one_arrived_before_the_comma_is_not_the_one_greeting(gazetteer):
    text = (
        "Верховного правителя Малайзии, прибывшего с первым официальным визитом в Россию, "
        "встретил раис Татарстана Сергей Сидоров."
    )
    visits = [e for e in extract(text, DAY, gazetteer).events if e.type == "visit"]
    assert all(dict(v.people).get("sergey-sidorov") != "visitor" for v in visits)


@pytest.mark.parametrize(
    "text",
    [
        "Глава администрации президента Казахстана Марат Оспанов принял делегацию.",
        "Руководитель аппарата правительства Марат Оспанов провел совещание.",
    ],
)
def test_the_head_of_a_presidents_office_is_no_head_of_state(text, gazetteer):
    newcomers = extract(text, DAY, gazetteer).new_people
    assert [(n.name, n.role) for n in newcomers] == [("Marat Ospanov", "other")]
    assert newcomers[0].title.lower().startswith(("глава администрации", "руководитель аппарата"))


def test_the_head_of_a_press_service_and_their_deputy(gazetteer):
    text = (
        "Заместитель главы пресс-службы Государственного департамента США Джейн Роу сказала, "
        "что решение еще не принято."
    )
    newcomers = extract(text, DAY, gazetteer).new_people
    assert [(n.name, n.country) for n in newcomers] == [("Jane Rou", "US")]


@pytest.mark.parametrize(
    "text",
    [
        "Президент Казахстана Касым-Жомарт Токаев может провести встречу с Шавкатом Мирзиёевым.",
        "Касым-Жомарт Токаев и Шавкат Мирзиёев могут встретиться в Ташкенте.",
        "До этого Касым-Жомарт Токаев посещал Ташкент, где встречался с Шавкатом Мирзиёевым.",
    ],
)
def test_a_meeting_that_may_come_or_came_before_is_no_news_of_the_day(text, gazetteer):
    assert not [e for e in extract(text, DAY, gazetteer).events if e.status == "current"]


def test_a_perfective_meeting_is_news_of_the_day(gazetteer):
    text = "Касым-Жомарт Токаев посетил Ташкент, где встретился с Шавкатом Мирзиёевым."
    current = {e.type for e in extract(text, DAY, gazetteer).events if e.status == "current"}
    assert current == {"visit", "talks"}


def _events(text, gazetteer, day):
    return [
        (e.type, e.status, e.date, dict(e.people)) for e in extract(text, day, gazetteer).events
    ]


def test_an_earlier_round_of_talks_on_another_day_is_another_meeting(gazetteer):
    text = (
        "10 марта в Анталье встретились Дмитрий Кулеба и Сергей Лавров. Третий раунд "
        "переговоров Кулебы и Лаврова состоялся 7 марта."
    )
    days = {(t, d) for t, _, d, _ in _events(text, gazetteer, dt.date(2022, 3, 10))}
    assert days == {("talks", dt.date(2022, 3, 10)), ("talks", dt.date(2022, 3, 7))}


def test_the_one_who_brings_talks_about_joins_them_and_a_spokeswoman_only_tells(gazetteer):
    text = (
        "10 марта в Анталье встретились Дмитрий Кулеба и Сергей Лавров. Новый раунд переговоров "
        "проходит при содействии министра иностранных дел Турции Мевлюта Чавушоглу. "
        "Официальный представитель МИД Мария Захарова определила формат встречи как "
        "неформальные переговоры."
    )
    talks = [p for t, _, _, p in _events(text, gazetteer, dt.date(2022, 3, 10)) if t == "talks"]
    assert [set(p) for p in talks] == [{"dmytro-kuleba", "sergey-lavrov", "mevlut-cavusoglu"}]


def test_a_welcome_at_the_airport_is_no_talks_and_arrivals_of_two_heads_are_both_visits(
    gazetteer,
):
    text = (
        "15 сентября в Узбекистан прибыл Президент России Владимир Путин. В аэропорту "
        "Самарканда гостя встретил Премьер-министр Узбекистана Абдулла Арипов. Сегодня в "
        "Самарканд прибыли главы Таджикистана и Туркменистана."
    )
    found = _events(text, gazetteer, dt.date(2022, 9, 15))
    assert not [p for t, _, _, p in found if t == "talks"]
    visitors = {k for t, _, _, p in found if t == "visit" for k, r in p.items() if r == "visitor"}
    assert visitors == {"vladimir-putin", "emomali-rahmon", "serdar-berdimuhamedov"}


def test_a_cancelled_visit_is_no_plan(gazetteer):
    text = "МИД России отменил запланированный на 27-28 ноября визит Сергея Лаврова в Минск."
    assert _events(text, gazetteer, dt.date(2022, 11, 26)) == []


def test_a_visit_completed_is_not_the_plan_of_the_invitation_after_it(gazetteer):
    text = (
        "Президенты Беларуси и Грузии провели встречу. Во второй день визита Георгий "
        "Маргвелашвили посетил культурные объекты. После завершения официального визита "
        "Маргвелашвили пригласил Александра Лукашенко посетить Грузию."
    )
    found = _events(text, gazetteer, dt.date(2017, 3, 2))
    assert [(s, p.get("giorgi-margvelashvili")) for t, s, _, p in found if t == "visit"] == [
        ("current", "visitor")
    ]


def test_a_president_in_russian_transliterations_of_his_name(gazetteer):
    text = "Владимир Путин провел переговоры с Умару Сиссоку Эмбало."
    assert found(text, gazetteer)[1] == {"vladimir-putin", "umaro-sissoco-embalo"}


def test_leaders_who_talked_one_on_one_the_day_before(gazetteer):
    text = (
        "Владимир Путин и Шавкат Мирзиёев накануне общались тет-а-тет, сообщил "
        "пресс-секретарь Дмитрий Песков."
    )
    found = _events(text, gazetteer, dt.date(2024, 5, 28))
    assert [(s, d, set(p)) for t, s, d, p in found if t == "talks"] == [
        ("current", dt.date(2024, 5, 27), {"vladimir-putin", "shavkat-mirziyoyev"})
    ]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Казахстан решительно осуждает теракт в Москве.", "KZ"),
        ("МИД Узбекистана осуждает нападение на посольство.", "UZ"),
        ("В МИД Казахстана выразили обеспокоенность эскалацией.", "KZ"),
        ("В Кремле приветствовали решение сторон.", "RU"),
    ],
)
def test_a_country_or_its_ministry_speaking_in_russian(text, country, gazetteer):
    found = _events(text, gazetteer, dt.date(2024, 3, 25))
    statements = [e for e in extract(text, dt.date(2024, 3, 25), gazetteer).events]
    assert [t for t, _, _, _ in found] == ["statement"]
    assert [c for c, _ in statements[0].countries] == [country]


def test_a_given_name_in_y_does_not_decline():
    assert "Гурбангулы Бердымухамедовым" in russian_forms("Гурбангулы Бердымухамедов")
    assert "Гурбангулами Бердымухамедовым" not in russian_forms("Гурбангулы Бердымухамедов")


def test_a_call_by_the_dative_its_congratulation_and_the_call_told_again(gazetteer):
    text = (
        "Владимир Путин позвонил Эмомали Рахмону и тепло поздравил его с днем рождения. "
        "В ходе беседы обсуждены вопросы двустороннего сотрудничества."
    )
    found = extract(text, dt.date(2025, 10, 5), gazetteer).events
    assert sorted(e.type for e in found) == ["congratulation", "phone_call"]
    congratulation = next(e for e in found if e.type == "congratulation")
    assert dict(congratulation.people) == {
        "vladimir-putin": "giver",
        "emomali-rahmon": "recipient",
    }


def test_the_chairman_of_the_halk_maslahaty_is_no_newcomer_and_a_visits_results_are_past(
    gazetteer,
):
    text = (
        "15 мая состоялся телефонный разговор Эмомали Рахмона с Председателем Халк Маслахаты "
        "Туркменистана Гурбангулы Бердымухамедовым. В ходе беседы обсуждены результаты "
        "государственного визита Президента Туркменистана в Таджикистан."
    )
    found = extract(text, dt.date(2023, 5, 15), gazetteer)
    assert set(found.people) >= {"emomali-rahmon", "gurbanguly-berdimuhamedov"}
    assert not found.new_people
    assert [e.type for e in found.events if e.status == "current"] == ["phone_call"]


def test_congratulating_an_envoy_on_the_start_of_a_mission_is_no_congratulation(gazetteer):
    text = (
        "Садыр Жапаров принял верительные грамоты от посла России Сергея Вакунова и поздравил "
        "его с началом дипломатической миссии."
    )
    found = extract(text, dt.date(2024, 9, 10), gazetteer).events
    assert "congratulation" not in [e.type for e in found]


def test_a_foreign_surname_in_the_instrumental_with_a_stem_in_y(gazetteer):
    assert nominative_name("Олдемиро Балоем", instrumental=True) == "Олдемиро Балой"
    text = (
        "В Минске завершились переговоры Министра иностранных дел Республики Беларусь Владимира "
        "Макея с Министром иностранных дел Республики Мозамбик Олдемиро Балоем."
    )
    found = extract(text, dt.date(2014, 4, 25), gazetteer).new_people
    assert [(p.name, p.country) for p in found] == [("Oldemiro Baloy", "MZ")]


@pytest.mark.parametrize(
    "text",
    [
        "Президент России Владимир Путин прибыл в Бишкек. Российского лидера лично встретил у "
        "трапа сам президент Садыр Жапаров.",
        "Президент Ирана Масуд Пезешкиан прибыл в Москву. Его встретила российская делегация во "
        "главе с министром энергетики Сергеем Цивилевым.",
        "Президент России Владимир Путин прибыл в Баку. Путина встречали первый заместитель "
        "премьер-министра Азербайджана Якуб Эюбов и посол России Михаил Евдокимов.",
        "Президент России Владимир Путин прибыл в Баку. Российского лидера встретила рота "
        "почетного караула и посол Михаил Евдокимов.",
    ],
)
def test_a_welcome_on_arrival_is_no_meeting(text, gazetteer):
    found = extract(text, dt.date(2025, 8, 18), gazetteer).events
    assert [e.type for e in found] == ["visit"]


def test_a_guest_met_at_the_airport_is_a_visitor(gazetteer):
    text = (
        "Председателя КНР Си Цзиньпина в аэропорту «Внуково-2» встретил вице-премьер Дмитрий "
        "Чернышенко."
    )
    (visit,) = extract(text, dt.date(2023, 3, 20), gazetteer).events
    assert (visit.type, dict(visit.people)["xi-jinping"]) == ("visit", "visitor")


def test_a_deputy_head_of_a_ministry_is_not_its_minister(gazetteer):
    text = "В состав делегации вошли замглавы МИД РФ Андрей Руденко и другие."
    (person,) = extract(text, dt.date(2025, 1, 17), gazetteer).new_people
    assert (person.name, person.country, person.role) == ("Andrey Rudenko", "RU", "other")


def test_astana_by_its_names_of_2019_to_2022(gazetteer):
    text = "Госсекретарь США Майк Помпео прибыл в Нур-Султан в субботу."
    (visit,) = extract(text, dt.date(2020, 2, 2), gazetteer).events
    assert (visit.type, visit.place, dict(visit.countries)["KZ"]) == ("visit", "astana-kz", "host")
    text = "Встреча прошла в Нур-Султане."
    assert "astana-kz" in extract(text, dt.date(2020, 2, 2), gazetteer).places


def test_the_programme_of_the_visit_and_his_talks_are_the_visitors(gazetteer):
    text = (
        "Госсекретарь США Майкл Помпео прибыл в Нур-Султан в субботу. Программой визита "
        "предусмотрены его переговоры с главой государства Касым-Жомартом Токаевым."
    )
    found = extract(text, dt.date(2020, 2, 1), gazetteer).events
    visits = [e for e in found if e.type == "visit"]
    assert [dict(v.people).get("mike-pompeo") for v in visits] == ["visitor"]
    (talks,) = [e for e in found if e.type == "talks"]
    assert {p for p, _ in talks.people} == {"mike-pompeo", "kassym-jomart-tokayev"}


def test_the_leader_of_the_nation_and_congratulations_exchanged_in_a_call(gazetteer):
    text = "Елбасы сердечно поздравил Реджепа Тайипа Эрдогана с днем рождения."
    (congratulation,) = extract(text, dt.date(2021, 2, 26), gazetteer).events
    assert dict(congratulation.people) == {
        "nursultan-nazarbayev": "giver",
        "recep-tayyip-erdogan": "recipient",
    }
    text = (
        "Состоялся телефонный разговор Касым-Жомарта Токаева с Владимиром Путиным. В начале "
        "беседы президенты обсудили двусторонние отношения. В завершение разговора президенты "
        "обменялись поздравлениями по случаю наступающего Нового года."
    )
    found = {e.type: e for e in extract(text, dt.date(2025, 12, 29), gazetteer).events}
    assert set(found) == {"phone_call", "congratulation"}
    assert dict(found["congratulation"].people) == {
        "kassym-jomart-tokayev": "participant",
        "vladimir-putin": "participant",
    }


def test_a_namesake_with_another_given_name_is_not_the_official(gazetteer):
    day = dt.date(2023, 9, 4)
    text = "В переговорах участвовал министр сельского хозяйства Дмитрий Патрушев."
    assert "nikolai-patrushev" not in found(text, gazetteer, day)[1]
    # the official by his surname after his office, or in full
    for text in ("Секретарь Совбеза Патрушев провел совещание.", "Николай Патрушев прибыл."):
        assert "nikolai-patrushev" in found(text, gazetteer, day)[1]


def test_a_central_bank_head_is_an_official_not_a_name(gazetteer):
    text = "В переговорах участвовала глава Центробанка Эльвира Набиуллина."
    people = extract(text, dt.date(2023, 9, 4), gazetteer).new_people
    assert [(p.name, p.title) for p in people] == [("Elvira Nabiullina", "глава Центробанка")]


def test_a_capitalised_particle_inside_an_arabic_name(gazetteer):
    text = "Лавров получил послание от своего коллеги Абдаллы Бен Заида Аль Нахайяна."
    assert "abdullah-bin-zayed-al-nahyan" in found(text, gazetteer, dt.date(2021, 4, 9))[1]


def test_the_office_given_after_a_verb_is_the_names(gazetteer):
    text = "Послание главе МИД РФ передал посол ОАЭ в Москве Мухаммед Аль-Джабер."
    people = extract(text, dt.date(2021, 4, 9), gazetteer).new_people
    assert [(p.title, p.role) for p in people] == [("посол", "other")]


@pytest.mark.parametrize(
    ("written", "nominative"),
    [
        ("Денисом Монкадой", "Денис Монкада"),
        ("Даниэлем Ортегой", "Даниэль Ортега"),
        ("Абдуллой Абдуллаевым", "Абдулла Абдуллаев"),
        # a given name that never changes, a surname in -а that does
        ("Кэйдзи Ямадой", "Кэйдзи Ямада"),
        ("Фумио Кисидой", "Фумио Кисида"),
        ("Лев Толстой", "Лев Толстой"),
    ],
)
def test_a_mans_name_in_a_in_the_instrumental(written, nominative):
    assert nominative_name(written, instrumental=True) == nominative


def test_a_visit_na_an_island_state(gazetteer):
    text = "Сергей Лавров прибыл с рабочим визитом на Кубу."
    (visit,) = extract(text, dt.date(2023, 4, 20), gazetteer).events
    assert dict(visit.countries) == {"RU": "visitor", "CU": "host"}


def test_a_three_word_name_right_after_the_titles_country(gazetteer):
    text = "Лавров встретился с министром иностранных дел Гвинеи Мори Сандан Куйяте."
    result = extract(text, dt.date(2024, 6, 4), gazetteer)
    # (the minister of the day, his name read whole, not a newcomer of its last two words)
    assert "morissanda-kouyate" in result.people
    assert not result.new_people


def test_a_name_with_an_apostrophe_in_cyrillic(gazetteer):
    text = "Председательствующий на встрече премьер Папуа — Новой Гвинеи Питер О'Нил выступил."
    assert "peter-oneill" in extract(text, dt.date(2018, 11, 18), gazetteer).people


def test_a_departure_for_a_city_is_done_whatever_is_to_be_held_there(gazetteer):
    text = "Глава МИД РФ Сергей Лавров отбыл в Минск, где проведёт консультации."
    (trip,) = [
        e for e in extract(text, dt.date(2008, 10, 1), gazetteer).events if e.type == "visit"
    ]
    assert (trip.status, trip.place) == ("current", "minsk-by")


def test_an_invitation_to_visit_is_no_visit_and_the_countrys_minister_named_before(gazetteer):
    day = dt.date(2009, 3, 20)
    text = (
        "Дмитрий Медведев, возможно, посетит Монголию\n"
        "Глава МИД Монголии С. Батболд передал приглашение на имя Президента России Дмитрия "
        "Медведева посетить Монголию с визитом. Об этом монгольский министр сообщил по итогам "
        "переговоров с российским коллегой С.Лавровым."
    )
    found = extract(text, day, gazetteer).events
    assert "visit" not in {e.type for e in found}
    (talks,) = [e for e in found if e.type == "talks"]
    assert set(dict(talks.people)) == {"sukhbaataryn-batbold", "sergey-lavrov"}


def test_a_given_name_cut_short_before_a_known_family_name_is_no_newcomer(gazetteer):
    text = (
        "Президент Беларуси Александр Лукашенко лично проводил в аэропорту президента Египта "
        "Абдель Фаттаха ас-Сиси, который находился в Минске с официальным визитом."
    )
    found = extract(text, dt.date(2019, 6, 19), gazetteer)
    assert not found.new_people
    assert "abdel-fattah-el-sisi" in found.people


def test_the_head_of_a_prime_ministers_office_is_not_the_prime_minister(gazetteer):
    text = (
        "Президента встретил министр – глава Канцелярии премьер-министра Венгрии Иван "
        "Петренко и другие официальные лица."
    )
    (person,) = extract(text, dt.date(2023, 5, 20), gazetteer).new_people
    assert (person.title, person.country, person.role) == (
        "глава Канцелярии премьер-министра",
        "HU",
        "other",
    )


def test_a_welcome_told_after_the_landing_is_no_meeting(gazetteer):
    day = dt.date(2023, 5, 20)
    text = (
        "Президент Садыр Жапаров с рабочим визитом прибыл в Будапешт.\n\nБорт главы "
        "государства приземлился в международном аэропорту.\n\nПрезидента Садыра Жапарова "
        "встретил министр Венгрии Иван Петренко и другие официальные лица."
    )
    found = extract(text, day, gazetteer).events
    assert [e.type for e in found] == ["visit"]
    # (a meeting told after an arrival still is one)
    text = (
        "Реджеп Тайип Эрдоган прибыл в Москву.\n\nВладимир Путин встретил Реджепа Тайипа "
        "Эрдогана в Кремле."
    )
    assert "talks" in {e.type for e in extract(text, day, gazetteer).events}


@pytest.mark.parametrize(
    ("written", "nominative"),
    [
        ("Владимира Хандогия", "Владимир Хандогий"),
        # (a Spanish surname in -ия never declines)
        ("Луиса Гарсия", "Луиса Гарсия"),
    ],
)
def test_a_surname_in_iy_back_in_the_nominative(written, nominative):
    assert nominative_name(written) == nominative


def test_an_acting_minister_in_the_genitive_is_the_gazetteers_not_a_newcomer(gazetteer):
    text = (
        "28 июня на острове Корфу состоялась встреча и.о. министра иностранных дел Владимира "
        "Хандогия с министром иностранных дел РФ Сергеем Лавровым."
    )
    found = extract(text, dt.date(2009, 6, 28), gazetteer)
    assert not found.new_people
    assert set(found.people) == {"volodymyr-khandogiy", "sergey-lavrov"}


def test_talks_to_go_on_in_a_month_or_in_december_of_this_year_are_planned(gazetteer):
    day = dt.date(2008, 10, 17)
    text = (
        "РФ продолжит переговоры по ПРО с США через месяц\n\nРоссия и США договорились о "
        "возобновлении в декабре этого года переговоров Сергея Лаврова и Кондолизы Райс."
    )
    found = extract(text, day, gazetteer).events
    assert [(e.type, e.status, e.date) for e in found] == [
        ("talks", "planned", dt.date(2008, 12, 1))
    ]


def test_talks_only_spoken_of_are_no_talks(gazetteer):
    # "по поводу переговоров": what the ministry said it had no request about
    text = (
        "В МИД России заявили, что Москва не получила никаких обращений от Вашингтона по "
        "поводу переговоров Сергея Лаврова и Энтони Блинкена."
    )
    found = extract(text, dt.date(2022, 5, 26), gazetteer).events
    assert [e.type for e in found] == ["statement"]  # (what the ministry said, no talks)


def test_a_two_letter_initial_for_an_english_j(gazetteer):
    # "Дж. Керри" is John Kerry, in one sentence; "Государственный секретарь США" is his office
    text = (
        "Государственный секретарь США Дж. Керри 1 января стал инициатором звонка министру "
        "иностранных дел России Сергею Лаврову."
    )
    found = extract(text, dt.date(2015, 1, 1), gazetteer)
    assert set(found.people) == {"john-kerry", "sergey-lavrov"}
    assert [(e.type, e.sentence) for e in found.events] == [("phone_call", text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Государственный секретарь США позвонил Сергею Лаврову.", {"john-kerry", "sergey-lavrov"}),
        (
            "Американский госсекретарь встретился с Сергеем Лавровым.",
            {"john-kerry", "sergey-lavrov"},
        ),
        # (Kazakhstan's State Secretary is no foreign minister)
        ("Государственный секретарь Казахстана встретился с послом.", set()),
        ("Казахстанский госсекретарь встретился с послом.", set()),
    ],
)
def test_the_us_secretary_of_state_by_office(text, expected, gazetteer):
    assert set(extract(text, dt.date(2015, 1, 1), gazetteer).people) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Встреча Сергея Лаврова и Рекса Тиллерсона в Вене на полях СМИД ОБСЕ прорабатывается.",
        "Встреча главы МИД России Сергея Лаврова и госсекретаря США Рекса Тиллерсона в Вене на "
        "полях СМИД ОБСЕ состоится.",
        # a perfective's future in the clause of the trigger
        "Сергей Лавров и Рекс Тиллерсон встретятся в Вене, а особое внимание участники "
        "переговоров уделят Сирии.",
        "Участники переговоров Сергей Лавров и Рекс Тиллерсон рассмотрят ситуацию в Сирии.",
    ],
)
def test_a_meeting_whose_verb_ends_a_long_sentence_is_still_to_come(text, gazetteer):
    found = extract(text, dt.date(2017, 12, 2), gazetteer).events
    assert not [e for e in found if e.status == "current"]


def test_a_ministry_denying_reports_is_its_countrys_statement(gazetteer):
    found = extract("В МИД России опровергли сообщения о звонке.", dt.date(2022, 5, 26), gazetteer)
    assert [(e.type, dict(e.countries)) for e in found.events] == [
        ("statement", {"RU": "participant"})
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Министр посетит Султанат Оман и Эмират Катар.", set()),
        (
            "Министр встретится с султаном Омана и эмиром Катара.",
            {"qaboos-bin-said", "tamim-bin-hamad-al-thani"},
        ),
    ],
)
def test_a_sultanate_or_an_emirate_is_the_state_not_its_monarch(text, expected, gazetteer):
    assert set(extract(text, dt.date(2016, 1, 29), gazetteer).people) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Пройдут переговоры с Министром иностранных дел ОАЭ А.Аль Нахайяном.",
            {"abdullah-bin-zayed-al-nahyan"},
        ),
        # the initial of no Al Nahyan in office that day: someone the gazetteer lacks
        ("Министр иностранных дел ОАЭ Р.Аль Нахайян прибыл в Москву.", set()),
    ],
)
def test_an_initial_before_a_family_name_many_share_is_the_one_in_office(text, expected, gazetteer):
    found = extract(text, dt.date(2016, 1, 29), gazetteer)
    assert set(found.people) - {p.key for p in found.new_people} == expected


def test_the_source_opening_a_sentence_tells_of_the_talks_and_holds_none(gazetteer):
    text = (
        "Владимир Путин и Реджеп Тайип Эрдоган завершили переговоры в Сочи.\n\n"
        "Как рассказал журналистам вице-премьер Александр Новак, в ходе переговоров были "
        "достигнуты важные решения."
    )
    found = extract(text, dt.date(2022, 8, 5), gazetteer).events
    talks = [e for e in found if e.type == "talks"]
    assert len(talks) == 1
    assert {p for p, _ in talks[0].people} == {"vladimir-putin", "recep-tayyip-erdogan"}


@pytest.mark.parametrize(
    "text",
    [
        "Об этом рассказал пресс-секретарь Путина Дмитрий Песков.",
        "Об этом рассказал пресс-секретарь президента России Владимира Путина Дмитрий Песков.",
    ],
)
def test_the_spokesman_speaks_not_the_one_whose_spokesman_he_is(text, gazetteer):
    found = extract(text, dt.date(2021, 6, 16), gazetteer).events
    assert [(e.type, [p for p, _ in e.people]) for e in found] == [("statement", ["dmitry-peskov"])]


@pytest.mark.parametrize(
    "text",
    [
        "Об этом глава МИД РФ сказал в интервью журналистам двух стран.",
        "Глава МИД России заявил журналистам, что переговоры пройдут в пятницу.",
    ],
)
def test_the_head_of_the_ministry_named_by_office_speaks_not_the_ministry(text, gazetteer):
    found = extract(text, dt.date(2018, 3, 17), gazetteer).events
    assert [(e.type, [p for p, _ in e.people]) for e in found if e.type == "statement"] == [
        ("statement", ["sergey-lavrov"])
    ]


def test_a_signing_ruled_out_with_a_dash_and_no_is_no_agreement(gazetteer):
    text = (
        "«На подписание — нет, на принятие не исключаем», — сообщил пресс-секретарь Дмитрий Песков."
    )
    found = extract(text, dt.date(2021, 6, 16), gazetteer).events
    assert [e.type for e in found] == ["statement"]


def test_the_host_meeting_the_guest_at_the_aircraft_is_the_guests_visit(gazetteer):
    text = (
        "Президент Казахстана Касым-Жомарт Токаев встретил российского коллегу Владимира "
        "Путина у трапа самолета в Астане."
    )
    found = extract(text, dt.date(2024, 11, 27), gazetteer).events
    assert [(e.type, dict(e.people)) for e in found] == [
        ("visit", {"vladimir-putin": "visitor", "kassym-jomart-tokayev": "host"})
    ]


def test_met_with_at_the_airport_in_russian_is_a_meeting(gazetteer):
    text = (
        "В аэропорту города Баку Нурсултан Назарбаев встретился с президентом Кыргызстана "
        "Сооронбаем Жээнбековым."
    )
    found = extract(text, dt.date(2019, 10, 14), gazetteer).events
    assert [e.type for e in found] == ["talks"]


def test_a_guest_met_at_the_aircraft_has_arrived_whatever_was_said_on_the_eve(gazetteer):
    text = (
        "Президент Казахстана Касым-Жомарт Токаев встретил российского коллегу Владимира "
        "Путина у трапа самолета в Астане. Накануне визита в газете появилась статья "
        "Владимира Путина."
    )
    found = extract(text, dt.date(2024, 11, 27), gazetteer).events
    assert [(e.type, e.status) for e in found if e.type == "visit"] == [("visit", "current")]


@pytest.mark.parametrize(
    "text",
    [
        "В аэропорту имени Гейдара Алиева Назарбаев встретился с Жээнбековым.",
        "Назарбаев посетил Фонд Гейдара Алиева.",
    ],
)
def test_a_place_or_a_body_named_after_someone_names_no_one(text, gazetteer):
    assert "heydar-aliyev" not in extract(text, dt.date(2019, 10, 14), gazetteer).people


def test_a_meeting_with_an_ambassador_left_unnamed_takes_no_main_person(gazetteer):
    text = (
        "Глава МИД Казахстана встретился с послом России в Астане.\n\n"
        "Президент Токаев провел в среду заседание правительства.\n\n"
        "Глава казахстанского внешнеполитического ведомства Мурат Нуртлеу встретился с "
        "послом России в Казахстане Алексеем Бородавкиным."
    )
    found = extract(text, dt.date(2024, 2, 9), gazetteer).events
    assert [sorted(p for p, _ in e.people) for e in found if e.type == "talks"] == [
        ["aleksey-borodavkin", "murat-nurtleu"]
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Дмитрий Медведев договорился с Бараком Обамой провести встречу без промедлений.",
        "«Мы договорились с избранным президентом США, что мы проведем нашу встречу без "
        "промедлений», - заявил Дмитрий Медведев.",
    ],
)
def test_a_meeting_agreed_on_is_still_to_come(text, gazetteer):
    found = extract(text, dt.date(2008, 11, 13), gazetteer).events
    assert not [e for e in found if e.type == "talks" and e.status == "current"]


def test_what_a_meeting_will_take_up_is_that_meeting(gazetteer):
    text = (
        "Владимир Путин и Касым-Жомарт Токаев обсудят на встрече в воскресенье, 15 июля, "
        "двустороннее сотрудничество."
    )
    found = extract(text, dt.date(2018, 7, 14), gazetteer).events
    assert [(e.type, e.status, e.date) for e in found] == [
        ("talks", "planned", dt.date(2018, 7, 15))
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Касым-Жомарт Токаев во время визита в Россию рассчитывает встретиться с Путиным.",
        "Во время визита Касым-Жомарт Токаев хочет встретиться с Владимиром Путиным.",
    ],
)
def test_a_meeting_hoped_for_is_still_to_come(text, gazetteer):
    found = extract(text, dt.date(2018, 7, 7), gazetteer).events
    assert not [e for e in found if e.status == "current"]


def test_a_congratulation_on_what_starts_later_is_the_days(gazetteer):
    text = (
        "Владимир Путин поздравил Касым-Жомарта Токаева со стартующим 20 ноября в его стране "
        "чемпионатом."
    )
    found = extract(text, dt.date(2022, 11, 18), gazetteer).events
    assert [(e.type, e.status, e.date) for e in found] == [
        ("congratulation", "current", dt.date(2022, 11, 18))
    ]


def test_a_guest_met_in_the_passive_on_arrival_is_no_meeting(gazetteer):
    text = (
        "Касым-Жомарт Токаев бесшумно прилетел, зримо встречен был вице-премьером Денисом "
        "Мантуровым."
    )
    found = extract(text, dt.date(2025, 4, 17), gazetteer).events
    assert "talks" not in {e.type for e in found}


def test_an_arab_name_with_its_article_is_read_whole_and_in_the_nominative(gazetteer):
    assert nominative_name("Маджида бен Мухаммеда аль-Ансари") == "Маджид бен Мухаммед аль-Ансари"
    assert nominative_name("Маджид бен Мухаммед аль-Ансари") == "Маджид бен Мухаммед аль-Ансари"
    text = (
        "Как сообщил официальный представитель МИД Катара Маджид бен Мухаммед аль-Ансари, "
        "визит состоится."
    )
    (person,) = extract(text, dt.date(2023, 6, 22), gazetteer).new_people
    assert person.name == "Madzhid ben Mukhammed al-Ansari"
    text = "Слова посла Катара в Москве Фахада Мухаммеда аль-Аттыйя цитирует агентство."
    (person,) = extract(text, dt.date(2018, 7, 7), gazetteer).new_people
    assert person.name == "Fakhad Mukhammed al-Attyyya"


def test_a_foreign_mans_name_after_a_title_in_the_genitive_comes_back_in_the_nominative(
    gazetteer,
):
    assert nominative_name("Стивена Уиткоффа", genitive=True) == "Стивен Уиткофф"
    assert nominative_name("Марта Хельме", genitive=True) == "Марта Хельме"  # (indeclinable)
    text = (
        "Захарова прокомментировала сообщения о возможном визите в Москву спецпосланника США "
        "по Ближнему Востоку Джона Роудмана."
    )
    names = {p.name for p in extract(text, dt.date(2025, 3, 10), gazetteer).new_people}
    assert names == {"John Roudman"}


def test_whom_the_callers_spoke_of_is_no_side_of_the_call(gazetteer):
    text = (
        "17 августа Токаев и президент РФ Владимир Путин провели телефонный разговор, в ходе "
        "которого российский лидер рассказал о встрече с президентом США Дональдом Трампом."
    )
    (call,) = [e for e in extract(text, dt.date(2025, 9, 28), gazetteer).events]
    assert call.type == "phone_call"
    assert {p for p, _ in call.people} == {"kassym-jomart-tokayev", "vladimir-putin"}


def test_a_visit_being_prepared_for_is_to_come_in_its_month(gazetteer):
    text = "Большое мероприятие готовится к визиту Токаева в Россию в ноябре."
    (visit,) = [e for e in extract(text, dt.date(2025, 9, 29), gazetteer).events]
    assert (visit.type, visit.status, visit.date) == ("visit", "planned", dt.date(2025, 11, 1))


def test_the_sides_of_a_call_discussing_is_the_call_not_a_meeting(gazetteer):
    text = (
        "26 сентября Токаев провел телефонные переговоры с президентом РФ Владимиром "
        "Путиным. Политики обсудили перспективы сотрудничества. Министр иностранных дел "
        "Ермек Кошербаев сообщил об этом журналистам, а Ермек Кошербаев добавил подробности."
    )
    found = extract(text, dt.date(2025, 9, 29), gazetteer).events
    assert [e.type for e in found if e.type != "statement"] == ["phone_call"]
    assert len(found[0].sentences) == 2  # both sentences report it


def test_a_senator_is_an_official(gazetteer):
    text = "Ранее сенатор Иван Петров заявил, что Киев игнорирует позицию ООН."
    found = {(p.name, p.title) for p in extract(text, dt.date(2023, 8, 2), gazetteer).new_people}
    assert found == {("Ivan Petrov", "сенатор")}


def test_a_talk_with_the_media_is_no_meeting(gazetteer):
    text = "В беседе со СМИ замглавы МИД РФ Иван Петров заявил, что Киев не хочет мира."
    found = extract(text, dt.date(2022, 2, 28), gazetteer).events
    assert not [e for e in found if e.type == "talks"]


def test_an_indian_foreign_minister_of_2012_by_his_initial_in_russian(gazetteer):
    text = "С. Кришна с 7 по 9 февраля находится в Китае для участия в церемонии."
    assert "s-m-krishna" in extract(text, dt.date(2012, 2, 9), gazetteer).people


@pytest.mark.parametrize(
    ("sentence", "agreed"),
    [
        ("Было достигнуто соглашение о совместном использовании водных ресурсов.", True),
        ("По итогам встречи было заключено соглашение о сотрудничестве.", True),
        ("Соглашение о сотрудничестве было заключено по итогам встречи.", True),
        ("Стороны достигли договоренности о безвизовом режиме.", True),
        ("Стороны не достигли соглашения.", False),
    ],
)
def test_an_agreement_reached_or_concluded(sentence, agreed, gazetteer):
    text = (
        "Министр иностранных дел Казахстана Мурат Нуртлеу провел переговоры с главой МИД "
        "Узбекистана Бахтиёром Саидовым в Астане. " + sentence
    )
    found = _events(text, gazetteer, dt.date(2024, 6, 11))
    assert ("agreement" in [kind for kind, *_ in found]) is agreed


def test_an_aides_boss_named_by_title_is_no_one_present(gazetteer):
    text = (
        "Министр иностранных дел Кыргызстана Жээнбек Кулубаев принял помощника Государственного "
        "секретаря США по делам Центральной и Южной Азии Дональда Лу."
    )
    found = extract(text, dt.date(2023, 4, 24), gazetteer)
    assert "antony-blinken" not in found.people
    # (a foreign surname ending in a vowel never changes; the given name in the genitive does)
    assert [p.name for p in found.new_people] == ["Donald Lu"]


def test_greetings_received_from_someone_are_theirs(gazetteer):
    text = (
        "Президент России Владимир Путин получает поздравления с днем рождения от "
        "премьер-министра Индии Нарендры Моди."
    )
    given = next(e for e in extract(text, dt.date(2025, 10, 7), gazetteer).events)
    assert dict(given.people) == {"narendra-modi": "giver", "vladimir-putin": "recipient"}


def test_greetings_during_a_call_go_from_its_subject_to_the_one_called(gazetteer):
    text = (
        "Президент России Владимир Путин провел телефонный разговор с белорусским лидером "
        "Александром Лукашенко, в ходе которого поздравил его с днем рождения."
    )
    found = extract(text, dt.date(2021, 8, 30), gazetteer)
    given = next(e for e in found.events if e.type == "congratulation")
    assert dict(given.people) == {
        "vladimir-putin": "giver",
        "alexander-lukashenko": "recipient",
    }


def test_a_call_not_planned_is_none(gazetteer):
    text = (
        "Президент России Владимир Путин и президент США Дональд Трамп не планируют проводить "
        "разговор по телефону 7 октября."
    )
    assert extract(text, dt.date(2025, 10, 7), gazetteer).events == ()


def test_the_one_named_before_a_plural_greeting_verb_receives_it(gazetteer):
    text = "Путина поздравили с днем рождения президент Казахстана Касым-Жомарт Токаев."
    given = next(e for e in extract(text, dt.date(2025, 10, 7), gazetteer).events)
    assert dict(given.people) == {
        "kassym-jomart-tokayev": "giver",
        "vladimir-putin": "recipient",
    }


def test_the_one_named_before_a_greeting_verb_with_a_titled_subject_after_receives_it(gazetteer):
    text = "С праздником Наурыз Токаева поздравил также президент Таджикистана Эмомали Рахмон."
    given = next(e for e in extract(text, dt.date(2019, 3, 22), gazetteer).events)
    assert dict(given.people) == {
        "emomali-rahmon": "giver",
        "kassym-jomart-tokayev": "recipient",
    }


def test_one_called_in_the_dative_then_greeted_receives_the_greetings(gazetteer):
    text = "Президенты разных стран позвонили Касым-Жомарту Токаеву и поздравили с праздником."
    given = [e for e in extract(text, dt.date(2019, 3, 22), gazetteer).events]
    assert [dict(e.people) for e in given if e.type == "congratulation"] == [
        {"kassym-jomart-tokayev": "recipient"}
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Токаев и Эрдоган провели телефонный разговор. Президенты поздравили друг друга с "
        "праздником Наурыз.",
        "Токаев обменялся поздравлениями с Эрдоганом по случаю Наурыза.",
    ],
)
def test_greetings_given_each_other_or_exchanged_are_both_sides(text, gazetteer):
    found = extract(text, dt.date(2019, 3, 22), gazetteer).events
    given = next(e for e in found if e.type == "congratulation")
    assert dict(given.people) == {
        "kassym-jomart-tokayev": "participant",
        "recep-tayyip-erdogan": "participant",
    }


def test_a_summit_of_the_presidents_is_theirs_not_the_ministers_told_of(gazetteer):
    text = (
        "Сергей Лавров и Майк Помпео проводят переговоры в Хельсинки параллельно с саммитом "
        "президентов России и США."
    )
    found = extract(text, dt.date(2018, 7, 16), gazetteer).events
    summit = next(e for e in found if e.type == "summit")
    assert set(dict(summit.people)) == {"vladimir-putin", "donald-trump"}


def test_official_capital_is_its_government_not_a_venue(gazetteer):
    text = "Токаев провел беседу с Рахмоном. Беседа прошла по предложению официального Душанбе."
    talks = next(e for e in extract(text, dt.date(2019, 3, 22), gazetteer).events)
    assert talks.place is None


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Токаев и Мирзиёев подписали ряд двусторонних документов.",
            "a number of bilateral documents",
        ),
        ("Токаев и Мирзиёев подписали пакет документов.", "a number of documents"),
    ],
)
def test_documents_left_unnamed_are_told_in_the_archives_words(text, subject, gazetteer):
    (signed,) = extract(text, dt.date(2024, 2, 13), gazetteer).events
    assert signed.subject == subject


def test_what_is_said_at_a_press_conference_is_a_statement_there(gazetteer):
    text = (
        "Беседа была полезной, заявил Сергей Лавров на пресс-конференции по итогам встречи в "
        "Анкаре."
    )
    statements = [e for e in extract(text, DAY, gazetteer).events if e.type == "statement"]
    assert [dict(e.people) for e in statements] == [{"sergey-lavrov": "participant"}]


def test_a_visit_the_talks_were_part_of_is_on_their_day(gazetteer):
    text = (
        "3 марта министр иностранных дел Российской Федерации Сергей Лавров провел переговоры "
        "с министром иностранных дел Республики Узбекистан Бахтиёром Саидовым в рамках его "
        "рабочего визита в Москву."
    )
    (visit,) = [
        e for e in extract(text, dt.date(2025, 3, 20), gazetteer).events if e.type == "visit"
    ]
    assert (visit.date, visit.status) == (dt.date(2025, 3, 3), "background")


def test_what_is_done_in_the_run_up_to_a_visit_makes_no_visit(gazetteer):
    text = (
        "Министры обсудили вопросы двусторонних отношений в преддверии визита Касым-Жомарта "
        "Токаева в Ташкент."
    )
    assert "visit" not in {e.type for e in extract(text, dt.date(2025, 3, 20), gazetteer).events}


def test_a_summit_documents_are_still_to_be_adopted_at_is_still_to_come(gazetteer):
    text = (
        "Лавров и Камилов провели обзор перечня документов, подлежащих принятию на полях "
        "российско-узбекистанского саммита."
    )
    assert "summit" not in {e.type for e in extract(text, dt.date(2025, 3, 20), gazetteer).events}


def test_the_state_right_after_an_envoys_title_sends_them(gazetteer):
    text = "Посол РФ Мали и Республике Нигер Игорь Громыко награжден орденом Дружбы."
    (person,) = extract(text, dt.date(2024, 11, 21), gazetteer).new_people
    assert (person.name, person.country) == ("Igor Gromyko", "RU")


@pytest.mark.parametrize(
    "text",
    [
        "Россия и Белоруссия нарастили торговлю. Встреча президентов двух стран состоялась в "
        "Минске.",
        "Путин отметил рост товарооборота России и Белоруссии. Встреча президентов стран "
        "проходит во Дворце независимости в Минске. В Белоруссию прилетел и министр обороны "
        "России Сергей Шойгу.",
        # (the only two countries named, however far back)
        "Товарооборот России и Белоруссии растет.\n\nПутин отметил, что страны могут поставить "
        "рекорд. Он напомнил, что оборот начал расти еще в прошлом году. Тогда он достиг "
        "высокого уровня. Рост продолжился и в этом году, и это очень хорошо. Есть основания "
        "ожидать нового рекорда.\n\nВстреча президентов стран проходит во Дворце "
        "независимости в Минске.",
    ],
)
def test_the_presidents_of_the_two_countries_are_their_holders(text, gazetteer):
    found = extract(text, dt.date(2022, 12, 19), gazetteer)
    assert {"vladimir-putin", "alexander-lukashenko"} <= set(found.people)
    talks = [e for e in found.events if e.type == "talks"]
    assert [sorted(p for p, _ in e.people) for e in talks] == [
        ["alexander-lukashenko", "vladimir-putin"]
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Путин переговорил с Эрдоганом о торговле.\n\nПрезидент России Владимир Путин провёл "
        "телефонную беседу со своим турецким коллегой Реджепом Тайипом Эрдоганом.",
        "В ходе телефонной беседы Путин и Эрдоган обсудили торговлю.",
    ],
)
def test_a_telephone_conversation_called_a_beseda_is_a_call(text, gazetteer):
    found = extract(text, dt.date(2020, 4, 21), gazetteer).events
    assert [e.type for e in found] == ["phone_call"]


def test_a_counterpart_from_a_country_is_its_holder_of_the_same_office(gazetteer):
    _, people = found("Владимир Путин провел встречу в Кремле с коллегой из Казахстана.", gazetteer)
    assert "kassym-jomart-tokayev" in people


def test_an_arab_name_after_with_is_read_back_from_the_instrumental():
    assert (
        nominative_name("Хамадом бин Абдуллой аль-Рашиди", instrumental=True)
        == "Хамад бин Абдулла аль-Рашиди"
    )
    # (not every name ends so outside the instrumental)
    assert nominative_name("Хамадом бин Абдуллой аль-Рашиди") == "Хамадом бин Абдуллой аль-Рашиди"


def test_one_at_the_head_of_a_countrys_delegation_is_of_that_country(gazetteer):
    text = (
        "Президент Шавкат Мирзиёев провел встречу с делегацией Королевства Таиланд во главе с "
        "министром торговли Сомчаем Прасертом."
    )
    found = extract(text, DAY, gazetteer)
    assert [(p.country, p.title) for p in found.new_people] == [("TH", "министр торговли")]


@pytest.mark.parametrize(
    "text",
    [
        "В Министерстве иностранных дел Казахстана заявили, что нападение на посольство "
        "Чили требует тщательного расследования.",
        "МИД Казахстана заявил, что нападение на посольство Чили требует тщательного "
        "расследования.",
    ],
)
def test_a_ministry_saying_by_its_full_name_or_as_the_subject_is_its_countrys(text, gazetteer):
    found = extract(text, dt.date(2022, 8, 5), gazetteer).events
    assert [(e.type, dict(e.countries)) for e in found] == [("statement", {"KZ": "participant"})]


def test_a_foreign_given_name_in_the_instrumental_before_a_surname_that_never_changes(
    gazetteer,
):
    assert nominative_name("Клеопасом Дламини", instrumental=True) == "Клеопас Дламини"
    text = (
        "Запланированы встречи с главным секретарём, и.о. министра обороны, премьер-министром "
        "королевства Клеопасом Дламини."
    )
    assert "cleopas-dlamini" in extract(text, dt.date(2023, 1, 24), gazetteer).people


def test_the_country_visited_after_the_kind_of_visit_is_its_host(gazetteer):
    text = "Глава МИД России Сергей Лавров посетил с официальным визитом Беларусь."
    (visit,) = extract(text, dt.date(2023, 1, 19), gazetteer).events
    assert dict(visit.countries) == {"BY": "host", "RU": "visitor"}


def test_a_capital_in_the_instrumental_is_a_place(gazetteer):
    text = "Министр отметил, что между Москвой и Пекином поддерживается тесный диалог."
    assert {"moscow-ru", "beijing-cn"} <= set(extract(text, DAY, gazetteer).places)


def test_the_place_a_meeting_was_held_in_is_its_venue_not_the_capitals_it_was_between(
    gazetteer,
):
    text = (
        "Сергей Лавров напомнил об этом. Первая встреча между Москвой и Киевом прошла 16 мая "
        "2025 года в Стамбуле."
    )
    (talks,) = extract(text, dt.date(2025, 5, 28), gazetteer).events
    assert talks.place == "istanbul-tr"


def test_capitals_a_meeting_was_between_are_its_sides(gazetteer):
    text = (
        "Сергей Лавров напомнил об этом. Первая встреча между Москвой и Киевом прошла 16 мая "
        "2025 года в Стамбуле."
    )
    (talks,) = extract(text, dt.date(2025, 5, 28), gazetteer).events
    assert set(dict(talks.countries)) == {"RU", "UA"}


@pytest.mark.parametrize(
    ("name", "nominative"),
    [
        ("Аркадия Дворковича", "Аркадий Дворкович"),
        ("Александром Вучичем", "Александр Вучич"),
        ("Александра Вучича", "Александр Вучич"),
    ],
)
def test_a_surname_in_ich_back_in_the_nominative(name, nominative):
    assert nominative_name(name) == nominative


def test_the_one_named_after_the_visit_in_the_genitive_makes_it(gazetteer):
    text = (
        "Официальный представитель МИД Джейн Роу отказалась раскрывать повестку визита "
        "министра иностранных дел Индии Субраманьяма Джайшанкара в Россию."
    )
    found = extract(text, dt.date(2025, 8, 5), gazetteer).events
    (visit,) = [e for e in found if e.type == "visit"]
    assert dict(visit.people).get("subrahmanyam-jaishankar") == "visitor"


def test_the_head_of_a_press_service_hosts_no_visit(gazetteer):
    text = (
        "Глава пресс-службы Госдепартамента Джейн Роу отказалась раскрывать повестку визита "
        "министра иностранных дел Индии Субраманьяма Джайшанкара в Россию."
    )
    found = extract(text, dt.date(2025, 8, 5), gazetteer).events
    (visit,) = [e for e in found if e.type == "visit"]
    assert dict(visit.people) == {"subrahmanyam-jaishankar": "visitor"}


def test_the_likelihood_of_a_meeting_is_no_meeting(gazetteer):
    text = (
        "Вчера, отвечая на вопрос о вероятности встречи Владимира Путина с Нарендрой Моди на "
        'этой неделе, Дмитрий Песков сказал: "Мы не исключаем возможности проведения такой '
        'встречи".'
    )
    found = extract(text, dt.date(2025, 8, 5), gazetteer).events
    assert not [e for e in found if e.type == "talks"]


@pytest.mark.parametrize(
    "text",
    [
        "Песков: в России ждут визита Джайшанкара на следующей неделе",
        "Дмитрий Песков сообщил, что визит Субраманьяма Джайшанкара состоится на следующей неделе.",
    ],
)
def test_a_visit_awaited_or_next_week_is_a_plan(text, gazetteer):
    found = extract(text, dt.date(2025, 11, 26), gazetteer).events
    assert not [e for e in found if e.type == "visit" and e.status == "current"]


def test_an_award_told_first_with_its_recipients_unnamed_is_the_one_told_after(gazetteer):
    text = (
        "Путин наградил орденом Дружбы послов России в Мали и Анголе.\n\n"
        "Как отмечается в указе, посол в Мали Иван Петров и посол в Анголе Пётр Сидоров "
        "награждены орденом Дружбы."
    )
    found = extract(text, dt.date(2024, 11, 21), gazetteer).events
    (award,) = [e for e in found if e.type == "award"]
    recipients = {p for p, role in award.people if role == "recipient"}
    assert recipients == {"ivan-petrov", "pyotr-sidorov"}


def test_visits_one_recalls_having_made_are_no_news(gazetteer):
    text = (
        "Вспомнив свои официальные визиты в Китай, президент Ильхам Алиев подчеркнул, что "
        "сотрудничество вступило в новый этап."
    )
    found = extract(text, dt.date(2019, 3, 13), gazetteer).events
    assert not [e for e in found if e.type == "visit" and e.status == "current"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Президент принял посла КНР Го Мина.", "Guo Ming"),
        ("Президент встретился с послом КНР Го Мином.", "Guo Ming"),
        ("Президент принял специального помощника министра КНР Ву Хайлонга.", "Vu Khaylong"),
    ],
)
def test_a_chinese_given_name_declined_in_russian_is_read_in_the_nominative(text, name, gazetteer):
    found = extract(text, dt.date(2019, 3, 13), gazetteer).new_people
    assert [p.name for p in found] == [name]


@pytest.mark.parametrize("text", ["Визит прошел с 7 по 9 мая.", "Визит прошел с 7 до 9 мая."])
def test_a_russian_span_of_days_from_one_to_another_starts_on_the_first(text):
    from archive.ingest.extract.dates import find_dates

    (mention,) = find_dates(text, dt.date(2023, 5, 10))
    assert (mention.date, mention.until) == (dt.date(2023, 5, 7), dt.date(2023, 5, 9))


def test_a_teller_who_adds_something_after_telling_is_no_party(gazetteer):
    text = (
        "Президент России Владимир Путин посетит Пекин 2-3 сентября и проведет переговоры с "
        "председателем Китая Си Цзиньпином, сообщил посол России в КНР Андрей Денисов, "
        "отметив, что документы по газу пока под вопросом."
    )
    found = extract(text, dt.date(2015, 8, 20), gazetteer).events
    assert not [e for e in found if "andrey-denisov" in dict(e.people)]


def test_where_a_congratulated_meeting_was_is_not_where_the_congratulation_was(gazetteer):
    text = (
        "Состоялся телефонный разговор Касым-Жомарта Токаева с Владимиром Путиным. Токаев "
        "поздравил Путина с успешными итогами встречи с Дональдом Трампом в Анкоридже."
    )
    (congratulation,) = [
        e
        for e in extract(text, dt.date(2025, 8, 18), gazetteer).events
        if e.type == "congratulation"
    ]
    assert congratulation.place is None


def test_condolences_told_object_first_are_from_those_named_after_the_verb(gazetteer):
    text = (
        "Свои соболезнования Касым-Жомарту Токаеву направили Владимир Путин и Александр Лукашенко."
    )
    (condolence,) = extract(text, dt.date(2023, 6, 12), gazetteer).events
    assert dict(condolence.people) == {
        "kassym-jomart-tokayev": "recipient",
        "vladimir-putin": "giver",
        "alexander-lukashenko": "giver",
    }


def test_documents_exchanged_are_named_in_the_nominative(gazetteer):
    text = (
        "Касым-Жомарт Токаев провел переговоры с Шавкатом Мирзиёевым в Ташкенте. Стороны "
        "обменялись подписанными документами."
    )
    (agreement,) = [
        e for e in extract(text, dt.date(2024, 5, 14), gazetteer).events if e.type == "agreement"
    ]
    assert agreement.subject in {"документы", "подписанные документы"}


@pytest.mark.parametrize(
    ("written", "nominative"),
    [("Айдоса Укибая", "Айдос Укибай"), ("Ерлана Нысанбая", "Ерлан Нысанбай")],
)
def test_a_surname_in_ai_after_a_title_in_the_genitive(written, nominative):
    assert nominative_name(written, genitive=True) == nominative


def test_a_press_secretary_in_the_genitive_is_named_and_titled_in_the_nominative(gazetteer):
    text = (
        "На этой неделе состоится поездка Главы государства в Китай, передаёт корреспондент со "
        "ссылкой на пресс-секретаря Президента Казахстана Айдоса Укибая."
    )
    (newcomer,) = extract(text, dt.date(2018, 6, 5), gazetteer).new_people
    assert (newcomer.name, newcomer.title) == ("Aydos Ukibay", "пресс-секретарь")


def test_the_likelihood_of_a_meeting_this_week_is_no_plan_either(gazetteer):
    text = "Песков ответил на вопрос о вероятности встречи Путина с Моди на этой неделе."
    found = extract(text, dt.date(2025, 8, 5), gazetteer).events
    assert not [e for e in found if e.type == "talks" and e.date_precision == "week"]


def test_an_award_named_after_a_chinese_envoys_name_is_no_part_of_it(gazetteer):
    text = (
        "Президент России Владимир Путин наградил Чрезвычайного и Полномочного Посла Китайской "
        "Народной Республики в Российской Федерации Ли Хуэя Орденом дружбы."
    )
    found = extract(text, dt.date(2019, 7, 10), gazetteer)
    assert [n.name for n in found.new_people] == ["Li Hui"]
    (award,) = found.events
    assert dict(award.people) == {"li-hui": "recipient", "vladimir-putin": "giver"}


@pytest.mark.parametrize(
    ("written", "instrumental", "genitive", "nominative"),
    [
        ("Мохаммада Реза Рахими", False, True, "Мохаммад Реза Рахими"),
        ("Мохаммадом Реза Рахими", True, False, "Мохаммад Реза Рахими"),
        # (a surname in a vowel with a given name that does not change is left as it is)
        ("Али Наджафи Хошруди", False, True, "Али Наджафи Хошруди"),
    ],
)
def test_a_given_name_before_a_foreign_surname_in_a_vowel_comes_back(
    written, instrumental, genitive, nominative
):
    assert nominative_name(written, instrumental, genitive) == nominative
