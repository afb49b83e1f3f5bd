"""Lexicons and compiled patterns of attribution: cue verbs, speaker phrases, adjuncts.

Everything here is data or a compiled regex; :mod:`analysis.attribute` does the matching.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Final

from analysis.config import PUNKT_PARAMS

# Verbs of saying that introduce any clause ("X said Y").
SPEECH: Final = frozenset("""
said says say saying told tells tell telling wrote writes writing asked asks asking argued argues
argue arguing claimed claims claim claiming insisted insists insist insisting warned warns warn
warning announced announces announcing declared declares declaring tweeted tweets tweeting
acknowledged acknowledges acknowledging admitted admits admit admitting conceded concedes
suggested suggests suggest suggesting confirmed confirms confirming replied replies replying
responded responds responding predicted predicts predicting promised promises promising vowed
vows vowing pledged pledges urged urges urging contended contends maintained maintains
stressed stresses emphasized emphasised emphasizes complained complains complaining countered
counters alleged alleges alleging testified boasted boasts joked jokes quipped shouted yelled
screamed
wondered explained explains explaining explain insisted recalled recalls recalling remarked
cautioned cautions hinted hints estimated estimates estimate reiterated reiterates speculated assured added
adds adding noted notes noting reported reports report continued continues described describes
call called calls calling found finds show shows showed showing stated observed concluded
concludes revealed reveals denied denies posted writes charged charges accused accuses
agreed agrees disagreed told chanted chanting chants chant stating repeated repeats read reads
answered retorted retorts asserted asserts asserting exclaimed proclaimed proclaims mused
scoffed bragged brags opined reasoned surmised whispered muttered interjected protested elaborated clarified confessed affirmed reaffirmed swore disclosed underscored underscores
indicated indicates implied signaled signalled forecast mentioned echoed echoes informed pleaded begged griped fumed gushed marveled marvelled groaned ranted
teased ventured sneered highlighted
acknowledge announce indicate agree declare concede predict assert
wonders wondering observes observing concluding revealing testifies testifying boasting shouts yells
yelling screams contending maintaining stressing emphasizing cautioning
hinting reiterating speculating assuring assures pledging quipping joking retorting answering
muses musing exclaiming proclaiming bragging opining whispering muttering protesting elaborating
clarifying confessing affirming disclosing underscoring indicating implying mentioning echoing
pleading griping fuming gushing marveling teasing highlighting
remarking interjecting countering
reminded reminds reminding emailed
retweeted retweets
swears mutters opines exclaims speculates confesses discloses elaborates clarifies
""".split())

# Verbs of stance that take what they are about as a plain object ("criticized the accord",
# "accused Roe of lying", "called for a recount"): PolNeAR counts them as attributions whose
# content is the object.
STANCE: Final = frozenset("""
criticized criticizes criticize criticizing criticised criticises praised praises praise praising defended defends defend defending accused accuses
accuse accusing cited cites cite citing denied denies deny denying rejected rejects rejecting
dismissed dismisses dismissing thanked discussed discusses declined declines refused refuses questioned questioning attacked attacking blasted blasts
blasting slammed slams slamming condemned condemns condemning denounced denounces denouncing
touted touts touting hailed hails hailing lamented laments lamenting
decried decries applauded applauds demanded demands demanding proposed proposes proposing
recommended recommends recommending challenged characterized characterizes characterised
portrayed portrays labeled labelled branded portraying describe describing characterizing characterising
labeling labelling branding depicted depicts depicting
expressed expresses supported supports oppose opposes mocked mocks mocking outlined outlines
discussing refusing rejecting decrying applauding thanking criticising declining
likened likens likening compared compares scolded scolding referenced
lauded lauds chided chides derided derides assailed lambasted excoriated berated
downplayed downplays downplaying invoked invokes bemoaned bemoans bemoaning
endorsed endorses
opposed seeks threatened threatens encouraged encourages welcomed welcomes
blamed blames blaming ordered
mentioned mentions mentioning mention
""".split())

# Verbs and nouns followed by a preposition that together name an attitude to their object
# ("talked about the economy", "commented on the deal", "voted against the bill").
PREPOSITIONAL: Final = {
    "about": "talked talks talking spoke speaks speaking complained complains joked jokes",
    "of": "talked talks talking spoke speaks speaking",
    "on": "commented comments call called calls calling",
    "against": "voted votes railed rails warned warns spoke",
    "to": "referred refers referring pointed pointing",
    "upon": "call called calls calling",
    "for": "pushed pushes advocated advocates argued argues hoped hoping",
    "back": "fired fires shot shoots hit hits pushed pushes",
}

# Beliefs and attitudes: typed ``belief``.
BELIEF: Final = frozenset("""
believe believes believed think thinks thought want wants wanted fear fears feared hope hopes
hoped worry worries worried expect expects expected feel feels felt doubt doubts doubted suspect
suspects suspected know knows knew assume assumes assumed
hoping believing fearing expecting prefer prefers favors considers
""".split())

# Cues too ambiguous to take a bare clause: they need "that", a quotation, a colon, or the
# content before them ("..., officials added.").
NEEDS_MARKER: Final = frozenset(("went on", "goes on")) | frozenset("""
reminded reminds reminding emailed
added adds continued continues found finds show shows showed showing pledged
know knows knew feel feels felt expect expects expected
call called calls calling posted reports report charged charges
disagreed estimate estimates characterized characterizes
characterised portrayed portrays labeled labelled branded maintained maintains claiming claims
suspect suspects worries assume assumes assumed recalling repeated repeats read reads portraying
characterizing characterising labeling labelling branding depicted depicts depicting
indicated indicates signaled signalled highlighted echoed echoes forecast teased informed
answered protested underscored underscores pleaded
maintaining answering protesting pleading highlighting underscoring indicating echoing
revealing testifying concluding boasted boasts boasting
""".split()) | {"referred to", "refers to", "put it", "puts it"} | {
    f"{word} back" for word in "fired fires shot shoots hit hits pushed pushes".split()}

# Raising passives: "said to be", "believed to have" name no speaker.
RAISING: Final = frozenset("said reported believed thought alleged rumored rumoured known estimated".split())

# Evidence that shows or finds a bare clause ("Polls show Clinton leading", "the study found
# turnout fell"): without "that", only these sources take one after "show" or "find".
DATA_SOURCES: Final = frozenset("""
poll polls survey surveys data figures numbers results records study studies report reports
analysis analyses research documents filings count counts tally projections estimates video
videos footage emails statistics census tracking averages average audit review investigation
polling email memo memos outcome photos photo photographs pictures images
""".split())
SHOW_WORDS: Final = frozenset("show shows showed showing found finds".split())
# Participles that place a group of speakers ("voters polled in Iowa", "officials briefed on the talks").
GROUP_PARTICIPLES: Final = frozenset("""
polled surveyed questioned interviewed quizzed contacted briefed asked consulted assembled gathered
based involved concerned quoted cited employed stationed elected appointed sampled canvassed named
""".split())
# Verbs of agreeing: their "with" phrase is what they take a stance on, and inside another's statement
# they say what someone thinks ("even if they did not agree with it, he said").
AGREE: Final = frozenset("agree agrees agreed disagree disagrees disagreed".split())
# That participle and its preposition, as a pattern ("polled in", "surveyed by").
GROUP_PLACING: Final = (r"(?:" + "|".join(sorted(GROUP_PARTICIPLES))
                 + r")\s+(?:on|in|at|by|from|across|outside|near|during|about|with|for)")
# Records that speak for whoever made them ("figures compiled by the Tories" are the Tories').
RECORDS: Final = DATA_SOURCES | frozenset("findings round-up list lists rankings ranking league tables".split())

# Stances whose object is whom they back ("endorsed Mrs. Clinton | last week"): the content is that
# noun phrase, not what the sentence goes on to say about the endorsement.
ENDORSE: Final = frozenset("endorsed endorses".split())

# "called him a liar": naming what someone is, without quotation marks.
CALLING: Final = frozenset("call called calls calling".split())

# Wanting: a belief, whether of an act ("wants to ...") or of a thing ("who want ready access").
WANT: Final = frozenset("want wants wanted".split())

# A lone adverb after a cue says how, not what ("responded first").
NOT_CONTENT_WORDS: Final = frozenset("first little again later back too also otherwise instead".split())

# Cues whose following phrase is the one spoken to, never the speaker ('"...," told a voter').
NOT_INVERTED: Final = frozenset("told tells tell telling".split())

# Cues that take an addressee before their content ("told reporters", "told Sky News").
ADDRESSEE: Final = frozenset("told tells tell telling asked asks asking warned warns warn warning urged urges assured "
                      "assures assuring reminded reminds reminding informed informs informing".split())

# Participles that carry their own content after a comma ("..., saying ...").
PARTICIPLES: Final = frozenset(w for w in SPEECH | STANCE if w.endswith("ing")) - {"showing", "reporting"} | {
    "hoping", "fearing", "believing"}  # "..., hoping to win": a belief of the clause's subject

CUE_WORDS: Final = SPEECH | BELIEF | STANCE
# Cues of several words, each under the words that can open it.
MULTI_WORD_CUES: Final[dict[str, str]] = {
    "according": r"according\s+to",
    "pointed": r"pointed\s+out",
    "points": r"points\s+out",
    # "called Wednesday for", "called again for": a day or an adverb may sit inside.
    **dict.fromkeys(("called", "calls", "call", "calling"), r"(?:called|calls|call|calling)\s+(?:(?:on\s+)?"
                    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|again|"
                    r"repeatedly|publicly|also|once)\s+)?for"),
    **dict.fromkeys(("made", "makes", "make", "making"), r"(?:made|makes|make|making)\s+(?:it\s+)?clear"),
    **dict.fromkeys(("put", "puts"), r"(?:put|puts)\s+it"),
    **dict.fromkeys(("lashed", "lashes"), r"(?:lashed|lashes)\s+out(?:\s+at)?"),
    **dict.fromkeys(("laid", "lays", "spelled", "spells"), r"(?:laid|lays|spelled|spells)\s+out"),
    **dict.fromkeys(("took", "takes"), r"(?:took|takes)\s+aim\s+at"),
    # '"...," he went on.': not "went on to say" (the verb after "to" is the cue) nor "went onto"
    **dict.fromkeys(("went", "goes"), r"(?:went|goes)\s+on(?!\s+to\b)"),
}
# A span of time after the preposition is an adjunct, not the attitude's object: "argued for | years
# that ...", "pushed for months for ...".
_DURATION_AFTER: Final = (r"(?!\s+(?:(?:many|several|some|two|three|four|five|\d+)\s+)?(?:years|months|weeks|days|"
                   r"decades|hours|ages|a\s+(?:long\s+)?(?:time|while|year|decade|month|week))\b)")
for _prep, _words in PREPOSITIONAL.items():
    for _word in _words.split():
        _alt = rf"{_word}\s+{_prep}" + (_DURATION_AFTER if _prep == "for" else "")
        MULTI_WORD_CUES[_word] = MULTI_WORD_CUES[_word] + "|" + _alt if _word in MULTI_WORD_CUES else _alt
_CUE_BEFORE: Final = r"(?<![\w'’-])(?:"
_NOUN_AFTER: Final = r"\s+tanks?\b"  # "a think tank" is a noun
_CUE_AFTER: Final = r")(?![\w'’-])(?!" + _NOUN_AFTER + ")"
CUE_RE: Final = re.compile(
    _CUE_BEFORE
    + "|".join(dict.fromkeys(MULTI_WORD_CUES.values()))
    + "|"
    + "|".join(sorted(CUE_WORDS, key=len, reverse=True))
    + _CUE_AFTER,
    re.IGNORECASE,
)
# The multi-word branches of :data:`CUE_RE` alone, in the same order. Where a word of
# :data:`MULTI_WORD_CUES` begins, a branch of several words matches there exactly when this does.
MULTI_CUE_RE: Final = re.compile(
    _CUE_BEFORE + "|".join(dict.fromkeys(MULTI_WORD_CUES.values())) + _CUE_AFTER, re.IGNORECASE
)
# What after a one-word cue makes it a noun instead (:data:`CUE_RE` does not match there).
NOUN_AFTER_CUE: Final = re.compile(_NOUN_AFTER, re.IGNORECASE)

PRONOUNS: Final = frozenset("he she they we i you it".split())
OBJECT_PRONOUNS: Final = frozenset("him her them us me".split())
DETERMINERS: Final = frozenset(
    "the a an another one two three four five some several many most few other both all each "
    "his her their its our my your this these those various numerous".split()
)
BE: Final = frozenset("is was were are be been being am".split())
# Words skipped between a subject and its cue ("he has also said").
AUX_ADV: Final = frozenset("""
has have had would will could should may might must can shall did does do also later then
previously recently again once repeatedly publicly privately reportedly originally initially
first already often frequently always never just quickly simply further similarly separately
subsequently earlier still even actually specifically directly explicitly flatly openly angrily
bluntly not n't long only now since famously clearly reportedly recently falsely wrongly
correctly rightly soon immediately last here there ever twice almost nearly barely hardly scarcely
virtually practically merely perhaps maybe
however meanwhile nonetheless nevertheless therefore thus instead likewise cannot
""".split())
# Lower-case words that cannot be part of a speaker phrase: reaching one ends the phrase.
STOP: Final = frozenset("""
that which who whom whose what when where while why how if because but or nor so than as though
although unless until whether is was were are be been being am to in on at by with from after
before about into over under during without within through against among between upon toward
towards across behind beyond near since per via like unlike has have had do does did will would
could should may might must can shall not no said says say told tells asked also there here
then this these those it its him them us me not yet just only even however meanwhile instead
thus therefore indeed
who've who’ve who'd who’d who'll who’ll who's who’s who're who’re
""".split()) - {"this", "these", "those", "its"}
# -ed adjectives that may sit inside a speaker phrase ("an unnamed official").
ED_ADJECTIVES: Final = frozenset("""
unnamed unidentified retired elected embattled disgraced indicted detained concerned alleged
armed united married so-called self-styled self-described appointed designated qualified
polled surveyed interviewed sampled
""".split())
# Titles before a name: kept as the role ("Sen. Bernie Sanders" -> role "Sen.").
TITLES: Final = frozenset("""
mr mr. mrs mrs. ms ms. dr dr. sen sen. senator rep rep. representative gov gov. governor
president vice secretary gen gen. general minister prime mayor judge justice chairman chairwoman
speaker pope king queen prince princess sheikh lt lt. col col. capt capt. sgt sgt. adm adm.
attorney chief rev rev. sir lord lady dame baroness baron commissioner ambassador director professor prof
prof. candidate former detective inspector constable superintendent sergeant captain colonel
lieutenant corporal brigadier
""".split())
# Lower-case nouns that can stand just before a name as its role ("Observatory director Rami").
ROLE_NOUNS: Final = frozenset("""
president director minister spokesman spokeswoman spokesperson secretary chief leader head
chairman chairwoman ceo founder adviser advisor aide manager official analyst professor expert
senator governor mayor candidate nominee ambassador envoy commander general correspondent
reporter editor anchor announcer host lawyer attorney doctor researcher economist strategist
activist member representative congressman congresswoman lawmaker chair coordinator co-ordinator executive
deputy counsel consultant pollster commentator columnist writer author historian scientist
resident witness spokespeople
""".split())

# Prepositional phrases and time words between a cue and its content ("said in a statement on
# Tuesday that ...").
_ADJUNCT_WORDS: Final = (
    r"statement|statements|interview|interviews|speech|tweet|tweets|post|posts|op-ed|letter|email|"
    r"e-mail|release|conference|briefing|rally|debate|event|call|meeting|hearing|appearance|"
    r"remarks|message|video|program|programme|show|broadcast|radio|television|episode|memo|"
    r"report|filing|session|forum|visit|stop|address|podcast|book|memoir|column|essay|article|"
    r"week|month|year|morning|afternoon|"
    r"evening|night|weekend|day|time|point|moment|floor|convention|summit|gathering|assembly|"
    r"referendum|survey"
)
_MONTHS: Final = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
           r"Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)")
_DAYS: Final = (
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|"
    r"recently|again|also|publicly|privately|repeatedly|once|afterward|afterwards|earlier|later|"
    r"then|too|previously|separately|simply|bluntly|flatly"
)
# An occasion after a stance's object ("thanked supporters | at a victory rally in Vermont").
OCCASION_AFTER_OBJECT: Final = re.compile(r"\s+(?:at|during|in)\s+(?:(?P<det>a|an|the|his|her|their|its|every|each|both|(?:last|this)\s+(?:week|month|year)['’]s|"
                                   r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s)\s+(?:[\w’'-]+\s+){0,3}?(?:"
                                   r"rally|rallies|events?(?!\s+of\b)|speech(?:es)?|interviews?|debates?|conferences?|"
                                   r"briefings?|hearings?|meetings?|statements?|tweets?|town\s+halls?|forums?|appearances?|"
                                   r"address|op-eds?|letters?|time\s+(?:on|at|as|in)\b)"
                                   # plural occasions need no determiner ("in early-morning tweets")
                                   r"|(?:[\w’'-]+\s+){0,2}?(?:tweets|speeches|interviews|remarks|rallies|posts|statements))\b")
ADJUNCT_RE: Final = re.compile(
    r"\s*,?\s*(?:"
    # (not "this year's event promises": a time's possession opens the content)
    r"(?!(?:this|last|next|late|early)\s+[\w-]+['’]s\s)"
    r"(?:on|in|at|during|via|through|after|before|from|with|(?:to|for)(?=\s+(?:the|a|an|his|her|their|its|"
    r"[A-Z]))|while|late|early|last|this|over|inside|outside)\s+(?:that\s+)?(?:(?!that\s)[\w’'.-]+\s+){0,4}?(?:" + _ADJUNCT_WORDS
    + r")(?:\s+(?:" + _ADJUNCT_WORDS + r"))?\b"  # "in a video | message": a compound noun
    r"(?!['’]s\b|\s+(?:will|would|is|was|has|had|could|can|may|might|should|must)\b)"  # "this year will"
    # a stretch of one's time ("said during his nearly 22 years in Parliament")
    r"|(?:during|over|in)\s+(?:his|her|their|its|the)\s+(?:[\w-]+\s+){0,3}(?:years|months|weeks|decades)\b"
    # a date ("said on 13 March", "on March 3, 2004")
    r"|(?:on\s+)?(?:\d{1,2}\s+" + _MONTHS + r"|" + _MONTHS + r"\s+\d{1,2}(?:st|nd|rd|th)?\b)(?:,?\s+\d{4})?"
    # "on MSNBC's “Morning Joe”": a show, not what was said
    r"|(?:on|in)\s+(?:the\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*['’]s\s+[“\"]\x00+[”\"]"
    r"|(?:on|in|at|to|with|from|during)\s+(?:the\s+)?(?:[A-Z][\w’'.&-]*)(?:\s+(?:of\s+)?[A-Z][\w’'.&-]*)*(?:['’]s\s+[\w’'-]+)?"
    r"(?:\s+(?:newspaper|paper|magazine|website|programme|program|show|column|blog)\b)?"  # "in the Guardian newspaper"
    r"(?:,\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)?(?=,))?"  # "in Madison, Wisconsin,"
    r"|(?:on\s+)?(?:" + _DAYS + r")(?:\s+(?:morning|afternoon|evening|night))?\b(?!['’]s\b)"  # not "Friday's meeting"
    r"|for\s+(?:months|weeks|years|days|decades|some\s+time|a\s+while|a\s+long\s+time)\b"
    # "a few days later", "ten days ago"
    r"|(?:a\s+few|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+"
    r"(?:hours?|days?|weeks?|months?|years?)\s+(?:later|earlier|ago|before)\b"
    r"|(?:last|this|next)\s+(?:week|month|year|spring|summer|fall|autumn|winter|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|" + _DAYS + r")\b"
    # (not the subject of the clause: "saying | this year will meet expectations")
    r"(?!['’]s\b|\s+(?:will|would|is|was|has|had|could|can|may|might|should|must)\b)"
    r"|of\s+(?:his|her|their|its)\s+[\w’'-]+(?:\s+[\w’'-]+)?(?=\s*:)"  # "said of her success: ..."
    r"|of\s+(?:(?:him|them|it)\b|her\b(?!\s+(?!that\b)[a-z])|the\s+[\w’'-]+|[A-Z][\w’'.-]*(?:\s+(?:and\s+)?[A-Z][\w’'.-]*)*)"
    r"|(?:for\s+example|for\s+instance|however|in\s+fact|of\s+course)\s*,"  # "believes, for example, that"
    # a manner ("shows in detail how", "explained at length why")
    r"|in\s+(?:great\s+|more\s+|some\s+|greater\s+|painstaking\s+)?detail\b|at\s+(?:great\s+|some\s+)?length\b"
    # "claimed without evidence that": the writer's note on the claim
    r"|without\s+(?:(?:any|offering|providing|citing|presenting)\s+){0,2}(?:evidence|proof)\b,?(?=\s+that\s)"
    # "revealed, somewhat stiltedly, that": a manner set off by commas before "that"
    r"|(?:(?:somewhat|rather|quite|very|more|most|less|so|too|almost)\s+)?[a-z]{3,}ly\s*,(?=\s+that\s)"
    r")",
)
ADDRESSEE_RE: Final = re.compile(
    r"\s+(?:(?:(?:(?:reporters|journalists|supporters|voters|lawmakers|listeners|"
    r"viewers|readers|students|members|delegates|guests|attendees|police|investigators|officials|MPs)|"
    r"(?:a|an|the|his|her|their|its)\s+(?:[\w’'-]+\s+){0,2}?(?:crowd|audience|reporters?|"
    r"interviewer|host|journalists?|committee|panel|press|paper|newspaper|magazine|network|"
    r"station|radio|group|gathering|room|nation|country|people|public|supporters|agency|outlet|channel|"
    r"program|show|website|site|court|judge|jury|tribunal|inquiry|hearing|council|board|commission|"
    r"conference|convention|assembly|parliament|senate|congress|investigators|officers|police|employees|"
    r"staff|workers|congregation|advisers|advisors|aides|allies|colleagues|friends|donors|followers|fans|"
    r"troops|members|lawmakers|leaders|officials|investors|shareholders|clients|wife|husband)"
    # a head of two nouns ("his monthly press conference", "a local radio station")
    r"(?:\s+(?:conference|briefing|station|show|programme|program|meeting|hearing|committee))?"
    r"(?:['’]s\s+[a-z][\w-]*)?)"  # "the show's director", "the country's parliament"
    # and another group ("told MPs and peers"), not a verb of the speaker's ("and says")
    r"(?:\s+and\s+(?!(?:says|adds|tells|claims|insists|warns|argues|notes|is|was|has)\b)(?:[a-z]{3,}s|MPs|MEPs))?"
    r"(?:\s+[a-z]+ly(?=\s*[,:]))?)\b"
    r"(?!\s+of\s)"  # "the congregation | of 2,000": the phrase goes on
    # a pronoun, which no "of" phrase goes on ("told him | of her plan"), after "her" as a
    # determiner has been tried ("told her aides")
    r"|(?:him|her|them|us|me|you)\b"
    # a named host or reporter ("told host Sean Hannity", "told Fox News anchor Bret Baier")
    r"|(?:[A-Z][\w’'.&-]*\s+){0,3}(?:radio\s+|talk\s+show\s+|show\s+)?(?:host|anchor|interviewer|moderator|presenter|"
    r"correspondent|reporter|columnist|commentator)\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}\b"
    # a name, perhaps owning a programme ("BBC Radio 4's Today programme", "ITV's GMTV"); its own
    # "of" takes a capital ("the Society of Editors"), so one after it is the topic ("told BBC News | of")
    r"|(?:the\s+)?(?:[A-Z][\w’'.&-]*)(?:\s+(?:of\s+)?[A-Z\d][\w’'.&-]*)*(?:['’]s?(?:\s+[A-Z][\w’'.&-]*)+)?"
    r"(?:\s+(?:programme|program|show|website|newspaper|magazine|channel|station|news\s+agency|news\s+service|"
    r"news\s+website|news\s+channel|news|radio|television))?\b"
    # a news agency named after its noun ("told news agency Reuters")
    r"|(?:the\s+)?news\s+agency(?:\s+[A-Z][\w’'.&-]*)+\b)"
)
# Past forms of saying that do not end in "-ed".
_IRREGULAR_SPEECH: Final = frozenset("said told wrote".split())
# Adverbs between "and" and a second verb of the same subject ("and even questioned").
_ADVERBS_AFTER_AND: Final = r"(?:(?:then|also|later|even|still|again|[a-z]+ly)\s+){0,2}"
# Beliefs that no noun spells the same ("and hopes" may be a noun's plural; "and suspected" is a verb).
_BELIEF_VERBS: Final = frozenset("""
believes believed thinks thought suspects suspected expects expected wanted knew knows assumes
assumed prefers considers feels felt hoped feared doubted
""".split())
# After a cue and its speaker, a complementiser or a verb going on with the clause before them
# ('"...," Roe said, that ...', "The plan, said Roe, would fail").
CLAUSE_GOES_ON: Final = re.compile(r"\s*,\s*(?:that|would|will|could|can|should|must|is|are|was|were|has|have|had)\s")
# A dash between words: an em or en dash, a double hyphen, or a hyphen with spaces around it.
DASH: Final = r"(?:--|—|–|(?<=\s)-(?=\s))"
# Where a reported clause stops before the end of its sentence.
CONTENT_STOP_RE: Final = re.compile(
    r"(?:,|(?:(?<=[”\"])|(?<=''))(?=\s))\s*(?:according\s+to\b|(?:[a-z]+ly\s+)?(?:" + "|".join(sorted(PARTICIPLES, key=len, reverse=True))
    + r")\b)"
    # A participial phrase after a comma ("..., echoing a memo") is the speaker's action, not
    # what was said; "including" and "following" go on with the clause.
    r"|,\s+(?:(?:further|thereby|also|even)\s+)?(?!including\b|following\b|according\b|during\b|regarding\b|concerning\b|notwithstanding\b|"
    r"something\b|nothing\b|anything\b|everything\b|bring\b|thing\b|king\b|spring\b|string\b)[a-z]{2,}ing\s"
    # (but an adjective in a list goes on: "a kind, loving and admirable person")
    r"(?!(?:and|or)\s)"
    r"|(?<=[”\"])\s+and\s+(?:then\s+|also\s+|later\s+)?(?:[a-z]+ed|said|told|wrote|says)\b"
    # A second report by the same speaker ("... and calling him a liar", "... before claiming").
    r"|\s+(?:and|before|after|while)\s+(?:[a-z]+ly\s+)?(?:" + "|".join(sorted(PARTICIPLES, key=len, reverse=True))
    + r")\b"
    r"|(?:,|\s+" + DASH + r")?\s+(?:and|but)\s+" + _ADVERBS_AFTER_AND + r"(?:"
    + "|".join(sorted((w for w in SPEECH | STANCE if w.endswith("s") or w.endswith("ed") or w in _IRREGULAR_SPEECH),
                      key=len, reverse=True)) + r")\b"
    # A main clause of the narrator's with its own pronoun subject (", and he railed against ...").
    r"|,\s+(?:and|but)\s+(?:he|she|they|we|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})\s+"
    r"(?:also\s+|later\s+|then\s+|[a-z]+ly\s+)?(?:(?:has|have|had|did|does)n['’]t\s+(?:yet\s+|also\s+)?[a-z]+ed\b|"
    r"[a-z]+ed\b|(?:is|are|was|were)\s+(?:also\s+|now\s+|still\s+)?"
    r"(?:" + "|".join(sorted((w for w in SPEECH | STANCE | BELIEF if w.endswith("ing")), key=len, reverse=True))
    + r")\b)"  # (", and Clinton is promising to ...")
    # ... or another group's report (", and human rights groups warned that ...").
    r"|,\s+(?:and|but|while)\s+(?!(?:when|if|as|after|before|because|since|although|though|once|until|then)\b)"
    r"(?:(?:the|some|many|most|other|several|[a-z][\w’'-]+)\s+){1,4}?(?:[a-z]+ly\s+)?(?:"
    + "|".join(sorted((w for w in SPEECH if w.endswith("ed") or w in _IRREGULAR_SPEECH), key=len, reverse=True))
    + r")\s+(?:that\b|[a-z]+\s)"
    # ... or its stance (", and the league strongly denounced the remarks", ", and those voters backed Roe")
    r"|,\s+and\s+(?:the|those|these|many|some|most|other|several)\s+(?:[\w’'-]+\s+){0,8}?(?:[a-z]+ly\s+)?(?:"
    + "|".join(sorted((w for w in STANCE | {"backed"} if w.endswith("ed")), key=len, reverse=True))
    + r")\s+(?:the|a|an|his|her|their|its|[A-Z])"
    # ... or with a verb of saying or belief of its own (", and he wants his party to ...").
    r"|,\s+(?:and|but)\s+(?:he|she|they|we|I|it)\s+(?:also\s+|later\s+|then\s+|still\s+|[a-z]+ly\s+)?(?:"
    + "|".join(sorted((w for w in SPEECH | BELIEF | STANCE if not w.endswith("ing") and " " not in w),
                      key=len, reverse=True)) + r")\b"
    # Another report after a semicolon ("...; 46 percent said ...").
    r"|;\s+[^;.\x00]{1,60}?\s(?:"
    + "|".join(sorted((w for w in SPEECH | STANCE | BELIEF if not w.endswith("ing") and " " not in w),
                      key=len, reverse=True)) + r")\b"
    # A credit of the whole sentence closing it (", the US trade office said."): another speaker.
    r"|,\s+(?:the|a|an)\s+(?:[\w’'.&-]+\s+){0,6}?(?:said|says|added|adds|reported|reports|noted|wrote|writes)"
    r"(?=\s*[.!?](?:\s|$)|\s*$)"
    # Another share of people reporting (", 27 percent of those asked said ...").
    r"|,\s+(?:\d[\d.,]*\s+percent|[a-z]+\s+in\s+\d+)[^,;\x00]{0,60}?\s(?:said|say|says)\b"
    # ... or a count of them (", 39 have said they support ...")
    r"|,\s+(?:and\s+)?\d[\d,]*\s+(?:have\s+|had\s+)?(?:[a-z]+ly\s+)?(?:said|say|says)\b"
    # Another speaker after a dash ("... - others say ...").
    r"|\s+" + DASH + r"\s+(?:[\w’'.-]+\s+){1,3}?(?:said|say|says)\b"
    # The end of an aside about the speaker ("Roe, who questioned whether ..., said Friday that").
    r"|,\s+(?:" + "|".join(sorted((w for w in SPEECH | STANCE if w.endswith(("ed", "s")) or w in _IRREGULAR_SPEECH),
                                   key=len, reverse=True)) + r")\s"
    r"|(?:,|\s+" + DASH + r")\s*(?:he|she|they|(?:(?:de|van|von|al|le|la|du|da|di|del|bin)\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})"
    r"\s+(?:[a-z]+ly\s+|also\s+|then\s+|later\s+|again\s+)?(?:"
    + "|".join(sorted((w for w in SPEECH | STANCE if not w.endswith("ing")), key=len, reverse=True)) + r")\b"
    # Another speaker's report in an absolute phrase ("..., with Roe saying ...").
    r"|,\s+with\s+(?:[\w’'.-]+\s+){1,5}?[a-z]+ing\b"
    # Another speaker's report joined on ("..., and three-quarters said ...").
    r"|,\s+(?:and|but|while)\s+(?:[\w’'.-]+\s+){1,4}?(?:said|say|says|told|wrote|argued|noted)\b"
    r"|\s+(?:and|but|while)\s+(?:[A-Z][\w’'.-]*\s+){1,3}(?:said|say|says|told|wrote|argued|noted|wants|wanted|"
    r"believes|believed|thinks|thought|hopes|hoped|fears|feared)\b"
    # ... or by others ("... and others have said they are not interested")
    r"|\s+(?:and|but|while)\s+(?:others|some|many|most|few|another)\s+(?:have\s+|had\s+)?(?:[a-z]+ly\s+)?"
    r"(?:said|say|says|told|wrote|argued|noted)\b"
    # ... or by a common noun with no comma before "but" ("... work better but critics fear ...")
    r"|\s+but\s+(?:[a-z][\w’'-]*\s+){1,3}?(?:say|says|said|fear|fears|feared|believe|believes|"
    r"argue|argues|argued|claim|claims|claimed|insist|insists|insisted|warn|warns|warned)\b"
    # ... and one with an appositive (", and Jane Roe, the mayor's adviser, said ...").
    r"|,\s+(?:and|but|while)\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3},\s+[^,;\x00]{2,80},\s+(?:[a-z]+ly\s+|also\s+)?"
    r"(?:said|say|says|told|wrote|argued|noted|added)\b"
    # A contrast the narrator adds (", but for Republicans, it is ...").
    r"|,\s+but\s+(?:for|in|to|at|on|with|among)\s+[^,;\x00]{1,40},\s"
    # A further act of the speaker's after a comma ("insists the party must change, | and has
    # championed an agenda ...")
    r"|,\s+and\s+(?:has|have)\s+(?:also\s+|since\s+|[a-z]+ly\s+)?(?:[a-z]+ed|been|made|said|told|held|led|won|"
    r"sought|spent|taken|given|written|spoken)\s"
    # The main clause after a condition ("If we thought they were secure, | then we wouldn't ...")
    r"|,\s+then\s+(?:he|she|they|we|I|it|you|there)\b"
    # A semicolon before a listed act ("...; clashed with Roe over ...").
    r"|;\s+(?:[a-z]+ly\s+)?[a-z]{3,}ed\s"
    # Another share of people ("... said yes while 48 percent said no", "and one in four said").
    r"|\s+(?:and|but|while)\s+\d[\d.,]*(?:\s*(?:percent|%)[^,;\x00]{0,60}?|\s+(?:have|had))\s(?:said|say|says|agreed|agree|disagreed|"
    r"disagree|thought|think|believed|believe)\b"
    r"|,?\s+(?:and|but|while)\s+(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|fewer\s+than\s+)?"
    r"(?:one|two|three|four|five|six|seven|eight|nine|\d+)\s+(?:in|out\s+of)\s+(?:\d+|two|three|four|five|ten)\s+"
    r"(?:said|say|says)\b"
    r"|(?<=[”\"])\s+(?:and|but|while)\s+(?:[\w’'.-]+\s+){1,4}?(?:said|say|says|told|wrote|argued|noted)\b"
    # Another speaker introducing a quotation with a colon (", to which Roe interjected: "...").
    r"|,\s+(?:to\s+which\s+)?(?:he|she|they|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})\s+[a-z]+(?:\s+[a-z]+){0,2}"
    r"\s*:\s*[“\"]"
    # A quotation credited after it ('...: "It is a mess," he said').
    r"|:(?=\s*[“\"]\x00*[”\"],?\s*(?:he|she|they|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})\s+(?:"
    + "|".join(sorted((w for w in SPEECH if not w.endswith("ing")), key=len, reverse=True)) + r")\b)"
    # A new clause after a dash ("... — and he singled out ...").
    r"|\s+" + DASH + r"\s+(?:and|but|then)\s+(?:he|she|they|we|I)\s"
    r"|\s+" + DASH + r"\s+(?:and|but)\s+(?:the|a|an|his|her|their|its)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:is|are|was|were|has|have|had|will|would)\s"  # "— and the Senate is holding ..."
    r"|\s+" + DASH + r"\s+(?:and|but)\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}(?:,|\s+(?:is|are|was|were|has|have|had|"
    r"will|would|[a-z]+ed)\s)"  # "— and Cruz, who's running ..."
    # Another speaker named by a common noun (", a man yelled").
    r"|,\s*(?:he|she|they)\s+(?:[a-z]+ly\s+)?[a-z]+ed\s+that\b"
    r"|,\s*(?:another|others|some|many|most)\s+(?:"
    + "|".join(sorted((w for w in SPEECH if not w.endswith("ing")), key=len, reverse=True)) + r")\b"
    r"|,\s*(?:a|an|the|one|another|his|her|their|its)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:"
    + "|".join(sorted((w for w in SPEECH if not w.endswith("ing")), key=len, reverse=True)) + r")\b",
)
# A belief of the speaker's joined to what was reported ("said he heard gunfire and suspected that
# ...", "said he would not stage one -- and thinks that ..."): where the content is a bare clause
# (in "cited no evidence that she knew and wanted ..." the verb is the inner clause's).
BELIEF_AFTER_REPORT_RE: Final = re.compile(
    r"(?:,|\s+" + DASH + r")?\s+(?:and|but)\s+" + _ADVERBS_AFTER_AND + r"(?:"
    + "|".join(sorted(_BELIEF_VERBS, key=len, reverse=True)) + r")\b(?!\s+(?:of|about)\b)"  # "thought of the days"
)
# Where a match of :data:`CONTENT_STOP_RE` can begin: each of its branches opens with a comma, a
# semicolon, a colon, or white space that follows a quotation mark or precedes "and", "but",
# "before", "after", "while" or a dash. The first character is a set, so a search skips the
# characters in between at once.
CONTENT_STOP_START: Final = re.compile(
    r"[,;:\s](?:(?<=[,;:])|(?<=[”\"']\s)|(?<=\s)(?=\s*(?:and|but|before|after|while|--|—|–|-)))"
)
TOKEN_RE: Final = re.compile(r"[^\W\d_](?:[\w’'.&-]*[\w.])?|\d[\w,.]*|[^\w\s]")
QUOTE_CHARS: Final = frozenset("“”\"„«»`‟″")


# Abbreviations that always precede a name: never end a sentence.
NAME_TITLES: Final = frozenset(
    "mr mrs ms dr prof sen rep gov lt gen col maj capt cpl sgt adm cmdr st rev hon pres supt "
    "insp det amb atty".split()
)


@lru_cache(maxsize=4)
def load_abbreviations(path: Path = PUNKT_PARAMS) -> frozenset[str]:
    """Lower-case abbreviations (without their final period) from a one-a-line file."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return NAME_TITLES
    words = {line.strip().lower().rstrip(".") for line in lines}
    return frozenset(w for w in words if w and not w.startswith("#")) | NAME_TITLES
