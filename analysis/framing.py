"""Find framing words and phrases, and credit each to the voice that uses it.

The framing lexicon is a dictionary in the manner of quanteda's ``dictionary()``: frames map to
glob patterns (``victor*``, ``reign of terror``), matched case-insensitively on word boundaries;
nested frames are named ``parent/child``. Its YAML format is documented in ``docs/lexicon.md``;
:func:`load_lexicon` validates it and names the file, frame, pattern and line of any mistake.

Lexicon entries are data, never code: a pattern is compiled by escaping every character except the
two wildcards (``*`` any run of word characters, ``?`` exactly one), so ``a.b``, ``(x)`` or
``<script>`` match those characters literally. Whitespace in a phrase matches any run of whitespace,
line breaks included, and straight and curly apostrophes match each other.

:func:`find_matches` only finds: one combined expression per lexicon (its patterns merged into a
trie) scans the text once and stops only where some entry matches; there, the few entries that can
start with those letters are tried. :func:`find_frames` attaches each match to its speaker(s) and
context as a :class:`~analysis.models.FrameHit`.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

import yaml  # type: ignore[import-untyped]

from analysis.config import DEFAULT_LEXICON
from analysis.errors import ConfigError, ParameterError
from analysis.models import NARRATOR, NARRATOR_TYPE, FrameHit, Segmented, Voice
from analysis.native import by_fields
from analysis.voices import VoiceIndex, boilerplate_spans
from analysis.yaml_parse import safe_parse

FRAME_SEPARATOR: Final = "/"
RESERVED_KEYS: Final = ("description", "patterns")
MAX_STARS_PER_WORD: Final = 2
MAX_PATTERN_CHARS: Final = 200

_APOSTROPHES: Final = "'’‘ʼ"
_APOSTROPHE_CLASS: Final = "['’‘ʼ]"
_STR_TAG: Final = "tag:yaml.org,2002:str"
# Control, format, private-use, unassigned and line/paragraph-separator characters: invisible in
# an editor, so a pattern holding one would silently never match.
_UNKNOWN_CATEGORIES: Final = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})


@dataclass(frozen=True, slots=True)
class Entry:
    """One pattern of one frame, as written in the lexicon, with the line it is on."""

    frame: str
    pattern: str
    line: int | None
    regex: str
    """The pattern compiled to a regular expression (escaped, with word boundaries)."""

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return by_fields(self)  # compiled, it pickles through its constructor


@dataclass(frozen=True, slots=True)
class Frame:
    name: str
    description: str | None
    patterns: tuple[str, ...]
    line: int | None

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return by_fields(self)  # compiled, it pickles through its constructor


@dataclass(frozen=True)
class Lexicon:
    """A validated framing lexicon, compiled once for matching (see :func:`find_matches`)."""

    frames: tuple[Frame, ...]
    entries: tuple[Entry, ...]
    source: str = "<lexicon>"
    matcher: _Matcher = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "matcher", _Matcher.build([e.pattern for e in self.entries]))

    @property
    def frame_names(self) -> tuple[str, ...]:
        return tuple(frame.name for frame in self.frames)

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return by_fields(self)  # compiled, it pickles through its constructor


@dataclass(frozen=True, slots=True)
class Match:
    """A stretch of text matching a lexicon entry (before it is credited to a voice)."""

    frame: str
    pattern: str
    start: int
    end: int

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return by_fields(self)  # compiled, it pickles through its constructor


# --- loading -----------------------------------------------------------------------------------


def load_lexicon(path: str | Path | None = None) -> Lexicon:
    """Read and validate a framing lexicon (the project's default when ``path`` is None).

    Raises :class:`~analysis.errors.ConfigError` naming the file, the frame and pattern, and the
    line of the first mistake found.
    """
    source = Path(path) if path is not None else DEFAULT_LEXICON
    try:
        text = source.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(
            "framing lexicon not found; pass the path of a YAML lexicon (see docs/lexicon.md)",
            path=str(source),
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read the framing lexicon ({exc}); save it as UTF-8 text",
                          path=str(source)) from None
    return parse_lexicon(text, source=str(source))


def parse_lexicon(text: str, *, source: str = "<lexicon>") -> Lexicon:
    """Validate a lexicon given as YAML text; ``source`` names it in error messages.

    >>> lex = parse_lexicon("victory: [victor*, significant achievement]")
    >>> [(e.frame, e.pattern) for e in lex.entries]
    [('victory', 'victor*'), ('victory', 'significant achievement')]
    """
    try:
        _, root = safe_parse(text)  # the plain parse reports syntax errors at their position
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc)
        raise ConfigError(f"not valid YAML: {problem}", path=source, line=line) from None
    if root is None:
        raise ConfigError("the lexicon is empty; add at least one frame with patterns", path=source)
    if not isinstance(root, yaml.MappingNode):
        raise ConfigError(
            "the lexicon must be a mapping of frame names to patterns, e.g. 'victory: [victor*]'",
            path=source,
            line=_line(root),
        )
    frames: list[Frame] = []
    entries: list[Entry] = []
    _read_frames(root, prefix="", source=source, frames=frames, entries=entries)
    return Lexicon(frames=tuple(frames), entries=tuple(entries), source=source)


def _read_frames(
    node: yaml.MappingNode,
    *,
    prefix: str,
    source: str,
    frames: list[Frame],
    entries: list[Entry],
) -> None:
    seen: dict[str, int | None] = {}
    for key_node, value_node in node.value:
        key = _frame_key(key_node, prefix=prefix, source=source)
        if key in RESERVED_KEYS and prefix:
            continue  # a frame's own description/patterns, read by _read_frame
        if key in seen:
            raise ConfigError(
                f"frame {_join(prefix, key)!r} is defined twice (first on line {seen[key]}); "
                "merge the two lists",
                path=source,
                line=_line(key_node),
            )
        seen[key] = _line(key_node)
        _read_frame(_join(prefix, key), key_node, value_node, source=source,
                    frames=frames, entries=entries)


def _read_frame(
    name: str,
    key_node: yaml.Node,
    node: yaml.Node,
    *,
    source: str,
    frames: list[Frame],
    entries: list[Entry],
) -> None:
    description: str | None = None
    pattern_nodes: list[yaml.Node] = []
    has_children = False
    if isinstance(node, yaml.SequenceNode):
        pattern_nodes = list(node.value)
    elif isinstance(node, yaml.MappingNode):
        for child_key, child_value in node.value:
            key = child_key.value if isinstance(child_key, yaml.ScalarNode) else None
            if key == "description":
                description = _description(name, child_value, source=source)
            elif key == "patterns":
                if not isinstance(child_value, yaml.SequenceNode):
                    raise ConfigError(
                        f"frame {name!r}: 'patterns' must be a list, e.g. patterns: [victor*]",
                        path=source,
                        line=_line(child_value),
                    )
                pattern_nodes = list(child_value.value)
            else:
                has_children = True
    elif _is_null(node):
        pass
    else:
        raise ConfigError(
            f"frame {name!r}: write its patterns as a list, e.g. {name.split('/')[-1]}: "
            f"[{node.value if isinstance(node, yaml.ScalarNode) else 'pattern'}]",
            path=source,
            line=_line(node),
        )
    if not pattern_nodes and not has_children:
        raise ConfigError(
            f"frame {name!r} has no patterns; add some or delete the frame",
            path=source,
            line=_line(key_node),
        )
    if pattern_nodes:
        patterns = _read_patterns(name, pattern_nodes, source=source)
        frames.append(Frame(name, description, tuple(e.pattern for e in patterns), _line(key_node)))
        entries.extend(patterns)
    if has_children:
        assert isinstance(node, yaml.MappingNode)
        _read_frames(node, prefix=name, source=source, frames=frames, entries=entries)


def _read_patterns(frame: str, nodes: Sequence[yaml.Node], *, source: str) -> list[Entry]:
    entries: list[Entry] = []
    seen: dict[str, int | None] = {}
    for node in nodes:
        line = _line(node)
        if not (isinstance(node, yaml.ScalarNode) and node.tag == _STR_TAG):
            shown = node.value if isinstance(node, yaml.ScalarNode) else "a list or mapping"
            raise ConfigError(
                f"frame {frame!r}, pattern {shown!r}: a pattern must be text; "
                "put it in quotes if it is a number or yes/no",
                path=source,
                line=line,
            )
        pattern = node.value
        problem = pattern_problem(pattern)
        if problem is not None:
            raise ConfigError(f"frame {frame!r}, pattern {pattern!r}: {problem}",
                              path=source, line=line)
        key = _normalise(pattern)
        if key in seen:
            raise ConfigError(
                f"frame {frame!r}, pattern {pattern!r}: duplicate of the pattern on line "
                f"{seen[key]}; delete one",
                path=source,
                line=line,
            )
        seen[key] = line
        entries.append(Entry(frame=frame, pattern=pattern.strip(), line=line,
                             regex=compile_pattern(pattern)))
    return entries


def pattern_problem(pattern: str) -> str | None:
    """Why ``pattern`` cannot be used as a glob, or None when it can.

    >>> pattern_problem("reign of terror") is None
    True
    >>> pattern_problem("*")
    "'*' alone matches every word; add letters, e.g. terror*"
    """
    if not pattern.strip():
        return "the pattern is empty; write a word or phrase, or delete the entry"
    if len(pattern.strip()) > MAX_PATTERN_CHARS:
        return f"the pattern is longer than {MAX_PATTERN_CHARS} characters; shorten it"
    for char in pattern:
        if char not in " \t" and unicodedata.category(char) in _UNKNOWN_CATEGORIES:
            return (f"unknown character U+{ord(char):04X} ({unicodedata.name(char, 'control')}); "
                    "retype the pattern as plain text on one line")
    for word in pattern.split():
        if not any(ch.isalnum() for ch in word):
            if set(word) <= {"*", "?"}:
                return f"{word!r} alone matches every word; add letters, e.g. terror*"
        if "**" in word:
            return f"bad glob {word!r}: '**' is the same as '*'; write a single '*'"
        if word.count("*") > MAX_STARS_PER_WORD:
            return f"bad glob {word!r}: at most {MAX_STARS_PER_WORD} '*' in one word"
    if not any(ch.isalnum() for ch in pattern):
        return "the pattern has no letter or digit, so it cannot match a word; write a word"
    return None


def compile_pattern(pattern: str) -> str:
    r"""The regular expression (as text) that matches ``pattern`` as a glob on word boundaries.

    >>> print(compile_pattern("victor*"))
    (?<!\w)victor\w*(?!\w)
    """
    lead = r"(?<!\w)" if _word_led(pattern) else ""
    return lead + _glob_body(pattern)


def _glob_body(pattern: str) -> str:
    """The pattern's expression without its leading word boundary (which the scan anchors)."""
    return "".join(_glob_tokens(pattern))


def _glob_tokens(pattern: str) -> list[str]:
    """The pattern as a list of small expressions, one per character (shared prefixes merge)."""
    tokens: list[str] = []
    words = pattern.split()
    for number, word in enumerate(words):
        if number:
            tokens.append(r"\s+")
        tokens.extend(_glob_char(ch) for ch in word)
    if _wordlike(words[-1][-1]):
        tokens.append(r"(?!\w)")
    return tokens


def _word_led(pattern: str) -> bool:
    return _wordlike(pattern.split()[0][0])


def _glob_char(char: str) -> str:
    if char == "*":
        return r"\w*"
    if char == "?":
        return r"\w"
    if char in _APOSTROPHES:
        return _APOSTROPHE_CLASS
    # Matching ignores case; lower-casing here lets "UNESCO" and "unesco" share a trie branch.
    lower = char.lower()
    return re.escape(lower if len(lower) == 1 else char)


def _wordlike(char: str) -> bool:
    return char in "*?" or char.isalnum() or char == "_"


def _normalise(pattern: str) -> str:
    text = " ".join(pattern.split()).casefold()
    for apostrophe in _APOSTROPHES:
        text = text.replace(apostrophe, "'")
    return text


@dataclass(frozen=True)
class _Matcher:
    """Finds every entry matching at every position of a text, in two steps.

    1. ``scan``, one expression for the whole lexicon (its patterns merged into a trie, so a
       position is rejected after a character or two), stops only where some entry matches.
    2. At such a position, the few entries that can start with the text's first letters
       (``buckets``, keyed by up to three lower-case ASCII letters or digits) are tried one by
       one, so overlapping entries of different frames are all found.
    """

    scan: re.Pattern[str]
    entries: tuple[re.Pattern[str], ...]
    buckets: dict[str, tuple[int, ...]]
    words: re.Pattern[bytes] | None = None
    """For ASCII text, its words (runs of letters, digits, "_") lower-cased, each after a space: a
    match needs this to find one of them starting with an entry's longest run of letters, digits
    and "_" opening one of its words. None when an entry has no such run or is not ASCII (its
    case-insensitive matches could then hold non-ASCII text)."""

    @classmethod
    def build(cls, patterns: Sequence[str]) -> _Matcher:
        if not patterns:
            return cls(re.compile(r"(?!)"), (), {})
        # Scanning only where an entry can start keeps this fast: word starts, plus non-word
        # characters when some entry begins with one ("<b>", "'tis").
        anchor = r"(?<!\w)" if all(_word_led(p) for p in patterns) else r"(?:(?<!\w)|(?=\W))"
        scan = re.compile(anchor + "(?=" + _trie([_glob_tokens(p) for p in patterns]) + ")",
                          re.IGNORECASE)
        entries = tuple(re.compile(compile_pattern(p), re.IGNORECASE) for p in patterns)
        buckets: dict[str, list[int]] = {}
        for number, pattern in enumerate(patterns):
            buckets.setdefault(_ascii_key(pattern.strip()), []).append(number)
        return cls(scan, entries, {key: tuple(found) for key, found in buckets.items()},
                   _required_words(patterns))

    def may_match(self, text: str) -> bool:
        """False when no entry can match ``text``, found without the scan: ASCII text none of
        whose words (runs of letters, digits, "_") starts with one of :attr:`words`."""
        if self.words is None or not text.isascii():
            return True
        words = text.encode("ascii").lower().translate(_SPACE_BUT_WORD_CHARACTERS)
        return self.words.search(b" " + words) is not None

    def candidates(self, text: str, position: int) -> list[int]:
        """Entries that can match at ``position`` (all of them where the text is not ASCII)."""
        key = _text_key(text, position)
        if key is None:
            return list(range(len(self.entries)))
        found: list[int] = []
        for length in range(len(key) + 1):
            found.extend(self.buckets.get(key[:length], ()))
        return sorted(found)

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return by_fields(self)  # compiled, it pickles through its constructor


_KEY_LENGTH: Final = 3
_SPACE_BUT_WORD_CHARACTERS: Final = bytes(
    c if chr(c).isalnum() or chr(c) == "_" else ord(" ") for c in range(128)) + b" " * 128
"""A byte translation table keeping the ASCII word characters (what ``\\w`` matches) and making
every other byte a space."""
_WORD_START: Final = re.compile(r"[A-Za-z0-9_]*")


def _word_start(word: str) -> str:
    """The run of ASCII word characters that opens ``word`` (perhaps empty)."""
    m = _WORD_START.match(word)  # always matches
    return m.group() if m is not None else ""


def _required_words(patterns: Sequence[str]) -> re.Pattern[bytes] | None:
    """An expression finding, after a space, the longest run of ASCII letters, digits and "_"
    opening one of a pattern's words, lower-cased, for any pattern (see :attr:`_Matcher.words`);
    None when a pattern is not ASCII or has no run.

    A match of the pattern in ASCII text holds each of its words at the start of a word of the
    text (the first after a word boundary, the others after whitespace), so a word of the text
    starts with the run.
    """
    runs: set[str] = set()
    for pattern in patterns:
        if not pattern.isascii():
            return None
        run = max((_word_start(word) for word in pattern.split()), key=len)
        if not run:
            return None
        runs.add(run.lower())
    # Merged into a trie, a position is rejected after a letter or two.
    return re.compile(b" " + _trie([list(run) for run in sorted(runs)]).encode("ascii"))


def _ascii_key(pattern: str) -> str:
    """The pattern's leading ASCII letters/digits, lower-cased, up to three."""
    key = []
    for char in pattern[:_KEY_LENGTH]:
        if not (char.isascii() and char.isalnum()):
            break
        key.append(char.lower())
    return "".join(key)


def _text_key(text: str, position: int) -> str | None:
    """Like :func:`_ascii_key` for the text at ``position``; None when a non-ASCII character
    comes first (case-insensitive matching folds some, such as the Kelvin sign, to ASCII)."""
    key = []
    for char in text[position : position + _KEY_LENGTH]:
        if not char.isascii():
            return None
        if not char.isalnum():
            break
        key.append(char.lower())
    return "".join(key)


def _trie(token_lists: Sequence[Sequence[str]]) -> str:
    """One expression matching where any token list matches, shared prefixes merged.

    Only whether *some* entry matches is asked here, so a branch ends where its shortest entry
    does.
    """
    end = ""  # tokens are never empty
    root: dict[str, dict] = {}
    for tokens in token_lists:
        node = root
        for token in tokens:
            node = node.setdefault(token, {})
        node[end] = {}

    def emit(node: dict[str, dict]) -> str:
        if end in node:
            return ""
        parts = [token + emit(child) for token, child in node.items()]
        return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"

    return emit(root)


def _frame_key(node: yaml.Node, *, prefix: str, source: str) -> str:
    if not (isinstance(node, yaml.ScalarNode) and node.tag == _STR_TAG) or not node.value.strip():
        shown = node.value if isinstance(node, yaml.ScalarNode) else "a list or mapping"
        raise ConfigError(
            f"frame name {shown!r}{' under ' + repr(prefix) if prefix else ''} must be text; "
            "quote it",
            path=source,
            line=_line(node),
        )
    key = node.value.strip()
    if FRAME_SEPARATOR in key:
        raise ConfigError(
            f"frame name {key!r} may not contain {FRAME_SEPARATOR!r}; nest frames instead",
            path=source,
            line=_line(node),
        )
    return key


def _description(frame: str, node: yaml.Node, *, source: str) -> str | None:
    if _is_null(node):
        return None
    if not (isinstance(node, yaml.ScalarNode) and node.tag == _STR_TAG):
        raise ConfigError(f"frame {frame!r}: the description must be text",
                          path=source, line=_line(node))
    return " ".join(node.value.split())


def _is_null(node: yaml.Node) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:null"


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _join(prefix: str, key: str) -> str:
    return f"{prefix}{FRAME_SEPARATOR}{key}" if prefix else key


# --- matching ----------------------------------------------------------------------------------


def find_matches(text: str, lexicon: Lexicon) -> list[Match]:
    """Every lexicon match in ``text``, in text order.

    Matches of different frames may overlap (a word can carry two frames); of overlapping matches
    of one frame only the longest is kept ("reign of terror" over "terror*"), the earlier on a tie.

    >>> lex = parse_lexicon("terror: [reign of terror, terror*]")
    >>> [(m.pattern, m.start, m.end) for m in find_matches("a Reign of\\nterror", lex)]
    [('reign of terror', 2, 17)]
    """
    entries = lexicon.entries
    matcher = lexicon.matcher
    if not matcher.may_match(text):
        return []
    by_frame: dict[str, list[tuple[int, int, int]]] = {}
    for found in matcher.scan.finditer(text):
        start = found.start()
        for number in matcher.candidates(text, start):
            hit = matcher.entries[number].match(text, start)
            if hit is not None and hit.end() > start:
                by_frame.setdefault(entries[number].frame, []).append((start, hit.end(), number))
    matches: list[Match] = []
    for frame, candidates in by_frame.items():
        for start, end, group in _keep_longest(candidates):
            matches.append(Match(frame, entries[group].pattern, start, end))
    matches.sort(key=lambda m: (m.start, m.end, m.frame))
    return matches


def _keep_longest(candidates: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Non-overlapping subset: longest first, then earliest, then first-listed entry."""
    kept: list[tuple[int, int, int]] = []
    starts: list[int] = []
    for start, end, group in sorted(candidates, key=lambda c: (c[0] - c[1], c[0], c[2])):
        i = bisect.bisect_left(starts, end)
        # Only neighbours can overlap: kept spans are disjoint and sorted by start.
        if i > 0 and kept[i - 1][1] > start:
            continue
        if i < len(kept) and kept[i][0] < end:
            continue
        kept.insert(i, (start, end, group))
        starts.insert(i, start)
    return kept


def find_frames(
    doc: Segmented,
    voices: Sequence[Voice],
    lexicon: Lexicon,
    *,
    window: int = 60,
) -> list[FrameHit]:
    """Lexicon matches in the article credited to the voice using them, with KWIC context.

    A match starting inside attributed content is credited to that statement's speaker (one hit
    per speaker of a joint statement); any other match outside boilerplate is the narrator's,
    cue clauses such as "he said" included. ``pre``/``post`` hold up to ``window`` characters
    either side, whitespace collapsed. Matches touching boilerplate are skipped.
    """
    if isinstance(window, bool) or not isinstance(window, int) or window < 0:
        raise ParameterError(f"window must be a whole number of characters >= 0, got {window!r}")
    text = doc.text
    matches = find_matches(text, lexicon)
    if not matches:  # most articles: no index of voices needed
        return []
    index = VoiceIndex.build(voices)
    blocked = boilerplate_spans(doc)
    hits: list[FrameHit] = []
    for match in matches:
        if _touches(blocked, match.start, match.end):
            continue
        owners = index.voices_at(match.start)
        speakers = [(v.speaker, v.speaker_type) for v in owners] or [(NARRATOR, NARRATOR_TYPE)]
        pre = " ".join(text[max(0, match.start - window) : match.start].split())
        post = " ".join(text[match.end : match.end + window].split())
        for speaker, speaker_type in dict.fromkeys(speakers):
            hits.append(
                FrameHit(
                    article_id=doc.article.id,
                    frame=match.frame,
                    pattern=match.pattern,
                    start=match.start,
                    end=match.end,
                    match=text[match.start : match.end],
                    speaker=speaker,
                    speaker_type=speaker_type,
                    pre=pre,
                    post=post,
                )
            )
    return hits


def _touches(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect.bisect_left(spans, (end, -1)) - 1
    return i >= 0 and spans[i][1] > start
