"""Tests for app.extract.speakers: names, their case forms, roles and the per-article registry.

Every sentence is real (from the dev articles in tests/data/articles) or written in Kazinform's
house style; expectations are what the gold annotations (tests/data/gold) say about them.
"""

from __future__ import annotations

import pytest

from app.extract.speakers import (
    attached_role,
    build_registry,
    fold,
    kk_strip_case,
    lower_same_length,
    name_segments,
    role_classes,
    ru_to_nominative,
    surname_key,
)

# --------------------------------------------------------------------------- Kazakh case


@pytest.mark.parametrize(
    ("word", "stem", "case"),
    [
        ("Назаровтың", "Назаров", "gen"),  # seed: -тың after the devoiced -в
        ("Тоқаевтың", "Тоқаев", "gen"),
        ("Нұрышевтің", "Нұрышев", "gen"),  # front-harmony writer's choice is accepted
        ("Әлназарованың", "Әлназарова", "gen"),  # -ның after a vowel: the woman's -ова stays
        ("Құдайбергеннің", "Құдайберген", "gen"),  # -нің after н
        ("Желдибайдың", "Желдибай", "gen"),  # -дың after й
        ("Көшербаевты", "Көшербаев", "acc"),
        ("Малининді", "Малинин", "acc"),
        ("Назаровқа", "Назаров", "dat"),
        ("Смайыловтан", "Смайылов", "abl"),
        ("Кулубаевпен", "Кулубаев", "ins"),
        ("Ташкентте", "Ташкент", "loc"),
    ],
)
def test_kk_strip_case_removes_one_case_suffix(word: str, stem: str, case: str) -> None:
    assert kk_strip_case(word) == (stem, case)


@pytest.mark.parametrize(
    "word",
    [
        "Назаров",  # nominative
        "Балаева",  # a woman's nominative: Kazakh has no bare -а case
        "Ақмарал",
        "Нұрбек",
        "Асқар",
        "Ербол",
        "министр",
    ],
)
def test_kk_strip_case_leaves_nominatives(word: str) -> None:
    assert kk_strip_case(word) == (word, "nom")


def test_kk_strip_case_checks_assimilation() -> None:
    # -тың needs a voiceless stem end: "Смайыл+тың" would be wrong, so "Смайылтың" is no case
    # form of "Смайыл"; -дың after л is the right allomorph.
    assert kk_strip_case("Смайылдың") == ("Смайыл", "gen")
    assert kk_strip_case("Смайылтың") == ("Смайылтың", "nom")


# --------------------------------------------------------------------------- Russian case


@pytest.mark.parametrize(
    ("word", "case", "gender", "first", "expected"),
    [
        # "по словам Шаккалиева": a man's genitive
        ("Шаккалиева", "gen", None, False, "Шаккалиев"),
        # "заявила Шаккалиева": a woman's nominative stays as it is
        ("Шаккалиева", "nom", "f", False, "Шаккалиева"),
        ("Балаевой", "gen", "f", False, "Балаева"),
        ("Жумангарина", "gen", None, False, "Жумангарин"),
        ("Желдибая", "gen", None, False, "Желдибай"),
        ("Нуртлеу", "gen", None, False, "Нуртлеу"),  # indeclinable
        ("Мирзиёева", "gen", None, False, "Мирзиёев"),  # ё kept in the display form
        ("Ербола", "gen", None, True, "Ербол"),  # "министра ... Ербола Карашукеева"
        ("Аиды", "gen", "f", True, "Аида"),
        ("Шавката", "gen", None, True, "Шавкат"),
        ("Муратом", "ins", None, True, "Мурат"),  # "с главой МИД Муратом Нуртлеу"
        ("Мырзабосыновым", "ins", None, False, "Мырзабосынов"),
    ],
)
def test_ru_to_nominative(word: str, case: str, gender: str | None, first: bool, expected: str) -> None:
    assert ru_to_nominative(word, case, gender, first) == expected


# --------------------------------------------------------------------------- keys


@pytest.mark.parametrize(
    ("forms", "lang"),
    [
        (("Назаров", "Назаровтың", "Назаровқа"), "kk"),
        (("Әлназарова", "Әлназарованың"), "kk"),
        (("Шаккалиев", "Шаккалиева", "Шаккалиеву", "Шаккалиевым"), "ru"),
        (("Балаева", "Балаевой"), "ru"),
        (("Желдибай", "Желдибая", "Желдибаем"), "ru"),
        (("Tokayev", "Tokayev's", "Tokayev’s"), "en"),
        (("Myrzabossynov", "Myrzabossynov"), "en"),
    ],
)
def test_surname_key_joins_all_forms_of_a_surname(forms: tuple[str, ...], lang: str) -> None:
    assert len({surname_key(f, lang) for f in forms}) == 1


def test_surname_key_keeps_different_surnames_apart() -> None:
    assert surname_key("Назаров", "kk") != surname_key("Нұрышев", "kk")
    assert surname_key("Жумангарин", "ru") != surname_key("Ходжаев", "ru")


def test_fold_and_lower_same_length() -> None:
    assert fold("Мирзиёев") == "мирзиеев"
    text = "Шавката Мирзиёева İstanbul"
    assert len(lower_same_length(text)) == len(text)


# --------------------------------------------------------------------------- name spotting


def _names(text: str, lang: str) -> list[tuple[str, ...]]:
    return [occ.tokens for occ in name_segments(text, lang, 0) if len(occ.tokens) > 1]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # kk_dev_03: a case-marked word ends a name; a country and a role split the run
        ("kk", "Сапар барысында Ермек Көшербаевты Қырғызстан Президенті Садыр Жапаров қабылдады.",
         [("Ермек", "Көшербаевты"), ("Садыр", "Жапаров")]),
        # seed: the role and the genitive name stay apart
        ("kk", "Мұндай пікірді Президент Қасым-Жомарт Тоқаевтың Өзбекстанға мемлекеттік сапары "
               "қарсаңында белді саясаттанушы Равшан Назаров білдірді.",
         [("Қасым-Жомарт", "Тоқаевтың"), ("Равшан", "Назаров")]),
        # acronyms (СІМ, ҚР) are never names
        ("kk", "- Біз барлық күш-жігерімізді саламыз, - деді Қазақстан СІМ басшысы.", []),
        # ru_dev_02: country genitive before the name is dropped
        ("ru", "заместитель премьер-министра – министр торговли и интеграции Казахстана Серик "
               "Жумангарин и заместитель премьер-министра Узбекистана Жамшид Ходжаев согласовали",
         [("Серик", "Жумангарин"), ("Жамшид", "Ходжаев")]),
        # ru_dev_01: a possessor surname before "First Last" is not part of the name
        ("ru", "личный тренер Балкибековой Долкунжан Камеков и наставник Султангали Райымбек Габиден.",
         [("Долкунжан", "Камеков"), ("Райымбек", "Габиден")]),
        # en_dev_02: title words, "of" and the country are not part of the name
        ("en", "Deputy Prime Minister and Foreign Minister of Kazakhstan Murat Nurtleu said after talks "
               "with Russian Foreign Minister Sergey Lavrov in Moscow on Tuesday.",
         [("Murat", "Nurtleu"), ("Sergey", "Lavrov")]),
    ],
)
def test_name_segments(lang: str, text: str, expected: list[tuple[str, ...]]) -> None:
    assert _names(text, lang) == expected


def test_name_segments_is_case_sensitive() -> None:
    # Lower-case words are never names, however name-like: capitalisation is the signal.
    assert name_segments("сөз басында сарапшы атап өткендей, кейінгі жылдары", "kk", 0) == []


# --------------------------------------------------------------------------- roles


@pytest.mark.parametrize(
    ("lang", "text", "name", "role"),
    [
        ("kk", "Kazinform тілшісіне сұхбат берген белді саясаттанушы Равшан Назаров білдірді.",
         "Равшан", "саясаттанушы"),
        ("kk", "Салтанатты рәсімге Мәдениет және ақпарат министрі Аида Балаева қатысты.",
         "Аида", "мәдениет және ақпарат министрі"),
        ("kk", "Бұл туралы Үкімет отырысында Денсаулық сақтау министрі Ақмарал Әлназарова мәлім етті.",
         "Ақмарал", "денсаулық сақтау министрі"),
        ("kk", "Мұндай деректі Қазақстанның ҚХР-дағы Төтенше және өкілетті елшісі Шахрат Нұрышев келтірді.",
         "Шахрат", "елші"),
        ("kk", "Қазақстан Сыртқы істер министрі Ермек Көшербаев Қырғызстанға барды.",
         "Ермек", "сыртқы істер министрі"),
        ("kk", "Kazinform тілшісі мұнай-газ саласының сарапшысы Асқар Смайыловтан сұрады.",
         "Асқар", "сарапшы"),
        ("ru", "На полях бизнес-форума заместитель премьер-министра – министр торговли и интеграции "
               "Казахстана Серик Жумангарин согласовал проекты.",
         "Серик", "заместитель премьер-министра – министр торговли и интеграции"),
        ("ru", "Помощник Президента – пресс-секретарь Руслан Желдибай в своем Telegram-канале отметил",
         "Руслан", "помощник президента – пресс-секретарь"),
        ("ru", "По словам министра сельского хозяйства Ербола Карашукеева, экспорт вырос.",
         "Ербола", "министр сельского хозяйства"),
        ("ru", "Президент Касым-Жомарт Токаев принял участие в церемонии.", "Касым-Жомарт", "президент"),
        ("en", "bring their mutual trade to $30 billion in the near future, Deputy Prime Minister and "
               "Foreign Minister of Kazakhstan Murat Nurtleu said",
         "Murat", "deputy prime minister and foreign minister"),
        ("en", "this year, Minister of Science and Higher Education Sayasat Nurbek told a briefing",
         "Sayasat", "minister of science and higher education"),
        ("en", "signed in Tashkent by Kazakh Trade and Integration Minister Arman Shakkaliyev and",
         "Arman", "trade and integration minister"),
        ("en", "Prime Minister Olzhas Bektenov, who chaired the meeting, said", "Olzhas", "prime minister"),
    ],
)
def test_attached_role(lang: str, text: str, name: str, role: str) -> None:
    role_found, start = attached_role(text, lower_same_length(text), text.index(name), lang)
    assert role_found == role
    assert start < text.index(name)


def test_no_role_when_none_is_written() -> None:
    text = "Ранее Мырзабосынов сообщил, что открылись 135 объектов."
    assert attached_role(text, lower_same_length(text), text.index("Мырзабосынов"), "ru") == (
        None, text.index("Мырзабосынов"))


@pytest.mark.parametrize(
    ("phrase", "lang", "expected", "absent"),
    [
        ("сыртқы істер министрі", "kk", {"minister", "foreign_minister"}, set()),
        ("сім басшысы", "kk", {"foreign_minister"}, {"head"}),
        ("мемлекет басшысы", "kk", {"president"}, {"head"}),
        ("саясаттанушы", "kk", {"expert"}, set()),
        ("глава государства", "ru", {"president"}, set()),
        ("заместитель премьер-министра – министр торговли и интеграции", "ru",
         {"deputy_pm", "minister"}, set()),
        # the assistant OF the president is no president
        ("помощник президента – пресс-секретарь", "ru", {"assistant", "press_secretary"}, {"president"}),
        ("deputy prime minister and foreign minister", "en", {"deputy_pm", "foreign_minister"}, set()),
        ("minister of science and higher education", "en", {"minister"}, set()),
    ],
)
def test_role_classes(phrase: str, lang: str, expected: set[str], absent: set[str]) -> None:
    classes = role_classes(phrase, lang)
    assert expected <= classes
    assert not (absent & classes)


# --------------------------------------------------------------------------- registry


def _registry(lang: str, title: str, *paragraphs: str):  # type: ignore[no-untyped-def]
    lows = [lower_same_length(p) for p in paragraphs]
    return build_registry(title, tuple(paragraphs), lows, lang)[0]


def test_registry_joins_surname_only_mention_to_full_name_kk() -> None:
    reg = _registry(
        "kk", "Елші: Қытай Қазақстанға ең көп инвестиция салатын бес елдің қатарында",
        "Мұндай деректі Қазақстанның ҚХР-дағы Төтенше және өкілетті елшісі Шахрат Нұрышев келтірді.",
        "Нұрышевтің сөзінше, өткен жылы екі ел арасындағы сауда айналымы 30 пайызға өскен.",
    )
    person = reg.find(surname_key("Нұрышевтің", "kk"))
    assert person is not None
    assert person.name == "Шахрат Нұрышев"
    assert person.forms == ("Шахрат Нұрышев", "Нұрышевтің")
    assert person.roles == ("елші",)


def test_registry_name_from_oblique_forms_only_kk() -> None:
    # kk_dev_06: the expert is only ever named in the ablative and the genitive.
    reg = _registry(
        "kk", "Сарапшы Қашаған бойынша талап сомасы неге өскенін түсіндірді",
        "Талап сомасының неліктен өскенін Kazinform тілшісі мұнай-газ саласының сарапшысы Асқар "
        "Смайыловтан сұрады.",
        "Смайыловтың айтуынша, бұл мәселелер бұрын да көтерілген.",
    )
    person = reg.find(surname_key("Смайыловтың", "kk"))
    assert person is not None
    assert person.name == "Асқар Смайылов"
    assert person.classes >= {"expert"}


def test_registry_sentence_initial_adverb_is_not_a_first_name_ru() -> None:
    reg = _registry(
        "ru", "В Астане вручили премию",
        "Подводя итоги года, министр туризма и спорта Ербол Мырзабосынов отметил, что реформы идут.",
        "Ранее Мырзабосынов сообщил, что за 2025 год в стране открылись 135 спортивных объектов.",
    )
    people = [p for p in reg.persons if p.key == surname_key("Мырзабосынов", "ru")]
    assert [p.name for p in people] == ["Ербол Мырзабосынов"]
    assert people[0].forms == ("Ербол Мырзабосынов", "Мырзабосынов")


def test_registry_drops_lone_capitalised_words_that_are_no_names() -> None:
    reg = _registry(
        "en", "Kazakhstan to open branches of eight foreign universities",
        "Branches of foreign workshops for training technicians and engineers are also planned.",
        "Bilateral trade reached $4.1 billion in January–November 2023.",
    )
    assert reg.persons == []
