"""Words that make a number an amount: scale words, currencies, company nouns (data only).

Read by :mod:`app.extract.numbers`. Every entry is a regex fragment over LOWER-CASED text (the
matcher lower-cases once so that Cyrillic needs no slow ``re.IGNORECASE``); ``\\w*`` stands for
any case or possessive ending (доллар → доллардың, доллардан, долларға, долларов, долларына), so
each word is listed once, by its stem. Kazakh, Russian and English share one table: Kazinform's
English copy writes "tenge", its Russian copy "$1,2 млрд", and a shared table costs nothing.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final

#: Scale words by the power of ten they stand for; matched right after the number (with or
#: without a space: "1.2bn"). "тыс." keeps its full stop inside the match; the stop of "млрд."
#: joins the amount only when a currency follows ("5 млрд. долларов"), else it ends a sentence.
SCALES: Final[tuple[tuple[str, Decimal], ...]] = (
    (r"трлн|триллион\w*|trillion|tn", Decimal("1e12")),
    (r"млрд|миллиард\w*|billion|bn|bln", Decimal("1e9")),
    (r"млн|миллион\w*|million|mln|mn", Decimal("1e6")),
    (r"мың\w*|тыс\.|тысяч\w*|thousand", Decimal("1e3")),
)

#: ISO 4217 code → currency written as a word after the number ("млрд доллардан", "billion
#: tenge", "млн долл. США", "41 млрд АҚШ долларына"). Ambiguous short words are fenced off by
#: their endings: сом (KGS) must not take "сома/сомаға" (Kazakh "sum"), сум (UZS) must not be
#: "сумма".
CURRENCY_WORDS: Final[tuple[tuple[str, str], ...]] = (
    ("USD", r"(?:ақш |сша |us |u\.s\. |american |американских )?"
            r"(?:доллар\w*|долл\.?|dollars?)(?: сша| us)?"),
    ("KZT", r"теңге\w*|тенге|tenge|тг\."),
    ("RUB", r"(?:ресей |российских )?(?:рубл\w*|rubles?|roubles?)"),
    ("EUR", r"евро\w*|еуро\w*|euros?"),
    ("CNY", r"юан\w*|yuan|renminbi"),
    ("UZS", r"(?:өзбек |узбекских )?(?:сум(?:ов|а|ы|ға|нан|ның|ды)?|soums?|sums?)"),
    ("KGS", r"(?:қырғыз |кыргызских )?(?:сом(?:ов|ы|ға|нан|ның|ды|дық)?|soms?)"),
    ("TJS", r"сомони\w*|somoni"),
    ("GBP", r"фунт\w*(?: стерлинг\w*)?|pounds? sterling|pounds?"),
    ("JPY", r"иен\w*|йен\w*|yen"),
    ("AED", r"дирхам\w*|dirhams?"),
    ("INR", r"рупи\w*|rupees?"),
    ("GEL", r"лари|lari"),
    ("TRY", r"(?:түрік |турецких )?лир\w*|(?:turkish )?liras?"),
)

#: Codes written in capitals before or after the number ("KZT 5.3 billion", "100 млн USD").
#: Matched case-insensitively on the lower-cased text, then required to be upper case in the
#: original, so the English words "try" and "gel" are never read as codes.
CURRENCY_CODES: Final[tuple[str, ...]] = (
    "USD", "KZT", "RUB", "EUR", "CNY", "RMB", "UZS", "KGS", "TJS", "GBP", "JPY", "AED", "INR",
    "GEL", "TRY", "CHF", "BYN", "AZN", "TMT", "KRW", "SAR", "QAR",
)
#: Codes that are aliases of another ISO code.
CODE_ALIASES: Final[dict[str, str]] = {"RMB": "CNY"}

#: Currency signs, before or after the number ("$10 billion", "US$ 5 mln", "500 ₸").
CURRENCY_SIGNS: Final[tuple[tuple[str, str], ...]] = (
    ("us$", "USD"), ("$", "USD"), ("€", "EUR"), ("₸", "KZT"), ("₽", "RUB"), ("£", "GBP"),
)

#: Nouns that make a number a count of companies ("116 кәсіпорын", "1 157 компаний",
#: "116 joint ventures"); up to two words (adjectives) may stand between ("116 бірлескен
#: кәсіпорын", "1,157 Kazakh-owned companies").
COMPANY_NOUNS: Final[str] = (
    r"кәсіпор\w*|компания\w*|фирма\w*"
    r"|компани[яиейюямх]\w*|предприяти\w*|фирм(?:а|ы|у|ой|ам|ами|ах)?"
    r"|compan(?:y|ies)|enterprises?|firms?|joint ventures?|jvs?|businesses"
)

#: Heads that introduce a count written without its noun next to the number:
#: "компаниялар саны 1 157-ге теңелді", "число компаний достигло 1 157",
#: "the number of companies reached 1,157". The noun must appear in the same clause before.
COUNT_HEADS: Final[str] = r"саны\w*|(?<!том )числ[оа]|количеств[оа]|number of"

#: Kazakh case endings written after a hyphen on a number ("1 157-ге", "300-ден астам"); the
#: ordinal suffixes (-ші, -ыншы) are not here, so "3-ші кәсіпорын" is never a count.
NUMBER_CASE_SUFFIX: Final[str] = (
    r"-(?:ге|ға|ке|қа|ден|дан|тен|тан|нен|нан|ның|нің|дың|дің|тың|тің|ды|ді|ты|ті|ны|ні"
    r"|де|да|те|та|ге дейін|ға дейін)"
)

#: Qualifiers that may stand between a count and its noun ("300-ден астам компания").
COUNT_INNER_QUALIFIERS: Final[str] = r"астам|артық|жуық|аса|шамасында"

#: Words after a bare number that make it something other than a company count.
NON_COUNT_FOLLOWERS: Final[str] = (
    r"%|пайыз\w*|процент\w*|percent|per cent|жыл\w*|год\w*|лет|years?|ай\w*|месяц\w*|months?"
    r"|есе\w*|раз\w*|times|тонн\w*|tons?|tonnes?|адам\w*|человек|people|км|km|шақырым\w*"
)

#: What may follow a scaled number that names no currency for it to take the currency of the
#: amount before it in the same sentence ("экспорт – 3 млрд долларов, импорт – 1,2 млрд.";
#: "экспорт 3 млрд доллар, импорт 1,2 млрд болды"): the end of a clause, a conjunction, or a
#: Kazakh copula. Anything else ("41,9 тыс. тонн") is some other unit and no amount.
INHERIT_FOLLOWERS: Final[str] = (
    r"\s*(?:[.,;)!?]|$)|\s(?:и|а|или|және|мен|әрі|ал|and|or|while)\s"
    r"|\s(?:болды|болып|болса|болған|құрады|құрап|құраған)(?!\w)"
)
