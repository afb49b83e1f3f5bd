"""The actor list: who speaks in the news and what kind of voice each is.

A researcher edits a YAML file (format in ``docs/actors.md``; the shipped default is
:data:`analysis.config.DEFAULT_ACTORS`): named actors with glob patterns and a type, generic role
fallbacks ("minister" → government, "analyst" → expert), the words of a representative who takes
the type of the body spoken for ("a Vodafone spokesman" → organisation), and the story's home
country, which decides whether a government role is ``government`` or ``foreign_government``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

import yaml  # type: ignore[import-untyped]

from analysis.config import DEFAULT_ACTORS
from analysis.coref import (
    CALENDAR_NAMES,
    NAME_PARTICLES,
    PERSON_ROLES,
    PERSON_TITLES,
    article_vocabulary,
    given_names,
    is_org_name,
)
from analysis.errors import ConfigError
from analysis.models import SPEAKER_TYPES
from analysis.native import by_fields
from analysis.speakers import COURTESY_TITLES
from analysis.yaml_parse import safe_parse

ACTOR_TYPES: Final[tuple[str, ...]] = tuple(t for t in SPEAKER_TYPES if t != "narrator")
_DETERMINERS: Final = re.compile(
    r"^(?:the|a|an|another|one|some|several|two|three|four|many|most|other|its|his|her|their|our)\s+(?!(?:in|of)\s)",
    re.IGNORECASE,
)


_WORD_START: Final = r"(?<![\w])"
# A word of a representative's body ("U.S.", "AT&T", "Blair's"), and its possessive ending.
_BODY_WORD: Final = re.compile(r"\w[\w.&'’-]*")
_POSSESSIVE: Final = re.compile(r"['’]s?$")
# No part of a body: articles, prepositions, and words of a representative's rank.
_NOT_BODY: Final = frozenset("""a an the for of at to from with its his her their our this that and
official chief senior deputy principal press""".split())
# A relative clause given as the role that tells what someone did ("Jane Roe, who lives near the
# capital", "who managed the 2008 campaign"): no type of who they are. One that says what they are
# or hold ("who is executive director of ...", "who chairs the committee") types them.
_RELATIVE: Final = (r"(?:(?:who|which|that)\s+(?!(?:is|was|are|were|has\s+been|had\s+been|serves|served|"
             r"heads|headed|chairs|chaired|leads|led)\b)|whom\s|whose\s)")
_RELATIVE_ROLE: Final = re.compile(r"\s*" + _RELATIVE, re.IGNORECASE)
# A relative clause of what they did after the role ("owner of the Mavericks | who rebuffed pleas
# to run for president"): no part of what types them.
_RELATIVE_AFTER_ROLE: Final = re.compile(r",?\s+" + _RELATIVE, re.IGNORECASE)
# A body opening with one of these is a person ("Mr Blair's spokesman").
_PERSON_TITLES: Final = frozenset("mr mrs ms miss dr sir lord lady dame".split())
_WORD_END: Final = r"(?![\w'’])"


def _glob_units(pattern: str) -> list[str]:
    """The regex of each element of a glob: ``*`` any letters, ``?`` one letter, a run of spaces,
    any apostrophe, or a character as written."""
    out: list[str] = []
    for ch in pattern.strip():
        if ch == "*":
            out.append(r"[\w'’.-]*")
        elif ch == "?":
            out.append(r"\w")
        elif ch in "'’":
            out.append("['’]")
        elif ch.isspace():
            if not out or out[-1] != r"\s+":
                out.append(r"\s+")
        else:
            out.append(re.escape(ch))
    return out


def glob_regex(pattern: str) -> str:
    """Regex source of a glob: ``*`` any letters, ``?`` one letter, whole words, any apostrophe."""
    return _WORD_START + "".join(_glob_units(pattern)) + _WORD_END


def _compile(patterns: tuple[str, ...]) -> re.Pattern[str]:
    # An acronym written in capitals ("IS") matches only in capitals: "is" is a verb.
    parts = [f"(?:{glob_regex(p)})" if not _is_acronym(p) else f"(?-i:{glob_regex(p)})" for p in patterns]
    return re.compile("|".join(parts), re.IGNORECASE)


def _compile_any(patterns: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern that matches somewhere in a text exactly when one of ``patterns`` does.

    Every glob starts at a word start, checked once before the alternatives. The alternatives
    share their leading elements ("state media", "state tv" read "state" once), so at each place
    of a text only the globs that begin with its letter are followed further. Which glob matches
    can differ from :func:`_compile`'s where two globs match at one place ("Saudi", "Saudi
    Arabia"), so this answers "any?", and "where?" only for lists where no two globs match at one
    place (the representatives: "spokesman", "head of", "director general of").
    """
    plain = [_glob_units(p) + [_WORD_END] for p in patterns if not _is_acronym(p)]
    acronyms = [_glob_units(p) + [_WORD_END] for p in patterns if _is_acronym(p)]
    alternatives = [_shared_prefix_regex(plain)] if plain else []
    if acronyms:
        alternatives.append(f"(?-i:{_shared_prefix_regex(acronyms)})")
    return re.compile(_WORD_START + "(?:" + "|".join(alternatives) + ")", re.IGNORECASE)


def _shared_prefix_regex(sequences: list[list[str]]) -> str:
    """One regex matching what the concatenation of any of ``sequences`` (regex elements) does,
    with the sequences that begin alike sharing that beginning."""
    following: dict[str, list[list[str]]] = {}
    ends = False
    for units in sequences:
        if units:
            following.setdefault(units[0], []).append(units[1:])
        else:
            ends = True
    alternatives = [unit + _shared_prefix_regex(rest) for unit, rest in following.items()]
    if ends:
        alternatives.append("")
    if len(alternatives) == 1:
        return alternatives[0]
    return "(?:" + "|".join(alternatives) + ")"


def _is_acronym(pattern: str) -> bool:
    return pattern.isalpha() and pattern.isupper() and len(pattern) <= 3


@lru_cache(maxsize=256)
def _written_as_name(word: str, text: str) -> bool:
    """Whether ``text`` writes the capitalised ``word`` as a body's name: after a word in lower
    case ("shares in Yukos"), not before another capitalised word or a representative's word
    ("the Health Secretary"), and never after a given name or a title ("Rick Snyder": a person's
    surname)."""
    named = False
    pattern = _name_use(word)
    at = text.find(word)
    while at >= 0:
        # the word before this place, read as the pattern reads it from wherever it may start
        gap = at
        while gap > 0 and text[gap - 1].isspace():
            gap -= 1
        start = gap
        while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "."):
            start -= 1
        for place in range(start, gap):
            m = pattern.match(text, place)
            if m is not None and m.end() > at:
                before = m.group(1)
                if before[0].isupper():
                    if before.lower().rstrip(".") in given_names() or before.lower().rstrip(".") in PERSON_TITLES:
                        return False
                else:
                    named = True
                break
        at = text.find(word, at + 1)
    return named


@lru_cache(maxsize=1024)
def _name_use(word: str) -> re.Pattern[str]:
    return re.compile(rf"\b([a-z]+|[A-Z][a-z]*\.?)\s+{re.escape(word)}\b(?!\s+[A-Z]|\s+spokes)")


def tidy_label(name: str) -> str:
    """A generic label in one spelling: no leading article, and lower case when it is a common
    noun phrase capitalised only because it opened a sentence ("Activists" -> "activists")."""
    clean = _DETERMINERS.sub("", name.strip()) or name.strip()
    words = clean.split()
    if words and words[0][:1].isupper() and words[0][1:].islower() and all(
            w.islower() for w in words[1:]):
        return clean[:1].lower() + clean[1:]
    return clean


def _own_capital(name: str, label: str, context: str) -> str:
    """``label``, the :func:`tidy_label` of ``name``, with the capital of its first word back when
    that word is a name in the article (``context``): an owner's ("Clinton's campaign"), or one
    the article writes capitalised within a sentence ("told Politico", "the Labour benches") and
    never in lower case, as no word capitalised only to open a sentence is."""
    clean = _DETERMINERS.sub("", name.strip()) or name.strip()
    if clean[:1].lower() + clean[1:] != label:
        return label
    first = clean.split(None, 1)[0]
    core = _POSSESSIVE.sub("", first)
    if core.lower() in CALENDAR_NAMES:
        return label  # "Wednesday's statement", "Sunday survey": a day, no owner
    if core != first or (core.lower() not in article_vocabulary(context) and _written_as_name(core, context)):
        return clean
    return label


def _typing_role(role: str | None) -> str | None:
    """``role`` as far as it may type its speaker: ``None`` for a relative clause of what they
    did, and the role before such a clause."""
    if not role:
        return role
    if _RELATIVE_ROLE.match(role):
        return None
    after = _RELATIVE_AFTER_ROLE.search(role)
    return role[:after.start()] if after is not None else role


def _named_after_article(label: str, mention: str | None) -> bool:
    """Whether ``mention`` writes ``label`` capitalised after an article ("the Treasury", "The
    Pentagon"): there the capital is the name's own, not the one opening a sentence."""
    if not mention or not label[:1].isupper():
        return False
    opening = _DETERMINERS.match(mention.strip())
    return opening is not None and mention.strip()[opening.end():].startswith(label)


@dataclass(frozen=True, slots=True)
class Actor:
    """A named actor: canonical ``name``, ``type``, the glob patterns that name it, and the
    ``generic`` labels ("militants") that stand for it only in an article that has named it."""

    name: str
    type: str
    patterns: tuple[str, ...]
    line: int | None = None
    generic: tuple[str, ...] = ()

    @property
    def regex(self) -> re.Pattern[str]:
        return _compiled(self.patterns)

    @property
    def generic_regex(self) -> re.Pattern[str] | None:
        return _compiled(self.generic) if self.generic else None

    def named_in(self, text: str) -> bool:
        """True when ``text`` names the actor by one of its own ``patterns`` (not a generic label)."""
        return self.regex.search(text) is not None

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return by_fields(self)  # compiled, it pickles through its constructor


@dataclass(frozen=True, slots=True)
class RoleRule:
    """A generic fallback: any speaker whose role or name matches ``patterns`` has ``type``."""

    type: str
    patterns: tuple[str, ...]
    line: int | None = None

    @property
    def regex(self) -> re.Pattern[str]:
        return _compiled(self.patterns)

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return by_fields(self)  # compiled, it pickles through its constructor


@lru_cache(maxsize=512)
def _compiled(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return _compile(patterns)


@dataclass(frozen=True, slots=True)
class ActorList:
    """Named actors, role fallbacks and country words, as loaded from one YAML file."""

    actors: tuple[Actor, ...]
    roles: tuple[RoleRule, ...]
    home: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    path: str | None = None
    representatives: tuple[str, ...] = ()
    """Words for one who speaks for a body ("spokesman"): see :meth:`_Matcher.representative_type`."""

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return by_fields(self)  # compiled, it pickles through its constructor

    def find_actor(self, text: str | None, *, preceding: str | None = None) -> Actor | None:
        """The named actor whose pattern matches ``text``; the longest match wins.

        An actor's ``generic`` labels count only when ``preceding`` (the article before the
        mention) names that actor: "the militants" is ISIS after ISIS was named, and stays a
        generic label otherwise.

        >>> isis = parse_actors("actors: [{name: ISIS, type: militant, patterns: [isis], "
        ...                     "generic: [militants]}]")
        >>> [getattr(isis.find_actor("militants", preceding=p), "name", None) for p in ("ISIS fled.", "")]
        ['ISIS', None]
        """
        if not text:
            return None
        matcher = _matcher(self)
        best = matcher.named(text)
        if best is None and preceding:
            best_len = 0
            for actor, length in matcher.generic_hits(text):
                if length > best_len and actor.named_in(preceding):
                    best, best_len = actor, length
        return best

    def has_role(self, kind: str, text: str) -> bool:
        """Whether a role rule of type ``kind`` matches somewhere in ``text``."""
        return _matcher(self).has_role(kind, text)

    def role_type(self, text: str | None) -> str | None:
        """Type given by the first role rule matching ``text``, or ``None``."""
        if not text:
            return None
        return _matcher(self).role_type(text)

    def is_foreign(self, text: str | None, *, context: str | None = None) -> bool:
        """True when ``text`` names a country other than the home one.

        With ``context`` (the article), only when the article mentions the home country at all:
        a story set elsewhere has no "foreign" government.
        """
        if not text or not self.countries:
            return False
        if context is not None and not _mentions(self.home, context):
            return False
        return _matcher(self).is_foreign(text)

    def is_country(self, word: str) -> bool:
        """Whether ``word`` is one of the list's country words, the home country's or another's."""
        country = _matcher(self).country
        return country is not None and country.fullmatch(word) is not None

    def classify(self, name: str, role: str | None = None, mention: str | None = None, *,
                 context: str | None = None, preceding: str | None = None) -> tuple[str, str]:
        """Canonical speaker name and type.

        A named actor matching the name (else the mention) gives its own name and type (its
        ``generic`` labels count only where ``preceding``, the article before the mention, names
        it: see :meth:`find_actor`); otherwise the
        first role rule matching the role, name or mention gives the type and the name is kept as
        written (without a leading article). Government roles qualified by a foreign country word
        become ``foreign_government``.

        >>> load_actors().classify("Bashar Assad", "Syrian president")
        ('Bashar Assad', 'government')
        """
        canonical, kind, by_role, generic = _matcher(self).classified(name, role, mention)
        if generic and preceding:
            return self._classify(name, role, mention, context=context, preceding=preceding)
        if context is not None and canonical[:1].islower():
            canonical = _own_capital(name, canonical, context)
        if kind in _OPENING_BODY_TYPES and context is not None and self._opening_body_named(role, mention, context):
            return canonical, "organisation"
        if kind in _CLUB_ROLE_TYPES and context is not None and _runs_a_team(role, mention, context) and sports_story(context):
            return canonical, "sport"  # "Chelsea boss Jose Mourinho", "Liverpool manager Rafael Benitez"
        if kind == "culture" and context is not None and _star_of_a_game(role, mention) and sports_story(context):
            return canonical, "sport"  # "Barcelona star Ronaldinho": a star of the game in a sports story
        if by_role and kind == "government" and (
            self.is_foreign(role, context=context) or self.is_foreign(mention or name, context=context)
        ):
            kind = "foreign_government"
        return canonical, kind

    def _opening_body_named(self, role: str | None, mention: str | None, context: str) -> bool:
        """Whether the capitalised word opening ``role`` or ``mention`` before a representative's
        word ("Yukos spokesman") is a body's name: the article (``context``) never writes it in
        lower case, so its capital is no sentence's ("Pensions spokeswoman" is no name where the
        article writes "pensions")."""
        matcher = _matcher(self)
        word = matcher.opening_body(role) or matcher.opening_body(mention)
        return word is not None and word.lower() not in article_vocabulary(context) and _written_as_name(word, context)

    def _classify(self, name: str, role: str | None, mention: str | None, *,
                  context: str | None, preceding: str | None) -> tuple[str, str]:
        """:meth:`classify`, every step asked afresh."""
        for text in (name, mention):
            actor = self.find_actor(text, preceding=preceding)
            if actor is not None:
                return actor.name, actor.type
        clean = _DETERMINERS.sub("", name.strip()) or name.strip()
        role = _typing_role(role)
        kind = _matcher(self).representative_type(name, role, mention)
        if kind is not None:
            if kind == "government" and (
                self.is_foreign(role, context=context) or self.is_foreign(mention or name, context=context)
            ):
                kind = "foreign_government"
            return clean, kind
        for text in (role, name, mention):
            kind = self.role_type(text)
            if kind is not None:
                if text is not role and not _matcher(self).names_party(clean):
                    clean = _matcher(self).generic_label(clean, mention)
                if kind == "government" and (
                    self.is_foreign(role, context=context) or self.is_foreign(mention or name, context=context)
                ):
                    kind = "foreign_government"
                return clean, kind
        if role is None and _matcher(self).is_country_alone(clean):
            return clean, "foreign_government" if self.is_foreign(clean, context=context) else "government"
        return clean, "unknown"


def _in_other_name(text: str, start: int, end: int, actor: Actor) -> bool:
    """Whether the match ``start``-``end`` of ``actor``'s pattern in ``text`` is part of another
    name: a capitalised word that is no title, role, initial or word of the actor's own patterns
    joins it before ("Maher al-Assad", "Asma al-Assad" for the pattern "assad") or after ("Assad
    Omar", "FIX IS IN" for "IS"); "President Assad", "Mr Assad", "Vladimir V. Putin" and "the Assad
    regime" are the actor's."""
    before = text[:start].split()
    while before and (before[-1].lower().rstrip("-") in NAME_PARTICLES or before[-1].lower() in ("al-", "el-")
                      or len(before[-1].rstrip(".")) == 1):
        before.pop()  # "al-" of "al-Assad", "bin" of "bin Laden", "V." of "Vladimir V. Putin"
    after = text[end:].split()
    for word in before[-1:] + after[:1]:
        bare = word.strip(".,;:'’").lower()
        if (word[:1].isupper() and bare.isalpha() and bare not in PERSON_TITLES and bare not in PERSON_ROLES
                and bare not in _pattern_words(actor.patterns)):
            return True
    return False


@lru_cache(maxsize=256)
def _pattern_words(patterns: tuple[str, ...]) -> frozenset[str]:
    """The words of an actor's patterns, in lower case ("vladimir", "putin", "kremlin")."""
    return frozenset(w for p in patterns for w in p.lower().split())


def personal_name(text: str) -> bool:
    """Whether ``text`` is written as a person's name: two or more capitalised words, the first a
    given name or a courtesy title, and no word of a body's or a place's ("Mark Singer", "Mr. Band";
    not "Lord Falconer", "Critics", "Preston City Council" or "Jane Roe QC")."""
    words = text.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    if any(w.isupper() and len(w.rstrip(".")) > 1 for w in words[1:]):
        return False  # letters after a name are its role ("Jane Roe QC", "Frank Field MP")
    first = words[0].lower()
    return (first in COURTESY_TITLES or first in given_names()) and not is_org_name(words)


def _runs_a_team(role: str | None, mention: str | None, context: str) -> bool:
    """Whether the role (else the mention) ends in a word for who runs a team ("Arsenal manager",
    "Chelsea boss"), after a club's name, a possessive or a word for a team's ("team manager",
    "caretaker boss"), which names a firm's as well ("fund manager", "the bank's boss"); a capital
    the article (``context``) writes in lower case, and never as a name after a word in lower case,
    opens a sentence ("Fund manager"), where "for Arsenal" makes "Arsenal manager" a club's."""
    for text in (role, mention):
        words = text.split() if text else []
        if words:
            if words[-1].lower() not in _TEAM_RUNNERS:
                return False
            before = words[-2] if len(words) > 1 else ""
            named = before[:1].isupper() and (
                before.lower() not in article_vocabulary(context) or _written_as_name(before, context))
            return not before or named or before.endswith(("'s", "’s", "'", "’")) or before in _TEAM_QUALIFIERS
    return False


def _star_of_a_game(role: str | None, mention: str | None) -> bool:
    """Whether the role, else the mention, ends in "star" with no art's word before it: in a
    sports story "Barcelona star" and "the Chelsea stars" play, "R&B star" and "reggae star" sing."""
    words = _last_words(role, mention)
    return bool(words) and words[-1] in _GAME_STARS and not (len(words) > 1 and words[-2] in _ART_GENRES)


def _last_words(role: str | None, mention: str | None) -> list[str]:
    """The words of the role, else of the mention, in lower case."""
    for text in (role, mention):
        if text and text.strip():
            return text.lower().split()
    return []


def sports_story(text: str, words: int = 3) -> bool:
    """Whether ``text`` reads as a sports story: it uses at least ``words`` of the words of a game
    (league, striker, medal, ...). In one of three, managers and bosses run teams; one of
    :data:`ALL_ABOUT_SPORT` is about little else, and the people it names play, coach or referee.
    A word counts written whole, alone or in a hyphenated word ("pre-season", "kick-off"), in
    any case."""
    return _sport_words(text) >= words


@lru_cache(maxsize=64)
def _sport_words(text: str) -> int:
    """How many of the words of a game ``text`` uses (see :func:`sports_story`), counted once per
    text however many of its speakers ask."""
    low = text.lower()
    found = 0
    for form in _SPORT_FORMS:
        if form in low and _whole_word_in(low, form):
            found += 1
    return found + ("slam" in low and _GRAND_SLAM.search(low) is not None)


def _whole_word_in(low: str, word: str) -> bool:
    """Whether ``word`` is in ``low`` as a whole word: no letter, digit or "_" on either side
    (a hyphen is a side: "pre-season" holds "season")."""
    size = len(low)
    at = low.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not _word_char(low[at - 1])) and (end == size or not _word_char(low[end])):
            return True
        at = low.find(word, at + 1)
    return False


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


ALL_ABOUT_SPORT: Final = 5
"""The words of a game that make a story one about little else: five (three make a story of
politics or business with "goals", "players" and "season" one about sport as often as not)."""


# Who runs a team, and the types their word alone gets without a sports story around it.
_TEAM_RUNNERS: Final = frozenset({"manager", "managers", "boss", "bosses"})
# Words before "manager" or "boss" that leave it a team's ("the team manager"); any other word in
# lower case makes it another's ("fund manager", "warehouse manager").
_TEAM_QUALIFIERS: Final = frozenset({"the", "a", "his", "her", "their", "its", "team", "club", "assistant", "caretaker",
                              "interim", "former", "new", "national", "international", "football", "rugby", "first-team"})
# A culture word that in a sports story names who plays ("Barcelona star", "the Arsenal stars").
_GAME_STARS: Final = frozenset({"star", "stars", "superstar", "superstars", "co-star", "co-stars"})
_ART_GENRES: Final = frozenset({"pop", "rock", "r&b", "reggae", "rap", "hip-hop", "soul", "jazz", "country", "folk",
                         "film", "movie", "hollywood", "bollywood", "screen", "stage", "tv", "television",
                         "soap", "reality", "comedy", "music", "musical", "broadway", "opera", "indie"})
_CLUB_ROLE_TYPES: Final = frozenset({"organisation", "unknown"})
_SPORT_FORMS: Final[tuple[str, ...]] = tuple(
    """league premiership cup fixture fixtures striker strikers midfielder midfielders defender defenders
    goalkeeper goal goals penalty penalties referee kick-off squad tournament championship championships
    semi-final semi-finals quarter-final matches match season stadium team-mate team-mates relegation
    promotion transfer scored football rugby tennis cricket athletics olympic olympics players champion
    champions medal medals medallist medallists seeded coach coaches sprinter sprinters athlete athletes
    finals indoor injury captain""".split())
_GRAND_SLAM: Final = re.compile(r"\bgrand\s+slam\b")


def _is_demonym(word: str) -> bool:
    """Whether a country word is an adjective of nationality ("American", "Russian", "Chinese",
    "British", "Israeli"), which as a speaker names a person, not the state."""
    return word.lower().endswith(_DEMONYM_ENDINGS)


# The types a representative's word alone gives ("spokesman": government) or leaves (a "chairman"
# of no body: unknown), which a body's name opening the role makes the body's: "Yukos spokesman",
# "Wada chairman" speak for an organisation.
_OPENING_BODY_TYPES: Final = frozenset({"government", "unknown"})
_DEMONYM_ENDINGS: Final = ("ian", "ean", "ese", "ish", "ch", "i", "ican", "man", "ghan", "ban", "ns")
# The words of the party rule that are common nouns, not a party's name ("Party leaders said").
_PARTY_NOUNS: Final = frozenset({"party", "parties"})
_CACHE_SIZE: Final = 1 << 16
# What a table of answers gives for a text not asked yet (an answer may be ``None``).
_UNKNOWN: Final[Any] = object()


# The poll or survey people were asked in, after them: it says who asked, not who they are.
_POLL_ASKED_IN: Final = re.compile(r"\s+(?:in|for|by)\s+(?:a|an|the)\s+(?:[\w’'.&-]+\s+){0,5}?(?:poll|survey)s?\b.*$",
                            re.IGNORECASE | re.DOTALL)


class _Matcher:
    """The patterns of one :class:`ActorList`, compiled once, with answers kept per text.

    Names, roles and mentions recur across an article and a corpus; what is asked of them here
    depends on the text alone. One pattern of every actor (or every role) answers "does any
    match?" in one scan, so a text that names none costs no loop over the list.
    """

    def __init__(self, actors: ActorList) -> None:
        self.actors = actors.actors
        every = tuple(p for actor in actors.actors for p in actor.patterns)
        self.actor_any = _compile_any(every) if every else None
        self.generic = tuple((a, _compiled(a.generic)) for a in actors.actors if a.generic)
        generic = tuple(p for actor in actors.actors for p in actor.generic)
        self.generic_any = _compiled_any(generic) if generic else None
        self.roles = tuple((rule.type, _compiled_any(rule.patterns)) for rule in actors.roles)
        roles = tuple(p for rule in actors.roles for p in rule.patterns)
        self.role_any = _compiled_any(roles) if roles else None
        home = {h.lower() for h in actors.home}
        foreign = tuple(c for c in actors.countries if c.lower() not in home)
        self.foreign = _compiled_any(foreign) if foreign else None
        self._named: dict[str, Actor | None] = {}
        self._generic: dict[str, tuple[tuple[Actor, int], ...]] = {}
        self._classified: dict[tuple[str, str | None, str | None], tuple[str, str, bool, bool]] = {}
        self._role: dict[str, str | None] = {}
        self._foreign: dict[str, bool] = {}
        self.representative = _compiled_any(actors.representatives) if actors.representatives else None
        countries = tuple(actors.countries) + tuple(actors.home)
        self.country = _compiled_any(countries) if countries else None

    def is_country_alone(self, label: str) -> bool:
        """Whether ``label`` is a country word and nothing else, not an adjective of nationality:
        "The US said", "Moscow said" speak by the country's government ("the American said" is a
        person)."""
        return self.country is not None and self.country.fullmatch(label) is not None and not _is_demonym(label)

    def forget_answers(self) -> None:
        """Empty the answers kept per text; the compiled patterns stay."""
        for answers in (self._named, self._generic, self._classified, self._role, self._foreign):
            answers.clear()

    def named(self, text: str) -> Actor | None:
        """The actor whose own pattern matches ``text`` longest (the first such on a tie)."""
        known = self._named.get(text, _UNKNOWN)
        if known is not _UNKNOWN:
            return known
        best: Actor | None = None
        if self.actor_any is not None and self.actor_any.search(text) is not None:
            best_len = 0
            for actor in self.actors:
                for m in actor.regex.finditer(text):
                    if m.end() - m.start() > best_len and not _in_other_name(text, m.start(), m.end(), actor):
                        best, best_len = actor, m.end() - m.start()
        if len(self._named) >= _CACHE_SIZE:
            self._named.clear()
        self._named[text] = best
        return best

    def classified(self, name: str, role: str | None,
                   mention: str | None) -> tuple[str, str, bool, bool]:
        """What :meth:`ActorList.classify` finds without the article: name, type, whether a role
        rule gave the type (a government one may still turn foreign, by the article), and
        whether a generic label came up before a decision (then the article decides)."""
        key = (name, role, mention)
        known = self._classified.get(key)
        if known is not None:
            return known
        found = self._classify(name, role, mention)
        if len(self._classified) >= _CACHE_SIZE:
            self._classified.clear()
        self._classified[key] = found
        return found

    def _classify(self, name: str, role: str | None, mention: str | None) -> tuple[str, str, bool, bool]:
        # A mention written as the name gets the name's answers: it is not asked again.
        texts = (name,) if mention == name else (name, mention)
        generic = False
        # Another person named in full is not an actor the rest of the mention names: "Kremlin
        # spokesman Dmitry Peskov" is Peskov, typed by his role, not Vladimir Putin.
        person = personal_name(name)
        for text in texts:
            if not text:
                continue
            actor = self.named(text) if text is name or not person else None
            if actor is not None:
                return actor.name, actor.type, False, generic
            generic = generic or bool(self.generic_hits(text))
        clean = _DETERMINERS.sub("", name.strip()) or name.strip()
        role = _typing_role(role)
        kind = self.representative_type(name, role, mention)
        if kind is not None:
            return clean, kind, kind == "government", generic
        for text in (role, *texts):
            if text is not role and text:
                if personal_name(text) or (person and set(text.split()) <= set(name.split())):
                    continue  # "Mark Singer", "Mr. Band", "Poll" of Graham Poll: a name's words are no role
                if person and name in text:  # "fund manager Paul Singer": the words around the name
                    text = " ".join(text.replace(name, " ").split())
                text = _POLL_ASKED_IN.sub("", text)  # "78 percent of voters | in a CBS News poll"
            kind = self.role_type(text) if text else None
            if kind is not None:
                if text is not role and not self.names_party(clean):
                    clean = self.generic_label(clean, mention)
                return clean, kind, True, generic
        if role is None and self.is_country_alone(clean):
            return clean, "government", True, generic
        return clean, "unknown", False, generic

    def names_party(self, label: str) -> bool:
        """Whether ``label`` opens with a party's name ("Democrats", "Tories said"), which is
        capitalised wherever it stands, so its capital is kept."""
        first = label.split(None, 1)[0] if label else ""
        return first[:1].isupper() and first.lower() not in _PARTY_NOUNS and self.role_type(first) == "party"

    def generic_label(self, clean: str, mention: str | None) -> str:
        """``clean`` (a phrase a role rule typed through its name or mention) in the one spelling
        of :func:`tidy_label`, unless its capital is the name's own: after an article in
        ``mention`` ("the Treasury") or on a country word ("American officials")."""
        label = tidy_label(clean)
        if (label and label != clean and self.role_type(label) is not None
                and not _named_after_article(clean, mention) and not self.opens_with_country(clean)):
            return label
        return clean

    def opens_with_country(self, label: str) -> bool:
        """Whether ``label`` opens with a country word, whose capital is its own ("Russia's
        defense minister")."""
        if self.country is None or not label[:1].isupper():
            return False
        first = label.split(None, 1)[0]
        return any(self.country.fullmatch(word) is not None
                   for word in (first, _POSSESSIVE.sub("", first)))

    def representative_type(self, name: str, role: str | None, mention: str | None) -> str | None:
        """The type of the body a representative speaks for ("a Vodafone spokesman", "spokeswoman
        for the firm", "a White House spokesman"), read from the role, else from the mention
        without the words of the speaker's own name; ``None`` when they name no representative,
        no body or a person's ("Mr Blair's spokesman"): the role rules then type the words.
        """
        if self.representative is None:
            return None
        own = frozenset() if self.representative.search(name) else frozenset(name.lower().split())
        for text in (role, mention):
            kind = self._body_type(text, own) if text else None
            if kind is not None:
                return kind
        return None

    def opening_body(self, text: str | None) -> str | None:
        """The one capitalised word before a representative's word at the start of ``text``
        ("Yukos spokesman"), which :meth:`_body_type` does not take for a name (it may be the
        capital opening a sentence); ``None`` when there is no such word, or it is a title, a
        country word or a word a role rule types."""
        if not text or self.representative is None or not text[:1].isupper():
            return None
        found = self.representative.search(text)
        body = text[:found.start()].split() if found is not None else []
        if len(body) != 1:
            return None
        word = body[0]
        if (not word.isalpha() or any(c.isupper() for c in word[1:]) or word.lower() in _PERSON_TITLES
                or word.lower() in _NOT_BODY or self.role_type(word) is not None
                or (self.country is not None and self.country.fullmatch(word) is not None)):
            return None
        return word

    def _body_type(self, text: str, own: frozenset[str]) -> str | None:
        """The type of the body named beside a representative in ``text`` (see
        :meth:`representative_type`), ``own`` the speaker's own words, left out.

        The body is the rest of the phrase, without articles, prepositions and words of rank
        ("chief", "official"). A role rule matching it gives its type; a country word makes it a
        government; a name that no rule types (a company, a party) an organisation. A capital
        tells a name only where it cannot be the one opening a sentence ("Pensions spokeswoman"):
        after the first word, or in an acronym ("UKIP") or a name of two capitalised words.
        """
        assert self.representative is not None
        body, found = self.representative.subn(" ", text)
        if not found:
            return None
        words = []
        for i, word in enumerate(_BODY_WORD.findall(body)):
            word = _POSSESSIVE.sub("", word)
            if word and word.lower() not in _NOT_BODY and word.lower() not in own:
                words.append((i, word))
        if not words or words[0][1].lower().rstrip(".") in _PERSON_TITLES:
            return None
        plain = " ".join(w for _, w in words)
        kind = self.role_type(plain)
        if kind is not None:
            return kind
        capitals = [(i, w) for i, w in words if w[:1].isupper()]
        if self.country is not None and self.country.search(plain) is not None and all(
                self.country.fullmatch(w) is not None for _, w in capitals):
            return "government"  # "a US spokesman"; not "head of Universal Music Germany"
        # after a representative's word opening the text ("head of Tiga"), no word opens a sentence
        opened = self.representative.match(text) is not None
        if any(opened or i > 0 or any(c.isupper() for c in w[1:]) for i, w in capitals) or len(capitals) >= 2:
            return "organisation"
        return None

    def generic_hits(self, text: str) -> tuple[tuple[Actor, int], ...]:
        """Each actor a ``generic`` label of which matches ``text``, with its longest match."""
        known = self._generic.get(text)
        if known is not None:
            return known
        hits: list[tuple[Actor, int]] = []
        if self.generic_any is not None and self.generic_any.search(text) is not None:
            for actor, regex in self.generic:
                longest = max((m.end() - m.start() for m in regex.finditer(text)), default=0)
                if longest:
                    hits.append((actor, longest))
        if len(self._generic) >= _CACHE_SIZE:
            self._generic.clear()
        self._generic[text] = found = tuple(hits)
        return found

    def role_type(self, text: str) -> str | None:
        """Type of the first role rule matching ``text``."""
        known = self._role.get(text, _UNKNOWN)
        if known is not _UNKNOWN:
            return known
        kind: str | None = None
        first = self.role_any.search(text) if self.role_any is not None else None
        if first is not None:
            # Some rule matches: the last one does when none before it does. No rule matches
            # before where the rules' joint pattern first does, so each is looked for from there.
            kind = self.roles[-1][0]
            for rule_type, regex in self.roles[:-1]:
                if regex.search(text, first.start()):
                    kind = rule_type
                    break
        if len(self._role) >= _CACHE_SIZE:
            self._role.clear()
        self._role[text] = kind
        return kind

    def has_role(self, kind: str, text: str) -> bool:
        """Whether a role rule of type ``kind`` matches somewhere in ``text`` (asked of long texts,
        so the answer is not kept)."""
        return any(rule_type == kind and regex.search(text) is not None for rule_type, regex in self.roles)

    def is_foreign(self, text: str) -> bool:
        """Whether ``text`` holds a country word other than the home country's."""
        known = self._foreign.get(text)
        if known is not None:
            return known
        found = self.foreign is not None and self.foreign.search(text) is not None
        if len(self._foreign) >= _CACHE_SIZE:
            self._foreign.clear()
        self._foreign[text] = found
        return found


# Keyed by ``id``; the entry keeps its list alive, so an id is not reused while it is cached.
_MATCHERS: Final[dict[int, tuple[ActorList, _Matcher]]] = {}


def forget_answers() -> None:
    """Empty the answers every actor list's matcher keeps per text (names, roles, mentions), as a
    first reading of new texts finds them; the patterns compiled from the lists stay."""
    for _, matcher in _MATCHERS.values():
        matcher.forget_answers()


def _matcher(actors: ActorList) -> _Matcher:
    entry = _MATCHERS.get(id(actors))
    if entry is not None and entry[0] is actors:
        return entry[1]
    if len(_MATCHERS) >= 16:
        _MATCHERS.clear()
    matcher = _Matcher(actors)
    _MATCHERS[id(actors)] = (actors, matcher)
    return matcher


@lru_cache(maxsize=64)
def _mentions(patterns: tuple[str, ...], text: str) -> bool:
    """Whether ``text`` (an article, asked about again for each of its speakers) matches."""
    if not patterns:
        return False
    words = _plain_words(patterns)
    if words and (text.isascii() or not any(c in text for c in "\u0130\u0131\u017f\u212a")):
        # Each pattern is one word: it matches only where its letters occur, in some case.
        low = text.lower()
        if not any(w in low for w in words):
            return False
    return _compiled_any(patterns).search(text) is not None


# Letters that a case-insensitive pattern takes for ASCII ones but ``str.lower`` does not fold so.
_FOLDING: Final = re.compile("[\u0130\u0131\u017f\u212a]")


@lru_cache(maxsize=64)
def _plain_words(patterns: tuple[str, ...]) -> tuple[str, ...] | None:
    """The patterns in lower case when each is a single word of ASCII letters (no glob, no
    space): the only letters a case-insensitive match takes for those are themselves and
    :data:`_FOLDING`'s."""
    if all(p.strip().isascii() and p.strip().isalpha() for p in patterns):
        return tuple(p.strip().lower() for p in patterns)
    return None


@lru_cache(maxsize=256)
def _compiled_any(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return _compile_any(patterns)


def _line_of(node: Any) -> int | None:
    mark = getattr(node, "start_mark", None)
    return None if mark is None else mark.line + 1


def _section_nodes(root: Any, key: str) -> list[Any]:
    """The item nodes of top-level list ``key`` (for line numbers in error messages)."""
    if not isinstance(root, yaml.MappingNode):
        return []
    for k, v in root.value:
        if getattr(k, "value", None) == key and isinstance(v, yaml.SequenceNode):
            return list(v.value)
    return []


def _str_list(value: Any, *, what: str, path: str, line: int | None,
              key: str = "patterns") -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(f"{what}: '{key}' must be a non-empty list of strings", path=path, line=line)
    return tuple(str(v) for v in value)


def _check_type(kind: Any, *, what: str, path: str, line: int | None) -> str:
    if kind not in ACTOR_TYPES:
        raise ConfigError(
            f"{what}: type {kind!r} is not one of {', '.join(ACTOR_TYPES)}", path=path, line=line
        )
    return str(kind)


def parse_actors(text: str, *, path: str = "<actors>") -> ActorList:
    """Parse and validate an actor list from YAML ``text``; errors name ``path``, entry and line."""
    try:
        data, root = safe_parse(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise ConfigError(f"not valid YAML: {exc}", path=path,
                          line=None if mark is None else mark.line + 1) from exc
    if not isinstance(data, dict):
        raise ConfigError("expected a mapping with 'actors' and 'roles'", path=path, line=1)
    unknown = set(data) - {"actors", "roles", "home", "countries", "representatives"}
    if unknown:
        raise ConfigError(f"unknown top-level keys {sorted(unknown)}; expected actors, roles, home, "
                          "countries, representatives", path=path, line=1)
    actor_nodes = _section_nodes(root, "actors")
    actors: list[Actor] = []
    for i, entry in enumerate(data.get("actors") or []):
        line = _line_of(actor_nodes[i]) if i < len(actor_nodes) else None
        what = f"actors entry {i + 1}"
        if not isinstance(entry, dict):
            raise ConfigError(f"{what}: expected a mapping with name, type, patterns", path=path, line=line)
        name = entry.get("name")
        if not isinstance(name, str) or not name.strip():
            raise ConfigError(f"{what}: 'name' must be a non-empty string", path=path, line=line)
        what = f"actors entry {i + 1} ({name!r})"
        extra = set(entry) - {"name", "type", "patterns", "generic"}
        if extra:
            raise ConfigError(f"{what}: unknown keys {sorted(extra)}; expected name, type, patterns, "
                              "generic", path=path, line=line)
        kind = _check_type(entry.get("type"), what=what, path=path, line=line)
        patterns = _str_list(entry.get("patterns", [name]), what=what, path=path, line=line)
        generic: tuple[str, ...] = ()
        if "generic" in entry:
            generic = _str_list(entry["generic"], what=what, path=path, line=line, key="generic")
        actors.append(Actor(name.strip(), kind, patterns, line, generic))
    role_nodes = _section_nodes(root, "roles")
    roles: list[RoleRule] = []
    for i, entry in enumerate(data.get("roles") or []):
        line = _line_of(role_nodes[i]) if i < len(role_nodes) else None
        what = f"roles entry {i + 1}"
        if not isinstance(entry, dict):
            raise ConfigError(f"{what}: expected a mapping with type, patterns", path=path, line=line)
        kind = _check_type(entry.get("type"), what=what, path=path, line=line)
        roles.append(RoleRule(kind, _str_list(entry.get("patterns"), what=f"{what} ({kind})",
                                              path=path, line=line), line))
    words: dict[str, tuple[str, ...]] = {}
    for key in ("home", "countries", "representatives"):
        value = data.get(key) or []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"'{key}' must be a list of strings", path=path, line=1)
        words[key] = tuple(value)
    for actor in actors:
        _compiled(actor.patterns)
        if actor.generic:
            _compiled(actor.generic)
    return ActorList(tuple(actors), tuple(roles), words["home"], words["countries"], path,
                     words["representatives"])


@lru_cache(maxsize=8)
def _load_cached(path: str, mtime: float) -> ActorList:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read actor list: {exc}", path=path) from exc
    return parse_actors(text, path=path)


def load_actors(path: str | Path | None = None) -> ActorList:
    """Load and validate an actor list (default: the shipped one). Raises ConfigError if invalid."""
    p = Path(path) if path is not None else DEFAULT_ACTORS
    try:
        mtime = p.stat().st_mtime
    except OSError as exc:
        raise ConfigError(f"actor list not found: {exc}", path=str(p)) from exc
    return _load_cached(str(p), mtime)
