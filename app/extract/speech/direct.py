"""Direct quotes: dash paragraphs and «…» / “…” / "…" spans, with where their attribution is.

The closing attribution cue is found FIRST (", – деп <verb>", ", – сказал", "” X said") and the
paragraph is sliced at it, so no regex ever scans a long quote lazily (no catastrophic
backtracking). A quote with no attribution of its own counts only as the continuation of the
previous paragraph's quote or of a "X said:" introduction.
"""

from __future__ import annotations

import re
from typing import Final

from app.extract.speech.cues import ATTR_VERB, CONTINUE_RE, EN_VERB, KK_NAMING_AFTER_DEP
from app.extract.speech.model import Candidate, Paragraph
from app.extract.speech.picking import adjacent_before, is_person, pick_backward, pick_forward
from app.extract.speech.sentences import sentence_end, sentence_start
from app.extract.speech.text import DASHES, nword, skip

__all__ = ["continuations", "direct_candidates", "trim_direct"]

#: ", – " / ". – " / " – " before an attribution cue inside a dash paragraph or a quote.
_DASH_SPLIT: Final[re.Pattern[str]] = re.compile(r"(?:[,.!?…]\s*|\s)[-–—]\s*")
_AFTER_CLOSE: Final[re.Pattern[str]] = re.compile(r"\s*(?:[,.!?…]\s*)?(?:[-–—]\s*)?")
_QUOTE_CHARS: Final[re.Pattern[str]] = re.compile(r"[«»“”„\"]")


def trim_direct(text: str) -> str:
    """The quoted words only: no leading/trailing dashes, quote marks, commas or spaces."""
    return text.strip(" ,;:–—-«»“”„\"'’").strip()


def _attr_start(lang: str, low: str, pos: int, hi: int) -> int | None:
    """End of the attribution cue word(s) if ``low[pos:]`` opens an attribution, else None."""
    m = ATTR_VERB[lang].match(low, pos, hi)
    if m is None:
        return None
    if lang == "kk" and m.group() == "деп" and KK_NAMING_AFTER_DEP.match(low, m.end(), hi):
        return None  # «X» деп аталады: naming, not speech
    return m.end()


def _tail_end(par: Paragraph, cue: int, hi: int) -> int:
    """Where an attribution clause ends: the sentence end, or a ", adding that" continuation."""
    end = sentence_end(par.text, cue, hi, par.lang)
    cont = CONTINUE_RE[par.lang].search(par.low, cue, end)
    return cont.start() if cont is not None else end


def _split_attributed(par: Paragraph, lo: int, hi: int) -> list[tuple[int, int, tuple[int, int, int] | None]]:
    """Slice quoted text at its attribution cues: [(q_start, q_end, (cue, cue_end, tail_end))].

    The cue is looked for first and the quote is sliced at it, so long paragraphs are never
    backtracked over. After an attribution, a new dash continues the quote ("– A, – деді X.
    – B"); the last part may have no attribution of its own (None).
    """
    parts: list[tuple[int, int, tuple[int, int, int] | None]] = []
    q_start = skip(par.text, lo, hi, " ")
    pos = q_start
    while pos < hi:
        found: tuple[re.Match[str], int] | None = None
        for m in _DASH_SPLIT.finditer(par.low, pos, hi):
            cue_end = _attr_start(par.lang, par.low, m.end(), hi)
            if cue_end is not None:
                found = (m, cue_end)
                break
        if found is None:
            break
        m, cue_end = found
        punct = par.text[m.start()]
        q_end = m.start() + (1 if punct in "!?…" else 0)
        tail = _tail_end(par, m.end(), hi)
        parts.append((q_start, q_end, (m.end(), cue_end, tail)))
        nxt = skip(par.text, tail, hi, " ")
        if nxt < hi and par.text[nxt] in DASHES:
            q_start = skip(par.text, nxt + 1, hi, " ")
            pos = q_start
            continue
        return parts
    if q_start < hi and par.text[q_start:hi].strip():
        parts.append((q_start, hi, None))
    return parts


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Top-level quotation spans (open index, close index); nested «…«…»…» stay inside.

    “ closes a „-quote (Russian style) and opens one otherwise; an unclosed quote runs to the
    end of the paragraph (multi-paragraph quotations).
    """
    spans: list[tuple[int, int]] = []
    stack: list[str] = []
    open_pos = -1
    for m in _QUOTE_CHARS.finditer(text):
        ch = m.group()
        pos = m.start()
        if ch == "«" or ch == "„" or (ch == "“" and not (stack and stack[-1] == "“")) or (
            ch == '"' and not (stack and stack[-1] == '"')
        ):
            if ch == '"' and pos > 0 and text[pos - 1].isalnum():
                continue  # 12" or word"
            if not stack:
                open_pos = pos
            stack.append({"«": "»", "„": "“", "“": "”", '"': '"'}[ch])
        elif stack and ch == stack[-1]:
            stack.pop()
            if not stack:
                spans.append((open_pos, pos))
    if stack:
        spans.append((open_pos, len(text)))
    return spans


def _en_after_attribution(par: Paragraph, pos: int, hi: int) -> tuple[int, int] | None:
    """'” Nurtleu told journalists…' / '” the minister said.' / '” said X.': (verb end, tail end)."""
    end = sentence_end(par.text, pos, min(hi, pos + 160), par.lang)  # verb follows a name at most
    v = EN_VERB.search(par.low, pos, end)
    if v is None:
        return None
    between = par.low[pos: v.start()].strip(" ,")
    if between and ("," in between or nword(between) > 3):
        # Only a speaker may stand between the quote and the verb, however long its title
        # ("” Minister of Science and Higher Education Sayasat Nurbek said").
        m = adjacent_before(par, v.start(), pos)
        if m is None or not is_person(m) or nword(par.low[pos: m.start]) > 1:
            return None
    return v.end(), _tail_end(par, pos, hi)


def _part_candidate(par: Paragraph, q_start: int, q_end: int,
                    attr: tuple[int, int, int] | None) -> Candidate:
    """A direct quote for one slice of quoted text, with the speaker its attribution names
    (``attr`` is (cue, cue end, tail end) as :func:`_split_attributed` gives it)."""
    cand = Candidate(par.index, q_start, q_end, "direct")
    if attr is not None:
        _, cue_end, tail = attr
        cand.mention = pick_forward(par, cue_end, tail)
        cand.mention_par = par.index
        cand.zero = cand.mention is None
    return cand


def direct_candidates(par: Paragraph, cands: list[Candidate]) -> None:
    """Find the direct quotes of one paragraph and mask them (with their attributions)."""
    text = par.text
    n = len(text)
    region_end = 0
    if text[0] in DASHES and n > 1:
        par.quote_para = True
        parts = _split_attributed(par, 1, n)
        prev: Candidate | None = None
        for q_start, q_end, attr in parts:
            cand = _part_candidate(par, q_start, q_end, attr)
            if attr is not None:
                region_end = attr[2]
            elif prev is not None:
                cand.link = prev
                region_end = n
            else:
                cand.pending_continuation = True
                region_end = n
            cands.append(cand)
            prev = cand
        par.masks.append((0, region_end))
        if region_end >= n:
            return
    _quote_mark_candidates(par, cands, region_end)


def _quote_mark_candidates(par: Paragraph, cands: list[Candidate], lo: int) -> None:
    """«…» / “…” / "…" spans from ``lo`` on that are speech: attributed after the closing mark,
    inside the span, by a colon intro, as the second part of an attributed quote, or as a
    whole-paragraph continuation. Other spans (names, titles) only become no-cue zones."""
    text, low, lang = par.text, par.low, par.lang
    n = len(text)
    last_attributed: Candidate | None = None
    last_tail = -1
    for o, c in _quote_spans(text):
        if o < lo:
            continue
        inner_a, inner_b = o + 1, c
        inner = text[inner_a:inner_b]
        if not inner.strip():
            continue
        if o <= skip(text, 0, n, " –—-"):
            par.quote_para = True
        # 1. Attribution inside the span: «A, – деді X. – B».
        parts = _split_attributed(par, inner_a, inner_b) if nword(inner) > 3 else []
        if len(parts) > 1 or (parts and parts[0][2] is not None):
            prev: Candidate | None = None
            for q_start, q_end, attr in parts:
                cand = _part_candidate(par, q_start, q_end, attr)
                if attr is None:
                    cand.link = prev
                cands.append(cand)
                prev = cand
            par.masks.append((o, min(n, c + 1)))
            last_attributed, last_tail = prev, c + 1
            continue
        # 2. Attribution after the closing mark.
        after = _AFTER_CLOSE.match(low, min(n, c + 1)).end() if c + 1 <= n else n
        cand = Candidate(par.index, inner_a, inner_b, "direct")
        attributed = False
        if c < n:
            cue_end = _attr_start(lang, low, after, n)
            if cue_end is not None:
                tail = _tail_end(par, after, n)
                cand.mention = pick_forward(par, cue_end, tail)
                attributed = True
            elif lang == "en":
                hit = _en_after_attribution(par, c + 1, n)
                if hit is not None:
                    tail = hit[1]
                    cand.mention = pick_forward(par, c + 1, tail)
                    attributed = True
        if attributed:
            if cand.mention is None and o > 0 and text[:o].rstrip()[-1:] not in (".", "!", "?", "…", ""):
                # "Президент өз сөзінде «…» деп атап өтті": the subject precedes the quote.
                s0 = sentence_start(text, o, lang)
                before_m = pick_backward(par, s0, o) if s0 < o else None
                if before_m is not None and is_person(before_m):
                    cand.mention = before_m
            cand.zero = cand.mention is None
            cand.mention_par = par.index
            cands.append(cand)
            par.masks.append((o, tail))
            last_attributed, last_tail = cand, tail
            continue
        # 3. Introduced by a colon: "Министр былай деді: «…»", "He said: “…”".
        j = o - 1
        while j >= 0 and text[j] == " ":
            j -= 1
        if j >= 0 and text[j] == ":":
            colon = j
            mention = pick_backward(par, sentence_start(text, colon, lang), colon)
            if mention is not None and is_person(mention):
                cand.mention = mention
                cand.mention_par = par.index
                cands.append(cand)
                par.masks.append((o, min(n, c + 1)))
                last_attributed, last_tail = cand, c + 1
                continue
        # 4. A second part after an attributed one: '“A,” he said. “B.”'.
        if last_attributed is not None and not text[last_tail:o].strip(" .,"):
            cand.link = last_attributed
            cands.append(cand)
            par.masks.append((o, min(n, c + 1)))
            last_attributed, last_tail = cand, c + 1
            continue
        # 5. The whole paragraph is a quotation: continues the previous paragraph's speaker.
        lead = skip(text, 0, n, " –—-")
        if o <= lead and not text[min(n, c + 1):].strip(" .,"):
            cand.pending_continuation = True
            cands.append(cand)
            par.masks.append((o, n))
            continue
        # Not speech (a title, a name in «»): no cue inside it is read, but the sentence
        # around it stays whole.
        par.soft.append((o, min(n, c + 1)))



def continuations(pars: list[Paragraph], cands: list[Candidate]) -> None:
    """Give a whole-paragraph quote the speaker of the previous paragraph's quote or intro."""
    by_par: dict[int, list[Candidate]] = {}
    for c in cands:
        by_par.setdefault(c.par, []).append(c)
    for c in cands:
        if not c.pending_continuation:
            continue
        c.pending_continuation = False
        if c.par == 0:
            c.dropped = True
            continue
        prev = pars[c.par - 1]
        prev_text = prev.text.rstrip()
        if prev_text.endswith(":"):
            colon = len(prev_text) - 1
            mention = pick_backward(prev, sentence_start(prev.text, colon, prev.lang), colon)
            if mention is not None and is_person(mention):
                c.mention, c.mention_par = mention, prev.index
                continue
        prev_direct = [x for x in by_par.get(prev.index, []) if x.kind == "direct" and not x.dropped]
        if prev.quote_para and prev_direct:
            c.link = prev_direct[-1]
            continue
        # "– A." / "– B, – деді X.": the attribution closes the last paragraph of the quote.
        nxt = c.par + 1
        while nxt < len(pars):
            following = [x for x in by_par.get(nxt, []) if x.kind == "direct"]
            if not pars[nxt].quote_para or not following:
                break
            head = following[0]
            if head.mention is not None or head.zero:
                c.link = head
                break
            nxt += 1
        if c.link is None:
            c.dropped = True

