"""Find the content of a statement around its cue: the clause or quotation after it, the
quotation or clause before it, a second part after an interrupting cue, and whether the content
is a quotation (``direct``), holds one (``mixed``) or reports (``indirect``). Spans follow
PolNeAR's convention: "that" is kept, the clause's final punctuation is not."""

from __future__ import annotations

import bisect
import re
from typing import Final

from analysis.cues import (
    ADDRESSEE,
    ADDRESSEE_RE,
    ADJUNCT_RE,
    AGREE,
    BELIEF,
    CALLING,
    BELIEF_AFTER_REPORT_RE,
    CONTENT_STOP_RE,
    CONTENT_STOP_START,
    DASH,
    OBJECT_PRONOUNS,
    PARTICIPLES,
    PREPOSITIONAL,
    PRONOUNS,
    QUOTE_CHARS,
    ENDORSE,
    SPEECH,
    WANT,
    OCCASION_AFTER_OBJECT,
    STANCE,
    STOP,
)
from analysis.coref import CALENDAR_NAMES
from analysis.found import Context, MASK, Span, TRAIL, opens_quotation, trim_span
from analysis.speakers import DOCUMENTS, dateline_end


def skip_adjuncts(masked: str, pos: int, end: int, cue_word: str) -> int:
    """Position after an addressee and adjuncts that follow a cue ("told reporters on Monday")."""
    if cue_word in ADDRESSEE:
        m = ADDRESSEE_RE.match(masked, pos, end)
        if m is not None:
            pos = m.end()
            if masked.startswith(" of ", pos):
                # "told us | of the true strength of ...": the topic, not an adjunct; "told the
                # President of the Senate, John Doe, | that": the addressee goes on to "that"
                that = _ADDRESSEE_THEN_THAT.match(masked, pos, end) if masked.find("that", pos, end) >= 0 else None
                return that.start("that") if that is not None else pos
    if cue_word in AGREE and masked.startswith(" with ", pos):
        # "agreed with the mayor that ...": what is agreed; "agree with the plan": the object
        that = _WITH_THEN_THAT.match(masked, pos, end)
        return that.start("that") if that is not None else pos + len(" with ")
    if cue_word in AGREE and masked.startswith(" to ", pos):
        return pos  # "agreed to the creation of a fund": what is agreed to, not an addressee
    aside = _DASHED_ASIDE.match(masked, pos, end)
    if aside is not None:
        pos = aside.end()  # "criticizing - and even threatening to sue - | his rivals"
    skipped = pos
    scene = _SCENE_THEN_CLAUSE.match(masked, pos, end)
    if scene is not None:
        return scene.end()  # "explained after winning Ohio, | he would have to ...": the clause after the scene
    for _ in range(4):
        m = ADJUNCT_RE.match(masked, pos, end)
        if m is None or m.end() == pos:
            break
        pos = m.end()
    lead = None
    if masked.find("that", pos, end) >= 0:
        lead = _THAT_NEXT.match(masked, pos, end)  # "told reporters | that ...": the first "that" opens it
        if lead is None:
            lead = (_ADDRESSEE_THEN_THAT if cue_word in ADDRESSEE else _ADJUNCT_THEN_THAT).match(masked, pos, end)
        if lead is None and pos > skipped:
            # "announced on Monday, after a meeting | of its board, that": the adjunct goes on
            lead = _OF_PHRASE_THEN_THAT.match(masked, pos, end)
            if lead is None:
                # "argued in a report | published on Tuesday that": a participle of the adjunct's noun
                lead = _PARTICIPLE_THEN_THAT.match(masked, pos, end)
        if lead is None:
            lead = _DASHED_ASIDE_THEN_THAT.match(masked, pos, end)
    if lead is None and cue_word in ADDRESSEE:
        lead = _ADDRESSEE_THEN_QUESTION.match(masked, pos, end)  # "asked the mayor whether ..."
    if lead is not None:
        pos = lead.start("that")
    return pos


# A participle phrase of time right after a cue, closed by a comma before a clause with its own
# pronoun subject ("explained after winning Ohio, he would ...").
_SCENE_THEN_CLAUSE: Final = re.compile(r"\s+(?:after|before|since|while|when|upon)\s+[a-z]+ing\b[^,;:\x00\"“”]{0,80},\s+"
                                r"(?=(?:he|she|they|we|I|it)\s)")
_WITH_THEN_THAT: Final = re.compile(r" with\s+[^;:.\x00]{1,80}?,?\s(?P<that>that)\s")
# An aside between dashes right after the cue ("criticizing - and even threatening to sue - his rivals").
_DASHED_ASIDE: Final = re.compile(r"\s*" + DASH + r"[^—–\x00]{1,80}?" + DASH + r"(?=\s*\w)")
# An aside between dashes, then "that" ("said — on Twitter, as it happens — that ...").
_DASHED_ASIDE_THEN_THAT: Final = re.compile(r"\s*" + DASH + r"[^—–\x00]{1,80}?" + DASH + r"\s*(?P<that>that)\s")


# An addressee or adjunct the lists above do not know, then "that": the content starts at "that"
# ("told foundation employees on Thursday that ...", "said on his Twitter feed that ...").
_ADJUNCT_THEN_THAT: Final = re.compile(
    # "to" opens an adjunct before a noun phrase ("said to reporters that"), not before a verb
    # ("refused to join the debate that included ...").
    r"\s*,?\s*(?:on|in|at|with|before|after|during|via|from|through|while|over|inside|outside|"
    r"to(?=\s+(?:the|a|an|his|her|their|its|my|our|your|this|these|those|him|them|us|me|[A-Z\d]|"
    r"[a-z]+[^su\W]s\b)))\s+"  # a plural noun ("to reporters"), not "to discuss" or "to focus"
    # one aside may sit inside ("with the paper, which ran on Sunday,"); a "that" before a verb
    # opens a relative clause ("responded with a phrase that could ..."), not the content
    r"[^,;:.!?]{1,120}?(?:,\s+(?:[A-Z]|which\s|who\s)[^,;:.!?]{1,40}?)?,?\s+(?P<that>that)\s"
    r"(?!(?:could|would|will|can|may|might|should|must|has|have|had|is|was|were|are|[a-z]+ed)\b)"
)
_OF_PHRASE_THEN_THAT: Final = re.compile(r"\s+of\s+(?:its|his|her|their|the)\s+[^,;:.!?]{1,80}?,?\s+(?P<that>that)\s"
                                  r"(?!(?:could|would|will|can|may|might|should|must|has|have|had|is|was|were|are|"
                                  r"[a-z]+ed)\b)")
# A participle with its own adjunct, qualifying the noun of the adjunct before it, then "that"
# ("in a report | published on Tuesday | that", "in an interview | broadcast last night | that").
_PARTICIPLE_THEN_THAT: Final = re.compile(
    r"\s+(?:[a-z]{3,}ed|written|given|shown|seen|sent|made|held|broadcast|put\s+out)\s+"
    r"(?:on|in|at|by|last|this|earlier|late|to|for|with|from|during|after|before|overnight|today|yesterday)\b"
    r"[^,;:.!?\x00]{0,60}?,?\s+(?P<that>that)\s"
    r"(?!(?:could|would|will|can|may|might|should|must|has|have|had|is|was|were|are|[a-z]+ed)\b)")
# No question word sits before the "that": in "asked whether the city could reach that level",
# "that" is a determiner inside the question.
_NOT_QUESTION: Final = r"(?!\b(?:whether|if|how|what|why|when|who)\b)[^,;:.!?]"
# A place name with its state or country between commas may sit inside ("told diners at a
# Manchester, New Hampshire, cafe that ...").
_ADDRESSEE_THEN_THAT: Final = re.compile(r"\s+(?![\"“\x00])(?:" + _NOT_QUESTION + r"){1,100}?"
                                  r"(?:,\s+[A-Z][^,;:.!?]{1,40}?,(?:" + _NOT_QUESTION + r"){0,60}?)?"
                                  r"\s+(?P<that>that)\s")
# "that" right after the addressee.
_THAT_NEXT: Final = re.compile(r"\s+(?P<that>that)\s")
# An addressee of a few words, then a question word ("asked the mayor whether ...").
_ADDRESSEE_THEN_QUESTION: Final = re.compile(
    r"\s+(?:(?!(?:" + "|".join(sorted(STOP - OBJECT_PRONOUNS | {"for", "of", "and", "questions"})) + r")\b)"
    r"[\w’'.-]+\s+){1,5}?(?P<that>whether|if|how|what|why|when)\s", re.IGNORECASE)


# An adverb of manner, and any phrase with it, before a colon ("firmly:", "pointedly, with a smile:").
_MANNER_THEN_COLON: Final = re.compile(r"(?:[a-z]{3,}ly(?:,?\s+(?:with|in|at|on|to)\s+[^:;,.!?\x00\"“”]{1,40})?"
                                # or only an addressee ("whispered to him:", "told reporters:")
                                r"|to\s+(?:him|her|them|us|me|you|reporters|supporters|the\s+crowd))"
                                r",?\s*:\s*")
_TO_VERB_THAT: Final = re.compile(r"to\s+[a-z]+\s+(?:that|whether)\s")
_LEAD: Final = re.compile(r"\s*[,:—–]?\s*")
_AS: Final = re.compile(r"\S\s+as\s+\S")
_WORD_CHAR: Final = re.compile(r"\w")


def content_right(ctx: Context, start: int, end: int, cue_word: str) -> tuple[list[Span], bool] | None:
    """Reported content after a cue, up to the sentence end or a following cue phrase.

    Returns the spans and whether the content was introduced by a marker (that, a colon, a
    quotation), which ambiguous cues require.
    """
    masked = ctx.masked
    m = _LEAD.match(masked, start, end)
    pos = m.end() if m else start
    manner = _MANNER_THEN_COLON.match(masked, pos, end)
    if manner is not None:
        pos = manner.end()  # 'responded pointedly, with a smile: "..."': what the colon opens
    marked = (masked.find(":", start, pos) >= 0 or masked.startswith(("that ", "that,", "whether "), pos)
              or _TO_VERB_THAT.match(masked, pos) is not None)  # "continued to insist that"
    c_end = content_stop(masked, pos, end)
    semicolon = masked.find(";", pos, c_end)
    if semicolon > pos and masked.find(";", semicolon + 1, end) < 0:
        # "the timing was not intentional; | they only learned ...": the writer goes on (but
        # semicolons that part a list, "fraud; his clothing line; his resorts", keep it)
        c_end = semicolon
    if (cue_word in STANCE or cue_word in CALLING or cue_word.rpartition(" ")[2] in PREPOSITIONAL) and (
            masked.find(",", pos, c_end) >= 0 or _quote_starts_in(ctx, pos, c_end)):
        clause = _NEW_CLAUSE.search(masked, pos, c_end)  # each match opens with a comma or a closing mark
        if clause is not None:
            c_end = clause.start()  # "criticized the law, and she left": the object ends there
        if cue_word in STANCE or cue_word.rpartition(" ")[2] in PREPOSITIONAL:
            clause = _SUBJECT_AFTER_COMMA.search(masked, pos, c_end)
            if clause is not None and not _CLAUSE_OPENS.search(masked, pos, clause.start()) and not (
                    _RELATIVE_OPENS.search(masked, pos, clause.start())):
                c_end = clause.start()  # "denied any role in the attacks, and the U.S. has never ..."
    elif not _quote_starts_in(ctx, pos, c_end) and masked.find(",", pos, c_end) >= 0:
        clause = _BUT_CLAUSE.search(masked, pos, c_end)
        if clause is not None:
            c_end = clause.start()  # "she will not call on him to withdraw, but she has bristled at ..."
    if masked.find(" but ", pos, c_end) >= 0 or masked.find(" and ", pos, c_end) >= 0 or (
            masked.find(" while ", pos, c_end) >= 0):
        for other in _BUT_ANOTHER_SPEAKER.finditer(masked, pos, c_end):
            if other.group(1) == "and" and _joins_names(masked, pos, other.start()):
                continue  # "Lord Woolf and Lord Falconer agreed", "both he and Rubio promised": one subject
            c_end = other.start()  # "he left without a stain | but Tory Dominic Grieve branded ...": another's statement
            break
    if " " in cue_word and cue_word.partition(" ")[0] in BELIEF:
        verb = _VERB_AFTER_OBJECT.search(masked, pos, c_end)
        if verb is not None and not _CLAUSE_IN_OBJECT.search(masked, pos, verb.start()):
            c_end = verb.start()  # "fans hoping for an encore | were disappointed": a hope's object ends
    if cue_word in WANT and not _WANTS_TO.match(masked, pos, c_end):
        # "Fans who want tickets | should apply", "wanted a new manager | and got one": a thing
        # wanted is a plain object
        verb = _VERB_AFTER_WANTED.search(masked, pos, c_end)
        if verb is not None and not _CLAUSE_IN_OBJECT.search(masked, pos, verb.start() + 1):
            c_end = verb.start()
        c_end = object_end(masked, pos, c_end)
    if cue_word.endswith("ing") and masked.find(" and ", pos, c_end) >= 0:
        more = _AND_PARTICIPLE.search(masked, pos, c_end)
        if more is not None:
            c_end = more.start()  # "calling them liars and threatening to sue": a second action
    c_end = _before_trailing_aside(masked, pos, c_end)
    c_end = before_phrase_after_quote(ctx, pos, c_end)
    if (cue_word in STANCE or (" " in cue_word and cue_word.rpartition(" ")[2] in PREPOSITIONAL)) and not (
            _quote_starts_in(ctx, pos, c_end)):
        c_end = object_end(masked, pos, c_end)  # (and "talking about | immigration in the debate")
        if cue_word in ENDORSE:
            after = _AFTER_BACKED.search(masked, pos, c_end)
            c_end = after.start() if after is not None else c_end
    elif cue_word in STANCE or cue_word in CALLING:
        c_end = _before_time_after_quote(ctx, pos, c_end)
        if cue_word in CALLING:
            verb = _AND_AUXILIARY.search(masked, pos, c_end)
            c_end = verb.start() if verb is not None else c_end  # "called the sale illegal | and has sued"
    if (cue_word in CALLING or cue_word in _DESCRIBING) and not marked:
        for clause in _CLAUSE_AFTER_OBJECT.finditer(masked, pos, c_end):
            if (clause.start() > pos and masked[clause.start():clause.end()].split()[0] != "as"
                    and ctx.quote_at(clause.start()) is None and not _quote_starts_in(ctx, clause.start(), c_end)):
                c_end = clause.start()  # "described her as a disgrace | after she attacked ...": when, not what
                break  # (but "described themselves as coming from ...": what)
    connective = _TRAILING_CONNECTIVE.search(masked, max(pos, c_end - 16), c_end)
    if connective is not None:
        c_end = connective.start()  # "was criticizing Trump, | however": the writer's contrast
    medium = _TRAILING_MEDIUM.search(masked, max(pos, c_end - 140), c_end)
    if medium is not None and masked[pos:medium.start()].strip() and not any(
            w in SPEECH or w in STANCE for w in masked[pos:medium.start()].lower().split()):
        # "the vote was rigged | in a statement on Monday": where it was said (but in "why it was
        # mentioned by Roe in an interview" the medium is the inner statement's)
        c_end = medium.start()
    q = ctx.quote_at(pos)
    if q is not None and q.start == pos:
        marked = True
        if q.inner_end >= trim_span(ctx.text, pos, c_end)[1] - 2 or (
                q.closed and ctx.text[q.inner_start:q.inner_end].rstrip()[-1:] in ("!", "?")):
            # the whole quotation, or an exclamation or question complete in itself ('yelled
            # "You lie!" at the president')
            span = trim_span(ctx.text, q.inner_start, min(q.inner_end, end), keep_final=True)
            return ([span], True) if span[0] < span[1] else None
    span = content_trim(ctx, pos, c_end)
    if _quote_starts_in(ctx, span[0], span[1]) and not (cue_word in _ADDS and _scare_quotes_only(ctx, span)):
        marked = True  # a quotation in the object marks speech even after "called" or "described"
        # (not a word or two after "added": "has added the ability to 'save' websites")
    elif cue_word in _AS_CUES and masked.find("as", span[0], span[1]) >= 0 and _AS.search(masked[span[0]:span[1]]):
        marked = True  # "described the plan as a failure": a characterisation
    if span[1] - span[0] < 2 or not _WORD_CHAR.search(ctx.text, span[0], span[1]):
        return None
    return [span], marked


# A connective of the writer's closing the sentence ("..., however.").
_TRAILING_CONNECTIVE: Final = re.compile(r",\s+(?:however|though|nonetheless|nevertheless|meanwhile|too)\s*[.!?]?\s*$")
# The medium of a statement closing what was said ("the vote was rigged | in a statement on Monday",
# "claimed victory | in a tweet"): where it was said, not part of it.
_TRAILING_MEDIUM: Final = re.compile(
    r"\s+(?:in|during|via)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:statement|interview|speech|tweet|tweets|post|posting|op-ed|letter|e-?mail|(?:news|press)\s+release|"
    r"(?:news|press)\s+conference|briefing|appearance|remarks|message|podcast|memo|column|essay)"
    r"(?:\s+(?:on|with|to|at|for|from)\s+[^,;:.!?\x00]{1,40}?)?"
    r"(?:\s+(?:on\s+|late\s+|early\s+|last\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"week|night)(?:\s+(?:morning|afternoon|evening|night))?)?"
    r"\s*[.!?]?\s*$")


# Where a stance's plain object ends ("endorsed Clinton | last week and has campaigned ..."):
# before a further verb of its subject, the main clause after a fronted one, or the end of a
# relative clause ('Obama, who endorsed Clinton on Thursday, | is ...').
# A second verb of the subject, an auxiliary ("... | and has turned to the courts").
_AND_AUX: Final = r",?\s+(?:and|but)\s+(?:then\s+|later\s+|also\s+)?(?:has|have|had|was|were|is|are|will|would)\s"
_AND_AUXILIARY: Final = re.compile(_AND_AUX)
_OBJECT_BREAK: Final = re.compile(
    r"(?:" + _AND_AUX +
    r"|(?P<aux>,\s+(?:has|have|had|was|were|is|are|will|would|did|does)\s)"
    r"|,\s+(?:he|she|they|we|I|(?:Mr|Mrs|Ms|Dr)\.?\s+[A-Z][\w’'-]+|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+"
    r"(?:has|have|had|was|were|is|are|will|would|[a-z]{3,}ed|[a-z]{3,}s)\s)")
# A further verb of the subject, with its object ("denied the charges | and accused her of ..."),
# unless a clause in the object has a subject of its own that the verb may share ("cited no evidence
# that she knew of it and wanted ...").
_AND_VERB_OBJECT: Final = re.compile(r",?\s+(?:and|but)\s+(?:then\s+|later\s+|also\s+)?(?:[a-z-]{2,}ed|[a-z]{3,}[^s\W]s|made|"
                              r"took|gave|kept|put|told|said|wrote|sent)\s+"
                              r"(?:him|her|them|us|me|the|his|their|its|it|a|an|out|up|that|comments?|remarks?)\s")
# What is wanted as an action: "wants to ...", "wants the party to ...".
_WANTS_TO: Final = re.compile(r"(?:to\s|(?:[\w’'-]+\s+){1,4}to\s)")
# Where a thing wanted ends: before the clause's next verb (not an infinitive's: "courts to | have"),
# with the conjunction before it, before "but", or before a clause after a comma ("if you want a
# cruise, | your options are limited").
_VERB_AFTER_WANTED: Final = re.compile(
    r"(?:,?\s+(?:and|or))?(?<!\sto)\s+(?:was|were|is|are|has|have|had|will|would|should|can|could|must|may|might)\s"
    r"|,?\s+but\s"
    r"|,\s+(?:(?:the|a|an|his|her|their|its|our|your|my|this|these|those)\s+)?(?:[\w’'-]+\s+){0,3}?"
    r"(?:is|are|was|were|has|have|had|will|would|can|could)\s")
_CLAUSE_IN_OBJECT: Final = re.compile(r"\b(?:that|who|which|whether|if|because|he|she|they|we|I)\s")
# The verb of the clause a participle's object sits in ("fans hoping for an encore | were ...").
_VERB_AFTER_OBJECT: Final = re.compile(r"\s+(?:was|were|is|are|has|have|had|will|would)\s")
# A bare auxiliary after a comma (the "aux" branch of :data:`_OBJECT_BREAK`) ends an object only
# where no clause of the object opened before it: in "doubt that the campaign, if it received the
# file, | would have time", the aside closes inside the clause.
_CLAUSE_OPENS: Final = re.compile(r"\b(?:that|whether)\b")
# A relative clause in the object, which a comma may close before its own verb ("Sanders, whose
# outsider appeal has been key, of being ...").
_RELATIVE_OPENS: Final = re.compile(r"\b(?:who|whom|whose|which)\s")
# A time adjunct closing the object ("Clinton | on Thursday", "Sanders | in February").
_OBJECT_TIME: Final = re.compile(
    r"(?:\s+(?:on|in|at|over|during|the|last|this|next|early|earlier|late|later|since|by)(?=\s))*"
    r"\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
    r"June|July|August|September|October|November|December)(?:\s+\d{1,2})?(?:,?\s+\d{4})?|"
    r"\d{4}|week|month|year|weekend|morning|afternoon|evening|night|today|yesterday|"
    r"(?:the\s+)?(?:past|last)\s+(?:week|month|year))\s*[.,;]?$")


# Where the one backed ends: a phrase saying when, where, how or despite what, a comma or dash, or
# a further verb of the subject ("Sanders | in February and organized for him").
_AFTER_BACKED: Final = re.compile(r"\s*[,;(]|\s+(?:--|—|–|-)\s|\s+(?:in|at|on|during|after|before|despite|over|as|when|"
                           r"while|because|since|until|last|early|earlier|this|just|but|even|"
                           r"and\s+(?!the\s)[a-z]+(?:ed|s)\b)\b")


# A clause of time or cause after a stance's object, with a subject pronoun or a participle of its own.
_CLAUSE_AFTER_OBJECT: Final = re.compile(r"(?<!such)(?<!well)\s+(?:after|before|when|while|as|since|until|because)\s+"
                                  r"(?:(?:he|she|they|it|we|I|you|[a-z]{3,}ing)\s"
                                  # a subject named or in the plural, and its verb ("as Pyongyang fired",
                                  # "after hackers targeted")
                                  r"|(?:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}|[a-z]{3,}s|\d[\d.,]*(?:\s*(?:percent|%|per\s+cent))?)\s+"
                                  r"(?:[a-z]{3,}ed|was|were|is|are|has|had|have|will|would|could|did|said|says|say)\s)")
# Verbs of describing someone as something, whose object ends as a stance's does.
_DESCRIBING: Final = frozenset("described describes describing describe".split())
# How or with whom, after a stance's object: "by citing ...", ", instead restating ...", ", with whom ...".
_MEANS_AFTER_OBJECT: Final = re.compile(r"\s+by\s+[a-z]{3,}ing\s|,\s+(?:instead|rather|while|thereby)\s+[a-z]{3,}ing\s|"
                                 r",\s+(?:with|against|for|to|from|by)\s+(?:whom|which)\s")
# A gerund opening the object or a relative clause in it, which "by" may belong to ("supports
# squeezing out immigrants by tightening ...", "a candidate who would govern by dividing ...").
_VERB_IN_OBJECT: Final = re.compile(r"\s*[a-z]{3,}ing\s|.*?\b(?:who|which|that|would|will)\s")
# A participle of saying after a stance's object, or an aside about the subject's members ("welcomed
# the ban, | many of whom have campaigned ...").
_SPEECH_AFTER_OBJECT: Final = re.compile(r"\s+(?:saying|adding|insisting)\s|"
                                  r",\s+(?:many|some|most|all|both|none|one|several|few|each)\s+of\s+(?:whom|which)\b")
# What a participle of saying after a stance's object belongs to: a preposition's gerund
# ("criticised the government for | saying"), or a document that says it ("denied a report |
# saying").
_SAYS_ITSELF: Final = re.compile(r"(?<![\w’'-])(?:for|of|by|about|from|without|after|before|while|with|"
                          + "|".join(sorted(DOCUMENTS, key=len, reverse=True)) + r")$", re.IGNORECASE)
_APPOSITIVE_THAT: Final = re.compile(r",\s+(?:a|an|the)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:that|which|who)\b")


def object_end(masked: str, start: int, end: int) -> int:
    """``end``, or where a stance's plain object in ``masked[start:end]`` ends before a further
    clause or a closing time adjunct."""
    semicolon = masked.find(";", start, end)
    if semicolon > start:
        end = semicolon  # "decried it; editorials railed against it": a phrase ends at a semicolon
    cut = _OBJECT_BREAK.search(masked, start, end)
    if cut is not None and not (cut.group("aux") and _CLAUSE_OPENS.search(masked, start, cut.start())):
        end = cut.start()
    verb = _AND_VERB_OBJECT.search(masked, start, end) if masked.find(" and ", start, end) >= 0 else None
    if verb is not None and not _CLAUSE_IN_OBJECT.search(masked, start, verb.start()):
        end = verb.start()
    occasion = OCCASION_AFTER_OBJECT.search(masked, start, end) if masked.find(" at ", start, end) >= 0 or (
        masked.find(" in ", start, end) >= 0 or masked.find(" during ", start, end) >= 0) else None
    if occasion is not None and occasion.start() > start and not _THAT_CLAUSE_BEFORE.search(
            masked, start, occasion.start()) and (occasion.group("det") or not _GERUND_IN.search(
                masked, start, occasion.start())):
        # not inside a clause of the object ("concern that he stoked violence at rallies"), nor,
        # without a determiner, a gerund's ("accused her of misrepresenting herself in interviews")
        end = occasion.start()
    speech = _SPEECH_AFTER_OBJECT.search(masked, start, end)
    if speech is not None and speech.start() > start and not _SAYS_ITSELF.search(masked, max(start, speech.start() - 30),
                                                                               speech.start()):
        end = speech.start()  # "opposed the bid for some time | saying it would ...": a statement of its own
    aside = _APPOSITIVE_THAT.search(masked, start, end) if masked.find(",", start, end) >= 0 else None
    if aside is not None and aside.start() > start:
        end = aside.start()  # "bemoaned the demise of the dream, the belief that ...": the writer's gloss
    clause = _CLAUSE_AFTER_OBJECT.search(masked, start, end)
    if clause is not None and clause.start() > start:
        end = clause.start()  # "announced the deal | after cutting ties with ...": when, not what
    means = _MEANS_AFTER_OBJECT.search(masked, start, end) if masked.find(",", start, end) >= 0 or (
        masked.find(" by ", start, end) >= 0) else None
    if means is not None and means.start() > start and not (
            means.group().startswith(" ") and _VERB_IN_OBJECT.match(masked, start, means.start())):
        end = means.start()  # "defended his position | by citing a poll", "his opponent, | instead restating ..."
    named = _NAME_THEN_APPOSITIVE.match(masked, start, end)
    if named is not None and masked.find(",", named.end() + 1, end) < 0:
        # "referring to Jeffrey D. Feltman, | a State Department official ...": who he is, to the
        # end (not "accused Roe, a confidant of his brother, | of plotting")
        end = named.end()
    tail = _OBJECT_TIME.search(masked, start, end)
    if tail is not None and tail.start() > start and not _INFINITIVE_IN.search(masked, start, tail.start()) and not (
            _OF_BEFORE_TIME.search(masked, max(start, tail.start() - 14), tail.start())):
        # (a time after an infinitive is its own: "calling on him to go | in May"; one after "of"
        # names a thing: "the Act of 2015", "the end of this year")
        end = tail.start()
    return end


# A "that" clause in a stance's object, not closed by a comma, that a phrase after it may belong to.
_THAT_CLAUSE_BEFORE: Final = re.compile(r"\bthat\s[^,;\x00]*$")
_GERUND_IN: Final = re.compile(r"\b(?:of|for|about|by)\s+[a-z]{2,}ing\b")
_INFINITIVE_IN: Final = re.compile(r"\bto\s+[a-z]{2,}\b")
# An object that is a name, then an appositive that says who the person is.
_NAME_THEN_APPOSITIVE: Final = re.compile(r"\s*(?:(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep)\.?\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}"
                                   r"(?=,\s+(?:a|an|who|whose)\s)")
_OF_BEFORE_TIME: Final = re.compile(r"\bof(?:\s+(?:this|last|next))?$")
# A coordinated clause with its own subject after a comma: no object of a stance runs into it.
_NEW_CLAUSE: Final = re.compile(r"(?:,|(?<=[”\"])(?=\s))\s+(?:and|but|while|as|so)\s+(?:then\s+)?(?:(?:he|she|they|we|I|it|there|that|this|[A-Z][\w’'-]+)\s+"
                         r"(?:[a-z]+ly\s+)?(?:[a-z]+ed|[a-z]+s|was|were|is|are|has|had|have|will|would|did|"
                         r"could|can|may|might|must|should|said|told|made|took|left|went|came|got|gave|kept|felt|saw|put)"
                         # a subject of a few words before an auxiliary ("and his administration has")
                         r"|(?:his|her|their|its|the|a|some|many|several)\s+(?:[\w’'-]+\s+){1,3}?"
                         r"(?:has|have|had|was|were|is|are|will|would)\s)\b")


# Words that no subject of a few words holds: a relative clause's or a clause's own ("the
# trouble-shooter they asked"), a conjunction.
_NOT_IN_SUBJECT: Final = r"(?:which|who|whom|whose|that|when|where|including|and|or|but|as|if|he|she|they|we|I|it|you)"
# A clause with a subject of its own after a comma ("..., 721 delegates cast their votes", "..., he's
# said", "..., while the pro-ethanol groups have knocked"): a stance's object ends before it.
_SUBJECT_AFTER_COMMA: Final = re.compile(
    r",\s+(?:(?:and|but|while|whereas|so)\s+)?(?:"
    r"(?:he|she|they|we|I)(?:['’](?:s|d|ve|ll|re))?"
    r"|(?!(?:to|of|in|on|at|for|from|with|by|as|after|before|since|until|than)\s)"
    r"(?:(?:the|a|an|his|her|their|its|some|many|several|most|all|\d[\d,]*)\s+)?"
    r"(?:(?!" + _NOT_IN_SUBJECT + r"\s)[\w’'.-]+\s+){0,5}?(?!" + _NOT_IN_SUBJECT + r"\s)[\w’'.-]+)"
    r"\s+(?:[a-z]+ly\s+)?(?:has|have|had|was|were|is|are|will|would|did|could|can|should|might|must|"
    r"cast|said|told|made|took|left|went|came|got|gave|kept|felt|saw|put|[a-z]{3,}ed)\s")


# A contrasting clause with its own subject after a comma: the writer's, not the statement's.
# "but" (or "and", "while"), then a named subject and a verb of saying or stance: another
# speaker's statement begins.
_BUT_ANOTHER_SPEAKER: Final = re.compile(
    r"\s+(but|and|while|whereas)\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){1,4}(?:" + "|".join(sorted(
        (w for w in SPEECH | STANCE if not w.endswith("ing") and " " not in w), key=len, reverse=True)) + r")\b")


def _joins_names(masked: str, start: int, at: int) -> bool:
    """Whether the word before "and" at ``at`` is a name or a pronoun, so "and" joins it to the
    name after it rather than opening a clause."""
    before = masked[max(start, at - 40):at].split()
    word = before[-1].strip(",.;:") if before else ""
    if word.lower() in CALENDAR_NAMES:
        return False  # "rose 0.8% in January | and Nationwide reported": a date ends the clause
    return not word or any(c.isupper() for c in word) or word.lower() in OBJECT_PRONOUNS or word.lower() in PRONOUNS


_BUT_CLAUSE: Final = re.compile(r",\s+(?:but|though|although|while|whereas)\s+(?:(?:he|she|they|we|it|there|[A-Z][\w’'-]+)\s+"
                         r"(?:[a-z]+ly\s+)?(?:has|have|had|was|were|is|are|did|does|may|might|must|should|[a-z]{3,}ed|[a-z]{3,}s)"
                         # a subject of a few words ("but his ability to do so seemed shaky")
                         r"|(?:his|her|their|its|the|these|those)\s+(?:[\w’'-]+\s+){0,4}?"
                         r"(?:has|have|had|was|were|is|are|seemed|seems|appeared|appears|remained|remains)\s+(?!been\s+[a-z]+ed\b)[a-z]+)\s")


# A participle coordinated after a participle cue's content, opening a further action of its own
# ("and threatening to cut", "and urging them"): not a gerund ("and housing") nor an adjective
# ("and damaging to the business").
_AND_PARTICIPLE: Final = re.compile(r",?\s+and\s+(?!(?:during|including|following|according|regarding|concerning|"
                             r"nothing|something|anything|everything|spending|housing|funding|building|"
                             r"training|marketing|lending|banking|borrowing|pricing|trading|planning)\b)"
                             r"[a-z]{3,}ing\s+(?:to\s+(?!(?:the|a|an|his|her|their|its|this|these|those|our|my|your)\s)[a-z]|"
                             r"(?:the|a|an|his|her|their|its|him|them|us|me|that|for|on|up|out)\s)")


def content_stop(masked: str, start: int, end: int) -> int:
    """Where the first match of :data:`~analysis.cues.CONTENT_STOP_RE` in ``masked[start:end]``
    begins, or ``end`` when there is none. The pattern is tried only where
    :data:`~analysis.cues.CONTENT_STOP_START` says a match can begin."""
    bare = None  # whether the content so far is a bare clause: no "that", "who" or "which" in it
    for place in CONTENT_STOP_START.finditer(masked, start, end):
        at = place.start()
        if CONTENT_STOP_RE.match(masked, at, end) is not None:
            return at
        if BELIEF_AFTER_REPORT_RE.match(masked, at, end) is not None:
            if bare is None:
                bare = _CLAUSE_WORD.search(masked, start, at) is None
            if bare:
                return at
    return end


# Words opening a clause inside the content, whose own verbs may follow "and".
_CLAUSE_WORD: Final = re.compile(r"\b(?:that|who|which|whom|whose|because|if|when|whether)\b", re.IGNORECASE)


# A non-restrictive clause or appositive closing the sentence (", which ...", ", compared with ...",
# ", a policy that ...") is the writer's aside about the content, not part of what was said.
_TRAILING_ASIDE: Final = re.compile(r"(?:,|\s+" + DASH + r")\s+(?:while|whereas|where|which|who|whom|whose|both\s+of\s+whom|"
                             r"although|though|even\s+though|even\s+as|"
                             r"compared\s+(?:with|to)|(?:a|an|the)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:that|which|who)|"
                             r"(?:something|someone|one|another)\s+(?:that|which|who)|"
                             r"(?:remarks|comments|words)\s+(?:that|which))\b")
# "..., as has the mayor, who ...": another who says the same, whatever follows.
_AS_HAS_ANOTHER: Final = re.compile(r",\s+as\s+(?:has|have|had|did|does|do)\s")


_AS_CUES: Final = frozenset("describe described describes describing characterized characterizes characterised "
                     "portrayed portrays labeled labelled labels branded brands portraying characterizing "
                     "characterising labeling labelling branding depicted depicts depicting".split()) | {
    "referred to", "refers to"}


# After a quotation closing on a comma, a participle or a new clause with its own subject is the
# writer's again ('called Cruz the "ultimate hypocrite," linking to a story', '"a nice guy," and he').
# So is a noun phrase in apposition to the quotation ('the words "radical Islam," another moment
# seized upon', '"Si vis pacem," Latin for ...').
_PHRASE_AFTER_COMMA_QUOTE: Final = re.compile(
    r"\s+(?:(?!being\b)[a-z]{2,}ing\s|(?:and|but)\s+(?:he|she|they|we|I|it)\s|"
    r"(?:a|an|another|(?:part|one|some)\s+of|Latin|French|Spanish|German|Arabic)\s+(?![\"“”„«'‘`])|"
    r"(?:when|whenever|after|before|while|even\s+as|although|though)\s+(?![\"“”„«'‘`])|"
    # or a clause with its own subject ('a "terrific piece," Roe fixates on ...').
    r"(?:he|she|they|(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?|the\s+[a-z]+)\s+(?:[a-z]+ly\s+)?"
    r"(?:[a-z]{3,}(?:s|ed)|said|told|wrote|thought|felt|knew)(?=[\s:,]))")


def before_phrase_after_quote(ctx: Context, start: int, end: int) -> int:
    """``end``, or the end of a comma-closed quotation that a new phrase follows before ``end``."""
    if not _quote_starts_in(ctx, start, end):
        return end
    for q in ctx.quotes_between(start, end):
        if q.end >= end:
            break
        inner = ctx.text[q.inner_start:q.inner_end].rstrip()
        if inner.endswith(",") and _PHRASE_AFTER_COMMA_QUOTE.match(ctx.masked, q.end, end):
            return q.end
    return end


# A time, with the medium before it, right after a quoted object ('called the system "rigged" | in
# a tweet Tuesday, and ...', 'as a "very decent man" | Tuesday, hours after').
_TIME_AFTER_QUOTE: Final = re.compile(
    r"\s+(?:(?:in|on|during)\s+(?:a|an|his|her|their|the)\s+[a-z]+\s+)?(?:on\s+|last\s+|this\s+|early\s+|late\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|weekend|month|year|night|morning|"
    r"afternoon|evening|yesterday|today)\b(?=\s*[,.;]|\s+(?:and|but|as|when|after|before|while)\s)")


def _before_time_after_quote(ctx: Context, start: int, end: int) -> int:
    """``end``, or the end of the last closed quotation in ``[start, end)`` when a time follows
    it before the end of the phrase."""
    quotes = ctx.quotes_between(start, end)
    if not quotes or not quotes[-1].closed or quotes[-1].end >= end:
        return end
    return quotes[-1].end if _TIME_AFTER_QUOTE.match(ctx.masked, quotes[-1].end, end) else end


# Cues that also add things ("added a feature"): a quoted word or two in the object is no speech.
_ADDS: Final = frozenset(("added", "adds"))


def _scare_quotes_only(ctx: Context, span: Span) -> bool:
    """Whether every quotation beginning in ``span`` holds three words or fewer."""
    return all(len(ctx.text[q.inner_start:q.inner_end].split()) <= 3 for q in ctx.quotes_between(span[0], span[1])
               if q.start >= span[0])


def _quote_starts_in(ctx: Context, start: int, end: int) -> bool:
    """Whether a quotation of ``ctx`` begins in ``[start, end)``."""
    i = bisect.bisect_left(ctx.starts, start)
    return i < len(ctx.starts) and ctx.starts[i] < end


_DASH_IN: Final = re.compile(r"\s" + DASH + r"\s")
# The characters that open a match of :data:`_TRAILING_ASIDE`: a comma or a dash.
_ASIDE_OPENERS: Final = ",-—–"


def _holds_any(text: str, start: int, end: int, chars: str) -> bool:
    """Whether ``text[start:end]`` holds one of ``chars``."""
    for c in chars:
        if text.find(c, start, end) >= 0:
            return True
    return False


def _before_trailing_aside(masked: str, start: int, end: int) -> int:
    """``end``, or the start of a trailing aside that runs to ``end`` without another comma."""
    if not _holds_any(masked, start, end, _ASIDE_OPENERS):
        return end  # each aside opens with a comma or a dash
    another = _AS_HAS_ANOTHER.search(masked, start, end)
    if another is not None and another.start() - start >= 10:
        return another.start()
    for m in _TRAILING_ASIDE.finditer(masked, start, end):
        # an aside opened by a dash runs to the end past its own commas ('likened the rules to
        # "burning the Constitution" - a charge that might have stung, since ...')
        if m.start() - start >= 10 and (masked[m.start()] != "," or "," not in masked[m.end():end]) and (
                not _DASH_IN.search(masked, m.end(), end)):
            return m.start()  # not inside an aside that a dash closes
    return end


def content_trim(ctx: Context, start: int, end: int) -> Span:
    """Trim a clause; keep a closing quotation mark and the punctuation inside it."""
    s, e = trim_span(ctx.text, start, end, keep_final=True)
    while e > s and ctx.text[e - 1] in TRAIL and not (
        e - 2 >= s and ctx.text[e - 1] in ".!?" and ctx.text[e - 2] in QUOTE_CHARS
    ):
        e -= 1
    if e > s and ctx.text[e - 1] in "?!" and e - 1 > s:
        return s, e
    return s, e


def content_left(ctx: Context, lo: int, np_start: int, *, bare: bool = False) -> list[Span] | None:
    """Content before a ``, SPEAKER CUE`` tail: the quotation just before it, or the clause;
    ``bare``: the clause also when no comma ends it ("... turn to Windows | said Jane Roe")."""
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
        span = trim_span(ctx.text, q.inner_start, q.inner_end, keep_final=True)
        lead = _clause_lead(ctx, lo, q.start)
        if lead is not None:
            span = (lead, span[1])
        return [span] if span[0] < span[1] else None
    if last not in ",—–-":
        if not bare:
            return None
        head_end += 1  # the clause's last character is its own
    span = content_trim(ctx, lo, head_end - 1)
    start = span[0]
    while start < span[1] and (ctx.text[start] in ",;" or ctx.text[start].isspace()):
        start += 1  # what is left after an earlier statement's content (", there were ...")
    start = dateline_end(masked, start, span[1]) or start  # "New York (AFP) – | The same frustration ..., Roe warned"
    span = (start, span[1])
    if span[0] < span[1] and opens_quotation(ctx.text, span[0]):
        q2 = ctx.quote_at(span[0])
        if q2 is not None and q2.end >= span[1]:
            span = trim_span(ctx.text, q2.inner_start, min(q2.inner_end, span[1] + 1), keep_final=True)
    if span[1] - span[0] < 3:
        return None
    return [span]


_LEAD_WORDS: Final = re.compile(r"[^\W\d_][\w’'-]*")
_LEAD_BREAK: Final = re.compile(r"[:;—–\x00\"“”(]|--")
_LEAD_BREAK_AFTER_WORDS: Final = re.compile(r"[:;—–(]|--")


def _clause_lead(ctx: Context, lo: int, q_start: int) -> int | None:
    """Start of the words that open a clause ending in a quotation ('Teachers are "very pro-Bernie,"
    Roe said'): PolNeAR takes the whole clause as the content. ``None`` when the quotation opens
    the clause or a colon, dash or another quotation comes between."""
    head = ctx.masked[lo:q_start]
    opening = head.lstrip()[:1]
    # Quotations inside a clause that words open go with it ('Guns are "a crisis" and "stunt
    # growth," Roe said'); a clause that a quotation opens is another's.
    if not opening or (_LEAD_BREAK if not opening.isalnum() else _LEAD_BREAK_AFTER_WORDS).search(head):
        return None
    last = head.rstrip()
    if last.endswith(",") and last[:-1].rsplit(None, 1)[-1:] and last[:-1].rsplit(None, 1)[-1].lower() in SPEECH:
        return None  # 'Roe bristled and said, "No comment,"': the quotation has a cue of its own
    if len(_LEAD_WORDS.findall(head)) < 2:
        return None
    return trim_span(ctx.text, lo, q_start)[0]


def rest_is_empty(masked: str, pos: int, end: int) -> bool:
    """Nothing but punctuation, an aside or a closing adjunct ("after the attacks") after the cue:
    the content is before it. A quotation after the comma ('Asked why, Roe said, "We won."') is
    the content."""
    rest = masked[pos:end].strip()
    if rest.startswith(",") and opens_quotation(rest[1:].lstrip()):
        # but 'said in her 2012 book, "An American Son."': a short quotation ending the sentence
        # after a work is its title
        return _TITLE_BEFORE.search(masked, max(0, pos - 12), pos) is not None and _SHORT_LAST_QUOTATION.fullmatch(
            rest, 1) is not None
    return (not rest or rest[0] in ".!?;" or rest[0] == "," or _CLOSING_ADJUNCT.fullmatch(rest) is not None
            or _SUBORDINATE_REST.match(rest) is not None)


# A quotation of a few words, and the sentence's end after it.
_SHORT_LAST_QUOTATION: Final = re.compile(r"\s*(?:[“\"„«`]|'')\x00{1,40}(?:[”\"»]|'')?[.!?]?(?:[”\"»]|'')?\s*")
# A prepositional phrase that ends the sentence after the cue, holding no clause of its own.
_CLOSING_ADJUNCT: Final = re.compile(
    # perhaps after a day ("insisted Thursday during a tour of morning shows")
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight)\s+)?"
    r"(?:(?:on|in|at|after|before|during|from|with|via|through|outside|inside|near|since|following|amid)\s+"
    # one addressed ("said to the crowd"), not a verb after "to" ("said to be")
    r"|to\s+(?=(?:the|a|an|his|her|their|its|this|these|those|my|our|your|him|her|them|us|me|[A-Z])\b|[a-z]+s\b))"
    # (not one addressed and what they are asked: "pleaded with them to reject ...")
    r"(?![^.!?]*\b(?:that|whether|if)\b)(?!(?:them|him|her|us|me|you|voters|supporters)\s+to\s)"
    r"[^,;:\x00\"“”.!?]{1,80}[.!?]?")


# A clause of the writer's after the cue, perhaps after a phrase of time or place: "... as he
# labored over the speech", "... after meeting Thursday with aides, because he ..." (no "that" in it).
_SUBORDINATE_REST: Final = re.compile(
    r"(?:(?:on|in|at|after|before|during|from|with|via|through|following)\s+[^,;:\x00\"“”.!?]{1,60}?\s*,?\s+)?"
    r"(?:because|as|while|when|since|although|though|before|after|until)\s+(?:he|she|they|it|we|I)\s"
    r"(?![^.!?]*\b(?:that|whether)\s)(?![^.!?]*[\x00\"“])")


def ends_with_quote(masked: str, lo: int, pos: int) -> bool:
    """True when the text before ``pos`` ends with a closing quotation mark ('"...," he said')."""
    head = masked[lo:pos].rstrip().rstrip(",")
    if head.endswith("''"):
        head = head[:-1]  # two apostrophes close a quotation in some newsrooms' style
    return len(head) > 1 and (head[-1] in QUOTE_CHARS or head[-1] == "'") and head[-2] == MASK


_TITLE_BEFORE: Final = re.compile(r"\b(?:book|memoir|film|movie|show|song|album|novel|play|column|essay|article|"
                           r"op-ed|documentary|program|programme|series|titled|entitled)$", re.IGNORECASE)
_COMMA: Final = re.compile(r"\s*,\s*(?:(?:and|but)\s+)?")


def continuation(ctx: Context, pos: int, end: int) -> list[Span]:
    """A second quotation part after the cue: '"Part one," he said, "part two."'."""
    m = _COMMA.match(ctx.masked, pos, end)
    if m is None or _TITLE_BEFORE.search(ctx.masked, max(0, pos - 12), pos):
        return []  # 'said in his book, "An American Son."': a title, not more of the statement
    q = ctx.quote_at(m.end())
    if q is None or q.start != m.end():
        return []
    span = trim_span(ctx.text, q.inner_start, min(q.inner_end, end), keep_final=True)
    return [span] if span[0] < span[1] else []


_CLAUSE_AFTER: Final = re.compile(r"\s*,\s*(?=[a-zA-Z“\"]|'')(?!(?:according\s+to|and|but|" +
                           "|".join(sorted(PARTICIPLES)) + r")\b)")


_PARTICIPLE_AHEAD: Final = re.compile(r"[a-z]+ing\b")
# A subordinate clause opening a statement: its main clause is still to come.
SUBORDINATE_LEAD: Final = re.compile(r"(?:Though|Although|Even\s+though|While|Whereas|If|Unless|When|Whenever|Because|Since|"
                              r"Once|Until|Before|After)\s")


def clause_continuation(ctx: Context, pos: int, end: int, *, main_clause: bool = False) -> list[Span]:
    """The rest of a clause interrupted by its cue: 'The industry, she said, is doing better.'.
    With ``main_clause`` (what came before the cue was a subordinate clause, 'Though the change
    was smooth, he said, replacing her would be bitter'), a gerund opens the rest too."""
    m = _CLAUSE_AFTER.match(ctx.masked, pos, end)
    if m is None or (not main_clause and _PARTICIPLE_AHEAD.match(ctx.masked, m.end(), end)):
        return []
    if _TITLE_BEFORE.search(ctx.masked, max(0, pos - 12), pos) and _SHORT_LAST_QUOTATION.fullmatch(
            ctx.masked, m.start() + 1, end) and ctx.text[m.end():m.end() + 3].lstrip("“\"„«`'")[:1].isupper():
        return []  # 'said in her 2012 book, "An American Son."': the work's title
    stop = _ANOTHER_CLAUSE.search(ctx.masked, m.end(), end)
    span = content_trim(ctx, m.end(), stop.start() if stop is not None else end)
    return [span] if span[1] - span[0] >= 3 else []


# A clause of the writer's joined on after the interrupted one (", and most don't expect ...").
_ANOTHER_CLAUSE: Final = re.compile(r",\s+(?:and|but)\s+(?:most|many|some|others|few|he|she|they|we|I)\b")


_QUOTE_CHAR: Final = re.compile("[" + "".join(sorted(re.escape(c) for c in QUOTE_CHARS)) + "]")


def content_kind(ctx: Context, spans: list[Span], base: str) -> str:
    """``direct`` when the content is quotation only, ``mixed`` when it holds one, else ``base``."""
    if base == "belief":
        return base
    quoted = 0
    total = 0
    for s, e in spans:
        total += e - s
        for q in ctx.quotes_between(max(0, s - 1), e):
            quoted += max(0, min(e, q.inner_end) - max(s, q.inner_start))
        opened = ctx.quote_at(s)
        if opened is not None and opened.start < s and opened.inner_start <= s:
            quoted += max(0, min(e, opened.inner_end) - s)
    if total and quoted >= total - 1:
        return "direct"
    if quoted or any(_QUOTE_CHAR.search(ctx.text, s, e) for s, e in spans):
        return "mixed"
    return base
