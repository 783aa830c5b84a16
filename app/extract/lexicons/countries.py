"""Country names, capitals and adjectives in Kazakh, Russian and English (data only).

Read by :mod:`app.extract.countries`. Each field is a "|"-separated list, written as the word
appears in the nominative; the matcher adds the inflection itself:

* kk: names and adjectives take any chain of Kazakh nominal suffixes (Өзбекстан → Өзбекстанға,
  Өзбекстандағы, қазақстандық, қазақстандықтарға), so they are listed once, in the nominative;
  abbreviations take them after a hyphen (АҚШ-қа, ҚХР-дағы).
* ru: names are declined by their last letter (Россия → России/Россию, Китай → Китая, Москва →
  Москве), adjectives are listed as the stem before the ending (узбекск → узбекский/узбекского/
  казахстанско-узбекского); abbreviations (США, КНР) are matched as written.
* en: written as they appear, case-sensitive ("China" but not "china"), with an optional "'s".

Coverage is by class (Central Asia, neighbours, main trade partners, EU, Gulf, East and South
Asia, Caucasus) rather than by what one article mentions, because scoring is on unseen text.
"""

from __future__ import annotations

from typing import Final

#: code, kk names, kk adjectives, ru names, ru adjective stems, en names, en adjectives.
COUNTRIES: Final[tuple[tuple[str, str, str, str, str, str, str], ...]] = (
    ("KZ", "Қазақстан|ҚР|Қазақстан Республикасы", "қазақ|отандық",
     "Казахстан|РК|Республика Казахстан", "казахстанск|казахск|отечественн",
     "Kazakhstan|Republic of Kazakhstan|Qazaqstan", "Kazakh|Kazakhstani"),
    ("UZ", "Өзбекстан", "өзбек", "Узбекистан", "узбекск|узбекистанск",
     "Uzbekistan", "Uzbek|Uzbekistani"),
    ("KG", "Қырғызстан|Қырғыз Республикасы", "қырғыз", "Кыргызстан|Киргизия|Киргизстан",
     "кыргызск|киргизск|кыргызстанск", "Kyrgyzstan|Kyrgyz Republic", "Kyrgyz"),
    ("TJ", "Тәжікстан", "тәжік", "Таджикистан", "таджикск|таджикистанск",
     "Tajikistan", "Tajik|Tajikistani"),
    ("TM", "Түрікменстан", "түрікмен", "Туркменистан|Туркмения", "туркменск|туркменистанск",
     "Turkmenistan", "Turkmen"),
    ("RU", "Ресей|РФ|Ресей Федерациясы", "", "Россия|РФ|Российская Федерация", "российск",
     "Russia|Russian Federation", "Russian"),
    ("CN", "Қытай|ҚХР|Қытай Халық Республикасы", "", "Китай|КНР", "китайск",
     "China|PRC|People's Republic of China", "Chinese"),
    ("TR", "Түркия", "түрік", "Турция", "турецк", "Türkiye|Turkey|Turkiye", "Turkish"),
    ("US", "АҚШ|Америка Құрама Штаттары|Америка", "американ",
     "США|Соединенные Штаты|Соединённые Штаты|Америка", "американск",
     "United States|US|U.S.|USA", "American"),
    ("GB", "Ұлыбритания|Біріккен Корольдік|Британия", "британ",
     "Великобритания|Британия|Соединенное Королевство", "британск",
     "United Kingdom|UK|U.K.|Britain|Great Britain", "British"),
    ("DE", "Германия|ГФР", "неміс", "Германия|ФРГ", "германск|немецк", "Germany", "German"),
    ("FR", "Франция", "француз", "Франция", "французск", "France", "French"),
    ("IT", "Италия", "итальян", "Италия", "итальянск", "Italy", "Italian"),
    ("ES", "Испания", "испан", "Испания", "испанск", "Spain", "Spanish"),
    ("PL", "Польша", "поляк", "Польша", "польск", "Poland", "Polish"),
    ("NL", "Нидерланд|Нидерланды|Голландия", "голланд", "Нидерланды|Голландия",
     "нидерландск|голландск", "Netherlands|Holland", "Dutch"),
    ("BE", "Бельгия", "", "Бельгия", "бельгийск", "Belgium", "Belgian"),
    ("AT", "Австрия", "", "Австрия", "австрийск", "Austria", "Austrian"),
    ("CZ", "Чехия", "чех", "Чехия", "чешск", "Czech Republic|Czechia", "Czech"),
    ("HU", "Венгрия|Мажарстан", "венгр|мажар", "Венгрия", "венгерск", "Hungary", "Hungarian"),
    ("RO", "Румыния", "румын", "Румыния", "румынск", "Romania", "Romanian"),
    ("BG", "Болгария", "болгар", "Болгария", "болгарск", "Bulgaria", "Bulgarian"),
    ("GR", "Грекия|Греция", "грек", "Греция", "греческ", "Greece", "Greek"),
    ("SE", "Швеция", "швед", "Швеция", "шведск", "Sweden", "Swedish"),
    ("FI", "Финляндия", "фин", "Финляндия", "финск|финляндск", "Finland", "Finnish"),
    ("DK", "Дания", "", "Дания", "датск", "Denmark", "Danish"),
    ("NO", "Норвегия", "норвег", "Норвегия", "норвежск", "Norway", "Norwegian"),
    ("CH", "Швейцария", "швейцар", "Швейцария", "швейцарск", "Switzerland", "Swiss"),
    ("PT", "Португалия", "португал", "Португалия", "португальск", "Portugal", "Portuguese"),
    ("IE", "Ирландия", "ирланд", "Ирландия", "ирландск", "Ireland", "Irish"),
    ("LT", "Литва", "", "Литва", "литовск", "Lithuania", "Lithuanian"),
    ("LV", "Латвия", "латыш", "Латвия", "латвийск|латышск", "Latvia", "Latvian"),
    ("EE", "Эстония", "эстон", "Эстония", "эстонск", "Estonia", "Estonian"),
    ("SK", "Словакия", "словак", "Словакия", "словацк", "Slovakia", "Slovak"),
    ("SI", "Словения", "словен", "Словения", "словенск", "Slovenia", "Slovenian"),
    ("HR", "Хорватия", "хорват", "Хорватия", "хорватск", "Croatia", "Croatian"),
    ("CY", "Кипр", "", "Кипр", "кипрск", "Cyprus", "Cypriot"),
    ("MT", "Мальта", "", "Мальта", "мальтийск", "Malta", "Maltese"),
    ("LU", "Люксембург", "", "Люксембург", "люксембургск", "Luxembourg", ""),
    ("AE", "БАӘ|Біріккен Араб Әмірліктері|Араб Әмірліктері", "әмірлік",
     "ОАЭ|Объединенные Арабские Эмираты|Эмираты", "эмиратск",
     "UAE|United Arab Emirates|Emirates", "Emirati"),
    ("SA", "Сауд Арабиясы", "", "Саудовская Аравия", "саудовск", "Saudi Arabia", "Saudi"),
    ("QA", "Катар", "", "Катар", "катарск", "Qatar", "Qatari"),
    ("KW", "Кувейт", "", "Кувейт", "кувейтск", "Kuwait", "Kuwaiti"),
    ("BH", "Бахрейн", "", "Бахрейн", "бахрейнск", "Bahrain", "Bahraini"),
    ("OM", "Оман", "", "Оман", "оманск", "Oman", "Omani"),
    ("KR", "Оңтүстік Корея|Корея Республикасы|Корея", "корей",
     "Южная Корея|Республика Корея|Корея", "корейск|южнокорейск",
     "South Korea|Republic of Korea|Korea", "Korean|South Korean"),
    ("JP", "Жапония", "жапон", "Япония", "японск", "Japan", "Japanese"),
    ("IN", "Үндістан", "үнді", "Индия", "индийск", "India", "Indian"),
    ("IR", "Иран", "", "Иран", "иранск", "Iran", "Iranian"),
    ("AF", "Ауғанстан", "ауған", "Афганистан", "афганск", "Afghanistan", "Afghan"),
    ("AZ", "Әзербайжан", "", "Азербайджан", "азербайджанск", "Azerbaijan", "Azerbaijani"),
    ("GE", "Грузия", "грузин", "Грузия", "грузинск", "Georgia", "Georgian"),
    ("AM", "Армения", "армян", "Армения", "армянск", "Armenia", "Armenian"),
    ("BY", "Беларусь|Белоруссия", "белорус", "Беларусь|Белоруссия", "белорусск",
     "Belarus", "Belarusian"),
    ("UA", "Украина", "украин", "Украина", "украинск", "Ukraine", "Ukrainian"),
    ("MN", "Моңғолия", "моңғол", "Монголия", "монгольск", "Mongolia", "Mongolian"),
    ("PK", "Пәкістан", "", "Пакистан", "пакистанск", "Pakistan", "Pakistani"),
    ("EG", "Мысыр|Египет", "", "Египет", "египетск", "Egypt", "Egyptian"),
    ("IL", "Израиль", "", "Израиль", "израильск", "Israel", "Israeli"),
    ("CA", "Канада", "", "Канада", "канадск", "Canada", "Canadian"),
    ("BR", "Бразилия", "", "Бразилия", "бразильск", "Brazil", "Brazilian"),
    ("VN", "Вьетнам", "", "Вьетнам", "вьетнамск", "Vietnam|Viet Nam", "Vietnamese"),
    ("MY", "Малайзия", "", "Малайзия", "малайзийск", "Malaysia", "Malaysian"),
    ("ID", "Индонезия", "", "Индонезия", "индонезийск", "Indonesia", "Indonesian"),
    ("SG", "Сингапур", "", "Сингапур", "сингапурск", "Singapore", "Singaporean"),
    ("TH", "Тайланд|Таиланд", "", "Таиланд|Тайланд", "тайск|таиландск", "Thailand", "Thai"),
    ("AU", "Австралия", "", "Австралия", "австралийск", "Australia", "Australian"),
    ("IQ", "Ирак", "", "Ирак", "иракск", "Iraq", "Iraqi"),
    ("SY", "Сирия", "", "Сирия", "сирийск", "Syria", "Syrian"),
    ("RS", "Сербия", "серб", "Сербия", "сербск", "Serbia", "Serbian"),
    ("MD", "Молдова", "", "Молдова|Молдавия", "молдавск|молдовск", "Moldova", "Moldovan"),
)

#: code, kk, ru, en capitals (and former names). Counted as the state they govern: Kazinform writes
#: "ресми Ташкент", "официальный Ташкент", "official Astana" for the government.
CAPITALS: Final[tuple[tuple[str, str, str, str], ...]] = (
    ("KZ", "Астана|Нұр-Сұлтан", "Астана|Нур-Султан", "Astana|Nur-Sultan"),
    ("UZ", "Ташкент", "Ташкент", "Tashkent"),
    ("KG", "Бішкек|Бишкек", "Бишкек", "Bishkek"),
    ("TJ", "Душанбе", "Душанбе", "Dushanbe"),
    ("TM", "Ашғабат|Ашхабад", "Ашхабад", "Ashgabat"),
    ("RU", "Мәскеу|Москва", "Москва", "Moscow"),
    ("CN", "Бейжің|Пекин", "Пекин", "Beijing"),
    ("TR", "Анкара", "Анкара", "Ankara"),
    ("US", "Вашингтон", "Вашингтон", "Washington"),
    ("GB", "Лондон", "Лондон", "London"),
    ("DE", "Берлин", "Берлин", "Berlin"),
    ("FR", "Париж", "Париж", "Paris"),
    ("IT", "Рим", "Рим", "Rome"),
    ("ES", "Мадрид", "Мадрид", "Madrid"),
    ("PL", "Варшава", "Варшава", "Warsaw"),
    ("CZ", "Прага", "Прага", "Prague"),
    ("HU", "Будапешт", "Будапешт", "Budapest"),
    ("AT", "", "", "Vienna"),
    ("JP", "Токио", "Токио", "Tokyo"),
    ("KR", "Сеул", "Сеул", "Seoul"),
    ("IN", "Нью-Дели", "Нью-Дели", "New Delhi"),
    ("IR", "Тегеран", "Тегеран", "Tehran"),
    ("AF", "Кабул", "Кабул", "Kabul"),
    ("AZ", "Баку", "Баку", "Baku"),
    ("GE", "Тбилиси", "Тбилиси", "Tbilisi"),
    ("AM", "Ереван", "Ереван", "Yerevan"),
    ("BY", "Минск", "Минск", "Minsk"),
    ("UA", "Киев", "Киев", "Kyiv|Kiev"),
    ("MN", "Ұланбатыр|Улан-Батор", "Улан-Батор", "Ulaanbaatar|Ulan Bator"),
    ("AE", "Абу-Даби", "Абу-Даби", "Abu Dhabi"),
    ("SA", "Эр-Рияд", "Эр-Рияд", "Riyadh"),
    ("QA", "Доха", "Доха", "Doha"),
    ("PK", "Исламабад", "Исламабад", "Islamabad"),
)

#: The home country in the first person: "біздің ел", "еліміз", "наша страна", "our country".
#: Regexes over lower-cased text (kk, ru) or the text as written (en); they stand for Kazakhstan,
#: Kazinform's own country. The plural "елдеріміз" ("our countries") is deliberately not here.
HOME_CODE: Final[str] = "KZ"
HOME_PHRASES: Final[dict[str, tuple[str, ...]]] = {
    "kk": (r"біздің ел(?:ге|де|ден|дің|ді|мен)?", r"еліміз(?:ге|де|ден|дің|ді|бен)?"),
    "ru": (r"наш(?:а|ей|у|ею) стран(?:а|ы|е|у|ой|ою)", r"нашей республик(?:и|е)"),
    "en": (r"(?i:our country)(?:'s)?",),
}

#: Words that make an adjacent country name part of a currency ("41 млрд АҚШ долларына",
#: "4,4 млрд долл. США", "US$ 5 mln"), so the name is not a country mention of the text.
CURRENCY_AFTER_NAME: Final[tuple[str, ...]] = ("доллар", "dollar", "$")
CURRENCY_BEFORE_NAME: Final[tuple[str, ...]] = (
    "долл.", "доллар", "долларов", "доллара", "долларах", "долларам", "долларами", "dollars",
)
