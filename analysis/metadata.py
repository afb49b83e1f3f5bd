"""Tidy an article's metadata: publication dates to UTC timestamps, outlet names to one spelling.

Dates arrive in many shapes ("2016-03-27", "Mar 27, 2016", "27 March 2016", "27/03/2016 10:00",
"2016-03-27T10:00:00+02:00", "2016-03-27T08:00Z"). :func:`parse_date` reads them with explicit
formats first (ISO 8601, then a list of common news formats), then with python-dateutil only when
every part of the date is written out (a date missing its day is refused, not filled in from
today). A date without a time zone is taken as UTC; the zone abbreviations of English-language
datelines (EST, EDT, PST, GMT, BST, CET, ...) are read as their offsets, and an unknown one makes
the date unreadable rather than silently UTC. Slashed dates are read day first
(27/03/2016) unless ``day_first=False`` (03/27/2016). A bare number is refused: epoch seconds and
year-only values are too ambiguous to guess.

Outlets arrive as "CNN", "CNN (Web News)", "cnn.com", "www.cnn.com", "edition.cnn.com".
:func:`load_outlets` reads an alias table (YAML, canonical name → aliases; the shipped default is
:data:`analysis.config.DEFAULT_OUTLETS`, a user's file merges over it) and
:meth:`OutletAliases.normalise` maps each spelling to its canonical name. Names the table does not
know are kept tidy: whitespace collapsed, and a web address reduced to its host without ``www.``.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

import pandas as pd
import yaml

from analysis.config import DEFAULT_OUTLETS
from analysis.errors import ConfigError
from analysis.yaml_parse import safe_parse

MIN_YEAR = 1800
MAX_YEAR = 2200

# Formats tried in order after ISO 8601. "%d/%m" ones are swapped for "%m/%d" when not day first.
_NAMED_MONTH_FORMATS: tuple[str, ...] = (
    "%b %d, %Y", "%B %d, %Y", "%b %d %Y", "%B %d %Y",
    "%d %B %Y", "%d %b %Y", "%d %B, %Y", "%d %b, %Y",
    "%A, %B %d, %Y", "%a, %b %d, %Y", "%A, %d %B %Y", "%a, %d %b %Y",
    "%b %d, %Y %H:%M", "%B %d, %Y %H:%M", "%d %B %Y %H:%M", "%d %b %Y %H:%M",
    "%a, %d %b %Y %H:%M:%S %z", "%a, %d %b %Y %H:%M:%S %Z", "%d %b %Y %H:%M:%S %z",
    "%Y/%m/%d", "%Y/%m/%d %H:%M", "%Y/%m/%d %H:%M:%S",
)
_DAY_FIRST_FORMATS: tuple[str, ...] = (
    "%d/%m/%Y", "%d/%m/%Y %H:%M", "%d/%m/%Y %H:%M:%S", "%d.%m.%Y", "%d.%m.%Y %H:%M",
    "%d-%m-%Y", "%d-%m-%Y %H:%M",
)
# Zone abbreviations common in English-language news datelines, as UTC offsets in seconds.
_ZONE_OFFSETS: dict[str, int] = {
    "UTC": 0, "GMT": 0, "Z": 0, "BST": 3600, "CET": 3600, "CEST": 7200, "EET": 7200,
    "EEST": 10800, "EST": -18000, "EDT": -14400, "CST": -21600, "CDT": -18000,
    "MST": -25200, "MDT": -21600, "PST": -28800, "PDT": -25200,
}
_NUMBER = re.compile(r"^[+-]?\d+(?:\.\d+)?$")
_SPACES = re.compile(r"\s+")
_ORDINAL = re.compile(r"(?<=\d)(?:st|nd|rd|th)\b", re.IGNORECASE)
_DOMAIN = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$", re.IGNORECASE)
_PARENTHESIS = re.compile(r"\s*[(\[][^)\]]*[)\]]\s*$")


# --- dates -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ParsedDate:
    """A date as read: ``value`` in UTC (``None`` when missing or unreadable) and why not."""

    raw: str | None
    value: pd.Timestamp | None
    reason: str | None = None
    """Why ``value`` is ``None``: ``"missing"`` or what could not be read; ``None`` when read."""


def parse_date(raw: object, *, day_first: bool = True) -> ParsedDate:
    """``raw`` as a UTC :class:`pandas.Timestamp`, or ``None`` with the reason.

    >>> parse_date("2016-03-27T10:00:00+02:00").value
    Timestamp('2016-03-27 08:00:00+0000', tz='UTC')
    >>> parse_date("27/03/2016 10:00").value
    Timestamp('2016-03-27 10:00:00+0000', tz='UTC')
    >>> parse_date("03/27/2016", day_first=False).value
    Timestamp('2016-03-27 00:00:00+0000', tz='UTC')
    >>> parse_date("").reason
    'missing'
    """
    if raw is None or (isinstance(raw, float) and raw != raw):
        return ParsedDate(None, None, "missing")
    if isinstance(raw, datetime):
        return _checked(str(raw), raw)
    text = _SPACES.sub(" ", str(raw)).strip()
    if not text:
        return ParsedDate(None, None, "missing")
    if _NUMBER.match(text):
        return ParsedDate(text, None, "a bare number is not read as a date (epoch or year?); "
                                      "write it as YYYY-MM-DD")
    found = _parse_explicit(text, day_first=day_first) or _parse_dateutil(text, day_first=day_first)
    if found is None:
        return ParsedDate(text, None, f"not a date in a known format ({text!r}); "
                                      "write it as YYYY-MM-DD or ISO 8601")
    return _checked(text, found)


def _checked(raw: str, moment: datetime) -> ParsedDate:
    if not MIN_YEAR <= moment.year <= MAX_YEAR:
        return ParsedDate(raw, None, f"year {moment.year} is implausible for a news article")
    if moment.tzinfo is None or moment.utcoffset() is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return ParsedDate(raw, pd.Timestamp(moment).tz_convert("UTC"))


def _parse_explicit(text: str, *, day_first: bool) -> datetime | None:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    cleaned = _ORDINAL.sub("", text)  # "27th March 2016"
    slashed = _DAY_FIRST_FORMATS if day_first else tuple(
        f.replace("%d", "\0").replace("%m", "%d").replace("\0", "%m") for f in _DAY_FIRST_FORMATS
    )
    for fmt in _NAMED_MONTH_FORMATS + slashed:
        try:
            return datetime.strptime(cleaned, fmt)
        except ValueError:
            continue
    return None


def _parse_dateutil(text: str, *, day_first: bool) -> datetime | None:
    """dateutil's reading, kept only when year, month and day are all written out.

    dateutil fills missing parts from a default date; parsing against two different defaults
    and comparing the dates shows whether any part was filled in.
    """
    try:
        from dateutil import parser
    except ImportError:  # optional: the explicit formats cover the common cases
        return None
    first, second = datetime(2001, 1, 1), datetime(2002, 2, 2)
    with warnings.catch_warnings():
        # A zone name dateutil does not know would silently become UTC: refuse the date instead.
        warnings.simplefilter("error", parser.UnknownTimezoneWarning)
        try:
            a = parser.parse(text, dayfirst=day_first, default=first, tzinfos=_ZONE_OFFSETS)
            b = parser.parse(text, dayfirst=day_first, default=second, tzinfos=_ZONE_OFFSETS)
        except (ValueError, OverflowError, TypeError, parser.UnknownTimezoneWarning):
            return None
    return a if a.date() == b.date() else None


# --- outlets -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OutletAliases:
    """An outlet alias table: each spelling's key (see :func:`outlet_key`) → canonical name."""

    names: dict[str, str]
    sources: tuple[str, ...] = ()

    def normalise(self, raw: str | None) -> str | None:
        """The canonical name of outlet ``raw``; an unknown one tidied; ``None`` when blank.

        A spelling is looked up as written, then without a trailing parenthesis ("CNN (Web
        News)"), then as a host with its ``www.`` and then each leading label dropped
        ("edition.cnn.com" → "cnn.com").

        >>> load_outlets().normalise("edition.cnn.com")
        'CNN'
        >>> load_outlets().normalise("  https://www.example.org/news/1 ")
        'example.org'
        """
        if raw is None:
            return None
        text = _SPACES.sub(" ", str(raw)).strip()
        if not text:
            return None
        for candidate in _outlet_candidates(text):
            found = self.names.get(outlet_key(candidate))
            if found is not None:
                return found
        host = host_of(text)
        return host if host is not None else text

    def merged(self, other: OutletAliases) -> OutletAliases:
        """This table with ``other``'s entries added, ``other`` winning where both name a spelling."""
        return OutletAliases({**self.names, **other.names}, self.sources + other.sources)


def outlet_key(name: str) -> str:
    """The form an outlet spelling is looked up by: case-folded, whitespace collapsed.

    >>> outlet_key("  Fox   News ")
    'fox news'
    """
    return _SPACES.sub(" ", name).strip().casefold()


def host_of(text: str) -> str | None:
    """The host of a web address or bare domain, lower case and without ``www.``; else ``None``.

    >>> host_of("https://WWW.BBC.co.uk/news"), host_of("Reuters")
    ('bbc.co.uk', None)
    """
    candidate = text.strip()
    if " " in candidate:
        return None
    if "://" in candidate:
        host = urlsplit(candidate).hostname or ""
    else:
        host = candidate.split("/", 1)[0].split(":", 1)[0]
    host = host.lower().rstrip(".")
    if not _DOMAIN.match(host):
        return None
    return host.removeprefix("www.")


def _outlet_candidates(text: str) -> list[str]:
    candidates = [text]
    bare = _PARENTHESIS.sub("", text).strip()
    if bare and bare != text:
        candidates.append(bare)
    host = host_of(text)
    if host is not None:
        labels = host.split(".")
        candidates.extend(".".join(labels[i:]) for i in range(len(labels) - 1))
    return candidates


def parse_outlets(text: str, *, source: str = "<outlets>") -> OutletAliases:
    """Validate an alias table given as YAML text; errors name ``source``, the entry and line.

    The format is a mapping of canonical names to lists of aliases::

        CNN: [cnn.com, CNN (Web News), CNN International]
        Fox News: [foxnews.com, Fox News Channel]

    The canonical name is an alias of itself. A spelling given to two names is refused.

    >>> parse_outlets("BBC News: [bbc.co.uk, BBC]").normalise("bbc")
    'BBC News'
    """
    try:
        _, root = safe_parse(text)  # refuses tags that name Python objects, at their line
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        raise ConfigError(f"not valid YAML: {problem}", path=source,
                          line=None if mark is None else mark.line + 1) from None
    if root is None:
        return OutletAliases({}, (source,))
    if not isinstance(root, yaml.MappingNode):
        raise ConfigError("the outlet table must map names to lists of aliases, "
                          "e.g. 'CNN: [cnn.com, CNN (Web News)]'", path=source, line=_line(root))
    names: dict[str, str] = {}
    claimed: dict[str, tuple[str, int]] = {}
    for key_node, value_node in root.value:
        name = _scalar_text(key_node, what="outlet name", source=source)
        for alias, line in [(name, _line(key_node))] + _aliases(name, value_node, source=source):
            key = outlet_key(alias)
            if key in claimed and claimed[key][0] != name:
                owner, first = claimed[key]
                raise ConfigError(
                    f"outlet {name!r}: alias {alias!r} is already an alias of {owner!r} "
                    f"(line {first}); keep it under one name",
                    path=source, line=line,
                )
            claimed.setdefault(key, (name, line))
            names[key] = name
    return OutletAliases(names, (source,))


def _aliases(name: str, node: yaml.Node, *, source: str) -> list[tuple[str, int]]:
    if isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:null":
        return []
    if not isinstance(node, yaml.SequenceNode):
        raise ConfigError(f"outlet {name!r}: write its aliases as a list, e.g. {name}: [{name.lower()}.com]",
                          path=source, line=_line(node))
    return [(_scalar_text(item, what=f"outlet {name!r}: alias", source=source), _line(item))
            for item in node.value]


def _scalar_text(node: yaml.Node, *, what: str, source: str) -> str:
    if not isinstance(node, yaml.ScalarNode) or not str(node.value).strip():
        raise ConfigError(f"{what} must be text, not a list, mapping or blank", path=source,
                          line=_line(node))
    if node.tag not in ("tag:yaml.org,2002:str",):
        raise ConfigError(f"{what} {node.value!r} must be text; put it in quotes", path=source,
                          line=_line(node))
    return _SPACES.sub(" ", node.value).strip()


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def read_outlets(path: str | Path) -> OutletAliases:
    """One alias table file, validated (see :func:`parse_outlets`)."""
    source = Path(path)
    try:
        text = source.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError("outlet alias table not found; pass the path of a YAML file "
                          "(see README, 'Corpora')", path=str(source)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read the outlet alias table ({exc}); save it as UTF-8 text",
                          path=str(source)) from None
    return parse_outlets(text, source=str(source))


def load_outlets(path: str | Path | None = None) -> OutletAliases:
    """The shipped alias table, with the table at ``path`` (if any) merged over it."""
    default = read_outlets(DEFAULT_OUTLETS)
    return default if path is None else default.merged(read_outlets(path))


__all__ = [
    "OutletAliases",
    "ParsedDate",
    "host_of",
    "load_outlets",
    "outlet_key",
    "parse_date",
    "parse_outlets",
    "read_outlets",
]
