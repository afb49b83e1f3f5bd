"""Resolve speaker mentions ("he", "Abdel Rahman", "Mr. Trump") to the last compatible full name.

A tiny, rule-based tracker: names are registered in reading order; a pronoun goes to the last
person of compatible gender (unknown gender is compatible), a surname to the last full name that
ends with it, "it" to the last organisation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_MALE_TITLES = frozenset("mr mr. sir lord king prince".split())
_FEMALE_TITLES = frozenset("mrs mrs. ms ms. miss lady dame queen princess".split())
_MALE_PRONOUNS = frozenset("he him his himself".split())
_FEMALE_PRONOUNS = frozenset("she her hers herself".split())
_TITLE_PREFIX = re.compile(
    r"^(?:(?:mr|mrs|ms|dr|sen|rep|gov|gen|lt|col|capt|prof|rev)\.?|president|senator|governor|"
    r"secretary|minister|mayor|judge|justice|chairman|speaker|sir|lady|lord)\s+",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Entity:
    """One named speaker seen so far."""

    name: str
    kind: str  # "person" or "group"
    gender: str | None = None
    type: str = "unknown"
    role: str | None = None


@dataclass(slots=True)
class EntityTracker:
    """Names seen so far in one article, most recent last."""

    entities: list[Entity] = field(default_factory=list)

    def add(self, name: str, *, kind: str, speaker_type: str = "unknown",
            gender: str | None = None, role: str | None = None) -> Entity:
        """Register ``name`` (moving it to most recent); return its entity."""
        key = name.lower()
        for i, ent in enumerate(self.entities):
            if ent.name.lower() == key:
                del self.entities[i]
                ent.gender = ent.gender or gender
                ent.role = ent.role or role
                self.entities.append(ent)
                return ent
        ent = Entity(name, kind, gender, speaker_type, role)
        self.entities.append(ent)
        return ent

    def resolve_pronoun(self, pronoun: str) -> Entity | None:
        """Last entity compatible with ``pronoun`` (he/she: persons, they/it: groups or persons)."""
        p = pronoun.lower()
        if p in _MALE_PRONOUNS or p in _FEMALE_PRONOUNS:
            gender = "m" if p in _MALE_PRONOUNS else "f"
            for ent in reversed(self.entities):
                if ent.kind == "person" and ent.gender in (None, gender):
                    ent.gender = gender
                    return ent
            return None
        if p in ("it", "they", "we"):
            for ent in reversed(self.entities):
                if ent.kind == "group":
                    return ent
        return None

    def resolve_name(self, name: str) -> Entity | None:
        """Last full name that ends with ``name`` (titles ignored) and is longer than it."""
        bare = _TITLE_PREFIX.sub("", name.strip()).lower()
        if not bare:
            return None
        for ent in reversed(self.entities):
            full = ent.name.lower()
            if full != bare and (full.endswith(" " + bare) or full.startswith(bare + " ")):
                return ent
        return None


_NAME = re.compile(
    r"(?:\b(?P<title>Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov|Sir|Lady|President|Senator|Governor)\.?\s+)?"
    r"\b(?P<name>[A-Z][a-z’'-]+(?:\s+(?:[A-Z][a-z’'-]+|al-[A-Z][a-z]+|bin|de|van|von)){0,3}\s+[A-Z][a-z’'-]+)\b"
)
_NOT_FIRST = frozenset("""
The A An In On At But And Or If As So New United North South East West Los Las San Santa Fort
Saint Great Supreme Democratic Republican Islamic Human Middle Prime Vice White Red Green Black
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
July August September October November December This That These Those When While After Before
""".split())
_ORG_WORDS = re.compile(
    r"\b(?:Observatory|Ministry|Department|News|TV|Agency|Party|Committee|Council|Group|House|"
    r"Association|Institute|Post|Times|Journal|Office|Campaign|Court|Army|Forces|Government|"
    r"Commission|Foundation|Union|Street|Center|Centre|Square|University|College|School|Rights|"
    r"Nations|States|Kingdom|Republic|Province|City|County|State|Press|Network|Company|Bank)\b"
)


def person_names(text: str, start: int, end: int) -> list[tuple[int, str, str | None]]:
    """Likely person names in ``text[start:end]``: (end offset, name, gender from a title)."""
    out: list[tuple[int, str, str | None]] = []
    for m in _NAME.finditer(text, start, end):
        name = m.group("name")
        if name.split()[0] in _NOT_FIRST or _ORG_WORDS.search(name):
            continue
        out.append((m.end(), name, gender_of_title(m.group("title") or "")))
    return out


def gender_of_title(words: str) -> str | None:
    """'m' / 'f' from a courtesy title in ``words`` ("Mrs. Clinton"), else ``None``."""
    for w in words.lower().split():
        if w in _MALE_TITLES:
            return "m"
        if w in _FEMALE_TITLES:
            return "f"
    return None
