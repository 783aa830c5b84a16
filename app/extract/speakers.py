"""Person names, their case forms and their roles, for attributing quotes (no database).

A quote's attribution slot gives a surface form (``Назаровтың``, ``Шаккалиева``, ``министра``,
``Nurtleu``) while the answer must be the person's full nominative name as the article gives it
at its fullest, plus the roles it gives them. That needs name spotting by capitalisation, case
→ nominative, and roles — the quote finder should not care about any of it.

This module is the public face of that part of :mod:`app.extract.speech`; the work is done in
``speech.names`` (spotting), ``speech.cases`` (case forms, surname keys), ``speech.roles`` and
``speech.role_phrases`` (roles), ``speech.persons`` (the per-article registry) and
``speech.mentions`` (the mentions a quote can point at).
"""

from __future__ import annotations

# Everything this module defined publicly before the split is importable from it still (the
# tests use name_segments and attached_role, which were never in __all__).
from app.extract.speech.cases import kk_strip_case, ru_to_nominative, surname_key
from app.extract.speech.mentions import Mention, paragraph_mentions
from app.extract.speech.names import NameOcc, name_segments, surname_shaped
from app.extract.speech.persons import Person, Registry, build_registry
from app.extract.speech.role_phrases import attached_role
from app.extract.speech.roles import RoleHit, hit_classes, role_classes, role_hits
from app.extract.speech.text import LEXICONS, NAME_RUN, fold, lower_same_length

__all__ = [
    "LEXICONS",
    "Mention",
    "NameOcc",
    "Person",
    "Registry",
    "build_registry",
    "fold",
    "kk_strip_case",
    "lower_same_length",
    "paragraph_mentions",
    "role_classes",
    "ru_to_nominative",
    "surname_key",
]
