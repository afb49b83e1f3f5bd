"""Split an article into paragraphs and sentences, with offsets exact into ``Article.text``.

Sentences are found by a compiled regex over candidate ends (``. ! ?`` and closing marks before
whitespace and a capital) and then filtered: an end inside a quotation does not split (a quotation
spanning two sentences stays one sentence), nor does one after a known abbreviation (Mr., Sen.,
U.S., Jan.) when the next word could not start a sentence, nor after an initial ("J. Smith").
The abbreviations are the project's data file :data:`analysis.config.PUNKT_PARAMS`, read by
:func:`analysis.cues.load_abbreviations`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from analysis.boilerplate import is_boilerplate
from analysis.cues import DETERMINERS, NAME_TITLES, PRONOUNS, SPEECH, STANCE, load_abbreviations
from analysis.models import Article, Paragraph, Segmented, Sentence
from analysis.quotes import quotes_in
from analysis.speakers import SENTENCE_OPENERS

_LINES: Final = re.compile(r"[^\n\r\u2028\u2029]+")
# A line of :data:`_LINES` without the white space at its ends; blank lines hold none.
_TRIMMED_LINES: Final = re.compile(r"\S(?:[^\n\r\u2028\u2029]*\S)?")
# A candidate end: terminal punctuation, optional closing marks, whitespace, then something that
# can start a sentence (a capital, a digit, an opening mark or bracket, or a quotation opening
# with an ellipsis: '". . . I just want"'). (The punctuation is written as one character, then
# any more, so the scan can skip ahead to those characters.)
_ENDS: Final = re.compile(
    r"(?P<end>[.!?…][.!?…]*[\"'”’»)\]]*)\s+(?=[\"'“‘«(\[`]*[^\W_a-z]|[\"“«](?:…|\.\s?\.\s?\.))",
)
# The characters that open a match of :data:`_ENDS`: only where one stands can a match begin.
_END_MARKS: Final = ".!?…"
_LAST_WORD: Final = re.compile(r"([\w.’'-]+)[.!?…]+[\"'”’»)\]]*$")
# A tail of word characters, periods and closing marks, read backwards from the tail's end.
_TAIL_REVERSED: Final = re.compile(r"[\w.’'\-!?…\"”»)\]]*")
# After a quotation closed by "?", "!" or an ellipsis, its attribution ('"Why?" Roe asked.',
# '"No!" said Roe.', '"Well…" Roe said.') continues the sentence.
_SPEECH_VERBS: Final = "|".join(sorted((w for w in SPEECH | STANCE if not w.endswith("ing")), key=len, reverse=True))
_ATTRIBUTION_AHEAD: Final = re.compile(
    r"(?:(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4}|he|she|they|we|I|[Tt]he\s+[a-z]+(?:\s+[a-z]+)?)"
    # a role between an owner and a name ('"Why?" Mr Roe's lawyer Jane Doe said')
    r"(?:\s+[a-z]+(?:\s+[A-Z][\w’'.-]*){1,3})?"
    # an appositive between the name and the verb: '"Why?" Jane Roe, the mayor, asked.'
    r"(?:,\s+(?:the|a|an|his|her|their|its|who|[A-Z])[^,;:.!?\"“”\n]{0,80},)?"
    r"\s+(?:[a-z]+ly\s+)?(?:" + _SPEECH_VERBS + r")|(?:" + _SPEECH_VERBS + r")\s+[A-Z\w])\b"
)
# Capital initials with periods ("U.S.", "U.N."), before any closing marks.
_INITIALS_END: Final = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}$")
# Two or three initials, in lower case and without the final period ("j.m", "j.r.r").
_INITIALS: Final = re.compile(r"[a-z](?:\.[a-z]){1,2}")
# Marks that may open a sentence before its first letter.
_OPENING_MARKS: Final = frozenset("\"'“‘«([`")
_NEXT_WORD: Final = re.compile(r"[A-Za-z][\w’'-]*")
# Words that open sentences: after initials, they start a new one.
_OPENING_WORDS: Final = SENTENCE_OPENERS | PRONOUNS | DETERMINERS | frozenset("""
that there here or no not what who why how where which six seven eight nine ten tomorrow last
next first finally only even just such more every
""".split())
def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Non-blank lines, trimmed: each is a paragraph (the matches of :data:`_TRIMMED_LINES`).

    In a text whose only line break is "\\n", the lines are found by ``str.find`` (a quick scan)
    and trimmed by ``str.strip``, which removes the white space that ``\\S`` does not match.
    """
    if "\r" in text or "\u2028" in text or "\u2029" in text:
        return [m.span() for m in _TRIMMED_LINES.finditer(text)]
    spans: list[tuple[int, int]] = []
    start = 0
    size = len(text)
    while start < size:
        end = text.find("\n", start)
        if end < 0:
            end = size
        line = text[start:end]
        body = line.lstrip()
        if body:
            first = start + len(line) - len(body)
            spans.append((first, first + len(body.rstrip())))
        start = end + 1
    return spans


def _is_abbreviation_end(text: str, para_start: int, punct_end: int, next_start: int,
                         abbreviations: frozenset[str]) -> bool:
    """True when the period before ``punct_end`` closes an abbreviation or initial, not a sentence."""
    # The word is read from the last space in the 40 characters before ``punct_end``: the match
    # of :data:`_LAST_WORD` is a tail of word characters, periods and closing marks, so it starts
    # after such a space.
    lo = max(para_start, punct_end - 40)
    space = text.rfind(" ", lo, punct_end)
    word = _period_word(text[space + 1 if space >= 0 else lo:punct_end])
    if word is None:
        return False
    if word in NAME_TITLES or word.rpartition("-")[2] in NAME_TITLES:
        return True  # "Sen.", and a title after a hyphen: "then-Sen. Barack Obama", "ex-Gov."
    if len(word) == 1 and word.isalpha():
        return True  # an initial, as in "J. Smith"
    # Initials not in the list ("said J.M. Berger", "Rep. G.K. Butterfield") are read as listed
    # ones are.
    if word not in abbreviations and _INITIALS.fullmatch(word) is None:
        return False
    # The next sentence's first letter, after any opening marks: 'said no. "We' ends a sentence
    # as 'said no. We' does.
    letter = next_start
    while text[letter:letter + 1] in _OPENING_MARKS:
        letter += 1
    if not text[letter:letter + 1].isupper():
        return True
    if _INITIALS_END.search(text[lo:punct_end]) is None:
        return False
    # "the U.S. Senate", "U.N. officials": initials before a name go on, unless the next word is
    # one that opens sentences ("... to the U.S. It grew").
    after = _NEXT_WORD.match(text, next_start)
    return after is not None and after.group().lower() not in _OPENING_WORDS


@lru_cache(maxsize=65536)
def _period_word(piece: str) -> str | None:
    """The word of :func:`_last_word` when ``piece`` ends in a period (before any closing marks),
    else ``None``. Pieces recur ("said.", "Mr.", 'it?"'), so each is read once."""
    if not piece.rstrip("\"'”’»)]").endswith("."):
        return None
    return _last_word(piece)


@lru_cache(maxsize=65536)
def _last_word(piece: str) -> str | None:
    """The word of :data:`_LAST_WORD` at the end of ``piece`` ("Mr.", "U.S."), lower case and
    without its periods; ``None`` when there is none. Pieces recur ("said.", "Mr."), so each is
    read once. The match lies in the tail of word characters, periods and closing marks, so only
    the tail is searched."""
    tail_reversed = _TAIL_REVERSED.match(piece[::-1])  # always matches, perhaps empty
    tail = piece[len(piece) - tail_reversed.end():] if tail_reversed is not None else ""
    m = _LAST_WORD.search(tail)
    return None if m is None else m.group(1).lower().rstrip(".")


def _end_matches(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The matches of :data:`_ENDS` in ``text[start:end]``, as its ``finditer`` gives them. Each
    begins at a character of :data:`_END_MARKS`, so the pattern is tried only at those, found by
    ``str.find`` (a quick scan), in order and each after the last match."""
    places: list[int] = []
    for mark in _END_MARKS:
        i = text.find(mark, start, end)
        while i >= 0:
            places.append(i)
            i = text.find(mark, i + 1, end)
    if len(places) > 1:
        places.sort()
    found: list[re.Match[str]] = []
    after = start
    for place in places:
        if place >= after:
            m = _ENDS.match(text, place, end)
            if m is not None:
                found.append(m)
                after = m.end()
    return found


def _sentence_spans(text: str, start: int, end: int,
                    abbreviations: frozenset[str]) -> list[tuple[int, int]]:
    """Sentences of one paragraph ``[start, end)``."""
    quotes = quotes_in(text, start, end)
    spans: list[tuple[int, int]] = []
    begin = start
    qi = 0
    for m in _end_matches(text, start, end):
        cut = m.end(1)
        while qi < len(quotes) and quotes[qi].end <= cut:
            qi += 1
        if qi < len(quotes) and quotes[qi].start < cut < quotes[qi].end:
            continue  # inside a quotation
        if _is_abbreviation_end(text, start, cut, m.end(), abbreviations):
            continue
        mark = m.group(1)
        if mark[-1] in "\"”’»'" and (any(c in "?!…" for c in mark) or "..." in mark) and _ATTRIBUTION_AHEAD.match(
                text, m.end(), end):
            continue
        spans.append((begin, cut))
        begin = m.end()
    if begin < end:
        spans.append((begin, end))
    return spans


def segment(article: Article) -> Segmented:
    """Paragraphs and sentences of ``article``; boilerplate flagged, the title line marked.

    >>> doc = segment(Article(id="a", text='Mr. Smith left. "Yes. No," he said.'))
    >>> [s.text for s in doc.sentences]
    ['Mr. Smith left.', '"Yes. No," he said.']
    """
    text = article.text
    abbreviations = load_abbreviations()
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    title_end = -1
    if article.title:
        first = _LINES.match(text)
        if first is not None and first.group().strip():
            title_end = first.end()
    for p_index, (p_start, p_end) in enumerate(_paragraph_spans(text)):
        p_boiler = is_boilerplate(text[p_start:p_end])
        paragraphs.append(Paragraph(p_index, p_start, p_end, p_boiler))
        is_title = p_end <= title_end
        spans = [(p_start, p_end)] if is_title else _sentence_spans(text, p_start, p_end, abbreviations)
        for s_start, s_end in spans:
            s_text = text[s_start:s_end]
            whole = s_start == p_start and s_end == p_end
            boiler = p_boiler or (not whole and is_boilerplate(s_text))
            sentences.append(
                Sentence(len(sentences), s_start, s_end, p_index, s_text, boiler, is_title)
            )
    return Segmented(article, tuple(paragraphs), tuple(sentences))
