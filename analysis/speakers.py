"""Find the phrase naming a speaker around a cue: before it ("Jane Roe said"), after it ("said Jane
Roe, the mayor"), separated from it by an aside ("Jane Roe, who ran in 2012, said"), or the
subject of the sentence or clause. Finding only: :mod:`analysis.resolve` turns a phrase into a name."""

from __future__ import annotations

import re
from typing import Final

from analysis.coref import (CALENDAR_NAMES, CALLING_NOUNS, PERSON_ROLES, PERSON_TITLES, SURNAME_AFTER_GIVEN, given_names,
                            plural_of_people)
from analysis.cues import (
    AUX_ADV,
    BE,
    CLAUSE_GOES_ON,
    CUE_WORDS,
    DASH,
    DATA_SOURCES,
    DETERMINERS,
    ED_ADJECTIVES,
    GROUP_PLACING,
    OBJECT_PRONOUNS,
    PRONOUNS,
    RECORDS,
    ROLE_NOUNS,
    SPEECH,
    STOP,
    load_abbreviations,
)
from analysis.found import MASK, Span

_MAX_LEFT: Final = 240

SENTENCE_OPENERS: Final = frozenset(
    "but and so yet still also later meanwhile however now then earlier instead moreover indeed "
    "yesterday today in on at after before when while as if though although since because from for "
    "with to by of about under over during despite amid among into through like unlike without "
    "within according even".split()
)


def left_speaker(masked: str, lo: int, end: int, *, progressive: bool = False) -> Span | str | None:
    """The speaker phrase ending just before a cue at ``end``; ``"passive"`` for "was reported".

    Skips auxiliaries and adverbs ("has also said"), walks left over words that can form a noun
    phrase, and stops at punctuation, function words and verbs. Before a ``progressive`` cue
    ("is telling"), a form of "be" is an auxiliary, not a passive. A group the phrase is placed
    by a participle ("officials briefed on | the talks") heads it.
    """
    found = _left_phrase(masked, lo, end, progressive)
    if isinstance(found, tuple) and (masked[found[0]:found[1]].lower() in _LET_US
                                     or masked[found[0]:found[1]].lower().endswith(_AND_LET_US)):
        return None  # "Let's hope ...": a wish in the imperative, no one's statement
    if isinstance(found, tuple) and masked.find(" and ", found[0], found[1]) >= 0:
        found = _after_object_and(masked, lo, found)
        first, _, rest = masked[found[0]:found[1]].partition(" ")
        if first.lower() in _SUBJECT_PRONOUNS and not rest.startswith("and "):
            # "They back Clinton and | 39 said": a clause of its own before "and"
            found = masked.rfind(" and ", found[0], found[1]) + 5, found[1]
    if isinstance(found, tuple) and masked.find(" aged ", max(lo, found[0] - 14), found[0] + 1) >= 0:
        aged = _AGED_BEFORE.search(masked, max(lo, found[0] - 14), found[1])
        if aged is not None and aged.end() == found[1]:
            # "14% of people aged between | 18 and 34 said": the age ends the group's phrase
            group = _left_phrase(masked, lo, aged.start(), False)
            if isinstance(group, tuple) and group[1] == aged.start():
                return group[0], found[1]
    if isinstance(found, tuple) and masked.find(" by ", max(lo, found[0] - 4), found[0]) >= 0:
        agent = _HANDLED_BY.search(masked, max(lo, found[0] - 30), found[0])
        if agent is not None:
            document = _left_phrase(masked, lo, agent.start(), False)
            if isinstance(document, tuple) and document[1] == agent.start() and (
                    _last_word(masked, document) in DOCUMENTS):
                # "A copy of the memo obtained by | Reuters said": the document speaks, not who
                # handled it
                return document
    if isinstance(found, tuple) and masked.startswith(_POSSESSIVES, found[0]):
        adjunct = _ADJUNCT_BEFORE.search(masked, max(lo, found[0] - 10), found[0])
        if adjunct is not None:
            # "Obama in | his speech said": the phrase is an adjunct's, the subject is before it
            subject = _left_phrase(masked, lo, adjunct.start(), progressive)
            if isinstance(subject, tuple) and subject[1] == adjunct.start():
                return subject
    if isinstance(found, tuple) and masked.endswith((" with ", " to "), max(lo, found[0] - 6), found[0]):
        spoke = _SPOKE_WITH.search(masked, max(lo, found[0] - 40), found[0])
        if spoke is not None:
            # "officials who spoke with | The Huffington Post said": those who spoke, not to whom
            antecedent = _left_phrase(masked, lo, spoke.start(), False)
            if isinstance(antecedent, tuple) and antecedent[1] == spoke.start():
                return antecedent
    if isinstance(found, tuple) and masked.endswith(_DOING_PREPOSITIONS, max(lo, found[0] - 9), found[0]) and (
            masked.find("ing ", max(lo, found[0] - 24), found[0]) >= 0):
        doing = _GROUP_DOING.search(masked, max(lo, found[0] - 40), found[0])
        if doing is not None and _is_group_head(doing.group(1)):
            head = _left_phrase(masked, lo, doing.end(1), False)
            if isinstance(head, tuple) and head[1] == doing.end(1):
                return head[0], found[1]  # "Protesters marching through | the streets chanted"
    if isinstance(found, tuple) and masked.endswith("ing ", max(lo, found[0] - 4), found[0]) and (
            masked[found[0]:found[1]].split()[0].lower() in DETERMINERS):
        doing = _GROUP_DOING_OBJECT.search(masked, max(lo, found[0] - 30), found[0])
        if doing is not None and _is_group_head(doing.group(1)):
            head = _left_phrase(masked, lo, doing.end(1), False)
            if isinstance(head, tuple) and head[1] == doing.end(1):
                return head[0], found[1]  # "Most people researching | their family history want"
    if isinstance(found, tuple) and masked.startswith("behalf of ", found[0]) and masked.endswith(
            " on ", max(lo, found[0] - 4), found[0]):
        acting = left_speaker(masked, lo, found[0] - 4)
        if isinstance(acting, tuple):
            return acting[0], found[1]  # "A report issued on Tuesday on | behalf of a panel said": the report
    if isinstance(found, tuple) and masked.endswith(_PLACING_PREPOSITIONS, max(lo, found[0] - 6), found[0]):
        placed = _ROLE_PLACED.search(masked, max(lo, found[0] - 40), found[0])
        if placed is not None and _names_people(placed.group(1)) and not (
                masked.endswith(" to ", found[0] - 4, found[0]) and _TO_VERB_AFTER.match(masked, found[0])):
            # (not "quicker for people to | download movies": an infinitive, not a preposition)
            head = _left_phrase(masked, lo, placed.end(1), False)
            if isinstance(head, tuple) and head[1] == placed.end(1) and not _ING_WORD.match(masked, head[0], head[1]):
                # (not "wooing older voters with | both the Tories pledging": a participle's object)
                # "The sports minister at | the centre of the row says", "The referee from |
                # Saturday's match has defended": the role speaks, not the place it is put in
                return head[0], found[1]
    if isinstance(found, tuple) and masked.find("ed ", max(lo, found[0] - 24), found[0]) >= 0:
        reduced = _REDUCED_RELATIVE.search(masked, max(lo, found[0] - 60), found[0])
        if reduced is not None and (_is_group_head(reduced.group(1)) or reduced.group(1).lower() in _PLACED_HEADS) and (
                reduced.group(1).lower() not in RECORDS):
            head = _left_phrase(masked, lo, reduced.end(1), False)
            if isinstance(head, tuple) and head[1] == reduced.end(1):
                return head[0], found[1]
    return found


_LET_US: Final = frozenset({"let's", "let’s", "let us"})
_AND_LET_US: Final = tuple(" " + w for w in _LET_US)  # "... and let's call it music"


def _names_people(word: str) -> bool:
    """Whether ``word`` is a role or a plural of people ("minister", "referee", "delegates")."""
    low = word.lower()
    return (low in PERSON_ROLES or low in CALLING_NOUNS or low == "people" or plural_of_people(word)
            or (low.endswith("s") and low[:-1] in CALLING_NOUNS))


_ING_WORD: Final = re.compile(r"[a-z]+ing\s")
# A role or a group, and the preposition placing it, right before a phrase ("the minister at | ...",
# "advisers to | the president").
_PLACING_PREPOSITIONS: Final = (" at ", " from ", " in ", " on ", " with ", " to ")
_TO_VERB_AFTER: Final = re.compile(r"(?!(?:the|a|an|his|her|their|its|this|that|these|those)\b)[a-z]")
_ROLE_PLACED: Final = re.compile(r"\b([A-Za-z][a-z-]+)\s+(?:at|from|in|on|with|to)\s+$")
# A preposition, and the determiners after it, right before a phrase.
_PREPOSITION_BEFORE: Final = re.compile(r"(?<![\w’'-])(?:on|in|at|of|with|for|by|about|from|over|against|into|amid)"
                                 r"(?:\s+(?:the|a|an|his|her|their|its|our|this|that|these|those))?\s+$")


# A quantified group, which opens a clause of its own after "and" ("and many market observers").
_QUANTIFIED: Final = re.compile(r"(?:(?:many|most|some|several|few)\b|\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b))")


_SUBJECT_PRONOUNS: Final = frozenset("he she they we i".split())


def _after_object_and(masked: str, lo: int, found: Span) -> Span:
    """The phrase after the last "and" of ``found`` where what comes before the "and" is the
    object of a preposition and a quantified group follows it, so that "and" joins clauses
    ("Shares tumbled on the | news and many market observers predicted"): its subject starts
    after it. ``found`` as it is otherwise."""
    if _PREPOSITION_BEFORE.search(masked, max(lo, found[0] - 12), found[0]) is None:
        return found
    at = masked.rfind(" and ", found[0], found[1])
    if _QUANTIFIED.match(masked, at + 5, found[1]) is None:
        return found  # "the Organisation for Economic Co-operation and Development": one name
    return at + 5, found[1]
# An age range after a group ("people | aged between 18 and 34", "people aged 18 to 24").
_AGED_BEFORE: Final = re.compile(r"\s+aged\s+(?:between\s+)?\d{1,3}(?:\s*(?:and|to|-|–)\s*\d{1,3})?"
                          r"(?:\s+and\s+(?:over|above|under|older|younger))?")
# Possessives opening a phrase, and a preposition before one that makes it an adjunct between a
# subject and its verb ("Obama in | his speech said").
_POSSESSIVES: Final = ("his ", "her ", "their ", "its ")
_ADJUNCT_BEFORE: Final = re.compile(r"\s+(?:in|at|during|on|through|via)\s+$")
# A group and what it is doing where ("Protesters marching through | the streets"); the
# prepositions it may end with, looked for first.
_DOING_PREPOSITIONS: Final = tuple(f" {w} " for w in """
through in near at outside around across along from into inside behind toward towards past""".split())
_GROUP_DOING: Final = re.compile(r"([A-Za-z][a-z]+)\s+[a-z]{3,}ing\s+(?:through|in|near|at|outside|around|across|along|"
                          r"from|into|inside|behind|toward|towards|past)\s+$")
# A group and a participle whose object comes next ("people researching | their family history").
_GROUP_DOING_OBJECT: Final = re.compile(r"([A-Za-z][a-z]+)\s+[a-z]{3,}ing\s+$")
# A relative clause of speaking to someone, between a group and its cue ("officials | who spoke
# with | Reuters said").
_SPOKE_WITH: Final = re.compile(r"\s+(?:who|that)\s+(?:[a-z]+ly\s+|have\s+|had\s+|also\s+)*(?:spoke|spoken|talked|"
                         r"corresponded|met|communicated)\s+(?:privately\s+)?(?:with|to)\s+$")
# A participle of handling a document and its agent, who did not write it ("obtained by | The
# Associated Press", "reviewed by | The Post"); a writer's ("compiled by", "released by") speaks.
_HANDLED_BY: Final = re.compile(r"\s+(?:(?:first|previously|exclusively|later)\s+)?(?:obtained|reviewed|seen|viewed|"
                         r"circulated|reported|cited|quoted|described)\s+(?:(?:first|previously|"
                         r"exclusively|later)\s+)?by\s+$")
# Documents, which speak after someone has handled them ("a letter obtained by ...", "a memo reviewed
# by ...") and under their description when an aside names them ("The book, Brown's Britain, said").
DOCUMENTS: Final = RECORDS | frozenset("""
letter letters memo memos copy copies statement statements document documents email emails note notes
transcript transcripts analysis investigation inquiry review paper papers article articles book books
story stories draft drafts file files filing filings excerpt excerpts cable cables minutes release releases
leaflet leaflets pamphlet pamphlets booklet booklets brochure brochures dossier dossiers manifesto manifestos
guidance guidelines
""".split())


def _last_word(masked: str, span: Span) -> str:
    """The last word of ``masked[span]``, in lower case."""
    words = masked[span[0]:span[1]].split()
    return words[-1].lower().strip(".,'’") if words else ""


# A passive verb and "and" before a participle of the same clause ("was arrested and | told"):
# the participle is passive too. Nothing that would end the clause lies between.
_PASSIVE_AND: Final = re.compile(r"\b(?:was|were|is|are|been|being|be)\s+(?:(?:also|then|later|first|quickly|"
                          r"immediately|subsequently)\s+)?(?:[a-z]+ed|given|taken|shown|sent|held|seen|told|"
                          r"bought|caught|brought|sold|kept|made|paid)\b[^.;:!?\"“”]{0,60}?\s+and\s+$")
# A participle of telling someone to do something, which after a passive and "and" is passive
# too ("was arrested and told to leave"); "and told reporters", "and said" are the subject's own.
_TOLD_TO: Final = re.compile(r"(?:told|asked|urged|ordered|advised|warned|instructed|encouraged|invited)\s+to\s")
# A plural noun and a participle with its preposition before a phrase: "voters polled in | Iowa".
_REDUCED_RELATIVE: Final = re.compile(r"([A-Za-z][a-z]+)\s+" + GROUP_PLACING + r"\s+$")


def _left_phrase(masked: str, lo: int, end: int, progressive: bool) -> Span | str | None:
    """:func:`left_speaker` before a group placed by a participle is read."""
    if masked.endswith(_DEGREE_WORDS, max(lo, end - 6), end) and _DEGREE_PASSIVE.search(masked, max(lo, end - 24), end):
        return "passive"  # "the levels are well laid out", "has been much talked about"
    if masked.endswith(" and ", max(lo, end - 5), end) and _TOLD_TO.match(masked, end) and (
            _PASSIVE_AND.search(masked, max(lo, end - 90), end)):
        return "passive"  # "was arrested and | told to leave", "was given a curfew and | told to ..."
    time = _time_before(masked, lo, end)
    if time is not None and time > lo:
        end = time  # "The mayor on Tuesday rejected": the time sits between subject and verb
    if masked.endswith(_PERIOD_ENDINGS, max(lo, end - 12), end):
        period = _PERIOD_BEFORE.search(masked, max(lo, end - 40), end)
        if period is not None and period.start() > lo:
            end = period.start()  # "allies have in the past said": the phrase is before the period
    start = max(lo, end - _MAX_LEFT)
    for width in _NEAR_LEFT:
        near = end - width
        if near <= start:
            break
        # Most phrases are a few words long: read the last few first. Tokens after a space are
        # the same whichever point the reading started from, so the walk may use those after
        # the first space of the near stretch, and must read a wider stretch when it goes
        # further left.
        space = _SPACE.search(masked, near, end)
        if space is not None:
            toks = _tokens(masked, near, end)
            floor = 0
            while floor < len(toks) and toks[floor].start() <= space.start():
                floor += 1
            found = _walk_left(masked, lo, toks, floor + 1, progressive)
            if found is not _FURTHER:
                return found  # type: ignore[return-value]
    return _walk_left(masked, lo, _tokens(masked, start, end), 0, progressive)  # type: ignore[return-value]


# The first word of "neither ... nor" or "either ... or" before a verb.
_CORRELATIVES: Final = frozenset(("neither", "either"))
# Degree words before an adjective of attitude ("very worried"): no part of a speaker phrase.
_DEGREE: Final = frozenset(("very", "so", "too"))
# A period of time between a subject (and its auxiliary) and the cue ("have in the past said").
_PERIOD_BEFORE: Final = re.compile(r"\s(?:in\s+the\s+past|in\s+recent\s+(?:days|weeks|months|years)|at\s+the\s+time|"
                            r"over\s+the\s+years|for\s+(?:years|decades|months|weeks)|in\s+the\s+meantime)\s+$")
_PERIOD_ENDINGS: Final = tuple(w + " " for w in "past days weeks months years time decades meantime".split())
# "well" or "much" between a form of "be" and a participle: a passive ("are well laid out").
_DEGREE_WORDS: Final = (" well ", " much ")
_DEGREE_PASSIVE: Final = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:very\s+|so\s+)?(?:well|much)\s+$")
_ADVERB_BEFORE_CUE: Final = re.compile(r"\s+([a-z]+)\s*$")


def _time_before(masked: str, lo: int, end: int) -> int | None:
    """Where a time phrase ("on Tuesday", "in 1997") ends the text before ``end``, also before an
    adverb of :data:`AUX_ADV` ("on Tuesday also"); ``None`` when none does.

    A match of :data:`_TIME_BEFORE_CUE` ends in a word of :data:`_TIME_WORDS`, one of
    :data:`_YEAR_BEFORE_CUE` in a year, and one of :data:`_ADVERB_BEFORE_CUE` in a word of
    :data:`AUX_ADV`, each after white space and followed by nothing but white space: the last word
    of the stretch decides which may match.
    """
    start = max(lo, end - 40)
    words = masked[start:end].rsplit(None, 1)
    if not words:
        return None
    last = words[-1]
    if last in _TIME_WORDS:
        m = _TIME_BEFORE_CUE.search(masked, start, end)
        if m is not None:
            return m.start()
    if last == "ago":
        m = _AGO_BEFORE_CUE.search(masked, start, end)
        if m is not None:
            return m.start()  # "The State Department less than two weeks ago said"
    if len(last) == 4 and last.isdigit() and masked[end:end + 1].isalpha() and _FINITE_AT.match(masked, end):
        m = _YEAR_BEFORE_CUE.search(masked, start, end)
        if m is not None:
            return m.start()  # "Tony Blair had in 1997 complained"
    if last in AUX_ADV:
        adverb = _ADVERB_BEFORE_CUE.search(masked, max(lo, end - 16), end)
        if adverb is not None and adverb.group(1).lower() in AUX_ADV:
            # "The mayor on Tuesday also rejected": an adverb after the time
            return _before_cue(_TIME_BEFORE_CUE, _TIME_ENDINGS, masked, lo, adverb.start())
    return None


# Before a participle cue, forms of "be" and verbs that take one ("began tweeting") are auxiliaries.
# "be" with "not" run into it: "they aren't admitted" is a passive as "they are not admitted" is.
_BE_NOT: Final = frozenset("isn't aren't wasn't weren't isn’t aren’t wasn’t weren’t".split())
_BEFORE_PARTICIPLE: Final = BE | _BE_NOT | frozenset("""
began begins begin start started starts starting kept keeps keep continued continues continue stopped stops stop
avoid avoids avoided enjoy enjoys enjoyed recall recalls recalled consider considers considered
resume resumes resumed finish finishes finished quit quits risk risks risked
""".split())
_CONTRACTED: Final = re.compile(r"(he|she|they|we|i|it|you)['’](?:s|ve|d|ll|re)$")
# A relative pronoun with "has" or "is" run into it.
_RELATIVE_CONTRACTED: Final = frozenset("that's that’s".split())
# "who" with "has", "is" or "had" run into it: no phrase of its own, as "who" has none ("Roe, | who's
# argued"); the clause's antecedent speaks (:data:`RELATIVE_PRONOUN_CUE`).
_WHO_CONTRACTED: Final = frozenset("who's who’s who'd who’d".split())
# The widths of the near stretches read before the whole one, narrowest first.
_NEAR_LEFT: Final = (24, 60)
_SPACE: Final = re.compile(r"\s")
_FURTHER: Final = object()


# :data:`~analysis.cues.TOKEN_RE`, but a masked quotation is one token, not one per character: the walk stops
# at it either way.
# "47% say", "43-year-old", "9/11 widow"; a word goes on past a slash before a capital ("a New
# York Times/CBS News poll").
_LEFT_TOKEN: Final = re.compile(MASK + r"+|\d[\d,.]*%|\d+(?:-[A-Za-z]+)+|\d+/\d+\b|"
                         r"[^\W\d_](?:[\w’'.&-]*[\w.])?(?:/[A-Z](?:[\w’'.&-]*[\w.])?)*|\d[\w,.]*|[^\w\s]")


# Lower-case words that end a clause, not a noun phrase, before "and": adverbs of time and place.
_ENDS_CLAUSE: Final = re.compile(r"(?:[a-z]+ly|soon|now|well|too|again|later|ago|yet|away|back|out|up|down|off|over|"
                          r"there|here|today|yesterday|tomorrow|tonight|instead|anyway|either|though)$")
# Quantifiers that float after their subject ("the two papers each called", "they both said").
_FLOATING: Final = frozenset({"each", "both", "all", "alike", "together"})


def _ends_phrase(tok: str) -> bool:
    """Whether ``tok`` can end the subject a floating quantifier follows."""
    low = tok.lower()
    return tok[0].isalnum() and low not in STOP and low not in DETERMINERS and low not in SENTENCE_OPENERS


def _ends_subject(tok: str) -> bool:
    """:func:`_ends_phrase`, or a relative pronoun standing for the subject ("who all said")."""
    return _ends_phrase(tok) or tok.lower() in ("who", "which")


# Past participles not ending in "-ed", which after an auxiliary of the perfect end a phrase as
# those in "-ed" do ("has drawn | huge crowds describing ..."; but "statements given to police said").
_PERFECT: Final = frozenset("has have had having".split())
_EN_PARTICIPLES: Final = frozenset("""
drawn given taken written spoken shown grown thrown done gone begun beaten broken chosen driven
eaten fallen forgotten forgiven frozen hidden ridden risen shaken stolen sworn torn woken withdrawn
overseen undertaken overtaken mistaken forbidden
""".split())
# Particles of a verb ("stayed out"): alone before a cue, no speaker.
_PARTICLES: Final = frozenset("out up off down back away".split())
# Prepositions whose object a phrase is: no subject starts right after one.
_OBJECT_PREPOSITIONS: Final = frozenset("for to with at on from by about into over against".split())
# A relative pronoun right after a phrase: the phrase is its antecedent, not a clause's subject.
_RELATIVE_AFTER: Final = re.compile(r",?\s+(?:who|which|whose)\b")
_YEAR: Final = re.compile(r"(?:1[89]|20)\d\d")
# Words ending in "ly" that are no adverbs ("family spokeswoman", "the rally organiser").
_LY_NOUNS: Final = frozenset("""family assembly supply rally ally belly bully jelly italy july reply anomaly
monopoly homily lily folly holly sally tally dolly""".split())


_MODALS: Final = frozenset("should would could can will must may might shall cannot".split())
# Words after a modal that open its subject, in a question ("could any rational person believe").
_MODAL_SUBJECT_OPENERS: Final = frozenset("any every each all some no many most few".split())


def _before_verb(tok: str) -> bool:
    """Whether ``tok`` makes the lower-case word after it a verb: "to", an auxiliary, an adverb."""
    low = tok.lower()
    return low == "to" or low in AUX_ADV or low in ("further", "never", "who", "which") or (
        tok.islower() and low.endswith("ly") and len(low) > 4 and low not in _LY_NOUNS)


def _tokens(masked: str, start: int, end: int) -> list[re.Match[str]]:
    """The tokens of ``masked[start:end]`` as matches: the walk reads the text and offsets of only
    the few tokens it reaches (``tok[0]``, ``tok.start()``, ``tok.end()``)."""
    return list(_LEFT_TOKEN.finditer(masked, start, end))


# Words grading an adverb after them ("most strongly", "more recently").
_GRADING: Final = frozenset("most more less least".split())


def _walk_left(masked: str, lo: int, toks: list[re.Match[str]],
               floor: int, progressive: bool = False) -> Span | str | None | object:
    """:func:`left_speaker` over ``toks``; reads no token below index ``floor`` (``0``: all of
    them, and the first is the first of the stretch) and returns ``_FURTHER`` when it would."""
    i = len(toks) - 1
    while i >= floor:
        tok = toks[i][0]
        low = tok.lower()
        if i - 1 >= floor and (toks[i - 1][0].lower(), low) in _ADVERBIAL_PAIRS:
            i -= 2  # "critics have in particular noted", "Roe in turn said": an adverbial
            continue
        if not ((low in AUX_ADV and not _surname_after_given(toks, i))  # "Theresa May"
                or (tok.endswith("ly") and tok.islower() and low not in _LY_NOUNS) or low.endswith(("n't", "n’t"))
                or (low in _DEGREE and not progressive)  # "should be very, very worried"
                # "He most strongly denied", "Roe has more recently praised": a degree of the adverb
                or (low in _GRADING and floor < i < len(toks) - 1 and toks[i + 1][0].endswith("ly"))
                or (low in _CORRELATIVES and tok.islower())  # "has neither admitted nor denied"
                or (progressive and low in _BEFORE_PARTICIPLE)
                or (tok in _FLOATING and i > 0 and (_ends_subject(toks[i - 1][0]) or (
                    # "they have both warned", "who have all denied": the subject before the auxiliary
                    toks[i - 1][0].lower() in AUX_ADV and i > 1 and _ends_subject(toks[i - 2][0])
                    and not toks[i - 2][0].endswith(","))))):
            break
        if (low in BE or low in _BE_NOT) and not progressive:
            return "passive"  # "was reported", "aren't admitted"
        i -= 1
    if i < floor:
        return _FURTHER if floor else None
    # ``low`` is the lower case of ``toks[i]``, the token the loop stopped at.
    if low in BE or low in _BE_NOT:
        return "passive"
    if low in PRONOUNS:
        return (toks[i].start(), toks[i].end())
    contracted = _CONTRACTED.match(low) if ("'" in low or "’" in low) else None
    if contracted:
        return (toks[i].start(), toks[i].start() + len(contracted.group(1)))  # "she's said": the pronoun
    if low in _WHO_CONTRACTED:
        return None
    if low in _RELATIVE_CONTRACTED and toks[i].start() > lo:
        return left_speaker(masked, lo, toks[i].start())  # "a movement | that's wanted": its antecedent
    taken: list[int] = []
    cut: int | None = None  # the last token of a name that a place follows
    j = i
    while len(taken) < 10:
        if j < floor:
            if floor:
                return _FURTHER
            break
        if j != i:  # the token at ``i`` is ``tok`` already, ``low`` its lower case
            tok = toks[j][0]
            low = tok.lower()
        if taken and tok in ("'", "’") and j > 0 and toks[j - 1].end() == toks[j].start() and (
                toks[j - 1][0].endswith("s") and toks[j - 1][0][0].isupper()):
            taken.append(j)  # "Bernie Sanders’ campaign": a possessive of a name ending in "s"
            j -= 1
            continue
        if tok == ")" and taken and j >= 3 and toks[j - 2][0] == "(" and toks[j - 1][0].isupper() and (
                toks[j - 3][0][:1].isupper()):
            j -= 3  # "the Contract Office (PCO) in Baghdad": the acronym of the name before it
            continue
        if tok == "," and taken and j >= 2 and toks[j - 1][0][:1].isupper() and toks[j - 2][0] in ("for", "of") and (
                any(toks[t][0] == "and" for t in taken)
                and all(toks[t][0][:1].isupper() or toks[t][0] == "and" for t in taken)):
            j -= 1  # "the Department for Culture, | Media and Sport": a list inside the name
            continue
        if tok == "," and taken and _place_before_comma(toks, j, taken):
            j -= 1  # "Stacy Baker of Columbia, | South Carolina", "voters in Ohio, | Iowa and Utah"
            continue
        if (not tok[0].isalnum() and tok != "&") or tok.endswith(","):
            break  # punctuation, or a number with its comma ("In 1977, Donald asked")
        if taken and tok.isupper() and not toks[taken[-1]][0].isupper() and _heading_ends_at(toks, j):
            break  # "KILLED IN ISTANBUL EXPLOSION | Turkish President Erdogan": a heading run in
        # Only the stretch's first token can open it (``start == lo`` holds for no later one).
        first = (j == 0 and (toks[0].start() == lo or not masked[lo:toks[0].start()].strip())) or (
            j > 0 and toks[j - 1][0] in _OPENING_BRACKETS)  # "(That said, ...": a bracket opens a sentence too
        if low in ("this", "last", "next") and (tok.islower() or first) and taken and (
                toks[taken[-1]][0].lower() in _TIME_WORDS):
            taken.pop()  # "Earlier this month | figures showed": a time before the phrase
            break
        if low in DETERMINERS and (tok.islower() or first):
            taken.append(j)
            if floor and j - 2 < floor:
                return _FURTHER
            if j >= 2 and toks[j - 1][0].lower() in ("and", "&", "of", "for") and toks[j - 2][0][0].isalnum() and not (
                    toks[j - 1][0].lower() == "and"
                    and (_is_date_word(toks, j - 2) or _YEAR.fullmatch(toks[j - 2][0]) or _perfect_before(toks, j - 1))):
                # "Roe and the mayor", "a spokesman for the campaign", "the head of the agency"; not
                # "until midnight on 16 December and | an IAAF spokesman"
                taken.append(j - 1)
                j -= 2
                continue
            if j >= 1 and _group_link(toks, j - 1):
                j -= 1  # "voters in the region": the link is read next
                continue
            if j >= 1 and toks[j - 1][0].lower() in _LEADING_QUANTIFIERS:
                j -= 1  # "all five states", "all the voters": one more determiner opens the phrase
                continue
            if low in ("most", "least") and len(taken) > 1 and j >= 1 and (
                    toks[j - 1][0].lower() == "the" or toks[j - 1][0].endswith(("'s", "’s"))):
                j -= 1  # "London's most | senior police officer", "the most | senior judge": a superlative
                continue
            if low in _COUNTS and len(taken) > 1 and j >= 1 and toks[j - 1][0].islower() and (
                    toks[j - 1][0].lower() in DETERMINERS or toks[j - 1][0].lower() in _ORDINALS) and not any(
                    toks[t][0].lower() in _TIME_WORDS for t in taken):  # not "Over the past two | weeks,"
                j -= 1  # "voters in the | two states", "insiders in the next | two states"
                if toks[j][0].lower() in _ORDINALS and j >= 1 and toks[j - 1][0].lower() in DETERMINERS:
                    taken.append(j)
                    j -= 1
                continue
            break
        if tok.islower() or (first and not (len(tok) > 1 and tok.isupper())  # "US", "IT": acronyms
                             and (low in _NOT_FIRST_IN_PHRASE or low.endswith(_ADVERB_ENDINGS))
                             and not _surname_after_given(toks, j)):  # "May said": a name
            if not taken and low in _DOCUMENT_PARTICIPLES and j > 0 and toks[j - 1][0][0].isalnum():
                j -= 1  # "A news report published Wednesday said": the report speaks
                continue
            if not taken and low in OBJECT_PRONOUNS and j > 1 and (
                    toks[j - 1][0].lower() == "of" and toks[j - 2][0].lower() in _PART_OF
                    or _group_link(toks, j - 1) == 2):
                if floor and j - 1 < floor:
                    return _FURTHER
                taken.append(j)  # "most of them", "a source close to him"
                j -= 1
                if toks[j][0].lower() == "of":
                    taken.append(j)
                    j -= 1
                continue
            if low.endswith("ed") and not taken and j > 0 and toks[j - 1][0].lower() == "those":
                if floor and j - 1 < floor:
                    return _FURTHER
                taken.extend((j, j - 1))  # "44% of those questioned said"
                j -= 2
                continue
            if taken and tok.islower() and toks[taken[-1]][0][:1].isupper() and j > 0:
                if floor and j - 1 < floor:
                    return _FURTHER  # the word before may be cut by the stretch's start
                if _before_verb(toks[j - 1][0]) and not _surname_after_given(toks, j - 1):
                    break  # "to absorb | UFJ", "could dent | Lycos claims": a verb before its object
            if taken and tok.islower() and j > 0 and toks[j - 1][0] in _MODALS and low not in _MODAL_SUBJECT_OPENERS:
                if floor and j - 1 < floor:
                    return _FURTHER
                break  # "should recognise | shortcomings of the review": a verb before its object
            link = _group_link(toks, j) if taken and low in _LINK_WORDS else 0
            if link == 1 and low in ("in", "from") and not _is_group_head(toks[j - 1][0]) and not all(
                    toks[t][0][:1].isupper() or toks[t][0] in ("of", "the", "and") for t in taken):
                link = 0  # "at the Show in | Las Vegas Microsoft boss Bill Gates": no place alone
            if link:
                if floor and j - link < floor:
                    return _FURTHER
                taken.extend(range(j, j - link, -1))  # "voters in Iowa", "people close to Roe"
                j -= link
                if link == 1 and low in ("in", "from") and _is_name_word(toks[j][0]) and cut is None:
                    cut = j  # "David Noone | from Intervoice", "the BBC's Jane Roe | in Rome"
                continue
            if low in ("of", "for", "and", "&", "de", "al", "bin") or (
                    low == "on" and taken and j > 0 and toks[j - 1][0][:1].isupper()
                    and toks[taken[-1]][0][:1].isupper() and not _is_date_word(toks, taken[-1])):
                # "the Select Committee on | Benghazi", not "London on | Thursday"
                if floor and taken and j - 1 < floor:
                    return _FURTHER
                if low == "and" and j > 0 and (_ENDS_CLAUSE.match(toks[j - 1][0]) or _YEAR.fullmatch(toks[j - 1][0])
                                               or _is_date_word(toks, j - 1)
                                               or (j > 1 and toks[j - 2][0].lower() in BE)):
                    # "is unlikely to dampen soon and | experts predict", "grew in the last quarter
                    # of 2004 and | analysts expect", "is dead and | officials said": a clause ends before "and"
                    break
                if low == "and" and _perfect_before(toks, j):
                    break  # "talks have taken place and | analysts said": a clause ends before "and"
                if low == "for" and j > 0 and toks[j - 1][0].lower() in _PARTICLES:
                    break  # "websites geared up for | enthusiasts who": a verb's particle, no head
                if taken and j > 0 and toks[j - 1][0][0].isalnum():
                    taken.append(j)
                    j -= 1
                    continue
                break
            if taken and low.endswith("ed") and j > 1 and _PRENOMINAL_BEFORE.match(
                    " ".join(t[0].lower() for t in toks[max(0, j - 2):j])):
                # "an analysis of newly filed | reports shows", "the recently released | figures":
                # a participle before its noun, after "of" or a determiner
                taken.append(j)
                j -= 1
                if toks[j][0].lower().endswith("ly"):
                    taken.append(j)
                    j -= 1
                continue
            if j + 1 < len(toks) and (low, toks[j + 1][0].lower()) in _COMPOUND_NOUNS:
                taken.append(j)  # "the economics think tank said", "Forty-three per cent thought"
                j -= 1
                continue
            if (low in _CLOSED_CLASS
                    or (low in CUE_WORDS and low not in DATA_SOURCES and not (j > 0 and toks[j - 1][0].lower() in DETERMINERS)
                        and not (low == "show" and show_is_noun(masked, lo, toks[j].start(), verb_follows=True)))
                    or first or (low.endswith("ly") and low not in _LY_NOUNS and not (taken and low in _LY_ADJECTIVES))
                    or (low.endswith("ed") and low not in ED_ADJECTIVES)
                    or (low in _EN_PARTICIPLES and j > 0 and toks[j - 1][0].lower() in _PERFECT)):
                break
            if low in _IRREGULAR_VERBS and taken and toks[taken[-1]][0].lower() in _OBJECT_DETERMINERS:
                return None  # "who spent | more time talking": a verb's object, no speaker
        taken.append(j)
        j -= 1
    while taken and toks[taken[-1]][0].lower() in ("of", "for", "and", "&"):
        taken.pop()
    if not taken or (len(taken) == 1 and toks[taken[0]][0] in _PARTICLES):
        return None  # "who had stayed out | fearing": a verb's particle, no speaker
    k = taken[-1]
    if len(taken) == 1 and toks[k][0].islower() and k > 0 and toks[k - 1][0].lower() == "to":
        return None  # "to assuage fears": a verb, not a speaker
    if len(taken) == 1 and toks[k][0].endswith("%") and k > 0 and toks[k - 1][0].lower() in _BEFORE_AMOUNT:
        return None  # "rose to 47% said the report": an amount, not a share of people
    if (len(taken) == 1 and k >= 2 and toks[k][0].isalpha() and toks[k - 1][0] == "in"
            and toks[k - 2][0].lower() in _SHARE_COUNTS):
        return (toks[k - 2].start(), toks[k].end())  # "one in four said": a share of people
    if _all_determiners(toks, taken) and not (
            len(taken) == 1 and toks[taken[0]][0].lower() in _QUANTIFIERS):
        return None  # "the said" is no speaker; "Many said" is
    if cut is not None and cut in taken:
        return (toks[taken[-1]].start(), toks[cut].end())
    if toks[k][0].lower() in ("least", "most") and k > 0 and toks[k - 1][0].lower() == "at":
        if floor and k - 1 < floor:
            return _FURTHER
        return (toks[k - 1].start(), toks[taken[0]].end())  # "At least half of voters say"
    conjunction = next((t for t in taken if toks[t][0].lower() == "and"), None) if len(taken) > 2 else None
    if conjunction is not None and k > 0:
        if floor and k - 1 < floor:
            return _FURTHER  # the word before the phrase decides
        after = [toks[t][0] for t in taken if t > conjunction]
        if ((toks[k - 1][0].lower() in _OBJECT_PREPOSITIONS or toks[k - 1][0] in ("in", "into"))
                and toks[k - 1][0] not in ("by", "with") and toks[taken[-1]][0].lower() in _NP_OPENERS
                and after and all(w.islower() and w.isalpha() for w in after) and after[0] not in DETERMINERS
                and after[-1].endswith("s") and not after[-1].endswith("ss")):
            # "can turn into | any tissue of the body and researchers hope": a noun phrase that a
            # preposition governs, then a plural noun, the subject of the clause "and" opens
            return (toks[conjunction + 1].start(), toks[taken[0]].end())
        if (toks[k - 1][0].lower() in _OBJECT_PREPOSITIONS and conjunction + 1 <= taken[0]
                and toks[conjunction + 1][0][:1].isupper()
                and all(toks[t][0].islower() for t in taken if t < conjunction)):
            # "a woman asked for | a photo and Clinton said": a common noun that a preposition
            # governs, then a name; "and" joins two clauses
            return (toks[conjunction + 1].start(), toks[taken[0]].end())
        if ((toks[k - 1][0] == "in" or toks[k - 1][0] in _OBJECT_PREPOSITIONS) and toks[k - 1][0] != "by" and k > 1
                and toks[k - 2][0].isalpha() and toks[k - 2][0].islower()
                and conjunction + 1 <= taken[0] and toks[conjunction + 1][0][:1].isupper()
                and all(toks[t][0][:1].isupper() for t in taken if t < conjunction)
                and not _RELATIVE_AFTER.match(masked, toks[taken[0]].end())):
            # "has been training in | Holland and Ferguson said": the place or person a
            # preposition governs in the clause before, then the speaker (not an agent: "a survey
            # by | Earthlink and Webroot found"; nor an antecedent: "criticism from | Democrats
            # and Republicans who agree")
            return (toks[conjunction + 1].start(), toks[taken[0]].end())
    return (toks[taken[-1]].start(), toks[taken[0]].end())


# Words in capitals that mark a run of them as a heading, not acronyms ("OPEC", "UKIP MEP").
_HEADING_WORDS: Final = frozenset("AND OF THE IN TO FROM FOR ON AT WITH AS BY".split())


def _heading_ends_at(toks: list[re.Match[str]], j: int) -> bool:
    """Whether ``toks[j]`` ends a heading in capitals run into the text after it: two or more
    words in capitals, one of them a function word or too long for an acronym ("CONTROVERSIES
    AND OTHER GAFFES", "RUSSIANS SPARED FULL BAN FROM OLYMPICS")."""
    words: list[str] = []
    k = j
    while k >= 0 and toks[k][0].isupper() and toks[k][0].isalpha():
        words.append(toks[k][0])
        k -= 1
    return len(words) >= 2 and any(w in _HEADING_WORDS or len(w) >= 7 for w in words)


_MODAL_SURNAMES: Final = frozenset(("May", "Will"))


def _surname_after_given(toks: list[re.Match[str]], k: int) -> bool:
    """Whether ``toks[k]`` is a capitalised word of :data:`SURNAME_AFTER_GIVEN` after a given name
    ("Theresa | May"), a surname, not a modal or a month."""
    tok = toks[k][0]
    if not (tok[:1].isupper() and tok.lower() in SURNAME_AFTER_GIVEN):
        return False
    if k > 0 and (toks[k - 1][0].lower() in given_names() or toks[k - 1][0].lower() in COURTESY_TITLES):
        return True  # "Theresa May", "Mrs May"
    # A modal right before a verb in the past or present ("May said", "Will believes") is a name:
    # a modal takes the base form, and a capital inside a sentence is no question's.
    return tok in _MODAL_SURNAMES and k == len(toks) - 1


def _is_date_word(toks: list[re.Match[str]], k: int) -> bool:
    """Whether ``toks[k]`` is a day or a month ending a time phrase ("on 16 December | and", "on
    Monday | and"), not a surname ("Theresa May | and")."""
    low = toks[k][0].lower()
    return low in _MONTHS_DAYS and not _surname_after_given(toks, k)


def _all_determiners(toks: list[re.Match[str]], taken: list[int]) -> bool:
    """Whether every token of ``toks`` at the indexes ``taken`` is a determiner."""
    for k in taken:
        if toks[k][0].lower() not in DETERMINERS:
            return False
    return True


def _perfect_before(toks: list[re.Match[str]], a: int) -> bool:
    """Whether a verb's perfect or passive, with or without its object or complement, ends just
    before the "and" at ``toks[a]`` ("talks have taken place | and", "was delayed again | and",
    "was withdrawn | and")."""
    return a > 2 and toks[a - 1][0].islower() and (
        toks[a - 3][0].lower() in _PERFECT or toks[a - 3][0].lower() in BE) and (
        toks[a - 2][0].lower() in _EN_PARTICIPLES or toks[a - 2][0].endswith("ed")) or (
        # "the subpoena was withdrawn | and": the participle itself ends the clause
        a > 1 and (toks[a - 2][0].lower() in _PERFECT or toks[a - 2][0].lower() in BE) and (
            toks[a - 1][0].lower() in _EN_PARTICIPLES or (toks[a - 1][0].islower() and toks[a - 1][0].endswith("ed"))))


def _place_before_comma(toks: list[re.Match[str]], j: int, taken: list[int]) -> bool:
    """Whether the comma at ``toks[j]`` is inside a place after "from", "of" or "in" that the
    walk has read from its end (``taken``): "of Columbia, | South Carolina", "in Alabama, | Georgia
    and Virginia". Not a person's full name ("the head of Acme, | Jane Roe")."""
    words = [toks[t][0] for t in taken]
    first = words[-1]
    if len(words) > 4 or not first[:1].isupper() or not all(w[:1].isupper() or w in ("and", "or") for w in words):
        return False
    listed = "and" in words or "or" in words
    # One word after the comma may be a surname after a fronted phrase ("In Brooklyn, | Clinton
    # said"); a party's or a state's abbreviation, or a place of two words, is none.
    if not listed and len(words) == 1 and not _TAG_OR_STATE.fullmatch(first):
        return False
    if not listed and (len(words) > 2 or _names_a_person(words[::-1])):
        return False
    k = j - 1
    while k > j - 4 and k >= 0 and toks[k][0][:1].isupper() and toks[k][0].isalpha():
        k -= 1
    if not (k < j - 1 and k >= 1 and toks[k][0] in ("from", "of", "in")):
        return False
    # The place is where a group or a person is from ("voters in Ohio, | Iowa and Utah", "Jane
    # Roe of Columbia, | South Carolina"), not the end of a clause before a speaker ("aid will
    # not take relief from Africa, | Prime Minister Tony Blair has promised"), nor a fronted
    # phrase ("In Ohio, | Roe and Doe said").
    head = toks[k - 1][0]
    return _is_group_head(head) or (not listed and (head.lower() in PERSON_ROLES or _is_name_word(head)))


def _group_link(toks: list[re.Match[str]], j: int) -> int:
    """How many tokens, ending with ``toks[j]``, join a group of speakers to a place or a person
    ("voters | in | Iowa": 1, "people | close to | Roe": 2); 0 when none do."""
    low = toks[j][0].lower()
    if low in _PLACE_PREPOSITIONS and j > 0 and _is_group_head(toks[j - 1][0]):
        return 1
    if low in ("in", "from", "at") and j > 1 and _is_placed_head(toks[j - 1][0]) and toks[j + 1][0][:1].isupper() and (
            toks[j - 2][0][0].isalnum()):
        return 1  # "our correspondent in Rome", "David Noone from Intervoice", "the embassy in London"
    if low == "from" and j > 1 and toks[j + 1][0][:1].isupper() and _is_from_head(toks[j - 1][0]) and (
            toks[j - 2][0][0].isalnum()):
        return 1  # "the unnamed woman from Georgia", "a salesman from Sumter"
    if low in ("to", "with", "in") and j > 1 and toks[j - 1][0].lower() in _CLOSE_TO and toks[j - 2][0][0].isalnum():
        return 2
    if low in ("on", "into") and j > 0 and toks[j - 1][0].lower() in _INQUIRIES:
        return 1  # "A report on | the experiment said", "An investigation into | the crash revealed"
    return 0


# Participles between a document and its cue ("A court filing released Monday says").
# What comes before a participle that stands before its noun ("of newly filed reports").
_PRENOMINAL_BEFORE: Final = re.compile(r"(?:\S+\s+)?(?:of|the|a|an|its|their|these|those)(?:\s+[a-z]+ly)?$")
_DOCUMENT_PARTICIPLES: Final = frozenset("published released filed issued obtained posted dated conducted commissioned compiled prepared taken leaked unveiled submitted".split())
# Nouns of two words whose first is a cue or a function word ("think tank", "per cent").
_COMPOUND_NOUNS: Final = frozenset((("think", "tank"), ("think", "tanks"), ("per", "cent")))
# Two-word adverbials between a subject and its cue ("in particular", "of course").
_ADVERBIAL_PAIRS: Final = frozenset((
    ("in", "particular"), ("in", "turn"), ("in", "fact"), ("in", "part"), ("in", "effect"),
    ("of", "course"), ("at", "least"), ("at", "first"), ("for", "example"), ("for", "instance"),
    ("for", "now"), ("as", "well"), ("no", "longer"), ("so", "far"), ("thus", "far"),
    ("so", "much"), ("too", "much"), ("very", "much"),  # "wasn't so much saying"
))
# Quantifiers before another determiner ("all five", "all the", "both the").
_LEADING_QUANTIFIERS: Final = frozenset("all both".split())
# Counts that a determiner or an ordinal may open ("the two states", "the next three days").
_COUNTS: Final = frozenset("two three four five".split())
# Words between a determiner and a count ("the next two", "its first three").
_ORDINALS: Final = frozenset("next last first past final other same top remaining".split())
# Words before "of them" that name a part of a group ("most of them said").
_PART_OF: Final = frozenset("most many some all both none each several few one two three half".split())


def show_is_noun(masked: str, lo: int, pos: int, *, verb_follows: bool = False) -> bool:
    """Whether the word "show" at ``pos`` is a noun: after a singular noun, which the verb would not
    follow ("the gadget show", "chat show host"), not after a plural ("polls show"), a word of
    grammar ("to show", "would show", "they show") or an adverb. Unless a verb follows it (as in a
    speaker phrase, "the gadget show said"), a plural earlier in the phrase makes it the verb."""
    if masked.endswith(("'s ", "’s "), max(lo, pos - 3), pos):
        return True  # "Mr. King's show": a possessive owns a noun
    m = _WORD_BEFORE.search(masked, max(lo, pos - 30), pos)
    if m is None:
        return False
    word = m.group(1)
    if word.endswith(("s", "ly")) or word in _CLOSED_CLASS or word in AUX_ADV or word in BE or word in _PLURAL_NOUNS:
        return False
    if verb_follows:
        return True
    # a plural earlier in the phrase is the verb's subject ("FEC records from the election cycle show")
    phrase = _PHRASE_BREAK.split(masked[max(lo, pos - 80):m.start()])[-1].split()
    return not any(w.endswith("s") and not w.endswith(("'s", "’s", "ss")) and w.lower() not in _CLOSED_CLASS
                   and w.lower() not in AUX_ADV and w.lower() not in BE for w in phrase)


_WORD_BEFORE: Final = re.compile(r"(?<![\w’'-])([a-z][a-z-]{2,})\s+$")
_PHRASE_BREAK: Final = re.compile(r"[,;:.!?()\"“”—–\x00]")
# Nouns that take a plural verb with no "-s" ("the data show").
_PLURAL_NOUNS: Final = frozenset("data media people police criteria staff public".split())


# Adjectives ending in "-ly" inside a phrase ("insiders across the early states").
_LY_ADJECTIVES: Final = frozenset("early elderly daily weekly monthly quarterly yearly friendly deadly costly lonely".split())
# Prepositions that place a group of speakers ("voters in Iowa", "officials across the region").
_PLACE_PREPOSITIONS: Final = frozenset("in from at across around throughout within inside".split())


def _is_group_head(word: str) -> bool:
    """A plural noun that can head a group of speakers placed somewhere ("voters", "Republicans")."""
    low = word.lower()
    return low == "people" or (len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is", "ous"))
            and low not in STOP and low not in CUE_WORDS and low.isalpha())


# Singular heads that a place or an organisation may follow ("the embassy in London").
_PLACED_HEADS: Final = PERSON_ROLES | frozenset("""
embassy consulate ministry office bureau department council court police government company firm
bank agency
""".split())


def _is_placed_head(word: str) -> bool:
    """A speaker that "in"/"from" and a name may follow: a role ("correspondent") or a name."""
    return word.lower() in _PLACED_HEADS or _is_name_word(word)


# Singular heads that "from" and a name may follow: people ("a woman from Georgia"), teams and the
# documents a body sends ("a statement from Chelsea", "a poll from Marquette").
_FROM_HEADS: Final = PERSON_ROLES | DOCUMENTS | frozenset("""
man woman boy girl person team delegation group panel poll survey study
""".split())


def _is_from_head(word: str) -> bool:
    """A lower-case noun that someone or something from a place may be: :data:`_FROM_HEADS`."""
    return word.islower() and word in _FROM_HEADS


def _is_name_word(word: str) -> bool:
    """A capitalised word that may end a person's or an organisation's name: not an opener
    ("Speaking", "However") nor a plural group ("Authorities")."""
    low = word.lower()
    return (word[:1].isupper() and word.isalpha() and low not in STOP and low not in SENTENCE_OPENERS
            and not low.endswith("ing") and not _is_group_head(word) and low not in _PLACED_HEADS)


# Adjectives that join a group of speakers to someone ("people close to Roe").
_CLOSE_TO: Final = frozenset("close familiar loyal allied aligned involved privy opposed sympathetic".split())
# Records of an inquiry that "on" or "into" and its subject may follow.
_INQUIRIES: Final = frozenset("""
report reports study studies survey surveys review research inquiry enquiry investigation analysis
audit
""".split())
# The words that end a link of :func:`_group_link`: it finds none at any other word.
_LINK_WORDS: Final = _PLACE_PREPOSITIONS | frozenset(("to", "with", "in", "on", "into"))
_BEFORE_AMOUNT: Final = frozenset("to of by from at than with over under".split())
# Counts opening a share of people ("one in four", "two in three").
_SHARE_COUNTS: Final = frozenset("one two three four five six seven eight nine".split())
# Quantifiers that name a group of speakers on their own ("Many said", "Some say").
_QUANTIFIERS: Final = frozenset("many some several most few both all one another".split())
# Function words and pronouns: a lower-case one ends the walk.
# Verbs that take a subject and a bare verb ("make every American feel"): the phrase starts after them.
# Verbs that take a subject and a bare infinitive ("let Roe say", "saw Mr Blair predict").
_CAUSATIVES: Final = frozenset("""
make makes made making let lets letting help helps helped helping saw see sees seeing heard hear
hears hearing watched watching
""".split())
# Participles that govern the phrase after them like a preposition ("including | Labour
# backbencher Gwyneth Dunwoody, who", "allowing | FDI"): no part of a speaker phrase.
_GOVERNING_PARTICIPLES: Final = frozenset("""
including featuring excluding involving allowing reflecting ensuring prompting urging
""".split())
_CLOSED_CLASS: Final = (STOP | OBJECT_PRONOUNS | PRONOUNS | _CAUSATIVES | _GOVERNING_PARTICIPLES
                 | frozenset({"ago", "despite", "amid", "amidst"}))  # "two years ago | Viacom", "despite | critics"
# Words that, opening the stretch, are no part of a speaker phrase.
_NOT_FIRST_IN_PHRASE: Final = SENTENCE_OPENERS | STOP | AUX_ADV
_OPENING_BRACKETS: Final = frozenset("([")
# Endings of adverbs that open a sentence ("Currently, ...", "Ultimately, ..."), and of no name
# ("Kelly", "Riley" and "Beverly" end otherwise).
_ADVERB_ENDINGS: Final = ("ally", "ently", "antly", "ately", "ously", "ibly", "ably", "ively", "arly", "ssly")


_AUX_BEFORE_CUE: Final = re.compile(r"(?:\s+(?:" + "|".join(sorted(AUX_ADV, key=len, reverse=True)) + r"|[a-z]+ly))+\s*$")
# The words that a match of :data:`_AUX_BEFORE_CUE` can end with.
_AUX_ENDINGS: Final = tuple(AUX_ADV) + ("ly",)


def _aux_before(masked: str, lo: int, end: int) -> int | None:
    """Where :data:`_AUX_BEFORE_CUE` matches in the 40 characters before ``end`` (not before
    ``lo``); ``None`` when it does not. A match ends, after white space and followed by nothing
    but white space, in a word of :data:`AUX_ADV` or one ending in "ly": only a stretch whose
    last word is such a word is searched."""
    start = max(lo, end - 40)
    words = masked[start:end].rsplit(None, 1)
    if not words or not (words[-1] in AUX_ADV or words[-1].endswith("ly")):
        return None
    m = _AUX_BEFORE_CUE.search(masked, start, end)
    return None if m is None else m.start()


_TIME_NAMES: Final = ("Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June "
               "July August September October November December week month year weekend").split()
_DAY_PARTS: Final = "morning afternoon evening night".split()
_TIME_BEFORE_CUE: Final = re.compile(
    r"\s+(?:(?:on|in|this|last|earlier|late|early|this\s+past|the\s+past)\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?"
    r"(?:" + "|".join(_TIME_NAMES) + r")"
    r"(?:\s+(?:" + "|".join(_DAY_PARTS) + r"))?\s*$"
)
# A time after an inverted speaker ('said Jane Roe | earlier this month', '... | last week').
_TIME_PHRASE: Final = (
    r"(?:(?:(?:just|only)\s+)?(?:(?:earlier|later|early|late)\s+)?(?:this|last|next|on)\s+(?:past\s+)?"
    r"(?:" + "|".join(_TIME_NAMES + _DAY_PARTS + ["season", "spring", "summer", "autumn", "winter"]) + r")"
    r"(?:\s+(?:" + "|".join(_DAY_PARTS) + r"))?"
    r"|yesterday|today|tonight|recently|earlier|later|afterwards|afterward)[.,]?")
TIME_AFTER_SPEAKER: Final = re.compile(r"\s+" + _TIME_PHRASE + "$")
# An occasion ahead of which a speaker spoke, after the speaker's name ("Castaignede | ahead of the tie").
_AHEAD_OF: Final = re.compile(r"\s+(?:ahead\s+of|in\s+the\s+run-up\s+to)\s")
_TIME_ALONE: Final = re.compile(_TIME_PHRASE, re.IGNORECASE)
# A time counted back between a subject and its cue ("less than two weeks ago").
_AGO_BEFORE_CUE: Final = re.compile(r"\s+(?:(?:less|more)\s+than\s+|about\s+|some\s+|nearly\s+|almost\s+|just\s+)?"
                             r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|\d+)\s+"
                             r"(?:days?|weeks?|months?|years?|decades?)\s+ago\s*$")
# A time counted from another, opening a sentence ("A day earlier", "Two weeks later").
_COUNTED_TIME: Final = re.compile(r"(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|"
                           r"[Aa]\s+few|[Ss]everal|\d+)\s+(?:hours?|days?|weeks?|months?|years?|decades?)\s+"
                           r"(?:earlier|later|ago|before|after)\s*")
# A year between a subject and its cue ("had in 1997 complained").
_YEAR_BEFORE_CUE: Final = re.compile(r"\s+(?:in|since|by)\s+(?:(?:early|late|mid-?)\s*)?(?:1[89]|20)\d\d\s*$")
# ... before a cue that is no participle ("filed a lawsuit in 2013 | alleging": the lawsuit's object
# reading decides there).
_FINITE_AT: Final = re.compile(r"[A-Za-z]+(?<!ing)\b")
# The words that a match of :data:`_TIME_BEFORE_CUE` can end with.
_TIME_ENDINGS: Final = tuple(_TIME_NAMES + _DAY_PARTS)
_TIME_WORDS: Final = frozenset(_TIME_ENDINGS)


def _before_cue(pattern: re.Pattern[str], endings: tuple[str, ...], masked: str, lo: int,
                end: int) -> int | None:
    """Where ``pattern`` (anchored at ``end``) matches in the 40 characters before ``end``, not
    before ``lo``; ``None`` when it does not. Only a stretch ending, past white space, in one of
    ``endings`` can hold a match, so other stretches are not searched."""
    start = max(lo, end - 40)
    if not masked[start:end].rstrip().endswith(endings):
        return None
    m = pattern.search(masked, start, end)
    return None if m is None else m.start()

_RIGHT_NP: Final = re.compile(
    r"\s+(?P<np>(?:(?:the|a|an|another|one|his|her|their|its)\s+)?"
    r"(?:\d+/\d+\s+)?[\w’'.&-]+(?:\s+(?:of\s+|for\s+)?[\w’'.&-]+){0,9}?"  # "said 9/11 widow Jane Roe"
    r"(?:(?:(?<=\sthe)|(?<=\sof))\s+[“\"]\x00+[”\"])?)"  # 'wrote the authors of the "Growth and Opportunity Project,"'
    r"(?:\s*\([^()\x00]{1,40}\))?"
    # an appositive: a description, or one owned by a name ("Clinton's spokeswoman")
    r"(?P<app>(?:\s*,\s*|(?<=[”\"])\s+(?=(?:the|a|an)\s))"  # (a title's comma is inside its marks)
    r"(?:(?:the|a|an|who|which|his|her|their|its)\b|[a-z]|(?:[A-Z][\w.&-]*\s+){0,2}[A-Z][\w.&-]*['’]s\s+[a-z])"
    r"[^,;!?\x00\"“”]{0,120}?)?"
    r"\s*(?=[.,;:!?]*\s*$|[,;:]|\s(?:when|as|after|in|on|at|during|while|before|about|to|from|with|who|whose|and\s+that)\b)"
)


# A subordinate clause after an inverted speaker, not a description of them.
_SUBORDINATE_AFTER: Final = re.compile(r"\s*,\s*(?:because|although|though|since|unless|whereas|if|so\s+that)\b")
# Words that alone stand for one of a group just named ('"...," said another.').
ONE_OF_A_GROUP: Final = frozenset("another one others".split())


def right_speaker(masked: str, start: int, end: int) -> tuple[Span, Span | None] | None:
    """Speaker phrase after an inverted cue ("..., said Smith, the mayor."), with its appositive."""
    m = _RIGHT_NP.match(masked, start, end)
    if m is None:
        return None
    words = m.group("np").split()
    cut = next((i for i in range(1, len(words))
                if words[i] in _DOCUMENT_PARTICIPLES and words[i - 1].lower() in DOCUMENTS), None)
    if cut is not None:
        # '..., said the leaflet | published jointly by the CPS.': the document, not who published it
        words = words[:cut]
        n_start = m.start("np")
        end_at = masked.find(" " + words[-1], n_start) + 1 + len(words[-1])
        return ((n_start, end_at), None) if end_at > n_start else None
    one_of_them = len(words) == 1 and words[0].lower().rstrip(".") in ONE_OF_A_GROUP  # '"...," said another.'
    if not one_of_them and (
            any(w.lower() in STOP and (i == 0 or not w[0].isupper())
                and not (w == "like" and 0 < i < len(words) - 1 and words[i + 1][0].isupper())  # "experts like Roe"
                and not (i == 0 and _given_name_first(words))  # "said Will Doyle"
                for i, w in enumerate(words))
            or not (any(w[0].isupper() or w.lower() in PRONOUNS or w.lower() in DETERMINERS for w in words)
                    or _headline_role(masked, start, words, m.end("np"), end))):
        return None
    if _is_clause(words) or words[0] in ("of", "for"):
        return None  # 'said of the plan': an adjunct, not a speaker
    if words[0].endswith("ing") and words[0].islower() and _AUX_BEFORE_COMMA.match(masked, m.end("np"), end):
        return None  # '..., said allowing FDI in the country is ...': a gerund clause, not a speaker
    if all(w.rstrip(".,") in _TIME_WORDS or w.lower() in ("today", "yesterday", "tonight") for w in words):
        return None  # 'The deal, announced Friday, ...': a time, not a speaker
    n_start, n_end = m.span("np")
    if len(words) > 1 and words[-1] in _POSTMODIFIERS:
        n_end = masked.rindex(words[-1], n_start, n_end)  # "one Republican | involved in ..."
        while n_end > n_start and masked[n_end - 1].isspace():
            n_end -= 1
    if _TIME_ALONE.fullmatch(masked, n_start, n_end):
        return None  # '..., Roe, an IMF director, said | earlier this month': a time, no speaker
    time = TIME_AFTER_SPEAKER.search(masked, n_start, n_end)
    if time is not None and time.start() > n_start:
        n_end = time.start()  # '"...," said Jane Roe | earlier this month'
    ahead = _AHEAD_OF.search(masked, n_start, n_end)
    if ahead is not None and ahead.start() > n_start:
        n_end = ahead.start()  # '"...," said Castaignede | ahead of the 12 March tie'
    last = masked[n_start:n_end].split()[-1]
    if last.endswith(".") and len(last) > 2 and "." not in last[:-1] and (
            len(last) > 3 or last[:-1].lower() not in load_abbreviations()) and last.lower() not in ("jr.", "sr."):
        n_end -= 1  # the sentence's period ("said Swiss Re.", "says the DJ."), not an abbreviation's
    app = None
    if m.group("app") and not _SPEECH_WORD.search(m.group("app")) and not CLAUSE_GOES_ON.match(
            masked, m.start("app"), end) and not _SUBORDINATE_AFTER.match(masked, m.start("app"), end):
        # not the clause going on after its cue ("The plan, said Roe, | would fail"), nor a clause
        # of its reasons ("..., says the BBC, | because it gives people more control")
        a_start, a_end = m.span("app")
        body = masked[a_start:a_end].lstrip(" ,")
        app = (a_end - len(body), a_end)
    return (n_start, n_end), app


def _headline_role(masked: str, start: int, words: list[str], np_end: int, end: int) -> bool:
    """Whether ``words`` are a bare role or people after a verb of saying that ends at ``start``,
    closing the sentence ("CSA could close, says | minister", "..., say | experts."); not
    "regular, pledged | delegates"."""
    last = words[-1].rstrip(".").lower()
    return (len(words) <= 2 and all(w.islower() for w in words) and not masked[np_end:end].strip(" .")
            and masked.endswith(_BARE_SAYING, max(0, start - 8), start)
            and (_names_people(last) or last in DOCUMENTS))


_BARE_SAYING: Final = (" say", " says", " said", " warn", " warns", " claim", " claims", " believe", " believes",
                " suggest", " suggests", " fear", " fears", " argue", " argues")


def _given_name_first(words: list[str]) -> bool:
    """Whether ``words`` open with a capitalised given name that is also a word of grammar, then a
    capitalised word ("Will Doyle", "May Roe"): after an inverted cue no modal verb is capitalised."""
    return (len(words) > 1 and words[0][:1].isupper() and words[1][:1].isupper()
            and words[0].lower() in _MODAL_NAMES)


_MODAL_NAMES: Final = frozenset(("will", "may"))


# An auxiliary before any comma: the phrase before it is a clause's subject.
_AUX_BEFORE_COMMA: Final = re.compile(r"[^,;:\x00]{0,60}?\s(?:is|are|was|were|has|have|had|will|would|can|could)\s")
# A speaker's own statement inside an aside ("said Roe, who said ..."): the aside ends before it.
_SPEECH_WORD: Final = re.compile(r"\b(?:" + "|".join(sorted(SPEECH, key=len, reverse=True)) + r")\b")
_CLAUSE_VERB: Final = re.compile(r"[a-z]+(?:ed|n['’]t)|having|being|is|are|was|were|has|had|have")


def _is_clause(words: list[str]) -> bool:
    """True when the words after a cue read as the reported clause, not a speaker: "said he had
    left", "said his district received", "said Trump continued"."""
    if len(words) > 1 and words[0].lower() in PRONOUNS:
        return True
    # A participle right after the cue modifies the speaker ("said retired teacher Jane Roe"):
    # a clause would need its subject first.
    return any((_CLAUSE_VERB.fullmatch(w) and w not in ED_ADJECTIVES and not (i == 0 and w.endswith("ed"))
                and w not in _POSTMODIFIERS)
               # a verb in -s before its object ("say the economy reflects an improvement")
               or (0 < i < len(words) - 1 and w.islower() and w.endswith("s") and not w.endswith("ss")
                   and words[i + 1] in _OBJECT_OPENERS)
               for i, w in enumerate(words))


_OBJECT_OPENERS: Final = frozenset("a an the his her their its this that these those".split())


# Participles and adjectives that follow the person they describe ("one Republican involved in
# the planning", "an analyst based in London", "a Democrat familiar with"): no verb of a clause.
_POSTMODIFIERS: Final = frozenset("""
involved based briefed affiliated associated connected aligned allied employed familiar privy
""".split())


APPOSITIVE_LEFT: Final = re.compile(
    # not an adverb opening the sentence ("Now, the project ..., says Roe"); a capital first, so
    # that the scan skips every other place at once
    r"(?=[A-Z])(?P<np>(?!(?:" + "|".join(sorted(w.capitalize() for w in SENTENCE_OPENERS)) + r")\b|"
    r"[A-Z][a-z]*(?:" + "|".join(_ADVERB_ENDINGS) + r")\b)"
    r"[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,4})\s*,\s*"
    r"(?P<app>(?:(?:the|a|an|who|which|his|her|their|its)\b|\d{1,3}\b)[^,;:\x00\"“”]{0,80}?)\s*,\s*$"
)

RELATIVE_ASIDE: Final = re.compile(r",\s*(?:who|whose|which)\b[^,\x00]*,$")

_BREAK: Final = re.compile(r"\s*(?:,|\(|" + DASH + r")\s*")
_DASHES: Final = frozenset(("-", "--", "—", "–"))
# A dash closing an aside inside the text after its opening dash.
_INNER_DASH: Final = re.compile(r"\s" + DASH + r"\s")

_PAREN_TAIL: Final = re.compile(r"\s*\([^()\x00]{1,60}\)\s*,?\s*$")


def _ends_in_paren(head: str) -> bool:
    """Whether ``head`` ends, past white space and a comma, in ")": only then can
    :data:`_PAREN_TAIL` match in it."""
    tail = head.rstrip()
    if tail.endswith(","):
        tail = tail[:-1].rstrip()
    return tail.endswith(")")

COORDINATED: Final = re.compile(r"(?:^|[\s,])(?:and|but|or|then|before|after)"
                          r"(?:\s+(?:(?:most|more)\s+)?(?:" + "|".join(sorted(AUX_ADV, key=len, reverse=True)) + r")){0,3}"
                          r"\s*$",  # also where a time before the cue was cut off ("but | on Tuesday wrote")
                          re.IGNORECASE)


RELATIVE_PRONOUN_CUE: Final = re.compile(r"(?:,\s*|\s+)(?P<who>who|which|(?:many|most|some|all|both|several|few|each|one|none|"
                                   r"half|two|three|four)\s+of\s+(?:whom|which))(?:['’](?:s|d|ve|ll|re))?\s+(?:(?:" +
                                   "|".join(sorted(AUX_ADV, key=len, reverse=True)) + r"|all|both|each|together|[a-z]{3,}ly)\s+){0,3}"
                                   r"(?:in\s+the\s+past\s+|for\s+years\s+|in\s+(?:1[89]|20)\d\d\s+)?$")  # "who has in the past said", "who in 2010 said"


_RELATIVE_CUE: Final = re.compile(r"\s*,\s*who(?:\s+(?:" + "|".join(sorted(AUX_ADV, key=len, reverse=True)) +
                          r"|[a-z]+ly)){0,3}\s*$", re.IGNORECASE)


_MONTH_NAMES: Final = frozenset("""
january february march april may june july august september october november december
""".split())
# Months written in full or short, which a number after them continues ("Jan. 31", "January 2016").
MONTHS: Final = _MONTH_NAMES | frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
_MONTHS_DAYS: Final = CALENDAR_NAMES | frozenset("today yesterday tonight".split())

# Words that open a noun phrase ("any tissue", "the body").
_NP_OPENERS: Final = DETERMINERS | frozenset("any every no".split())
# Words that open a verb's object ("spent more time", "made a point").
_OBJECT_DETERMINERS: Final = DETERMINERS | frozenset("more less much".split())
_IRREGULAR_VERBS: Final = frozenset("""
said told wrote made took gave put sent led struck spoke thought felt knew saw heard held went
came got kept left meant paid read ran set shot sold stood swore taught threw won bought brought
fought sought began begun cut hit quit beat hurt cast spread split bet upset laid lay found drew
grew chose rose fell built dealt became met spent lost sat fled fed bent lent slept swept wept
shook woke wore tore broke froze drove rode ate forgot forgave hid blew flew withdrew overcame
understood undertook sang sank rang swam drank stole hung stuck swung dug bore
""".split())


def _verb_after(masked: str, pos: int, end: int, progressive: bool = False) -> re.Match[str] | None:
    """The finite verb right after a subject ending at ``pos`` ('has long called', 'blasted');
    with ``progressive``, also a form of "be" and a participle ("is comparing", "’s comparing")."""
    m = VERB_AFTER_SUBJECT.match(masked, pos, end)
    if m is not None and looks_finite(m.group("verb")):
        verb = m.group("verb")
        if verb.endswith("s") and verb not in CUE_WORDS and (
                _AUXILIARY_NEXT.match(masked, m.end(), end) or _AUXILIARY_AFTER_PHRASE.match(masked, m.end(), end)):
            return None  # "the England players are incensed": a plural noun ends the subject
        return m
    if progressive and (m is None or m.group("verb") in BE):
        return _PROGRESSIVE_AFTER.match(masked, pos, end)
    return None


# An auxiliary right after a word: the word ends a subject ("European firms | have objected").
_AUXILIARY_NEXT: Final = re.compile(r"\s+(?:are|were|have|had|will|would|can|could|should|must|may|might)\b")
# ... or after a phrase that places it, for a noun after a capitalised word ("European firms | with
# listings in New York have objected").
_AUXILIARY_AFTER_PHRASE: Final = re.compile(r"\s+(?:with|in|of|from|at|on|for|across|outside)\s+[^,;:.!?\x00]{1,60}?"
                                     r"\s+(?:are|were|have|had|will|would|can|could|should|must|may|might)\b")
# A plural noun ending a subject before an auxiliary ("FBI | officials were angered").
_PLURAL_BEFORE_AUXILIARY: Final = re.compile(r"\s+([a-z]+s)(?=" + _AUXILIARY_NEXT.pattern + "|"
                                      + _AUXILIARY_AFTER_PHRASE.pattern + ")")
# A progressive verb after a subject: "is comparing", "’s comparing", "were still weighing".
_PROGRESSIVE_AFTER: Final = re.compile(r"(?:\s+(?:is|are|was|were|am)|['’](?:s|re))(?:\s+(?:[a-z]+ly|still|also|now|not))*"
                                r"\s+(?P<verb>(?!being\b)[a-z]{2,}ing)\b(?!-)")


# A possessive and one word after it, before a noun ("the government's pre-Budget | report").
_POSSESSIVE_MODIFIER: Final = re.compile(r"\w['’]s\s+[\w-]+\s+$")


_CAPITAL_NEXT: Final = re.compile(r"\s+[A-Z][a-z]")
_ROLE_BEFORE_NAME: Final = re.compile(r"\s+([a-z]+s)\s+[A-Z][a-z]")


def _base_form(word: str) -> bool:
    """Whether a lower-case verb is in its base form ("report", "say"), not "reports", "reported", "said"."""
    return not word.endswith(("s", "ed")) and word not in _IRREGULAR_VERBS


def looks_finite(word: str) -> bool:
    """True for a lower-case word that can be a verb of the past or present ("blasted", "says",
    "wrote"), false for most nouns and adjectives ("presidential", "campaign")."""
    return (word in CUE_WORDS or word in _IRREGULAR_VERBS or word.endswith("ed")
            or (word.endswith("s") and not word.endswith(("ss", "us", "is"))))


# A time phrase opening the sentence ("A few minutes later they ...", "Two days earlier, ...").
_TIME_OPENER: Final = re.compile(
    r"\s*(?:(?:A|An|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|"
    r"Sixteen|Seventeen|Eighteen|Nineteen|Twenty|Thirty|Forty|Fifty|\d{1,3}|Several|Some|A\s+few)\s+"
    r"(?:[a-z]+\s+)?(?:seconds|minutes|hours|days|weeks|"
    r"months|years|moments)|Moments|Minutes|Hours|Days|Weeks|Months|Years)\s+(?:later|earlier|after|before|ago)\b,?\s*")


def clause_subject(masked: str, lo: int, end: int, *, progressive: bool = False) -> Span | None:
    """The named subject of the main clause before ``end``: the first capitalised phrase, at the
    sentence start or after a comma, that a lower-case verb follows
    ('Thursday, after a pause, Warren endorsed Clinton, saying ...' -> 'Warren'); with
    ``progressive``, also a progressive verb ('Roe is campaigning in Iowa, saying ...')."""
    opener = _TIME_OPENER.match(masked, lo, end)
    starts = [opener.end() if opener else lo] + [m.end() for m in _BREAK.finditer(masked, lo, end)]
    for start in starts[:6]:
        np = sentence_subject(masked, start, end)
        if np is None:
            continue
        words = masked[np[0]:np[1]].split()
        if words[-1].lower().strip(",.") in _MONTHS_DAYS:
            continue
        role = _ROLE_BEFORE_NAME.match(masked, np[1], end)
        if role is not None and _names_people(role.group(1)):
            continue  # "Greek | sprinters Kostas Kenteris and ...": a role before names, no verb
        if _verb_after(masked, np[1], end, progressive) is not None:
            return np
        noun = _PLURAL_BEFORE_AUXILIARY.match(masked, np[1], end)
        if noun is not None and _verb_after(masked, noun.end(1), end, progressive) is not None:
            return np[0], noun.end(1)  # "FBI officials | were angered ... and predicted"
    return None


# A quotation closing just before a phrase ('"...," Jane Roe, a nurse, said').
_CLOSED_QUOTE: Final = re.compile(MASK + r"[,.?!]?(?:[”\"’]|'')[,]?$")


def interrupted_subject(masked: str, lo: int, end: int) -> tuple[Span, Span | None] | None:
    """The subject of a cue separated from it by an aside, and the aside.

    'Jane Roe (D-Ill.) said', 'Jane Roe, who ran in 2012, said', 'Jane Roe, in Iowa, said' and
    'Jane Roe praised the plan and said': the speaker is the clause's subject.
    """
    aux = _aux_before(masked, lo, end)
    if aux is not None and aux > lo:
        end = aux  # "Jane Roe, who ran in 2012, has also said"
    time = _time_before(masked, lo, end)
    if time is not None and time > lo:
        end = time  # "Jane Roe (D-Ill.) last week said"
    head = masked[max(lo, end - 80):end]
    base = end - len(head)
    paren = _PAREN_TAIL.search(head) if _ends_in_paren(head) else None
    if paren is not None:
        np = left_speaker(masked, lo, base + paren.start())
        if isinstance(np, tuple) and not (_opens_with_role(masked[np[0]:np[1]])
                                          and masked[lo:np[0]].rstrip().endswith(",")):
            return np, None  # (not the role in "Jane Roe, general secretary of the union (CITU), said")
    rel = _RELATIVE_CUE.search(head) if "who" in head.lower() else None
    if rel is not None:
        np = left_speaker(masked, lo, base + rel.start())
        if isinstance(np, tuple) and is_named(masked, np):
            return np, None
        return None
    coordinated = COORDINATED.search(head)
    if coordinated is not None:
        # "Roe praised the plan and said": the clause's subject, past an aside if need be
        np = (clause_subject(masked, lo, end, progressive=True) or main_subject(masked, lo, end)
              or _copula_subject(masked, lo, base + coordinated.start()))
        if np is not None and np[1] <= end - len(head) + coordinated.start() and (is_named(masked, np) or (
                masked[np[0]].isupper() and _is_group_head(masked[np[0]:np[1]].rsplit(None, 1)[-1]))
                or (_described_speaker(masked, np) and not _base_form(_word_at(masked, end)))):
            return np, None  # (or "FBI officials were angered ... and predicted", "The minister resigned and said";
            # not "left it to others to praise his record and | defend": an infinitive)
        return None
    stripped = head.rstrip()
    # An aside ends in a comma, a dash or a bracket, or in a quotation closed on its comma: a
    # participle's ('Roe, citing "the magic of it," said') or a short title ('star of "Scandal,"').
    quoted_end = bool(stripped) and stripped[-1] not in ",—–-)"
    if not stripped or (quoted_end and not _QUOTE_CLOSING_ASIDE.search(stripped)):
        return None
    fronted: tuple[Span, Span] | None = None
    lo = dateline_end(masked, lo, end) or lo  # "WASHINGTON -- | President Obama, dedicating ..., said"
    for m in _BREAK.finditer(masked, lo, end):
        if m.end() >= end - 1:
            break
        np = left_speaker(masked, lo, m.start())
        if not isinstance(np, tuple):
            continue
        if _COUNTED_TIME.fullmatch(masked, np[0], m.start()) or _TIME_ALONE.fullmatch(masked, np[0], m.start()):
            continue  # "A day earlier, | Mr Roe - keen to reassure investors - had said": a time
        lead = masked[lo:np[0]].strip()
        # what opens the phrase after any fronted phrase's comma ("In Iowa, | about two-thirds")
        # or a label's colon ("Voter participation: | Sanders, whose ..., said")
        opener = lead.rpartition(",")[2].rpartition(":")[2].strip().lower()
        if (opener and opener not in SENTENCE_OPENERS and opener not in DETERMINERS
                and not _CLOSED_QUOTE.search(lead) and not (opener == "what" or opener.endswith(" what"))
                and not (_OPENING_ING.match(lead) and is_named(masked, np)
                         and (lead.rpartition(" ")[2].lower() not in _LEAD_PREPOSITIONS
                              or masked[np[0]:np[1]].split()[0] in _OBJECT_OPENERS))):
            continue  # (but "in what Jane Roe, the mayor, called ...": a free relative's subject; "Speaking
            # after the vote | Bob Neill, leader of the party, said": a participle's phrase with no comma)
        aside = masked[m.end():end].rstrip(" ,—–-")
        if m.group().strip() in _DASHES and _INNER_DASH.search(aside):
            # "Upload speeds - the speed at which it is sent - will remain the same, said Roe": the
            # aside closed, a verb goes on: a clause of its own
            return fronted
        if len(aside) > 220 or ";" in aside or not aside or _FINITE_ASIDE.match(aside) or (
                quoted_end and not _PARTICIPLE_ASIDE.match(aside) and not _SHORT_QUOTE_END.search(aside)):
            # too long for an aside, or a clause of its own ("Security, stability and prosperity
            # would be the themes, said Roe")
            return fronted
        if not (is_named(masked, np) or masked[np[1] - 1:np[1]].isalpha() or _OF_A_YEAR.fullmatch(masked, np[0], np[1])):
            return fronted  # (but "The organisers of the first grand slam of 2005, which ..., said")
        if fronted is None and lead.lower() in _LEAD_PREPOSITIONS:
            # "In Iowa, | about two-thirds, 67 percent, say": a subject after the fronted phrase's
            # object comes first; the phrase itself only when none does ("After the ruling Jane
            # Roe, a lawyer, said")
            fronted = np, (m.end(), m.end() + len(aside))
            continue
        return np, (m.end(), m.end() + len(aside))
    return fronted


def _word_at(masked: str, pos: int) -> str:
    """The lower-case word starting at ``pos`` (after any spaces)."""
    m = _WORD_AT.match(masked, pos)
    return m.group(1).lower() if m is not None else ""


_WORD_AT: Final = re.compile(r"(?:\s*(?:then|also|later|still|again|just|[a-z]+ly)\b)*\s*([\w’'-]+)")


def _described_speaker(masked: str, np: Span) -> bool:
    """Whether ``np`` is a role, people or a body described with a determiner ("the minister",
    "the company", "some analysts")."""
    words = masked[np[0]:np[1]].split()
    if len(words) >= 2 and words[0].lower() in DETERMINERS and (
            _names_people(words[-1]) or words[-1].lower() in _PLACED_HEADS):
        return True
    # people before their modifier ("Opponents | of the draft directive")
    cut = next((i for i in range(1, len(words)) if words[i] in _PLACE_PREPOSITIONS or words[i] == "of"), 0)
    return cut > 0 and plural_of_people(words[cut - 1].strip(",")) and (
        cut == 1 or words[0].lower() in DETERMINERS)


def _copula_subject(masked: str, lo: int, end: int) -> Span | None:
    """The subject of a clause whose first verb is a form of "be" ("O'Connell | is rumoured to
    ...", "The Conservatives | are yet to ..."), when it opens the clause."""
    m = _COPULA.search(masked, lo, end)
    if m is None or _SUBORDINATOR.search(masked, m.end(), end):
        return None  # (not "Analysts were divided about whether Fosters ... or | wanted": its own subject)
    np = left_speaker(masked, lo, m.start())
    return np if isinstance(np, tuple) and not masked[lo:np[0]].strip() else None


_COPULA: Final = re.compile(r"\s(?:is|are|was|were)\s")
_SUBORDINATOR: Final = re.compile(r"\b(?:whether|that|if|because|which|who|whom|when|while|although|though|as)\b")


# A participle opening the sentence ("Speaking after the vote ..."); a determiner opens its object
# before the subject's name ("Speaking after | the vote Bob Neill"; not "in | Harlem").
_OPENING_ING: Final = re.compile(r"(?!According\b)[A-Z][a-z]+ing\s")


# A described phrase ending in a year it is of ("the organisers of the first grand slam of 2005").
_OF_A_YEAR: Final = re.compile(r"(?:the|The)\s[^,\x00]*\sof\s(?:19|20)\d\d")


# Prepositions among the sentence openers: what follows one is its object, no subject.
_LEAD_PREPOSITIONS: Final = frozenset(
    "in on at after before from for with to by of during despite amid among into through "
    "like unlike without within according".split())  # not "about", "over", "under": "About half said"
def _opens_with_role(phrase: str) -> bool:
    """Whether ``phrase`` opens with a person's role in lower case ("general secretary of ...",
    "a fund manager at ..."), as an appositive after a name does, or is a body's name and a
    person's role after it ("OFHEO director", "UEI chief")."""
    words = phrase.split(None, 3)
    if words and words[0] in ("a", "an"):
        words = words[1:]  # "Matt Roe, a fund manager at Perpetual said"
    words = words[:2]
    if bool(words) and words[0].islower() and not words[0].endswith("s") and any(
            w.lower() in PERSON_ROLES for w in words):
        return True
    tokens = phrase.split()
    if len(tokens) > 2 and tokens[0][:1].isupper() and tokens[1].lower() in PERSON_ROLES and tokens[2] in ("of", "for", "at"):
        return True  # "Welsh secretary of the British Medical Association", "Labour spokesman for health"
    if tokens and tokens[0] in ("a", "an"):
        for w in tokens[1:5]:  # "a Labour MP", "an Austrian Green member of ...": names of a party or a country first
            if w.lower() in PERSON_ROLES:
                return True
            if not w[:1].isupper():
                break
    return 2 <= len(tokens) <= 4 and tokens[-1] in PERSON_ROLES and all(t[:1].isupper() for t in tokens[:-1])


def unclosed_place_aside(masked: str, lo: int, end: int) -> tuple[Span, Span] | None:
    """A name and where the person works, after a comma that no comma closes, ending at ``end``
    ('"...," Emmanuel Ferry, from Exane BNP Paribas | told'): the name speaks, the rest is its
    aside. ``None`` unless the name opens the clause or follows a quotation or a comma."""
    m = _UNCLOSED_PLACE_ASIDE.search(masked, max(lo, end - 120), end)
    if m is None or not is_named(masked, m.span("np")) or _names_a_time(m.group("np")):
        return None
    lead = masked[lo:m.start("np")].rstrip()
    return (m.span("np"), m.span("aside")) if not lead or lead[-1] in ",\"”'" else None


def unclosed_role_aside(masked: str, lo: int, speaker: Span) -> tuple[Span, Span] | None:
    """A name before ``speaker``, a role after a comma that no comma closes ("Patricia Roe, |
    spokeswoman for the Disaster Emergency Committee | said"): the name speaks, the role is its
    aside. ``None`` unless ``speaker`` opens with a role in lower case and the name opens the
    clause or follows a quotation or a comma."""
    start = speaker[0]
    if not masked.endswith(", ", max(lo, start - 2), start) or not _opens_with_role(masked[start:speaker[1]]):
        return None
    m = _NAME_BEFORE_ASIDE.search(masked, max(lo, start - 60), start)
    if m is None or not is_named(masked, m.span("np")) or _names_a_time(m.group("np")):
        return None  # "On Monday, | the judge said": a time, no name
    lead = masked[lo:m.start("np")].rstrip()
    return (m.span("np"), speaker) if not lead or lead[-1] in ",\"”'" else None


def _names_a_time(phrase: str) -> bool:
    """Whether a capitalised phrase before a comma is a fronted time or place ("On Monday", "In
    London"), no name."""
    words = phrase.lower().split()
    return words[0] in _LEAD_PREPOSITIONS or words[0] in SENTENCE_OPENERS or any(w in _MONTHS_DAYS for w in words)


# A name of two to four capitalised words before an aside's comma.
_ASIDE_NAME: Final = r"(?P<np>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}),\s+"
_NAME_BEFORE_ASIDE: Final = re.compile(_ASIDE_NAME + "$")
# A name, then where the person works after a comma that no comma closes: "Jane Roe, | from Exane BNP
# Paribas", "Jane Roe, | economist at Global Insight".
_UNCLOSED_PLACE_ASIDE: Final = re.compile(_ASIDE_NAME +
                                   r"(?P<aside>(?:(?:an?|the)\s+)?(?:[a-z][\w-]*\s+){0,3}?(?:from|of|at|with|for)\s+"
                                   r"(?:the\s+)?[A-Z][^,;:\x00\"“”]{1,60}?)\s*$")
# An aside holding a finite verb before any relative pronoun is a clause of its own.
_FINITE_ASIDE: Final = re.compile(r"(?:(?!\b(?:who|whom|whose|which|that|where|when|as|if|after|before|since|because|while|"
                           r"although|though|until|unless|once)\b)[^,])*?"
                           r"\b(?:would|will|could|can|should|must|is|are|was|were|has|have|had|did|does)\b")
_QUOTE_CLOSING_ASIDE: Final = re.compile(MASK + r"[’'”\"]{1,2}$")
_PARTICIPLE_ASIDE: Final = re.compile(r"\s*[a-z]{2,}ing\s")
# A title of a few words closing an appositive ('Roe, star of "Scandal," thanked').
_SHORT_QUOTE_END: Final = re.compile(r"\s[“\"‘']{1,2}" + MASK + r"{1,20}[’'”\"]{1,2}$")
_SENTENCE_SUBJECT: Final = re.compile(
    r"\s*(?:(?:But|And|So|Yet|Still|Also|Meanwhile|However|Later|Then|but|and|so|yet),?\s+)?"
    r"(?P<np>(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Ii]t)\b|(?:(?:[Tt]he|[Aa]n?)\s+)?[A-Z][\w’'.&-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w’'.&-]*){0,5})"
)


def sentence_subject(masked: str, lo: int, end: int) -> Span | None:
    """The subject of a sentence: a pronoun or capitalised phrase at its start."""
    clause = _OPENING_CLAUSE.match(masked, lo, end)
    if clause is not None:
        return main_subject(masked, clause.end(), end)  # "Before Roe took the stage, | his campaign sent ...:"
    m = _SENTENCE_SUBJECT.match(masked, lo, end)
    if m is None:
        return None
    words = m.group("np").lower().split()
    if words[0] in SENTENCE_OPENERS or words[0] in _NO_SUBJECT_OPENERS or (
            len(words) == 1 and words[0] in OCCASION_PARTICIPLES):
        return None  # "Speaking after the vote Jane Roe, the leader, said:", "Why not just say:": no subject
    if len(words) == 1 and words[0] in DETERMINERS:
        return _nominal_subject(masked, m.start("np"), end)  # "The crowd gave ..."
    titled = _ROLE_THEN_NAME.match(masked, m.end("np"), end)
    if titled is not None and _names_people(titled.group("role")):
        return m.start("np"), titled.end()  # "Barack Obama spokesman Robert Gibbs derided ..."
    return m.span("np")


# Question words and conjunctions that open a sentence without a subject ("Why not just say:").
_NO_SUBJECT_OPENERS: Final = frozenset("why how what where whether or nor unless".split())
# Participles of an occasion of speaking: no subject when they open a sentence ("Speaking on
# Monday, ..."), no role when they open an aside ("Roe, accepting his award, said").
OCCASION_PARTICIPLES: Final = frozenset("""speaking writing commenting responding reacting talking addressing
explaining referring announcing describing answering replying appearing testifying interviewed quoted
asked accepting""".split())
# A role word and a name after a capitalised phrase: the whole is one subject.
_ROLE_THEN_NAME: Final = re.compile(r"\s+(?P<role>[a-z]+)\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}")


_NOUN_WORD: Final = re.compile(r"\s+([a-z][\w’'-]*)")


def _nominal_subject(masked: str, start: int, end: int) -> Span | None:
    """'The ad says', 'The two lawmakers argue': a determiner and up to three lower-case words
    that a finite verb follows; ``None`` when no verb comes."""
    pos = first = masked.index(" ", start, end) if " " in masked[start:end] else end
    for _ in range(3):
        word = _NOUN_WORD.match(masked, pos, end)
        if word is None:
            return None
        if word.group(1) in AUX_ADV and pos > first:
            # "The pair then spent": an adverb between the subject and its verb
            return (start, pos) if _verb_after(masked, pos, end) is not None else None
        after = _NOUN_WORD.match(masked, word.end(), end)
        if after is not None and (after.group(1) in AUXILIARIES or after.group(1) in BE
                                  or looks_finite(after.group(1))):
            return start, word.end()
        pos = word.end()
    return None


_OBJECT_AFTER: Final = re.compile(r"(?:(?:[a-z]{3,}(?:ed|s)|left|made|took|gave|sent|met|won|lost|beat|quit|led|held|"
                           r"brought|bought|sold|built|set|put|hit|struck|wrote|ran|began|chose|sought|caught|"
                           r"kept|found|drawn|given|taken|shown|done)(?:\s+(?:back|out|up|off|down))?|to|at|with|on|for|outside|opposite|near|beside|behind|inside|"
                           r"(?<=ed )(?:from|in|into))\s+$")


def is_object(masked: str, lo: int, np: Span) -> bool:
    """True when the phrase ``np`` follows a verb or preposition: an object, not a subject."""
    head = masked[max(lo, np[0] - 30):np[0]]
    m = _OBJECT_AFTER.search(head)
    return m is not None and masked[np[0] + m.start() - len(head) - 1:np[0]].strip() != ""


_LOWER_WORD: Final = re.compile(r"(?<![\w’'-])[a-z][a-z’'-]*(?![\w’'-])")
# "PARIS, Aug 31 (Reuters) - ", "Washington (AFP) – ": where and from whom a story was filed.
DATELINE: Final = re.compile(r"\s*[A-Z][A-Za-z .'-]{1,40}(?:,[^-–—()\x00]{1,30})?\s*(?:\([A-Za-z .-]{2,30}\))?\s*[-–—]{1,2}\s+")
AUXILIARIES: Final = frozenset("has have had did does do will would could should may might must can".split())


# A subordinate clause opening the sentence, to its comma, before a pronoun or a capital ("Since
# her op-ed in May, | she has").
_SUBORDINATE_OPENER: Final = re.compile(r"\s*(?:Since|After|When|While|Although|Though|Because|If|Before|Until|"
                                 r"Unless|Once|As)\s[^,;:\x00]{1,120},\s*(?=(?:he|she|they|it|we|I)\b|[A-Z])")
# ... or before a phrase with a determiner ("Even before Roe took the stage, | his campaign sent"),
# when the clause holds no comma of its own.
_OPENING_CLAUSE: Final = re.compile(r"\s*(?:Even\s+(?:before|after|when|while|if|though)|Since|After|When|While|Although|"
                             r"Though|Because|If|Before|Until|Unless|Once)\s[^,;:\x00]{1,120},\s*(?=(?:he|she|they|we|I|his|her|their|its|the|a|an)\s)")
# Words after which a word that may be a verb ("report", "claims") is a noun.
_NOUN_DETERMINERS: Final = frozenset("a an the his her its their our my your these those".split())
# Subjects contracted with "is" or "has" ("she's", "it's"), not possessives.
_CONTRACTED_SUBJECTS: Final = frozenset("he she it that there who what here where".split())


# A verb in the past or an auxiliary right after a word ("supporters | gathered", "allies | have").
_VERB_NEXT: Final = re.compile(r"\s+(?:[a-z]{3,}ed|have|had|were|are|will|would|could|can)\b")
# Endings of adjectives before a plural noun ("congressional allies", "economic policies").
_ADJECTIVE_BEFORE_PLURAL: Final = ("al", "ic", "ive", "ous", "ful", "ary", "ican")


def _plural_after_adjective(before: str, word: str) -> bool:
    """Whether ``word``, in -s after ``before``, is a plural noun that an adjective qualifies
    ("congressional allies"), not a verb ("an official says", "the Republicans said")."""
    return (word.endswith("s") and word not in CUE_WORDS and word not in _IRREGULAR_VERBS
            and before.isalpha() and before.islower() and before.endswith(_ADJECTIVE_BEFORE_PLURAL)
            and before not in ROLE_NOUNS and before not in PERSON_ROLES and before not in _NOUN_IN_AL)


# Nouns with an adjective's ending that may be a verb's subject ("the editorial argues").
_NOUN_IN_AL: Final = frozenset("""
official general rival local individual professional criminal liberal radical editorial tribunal
journal hospital council principal memorial arsenal capital federal cardinal
""".split())


# A dateline: a place in capitals and a dash ("WASHINGTON -- ", "JERUSALEM - "), or any place with
# a wire service's credit ("New York (AFP) – "); not a name in mixed case before a dash ("GOP
# front-runner Donald Trump - who ...").
_WIRE: Final = r"\((?:AP|AFP|Reuters|UPI|CNN|dpa)\)"
_DATELINE_MARKED: Final = re.compile(
    r"\s*(?:[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+){0,2}(?:,\s*[A-Z][A-Za-z.]+)?(?:\s*" + _WIRE + r")?\s*(?P<dash>--|—|–|―|-)"
    r"|[A-Z][A-Za-z .'-]{1,40}(?:,[^-–—()\x00]{1,30})?\s*" + _WIRE + r"\s*[-–—]{1,2})\s+")


def dateline_end(masked: str, start: int, end: int) -> int | None:
    """Where a dateline (:data:`_DATELINE_MARKED`) opening ``masked[start:end]`` ends, or ``None``.
    After a hyphen no second one may follow, which would close an aside ("EADS - Airbus'
    majority owner - admitted"; but "JERUSALEM - Israeli Prime Minister ...")."""
    m = _DATELINE_MARKED.match(masked, start, end)
    if m is None or (m.group("dash") == "-" and masked.find(" - ", m.end(), end) >= 0):
        return None
    return m.end()


def main_subject(masked: str, lo: int, end: int) -> Span | None:
    """The subject of the first finite verb in ``masked[lo:end]`` that has one: 'A spokeswoman
    for the firm also declined to comment', 'The senator did give credit', 'Jane Roe, who faces a
    hard race, rescinded her support'. Reads at most three verbs."""
    dateline = DATELINE.match(masked, lo, end)
    lo = dateline.end() if dateline else lo
    opener = _TIME_OPENER.match(masked, lo, end)
    lo = opener.end() if opener else lo
    clause = _SUBORDINATE_OPENER.match(masked, lo, end) or _OPENING_CLAUSE.match(masked, lo, end)
    lo = clause.end() if clause else lo  # "Since Roe's op-ed in May, | she has ..."
    tried = 0
    for m in _LOWER_WORD.finditer(masked, lo, end):
        word = m.group()
        if word in BE or not (word in AUXILIARIES or looks_finite(word)):
            continue
        before = masked[max(lo, m.start() - 12):m.start()].split()
        if before and (before[-1].lower() in _NOUN_DETERMINERS or (
                before[-1].endswith(("'s", "’s")) and before[-1].lower()[:-2] not in _CONTRACTED_SUBJECTS)):
            continue  # "ahead of the report", "the government's reports": a noun; not "she's tacked"
        if before and word in CUE_WORDS and not before[-1].endswith("s") and _base_form(word) and _POSSESSIVE_MODIFIER.search(
                masked, max(lo, m.start() - 40), m.start()):
            continue  # "the government's pre-Budget report": a noun (its verb would be "reports")
        if before and _plural_after_adjective(before[-1], word):
            continue  # "Trump's congressional allies have": a plural noun, not a verb
        if word.endswith("s") and _names_people(word) and _CAPITAL_NEXT.match(masked, m.end(), end):
            continue  # "Greek sprinters Kostas Kenteris and ...": the role before names, not a verb
        if word.endswith("s") and word not in CUE_WORDS and word not in _IRREGULAR_VERBS and (
                _VERB_NEXT.match(masked, m.end(), end) or _AUXILIARY_NEXT.match(masked, m.end(), end) or (
                    before and before[-1][:1].isupper() and before[-1].lower() not in SENTENCE_OPENERS
                    and _AUXILIARY_AFTER_PHRASE.match(masked, m.end(), end))):
            # "party supporters gathered", "Republicans and their allies are rushing": a plural
            # noun ending the subject, before its verb
            np = left_speaker(masked, lo, m.end())
            if isinstance(np, tuple):
                return np
            continue
        tried += 1
        np = left_speaker(masked, lo, m.start())
        if isinstance(np, tuple):
            return np
        got = interrupted_subject(masked, lo, m.start())
        if got is not None:
            return got[0]
        if tried == 3:
            break
    return None


def subject_before_object(masked: str, lo: int, np: Span) -> Span | None:
    """The subject of the verb that the object ``np`` follows ("the Trump campaign issued a
    statement" -> "the Trump campaign"), else the named subject of the clause."""
    head = masked[max(lo, np[0] - 30):np[0]]
    m = _OBJECT_AFTER.search(head)
    if m is not None and m.group()[0].isalpha() and len(m.group().split()[0]) > 3:
        found = left_speaker(masked, lo, np[0] - len(head) + m.start())
        if isinstance(found, tuple) and m.group().split()[0] in _PLACES_BY_OBJECT and is_object(masked, lo, found):
            return subject_before_object(masked, lo, found)  # "Protesters held a rally | outside the embassy"
        if isinstance(found, tuple):
            return found
    return clause_subject(masked, lo, np[0]) or main_subject(masked, lo, np[0])


# Prepositions of place after an object ("a billboard | opposite the Palace of Westminster").
_PLACES_BY_OBJECT: Final = frozenset("outside opposite near beside behind inside".split())


POSSESSIVE_DETERMINERS: Final = frozenset("his her its their our my your".split())


def is_possessive(text: str, span: Span) -> bool:
    """'His', 'Rubio's': a determiner of the subject, not the subject."""
    words = text[span[0]:span[1]].split()
    return not words or words[-1].lower() in POSSESSIVE_DETERMINERS or words[-1][-2:] in ("'s", "’s")


# A party and state after a name ("Lindsey Graham, | R-S.C.", "| D-Texas") or a state's
# abbreviation after a town ("Ava, | Mo.", "Raleigh, | N.C.").
_TAG_OR_STATE: Final = re.compile(r"(?:[RDI]|Rep|Dem|Ind)-[A-Z][A-Za-z.]*|[A-Z][a-z]{1,4}\.|(?:[A-Z]\.){2,3}|[A-Z]\.[A-Z][a-z]\.")
# A town after "from", "of" or "in", and the comma after it ("a doctor from Englewood, | New Jersey").
_TOWN_BEFORE: Final = re.compile(r"\b(?:from|of|in)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}\s*,\s*$")


def place_after_comma(masked: str, lo: int, span: Span) -> bool:
    """Whether the capitalised phrase at ``span`` is where someone named before it is from, or
    their party, set off by a comma: "a doctor from Englewood, | New Jersey", "of Ashton, | Md.",
    "Lindsey Graham, | R-S.C.". Such a phrase names no speaker; a full name does ("the head of
    Acme, | Jane Roe")."""
    before = masked[max(lo, span[0] - 60):span[0]]
    if not before.rstrip().endswith(","):
        return False
    words = masked[span[0]:span[1]].split()
    if not words:
        return False
    if len(words) == 1 and _TAG_OR_STATE.fullmatch(words[0]):
        return True
    if len(words) > 3 or _names_a_person(words):
        return False
    return _TOWN_BEFORE.search(before) is not None


def _names_a_person(words: list[str]) -> bool:
    """Whether capitalised ``words`` after a comma name a person rather than a place: a given
    name and more ("Jane Roe"), or a title or a role ("Mr Roe", "Senator Roe")."""
    return (len(words) > 1 and words[0].lower().rstrip(".") in given_names()) or any(
        w.lower().rstrip(".") in PERSON_TITLES or w.lower() in PERSON_ROLES for w in words)


def is_named(text: str, span: Span) -> bool:
    """A proper name or pronoun, not a common noun phrase ("the above statement")."""
    words = text[span[0]:span[1]].split()
    return bool(words) and (words[-1][0].isupper() or words[-1].lower() in PRONOUNS)


VERB_AFTER_SUBJECT: Final = re.compile(r"\s+(?:(?:[a-z]+ly|" + "|".join(sorted(AUX_ADV, key=len, reverse=True)) +
                                 r")\s+){0,3}(?P<verb>[a-z][a-z’']+)\b(?!-)")


# Prepositions that open a fronted phrase ("At a news conference Roe said"); the walk stops at
# them, so a phrase found right after one begins with its object, not with the subject.
_FRONTING_PREPOSITIONS: Final = frozenset("""
in on at after before during from for with about under over despite amid among into through like
unlike without within since following throughout upon across against behind beyond near until till
last next this early late mid
""".split())
COURTESY_TITLES: Final = frozenset("mr mr. mrs mrs. ms ms. miss dr dr. sir".split())
# Occasions, times and documents that a fronted phrase names ("In the interview", "At the trial");
# a day or month only as its first word ("On Wednesday", not "In the Sunday Times").
_OCCASIONS: Final = _MONTHS_DAYS | frozenset("""
interview interviews conference statement statements speech speeches meeting meetings summit trial
debate debates hearing hearings session rally event address visit appearance briefing broadcast
programme program show book article column memo letter lawsuit report tweet post posts blog case
quote list part time times moment year week month night morning afternoon evening weekend day
""".split())


def after_fronted_phrase(masked: str, lo: int, span: Span) -> Span:
    """The subject inside a speaker phrase that a fronted prepositional phrase runs into when no
    comma ends it: "At a news conference | Roe said", "In the interview | Mr Blair said",
    "On Wednesday | Jack Straw said". It starts at a name after a word of :data:`_OCCASIONS`, or
    at a courtesy title after a word that is no role ("the witness stand | Mr Roe"). ``span``
    unchanged when no preposition comes right before it, or when no such place is in it."""
    before = masked[max(lo, span[0] - 12):span[0]].rsplit(None, 1)
    opening = _FRONTED_OPENING.match(masked, lo, span[0]) is not None
    if not before or (before[-1].lower() not in _FRONTING_PREPOSITIONS and not opening):
        return span
    words = list(_WORD_IN_PHRASE.finditer(masked, span[0], span[1]))
    for i in range(1, len(words)):
        word, prev = words[i].group(), words[i - 1].group().lower()
        if prev in _MONTHS_DAYS and i > 1:
            continue  # "the Sunday Times": a name
        if word[0].isupper() and (prev in _OCCASIONS or (
                word.lower() in COURTESY_TITLES and prev not in PERSON_ROLES and prev not in ROLE_NOUNS
                and prev != "of")):
            return (words[i].start(), span[1])
        if word.lower() in _SHARE_WORDS and i + 1 < len(words) and words[i + 1].group() == "of" and (
                _PLURAL_NOUN.fullmatch(words[i - 1].group())):
            # "Despite this liking for search sites | half of those questioned said": a share
            return (words[i].start(), span[1])
        if opening and word[0].isupper() and _PLURAL_NOUN.fullmatch(words[i - 1].group()) and (
                prev[:-1] not in PERSON_ROLES and prev[:-1] not in ROLE_NOUNS) and all(
                w.group()[0].isupper() for w in words[i + 1:]):
            # "In a statement detailing the banning of the accounts | Valve said": a name after a
            # plural noun is none of its (that would be "the accounts of Valve")
            return (words[i].start(), span[1])
    return span


# A sentence opened by a phrase of a preposition or a participle ("In a statement detailing ...",
# "Speaking to the BBC News website ..."), whose subject comes after it.
_FRONTED_OPENING: Final = re.compile(r"\W*(?:(?:In|On|At|After|Before|During|Speaking|Writing|Talking|Responding|"
                              r"Commenting|Asked|Interviewed)\s)")
# Words of a share of a group before "of" ("half of those questioned").
_SHARE_WORDS: Final = frozenset("half most many some all none few several majority minority third quarter".split())
# A plural noun in lower case ("accounts"; not "business", "status", "analysis").
_PLURAL_NOUN: Final = re.compile(r"[a-z]{2,}[^su]s")


_WORD_IN_PHRASE: Final = re.compile(r"\S+")
