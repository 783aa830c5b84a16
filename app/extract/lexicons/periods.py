"""Words that make up reporting periods in Kazakh, Russian and English (data only).

Read by :mod:`app.extract.periods`. Kazakh and Russian entries are regex fragments over
LOWER-CASED text; English month names are matched as written (capitalised), because "May" and
"March" are also ordinary words, while the other English words are matched in any case.
Month stems take any ending (қаңтар → қаңтарда, январь → января/январе).
"""

from __future__ import annotations

from typing import Final

#: Month number → stem, per language.
MONTHS: Final[dict[str, tuple[str, ...]]] = {
    "kk": ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз",
           "қыркүйек", "қазан", "қараша", "желтоқсан"),
    "ru": ("январ", "феврал", "март", "апрел", "ма[йяе]", "июн", "июл", "август", "сентябр",
           "октябр", "ноябр", "декабр"),
    "en": ("January|Jan\\.", "February|Feb\\.", "March", "April|Apr\\.", "May", "June",
           "July", "August|Aug\\.", "September|Sept?\\.", "October|Oct\\.",
           "November|Nov\\.", "December|Dec\\."),
}

#: Cardinal words for month counts ("тоғыз айда", "за девять месяцев", "first nine months").
NUMBER_WORDS: Final[dict[str, dict[str, int]]] = {
    "kk": {"бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8,
           "тоғыз": 9, "он": 10, "он бір": 11, "он екі": 12},
    "ru": {"один": 1, "одного": 1, "два": 2, "двух": 2, "три": 3, "трех": 3, "трёх": 3,
           "четыре": 4, "четырех": 4, "четырёх": 4, "пять": 5, "пяти": 5, "шесть": 6,
           "шести": 6, "семь": 7, "семи": 7, "восемь": 8, "восьми": 8, "девять": 9,
           "девяти": 9, "десять": 10, "десяти": 10, "одиннадцать": 11, "одиннадцати": 11,
           "двенадцать": 12, "двенадцати": 12},
    "en": {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12},
}

#: Ordinals for quarters and halves ("бірінші тоқсан", "во втором квартале", "Q3", "I тоқсан").
ORDINALS: Final[dict[str, dict[str, int]]] = {
    "kk": {"бірінші": 1, "алғашқы": 1, "екінші": 2, "үшінші": 3, "төртінші": 4, "і": 1,
           "іі": 2, "ііі": 3, "іv": 4, "i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2,
           "3": 3, "4": 4},
    "ru": {"первом": 1, "первый": 1, "первого": 1, "первое": 1, "втором": 2, "второй": 2,
           "второго": 2, "второе": 2, "третьем": 3, "третий": 3, "третьего": 3, "четвертом": 4,
           "четвёртом": 4, "четвертый": 4, "четвертого": 4, "i": 1, "ii": 2, "iii": 3, "iv": 4,
           "1": 1, "2": 2, "3": 3, "4": 4},
    "en": {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
           "4th": 4},
}

#: "This year" / "last year" words; they also fix the year of a month range or month count.
THIS_YEAR: Final[dict[str, str]] = {
    "kk": r"биылғы жылдың|биылғы жылы|биылғы|биыл|ағымдағы жылдың|ағымдағы жылы|осы жылдың"
          r"|осы жылы",
    "ru": r"в этом году|в текущем году|в нынешнем году|этого года|текущего года|нынешнего года",
    "en": r"this year|of this year|of the current year|in the current year",
}
LAST_YEAR: Final[dict[str, str]] = {
    "kk": r"былтырғы|былтыр|өткен жылдың|өткен жылы|өткен жылғы",
    "ru": r"в прошлом году|в минувшем году|за прошлый год|прошлого года|минувшего года",
    "en": r"last year|of last year|in the previous year",
}
#: "Since the start of the year": January up to the month before publication.
YEAR_TO_DATE: Final[dict[str, str]] = {
    "kk": r"жыл басынан бері|жылдың басынан бері",
    "ru": r"с начала (?:текущего |этого )?года",
    "en": r"since the (?:beginning|start) of (?:the|this) year|year-to-date|so far this year",
}

#: Phrases that point back at the period of the previous sentence.
ANAPHORS: Final[dict[str, str]] = {
    "kk": r"қамтылып отырған кезең\w*|осы кезең\w*|аталған кезең\w*|бұл кезең\w*|сол кезең\w*"
          r"|көрсетілген кезең\w*|есепті кезең\w*|аталған уақыт\w*|осы уақыт ішінде",
    "ru": r"за (?:этот|тот же|указанный|данный|отчетный|отчётный|этот же) период"
          r"|в (?:этот|тот же|указанный|данный|этот же) период",
    "en": r"(?:in|during|over|for) (?:the same|this|that|the reporting|the said) period",
}

#: Deadlines of targets ("2030 жылға дейін", "к 2030 году", "by 2030"): a year that is not the
#: period of the figure. Written with (?P<y>...) for the year.
DEADLINES: Final[dict[str, str]] = {
    "kk": r"(?P<dy>\d{4}) жылға (?:дейін|қарай|таман)",
    "ru": r"(?:к|до) (?P<dy>\d{4})(?:-му)? год\w*",
    "en": r"(?i:by|until|till|before) (?P<dy>\d{4})",
}

#: A year that is only the base of a comparison or a start ("с 2022 года", "than in 2023").
NOT_PERIODS: Final[dict[str, str]] = {
    "kk": r"(?P<ny>\d{4}) жылдан бері|(?P<ny2>\d{4}) жылмен",
    "ru": r"с (?P<ny>\d{4}) года|по сравнению с (?P<ny2>\d{4})",
    "en": r"(?i:than in|compared (?:to|with)|from|since) (?P<ny>\d{4})",
}
