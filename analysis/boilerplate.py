"""Recognise boilerplate lines: credits, links and calls to action that are not the story.

Boilerplate is kept in the article (offsets stay true) but flagged, shown as boilerplate in the
report, and kept out of every measure.
"""

from __future__ import annotations

import re

_PATTERNS: tuple[str, ...] = (
    # Wire and staff credits.
    r"(?:the\s+)?(?:associated press|reuters|afp|agence france-presse|ap|cnn|bbc|fox news|sky news)"
    r"(?:\s+(?:and|&)\s+[\w .'-]+?)?\s+contributed\s+(?:to\s+)?(?:this\s+)?(?:report|story|article)",
    r"[\w .,'&-]{0,80}\s+contributed\s+(?:reporting|to\s+this\s+(?:report|story|article))(?:\s+from\s+[\w .,'-]+)?",
    r"(?:reporting|additional reporting|writing|editing)\s+by\s+[\w .,;'&-]+",
    r"this\s+(?:story|report|article)\s+(?:has\s+been|was)\s+(?:updated|corrected|edited)[^.]*",
    # Calls to action and links.
    r"click\s+(?:here\s+)?(?:for|to)\s+[^.]{0,80}",
    r"(?:follow|like)\s+(?:us|him|her|them|@\w+)\s+on\s+(?:twitter|facebook|instagram|x|threads|linkedin)[^.]{0,60}",
    r"(?:read|see|watch)\s+(?:more|also|the\s+full\s+(?:story|report))\b[^.]{0,80}",
    r"sign\s+up\s+for\s+[^.]{0,80}",
    r"(?:subscribe|download\s+our\s+app)\b[^.]{0,80}",
    r"copyright\s+(?:©\s*)?\d{4}.{0,100}",
    r"©\s*\d{4}.{0,100}",
    r"all\s+rights\s+reserved",
    r"this\s+material\s+may\s+not\s+be\s+published,\s+broadcast,\s+rewritten,?\s+or\s+redistributed",
)

_BOILERPLATE = re.compile(
    r"^\s*(?:" + "|".join(f"(?:{p})" for p in _PATTERNS) + r")\s*[.!]?\s*$",
    re.IGNORECASE,
)

_MAX_LEN = 300

# Every pattern but the credits opens the line with one of these words; the credits hold
# "contributed". A line with neither cannot match. Letters that the case-insensitive match also
# takes for ASCII ones ("ſee", "İ") leave the decision to the pattern.
_OPENINGS = (
    "reporting", "additional", "writing", "editing", "this", "click", "follow", "like", "read",
    "see", "watch", "sign", "subscribe", "download", "copyright", "©", "all",
)
_FOLDING = re.compile("[\u0130\u0131\u017f\u212a]")


def is_boilerplate(text: str) -> bool:
    """True when a whole line or paragraph is a credit, link or call to action.

    >>> is_boilerplate("The Associated Press contributed to this report.")
    True
    >>> is_boilerplate("Click for more from Sky News.")
    True
    >>> is_boilerplate("Activists said the town fell on Sunday.")
    False
    """
    stripped = text.strip()
    if not stripped or len(stripped) > _MAX_LEN:
        return False
    low = stripped.lower()
    if not low.startswith(_OPENINGS) and "contributed" not in low and (
            stripped.isascii() or _FOLDING.search(stripped) is None):
        return False
    return _BOILERPLATE.match(stripped) is not None
