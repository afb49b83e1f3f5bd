"""The project's exception types. Every message says what was wrong, where, and what to do."""

from __future__ import annotations


class AnalysisError(Exception):
    """Base class of every error the project raises on purpose."""


class LocatedError(AnalysisError, ValueError):
    """An error about a place in a file: the message starts with ``path:line:`` where known."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None) -> None:
        where = ""
        if path is not None:
            where = f"{path}:{line}: " if line is not None else f"{path}: "
        super().__init__(f"{where}{message}")
        self.path = path
        self.line = line


class InputError(LocatedError):
    """An article or corpus could not be read (not text, empty, malformed record...)."""


class ConfigError(LocatedError):
    """A lexicon, actor list or parameter is invalid. The message names the file/entry/line."""


class ParameterError(AnalysisError, ValueError):
    """A notebook or command parameter is unknown or of the wrong type."""


class ReportError(AnalysisError, RuntimeError):
    """A report run failed; the message says where the executed notebook was kept."""


class CorpusError(AnalysisError, RuntimeError):
    """A corpus run cannot start or go on: its output folder holds a run with other settings, or
    a worker or cluster failed. The message says what to do (another folder, ``--force``, rerun)."""
