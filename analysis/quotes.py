"""Find quotation spans: balanced or not, curly or straight, within each paragraph.

A quotation is the stretch between an opening and a closing double mark (“ ” " « » „ `` '').
Marks are read in context because straight marks do not say which way they face; a quotation left
open at the end of its paragraph runs to that paragraph's end (news style reopens it in the next
paragraph). Single marks are left alone: inside a quotation they nest, outside they are mostly
apostrophes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Final

from analysis.native import by_fields

# Three apostrophes are a double mark with a single one nested against it (''the word 'no,''').
_MARKS: Final = re.compile(r"“|”|„|«|»|``|'''?|\"|‟|″")
# What :data:`_MARKS` can match begins with one of these: a text holding none holds no mark.
_MARK_OPENINGS: Final = ('"', "“", "”", "''", "``", "„", "«", "»", "‟", "″")
_OPENERS: Final = frozenset({"“", "„", "«", "``", "‟"})
# Two apostrophes close a `` quotation, but some newsrooms also open with them: read in context.
_CLOSERS: Final = frozenset({"”", "»", "''", "″"})
# Characters after which a straight mark opens rather than closes.
_OPEN_BEFORE: Final = frozenset(" \t\n\r\u00a0([{—–-/:;")
_WORDS: Final = re.compile(r"\w+(?:['’]\w+)*")
# Invisible format characters (bidi marks, zero-width spaces, BOM) that scraped text leaves beside
# marks: a mark is read by the visible characters around it.
_INVISIBLE: Final = frozenset("\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                       "\u2060\u2066\u2067\u2068\u2069\ufeff")

OPEN, CLOSE, EITHER = 1, 2, 3


@dataclass(frozen=True, slots=True)
class Quote:
    """One quotation: ``[start, end)`` includes its marks, ``[inner_start, inner_end)`` does not."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    closed: bool

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return by_fields(self)  # compiled, it pickles through its constructor

    def words(self, text: str) -> int:
        """Number of words inside the marks."""
        return len(_WORDS.findall(text, self.inner_start, self.inner_end))

    def words_up_to(self, text: str, limit: int) -> int:
        """Number of words inside the marks, counted up to ``limit``: ``min(words, limit)``."""
        count = 0
        for _ in _WORDS.finditer(text, self.inner_start, self.inner_end):
            count += 1
            if count >= limit:
                break
        return count


def _facing(text: str, start: int, end: int, mark: str) -> int:
    """Whether a mark at ``[start, end)`` opens, closes, or could do either."""
    before = text[start - 1] if start > 0 else " "
    if before in _INVISIBLE:
        before = _visible_before(text, start)
    after = text[end] if end < len(text) else " "
    if after in _INVISIBLE:
        after = _visible_after(text, end)
    if mark in _OPENERS:
        # A curly opener typed at a quotation's end ('win.“ he said'): either way, by context.
        return EITHER if mark == "“" and _closes_here(before, after) else OPEN
    if mark in _CLOSERS and mark != "''":
        # A closer typed at a quotation's start ('” … they are not like him'): either way.
        at_line_start = start == 0 or before in "\n\r\u2028\u2029"
        return EITHER if mark == "”" and before in _OPEN_BEFORE and (
            at_line_start or after.isalnum() or after in "…$") else CLOSE
    opens = before in _OPEN_BEFORE and not after.isspace()
    closes = not before.isspace() and (after.isspace() or not after.isalnum())
    if opens and not closes:
        return OPEN
    if closes and not opens:
        return CLOSE
    return EITHER


def _visible_before(text: str, start: int) -> str:
    i = start - 1
    while i >= 0 and text[i] in _INVISIBLE:
        i -= 1
    return text[i] if i >= 0 else "\n"


def _visible_after(text: str, end: int) -> str:
    i = end
    while i < len(text) and text[i] in _INVISIBLE:
        i += 1
    return text[i] if i < len(text) else " "


def _closes_here(before: str, after: str) -> bool:
    return (before in ".,!?;…" or before.isalnum()) and (after.isspace() or after in ",.;:!?)")


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def quotes_in(text: str, start: int, end: int) -> list[Quote]:
    """Quotations inside ``text[start:end]`` (one paragraph), in order, offsets into ``text``.

    >>> text = 'He said "yes."'
    >>> [text[q.inner_start:q.inner_end] for q in quotes_in(text, 0, 14)]
    ['yes.']
    """
    return list(_quotes_in(text, start, end))


# Segmentation and attribution both read each paragraph's quotations: the second asks again.
@lru_cache(maxsize=1024)
def _quotes_in(text: str, start: int, end: int) -> tuple[Quote, ...]:
    if not _holds_mark(text, start, end):
        return ()
    found: list[Quote] = []
    open_start = open_end = -1
    marks: list[tuple[int, int, str, int]] = []  # (start, end, mark, facing)
    for m in _MARKS.finditer(text, start, end):
        mark = m.group()
        if mark == "'''":
            mark = "''"  # opening, its first two; closing, its last two
        marks.append((m.start(), m.end(), mark, _facing(text, m.start(), m.end(), mark)))
    skip_to = -1
    for i, (m_start, m_end, mark, facing) in enumerate(marks):
        if i <= skip_to:
            continue
        if open_start < 0:
            if facing != CLOSE:
                open_start, open_end = m_start, m_start + len(mark)
            continue
        if facing == OPEN and m_start > open_end:
            nested = _nested_end(marks, i, text[open_start:open_end])
            if nested is not None:
                skip_to = nested  # '"... the question: “Do you think so?” Forty-three, yes."'
                continue
            # A new opener while one is open: the earlier quotation was never closed.
            inner_end = _trim_end(text, open_end, m_start)
            found.append(Quote(open_start, inner_end, open_end, inner_end, False))
            open_start, open_end = m_start, m_start + len(mark)
            continue
        if m_start == open_end:
            continue  # a doubled mark such as `` "" `` opens once
        found.append(Quote(open_start, m_end, open_end, m_end - len(mark), True))
        open_start = open_end = -1
    if open_start >= 0:
        inner_end = _trim_end(text, open_end, end)
        found.append(Quote(open_start, inner_end, open_end, inner_end, False))
    return tuple(found)


def _nested_end(marks: list[tuple[int, int, str, int]], i: int, outer: str) -> int | None:
    """The index in ``marks`` of the mark closing a quotation nested at ``marks[i]`` inside one
    opened by ``outer``, or ``None`` when it is no nested quotation. Only a quotation of the other
    style nests (curly inside straight, straight inside curly), and only when its closer comes
    before a mark that can close the outer one. (Where the outer one runs on to the next paragraph
    unclosed, a quotation inside it cannot be told from a quotation after a stray mark.)"""
    straight = outer == '"'
    if straight == (marks[i][2] == '"') or (not straight and outer != "“"):
        return None
    for j in range(i + 1, len(marks)):
        mark, facing = marks[j][2], marks[j][3]
        if (mark == '"') == straight:
            return None  # the outer quotation's style comes first: no nesting
        if facing != OPEN and (mark == '"' or mark == "”"):
            # the nested quotation closes: the outer one must close after it
            for k in range(j + 1, len(marks)):
                if (marks[k][2] == '"') == straight and marks[k][3] != OPEN and (
                        straight or marks[k][2] == "”"):
                    return j
            return None
    return None


def _holds_mark(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a quotation mark of :data:`_MARKS`: a ``str.find`` for
    each is a quick scan, where the pattern tests every character."""
    for mark in _MARK_OPENINGS:
        if text.find(mark, start, end) >= 0:
            return True
    return False


def find_quotes(text: str, paragraphs: Iterable[tuple[int, int]]) -> list[Quote]:
    """Quotations of every paragraph ``(start, end)`` of ``text``, in order."""
    found: list[Quote] = []
    for start, end in paragraphs:
        found.extend(quotes_in(text, start, end))
    return found
