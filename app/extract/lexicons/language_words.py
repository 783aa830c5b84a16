"""Data tables for :mod:`app.extract.language` (no logic lives here).

Kept apart from the matching code so that linguists can extend the word lists
without touching (or breaking) the detector, and so that the detector's
behaviour can be reviewed separately from its vocabulary.
"""

from __future__ import annotations

from typing import Final

# Letters of the Kazakh Cyrillic alphabet that Russian does not have.  In running
# Kazakh text they are roughly one letter in seven; Russian text only picks them up
# from Kazakh proper names («Қайсар Арена»), i.e. well under one percent.
KAZAKH_ONLY_LETTERS: Final[str] = "әғқңөұүһіӘҒҚҢӨҰҮҺІ"

# Frequent Kazakh function words: conjunctions, postpositions, particles,
# pronouns and copulas.  Lower case.  Several contain no Kazakh-only letter
# on purpose: they are the evidence left when a short text happens to have none.
KAZAKH_FUNCTION_WORDS: Final[frozenset[str]] = frozenset(
    {
        # conjunctions / connectives
        "мен", "бен", "пен", "және", "әрі", "немесе", "бірақ", "алайда", "себебі",
        "яғни", "сондай", "сондықтан", "өйткені", "дегенмен",
        # postpositions
        "үшін", "бойынша", "туралы", "арқылы", "кейін", "дейін", "бері", "бұрын",
        "қарай", "сайын", "бірге", "қатар", "қатысты", "сәйкес", "арасында",
        "барысында", "кезінде", "ретінде", "аясында", "шеңберінде", "тарапынан",
        # pronouns / demonstratives
        "бұл", "осы", "сол", "ол", "оның", "оны", "оған", "олар", "олардың", "біз",
        "біздің", "сіз", "мұнда", "онда", "осындай", "барлық", "әр", "өз", "өзі",
        # copulas, auxiliaries, particles
        "деп", "деді", "деген", "дейді", "екен", "еді", "емес", "жоқ", "бар",
        "болып", "болды", "болады", "болатын", "болса", "табылады", "керек",
        "мүмкін", "тиіс", "ғана", "тағы", "енді", "қазір", "биыл",
        # calendar words that head many news sentences
        "жылы", "жылдың", "жылғы", "айында",
    }
)

# Frequent Russian function words.  Lower case.  Kazakh has none of these as
# native words ("не" is also Kazakh "what", which is rare in news prose).
RUSSIAN_FUNCTION_WORDS: Final[frozenset[str]] = frozenset(
    {
        # conjunctions
        "и", "а", "но", "или", "что", "чтобы", "как", "также", "тоже", "если",
        "когда", "где", "ли", "же", "бы",
        # prepositions
        "в", "во", "на", "по", "с", "со", "к", "ко", "о", "об", "от", "из", "за",
        "у", "для", "до", "при", "после", "под", "над", "между", "через", "без",
        "около", "среди",
        # pronouns / demonstratives
        "он", "она", "они", "оно", "его", "ее", "её", "их", "это", "этот", "эта",
        "эти", "этого", "этой", "том", "который", "которая", "которые", "которых",
        "свой", "своей", "своих",
        # auxiliaries, particles, adverbs
        "не", "был", "была", "было", "были", "будет", "будут", "является", "уже",
        "еще", "ещё", "только", "более", "так",
        # calendar words that head many news sentences
        "года", "году", "год",
    }
)

# Approximate letter frequencies (per mille) of running text, used by the
# last-resort naive-Bayes comparison for short strings that carry neither a
# Kazakh-only letter nor a function word.  Values are rounded textbook figures
# (Russian: the standard National Corpus table; Kazakh: published grapheme
# statistics of written Kazakh) - only their relative size matters, so they
# are deliberately coarse and were not tuned on any test article.  Letters a
# language does not use get a small floor in the detector instead of zero.
RUSSIAN_LETTER_FREQUENCIES: Final[dict[str, float]] = {
    "о": 109.7, "е": 84.5, "а": 80.1, "и": 73.5, "н": 67.0, "т": 62.6, "с": 54.7,
    "р": 47.3, "в": 45.4, "л": 44.0, "к": 34.9, "м": 32.1, "д": 29.8, "п": 28.1,
    "у": 26.2, "я": 20.1, "ы": 19.0, "ь": 17.4, "г": 17.0, "з": 16.5, "б": 15.9,
    "ч": 14.4, "й": 12.1, "х": 9.7, "ж": 9.4, "ш": 7.3, "ю": 6.4, "ц": 4.8,
    "щ": 3.6, "э": 3.2, "ф": 2.6, "ъ": 0.4, "ё": 0.4,
}

KAZAKH_LETTER_FREQUENCIES: Final[dict[str, float]] = {
    "а": 126.0, "е": 81.0, "н": 66.0, "т": 58.0, "л": 57.0, "ы": 55.0, "р": 55.0,
    "і": 46.0, "с": 45.0, "д": 40.0, "қ": 36.0, "к": 34.0, "м": 32.0, "о": 32.0,
    "б": 28.0, "ж": 23.0, "у": 23.0, "и": 23.0, "ә": 20.0, "й": 18.0, "ң": 18.0,
    "ш": 18.0, "з": 16.0, "ұ": 15.0, "ғ": 14.0, "ү": 13.0, "п": 12.0, "г": 10.0,
    "ө": 9.0, "в": 4.0, "я": 3.0, "х": 2.0, "ю": 2.0, "ф": 1.0, "ц": 1.0,
    "ч": 1.0, "ь": 1.0, "э": 1.0, "һ": 0.3, "щ": 0.1, "ъ": 0.1, "ё": 0.1,
}
