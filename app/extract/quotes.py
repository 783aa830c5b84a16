"""Who said what: direct and reported speech with its speaker, for kk, ru and en articles.

Pure functions from a :class:`ParsedArticle` to frozen dataclasses; no database, no I/O.

How it works, and why this way (see shared/notes/extraction.md: nothing offline does Kazakh
quote attribution, and Kazinform's house style is regular enough for rules):

1. **Names first.** Every capitalised name in the article is spotted (``speech.names``), with
   the role written before it (``speech.role_phrases``), and the forms are grouped into persons
   (``speech.persons``). Attribution then only has to find *which mention* a quote points at.
2. **Direct quotes** are dash paragraphs and «…»/“…”/"…" spans. The closing attribution cue is
   found FIRST (", – деп <verb>", ", – сказал", "” X said") and the paragraph is sliced at it,
   so no regex ever scans a long quote lazily (no catastrophic backtracking). A quote with no
   attribution of its own counts only as the continuation of the previous paragraph's quote or
   of a "X said:" introduction (``speech.direct``).
3. **Reported speech** is found per sentence, outside the direct quotes (they are masked), from
   frames (Назаровтың пікірінше, X атап өткендей, по словам X, как отметил X, According to X),
   from verb-of-saying clauses (X ... -ғанын атап өтті, X отметил, что, X said (that)), from the
   inverted lead (..., X said at ...), and from the lead formula that points back at the
   preceding sentences (Мұндай пікірді ... X білдірді, Об этом ... сообщил X) —
   ``speech.reported_kk`` / ``reported_ru`` / ``reported_en``.
4. **Attribution** is resolved in text order: a name to its person; a role noun to the person
   the article introduced with a role of the same class (сарапшы → the саясаттанушы; Глава
   государства → the Президент), else to the most recent speaker; a pronoun or a zero subject
   (Kazakh "– деді.") to the most recent speaker. Institutions, bylines and unresolvable
   reported speech are dropped: precision first (``speech.attribution``).

All cue matching is on a lower-cased copy made once per paragraph (never re.IGNORECASE over
Cyrillic alternations, which is slow); name matching stays case-sensitive because capitals are
the signal.

This module is the public entry point; the work is done in the :mod:`app.extract.speech`
package (one module per job, listed in its docstring).
"""

from __future__ import annotations

from app.extract.speech.extraction import extract_speech
from app.extract.speech.results import ExtractedQuote, ExtractedSpeaker, SpeechExtraction

__all__ = ["ExtractedQuote", "ExtractedSpeaker", "SpeechExtraction", "extract_speech"]
