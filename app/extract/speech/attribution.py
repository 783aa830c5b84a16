"""Attribution: resolving the mention a quote points at to a person, in text order.

A name resolves to its person; a role noun to the person the article introduced with a role
of the same class (сарапшы → the саясаттанушы; Глава государства → the Президент), else to the
most recent speaker; a pronoun or a zero subject (Kazakh "– деді.") to the most recent
speaker. Resolving also teaches the person its nominative forms and its roles.
"""

from __future__ import annotations

from app.extract.speech.cases import kk_strip_case, surname_key
from app.extract.speech.mentions import Mention
from app.extract.speech.model import Candidate
from app.extract.speech.persons import Person, Registry
from app.extract.speech.text import fold

__all__ = ["Resolver"]


class Resolver:
    """Resolves mentions to persons in text order, remembering who spoke last."""

    def __init__(self, registry: Registry, lang: str) -> None:
        self.registry = registry
        self.lang = lang
        self.history: list[Person] = []  # speakers in the order they spoke

    def recent(self, gender: str | None = None) -> Person | None:
        for p in reversed(self.history):
            if gender is None or p.gender is None or p.gender == gender:
                return p
        return None

    def last_named_before(self, par: int, pos: int, gender: str | None = None) -> Person | None:
        best: tuple[tuple[int, int], Person] | None = None
        for p in self.registry.persons:
            if len(p.occs) == 0 or (gender is not None and p.gender not in (None, gender)):
                continue
            if p.full_tokens() < 2 and not p.nom_forms:
                continue
            for o in p.occs:
                if (o.par, o.start) < (par, pos) and (best is None or (o.par, o.start) > best[0]):
                    best = ((o.par, o.start), p)
        return best[1] if best is not None else None

    def by_role(self, m: Mention, par: int) -> Person | None:
        """The person a role noun refers to: among those introduced with a role of the same
        class — the full matches first ("глава МИД" is the foreign minister, not any minister)
        — the most recent speaker, else the most recently named; with no such person, the most
        recent speaker (if the article gave them no conflicting role)."""
        candidates = self.registry.with_classes(m.classes)
        full = [p for p in candidates if m.classes <= p.classes]
        candidates = full or candidates
        if candidates:
            for p in reversed(self.history):
                if p in candidates:
                    return p
            before = [p for p in candidates if p.position <= (par, m.start)]
            if before:
                return max(before, key=lambda p: max((o.par, o.start) for o in p.occs
                                                     if (o.par, o.start) <= (par, m.start)))
            return candidates[0]
        # Nobody was introduced with this role: the most recent speaker, unless the article gave
        # that speaker another role ("вице-министр" is not the press secretary who just spoke).
        recent = self.recent()
        if recent is not None and recent.classes and not (recent.classes & m.classes):
            return None
        return recent

    def resolve(self, cand: Candidate) -> Person | None:
        m = cand.mention
        if cand.link is not None:
            return cand.link.speaker
        if m is None:
            return self.recent() if cand.zero else None
        if m.kind == "name" and m.occ is not None:
            occ = m.occ
            first = surname_key(occ.tokens[0], self.lang) if len(occ.tokens) > 1 else None
            person = self.registry.find(occ.key, first)
            if person is None:
                return None
            last = occ.tokens[-1]
            if cand.slot == "nom" and (self.lang != "kk" or kk_strip_case(last)[1] == "nom"):
                if last not in person.nom_forms:
                    person.nom_forms.append(last)
            elif cand.slot == "gen" and self.lang == "ru":
                person.gen_forms.append(last)
                if fold(last).endswith("ой"):
                    person.gender = "f"
            if occ.role:
                person.add_role(occ.role, intro=True)
            return person
        if m.kind == "role":
            person = self.by_role(m, cand.mention_par)
            if person is not None and m.role:
                person.add_role(m.role, intro=False)
            return person
        if m.kind == "pronoun":
            return self.recent(m.gender) or self.last_named_before(cand.mention_par, m.start, m.gender)
        return None
