"""Parse the project's YAML configuration (lexicon, actor list, outlet aliases) safely.

Parsing is safe: only mappings, lists and plain scalars are built, never Python objects, and a
tag naming one is refused. libyaml parses when PyYAML was built with it (about ten times faster
than PyYAML's own parser, which matters for a corpus run's start); a text it refuses is parsed
again by PyYAML's own parser, so a mistake is always reported in that parser's words and with its
line, whichever parser is installed.
"""

from __future__ import annotations

from typing import Any

import yaml  # type: ignore[import-untyped]

try:
    from yaml import CSafeLoader as _FastLoader
except ImportError:  # PyYAML without libyaml
    _FastLoader = yaml.SafeLoader  # type: ignore[misc,assignment]


def safe_parse(text: str) -> tuple[Any, yaml.Node | None]:
    """The data of YAML ``text`` and its node tree (whose marks give each value's line; ``None``
    for an empty text).

    Raises :class:`yaml.YAMLError` (with ``problem`` and ``problem_mark`` where PyYAML gives
    them) for text that is not valid YAML or holds a tag naming a Python object.
    """
    try:
        return yaml.load(text, Loader=_FastLoader), yaml.compose(text, Loader=_FastLoader)
    except yaml.YAMLError:
        if _FastLoader is yaml.SafeLoader:
            raise
    # PyYAML's own parser words the mistake (or, rarely, reads what libyaml refused).
    return yaml.load(text, Loader=yaml.SafeLoader), yaml.compose(text, Loader=yaml.SafeLoader)
