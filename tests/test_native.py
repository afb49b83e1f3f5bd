"""The compiled build of the attribution modules: used only while true to its sources, same answers."""

from __future__ import annotations

import ast
import hashlib
import importlib.machinery
import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from analysis import native
from analysis.actors import load_actors
from analysis.config import POLNEAR_DIR
from analysis.framing import load_lexicon
from analysis.quotes import Quote

ROOT = Path(__file__).resolve().parents[1]
SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]


@pytest.fixture
def package(tmp_path, monkeypatch):
    """A package folder holding two of the compiled modules' sources."""
    monkeypatch.setattr(native, "PACKAGE_DIR", tmp_path)
    monkeypatch.setattr(native, "MANIFEST", tmp_path / "_native.json")
    monkeypatch.setattr(native, "MODULES", ("speakers", "attribute"))
    (tmp_path / "speakers.py").write_text("A = 1\n")
    (tmp_path / "attribute.py").write_text("B = 2\n")
    return tmp_path


def _manifest(folder: Path, **sources: str) -> None:
    digests = {name: hashlib.sha256(text.encode()).hexdigest() for name, text in sources.items()}
    (folder / "_native.json").write_text(json.dumps({"sources": digests}))


def _fake_build(folder: Path) -> None:
    for name in ("speakers", "attribute", "_compiled__mypyc"):
        (folder / f"{name}{SUFFIX}").write_bytes(b"")


def test_nothing_compiled_is_not_stale(package):
    assert native.stale_sources() is None


def test_a_build_of_the_same_sources_is_used(package):
    _fake_build(package)
    _manifest(package, speakers="A = 1\n", attribute="B = 2\n")
    assert native.stale_sources() == []


def test_an_edited_source_makes_the_build_stale(package):
    _fake_build(package)
    _manifest(package, speakers="A = 1\n", attribute="B = 2\n")
    (package / "attribute.py").write_text("B = 3\n")
    assert native.stale_sources() == ["attribute"]


@pytest.mark.parametrize("manifest", [None, "not json", '{"python": "3.11"}'])
def test_a_build_without_a_whole_manifest_is_stale_in_every_module(package, manifest):
    _fake_build(package)
    if manifest is not None:
        (package / "_native.json").write_text(manifest)
    assert native.stale_sources() == ["speakers", "attribute"]


def test_a_stale_build_warns_and_imports_the_sources(package, monkeypatch):
    _fake_build(package)
    _manifest(package, speakers="A = 0\n", attribute="B = 2\n")
    monkeypatch.delenv(native.PURE_ENV, raising=False)
    monkeypatch.setattr(sys, "meta_path", list(sys.meta_path))
    with pytest.warns(RuntimeWarning, match=r"speakers\.py changed.*analysis native build"):
        assert native.guard() == "stale"
    finder = sys.meta_path[0]
    spec = finder.find_spec("analysis.speakers")
    assert spec is not None and spec.origin == str(package / "speakers.py")
    assert finder.find_spec("analysis.tone") is None and finder.find_spec("speakers") is None


def test_the_environment_variable_forces_the_sources_without_a_warning(package, monkeypatch, recwarn):
    _fake_build(package)
    _manifest(package, speakers="A = 1\n", attribute="B = 2\n")
    monkeypatch.setenv(native.PURE_ENV, "1")
    monkeypatch.setattr(sys, "meta_path", list(sys.meta_path))
    assert native.guard() == "sources"
    assert not recwarn.list


def test_status_and_clean(package, capsys):
    _fake_build(package)
    _manifest(package, speakers="A = 1\n", attribute="B = 2\n")
    assert native.command("status") == 0
    assert capsys.readouterr().out.strip() == "compiled and up to date"
    assert native.command("build", if_stale=True) == 0  # up to date: nothing compiled
    assert "up to date" in capsys.readouterr().out
    assert native.command("clean") == 0
    assert not native.compiled_files() and not (package / "_native.json").exists()
    assert (package / "speakers.py").exists()


def test_records_sent_to_worker_processes_survive_pickling():
    actors = load_actors()
    assert pickle.loads(pickle.dumps(actors)) == actors
    lexicon = load_lexicon()
    again = pickle.loads(pickle.dumps(lexicon))
    assert again == lexicon and again.matcher.scan.pattern == lexicon.matcher.scan.pattern
    quote = Quote(1, 9, 2, 8, True)
    assert pickle.loads(pickle.dumps(quote)) == quote


_ANALYSES = """
import dataclasses, json, sys
from analysis.models import Article
from analysis.pipeline import analyse_article, load_resources
from analysis import native
resources = load_resources()
texts = json.load(sys.stdin)
out = [dataclasses.asdict(analyse_article(Article(id=str(i), text=t), resources=resources))
       for i, t in enumerate(texts)]
print(json.dumps({"state": native.state(), "analyses": out}))
"""


def _analyses(texts: list[str], *, pure: bool) -> dict:
    env = {k: v for k, v in os.environ.items() if k != native.PURE_ENV}
    if pure:
        env[native.PURE_ENV] = "1"
    done = subprocess.run([sys.executable, "-c", _ANALYSES], input=json.dumps(texts), env=env,
                          cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


@pytest.mark.slow
def test_the_compiled_modules_give_the_answers_of_the_sources():
    """Attributions, voices, tone and frame hits of 40 PolNeAR articles and the sample, all equal."""
    if native.stale_sources() != []:
        if os.environ.get("CI"):
            pytest.fail("CI compiles the analysis modules (`make native`), but they are not compiled: "
                        "run `python -m analysis native build` to see why")
        pytest.skip("the analysis modules are not compiled here (`python -m analysis native build`)")
    docs = POLNEAR_DIR / "dev.docs.jsonl"
    if not docs.exists():
        pytest.skip(f"{docs} is absent: PolNeAR lives in ../shared beside the checkout")
    with docs.open(encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for line, _ in zip(lines, range(40))]
    texts.append((ROOT / "seeds" / "palmyra_recaptured_skynews_2016.txt").read_text(encoding="utf-8"))
    compiled, pure = _analyses(texts, pure=False), _analyses(texts, pure=True)
    assert (compiled["state"], pure["state"]) == ("compiled", "sources")
    assert sum(len(a["attributions"]) for a in pure["analyses"]) > 300
    assert sum(len(a["frame_hits"]) for a in pure["analyses"]) > 0
    assert compiled["analyses"] == pure["analyses"]


@pytest.mark.slow
def test_the_compiled_modules_type_check(tmp_path):
    """mypyc compiles only modules whose types check: an edit that breaks them is caught here,
    without the minute and a half of a build."""
    api = pytest.importorskip("mypy.api", reason="mypy (requirements.txt) compiles the modules")
    paths = [str(ROOT / "analysis" / f"{name}.py") for name in native.MODULES]
    out, err, status = api.run([*paths, f"--cache-dir={tmp_path}", "--no-error-summary"])
    assert status == 0, out + err


@pytest.mark.parametrize("name", native.MODULES)
def test_no_module_level_name_of_a_compiled_module_is_bound_twice(name):
    """A second binding of a module-level name silently replaces the first for every function
    that reads it (a pattern defined again further down changes rules far from the edit)."""
    tree = ast.parse((ROOT / "analysis" / f"{name}.py").read_text(encoding="utf-8"))
    seen: dict[str, int] = {}
    twice = []
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(
            node, ast.AnnAssign) and node.value is not None else []
        for target in targets:
            if isinstance(target, ast.Name):
                if target.id in seen:
                    twice.append(f"{target.id} (lines {seen[target.id]} and {node.lineno})")
                seen[target.id] = node.lineno
    assert not twice, f"analysis/{name}.py binds again: " + ", ".join(twice)


def _type_alias(value: ast.expr) -> bool:
    """Whether a module-level value is a type (``Span = tuple[int, int]``), which cannot be Final."""
    return isinstance(value, ast.Subscript) and isinstance(value.value, ast.Name) and value.value.id in {
        "tuple", "list", "dict", "set", "frozenset", "Callable"}


@pytest.mark.parametrize("name", native.MODULES)
def test_every_module_level_constant_of_a_compiled_module_is_final(name):
    """A compiled function reads a Final module-level name from a C static; any other it looks
    up in the module's dict at every use, in the innermost loops of attribution."""
    tree = ast.parse((ROOT / "analysis" / f"{name}.py").read_text(encoding="utf-8"))
    plain = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            plain += [t.id for t in node.targets if isinstance(t, ast.Name) and not t.id.startswith("__")
                      and not _type_alias(node.value)]
        elif isinstance(node, ast.AnnAssign) and node.value is not None and isinstance(node.target, ast.Name):
            if "Final" not in ast.unparse(node.annotation):
                plain.append(node.target.id)
    assert not plain, f"analysis/{name}.py: annotate as Final: " + ", ".join(plain)


@pytest.mark.parametrize("name", native.MODULES)
def test_no_final_constant_of_a_compiled_module_is_a_fixed_tuple_of_floats(name):
    """mypyc leaves a Final fixed-length tuple of floats (``X: Final = (1e-9, 1e-7)``) unset in
    compiled code ("value for final name was not set"); ``Final[tuple[float, ...]]`` is kept."""
    tree = ast.parse((ROOT / "analysis" / f"{name}.py").read_text(encoding="utf-8"))
    unset = [node.target.id for node in tree.body
             if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)
             and ast.unparse(node.annotation) == "Final" and isinstance(node.value, ast.Tuple)
             and any(isinstance(e, ast.Constant) and isinstance(e.value, float) for e in ast.walk(node.value))]
    assert not unset, f"analysis/{name}.py: annotate as Final[tuple[float, ...]]: " + ", ".join(unset)
