"""Synthetic Kazinform corpus for benchmarks: `generate(n, out, seed)` writes n article files.

Files follow /work/shared/FORMAT.md (line 1 ` date YYYY-MM-DD Title`, line 2 `DATELINE. KAZINFORM – lead`, one
paragraph per line) in Kazakh, Russian and English (about 45/35/20 %), dated 2016-01-01 .. 2025-12-31, in
subfolders of at most 1,000 files (`out/0000/gen_0000001.txt`). They carry what the extractors look for:
direct and reported speech by a pool of a few hundred people who appear in all three languages, trade
figures in every written form, topic vocabulary and country mentions in their case forms. Words of a
Zipf-distributed pool make search terms range from very common to rare.

Deterministic: one `random.Random(seed)` drives everything, so a seed always gives byte-identical files.
Articles stream to disk one at a time; `out/manifest.tsv` records each article's id and language.
"""

import datetime
import random
from pathlib import Path
from collections.abc import Callable
from typing import NamedTuple

from app import generate_data as data

FILES_PER_FOLDER = 1_000
FIRST_DAY = datetime.date(2016, 1, 1).toordinal()
DAYS = datetime.date(2025, 12, 31).toordinal() - FIRST_DAY + 1
FEMALE_SHARE = 0.3
ZIPF_EXPONENT = 1.07
MANIFEST = "manifest.tsv"

_KK_BACK = set("аоұыуяё")
_KK_VOWELS = set("аоұыуяёеэәөүіию")
_KK_VOICELESS = set("пфктшсщхцчқв")  # "Назаровтың": в takes -тың like a voiceless stop
_RU_HUSHING = set("гкхжшчщ")
_TRANSLIT = str.maketrans({"а": "a", "ә": "a", "б": "b", "д": "d", "е": "e", "ж": "zh", "з": "z", "й": "i",
                           "к": "k", "қ": "k", "л": "l", "м": "m", "н": "n", "о": "o", "ө": "o", "р": "r",
                           "с": "s", "т": "t", "у": "u", "ұ": "u", "ү": "u", "ш": "sh", "ы": "y", "і": "i",
                           "ң": "ng", "ғ": "g", "г": "g", "я": "ya", "ц": "ts", "х": "kh", "п": "p", "в": "v"})


class Person(NamedTuple):
    names: tuple[str, str, str]  # full name in kk, ru, en
    genitive: tuple[str, str, str]  # kk "Равшан Назаровтың", ru "Равшана Назарова", en name
    female: bool
    role: int  # index into data.ROLES


def _kk_genitive(word: str) -> str:
    """Kazakh genitive: -ның/-нің after vowels and м н ң, -тың/-тің after voiceless, else -дың/-дің."""
    last = word[-1]
    vowel = next((c for c in reversed(word) if c in _KK_VOWELS), "а")
    tail = "ың" if vowel in _KK_BACK else "ің"
    if last in _KK_VOWELS or last in "мнң":
        return word + "н" + tail
    return word + ("т" if last in _KK_VOICELESS else "д") + tail


def _ru_genitive_first(name: str, female: bool) -> str:
    if not female:
        return name[:-1] + "я" if name.endswith("й") else name + "а"
    if name.endswith("а"):
        return name[:-1] + ("и" if name[-2] in _RU_HUSHING else "ы")
    if name.endswith("ь"):
        return name[:-1] + "и"
    return name  # Жанар, Айгерим: not declined


def _ru_genitive_surname(name: str, female: bool) -> str:
    return name[:-1] + "ой" if female else name + "а"


def _people(rng: random.Random) -> list[Person]:
    """A pool of distinct people, each spelt in all three languages."""
    seen: set[tuple[int, int, bool]] = set()
    people: list[Person] = []
    while len(people) < data.PERSONS:
        female = rng.random() < FEMALE_SHARE
        firsts = data.FEMALE_FIRST if female else data.MALE_FIRST
        fi, si = rng.randrange(len(firsts)), rng.randrange(len(data.SURNAMES))
        if (fi, si, female) in seen:
            continue
        seen.add((fi, si, female))
        first, surname = firsts[fi], data.SURNAMES[si]
        if female:
            surname = (surname[0] + "а", surname[1] + "а", surname[2] + "a")
        names = (f"{first[0]} {surname[0]}", f"{first[1]} {surname[1]}", f"{first[2]} {surname[2]}")
        genitive = (f"{first[0]} {_kk_genitive(surname[0])}",
                    f"{_ru_genitive_first(first[1], female)} {_ru_genitive_surname(surname[1], female)}",
                    names[2])
        people.append(Person(names, genitive, female, rng.randrange(len(data.ROLES))))
    return people


def _cum_weights(size: int, exponent: float) -> list[float]:
    total, cumulative = 0.0, []
    for rank in range(1, size + 1):
        total += 1.0 / rank**exponent
        cumulative.append(total)
    return cumulative


def _number(value: float, lang: int, decimals: int) -> str:
    """`1 157`, `2,4` (kk, ru) or `1,157`, `2.4` (en)."""
    text = f"{value:,.{decimals}f}"
    if lang == 2:
        return text
    return text.replace(",", " ").replace(".", ",")


def _amount(rng: random.Random, lang: int, scale: int) -> str:
    if scale == 0:  # billions: 0.1 .. 60 with one decimal, or a round number
        value = rng.choice((round(rng.uniform(0.1, 60), 1), float(rng.randint(1, 50))))
    elif scale == 3:  # thousands
        value = float(rng.randint(10, 999))
    else:  # millions: up to 1 999 with a decimal now and then
        value = rng.choice((float(rng.randint(1, 1999)), round(rng.uniform(1, 999), 1)))
    return _number(value, lang, 0 if value.is_integer() else 1)


def _money(rng: random.Random, lang: int) -> dict[str, str]:
    """One amount with its case forms: M (nominative), Mg genitive, Md dative, Ma ablative (kk only differ)."""
    scale = rng.choices((0, 1, 2, 3), weights=(50, 35, 10, 5))[0]
    value = _amount(rng, lang, scale)
    if lang == 0:
        word = data.KK_SCALES[scale]
        cur = rng.choices(data.KK_CURRENCIES, weights=(50, 15, 30, 5))[0]
        return {k: f"{value} {word} {form}" for k, form in zip(("M", "Mg", "Md", "Ma"), cur)}
    shapes, scales = (data.RU_MONEY, data.RU_SCALES) if lang == 1 else (data.EN_MONEY, data.EN_SCALES)
    text = rng.choice(shapes).format(v=value, s=scales[scale])
    return {"M": text, "Mg": text, "Md": text, "Ma": text}


def _period(rng: random.Random, lang: int, year: int) -> str:
    first = rng.randrange(0, 6)
    last = rng.randrange(first + 1, 12)
    months = data.MONTHS[lang]
    return rng.choice(data.PERIODS[lang]).format(
        Y=year - rng.randrange(0, 2), n=rng.randint(2, 11), A=months[first], B=months[last])


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _rare_name(rng: random.Random, lang: int) -> str:
    word = "".join(rng.choice(data.SYLLABLES) for _ in range(rng.randint(2, 3)))
    if lang == 2:
        word = word.translate(_TRANSLIT)
    return _capitalise(word)


class _Generator:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.people = _people(self.rng)
        self.word_weights = [_cum_weights(len(pool), ZIPF_EXPONENT) for pool in data.WORDS]
        self.topic_weights = _cum_weights(len(data.TOPICS[0]), 0.6)
        self.person_weights = _cum_weights(len(self.people), 0.8)
        self.country_weights = _cum_weights(len(data.COUNTRIES) - 1, 0.7)

    def _person(self) -> Person:
        return self.rng.choices(self.people, cum_weights=self.person_weights)[0]

    def _slots(self, lang: int, person: Person, country: tuple, year: int) -> dict[str, str]:
        rng = self.rng
        kk, ru, en, capital = country
        role = data.ROLES[person.role][lang]
        words = rng.choices(data.WORDS[lang], cum_weights=self.word_weights[lang], k=4)
        slots = {
            "P": person.names[lang], "Pg": person.genitive[lang], "R": role, "Rc": _capitalise(role),
            "V": rng.choice(data.RU_VERBS)[person.female], "a": "а" if person.female else "",
            "CAP2": capital[lang].title(), "X": _rare_name(rng, lang), "DAY": rng.choice(data.DAYS),
            "PER": _period(rng, lang, year), "K": _number(rng.randint(5, 4_000), lang, 0),
            "PCT": _number(rng.randint(2, 60), lang, 0), "W5": str(rng.randint(2, 40)),
            "W1": words[0], "W2": words[1], "W3": words[2], "W4": words[3],
        }
        if lang == 0:
            slots.update(C=kk[0], Cg=kk[1], Cd=kk[2], Cl=kk[3], ADJ=_capitalise(kk[4]))
        elif lang == 1:
            slots.update(C=ru[0], Cg=ru[1], Cd=ru[2], Cp=ru[3], ADJ=ru[4])
        else:
            slots.update(C=en[0], ADJ=en[1])
        slots.update(self._money_slots(lang))
        return slots

    def _money_slots(self, lang: int) -> dict[str, str]:
        first = _money(self.rng, lang)
        second = _money(self.rng, lang)
        first.update({"N" + k[1:]: v for k, v in second.items()})
        return first

    def article(self, index: int) -> tuple[str, str]:
        """(language code, file text) of the index-th article."""
        rng = self.rng
        lang = rng.choices((0, 1, 2), weights=data.LANG_WEIGHTS)[0]
        day = datetime.date.fromordinal(FIRST_DAY + rng.randrange(DAYS))
        topics = data.TOPICS[lang]
        topic = rng.choices(topics, cum_weights=self.topic_weights)[0]
        other = rng.choice(topics)
        country = data.COUNTRIES[1 + rng.choices(range(len(data.COUNTRIES) - 1),
                                                 cum_weights=self.country_weights)[0]]
        speaker, second = self._person(), self._person()
        slots = self._slots(lang, speaker, country, day.year)
        sentences = topic[2]

        def sentence(pool: tuple[str, ...] = sentences) -> str:
            return rng.choice(pool)

        slots["TT"] = rng.choice(topic[1])
        slots["TOPIC0"] = _capitalise(sentence())
        slots["T0"] = slots["TOPIC0"].rstrip(".")
        title = _capitalise(rng.choice(data.TITLES[lang]).format_map(slots))
        if rng.random() < 0.6:
            dateline = country[3][lang]
        else:
            dateline = rng.choice(((data.COUNTRIES[0][3][lang],) * 3) + tuple(d[lang] for d in data.DOMESTIC_DATELINES))
        lead = rng.choice(data.LEADS[lang]).format_map(slots)

        body: list[str] = [_capitalise(sentence()) + " " + _capitalise(sentence(other[2]))]
        if rng.random() < 0.85:
            body.append(self._direct(lang, speaker, slots, sentence))
        if rng.random() < 0.6:
            body.append(_capitalise(rng.choice(data.REPORTED[lang]).format_map({**slots, "S": sentence()})))
        for _ in range(rng.choices((0, 1, 2), weights=(25, 50, 25))[0]):
            body.append(_capitalise(rng.choice(data.TRADE[lang]).format_map(slots)))
            slots.update(self._money_slots(lang))
            slots["PER"] = _period(rng, lang, day.year)
        if rng.random() < 0.5:
            body.append(rng.choice(data.COUNTRY_PARAS[lang]).format_map(slots))
        if rng.random() < 0.9:
            body.append(rng.choice(data.FILLERS[lang]).format_map(slots))
        if rng.random() < 0.4:
            second_slots = {**slots, "P": second.names[lang], "R": data.ROLES[second.role][lang],
                            "V": rng.choice(data.RU_VERBS)[second.female]}
            body.append(self._direct(lang, second, second_slots, lambda: sentence(other[2])))
        head = body[:1]
        rest = body[1:]
        rng.shuffle(rest)
        lines = [f" date {day.isoformat()} {title}", f"{dateline}. KAZINFORM – {lead}", *head, *rest]
        return data.LANGS[lang], "\n".join(lines) + "\n"

    def _direct(self, lang: int, person: Person, slots: dict[str, str], sentence: Callable[[], str]) -> str:
        picked = dict.fromkeys(sentence() for _ in range(self.rng.randint(1, 3)))  # no repeats, in order
        quoted = " ".join(_capitalise(s) for s in picked)
        return self.rng.choice(data.DIRECT[lang]).format_map({**slots, "Q": quoted.rstrip(".")})


def article_path(out: Path, index: int) -> Path:
    """Where the index-th (0-based) article goes: `out/0000/gen_0000001.txt`."""
    return out / f"{index // FILES_PER_FOLDER:04d}" / f"gen_{index + 1:07d}.txt"


def generate(n: int, out: Path, seed: int = 0) -> int:
    """Write n articles under `out` (deterministic for `seed`); returns the number written."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    generator = _Generator(seed)
    with open(out / MANIFEST, "w", encoding="utf-8", newline="\n") as manifest:
        for index in range(n):
            path = article_path(out, index)
            if index % FILES_PER_FOLDER == 0:
                path.parent.mkdir(exist_ok=True)
            lang, text = generator.article(index)
            with open(path, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
            manifest.write(f"{path.stem}\t{lang}\n")
    return n
