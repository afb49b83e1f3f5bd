"""Resolve speaker mentions ("he", "Abdel Rahman", "Mr. Trump") to the entity they name.

A rule-based, document-level tracker in the spirit of Lappin & Leass's salience model:

* :func:`name_mentions` reads the capitalised names of an article once, with quotation interiors
  masked (a name inside a quotation is the quoted speaker's, not a referent of the narration). It
  drops words glued on at a sentence start ("Like Corker", "Entrusting Donald Trump"), titles
  ("Sen.", keeping the gender of "Mrs."), possessive owners ("Center's Bozell") and contractions.
* An entity is a *person* only on evidence: its first word is a given name
  (``data/given_names.txt``), or a title, a role noun ("spokesman Brian Fallon"), an age or "who"
  goes with it, or its surname is seen after a title or before a verb of saying. Places and
  organisations ("Bear Stearns", "Second Amendment") are never the antecedent of "he" or "she".
* A bare surname joins the full name that ends with it (a person, never "Trump National Doral").
* Gender comes from the given name, a courtesy title or a gendered role word, and from the
  pronouns already resolved to the entity.
* ``he``/``she`` go to the most salient person of compatible gender: every mention adds a weight
  for its role (subject > object > after a preposition or as a possessive), a credited speaker adds
  more, and each weight halves with every sentence back.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Container, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Final, NamedTuple

from analysis.config import DATA_DIR

GIVEN_NAMES_FILE: Final = DATA_DIR / "given_names.txt"

_MALE_TITLES: Final = frozenset("mr mr. sir lord king prince".split())
_FEMALE_TITLES: Final = frozenset("mrs mrs. ms ms. miss lady dame queen princess".split())
_MALE_PRONOUNS: Final = frozenset("he him his himself".split())
_FEMALE_PRONOUNS: Final = frozenset("she her hers herself".split())
_GROUP_PRONOUNS: Final = frozenset("it they we them their its".split())
# Speaker types of a body, which "it" may stand for whatever role the article gives it (not
# "government", which a president or a minister is: "President Chavez ... It said" is no one).
_BODY_TYPES: Final = frozenset("organisation media state_media monitor".split())
PERSON_PRONOUNS: Final = _MALE_PRONOUNS | _FEMALE_PRONOUNS
_TITLE_PREFIX: Final = re.compile(
    r"^(?:(?:mr|mrs|ms|dr|sen|rep|gov|gen|lt|col|capt|prof|rev)\.?|president|senator|governor|"
    r"secretary|minister|mayor|judge|justice|chairman|speaker|sir|lady|lord)\s+",
    re.IGNORECASE,
)

# Capitalised words before a name that make it a person's ("Sen. Jane Roe", "President Obama").
PERSON_TITLES: Final = frozenset("""
mr mrs ms miss mx dr sen senator rep representative congressman congresswoman gov governor
president pres vice secretary gen general lt col maj capt sgt adm admiral judge justice mayor
speaker minister premier chancellor professor prof rev reverend pastor rabbi imam father sister
sir lord lady dame king queen prince princess sheikh ayatollah pope cardinal bishop ambassador
chairman chairwoman commissioner attorney chief director candidate senators sens reps governors
""".split())
# Lower-case words before a name that make it a person's ("spokesman Brian Fallon").
PERSON_ROLES: Final = frozenset("""
spokesman spokeswoman spokesperson president director minister secretary chief leader head
chairman chairwoman ceo founder adviser advisor aide manager official analyst professor expert
senator governor mayor candidate nominee ambassador envoy commander general correspondent reporter
editor anchor announcer host lawyer attorney doctor researcher economist strategist activist
member representative congressman congresswoman lawmaker chair coordinator co-ordinator executive deputy
counsel consultant pollster commentator columnist writer author historian scientist resident
witness businessman businesswoman billionaire actor actress singer rapper comedian star wife
husband son daughter mother father brother sister widow grandson granddaughter grandmother
grandfather nephew niece uncle aunt cousin friend colleague opponent rival challenger
incumbent rep. sen. gov. judge justice officer detective sheriff chancellor partner owner
student teacher pastor priest rabbi imam bishop cardinal protester voter supporter mp mep msp
""".split())
_MALE_ROLES: Final = frozenset("""
spokesman congressman businessman actor husband son father brother grandson
grandfather nephew uncle king prince widower
""".split())
_FEMALE_ROLES: Final = frozenset("""
spokeswoman chairwoman congresswoman businesswoman actress wife daughter mother sister widow
granddaughter grandmother niece aunt queen princess
""".split())
# Words that open a sentence and are not part of a name after them ("Like Corker, ...").
_LEADING_STOP: Final = frozenset("""
the a an to in on at by of for from with without within like unlike as and but or nor so yet if
when while after before since because although though unless until whether than then there here
this that these those his her their its our my your it he she they we i you who whom whose what
which where why how all both each every some any no not one two three four five six seven eight
nine ten first second third last next new many most more much such other another also even just
only still meanwhile however instead indeed moreover earlier later now today yesterday tomorrow
ex former late said says asked told dear mr mrs ms despite amid among neither either
under during through throughout against behind across beyond around inside outside towards toward
upon into over about following
""".split()) - {"mr", "mrs", "ms"}
_OPENERS: Final = frozenset("""
but and so yet still also later meanwhile however now then earlier instead moreover indeed
yesterday today separately similarly finally first last again afterward afterwards
""".split())
PREPOSITIONS: Final = frozenset("""
of to for with by from about against on in at than like unlike including between among toward
towards over under behind after before during without within into onto upon via through across
beside besides near per versus vs. vs around inside outside beyond despite amid amongst regarding
""".split())
_SUFFIXES: Final = frozenset("jr jr. sr sr. ii iii iv".split())
# Lower-case words inside a name ("Bashar al-Assad", "Nick Van den Brul").
NAME_PARTICLES: Final = frozenset("al el bin ibn abu de del della da di du dos van von der den la le ter st.".split())
_ORG_WORDS: Final = frozenset("""
observatory ministry department news tv agency party committee council group house association
institute post times journal office campaign court army forces government commission foundation
union street st road avenue center centre square university college school rights nations states kingdom
republic province city county state press network company bank national district amendment
church corps club resort hotel tower towers inc corp co llc ltd fund trust partners capital
airlines airways media magazine review herald tribune gazette daily weekly radio television
channel show times report reports program programme project initiative institute studies
administration authority bureau service services police guard navy air force fleet council
assembly senate congress parliament legislature democrats republicans republican democratic
conservative liberal coalition alliance front movement network brigade brigades battalion
hospital museum library airport station highway avenue road park lake river mountain mountains
island islands valley bay beach coast sea ocean world global international american americans
africa asia europe america east west north south central middle times day week month year
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december christmas easter ramadan summer winter spring
fall security affairs relations industry industries group holdings enterprises sciences
technologies systems solutions research foundation caucus pac victory
conservatives tories liberals socialists nationalists greens labour dems likud fatah hamas hezbollah taliban
""".split())
# Words that are also surnames (a month, a modal): after a given name they name a person
# ("Theresa May", "George Will").
# Endings of a word saying where one is from or works ("Tunisian-born", "London-based"): no part
# of a name.
ORIGIN_SUFFIXES: Final = ("-born", "-based", "-raised", "-bred")
SURNAME_AFTER_GIVEN: Final = frozenset({"may", "june", "july", "will", "lake", "banks", "hill", "wood", "woods"})
_CUE_AFTER: Final = frozenset("""
said says say told tells asked asks wrote writes added adds argued argues noted notes claimed
claims insisted insists warned warns explained explains replied replies responded responds
stated declared announced tweeted continued continues recalled recalls acknowledged admitted
conceded suggested suggests agreed agrees predicted believes believed thinks thought wants
wanted countered maintained contended stressed emphasized complained joked quipped testified
""".split())
_VERBISH_AFTER: Final = _CUE_AFTER | frozenset("""
is was were are has have had will would could should may might must can did does do also later
then previously recently again once never not just still already often reportedly
""".split())

# "He" / "she" before a lower-case word (a verb, an adverb): the subject of its clause.
# (Written from the pronoun's "e " on, so the scan can skip ahead to those two characters; the
# pronoun's first letter is group ``he`` or ``she``. It finds ``\b(?:[Hh]e|[Ss]he) (?=[a-z])``.)
_SUBJECT_PRONOUN: Final = re.compile(r"e (?=[a-z])(?:(?<=\b(?P<he>[Hh])e )|(?<=\b(?P<she>[Ss])he ))")
# A participle phrase opening a sentence, up to the comma before its main clause ("After meeting
# Blair, ", "And responding to criticism from Alan Hansen, ", "Asked about the plan, ").
_OPENING_PARTICIPLE_PHRASE: Final = re.compile(
    r"\s*(?:(?:And|But|Yet|So)\s+)?(?:(?:(?:[Aa]fter|[Bb]efore|[Ww]hile|[Ww]hen|[Ss]ince|[Uu]pon|[Oo]n|[Dd]espite)\s+"
    r"[a-z]{3,}(?:ing|ed)\s+)|[A-Za-z][a-z]{2,}(?:ing|ed)\s+(?=[a-z]))[^.;:!?\"“”\x00]{0,200}?,\s*")


def _subject_pronoun_starts(text: str) -> list[int]:
    """Where a "he" / "she" of :data:`_SUBJECT_PRONOUN` begins in ``text``, in order."""
    return [m.start("he") if m.group("he") else m.start("she") for m in _SUBJECT_PRONOUN.finditer(text)]


_TOKEN: Final = re.compile(r"[^\W\d_][\w’'.-]*")
# A sentence end (terminal punctuation before whitespace and a capital or digit, with no newline
# in the three characters after it: the paragraph break there ends the sentence) or a run of
# newlines. (Written with one leading character class, so the scan can skip ahead to those
# characters; it matches as ``[.!?]["”’')\]]*(?=\s+["“‘'(\[]?[A-Z0-9])(?!.{0,2}\n)|\n+``.)
_SENTENCE_END: Final = re.compile(r"[.!?\n](?:(?<=[.!?])[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9])(?!.{0,2}\n)|(?<=\n)\n*)")
_ABBREVIATIONS: Final = frozenset("""
mr mrs ms dr sen rep gov gen lt col maj capt sgt adm prof rev st jr sr no vs inc corp co ltd
jan feb mar apr aug sept sep oct nov dec u.s d.c u.n u.k a.m p.m e.g i.e ft mt pres
""".split())
_LONGEST_ABBREVIATION: Final = max(map(len, _ABBREVIATIONS))


@lru_cache(maxsize=1)
def given_names() -> dict[str, str]:
    """Given name (lower case) -> ``m``, ``f`` or ``u``, from :data:`GIVEN_NAMES_FILE`."""
    out: dict[str, str] = {}
    with GIVEN_NAMES_FILE.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip() or line.startswith("#"):
                continue
            name, _, gender = line.rstrip("\n").partition("\t")
            out[name.strip().lower()] = gender.strip() or "u"
    return out


def gender_of_name(first: str) -> str | None:
    """'m' / 'f' from a given name ("Hillary" -> 'f'); ``None`` when unknown or common to both."""
    g = given_names().get(first.lower().rstrip("."))
    return g if g in ("m", "f") else None


def gender_of_title(words: str) -> str | None:
    """'m' / 'f' from a courtesy title or gendered role word in ``words`` ("Mrs. Clinton")."""
    for w in words.lower().split():
        if w in _MALE_TITLES or w in _MALE_ROLES:
            return "m"
        if w in _FEMALE_TITLES or w in _FEMALE_ROLES:
            return "f"
    return None


@lru_cache(maxsize=65536)
def _bare(word: str) -> str:
    return word.lower().rstrip(".").replace("’", "'")


def _is_possessive(word: str) -> bool:
    """"Trump's", "Sanders'": a possessive owner."""
    return word[-2:] in ("'s", "’s") or (word[-1:] in "'’" and word[-2:-1] == "s")


def _is_initial(word: str) -> bool:
    return len(word) == 2 and word[0].isupper() and word[1] == "."


def name_key(name: str) -> str:
    """A person's name without its middle initials, so that the spellings of one name across
    articles and outlets group together ("Donald J. Trump", "George H. W. Bush" -> "Donald
    Trump", "George Bush"); any other name as written.

    >>> name_key("Donald J. Trump"), name_key("J. K. Rowling"), name_key("Bank of America")
    ('Donald Trump', 'J. K. Rowling', 'Bank of America')
    """
    words = name.split()
    if (len(words) >= 3 and not _is_initial(words[0]) and _is_name_word(words[0]) and _is_name_word(words[-1])
            and not _is_initial(words[-1]) and all(_is_initial(w) for w in words[1:-1])):
        return f"{words[0]} {words[-1]}"
    return name


def one_spelling(counts: Mapping[str, int]) -> dict[str, str]:
    """For each speaker name of ``counts`` (name -> statements), the one spelling its
    :func:`name_key` group is shown under: the spelling with the most statements, then the
    shorter, then the first in alphabetical order."""
    groups: dict[str, list[str]] = {}
    for name in counts:
        groups.setdefault(name_key(name), []).append(name)
    shown: dict[str, str] = {}
    for names in groups.values():
        best = min(names, key=lambda n: (-counts[n], len(n), n))
        for name in names:
            shown[name] = best
    return shown


# The names of the days and the months, in lower case.
CALENDAR_NAMES: Final = frozenset("""
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december
""".split())

SETTLE_SHARE: Final = 0.8
"""The share of a name's typed statements in a corpus one type must hold to type the rest."""
SETTLE_MIN: Final = 2
"""The typed statements a name needs in a corpus before its untyped ones take their type."""


def settled_types(statements: Mapping[tuple[str, str], int]) -> dict[str, str]:
    """For each speaker of ``statements`` ((speaker, type) -> statements) written as a full name
    (two words or more, the first and last capitalised) with untyped statements (``"unknown"``):
    the type that its typed statements give it, when one type holds at least
    :data:`SETTLE_SHARE` of them and :data:`SETTLE_MIN` or more. An article that names "Tony
    Blair" without his office does not make him someone else than the prime minister the
    corpus's other articles call him.

    >>> settled_types({("Tony Blair", "government"): 3, ("Tony Blair", "unknown"): 9, ("Blair", "unknown"): 2})
    {'Tony Blair': 'government'}
    """
    typed: dict[str, dict[str, int]] = {}
    untyped: list[str] = []
    for (speaker, kind), n in statements.items():
        if n <= 0 or not _is_full_name(speaker):
            continue
        if kind == "unknown":
            untyped.append(speaker)
        else:
            kinds = typed.setdefault(speaker, {})
            kinds[kind] = kinds.get(kind, 0) + n
    settled: dict[str, str] = {}
    for speaker in untyped:
        given = typed.get(speaker)
        if not given:
            continue
        best, n = min(given.items(), key=lambda item: (-item[1], item[0]))
        if n >= SETTLE_MIN and n >= SETTLE_SHARE * sum(given.values()):
            settled[speaker] = best
    return settled


def settled_spellings(statements: Mapping[tuple[str, str], int]) -> tuple[dict[str, str], dict[str, str]]:
    """For ``statements`` ((speaker, type) -> statements): the spelling each speaker is shown under
    (:func:`one_spelling` of its statements of every type) and the type each shown spelling's
    untyped statements take (:func:`settled_types`, the spellings of one name counted as one).

    >>> settled_spellings({("Tony Blair", "government"): 3, ("Tony R. Blair", "unknown"): 2})
    ({'Tony Blair': 'Tony Blair', 'Tony R. Blair': 'Tony Blair'}, {'Tony Blair': 'government'})
    """
    per_speaker: dict[str, int] = {}
    for (speaker, _), n in statements.items():
        per_speaker[speaker] = per_speaker.get(speaker, 0) + n
    shown = one_spelling(per_speaker)
    typed: dict[tuple[str, str], int] = {}
    for (speaker, kind), n in statements.items():
        key = (shown[speaker], kind)
        typed[key] = typed.get(key, 0) + n
    return shown, settled_types(typed)


def _is_full_name(speaker: str) -> bool:
    words = speaker.split()
    return len(words) >= 2 and _is_name_word(words[0]) and _is_name_word(words[-1])


def _is_name_word(word: str) -> bool:
    """A capitalised word that can be part of a name (not an acronym such as "GOP")."""
    if _is_initial(word) or _bare(word) in _SUFFIXES:
        return True
    core = word.rstrip(".")
    return core[:1].isupper() and any(c.islower() for c in core)


@dataclass(slots=True, init=False)
class NameMention:
    """A name as read from the article: ``tokens`` without glued words, titles or possessives.

    (The records of this module write their ``__init__`` out: a compiled module then builds them
    natively, where the one ``dataclass`` generates would run as Python.)
    """

    start: int
    end: int
    tokens: tuple[str, ...]
    sentence: int
    role: str
    """``subject``, ``object``, ``oblique`` (after a preposition) or ``possessive``."""
    title: str | None
    """The title or role word before the name ("Sen.", "spokeswoman"), if any."""
    evidence: bool
    """Whether the mention itself marks a person (title, role noun, age, "who", speech verb)."""
    possessive: bool

    def __init__(self, start: int, end: int, tokens: tuple[str, ...], sentence: int, role: str,
                 title: str | None = None, evidence: bool = False, possessive: bool = False) -> None:
        self.start = start
        self.end = end
        self.tokens = tokens
        self.sentence = sentence
        self.role = role
        self.title = title
        self.evidence = evidence
        self.possessive = possessive

    @property
    def name(self) -> str:
        return " ".join(self.tokens)

    @property
    def surname(self) -> str:
        words = [t for t in self.tokens if _bare(t) not in _SUFFIXES]
        return (words or list(self.tokens))[-1]


_WORD_BEFORE: Final = re.compile(r"([\w.’']+)$")
_WORD_REVERSED: Final = re.compile(r"[\w.’']+")


def sentence_starts(text: str, masked: str | None = None) -> list[int]:
    """Offsets where sentences start (none inside quotations).

    A paragraph break counts as one sentence more, so salience halves once more across it
    (a new paragraph often turns to a new speaker).
    """
    masked = masked if masked is not None else text
    starts = [0]
    for m in _SENTENCE_END.finditer(text):
        start, end = m.span()
        if text[start] != "\n":
            if masked[start] != text[start]:
                continue  # inside a quotation
            if start >= _LONGEST_ABBREVIATION + 1 and text[start - _LONGEST_ABBREVIATION - 1:start].isalpha():
                starts.append(end)  # a word longer than any abbreviation
                continue
            # The word before: :data:`_WORD_BEFORE`'s match, read backwards from the end (its
            # ``$`` also matches before a final newline).
            head = text[max(0, start - 12):start]
            if head.endswith("\n"):
                head = head[:-1]
            word = _WORD_REVERSED.match(head[::-1])
            if word and (head[-word.end():].lower() in _ABBREVIATIONS or word.end() == 1):
                continue
            starts.append(end)
        else:
            starts += [end, end]
    return starts


@lru_cache(maxsize=4)
def lower_case_words(text: str) -> frozenset[str]:
    """Words the article writes in lower case: a capitalised one of them is a common word."""
    return frozenset(re.findall(r"(?<![\w’'-])[a-z][a-z’'-]+", text))


_LOWER_WORD_CHARS: Final = frozenset("abcdefghijklmnopqrstuvwxyz’'-")
_LOWER_WORD: Final = re.compile(r"[a-z][a-z’'-]+")


class ArticleVocabulary:
    """The words an article writes in lower case, as :func:`lower_case_words` reads them, but
    looked up one word at a time: ``word in vocabulary`` finds the word written whole in the text
    (not after a word character, ``’``, ``'`` or ``-``, and not followed by ``a-z``, ``’``, ``'`` or
    ``-``) without reading every word of the article first.

    >>> v = ArticleVocabulary("Continued talks went on; co-chair left.")
    >>> "continued" in v, "talks" in v, "chair" in v, "co-chair" in v
    (False, True, False, True)
    """

    __slots__ = ("text", "_seen")

    def __init__(self, text: str) -> None:
        self.text = text
        self._seen: dict[str, bool] = {}

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        got = self._seen.get(word)
        if got is None:
            got = self._seen[word] = self._find(word)
        return got

    def _find(self, word: str) -> bool:
        if _LOWER_WORD.fullmatch(word) is None:
            return False
        text, n = self.text, len(word)
        i = text.find(word)
        while i >= 0:
            j = i + n
            if i > 0:
                c = text[i - 1]
                if c.isalnum() or c in "_’'-":
                    i = text.find(word, i + 1)
                    continue
            if j == len(text) or text[j] not in _LOWER_WORD_CHARS:
                return True
            i = text.find(word, i + 1)
        return False


@lru_cache(maxsize=4)
def article_vocabulary(text: str) -> ArticleVocabulary:
    """The :class:`ArticleVocabulary` of ``text`` (kept for the last few articles)."""
    return ArticleVocabulary(text)


def clean_name_tokens(tokens: list[str], *, vocabulary: Container[str] = frozenset()) -> tuple[
        list[str], str | None, bool]:
    """``tokens`` of a capitalised run without glued words, titles and a possessive owner.

    Returns the name's tokens, the last title dropped (or ``None``) and whether the run ends with a
    possessive ("Trump's").

    >>> clean_name_tokens(["Like", "Corker"])[0], clean_name_tokens(["Sen.", "Ted", "Cruz"])[:2]
    (['Corker'], (['Ted', 'Cruz'], 'Sen.'))
    """
    toks, title, possessive = _cleaned(tuple(tokens), vocabulary)
    return list(toks), title, possessive


def _cleaned(tokens: tuple[str, ...], vocabulary: Container[str]) -> tuple[
        tuple[str, ...], str | None, bool]:
    """:func:`clean_name_tokens` on a tuple. Only a leading word the article may write in lower
    case is looked up in ``vocabulary``; the other steps depend on the words alone, so their
    results are shared across articles."""
    toks, possessive = _without_owner(tokens)
    toks, title = _without_title(_unglued(toks, vocabulary))
    return toks, title, possessive


# Words after which "New" is part of a name ("New York", "New Labour"), not an adjective before one.
_AFTER_NEW: Final = frozenset("""
york yorker zealand zealander zealanders jersey delhi orleans mexico hampshire england labour
south guinea brunswick caledonia haven scotland statesman scientist line order deal democrats
""".split())
# Words that open the name of a body ("Air Deccan", "Royal Mail").
_ORG_OPENERS: Final = frozenset("air royal".split())
# The words of :data:`_ORG_WORDS` that end the name of a place or a body; the others qualify one.
_ORG_HEADS: Final = _ORG_WORDS - frozenset("""national international global world american americans republican
democratic conservative liberal daily weekly""".split())


def _unglued(toks: tuple[str, ...], vocabulary: Container[str]) -> tuple[str, ...]:
    """``toks`` without the words glued on at their front (see :func:`_glued_on`); the last word
    stays."""
    while len(toks) > 1:
        if _new_opens_name(toks):
            break  # "New York Times", "New Zealand": "New" opens the name
        if len(toks) >= 3 and _bare(toks[0]) in PERSON_ROLES and _bare(toks[0]) not in PERSON_TITLES:
            toks = toks[1:]  # "Spokeswoman Haley Morris": a role opening a sentence ("Mother Teresa" stays)
            continue
        glued = _glued_on(toks[0])
        if glued is False or (glued is None and _bare(toks[0]) not in vocabulary):
            break
        if ((_bare(toks[-1]) in _ORG_HEADS or _bare(toks[0]) in _ORG_OPENERS) and _bare(toks[0]) not in _LEADING_STOP
                and not (len(toks) == 2 and toks[0].endswith("ing") and toks[1].endswith("s"))):
            break  # the name of a place or a body: "Downing Street", "World Bank", "United States";
            # not a group qualified ("Leading Democrats")
        toks = toks[1:]
    return toks


@lru_cache(maxsize=65536)
def _without_owner(tokens: tuple[str, ...]) -> tuple[tuple[str, ...], bool]:
    """``tokens`` (empty ones dropped) without a possessive owner before the name ("Media
    Research Center's Bozell") and contractions glued on at the end ("Sanders hasn't"); and
    whether the name itself ends with a possessive ("Trump's")."""
    joined = "".join(tokens)
    if "'" not in joined and "’" not in joined and all(tokens):
        return tokens, False  # no apostrophe: neither a possessive nor a contraction
    toks = [t for t in tokens if t]
    possessive = False
    for i, t in enumerate(toks):
        if _is_possessive(t):
            if i == 0 and len(toks) == 2 and _bare(_POSSESSIVE_END.sub("", t)) in given_names():
                return tuple(toks), False  # "Emily's List": a body named for a given name, whole
            if i < len(toks) - 1:
                return _without_owner(tuple(toks[i + 1:]))
            toks[i] = _POSSESSIVE_END.sub("", t)
            possessive = True
    while toks and _CONTRACTION.search(toks[-1]):
        toks.pop()
    return tuple(toks), possessive


@lru_cache(maxsize=65536)
def _glued_on(word: str) -> bool | None:
    """Whether ``word``, opening a run of several, is glued on rather than part of the name: a
    sentence opener or a verb form ("Like", "Entrusting") is, a title or given name is not, and
    any other word is when the article writes it in lower case (``None``: ask the article)."""
    low = _bare(word)
    if low in PERSON_TITLES:
        return False
    if low in _LEADING_STOP:
        return True
    if low in given_names():
        return False
    if len(low) > 4 and (low.endswith(("ed", "ing")) or low.endswith(ORIGIN_SUFFIXES)):
        return True  # "Entrusting", "Tunisian-born": no part of the name after it
    return None


@lru_cache(maxsize=65536)
def _without_title(tokens: tuple[str, ...]) -> tuple[tuple[str, ...], str | None]:
    """``tokens`` from after their last title ("Massachusetts Sen. Elizabeth Warren"), then from
    the given name on ("Fox News Bret Baier"); and the title dropped."""
    names = given_names()
    toks = tokens
    title = None
    for i in range(len(toks) - 2, -1, -1):
        if _bare(toks[i]) in PERSON_TITLES:
            title = toks[i]
            toks = toks[i + 1:]
            break
    for i in range(1, len(toks) - 1):
        if _bare(toks[i]) in names and _bare(toks[i - 1]) not in names and not _is_initial(toks[i - 1]):
            toks = toks[i:]
            break
    if toks and _bare(toks[0]) in _LEADING_STOP and not _new_opens_name(toks):
        toks = toks[1:]
    return toks, title


def _new_opens_name(toks: tuple[str, ...]) -> bool:
    """Whether ``toks`` open with a "New" that is part of the name ("New York", "New Labour")."""
    return len(toks) > 1 and toks[0] == "New" and _bare(toks[1]) in _AFTER_NEW


# Plurals of people that open a sentence with a capital ("Critics say", "Aides said").
_PEOPLE_PLURALS: Final = frozenset("""
critics aides analysts officials experts voters supporters opponents residents observers activists
campaigners protesters audiences fans europeans americans latinos democrats republicans
conservatives liberals economists lawyers doctors teachers parents students workers unions
ministers diplomats sources insiders investors traders executives members leaders delegates
""".split())


def plural_of_people(word: str) -> bool:
    """Whether one capitalised word is a plural of people rather than a surname in -s ("Critics",
    "MPs", "Analysts"; not "Williams", "Sanders").

    >>> plural_of_people("Critics"), plural_of_people("MPs"), plural_of_people("Williams")
    (True, True, False)
    """
    low = word.lower()
    if low in _PEOPLE_PLURALS:
        return True
    if not low.endswith("s") or low.endswith(("ss", "us", "is")):
        return False
    if word[:-1].isupper() and len(word) >= 3:
        return True  # "MPs", "MEPs", "CEOs"
    return low[:-1] in PERSON_ROLES or (low.endswith("ies") and low[:-3] + "y" in PERSON_ROLES)


def is_org_name(tokens: list[str] | tuple[str, ...]) -> bool:
    """Whether a capitalised phrase names an organisation or place rather than a person: it holds
    an organisation or place word ("National", "District", "Church") or an acronym ("GOP").

    >>> is_org_name(["Trump", "National", "Doral"]), is_org_name(["GOP"]), is_org_name(["Hope", "Hicks"])
    (True, True, False)
    """
    for i, t in enumerate(tokens):
        bare = _bare(t)
        if bare in SURNAME_AFTER_GIVEN and i > 0 and _bare(tokens[i - 1]) in given_names():
            continue  # "Theresa May", "Brian May": a surname
        if bare in _ORG_WORDS or (t.isupper() and len(t.rstrip(".")) > 2 and bare not in _SUFFIXES):
            return True
    return False


@lru_cache(maxsize=65536)
def _surname_key(tokens: tuple[str, ...]) -> str:
    """The surname of a name's ``tokens``, bare ("Jr." and the like skipped): ``clinton``."""
    words = [t for t in tokens if _bare(t) not in _SUFFIXES]
    if _korean_order(words):
        return _bare(words[0])  # "Ban Ki-moon": Mr Ban
    return _bare((words or tokens)[-1])


def _korean_order(tokens: Sequence[str]) -> bool:
    """Whether a name's ``tokens`` are a surname and a Korean given name after it ("Ban Ki-moon",
    "Moon Jae-in", "Kim Jong-un"): the surname is the first word."""
    return len(tokens) == 2 and _SURNAME_FIRST.fullmatch(tokens[1]) is not None


# A Korean given name: two syllables joined by a hyphen, the second in lower case.
_SURNAME_FIRST: Final = re.compile(r"[A-Z][a-z]+-[a-z]+\b")


def _written_surname_first(masked: str, lower: str, surname: str) -> bool:
    """Whether ``masked`` (``lower`` in lower case, of the same length) writes a name with
    ``surname`` (bare) first, capitalised, and a Korean given name after it
    ("Ban Ki-moon" for ``ban``)."""
    key = surname + " "
    i = lower.find(key)
    while i >= 0:
        if (i == 0 or not (masked[i - 1].isalnum() or masked[i - 1] in "_'’-")) and masked[i].isupper() and (
                _SURNAME_FIRST.match(masked, i + len(key)) is not None):
            return True
        i = lower.find(key, i + 1)
    return False


@lru_cache(maxsize=65536)
def _name_surname(name: str) -> str:
    """:func:`_surname_key` of a name as written ("Hillary Clinton"), kept for names asked again."""
    return _surname_key(tuple(name.split()))


_NOT_VERB_AFTER: Final = frozenset("""
and or but of for to in on at by with from who whom whose which that as than nor
""".split())
_SUBORDINATORS: Final = frozenset("""
when while as if after before because since although though until unless whereas once where
""".split())


def _role_of(text: str, masked: str, sent_start: int, start: int, end: int, possessive: bool) -> str:
    if possessive:
        return "possessive"
    lo = max(sent_start, start - 120)  # enough for the clause before the name
    words = _WORDS.findall(masked, lo, start)
    if lo > sent_start and words:
        words.pop(0)  # possibly cut
    if _QUOTE_COMMA.search(text, max(sent_start, start - 8), start):
        words.append(",")  # the comma closing a quotation ("...," Clinton said)
    while words and words[0].lower() in _OPENERS:
        words.pop(0)
        if words and words[0] == ",":
            words.pop(0)
    if not words:
        return "subject"
    last = words[-1]
    if last.lower() in PREPOSITIONS:
        return "oblique"
    after = _VERB_AFTER.match(masked, end, end + 60)
    verb_after = after is not None and (after.group(1) in _VERBISH_AFTER or after.group(1).endswith("ed"))
    if last.lower() == "the" and not verb_after and after is not None and masked.startswith(" ", end):
        return "possessive"  # "The Leicester tight-head", "the Clinton campaign": a name as a modifier
    if last == "," and after is not None and (verb_after or after.group(1) not in _NOT_VERB_AFTER):
        return "subject"  # "During the election, Mitt Romney largely ran on ..."
    tail = words[len(words) - words[::-1].index(",") if "," in words else 0:]
    if tail and len(tail) <= 6 and tail[0].lower() not in _SUBORDINATORS and (
            last[:1].isupper() or last.lower() in PERSON_ROLES) and (
            verb_after or re.match(r"\s*,", masked[end:end + 3])):
        return "subject"  # "Syrian president Bashar Assad described ...", "One delegate, Jane Roe, said"
    return "object"


_PARTICLE_RE: Final = "|".join(sorted((re.escape(p) for p in NAME_PARTICLES), key=len, reverse=True))
# A stretch of capitalised words (particles such as "al-", "van der" allowed inside).
# (The look-behind comes after the capital, so the scan can skip ahead to capitals; a word after
# a space is tried as a capital before the particles, which all begin in lower case.)
_RUN: Final = re.compile(r"[A-Z](?<![\w’'-][A-Z])[\w’'.-]*(?:[ \u00a0]+(?:[A-Z]|(?:(?:" + _PARTICLE_RE
                  + r")[ \u00a0-]+){1,2}[A-Z])[\w’'.-]*)*")
# A role and the place it is held for, before a name ("MP for | Birkenhead", "senator from | Ohio").
_PLACE_OF_ROLE: Final = re.compile(r"\b(?:MP|MEP|MSP|AM|member|senator|congressman|congresswoman|representative|"
                            r"councillor|councilman|councilwoman|governor|mayor)\s+(?:for|from|of)\s+$")
# After a name: an age, "who" or an appositive role after a comma; else (group ``word``) the
# word after a space, evidence when it is a verb of :data:`_CUE_AFTER` (read as a set: a
# whole word after the space is one of those exactly when an alternation of them ending at a
# word boundary matches there).
_EVIDENCE_AFTER: Final = re.compile(
    r"(?:['’]s)?\s*(?:,\s*(?:\d{1,3}\s*[,.]|who\b|(?:a|an|the)\s+(?:[\w-]+\s+){0,5}?(?:"
    + "|".join(sorted(PERSON_ROLES, key=len, reverse=True)) + r")\b)|\s+(?P<word>\w+))")


def name_mentions(text: str, masked: str | None = None, *,
                  starts: list[int] | None = None, roles: bool = True) -> list[NameMention]:
    """Capitalised names outside quotations, cleaned, in reading order (see the module docstring).

    ``roles=False`` leaves ``role`` empty (to be filled by :func:`fill_role` where needed).
    """
    masked = masked if masked is not None else text
    starts = starts if starts is not None else sentence_starts(text, masked)
    out: list[NameMention] = []
    for start, end, part_start, (tokens, title, possessive, *_) in _article_names(text, masked):
        sent = bisect.bisect_right(starts, part_start) - 1
        if title is None:
            title = _title_before(masked, start)
        evidence = title is not None or _evidence_after(masked, end, start)
        role = _role_of(text, masked, starts[sent], start, end, possessive) if roles else ""
        out.append(NameMention(start, end, tokens, sent, role, title, evidence, possessive))
    return out


_Found = tuple[int, int, int, "_Reading"]
"""A name read from an article: (start, end, start of its run part, reading)."""


def _article_names(text: str, masked: str) -> list[_Found]:
    """The names of :func:`name_mentions`, before the sentence, title, evidence and role of each
    is read (the tracker reads those only for the names that need them)."""
    vocabulary = article_vocabulary(text)
    # The reading of each part that asks the article's vocabulary, as read in this article.
    asked: dict[tuple[str, ...], _Reading | None] = {}
    out: list[_Found] = []
    append = out.append
    for r in _RUN.finditer(masked):
        parts = _run_parts(r.group())
        if not parts:
            continue  # "The", "But": most runs hold no name
        run_start = r.start()
        for offsets, end, words, asks, reading in parts:
            if asks:
                try:
                    reading = asked[words]
                except KeyError:
                    reading = asked[words] = _name_reading(words, vocabulary)
            if reading is not None:
                append((run_start + offsets[reading[3]], run_start + end, run_start + offsets[0], reading))
    return out


def _title_before(masked: str, start: int) -> str | None:
    """The title or role word right before a name at ``start`` ("spokeswoman Jane Roe"), if any."""
    before = (masked[start - 24:start] if start >= 24 else masked[:start]).rpartition("\n")[2].rsplit(None, 1)
    # (not across a line: a headline ending "... Big Brother" gives no title to the name below it)
    return before[-1] if before and before[-1].lower() in _ROLE_OR_TITLE else None


def _evidence_after(masked: str, end: int, start: int) -> bool:
    """Whether what follows a name at ``start``-``end`` marks a person: an age, "who", an
    appositive role ("Jane Roe, a spokeswoman") or a verb of saying; not for the place of a role
    ("the Labour MP for Birkenhead asked": the MP asked)."""
    c = masked[end:end + 1]
    if not (c in "'’," or c.isspace()):
        return False
    m = _EVIDENCE_AFTER.match(masked, end, end + 60)
    if m is None:
        return False
    word = m.group("word")
    if not (word is None or word in _CUE_AFTER):
        return False
    return not (masked.endswith((" for ", " from ", " of "), max(0, start - 6), start)
                and _PLACE_OF_ROLE.search(masked, max(0, start - 40), start) is not None)


_NOT_A_NAME: Final = _LEADING_STOP | PREPOSITIONS | _OPENERS | _SUBORDINATORS
_KEEP_PERIOD: Final = _ABBREVIATIONS | _SUFFIXES
# Nouns of what one is in sport and the arts, before a name: a person's too ("Arsenal striker
# Thierry Henry", "novelist Gore Vidal").
CALLING_NOUNS: Final = frozenset("""
coach captain manager boss player striker midfielder defender goalkeeper keeper winger forward
fly-half scrum-half full-back flanker prop hooker centre sprinter runner athlete swimmer boxer golfer
jockey skier hurdler rower batsman bowler cyclist skater novelist poet playwright composer
singer songwriter guitarist drummer rapper musician presenter dancer designer artist
photographer film-maker filmmaker entrepreneur tycoon referee umpire
""".split())
_ROLE_OR_TITLE: Final = PERSON_ROLES | PERSON_TITLES | CALLING_NOUNS
_VERB_AFTER: Final = re.compile(r"(?:\s+(?:[a-z]+ly|also|still|then|later|now|again|never|not))*\s*([a-z][\w’'-]*)")
_WORDS: Final = re.compile(r"[\w’'.-]+|[,;:]")
_QUOTE_COMMA: Final = re.compile(r"[,;][\"”’']\s*$")
_CONTRACTION: Final = re.compile(r"n['’]t$|['’](?:ll|ve|re|d)$")
_POSSESSIVE_END: Final = re.compile(r"['’]s?$")


@lru_cache(maxsize=65536)
def _single_skipped(word: str) -> bool:
    """Whether a lone word is never a name by itself ("The", "During", "Monday")."""
    low = _bare(word)
    return low in _NOT_A_NAME or low in _ORG_WORDS


@lru_cache(maxsize=65536)
def _token_info(word: str) -> tuple[bool, bool, bool]:
    """How a token of a capitalised run behaves: (a name word, a particle that may join a run,
    a word that ends the run after it: a possessive or a sentence-final period)."""
    return (
        _is_name_word(word),
        word.lower() in NAME_PARTICLES or word[:3] in ("al-", "el-"),
        _is_possessive(word) or (word.endswith(".") and not (
            _is_initial(word) or _bare(word) in _ABBREVIATIONS or _bare(word) in PERSON_TITLES)),
    )


def _last_word(word: str) -> str:
    """The last word of a run, without a sentence-final period."""
    return word if _is_initial(word) or _bare(word) in _KEEP_PERIOD else word.rstrip(".")


_Reading = tuple[tuple[str, ...], "str | None", bool, int, str, str, str, bool, bool]
"""A name read from a run part, with what the tracker asks of its words: (tokens, the title
dropped from the part or ``None``, whether it ends with a possessive, index of its first word in
the part, the name, its :func:`_surname_key`, its first word bare, whether that is a given name,
whether :func:`is_org_name` holds)."""


@lru_cache(maxsize=65536)
def _reading(tokens: tuple[str, ...], title: str | None, possessive: bool, first: int) -> _Reading:
    """The :data:`_Reading` of a name's ``tokens``; names recur across runs and articles."""
    bares = [_bare(t) for t in tokens]
    surname = bares[-1]  # the last word that is no suffix ("Jr."), else the last word
    for bare in reversed(bares):
        if bare not in _SUFFIXES:
            surname = bare
            break
    if _korean_order(tokens):
        surname = bares[0]  # "Ban Ki-moon": Mr Ban
    first_bare = bares[0]
    return (tokens, title, possessive, first, " ".join(tokens), surname, first_bare,
            first_bare in given_names(), is_org_name(tokens))


def _plain_word_reading(word: str, low: str) -> _Reading:
    """:func:`_reading` of a plain capitalised word (``low`` in lower case) that is no organisation
    or place word: it is its own surname and no acronym."""
    return (word,), None, False, 0, word, low, low, low in given_names(), False


class _RunPart(NamedTuple):
    """A stretch of name words in a capitalised run; offsets are relative to the run."""

    offsets: tuple[int, ...]
    """Where each word starts."""
    end: int
    words: tuple[str, ...]
    """The words, the last without a sentence-final period."""
    asks: bool
    """Whether the name depends on the words the article writes in lower case."""
    reading: _Reading | None
    """The name, when it does not (``None``: no name)."""


def _run_words(run: str) -> list[tuple[int, int, str]]:
    """The words of a capitalised ``run`` as (start, end, word), as :data:`_TOKEN` reads them.

    Each piece of a run between spaces is one word, as it opens with a capital or a particle;
    only a piece after a particle and a spaced hyphen ("al -Assad") is read with the pattern.
    """
    if " " not in run and "\u00a0" not in run:
        return [(0, len(run), run)]
    if " -" in run or "\u00a0-" in run:
        return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(run)]
    words = []
    pos = 0
    for word in run.split():
        pos = run.index(word, pos)
        end = pos + len(word)
        words.append((pos, end, word))
        pos = end
    return words


@lru_cache(maxsize=65536)
def _run_parts(run: str) -> tuple[_RunPart, ...]:
    """The stretches of name words in a capitalised ``run`` ("The Sen. Ted Cruz's"): it splits at a
    word that is no name word and after a possessive or a sentence-final period. A run reads the
    same in every article, so its parts are shared."""
    if _PLAIN_RUN.fullmatch(run):
        return _plain_run_parts(run)
    parts: list[_RunPart] = []
    words: list[tuple[int, int, str]] = []
    for token in _run_words(run):
        is_name, joins, breaks = _token_info(token[2])
        if is_name or (words and joins):
            words.append(token)
        elif words:
            _add_part(words, parts)
            words = []
        if words and breaks:
            _add_part(words, parts)
            words = []
    if words:
        _add_part(words, parts)
    return tuple(parts)


# A run of plain capitalised words ("Tony Blair", "Labour Party"): every word is a name word and
# none ends the run early, so the run is one part (less particles at its end).
_PLAIN_RUN: Final = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)*")


_NOT_ALONE: Final = NAME_PARTICLES | _NOT_A_NAME | _ORG_WORDS
"""Plain words (in lower case) that are no name by themselves: particles, and the words of
:func:`_single_skipped`."""


def _plain_run_parts(run: str) -> tuple[_RunPart, ...]:
    """:func:`_run_parts` of a run that :data:`_PLAIN_RUN` matches whole. Its words hold no
    period or apostrophe, so each is bare in lower case."""
    if " " not in run:
        return _plain_word_parts(run)
    words = run.split(" ")
    while words and words[-1].lower() in NAME_PARTICLES:
        words.pop()
    if len(words) <= 1:
        return _plain_word_parts(words[0]) if words else ()
    offsets = []
    end = 0
    for word in words:
        offsets.append(end)
        end += len(word) + 1
    names = tuple(words)
    asks, reading = _part_reading(names)
    return (_RunPart(tuple(offsets), end - 1, names, asks, reading),)


def _plain_word_parts(word: str) -> tuple[_RunPart, ...]:
    """:func:`_run_parts` of one plain capitalised word: none when it is a particle or never a
    name alone, else the word, named unless it is a title alone ("Senator")."""
    low = word.lower()
    if low in _NOT_ALONE:
        return ()
    reading = None if low in PERSON_TITLES else _plain_word_reading(word, low)
    return (_RunPart((0,), len(word), (word,), False, reading),)


def _add_part(words: list[tuple[int, int, str]], parts: list[_RunPart]) -> None:
    """Add the stretch ``words`` ((start, end, word) each) to ``parts``, without particles at its
    end; a lone word that is never a name ("The", "During", "Monday") is no part."""
    while words and words[-1][2].lower() in NAME_PARTICLES:
        words.pop()
    if not words or (len(words) == 1 and _single_skipped(words[0][2])):
        return
    names = tuple([w for _, _, w in words[:-1]] + [_last_word(words[-1][2])])
    asks, reading = _part_reading(names)
    parts.append(_RunPart(tuple([s for s, _, _ in words]), words[-1][1], names, asks, reading))


@lru_cache(maxsize=65536)
def _part_reading(words: tuple[str, ...]) -> tuple[bool, _Reading | None]:
    """Whether the name in a run part's ``words`` depends on the words the article writes in lower
    case, and the name when it does not. Parts recur across runs ("Mr Blair", "But Mr Blair")."""
    toks, possessive = _without_owner(words)
    # Words glued on at the front go (as :func:`_cleaned` drops them); a word that only the
    # article's vocabulary can tell about makes the name the article's to read.
    first = 0
    while first < len(toks) - 1:
        glued = _glued_on(toks[first])
        if glued is not True:
            if glued is None:
                return True, None
            break
        first += 1
    return False, _titled_reading(words, toks[first:], possessive)


def _name_reading(words: tuple[str, ...], vocabulary: Container[str]) -> _Reading | None:
    """The name in a run part's ``words``; ``None`` when nothing or only a title is left."""
    toks, possessive = _without_owner(words)
    return _titled_reading(words, _unglued(toks, vocabulary), possessive)


def _titled_reading(words: tuple[str, ...], toks: tuple[str, ...], possessive: bool) -> _Reading | None:
    """The name in a run part's ``words`` once its owner and glued words are gone (``toks``):
    without its title; ``None`` when nothing or only a title is left."""
    tokens, title = _without_title(toks)
    if not tokens or (len(tokens) == 1 and _bare(tokens[0]) in PERSON_TITLES):
        return None
    first = words.index(tokens[0]) if tokens[0] in words else 0
    return _reading(tokens, title, possessive, first)


# ---------------------------------------------------------------------------------------------
# Entities and salience

SUBJECT, OBJECT, OBLIQUE, POSSESSIVE = 310.0, 200.0, 150.0, 120.0
SPEAKER: Final = 100.0
"""Extra weight of a credited speaker: in news, "he said" most often continues the last speaker."""
_ROLE_WEIGHT: Final = {"subject": SUBJECT, "object": OBJECT, "oblique": OBLIQUE, "possessive": POSSESSIVE}


@dataclass(slots=True, init=False)
class Entity:
    """One person or group the article names."""

    name: str
    kind: str  # "person" or "group"
    gender: str | None
    type: str
    role: str | None
    events: list[tuple[int, int, float]]
    """Where the entity is mentioned: (offset, sentence, weight), in offset order."""
    named_role: str | None
    """The role the article writes before the name (see :func:`analysis.resolve._article_role`):
    ``None`` until read, ``""`` when there is none."""
    salience_from: tuple[int, int, int, float, float] | None
    """Where :meth:`EntityTracker.salience` may go on from without reading the events before it
    again: (events read, the offset of the last of them, its sentence, the weight so far in that
    sentence, the score of the sentences before), kept where those sentences weigh their least."""

    def __init__(self, name: str, kind: str, gender: str | None = None, type: str = "unknown",
                 role: str | None = None, events: list[tuple[int, int, float]] | None = None,
                 named_role: str | None = None,
                 salience_from: tuple[int, int, int, float, float] | None = None) -> None:
        self.name = name
        self.kind = kind
        self.gender = gender
        self.type = type
        self.role = role
        self.events = [] if events is None else events
        self.named_role = named_role
        self.salience_from = salience_from

    @property
    def tokens(self) -> list[str]:
        return self.name.split()

    @property
    def surname(self) -> str:
        return _name_surname(self.name)

    @property
    def last(self) -> int:
        return self.events[-1][0] if self.events else -1


def _first_names_agree(a: list[str] | tuple[str, ...], b: list[str] | tuple[str, ...]) -> bool:
    """Whether two full names may be one person: same surname, and first names agree if both have one."""
    if len(a) < 2 or len(b) < 2:
        return True
    x, y = _bare(a[0]), _bare(b[0])
    if len(x) == 1 or len(y) == 1:
        return x[0] == y[0]
    return x == y


def _match_full(tokens: tuple[str, ...], name: str, surname: str,
                by_surname: dict[str, list[Entity]]) -> Entity | None:
    """The entity a full name (``tokens``, written ``name``, of ``surname``) joins: the last of its
    surname whose first name agrees, one of the same name first."""
    exact = agreeing = None
    for e in by_surname.get(surname, ()):
        if _first_names_agree(e.tokens, tokens):
            agreeing = e
            if e.name == name:
                exact = e
    return exact or agreeing


@dataclass(slots=True)
class EntityTracker:
    """The people and groups of one article, with where each is mentioned.

    Build it with :meth:`for_article` to read the article's names up front; an empty tracker
    learns names only from :meth:`add`.
    """

    entities: list[Entity] = field(default_factory=list)
    starts: list[int] = field(default_factory=lambda: [0])
    pending: list[int] = field(default_factory=list)
    """Offsets of subject "he"/"she" of the narration not yet resolved (see :meth:`_catch_up`)."""
    masked: str = ""
    _clock: int = 0
    _by_surname: dict[str, list[Entity]] = field(default_factory=dict, repr=False)
    """Entities by surname, in order (names do not change once the article is read)."""
    _by_name: dict[str, Entity] = field(default_factory=dict, repr=False)
    """The last entity of each name, in lower case."""
    _indexed: int = 0

    @classmethod
    def for_article(cls, text: str, masked: str | None = None) -> EntityTracker:
        """A tracker holding every person named in ``text`` (quotation interiors excluded)."""
        masked = masked if masked is not None else text
        tracker = cls(starts=sentence_starts(text, masked), masked=masked)
        tracker._read(_article_names(text, masked), text, masked)
        tracker.pending = _subject_pronoun_starts(masked)
        return tracker

    # -- building ------------------------------------------------------------------------------

    def _read(self, names: list[_Found], text: str, masked: str) -> None:
        """Make the entities of the article's ``names`` (see the module docstring) and record
        where each is mentioned. A name's title, evidence, sentence and role are read only where
        they decide something."""
        # The title of each name read so far: its run part's, else the word right before it.
        titles: dict[int, str | None] = {}
        # Surnames marked as a person's anywhere: after a title, or before a verb of saying. A
        # name's own evidence is read only while its surname is not yet so marked.
        personal: set[str] = set()
        for i, (start, end, _, (_, title, _, _, _, surname, _, _, org)) in enumerate(names):
            if not org and surname not in personal:
                if title is None:
                    title = _title_before(masked, start)
                titles[i] = title
                if title is not None or _evidence_after(masked, end, start):
                    personal.add(surname)
        # A full name with evidence has its surname in ``personal``.
        full = [n for n in names if len(n[3][0]) >= 2 and not n[3][8] and (n[3][7] or n[3][5] in personal)]
        by_surname: dict[str, list[Entity]] = {}
        for start, _, _, (tokens, title, _, _, name, surname, _, _, _) in full:
            ent = _match_full(tokens, name, surname, by_surname)
            if ent is None:
                ent = Entity(name, "person")
                by_surname.setdefault(surname, []).append(ent)
                self.entities.append(ent)
            elif len(tokens) > len(ent.tokens):
                ent.name = name
            if not ent.gender:
                ent.gender = gender_of_name(tokens[0]) or gender_of_title(
                    (title if title is not None else _title_before(masked, start)) or "")
        firsts: dict[str, list[Entity]] = {}
        for ent in self.entities:
            firsts.setdefault(_bare(ent.tokens[0]), []).append(ent)
        starts = self.starts
        for i, (start, end, part_start, (tokens, title, possessive, _, name, surname, first_bare, given,
                                         org)) in enumerate(names):
            if len(tokens) >= 2:
                if (org or not (given or surname in personal)) and surname not in by_surname:
                    continue  # not a full name of a person, nor one sharing a person's surname
                ent = _match_full(tokens, name, surname, by_surname)
                if ent is None:
                    continue
            else:
                ent = self._match_surname(first_bare, by_surname) if first_bare in by_surname else None
                if ent is None and given and len(firsts.get(first_bare, ())) == 1:
                    ent = firsts[first_bare][0]  # "Hillary" for Hillary Clinton
                if ent is None and (first_bare not in personal or org or plural_of_people(tokens[0])):
                    continue  # not "MPs said": a group
            if title is None:
                title = titles[i] if i in titles else _title_before(masked, start)
            if ent is None:
                # One word with evidence of a person (its own or another mention's).
                ent = Entity(name, "person", gender_of_title(title or ""))
                by_surname.setdefault(first_bare, []).append(ent)
                self.entities.append(ent)
            elif title:
                ent.gender = ent.gender or gender_of_title(title)
            sent = bisect.bisect_right(starts, part_start) - 1
            role = _role_of(text, masked, starts[sent], start, end, possessive)
            ent.events.append((start, sent, _ROLE_WEIGHT[role]))
        for ent in self.entities:
            ent.events.sort()

    @staticmethod
    def _match_surname(surname: str, by_surname: dict[str, list[Entity]]) -> Entity | None:
        """The entity of ``surname`` mentioned last so far (the mentions are read in order, so
        every event recorded yet comes before the one asked about)."""
        cands = by_surname.get(surname, [])
        if not cands:
            return None
        pool = [e for e in cands if e.events] or cands
        return max(pool, key=lambda e: e.events[-1][0] if e.events else -1)

    def _index(self) -> None:
        """Index the entities added since the last call by surname and by name."""
        for ent in self.entities[self._indexed:]:
            self._by_surname.setdefault(ent.surname, []).append(ent)
            self._by_name[ent.name.lower()] = ent
        self._indexed = len(self.entities)

    def sentence_of(self, pos: int) -> int:
        return bisect.bisect_right(self.starts, pos) - 1

    def entity_named(self, name: str) -> Entity | None:
        """The last entity of the article named ``name`` (any case), if any."""
        self._index()
        return self._by_name.get(name.lower())

    def _now(self, at: int | None) -> int:
        if at is None:
            self._clock = max(self._clock, max((e.last for e in self.entities), default=0)) + 1
            return self._clock
        return at

    def note(self, ent: Entity, *, at: int | None = None, weight: float = SPEAKER) -> None:
        """Record a mention of ``ent`` at offset ``at`` (a credited speaker, a resolved pronoun)."""
        pos = self._now(at)
        bisect.insort(ent.events, (pos, self.sentence_of(pos), weight))

    def add(self, name: str, *, kind: str, speaker_type: str = "unknown",
            gender: str | None = None, role: str | None = None, at: int | None = None,
            entity: Entity | None = None, organisation: bool = False) -> Entity:
        """Register a credited speaker ``name`` at offset ``at``; return its entity.

        ``entity`` (when the name was resolved to one) or the entity of the same name, or, for a
        person, of the same surname, receives the mention; otherwise a new entity is made.
        ``organisation``: the speaker phrase says the name is an organisation's ("software giant
        Microsoft"), so the entity is a group even where the article's names read as a person.
        """
        if at is not None:
            self._catch_up(at)
        key = name.lower()
        ent = entity
        if ent is None:
            self._index()
            ent = self._by_name.get(key)
        if ent is None and kind == "person":
            ent = self.resolve_name(name, at=at)
        if ent is None:
            ent = Entity(name, kind, gender, speaker_type, role)
            self.entities.append(ent)
        else:
            ent.gender = ent.gender or gender
            ent.role = ent.role or role
            if ent.type == "unknown":
                ent.type = speaker_type
            if kind == "person" or (organisation and entity is None):
                ent.kind = kind
        base = SUBJECT
        if at is not None:
            # The weight of the mention read at ``at``: the first event there (events are sorted).
            i = bisect.bisect_left(ent.events, (at,))
            if i < len(ent.events) and ent.events[i][0] == at:
                base = ent.events[i][2]
        self.note(ent, at=at, weight=base + SPEAKER)
        return ent

    # -- resolving -----------------------------------------------------------------------------

    def resolve_pronoun(self, pronoun: str, *, at: int | None = None) -> Entity | None:
        """The entity ``pronoun`` at offset ``at`` stands for.

        he/she: the most salient person of compatible gender (unknown gender is compatible);
        the choice fixes the entity's gender. it/they/we: the last group credited with speech.
        """
        p = pronoun.lower()
        pos = self._now(at) if at is None else at
        if p in PERSON_PRONOUNS:
            self._catch_up(pos)
            return self._most_salient(pos, "m" if p in _MALE_PRONOUNS else "f")
        if p in _GROUP_PRONOUNS:
            # "it" never stands for a person: a one-word name read as one without evidence of it
            # (no given name, title, role or gendered pronoun: "GM said ... It said") may be an
            # organisation.
            groups = [e for e in self.entities if e.events and e.events[0][0] < pos and (
                e.kind == "group" or (p in ("it", "its") and e.gender is None and len(e.name.split()) == 1
                                      and (e.role is None or e.type in _BODY_TYPES)))
                      and not (p in ("it", "its") and (_plural_people(e) or _is_place_feature(e)
                                                        or _one_persons_role(e)))
                      and not (p not in ("it", "its") and (_is_acronym_name(e.name) or _one_person(e)))]
            return max(groups, key=lambda e: max(x for x, _, _ in e.events if x < pos)) if groups else None
        return None

    def resolve_described_person(self, at: int) -> Entity | None:
        """The person a description of no gender stands for at offset ``at`` ("the 31-year-old"):
        the most salient person named in full (not "Tootsie" or "the Spaniard"), of either gender,
        whose gender stays as it was."""
        self._catch_up(at)
        return self._most_salient(at, None, full_name=True)

    def _most_salient(self, pos: int, gender: str | None, *, full_name: bool = False) -> Entity | None:
        sent = self.sentence_of(pos)
        fronted = self._fronted_participle(pos, sent)
        best, best_score = None, 0.0
        for ent in self.entities:
            if ent.kind != "person" or (gender is not None and ent.gender not in (None, gender)) or (
                    full_name and " " not in ent.name):
                continue
            if gender is not None and ent.gender is None and ent.type in _BODY_TYPES and ent.role is None and (
                    " " not in ent.name):
                continue  # "Opec said", "Microsoft said": a one-word name credited as a body is no "he"
            if fronted is not None and any(fronted[0] <= x < fronted[1] and self.masked[x:x + 1].isupper()
                                           for x, _, _ in ent.events):
                continue  # "After meeting Blair, he said": he is not Blair (but "Asked what he ...")
            score = self.salience(ent, pos, sent)
            if score > best_score:
                best, best_score = ent, score
        if best is not None and gender is not None:
            best.gender = gender
        return best

    def _fronted_participle(self, pos: int, sent: int) -> tuple[int, int] | None:
        """The participle phrase that opens the sentence of ``pos`` and ends right before it
        ("After meeting Blair, | he said"), whose understood subject is the pronoun at ``pos``;
        ``None`` when there is none."""
        if sent < 0 or not self.masked:
            return None
        start = self.starts[sent]
        m = _OPENING_PARTICIPLE_PHRASE.match(self.masked, start, pos)
        return (start, m.end()) if m is not None and m.end() == pos else None

    def _catch_up(self, pos: int) -> None:
        """Resolve the narration's subject pronouns before ``pos`` so they carry salience on
        ("Murray married. He wrote a column. '...,' he said")."""
        while self.pending and self.pending[0] <= pos:
            q = self.pending.pop(0)
            if q == pos:
                continue  # resolved by the caller
            gender = "f" if self.masked[q].lower() == "s" else "m"
            ent = self._most_salient(q, gender)
            if ent is not None:
                bisect.insort(ent.events, (q, self.sentence_of(q), SUBJECT))

    @staticmethod
    def salience(ent: Entity, pos: int, sent: int) -> float:
        """Salience of ``ent`` at offset ``pos`` (in sentence ``sent``): per sentence the weight of
        its strongest mention there, halved for every sentence back (at most 60 times).

        The sum over the sentences 60 or more back is the same for every later question, so the
        entity keeps where it stands (``salience_from``) and the next question reads on from there,
        in the same order of additions (the same score to the last bit), unless an event was
        inserted before it."""
        events = ent.events
        score, cur, best, i = 0.0, -1, 0.0, 0
        kept = ent.salience_from
        if kept is not None:
            k, k_pos, k_cur, k_best, k_score = kept
            if k_pos < pos and k_cur <= sent - 60 and k <= len(events) and events[k - 1][0] == k_pos and (
                    bisect.bisect_left(events, (k_pos + 1,)) == k):
                i, cur, best, score = k, k_cur, k_best, k_score
        n = len(events)
        while i < n:
            e_pos, e_sent, weight = events[i]
            if e_pos >= pos:
                break
            if e_sent != cur:
                if 0 <= cur <= sent - 60:
                    ent.salience_from = (i, events[i - 1][0], cur, best, score)  # read on from here
                score += best * 0.5 ** min(60, sent - cur) if cur >= 0 else 0.0
                cur, best = e_sent, 0.0
            if weight > best:
                best = weight
            i += 1
        if cur >= 0:
            score += best * 0.5 ** min(60, sent - cur)
        return score

    def resolve_name(self, name: str, *, at: int | None = None) -> Entity | None:
        """The person a short name ("Trump", "Mr. Trump", "Abdel Rahman") stands for.

        The person whose full name ends with ``name`` (titles ignored) and is longer than it,
        mentioned last before ``at``; a bare given name ("Hillary") matches the one person with it.
        """
        words = _lookup_key(name)
        if not words:
            return None
        pos = at if at is not None else 1 << 60
        n = len(words)
        best, best_pos = None, -2
        self._index()
        for ent in self._by_surname.get(words[-1], ()):
            if ent.kind != "person":
                continue
            toks = _name_key(ent.name)
            if (len(toks) <= n or toks[-n:] != words) and not _surname_first(ent.tokens, words):
                continue
            i = bisect.bisect_left(ent.events, (pos,))
            last = ent.events[i - 1][0] if i else -1
            if last > best_pos:
                best, best_pos = ent, last
        if best is None and len(words) == 1 and words[0] in given_names():
            firsts = [e for e in self.entities if e.kind == "person" and len(e.tokens) > 1
                      and _bare(e.tokens[0]) == words[0]]
            if len(firsts) == 1:
                return firsts[0]
        return best


def _plural_people(ent: Entity) -> bool:
    """Whether ``ent`` is a plural group of people ("analysts", "officials"), whom "it" never
    stands for: a plural common noun, or a plural typed as people ("Analysts" opening a sentence)."""
    words = ent.name.split()
    # a plural head before a modifier ("fans | around the world"), else the last word
    last = next((words[i - 1] for i in range(1, len(words))
                 if words[i] in MODIFIER_OPENERS and plural_form(words[i - 1])), words[-1])
    if not plural_form(last):
        return False
    # "officials", "Democratic aides"; not "Association of British insurers"
    return (last.islower() and _bare(ent.name.split()[0]) not in _ORG_HEADS) or ent.type in _PEOPLE_TYPES


def plural_form(word: str) -> bool:
    """Whether ``word`` has a plural's ending ("fans", "parties"; not "focus", "press", "analysis")."""
    low = word.lower()
    return low.endswith("s") and not low.endswith(("ss", "us", "is", "news"))


# Words that open a modifier after a group's head ("fans | around the world", "leaders | of the party").
MODIFIER_OPENERS: Final = frozenset("of in around across from at for with on".split())


# The last words of the names of places that say nothing ("Guantanamo Bay", "Lake Geneva");
# not "street", which names speakers ("Downing Street", "Wall Street").
_PLACE_FEATURES: Final = frozenset("""
bay beach coast sea ocean island islands valley lake river mountain mountains road square highway
bridge
""".split())


# Heads of a description of one person ("IAEA spokesman", "spokesman for the agency").
_ONE_PERSON_HEADS: Final = frozenset("""
spokesman spokeswoman spokesperson aide official minister senator president consultant candidate
adviser advisor expert analyst economist lawyer
""".split())


def _one_persons_role(ent: Entity) -> bool:
    """Whether ``ent`` is a description of one person ("IAEA spokesman", "a senior aide"), whom
    "it" does not stand for."""
    return any(w in _ONE_PERSON_HEADS for w in ent.name.lower().split())


def _one_person(ent: Entity) -> bool:
    """Whether ``ent`` is one person described by a role ("the judge presiding", "a spokesman"),
    whom "they" does not stand for (a body, "the company", may be "they")."""
    return any(w in _ONE_PERSON_HEADS or w in PERSON_ROLES for w in ent.name.lower().split())


def _is_acronym_name(name: str) -> bool:
    """Whether ``name`` is an acronym of two letters ("UK", "EC", "QC"): a place, a body or a
    title, which "it" may stand for but "they" does not (a longer one, "IBM", is a body they may)."""
    return name.isupper() and name.isalpha() and len(name) == 2


def _is_place_feature(ent: Entity) -> bool:
    """Whether ``ent`` names a place such as a bay or a lake, which "it" does not stand for as a
    speaker (a country or a city may: "France said it ...")."""
    words = ent.name.lower().split()
    return bool(words) and (words[-1] in _PLACE_FEATURES or (len(words) > 1 and words[0] in ("lake", "mount", "river")))


# Speaker types of people rather than bodies ("analysts", "residents", "activists", "players").
_PEOPLE_TYPES: Final = frozenset({"expert", "citizen", "activists", "militant", "sport"})


@dataclass(slots=True, init=False)
class _Answer(Entity):
    """The person a name stands for, answered before the article's tracker is read: the one person
    of the article whose longer name ends with it. Passed back to :meth:`DeferredTracker.add`, it
    stands for the entity the tracker answers for ``query`` at ``at`` once read."""

    query: str
    at: int | None

    def __init__(self, name: str, kind: str, *, type: str = "unknown", query: str = "",
                 at: int | None = None) -> None:
        Entity.__init__(self, name, kind, type=type)
        self.query = query
        self.at = at


class DeferredTracker:
    """The :class:`EntityTracker` of one article, read from the article only once it is needed.

    Until then, :meth:`add` records the credited speakers, and :meth:`resolve_name` answers
    ``None`` for a name that no person of the article can bear a longer name ending with (see
    :func:`_may_end_longer_name`), and the person for a name that exactly one person of the article
    bears a longer name ending with (see :func:`_surname_people`), when no speaker recorded so far
    may bear the name otherwise. A pronoun, or a name that may resolve otherwise, reads the
    article and replays the recorded speakers in order, so every answer is the one of a tracker
    read up front.
    """

    __slots__ = ("text", "masked", "_tracker", "_added", "_added_names", "_added_types", "_added_surnames",
                 "_lower", "_named", "_people", "last_credit", "last_document")

    def __init__(self, text: str, masked: str | None = None, *, read: bool = False) -> None:
        """``read``: read the article at once, for a caller that knows it will ask what only the
        tracker answers (a pronoun): answers given before the reading would be work lost."""
        self.text = text
        self.masked = masked if masked is not None else text
        self._tracker: EntityTracker | None = (
            EntityTracker.for_article(self.text, self.masked) if read else None)
        self._added: list[tuple[str, dict[str, Any]]] = []
        self._added_names: dict[str, tuple[bool, bool]] = {}
        """Each name added so far -> whether it was ever added as an organisation, and ever as a
        person or with an entity (what :meth:`_answer` asks of them, once per name)."""
        self._added_types: dict[str, str] = {}
        """Lower-case name added so far -> the first type other than "unknown" it was added with."""
        self._added_surnames: dict[str, int] = {}
        """Surname of each name added so far -> most words (suffixes aside) of a name with it."""
        self._lower: str | None = None
        self._named: dict[tuple[str, ...], bool] = {}
        """Bare words of a name -> whether the article may name a person longer with them."""
        self._people: dict[str, list[Entity] | None] = {}
        """Surname -> the people of the article's full names with it (``None``: not known)."""
        self.last_credit: tuple[int, str, str, str | None, str | None, bool] | None = None
        """The last speaker credited when a description of one person ("a spokeswoman"): where it
        ends, the name, its type, its role, its gender ('m', 'f' or ``None``) and whether the
        description opens with "the"; else ``None``."""
        self.last_document: tuple[int, str, str, str | None] | None = None
        """The last speaker credited when a document or a body named by a description ("the
        leaflet", "the report"): where it ends, the name, its type and its role; else ``None``."""

    @property
    def tracker(self) -> EntityTracker:
        """The article's tracker, with every speaker added so far."""
        if self._tracker is None:
            tracker = self._tracker = EntityTracker.for_article(self.text, self.masked)
            for name, options in self._added:
                entity = options.get("entity")
                if isinstance(entity, _Answer):
                    options = {**options, "entity": tracker.resolve_name(entity.query, at=entity.at)}
                tracker.add(name, **options)
            self._added.clear()
            self._added_names.clear()
            self._added_types.clear()
        return self._tracker

    def add(self, name: str, **options: Any) -> None:
        """:meth:`EntityTracker.add`, recorded until the tracker is read."""
        entity = options.get("entity")
        if self._tracker is not None or (entity is not None and not isinstance(entity, _Answer)):
            self.tracker.add(name, **options)
            return
        self._added.append((name, options))
        organisation, person = self._added_names.get(name, (False, False))
        self._added_names[name] = (organisation or bool(options.get("organisation")), person or (
            options.get("kind") == "person" or options.get("entity") is not None))
        kind = options.get("speaker_type", "unknown")
        if kind != "unknown":
            self._added_types.setdefault(name.lower(), kind)
        words = [w for w in name.split() if _bare(w) not in _SUFFIXES]
        if words:
            surname = _name_surname(name)
            self._added_surnames[surname] = max(len(words), self._added_surnames.get(surname, 0))

    def resolve_pronoun(self, pronoun: str, *, at: int | None = None) -> Entity | None:
        """:meth:`EntityTracker.resolve_pronoun`; ``None`` without reading the article for a
        pronoun that stands for no person or group of it ("I", "you")."""
        if at is not None and not resolvable_pronoun(pronoun):
            return None
        return self.tracker.resolve_pronoun(pronoun, at=at)

    def resolve_described_person(self, at: int) -> Entity | None:
        """:meth:`EntityTracker.resolve_described_person`."""
        return self.tracker.resolve_described_person(at)

    def resolve_name(self, name: str, *, at: int | None = None) -> Entity | None:
        """:meth:`EntityTracker.resolve_name`; without reading the article when no person named in
        it or added so far can bear a longer name ending with ``name``, or when one person of its
        names alone can and no speaker added so far may be another."""
        if self._tracker is None:
            if not self._may_resolve(name):
                return None
            answer = self._answer(name, at)
            if answer is not None:
                return answer if isinstance(answer, _Answer) else None  # False: none
        return self.tracker.resolve_name(name, at=at)

    def _answer(self, name: str, at: int | None) -> _Answer | bool | None:
        """The answer to :meth:`resolve_name` that the article's names alone give: ``False`` for
        none, an :class:`_Answer`, or ``None`` when the tracker must be read to tell."""
        words = _lookup_words(name)
        surname = words[-1]
        if not surname:
            return None
        people = self._surname_people(surname)
        if people is None:
            return None
        names = {e.name.lower() for e in people}
        if len(names) < len(people):
            return None
        found = [e for e in people if _ends_name(e.tokens, words)]
        if len(found) > 1:
            return None  # the last one mentioned: the tracker tells
        for added, (as_organisation, as_person) in self._added_names.items():
            if as_organisation and added.lower() in names:
                return None  # a person of the surname credited as an organisation may be one no more
            if as_person and added.lower() not in names and _may_be_found(added, words, found):
                return None  # a speaker who may be another person of the surname, or this one
        if not found:
            if len(words) == 1 and surname in given_names():
                return None  # may be the given name of one person
            return False
        person = found[0]
        key = person.name.lower()
        kind = self._added_types.get(key, "unknown")
        return _Answer(person.name, "person", type=kind, query=name, at=at)

    def _surname_people(self, surname: str) -> list[Entity] | None:
        """The people :meth:`EntityTracker.for_article` makes of the article's full names with
        ``surname``; ``None`` when the lower-case text does not line up with the article."""
        if surname in self._people:
            return self._people[surname]
        if self._lower is None:
            self._lower = self.masked.lower().replace("’", "'")
        people = None
        if len(self._lower) == len(self.masked):
            people = _surname_people(_surname_names(self.text, self.masked, self._lower, surname), self.masked)
        self._people[surname] = people
        return people

    def _may_resolve(self, name: str) -> bool:
        words = _lookup_key(name)
        if not words:
            return False
        if len(words) == 1 and words[0] in given_names():
            return True  # may be the given name of one person
        if self._added_surnames.get(words[-1], 0) > len(words):
            return True  # a speaker's longer name
        found = self._named.get(words)
        if found is None:
            if self._lower is None:
                self._lower = self.masked.lower().replace("’", "'")
            found = self._named[words] = _may_end_longer_name(self.masked, self._lower, list(words))
        return found


@lru_cache(maxsize=65536)
def _lookup_key(name: str) -> tuple[str, ...]:
    """The bare words :meth:`EntityTracker.resolve_name` looks ``name`` up by, titles dropped. A
    speaker's name is looked up again at each of its mentions."""
    return tuple([_bare(w) for w in _TITLE_PREFIX.sub("", name.strip()).lower().split()])


def _lookup_words(name: str) -> list[str]:
    """:func:`_lookup_key` of ``name`` as a list."""
    return list(_lookup_key(name))


@lru_cache(maxsize=65536)
def _name_key(name: str) -> tuple[str, ...]:
    """The words of an entity's ``name``, bare, without suffixes such as "Jr.": what a name looked
    up must end with."""
    return tuple([_bare(t) for t in name.split() if _bare(t) not in _SUFFIXES])


def _ends_name(tokens: list[str], words: list[str]) -> bool:
    """Whether the name of ``tokens`` is longer than ``words`` (bare) and ends with them, suffixes
    such as "Jr." aside: the test :meth:`EntityTracker.resolve_name` puts to each person."""
    toks = [_bare(t) for t in tokens if _bare(t) not in _SUFFIXES]
    return (len(toks) > len(words) and toks[-len(words):] == words) or _surname_first(tokens, words)


def _surname_first(tokens: Sequence[str], words: Sequence[str]) -> bool:
    """Whether ``tokens`` are a name written surname first ("Ban Ki-moon") whose surname is the
    one word of ``words`` (bare): Mr Ban is Ban Ki-moon."""
    return len(words) == 1 and _korean_order(tokens) and _bare(tokens[0]) == words[0]


def _may_be_found(added: str, words: list[str], found: list[Entity]) -> bool:
    """Whether a person credited as ``added`` (no name of the article's people) may be one that
    :meth:`EntityTracker.resolve_name` finds for ``words``: the person made of the name, or one of
    ``found`` (the people it finds) the name resolves to."""
    if _ends_name(added.split(), words):
        return True
    own = _lookup_words(added)
    if not own:
        return False
    if any(_ends_name(e.tokens, own) for e in found):
        return True
    # A lone given name resolves to the one person whose name opens with it.
    return len(own) == 1 and own[0] in given_names() and any(_bare(e.tokens[0]) == own[0] for e in found)


def _surname_names(text: str, masked: str, lower: str, surname: str) -> list[_Found]:
    """The names of :func:`_article_names` whose surname is ``surname`` (bare), in reading order,
    read only from the capitalised runs where ``surname`` is written as a word. ``lower`` is
    ``masked`` in lower case with ’ read as ', of the same length. A run holds no newline, so the
    runs of a paragraph are read from its start as from the article's."""
    vocabulary = article_vocabulary(text)
    out: list[_Found] = []
    runs: Iterator[re.Match[str]] = iter(())
    run: re.Match[str] | None = None  # the first run of ``runs`` not yet passed
    paragraph = -1
    done = 0
    n = len(surname)
    i = lower.find(surname)
    while i >= 0:
        if i >= done and _written_as_surname(lower, i, n):
            start = masked.rfind("\n", 0, i) + 1
            if start != paragraph:
                paragraph, runs, run = start, _RUN.finditer(masked, start), None
            while run is None or run.end() <= i:
                run = next(runs, None)
                if run is None:
                    return out  # no run reaches the word: nor a later one
            if run.start() <= i:
                done = run.end()
                _add_surname_names(run.start(), run.group(), surname, vocabulary, out)
        i = lower.find(surname, i + 1)
    return out


def _written_as_surname(lower: str, i: int, n: int) -> bool:
    """Whether the ``n`` characters at ``i`` of ``lower`` may be a name's word read bare: no word
    character or apostrophe before them, and after them none that would make the word longer
    (only an apostrophe of a possessive or a period may follow)."""
    if i and (lower[i - 1].isalnum() or lower[i - 1] in "_'"):
        return False
    j = i + n
    return j == len(lower) or not (lower[j].isalnum() or lower[j] in "_-")


def _add_surname_names(run_start: int, run: str, surname: str, vocabulary: Container[str],
                       out: list[_Found]) -> None:
    """Add the names of the capitalised ``run`` at ``run_start`` whose surname is ``surname`` to
    ``out``, as :func:`_article_names` reads them."""
    for offsets, end, words, asks, reading in _run_parts(run):
        if asks:
            reading = _name_reading(words, vocabulary)
        if reading is not None and reading[5] == surname:
            out.append((run_start + offsets[reading[3]], run_start + end, run_start + offsets[0], reading))


def _surname_people(names: list[_Found], masked: str) -> list[Entity]:
    """The people :meth:`EntityTracker._read` makes of the full names among ``names``, all of one
    surname: a full name is a person's when its first word is a given name or some name of the
    surname has a title or evidence after it; names that agree join one person, who takes the
    longest."""
    personal = False
    for start, end, _, (_, title, _, _, _, _, _, _, org) in names:
        if not org and (title is not None or _title_before(masked, start) is not None
                        or _evidence_after(masked, end, start)):
            personal = True
            break
    by_surname: dict[str, list[Entity]] = {}
    people: list[Entity] = []
    for _, _, _, (tokens, _, _, _, name, surname, _, given, org) in names:
        if len(tokens) < 2 or org or not (given or personal):
            continue
        ent = _match_full(tokens, name, surname, by_surname)
        if ent is None:
            ent = Entity(name, "person")
            by_surname.setdefault(surname, []).append(ent)
            people.append(ent)
        elif len(tokens) > len(ent.tokens):
            ent.name = name
    return people


def resolvable_pronoun(pronoun: str) -> bool:
    """Whether :meth:`EntityTracker.resolve_pronoun` may find an entity for ``pronoun``."""
    p = pronoun.lower()
    return p in PERSON_PRONOUNS or p in _GROUP_PRONOUNS


_NAME_SEPARATORS: Final = " \u00a0-"


def _is_run_char(c: str) -> bool:
    """Whether ``c`` may be part of a word of a capitalised run (``[\\w’'.-]``)."""
    return c.isalnum() or c in "_’'.-"


def _may_end_longer_name(masked: str, lower: str, words: list[str]) -> bool:
    """Whether a name read from ``masked`` may end with ``words`` (bare) after one word more.

    Such a name's words after its first follow a space (or a particle's hyphen) in a run of
    capitalised words; each word before the last is spelled as in ``words`` (suffixes such as
    "Jr." aside), and the word before them is no title (a title ends the name before it). So
    some occurrence of the last word, capitalised, after a space, must be preceded so. ``lower``
    is ``masked`` in lower case with ’ read as '; when that changes any length, or the last word
    is not ASCII, the answer is yes.
    """
    surname = words[-1]
    if any(w in _ORG_WORDS for w in words):
        return False  # a person's name holds no organisation or place word
    if not surname.isascii() or len(lower) != len(masked):
        return True
    if len(words) == 1 and _written_surname_first(masked, lower, surname):
        return True  # "Ban Ki-moon" for "Ban"
    joined = surname.startswith(("al-", "el-")) or surname in NAME_PARTICLES  # may be written in lower case
    for separator in _NAME_SEPARATORS:
        i = lower.find(separator + surname)
        while i >= 0:
            start = i + 1
            if (joined or "A" <= masked[start] <= "Z") and not _is_acronym_at(masked, start, surname) and (
                    _preceded_by_name(masked, start, words[:-1])):
                return True
            i = lower.find(separator + surname, start)
    return False


def _opens_run(masked: str, pos: int) -> bool:
    """Whether the word at ``pos`` surely opens its run of capitalised words (a word glued on
    there, such as "The", is no part of a name): no word of a run comes before it."""
    i = pos
    while i > 0 and masked[i - 1] in _NAME_SEPARATORS:
        i -= 1
    if i == pos:
        return True
    if "-" in masked[i:pos]:
        return False
    j = i
    while j > 0 and _is_run_char(masked[j - 1]):
        j -= 1
    chunk = masked[j:i]
    if not chunk:
        return True
    if "a" <= chunk[0] <= "z":
        return chunk.split("-")[0] not in NAME_PARTICLES
    return not any("A" <= c <= "Z" for c in chunk)


def _is_acronym_at(masked: str, start: int, word: str) -> bool:
    """Whether ``word`` (bare) is written at ``start`` as an acronym ("OECD"), which makes a name
    holding it an organisation's."""
    return len(word) > 2 and word not in _SUFFIXES and masked[start:start + len(word)].isupper()


def _preceded_by_name(masked: str, pos: int, words: list[str]) -> bool:
    """Whether the run words before ``pos`` are ``words`` (bare, suffixes skipped) and then one
    more word that is no title; yes when a hyphen separates words (particles read otherwise)."""
    wanted = list(words)
    while True:
        i = pos
        while i > 0 and masked[i - 1] in _NAME_SEPARATORS:
            i -= 1
        if i == pos:
            return False  # no separator: the first word of its run
        if "-" in masked[i:pos]:
            return True
        j = i
        while j > 0 and _is_run_char(masked[j - 1]):
            j -= 1
        if j == i:
            return False
        word = _bare(masked[j:i])
        pos = j
        if word in _SUFFIXES:
            continue
        if not wanted:
            return _may_open_name(masked[j:i]) and not (word in _LEADING_STOP and _opens_run(masked, j))
        if word != wanted.pop():
            return False


def _may_open_name(chunk: str) -> bool:
    """Whether the word ``chunk`` may be part of a person's name before the words after it: not
    when it is written in lower case (outside a run of capitalised words, unless a particle such
    as "al-") or holds no capital, is a title or a possessive owner ("Japan's"), an organisation or
    place word, or an acronym."""
    first = chunk[0]
    if "a" <= first <= "z":
        return chunk.split("-")[0] in NAME_PARTICLES
    if not any("A" <= c <= "Z" for c in chunk):
        return False  # "47.3%.", "2004."
    word = _bare(chunk)
    if word in PERSON_TITLES or _is_possessive(chunk):
        return False
    return not ("A" <= first <= "Z" and (word in _ORG_WORDS or (
        chunk.isupper() and len(chunk.rstrip(".")) > 2 and word not in _SUFFIXES)))


def person_names(text: str, start: int, end: int) -> list[tuple[int, str, str | None]]:
    """Likely person names in ``text[start:end]``: (end offset, name, gender).

    >>> [n for _, n, _ in person_names("Later Sen. Hope Hicks met Bear Stearns.", 0, 38)]
    ['Hope Hicks']
    """
    tracker = EntityTracker.for_article(text[:end])
    out = []
    for m in name_mentions(text[:end]):
        if m.start < start or len(m.tokens) < 2:
            continue
        ent = next((e for e in tracker.entities if any(p == m.start for p, _, _ in e.events)), None)
        if ent is not None and ent.kind == "person":
            out.append((m.end, m.name, ent.gender))
    return out
