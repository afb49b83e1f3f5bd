"""Credit quotations that have no cue verb in their own clause: a quotation continuing the last
speaker, one after a sentence about a named person, one closed by any verb ('"No," Roe sighed'),
one introduced by a colon or opened by the speaker's name ("Roe: ..."), one credited after a
dash ('"..." — Jane Roe'), and quotations inside a narrator clause."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from analysis.content import content_kind, content_trim, continuation
from analysis.coref import PERSON_ROLES, given_names
from analysis.cues import BE, BELIEF, CUE_WORDS, DETERMINERS, PRONOUNS, QUOTE_CHARS, STANCE
from analysis.found import Context, Found, Span, opens_quotation, trim_span
from analysis.models import Segmented, Sentence
from analysis.quotes import Quote
from analysis.speakers import (
    SENTENCE_OPENERS,
    VERB_AFTER_SUBJECT,
    clause_subject,
    is_named,
    is_object,
    is_possessive,
    left_speaker,
    looks_finite,
    main_subject,
    sentence_subject,
)

_FOLLOW_ON_SENTENCES: Final = 3
NOT_SPEECH: Final = STANCE | BELIEF | {"referring to", "referred to", "refers to"}
"""Cues of a stance, a belief or a reference ("praised", "thinks", "referring to"): no quotation goes
on with what they report."""

_SPEAKER_LINE: Final = re.compile(
    r"(?P<np>[A-Z][\w’'.&-]*(?:\s+(?:[A-Z][\w’'.&-]*|of|on|at|to|for|and|the|de|van|von|al-\w+)){0,6})"
    r"\s*:\s+(?=[^\s\x00])"
)

_NOT_SPEAKERS: Final = frozenset("""
update updated breaking exclusive watch video photo photos source sources related read note
editor's editor’s transcript correction clarification top stories what's what’s working on the blog
listen warning spoiler summary background context bottom line q a caption credit see also
latest revealed boom look email e-mail contributing contributors analysis opinion review
interview live roundup briefing newsletter digest rundown recap quiz
bombshell wow so twitter facebook instagram huffpollster
q&a obituary obit profile timeline factfile factbox explainer guide tribute verdict preview reaction
""".split())
# Heads of a match report's lists ("Subs Not Used: Fish, Jeffers", "Replacements: Everitt for ...").
_LIST_HEADS: Final = frozenset("subs substitutes replacements referee attendance scorers goals teams venue booked sin-bin".split())


def match_speaker_line(ctx: Context, sent: Sentence) -> Found | None:
    """'Gingrich: Trump must decide.' or 'TAPPER: And obviously...': a line opened by its speaker.

    Headlines and transcripts name the speaker before a colon at the start of a paragraph; the
    statement runs to the paragraph's end.
    """
    m = _SPEAKER_LINE.match(ctx.masked, sent.start, sent.end)
    if m is None:
        return _quoted_transcript_line(ctx, sent)
    words = m.group("np").split()
    if not words[-1][0].isupper() or len(words[-1]) < 2 or " ".join(words).lower() in _NOT_SPEAKERS:
        return None
    if any(w.lower().strip(".") in _NOT_SPEAKERS for w in words[:1]) and len(words) == 1 or (
            words[0].lower() in _LIST_HEADS or len(words) == 1 and words[0].lower() in PRONOUNS):
        return None  # (nor a match report's list, nor "It:")
    # Kickers and section heads ("The Latest:", "Revealed:") are not speakers; "Poll:" and
    # "Report:" are, as sources of the headline.
    if words[0].lower() in DETERMINERS or words[-1].lower() in _NOT_SPEAKERS:
        return None
    end = ctx.paragraph_starts.get(sent.start, sent.end)
    span = content_trim(ctx, m.end(), end)
    content_words = _TITLE_WORDS.findall(ctx.text, *span)
    if len(content_words) < 3:
        return None
    if ctx.text.count(",", *span) >= 3 and sum(w[0].isupper() for w in content_words) > 0.6 * len(content_words):
        return None  # a list of names ("Iowa: Tim Albrecht, Brad Anderson, ...")
    if (len(content_words) <= 6 and sent.paragraph > 0 and ctx.text[span[0] - 1:span[0]] not in QUOTE_CHARS
            and _next_paragraph_opens_with(ctx, end, words[-1])):
        return None  # a section head ("Bush: Survive to S.C.") over a paragraph about Bush
    if (sent.paragraph > 0 and len(words) >= 3 and not any(w.lower() in given_names() for w in words)
            and _SENTENCE_END_INSIDE.search(ctx.masked, span[0], span[1] - 1) is not None
            and (any(w.islower() for w in words) or all(w[0].isupper() for w in words))):
        # "Veto Power Impedes Peace Efforts: Eliminating ... . The Council ...": a section's head
        # over its paragraph, not a speaker (a transcript names one in a word or two, or a person)
        return None
    np = left_speaker(ctx.masked, sent.start, m.end("np"))
    if not isinstance(np, tuple) or np[1] != m.end("np"):
        np = m.span("np")
    on_topic = _ON_TOPIC.match(ctx.masked, m.start("np"), m.end("np"))
    if on_topic is not None:
        np = on_topic.span("who")  # "Obama on Climate Change: ...": Obama speaks on it
    np = headline_subject(ctx.text, np)  # "Trump Addresses Munich Attack: ..."
    colon = ctx.masked.index(":", m.end("np"))
    return Found(sent.index, sent.paragraph, np, (colon, colon + 1), [span],
                  content_kind(ctx, [span], "indirect"), line=True)


# The end of a sentence with another after it.
_SENTENCE_END_INSIDE: Final = re.compile(r"[.!?][”\"’']?\s+[“\"]?[A-Z]")
# A name and what it speaks about, before a headline's colon ("Obama on Climate Change").
_ON_TOPIC: Final = re.compile(r"(?P<who>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+(?:on|about)\s+\S.*$")
# A transcript's line quoted whole, its speaker in capitals ('"WALLACE: But, Governor ...').
_QUOTED_LINE: Final = re.compile(r"[\"“](?P<np>[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,2})\s*:\s+(?=\S)")


def _quoted_transcript_line(ctx: Context, sent: Sentence) -> Found | None:
    """A paragraph that quotes a transcript's line: its speaker in capitals, a colon, the words."""
    m = _QUOTED_LINE.match(ctx.text, sent.start, sent.end)
    if m is None or m.group("np").lower() in _NOT_SPEAKERS:
        return None
    span = content_trim(ctx, m.end(), ctx.paragraph_starts.get(sent.start, sent.end))
    if len(_TITLE_WORDS.findall(ctx.text, *span)) < 3:
        return None
    colon = ctx.text.index(":", m.end("np"))
    return Found(sent.index, sent.paragraph, m.span("np"), (colon, colon + 1), [span], "direct", line=True)


def _next_paragraph_opens_with(ctx: Context, end: int, word: str) -> bool:
    """Whether the paragraph after the one ending at ``end`` opens with ``word`` or has it among
    its first words ("Members of the Bush family ...")."""
    head = ctx.masked[end:end + 80].lstrip()
    return word in [w.strip(",;:.’'") for w in head.split()[:6]]


_COLON_QUOTE: Final = re.compile(r"\s*(?P<mark>[:—–―])\s*(?=[“\"„«`]|'')")
# Present exactly when :data:`_COLON_QUOTE` matches somewhere; one scan settles most sentences.
_COLON_QUOTE_ANY: Final = re.compile(r"[:—–―]\s*(?:[“\"„«`]|'')")
# :data:`_COLON_QUOTE_ANY` after its first character.
_COLON_QUOTE_REST: Final = re.compile(r"\s*(?:[“\"„«`]|'')")


def _mark_then(masked: str, marks: str, rest: re.Pattern[str], start: int, end: int) -> bool:
    """Whether one of ``marks`` in ``masked[start:end]`` is followed by a match of ``rest``: each
    mark is found by ``str.find`` (a quick scan) and ``rest`` tried right after it."""
    for mark in marks:
        i = masked.find(mark, start, end)
        while i >= 0:
            if rest.match(masked, i + 1, end) is not None:
                return True
            i = masked.find(mark, i + 1, end)
    return False


def _has_colon_quote(masked: str, start: int, end: int) -> bool:
    """Whether :data:`_COLON_QUOTE_ANY` matches in ``masked[start:end]``."""
    return _mark_then(masked, ":—–―", _COLON_QUOTE_REST, start, end)


@lru_cache(maxsize=4)
def _any_colon_quote(masked: str) -> bool:
    """Whether the article holds :data:`_COLON_QUOTE_ANY` anywhere (most hold none), asked once."""
    return _has_colon_quote(masked, 0, len(masked))


_BYLINE_AFTER: Final = re.compile(r"\s*,?\s*by\s+[A-Z]")


def match_colon(ctx: Context, sent: Sentence) -> Found | None:
    """'Stone: "..."' or 'She addressed them again: "..."': a quotation introduced by a colon."""
    masked = ctx.masked
    if not _any_colon_quote(masked) or not _has_colon_quote(masked, sent.start, sent.end):
        return None
    for m in _COLON_QUOTE.finditer(masked, sent.start, sent.end):
        q = ctx.quote_at(m.end())
        if q is None or q.start != m.end() or q.words_up_to(ctx.text, 3) < 3:
            continue
        if _BYLINE_AFTER.match(masked, q.end):
            continue  # 'SHOP—"Gallery opening on Main Street," by Jane Roe:': the title of a piece
        speaker = left_speaker(masked, sent.start, m.start())
        if isinstance(speaker, tuple) and is_object(masked, sent.start, speaker):
            speaker = main_subject(masked, sent.start, speaker[0])  # "Roe delivered a message to Trump:"
        if not isinstance(speaker, tuple) or not is_named(ctx.text, speaker):
            speaker = _verb_subject(masked, sent.start, m.start()) or _opening_subject(masked, sent.start, m.start())
        if speaker is None:
            continue
        speaker = headline_subject(ctx.text, speaker)
        span = trim_span(ctx.text, q.inner_start, min(q.inner_end, sent.end), keep_final=True)
        if span[0] >= span[1]:
            continue
        return Found(sent.index, sent.paragraph, speaker, m.span("mark"), [span], "direct")
    return None


# Words of a headline in title case after its subject ("Trump | Addresses Munich Attack", "Obama
# | To Asians Worried ..."): a verb in -s, or a preposition.
_HEADLINE_BREAK: Final = re.compile(r"[A-Z][a-z]+s|To|On|About|For|In|Of|At|With|Over|After|And")
_WORD: Final = re.compile(r"\S+")


def headline_subject(text: str, span: Span) -> Span:
    """The subject of a headline in title case before a colon ("Trump Addresses Munich Attack:
    '...'" -> "Trump"), or ``span`` when it is no such headline."""
    words = list(_WORD.finditer(text, span[0], span[1]))
    if len(words) < 3 or not all(w.group()[:1].isupper() or not w.group()[:1].isalpha() for w in words):
        return span
    for i, w in enumerate(words[1:-1], 1):  # the last word ends the subject ("Jeffrey M. Jones")
        if _HEADLINE_BREAK.fullmatch(w.group()) and w.group() not in _NAME_WORDS_IN_S:
            return (span[0], words[i - 1].end())
    return span


# Words in -s that name a paper or a body rather than say what it does ("Breitbart News Daily").
_NAME_WORDS_IN_S: Final = frozenset("News Times Sports Games Studios Records Airways Airlines Services Affairs".split())


def _filling_quotation(ctx: Context, q: Quote, sent: Sentence) -> Span | None:
    """The inside of ``q``, which opens ``sent``, trimmed; ``None`` unless it fills most of the
    sentence (a quotation sentence, not a sentence that starts with a quoted phrase)."""
    span = trim_span(ctx.text, q.inner_start, min(q.inner_end, sent.end), keep_final=True)
    return span if span[1] - span[0] >= 0.6 * (sent.end - sent.start) - 2 else None


def follow_on(ctx: Context, sent: Sentence, last: Found | None) -> Found | None:
    """A sentence that is a quotation with no cue, continuing the last speaker's statement.

    A stance ("Roe praised the plan.") is not speech: a quotation after it starts a statement of
    its own (see :func:`lead_quote`).
    """
    if last is None or sent.index - last.sentence > _FOLLOW_ON_SENTENCES or sent.paragraph - last.paragraph > 1:
        return None
    if last.cue is not None and ctx.text[last.cue[0]:last.cue[1]].lower() in NOT_SPEECH:
        return None  # a stance or a belief is not speech that a quotation could go on with
    q = ctx.quote_at(sent.start)
    if q is None or q.start != sent.start or q.words_up_to(ctx.text, 3) < 3 or tail_cue(ctx, q, sent.end):
        return None
    if _BYLINE_AFTER.match(ctx.masked, q.end):
        return None  # the title of a piece and its byline
    span = _filling_quotation(ctx, q, sent)
    if span is None:
        return None
    return Found(sent.index, sent.paragraph, None, None, [span], "direct", parent=last)


def lead_quote(ctx: Context, sent: Sentence, prev: Sentence) -> Found | None:
    """A quotation sentence after a narrator sentence about a named person: that person speaks.

    'Valastro praised the governor. "We need someone who gets things done."'
    """
    if sent.paragraph - prev.paragraph > 1 or prev.is_title:
        return None
    q = ctx.quote_at(sent.start)
    if q is None or q.start != sent.start or q.words_up_to(ctx.text, 4) < 4:
        return None
    colon = _colon_intro(ctx.masked, prev)
    subject = colon_speaker(ctx.masked, prev, colon) if colon is not None else None
    if subject is None:
        subject = sentence_subject(ctx.masked, prev.start, prev.end)
        if subject is None or not is_named(ctx.text, subject) or _not_a_name(ctx.text, subject):
            return None
        if ctx.text[subject[0]:subject[1]].lower() in _NO_ONE:
            return None  # 'It took ten hours before ... "..."': an expletive names no one
        rest = ctx.masked[subject[1]:prev.end].strip(" .!?\n")
        if not rest or _CREDIT_REST.fullmatch(rest):
            # 'Pause.': the sentence is no more than the phrase, and says nothing of anyone; nor
            # does a picture's credit line ('Getty/Instagram.')
            return None
    span = _filling_quotation(ctx, q, sent)
    if span is None:
        return None
    cue = (colon, colon + 1) if colon is not None else None
    return Found(sent.index, sent.paragraph, subject, cue, [span], "direct")


# What follows the first name of a picture's credit line ("Getty/Instagram", "AP/Reuters").
_CREDIT_REST: Final = re.compile(r"(?:\s*/\s*[\w’'.&-]+(?:\s+[\w’'.&-]+)?)+")


# A sentence that is a speaker and a verb of saying alone ("Jane Roe agreed.", "Others disagreed.").
_BARE_CUES: Final = frozenset("""
agreed agrees disagreed disagrees added adds explained explains replied replies responded responds
continued continues concurred concurs objected objects countered counters cautioned cautions warned
warns argued argues noted notes recalled recalls elaborated elaborates wrote writes said says
""".split())
_BARE_CUE_END: Final = re.compile(r"\s+(?:[a-z]+ly\s+|also\s+|too\s+)?(?P<cue>[a-z]+)\s*[.:]?\s*$")


def bare_cue_lead(ctx: Context, sent: Sentence, prev: Sentence) -> Found | None:
    """A quotation sentence after a sentence that is only a speaker and a verb of saying: that
    speaker says it, whoever spoke before ('Roe said. ... Doe agreed. "We are out of time."')."""
    if sent.paragraph - prev.paragraph > 1:
        return None
    q = ctx.quote_at(sent.start)
    if q is None or q.start != sent.start:
        return None
    m = _BARE_CUE_END.search(ctx.masked, prev.start, prev.end)
    if m is None or m.group("cue") not in _BARE_CUES:
        return None
    subject = sentence_subject(ctx.masked, prev.start, m.start())
    if subject is None or subject[1] != m.start() or not is_named(ctx.text, subject) or _not_a_name(ctx.text, subject):
        return None
    span = _filling_quotation(ctx, q, sent)
    if span is None:
        return None
    return Found(sent.index, sent.paragraph, subject, m.span("cue"), [span], "direct")


def _not_a_name(text: str, span: Span) -> bool:
    """A capitalised opener that names nobody ("Given the fallout", "Pause.", "Citing ...")."""
    words = text[span[0]:span[1]].split()
    first = words[0].lower().strip(".,")
    return first in SENTENCE_OPENERS or first in _DAY_NAMES or (
        len(words) == 1 and (first.endswith(("ing", "ed", "ly")) or first in _COMPARATIVES))


# Words of degree that open a sentence before their noun ("More clarity on screen means ..."),
# never a name by themselves.
_COMPARATIVES: Final = frozenset("more less most least better worse greater fewer bigger smaller higher lower".split())


# Days, not months: "April" and "June" are given names too.
_DAY_NAMES: Final = frozenset("monday tuesday wednesday thursday friday saturday sunday today yesterday".split())


_COLON_END: Final = re.compile(r":\s*$")
_AUX_THEN_VERB: Final = re.compile(r"\b(?:could|would|will|can|did|does|do|may|might|must|should)\s+(?:[a-z]+ly\s+|only\s+|not\s+)?"
                            r"[a-z]+\s*$")


# A participle and a preposition or an article opening a sentence ("Shivering in a long dress, ...").
_OPENING_PARTICIPLE: Final = re.compile(r"\s*(?!(?:According|During|Including|Regarding|Concerning|Considering)\b)"
                                 r"[A-Z][a-z]+ing\s+(?:in|on|at|with|to|from|a|an|the|his|her|their|its|"
                                 r"through|over|under|into|out|up|down|off|about|for|after|before|around|across)\s")


def _opening_subject(masked: str, lo: int, end: int) -> Span | None:
    """The subject of the sentence in ``masked[lo:end]``: after a participle's phrase that opens it,
    the subject of its first verb ("Shivering in a long dress, | the actress stopped ..."), else
    :func:`sentence_subject`."""
    if _OPENING_PARTICIPLE.match(masked, lo, end):
        return main_subject(masked, lo, end)
    return sentence_subject(masked, lo, end)


def _verb_subject(masked: str, lo: int, colon: int) -> Span | None:
    """The subject of the verb just before a colon ("a spokesman could only quip:", "Roe added:")."""
    verb = _LAST_WORD.search(masked, lo, colon + 1)
    if verb is None:
        return None
    aux = _AUX_THEN_VERB.search(masked, max(lo, verb.start() - 30), verb.end("word"))
    if not looks_finite(verb.group("word")) and aux is None:
        return None
    np = left_speaker(masked, lo, aux.start() if aux is not None else verb.start("word"))
    return np if isinstance(np, tuple) else None
_AS_NAME: Final = re.compile(r"\s*As\s+(?P<np>[A-Z][\w’'.-]*(?:\s+(?:of\s+)?[A-Z][\w’'.-]*){0,4})")
_LAST_WORD: Final = re.compile(r"(?P<word>[a-z]+)\s*:\s*$")


def _colon_intro(masked: str, prev: Sentence) -> int | None:
    """Where the colon closing ``prev`` is, when ``prev`` ends in one ("Jane Roe added:")."""
    m = _COLON_END.search(masked, prev.start, prev.end)
    return m.start() if m is not None else None


def colon_speaker(masked: str, prev: Sentence, colon: int) -> Span | None:
    """Who speaks the quotation after a sentence ending in a colon: the subject of its last verb
    ("17-year-old Jared Potts echoed:"), its clause's subject, or the writer it names ("As Joel
    Pollak observed, ...:")."""
    m = _AS_NAME.match(masked, prev.start, colon)
    if m is not None:
        return m.span("np")
    np = _verb_subject(masked, prev.start, colon)
    if np is not None:
        return np
    subject = clause_subject(masked, prev.start, colon)
    if subject is not None and masked[subject[0]:subject[1]].lower() != "it":
        return subject
    return None


_NAMING: Final = re.compile(
    r"(?:\b(?:known|referred\s+to|billed|described|dubbed|nicknamed|titled|entitled|named|labeled|labelled|"
    r"branded|termed|so-called|called|as|word|words|term|phrase|slogan|hashtag|film|movie|book|song|show|"
    r"series|album|play|novel|program|programme|headline|motto|catchphrase)\s*,?\s*(?:the\s+|a\s+|an\s+)?"
    r"|[\w’']+(?:['’]s)\s+)$",
    re.IGNORECASE,
)

# A shorter quotation in a sentence that names no speaker is the narrator's phrasing ('a "sigh of
# relief" at the numbers'), not more of the last speaker's statement.
_MIN_EMBEDDED_WORDS: Final = 5
# Beyond this many words a quotation's length decides nothing in :func:`embedded_quotes`.
_ENOUGH_WORDS: Final = max(8, _MIN_EMBEDDED_WORDS)

_TITLE_WORDS: Final = re.compile(r"[^\W\d_][\w’'-]*|\d[\w,.]*")

_MINOR_WORDS: Final = frozenset("a an the of and or for to in on at by with from as nor but is".split())


def title_case(text: str, start: int, end: int, *, min_words: int = 1) -> bool:
    """Every major word of ``text[start:end]`` capitalised (or a number), and ``min_words`` of them."""
    words = _TITLE_WORDS.findall(text, start, end)
    major = [w for w in words if w.lower() not in _MINOR_WORDS]
    return len(major) >= min_words and all(w[0].isupper() or w[0].isdigit() for w in major)


def is_title(text: str, q: Quote) -> bool:
    """A quotation in title case ("Gone With the Wind", "Sunday Night Baseball"): a name."""
    return title_case(text, q.inner_start, q.inner_end)


def _long_title(text: str, q: Quote) -> bool:
    """A long quotation in title case, not shouted in capitals: the title of a work."""
    inner = text[q.inner_start:q.inner_end]
    return is_title(text, q) and not inner.isupper()


def _is_nominal(masked: str, span: Span) -> bool:
    """A determiner and a common noun ("The ad", "the two lawmakers")."""
    words = masked[span[0]:span[1]].split()
    return len(words) >= 2 and words[0].lower() in DETERMINERS and words[-1].islower()


_PROGRESSIVE: Final = re.compile(r"\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]{2,}ing)\b")

# A participle after a form of "be" ("was praised", "has been accused"), and whether "to"
# follows it ("is reported to have said": the subject speaks).
_PASSIVE: Final = re.compile(r"\s+(?:(?:[a-z]+ly|also|been|being|widely|now)\s+)*(?P<verb>[a-z]+(?:ed|en|wn))\b(?P<to>\s+to\b)?")
# Participles whose passive makes the subject what is spoken of, not the speaker.
_PASSIVE_OF: Final = (CUE_WORDS - {"asked"}) | frozenset("""
expected detained remembered credited nicknamed dubbed known
""".split())
# "have" and a plural noun after a subject: possession, not an auxiliary and its participle.
_HAD_A_NOUN: Final = re.compile(r"\s+(?:had|has|have)\s+[a-z]+(?<!s)s\b")
# Verbs that link a subject to what is said of it, as "be" does.
_COPULAS: Final = frozenset("became become becomes remained remains seemed seems appeared appears".split())
# Participles of feeling after "be", whose subject a quotation that follows may be the words of
# ("was delighted with the "great result"").
_FEELINGS: Final = frozenset("""
pleased delighted disappointed concerned worried convinced determined satisfied dissatisfied
surprised shocked frustrated alarmed encouraged excited relieved committed opposed interested
annoyed angered outraged saddened thrilled amazed astonished puzzled baffled dismayed appalled
horrified troubled impressed unimpressed unconvinced confused disgusted offended heartened
""".split())
_LATER_PARTICIPLE: Final = re.compile(r"(?:,|\band)\s+(?P<verb>[a-z]+ing)\b|\band\s+(?:then\s+|also\s+|later\s+)?(?P<past>[a-z]{3,}ed)\b")

_SPEAKER_NP: Final = (r"(?:he|she|they|I|we|[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|of|de|al-\w+)){0,4}"
               r"|(?:the|a|an|one|another|his|her|their)\s+[A-Za-z][\w’'-]*(?:\s+[A-Za-z][\w’'-]*){0,3})")


_ANY_VERB: Final = r"[a-z]{3,}(?:ed|[^s]s)"

_TAIL_CUE: Final = re.compile(
    r"\s*(?:(?P<np>" + _SPEAKER_NP + r")\s+(?:[a-z]+ly\s+)?(?P<verb>" + _ANY_VERB + r")"
    r"|(?P<verb2>[a-z]{3,}ed)\s+(?P<np2>" + _SPEAKER_NP + r"))(?=\s*[,.;:!?]|\s+(?:with|as|in|at|on|after|before|"
    r"while|from|to|about|of|when|during|upon|and|but|then)\b)"
)

_NOT_SPEECH_VERBS: Final = frozenset("""
was has is does goes comes seems appears looks sounds reads means makes takes gets lets wants
needs remains becomes stands needed wanted seemed appeared looked sounded meant made stood
remained became happened followed included continued ended started added
""".split())


def tail_cue(ctx: Context, q: Quote, end: int) -> tuple[Span, Span] | None:
    """'"That's terrible, terrible," Trump sighed.': a quotation ending in a comma, question or
    exclamation mark, then a speaker and any verb of the past or present (or the verb, then the
    speaker), then the end of the clause. Newswire credits a quotation this way whatever the verb."""
    inner = ctx.text[q.inner_start:q.inner_end].rstrip()
    if not q.closed or not inner or inner[-1] not in ",?!—–-":
        return None
    m = _TAIL_CUE.match(ctx.masked, q.end, end)
    if m is None:
        return None
    if m.group("np") is not None:
        np, verb = m.span("np"), m.span("verb")
    else:
        np, verb = m.span("np2"), m.span("verb2")
    word = ctx.masked[verb[0]:verb[1]]
    if word in _NOT_SPEECH_VERBS or word in BE:
        return None
    if ctx.masked[np[0]:np[1]].split()[0].lower() in SENTENCE_OPENERS - {"i"}:
        return None
    return np, verb


_GERUND: Final = re.compile(r"[A-Z][a-z]+ing")
# Words after a subject that are no verb: nouns after a number ("Thirty percent of whites") and
# function words ("Only the", "Part of this").
_NOT_VERBS: Final = frozenset("percent per cent hundred thousand million billion trillion "
                       "of and or to for with from by at on".split()) | PRONOUNS  # "Should it become"


def _not_a_verb(word: str) -> bool:
    """A word after a subject that is no verb (:data:`_NOT_VERBS`), a determiner or a role noun
    ("Huggy Bear actor Antonio Fargas")."""
    return word in _NOT_VERBS or word in DETERMINERS or word in PERSON_ROLES or (
        # a noun or a possessive ("US bankruptcy judge", "Across town", "The Cruz slate's"): no
        # verb of the past or present, no verb of saying, no form of "be"
        not looks_finite(word) and word not in CUE_WORDS and word not in BE)


_AUX_NEXT: Final = re.compile(r"\s+(?:are|were|is|was|have|had|will|would|can|could|may|might|must|should)\b")


def _longer_subject(masked: str, subject: Span, end: int) -> tuple[Span, re.Match[str]] | None:
    """The subject read on to the first verb within a few words after it, and that verb; ``None``
    when a break or no verb comes first."""
    last = subject[1]
    for n, m in enumerate(_SUBJECT_WORD.finditer(masked, subject[1], min(end, subject[1] + 80))):
        word = m.group()
        if n >= 6 or not word[0].isalnum() or word.lower() in _SUBJECT_ENDS:
            return None  # a break, or a clause of its own ("It wasn't even that | he heard")
        if word.islower() and (word in BE or not _not_a_verb(word)):
            verb = VERB_AFTER_SUBJECT.match(masked, last, end)
            if verb is None or n == 0 or _AUX_NEXT.match(masked, verb.end("verb")):
                return None  # a plural noun before a verb of its own ("new UK casinos will be")
            return (subject[0], last), verb
        last = m.end()
    return None


_SUBJECT_ENDS: Final = frozenset(PRONOUNS) | {"that", "where", "when", "which", "who", "however", "if", "whether"}
_SUBJECT_WORD: Final = re.compile(r"[\w’'.&-]+|[^\s\w]")


# An appositive between a subject and its verb (", a co-founder of the group,").
_ASIDE_AFTER_SUBJECT: Final = re.compile(r",\s+[^,;:.!?\x00\"“”]{2,100}?,(?=\s)")
# Subjects that name no one: an expletive or a demonstrative ("There was", "That is").
_NO_ONE: Final = frozenset("there it that this these those what whatever".split())
# Subjects that name no speaker: "it" aside, which may stand for a firm.
NAMES_NO_ONE: Final = _NO_ONE - {"it"}



def embedded_quotes(ctx: Context, sent: Sentence, items: list[Found],
                     last: Found | None) -> list[Found]:
    """Quotations of ``sent`` that no cue claimed, credited where the sentence says who speaks.

    'Cross called the election "a citizenship election."': the sentence's subject speaks the
    clause after its verb. A quotation in a sentence whose subject names nobody continues the
    last speaker of this or the previous paragraph. A short quotation right after a naming word
    ('known as the "Bride of the Desert"', 'the film "Gone With the Wind"') is a title, not speech.
    """
    out: list[Found] = []
    covered = [span for it in items for span in it.content]
    for q in ctx.quotes_between(sent.start, sent.end):
        if q.start < sent.start or any(s < q.inner_end and q.inner_start < e for s, e in covered):
            continue
        n_words = q.words_up_to(ctx.text, _ENOUGH_WORDS)
        if n_words < 2:
            continue  # a one-word scare quote ('mocked the "plan"') is the narrator's
        head = ctx.masked[sent.start:q.start].rstrip()
        if head.endswith("=") or (n_words < 8 and (_NAMING.search(head) or is_title(ctx.text, q))):
            continue
        if (n_words >= 8 and _long_title(ctx.text, q)) or _BYLINE_AFTER.match(ctx.masked, q.end):
            continue  # a work's title ('"Backfire: A Battle for the Soul of HP."', '"…," by Jane Roe')
        span = trim_span(ctx.text, q.inner_start, min(q.inner_end, sent.end), keep_final=True)
        if span[0] >= span[1]:
            continue
        tail = tail_cue(ctx, q, sent.end)
        if tail is not None:
            speaker, cue = tail
            content = [span] + continuation(ctx, cue[1], sent.end)
            out.append(Found(sent.index, sent.paragraph, speaker, cue, content, "direct"))
            covered.extend(content)
            continue
        subject = clause_subject(ctx.masked, sent.start, q.start) or sentence_subject(ctx.masked, sent.start, q.start)
        if subject is not None and _GERUND.fullmatch(ctx.text, *subject):
            # 'Remarking upon his "empathy," Roe said': the adjunct's subject is the speaker's
            if items and items[-1].mention is not None and items[-1].mention[0] > q.end:
                start = trim_span(ctx.text, subject[1], q.start)[0]
                out.append(Found(sent.index, sent.paragraph, None, subject, [(start, span[1])],
                                 "mixed", parent=items[-1]))
                covered.append((start, span[1]))
            continue
        if subject is not None and ctx.text[subject[0]:subject[1]].lower() in NAMES_NO_ONE:
            subject = None  # 'That makes her "a good person"': no one is named ("it" may be a firm)
        if subject is not None and not is_possessive(ctx.text, subject) and (
                is_named(ctx.text, subject) or _is_nominal(ctx.masked, subject)):
            verb = VERB_AFTER_SUBJECT.match(ctx.masked, subject[1], q.start)
            if verb is not None and _HAD_A_NOUN.match(ctx.masked, subject[1], verb.end("verb")):
                verb = None  # 'They had guns at the ready to "shoot ..."': "had" owns, "guns" is no verb
            if verb is None and is_named(ctx.text, subject):
                aside = _ASIDE_AFTER_SUBJECT.match(ctx.masked, subject[1], q.start)
                if aside is not None:  # 'Jane Roe, a co-founder of the group, welcomed "..."'
                    verb = VERB_AFTER_SUBJECT.match(ctx.masked, aside.end(), q.start)
                    if verb is not None and verb.group("verb") in BE:
                        verb = None  # 'Roe, the star, is the "preferred choice"': said of her
            if verb is not None and (_not_a_verb(verb.group("verb")) or _AUX_NEXT.match(ctx.masked, verb.end("verb"))):
                # "Thirty percent of whites", "Only the", "Huggy Bear actor"; a plural noun before a
                # verb of its own ("Video games are ...")
                verb = None
                if is_named(ctx.text, subject):
                    longer = _longer_subject(ctx.masked, subject, q.start)
                    if longer is not None:
                        # "Democratic | presidential candidate Jane Roe is releasing": the whole phrase
                        subject, verb = longer
            if verb is not None and verb.group("verb") in _COPULAS:
                continue  # 'Trump became the first candidate to buy a "promoted trend"': said of him
            if verb is not None and not is_named(ctx.text, subject) and verb.group("verb") not in CUE_WORDS:
                verb = None  # a common noun speaks only through a verb of saying ("The ad says ...")
            raised = False  # "is reported to have called", "was quoted as saying": a passive of saying
            if verb is not None and verb.group("verb") in BE:
                # "Roe is telling voters ...": the participle is the verb. After "There was" or
                # "It is" no one is named who could have said the quotation.
                passive = _PASSIVE.match(ctx.masked, verb.end(), q.start)
                if passive is not None and not passive.group("to") and (
                        passive.group("verb") in _PASSIVE_OF
                        or passive.group("verb") not in _FEELINGS and passive.group("verb") != "quoted"):
                    # "Roe was praised by police for ...", "is described as", "could be used for":
                    # the subject is acted on; "Roe was delighted with ..." speaks of her own mind
                    continue
                raised = passive is not None and (bool(passive.group("to")) or passive.group("verb") == "quoted")
                verb = _PROGRESSIVE.match(ctx.masked, verb.end(), q.start) or (
                    None if ctx.text[subject[0]:subject[1]].lower() in _NO_ONE else verb)
            if verb is not None and any(it.cue == verb.span("verb") for it in items):
                continue  # that verb's statement ends before the quotation: it is someone else's
            if verb is not None:
                cue = (verb.start("verb"), verb.end("verb"))
                for part in _LATER_PARTICIPLE.finditer(ctx.masked, verb.end(), q.start):
                    cue = part.span("verb") if part.group("verb") else part.span("past")
                if ctx.masked[cue[0]:cue[1]] in BE and n_words < _MIN_EMBEDDED_WORDS and not raised:
                    continue  # 'Labour are still telephoning ... "cold calls"': the writer's scare quote
                start = trim_span(ctx.text, cue[1], q.start)[0]
                if q.start - start < 120:
                    span = (start, span[1])
                elif n_words < 4:
                    continue  # a short quotation far from the verb is the writer's scare quote
                item = Found(sent.index, sent.paragraph, subject, cue, [span], "direct")
                item.kind = content_kind(ctx, item.content, "indirect")
                out.append(item)
                covered.append(span)
                continue
        if last is None or sent.paragraph - last.paragraph > 1 or n_words < _MIN_EMBEDDED_WORDS:
            continue
        out.append(Found(sent.index, sent.paragraph, None, None, [span], "direct", parent=last))
        covered.append(span)
    return out


_DASH_CREDIT: Final = re.compile(
    r"(?:^|(?<=[\s.?!”\"’…]))(?:[—―–]|-{1,2})\s*"
    r"(?P<np>[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|of|de|van|von|al-\w+)){0,5})"
    r"(?P<handle>\s*\(@\w+\))?(?:,?\s+[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4})?"
    r"(?:,[^,\n]{0,80})?\s*(?:</\w+>)?\s*\.?\s*$"
)


_LEAD_TAG: Final = re.compile(r"\s*(?:<[^<>]{0,200}>)?\s*")
_LINK_END: Final = re.compile(r"\S+\.\w+/\S*$")
_DASH: Final = re.compile(r"[—―–]|-{1,2}")
_DASH_CHAR: Final = re.compile(r"[—―–-]")
# A dash, then a capital: every dash credit holds one, and few paragraphs do.
_DASH_NAME: Final = re.compile(r"[—―–-]\s*[A-Z]")
# :data:`_DASH_NAME` with a hyphen: a pattern that opens with one character is scanned for quickly.
_HYPHEN_NAME: Final = re.compile(r"-\s*[A-Z]")
_NAME_AFTER_DASH: Final = re.compile(r"\s*[A-Z]")


def _has_dash_name(masked: str, start: int = 0, end: int | None = None) -> bool:
    """Whether :data:`_DASH_NAME` matches in ``masked[start:end]``: a hyphen is looked for by its
    own pattern, each of the other dashes by ``str.find``."""
    end = len(masked) if end is None else end
    return (_HYPHEN_NAME.search(masked, start, end) is not None
            or _mark_then(masked, "—―–", _NAME_AFTER_DASH, start, end))


def dash_credits(ctx: Context, doc: Segmented) -> dict[int, Found | None]:
    """Quotations credited after a dash: a tweet or quotation ending '— Jane Roe (@janeroe) May 1,
    2016', or a quotation paragraph followed by a paragraph '- Jane Roe.' (fact checks, epigraphs).

    Maps each paragraph index that such a credit covers to the attribution (on the index of its
    last paragraph) or ``None`` (an earlier paragraph the credit covers).
    """
    out: dict[int, Found | None] = {}
    if not _has_dash_name(ctx.masked):
        return out  # no dash before a capital anywhere, so in no paragraph
    last_sentence: dict[int, int] = {}
    for sent in doc.sentences:
        last_sentence[sent.paragraph] = sent.index
    paras = doc.paragraphs
    text = ctx.text
    for i, para in enumerate(paras):
        if para.boilerplate or para.index not in last_sentence:
            continue
        if not _has_dash_name(ctx.masked, para.start, para.end):
            continue
        m = _dash_credit(ctx.masked, para.start, para.end)
        if m is None:
            continue
        head_end = m.start()
        lead = _LEAD_TAG.match(text, para.start, head_end)  # always matches, perhaps empty
        body_start = lead.end() if lead is not None else para.start
        if body_start >= head_end:
            prev = paras[i - 1] if i > 0 else None
            if prev is None or prev.boilerplate or not opens_quotation(text, prev.start):
                continue
            content_para, span = prev.index, _quote_or_clause(ctx, prev.start, prev.end)
            out[content_para] = None
        else:
            before = text[body_start:head_end].rstrip()
            if not (m.group("handle") or opens_quotation(before) or (
                    before[:1] == "”" and before.rstrip(" .")[-1:] in "”\"")):
                continue  # (a closing mark opening a quotation that one closes is its opening)
            if before[-1:] not in ".?!”\"’…" and not _LINK_END.search(before):
                continue
            span = _quote_or_clause(ctx, body_start, body_start + len(before))
        if span[1] - span[0] < 3:
            out.pop(i - 1, None)
            continue
        dash_mark = _DASH.search(text, m.start(), m.start("np"))
        if dash_mark is None:  # the credit's pattern holds a dash: never
            continue
        dash = dash_mark.span()
        name = trim_span(text, *m.span("np"))
        out[para.index] = Found(last_sentence[para.index], para.index, name, dash, [span],
                                 content_kind(ctx, [span], "indirect"))
    return out


def _dash_credit(masked: str, start: int, end: int) -> re.Match[str] | None:
    """The first match of :data:`_DASH_CREDIT` in ``masked[start:end]``, as its ``search`` finds
    it: every match begins with a dash, so the pattern is tried only at each dash."""
    for dash in _DASH_CHAR.finditer(masked, start, end):
        m = _DASH_CREDIT.match(masked, dash.start(), end)
        if m is not None:
            return m
    return None


def _quote_or_clause(ctx: Context, start: int, end: int) -> Span:
    """The inside of a quotation filling ``[start, end)``, else the trimmed stretch."""
    q = ctx.quote_at(start)
    if q is not None and q.start == start and q.end >= trim_span(ctx.text, start, end)[1] - 1:
        return trim_span(ctx.text, q.inner_start, q.inner_end, keep_final=True)
    return content_trim(ctx, start, end)
