"""Who said what in an article: the internals behind :mod:`app.extract.quotes`.

The public entry points are :func:`app.extract.quotes.extract_speech` (and the result classes
there) and the name/role helpers re-exported by :mod:`app.extract.speakers`. Modules, from the
bottom up:

* ``text`` — folding, character classes, word patterns, regex alternations, the lexicon table;
* ``cases`` — Kazakh and Russian case forms of names back to the nominative; surname keys;
* ``roles`` — role nouns, their hits and the resolution classes of a role phrase;
* ``names`` — spotting person names by capitalisation (places, roles and openers split off);
* ``role_phrases`` — the role phrase the article writes right before a name;
* ``persons`` — the per-article registry of persons, their full names and roles;
* ``mentions`` — the speaker-relevant mentions of a paragraph (names, roles, pronouns, orgs);
* ``cues`` — the cue patterns compiled from the lexicons;
* ``model`` — the working state of one article (paragraphs, quote candidates);
* ``sentences`` — sentence splitting and the stretches outside direct quotes;
* ``picking`` — choosing the mention an attribution cue points at;
* ``direct`` — dash paragraphs and quote-mark quotes, and their continuations;
* ``reported`` and ``reported_kk`` / ``reported_ru`` / ``reported_en`` — reported speech;
* ``attribution`` — resolving mentions to persons in text order;
* ``results`` and ``extraction`` — the result classes and the pipeline that fills them.

Lexicons (data only) live in :mod:`app.extract.lexicons`.
"""
