"""The persons named in one article: their occurrences, full nominative name and roles.

Built once per article by :func:`build_registry`: every name occurrence is spotted, given the
role phrase written before it, and filed under a person keyed by its case-free surname (and
first name, to keep namesakes apart). Attribution then only has to find *which mention* a
quote points at.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

from app.extract.speech.cases import kk_strip_case, ru_case_of, ru_form_case, ru_to_nominative, surname_key
from app.extract.speech.names import NameOcc, name_segments, surname_shaped
from app.extract.speech.role_phrases import attached_role
from app.extract.speech.roles import RU_ROLE_FORMS, role_classes
from app.extract.speech.text import LEXICONS, WORD, fold, is_latin, lower_same_length, strip_possessive

__all__ = ["Person", "Registry", "build_registry"]


@dataclass(slots=True)
class Person:
    """Everything the article says about one person; built once per article."""

    key: str
    lang: str
    occs: list[NameOcc] = field(default_factory=list)
    nom_forms: list[str] = field(default_factory=list)  # surnames seen in a nominative slot
    gen_forms: list[str] = field(default_factory=list)  # surnames seen in a genitive slot
    intro_roles: list[str] = field(default_factory=list)
    mention_roles: list[str] = field(default_factory=list)
    classes: set[str] = field(default_factory=set)
    gender: str | None = None
    first: str | None = None  # first-name key, to keep namesakes apart

    @property
    def position(self) -> tuple[int, int]:
        """(paragraph, offset) of the first mention; the title counts as paragraph -1."""
        o = self.occs[0]
        return (o.par, o.start)

    def full_tokens(self) -> int:
        """Words in the fullest form the article gives (1 = surname only)."""
        return max(len(o.tokens) for o in self.occs)

    def add_role(self, role: str, intro: bool) -> None:
        """Record a role; roles written next to the name come before those that only refer to
        the person later ("саясаттанушы" before "сарапшы"): the former are the more specific."""
        target = self.intro_roles if intro else self.mention_roles
        if role and role not in target:
            target.append(role)
        self.classes |= role_classes(role, self.lang)

    @property
    def roles(self) -> tuple[str, ...]:
        """Every role, most specific first, without repeats."""
        out: list[str] = []
        for r in self.intro_roles + self.mention_roles:
            if r not in out:
                out.append(r)
        return tuple(out)

    @property
    def forms(self) -> tuple[str, ...]:
        """Every surface form of the name, in text order, for name search."""
        out: list[str] = []
        for o in self.occs:
            surface = " ".join(o.tokens)
            if surface not in out:
                out.append(surface)
        return tuple(out)

    def surname_nominative(self) -> str:
        """The surname as the nominative, from slot evidence first, then from the forms seen."""
        if self.nom_forms:
            return self.nom_forms[0]
        lasts = [o.tokens[-1] for o in self.occs]
        if self.lang == "kk":
            latin = [w for w in lasts if is_latin(w)]
            if latin:
                return strip_possessive(latin[0])
            # The shortest form that every other form extends is the bare nominative.
            for w in sorted(set(lasts), key=len):
                if all(fold(x).startswith(fold(w)) for x in lasts):
                    if kk_strip_case(w)[1] == "nom" or len(set(lasts)) > 1:
                        return w
            stripped = [kk_strip_case(w)[0] for w in lasts]
            return min(stripped, key=len)
        if self.lang == "ru":
            if self.gen_forms:
                return ru_to_nominative(self.gen_forms[0], "gen", self.gender)
            hinted = [o for o in self.occs if o.case not in ("?", "nom")]
            if hinted and len(hinted) == len(self.occs):
                return ru_to_nominative(hinted[0].tokens[-1], hinted[0].case, self.gender)
            # Prefer a form that is a prefix of the others (Мырзабосынов / Мырзабосынова).
            for w in sorted(set(lasts), key=len):
                if all(fold(x).startswith(fold(w)) for x in lasts):
                    return w
            return lasts[0]
        return strip_possessive(lasts[0])

    @property
    def name(self) -> str:
        """Full nominative name at its fullest, e.g. "Равшан Назаров"."""
        surname = self.surname_nominative()
        best = max(self.occs, key=lambda o: (len(o.tokens), -o.par, -o.start))
        if len(best.tokens) == 1:
            return surname
        firsts = list(best.tokens[:-1])
        if self.lang == "ru" and not is_latin(surname):
            # Prefer a full-name occurrence in the nominative; else decline the first names back.
            for o in self.occs:
                if (len(o.tokens) == len(best.tokens) and fold(o.tokens[-1]) == fold(surname)
                        and o.case in ("?", "nom")):
                    return " ".join(o.tokens)
            case, gender = ru_case_of(fold(best.tokens[-1]), fold(surname))
            if case == "nom" and best.case not in ("?", "nom"):
                case = best.case  # indeclinable surname: the role noun told the case
            gender = gender or self.gender
            firsts = [ru_to_nominative(w, case, gender, first=True) for w in firsts]
        return " ".join([*firsts, surname])


class Registry:
    """All persons named in one article, findable by surname key and by role class."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.by_key: dict[str, list[Person]] = {}
        self.persons: list[Person] = []

    def add(self, occ: NameOcc) -> Person:
        """File an occurrence under its person, keeping namesakes with other first names apart.

        A two-word run that opens a sentence may be "Adverb Surname"; if the surname already
        belongs to someone with another first name, it is taken as that person's surname.
        """
        people = self.by_key.setdefault(occ.key, [])
        first = surname_key(occ.tokens[0], self.lang) if len(occ.tokens) > 1 else None
        if first is not None and occ.sentence_initial and people and all(p.first != first for p in people):
            # "Ранее Мырзабосынов": keep only the surname, so the opener never becomes a
            # first name or a surface form.
            occ.start = occ.role_start = occ.end - len(occ.tokens[-1])
            occ.tokens = occ.tokens[-1:]
            first = None
        for p in people:
            if first is None or p.first is None or p.first == first:
                if p.first is None and first is not None:
                    p.first = first
                p.occs.append(occ)
                return p
        person = Person(key=occ.key, lang=self.lang, first=first)
        person.occs.append(occ)
        people.append(person)
        self.persons.append(person)
        return person

    def find(self, key: str, first: str | None = None) -> Person | None:
        """The person with this surname key (and first-name key, when given and known)."""
        people = self.by_key.get(key)
        if not people:
            return None
        if first is not None:
            for p in people:
                if p.first == first:
                    return p
        return people[0]

    def with_classes(self, classes: frozenset[str]) -> list[Person]:
        """Persons the article introduced with a role of one of these classes."""
        return [p for p in self.persons if p.classes & classes]


#: Every language's endings: an article in one language names people of the others too.
_FEMALE_ENDINGS: Final[tuple[str, ...]] = tuple(
    e for lex in LEXICONS.values() for e in lex.FEMALE_SURNAME_ENDINGS
)
_MALE_ENDINGS: Final[tuple[str, ...]] = tuple(
    e for lex in LEXICONS.values() for e in lex.MALE_SURNAME_ENDINGS
)


def build_registry(title: str, paragraphs: tuple[str, ...], lows: list[str],
                   lang: str) -> tuple[Registry, list[list[NameOcc]]]:
    """Spot every name in the article and group the occurrences into persons.

    Returns the registry and, per paragraph, its valid name occurrences (the title's are only
    used for grouping and roles, never as mention sites).
    """
    registry = Registry(lang)
    per_par: list[list[NameOcc]] = []
    all_occs: list[NameOcc] = []
    title_low = lower_same_length(title)
    texts = [(title, title_low), *zip(paragraphs, lows)]
    for par, (text, low) in enumerate(texts, start=-1):
        occs = name_segments(text, lang, par)
        if par >= 0:
            per_par.append(occs)
        all_occs.extend(occs)
    # Full names first (and mid-sentence ones before sentence-initial ones), so that a lone
    # surname joins the full name given elsewhere.
    for occ in sorted(all_occs, key=lambda o: (-len(o.tokens), o.sentence_initial)):
        if len(occ.tokens) == 1 and occ.key not in registry.by_key and not surname_shaped(occ.tokens[0], lang):
            occ.valid = False
            continue
        text, low = texts[occ.par + 1]
        role, role_start = attached_role(text, low, occ.start, lang)
        if role is not None:
            occ.role = role
            occ.role_start = role_start
            if lang == "ru" and not is_latin(occ.tokens[-1]):
                # The role noun shows the case the name is in ("главой МИД Муратом Нуртлеу"),
                # which an indeclinable surname cannot.
                form = fold(WORD.match(low, role_start).group())
                occ.case = ru_form_case(form, RU_ROLE_FORMS.get(form, form))
        person = registry.add(occ)
        if occ.role:
            person.add_role(occ.role, intro=True)
    for person in registry.persons:
        person.occs.sort(key=lambda o: (o.par, o.start))
        last = fold(person.surname_nominative())
        if lang == "ru" and not is_latin(last):
            continue  # a Russian -ова may be a man's genitive: gender comes from the slot
        if last.endswith(_FEMALE_ENDINGS):
            person.gender = "f"
        elif last.endswith(_MALE_ENDINGS):
            person.gender = "m"
    for par_occs in per_par:
        par_occs[:] = [o for o in par_occs if o.valid]
    return registry, per_par

