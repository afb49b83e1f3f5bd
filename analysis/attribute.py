"""Find who says what: attributions of quotations, reported speech and beliefs.

:func:`attribute` reads a :class:`~analysis.models.Segmented` article sentence by sentence.
*Finding* (this module's ``_find_*`` functions) locates a cue verb, the phrase naming the speaker and
the content; *attaching* (:func:`_resolve`) turns the speaker phrase into a name, role and type with
the actor list and a small coreference tracker. Quotation interiors are masked while cues are
searched, so words inside a quotation are never taken for a cue of the narrator.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from analysis.actors import ActorList, load_actors
from analysis.coref import EntityTracker, gender_of_title, person_names
from analysis.cues import (
    ADDRESSEE,
    ADDRESSEE_RE,
    ADJUNCT_RE,
    AUX_ADV,
    BE,
    BELIEF,
    CONTENT_STOP_RE,
    CUE_RE,
    CUE_WORDS,
    DETERMINERS,
    ED_ADJECTIVES,
    NEEDS_MARKER,
    OBJECT_PRONOUNS,
    PARTICIPLES,
    PRONOUNS,
    QUOTE_CHARS,
    ROLE_NOUNS,
    STOP,
    TITLES,
    TOKEN_RE,
)
from analysis.models import Attribution, Segmented, Sentence
from analysis.quotes import Quote, find_quotes

Span = tuple[int, int]
_MASK = "\x00"
_MAX_LEFT = 240
_FOLLOW_ON_SENTENCES = 3
_SENTENCE_OPENERS = frozenset(
    "but and so yet still also later meanwhile however now then earlier instead moreover indeed "
    "yesterday today in on at after before when while as if though although since because from for "
    "with to by of about under over during despite amid among into through like unlike without "
    "within".split()
)
_JOINT_SPLIT = re.compile(r"\s+(?:and|&)\s+(?=(?:the|a|an|his|her|their|its|other|some|several|"
                          r"[A-Z]))")
_MEDIUM = re.compile(r"\b(?:tv|television|radio|network|channel|station|broadcaster)\b", re.IGNORECASE)
_TRAIL = " \t\r\n\u00a0,;:.—–-"
_OPENING_MARKS = "“\"„«`"


@dataclass(slots=True)
class _Found:
    """One attribution as found, before its speaker is resolved."""

    sentence: int
    paragraph: int
    mention: Span | None
    cue: Span | None
    content: list[Span]
    kind: str
    appositive: Span | None = None
    parent: _Found | None = None
    speakers: list[tuple[str, str, str | None, Span | None]] = field(default_factory=list)


@dataclass(slots=True)
class _Context:
    text: str
    masked: str
    quotes: list[Quote]
    starts: list[int]
    paragraph_starts: dict[int, int] = field(default_factory=dict)
    """Start offset of each paragraph -> its end offset."""

    def quote_at(self, pos: int) -> Quote | None:
        """The quotation whose marks enclose ``pos``."""
        i = bisect.bisect_right(self.starts, pos) - 1
        if i >= 0 and self.quotes[i].start <= pos < self.quotes[i].end:
            return self.quotes[i]
        return None

    def quotes_between(self, start: int, end: int) -> list[Quote]:
        i = bisect.bisect_left(self.starts, start)
        out: list[Quote] = []
        while i < len(self.quotes) and self.quotes[i].start < end:
            out.append(self.quotes[i])
            i += 1
        return out


def _mask(text: str, quotes: list[Quote]) -> str:
    """``text`` with quotation interiors replaced by a non-word placeholder (same length)."""
    if not quotes:
        return text
    parts: list[str] = []
    pos = 0
    for q in quotes:
        parts.append(text[pos:q.inner_start])
        parts.append(_MASK * (q.inner_end - q.inner_start))
        pos = q.inner_end
    parts.append(text[pos:])
    return "".join(parts)


def _trim(text: str, start: int, end: int, *, keep_final: bool = False) -> Span:
    """Shrink ``[start, end)`` past surrounding whitespace and trailing clause punctuation."""
    while start < end and text[start].isspace():
        start += 1
    if keep_final:
        while end > start and text[end - 1].isspace():
            end -= 1
        return start, end
    while end > start and text[end - 1] in _TRAIL:
        end -= 1
    return start, end


# --- speaker phrases ---------------------------------------------------------------------------


def _left_speaker(masked: str, lo: int, end: int) -> Span | str | None:
    """The speaker phrase ending just before a cue at ``end``; ``"passive"`` for "was reported".

    Skips auxiliaries and adverbs ("has also said"), walks left over words that can form a noun
    phrase, and stops at punctuation, function words and verbs.
    """
    toks = [(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(masked, max(lo, end - _MAX_LEFT), end)]
    i = len(toks) - 1
    while i >= 0 and (toks[i][2].lower() in AUX_ADV or (toks[i][2].endswith("ly") and toks[i][2].islower())):
        if toks[i][2].lower() in BE:
            return "passive"
        i -= 1
    if i < 0:
        return None
    low = toks[i][2].lower()
    if low in BE:
        return "passive"
    if low in PRONOUNS:
        return (toks[i][0], toks[i][1])
    taken: list[int] = []
    j = i
    while j >= 0 and len(taken) < 10:
        s, e, tok = toks[j]
        low = tok.lower()
        if not tok[0].isalnum():
            break
        first = s == lo or (j == 0 and not masked[lo:s].strip())
        if low in DETERMINERS and (tok.islower() or first):
            taken.append(j)
            if j >= 2 and toks[j - 1][2].lower() in ("and", "&") and toks[j - 2][2][0].isalnum():
                taken.append(j - 1)
                j -= 2
                continue
            break
        if tok.islower() or (first and low in (_SENTENCE_OPENERS | STOP | AUX_ADV)):
            if low in ("of", "for", "and", "&", "de", "al", "bin"):
                if taken and j > 0 and toks[j - 1][2][0].isalnum():
                    taken.append(j)
                    j -= 1
                    continue
                break
            if (low in STOP or low in OBJECT_PRONOUNS or low in PRONOUNS or low in CUE_WORDS
                    or first or low.endswith("ly")
                    or (low.endswith("ed") and low not in ED_ADJECTIVES)):
                break
        taken.append(j)
        j -= 1
    while taken and toks[taken[-1]][2].lower() in ("of", "for", "and", "&"):
        taken.pop()
    if not taken:
        return None
    if all(toks[k][2].lower() in DETERMINERS for k in taken):
        return None
    return (toks[taken[-1]][0], toks[taken[0]][1])


_RIGHT_NP = re.compile(
    r"\s+(?P<np>(?:(?:the|a|an|another|one|his|her|their|its)\s+)?"
    r"[\w’'.&-]+(?:\s+(?:of\s+|for\s+)?[\w’'.&-]+){0,6}?)"
    r"(?:\s*\([^()\x00]{1,40}\))?"
    r"(?P<app>\s*,\s*(?:(?:the|a|an|who|which|his|her|their|its)\b|[a-z])[^,;!?\x00\"“”]{0,120}?)?"
    r"\s*(?=[.,;:!?]*\s*$|[,;:]|\s(?:when|as|after|in|on|at|during|while|before|about|to|from|with)\b)"
)


def _right_speaker(masked: str, start: int, end: int) -> tuple[Span, Span | None] | None:
    """Speaker phrase after an inverted cue ("..., said Smith, the mayor."), with its appositive."""
    m = _RIGHT_NP.match(masked, start, end)
    if m is None:
        return None
    words = m.group("np").split()
    if any(w.lower() in STOP for w in words) or not any(w[0].isupper() or w.lower() in PRONOUNS
                                                        or w.lower() in DETERMINERS for w in words):
        return None
    n_start, n_end = m.span("np")
    last = masked[n_start:n_end].split()[-1]
    if last.endswith(".") and len(last) > 3 and "." not in last[:-1] and last.lower() not in ("jr.", "sr."):
        n_end -= 1  # the sentence's period, not an abbreviation
    app = None
    if m.group("app"):
        a_start, a_end = m.span("app")
        body = masked[a_start:a_end].lstrip(" ,")
        app = (a_end - len(body), a_end)
    return (n_start, n_end), app


_APPOSITIVE_LEFT = re.compile(
    r"(?P<np>[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,4})\s*,\s*"
    r"(?P<app>(?:(?:the|a|an|who|which|his|her|their|its)\b|\d{1,3}\b)[^,;:\x00\"“”]{0,80}?)\s*,\s*$"
)


_RELATIVE_ASIDE = re.compile(r",\s*(?:who|whose|which)\b[^,\x00]*,$")
_BREAK = re.compile(r"\s*(?:,|\(|--|—|–)\s*")
_PAREN_TAIL = re.compile(r"\s*\([^()\x00]{1,60}\)\s*,?\s*$")
_COORDINATED = re.compile(r"(?:^|[\s,])(?:and|but|or|then|before|after)\s+"
                          r"(?:(?:" + "|".join(sorted(AUX_ADV, key=len, reverse=True)) + r")\s+){0,3}$",
                          re.IGNORECASE)


_RELATIVE_CUE = re.compile(r"\s*,\s*who\s+(?:(?:" + "|".join(sorted(AUX_ADV, key=len, reverse=True)) +
                          r")\s+){0,3}$", re.IGNORECASE)
_MONTHS_DAYS = frozenset("""
monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december today yesterday tonight
""".split())


_IRREGULAR_VERBS = frozenset("""
said told wrote made took gave put sent led struck spoke thought felt knew saw heard held went
came got kept left meant paid read ran set shot sold stood swore taught threw won bought brought
fought sought began begun
""".split())


def _verb_after(masked: str, pos: int, end: int) -> re.Match[str] | None:
    """The finite verb right after a subject ending at ``pos`` ('has long called', 'blasted')."""
    m = _VERB_AFTER_SUBJECT.match(masked, pos, end)
    if m is None:
        return None
    verb = m.group("verb")
    if (verb in CUE_WORDS or verb in _IRREGULAR_VERBS or verb.endswith("ed")
            or (verb.endswith("s") and not verb.endswith(("ss", "us", "is")))):
        return m
    return None


def _clause_subject(masked: str, lo: int, end: int) -> Span | None:
    """The named subject of the main clause before ``end``: the first capitalised phrase, at the
    sentence start or after a comma, that a lower-case verb follows
    ('Thursday, after a pause, Warren endorsed Clinton, saying ...' -> 'Warren')."""
    starts = [lo] + [m.end() for m in _BREAK.finditer(masked, lo, end)]
    for start in starts[:6]:
        np = _subject(masked, start, end)
        if np is None:
            continue
        words = masked[np[0]:np[1]].split()
        if words[-1].lower().strip(",.") in _MONTHS_DAYS:
            continue
        if _verb_after(masked, np[1], end) is not None:
            return np
    return None


def _interrupted_subject(masked: str, lo: int, end: int) -> tuple[Span, Span | None] | None:
    """The subject of a cue separated from it by an aside, and the aside.

    'Jane Roe (D-Ill.) said', 'Jane Roe, who ran in 2012, said', 'Jane Roe, in Iowa, said' and
    'Jane Roe praised the plan and said': the speaker is the clause's subject.
    """
    head = masked[max(lo, end - 80):end]
    base = end - len(head)
    paren = _PAREN_TAIL.search(head)
    if paren is not None:
        np = _left_speaker(masked, lo, base + paren.start())
        if isinstance(np, tuple):
            return np, None
    rel = _RELATIVE_CUE.search(head)
    if rel is not None:
        np = _left_speaker(masked, lo, base + rel.start())
        if isinstance(np, tuple) and _is_named(masked, np):
            return np, None
        return None
    if _COORDINATED.search(head):
        np = _clause_subject(masked, lo, end)
        if np is not None and _is_named(masked, np):
            return np, None
        return None
    stripped = head.rstrip()
    if not stripped or stripped[-1] not in ",—–-)":
        return None
    for m in _BREAK.finditer(masked, lo, end):
        if m.end() >= end - 1:
            break
        np = _left_speaker(masked, lo, m.start())
        if not isinstance(np, tuple):
            continue
        lead = masked[lo:np[0]].strip()
        if lead and not lead.endswith(",") and lead.lower().rstrip(",") not in _SENTENCE_OPENERS:
            continue
        aside = masked[m.end():end].rstrip(" ,—–-")
        if len(aside) > 220 or ";" in aside or not aside:
            return None
        if not (_is_named(masked, np) or masked[np[1] - 1:np[1]].isalpha()):
            return None
        return np, (m.end(), m.end() + len(aside))
    return None


def _match_fronted_cue(ctx: _Context, sent: Sentence, c_start: int, c_end: int, word: str,
                       kind: str) -> _Found | None:
    """'Said Jane Roe, "We won."': a cue opening its sentence, the speaker after it."""
    if kind == "belief" or word in PARTICIPLES or word in NEEDS_MARKER:
        return None
    m = re.compile(r"\s+(?P<np>[A-Z][^,;:\x00\"“”]{1,120}?)\s*,\s*").match(ctx.masked, c_end, sent.end)
    if m is None:
        return None
    np = _right_speaker(ctx.masked + " ", c_end, m.start("np") + len(m.group("np")) + 1)
    speaker = np[0] if np is not None else m.span("np")
    pos = m.end()
    if re.match(r"(?:who|whose|which|a|an|the|[a-z]+\s+of)\b", ctx.masked[pos:pos + 12]):
        aside = re.compile(r"[^\x00;]{1,160}?,\s*(?=[“\"])").match(ctx.masked, pos, sent.end)
        if aside is not None:
            pos = aside.end()
    got = _content_right(ctx, pos, sent.end, word)
    if got is None:
        return None
    return _Found(sent.index, sent.paragraph, speaker, (c_start, c_end), got[0], _kind(ctx, got[0], kind))


# --- content -----------------------------------------------------------------------------------


def _skip_adjuncts(masked: str, pos: int, end: int, cue_word: str) -> int:
    """Position after an addressee and adjuncts that follow a cue ("told reporters on Monday")."""
    if cue_word in ADDRESSEE:
        m = ADDRESSEE_RE.match(masked, pos, end)
        if m is not None:
            pos = m.end()
    for _ in range(4):
        m = ADJUNCT_RE.match(masked, pos, end)
        if m is None or m.end() == pos:
            break
        pos = m.end()
    return pos


def _content_right(ctx: _Context, start: int, end: int, cue_word: str) -> tuple[list[Span], bool] | None:
    """Reported content after a cue, up to the sentence end or a following cue phrase.

    Returns the spans and whether the content was introduced by a marker (that, a colon, a
    quotation), which ambiguous cues require.
    """
    masked = ctx.masked
    m = re.compile(r"\s*[,:—–]?\s*").match(masked, start, end)
    pos = m.end() if m else start
    marked = ":" in masked[start:pos] or masked.startswith("that ", pos) or masked.startswith("whether ", pos)
    stop = CONTENT_STOP_RE.search(masked, pos, end)
    c_end = stop.start() if stop else end
    q = ctx.quote_at(pos)
    if q is not None and q.start == pos:
        marked = True
        if q.inner_end >= _trim(ctx.text, pos, c_end)[1] - 2:
            span = _trim(ctx.text, q.inner_start, min(q.inner_end, end), keep_final=True)
            return ([span], True) if span[0] < span[1] else None
    span = _content_trim(ctx, pos, c_end)
    if ctx.quotes_between(span[0], span[1]):
        marked = True  # a quotation in the object marks speech even after "called" or "described"
    if span[1] - span[0] < 2 or not re.search(r"\w", ctx.text[span[0]:span[1]]):
        return None
    return [span], marked


def _content_trim(ctx: _Context, start: int, end: int) -> Span:
    """Trim a clause; keep a closing quotation mark and the punctuation inside it."""
    s, e = _trim(ctx.text, start, end, keep_final=True)
    while e > s and ctx.text[e - 1] in _TRAIL and not (
        e - 2 >= s and ctx.text[e - 1] in ".!?" and ctx.text[e - 2] in QUOTE_CHARS
    ):
        e -= 1
    if e > s and ctx.text[e - 1] in "?!" and e - 1 > s:
        return s, e
    return s, e


def _content_left(ctx: _Context, lo: int, np_start: int) -> list[Span] | None:
    """Content before a ``, SPEAKER CUE`` tail: the quotation just before it, or the clause."""
    masked = ctx.masked
    head_end = len(masked[lo:np_start].rstrip())
    head_end += lo
    if head_end <= lo:
        return None
    last = masked[head_end - 1]
    probe = head_end - 1
    if last == "," and probe > lo and masked[probe - 1] in QUOTE_CHARS:
        probe -= 1
    q = ctx.quote_at(probe)
    if q is not None and q.end >= probe and q.start >= lo:
        span = _trim(ctx.text, q.inner_start, q.inner_end, keep_final=True)
        return [span] if span[0] < span[1] else None
    if last not in ",—–-":
        return None
    span = _content_trim(ctx, lo, head_end - 1)
    if span[0] < span[1] and ctx.text[span[0]] in _OPENING_MARKS:
        q2 = ctx.quote_at(span[0])
        if q2 is not None and q2.end >= span[1]:
            span = _trim(ctx.text, q2.inner_start, min(q2.inner_end, span[1] + 1), keep_final=True)
    if span[1] - span[0] < 3:
        return None
    return [span]


def _rest_is_empty(masked: str, pos: int, end: int) -> bool:
    rest = masked[pos:end].strip()
    return not rest or rest[0] in ".!?;" or rest[0] == ","


def _subject(masked: str, lo: int, end: int) -> Span | None:
    """The subject of a sentence: a pronoun or capitalised phrase at its start."""
    m = re.compile(
        r"\s*(?:(?:But|And|So|Yet|Still|Also|Meanwhile|However|Later|Then),?\s+)?"
        r"(?P<np>(?:He|She|They|We|I|It)\b|(?:(?:The|A|An)\s+)?[A-Z][\w’'.&-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w’'.&-]*){0,5})"
    ).match(masked, lo, end)
    if m is None or m.group("np").split()[0].lower() in _SENTENCE_OPENERS:
        return None
    return m.span("np")


# --- finding -----------------------------------------------------------------------------------


def _find_in_sentence(ctx: _Context, sent: Sentence) -> list[_Found]:
    """Attributions whose cue lies in ``sent`` (outside quotations)."""
    masked = ctx.masked
    lo, hi = sent.start, sent.end
    found: list[_Found] = []
    claimed = lo
    according: list[re.Match[str]] = []
    for m in CUE_RE.finditer(masked, lo, hi):
        c_start, c_end = m.span()
        if c_start < claimed:
            continue
        word = m.group().lower()
        if m.group()[0].isupper() and masked[lo:c_start].strip():
            continue  # title case ("Values Americans Believe In"), not a cue
        if word.startswith("according"):
            according.append(m)
            continue
        if word in ("pointed out", "points out"):
            word = "noted"
        item = _match_cue(ctx, sent, claimed, c_start, c_end, word, found)
        if item is None:
            continue
        found.append(item)
        ends = [c_end] + [e for _, e in item.content] + ([item.mention[1]] if item.mention else [])
        if item.appositive:
            ends.append(item.appositive[1])
        claimed = max(ends)
    if not found:
        item = _match_colon(ctx, sent)
        if item is not None:
            found.append(item)
    if not found and sent.start in ctx.paragraph_starts:
        item = _match_speaker_line(ctx, sent)
        if item is not None:
            return [item]
    if not found:
        for m in according:
            item = _match_according(ctx, sent, m)
            if item is not None:
                found.append(item)
                break
    return found


def _match_cue(ctx: _Context, sent: Sentence, lo: int, c_start: int, c_end: int, word: str,
               found: list[_Found]) -> _Found | None:
    """One attribution around the cue ``[c_start, c_end)``, or ``None``."""
    masked, hi = ctx.masked, sent.end
    kind = "belief" if word in BELIEF else "indirect"
    before = masked[lo:c_start].rstrip()
    after_pos = _skip_adjuncts(masked, c_end, hi, word)
    if masked.startswith(" by ", c_end):
        return None  # "reported by Syrian state TV": a channel, not a speaker
    # Participle after a comma: the speaker is the clause's subject ("..., saying ...").
    if word in PARTICIPLES and (before.endswith(",") or _ends_with_quote(masked, sent.start, c_start)):
        got = _content_right(ctx, after_pos, hi, word)
        if got is None:
            return None
        parent = found[-1] if found else None
        subject = None if parent else _clause_subject(masked, sent.start, c_start)
        if parent is None and subject is None:
            return None
        return _Found(sent.index, sent.paragraph, subject, (c_start, c_end), got[0],
                      _kind(ctx, got[0], kind), parent=parent)
    # Inversion: "...," said Smith.
    if kind != "belief" and (before.endswith(",") or (before and before[-1] in QUOTE_CHARS)) and not (
            _RELATIVE_ASIDE.search(before[-250:])):
        right = _right_speaker(masked, c_end, hi)
        if right is not None:
            content = _content_left(ctx, lo, c_start)
            if content is not None:
                return _Found(sent.index, sent.paragraph, right[0], (c_start, c_end), content,
                              _kind(ctx, content, kind), appositive=right[1])
    speaker = _left_speaker(masked, lo, c_start)
    appositive = None
    if speaker is None and before.endswith(","):
        m = _APPOSITIVE_LEFT.search(masked, max(lo, c_start - 200), c_start)
        if m is not None:
            speaker, appositive = m.span("np"), m.span("app")
    if speaker is None and found and found[-1].sentence == sent.index and _COORDINATED.search(
            masked[max(lo, c_start - 80):c_start]):
        got = _content_right(ctx, after_pos, hi, word)
        if got is None or (word in NEEDS_MARKER and not got[1]):
            return None
        return _Found(sent.index, sent.paragraph, None, (c_start, c_end), got[0],
                      _kind(ctx, got[0], kind), parent=found[-1])
    if speaker is None:
        got = _interrupted_subject(masked, lo, c_start)
        if got is not None:
            speaker, appositive = got
    if speaker is None and not before:
        return _match_fronted_cue(ctx, sent, c_start, c_end, word, kind)
    if speaker is None or speaker == "passive":
        return None
    assert isinstance(speaker, tuple)
    np_start = speaker[0]
    quote_before = _ends_with_quote(masked, lo, np_start)
    if kind != "belief" and (quote_before or _rest_is_empty(masked, after_pos, hi)):
        content = _content_left(ctx, lo, np_start)
        if content is not None:
            content = content + (_continuation(ctx, after_pos, hi) or _clause_continuation(ctx, after_pos, hi))
            return _Found(sent.index, sent.paragraph, speaker, (c_start, c_end), content,
                          _kind(ctx, content, kind), appositive=appositive)
    got = _content_right(ctx, after_pos, hi, word)
    if got is None:
        return None
    content, marked = got
    if word in NEEDS_MARKER and not marked:
        return None
    return _Found(sent.index, sent.paragraph, speaker, (c_start, c_end), content,
                  _kind(ctx, content, kind), appositive=appositive)


def _ends_with_quote(masked: str, lo: int, pos: int) -> bool:
    """True when the text before ``pos`` ends with a closing quotation mark ('"...," he said')."""
    head = masked[lo:pos].rstrip().rstrip(",")
    return len(head) > 1 and head[-1] in QUOTE_CHARS and head[-2] == _MASK


def _continuation(ctx: _Context, pos: int, end: int) -> list[Span]:
    """A second quotation part after the cue: '"Part one," he said, "part two."'."""
    m = re.compile(r"\s*,\s*").match(ctx.masked, pos, end)
    if m is None:
        return []
    q = ctx.quote_at(m.end())
    if q is None or q.start != m.end():
        return []
    span = _trim(ctx.text, q.inner_start, min(q.inner_end, end), keep_final=True)
    return [span] if span[0] < span[1] else []


_SPEAKER_LINE = re.compile(
    r"(?P<np>[A-Z][\w’'.&-]*(?:\s+(?:[A-Z][\w’'.&-]*|of|on|at|to|for|and|the|de|van|von|al-\w+)){0,6})"
    r"\s*:\s+(?=[^\s\x00])"
)
_NOT_SPEAKERS = frozenset("""
update updated breaking exclusive watch video photo photos source sources related read note
editor's editor’s transcript correction clarification top stories what's what’s working on the blog
listen warning spoiler summary background context bottom line q a caption credit see also
""".split())


def _match_speaker_line(ctx: _Context, sent: Sentence) -> _Found | None:
    """'Gingrich: Trump must decide.' or 'TAPPER: And obviously...': a line opened by its speaker.

    Headlines and transcripts name the speaker before a colon at the start of a paragraph; the
    statement runs to the paragraph's end.
    """
    m = _SPEAKER_LINE.match(ctx.masked, sent.start, sent.end)
    if m is None:
        return None
    words = m.group("np").split()
    if not words[-1][0].isupper() or len(words[-1]) < 2 or " ".join(words).lower() in _NOT_SPEAKERS:
        return None
    if any(w.lower().strip(".") in _NOT_SPEAKERS for w in words[:1]) and len(words) == 1:
        return None
    end = ctx.paragraph_starts.get(sent.start, sent.end)
    span = _content_trim(ctx, m.end(), end)
    if len(_TITLE_WORDS.findall(ctx.text, *span)) < 3:
        return None
    np = _left_speaker(ctx.masked, sent.start, m.end("np"))
    if not isinstance(np, tuple) or np[1] != m.end("np"):
        np = m.span("np")
    colon = ctx.masked.index(":", m.end("np"))
    return _Found(sent.index, sent.paragraph, np, (colon, colon + 1), [span],
                  _kind(ctx, [span], "indirect"))


_COLON_QUOTE = re.compile(r"\s*[:—–―]\s*(?=[“\"„«`])")


def _match_colon(ctx: _Context, sent: Sentence) -> _Found | None:
    """'Stone: "..."' or 'She addressed them again: "..."': a quotation introduced by a colon."""
    masked = ctx.masked
    for m in _COLON_QUOTE.finditer(masked, sent.start, sent.end):
        q = ctx.quote_at(m.end())
        if q is None or q.start != m.end() or q.words(ctx.text) < 3:
            continue
        speaker = _left_speaker(masked, sent.start, m.start())
        if not isinstance(speaker, tuple) or not _is_named(ctx.text, speaker):
            speaker = _subject(masked, sent.start, m.start())
        if speaker is None:
            continue
        span = _trim(ctx.text, q.inner_start, min(q.inner_end, sent.end), keep_final=True)
        if span[0] >= span[1]:
            continue
        return _Found(sent.index, sent.paragraph, speaker, (m.start(), m.start() + 1), [span], "direct")
    return None


_POSSESSIVE = frozenset("his her its their our my your".split())


def _is_possessive(text: str, span: Span) -> bool:
    """'His', 'Rubio's': a determiner of the subject, not the subject."""
    words = text[span[0]:span[1]].split()
    return not words or words[-1].lower() in _POSSESSIVE or words[-1][-2:] in ("'s", "’s")


def _is_named(text: str, span: Span) -> bool:
    """A proper name or pronoun, not a common noun phrase ("the above statement")."""
    words = text[span[0]:span[1]].split()
    return bool(words) and (words[-1][0].isupper() or words[-1].lower() in PRONOUNS)


_CLAUSE_AFTER = re.compile(r"\s*,\s*(?=[a-z“\"])(?!(?:according\s+to|and|but|" +
                           "|".join(sorted(PARTICIPLES)) + r")\b)")


def _clause_continuation(ctx: _Context, pos: int, end: int) -> list[Span]:
    """The rest of a clause interrupted by its cue: 'The industry, she said, is doing better.'."""
    m = _CLAUSE_AFTER.match(ctx.masked, pos, end)
    if m is None:
        return []
    span = _content_trim(ctx, m.end(), end)
    return [span] if span[1] - span[0] >= 3 else []


def _match_according(ctx: _Context, sent: Sentence, m: re.Match[str]) -> _Found | None:
    """'according to X' before or after its content."""
    masked, lo, hi = ctx.masked, sent.start, sent.end
    np = re.compile(r"\s+(?P<np>[^,;:.!?\x00\"“”]{1,80}?)\s*(?=[,;:!?]|\.\s*$|$)").match(masked, m.end(), hi)
    if np is None:
        return None
    n_start, n_end = np.span("np")
    before = masked[lo:m.start()].strip()
    if not before:
        content = [_content_trim(ctx, n_end + 1, hi)]
    else:
        content = [_content_trim(ctx, lo, m.start())]
        tail = masked[n_end:hi].strip(" ,.")
        if tail:
            content.append(_content_trim(ctx, n_end + 1, hi))
    content = [c for c in content if c[1] - c[0] >= 3]
    if not content:
        return None
    return _Found(sent.index, sent.paragraph, (n_start, n_end), (m.start(), m.end()), content,
                  _kind(ctx, content, "indirect"))


def _kind(ctx: _Context, spans: list[Span], base: str) -> str:
    """``direct`` when the content is quotation only, ``mixed`` when it holds one, else ``base``."""
    if base == "belief":
        return base
    quoted = 0
    total = 0
    for s, e in spans:
        total += e - s
        for q in ctx.quotes_between(max(0, s - 1), e):
            quoted += max(0, min(e, q.inner_end) - max(s, q.inner_start))
        q = ctx.quote_at(s)
        if q is not None and q.start < s and q.inner_start <= s:
            quoted += max(0, min(e, q.inner_end) - s)
    if total and quoted >= total - 1:
        return "direct"
    if quoted or any(ch in QUOTE_CHARS for s, e in spans for ch in ctx.text[s:e]):
        return "mixed"
    return base


def _follow_on(ctx: _Context, sent: Sentence, last: _Found | None) -> _Found | None:
    """A sentence that is a quotation with no cue, continuing the last speaker's statement."""
    if last is None or sent.index - last.sentence > _FOLLOW_ON_SENTENCES or sent.paragraph - last.paragraph > 1:
        return None
    q = ctx.quote_at(sent.start)
    if q is None or q.start != sent.start or q.words(ctx.text) < 3:
        return None
    span = _trim(ctx.text, q.inner_start, min(q.inner_end, sent.end), keep_final=True)
    if span[1] - span[0] < 0.6 * (sent.end - sent.start) - 2:
        return None
    return _Found(sent.index, sent.paragraph, None, None, [span], "direct", parent=last)


def _lead_quote(ctx: _Context, sent: Sentence, prev: Sentence) -> _Found | None:
    """A quotation sentence after a narrator sentence about a named person: that person speaks.

    'Valastro praised the governor. "We need someone who gets things done."'
    """
    if sent.paragraph - prev.paragraph > 1 or prev.is_title:
        return None
    q = ctx.quote_at(sent.start)
    if q is None or q.start != sent.start or q.words(ctx.text) < 4:
        return None
    subject = _subject(ctx.masked, prev.start, prev.end)
    if subject is None or not _is_named(ctx.text, subject):
        return None
    span = _trim(ctx.text, q.inner_start, min(q.inner_end, sent.end), keep_final=True)
    if span[1] - span[0] < 0.6 * (sent.end - sent.start) - 2:
        return None
    return _Found(sent.index, sent.paragraph, subject, None, [span], "direct")


_NAMING = re.compile(
    r"(?:\b(?:known|referred\s+to|billed|described|dubbed|nicknamed|titled|entitled|named|labeled|labelled|"
    r"branded|termed|so-called|called|as|word|words|term|phrase|slogan|hashtag|film|movie|book|song|show|"
    r"series|album|play|novel|program|programme|headline|motto|catchphrase)\s*,?\s*(?:the\s+|a\s+|an\s+)?"
    r"|[\w’']+(?:['’]s)\s+)$",
    re.IGNORECASE,
)
_MIN_EMBEDDED_WORDS = 3
_VERB_AFTER_SUBJECT = re.compile(r"\s+(?:(?:" + "|".join(sorted(AUX_ADV, key=len, reverse=True)) +
                                 r")\s+){0,3}(?P<verb>[a-z][a-z’'-]+)\b")


_TITLE_WORDS = re.compile(r"[^\W\d_][\w’'-]*|\d[\w,.]*")
_MINOR_WORDS = frozenset("a an the of and or for to in on at by with from as nor but is".split())


def _is_title(text: str, q: Quote) -> bool:
    """A quotation in title case ("Gone With the Wind", "Sunday Night Baseball"): a name."""
    words = _TITLE_WORDS.findall(text, q.inner_start, q.inner_end)
    major = [w for w in words if w.lower() not in _MINOR_WORDS]
    return bool(major) and all(w[0].isupper() or w[0].isdigit() for w in major)


_LATER_PARTICIPLE = re.compile(r"(?:,|\band)\s+(?P<verb>[a-z]+ing)\b")


def _embedded_quotes(ctx: _Context, sent: Sentence, items: list[_Found],
                     last: _Found | None) -> list[_Found]:
    """Quotations of ``sent`` that no cue claimed, credited where the sentence says who speaks.

    'Cross called the election "a citizenship election."': the sentence's subject speaks the
    clause after its verb. A quotation in a sentence whose subject names nobody continues the
    last speaker of this or the previous paragraph. A short quotation right after a naming word
    ('known as the "Bride of the Desert"', 'the film "Gone With the Wind"') is a title, not speech.
    """
    out: list[_Found] = []
    covered = [span for it in items for span in it.content]
    for q in ctx.quotes_between(sent.start, sent.end):
        if q.start < sent.start or any(s < q.inner_end and q.inner_start < e for s, e in covered):
            continue
        n_words = q.words(ctx.text)
        if n_words < 2:
            continue  # a one-word scare quote ('mocked the "plan"') is the narrator's
        head = ctx.masked[sent.start:q.start].rstrip()
        if head.endswith("=") or (n_words < 8 and (_NAMING.search(head) or _is_title(ctx.text, q))):
            continue
        span = _trim(ctx.text, q.inner_start, min(q.inner_end, sent.end), keep_final=True)
        if span[0] >= span[1]:
            continue
        subject = _clause_subject(ctx.masked, sent.start, q.start) or _subject(ctx.masked, sent.start, q.start)
        if subject is not None and _is_named(ctx.text, subject) and not _is_possessive(ctx.text, subject):
            verb = _VERB_AFTER_SUBJECT.match(ctx.masked, subject[1], q.start)
            if verb is not None:
                cue = (verb.start("verb"), verb.end("verb"))
                for part in _LATER_PARTICIPLE.finditer(ctx.masked, verb.end(), q.start):
                    cue = part.span("verb")
                start = _trim(ctx.text, cue[1], q.start)[0]
                if q.start - start < 120:
                    span = (start, span[1])
                item = _Found(sent.index, sent.paragraph, subject, cue, [span], "direct")
                item.kind = _kind(ctx, item.content, "indirect")
                out.append(item)
                covered.append(span)
                continue
        if last is None or sent.paragraph - last.paragraph > 1 or n_words < _MIN_EMBEDDED_WORDS:
            continue
        out.append(_Found(sent.index, sent.paragraph, None, None, [span], "direct", parent=last))
        covered.append(span)
    return out


# --- attaching ---------------------------------------------------------------------------------


def _split_role(text: str, start: int, end: int) -> tuple[str | None, Span]:
    """Role words and the name span inside a speaker phrase ("Syrian president | Bashar Assad")."""
    toks = [(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(text, start, end)]
    toks = [t for t in toks if t[2][0].isalnum()]
    if not toks:
        return None, (start, end)
    k = len(toks)
    while k > 0 and toks[k - 1][2][0].isupper():
        k -= 1
    # Titles at the front of the capitalised run belong to the role ("Sen.", "President").
    j = k
    while j < len(toks) - 1 and toks[j][2].lower() in TITLES:
        j += 1
    if j == len(toks) or (j == 0 and k == 0):
        return None, (toks[0][0], toks[-1][1]) if toks[0][2].lower() not in DETERMINERS else (
            toks[1][0] if len(toks) > 1 else toks[0][0], toks[-1][1])
    if j == k and (k == 0 or toks[k - 1][2].lower() not in ROLE_NOUNS):
        first = 1 if toks[0][2].lower() in DETERMINERS and len(toks) > 1 else 0
        return None, (toks[first][0], toks[-1][1])
    role_toks = [t for t in toks[:j] if t[2].lower() not in DETERMINERS]
    role = text[role_toks[0][0]:role_toks[-1][1]] if role_toks else None
    return role, (toks[j][0], toks[-1][1])


def _looks_like_person(name: str, speaker_type: str) -> bool:
    words = name.split()
    if speaker_type in ("media", "state_media", "organisation") or not 1 <= len(words) <= 4:
        return False
    if not all(w[0].isupper() for w in words):
        return False
    return not re.search(r"\b(?:Observatory|Ministry|Department|News|TV|Agency|Party|Committee|"
                         r"Council|Group|Association|Institute|Post|Times|Journal|House|Office|"
                         r"Campaign|Court|Army|Forces|Government|Commission|Foundation|Union)\b", name)


def _resolve_part(text: str, span: Span, tracker: EntityTracker, actors: ActorList,
                  appositive: str | None) -> tuple[str, str, str | None]:
    """Name, type and role of one speaker phrase; registers it for later pronouns."""
    mention = text[span[0]:span[1]]
    low = mention.lower()
    if low in PRONOUNS:
        ent = tracker.resolve_pronoun(low)
        if ent is None:
            return mention, "unknown", None
        return ent.name, ent.type, ent.role
    role, (n_start, n_end) = _split_role(text, *span)
    name = text[n_start:n_end]
    if appositive:
        role = role or re.sub(r"^(?:the|a|an)\s+", "", appositive.strip(), flags=re.IGNORECASE)
    ent = tracker.resolve_name(name) if len(name.split()) <= 2 else None
    if ent is not None and actors.find_actor(name) is None:
        name = ent.name
    canonical, kind = actors.classify(name, role, mention, context=text)
    if kind == "unknown" and ent is not None:
        kind = ent.type
    if kind == "media" and _MEDIUM.search(mention):
        kind = _bridge_medium(text, span[0], actors) or kind
    person = _looks_like_person(canonical, kind)
    if person or kind not in ("unknown",) or canonical[:1].isupper():
        tracker.add(canonical, kind="person" if person else "group", speaker_type=kind,
                    gender=gender_of_title(mention), role=role)
    return canonical, kind, role


def _bridge_medium(text: str, before: int, actors: ActorList) -> str | None:
    """Type of the last state broadcaster named before ``before`` ("a TV announcer" on state TV)."""
    head = text[max(0, before - 5000):before]
    for rule in actors.roles:
        if rule.type == "state_media" and rule.regex.search(head):
            return "state_media"
    for actor in actors.actors:
        if actor.type == "state_media" and actor.regex.search(head) and _MEDIUM.search(head):
            return "state_media"
    return None


def _resolve(ctx: _Context, found: list[_Found], actors: ActorList) -> None:
    """Fill each found attribution's speakers, in reading order."""
    tracker = EntityTracker()
    text = ctx.text
    names = person_names(text, 0, len(text))
    seen = 0
    for item in found:
        anchor = item.mention[0] if item.mention else (item.content[0][0] if item.content else 0)
        while seen < len(names) and names[seen][0] <= anchor:
            _, name, gender = names[seen]
            tracker.add(name, kind="person", speaker_type=actors.classify(name, context=text)[1],
                        gender=gender)
            seen += 1
        if item.parent is not None and item.parent.speakers and (item.mention is None or item.cue and
                                                                 text[item.cue[0]:item.cue[1]].lower().endswith("ing")):
            item.speakers = [(n, t, r, item.mention or sp) for n, t, r, sp in item.parent.speakers]
            continue
        if item.mention is None:
            continue
        appositive = text[item.appositive[0]:item.appositive[1]] if item.appositive else None
        parts = _joint_parts(text, item.mention)
        for part in parts:
            name, kind, role = _resolve_part(text, part, tracker, actors, appositive)
            item.speakers.append((name, kind, role, part))


def _joint_parts(text: str, span: Span) -> list[Span]:
    """Split "state media and an opposition monitoring group" into its speakers."""
    s, e = span
    parts: list[Span] = []
    pos = s
    for m in _JOINT_SPLIT.finditer(text, s, e):
        parts.append((pos, m.start()))
        pos = m.end()
    parts.append((pos, e))
    return [p for p in parts if p[0] < p[1]] or [span]


# --- public ------------------------------------------------------------------------------------


def attribute(doc: Segmented, *, actors: ActorList | None = None,
              join_follow_on: bool = True) -> list[Attribution]:
    """Every attribution in ``doc``, in reading order; joint speakers share a ``statement``.

    A quotation sentence with no cue of its own continues the last speaker's statement: with
    ``join_follow_on`` (the default) it is added to that statement as a further content span;
    without, it is a statement of its own credited to the same speaker.

    >>> from analysis.models import Article
    >>> from analysis.segment import segment
    >>> [a.speaker for a in attribute(segment(Article(id="x", text='"We won," Jane Roe said.')))]
    ['Jane Roe']
    """
    actors = actors if actors is not None else load_actors()
    text = doc.text
    quotes = find_quotes(text, [(p.start, p.end) for p in doc.paragraphs])
    ctx = _Context(text, _mask(text, quotes), quotes, [q.start for q in quotes],
                   {p.start: p.end for p in doc.paragraphs if not p.boilerplate})
    found: list[_Found] = []
    last: _Found | None = None
    prev: Sentence | None = None
    for sent in doc.sentences:
        if sent.boilerplate or sent.end <= sent.start:
            continue
        items = _find_in_sentence(ctx, sent)
        if not items:
            follow = _follow_on(ctx, sent, last)
            if follow is not None and join_follow_on and last is not None:
                # One speaker's consecutive quotations are one statement (the PolNeAR convention).
                last.content.extend(follow.content)
                last.kind = last.kind if last.kind in ("direct", "belief") else "mixed"
                last.sentence = sent.index
                last.paragraph = sent.paragraph
                continue
            if follow is not None:
                items = [follow]
            elif prev is not None:
                lead = _lead_quote(ctx, sent, prev)
                items = [lead] if lead is not None else []
        items.extend(_embedded_quotes(ctx, sent, items, last))
        found.extend(items)
        if items:
            last = items[-1]
        prev = sent
    _resolve(ctx, found, actors)
    return _records(doc, found)


def _records(doc: Segmented, found: list[_Found]) -> list[Attribution]:
    text = doc.text
    out: list[Attribution] = []
    statement = 0
    for item in found:
        spans = tuple(sorted({(s, e) for s, e in item.content if 0 <= s < e <= len(text)}))
        if not spans or not item.speakers:
            continue
        statement += 1
        content = " ".join(text[s:e] for s, e in spans)
        cue = item.cue
        for name, kind, role, mention in item.speakers:
            out.append(Attribution(
                article_id=doc.article.id,
                statement=statement,
                speaker=name,
                speaker_type=kind,
                role=role,
                mention=text[mention[0]:mention[1]] if mention else None,
                mention_start=mention[0] if mention else None,
                mention_end=mention[1] if mention else None,
                cue=text[cue[0]:cue[1]] if cue else None,
                cue_start=cue[0] if cue else None,
                cue_end=cue[1] if cue else None,
                content_spans=spans,
                content=content,
                kind=item.kind,  # type: ignore[arg-type]
            ))
    return out
