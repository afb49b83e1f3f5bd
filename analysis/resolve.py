"""Attach names to speaker phrases: split role words from the name, resolve pronouns and surnames
with the coreference tracker, and classify each speaker with the actor list."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Final

from analysis.actors import ALL_ABOUT_SPORT, ActorList, personal_name, sports_story
from analysis.coref import (
    CALENDAR_NAMES,
    NAME_PARTICLES,
    ORIGIN_SUFFIXES,
    PERSON_PRONOUNS,
    PERSON_ROLES,
    PERSON_TITLES,
    DeferredTracker,
    Entity,
    article_vocabulary,
    clean_name_tokens,
    gender_of_name,
    gender_of_title,
    given_names,
    is_org_name,
    MODIFIER_OPENERS,
    plural_form,
    plural_of_people,
    resolvable_pronoun,
)
from analysis.cues import (
    AUX_ADV,
    DETERMINERS,
    ED_ADJECTIVES,
    GROUP_PLACING,
    PRONOUNS,
    QUOTE_CHARS,
    RECORDS,
    ROLE_NOUNS,
    STOP,
    TITLES,
    TOKEN_RE,
    load_abbreviations,
)
from analysis.found import Context, Found, Span
from analysis.models import NARRATOR, NARRATOR_TYPE
from analysis.speakers import (
    COURTESY_TITLES,
    DOCUMENTS,
    OCCASION_PARTICIPLES,
    ONE_OF_A_GROUP,
    TIME_AFTER_SPEAKER,
    left_speaker,
    main_subject,
    sentence_subject,
)

_JOINT_SPLIT: Final = re.compile(r"\s+(?:and|&)\s+(?=[A-Za-z])")
# What opens a second speaker's phrase after "and" ("the IMF", "some analysts", "Jane Roe"); a word
# in lower case otherwise opens one only as a role before a name (see :func:`_role_after_name`).
_JOINT_NEXT: Final = re.compile(r"(?:the|a|an|his|her|their|its|other|some|several|[A-Z])")


_MEDIUM: Final = re.compile(r"\b(?:tv|television|radio|network|channel|station|broadcaster)\b", re.IGNORECASE)
_ORGANISATION_WORD: Final = re.compile(
    r"\b(?:Observatory|Ministry|Department|News|TV|Agency|Party|Committee|Council|Group|Association|"
    r"Institute|Post|Times|Journal|House|Office|Campaign|Court|Army|Forces|Government|Commission|"
    r"Foundation|Union)\b")
_LEADING_ARTICLE: Final = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def split_role(text: str, start: int, end: int) -> tuple[str | None, Span]:
    """Role words and the name span inside a speaker phrase ("Syrian president | Bashar Assad"),
    without a time after it ("the New York Times | on Tuesday")."""
    time = TIME_AFTER_SPEAKER.search(text, start, end)
    if time is not None and time.start() > start and not _SUNDAY_PAPER.search(text, start, end):
        end = time.start()
    elif text.endswith("self", start, end) or text.endswith("selves", start, end):
        reflexive = _REFLEXIVE_AFTER.search(text, start, end)
        if reflexive is not None and reflexive.start() > start:
            end = reflexive.start()  # "Henson himself says": the name
    age = _AGE_LEAD.match(text, start, end)
    if age is not None and age.end() < end and text[age.end()].isupper():
        # "19-year-old | Simpson", "the 74-year-old | Ronnie Corbett": the age is a role
        role, (n_start, n_end) = split_role(text, age.end(), end)
        lead = _LEADING_ARTICLE.sub("", text[start:age.end()].strip())
        return (f"{lead} {role}" if role else lead), (n_start, n_end)
    role, (n_start, n_end) = _split_phrase(text[start:end])
    if role is not None and all(w.lower() in AUX_ADV for w in role.split()):
        role = None  # "soon | Donald J. Trump had declared": an adverb, no role
    return role, (start + n_start, start + n_end)


# An age opening a speaker phrase ("19-year-old Simpson", "the 74-year-old Ronnie Corbett").
_AGE_LEAD: Final = re.compile(r"(?:the\s+|The\s+)?\d{1,3}-year-old\s+")


# A reflexive pronoun after a speaker's name ("Henson | himself").
_REFLEXIVE_AFTER: Final = re.compile(r"\s+(?:himself|herself|themselves|itself)$")
# Papers named for the day they come out ("The Mail on Sunday"): no time after a speaker.
_SUNDAY_PAPER: Final = re.compile(r"\b(?:Mail|Independent|Scotland|Wales)\s+on\s+Sunday$")


# Initials that open a name as a given name does ("J.M. Berger", "G.K. Butterfield").
_INITIALS: Final = re.compile(r"(?:[A-Z]\.){1,3}")


def _opens_name(word: str) -> bool:
    """Whether ``word`` can open a person's name: a given name or initials, not a country's
    ("U.S.")."""
    return word.lower() in given_names() or (
        _INITIALS.fullmatch(word) is not None and word.lower().rstrip(".") not in load_abbreviations())


def _joined_particle(word: str) -> bool:
    """Whether ``word`` is a name with an Arabic article joined to it ("al-Assad", "el-Sisi")."""
    return word[:3] in ("al-", "el-") and word[3:4].isupper()


@lru_cache(maxsize=65536)
def _split_phrase(phrase: str) -> tuple[str | None, Span]:
    """:func:`split_role` of a phrase on its own, offsets into it. Tokens read the same wherever
    the phrase stands, so a phrase said again (a speaker's name) is split once."""
    words, starts = _word_tokens(phrase)
    n = len(words)
    if not n:
        return None, (0, len(phrase))
    end = starts[-1] + len(words[-1])
    if phrase.startswith("%", end):
        words[-1] += "%"  # "47%": a share of people
        end += 1
    k = n
    while k > 0 and (words[k - 1][0].isupper() or _joined_particle(words[k - 1]) or (
            k > 1 and words[k - 1] in NAME_PARTICLES and words[k - 2][0].isupper() and k < n)) and (
            not words[k - 1].lower().endswith(ORIGIN_SUFFIXES)):
        k -= 1  # the capitalised run, with the particles of a name ("Nick Van den Brul"), not
        # a word of where one is from ("Tunisian-born | Abdellatif Kechiche")
    # Titles at the front of the capitalised run belong to the role ("Sen.", "President").
    j = k
    while j < n - 1 and words[j].lower() in TITLES:
        j += 1
    if j == k == 0 and words[0].lower() in PERSON_ROLES and (
            n == 3 or (n > 3 and _opens_name(words[1]))):
        j = 1  # "Spokeswoman | Haley Morris says", "Writer | Dudley Nichols refused": a role opening a sentence
    if j == k:
        # "Trade and Industry Secretary | Patricia Hewitt", "Foreign Secretary | Jack Straw": a
        # title inside the run, before a given name
        t = next((t for t in range(k + 1, n - 1)
                  if (words[t].lower() in TITLES or _plural_role(words[t])) and _opens_name(words[t + 1])), None)
        if t is None and n - k >= 4 and words[n - 3].lower() in TITLES and not is_org_name(words[n - 2:]) and (
                words[n - 2].lower() not in TITLES and words[n - 1].lower() not in TITLES):
            t = n - 3  # "Economic and Fiscal Policy Minister | Heizo Takenaka": a title, then two names
        if t is not None:
            j = t + 1
    # A leading article goes, but not the count of a share ("one in four").
    first = 1 if n > 1 and words[0].lower() in DETERMINERS and words[1] not in ("in", "of") and not (
        words[0].lower() == "those" and words[1].endswith("ed")) else 0  # (but "those surveyed" speak)
    if "and" in words[first:k] and k < n:
        a = len(words) - 1 - words[::-1].index("and")
        if a < k and a > first and is_role_word(words[a - 1]) and words[a + 1][:1].isupper():
            # "host and East Midlands MEP Jane Roe": one person's roles, joined
            right_role, (r_start, r_end) = _split_phrase(phrase[starts[a + 1]:])
            role = phrase[starts[first]:starts[a - 1] + len(words[a - 1])] + (f" and {right_role}" if right_role else "")
            return role, (starts[a + 1] + r_start, starts[a + 1] + r_end)
    of = words.index("of") if "of" in words else -1
    title_link = of if of > 0 else (words.index("to") if "to" in words else -1)  # "Chief Secretary to the Treasury"
    if 0 < title_link < n - 3 and any((w.lower() in TITLES and w.lower() not in COURTESY_TITLES)
                                      or w.lower() in _OFFICE_WORDS for w in words[first:title_link]):
        # "Secretary of State John Kerry", "Chancellor of the Exchequer Gordon Brown": the title's
        # phrase, then a name that opens with a given name
        t = next((t for t in range(title_link + 2, n - 1) if _opens_name(words[t])
                  and all(w[0].isupper() for w in words[t:])), None)
        if t is not None:
            return phrase[starts[first]:starts[t - 1] + len(words[t - 1])], (starts[t], end)
    if of >= 2 and of < n - 1 and all(w[0].isupper() for w in words[:of]) and (
            gender_of_name(words[0]) is not None or words[0].lower().rstrip(".") in COURTESY_TITLES):
        # "Brett Lock of gay group OutRage", "Jane Roe of the Times": the person speaks
        return phrase[starts[of + 1]:end], (starts[0], starts[of - 1] + len(words[of - 1]))
    if of >= 2 and of < n - 1 and (words[of + 1][0].isupper() or words[of + 1].lower() == "the"):
        # "energy analyst Jane Roe of Barclays Capital", "Junya Tanase of JPMorgan": a person's
        # name of two words or more, then where they work
        left_role, (l_start, l_end) = _split_phrase(phrase[:starts[of - 1] + len(words[of - 1])])
        name = phrase[l_start:l_end].split()
        if len(name) >= 2 and _opens_name(name[0]) and name[-1][0].isupper() and all(
                w[0].isupper() or w in NAME_PARTICLES for w in name):
            org = phrase[starts[of + 1]:end]
            return (f"{left_role} of {org}" if left_role else org), (l_start, l_end)
    if k == 0 and n >= 3 and _opens_with_role(words):
        return words[0], (starts[1], end)  # "Novelist Gore Vidal", capitalised to open a sentence
    if j == n or (j == 0 and k == 0):
        return None, (starts[first], end)
    if j > k > 0 and words[k - 1].lower() in _RELATIONS:
        return None, (starts[first], end)  # "a lawyer for Mr Roe": the lawyer speaks, not Roe
    if k >= 2 and words[k - 1].lower() == "of" and words[k - 2].lower().rpartition("-")[2] in _KIN:
        return None, (starts[first], end)  # "the ex-wife of Alan Grayson": she speaks, not he
    if j == k and k > first:
        described = _described_name(words, first)
        if described is not None:
            d, t = described
            if d == first:
                return None, (starts[t], end)
            return phrase[starts[first]:starts[d - 1] + len(words[d - 1])], (starts[t], end)
    if j == k and not _described(words, k) and (k == 0 or not (
            is_role_word(words[k - 1]) or words[k - 1].lower().endswith(ORIGIN_SUFFIXES)
            or (_plural_role(words[k - 1]) and words[k - 1].lower()[:-1] not in _KIN))):  # not "brothers John"
        return None, (starts[first], end)
    role_words = [i for i in range(j) if words[i].lower() not in DETERMINERS]
    while len(role_words) > 1 and words[role_words[-1]].lower() in _COURTESY:
        role_words.pop()  # "Manchester United manager | Sir | Alex Ferguson": the courtesy is no role
    if not role_words:
        return None, (starts[j], end)
    at = next((i for i in range(1, j) if words[i] == "at" and words[i - 1].lower() in PERSON_ROLES), None)
    if at is not None:
        return None, (starts[first], end)  # "the finance officer at telecoms firm WorldCom": the officer
    last = role_words[-1]
    if first and words[0].lower() in _ARTICLES and not _names_a_role(words[last]) and not any(
            w.endswith(("'s", "’s", "'", "’")) for w in words[first:last]):
        # "Launching the initiative | Mr Clarke said": no role, but the titles before the name
        titles = phrase[starts[k]:starts[j - 1] + len(words[j - 1])] if j > k else None
        return titles, (starts[j], end)
    return phrase[starts[role_words[0]]:starts[last] + len(words[last])], (starts[j], end)


_ARTICLES: Final = frozenset("the a an this that these those".split())


def _names_a_role(word: str) -> bool:
    """Whether ``word``, the last before a name in a phrase opened by an article, can end a
    description of the person: a role or title ("the Tory leader"), a capitalised word ("a fellow
    Tory") or an age or compound ("the 62-year-old", "the front-runner"); not a thing ("the
    initiative", "a Brussels summit", "the questions")."""
    low = word.lower()
    return (is_role_word(word) or low in TITLES or _plural_role(word) or word[:1].isupper()
            or "-" in word or any(c.isdigit() for c in word) or low.endswith(ORIGIN_SUFFIXES)
            or low in _MOODS or low in _ROLE_MODIFIERS)


# Offices named with "of" before the holder's name ("Chancellor of the Exchequer Gordon Brown").
_OFFICE_WORDS: Final = frozenset("chancellor".split())
# The kind of body each organisation word names ("firm": a company).
_BODY_KIND: Final[dict[str, str]] = {
    **dict.fromkeys("firm company group giant brokerage maker retailer operator insurer outfit portal".split(),
                    "company"),
    **dict.fromkeys("airline carrier".split(), "airline"),
    **dict.fromkeys("agency regulator watchdog".split(), "agency"),
    **dict.fromkeys("network broadcaster".split(), "broadcaster"),
    **dict.fromkeys("newspaper paper tabloid".split(), "paper"),
    **{w: w for w in "bank studio label band charity think-tank magazine".split()},
}
# The kinds of body a description of each kind may stand for: "the company" for a bank or an
# airline too, "the bank" only for a bank.
_BODY_KINDS: Final[dict[str, frozenset[str]]] = {
    word: frozenset({kind, "airline", "bank"} if kind == "company" else {kind}) for word, kind in _BODY_KIND.items()
}
_NAME_JOINERS: Final = frozenset("of and & for the de du von van".split())
# Role words of an organisation: the name after one is no person's ("software giant Microsoft").
_ORGANISATION_ROLES: Final = frozenset(_BODY_KIND)
# Words naming what a person or an organisation is, before the name ("novelist Gore Vidal",
# "Irish Lions coach Clive Woodward", "anti-virus firm Sophos").
_ROLE_WORDS: Final = ROLE_NOUNS | PERSON_ROLES | _ORGANISATION_ROLES | frozenset("""
coach captain manager boss novelist entrepreneur producer star frontman singer player striker
midfielder defender goalkeeper winger champion champions club farmer nurse driver pilot worker
shopkeeper veteran soldier vicar photographer designer artist musician guitarist drummer
bassist songwriter broadcaster presenter chef engineer architect referee umpire bookmaker cartel
compatriot team-mate teammate critic accountant agent counterpart commissioner commissioners
sprinter runner athlete teenager swimmer boxer golfer jockey skier hurdler rower batsman bowler fly-half
scrum-half full-back flanker wing lock prop hooker playmaker youngster rookie newcomer debutant olympian poet dancer tycoon
millionaire solicitor barrister surgeon pupil organiser organizer
""".split())


def _names_organisation(role: str | None) -> bool:
    """Whether the last word of ``role`` names an organisation ("US car company")."""
    if not role:
        return False
    return role.rsplit(None, 1)[-1].lower() in _ORGANISATION_ROLES


# Words relating a speaker to the person named after them ("a lawyer for", "sources close to").
_RELATIONS: Final = frozenset("for of to representing supporting with near behind against".split())


def _opens_with_role(words: list[str]) -> bool:
    """Whether a capitalised phrase opens with a person's role word that is no title, followed by
    a given name ("Analyst Jane Roe", not "Group Lotus" or "President Roe")."""
    low = words[0].lower()
    return (low not in TITLES and low not in _ORGANISATION_ROLES and is_role_word(words[0])
            and words[1].lower() in given_names())


def is_role_word(word: str) -> bool:
    """Whether ``word`` (or its last part after a hyphen: "co-chairman") is in :data:`_ROLE_WORDS`,
    or names a person by their field ("neuroscientist", "physician")."""
    low = word.lower()
    if low in _ROLE_WORDS:
        return True
    last = low.rpartition("-")[2]
    return last in _ROLE_WORDS or (len(last) >= 7 and last.endswith(_FIELD_ENDINGS) and last not in _NOT_FIELDS)


# Endings of the nouns of a person's field ("neuroscientist", "physician", "historian").
_FIELD_ENDINGS: Final = ("ist", "ician", "ologist")
_NOT_FIELDS: Final = frozenset("assist insist resist persist consist subsist desist".split())


def _word_tokens(phrase: str) -> tuple[list[str], list[int]]:
    """The tokens of ``phrase`` (:data:`TOKEN_RE`) that open with a letter or digit, and where
    each starts. Between two tokens stand only spaces and underscores, which open none, so each
    token is found at the first place after the one before that spells it."""
    starts: list[int] = []
    pos = 0
    if phrase.isascii() and phrase.replace(" ", "").isalpha():
        # Letters and spaces only: each run of letters is a token.
        words = phrase.split()
        for word in words:
            pos = phrase.find(word, pos)
            starts.append(pos)
            pos += len(word)
        return words, starts
    words = []
    for word in TOKEN_RE.findall(phrase):
        pos = phrase.find(word, pos)
        if word[0].isalnum():
            words.append(word)
            starts.append(pos)
        pos += len(word)
    return words, starts


def _described(words: list[str], k: int) -> bool:
    """"undecided voter Jane Roe": lower-case words before a given name and a surname (the
    capitalised run from ``k``) describe her."""
    return (0 < k <= len(words) - 2 and _lower_word(words[k - 1]) and words[k].lower() in given_names()
            and words[k - 1] not in DETERMINERS and not _represents(words, k - 1))


def _represents(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` relates a person's role before it to the name after it ("a spokesman
    for | Michael Howard", "lawyers with | ..."): the role's holders speak, not the name."""
    if i < 1 or words[i] not in _RELATIONS:
        return False
    role = words[i - 1].lower()
    return is_role_word(role) or (role.endswith("s") and is_role_word(role[:-1]))


def _lower_word(word: str) -> bool:
    """A word in lower case letters, hyphens between them ("front-runner", "scrum-half")."""
    return word.islower() and word.replace("-", "").isalpha() and not word.startswith("-") and not word.endswith("-")


# Moods a reporter gives a speaker before the name ("An angry Beattie said"): no role.
_MOODS: Final = frozenset("""
angry furious tearful delighted jubilant relieved frustrated disappointed defiant emotional upbeat
bullish buoyant cautious confident crestfallen happy elated dejected downbeat bemused baffled
puzzled stunned shocked satisfied proud philosophical candid contrite apologetic rueful relaxed
gracious smiling beaming fuming livid irate weary exhausted ecstatic thrilled worried nervous
bitter distraught indignant incensed exasperated animated agitated subdued sombre somber
""".split())


def _described_name(words: list[str], first: int) -> tuple[int, int] | None:
    """Where the description ends and the name begins in a phrase of lower-case words (from
    ``first``, past its article) before a capitalised name, when those words do not belong to the
    name: a mood ("An angry | Beattie"), an adjective before an institution's name ("the
    independent | Institute for Fiscal Studies"), a role in the plural ("analysts | Jupiter
    Research") and a description before a person's name that opens with a given name ("fellow
    Tory | David Heathcoat-Amory"). The first index is where the role ends (``first`` for a mood or
    an adjective, which are no role), the second where the name begins; ``None`` otherwise."""
    d = first
    while d < len(words) and _describes(words[d]):
        d += 1
    rest = words[d:]
    if d == first or not rest or not rest[0][:1].isupper() or not rest[-1][:1].isupper() or not all(
            w[:1].isupper() or w in ("of", "for", "and", "&", "the", "on") for w in rest):
        return None
    if all(w in _MOODS for w in words[first:d]):
        return first, d
    last = words[d - 1]
    if last.endswith("s") and is_role_word(last[:-1]) and rest[0].lower() not in given_names():
        return d, d  # "analysts Gartner", "accountants KPMG"; not "brothers John (and ...)"
    institution = any(w.lower() in _INSTITUTION_ENDS for w in rest) or _ORGANISATION_WORD.search(" ".join(rest))
    if len(rest) >= 2 and institution and not any(is_role_word(w) for w in words[first:d]):
        return first, d  # "the nonpartisan | Congressional Budget Office": no role
    t = next((t for t in range(d + 1, len(words) - 1) if words[t].lower() in given_names()), None)
    if (t is not None and words[d].lower() not in given_names() and words[d].lower() not in TITLES
            and len(words) - t <= 3 and not is_org_name(words[t:])):
        return t, t  # "fellow Tory | David Heathcoat-Amory", "backbench Labour MP | Karen Buck"
    return None


def _describes(word: str) -> bool:
    """Whether ``word`` may describe the name after it: a word in lower case that is no word of
    grammar, nor a participle ("documents reviewed by | The Post")."""
    return (_lower_word(word) and word not in STOP and word not in DETERMINERS
            and word not in ("of", "for", "and") and word not in RECORDS
            and not (word.endswith("ed") and word not in ED_ADJECTIVES and word not in _MOODS))


# The words that relate a role to the body it is held in ("spokeswoman for the bank", "head of
# research at Barclays", "our man in Rome").
_RELATED: Final = re.compile(r"\s(?:of|at|for|in|with)\s")
# A body's possessive before the office held in it ("Google's | chief executive").
_OWNED_OFFICE: Final = re.compile(r"[A-Z][\w.&-]*['’]s?\s(?=\S)")


def _holds_office(role: str | None) -> bool:
    """Whether ``role`` is a person's office in a body ("president of Netcraft", "senior
    vice-president at IBM", "Google's chief human resources executive"): a word of
    :data:`PERSON_ROLES` before the body, or after the body's possessive."""
    if not role:
        return False
    parts = _RELATED.split(role, 1)
    if len(parts) < 2:
        owned = _OWNED_OFFICE.search(role)
        if owned is None:
            return False
        parts = [role[owned.end():]]
    head = parts[0].lower().split()
    return any(w in PERSON_ROLES or w.rpartition("-")[2] in PERSON_ROLES for w in head)


def _looks_like_person(name: str, speaker_type: str, text: str = "",
                       words: list[str] | None = None) -> bool:
    """Whether ``name`` (of ``words``, when given) names a person: a capitalised name of one to
    four words, none of an organisation, and not a word ``text`` writes in lower case."""
    if words is None:
        words = name.split()
    if len(words) == 1 and words[0].lower() in article_vocabulary(text):
        return False  # "Delegates questioned ...": a common noun opening the sentence
    return _person_shaped(name, speaker_type)


@lru_cache(maxsize=65536)
def _person_shaped(name: str, speaker_type: str) -> bool:
    """:func:`_looks_like_person` past the article's own words: it depends on the name alone."""
    words = name.split()
    if speaker_type in ("media", "state_media", "organisation") or not 1 <= len(words) <= 4:
        return False
    if not all(w[0].isupper() for w in words) or is_org_name(words):
        return False  # "GOP", "Trump National Doral": an organisation
    if len(words) == 1 and words[0].isupper() and words[0].isalpha() and len(words[0]) >= 2:
        return False  # "UK", "EU", "NATO": an acronym names a place or a body, not a person
    if len(words) == 1 and plural_of_people(words[0]):
        return False  # "Critics", "Analysts", "MPs" opening a sentence: a group
    return not _ORGANISATION_WORD.search(name)


def _clean_span(text: str, start: int, end: int) -> Span:
    """The name inside ``[start, end)`` without words glued on at a sentence start ("Like Corker"),
    a possessive owner ("Center's Bozell") or a contraction ("Sanders hasn't")."""
    phrase = text[start:end]
    last = phrase.rsplit(None, 1)[-1] if phrase.strip() else ""
    if len(last) > 6 and last.endswith(".") and last[:-1].isalpha() and last[0].isupper():
        end -= 1  # "according to Nielsen.)": the sentence's period, no abbreviation
        phrase = phrase[:-1]
    words = _capitalised_words(phrase)
    if words is None:
        return start, end
    kept, _, _ = clean_name_tokens(list(words), vocabulary=article_vocabulary(text))
    if not kept or len(kept) == len(words) or (len(kept) == 1 and _ORGANISATION_WORD.fullmatch(kept[0])):
        return start, end  # (a place's body keeps its place: "The Beijing News", not "News")
    n = len(kept)
    starts = _word_starts(phrase, words)
    for i in range(len(words) - n, -1, -1):
        if words[i] == kept[0] or (n == 1 and words[i].startswith(kept[0])):
            return start + starts[i], start + starts[i + n - 1] + len(kept[-1])
    return start, end


@lru_cache(maxsize=65536)
def _capitalised_words(phrase: str) -> tuple[str, ...] | None:
    """The words of ``phrase`` (split at white space) when each opens with a capital or an
    apostrophe; else ``None``. A name said again is read once."""
    words = tuple(phrase.split())
    if not words:
        return None
    for word in words:
        if not (word[0].isupper() or word[0] in "'’"):
            return None
    return words


def _word_starts(phrase: str, words: tuple[str, ...]) -> list[int]:
    """Where each of ``words``, the white-space-separated words of ``phrase``, starts in it."""
    starts: list[int] = []
    pos = 0
    for word in words:
        pos = phrase.find(word, pos)
        starts.append(pos)
        pos += len(word)
    return starts


# A speaker phrase that is one of these is resolved as a pronoun.
_PRONOUN_SPEAKERS: Final = PRONOUNS | PERSON_PRONOUNS | frozenset(("them", "their"))

# The gender a courtesy title or role word in a mention gives; it depends on the mention alone.
_title_gender: Final = lru_cache(maxsize=65536)(gender_of_title)


# A possessive pronoun and words someone said or wrote ("his remarks", "her statement"): the
# possessor speaks.
_OWN_WORDS: Final = re.compile(r"(his|her|their|its)\s+(?:remarks|comments|statements?|words|testimony|speech|"
                        r"letter|tweets?|posts?|memo|essay|interview|answer|response|reply|views?|"
                        r"findings|figures|forecasts?|estimates?|research|survey|report|study|analysis)$")
_POSSESSIVE_PRONOUNS: Final = {"his": "he", "her": "she", "their": "they", "its": "it"}


# Words that make a role of their own with the next: a prime minister is no other minister, a
# former or shadow foreign secretary not the foreign secretary.
_ROLE_COMPOUNDS: Final = frozenset("prime vice deputy first former ex shadow".split())


def described_entity(tracker: DeferredTracker, low: str, at: int) -> Entity | None:
    """The person a definite description of a role ``low`` (lower case, "the prime minister",
    "the chancellor") at offset ``at`` stands for: the one last credited in that role before
    ``at`` ("Prime Minister Jane Roe said", "Jane Roe, the chancellor, said"). ``None`` for any
    other phrase, or when the article credits no one so."""
    words = low.split()
    if not 2 <= len(words) <= 4 or words[0] != "the" or not all(w.isalpha() for w in words[1:]):
        return None
    role = words[1:]
    if role[-1] not in PERSON_ROLES:
        return None
    return _last_credited(tracker.tracker.entities, at, lambda ent: (
        ent.kind == "person" and bool(ent.role) and _same_role((ent.role or "").lower().split(), role)))


def described_body(tracker: DeferredTracker, low: str, at: int) -> Entity | str | None:
    """The body an organisation word ("the firm", "the company") at offset ``at`` stands for:
    the one last credited under such a word ("anti-virus firm Sophos said"); else, of the bodies
    the article calls by such a word before ``at`` ("Menatep Group", "drinks giant Diageo",
    "Cairn Energy, a UK oil firm,"), one called by the very word, then the one named most often,
    then the last: an entity when it was credited, else its name. ``None`` for any other phrase,
    or when the article names no such body."""
    words = low.split()
    if len(words) != 2 or words[0] != "the" or words[1] not in _BODY_KIND:
        return None
    word = words[1]
    entities = tracker.tracker.entities
    kinds = _BODY_KINDS[word]
    ent = _last_credited(entities, at, lambda e: (
        e.kind == "group" and bool(e.role) and _BODY_KIND.get((e.role or "").rsplit(None, 1)[-1].lower()) in kinds
        and not _RELATED.search(e.role or "")))  # "spokeswoman for the bank" is a person
    if ent is not None:
        return ent
    text = tracker.masked
    best: tuple[tuple[bool, int, int], Entity | str] | None = None
    credited: dict[str, Entity] = {}
    for e in entities:
        if e.kind == "group" and _proper_body_name(e.name):
            credited[e.name] = e
    for same_word, pos, name in _called(text, word, at):
        key = (same_word, text.count(name, max(0, at - _BODY_REACH), at), pos)
        if best is None or key > best[0]:
            best = (key, credited.get(name, name))
    for name, e in credited.items():
        in_name = _called_in_name(name, word)
        last = max((pos for pos, _, _ in e.events if pos < at), default=-1)
        if in_name is not None and last >= 0:
            key = (in_name, text.count(name, max(0, at - _BODY_REACH), at), last)
            if best is None or key > best[0]:
                best = (key, e)
    return best[1] if best is not None else None


# How far back the mentions of a body are counted, to find the one an article is about there.
_BODY_REACH: Final = 1500


def _proper_body_name(name: str) -> bool:
    """Whether ``name`` is written as a body's proper name: capitalised words, joined only by
    "of", "and" and the like, no owner's "'s"."""
    words = name.split()
    return (bool(words) and words[0][:1].isupper() and _OWNER.search(name) is None
            and all(w[:1].isupper() or w in _NAME_JOINERS for w in words))


def _called_in_name(name: str, word: str) -> bool | None:
    """Whether a body's ``name`` holds ``word`` itself ("Menatep Group" for "the group": True),
    another word of a kind it may stand for ("Bank of Mexico" for "the company": False), or
    neither (``None``)."""
    kinds = _BODY_KINDS[word]
    found: bool | None = None
    for w in name.lower().split():
        if w == word:
            return True
        if _BODY_KIND.get(w) in kinds:
            found = False
    return found


# A body's name: capitalised words, "of", "&" or "de" between them ("Bank of America"), not a
# sentence's opening word ("A", "The", "In").
_BODY_NAME: Final = r"(?!(?:A|An|The|In|On|At|But|And|As|If)\b)[A-Z][\w&'’-]*(?: (?:(?:of|&|de) )?[A-Z][\w&'’-]*){0,4}(?<![’'])(?<![’']s)"
_BODY_WORDS: Final = "|".join(sorted(_BODY_KIND, key=len, reverse=True))
_DESCRIBED_BODY: Final = re.compile(
    # (each match begins a word: the scan skips every other place at once)
    r"(?<![\w&'’-])(?=[A-Za-z])(?:"
    rf"(?<!\ba )(?<!\ban )\b(?P<before>{_BODY_WORDS}) (?P<name>{_BODY_NAME})"
    rf"|(?P<named>{_BODY_NAME}),\s+(?:a|an|the)\s+(?:(?!(?:for|of|at|with|from|to|by|in|on)\s)[^,.;:()]){{0,60}}?"
    rf"\b(?P<after>{_BODY_WORDS})(?=\s*[,.;)]|\s+(?:that|which|based|whose)\b))")


def _called(text: str, word: str, at: int) -> Iterator[tuple[bool, int, str]]:
    """Where ``text`` before offset ``at`` calls a body by an organisation word of a kind ``word``
    may stand for ("oil firm Cairn Energy", "Cairn Energy, a UK oil firm,"): whether it is
    ``word`` itself, the offset and the name."""
    kinds = _BODY_KINDS[word]
    for start, end, said, name in _bodies_called(text):
        if end > at:
            break
        if _BODY_KIND[said] in kinds:
            yield said == word, start, name


@lru_cache(maxsize=8)
def _bodies_called(text: str) -> tuple[tuple[int, int, str, str], ...]:
    """Every place ``text`` calls a body by an organisation word: start, end, the word and the
    name, in reading order (read once per article, however many descriptions ask)."""
    return tuple((m.start(), m.end(), m.group("before") or m.group("after"), m.group("name") or m.group("named"))
                 for m in _DESCRIBED_BODY.finditer(text))


def _called_body_type(masked: str, name: str, actors: ActorList) -> str | None:
    """The type of the body ``name`` as the article calls it by an organisation word anywhere
    ("software giant Microsoft ... Microsoft said", "Yukos, the Russian oil firm,"): the role rule
    for that word's, else an organisation; ``None`` when the article calls it no such body.

    Only the stretches around where the name is written are read (as :func:`_bodies_called`
    would read them), not the whole article."""
    at = masked.find(name)
    while at >= 0:
        end = at + len(name)
        if masked.startswith(_APPOSITIVE_OPENERS, end) or (
                masked[max(0, at - _BODY_BEFORE_REACH):at].rstrip().rpartition(" ")[2].lower() in _BODY_KIND):
            for m in _DESCRIBED_BODY.finditer(masked, max(0, at - _BODY_BEFORE_REACH),
                                              min(len(masked), end + _BODY_AFTER_REACH)):
                if (m.group("name") or m.group("named")) == name:
                    return actors.role_type(m.group("before") or m.group("after")) or "organisation"
        at = masked.find(name, end)
    return None


def _firm_named(masked: str, name: str) -> str | None:
    """"organisation" when the article names ``name`` as a firm's: after an office in it ("a
    security manager at Microsoft", "chief operating officer of Sony", "an analyst with Gartner")
    or its shares ("shares in Yukos"), or before what only a firm has ("GM's vice president",
    "Tesco shares", "Vodafone's shareholders"); ``None`` when it does not, or when ``name`` is
    written as a person's ("Bill Clinton's stock answer")."""
    if personal_name(name):
        return None
    size = len(name)
    at = masked.find(name)
    while at >= 0:
        end = at + size
        if (at == 0 or not masked[at - 1].isalnum()) and (end == len(masked) or not masked[end].isalnum()) and (
                _FIRM_OFFICE_BEFORE.search(masked, max(0, at - _FIRM_REACH), at) is not None
                or _FIRM_PART_AFTER.match(masked, end, end + _FIRM_REACH) is not None
                or (_FIRM_OFFICE_AFTER.match(masked, end, end + _FIRM_REACH) is not None
                    and _ARTICLE_OR_COMMA_BEFORE.search(masked, max(0, at - 4), at) is not None)):
            return "organisation"
        at = masked.find(name, end)
    return None


# An office or a stake in a firm right before its name ("a security manager at", "shares in"), and
# what only a firm has right after it ("'s vice president", " shares"); a spokesman, a manager or
# staff may be a person's ("Beckham's manager", "Clinton's staff"), so they count only before it.
_FIRM_OFFICES: Final = (r"(?:manager|managers|officer|officers|executive|executives|vice[ -]president|director|chairman|"
                 r"chairwoman|founder|co-founder|spokesman|spokeswoman|spokesperson|analyst|analysts|engineer|"
                 r"engineers|employee|employees|staff|boss|owner|partner|researcher|researchers)")
_FIRM_OFFICE_BEFORE: Final = re.compile(rf"(?<![\w-]){_FIRM_OFFICES},?\s+(?:at|of|with)\s+$|(?<![\w-])shares\s+in\s+$",
                                 re.IGNORECASE)
_FIRM_PART_AFTER: Final = re.compile(r"(?:['’]s?\s+(?:(?:chief|senior|executive|group|financial|finance)\s+){0,2}"
                              r"(?:vice[ -]president|chief executive|chairman|chairwoman|shareholders|shares|"
                              r"board|subsidiary|profits|sales|headquarters)"
                              r"|\s+(?:shares|shareholders|stock))(?![\w-])", re.IGNORECASE)
_FIRM_REACH: Final = 40
# An office in a firm after its name, which an article or a comma opens ("a Microsoft security
# manager", "Bill Gates, Microsoft chairman"); not a spokesman, who may speak for a person or a
# regulator ("a Rubio spokesman").
_FIRM_OFFICE_AFTER: Final = re.compile(r"(?:\s+[a-z]+){0,2}?\s+(?:manager|executive|vice[ -]president|chairman|chairwoman|"
                                r"engineer|employee|founder|co-founder)(?![\w-])")
_ARTICLE_OR_COMMA_BEFORE: Final = re.compile(r"(?:(?<![\w-])(?:a|an|A|An)|,)\s+$")


# What opens an appositive that may call the name before it a body (", the Russian oil firm,").
_APPOSITIVE_OPENERS: Final = (", a ", ", an ", ", the ")


# How far before and after a body's name the words that call it a body may stand ("mobile phone
# | operator Vodafone", "Yukos, the Russian oil firm,"): the reach of :data:`_DESCRIBED_BODY`.
_BODY_BEFORE_REACH: Final = 16
_BODY_AFTER_REACH: Final = 100


def _last_credited(entities: list[Entity], at: int, wanted: Callable[[Entity], bool]) -> Entity | None:
    """Of the ``wanted`` entities, the one mentioned last before offset ``at``."""
    best: tuple[int, Entity] | None = None
    for ent in entities:
        if not wanted(ent):
            continue
        last = max((pos for pos, _, _ in ent.events if pos < at), default=None)
        if last is not None and (best is None or last > best[0]):
            best = (last, ent)
    return best[1] if best is not None else None


# A word of a full name: a capitalised word, or an initial ("R.").
_NAME_WORD: Final = r"[A-Z](?:\.|[\w’'-]*)"
_NAME_AFTER_ROLE: Final = rf"\s+(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})\b"
_NAME_BEFORE_ROLE: Final = rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}}),\s+the\s+"


# The name after a role's words, and the name before ", the " and a role's words: the same in
# every role, so compiled once. Neither is found but where the role's words are.
_NAME_AFTER_ROLE_RE: Final = re.compile(_NAME_AFTER_ROLE)
_NAME_BEFORE_ROLE_RE: Final = re.compile(_NAME_BEFORE_ROLE)


@lru_cache(maxsize=4096)
def _role_patterns(role: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words of ``role`` ("prime minister") in any case: where they open a phrase (before a
    name, "Prime Minister Jane Roe"), and where they close an appositive (after a name, "Jane Roe,
    the prime minister,")."""
    words = r"\s+".join(re.escape(w) for w in role.split())
    return (re.compile(rf"(?<![\w-])(?i:{words})"),
            re.compile(rf"(?i:{words})(?=\s*[,.;)])"))


def _names_in_role(text: str, role: str, at: int) -> Iterator[tuple[int, str]]:
    """Where ``text`` before offset ``at`` names a person in ``role``, and the name: each match of
    :data:`_NAME_AFTER_ROLE` after the role's words, then each match of
    :data:`_NAME_BEFORE_ROLE` before them (see :func:`_role_holders`)."""
    for start, end, name in _role_holders(text, role):
        if end <= at:
            yield start, name


@lru_cache(maxsize=64)
def _role_holders(text: str, role: str) -> tuple[tuple[int, int, str], ...]:
    """Every place ``text`` names a person in ``role``: start, end and the name, as the
    ``finditer`` of one pattern of the role's words and the name would give them (a failed try
    goes on at the next character); read once per article and role, however many descriptions
    ask."""
    opening, closing = _role_patterns(role)
    found: list[tuple[int, int, str]] = []
    pos = 0
    while (words := opening.search(text, pos)) is not None:
        name = _NAME_AFTER_ROLE_RE.match(text, words.end())
        if name is None:
            pos = words.start() + 1
            continue
        found.append((words.start(), name.end(), name.group("name")))
        pos = name.end()
    pos = 0
    while (name := _NAME_BEFORE_ROLE_RE.search(text, pos)) is not None:
        words = closing.match(text, name.end())
        if words is None:
            pos = name.start() + 1
            continue
        found.append((name.start(), words.end(), name.group("name")))
        pos = words.end()
    return tuple(found)


def named_in_role(text: str, low: str, at: int) -> str | None:
    """The full name of the person ``text`` last names, before offset ``at``, in the role a
    definite description ``low`` ("the chancellor") gives; ``None`` when it names no one so. A
    prime, former or shadow holder (:data:`_ROLE_COMPOUNDS`) of the role does not count."""
    words = low.split()
    if not 2 <= len(words) <= 4 or not all(w.isalpha() for w in words[1:]) or words[-1] not in PERSON_ROLES:
        return None
    found: tuple[int, str] | None = None
    for start, name in _names_in_role(text, " ".join(words[1:]), at):
        before = text[max(0, start - 12):start].split()
        if before and before[-1].lower() in _ROLE_COMPOUNDS:
            continue
        if found is None or start > found[0]:
            found = (start, name)
    if found is None or found[1].split()[0].lower() in TITLES or _ORGANISATION_WORD.search(found[1]):
        return None  # "Secretary of State Jane Roe", "the State Department": no one's full name
    return found[1]


def _same_role(held: list[str], described: list[str]) -> bool:
    """Whether a role ``held`` ("finance minister") is the one ``described`` ("minister") names:
    it ends with those words, and no word before them makes a role of its own with them."""
    n = len(described)
    return (held[-n:] == described
            and not (len(held) > n and held[-n - 1] in _ROLE_COMPOUNDS))


# Role words of one person whom the article credits without naming ("the spokeswoman", "a senior
# official"); an office ("the home secretary") most often stands for a person it names.
_ONE_PERSON_ROLES: Final = frozenset("spokesman spokeswoman spokesperson official aide adviser advisor source".split())
# The farthest a "he" or "she" may stand from the description it stands for.
_DESCRIBED_REACH: Final = 400


def _stands_for_description(pronoun: str, at: int, last: tuple[int, str, str, str | None, str | None, bool],
                            ent: Entity | None) -> bool:
    """Whether "he" or "she" at ``at`` stands for ``last``, the description of one person that the
    statement credited last was by ("A Trafford Centre spokeswoman said ... '...,' she added"): it
    is near and of the pronoun's gender, and the article's names give no person (``ent``) or, for a
    description without "the" (a person not met before), none mentioned since."""
    where, _, _, _, gender, definite = last
    if pronoun not in ("he", "she") or not 0 <= at - where <= _DESCRIBED_REACH:
        return False
    if gender is not None and gender != ("m" if pronoun == "he" else "f"):
        return False
    if ent is None:
        return True
    # "the Tory spokesman" may be a person the article named before; "a spokesman" is not
    return not definite and max((x for x, _, _ in ent.events if x < at), default=-1) < where


def _repeats_description(low: str, at: int, last: tuple[int, str, str, str | None, str | None, bool]) -> bool:
    """Whether "the" and one role word (``low``, at offset ``at``) repeat the role of ``last``, the
    description of one person credited just before and near ("A spokesman for Michael Howard said
    ... the spokesman said"), so they stand for that person."""
    words = low.split()
    return (len(words) == 2 and 0 <= at - last[0] <= _DESCRIBED_REACH
            and _description_role(last[1], last[1].split()) == words[1])


def _credited(text: str, tracker: DeferredTracker, actors: ActorList, ent: Entity,
              at: int) -> tuple[str, str, str | None]:
    """Name, type and role of ``ent``, which a phrase at offset ``at`` stands for; the mention
    counts for it. A person typed by nothing yet is typed as their name would be ("Prime Minister
    Tony Blair is to speak. He said": government)."""
    tracker.add(ent.name, kind=ent.kind, at=at, entity=ent)
    return ent.name, _entity_type(text, tracker, actors, ent, at), ent.role


def _entity_type(text: str, tracker: DeferredTracker, actors: ActorList, ent: Entity, at: int) -> str:
    """The type of ``ent``: its own, else, for a person, the one :func:`_named_role_type` gives."""
    if ent.type == "unknown" and ent.kind == "person":
        return _named_role_type(text, tracker, actors, ent, at)
    return ent.type


def _named_role_type(text: str, tracker: DeferredTracker, actors: ActorList, ent: Entity, at: int) -> str:
    """The type of a person by the role the article gives them where it names them ("Foreign
    Secretary Jack Straw arrived ... Mr Straw said": government); "unknown" without one."""
    named_role = _article_role(text, tracker.masked, ent)
    if not named_role:
        return "unknown"
    return actors.classify(ent.name, named_role, f"{named_role} {ent.name}", context=text, preceding=text[:at])[1]


# A person described by age, and maybe a role or nationality, the way news refers back to someone
# just named ("the 31-year-old", "the 47-year-old director", "the 24-year-old Swiss").
_AGE_DESCRIPTION: Final = re.compile(r"[Tt]he\s+\d{1,3}-year-old(?:\s+(?:[a-z][a-z-]*|[A-Z][a-z]+(?:man|woman|ian|ese|ish|ss)))?")


def _resolve_part(text: str, span: Span, tracker: DeferredTracker, actors: ActorList,
                  appositive: str | None, as_body: bool = False) -> tuple[str, str, str | None]:
    """Name, type and role of one speaker phrase; registers it for later pronouns (``as_body``: as
    no person, whatever its name looks like: what "it" stands for)."""
    mention = text[span[0]:span[1]]
    low = mention.lower()
    if low in _PRONOUN_SPEAKERS:
        last = tracker.last_credit
        ent = tracker.resolve_pronoun(low, at=span[0])
        if last is not None and _stands_for_description(low, span[0], last, ent):
            return last[1], last[2], last[3]  # 'The spokeswoman said ... "...," she added'
        tracker.last_credit = None
        if ent is None and low == "i":
            # "I think he is right" outside any quotation: the writer's own view, the outlet's voice
            return NARRATOR, NARRATOR_TYPE, None
        document = tracker.last_document
        if ent is None and low == "it" and document is not None and 0 <= span[0] - document[0] <= _DESCRIBED_REACH:
            # 'said the leaflet published by the CPS. ..., it said': the document just credited
            return document[1], document[2], document[3]
        if ent is None and low == "it":
            antecedent = _it_antecedent(tracker, span[0])
            if antecedent is not None:
                return _resolve_part(text, antecedent, tracker, actors, None, True)
        if ent is None and low == "they":
            antecedent = _they_antecedent(tracker, span[0])
            if antecedent is not None:
                return _resolve_part(text, antecedent, tracker, actors, None)
        return _credited(text, tracker, actors, ent, span[0]) if ent is not None else (mention, "unknown", None)
    last = tracker.last_credit
    tracker.last_credit = None
    tracker.last_document = None
    if last is not None and low.startswith("the ") and not appositive and _repeats_description(low, span[0], last):
        # 'A spokesman for Michael Howard said ... "...," the spokesman said': the one just credited
        tracker.last_credit = (span[1],) + last[1:]
        return last[1], last[2], last[3]
    owned = _OWN_WORDS.match(low)
    if owned is not None:
        # "His remarks suggested ...": the words are his
        ent = tracker.resolve_pronoun(_POSSESSIVE_PRONOUNS[owned.group(1)], at=span[0])
        if ent is not None:
            return _credited(text, tracker, actors, ent, span[0])
    named = None
    if low.startswith("the ") and not appositive:
        # "the prime minister said": the person the article last credited in that role, else the
        # one it last named in it ("Prime Minister Jane Roe", "Jane Roe, the prime minister,")
        body = described_body(tracker, low, span[0])
        if isinstance(body, Entity):
            return _credited(text, tracker, actors, body, span[0])
        ent = described_entity(tracker, low, span[0])
        if ent is None and _AGE_DESCRIPTION.fullmatch(mention):
            aged = tracker.resolve_described_person(span[0])  # "The 31-year-old admitted": the one in view
            if aged is not None:
                credited = _credited(text, tracker, actors, aged, span[0])
                if credited[1] == "unknown":  # "the 74-year-old comedian": the description's role types him
                    kind = actors.classify(credited[0], mention, f"{mention} {credited[0]}", context=text,
                                           preceding=text[:span[0]])[1]
                    credited = (credited[0], kind, credited[2])
                return credited
        if ent is not None:
            return _credited(text, tracker, actors, ent, span[0])
        named = body or named_in_role(text, low, span[0])
        modifier = _described_modifier(mention) if named is None else None
        if modifier is not None:
            # "the Florida senator", "the England striker": the person in view, where the
            # article writes the description's name beside theirs ("Florida Sen. Marco Rubio")
            in_view = tracker.resolve_described_person(span[0])
            if in_view is not None and _written_beside(text, in_view, modifier, span[0]):
                kind = actors.classify(mention, None, mention, context=text, preceding=text[:span[0]])[1]
                held = _entity_type(text, tracker, actors, in_view, span[0])
                if held in ("unknown", kind) or kind == "unknown":
                    credited = _credited(text, tracker, actors, in_view, span[0])
                    return credited if credited[1] != "unknown" else (credited[0], kind, credited[2])
    role: str | None
    titled = _NAMED_APPOSITIVE.fullmatch(appositive.strip(" ,")) if appositive and not named else None
    if titled is not None and not any(c.isupper() for c in mention[1:]):
        # "Manufacturers' organisation, the EEF, said": the name is in the aside, the
        # description before it is the role
        role, name, appositive = _LEADING_ARTICLE.sub("", low), titled.group(1), None
    elif named is not None:
        role, name = low[4:], named
    else:
        role, (n_start, n_end) = split_role(text, *span)
        n_start, n_end = _clean_span(text, n_start, n_end)
        owner = _OWNER.search(text, n_start, n_end)
        if owner is not None and (owner.group(1).islower() or actors.is_country(owner.group(1)) or (
                _SEVERAL_WORDS.fullmatch(text, n_start, owner.end(1)) is not None) or (
                tracker.resolve_name(text[n_start:owner.end(1)], at=span[0]) is not None)):
            # "the party's promises", "Germany's hopes", "Donald Trump's call", "Campbell's claims":
            # the owner's; a name of one word may end in "'s" itself ("McDonald's said")
            n_end = owner.end(1)
        name = text[n_start:n_end]
        if '"' in name or "“" in name:
            name = _TITLE_MARKS.sub("", name).rstrip(" ,.")  # 'the authors of the "Growth and Opportunity Project,"'
    if role is not None and role.lower() in COURTESY_TITLES:
        role = None  # "Mr", "Ms.", "Dr": a courtesy, no role (the title still gives the gender)
    organisation = _names_organisation(role)  # "software giant Microsoft" names no person
    if appositive and appositive.strip(" ,").lower() not in _ASIDE_ADVERBS and not _CIRCUMSTANCE.match(appositive) and (
            not _PARTICIPLE_ASIDE.match(appositive)) and _AGE_ASIDE.fullmatch(appositive.strip(" ,")) is None:
        what = _WHAT_ONE_IS.match(appositive)
        heads = _WHAT_ONE_HEADS.match(appositive) if what is None else None
        if what is not None:
            appositive = appositive[what.end():]
        elif heads is not None:
            appositive, what = "head of " + appositive[heads.end():], heads
        if what is not None or not _RELATIVE_ASIDE.match(appositive):
            role = role or _LEADING_ARTICLE.sub("", appositive.strip())
    honour = _POST_NOMINAL.search(name) if name.endswith(_POST_NOMINALS) else None
    if honour is not None and _is_full_name(name[:honour.start()]) and _LEADING_ARTICLE.match(mention) is None:
        # (not "the Glasgow Kelvin MP", "a Plaid Cymru MP": a description, whose letters are its head)
        name, role = name[:honour.start()], role or honour.group(1)  # "Frank Field MP": Frank Field, an MP
    ent = tracker.resolve_name(name, at=span[0]) if len(name.split()) <= 2 and not organisation else None
    if ent is not None and actors.find_actor(name) is None:
        name = ent.name
    placed = _PLACED_GROUP.match(mention) if not ent and "ed " in mention else None
    if placed is not None and not RECORDS.intersection(placed.group(1).lower().split()):
        # "economists polled by Reuters": the group speaks, not the one that placed it; but
        # "figures released by the ministry" are the ministry's
        _, kind = actors.classify(placed.group(1), role, placed.group(1), context=text, preceding=text[:span[0]])
        canonical = _LEADING_ARTICLE.sub("", mention)
    else:
        kin = role is not None and role.rsplit(None, 1)[-1].lower().rpartition("-")[2] in _KIN and not any(
            is_role_word(w) for w in role.split()[:-1])
        # "Lord Scarman's nephew George Ritchie": whose kin one is says nothing of one's own voice
        # (but "strategist for the Chamber of Commerce and a longtime friend" is a strategist)
        canonical, kind = actors.classify(name, None if kin else role, name if kin else mention, context=text,
                                          preceding=text[:span[0]])
    if kind == "unknown" and ent is not None:
        kind = _entity_type(text, tracker, actors, ent, span[0])
    elif kind == "unknown" and not organisation and _proper_body_name(canonical):
        kind = _called_body_type(tracker.masked, canonical, actors) or _firm_named(tracker.masked, canonical) or kind
    if kind == "media" and _MEDIUM.search(mention):
        kind = _bridge_medium(text, span[0], actors) or kind
    words = canonical.split()
    # "Jane Roe, president of Roecorp": the firm's voice, and still a person
    shape = "unknown" if kind == "organisation" and _holds_office(role) else kind
    person = not organisation and not as_body and (ent is not None or _looks_like_person(canonical, shape, text, words))
    described = _description_role(canonical, words) if not person else None
    if not person and ent is None and low.startswith(("the ", "a ", "an ")) and words and (
            words[-1].lower() in DOCUMENTS and not plural_form(words[-1])):
        tracker.last_document = (span[1], canonical, kind, role)
    if described is not None:
        tracker.last_credit = (span[1], canonical, kind, role, _title_gender(described), low.startswith("the "))
    if person or kind != "unknown" or canonical[:1].isupper():
        first = words[0] if words else ""
        tracker.add(canonical, kind="person" if person else "group", speaker_type=kind,
                    gender=_title_gender(mention) or (gender_of_name(first) if person else None),
                    role=role, at=span[0], entity=ent if canonical == name else None,
                    organisation=organisation)
    return canonical, kind, role


def _description_role(canonical: str, words: list[str]) -> str | None:
    """The role word of a description of one person whom the article does not name: its last word
    ("a Trafford Centre spokeswoman"), or the last before the body it speaks for ("a spokeswoman
    for the Electoral Commission"); ``None`` for any other phrase."""
    for word in (words[-1:] + _RELATED.split(canonical, 1)[0].split()[-1:]):
        if word in _ONE_PERSON_ROLES:
            return word
    return None


# Mentions of a person read for a role before the name, at most.
_ROLE_MENTIONS: Final = 6


def _article_role(text: str, masked: str, ent: Entity) -> str | None:
    """The role the article writes before the name of ``ent`` where it names them ("Foreign
    Secretary | Jack Straw arrived"), read from its first mentions once and kept on the entity."""
    if ent.named_role is None:
        ent.named_role = _role_before_name(text, masked, ent.name)
    return ent.named_role or None


@lru_cache(maxsize=256)
def _role_before_name(text: str, masked: str, name: str) -> str:
    """:func:`_article_role` of a name, ``""`` for none: read once per article and name, though
    the entity asking may be made afresh for each mention."""
    offset = masked.find(name)
    aside: str | None = None  # the first role set off by commas, when none comes before the name
    for _ in range(_ROLE_MENTIONS):
        if offset < 0:
            break
        end = offset + len(name)
        # the sentence's part of the line the name is on
        stop = masked.rfind(". ", max(0, offset - 80), offset)
        lo = max(offset - 80, masked.rfind("\n", max(0, offset - 80), offset) + 1, stop + 2 if stop >= 0 else 0)
        start = offset
        phrase = left_speaker(masked, lo, end)
        offset = masked.find(name, end)
        if isinstance(phrase, tuple) and phrase[0] < end - len(name) and phrase[1] == end:
            role = _role_tail(split_role(text, *phrase)[0])
            if role and role.lower() not in _COURTESY:
                return role
        if aside is None:
            aside = _appositive_role(masked, lo, start, end)
    return aside or ""


# A role set off by commas after a name ("Jane Roe, the mayor, visited"), or before it ("The
# mayor, Jane Roe, visited"): group ``role``, up to its head word and what it is of.
_ROLE_AFTER_NAME: Final = re.compile(r",\s+(?:(?:the|a|an)\s+)?(?P<role>(?P<head>[\w’'&.-]+(?:\s+[\w’'&.-]+){0,3}?)"
                              r"(?:\s+(?:of|for|at)\s+[^,;:()\"“”]{1,50}?)?)\s*,\s+(?!(?:the|a|an|and|or)\s)")
_ROLE_BEFORE_NAME: Final = re.compile(r"(?:^|[.;:]\s+|\n)\s*(?:(?:But|And|Now|Meanwhile|Then),?\s+)?(?:[Tt]he|[Aa]n?)\s+"
                               r"(?P<role>(?P<head>[\w’'&.-]+(?:\s+[\w’'&.-]+){0,3}?)),\s+$")


def _appositive_role(masked: str, lo: int, start: int, end: int) -> str | None:
    """The role an aside gives the name at ``start``-``end`` where the article names them, when it
    is one by its last word ("Jane Roe, the city's mayor, visited", "Jane Roe, chief executive of
    Tesco, announced", "The mayor, Jane Roe, said"); not an age, a clause or a circumstance."""
    after = _ROLE_AFTER_NAME.match(masked, end, end + 100)
    before = None if after is not None else _ROLE_BEFORE_NAME.search(masked, lo, start)
    m = after or before
    if m is None or (before is not None and not masked.startswith(",", end)):
        return None  # "The mayor, Jane Roe, ...": the name is itself set off
    words = m.group("head").split()
    if not is_role_word(words[-1]) or words[-1].lower() in _KIN or any(w.lower() in _NOT_IN_ROLE for w in m.group("role").split()):
        return None
    return m.group("role")


# Kin and friends: whose son one is says nothing of what one does ("Eric Trump, son of the
# Republican front-runner").
_KIN: Final = frozenset("""son daughter wife husband mother father brother sister widow widower grandson
granddaughter grandmother grandfather nephew niece uncle aunt cousin friend girlfriend boyfriend
fiancee fiancée fiance fiancé stepson stepdaughter stepfather stepmother""".split())
# A definite description of one person by what they are and a name's word before it ("the
# Florida senator", "the East Kilbride athlete", "the Senate Democratic leader"); not a role one
# holds unnamed ("the Tory spokesman") nor kin ("the Bush brother").
_DESCRIPTION: Final = re.compile(r"[Tt]he\s+(?P<modifier>(?:[A-Z][\w’'.-]*\s+){1,3})(?P<role>[a-z][a-z-]+)")
_DESCRIBED_ROLES: Final = (_ROLE_WORDS - _ORGANISATION_ROLES - _ONE_PERSON_ROLES - _KIN - frozenset(
    "champions commissioners club cartel member resident witness voter supporter protester student".split())
) | frozenset(("international",))


# Endings of a word of nationality ("American", "British", "Welsh", "Chinese", "French", "Israeli").
_NATIONALITY_ENDINGS: Final = ("an", "ish", "sh", "ese", "ch", "i")


def _described_modifier(mention: str) -> str | None:
    """The capitalised words of ``mention`` when it is a description :data:`_DESCRIPTION` of one
    person ("Florida" of "the Florida senator"); ``None`` for any other phrase."""
    m = _DESCRIPTION.fullmatch(mention)
    if m is None or m.group("role") not in _DESCRIBED_ROLES:
        return None
    modifier = m.group("modifier").strip()
    # a nationality is written beside many ("the American ambassador" near "American diplomats")
    return None if modifier.endswith(_NATIONALITY_ENDINGS) and modifier != "Republican" else modifier


# How far from a mention of a person the name of a description of them may be written.
_BESIDE: Final = 40


def _written_beside(text: str, ent: Entity, modifier: str, before: int) -> bool:
    """Whether ``text`` writes ``modifier`` (a word or words) within :data:`_BESIDE` characters of
    a mention of ``ent`` before offset ``before`` ("Florida Sen. | Marco Rubio", "Rubio, the
    Florida senator")."""
    for at, _, _ in ent.events:
        if at >= before:
            break
        window = text[max(0, at - _BESIDE):min(at + len(ent.name) + _BESIDE, before)]
        if modifier in window:
            return True
    return False


# Words that make an aside after a name more than a role ("Roe, the mayor who resigned").
_NOT_IN_ROLE: Final = frozenset("who whom whose which that and or but is was were are has had said".split())


# Titles of courtesy and rank, which say nothing of what one does.
_COURTESY: Final = COURTESY_TITLES | frozenset("lady lord dame".split())
# Words in lower case that may open a role before a name ("former", "deputy").
_ROLE_MODIFIERS: Final = frozenset("former deputy senior chief vice assistant acting then interim junior shadow".split())


def _role_tail(role: str | None) -> str | None:
    """The words of ``role`` right before the name that name what one is, ending in a role or a
    title ("Foreign Secretary", "Sunday Telegraph journalist"), not a phrase the name is governed
    in ("fans of Republican presidential"); ``None`` when there are none."""
    if not role:
        return None
    words = role.split()
    k = len(words)
    while k > 0 and (words[k - 1][:1].isupper() or words[k - 1].lower() in _ROLE_MODIFIERS
                     or is_role_word(words[k - 1]) or (
                         words[k - 1] in ("of", "for", "and", "the") and k > 1 and words[k - 2][:1].isupper())):
        k -= 1  # "Bank of England deputy governor", "Trade and Industry Secretary"
    tail = words[k:]
    if not tail or not (is_role_word(tail[-1]) or tail[-1].lower().rstrip(".") in TITLES
                        or tail[-1].lower() in TITLES):
        return None
    return " ".join(tail)


# Sentence adverbs set off by commas like an appositive ("Roe, however, said"): no role.
_ASIDE_ADVERBS: Final = frozenset("""however meanwhile though too also instead therefore nevertheless nonetheless
indeed moreover furthermore again""".split())
# An age set off after a name ("Jane Roe, 63, said"): no role.
_AGE_ASIDE: Final = re.compile(r"(?:aged\s+)?\d{1,3}(?:,\s+(?:who|whose|which)\b.*)?", re.DOTALL)  # "79, who has been ..."
# An aside of circumstance, not of who one is ("Foxx, accepting his award, said", "Lord Nicholls, in
# his ruling, said"), or of others beside one ("Mrs. Clinton herself, as well as her campaign, said").
_CIRCUMSTANCE: Final = re.compile(r"\s*(?:in|on|during|after|before|with|without|as\s+well\s+as|along\s+with|together\s+with|"
                           r"alongside|like|unlike|including|rather\s+than|and|or|" + "|".join(sorted(OCCASION_PARTICIPLES))
                           + r")\s", re.IGNORECASE)
# An aside that is a participle's clause, no role ("referring to ...", "celebrating a victory in ..."),
# not a role that opens with one ("managing director of ...").
_PARTICIPLE_ASIDE: Final = re.compile(r"\s*(?:(?!(?:managing|acting|leading|visiting|founding|presiding|ruling|reigning|outgoing|"
                               r"incoming|serving|ranking|governing|supervising|consulting|contributing)\b)[a-z]+ing\b"
                               # a past participle's ("filed in Los Angeles", "led by Bruce Cutler",
                               # "released last week", "exasperated"), not a role it opens ("retired judge")
                               r"|[a-z]+ed(?:\s+(?:by|in|on|at|to|last|from|with|after|for)\b|[\s,.]*$)"
                               # an adjective and what one is eager to do ("keen to reassure investors")
                               r"|(?:keen|eager|anxious|determined|desperate|quick|careful|reluctant|unwilling|willing|"
                               r"ready|able|unable|happy|sure|likely|unlikely)\s+to\s)")
# An aside that is a relative clause ("who now runs her own business", "which owns Dove soap"):
# what the speaker does or did, no role; unless it says what the speaker is ("who is chairman
# of the committee"), which is the role.
_RELATIVE_ASIDE: Final = re.compile(r"\s*(?:who|whom|whose|which|that)\b", re.IGNORECASE)
_WHAT_ONE_IS: Final = re.compile(r"\s*(?:who|which)\s+(?:(?:is|was)\s+(?:also\s+|now\s+|still\s+)?(?![a-z]+(?:ing|ed)\b|(?:not|to|under|in|at|on|from|with|by|among|said|known|seen|thought|born|"
                          r"expected|believed)\b)"
                          # a noun phrase ("a lawyer", "chairman of ...", "executive director"), not
                          # an adjective or a state ("happy", "third in the polls", "now married")
                          r"(?=(?:a|an|the|one|his|her|their|its)\s|(?-i:[A-Z])|(?:[a-z-]+\s+){1,4}(?:of|at|for)\s"
                          r"|(?:executive|senior|chief|deputy|assistant|acting|vice|director|chairman|chairwoman|"
                          r"chair|president|head|leader|member|secretary|minister|governor|mayor|spokesman|"
                          r"spokeswoman|adviser|advisor|aide|editor|professor|lawyer|attorney|founder|manager|"
                          r"partner|analyst|economist|ambassador|former|lieutenant)\b)|"
                          r"(?:also\s+)?(?:serves|served)\s+as\s+)", re.IGNORECASE)
# "who chairs the committee", "who heads the agency": the head of it.
_WHAT_ONE_HEADS: Final = re.compile(r"\s*who\s+(?:also\s+|now\s+)?(?:chairs|heads|leads|runs)\s+(?=\S)", re.IGNORECASE)
# An aside that is "the" and a name ("the EEF", "the British Retail Consortium").
_NAMED_APPOSITIVE: Final = re.compile(r"[Tt]he\s+((?:[A-Z][\w’'.&-]*\s+)*[A-Z][\w’'.&-]*)")
# A name of several words, none joined by "&" ("Donald Trump", not "Standard & Poor").
_SEVERAL_WORDS: Final = re.compile(r"[A-Z][\w’'.-]*(?:\s+[\w’'.-]+)+")
# The last word of a phrase that owns the noun after it ("the party's | promises").
_OWNER: Final = re.compile(r"(?<![\w'’-])(\w+)(?:['’]s|(?<=s)['’])$")


# A group placed by a participle ("voters polled in Iowa", "analysts surveyed by Reuters"): its
# head, before the participle.
_PLACED_GROUP: Final = re.compile(r"((?:\S+\s+){0,6}?[A-Za-z][a-z]+s)\s+" + GROUP_PLACING + r"\s")


def _bridge_medium(text: str, before: int, actors: ActorList) -> str | None:
    """Type of the last state broadcaster named before ``before`` ("a TV announcer" on state TV)."""
    head = text[max(0, before - 5000):before]
    if actors.has_role("state_media", head):
        return "state_media"
    for actor in actors.actors:
        if actor.type == "state_media" and actor.regex.search(head) and _MEDIUM.search(head):
            return "state_media"
    return None


def resolve_speakers(ctx: Context, found: list[Found], actors: ActorList) -> None:
    """Fill each found attribution's speakers, in reading order."""
    text = ctx.text
    tracker: DeferredTracker | None = None  # made on the first speaker phrase
    group: tuple[int, tuple[str, str, str | None]] | None = None  # the last one of a group, and its sentence
    # The last statement with one speaker: its sentence, the speaker's name, the statement and the
    # one whose speaker phrase it has.
    last: tuple[int, str, Found, Found] | None = None
    for item in found:
        if item.parent is not None and item.parent.speakers and (item.mention is None or item.cue and
                                                                 text[item.cue[0]:item.cue[1]].lower().endswith("ing")):
            item.speakers = [(n, t, r, item.mention or sp) for n, t, r, sp in item.parent.speakers]
            if item.cue is not None:  # (a quotation going on with the last statement leaves it the last)
                last = (item.sentence, item.speakers[0][0], item, item.parent) if len(item.speakers) == 1 else None
            continue
        if item.mention is None:
            continue
        if tracker is None:
            tracker = DeferredTracker(text, ctx.masked, read=_asks_pronoun(text, found))
        appositive = text[item.appositive[0]:item.appositive[1]] if item.appositive else None
        if item.antecedent is not None:
            for part in _joint_parts(text, item.antecedent):
                name, kind, role = _resolve_part(text, part, tracker, actors, appositive)
                item.speakers.append((name, kind, role, item.mention))
            continue
        parts = _joint_parts(text, item.mention)
        if len(parts) > 1 and item.cue is not None and item.cue[0] >= item.mention[1] and _singular_cue(
                text[item.cue[0]:item.cue[1]]):
            parts = parts[-1:]  # "meet on 12 March at Twickenham and | Kirwan says": "says" has one subject
        shared: tuple[str, str] | None = None  # a plural role before the first name, and its type
        for index, part in enumerate(parts):
            low = text[part[0]:part[1]].lower()
            if low in _ONE_OF_GROUP and group is not None and item.sentence - group[0] <= _GROUP_SENTENCES:
                name, kind, role = group[1]  # '"...," said one official. "...," said another.'
            else:
                continued = _continued_speaker(text, item, part, low, last, tracker)
                if continued is not None:
                    # '... Michael Howard argued ... "...," he said': the speaker just credited goes on
                    name, kind, role = _credited(text, tracker, actors, continued, part[0])
                else:
                    name, kind, role = _resolve_part(text, part, tracker, actors, appositive)
                if _INDEFINITE_ONE.match(low) and name[:1].islower():
                    group = (item.sentence, (name, kind, role))  # "one official", "a voter"
            if shared is None and index == 0 and len(parts) > 1 and role is not None and (
                    _PLURAL_ROLE.search(role) is not None and kind != "unknown"):
                shared = (role, kind)
            elif shared is not None and role is None and kind == "unknown" and _is_name(name):
                role, kind = shared  # "Presidential candidates Hillary Clinton and | Donald Trump"
            item.speakers.append((name, kind, role, part))
        last = (item.sentence, item.speakers[0][0], item, item) if len(item.speakers) == 1 else None
    _one_type_per_name(found)
    _players_of_the_game(text, found)


def _statement_end(item: Found) -> int:
    """Where ``item`` ends: its speaker phrase, cue or content, whichever comes last."""
    return max([item.mention[1] if item.mention else 0, item.cue[1] if item.cue else 0,
                *(end for _, end in item.content)])


def _names_and_tells(text: str, item: Found) -> bool:
    """Whether ``item`` names its speaker (no pronoun) and tells rather than asks: a quotation
    after a question is the answer, another's."""
    mention = text[item.mention[0]:item.mention[1]].lower() if item.mention else ""
    cue = text[item.cue[0]:item.cue[1]].lower() if item.cue else ""
    return mention not in _PRONOUN_SPEAKERS and not cue.startswith(("ask", "wonder", "question", "quer"))


def _continued_speaker(text: str, item: Found, part: Span, low: str, last: tuple[int, str, Found, Found] | None,
                       tracker: DeferredTracker) -> Entity | None:
    """The person a "he" or "she" after a quotation stands for when the statement before, in this
    sentence or the one before, was that person's alone, of the pronoun's gender ("His party leader,
    Michael Howard, argued ... '...,' he said") and no other such person is named since: a
    quotation's "he said" goes on with the speaker just credited, however often the article named
    another man before."""
    if last is None or low not in ("he", "she") or item.sentence - last[0] > 1 or not item.content or (
            item.content[0][0] > part[0] or text[item.content[0][0]:item.content[0][0] + 1] not in QUOTE_CHARS
            and text[item.content[0][0] - 1:item.content[0][0]] not in QUOTE_CHARS) or not _names_and_tells(text, last[3]):
        return None
    gender = "m" if low == "he" else "f"
    since = _statement_end(last[2])
    read = tracker.tracker
    ent = read.entity_named(last[1])
    if ent is None or ent.kind != "person" or ent.gender != gender:
        return None
    if any(other is not ent and other.kind == "person" and other.gender in (None, gender)
           and any(since <= x < part[0] for x, _, _ in other.events) for other in read.entities):
        return None  # 'Mosman saw his words differently: "...," he said': another named since
    return ent


def _plural_role(word: str) -> bool:
    """Whether ``word`` is a role of several people ("MPs", "Senators"), which a name may follow
    in a capitalised run ("Tory MPs Jane Roe and John Doe")."""
    low = word.lower()
    return low.endswith("s") and (low[:-1] in PERSON_ROLES or low[:-1] in _ROLE_WORDS)  # "sprinters"


# A role for more than one, before the first of names joined by "and" ("Democratic senators").
_PLURAL_ROLE: Final = re.compile(r"[a-z]{2,}[^s'’]s$|MPs$|MEPs$")


def _one_type_per_name(found: list[Found]) -> None:
    """Give a named speaker the one type the article's statements find for it where others of
    its statements find none: "The finance minister says" types Palaniappan Chidambaram, and so
    "he said" and "Mr Chidambaram said" do too; "Marsh said" is the insurer that "the company"
    is. A name typed two ways keeps each statement's type."""
    types: dict[str, str] = {}
    for item in found:
        for name, kind, _, _ in item.speakers:
            if kind != "unknown" and _is_name(name):
                known = types.get(name)
                types[name] = kind if known is None or known == kind else ""
    if not types:
        return
    for item in found:
        if any(kind == "unknown" and types.get(name) for name, kind, _, _ in item.speakers):
            item.speakers = [(name, types.get(name) or kind if kind == "unknown" else kind, role, span)
                             for name, kind, role, span in item.speakers]


def _players_of_the_game(text: str, found: list[Found]) -> None:
    """Type as sport the people named in full whom nothing else types in a story about little but
    a game (:data:`~analysis.actors.ALL_ABOUT_SPORT`): "Tim Henman said" and "Henman added" in a
    tennis report, "Sir Alex Ferguson" in a match report. A person a role types keeps that type
    ("Sports Minister Richard Caborn"), and a single name stays as it is ("Ronaldinho")."""
    if not any(kind == "unknown" and personal_name(name) for item in found for name, kind, _, _ in item.speakers):
        return
    if not sports_story(text, ALL_ABOUT_SPORT):
        return
    for item in found:
        if any(kind == "unknown" and personal_name(name) for name, kind, _, _ in item.speakers):
            item.speakers = [(name, "sport" if kind == "unknown" and personal_name(name) else kind, role, span)
                             for name, kind, role, span in item.speakers]


def _is_name(speaker: str) -> bool:
    """Whether a speaker is written as a name (a capital, not a pronoun opening a sentence)."""
    return speaker[:1].isupper() and speaker.lower() not in _PRONOUN_SPEAKERS


# A speaker phrase that stands for one more of the group last named ('said another.'): the
# singular words of :data:`~analysis.speakers.ONE_OF_A_GROUP`.
_ONE_OF_GROUP: Final = ONE_OF_A_GROUP - {"others"}
# How many sentences after the group's speaker "another" may still stand for one more of it.
_GROUP_SENTENCES: Final = 2
# A speaker named as one of a group ("one official", "a voter", "another supporter").
_INDEFINITE_ONE: Final = re.compile(r"(?:one|a|an|another)\s+[a-z]")


def _asks_pronoun(text: str, found: list[Found]) -> bool:
    """Whether some speaker phrase of ``found`` is a pronoun that stands for a person or group of
    the article ("he", "they", "his remarks"): resolving it reads the article's tracker."""
    for item in found:
        for span in (item.mention, item.antecedent):
            if span is None:
                continue
            for start, end in _joint_parts(text, span):
                low = text[start:end].lower()
                if resolvable_pronoun(low) if low in _PRONOUN_SPEAKERS else _OWN_WORDS.match(low):
                    return True
    return False


def _singular_cue(cue: str) -> bool:
    """Whether ``cue`` is a verb of saying or belief in the third person singular ("says",
    "believes"), which a joint subject does not take. Verbs of data ("shows", "estimates") are
    left out: their subject is often a poll or a study that a joint phrase only names ("a poll by
    The Washington Post and ABC News shows")."""
    return cue in _SINGULAR_CUES


_SINGULAR_CUES: Final = frozenset("says tells claims thinks believes argues insists warns adds notes writes explains".split())


_TITLE_MARKS: Final = re.compile(r"[“”\"]")


def _joint_parts(text: str, span: Span) -> list[Span]:
    """Split "state media and an opposition monitoring group" into its speakers."""
    s, e = span
    if text.find("and", s, e) < 0 and text.find("&", s, e) < 0:
        return [span]  # no joining word: one speaker
    parts: list[Span] = []
    pos = s
    for m in _JOINT_SPLIT.finditer(text, s, e):
        if text.count("“", s, m.start()) > text.count("”", s, m.start()) or text.count('"', s, m.start()) % 2:
            continue  # 'the authors of the "Growth and Opportunity Project"': a title's own "and"
        if not _JOINT_NEXT.match(text, m.end(), e) and not _role_after_name(text, pos, m, e):
            continue  # "three current and former employees", "Veteran Labour MP and former minister"
        if _joins_one_name(text, pos, m, e) or _joins_two_roles(text, pos, m, e) or _joins_places(text, pos, m, e):
            continue
        parts.append((pos, m.start()))
        pos = m.end()
    parts.append((pos, e))
    # "functions in society | and | the Commission predicts": a part opening with a preposition is
    # the clause before going on, no speaker
    kept = [p for p in parts if p[0] < p[1] and _PREPOSITION_FIRST.match(text, p[0], p[1]) is None]
    return kept or [span]


# Places after a preposition, up to a joining word ("voters in | Ohio, Iowa | and Utah").
_PLACES_BEFORE_AND: Final = re.compile(r"\b(?:in|from|at|across|of)\s+[A-Z][\w.'’-]*(?:,?\s+[A-Z][\w.'’-]*){0,5}$")
# Capitalised words to the end of the phrase: the last place of a list.
_LAST_PLACE: Final = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}")


def _joins_places(text: str, pos: int, m: re.Match[str], end: int) -> bool:
    """Whether the "and" of ``m`` joins places that one group is in or from ("Democrats in Ohio
    and Michigan", "analysts at Barclays and HSBC"), not two speakers ("Roe of Acme and Jane Doe")."""
    places = _PLACES_BEFORE_AND.search(text, pos, m.start())
    if places is None or any(c.isdigit() for c in text[pos:places.start()]):
        return False  # (not a date: "12 March at Twickenham | and Kirwan")
    head = text[pos:places.start()].split()
    if not head or not (head[-1][:1].isupper() or head[-1].lower() in PERSON_ROLES or (
            head[-1].endswith("s") and head[-1].islower() and not head[-1].endswith("ss"))):
        return False  # who is placed is a group, a person or a body ("criticism from | Democrats and Republicans")
    last = _LAST_PLACE.fullmatch(text, m.end(), end)
    if last is None:
        return False
    first = last.group().split()[0].lower().rstrip(".")
    return first not in given_names() and first not in PERSON_TITLES


_PREPOSITION_FIRST: Final = re.compile(r"(?:in|on|at|of|for|with|by|from|to|into|under|over|about|among|between)\s")


# Words of a ministry's or a department's name joined by "and" ("Trade and Industry Secretary",
# "Health and Human Services").
_PORTFOLIOS: Final = frozenset("""
trade industry health education skills work pensions culture media sport environment food rural
transport energy defence defense justice agriculture fisheries housing communities employment
science technology innovation business enterprise finance economy commerce labor labour welfare
securities exchange customs excise revenue immigration citizenship drug drugs alcohol tobacco
firearms wildlife fisheries parks water power oil gas iron steel research development statistics
planning aviation maritime marine tourism travel internet safety economic social political
cultural scientific
""".split())


# Adjectives of nations, two of which "and" joins before one noun ("British and Irish Lions").
_NATIONALITIES: Final = frozenset("""
british irish english scottish welsh american canadian mexican brazilian argentine argentinian
french german italian spanish portuguese dutch belgian swiss austrian danish swedish norwegian
finnish icelandic polish czech slovak hungarian romanian bulgarian greek turkish russian ukrainian
serbian croatian bosnian european african asian arab israeli palestinian lebanese syrian iraqi
iranian afghan pakistani indian chinese japanese korean vietnamese thai indonesian malaysian
filipino australian egyptian libyan saudi nigerian kenyan ethiopian
""".split())
# The last word of an institution's name ("Commission", "Co."), which a name joined by "and" to
# a common word before it ends ("Securities and Exchange Commission", "Iron and Steel Co.").
_INSTITUTION_ENDS: Final = frozenset("""
commission council ministry department center centre society societies co company corporation
corp institute authority administration agency board bureau service services association
federation foundation office organisation organization fund committee project executive union
taskforce unit squad panel division directorate tribunal
""".split())


def _institution_inside(text: str, before: str, right: list[str]) -> bool:
    """Whether "and" between the word ``before`` and the words ``right`` is inside an
    institution's name: ``before`` is a common word capitalised (one the article writes in lower
    case, or a portfolio), not itself the end of a name, and ``right`` is capitalised words up to
    the institution's last word ("the US Securities | and | Exchange Commission")."""
    low = before.lower()
    if not (before[:1].isupper() and before[1:].islower() and before.isalpha()) or low in _INSTITUTION_ENDS:
        return False
    if low not in _PORTFOLIOS and low not in article_vocabulary(text) and not low.endswith(("al", "ic", "ive")):
        return False  # a common word, or an adjective ("Racial | and Violent Crime taskforce")
    words = [w for w in right if not w.startswith("(")]
    if not words or not all(w[:1].isupper() for w in words[:-1]):
        return False
    last = words[-1].rstrip(".,")
    return last.lower() in _INSTITUTION_ENDS and (last[:1].isupper() or len(words) > 1)


def _role_after_name(text: str, pos: int, joint: re.Match[str], end: int) -> bool:
    """Whether "and" before a word in lower case joins two speakers, each a role and a name
    ("singer Gary Lightbody and | drummer Jonny Quinn", "Gov. Martin O'Malley and | former
    Secretary of State Hillary Clinton"): the word is a role, a name ends the part after, and a
    name, not a role, the part before ("Veteran Labour MP and | former minister Jack Cunningham" is
    one person)."""
    left = text[pos:joint.start()].split()
    right = text[joint.end():end].split()
    if not left or len(right) < 2 or not right[-1][:1].isupper():
        return False
    first, last = right[0].lower(), left[-1].rstrip(".,")
    if not (is_role_word(first) or first in ("former", "ex")):
        return False
    if not last[:1].isupper() or last.lower() in TITLES or last.lower() in PERSON_ROLES:
        return False
    return not (last.isupper() and len(last) <= 4)  # "Labour MP", "MEP": a title ends it


def _joins_two_roles(text: str, pos: int, joint: re.Match[str], end: int) -> bool:
    """Whether "and" joins a role without an article to the role and name of one person: "Singer
    and actress Jane Roe", "media and PR strategist Glen Yearwood", "World record holder and BBC
    pundit Jonathan Edwards" (a singular noun without an article names no speaker of its own)."""
    left = text[pos:joint.start()].split()
    right = text[joint.end():end].split()
    if not left or len(right) < 2 or "and" not in joint.group() or left[0].lower() in DETERMINERS:
        return False
    if any(w.lower().endswith(("ing", "ly")) or w.lower() in AUX_ADV for w in left):
        return False  # "still proving elusive and Ifo president ...": a clause's end, no role
    last = left[-1]
    bare = (last.isalpha() and last.islower() and not last.endswith("s")) or (
        len(left) == 1 and last.lower() in _ROLE_WORDS)
    if not bare or right[0].lower() in DETERMINERS or not right[-1][:1].isupper():
        return False
    # the right part is a role then a name: a lower-case word or an acronym, then capitals to the end
    k = len(right)
    while k > 0 and right[k - 1][:1].isupper() and not right[k - 1].isupper():
        k -= 1
    return 0 < k < len(right)


def _joins_one_name(text: str, pos: int, joint: re.Match[str], end: int) -> bool:
    """Whether ``joint`` ("and", "&") joins the words of one name, not two speakers: "Ernst &
    Young", "Trade and Industry Secretary Jane Roe" (a word the article writes in lower case too),
    "the Department of Health and Human Services", "the US Securities and Exchange Commission"."""
    left = text[pos:joint.start()].split()
    capital_next = text[joint.end():joint.end() + 1].isupper()
    if not left or not capital_next:
        return False
    if "&" in joint.group():
        return True
    right = text[joint.end():end].split()
    article = len(left) == 2 and left[0].lower() in ("the", "a", "an")
    if article:
        # "the Trade and Industry Secretary", "The Health and Safety Executive", "the Public and
        # Commercial Services union" (but "The Queen and Duke of Edinburgh" are two)
        left = left[1:]
    if len(left) == 1 and left[0][:1].isupper() and (left[0].lower() in _PORTFOLIOS or (
            left[0].lower() in article_vocabulary(text)
            and (not article or (right and right[-1].rstrip(".,").lower() in _INSTITUTION_ENDS)))):
        return True
    if len(left) == 1 and left[0].lower() in _NATIONALITIES and right and right[0].lower() in _NATIONALITIES:
        return True  # "British and Irish Lions coach Clive Woodward", "the German and Danish governments"
    if _institution_inside(text, left[-1], right):
        return True
    if (left[-1].lower() in PERSON_ROLES and left[0].lower() not in DETERMINERS
            and all(w.islower() or "-" in w or w.lower() in ("former", "ex") for w in left)):
        # "Ex-BBC chat show host and East Midlands MEP Jane Roe": one person's two roles
        return True
    run = _name_run_at_end(left)
    if (len(run) >= 3 and run[0].lower() in _INSTITUTION_HEADS and any(w in ("of", "for", "on") for w in run[1:-1])
            and right and not any(w.lower() in given_names() or w.lower() in TITLES for w in right)):
        return True  # "research by the Center for Media | and | Public Affairs"
    return "of" in left[1:-1] and all(w[:1].isupper() for w in left if w != "of")


# Words that open an institution's name before "of" or "for" ("the Center for Media and Public
# Affairs", "the Department of Health and Human Services").
_INSTITUTION_HEADS: Final = frozenset("""
center centre institute department council committee office foundation society association bureau
school college university ministry commission agency board organization organisation federation union
""".split())


def _name_run_at_end(words: list[str]) -> list[str]:
    """The capitalised words at the end of ``words``, with the "of", "for" and "on" inside them
    ("Center for Media" of "research by the Center for Media"), and no article opening them."""
    k = len(words)
    while k > 0 and (words[k - 1][:1].isupper() or (words[k - 1] in ("of", "for", "on") and k < len(words))):
        k -= 1
    while k < len(words) and (not words[k][:1].isupper() or words[k].lower() in ("the", "a", "an")):
        k += 1  # "The | Organization for Economic Cooperation": the article opens no name
    return words[k:]


def _is_full_name(words: str) -> bool:
    """Whether ``words`` are two or more capitalised words, as a person's full name is."""
    split = words.split()
    return len(split) >= 2 and all(w[:1].isupper() for w in split)


def _it_antecedent(tracker: DeferredTracker, at: int) -> Span | None:
    """The phrase "it" at offset ``at`` stands for when no body credited before does: the subject
    of its own sentence, where "it" speaks in a clause after that subject ("Electrolux saw its
    shares rise after it said", "Shares in Multiplex Group fell after it said": the owner of the
    shares), else the subject of the sentence before, where "It" opens its sentence ("New owner
    Yeahronimo Media Ventures has not ruled out ... It also plans"). ``None`` when that subject
    is no body or document that speaks as "it": a person, a plural, a pronoun, a day."""
    read = tracker.tracker
    masked = tracker.masked
    sent = read.sentence_of(at)
    if sent < 0:
        return None
    start = read.starts[sent]
    inside = bool(masked[start:at].strip())  # "it" after words of its own sentence
    subject = _opening_subject(masked, start, at) if inside else None
    if subject is not None and masked[subject[0]:subject[1]].lower() == "it" and sent > 0:
        subject = None  # "It also plans ..., it said": what the first "It" stands for
    if subject is None and (not inside or masked[start:start + 3].lower() == "it ") and sent > 0:
        subject = _opening_subject(masked, read.starts[sent - 1], start)
    if subject is None:
        return None
    words = masked[subject[0]:subject[1]].split()
    if not words or words[-1].lower() in PRONOUNS:
        return None
    first, head = _LEADING_ARTICLE.sub("", " ".join(words)).split()[0], words[-1]
    if head[:1].isupper():
        # a name: a body's, not a person's ("Jane Roe"), a day's, a plural's ("Shares"), or a word
        # capitalised only to open the sentence ("Furthermore", "There", "Last year")
        if (first.lower() in given_names() or first.lower().rstrip(".") in PERSON_TITLES
                or any(w.lower() in CALENDAR_NAMES for w in words) or head.endswith("s") and head[:-1].islower()
                or len(words) == 1 and (head.lower() in STOP or head.lower() in _LINKING_ADVERBS
                                        or head.lower() in _MARKET_PLURALS or plural_of_people(head)
                                        or head.lower() in article_vocabulary(tracker.text))):
            return None
        return subject
    low = head.lower()
    # (a plural of documents speaks as "they": "The figures were prepared by Alva. It found")
    return subject if low in _IT_HEADS and not plural_form(low) else None


def _they_antecedent(tracker: DeferredTracker, at: int) -> Span | None:
    """The phrase "They" opening the sentence at ``at`` stands for when no group credited before
    does: the plural subject of the sentence before ("ScanSoft and Gracenote are developing ...
    They want", "Industry groups are challenging the rules. They argue"); ``None`` when that
    subject is no plural of speakers (a pronoun, "Shares", a time)."""
    read = tracker.tracker
    masked = tracker.masked
    sent = read.sentence_of(at)
    if sent <= 0:
        return None
    before = masked[read.starts[sent]:at].rstrip()
    if before and not (before.endswith(",") and _FRONTED_CLAUSE.match(masked, read.starts[sent], at)):
        return None  # (but "The economy is growing, | they insist": the clause they report comes first)
    lo, hi = read.starts[sent - 1], read.starts[sent]
    subject = main_subject(masked, lo, hi) or sentence_subject(masked, lo, hi)
    if subject is None:
        return None
    joined = _AND_NAME_AFTER.match(masked, subject[1], hi)
    if joined is not None:
        subject = (subject[0], joined.end())  # "ScanSoft | and Gracenote"
    words = masked[subject[0]:subject[1]].split()
    if not words or words[-1].lower() in PRONOUNS or any(w.lower() in CALENDAR_NAMES for w in words):
        return None
    # the head before a modifier ("Fans | around the world", "leaders | of the party")
    cut = next((i for i in range(1, len(words)) if words[i] in _HEAD_MODIFIERS and plural_form(words[i - 1])),
               len(words))
    head = words[cut - 1].lower()
    # names joined ("ScanSoft and Gracenote"), or a plural of people or bodies ("industry groups",
    # "ministers", "aides"), not of things ("announcements"); a capital only as the sentence's
    # first word ("Fans around the world")
    joint = "and" in words[1:-1] and all(w[:1].isupper() or w in ("and", "the") for w in words)
    one = head[:-3] + "y" if head.endswith("ies") else head[:-1]
    capital = words[cut - 1][:1].isupper() and not (cut == 1 and subject[0] == _first_letter(masked, lo))
    plural = head.endswith("s") and not capital and (
        plural_of_people(head) or is_role_word(one) or one in _IT_HEADS or one in _GROUPS)
    return subject if joint or plural or head in ("people", "police") else None


# Words that end a subject's head and open its modifier ("Fans | around the world").
_HEAD_MODIFIERS: Final = MODIFIER_OPENERS | frozenset(("who", "which", "that"))
# A clause opening a sentence and closed by a comma, before a "they" that reports it ("The
# economy is growing fast, | they insist"): no verb of saying and no subordinator opens it.
_FRONTED_CLAUSE: Final = re.compile(r"\s*(?!(?:When|While|If|As|After|Before|Because|Since|Although|Though|Once|Until|Unless)\b)"
                             r"[^,;:\x00]{8,},\s*$")


def _first_letter(masked: str, lo: int) -> int:
    """Where the first word of the sentence at ``lo`` starts."""
    m = _FIRST_WORD.search(masked, lo)
    return m.start() if m is not None else lo


_FIRST_WORD: Final = re.compile(r"[^\W_]")


# Heads of a plural that speaks as "they" which the role words miss ("campaign groups", "the two
# companies", "law lords").
_GROUPS: Final = frozenset("group company firm organisation organization union campaigner lord".split())


# "and" and a name after a subject read up to a name ("ScanSoft | and Gracenote are").
_AND_NAME_AFTER: Final = re.compile(r"\s+and\s+[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}(?=\s+[a-z])")


def _opening_subject(masked: str, lo: int, hi: int) -> Span | None:
    """The subject opening the sentence at ``lo`` (up to ``hi``); the company of "Shares in" one."""
    while lo < hi and masked[lo].isspace():
        lo += 1
    shares = _SHARES_IN.match(masked, lo, hi)
    return shares.span("name") if shares is not None else sentence_subject(masked, lo, hi)


# Adverbs that open a sentence capitalised and link it to the one before, no subject.
_LINKING_ADVERBS: Final = _ASIDE_ADVERBS | frozenset("additionally likewise similarly consequently thus hence besides still yet then".split())
# Plurals of the markets that open a sentence capitalised ("Shares fell"): never "it".
_MARKET_PLURALS: Final = frozenset("shares stocks prices sales profits markets earnings revenues".split())
# "Shares in" a company opening the sentence: the company is what "it" after them stands for.
_SHARES_IN: Final = re.compile(r"(?:Shares|Stock)\s+in\s+(?:[\w'’-]+\s+){0,4}?(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})"
                        r"(?=\s*[,(]|\s+(?:fell|rose|plunged|plummeted|jumped|dropped|slipped|climbed|soared|"
                        r"slumped|sank|surged|gained|lost|closed|ended|were|have|had|are)\b)")
# Heads of a common noun phrase that speaks as "it": a body or a document.
_IT_HEADS: Final = frozenset(_BODY_KIND) | DOCUMENTS | frozenset("""
government organisation organization agency committee commission council authority court report study
survey lawsuit suit union party ministry department bank website site
""".split())


# Letters after a full name that say an office or a rank ("Frank Field MP", "Guy Mansfield QC"):
# the role, not the name.
_POST_NOMINALS: Final = (" MP", " MSP", " MEP", " AM", " QC", " KC")
_POST_NOMINAL: Final = re.compile(r"\s+(MP|MSP|MEP|AM|QC|KC)$")
