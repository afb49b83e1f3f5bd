"""Find who says what: attributions of quotations, reported speech, stances and beliefs.

:func:`attribute` reads a :class:`~analysis.models.Segmented` article sentence by sentence.
*Finding* locates a cue (this module), the phrase naming the speaker (:mod:`analysis.speakers`)
and the content (:mod:`analysis.content`); quotations without a cue of their own are credited by
:mod:`analysis.quote_credit`. *Attaching* (:func:`analysis.resolve.resolve_speakers`) turns each
speaker phrase into a name, role and type with the actor list and a small coreference tracker.
Quotation interiors are masked while cues are searched, so words inside a quotation are never
taken for a cue of the narrator.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import Final

from analysis.actors import ActorList, load_actors
from analysis.content import (
    SUBORDINATE_LEAD,
    before_phrase_after_quote,
    clause_continuation,
    content_kind,
    content_left,
    content_right,
    content_trim,
    continuation,
    ends_with_quote,
    rest_is_empty,
    skip_adjuncts,
)
from analysis.coref import PERSON_ROLES, PREPOSITIONS, given_names
from analysis.cues import (
    AGREE,
    AUX_ADV,
    BE,
    BELIEF,
    CALLING,
    CLAUSE_GOES_ON,
    DASH,
    DATA_SOURCES,
    DETERMINERS,
    NOT_CONTENT_WORDS,
    PRONOUNS,
    STOP,
    RECORDS,
    ROLE_NOUNS,
    NOT_INVERTED,
    RAISING,
    SHOW_WORDS,
    WANT,
    CUE_RE,
    CUE_WORDS,
    MULTI_CUE_RE,
    MULTI_WORD_CUES,
    NEEDS_MARKER,
    NOUN_AFTER_CUE,
    OBJECT_PRONOUNS,
    PARTICIPLES,
    PREPOSITIONAL,
    QUOTE_CHARS,
    SPEECH,
    STANCE,
)
from analysis.found import Context, Found, Span, mask_quotes, trim_span
from analysis.models import Attribution, Segmented, Sentence
from analysis.quote_credit import (
    NAMES_NO_ONE,
    NOT_SPEECH,
    bare_cue_lead,
    dash_credits,
    embedded_quotes,
    follow_on,
    is_title,
    lead_quote,
    match_colon,
    match_speaker_line,
    title_case,
)
from analysis.quotes import find_quotes
from analysis.resolve import is_role_word, resolve_speakers
from analysis.speakers import (
    APPOSITIVE_LEFT,
    AUXILIARIES,
    COORDINATED,
    DATELINE,
    dateline_end,
    DOCUMENTS,
    MONTHS,
    POSSESSIVE_DETERMINERS,
    RELATIVE_ASIDE,
    RELATIVE_PRONOUN_CUE,
    SENTENCE_OPENERS,
    after_fronted_phrase,
    clause_subject,
    interrupted_subject,
    is_named,
    place_after_comma,
    is_object,
    left_speaker,
    looks_finite,
    main_subject,
    right_speaker,
    show_is_noun,
    subject_before_object,
    unclosed_place_aside,
    unclosed_role_aside,
)


# "..., while arguing ...", "... by saying ...": a participle whose subject is the clause's.
_SUBORDINATOR_END: Final = re.compile(
    r"(?:^|[\s,])(?:while|whilst|by|after|before|when|in|without|despite|besides|upon|even\s+as|and)(?:\s+[a-z]+ly)?$")
# "said by telephone", "told reporters by email": the means of speaking, not a passive's agent.
_BY_MEANS: Final = re.compile(r" by\s+(?:(?:tele)?phone|e-?mail|text(?:\s+message)?|video(?:\s*link)?|satellite|"
                       r"letter|fax|Skype|Zoom|radio|webcam)\b")
_THOSE_BEFORE: Final = re.compile(r"\bthose\s+$", re.IGNORECASE)
def _graded_before(masked: str, lo: int, c_start: int) -> bool:
    """Whether a determiner and a degree come right before the participle at ``c_start``
    (:data:`_GRADED_BEFORE`); the word before is looked at first, as few are a degree or an adverb."""
    space = masked.rfind(" ", lo, c_start - 1)
    before = masked[space + 1:c_start - 1].lower()
    return (before in _DEGREES or before.endswith("ly")) and _GRADED_BEFORE.search(
        masked, max(lo, c_start - 40), c_start) is not None


_DEGREES: Final = frozenset("most more less least much so very highly widely well best little often".split())
# A determiner and a degree before a participle: an adjective ("the most passionately | supported
# club", "a much criticised | plan"), not "he most strongly denied".
_GRADED_BEFORE: Final = re.compile(r"\b(?:the|a|an|its|his|her|their|this|that)\s+(?:most|more|less|least|much|so|very|"
                            r"highly|widely|well|best|little|often)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
_AS_LEAD: Final = re.compile(r"(?<!such )\bas\s+$")
# Cues of saying that credit the clause before ", as": "The plan works, as the mayor said."
_SAYING_AS: Final = frozenset("""
said says say noted notes wrote writes reported reports argued argues explained explains observed
observes claimed claims alleged alleges told acknowledged acknowledges admitted admits conceded concedes
""".split()) | {"put it", "puts it", "pointed out", "points out"}
_TO_VERB: Final = re.compile(r"\s+to\s+(?:be|have)\b")
_WITH_BEFORE: Final = re.compile(r"\bwith\s+$")
_TO_BEFORE: Final = re.compile(r"\b(?:went\s+on|goes\s+on|took\s+to\s+[A-Z][\w.-]*|takes\s+to\s+[A-Z][\w.-]*|"
                        r"likely|quick|eager|used\s+[^,;:.]{1,40}?|plans|planned|hopes|hoped|"
                        r"continue|continues|continued|continuing|seemed|seems|appeared|appears|wants|wanted|tried|tries|"
                        r"decided|chose|began|started|stopped|is\s+expected|was\s+expected|"
                        # a purpose: "stood at an event here to say", "took the stage to declare"
                        r"(?:stood|stands|rose|rises)(?:\s+up)?(?:\s+[^,;:.]{1,40}?)?|"
                        r"(?:took|takes|taking)\s+the\s+(?:stage|floor|podium|microphone|mic|opportunity)|"
                        r"(?:called|calls|held|holds)\s+(?:a|an)\s+(?:news\s+|press\s+)?(?:conference|briefing))\s+to$")
# "asked voters to say": whoever was asked speaks, not the asker.
_OBJECT_BEFORE_TO: Final = re.compile(r"\b(?:asked|asks|told|tells|urged|urges|wanted|wants|forced|allowed|"
                               r"encouraged|invited|called\s+on)\s+[^,;:.]{1,40}\s+to$")
_DASH_IN: Final = re.compile(r"\s[—–]\s")
_ANY_DASH: Final = re.compile(DASH)
_WHO_BEFORE: Final = re.compile(r"\bwho\s+$")
# A person's name after a comma that ends the sentence: two to four capitalised words (", Robert Boyle.").
_COMMA_NAME_AT_END: Final = re.compile(r"\s*,\s*(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'.-]*){1,3}?)\s*[.!?]?\s*$")
_LOWER_WORD_IN: Final = re.compile(r"\b[a-z]{3,}\b")
# An aside between dashes, closing right before a relative pronoun ("critics — including Roe — | who").
_DASH_ASIDE_END: Final = re.compile(r"\s+[—–]\s+[^—–,;:\x00]{1,60}?\s+[—–]\s*$")
_RATIO_BEFORE: Final = re.compile(r"(?:(?:[Aa]bout|[Nn]early|[Aa]lmost|[Mm]ore\s+than|[Ff]ewer\s+than)\s+)?"
                           r"\b[\w-]+\s+(?:in|out\s+of)\s+$")
# A participial or "asked" phrase opening the sentence sets the scene for the speaker.
_FRONTED_ADJUNCT: Final = re.compile(r"\s*(?:[A-Z][a-z]+ing|Asked|Pressed|Questioned)\s")
_OPENING_QUOTES: Final = "\"“‘'"
_TIME_UNITS: Final = frozenset("week weeks month months year years day days weekend morning afternoon evening night time".split())
# A place after a comma, alone between an appositive and what follows it (", New Jersey"), or
# with the town before it (" from Englewood, New Jersey").
_PLACE_GAP: Final = re.compile(r"(?:\s+(?:from|of|in)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?\s*,\s*(?P<place>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s*")


def _place_between(masked: str, lo: int, start: int, end: int) -> bool:
    """Whether ``masked[start:end]`` is a comma and a place that goes with what is before it
    ("a doctor from Englewood|, New Jersey|")."""
    m = _PLACE_GAP.fullmatch(masked, start, end)
    return m is not None and place_after_comma(masked, lo, m.span("place"))


# Words opening a phrase of time or place before a sentence's subject ("Just last week, Roe wrote").
_FRONTING_WORDS: Final = frozenset("""
in on at during after before since by for from under amid despite following last earlier later just
only yesterday today
""".split())


def _fronted_phrase(masked: str, content: list[Span], after_pos: int, hi: int) -> bool:
    """Whether ``content`` is one short phrase of time or place ("In March", "Just last week")
    that opens the sentence before its subject, and a quotation follows the cue: the phrase is
    the writer's, not part of what is quoted."""
    if len(content) != 1 or masked[after_pos:hi].lstrip(" ,:")[:1] not in _OPENING_QUOTES:
        return False
    words = masked[content[0][0]:content[0][1]].split()
    return 0 < len(words) <= 5 and words[0][:1].isupper() and words[0].lower() in _FRONTING_WORDS and not any(
        c in masked[content[0][0]:content[0][1]] for c in ",;:\x00") and (
        # a time or a place named ("In March", "Just last week", "At CPAC"); not a connective,
        # which the speaker's words may hold ("In other words", "After all")
        len(words) == 1 or any(w[:1].isupper() or w[:1].isdigit() or w.lower() in _TIME_UNITS for w in words[1:]))


# A name after a preposition is a place or an object ("of Sodus in Upstate New York, who ...").
_PREPOSITION_BEFORE: Final = re.compile(r"\b(?:in|of|from|at|to|for|with|on|by|near)\s+$")
_TO_NEXT_QUOTE: Final = re.compile(r"[^,;:.!?\x00\"“”]{0,80}?(?=\s*,\s*[“\"])")
_FRONTED_NP: Final = re.compile(r"\s+(?P<np>[A-Z][^,;:\x00\"“”]{1,120}?)\s*,\s*")
_FRONTED_ASIDE: Final = re.compile(r"(?:who|whose|which|a|an|the|[a-z]+\s+of)\b")
_ASIDE_TO_QUOTE: Final = re.compile(r"[^\x00;]{1,160}?,\s*(?=[“\"]|'')")


def _match_fronted_cue(ctx: Context, sent: Sentence, c_start: int, c_end: int, word: str,
                       kind: str) -> Found | None:
    """'Said Jane Roe, "We won."': a cue opening its sentence, the speaker after it."""
    if kind == "belief" or word in PARTICIPLES or word in NEEDS_MARKER:
        return None
    m = _FRONTED_NP.match(ctx.masked, c_end, sent.end)
    if m is None:
        return None
    np = right_speaker(ctx.masked + " ", c_end, m.start("np") + len(m.group("np")) + 1)
    speaker = np[0] if np is not None else m.span("np")
    pos = m.end()
    if _FRONTED_ASIDE.match(ctx.masked[pos:pos + 12]):
        aside = _ASIDE_TO_QUOTE.match(ctx.masked, pos, sent.end)
        if aside is not None:
            pos = aside.end()
    got = content_right(ctx, pos, sent.end, word)
    if got is None:
        return None
    return Found(sent.index, sent.paragraph, speaker, (c_start, c_end), got[0], content_kind(ctx, got[0], kind))


# A cue starts a run of word characters, apostrophes and hyphens; only runs that are a cue word,
# or the first word of a multi-word cue, are worth trying :data:`CUE_RE` on.
_RUN: Final = re.compile(r"[\w'’-]+")
_CUE_STARTS: Final = CUE_WORDS | frozenset(MULTI_WORD_CUES)
_SPACES: Final = re.compile(r"\s+")
_RUN_CHAR: Final = re.compile(r"[\w'’-]")
# The pattern's case-insensitive match also takes these letters for ASCII ones ("ſaid", "İ");
# ``str.lower`` does not fold them so.
_FOLDING: Final = re.compile("[\u0130\u0131\u017f\u212a]")


# Endings of a multi-word cue whose object follows it: no speaker after it ("lashed out at").
_PREPOSITION_ENDINGS: Final = (" at", " for", " of", " on", " about", " against", " to", " with", " over")
# A name, then what opens a sentence: a number or a capitalised word that opens one.
_SENTENCE_AFTER_NAME: Final = re.compile(r"(?<![\w.&-])[A-Z][\w.&-]*(?P<cut>\s+)(?=\d[\d,.]*%?\s+(?:of\s+)?[a-z]|"
                                  r"(?:More|Most|The|A|In|But|And|It|This)\s+[a-z])")
def _governed_antecedent(masked: str, np: Span, *, person: bool) -> Span:
    """The antecedent of "who" (``person``) or "which" in ``np`` when it ends with a name that a
    preposition governs: the name ("will only get harder for | Holmes, who", "an adviser for |
    Labour, which"), unless, for "who", the phrase's head is a person who speaks for it ("a lawyer
    for Smith, who") or a group; else ``np``."""
    if not person and (" of " in masked[np[0]:np[1]] or " at " in masked[np[0]:np[1]]):
        office = _ROLE_OF_NAME_AT_END.search(masked, np[0], np[1])
        if office is not None:
            return office.span("name")  # "director of | New York Communities for Change, which"
    governed = _GOVERNED_NAME_AT_END.search(masked, np[0], np[1])
    if governed is None or governed.start() <= np[0]:
        return np
    word = masked[np[0]:governed.start()].split()[-1]
    head = word.lower()
    if person and (head in PERSON_ROLES or head.endswith("s")):
        return np
    if not person and not word.islower():
        return np  # "the National Council for Adoption, which": one name
    return governed.span("name")


# A number alone ("95.5", "1,200").
_NUMBER: Final = re.compile(r"[\d.,%]+")
# Adjectives that qualify a noun, as a cue word may be ("a false claim", "its own report").
_QUALIFIERS: Final = frozenset("""
own false true overall worst best biggest greatest greater other second third fifth cool same
""".split())
_ADJECTIVE_ENDINGS: Final = ("al", "ic", "ive", "ous", "ful", "less", "able", "ible", "est")
_ARTICLE_WORDS: Final = frozenset({"a", "an", "the"})
# Endings no noun after an article has ("an additional", "a reasonable", "the greatest" end in
# "al", "able", "est" as "the editorial", "a constable", "the test" do: those are left out).
_ADJECTIVE_ONLY_ENDINGS: Final = ("ous", "ful", "less", "ible")
_ORDINALS: Final = frozenset("second third fourth fifth".split())


def _adjective_before(masked: str, speaker: Span, c_start: int) -> bool:
    """Whether ``speaker``, right before the cue, is one adjective in lower case, which makes the
    cue word a noun it qualifies ("a highly critical report", "musical notes"); not a noun that
    speaks ("officials said", "an official said")."""
    word = masked[speaker[0]:speaker[1]]
    if " of " in word:
        word = word.rpartition(" of ")[2]  # "an undercurrent of conservative | thought"
    article, _, rest = word.partition(" ")
    after_article = bool(rest) and article.lower() in _ARTICLE_WORDS
    if after_article:
        word = rest  # "recalling a false | report that ...", "an additional | report"
    if not word.isalpha() or not word.islower() or masked[speaker[1]:c_start].strip():
        return False
    if word in PERSON_ROLES or word in ROLE_NOUNS or word in _SPEAKING_ADJECTIVE_NOUNS:
        return False
    if after_article:
        # a noun after an article may end as an adjective does ("the editorial", "the test"), and
        # "a third" of those asked is a share of them
        if word in _ORDINALS:
            return article.lower() == "the"
        return word in _QUALIFIERS or word.endswith(_ADJECTIVE_ONLY_ENDINGS)
    return word in _QUALIFIERS or (word.endswith(_ADJECTIVE_ENDINGS) and not word.endswith("s"))


def _noun_modifier_before(masked: str, speaker: Span, c_start: int, word: str) -> bool:
    """Whether ``speaker`` ends in a modifier of the cue word, which then is a noun: a year or a
    word in lower case and the singular that names no speaker ("a 2002 report", "a compensation
    claim", "an injury worry", "a verbal warning", "the brightest young hope"); a body's report
    is its own ("a government report that ..."). A verb in the base form has a plural subject or
    a pronoun ("the unions claim", "they hope"), the head before a preposition ("critics of the
    policy claim")."""
    if word not in _NOUN_AS_OFTEN or masked[speaker[1]:c_start].strip():
        return False
    words = masked[speaker[0]:speaker[1]].split()
    head = next((i for i, w in enumerate(words) if i and w in PREPOSITIONS), len(words))
    last = words[head - 1]  # "supporters | of the change claim": the head before its object
    if last.isdigit():
        return True
    low = last.lower()
    return last[:1].islower() and not low.endswith("s") and low.isalpha() and not (
        low in PRONOUNS or low in _MANY or low in _BODIES or low in PERSON_ROLES or low in ROLE_NOUNS)


# What a noun of saying opens: a clause ("warning that", "claim is that") or a colon.
_NOUN_CLAUSE_NEXT: Final = re.compile(r"(?:\s+(?:is|was)\s+that|\s+that|:)\s")
_WORD_SPAN: Final = re.compile(r"[^\s]+")
# A name with "'s", or a possessive determiner, right before a phrase.
_OWNER_BEFORE: Final = re.compile(r"(?:(?<![\w'’-])(?P<owner>(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|[Yy]our)(?=\s)|"
                           r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}(?=['’]))(?:['’]s?)?)\s+$")


def _possessor(masked: str, phrase: Span) -> Span | None:
    """The owner named in or right before a noun phrase: a possessive determiner ("his | stern")
    or the words before "'s" ("The Cleveland police | 's biggest", "Podliska | ’s most
    explosive"); ``None`` when none is named."""
    for m in _WORD_SPAN.finditer(masked, phrase[0], phrase[1]):
        word = m.group()
        if word.lower() in POSSESSIVE_DETERMINERS:
            return m.span()
        if word.endswith(("'s", "’s")) and m.end() - 2 > phrase[0]:
            return phrase[0], m.end() - 2
        if word.endswith(("s'", "s’")):
            return phrase[0], m.end() - 1
    before = _OWNER_BEFORE.search(masked, max(0, phrase[0] - 60), phrase[0])
    if before is None:
        return None
    start, end = before.span("owner")  # "Podliska’s | most explosive"
    opener = masked[start:end].split(None, 1)
    if len(opener) > 1 and opener[0].lower() in SENTENCE_OPENERS:
        start = masked.index(opener[1], start)  # "But | Podliska’s"
    return start, end


# A count of more than one and a noun in lower case ending a phrase ("one of | 88 piano").
_COUNT_AND_NOUN: Final = re.compile(r"(?<![\w.,'’-])(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|"
                             r"dozens|hundreds|thousands|millions)\s+[a-z]+$", re.IGNORECASE)


def _count_before(masked: str, speaker: Span, c_start: int, word: str) -> bool:
    """Whether a cue word in -s after a count of more than one and a noun is a noun itself, not
    the verb of a singular subject ("assigns one of 88 piano notes", "the 12 crime reports"); a
    count that ends a name ("Radio 5 news says") is none."""
    if not word.endswith("s") or " " in word or masked[speaker[1]:c_start].strip():
        return False
    count = _COUNT_AND_NOUN.search(masked, max(speaker[0], speaker[1] - 24), speaker[1])
    if count is None or _YEAR_COUNT.match(masked, count.start()):
        return False  # "A 2011 email shows": a year, no count
    before = masked[max(speaker[0], count.start() - 30):count.start()].split()
    if before and before[-1].lower() == "of":
        # "a survey of 1,300 bosses suggests": the head before "of" is the subject, unless it is
        # a part of the count ("one of six election pledges")
        return len(before) >= 2 and before[-2].lower() in _PART_OF_COUNT
    return not (before and before[-1][:1].isupper())


def _counted_participle(masked: str, speaker: Span, c_start: int, c_end: int, word: str) -> bool:
    """Whether a cue in -ed between a count and a plural noun qualifies the noun ("two of a total
    of 10 | proposed | domains that are being considered")."""
    if not word.endswith("ed") or " " in word or word in ("said", "told", "asked") or masked[speaker[1]:c_start].strip():
        return False
    return _ENDS_IN_COUNT.search(masked, speaker[0], speaker[1]) is not None and (
        _PLURAL_THEN_VERB.match(masked, c_end) is not None)


# A count ending a phrase ("a total of 10"), and a plural noun with a verb or a relative after it.
_ENDS_IN_COUNT: Final = re.compile(r"(?<![\w.,'’-])(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|"
                            r"hundreds|thousands)$", re.IGNORECASE)
_PLURAL_THEN_VERB: Final = re.compile(r"\s+[a-z]{3,}s\s+(?:that|which|who|are|were|have|had|will|would|could|include)\b")
_YEAR_COUNT: Final = re.compile(r"(?:1[89]|20)\d\d\s")
# Words before "of" and a count that are a part of what is counted ("one of six pledges").
_PART_OF_COUNT: Final = frozenset("one each any none some all most many several few".split())


# Words shaped like adjectives that name those who speak ("the rival", "a local").
_SPEAKING_ADJECTIVE_NOUNS: Final = frozenset("""
rival local individual professional criminal liberal radical liberals general principal several
""".split())


def _holds_folding(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a letter of :data:`_FOLDING`: a search for each letter is
    quick, and answers at once in a text of narrower characters."""
    return not text.isascii() and any(text.find(c, start, end) >= 0 for c in "\u0130\u0131\u017f\u212a")


_ARTICLE_BEFORE: Final = re.compile(r"(?<![\w'’-])(?:a|an|the|his|her|their|its|our|my|your|any|every|worth|"
                             # "the same demands": a noun after its modifier
                             r"the\s+same|"
                             # "gave a few hints": a noun after a count
                             r"a\s+few|"
                             # "please know that": a request, not a belief
                             r"please)\s+$", re.IGNORECASE)
# A verb of saying right after a cue word, which then is the noun of its subject ("the report said").
# Participles of belief that "of" follows only in the passive ("suspected of", "expected of").
_PASSIVE_BEFORE_OF: Final = frozenset(("suspected", "expected"))
# Auxiliaries and forms of "be" that a finite clause opens with.
_FINITE: Final = AUXILIARIES | frozenset("shall is are was were".split())
# A finite verb right after a cue word in "-s": the word is a plural noun, its subject ("tax
# pledges | were"), unless a relative clause's object came before ("which Roe says | are ...").
_FINITE_AFTER_NOUN: Final = re.compile(r"\s+(?:" + "|".join(sorted(_FINITE)) + r")\b")
_NOUN_BEFORE: Final = re.compile(r"(?<![\w’'-])([a-z][a-z-]+)\s+$")
# A singular copula and an indefinite article before a predicate noun, with no preposition in
# between ("is a serial liar, rampant xenophobe and bully | who"; not "There are economists who").
_COPULA_PREDICATE: Final = re.compile(r"\b(?:is|was|has\s+been)\s+(?:also\s+|now\s+|still\s+)?(?:a|an)\s+"
                               r"(?:(?!(?:of|for|with|to|from|by|in|at|on|about)\s)[\w’'-]+,?\s+){0,12}$")
_INDEFINITE_OPENING: Final = re.compile(r"(?:a|an)\s+")
_PREPOSITION_IN: Final = re.compile(r"\s(?:of|for|with|to|from|by|in|at|on|about)\s")


def _copula_subject(masked: str, lo: int, np: Span | str | None) -> Span | str | None:
    """The subject of "X is a Y who ...", for ``np``, a predicate noun in lower case that a
    relative pronoun follows ("Donald Trump ... is a serial liar ... and bully who has pledged":
    Donald Trump); ``np`` otherwise."""
    if not isinstance(np, tuple) or not masked[np[0]:np[0] + 1].islower() or _PREPOSITION_IN.search(
            masked, np[0], np[1]):
        return np  # (not "a friend of a man who": the man)
    article = _INDEFINITE_OPENING.match(masked, np[0], np[1])
    copula = _COPULA_PREDICATE.search(masked, max(lo, np[0] - 160), article.end() if article else np[0])
    if copula is None:
        return np
    subject = left_speaker(masked, lo, copula.start() - 1)
    if not (isinstance(subject, tuple) and subject[1] == copula.start() - 1):
        subject = main_subject(masked, lo, copula.start() - 1)
    return subject if isinstance(subject, tuple) and is_named(masked, subject) else np


_RELATIVE_BEFORE: Final = re.compile(r"\b(?:which|that|who|whom|whose|what)\b", re.IGNORECASE)


def _plural_noun_cue(masked: str, lo: int, c_start: int) -> bool:
    """Whether the cue word at ``c_start`` (a finite verb follows it) is a plural noun after a noun
    that modifies it ("tax | pledges were", "phone | fears have"): the word before is a common noun,
    and no relative pronoun stands before them in the clause ("the changes which the industry |
    believes have been made" keeps its cue)."""
    before = _NOUN_BEFORE.search(masked, max(lo, c_start - 24), c_start)
    if before is None or before.group(1) in PRONOUNS or before.group(1) in AUX_ADV or before.group(1) in STOP:
        return False
    return _RELATIVE_BEFORE.search(masked, max(lo, c_start - 80), before.start()) is None


_SAYS_NEXT: Final = re.compile(r"\s+(?:also\s+|further\s+)?(?:said|says|say|stated|states|found|finds|showed|shows|"
                        r"concluded|concludes|added|adds|warned|warns|noted|notes|claimed|claims)\b")
# "the best showing in five years", "a strong showing": the noun, not the verb.
_SHOWING_NOUN_BEFORE: Final = re.compile(r"(?<![\w'’-])(?:best|worst|strong|stronger|strongest|poor|poorer|poorest|weak|"
                                  r"weaker|weakest|good|better|solid|dismal|impressive|disappointing|"
                                  r"respectable|decent|surprising|surprise|lackluster|lacklustre|"
                                  r"first|second|third|fourth|fifth|last|early|earlier)\s+$", re.IGNORECASE)
# "the reality TV show", "a talk show": the noun, not the verb.
_SHOW_KIND_BEFORE: Final = re.compile(r"\b(?:TV|television|radio|talk|game|reality|chat|road|fashion|quiz)\s+$", re.IGNORECASE)
_INDEFINITE: Final = re.compile(r"(?:a|an)\s", re.IGNORECASE)
_SUBORDINATE_OPENING: Final = re.compile(r"\s*(?:After|When|Before|Since|Although|Though|If|Once|Until|While|Because)\s")
# An infinitive right before a finite verb: a relative clause's gap ("he promised to bridge have");
# not a perfect infinitive ("claim to have had victory").
_INFINITIVE_THEN_VERB: Final = re.compile(r"(to\s+(?!have\s+(?:had|been)\b)[a-z]+)\s+(?:have|has|had|is|are|was|were|will|"
                                   r"would|can|could|remain|remains|remained)\b")
# Subordinators of condition, time, cause or concession.
_CONDITIONS: Final = r"if|when|although|though|because|unless|once|until|while|whereas|even\s+if|even\s+though"
# A clause of condition, time, cause or concession opening the sentence (its subject speaks).
_CONDITION_OPENING: Final = re.compile(r"\s*(?:(?:But|And|So)\s+(?=[a-z])(?i:" + _CONDITIONS + r")\s|"
                                r"(?:[Ii]f|When|Although|Though|Because|Unless|Once|Until|"
                                r"While|Whereas|Even\s+if|Even\s+though|"
                                # "With polls showing her behind, Roe campaigned": an absolute phrase
                                r"With|"
                                # "Three years after", "Shortly before": a clause of time
                                r"(?:(?:[A-Z][a-z]*|a|few|\d+)\s+)?(?:years?|months?|weeks?|days?|hours?|minutes?|moments?)\s+"
                                r"(?:after|before|since)|(?:Shortly|Soon|Just|Long|Right|Even)\s+(?:after|before))\s)")
# Such a clause opening after a comma or a conjunction, right before its subject ("..., and while
# Roe said ..., it is unlikely").
_CONDITION_BEFORE: Final = re.compile(r"(?:[,;]\s+|\s(?:and|but)\s+)(?:" + _CONDITIONS + r"|even\s+as|after|before|since)\s+$")
# A clause of time whose subject is the speaker ("Even as Roe said ..., the vote", "At the
# moment Roe announced ..., Doe was").
_TIME_OPENING: Final = re.compile(r"\s*(?:(?:But|And|So)\s+)?(?i:even\s+as|just\s+as|as\s+soon\s+as|now\s+that|by\s+the\s+time|"
                           r"at\s+the\s+(?:moment|time)|after|before|since)\s+$")
# "As" opening a clause whose verb is the cue: a clause of time when the cue has its own object
# ("As Roe announced the date in a statement, | the firm urged ..."), but the writer's "as" when
# the content follows the cue's comma ("As the Post reported, | even on Friday ...").
_AS_OPENING: Final = re.compile(r"\s*(?:(?:But|And|So)\s+)?As\s+$")
# An adjunct opening what follows such a cue: the cue has no object of its own ("As the Post
# reported | just today, ...", "As Roe put it | to a colleague in July, ...").
_ADJUNCT_FIRST: Final = re.compile(r"(?:just|only|earlier|later|last|this|on|in|at|to|during|yesterday|today|recently|"
                            r"it|so|succinctly|bluntly)\b")
# The comma that ends such a clause, before the main clause's subject and verb.
_MAIN_CLAUSE_AFTER: Final = re.compile(r",\s+(?:(?:the|a|an|one|some|many|his|her|their|its|this|that|these|those)\s+"
                                r"(?:[\w’'-]+\s+){0,5}?|(?:he|she|they|it|we|I|you|there)\s+|"
                                r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}\s+)"
                                r"(?:could|would|will|can|may|might|must|should|is|are|was|were|has|have|had)\b"
                                r"|,\s+(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|I|[Yy]ou|[Tt]here)[’'](?:s|re|ll|d|ve)\b"
                                # a subject pronoun and its verb ("While Roe said ..., he appears")
                                r"|,\s+(?:he|she|they|we|I)\s+(?:[a-z]+ly\s+)?[a-z]+(?:s|ed)\b"
                                # a counted plural subject and its verb ("..., 80,000 employees volunteered")
                                r"|,\s+\d[\d,.]*\s+(?:[a-z]+\s+)?[a-z]+s\s+(?:[a-z]+ly\s+)?[a-z]+ed\b"
                                # a name, after its role, and its verb in the past ("..., accountancy
                                # firm Ernst & Young urged")
                                r"|,\s+(?:(?:the|a|an)\s+)?(?:[a-z]+\s+){0,3}[A-Z][\w’'.-]*(?:\s+(?:&\s+)?[A-Z][\w’'.-]*){0,3}"
                                r"\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|said|told|wrote|made|gave|took)\b")
# A finite verb opening what follows a cue's comma ("Putting it together, Roe said, | allowed him").
_FINITE_NEXT: Final = re.compile(r"\s*,\s+[a-z]+ed\s")
_COMMA_NEXT: Final = re.compile(r"\s*,(?!\s*(?:[“\"]|''))")
# What follows a preposition left stranded by a relative clause: an adverb and a verb, or an
# auxiliary ("the rugby they hoped for | rarely came", "the vote he called for | was held").
_STRANDED: Final = re.compile(r"(?:[a-z]+ly\s+[a-z]+(?:ed|s)|(?:was|were|is|are|has|had|have|will|would|did|never|rarely)\s)")
# "had some explaining to do": a gerund before "to do" is a noun.
_TO_DO: Final = re.compile(r"\s+to\s+do(?=\s*[.,;:!?)]|\s*$)")
# "the most promising paths": a participle after a degree word is an adjective.
# A noun that "writing" qualifies ("a writing course", "a letter writing campaign").
_WRITING_NOUN: Final = re.compile(r"\s+(?:course|courses|campaign|group|team|partner|partnership|credits?|career|"
                           r"style|skills?|class|classes|workshops?|competition|prize|process|desk|talent|"
                           r"duo|staff|contest|programme|program|professor|tutor|residency|fellowship|"
                           r"room|circle|scene)\b")
# Nouns that "telling" qualifies as an adjective ("a telling sign", "telling insight").
_TELLING_NOUN: Final = re.compile(r"\s+(?:insights?|signs?|details?|moments?|examples?|evidence|indications?|points?|"
                           r"silences?|omissions?|remarks?|exchanges?|statistics?|figures?|blows?|contrasts?)\b")
# Nouns that "warning" qualifies ("warning messages", "warning signs", "a warning shot").
_WARNING_NOUN: Final = re.compile(r"\s+(?:messages?|signs?|signals?|shots?|lights?|labels?|letters?|notices?|"
                           r"systems?|bells?|flags?|sirens?|lines?|stickers?)\b")
# "creative writing", and "in writing" (on paper, as an agreement may be put)
_CREATIVE_BEFORE: Final = re.compile(r"\b(?:creative|in)\s+$", re.IGNORECASE)
_DEGREE_BEFORE: Final = re.compile(r"(?<![\w'’-])(?:most|more|less|least|very)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)


def cue_candidates(masked: str, start: int = 0, end: int | None = None) -> list[int] | None:
    """Where in ``masked[start:end]`` a match of :data:`~analysis.cues.CUE_RE` may begin, sorted:
    every position where one does, and a few more (a cue word next to a digit, an apostrophe or a
    hyphen). ``None`` when the text holds a letter that the pattern's case-insensitive match and
    ``str.lower`` read differently ("ſaid"), or one whose lower case is longer: only the pattern
    can tell there.
    """
    end = len(masked) if end is None else end
    if _holds_folding(masked, start, end):
        return None
    low = masked[start:end].lower()
    if len(low) != end - start:  # offsets in ``low`` must be offsets here, one for one
        return None
    if not _PLAIN_STARTS:
        # A match begins at the character before its word: with a space put first, that place
        # is the word's place in ``masked[start:end]``.
        return [start + m.start() for m in _CUE_START_RE.finditer(" " + low)]
    # The letters a-z of ``low``, every other character a space, one byte each: the runs that
    # :data:`_CUE_START_RE` reads are the words between spaces.
    letters = low.encode("ascii", "replace").translate(_ONLY_LETTERS)
    padded = b" " + letters + b" "
    found: list[int] = []
    for word in _CUE_START_BYTES.intersection(letters.split()):
        key = b" " + word + b" "
        i = padded.find(key)
        while i >= 0:
            found.append(start + i)  # the word's place in ``letters``, one after the space's
            i = padded.find(key, i + len(word) + 1)
    found.sort()
    return found


def _trie(words: set[str]) -> str:
    """A pattern matching exactly ``words``, branching letter by letter ("sa(?:id|ys)")."""
    heads: dict[str, set[str]] = {}
    for word in words:
        if word:
            heads.setdefault(word[0], set()).add(word[1:])
    branches = [re.escape(c) + _trie(rest) for c, rest in sorted(heads.items())]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in words else body


# A character that is no letter, then a word of :data:`_CUE_STARTS`, lower case, that no letter
# follows: in lower-cased text (after a space put first) it matches just before each place where a
# run that is such a word begins (and where a cue word touches a digit, an apostrophe or a
# hyphen). The word ends before the next match's first character, so no match hides another. The
# scan skips letters without trying the pattern, and the trie tests a letter or two at each place.
_CUE_START_RE: Final = re.compile("[^a-z]" + _trie(set(_CUE_STARTS)) + "(?![a-z])")
# When every word of :data:`_CUE_STARTS` is a run of the letters a-z, a match of
# :data:`_CUE_START_RE` is just before a whole run of those letters that is such a word (a run is
# never part of a longer match), and :func:`cue_candidates` looks those runs up in a set.
_PLAIN_STARTS: Final = all(re.fullmatch("[a-z]+", word) for word in _CUE_STARTS)
_CUE_START_BYTES: Final = frozenset(word.encode("ascii") for word in _CUE_STARTS if word.isascii())
# Keeps the bytes of the letters a-z and makes every other byte a space.
_ONLY_LETTERS: Final = bytes(c if ord("a") <= c <= ord("z") else ord(" ") for c in range(256))


def find_cues(masked: str, start: int, end: int,
              candidates: list[int] | None = None) -> Iterator[re.Match[str]]:
    """The matches of :data:`~analysis.cues.CUE_RE` in ``masked[start:end]``, exactly as its
    ``finditer`` gives them, found by trying the pattern only where a cue word begins.

    ``candidates`` are :func:`cue_candidates` of the whole of ``masked``, computed once for all
    its sentences; without them the sentence is scanned on its own.

    >>> [m.group() for m in find_cues("He said, according to them, he thinks so.", 0, 41)]
    ['said', 'according to', 'thinks']
    """
    if candidates is None:
        positions = cue_candidates(masked, start, end)
    else:
        positions = candidates[bisect.bisect_left(candidates, start):bisect.bisect_left(candidates, end)]
        if 0 < end < len(masked) and _RUN_CHAR.match(masked, end) and _RUN_CHAR.match(masked, end - 1):
            # A word the sentence's end cuts: its cut start reads differently from the whole word.
            cut = end - 1
            while cut > start and _RUN_CHAR.match(masked, cut - 1):
                cut -= 1
            positions = sorted({*positions, cut})
    claimed = start
    if positions is None:
        for run in _RUN.finditer(masked, start, end):
            pos = run.start()
            if pos >= claimed and (run.group().lower() in _CUE_STARTS or _FOLDING.search(run.group())):
                m = CUE_RE.match(masked, pos, end)
                if m is not None:
                    claimed = m.end()
                    yield m
        return
    for pos in positions:
        if pos >= claimed:
            m = _cue_at(masked, pos, end)
            if m is not None:
                claimed = m.end()
                yield m


def _cue_at(masked: str, pos: int, end: int) -> re.Match[str] | None:
    """The match of :data:`~analysis.cues.CUE_RE` at ``pos`` (below ``end``), where ``masked``
    holds no letter that the pattern and ``str.lower`` read differently (see
    :func:`cue_candidates`); ``None`` when there is none.

    A multi-word cue is tried first, as in the pattern. A one-word cue matches as the whole run of
    word characters that begins at ``pos`` when that run, in lower case, is a cue word that no
    word character precedes and no "tank" follows; the run's match is returned.
    """
    run = _RUN.match(masked, pos, end)
    if run is None:
        return None
    word = run.group().lower()
    if word in MULTI_WORD_CUES:
        m = MULTI_CUE_RE.match(masked, pos, end)
        if m is not None:
            return m
    if word not in CUE_WORDS or (pos > 0 and _RUN_CHAR.match(masked, pos - 1)):
        return None
    return None if NOUN_AFTER_CUE.match(masked, run.end(), end) else run


def _find_in_sentence(ctx: Context, sent: Sentence) -> list[Found]:
    """Attributions whose cue lies in ``sent`` (outside quotations)."""
    masked = ctx.masked
    lo, hi = sent.start, sent.end
    found: list[Found] = []
    claimed = lo
    according: list[re.Match[str]] = []
    for m in find_cues(masked, lo, hi, ctx.cue_candidates):
        c_start, c_end = m.span()
        if c_start < claimed:
            continue
        word = m.group().lower()
        if m.group()[0].isupper() and masked[lo:c_start].strip() and not (
                word in _HEADLINE_CUES and title_case(masked, lo, hi, min_words=4)):
            continue  # title case ("Values Americans Believe In"), not a cue; "Trump Says ..." is
        if _ARTICLE_BEFORE.search(masked, max(lo, c_start - 13), c_start) or (
                word in ("show", "shows") and _SHOW_KIND_BEFORE.search(masked, max(lo, c_start - 12), c_start)) or (
                word == "show" and show_is_noun(masked, lo, c_start)) or (
                word == "showing" and _SHOWING_NOUN_BEFORE.search(masked, max(lo, c_start - 14), c_start)) or (
                masked.startswith("ing", c_end - 3) and (_DEGREE_BEFORE.search(masked, max(lo, c_start - 24), c_start)
                                                         or _TO_DO.match(masked, c_end))):
            continue  # a noun ("a report", "their claims", "some explaining to do"), not a verb; "it's worth noting"
        if word == "call" and _CALL_NOUN_BEFORE.search(masked, max(lo, c_start - 14), c_start):
            continue  # "a conference call with reporters", "their phone call Tuesday": a noun
        if word == "writing" and (_WRITING_NOUN.match(masked, c_end)
                                  or _CREATIVE_BEFORE.search(masked, max(lo, c_start - 10), c_start)):
            continue  # "a creative writing course", "the 29A virus writing group", "put it in writing"
        if word == "telling" and _TELLING_NOUN.match(masked, c_end):
            continue  # "provide telling insight", "a telling sign": an adjective
        if word == "warning" and _WARNING_NOUN.match(masked, c_end):
            continue  # "suppress warning messages", "ignored warning signs": a noun's modifier
        if word in ("report", "reports") and _SAYS_NEXT.match(masked, c_end):
            continue  # '"...," the Kok report said': the noun of the speaker, not a cue
        if word in _PASSIVE_BEFORE_OF and masked.startswith(" of ", c_end):
            continue  # "a man suspected of links", "skill levels expected of school-leavers": a passive
        if word.endswith("s") and _FINITE_AFTER_NOUN.match(masked, c_end) and _plural_noun_cue(masked, lo, c_start):
            continue  # "claiming tax pledges were being left", "his record hopes were dashed": a noun
        if masked.startswith(" over ", c_end) and (word in NOT_SPEECH or word == "warning") and not word.startswith("worr"):
            continue  # "Research fears over ...", "Apple attacked over ...", "blasted over the bar": no statement
        if word.startswith("according"):
            according.append(m)
            continue
        if word in ("pointed out", "points out"):
            word = "noted"
        if not word.isalpha():
            word = _SPACES.sub(" ", word)  # a cue of several words, one space between them
        item = _match_cue(ctx, sent, claimed, c_start, c_end, word, found)
        if item is None and found and claimed > lo and word in SPEECH:
            item = _outer_statement(ctx, sent, c_start, c_end, word, found)
            if item is not None:
                found.clear()  # the beliefs inside it are part of what was said
        if item is None:
            continue
        main = _main_verb_after_relative(masked, item)
        if main is not None:
            # "others who want to ban abortion | said ...": the restrictive clause ends before its
            # antecedent's verb of saying, which is the sentence's own statement
            outer = _match_cue(ctx, sent, claimed, main.start("cue"), main.end("cue"), main.group("cue").lower(), found)
            if outer is not None and (outer.mention is None or outer.mention[0] > item.mention[0]):  # type: ignore[index]
                outer.mention, outer.appositive = item.antecedent, None  # not a word of the clause ("weak said")
            if outer is not None:
                item.content = [trim_span(ctx.text, item.content[0][0], main.start())]
                found.append(item)
                item, c_end = outer, main.end("cue")
        found.append(item)
        ends = [c_end] + [e for _, e in item.content]
        if item.mention and not (item.content and c_end <= item.content[0][0]
                                 and item.content[-1][1] <= item.mention[0]):
            ends.append(item.mention[1])  # not the subject after a fronted participle's content
        if item.appositive:
            ends.append(item.appositive[1])
        claimed = max(ends)
    item = match_colon(ctx, sent)
    if item is not None and not _overlaps_any(item, found):
        found.append(item)  # also after another statement (", to which Roe interjected: "...")
    if sent.start in ctx.paragraph_starts and all(_said_by_line_speaker(masked, f) for f in found):
        # 'FALLIN: I think he is trying.': the line's speaker thinks it
        item = match_speaker_line(ctx, sent)
        if item is not None:
            return [item]
    if not found and not according and masked.startswith("In ", lo):
        item = _in_document(ctx, sent)
        if item is not None:
            return [item]
    for m in according:
        item = _match_according(ctx, sent, m)
        # A relative clause inside its content ("The group, which backed Roe, spent $5m, according
        # to ...") is a statement nested in the one "according to" credits.
        if item is not None and not _overlaps_any(item, [f for f in found if f.antecedent is None
                                                          and not _nested_in(f, item)]):
            found.append(item)
            break
    return found


# The verb of saying after a restrictive relative clause, whose subject is the clause's antecedent
# ("others who want to ban abortion | said", "voters who think the economy is weak | told").
_MAIN_SPEECH_AFTER: Final = re.compile(r"\s+(?:(?:also|later|then|[a-z]+ly)\s+)?(?P<cue>said|says|say|told|tells|tell)\b")
# A verb the relative clause already has before it: an infinitive at its start or a finite verb.
_CLAUSE_HAS_VERB: Final = re.compile(r"^to\s|\b(?:is|are|was|were|will|would|can|could|should|has|have|had|must|may|"
                              r"might|do|does|did)\b")
# Words before a verb of saying that could be its own subject or open a clause: the verb is then
# the relative clause's ("who believe Roe | said", "who think that | said").
_NOT_OBJECT_END: Final = PRONOUNS | OBJECT_PRONOUNS | frozenset("that and or who which whom also".split())
# The main clause's auxiliary after a belief participle's object, and the finite verbs that would
# make it the object's own ("Anyone expecting Trump to pivot | should remember", not "expecting
# the vote would fail").
_AUX_IN_CONTENT: Final = re.compile(r"\s+(?:is|are|was|were|has|have|had|will|would|should|can|could|must|may|might)\s")
_FINITE_IN: Final = re.compile(r"\b(?:that|is|are|was|were|has|have|had|will|would|should|can|could|must|may|might|did|does|"
                        r"[a-z]+ed)\b")
# A preposition opening the sentence before a relative clause's antecedent ("Among | those who said").
_PREPOSITION_OPENING: Final = re.compile(r"\s*(?:Among|Amongst|Of|For|From|With|Unlike|Like)\s+")
# "worried" after "be" is an adjective of a belief when what worries follows ("Democrats are
# worried that ...", "is worried about what ..."), not a passive ("was worried by the result").
_WORRIED_ABOUT: Final = re.compile(r"\s+(?:that|about|over)\s")
# Words before "call" that make it a noun ("a conference call", "their phone call").
_CALL_NOUN_BEFORE: Final = re.compile(r"(?<![\w’'-])(?:conference|phone|telephone|video|wake-up|roll|close|curtain|judgm?ent|"
                               r"emergency|cold|radio|courtesy|house|port|last|final|first|tough|his|her|their|its|our|"
                               r"my|your|the|a|an|this|that|same)\s+$", re.IGNORECASE)
# "those" ending the phrase before "who": the antecedent a determiner alone would not give.
_THOSE_END: Final = re.compile(r"(?<![\w’'-])([Tt]hose)$")
# A source of evidence, and who made it, before "that" ("polls by Quinnipiac | that showed").
_DATA_THAT: Final = re.compile(r"(?<![\w’'-])(?P<np>" + "|".join(sorted(RECORDS, key=len, reverse=True)) + r")"
                        r"(?:\s+(?:by|from|of|in|at|for)\s+[^,;:\x00]{1,60}?)?\s+that\s+$")
_THREATENED: Final = frozenset(("threatened", "threatens"))
# Participles of saying that go on from a stance's object without a comma (see
# :func:`analysis.content.object_end`).
_SAYING_AFTER_OBJECT: Final = frozenset("saying adding insisting".split())
# What a threat someone makes takes: an act to come ("threatened to sue") or an action ("threatened
# legal action against any buyer").
_THREAT_MADE: Final = re.compile(r"\s+(?:(?:[a-z]+ly|again|repeatedly)\s+)?(?:to\s|(?:legal\s+|industrial\s+)?action\b|sanctions\b|"
                          r"a\s+(?:boycott|strike|lawsuit|veto|walkout)\b)")


def _main_verb_after_relative(masked: str, item: Found) -> re.Match[str] | None:
    """The verb of saying of the main clause inside the content of a cue in a restrictive relative
    clause ("Hawkins and others who want to ban abortion said ..."), or ``None``.

    Only where the clause already has its own verb before it and nothing sets it off (a comma, a
    conjunction, a pronoun or a name that could be its own subject: "who believe Roe said ...").
    """
    if item.antecedent is None or item.mention is None or len(item.content) != 1:
        return None
    if masked[:item.mention[0]].rstrip().endswith((",", "—", "–", "-")):
        return None
    start, end = item.content[0]
    for m in _MAIN_SPEECH_AFTER.finditer(masked, start, end):
        clause = masked[start:m.start()]
        if any(c in clause for c in ",;:\x00()") or not _CLAUSE_HAS_VERB.search(clause):
            return None
        last = clause.rpartition(" ")[2]
        if not last or not last[0].islower() or last in _NOT_OBJECT_END:
            return None
        return m
    return None


def _outer_statement(ctx: Context, sent: Sentence, c_start: int, c_end: int, word: str,
                     found: list[Found]) -> Found | None:
    """The statement of a verb of saying that credits the whole sentence before it ("People
    understood, even if they did not agree with them, he said.", "Smith told him the plan failed,
    Roe said."), where the attributions found before it lie inside what it credits: the outer
    speaker speaks, as in "Roe said Smith told him ..."; ``None`` when there is none such."""
    item = _match_cue(ctx, sent, sent.start, c_start, c_end, word, [])
    if item is None or not item.content or item.mention is None or item.content[-1][1] > c_start:
        return None
    start, end = item.content[0][0], item.content[-1][1]
    if not all(f.cue is not None and start <= f.cue[0] < end and (f.mention is None or start <= f.mention[0])
               for f in found):
        return None
    if all(_is_stance(ctx, f) or ctx.text[f.cue[0]:f.cue[1]].lower() in AGREE for f in found if f.cue is not None):
        return item
    # An inner statement of speech goes into the outer one only where the outer credit closes the
    # sentence (", the trade office said."), not where a word of an aside reads as a cue
    # ('said Jane Roe, co-author of the report.')
    closing = max(c_end, item.mention[1])
    if word in _CLOSING_CREDITS and _ONLY_PUNCTUATION.fullmatch(ctx.masked, closing, sent.end) is not None and all(
            f.kind == "indirect" for f in found):
        return item  # (a quotation inside is its own speaker's: 'Roe derided it, saying: "..." ... he said.')
    return None


# Verbs of a credit that closes a sentence over a statement of speech inside it.
_CLOSING_CREDITS: Final = frozenset("said says reported reports added adds told".split())
_ONLY_PUNCTUATION: Final = re.compile(r"[\s.!?,;:'’”\"]*")


_WRITE: Final = frozenset("wrote writes write writing".split())
# What is written, as the object of "wrote", or the one written to: no content of a statement.
_WRITTEN_WORK: Final = re.compile(r"(?:(?:a|an|the|his|her|their|its|this|that)\s+(?:[\w’',-]+\s+){0,3}?(?:letter|book|books|"
                           r"introduction|foreword|column|columns|op-ed|article|articles|memo|song|songs|novel|"
                           r"script|screenplay|report|bill|essay|post|blog|piece|chapter|speech|email|note)\b"
                           r"(?!\s+(?:that|saying|asking|urging|warning)\b)"
                           r"|to\s+(?:[a-z]+|the\s+[\w’'-]+)\s*$|(?:while|when)\s)")
# Verbs of saying that a headline in title case uses as cues ("Trevor Noah Says ...").
_HEADLINE_CUES: Final = frozenset("says said tells told warns warned slams blasts calls urges".split())


def _participle_statement(ctx: Context, sent: Sentence, lo: int, c_start: int, c_end: int, word: str,
                          kind: str, found: list[Found]) -> Found | None:
    """The statement of a participle cue after a comma, a subordinator or a fronted preposition
    ("..., saying ...", "Roe, citing the data, said", "In declaring ..., the pope ..."): its speaker
    is the statement before it in the sentence, or the clause's subject."""
    masked, hi = ctx.masked, sent.end
    before = masked[lo:c_start].rstrip()
    got = content_right(ctx, skip_adjuncts(masked, c_end, hi, word), hi, word)
    if got is None or (word in NEEDS_MARKER and not got[1] and not (
            word in _CLAUSE_NO_THAT and _clause_object(masked, got[0][0][0], got[0][0][1], word))) or _not_content(ctx, got, word):
        return None  # "..., claiming he was wasting time": a clause with its own subject marks it
    if _adds_to(masked, word, got[0][0][0], got[1]):
        return None  # "..., adding to her run of victories"
    parent = found[-1] if found else None
    subject = None if parent else _fronted_off(masked, sent.start, clause_subject(
        masked, sent.start, c_start, progressive=True) or main_subject(masked, sent.start, c_start))
    if subject is not None and masked[subject[0]:subject[1]].lower() in NAMES_NO_ONE:
        subject = None  # "That irritates his supporters ..., suggesting ...": no one is named
    appositive = None
    if subject is not None and masked.startswith(",", subject[1]):
        named = _named_after_role(masked, subject, c_start)
        if named is not None:
            subject, appositive = named, subject
    if parent is None and subject is None and _fronted_participle(masked, sent.start, c_start):
        # "In declaring his statements "not Christian," the pope again showed ...": the
        # main clause's subject, after the fronted phrase
        main = _MAIN_SUBJECT_AFTER.search(masked, c_end, hi)
        if main is not None and len(got[0]) == 1 and got[0][0][0] < main.start() <= got[0][0][1]:
            subject = main.span("np")
            got = ([_quote_inside(ctx, trim_span(ctx.text, got[0][0][0], main.start("np")))], got[1])
    if parent is None and subject is None:
        subject = _subject_before_aside(masked, sent.start, len(before.rstrip(",").rstrip()) + lo)
        if subject is not None:
            # "Roe, saying the plan was dead, left": the aside ends before its subject's verb
            aside = _aside_end(masked, (c_end, hi))
            if aside[1] <= got[0][0][0] or aside[1] == hi:
                # "Roe, writing in the Times, noted ...": the aside says where; with no verb
                # after it ("Overall, asking prices have fallen") it is no aside
                return None
            if len(got[0]) == 1:
                got = ([_quote_inside(ctx, trim_span(ctx.text, got[0][0][0], min(got[0][0][1], aside[1])))],
                       got[1])
    if parent is None and subject is None:
        return None
    if parent is not None and word in NOT_SPEECH:
        resumed = _resumed_quotation(ctx, got[0])
        if resumed is not None:
            # '"Q1," Roe said, referring to the deal, "Q2."': the quotation goes on with what
            # Roe said, and the stance's object ends before it
            got = ([resumed[0]], got[1])
            parent.content.append(resumed[1])
    return Found(sent.index, sent.paragraph, subject, (c_start, c_end), got[0],
                  content_kind(ctx, got[0], kind), parent=parent, appositive=appositive)


# A person's name set off by commas right after a description ("The party leader, | Marine Le Pen, |").
_APPOSITIVE_NAME: Final = re.compile(r",\s*(?P<np>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3})\s*,")


def _named_after_role(masked: str, description: Span, c_start: int) -> Span | None:
    """The name of the person a description ending in a role word stands for, when it follows the
    description between commas before ``c_start`` ("France's National Front party leader, Marine
    Le Pen, voiced support ..., saying"); else ``None``."""
    words = masked[description[0]:description[1]].split()
    if not words or not is_role_word(words[-1]):
        return None
    m = _APPOSITIVE_NAME.match(masked, description[1], c_start)
    if m is None or place_after_comma(masked, description[0], m.span("np")):
        return None
    return m.span("np")


def _subject_before_aside(masked: str, start: int, comma: int) -> Span | None:
    """The noun phrase that opens a clause (after any fronted phrase) and ends at ``comma``, where
    an aside opens ("Roe, | citing the data, said"), or ``None``."""
    np = left_speaker(masked, start, comma)
    if not isinstance(np, tuple) or np[1] != comma or not masked[np[0]].isalpha():
        return None
    lead = masked[start:np[0]].split()
    # nothing before it, or a short fronted phrase ("Throughout the 2000s, Democrats ...")
    return np if not lead or (lead[-1].endswith(",") and len(lead) <= 6 and lead[0].lower() in SENTENCE_OPENERS
                              and not any(w.endswith(",") for w in lead[:-1])) else None


# Words in "s" that are no verbs, after a comma or a closing quotation mark.
_NOT_FINITE_S: Final = frozenset("as its his hers yes perhaps whereas always sometimes besides towards afterwards news "
                          "ours yours theirs".split())


def _last_aside_end(masked: str, span: Span) -> int:
    """Where the last comma that a verb follows in ``span`` stands (an aside closing before its
    subject's verb), or the end of ``span``."""
    close = span[1]
    for m in _COMMA_VERB.finditer(masked, span[0], span[1]):
        if looks_finite(m.group(2)) and m.group(2) not in _NOT_FINITE_S:
            close = m.start(1)
    other = _OTHER_ANTECEDENT.search(masked, span[0], close)
    return other.start() if other is not None else close


# A second antecedent coordinated after the aside, with its own relative clause ("Roe, who claimed
# ..., | and Jane Doe, who suggested ...").
_OTHER_ANTECEDENT: Final = re.compile(r",\s+(?:and|or)\s+[^,;:\x00]{1,60},\s+(?:who|which)\b")


def _quote_inside(ctx: Context, span: Span) -> Span:
    """The inside of the quotation that is all of ``span``, or ``span``."""
    q = ctx.quote_at(span[0])
    if q is not None and q.start == span[0] and q.end >= span[1]:
        return trim_span(ctx.text, q.inner_start, q.inner_end)
    return span


# A participle opening its sentence, alone or after a preposition ("Noting ...", "In declaring ...",
# "By saying ..."), or a perfect one ("Having announced ...", "After having rejected ...").
_FRONTED_PARTICIPLE: Final = re.compile(r"\s*(?:(?:In|By|After|Before|While|When|Upon|On)\s+|(?:(?:After|Before|While)\s+)?"
                                 r"[Hh]aving\s+(?:[a-z]+ly\s+)?)?$")
# The main clause's subject and verb after a fronted phrase closed by a comma (also inside a
# quotation's marks: '"not Christian," the pope said').
_MAIN_SUBJECT_AFTER: Final = re.compile(
    r"(?:,|(?<=\x00)[’'”\"]{1,2})\s+(?P<np>(?:the|a|an|his|her|their|its)\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+|"
    r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}|he|she|they|we|I)\s+(?:[a-z]+ly\s+|again\s+|also\s+)?"
    r"(?:[a-z]+ed|said|told|wrote|made|gave|took|is|was|has|had|will|would|are|were|did|does|can|could|may|"
    r"might|must|should|left|went|came|got|kept|saw|met|ran|won|lost|sent|spent|held|brought|began|became|"
    r"stood|felt|knew|thought|led|paid|sought|struck|(?!(?:this|thus|us|yes|perhaps|always)\b)[a-z]{3,}s)\b")
_COMMA_VERB: Final = re.compile(r"(?:,|(?<=\x00)[’'”\"]{1,2}|(?<=[’'”\"]),)(\s+)(?:[a-z]+ly\s+)?([a-z]+)\b")


def _fronted_participle(masked: str, start: int, c_start: int) -> bool:
    """Whether the sentence from ``start`` opens with a participle, alone or after a preposition,
    up to the cue at ``c_start``, past a dateline ("WASHINGTON - After saying ...")."""
    return _FRONTED_PARTICIPLE.match(masked, dateline_end(masked, start, c_start) or start, c_start) is not None


def _aside_end(masked: str, span: Span) -> Span:
    """``span`` up to a comma that a verb follows (the main clause after an aside), if any."""
    for m in _COMMA_VERB.finditer(masked, span[0], span[1]):
        if looks_finite(m.group(2)) and m.group(2) not in _NOT_FINITE_S:
            return span[0], m.start(1)
    return span


def _resumed_quotation(ctx: Context, content: list[Span]) -> tuple[Span, Span] | None:
    """The object before, and the inside of, a quotation that closes ``content`` after a comma
    ('the deal, "Q2."'), or ``None``."""
    if len(content) != 1:
        return None
    start, end = content[0]
    for q in ctx.quotes_between(start + 1, end):
        if q.end >= end - 1 and ctx.masked[start:q.start].rstrip().endswith(","):
            head = trim_span(ctx.text, start, q.start)
            inside = trim_span(ctx.text, q.inner_start, q.inner_end, keep_final=True)
            if head[0] < head[1] and inside[0] < inside[1]:
                return head, inside
    return None


def _nested_in(inner: Found, outer: Found) -> bool:
    """Whether ``inner``'s speaker and content lie inside ``outer``'s content spans: "Most
    Americans say they prefer lower prices, according to a poll" reports the poll's finding, and
    so does "The media, according to Roe, would call him a chicken" around its aside."""
    if inner.mention is None:
        return False
    return all(any(start <= s and e <= end for start, end in outer.content) for s, e in [*inner.content, inner.mention])


def _overlaps_any(item: Found, found: list[Found]) -> bool:
    """True when ``item``'s content or source shares a character with what ``found`` holds."""
    taken = [span for f in found for span in f.content] + [f.mention for f in found if f.mention]
    mine = list(item.content) + ([item.mention] if item.mention else [])
    return any(s < e2 and s2 < e for s, e in mine for s2, e2 in taken)


# A comma and an adverb before a participle ("..., recently telling ...").
_COMMA_ADVERB: Final = re.compile(r",\s*[a-z]{2,}ly$")
# A pronoun that a relative clause makes a group of speakers ("those | who back Roe say").
_GROUP_BEFORE_WHO: Final = re.compile(r"(?<![\w'’-])(?:those|people|anyone|everyone|many|some|all)\s+(?=w)",
                               re.IGNORECASE)
# A relative pronoun and its clause's verb right before a phrase: the phrase is the verb's object.
_RELATIVE_OBJECT_BEFORE: Final = re.compile(r"(?<![\w'’-])(?:which|who)\s+(?:(?:has|have|had)\s+)?(?:[a-z]+ly\s+)?"
                                     r"(?!(?:is|are|was|were|be|been|"
                                     r"has|have|had|will|would|can|could|may|might|must|should|also|not|"
                                     # "the trial which saw | Roe deny": the phrase is the subject of the verb after
                                     r"make|makes|made|let|lets|help|helps|helped|saw|see|sees|heard|hear|hears|"
                                     r"watched|watch|"
                                     # no verb: "at which virtually all", "which even critics", "who through his office"
                                     r"even|only|just|still|now|then|often|never|ever|once|all|both|most|many|some|"
                                     r"the|a|an|his|her|their|its|our|my|in|at|on|by|for|from|with|through|after|"
                                     r"before|during|under|over|among|like|unlike|despite|as|of|to|[a-z]+ly)\b)"
                                     r"[a-z]+\s+$")
# The head of a phrase before its body ("the chairman | of the committee").
_HEAD_BEFORE_OF: Final = re.compile(r"(?:(?:the|a|an)\s+)?(?:[\w’'-]+\s+){0,2}?([\w’'-]+)\s+(?:of|for|at)\s", re.IGNORECASE)
# Asking not to be named after a cue ("asked | not to be identified", "did not want | to be named").
_NOT_NAMED: Final = re.compile(r"\s+(?:not\s+)?to\s+be\s+(?:named|identified|quoted)\b")
# Finite auxiliaries: one after a relative clause's first word opens another clause.
# Words that open a clause of its own inside a relative clause ("... as | experts predict").
_CLAUSE_WORDS: Final = frozenset("""as while when whenever because if and but or that since after before where although
though so until unless whereas once""".split())
# The noun phrase before ", which": from its determiner, else its last word ("the details of | the
# allegations", "faces | allegations").
_OBJECT_BEFORE_WHICH: Final = re.compile(r"(?:\b(?:the|a|an|his|her|their|its|these|those|such|any|some)\s+"
                                  r"(?:(?!the\b|a\b|an\b|of\b|and\b)[\w’'-]+\s+){0,3})?[\w’'-]+$", re.IGNORECASE)
# Prepositions whose object is seldom what a relative clause after it is about.
_PLACE_TIME_PREPOSITIONS: Final = frozenset("in by at on to for from since until with into during after before".split())
# A clause that ends right after its verb ("which he denies | ,").
_CLAUSE_CLOSES: Final = re.compile(r"\s*(?:[,.;)]|$)")
# "who" opening a relative clause with no comma before it ("people | who voted for him").
_RESTRICTIVE_WHO: Final = re.compile(r"(?<=[A-Za-z])\s+who\s+(?!(?:is|are|was|were)\b)")


def _restrictive_relative_subject(masked: str, lo: int, c_start: int, speaker: Span | None) -> Span | None:
    """The noun phrase a relative clause without commas ends right before the cue at ``c_start``
    ("Another Muslim who worshiped here and who didn't want to be named | said", "The judges
    who ruled that Texas could not act | said"), when the phrase opens the clause and ``speaker``
    (what is read right before the cue) is none or inside the relative clause; else ``None``."""
    if " who " not in masked[max(lo, c_start - 160):c_start]:
        return None
    whos = list(_RESTRICTIVE_WHO.finditer(masked, max(lo, c_start - 160), c_start))
    if not whos:
        return None
    first = whos[0]
    if speaker is not None and (speaker[0] < first.end() or masked[speaker[0]:speaker[1]].lower() in PRONOUNS):
        return None  # (a pronoun is a clause's own subject: "the answer | he expected")
    clause = masked[first.end():c_start]
    if any(c in clause for c in ",;:()\"“”—–\x00"):
        return None  # a clause set off, or one holding a quotation or an aside: read elsewhere
    tokens = clause.lower().split()
    if any(w in _FINITE and tokens[i - 1] != "who" for i, w in enumerate(tokens) if i):
        return None  # "Fans who buy tickets | will be issued ... to beat touts": the main clause has begun
    own = masked[whos[-1].end():c_start].lower().split()
    if all(w in AUX_ADV or w in BE or w.endswith(("ly", "n't", "n’t")) or w == "not" for w in own) or (
            own[-1] in ("and", "or")):
        # "people who unequivocally | endorsed", "who has been | asking", "who cooperated with
        # him and | called": the cue is the relative clause's own verb
        return None
    if speaker is not None and _CLAUSE_WORDS.intersection(masked[max(lo, speaker[0] - 12):speaker[0]].lower().split()[-1:]):
        return None  # "those who love their gear may buy early as | experts predict": a clause of its own
    subject = left_speaker(masked, lo, first.start())
    if not isinstance(subject, tuple) or subject[1] != first.start():
        return None
    subject = after_fronted_phrase(masked, lo, subject)
    lead = masked[lo:subject[0]].strip()
    if lead and not (lead.endswith(",") or lead.lower() in SENTENCE_OPENERS) or (
            lead.rpartition(" ")[2].lower() in PREPOSITIONS):
        return None  # the phrase is governed in a clause that opens before it ("an adviser to | Obama who")
    return subject


# "having" and an adverb or two right before a past participle cue ("having earlier criticised").
_PERFECT_BEFORE: Final = re.compile(r"(?<![\w'’-])having(?:\s+(?:[a-z]+ly|earlier|already|also|just|once|first|since|"
                             r"previously|long|repeatedly)){0,2}$")


# A passive of perception or report before a participle cue: its subject speaks ("Roe was heard
# saying", "was quoted as saying", "is reported as saying", "has been caught on tape telling").
_PERCEIVED_BEFORE: Final = re.compile(
    r"\s(?:was|were|is|are|been|be|being)\s+(?:[a-z]+ly\s+|also\s+|later\s+)?"
    r"(?:heard|overheard|seen|shown|filmed|caught|recorded|quoted|reported|cited|videotaped|pictured|photographed|spotted)"
    r"(?:\s+(?:on|in)\s+(?:tape|camera|video|film|a\s+video|a\s+recording))?(?:\s+as)?\s*$")
# A passive of report before a perfect infinitive: its subject speaks ("Roe is said to have told
# friends", "is understood to have warned").
_RAISED_BEFORE: Final = re.compile(
    r"\s(?:is|are|was|were|been)\s+(?:[a-z]+ly\s+|also\s+)?(?:said|reported|understood|believed|thought|alleged|known)"
    r"\s+to\s+have\s+$")
# An auxiliary "be" (and adverbs) before a participle cue ("is now pledging", "has been saying").
_BE_BEFORE_PARTICIPLE: Final = re.compile(r"\s(?:is|are|was|were|(?:has|have|had)\s+been|(?:will|would)\s+be)"
                                   r"(?:\s+[a-z]+ly|\s+also|\s+now|\s+still)?\s+$")
# A preposition, a determiner or a verb that raises them ("fuelling fears") right before a cue
# ending in "s": the cue is a plural noun, and no one is named as its speaker ("amid claims
# that"). After a possessive the owner speaks ("Roe's claims that"), as the cue's usual reading
# finds.
_NOUN_BEFORE_S: Final = re.compile(r"(?<![\w’'-])(?:amid|despite|after|over|about|against|following|with|of|to|by|for|on|"
                            r"in|among|from|without|before|under|into|through|like|the|his|her|their|its|"
                            r"these|those|such|any|no|new|growing|mounting|repeated|renewed|"
                            r"fuell?ing|stoking|sparking|raising|easing|allaying|prompting|triggering|cast|casts|"
                            r"casting|recent|latest|heightening|deepening|(?:cast|casts|casting|raising|raised)\s+further|"
                            r"boosting|upsetting|dashing|denting|lifting|buoying|investigating|investigates|"
                            r"won|wins|winning|drew|draws|drawing|attracted|attracts|uttering|"
                            r"get|gets|got|getting|received|receives|receiving|faced|faces|facing|came|"
                            r"more|much|high|fresh|widespread|little|down|up|"
                            # "similar pledges", "desolate of all hope"
                            r"similar|previous|other|(?:of|beyond|without|against)\s+all)\s+$",
                            re.IGNORECASE)
# A name, then a description, right before a phrase that ends it ("Alan Berger, a doctor from |
# Englewood", "Jane Roe, a | spokeswoman for the Red Cross"): the name is who it describes.
_DESCRIBED_NAME_BEFORE: Final = re.compile(r"(?<![\w’'-])(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}),\s+(?:a|an|the)\s+"
                                    r"(?:[a-z][^,;:\x00\"“”]{0,60}?\s+(?:from|in|at|of|with|for)\s+)?$")
# An amount opening what was ordered ("ordered 30 planes"): goods, not a directive.
_AMOUNT: Final = re.compile(r"(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|more|new)\b)",
                     re.IGNORECASE)
# A relative aside that closes on a short quoted title ('Roe, who starred in "Guardians of the
# Galaxy," | posted the clip'): the verb after it is the subject's, not an inverted cue.
_RELATIVE_TITLE_END: Final = re.compile(r",\s*(?:who|whose|which)\b[^,;:.]*[“\"]\x00{1,60}[”\"]$")
# A share of people restated as a figure before its verb ("Just shy of half, 49%, | say").
_SHARE_RESTATED: Final = re.compile(r"(?<![^\s(])(?:[Jj]ust\s+|[Nn]early\s+|[Aa]lmost\s+|[Aa]bout\s+|[Rr]oughly\s+)?"
                             r"(?:[\w-]+\s+){0,3}?(?:half|third|quarter|majority|minority|most)(?:\s+of\s+[\w\s]{1,30}?)?"
                             r",\s+\d[\d.]*\s*(?:%|percent|per\s+cent)(?=\s*,\s*$)")
# A name, a dash and a description of it that the phrase found ends ("David Kahn - a historian, and
# an expert on | code-breaking").
_DASHED_NAME_BEFORE: Final = re.compile(r"(?<![\w’'-])(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3})\s+[-–—]\s+"
                                 r"(?:a|an|the)\s+[^-–—\x00\"“”;:]{0,150}$")
# A name and its comma right before a description that is the phrase found ("Jane Roe, | the lawyer").
_NAME_AND_COMMA_BEFORE: Final = re.compile(r"(?<![\w’'-])(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}),\s+$")
_DESCRIPTION: Final = re.compile(r"(?:a|an|the)\s+[a-z]")
# The capitalised words that end a phrase ("a debut nomination for | Imelda Staunton").
# A name a preposition governs at the end of a phrase ("get harder for | Holmes").
_GOVERNED_NAME_AT_END: Final = re.compile(r"\s(?:for|to|with|against|from|about|on|at)\s+"
                                   r"(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})$")
_NAME_AT_END: Final = re.compile(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*$")
# A person's office and the body they hold it in, ending a phrase ("director of | New York
# Communities for Change"): "which" after it stands for the body.
_ROLE_OF_NAME_AT_END: Final = re.compile(
    r"\b(?i:" + "|".join(sorted(PERSON_ROLES, key=len, reverse=True)) + r")\s+(?:of|at)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w’'.&-]*(?:\s+(?:[A-Z][\w’'.&-]*|of|for|and|the|&))*?\s*[A-Z][\w’'.&-]*|[A-Z][\w’'.&-]*)$")
_ACCUSED: Final = frozenset(("accused",))
# Participles naming the people asked, before the verb of the phrase they end ("Teenagers
# questioned for a survey | have shown ...", "Voters polled | were split").
_ASKED_PEOPLE: Final = frozenset("questioned asked polled surveyed interviewed".split())
_AUXILIARY_NEXT: Final = re.compile(r"\s*(?:" + "|".join(sorted(_FINITE)) + r")\b")


# "dismiss" with a person as its object is a stance only when "as" says what he is called
# ("dismissed Walker as an ineffective leader"); else he was sent off or fired.
_DISMISS: Final = frozenset("dismissed dismisses dismissing".split())
_AFTER_AN_OBJECT: Final = PREPOSITIONS | frozenset("and but when because last this yesterday today".split())
_NAME_AFTER: Final = re.compile(r"\s+(?:him|her|them|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})(?![\w’'.-])")


def _dismissed_person(masked: str, c_end: int, hi: int) -> bool:
    """Whether a person, named or a pronoun, is dismissed at ``c_end`` without an "as" after."""
    m = _NAME_AFTER.match(masked, c_end, hi)
    if m is None or m.group().endswith(("'s", "’s", "'", "’")):
        return False  # "dismissed Trump's claims"
    nxt = masked[m.end():m.end() + 30].split(None, 1)
    # the object ends there ("dismissed Didier Drogba.", "dismissed him on Friday"); not "dismissed
    # Tory tax fears", "dismissed Walker as"
    return not nxt or not nxt[0][0].isalnum() or (nxt[0] != "as" and nxt[0] in _AFTER_AN_OBJECT)


# Verbs of telling that take their addressee as object; right before "to" and a verb they are
# passive ("Blair told to double aid"), as a headline writes "Blair is told to".
_TOLD_ONLY_ACTIVE_WITH_OBJECT: Final = frozenset("told urged warned ordered".split())
_TO_VERB_AFTER: Final = re.compile(r"\s+to\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those)\b)"
                            r"[a-z]+(?<!s)(?:ss|us)?\b")
_DEFEND: Final = frozenset("defend defends defended defending".split())
_DEFENDED_PRIZE: Final = re.compile(r"\s+(?:(?:his|her|their|its|the)\s+(?:[\w’'-]+\s+){0,4}?(?:title|titles|crown|championship|"
                             r"belt|seat|seats|medal|trophy|cup)|champions?|title-?holders?|"
                             # "help Taiwan defend itself": a country's defence, no stance
                             r"itself)\b")
_ACCUSER_BEFORE: Final = re.compile(r"\b(?:he|she|they|we|I|you|has|have|had)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
_HAVING_SAID: Final = re.compile(r"\b[Hh]aving\s+said\s+(?:that|this)\s*,")
# The rest of the speaker phrase, then the clause going on ("The plan, said Roe and others, | would fail").
# A sentence adverb alone before an inverted cue ("Worryingly, said the firm, ...", "More
# significantly, argues the report, ...").
_ADVERB_ALONE: Final = re.compile(r"(?:(?:(?:More|Most|Less|Perhaps|Even|But|And)\s+[a-z]{2,}|[A-Z][a-z]{2,})ly"
                           # adverbs of time and frequency ("Often, said Mr Pearson, ...")
                           r"|Often|Sometimes|Now|Still|Already|Instead|However|Meanwhile|Indeed|Today|Overall|"
                           r"Too\s+often|All\s+too\s+often|In\s+fact|Of\s+course|In\s+short),?")
_CLAUSE_RESUMES: Final = re.compile(r"[^,;:.\x00]{0,40}?(?=" + CLAUSE_GOES_ON.pattern + ")")
# "may want to", "might want to", "if you want to": advice or a condition, not a wish.
_ADVICE_BEFORE: Final = re.compile(r"(?:\b(?:may|might)\s+(?:well\s+|also\s+|still\s+)?|\bif\s+(?:you|we)\s+)$",
                            re.IGNORECASE)
# "compared" and "likened" are statements only with an object ("compared the plan to a tax"), not
# in a comparison of figures ("compared with 2003"), a verdict on them ("compared favourably") or
# a passive ("a star likened to the Star of David").
_COMPARE_WORDS: Final = frozenset("compared compares likened likens likening".split())
_NO_COMPARED_OBJECT: Final = re.compile(r"\s*(?:[,.;:)]|$|(?:with|to|against|favou?rably|unfavou?rably|poorly|well|badly|"
                                 r"closely|directly)\b)", re.IGNORECASE)
# "add to" something is to increase it or join it. Speech only with an addressee: people, or a
# name that ends the clause ('"...," Roe added to People.', "added to the BBC that ...").
_ADD_WORDS: Final = frozenset("add adds added adding".split())
_TO_NON_ADDRESSEE: Final = re.compile(r"\s+to\s+(?!(?:reporters|journalists|the\s+press|me|us|him|her|them)\b"
                               r"|(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,2}\s*(?:[.,;:!?]|that\b|$))")
# "from" and a place, then the end of the clause: where a correspondent reported from.
_FROM_PLACE_ONLY: Final = re.compile(r"\s+from\s+[A-Z][\w.'’-]*(?:,?\s+[A-Z][\w.'’-]*)*\s*(?:[.;]|,\s+and\b|$)")
# Participles of putting a document out, right after a document: they qualify it ("a message
# posted Friday"), the cue is elsewhere.
_POSTING: Final = frozenset("posted published released issued".split())
_DOCUMENT_BEFORE: Final = re.compile(r"(?<![\w’'-])(?:message|messages|post|posts|video|videos|statement|statements|letter|"
                              r"report|reports|note|memo|tweet|tweets|ad|ads|article|essay|op-ed|study|survey|"
                              r"poll|document|documents|book|transcript|photo|photos|clip)\s+$", re.IGNORECASE)
# An adjective right before a cue that is as often a plural noun ("Democratic | claims").
# (Lower case, or a party's adjective: "Sonaptic hopes" and "The Journal reports" are names.)
_ADJECTIVE_BEFORE: Final = re.compile(r"(?<![\w’'-])(?:[a-z][a-z]+(?:ic|al|ous|ive|ful|ible|able)|Democratic|Republican)\s+$")
# A preposition and a noun before a cue that is as often a plural noun ("amid news | reports").
_NOUN_AFTER_PREPOSITION: Final = re.compile(r"(?<![\w’'-])(?:amid|despite|following|over|about|of|by|with)\s+"
                                     r"(?:(?:news|press|media|newspaper|unconfirmed|earlier|recent)\s+|"
                                     # or nouns in lower case ("because of data protection | fears")
                                     r"(?!(?:he|she|it|they|we|i|you|what|who|which|that|this|these|those)\s)"
                                     r"(?:[a-z]+\s+){1,2})$")
# "what" and a subject before a cue, and a verb after it: a free relative, the subject of that verb.
_FREE_RELATIVE_BEFORE: Final = re.compile(r"\b[Ww]hat\s+(?:he|she|they|we|I|you|it)\s+(?:[a-z]+ly\s+)?$")
# (Not "is" or "are": "what he says are | shortages" reports his claim that they are.)
_FINITE_AFTER: Final = re.compile(r"\s+(?:remains|remained|matters|mattered)\b")
# A preposition stranded after a cue: what it governs is the noun the clause qualifies.
_STRANDED_STARTS: Final = (" about", " of", " for", " on", " to", " with")  # where a match of the pattern below can start
_STRANDED_AFTER: Final = re.compile(r"\s+(?:about|of|for|on|to|with)\s*(?:[.;:!?)]|$|(?:in|at|on|during|for|since|to)\s)")
# An object pronoun (:data:`~analysis.cues.OBJECT_PRONOUNS`), a colon and the quotation addressed to it.
_COLON_QUOTE_AFTER: Final = re.compile(r"([a-z]+)\s*:\s*(?=[\"“‘'])")
# Participles that a degree word (:data:`_DEGREE_BEFORE`) makes an adjective of ("the least talked
# about development").
_SAID_OF_A_THING: Final = frozenset(("talked about", "discussed", "cited", "quoted", "debated", "praised",
                              "criticised", "criticized", "reported", "publicised", "publicized"))
_THINK: Final = frozenset("think thinks thinking thought".split())
# "decline" speaks only as a refusal: to do something, or an offer or invitation declined.
_DECLINE: Final = frozenset("decline declined".split())
_DECLINE_NOUNS: Final = frozenset("declines declining".split())  # a plural noun or an adjective unless "to" follows
_DECLINED_TO: Final = re.compile(r"\s+(?:(?:at\s+first|again|repeatedly|[a-z]+ly)\s+)?to\b")
_FALL_AFTER: Final = re.compile(r"\s*(?:[,.;]|(?:or|and|in|of|by|from|sharply|steadily)\b)")
# "while adding" a thing rather than words: after "while", "adding" speaks only with "that", a
# colon, a comma or a quotation after it.
_WHILE_BEFORE: Final = re.compile(r"(?<![\w’'-])(?:while|after|by|before)\s+$")
_ADDED_SPEECH: Final = re.compile(r"[^.;!?\x00]{0,60}?(?:\bthat\b|[:,]\s*[\"“‘']|[\"“‘'])|\s*[:,]")
# "said nothing", "said little": no statement is reported.
_SAID_NOTHING: Final = frozenset("said says say saying".split())
# (Not "nothing" as a clause's subject: "said nothing had changed", "said nothing could be done".)
_NOTHING_AFTER: Final = re.compile(r"\s+(?:(?:almost|virtually|next\s+to|very)\s+)?(?:nothing|little)\b"
                            r"(?!\s+(?:of\s+)?(?:that|the\s+sort)|\s+(?:had|has|have|was|is|were|are|could|would|will|can|"
                            r"should|must|may|might|[a-z]+ed)\b)")
# A cue joined to a verb of doing ("said and did", "says or does").
_AND_DID: Final = re.compile(r"\s+(?:and|or)\s+(?:did|does|do|done)\b")
# Cues that are also singular nouns ("more praise heaped on it", "any hope he has").
_NOUN_CUES: Final = frozenset("praise claim fear hope doubt worry mention".split())
# Cue words that are as often plural nouns; after an "-ing" word (and an adjective) they are its
# object or the noun it qualifies ("knocking hopes of a recovery", "underlying fears").
_PLURAL_NOUN_CUES: Final = frozenset("hopes fears claims reports doubts worries concerns warnings charges declines mentions".split())
# Cue words whose base form is as often a noun ("a claim", "the report", "a warning").
_NOUN_AS_OFTEN: Final = _NOUN_CUES | frozenset(("report", "warning"))
# Words in the singular that name many, so that the base form of a verb may follow them ("the
# pair claim", "people hope"), and reflexives after a subject ("Yukos itself claim").
_MANY: Final = frozenset("people police public staff pair couple team family majority minority crowd media press "
                  "children men women youth many some both most others all few several "
                  "itself themselves himself herself".split())
# Bodies whose own report or warning the cue word names ("a US government report that showed").
_BODIES: Final = frozenset("government ministry department agency commission committee council office court army "
                    "party union industry company firm bank board authority regulator watchdog".split())
_GERUND_BEFORE: Final = re.compile(r"(?<![\w'’-])[a-z]{3,}ing\s+(?:[a-z]+-[a-z]+\s+|[a-z]+(?:al|ic|ous|ive|ful|ed)\s+)?$")
# A figure after "the" ("the 0.4%", "the 140,000"): what a participle after it reports.
_THE_FIGURE: Final = re.compile(r"[Tt]he\s+[\d.,]*\d(?:%|\s+per\s?cent|\s+percent)?")
# A possessive or a bare number (not a year) right before "reported": it modifies a noun.
_MODIFIER_BEFORE: Final = re.compile(r"(?:['’]s|s['’]|\b(?:\d{1,3}(?:,\d{3})*|two|three|four|five|six|seven|eight|nine|ten|"
                              r"dozens|hundreds|thousands|millions))\s*$", re.IGNORECASE)


# "claim" meaning to win or to take, before what is won or taken ("claimed the top spot", "claimed
# the lives of"); not "claimed victory", which may be a declaration of it.
# Cue words that also say an amount fell ("declined 40 percent", "declined by 3%").
_AMOUNT_VERBS: Final = frozenset("declined declines declining".split())
# "admit" letting people in ("admitting more students", "admitted 500 patients", "admitted him to hospital").
_ADMIT: Final = frozenset("admit admits admitted admitting".split())
_ADMITTED_PEOPLE: Final = re.compile(r"\s+(?:more|fewer|many|hundreds|thousands|dozens|new|\d[\d,]*)\s+(?!of\b|than\b|times\b)"
                              r"|\s+(?:him|her|them|[A-Z][\w’'.-]+)\s+(?:to|into)\s+(?:the\s+)?"
                              r"(?:hospital|university|college|school|club|party|country|hall|bar)\b")
_AMOUNT_AFTER: Final = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:from\s|(?:by\s+|to\s+|about\s+|nearly\s+|almost\s+|more\s+than\s+)?[$£€]?\d)")
# "deny" with a person and what is withheld ("denied him a visa", "deny Sanders the nomination").
_DENY: Final = frozenset("deny denies denied denying".split())
_DENIED_SOMEONE_SOMETHING: Final = re.compile(
    r"\s+(?:(?:him|her|them|us|me|(?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w’'.-]+)\s+(?:a|an|the|any|his|her|their|its)\s"
    # or a plural ("could deny them mining permits"; not "her", which may own what follows)
    r"|(?:him|them|us|me)\s+(?:[a-z]+\s+)?[a-z]+s\b"
    # or what is withheld from a group ("deny many independents the right to vote")
    # (not a clause: "denied that the vote was rigged")
    r"|(?!(?:that|whether|if)\s)(?:[a-z]+\s+){0,3}[a-z]+\s+(?:the|a|an|any|their|his|her|its)\s+(?:right|rights|"
    r"chance|opportunity|access|"
    r"ability|benefit|benefits|use|vote|votes|permission|protection|protections|freedom|privilege)\b)")
_CLAIM_WORDS: Final = frozenset("claim claims claimed claiming".split())
_CLAIMED_PRIZE: Final = re.compile(
    # up to five words before it, none opening a clause or an adjunct ("claimed he would win the title")
    r"\s+(?:(?!(?:that|he|she|they|it|we|I|you|would|will|could|should|may|might|was|is|were|are|had|has|"
    r"have|to|be|been|not|at|in|on|during|after|before|when|while|for|of)\b)[\w’'.-]+\s+){0,5}?"
    r"(?:titles?|glory|spot|place|set|awards?|medals?|"
    r"gold|silver|bronze|crown|trophy|cup|championships?|honours|victims?|lives|life|"
    r"goals|wickets|double|treble|hat-trick|scalps?|draw|points?|\d+m)\b(?!\s+(?:that|was|were|is|are|had|has|would|will)\b)")

# Participles of saying that stand before a noun as adjectives ("confirmed deaths", "alleged abuses").
_ATTRIBUTIVE_PARTICIPLES: Final = frozenset("confirmed alleged claimed estimated suspected predicted promised".split())
# A noun right after such a participle: a lower-case word that opens no clause or phrase.
_NOUN_NEXT: Final = re.compile(r"\s+(?!(?:that|the|a|an|this|these|those|it|he|she|they|we|i|you|to|on|in|at|by|for|with|"
                        r"his|her|their|its|our|my|your|what|whether|how|why|when|if)\b)[a-z][a-z-]*\b(?![:,])")
_AUX_BEFORE: Final = re.compile(r"\s*\b(?:is|are|was|were|am|will|would|may|might|must|could|should|can|has|have|had)"
                         r"(?:\s+(?:also|still|now|not|n't))?\s*$")


def _aux_start(masked: str, lo: int, end: int) -> int:
    """Where an auxiliary right before ``end`` begins, or ``end``."""
    m = _AUX_BEFORE.search(masked, max(lo, end - 20), end)
    return m.start() if m is not None else end


def _fronted_off(masked: str, lo: int, subject: Span | None) -> Span | None:
    """``subject`` without a fronted phrase that runs into it ("During his speech | Roe ...")."""
    return after_fronted_phrase(masked, lo, subject) if subject is not None else None


# A clause opening the sentence with "what", "how" or "why" and a verb of its own, whose words up
# to the cue are the subject ("What users do with | Blinkx shows", "How voters see | the race
# matters").
_FREE_RELATIVE: Final = re.compile(r"\s*(?:What|How|Why|Whatever|Whoever)\s+(?:(?!that\s)[\w’'-]+\s+){0,4}?"
                            r"(?:do|does|did|think|thinks|thought|see|sees|saw|say|says|said|want|wants|"
                            r"wanted|need|needs|mean|means|know|knows|knew|has|have|had)\s+"
                            r"(?:(?!that\s)[\w’'-]+\s+){0,3}")
# A form of "spend" and the time spent, before a participle ("spent much of the speech | attacking").
_SPENT_TIME: Final = re.compile(r"\b(?:spend|spends|spent|spending)\s+(?:[\w’'.$£€%-]+\s+){1,8}$", re.IGNORECASE)


def _is_question(masked: str, lo: int, hi: int) -> bool:
    """Whether the sentence ``masked[lo:hi]`` ends with a question mark (before closing quotes)."""
    return masked[lo:hi].rstrip(" \x00\"”’'").endswith("?")


# An auxiliary before "you" in a question ("Would you say ...?", "Did you tell ...?").
_AUX_BEFORE_YOU: Final = re.compile(r"\b(?:[Ww]ould|[Dd]o|[Dd]id|[Cc]an|[Cc]ould|[Ww]ill|[Ss]hould|[Dd]oes)\s+$")


# A person's name after "said": a title or a given name, then capitalised words.
_PERSON_AFTER_CUE: Final = re.compile(r"\s+(?:(?P<title>Mr|Mrs|Ms|Dr|Prof|Professor|Sir|Dame|Lord|Lady)\.?\s+)?"
                               r"(?P<first>[A-Z][a-z]+)(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'’-]+){1,2}")
# A verb after a name and its appositive: the name is a clause's subject, no inverted speaker.
_VERB_AFTER_APPOSITIVE: Final = re.compile(r"\b(?:is|was|were|are|has|had|have|would|will|could|should|said|says|"
                                    r"did|does|can|may|might|must)\b")


def _inverted_without_comma(masked: str, lo: int, c_start: int, c_end: int, hi: int, word: str) -> bool:
    """Whether "said" or "says" between a clause and a person's name that, with its appositive,
    ends the sentence is inverted with its comma left out ("banks turn to Windows said Dominic
    Hirsch, managing director of ..."); not "The court said Jane Roe, the owner, was guilty"."""
    if word not in ("said", "says") or not masked[c_start - 1:c_start].isspace():
        return False
    m = _PERSON_AFTER_CUE.match(masked, c_end, hi)
    if m is None or not (m.group("title") or m.group("first").lower() in given_names()):
        return False
    rest = masked[m.end():hi].strip()
    if rest and not (rest.startswith(",") and _VERB_AFTER_APPOSITIVE.search(rest) is None) and rest not in ".!?":
        return False
    return len(masked[lo:c_start].split()) >= 5


def _qualified_noun(masked: str, lo: int, c_start: int) -> bool:
    """Whether what is right before a cue that is as often a plural noun makes it that noun: an
    adjective ("Democratic | claims"), a preposition and nouns ("amid news | reports", "because of
    data protection | fears") or an "-ing" word ("knocking | hopes of", "underlying | fears")."""
    return (_ADJECTIVE_BEFORE.search(masked, max(lo, c_start - 20), c_start) is not None
            or _NOUN_AFTER_PREPOSITION.search(masked, max(lo, c_start - 30), c_start) is not None
            or _GERUND_BEFORE.search(masked, max(lo, c_start - 30), c_start) is not None)


def _match_cue(ctx: Context, sent: Sentence, lo: int, c_start: int, c_end: int, word: str,
               found: list[Found]) -> Found | None:
    """One attribution around the cue ``[c_start, c_end)``, or ``None``."""
    masked, hi = ctx.masked, sent.end
    kind = "belief" if word in BELIEF or word.partition(" ")[0] in BELIEF else "indirect"  # "hoped for"
    before = masked[lo:c_start].rstrip()
    if masked.startswith(" by ", c_end) and _BY_MEANS.match(masked, c_end) is None:
        if word == "asked":
            return _asked_by(ctx, sent, c_start, c_end)
        as_by = _AS_REPORTED_BY.search(masked, max(lo, c_start - 30), c_end + 3)
        if as_by is not None and as_by.end() == c_end + 3:
            return _match_according(ctx, sent, as_by)  # "As first reported by the Times, ..."
        return None  # "reported by Syrian state TV": a channel, not a speaker
    if masked.startswith((" to be ", " not to be "), c_end) and _NOT_NAMED.match(masked, c_end, hi):
        return None  # "a woman who did not want to be named said": asking for anonymity, no statement
    if word in _AMOUNT_VERBS and _AMOUNT_AFTER.match(masked, c_end, hi):
        return None  # "Trade declined 40 percent": a fall, not a refusal
    if word in _ADMIT and _ADMITTED_PEOPLE.match(masked, c_end, hi):
        return None  # "by admitting more out-of-state students", "admitted 500 patients": letting in
    if word in _DENY and _DENIED_SOMEONE_SOMETHING.match(masked, c_end, hi):
        return None  # "denied Carter a final-night photograph": withheld, not disputed
    if word in _CLAIM_WORDS and _CLAIMED_PRIZE.match(masked, c_end, hi):
        return None  # "England claim Dubai Sevens glory", "the crash claimed 30 lives": won or took
    if word == "said" and _HAVING_SAID.search(masked, max(lo, c_start - 8), c_end + 6):
        return None  # "Having said that, ...": nevertheless, not a statement
    if word == "reported" and masked.startswith(" from ", c_end) and _FROM_PLACE_ONLY.match(masked, c_end, hi):
        return None  # "Jane Roe reported from Midway Atoll.": a correspondent's credit, no statement
    if masked.startswith((" and ", " or "), c_end) and _AND_DID.match(masked, c_end):
        return None  # "who said and did the same things": the deeds as much as the words, no statement
    if word == "saying" and masked.endswith(" without ", max(lo, c_start - 9), c_start) and (
            masked.endswith("goes without ", max(lo, c_start - 13), c_start)
            or masked.endswith("go without ", max(lo, c_start - 11), c_start)):
        return None  # "It goes without saying that ...": the writer's own, no one says it
    if word in _COMPARE_WORDS and _NO_COMPARED_OBJECT.match(masked, c_end):
        return None  # "rose 5% compared with last year", "a star likened to": no statement
    if word == "adding" and _WHILE_BEFORE.search(masked, max(lo, c_start - 8), c_start) and not _ADDED_SPEECH.match(
            masked, c_end, hi):
        return None  # "held onto its seats while adding Democratic strongholds": gaining, not saying
    if word in _SAID_NOTHING and _NOTHING_AFTER.match(masked, c_end, hi):
        return None  # "she said almost nothing about monetary policy": no statement is reported
    if word in _ADD_WORDS and _TO_NON_ADDRESSEE.match(masked, c_end):
        return None  # "adding to a growing list of awards", "added to the squad": not speech
    if (word.endswith("s") or word in _NOUN_CUES) and _NOUN_BEFORE_S.search(masked, max(lo, c_start - 18), c_start):
        return None  # "amid claims that", "despite fears that", "more praise": a noun, not a verb
    if (word in _NOUN_CUES or word in _PLURAL_NOUN_CUES) and masked.startswith(" of ", c_end):
        # "Ms Roe's claim of victimisation", "British hopes of winning", "fears of a slowdown": a
        # noun's object (no verb of these takes "of")
        return None
    if word in _POSTING and _DOCUMENT_BEFORE.search(masked, max(lo, c_start - 20), c_start):
        return None  # "In a Facebook message posted Friday, Cruz said": the message's participle
    if word in _PLURAL_NOUN_CUES and _qualified_noun(masked, lo, c_start):
        return None  # "22% of Democratic claims", "amid news reports that", "underlying fears": a noun
    if _FINITE_AFTER.match(masked, c_end, hi) and _FREE_RELATIVE_BEFORE.search(masked, max(lo, c_start - 24), c_start):
        return None  # "what she truly believes | remains a mystery": the clause is about the belief
    if masked.startswith(_STRANDED_STARTS, c_end) and _STRANDED_AFTER.match(masked, c_end, hi):
        # "the change the party warned about | in its report": the object is the noun before, no
        # statement follows (a cue that ends in the preposition is read by :data:`_STRANDED`)
        return None
    if word in _SAID_OF_A_THING and _DEGREE_BEFORE.search(masked, max(lo, c_start - 12), c_start):
        return None  # "the least talked about development": an adjective, no statement
    if word in _THINK and masked.startswith(" twice", c_end):
        return None  # "think twice before agreeing": caution, not a belief
    if (word in _DECLINE_NOUNS and not _DECLINED_TO.match(masked, c_end, hi)) or (
            word in _DECLINE and _FALL_AFTER.match(masked, c_end, hi)):
        return None  # "stock market declines or ...", "declining health", "profits declined in": a fall
    if word.endswith("ed") and _THOSE_BEFORE.search(masked, max(lo, c_start - 7), c_start):
        return None  # "29% of those asked": a participle naming the people, not a cue
    if word.endswith("ed") and _graded_before(masked, lo, c_start):
        return None  # "the most passionately supported club": a participle graded as an adjective
    if word in _ASKED_PEOPLE and _AUXILIARY_NEXT.match(masked, skip_adjuncts(masked, c_end, hi, word), hi):
        return None  # "Teenagers questioned for a survey | have shown": the people asked, a subject
    if word in _DISMISS and _dismissed_person(masked, c_end, hi):
        return None  # "the referee dismissed Didier Drogba", "dismissed him": sent off or fired
    if word in _TOLD_ONLY_ACTIVE_WITH_OBJECT and _TO_VERB_AFTER.match(masked, c_end, hi):
        return None  # "Blair told to double overseas aid": a passive, whoever told him is not named
    if word == "opposed" and masked.startswith(" to ", c_end):
        return None  # "supporters remain opposed to any deal": an adjective, as after "are"
    if word in _THREATENED and not _THREAT_MADE.match(masked, c_end, hi):
        return None  # "cold weather threatened stocks": a danger, not a threat anyone made
    if word in _DEFEND and _DEFENDED_PRIZE.match(masked, c_end):
        return None  # "may defend her 800m title", "defended his seat": a contest, not a stance
    if word in _ACCUSED and masked.startswith(" of ", c_end) and not _ACCUSER_BEFORE.search(
            masked, max(lo, c_start - 20), c_start):
        return None  # "appeared in court accused of fraud": the accused; not "whom she accused of"
    if word in RAISING and _TO_VERB.match(masked, c_end):
        return None  # "voters said to be loyal", "he is believed to have left": no speaker
    # Participle after a comma: the speaker is the clause's subject ("..., saying ...").
    participle = word in PARTICIPLES or (" " in word and word.partition(" ")[0].endswith("ing")) or (
        before.endswith("aving") and _fronted_participle(masked, sent.start, c_start))
    perfect = _PERFECT_BEFORE.search(before, max(0, len(before) - 40)) if "having" in before[-30:] else None
    if perfect is not None and not participle:
        # ", having earlier criticised ...", "reported as having asked ...": a perfect participle,
        # whose subject is the clause's
        head = before[:perfect.start()].rstrip()
        participle = head.endswith((",", " as")) or _SUBORDINATOR_END.search(head[-30:]) is not None
    if participle and (before.endswith(",") or _COMMA_ADVERB.search(before[-20:]) or perfect is not None
                       # "Roe changed her mind – saying ...": a clause with no aside or statement before
                       # the dash, and no dashed aside ("-- denouncing X, proposing Y --")
                       or (before.endswith(("—", "–", " -", "--")) and word.endswith("ing")
                           and masked.find(",", sent.start, c_start) < 0
                           and not (found and found[-1].sentence == sent.index)
                           and _ANY_DASH.search(masked, c_end, hi) is None)
                                or ends_with_quote(masked, sent.start, c_start)
                                # "criticised the bid | saying ...": right after a stance's object
                                or (before.strip() in ("", "-", "--", "—", "–") and word in _SAYING_AFTER_OBJECT and found
                                    and found[-1].sentence == sent.index and found[-1].kind != "belief")
                                or _SUBORDINATOR_END.search(before[-30:])
                                or _fronted_participle(masked, sent.start, c_start)):
        return _participle_statement(ctx, sent, lo, c_start, c_end, word, kind, found)
    # Inversion: "...," said Smith.
    bare = not before.endswith((",", "''")) and _inverted_without_comma(masked, lo, c_start, c_end, hi, word)
    if kind != "belief" and word not in NOT_INVERTED and (word in SPEECH or word not in STANCE) and (
            not word.endswith(_PREPOSITION_ENDINGS)) and (
            word not in CALLING or before[-1:] in QUOTE_CHARS) and (
            before.endswith((",", "''")) or (before and before[-1] in QUOTE_CHARS)
            or bare) and not (
            (RELATIVE_ASIDE.search(before[-250:]) and not _named_at_end(masked, c_end, hi, before))
            or _RELATIVE_TITLE_END.search(before[-250:])
            or _named_with_appositive(masked, lo, c_start)):
        right = right_speaker(masked, c_end, hi)
        if right is not None and word in SHOW_WORDS and not RECORDS.intersection(
                masked[right[0][0]:right[0][1]].lower().split()):
            right = None  # "..., showing a little more of his personal side": no data shows it
        if right is not None:
            content = content_left(ctx, lo, c_start, bare=bare)
            if content is not None:
                # '"Part one," said Roe, a nurse at the clinic, "part two."'
                after = (right[1] or right[0])[1]
                tail = _TO_NEXT_QUOTE.match(masked, after, hi)
                more = continuation(ctx, tail.end() if tail else after, hi)
                resumes = _CLAUSE_RESUMES.match(masked, after, hi) if not more else None
                if resumes is not None and ctx.quote_at(content[0][0]) is None:
                    more = clause_continuation(ctx, resumes.end(), hi)  # "The plan, said Roe, would fail"
                content = content + more
                appositive = right[1]
                if appositive is not None and len(content) == 1 and _ADVERB_ALONE.fullmatch(
                        masked, content[0][0], content[0][1]):
                    # "Worryingly, said the firm, | phishing gangs were ...": what follows the
                    # speaker is the statement the adverb opens, not a description of the firm
                    rest = content_trim(ctx, appositive[0], hi)
                    content, appositive = content + [rest if rest[1] > appositive[1] else appositive], None
                inverted = right[0]
                name_after = _COMMA_NAME_AT_END.match(masked, inverted[1], hi) if appositive is None else None
                if name_after is not None and _LOWER_WORD_IN.search(masked, inverted[0], inverted[1]):
                    # 'said BA director of commercial planning, Robert Boyle.': the name is the speaker
                    n_start, n_end = name_after.span("name")
                    if masked[n_end - 1] == "." and masked[n_end - 3:n_end - 2] != " ":
                        n_end -= 1  # the sentence's period, not an initial's
                    inverted, appositive = (n_start, n_end), inverted
                return Found(sent.index, sent.paragraph, inverted, (c_start, c_end), content,
                              content_kind(ctx, content, kind), appositive=appositive)
    perceived = (_PERCEIVED_BEFORE if participle else _RAISED_BEFORE).search(masked, max(lo, c_start - 50), c_start)
    if perceived is not None:
        speaker = left_speaker(masked, lo, perceived.start())  # "Roe was heard saying", "is said to have told"
        if not isinstance(speaker, tuple):
            behind = interrupted_subject(masked, lo, perceived.start())  # "Roe, who ..., is heard"
            speaker = behind[0] if behind is not None else None
        if isinstance(speaker, tuple):
            # "The EU's aid commissioner, Louis Michel, was quoted": the name the role stands for
            speaker = _named_after_role(masked, speaker, c_start) or speaker
    else:
        spent = _SPENT_TIME.search(masked, max(lo, c_start - 90), c_start) if word.endswith("ing") else None
        if spent is not None:
            # "Trump is spending the final day of the primary attacking a rival": the subject of
            # "spend" acts, not the time spent
            passive = spent.group()[:5].lower() == "spent" and _BE_BEFORE_PARTICIPLE.search(
                masked, max(lo, spent.start() - 24), spent.start()) is not None
            speaker = None if passive else (
                left_speaker(masked, lo, spent.start(), progressive=True))  # not "$800,000 was spent on ads"
            if not isinstance(speaker, tuple):
                return None  # "a nominee who ... and spent much of his campaign attacking": left unread
        else:
            speaker = left_speaker(masked, lo, c_start, progressive=word.split()[0].endswith("ing") or (
                word == "worried" and _WORRIED_ABOUT.match(masked, c_end) is not None))
        if speaker is None:
            share = _SHARE_RESTATED.search(masked, max(lo, c_start - 80), c_start)
            if share is not None:
                speaker = share.span()  # "Just shy of half, 49%, say": a share of people
    if isinstance(speaker, tuple) and (_adjective_before(masked, speaker, c_start)
                                       or _count_before(masked, speaker, c_start, word)
                                       or _counted_participle(masked, speaker, c_start, c_end, word)):
        return None  # "a false claim", "its own report", "musical notes": the cue word is a noun
    if isinstance(speaker, tuple) and _noun_modifier_before(masked, speaker, c_start, word):
        # "his stern warning that ...", "Roe's most explosive claim is that ...", "Democrats' new
        # warning: ...": the noun's owner speaks what follows; "a compensation claim against",
        # "the vain hope that": no speaker is named
        speaker = _possessor(masked, speaker) if _NOUN_CLAUSE_NEXT.match(masked, c_end) else None
        if speaker is None:
            return None
    if (isinstance(speaker, tuple) and speaker[0] > lo and _FREE_RELATIVE.fullmatch(masked, lo, speaker[0])
            and not _is_question(masked, lo, hi)):
        # "What users do with Blinkx shows that ...": a clause is the subject, no speaker (in a
        # question "what" is an object: "What do you think of Carson saying ...?")
        return None
    if isinstance(speaker, tuple):
        speaker = after_fronted_phrase(masked, lo, speaker)  # "At a news conference Roe said"
    if isinstance(speaker, tuple) and "wh" in masked[max(lo, speaker[0] - 30):speaker[0]]:
        relative = _RELATIVE_OBJECT_BEFORE.search(masked, max(lo, speaker[0] - 30), speaker[0])
        if relative is not None:
            # "The five unions which met | Mr Prescott want": the object of a relative clause;
            # the phrase before the clause speaks
            subject = left_speaker(masked, lo, relative.start())
            if not isinstance(subject, tuple):
                group = _GROUP_BEFORE_WHO.search(masked, max(lo, relative.start() - 12), relative.start() + 1)
                # "those who back | her opponents say": the whole phrase names who speaks
                subject = (group.start(), speaker[1]) if group is not None else None
            speaker = subject
    if (speaker is None or isinstance(speaker, tuple)) and not (
            word in _ATTRIBUTIVE_PARTICIPLES and _NOUN_NEXT.match(masked, c_end, hi)):  # "report suspected sham marriages"
        within = _restrictive_relative_subject(masked, lo, c_start, speaker)
        if within is not None:
            speaker = within  # "People who voted for him | said", "The judges who ruled that ... | said"
    if isinstance(speaker, tuple) and masked[speaker[0]:speaker[0] + 1].isdigit():
        # "About four in 10 said", "6 in 10 Republicans said": a share of people
        ratio = _RATIO_BEFORE.search(masked, max(lo, speaker[0] - 30), speaker[0])
        if ratio is not None:
            speaker = (ratio.start(), speaker[1])
        elif masked[speaker[0]:speaker[1]].strip(" ,").isdigit() and masked[lo:speaker[0]].rstrip().endswith(",") and (
                int(masked[speaker[0]:speaker[1]].strip(" ,")) < 130
                and masked[lo:speaker[0]].rstrip()[:-1].rstrip().rpartition(" ")[2][:1].isupper()):
            # an age ("Jim Bennett, 57, told"): the name is before it (but in "Of the 712
            # delegates, 520 said" the count is who speaks)
            speaker = None
    if isinstance(speaker, tuple) and word.endswith("ed") and _THE_FIGURE.fullmatch(masked, speaker[0], speaker[1]):
        # "than the 0.4% reported", "from the 5.9% estimated in November": the figure is what was
        # reported, not who reports it
        return None
    if isinstance(speaker, tuple) and _MODIFIER_BEFORE.search(masked, speaker[0], speaker[1]) and (
            word == "reported" or (word in _ATTRIBUTIVE_PARTICIPLES and _NOUN_NEXT.match(masked, c_end, hi))):
        # "Clinton's reported contributions", "eight reported incidents", "the 140,000 confirmed
        # deaths": an adjective (but "Two confirmed that ...")
        return None
    if (participle and kind != "belief" and isinstance(speaker, tuple) and (
            is_object(masked, sent.start, speaker) or (
                # "enjoyed her time in | the house saying": a place, not who speaks (but "in the
                # release announcing" is the document's, and "some in the party are urging" a group's)
                masked.endswith(" in ", max(lo, speaker[0] - 4), speaker[0])
                and masked[speaker[0]:speaker[1]].split()[0].lower() in ("the", "a", "an", "his", "her", "their")
                and masked[speaker[0]:speaker[1]].split()[-1].lower() not in DOCUMENTS
                and not _BE_BEFORE_PARTICIPLE.search(masked, max(lo, c_start - 24), c_start)))
            and not _WITH_BEFORE.search(masked, max(lo, speaker[0] - 6), speaker[0])):
        # "Roe issued a statement saying ...": the participle's subject is the clause's; in
        # "..., with Roe saying ..." the phrase itself speaks.
        speaker = subject_before_object(masked, sent.start, speaker)
    appositive = None
    antecedent = None
    phrase_start = hi  # where the speaker's phrase starts, when a description opens it
    rel = RELATIVE_PRONOUN_CUE.search(masked, max(lo, c_start - 60), c_start) if speaker is None else None
    prior = found[-1] if found and found[-1].sentence == sent.index else None
    if (rel is not None and rel.group("who") == "who" and rel.group().startswith(",")
            and prior is not None and prior.mention is not None
            and prior.cue is not None and prior.cue[1] <= prior.mention[0]
            and lo >= (prior.appositive or prior.mention)[1] and (
                masked.find(",", lo, rel.start()) < 0 or _place_between(masked, sent.start, lo, rel.start()))):
        # 'said Roe, a professor at the university, who said ...', 'said an analyst based in
        # London, who ...', 'said Roe, a doctor from Englewood, New Jersey, who said': the
        # inverted speaker, past an appositive or a place
        speaker, antecedent = rel.span("who"), prior.mention
    elif speaker is None and (word not in STANCE or (rel is not None and rel.group().startswith(","))):
        if rel is not None:
            # The antecedent may be the speaker of an earlier cue ('said Roe, who said ...').
            dashes = _DASH_ASIDE_END.search(masked, max(sent.start, rel.start() - 80), rel.start())
            # "critics — including Roe — who say": the antecedent is before the aside
            np = left_speaker(masked, sent.start, dashes.start() if dashes is not None else rel.start())
            if np is None and rel.group("who") == "who" and masked.endswith("hose", max(sent.start, rel.start() - 4), rel.start()):
                those = _THOSE_END.search(masked, max(sent.start, rel.start() - 7), rel.start())
                np = those.span(1) if those is not None else None  # "Among those | who said ...": those
            if isinstance(np, tuple) and masked.startswith(",", np[1]) and place_after_comma(masked, sent.start, np):
                # "Alan Berger, a doctor from Englewood, New Jersey, who said": the name before
                # the place
                named = interrupted_subject(masked, sent.start, np[1] + 1)
                np = named[0] if named is not None else None
            head = masked[sent.start:rel.start()].rstrip()
            if np is None and head.endswith(("—", "–")):
                # "the sign — which read ...": an aside opened by a dash
                np = left_speaker(masked, sent.start, sent.start + len(head) - 1)
            ratio = (_RATIO_BEFORE.search(masked, max(sent.start, np[0] - 30), np[0])
                     if isinstance(np, tuple) and masked[np[0]:np[1]].isdigit() else None)
            if ratio is not None and isinstance(np, tuple):
                np = (ratio.start(), np[1])  # "nearly four in 10 who said": a share of people
            elif isinstance(np, tuple) and masked[np[0]:np[1]].isdigit():
                # "Imelda Staunton, 49, who told ...": the age follows the name
                age = masked.rfind(",", sent.start, np[0])
                np = left_speaker(masked, sent.start, age) if age > sent.start else None
                name = _NAME_AT_END.search(masked, np[0], np[1]) if isinstance(np, tuple) else None
                if name is not None:
                    np = name.span()  # "a nomination for Staunton, 49, who": the age is the name's
            if isinstance(np, tuple) and rel.group("who") == "who":
                described = _DESCRIBED_NAME_BEFORE.search(masked, max(sent.start, np[0] - 120), np[0])
                if described is None and _DESCRIPTION.match(masked, np[0]):
                    described = _NAME_AND_COMMA_BEFORE.search(masked, max(sent.start, np[0] - 60), np[0])
                if described is None and masked.find(" ", max(sent.start, np[0] - 160), np[0]) >= 0:
                    # "David Kahn - a former Yale historian, and a leading expert on code-breaking, who"
                    described = _DASHED_NAME_BEFORE.search(masked, max(sent.start, np[0] - 160), np[0])
                if described is not None:
                    np = described.span("name")  # "Alan Berger, a doctor from Englewood, who said"
                else:
                    np = _governed_antecedent(masked, np, person=True)
                    np = _copula_subject(masked, sent.start, np)
            elif isinstance(np, tuple):
                # "acting as an adviser for | Labour, which denies": a body, the name governed
                np = _governed_antecedent(masked, np, person=False)
            if isinstance(np, tuple) and rel.group("who") != "who" and _NUMBER.fullmatch(masked, np[0], np[1]):
                np = None  # "fell to 94.2 from 95.5 in January, which could indicate": no speaker
            if isinstance(np, tuple) and np[1] - np[0] > 6 and masked[np[1] - 6:np[1]].lower() == " those":
                np = (np[1] - 5, np[1])  # "useful information for | those who want": those
            if isinstance(np, tuple):
                speaker, antecedent = rel.span("who"), np
    if speaker is None and before.endswith(","):
        m = APPOSITIVE_LEFT.search(masked, max(lo, c_start - 200), c_start)
        if m is not None and not _PREPOSITION_BEFORE.search(masked, max(lo, m.start() - 6), m.start()) and (
                not place_after_comma(masked, lo, m.span("np"))):  # not "Roe, R-S.C., a candidate, said"
            speaker, appositive = m.span("np"), m.span("app")
            whole = left_speaker(masked, lo, speaker[1])
            if isinstance(whole, tuple) and whole[1] == speaker[1] and whole[0] < speaker[0]:
                speaker = whole  # "the economist Jane Roe, a former adviser, said": the whole phrase
            speaker = after_fronted_phrase(masked, lo, speaker)  # "On Tuesday | Mitsubishi, the only ..., confirmed"
    if speaker is None and found and found[-1].sentence == sent.index and (COORDINATED.search(
            masked[max(lo, c_start - 80):c_start]) or _listed_after(masked, found[-1], c_start, c_end, word)):
        got = content_right(ctx, skip_adjuncts(masked, c_end, hi, word), hi, word)
        if got is None or (word in NEEDS_MARKER and not got[1] and not (
                word in _PROMISE and _TO_ACT.match(masked, got[0][0][0])) and not (  # "... and pledged to remain civil"
                word in CALLING and _NAMED_AS.match(masked, got[0][0][0]))):  # "... and called it a common ailment"
            return None
        # 'When I asked him, he looked at me and said ...': a clause of its own has its subject.
        subject = _fronted_off(masked, sent.start, clause_subject(masked, sent.start, c_start))
        if subject is not None and found[-1].mention is not None and subject[0] <= found[-1].mention[0]:
            subject = None  # the subject of the statement before: the same speaker
        return Found(sent.index, sent.paragraph, subject, (c_start, c_end), got[0],
                      content_kind(ctx, got[0], kind), parent=None if subject else found[-1])
    if speaker is None and before.endswith(","):
        m = _NAME_AFTER_DESCRIPTION.search(masked, max(lo, c_start - 80), c_start)
        if m is not None and masked[lo:m.start()].strip() and not place_after_comma(masked, lo, m.span("np")):
            speaker = m.span("np")  # "One delegate not on the slate, Kelly Smith, told ..."
            description = left_speaker(masked, lo, m.start())
            if isinstance(description, tuple) and description[1] == m.start():
                head_noun = _HEAD_OF_PHRASE.match(masked, description[0], description[1])
                lead = masked[lo:description[0]].split()
                if head_noun is not None and head_noun.group(1) in DOCUMENTS and (
                        len(lead) <= 2 and all(w.lower().rstrip(",") in DETERMINERS
                                               or w.lower().rstrip(",") in _CONNECTIVES for w in lead)):
                    # "The book, Brown's Britain, said": the work speaks, its title the aside
                    speaker, appositive = description, m.span("np")
                else:
                    # '"We won," the nominee, Jane Roe, said': the nominee is she, and the
                    # description, when it ends in a role, her role (not "Although details were
                    # scant, Mr Gates, said", "the authors of that 2013 report, Ari Fleischer")
                    phrase_start = description[0]
                    body_head = _HEAD_BEFORE_OF.match(masked, description[0], description[1])
                    if is_role_word(masked[description[0]:description[1]].rsplit(None, 1)[-1]) or (
                            body_head is not None and is_role_word(body_head.group(1))):
                        appositive = description  # (or a role of a body: "The chairman of the committee")
    if speaker is None and before.endswith(",") and masked.startswith(":", c_end) and "," not in before[:-1]:
        # "Peter Ainsworth MP, said:": a comma between a named subject and its cue
        stray = left_speaker(masked, lo, len(before.rstrip(",").rstrip()) + lo)
        if isinstance(stray, tuple) and is_named(masked, stray) and not masked[lo:stray[0]].strip():
            speaker = stray
    if speaker is None:
        aux = _BE_BEFORE_PARTICIPLE.search(masked, max(lo, c_start - 24), c_start) if participle else None
        # "Roe, celebrating a win, is pledging ...": the aside ends before the auxiliary
        subject_aside = interrupted_subject(masked, lo, aux.start() if aux is not None else c_start)
        if subject_aside is None and lo > sent.start and found and found[-1].sentence == sent.index:
            # 'Roe, who questioned whether ..., said that': the aside held a cue of its own, and
            # what is before the subject is still open to this cue ('"...," Roe, who has not
            # endorsed anyone, told reporters').
            subject_aside = interrupted_subject(masked, sent.start, c_start)
            if subject_aside is not None and subject_aside[0][0] < lo and found[-1].antecedent is not None:
                lo = sent.start
        if subject_aside is not None:
            speaker, appositive = _fronted_off(masked, sent.start, subject_aside[0]), subject_aside[1]
    if speaker is None and word in SHOW_WORDS and before.endswith(" that"):
        evidence = _DATA_THAT.search(masked, max(lo, c_start - 100), c_start)
        if evidence is not None:
            speaker = evidence.span("np")  # "polls by Quinnipiac University that showed ...": the polls
    to_before = _TO_BEFORE.search(before[-40:]) if speaker is None else None
    if to_before is not None and not _OBJECT_BEFORE_TO.search(before[-60:]):
        # "Roe went on to criticize ...", "Roe took to Twitter to say ...": the clause's subject
        speaker = _fronted_off(masked, sent.start, main_subject(masked, sent.start, c_start)
                               or clause_subject(masked, sent.start, c_start))
        if speaker is None:
            # "I continue to believe", "Roe is continuing to insist": the phrase before the verb
            verb = lo + len(before) - len(before[-40:]) + to_before.start()
            phrase = left_speaker(masked, lo, _aux_start(masked, lo, verb))
            speaker = phrase if isinstance(phrase, tuple) else None
        if speaker is not None and speaker[1] > c_start:
            speaker = None
    if speaker is None and not before:
        return _match_fronted_cue(ctx, sent, c_start, c_end, word, kind)
    if speaker is None or speaker == "passive":
        return None
    assert isinstance(speaker, tuple)
    if appositive is None and masked.endswith((" from ", " of ", " at ", " with ", " for "), max(lo, speaker[0] - 6), speaker[0]):
        unclosed = unclosed_place_aside(masked, lo, speaker[1])
        if unclosed is not None:
            speaker, appositive = unclosed  # "Emmanuel Ferry, from Exane BNP Paribas | told"
    if appositive is None and (masked[speaker[0]:speaker[0] + 1].islower() or masked.endswith(", ", lo, speaker[0])):
        unclosed = unclosed_role_aside(masked, lo, speaker)
        if unclosed is not None:
            speaker, appositive = unclosed  # "Patricia Roe, spokeswoman for the committee | said"
    if _WHO_BEFORE.search(masked, max(lo, speaker[0] - 5), speaker[0]) and masked[speaker[0]].islower() and (
            masked[speaker[0]:speaker[1]].split(None, 1)[0] not in DETERMINERS) and (
            masked[speaker[0]:speaker[1]].split(None, 1)[0] not in PRONOUNS):
        # "executives who | run news organizations say": the relative clause's verb and object
        # are no speaker; its antecedent is
        antecedent_np = left_speaker(masked, lo, speaker[0] - 4)
        if not isinstance(antecedent_np, tuple):
            return None
        speaker = antecedent_np
    if word in WANT and _ADVICE_BEFORE.search(masked, max(lo, speaker[0] - 4), c_start):
        return None  # "Trump may want to check his stats", "if you want to understand": advice
    if word in WANT and (_WHAT_BEFORE.search(masked, max(lo, speaker[0] - 9), speaker[0])
                         or _WHATEVER_BEFORE.search(masked, max(lo, speaker[0] - 13), speaker[0])
                         or _NO_OBJECT_WANTED.match(masked, c_end)):
        return None  # "watch what you want, when you want", "more than you ever wanted": the object is before
    if masked[speaker[0]:speaker[1]].lower() == "you" and (
            kind == "belief" or _AUX_BEFORE_YOU.search(masked, max(lo, speaker[0] - 8), speaker[0])) and (
            _is_question(masked, lo, hi)):
        return None  # "What do you think of ...?", "Would you say ...?": a question, not a belief or a statement
    # Where the content after the cue starts: past an addressee and adjuncts ("told reporters on
    # Monday that").
    after_pos = skip_adjuncts(masked, c_end, hi, word)
    np_start = min(speaker[0], phrase_start)
    # "as" ends the six characters before the speaker only where they hold it.
    as_lead = (_AS_LEAD.search(masked, max(lo, np_start - 6), np_start)
               if masked.find("as", max(lo, np_start - 6), np_start) >= 0 else None)
    if as_lead is not None and (
            (is_named(masked, speaker) and ends_with_quote(masked, lo, as_lead.start()))
            or (word in _SAYING_AS and masked[lo:as_lead.start()].rstrip().endswith(",")
                and rest_is_empty(masked, after_pos, hi) and not masked[after_pos:hi].lstrip().startswith(","))):
        # '"...," as Roe put it': the quotation before "as"; "The plan works, as the mayor said
        # on Monday.": the clause before it
        np_start = as_lead.start()
    if kind != "belief" or (masked[lo:np_start].rstrip().endswith(",") and masked[lo:np_start].strip(" ,")
                            and rest_is_empty(masked, after_pos, hi) and not word.startswith(("know", "knew"))
                            and masked[speaker[0]:speaker[1]].lower() not in _LINE_PERSONS):
        # A belief after its content, or around its subject ("Such efforts, they believe, will
        # fail."); not "I think" or "you know", which are asides of speech
        # 'Conceding a deal "down the line" he warned: "..."': a colon after the cue opens the content
        quote_before = (ends_with_quote(masked, lo, np_start) and not _title_before(ctx, lo, np_start)
                        and not _cited_before(ctx, lo, np_start) and not masked.startswith(":", after_pos))
        if quote_before or ((rest_is_empty(masked, after_pos, hi) or (
                word in _WRITES and masked[lo:np_start].rstrip().endswith(",")
                and _NAME_ENDS_SENTENCE.fullmatch(masked, after_pos, hi) is not None)) and (  # "..., Kennedy wrote Linick."
                word not in _GOES_ON or masked[lo:np_start].rstrip().endswith(",")) and not (
                (word in _ADD_WORDS or word in AGREE) and masked.startswith(" to ", after_pos))):
            # ("who added to her lead", "agreed to the plan": an object, not one addressed)
            content = content_left(ctx, lo, np_start)
            if content is not None:
                more = continuation(ctx, after_pos, hi)
                if not more and (not quote_before or CLAUSE_GOES_ON.match(masked, after_pos, hi)
                                 or (content and ctx.quote_at(content[0][0]) is None)):
                    # '"It's our bad luck," he said, that both men ...': the clause goes on, as it
                    # does after a clause holding a quotation ('Despite his "flaws," Roe wrote, he ...')
                    more = clause_continuation(ctx, after_pos, hi, main_clause=bool(content) and (
                        SUBORDINATE_LEAD.match(masked, content[0][0]) is not None))
                if more and (_FRONTED_ADJUNCT.match(masked, lo) or _fronted_phrase(masked, content, after_pos, hi)) and not (
                        CLAUSE_GOES_ON.match(masked, after_pos, hi) or _FINITE_NEXT.match(masked, after_pos, hi)):
                    # 'Remarking upon his "empathy," Roe said, "..."': the adjunct is no content; but
                    # in "Riding alone, they said, can be hazardous" it is the subject of the verb after
                    content = []
                content = content + more
                return Found(sent.index, sent.paragraph, speaker, (c_start, c_end), content,
                              content_kind(ctx, content, kind), appositive=appositive, antecedent=antecedent)
    if word in STANCE and masked.endswith(", which ", max(lo, np_start - 8), np_start) and (
            _CLAUSE_CLOSES.match(masked, c_end, hi)):
        # "the allegations, which Mr Ailes denies, ...": what he denies is the phrase before "which"
        object_np = _OBJECT_BEFORE_WHICH.search(masked, max(sent.start, np_start - 68), np_start - 8)
        governing = masked[max(sent.start, object_np.start() - 8):object_np.start()].split() if object_np else []
        if object_np is None or (governing and governing[-1] in _PLACE_TIME_PREPOSITIONS):
            return None  # "charges in court, which he denies", "cuts by 2011, which the Tories deny"
        return Found(sent.index, sent.paragraph, speaker, (c_start, c_end), [object_np.span()], "indirect",
                     appositive=appositive, antecedent=antecedent)
    if _SUBORDINATE_OPENING.match(masked, sent.start, np_start) and _COMMA_NEXT.match(masked, after_pos, hi):
        return None  # "After Roe testified, the panel adjourned": the main clause is not her content
    got = content_right(ctx, after_pos, hi, word)
    if got is None:
        return None
    content, marked = got
    if len(content) == 1 and _in_dashed_aside(masked, sent.start, c_start):
        # "efforts -- which Tim Cook called "total political crap" -- raise ...": what the cue
        # reports ends where the aside closes
        closing_dash = _ANY_DASH.search(masked, content[0][0], content[0][1])
        if closing_dash is not None and closing_dash.start() > content[0][0]:
            content = [trim_span(ctx.text, content[0][0], closing_dash.start())]
    quoted = _COLON_QUOTE_AFTER.match(masked, content[0][0], hi) if len(content) == 1 else None
    if quoted is not None and quoted.group(1).lower() in OBJECT_PRONOUNS:
        q = ctx.quote_at(quoted.end())
        if q is not None:
            # 'scolded him: "The scientific community is against you."': the quotation is said
            content = [trim_span(ctx.text, q.inner_start, min(q.inner_end, hi), keep_final=True)]
            marked = True
    gap = _INFINITIVE_THEN_VERB.match(masked, content[0][0]) if masked.startswith("to ", content[0][0]) else None
    if gap is not None and gap.end(1) <= content[0][1]:
        # "the divides he promised to bridge | have grown": the object is the phrase before
        # the speaker, and the clause goes on after the infinitive
        content = [(content[0][0], gap.end(1))]
    if len(content) == 1 and (_CONDITION_OPENING.match(masked, sent.start, np_start)
                              or _TIME_OPENING.fullmatch(masked, sent.start, np_start)
                              or (_AS_OPENING.fullmatch(masked, sent.start, np_start)
                                  and "," not in masked[c_end:content[0][0]]
                                  and not _ADJUNCT_FIRST.match(masked, content[0][0]))
                              or _CONDITION_BEFORE.search(masked, max(sent.start, np_start - 20), np_start)):
        main = _MAIN_CLAUSE_AFTER.search(masked, content[0][0], content[0][1])
        if main is not None:
            # "If the emails show that he erred, one aide could face ...": the main clause after
            # the condition is the writer's
            content = [trim_span(ctx.text, content[0][0], main.start())]
    if word in CALLING and (ctx.text[content[0][0]:content[0][0] + 1] in QUOTE_CHARS
                            or ctx.text[content[0][0] - 1:content[0][0]] in QUOTE_CHARS) and _INDEFINITE.match(
            masked, np_start):
        return None  # 'a popular play called "Los Hijos de Trump"': a name, not speech
    data = _data_shows(masked, lo, speaker, word)
    if data is not None and data < speaker[0]:
        speaker = (data, speaker[1])  # "The most recent polling in | Florida shows": the polling
    if word in NEEDS_MARKER and not marked and data is None and not (
            word in _CLAUSE_NO_THAT and _clause_object(masked, content[0][0], content[0][1], word)
            and not _NOUN_AFTER_BEFORE.search(masked, max(lo, c_start - 30), c_start)) and not (
            word in CALLING and (_NAMED_AS.match(masked, content[0][0]) or (
                _WHAT_BEFORE.search(masked, max(lo, np_start - 6), np_start)
                and masked[content[0][0]:content[0][1]].lower() not in _OBJECT_ALONE))) and not (
            word in _EXPECT and _OBJECT_TO.match(masked, content[0][0])) and not (
            word in _PROMISE and _TO_ACT.match(masked, content[0][0])) and not (
            word in _BOAST and masked.startswith((" of ", " about "), c_end)):
        return None  # "assumed office", "boasts a 45-point lead": no statement
    if word.rpartition(" ")[2] in PREPOSITIONAL and _STRANDED.match(masked, content[0][0]):
        return None  # "the rugby the crowd had hoped for | rarely came": the object is before
    if _adds_to(masked, word, content[0][0], marked):
        return None
    if word == "ordered" and _AMOUNT.match(masked, content[0][0]):
        return None  # "ordered 30 Airbus planes": a purchase, not a directive
    if word in _WRITE and not marked and _WRITTEN_WORK.match(masked, content[0][0], content[0][1]):
        return None  # "wrote a book that inspired the film", "wrote to investors": writing, not a statement
    if _not_content(ctx, got, word):
        return None
    if antecedent is not None and len(content) == 1 and masked[lo:speaker[0]].rstrip().endswith(("—", "–")):
        dash = _DASH_IN.search(masked, content[0][0], content[0][1])
        if dash is not None:
            content = [trim_span(ctx.text, content[0][0], dash.start())]  # "— which read X —": the aside ends
    if (kind == "belief" and word.endswith("ing") and len(content) == 1 and not before.endswith(",")
            and c_start - speaker[1] <= 1):
        main = _AUX_IN_CONTENT.search(masked, content[0][0], content[0][1])
        if main is not None and not _FINITE_IN.search(masked, content[0][0], main.start()):
            # "Anyone expecting Trump to pivot | should remember ...": the people who expect it
            # are the subject of the main clause, whose verb ends what they expect
            content = [trim_span(ctx.text, content[0][0], main.start())]
    if antecedent is not None and len(content) == 1 and _PREPOSITION_OPENING.fullmatch(masked, sent.start, antecedent[0]):
        comma = masked.find(",", content[0][0], content[0][1])
        if comma > content[0][0]:
            content = [trim_span(ctx.text, content[0][0], comma)]  # "Among those who said ..., | most backed Roe"
    if antecedent is not None and len(content) == 1 and masked[lo:speaker[0]].rstrip().endswith(","):
        # "Roe, who brags he has held more town halls, needs a win": the aside closes before
        # its antecedent's verb
        close = _last_aside_end(masked, content[0])
        if close < content[0][1]:
            content = [trim_span(ctx.text, content[0][0], close)]
    if _WHAT_BEFORE.search(masked, max(lo, np_start - 6), np_start) or (antecedent is not None and word in STANCE):
        # "in what Roe called a 'rough week', ...", "The group, which backed Roe, is ...": the
        # object ends the phrase
        content = _object_of_free_relative(masked, content)
    return Found(sent.index, sent.paragraph, speaker, (c_start, c_end), content,
                  content_kind(ctx, content, kind), appositive=appositive, antecedent=antecedent)


def _in_dashed_aside(masked: str, start: int, end: int) -> bool:
    """Whether an aside that a dash opens in ``masked[start:end]`` is still open at ``end``."""
    if masked.find("-", start, end) < 0 and masked.find("—", start, end) < 0 and masked.find("–", start, end) < 0:
        return False
    return len(_ANY_DASH.findall(masked, start, end)) % 2 == 1


# '"...," he went on.' and "..., he went on." credit what is before them; "the list goes on." does not.
_GOES_ON: Final = frozenset(("went on", "goes on"))
# Writing to someone named alone after the cue ("..., Kennedy wrote Linick."): the one written to.
_WRITES: Final = frozenset("wrote writes emailed emails texted".split())
_NAME_ENDS_SENTENCE: Final = re.compile(r"\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}\s*[.!?]?[”\"]?\s*")
# An object pronoun alone: in "what they called it", nothing is named.
_OBJECT_ALONE: Final = frozenset("it them him her this that".split())
# "in what Roe called a 'rough week', ...": a free relative, whose object ends the phrase.
_WHAT_BEFORE: Final = re.compile(r"\bwhat\s+$", re.IGNORECASE)
_WHATEVER_BEFORE: Final = re.compile(r"\b(?:whatever|everything|anything|all|than)\s+$", re.IGNORECASE)
# What follows a wanted thing that is no object: the thing is before the verb.
_NO_OBJECT_WANTED: Final = re.compile(r"\s*(?:[,.;:!?]|$|\s*(?:and|or|but|when|whenever|where|wherever|anywhere|to\s+be\s*[,.])\b)")
_PHRASE_END: Final = re.compile(r"[,;:](?=\s)|\s[—–]")


def _object_of_free_relative(masked: str, content: list[Span]) -> list[Span]:
    """``content`` cut at the first comma, semicolon, colon or dash of its first span."""
    start, end = content[0]
    stop = _PHRASE_END.search(masked, start, end)
    if stop is None or stop.start() == start:
        return content
    return [(start, stop.start())]


# Words opening an unmarked object that is not reported content: a place or medium ("wrote in
# the Post"), or a particle of another verb ("showed up in").
_NOT_CONTENT: Final = re.compile(r"(?:on|in|under|at|from|for|with|by|via|through|before|after|"
                          r"during|up|down|off|away|than)\s",
                          re.IGNORECASE)




# What the unmarked content opens with when it is a clause after a fronted clause of its own
# ("says | before a new body is set up, an assessment should be made"), not a place or a manner.
_FRONTED_IN_CONTENT: Final = re.compile(
    r"(?:before|after|until|unless|once|when|if)\s[^,;:\x00]{3,80},\s+(?:[\w’'-]+\s+){1,5}?"
    r"(?:would|will|could|can|should|must|may|might|is|are|was|were|has|have|had)\b")


# Not a time after "called the police": "a day later", "the next morning", "an hour ago".
_NOT_A_TIME: Final = (r"(?!(?:day|week|month|year|few|couple|number|dozen|lot|total|bit|while|moment|minute|hour|"
               r"second|half|time|next|following|same|previous|other|night|morning|afternoon|evening|"
               r"weekend)\b)")
# "called him a liar", "called the incident a reason to act": an object, then what it was called;
# "called him divisive", "called herself pro-choice": a pronoun, then how it was called (not "called
# him on Tuesday", "called them back").
_NAMED_AS: Final = re.compile(r"(?:him|her|them|it|himself|herself|themselves|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,5}|"
                       r"(?:the|his|her|their|its)\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*)?)\s+(?:(?:a|an|the)\s+|(?:his|her|their|its)\s+(?!homes?\b))"
                       + _NOT_A_TIME +  # (or a possessive: "called her son her hero"; "calls Ohio her home": she lives there)
                       # "called her vote in favor of the war a mistake": a longer object, then "a"
                       r"|(?:the|his|her|their|its|this|that|these|those)\s+[a-z][\w’'-]*(?:\s+[\w’'-]+){1,8}?"
                       r"\s+(?:a|an)\s+" + _NOT_A_TIME +
                       # "called Clinton unqualified", "called the actions lawful": an adjective
                       r"|(?:him|her|them|it|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}|(?:the|his|her|their|its)\s+[a-z]+)"
                       r"\s+(?:un[a-z]+|(?:anti|pro)-[a-z]+|[a-z]+(?:able|ible|ful|less|ous|ive|ic|al|ist))\s*(?:[.,;]|$|(?:and|or)\s)"
                       r"|(?:him|them|himself|herself|themselves|itself)\s+(?:very\s+|too\s+|so\s+)?"
                       r"(?!(?:on|in|at|to|from|for|with|back|up|out|off|over|about|after|before|into|by|and|or|"
                       r"but|this|that|last|next|again|yesterday|today|twice|once|directly|personally)\b)"
                       r"[a-z][\w’'-]*(?:-[a-z]+)?\s*(?:[.,;]|$|and\s)")


# "expect Mr. Kim to be reappointed": an expectation about someone.
_EXPECT: Final = frozenset("expect expects expected".split())
_OBJECT_TO: Final = re.compile(r"(?!to\s)(?:[\w’'.-]+\s+){1,4}to\s")
# "pledged to bolster its military": a promise to act, as "vowed to" is (not "pledged to Clinton",
# "pledged to the nominee": delegates bound to a candidate).
_PROMISE: Final = frozenset(("pledged",))
_ADD: Final = frozenset("add adds added adding".split())


def _adds_to(masked: str, word: str, content_start: int, marked: bool) -> bool:
    """Whether a cue of adding, with unmarked content opening with "to", is an increase rather than
    a statement ("adding to her run of victories")."""
    return word in _ADD and not marked and masked.startswith("to ", content_start)
# "boasted of his skills", "boasts about the record": what is boasted of (a bare object is a thing had).
_BOAST: Final = frozenset("boasted boasts boasting".split())
# Mentioning takes a noun phrase: an infinitive or a conjunction after it is no object.
_MENTION: Final = frozenset("mentioned mentions mentioning mention".split())
_NOT_MENTIONED: Final = re.compile(r"(?:to|but|and|or|that|as|in\s+(?:passing|the|a|an|his|her|its|their))\b", re.IGNORECASE)
# Pointing at a thing in sight: a body part, the sky, a sign ("pointing to her ears").
_POINTING: Final = frozenset(("pointed to", "pointing to"))
_POINTED_AT: Final = re.compile(r"(?:(?:his|her|their|my|its|the|a)\s+)?(?:own\s+)?(?:head|ears?|eyes?|mouth|nose|face|chest|"
                         r"heart|arms?|hands?|fingers?|feet|foot|legs?|temple|forehead|hair|stomach|wrist|watch|"
                         r"sky|ceiling|floor|ground|door|window|screen|map|crowd|audience|stage|sign|board|"
                         r"camera|podium|building|house|tower|field|pitch)\b", re.IGNORECASE)
_TO_ACT: Final = re.compile(r"to\s+(?!(?:the|a|an|his|her|their|its|our|my|this|that|these|those|him|them)\s)[a-z]")


# Cues that need a marker unless a clause with its own subject and verb follows ("Roe claims his
# plan works", not "filed claims", "knew him").
_CLAUSE_NO_THAT: Final = NEEDS_MARKER - {"charged", "charges", "called", "calls", "calling"}
# "amid opposition claims he was ...": a noun after a preposition of circumstance
_NOUN_AFTER_BEFORE: Final = re.compile(r"\b(?:amid|despite|following|over|after|with|of)\s+[\w’'-]+\s+$", re.IGNORECASE)
# A clause opened by a name and an auxiliary ("claims Roe was paid"), for a cue that is no noun
# before a title ("the show Baywatch has won") nor "went on".
_NAMED_CLAUSE_OBJECT: Final = re.compile(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}\s+(?:is|are|was|were|has|have|had|will|"
                                  r"would|can|could|may|might|must|should|"
                                  # or a verb in the present or past ("claims Roe runs a network")
                                  r"(?:[a-z]+ly\s+)?[a-z]{2,}(?<![su]s)(?:s|ed)\s+(?:a|an|the|his|her|their|its|to|that|[a-z]+\s))\b")
_NOT_BEFORE_NAMED_CLAUSE: Final = SHOW_WORDS | _GOES_ON


def _clause_object(masked: str, start: int, end: int, word: str) -> bool:
    """Whether the object of ``word`` at ``start``-``end`` is a clause without "that" (see
    :data:`_CLAUSE_OBJECT` and :data:`_NAMED_CLAUSE_OBJECT`)."""
    return _CLAUSE_OBJECT.match(masked, start, end) is not None or (
        word not in _NOT_BEFORE_NAMED_CLAUSE and _NAMED_CLAUSE_OBJECT.match(masked, start, end) is not None)


_CLAUSE_OBJECT: Final = re.compile(r"(?:(?:he|she|they|we|I|there)\s+(?:[a-z]+ly\s+)?(?:[a-z]+(?:s|ed)|is|are|was|were|has|have|had|"
                            r"will|would|can|could|may|might|must|should|did|does|do)"
                            # "it" with an auxiliary ("indicated it would give"), not "found it hard"
                            r"|it\s+(?:[a-z]+ly\s+)?(?:is|was|has|had|will|would|can|could|may|might|must|should|did|does)"
                            # a pronoun with its auxiliary contracted ("claims he's worth")
                            r"|(?:he|she|they|we|I|it|there)['’](?:s|re|m|d|ll|ve)"
                            # ... or with a negation ("felt she wasn't taken seriously")
                            r"|(?:he|she|they|we|I|it|there)\s+(?:is|are|was|were|has|have|had|would|could|should|did|does|do|ca|wo)n['’]t"
                            # a noun phrase, with no pronoun inside ("knew the rights he was giving up")
                            r"|(?:his|her|their|its|our|my|the|a|an|all|most|many|some|every|each|these|those)\s+(?:(?!(?:he|she|they|we|I|you|it|and|or|but|that|which|who)\s)[\w’'-]+\s+){0,4}?"
                            r"(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should))\b")


def _data_shows(masked: str, lo: int, speaker: Span, word: str) -> int | None:
    """Where the source of evidence before "show" or "find" starts ("Recent polls show ..."), or
    ``None`` when the phrase names none."""
    if word not in SHOW_WORDS:
        return None
    words = masked[speaker[0]:speaker[1]].lower().split()
    if any(w in DATA_SOURCES for w in words[:6] + words[-2:]):
        return speaker[0]  # "An analysis by ...", "new polls"
    # "The poll by the Public Policy Institute showed": the phrase found names the poll's author,
    # who speaks; in "polling in Florida shows" it names a place, and the polling speaks
    if masked[speaker[0]:speaker[1]].isdigit():
        # "An analysis by Pew of elections going back to | 1972 showed": a year ends the phrase
        # of the source, which names what shows
        earlier = _DATA_EARLIER.search(masked, max(lo, speaker[0] - 160), speaker[0])
        phrase = left_speaker(masked, lo, earlier.end(1) + 1) if earlier is not None else None
        return phrase[0] if isinstance(phrase, tuple) else None
    before = _DATA_BEFORE.search(masked, max(lo, speaker[0] - 80), speaker[0])
    if before is None:
        return None
    if before.group(2).lower() not in ("in", "out"):
        return speaker[0]
    source = left_speaker(masked, lo, before.end(1))
    return source[0] if isinstance(source, tuple) else before.start()


_DATA_BEFORE: Final = re.compile(r"\b(" + "|".join(sorted(DATA_SOURCES)) + r")\s+(?:[a-z]+\s+){0,3}"
                          r"(by|of|from|for|in|out)\s+(?:[\w’'.-]+\s+){0,4}$", re.IGNORECASE)


# A source of evidence earlier in the same clause.
_DATA_EARLIER: Final = re.compile(r"\b(" + "|".join(sorted(DATA_SOURCES)) + r")\s[^,;:.!?\x00]*$", re.IGNORECASE)


def _listed_after(masked: str, last: Found, c_start: int, c_end: int, word: str) -> bool:
    """A cue in a list of the same speaker's acts, right after the last statement's content
    ('He suggested it was over, called her "third-rate" and left')."""
    if not last.content or not word.endswith("ed") or _NAME_NEXT.match(masked, c_end):
        return False  # ', reported the Daily News': an inverted cue with its own speaker
    return masked[last.content[-1][1]:c_start].strip() == ","


_NAME_NEXT: Final = re.compile(r"\s+(?:the\s+)?[A-Z]")


def _named_at_end(masked: str, c_end: int, hi: int, before: str) -> bool:
    """Whether a name closes the sentence after the cue, after a clause whose "which" aside ends
    before the cue ("... growth, which has led to wealth, says | the BBC's Louisa Lim in Beijing."):
    the cue is inverted, not the verb of the aside's antecedent."""
    aside = RELATIVE_ASIDE.search(before[-250:])
    if aside is None or not aside.group().lstrip(", ").startswith("which"):
        return False
    right = right_speaker(masked, c_end, hi)
    if right is None or right[1] is not None or not is_named(masked, right[0]):
        return False
    return not masked[right[0][1]:hi].strip(" .") or _IN_PLACE_END.fullmatch(masked, right[0][1], hi) is not None


# A place after a name closing the sentence ("... Louisa Lim | in Beijing.").
_IN_PLACE_END: Final = re.compile(r"\s+in\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*\s*[.!?]?\s*")


def _not_content(ctx: Context, got: tuple[list[Span], bool], word: str) -> bool:
    """True for an unmarked object that says where or how, not what: "wrote on his blog",
    "responded first", "asking for anonymity"; for what is no object of the cue ``word``: "the
    companies she mentioned | to protect", "pointing to | her ears"."""
    content, marked = got
    if marked:
        return False
    start = content[0][0]
    return ((_NOT_CONTENT.match(ctx.masked, start) is not None and _FRONTED_IN_CONTENT.match(ctx.masked, start) is None)
            or ctx.text[start:content[-1][1]].lower() in NOT_CONTENT_WORDS
            or (word in _MENTION and _NOT_MENTIONED.match(ctx.masked, start) is not None)
            or (word in _POINTING and _POINTED_AT.match(ctx.masked, start) is not None))




def _title_before(ctx: Context, lo: int, np_start: int) -> bool:
    """True when the quotation just before the speaker is a short title in title case ('On Fox's
    "Hannity," Newt Gingrich said ...'), so the content is not that quotation."""
    q = ctx.quote_at(len(ctx.masked[:np_start].rstrip().rstrip(",")) - 1)
    if q is None or q.start < lo:
        return False
    if q.words_up_to(ctx.text, 5) <= 4 and _PLACE_BEFORE.search(ctx.masked, max(lo, q.start - 60), q.start) is not None:
        return is_title(ctx.text, q)
    # a work named after its kind ("In his 2002 book, ''Make Your Kid a Millionaire,'' Roe ...")
    return (_WORK_BEFORE.search(ctx.masked, max(lo, q.start - 24), q.start) is not None
            and q.words_up_to(ctx.text, 11) <= 10 and is_title(ctx.text, q))


_PLACE_BEFORE: Final = re.compile(r"\b(?:on|in|at|during|to|for|from|with|of)\b[^,.;:!?\x00]{0,40}$", re.IGNORECASE)
# A kind of work, then its title in quotation marks.
_WORK_BEFORE: Final = re.compile(r"\b(?:book|film|movie|song|album|article|column|essay|memoir|novel|documentary|"
                          r"op-ed|play|poem|series|show)s?\s*,?\s*$", re.IGNORECASE)


def _cited_before(ctx: Context, lo: int, np_start: int) -> bool:
    """True when the quotation before the speaker is the object of a participle ('Citing
    "obligations in Tennessee," the spokeswoman told ...'), not what the speaker says."""
    q = ctx.quote_at(len(ctx.masked[:np_start].rstrip().rstrip(",")) - 1)
    return q is not None and q.start >= lo and _PARTICIPLE_LEAD.fullmatch(ctx.masked, lo, q.start) is not None


_PARTICIPLE_LEAD: Final = re.compile(r"\s*[A-Za-z]+ing\s+")
# The head noun of a phrase, in lower case, before any phrase after it ("the author | of the book").
_HEAD_OF_PHRASE: Final = re.compile(r"(?:[^\s\x00]+\s+)*?([a-z]+)(?=$|\s+(?:of|at|for|from|in|on|by|with)\s)")
_NAME_AFTER_DESCRIPTION: Final = re.compile(r",\s*(?P<np>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3})\s*,\s*$")


def _named_with_appositive(masked: str, lo: int, c_start: int) -> bool:
    """True when the clause before the cue is a name and an aside and nothing else: 'Jeff
    Sessions, a Trump supporter, said ...' names the speaker; it is not reported content."""
    aside = interrupted_subject(masked, lo, c_start)
    if aside is not None and aside[1] is not None and _fronted_lead(masked[lo:aside[0][0]], closed=True):
        # "Ben Carson, speaking with the board, called the incident a reason ...", "In a
        # statement, the lawyer, Justin Bamberg, said the videos show ..."
        return True
    m = APPOSITIVE_LEFT.search(masked, max(lo, c_start - 200), c_start)
    return m is not None and _fronted_lead(masked[lo:m.start()])


def _fronted_lead(lead: str, *, closed: bool = False) -> bool:
    """Whether what opens a clause before its subject is nothing, an opening word ("But") or a
    short phrase (``closed``: a connective, or a phrase a comma ends, "In a statement,"; not
    "With" opening "With Apple's iPod topping wish lists, ...")."""
    bare = lead.strip(" ,")
    if not bare or bare.lower() in (_CONNECTIVES if closed else SENTENCE_OPENERS):
        return True
    return (not closed or lead.rstrip().endswith(",")) and len(bare.split()) <= 3 and not any(
        c in bare for c in ",;:\x00\"“”")




_CONNECTIVES: Final = frozenset("but and so yet still however also meanwhile now then indeed".split())
# What follows "according to X," that describes X rather than going on with the content.
_SOURCE_ASIDE: Final = re.compile(r"(?:who|whom|whose|which|where|that|a|an|the|and)\b|[a-z]+ing\b"
                           r"|(?!(?:is|was|were|are|has|have|had|will|would|could|can|may|might|should|must|did|"
                           r"does|do)\b)(?:[a-z-]+\s+){1,3}(?:of|at|for)\s")  # "editor of the magazine"
# An appositive after the source of a fronted "according to" ("According to Roe, an analyst at
# the bank, prices rose"): the content starts after it.
_APPOSITIVE_AFTER_SOURCE: Final = re.compile(
    r",\s+(?:(?:a|an)\s+(?:[a-z-]+\s+){0,3}(?:[a-z-]+)(?:\s+(?:of|at|for|with)\s+[^,;:\x00]{1,60})?"
    # or a title of a body ("According to Roe, President of AMBO, ...")
    r"|(?:[A-Z][a-z-]+\s+){0,2}[A-Z][a-z-]+\s+(?:of|at|for)\s+[^,;:\x00]{1,60}),")


# The source after "according to": up to a comma, a dash or the sentence's end; abbreviations
# ("F.A.A. records", "Yulia V. Tymoshenko") may hold periods.
_ACCORDING_NP: Final = re.compile(r"\s+(?P<np>(?:[^,;:.!?\x00\"“”]|\.(?!\s*$)){1,150}?)\s*"
                           r"(?=[,;:!?]|\s[-—–]\s|\.\s*$|$)")


# "asked by host John Dickerson whether ...": the one who asks, then the question.
_ASKED_BY: Final = re.compile(
    r" by\s+(?P<np>(?:(?:the|a|an|host|moderator|reporter)\s+)*(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*|"
    r"(?:the|a|an|one)\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*)?)\s+"
    r"(?=(?:whether|if|about|to|why|what|how|who|when|where)\b)")


# "as (first) reported by X": X is the source of the clause, as with "according to X"; in "The
# move was first reported by X" the source of the subject.
_AS_REPORTED_BY: Final = re.compile(r"(?:\b[Aa]s|\b(?:was|were|has\s+been|had\s+been))\s+"
                             r"(?:(?:first|originally|previously|initially)\s+)?"
                             r"(?:reported|noted|written|published|revealed|disclosed|described|characteri[sz]ed)\s+by")


def _asked_by(ctx: Context, sent: Sentence, c_start: int, c_end: int) -> Found | None:
    """'Asked by Matt Lauer whether she had practiced, she said ...': the asker and the question."""
    m = _ASKED_BY.match(ctx.masked, c_end, sent.end)
    if m is None:
        return None
    got = content_right(ctx, m.end(), sent.end, "asked")
    if got is None:
        return None
    return Found(sent.index, sent.paragraph, m.span("np"), (c_start, c_end), got[0],
                 content_kind(ctx, got[0], "indirect"))


# A subordinating conjunction or "that" right before "according to": its clause follows the source.
_LINK_BEFORE: Final = re.compile(r"(?<![\w'’-])(?:because|since|although|though|while|that|whereas|when|if|"
                          r"where)\s*,?$", re.IGNORECASE)


# A name, then a clause that no comma sets off ("According to Ofcom | there were ...").
_NAME_THEN_CLAUSE: Final = re.compile(r"(?P<name>(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+(?:of\s+)?[A-Z][\w’'.&-]*)*)\s+"
                               r"(?=(?:there|it|he|she|they|we|the|a|an|more|most|some|many)\s)")


# A sentence opening with the poll, survey, study or report that its clause reports ("In a CNN
# poll released Monday, Roe led Doe by 5 points"): the document and what follows the comma. Not
# someone's own report ("In his pre-Budget report, Mr Brown forecast ..."): its author acts in it.
_IN_DOCUMENT: Final = re.compile(
    r"(?P<cue>In)\s+(?P<np>(?:a|an|the|this|that|[A-Z][\w’'./-]*)\s+[^,;:\x00]{0,60}?"
    r"\b(?:poll|polls|survey|surveys|study|report|analysis)"
    r"(?:\s+(?:released|published|conducted|carried|taken|issued|commissioned|by|of|from|for|last|"
    r"this|on|in)\b[^,;:\x00]{0,60})?)"
    r"(?:,\s+(?:released|published|conducted|carried|taken|issued|commissioned)\b[^,;:\x00]{0,60})?"
    r"\s*,\s+(?=[A-Z0-9])")


def _in_document(ctx: Context, sent: Sentence) -> Found | None:
    """The statement of a document that opens the sentence with "In": "In the latest Gallup
    poll, Roe leads by 5 points" is the poll's; ``None`` when the sentence does not open so."""
    m = _IN_DOCUMENT.match(ctx.masked, sent.start, sent.end)
    if m is None:
        return None
    content = content_trim(ctx, m.end(), sent.end)
    if content[1] - content[0] < 3:
        return None
    return Found(sent.index, sent.paragraph, m.span("np"), m.span("cue"), [content],
                  content_kind(ctx, [content], "indirect"))


def _match_according(ctx: Context, sent: Sentence, m: re.Match[str]) -> Found | None:
    """'according to X' before or after its content."""
    masked, lo, hi = ctx.masked, sent.start, sent.end
    np = _ACCORDING_NP.match(masked, m.end(), hi)
    if np is None:
        return None
    n_start, n_end = np.span("np")
    run_on = _SENTENCE_AFTER_NAME.search(masked, n_start, n_end)
    if run_on is not None and masked[run_on.start():run_on.start("cut")].rstrip(".").lower() not in MONTHS:
        # "according to Pew Research 44% of searchers use ...", "according to analysts Gartner More
        # than 167 million ...": the next sentence, its period missing, runs on after the name
        n_end = run_on.start("cut")
    opened = masked.rfind("(", lo, m.start())
    if opened >= 0 and masked.find(")", opened, m.start()) < 0:
        close = masked.find(")", m.end(), hi)
        if close >= 0 and close <= n_end:
            # "Iowa (93 percent were white, according to exit polls) and ...": the source ends at
            # the bracket, and what it says is the bracket's text before it
            n_end = len(masked[:close].rstrip())
            if n_end <= n_start:
                return None
            if masked[opened + 1:m.start()].strip(" ,"):
                content = [content_trim(ctx, opened + 1, m.start())]
            else:  # "The plan (according to the Treasury) costs £2bn": the sentence around the bracket
                content = [content_trim(ctx, lo, opened), content_trim(ctx, close + 1, hi)]
            content = [c for c in content if c[1] - c[0] >= 3]
            if not content:
                return None
            return Found(sent.index, sent.paragraph, (n_start, n_end), (m.start(), m.end()), content,
                          content_kind(ctx, content, "indirect"))
    before = masked[lo:m.start()].strip()
    if not before:
        run_on = _NAME_THEN_CLAUSE.match(masked, n_start, n_end)
        if run_on is not None:
            n_end = run_on.end("name")  # "According to Ofcom there were ...": no comma after the source
    if not before or before.rstrip(" ,").lower() in _CONNECTIVES or _LINK_BEFORE.search(before):
        # "..., because, according to Roe, the media would ...": the clause after the source
        aside = _APPOSITIVE_AFTER_SOURCE.match(masked, n_end, hi)
        start = aside.end() if aside is not None else n_end + 1
        content = [content_trim(ctx, start, before_phrase_after_quote(ctx, start, hi))]
    else:
        dateline = DATELINE.match(masked, lo, m.start())
        content = [content_trim(ctx, dateline.end() if dateline else lo, m.start())]
        tail = masked[n_end:hi].strip(" ,.")
        if tail and not _SOURCE_ASIDE.match(tail):
            content.append(content_trim(ctx, n_end + 1, hi))
    content = [c for c in content if c[1] - c[0] >= 3]
    if not content:
        return None
    return Found(sent.index, sent.paragraph, (n_start, n_end), (m.start(), m.end()), content,
                  content_kind(ctx, content, "indirect"))


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
    ctx, found = _find_all(doc, join_follow_on=join_follow_on)
    resolve_speakers(ctx, found, actors)
    return _records(doc, found)


def resolve_mentions(doc: Segmented, spans: list[Span], *,
                     actors: ActorList | None = None) -> list[tuple[str, str, str | None]]:
    """Name, type and role of a speaker phrase at each of ``spans`` ("he", "Trump"), resolved as
    :func:`attribute` resolves speakers: in reading order among the article's own attributions.

    A span that an attribution's speaker phrase overlaps gets that attribution's first speaker;
    any other is read as the speaker of a statement there, after the attributions before it.
    Measures resolution on a mention given from outside (a hand label), whether or not the
    article's cue for it is one the project finds.

    >>> from analysis.models import Article
    >>> from analysis.segment import segment
    >>> doc = segment(Article(id="x", text="Jane Roe won. She pleaded guilty."))
    >>> [n for n, _, _ in resolve_mentions(doc, [(14, 17)])]
    ['Jane Roe']
    """
    actors = actors if actors is not None else load_actors()
    ctx, found = _find_all(doc)
    asked: dict[Span, Found] = {}
    for span in spans:
        if any(f.mention and f.mention[0] < span[1] and span[0] < f.mention[1] for f in found):
            continue
        asked[span] = Found(-1, -1, span, None, [], "indirect")
    if asked:
        by_place = sorted(asked.values(), key=lambda f: f.mention[0])  # type: ignore[index]
        merged: list[Found] = []
        for item in found:
            where = item.mention or item.cue or (item.content[0] if item.content else None)
            while by_place and where is not None and by_place[0].mention[0] < where[0]:  # type: ignore[index]
                merged.append(by_place.pop(0))
            merged.append(item)
        found = merged + by_place
    resolve_speakers(ctx, found, actors)
    out: list[tuple[str, str, str | None]] = []
    for span in spans:
        hit = asked.get(span) or next(
            (f for f in found if f.mention and f.mention[0] < span[1] and span[0] < f.mention[1]), None)
        if hit is not None and hit.speakers:
            name, kind, role, _ = hit.speakers[0]
            out.append((name, kind, role))
        else:
            out.append((doc.text[span[0]:span[1]], "unknown", None))
    return out


def _find_all(doc: Segmented, *, join_follow_on: bool = True) -> tuple[Context, list[Found]]:
    """The article's attributions as found, in reading order, before speakers are resolved."""
    text = doc.text
    quotes = find_quotes(text, [(p.start, p.end) for p in doc.paragraphs])
    # A horizontal bar ("―") is read as the dash it stands for.
    masked = mask_quotes(text, quotes).replace("\u2015", "\u2014")
    ctx = Context(text, masked, quotes, [q.start for q in quotes],
                   {p.start: p.end for p in doc.paragraphs if not p.boilerplate}, cue_candidates(masked))
    found: list[Found] = []
    last: Found | None = None
    prev: Sentence | None = None
    credits = dash_credits(ctx, doc)
    line: Found | None = None  # the last speaker line: it claims its paragraph
    prev_found = False  # whether the sentence before held a statement
    for sent in doc.sentences:
        if sent.boilerplate or sent.end <= sent.start:
            continue
        if sent.paragraph in credits:
            credit = credits[sent.paragraph]
            if credit is not None and sent.index == credit.sentence:
                found.append(credit)
                last = credit
            prev, prev_found = sent, credit is not None and sent.index == credit.sentence
            continue
        if _holds_nothing(ctx, sent):
            prev, prev_found = sent, False
            continue
        items = _find_in_sentence(ctx, sent)
        if line is not None and sent.paragraph == line.paragraph:
            items = [i for i in items if not _said_by_line_speaker(ctx.masked, i) and i.kind != "belief"]
        bare = bare_cue_lead(ctx, sent, prev) if not items and prev is not None and not prev_found else None
        if bare is not None:
            items = [bare]  # 'Doe agreed. "..."': Doe's, not a follow-on of the statement before
        if not items:
            follow = follow_on(ctx, sent, last)
            if follow is not None and join_follow_on and last is not None:
                # One speaker's consecutive quotations are one statement (the PolNeAR convention).
                last.content.extend(follow.content)
                last.kind = last.kind if last.kind in ("direct", "belief") else "mixed"
                last.sentence = sent.index
                last.paragraph = sent.paragraph
                prev_found = True
                continue
            if follow is not None:
                items = [follow]
            elif prev is not None:
                lead = lead_quote(ctx, sent, prev)
                items = [lead] if lead is not None else []
        items.extend(embedded_quotes(ctx, sent, items, last))
        line = next((i for i in items if i.line), line)
        found.extend(items)
        prev_found = bool(items)
        if items:
            # A quotation after the sentence goes on with its last statement of speech: in
            # 'said Roe, who praised the plan. "..."', with what Roe said; in 'Roe said ..., according
            # to the paper. "..."', with what Roe said, not with the report of it.
            last = next((i for i in reversed(items) if not _is_stance(ctx, i) and not any(
                _nested_in(other, i) for other in items if other is not i)), items[-1])
            if last.antecedent is not None:
                # '"...," said Roe, who said she left. "...": Roe's statement goes on
                last = next((i for i in items if i.mention == last.antecedent), last)
        prev = sent
    if join_follow_on:
        _run_on_to_later_cue(ctx, doc, found)
    return ctx, found


def _run_on_to_later_cue(ctx: Context, doc: Segmented, found: list[Found]) -> None:
    """Give quotation paragraphs that run on unclosed into a credited quotation to that
    quotation's statement: in '"Q1," Roe said. / "Q2 ... / "Q3," Roe continued.', Q2 is
    part of what "continued" credits (it runs on into Q3), not a follow-on of Q1."""
    paragraphs = doc.paragraphs
    starts = [p.start for p in paragraphs]
    owner: dict[Span, Found] = {span: f for f in found for span in f.content}
    for b in found:
        if b.cue is None or b.mention is None or not b.content:
            continue
        first = min(b.content)
        q = ctx.quote_at(first[0])
        if q is None or ctx.text[q.inner_start:first[0]].strip():
            continue
        i = bisect.bisect_right(starts, q.start) - 1
        if i <= 0 or ctx.text[paragraphs[i].start:q.start].strip():
            continue  # the quotation does not open its paragraph
        a: Found | None = None
        moved: list[Span] = []
        for para in reversed(paragraphs[:i]):
            quotes = ctx.quotes_between(para.start, para.end)
            if not quotes or quotes[-1].closed:
                break  # no quotation running on out of the paragraph
            last = quotes[-1]
            spans = [s for s in owner if last.start <= s[0] < para.end]
            if not spans or any(owner[s] is not owner[spans[0]] for s in spans):
                break
            o = owner[spans[0]]
            if o is b or (a is not None and o is not a):
                break
            own = (o.cue is not None and o.cue[0] >= para.start) or min(o.content)[0] >= para.start
            if own and ((o.cue is not None and o.cue[0] >= last.start) or min(o.content)[0] >= last.start):
                break  # the statement's own quotation
            a = o
            moved = spans + moved
            if own or ctx.text[para.start:last.start].strip():
                break  # a quotation opened after the statement's cue, in its paragraph
        if a is None or not moved or max(a.content) > max(moved):
            continue
        a.content = [s for s in a.content if s not in moved]
        b.content = sorted(moved) + b.content
        for span in moved:
            owner[span] = b


# Subjects that, in a transcript's speaker line, are its speaker or the one addressed.
_LINE_PERSONS: Final = frozenset("i we you".split())


def _said_by_line_speaker(masked: str, item: Found) -> bool:
    """Whether ``item``'s speaker is "I", "we" or "you": inside a speaker line ("FALLIN: I think
    ..."), part of what the line's speaker says."""
    return item.mention is not None and masked[item.mention[0]:item.mention[1]].lower() in _LINE_PERSONS


def _is_stance(ctx: Context, item: Found) -> bool:
    """Whether ``item``'s cue is a stance or a belief ("praised", "thinks"), not speech."""
    return item.cue is not None and ctx.text[item.cue[0]:item.cue[1]].lower() in NOT_SPEECH


def _holds_nothing(ctx: Context, sent: Sentence) -> bool:
    """True when nothing can be found in ``sent``: it holds no cue word, no quotation begins in
    it and it is no speaker line (none opens a paragraph without a colon). Such a sentence has no
    cue, colon quotation, follow-on, lead or embedded quotation of its own."""
    candidates, masked, lo, hi = ctx.cue_candidates, ctx.masked, sent.start, sent.end
    if candidates is None or (lo in ctx.paragraph_starts and masked.find(":", lo, hi) >= 0):
        return False
    if masked.startswith("In ", lo) and _IN_DOCUMENT.match(masked, lo, hi) is not None:
        return False  # "In a CNN poll, ...": the poll's statement
    i = bisect.bisect_left(candidates, lo)
    if i < len(candidates) and candidates[i] < hi:
        return False
    if 0 < hi < len(masked) and _RUN_CHAR.match(masked, hi) and _RUN_CHAR.match(masked, hi - 1):
        return False  # a word the sentence's end cuts: :func:`find_cues` tries it
    j = bisect.bisect_left(ctx.starts, lo)
    return not (j < len(ctx.starts) and ctx.starts[j] < hi)


def _records(doc: Segmented, found: list[Found]) -> list[Attribution]:
    """One record per speaker of each statement in ``found`` that has content and a speaker;
    statements are numbered from 1 in order."""
    text = doc.text
    size = len(text)
    article_id = doc.article.id
    out: list[Attribution] = []
    statement = 0
    for item in found:
        if not item.speakers:
            continue
        spans = tuple(sorted({(s, e) for s, e in item.content if 0 <= s < e <= size}))
        if not spans:
            continue
        statement += 1
        content = " ".join([text[s:e] for s, e in spans])
        cue = item.cue
        cue_text, cue_start, cue_end = (text[cue[0]:cue[1]], cue[0], cue[1]) if cue else (None, None, None)
        for name, kind, role, mention in item.speakers:
            out.append(Attribution(
                article_id=article_id,
                statement=statement,
                speaker=name,
                speaker_type=kind,
                role=role,
                mention=text[mention[0]:mention[1]] if mention else None,
                mention_start=mention[0] if mention else None,
                mention_end=mention[1] if mention else None,
                cue=cue_text,
                cue_start=cue_start,
                cue_end=cue_end,
                content_spans=spans,
                content=content,
                kind=item.kind,  # type: ignore[arg-type]
            ))
    return out
