"""Build one compact regex alternation from a word list by factoring common prefixes.

WHY: the lexicons (country stems, currency words, cue words) hold hundreds of entries. A flat
``a|b|c|...`` alternation makes Python's ``re`` try every branch at every candidate position,
which blew the 0.5 ms/article budget in the prototype; a prefix trie tries each letter once.
Longer entries win over their prefixes because a node tries its children before its own end
("қазақстан" before "қазақ").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["trie_pattern"]

_END = ""  # marker key for "a word ends here"; never a real one-character key

# A trie node: one child per next letter, plus _END when a word ends at the node.
_Node = dict[str, "_Node"]


def _insert(root: _Node, word: str) -> None:
    node = root
    for char in word:
        node = node.setdefault(char, {})
    node[_END] = {}


def _render(node: _Node) -> str:
    """Regex for the subtree: children first (longest match), the end marker as an option."""
    branches: list[str] = []
    singles: list[str] = []
    for char in sorted(k for k in node if k != _END):
        child = node[char]
        if list(child) == [_END]:
            singles.append(char)
        else:
            branches.append(re.escape(char) + _render(child))
    if singles:
        if len(singles) == 1:
            branches.append(re.escape(singles[0]))
        else:
            branches.append("[" + "".join(re.escape(c) for c in singles) + "]")
    optional = _END in node
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and not optional and len(branches[0]) == 1 else (
        "(?:" + "|".join(branches) + ")"
    )
    return body + "?" if optional else body


def trie_pattern(words: Iterable[str], after_first: str = "") -> str:
    """A non-capturing regex matching exactly the given words, longest first.

    Empty strings are ignored; the result has no anchors, so callers add their own word
    boundaries. Raises ValueError for an empty list, since an empty alternation would match
    everywhere.

    ``after_first`` (a zero-width assertion) is put right after the first letter of every word,
    each first letter then being a plain branch of its own. A pattern that opens with such
    letters lets ``re`` skip to the next position holding one of them, where a leading
    lookbehind makes it try every position; a caller moves its boundary test there (see
    :func:`app.extract.speech.text.words_re`).
    """
    root: _Node = {}
    count = 0
    for word in words:
        if word:
            _insert(root, word)
            count += 1
    if not count:
        raise ValueError("trie_pattern needs at least one non-empty word")
    if not after_first:
        return "(?:" + _render(root) + ")"
    # At one position only one first letter fits, so the order of these branches is irrelevant.
    return "(?:" + "|".join(re.escape(char) + after_first + _render(root[char]) for char in sorted(root)) + ")"
