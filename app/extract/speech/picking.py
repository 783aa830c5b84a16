"""Choosing the mention an attribution cue points at, forward or backward from the cue.

A name beats a role beats a pronoun; an institution is returned only when no person is
mentioned at all, so that the caller drops the quote (precision first).
"""

from __future__ import annotations

from app.extract.speech.mentions import Mention
from app.extract.speech.model import Paragraph

__all__ = ["adjacent_before", "is_person", "nominative", "pick_backward", "pick_forward"]


def is_person(m: Mention) -> bool:
    return m.kind in ("name", "role", "pronoun")


def nominative(m: Mention) -> bool:
    """Could this mention be a subject? Russian names carry no case of their own ("?")."""
    if m.kind in ("pronoun", "role"):
        return m.case == "nom"
    return m.case in ("nom", "?")


def pick_forward(par: Paragraph, a: int, b: int) -> Mention | None:
    """The speaker named after a cue ("– деп тоқталды Равшан Назаров", "по словам министра").

    A name beats a role beats a pronoun within the clause; an institution with no person in
    the clause is returned so that the caller drops the quote.
    """
    ms = par.in_range(a, b)
    for kind in ("name", "role", "pronoun", "org"):
        for m in ms:
            if m.kind == kind:
                return m
    return None


def pick_backward(par: Paragraph, a: int, b: int) -> Mention | None:
    """The person mentioned nearest before a cue ("Равшан Назаров атап өткендей").

    An institution word nearer the cue ("... министр X Мәжіліс отырысында мәлім етті") is only
    the answer when no person is mentioned at all, in which case the caller drops the quote.
    """
    ms = par.in_range(a, b)
    for m in reversed(ms):
        if is_person(m):
            return m
    return ms[-1] if ms else None


def adjacent_before(par: Paragraph, pos: int, lo: int) -> Mention | None:
    """The mention that ends right before ``pos`` (only spaces between)."""
    for m in reversed(par.in_range(lo, pos)):
        if par.low[m.end:pos].strip() == "":
            return m
        return None
    return None

