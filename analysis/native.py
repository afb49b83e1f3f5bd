"""Compiled builds of the analysis modules, and the guard that keeps them true to their sources.

The modules that analyse one article (segmentation, attribution, voices, tone and frames) are plain,
typed Python. ``make native`` (run by ``make report`` and ``make test``) also compiles them to C
extensions with mypyc (part of mypy), which runs the same code about a third faster; a machine
without a C compiler keeps the Python sources and loses nothing but speed::

    python -m analysis native build     # compile in place; writes the manifest last
    python -m analysis native status    # compiled or sources, and why
    python -m analysis native clean     # remove the compiled modules

A compiled module is used only while every source it was built from is unchanged: the build
records the SHA-256 of each source in ``analysis/_native.json``, and importing :mod:`analysis`
compares them (about a millisecond). When one differs, or ``FRAMING_PURE_PYTHON=1`` is set, all the
compiled modules are bypassed and their sources imported instead, with a warning that says how to
rebuild, so an edited rule is never shadowed by a stale build. The modules are compiled as one
group that calls across modules directly, so they are used or bypassed together.
"""

from __future__ import annotations

import dataclasses
import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import sys
import warnings
from pathlib import Path
from typing import Any

PACKAGE_DIR = Path(__file__).resolve().parent
MANIFEST = PACKAGE_DIR / "_native.json"
# The modules of the analysis of one article: segmentation, attribution, voices, tone and frames.
MODULES: tuple[str, ...] = (
    "segment", "quotes", "found", "cues", "content", "speakers", "quote_credit", "actors",
    "coref", "resolve", "attribute", "voices", "vader_fast", "tone", "framing",
)
PURE_ENV = "FRAMING_PURE_PYTHON"


def by_fields(record: Any) -> tuple[Any, tuple[Any, ...]]:
    """``__reduce__`` for a frozen dataclass of a compiled module: rebuilt through its constructor
    from its fields, since a compiled frozen class takes no state once made (pickle's default)."""
    return type(record), tuple(getattr(record, f.name) for f in dataclasses.fields(record) if f.init)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def compiled_files() -> list[Path]:
    """The extension files of the compiled group in the package folder (none when not built)."""
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    return sorted(p for p in PACKAGE_DIR.iterdir() if p.name.endswith(suffixes))


def stale_sources() -> list[str] | None:
    """The modules whose source differs from the one compiled; ``None`` when nothing is compiled.

    A build without its manifest (interrupted before the end) counts as stale in every module.
    """
    if not compiled_files():
        return None
    try:
        recorded = json.loads(MANIFEST.read_text(encoding="utf-8"))["sources"]
    except (OSError, ValueError, KeyError, TypeError):
        return list(MODULES)
    return [name for name in MODULES
            if recorded.get(name) != _digest(PACKAGE_DIR / f"{name}.py")]


class _SourceFinder(importlib.abc.MetaPathFinder):
    """Imports the compiled modules from their ``.py`` sources."""

    def find_spec(self, fullname, path=None, target=None):  # type: ignore[no-untyped-def]
        package, _, name = fullname.rpartition(".")
        if package != __package__ or name not in MODULES:
            return None
        return importlib.util.spec_from_file_location(fullname, PACKAGE_DIR / f"{name}.py")


def use_sources() -> None:
    """Import the compiled modules from their sources from now on (those already imported stay)."""
    if not any(isinstance(f, _SourceFinder) for f in sys.meta_path):
        sys.meta_path.insert(0, _SourceFinder())


def guard() -> str:
    """Decide, once per process, whether the compiled modules may be imported; returns the state.

    ``"compiled"``, ``"sources"`` (nothing compiled, or ``FRAMING_PURE_PYTHON`` set) or
    ``"stale"`` (compiled from other sources: warned, and the sources are used).
    """
    if os.environ.get(PURE_ENV, "").strip() not in ("", "0"):
        use_sources()
        return "sources"
    stale = stale_sources()
    if stale is None:
        return "sources"
    if stale:
        use_sources()
        warnings.warn(
            f"analysis: the compiled modules were built from other sources ({', '.join(stale)}.py "
            f"changed); the Python sources are used, which is slower. Rebuild with "
            f"`python -m analysis native build` (or `make native`).", RuntimeWarning, stacklevel=2)
        return "stale"
    return "compiled"


def state() -> str:
    """``"compiled"`` when the attribution modules in use are compiled, else ``"sources"``."""
    from analysis import attribute

    return "compiled" if Path(attribute.__file__ or "").suffix != ".py" else "sources"


def build(*, quiet: bool = True) -> list[Path]:
    """Compile :data:`MODULES` in place with mypyc; returns the extension files written.

    The manifest is written last, from the sources as they were read by the build, so a build
    that fails or is interrupted leaves no manifest and is never used.
    """
    import contextlib
    import io
    import tempfile

    from mypyc.build import mypycify
    from setuptools import setup  # type: ignore[import-untyped]

    clean()
    sources = {name: _digest(PACKAGE_DIR / f"{name}.py") for name in MODULES}
    root = PACKAGE_DIR.parent
    with tempfile.TemporaryDirectory(prefix="framing-native-") as tmp:
        cwd = Path.cwd()
        os.chdir(root)
        try:
            paths = [f"{PACKAGE_DIR.name}/{name}.py" for name in MODULES] + [f"--cache-dir={tmp}/mypy"]
            out = io.StringIO()
            with contextlib.redirect_stdout(out) if quiet else contextlib.nullcontext(), \
                    warnings.catch_warnings():
                if quiet:
                    warnings.simplefilter("ignore")  # setuptools' notes on pyproject.toml
                try:
                    # the group's shared library is a module of the package: analysis/_compiled__mypyc
                    extensions = mypycify(paths, opt_level="3", group_name=f"{PACKAGE_DIR.name}._compiled",
                                          target_dir=str(Path(tmp) / "c"))
                    setup(name="framing-analysis-native", ext_modules=extensions, script_args=[
                        "build_ext", "--inplace", "--build-temp", str(Path(tmp) / "obj"),
                        "--build-lib", str(Path(tmp) / "lib")])
                except SystemExit as exc:  # mypyc and setuptools exit on a type or compiler error
                    errors = [line for line in out.getvalue().splitlines() if "error" in line.lower()]
                    raise RuntimeError("; ".join(errors[:5]) or f"build exited with {exc.code}") from None
        finally:
            os.chdir(cwd)
    if sources != {name: _digest(PACKAGE_DIR / f"{name}.py") for name in MODULES}:
        clean()
        raise RuntimeError("a source changed while it was compiled; run the build again")
    MANIFEST.write_text(json.dumps({"python": sys.version.split()[0], "sources": sources}, indent=1)
                        + "\n", encoding="utf-8")
    return compiled_files()


def clean() -> None:
    """Remove the compiled modules and their manifest."""
    MANIFEST.unlink(missing_ok=True)
    for path in compiled_files():
        path.unlink()


def command(action: str, *, if_stale: bool = False) -> int:
    """``python -m analysis native build|status|clean``: the exit status, and a line on stdout."""
    stale = stale_sources()
    if action == "status":
        print("not compiled: the Python sources are used" if stale is None else
              f"compiled, but stale ({', '.join(stale)}): the Python sources are used" if stale else
              "compiled and up to date")
        return 0
    if action == "clean":
        clean()
        return 0
    if if_stale and stale == []:
        print("compiled modules up to date")
        return 0
    try:
        files = build()
    except (Exception, SystemExit) as exc:  # no compiler, no mypy, a type error: the sources serve
        print(f"compiled modules not built ({type(exc).__name__}: {exc}); the Python sources "
              "will be used", file=sys.stderr)
        return 1
    print(f"compiled {len(MODULES)} modules into {len(files)} extension files in {PACKAGE_DIR}")
    return 0
