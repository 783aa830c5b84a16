"""Cyrillic → Latin for speaker ids: BGN/PCGN-style Russian with the Kazakh letters added.

Data only. Kazakh's extra letters follow the Kazakh Latin alphabet of 2021 folded to ASCII
(ә→a, ғ→g, қ→k, ң→n, ө→o, ұ→u, ү→u, һ→h, і→i), which is how English-language Kazakh media
spell names (Nurtleu, Tokayev, Zhumangarin).
"""

CYRILLIC_TO_LATIN: dict[str, str] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
    "ў": "u", "ї": "i", "є": "e", "ґ": "g",
}

# Spelling variants English texts use for the same sound, folded so both scripts meet:
# "Yerbol"/"Ербол" (ye → e), "Kassym"/"Қасым" (doubled letters), "Jomart"/"Жомарт" (j → zh),
# "Dmitry"/"Дмитрий", "Ілияс"/"Ильяс" (iy → y). Applied in order, to Latin from either source.
LATIN_FOLDS: tuple[tuple[str, str], ...] = (
    (r"j", "zh"),
    (r"x", "ks"),
    (r"w", "v"),
    (r"q", "k"),
    (r"ye", "e"),
    (r"yo", "e"),
    (r"iy", "y"),
    (r"([a-z])\1+", r"\1"),
)
