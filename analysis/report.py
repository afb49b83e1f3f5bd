"""Run a report notebook with papermill and render it to one self-contained HTML file.

A run builds everything in a staging folder beside the destination and swaps it in only when the
notebook ran cleanly and the HTML rendered: a failed run keeps its executed notebook for diagnosis,
writes no HTML and leaves any earlier good report exactly as it was.
"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from analysis import config
from analysis.corpus_present import CORPUS_REPORT_NOTEBOOK
from analysis.errors import InputError, ReportError
from analysis.load import is_corpus
from analysis.params import check_against
from analysis.present import META_FILE

TEMPLATES_DIR = config.PACKAGE_DIR / "templates"
TEMPLATE_NAME = "framing_report"


@dataclass(frozen=True, slots=True)
class ReportResult:
    html: Path
    folder: Path
    notebook: Path
    seconds: float


def report_name(input_path: str | Path) -> str:
    """A file-system-safe name for a report, from its input's file name."""
    stem = Path(input_path).stem
    return re.sub(r"[^A-Za-z0-9._-]+", "_", stem).strip("._") or "report"


def _require_file(path: str | Path | None, *, what: str) -> str:
    if path in (None, ""):
        return ""
    p = Path(path)
    if not p.exists():
        raise InputError(f"{what} not found: check the path", path=str(p))
    return str(p.resolve())


def _require_kernel(kernel: str) -> None:
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    try:
        KernelSpecManager().get_kernel_spec(kernel)
    except NoSuchKernel:
        raise ReportError(
            f"Jupyter kernel {kernel!r} is not installed: run `make install`, or "
            f"`python -m ipykernel install --sys-prefix --name {kernel}` in the project's environment"
        ) from None


def render_html(notebook: Path, *, title: str) -> str:
    """The executed notebook as one HTML page: no code, no stderr, images inline, no remote scripts."""
    import nbformat
    from nbconvert import HTMLExporter

    nb = nbformat.read(notebook, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = [
                o for o in cell.get("outputs", []) if not (o.get("output_type") == "stream" and o.get("name") == "stderr")
            ]
    nb.metadata["title"] = title
    exporter = HTMLExporter(
        template_name=TEMPLATE_NAME,
        extra_template_basedirs=[str(TEMPLATES_DIR)],
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
    )
    body, _ = exporter.from_notebook_node(nb)
    return body


def _swap_in(staging: Path, final: Path) -> None:
    old = None
    if final.exists():
        old = final.with_name(f".{final.name}.old-{int(time.time() * 1000)}")
        final.rename(old)
    staging.rename(final)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def _kernel_config() -> Any:
    """The kernel manager's settings for a report's kernel: its messages encrypted (CurveZMQ) where
    the kernel supports it, as ipykernel asks, which otherwise warns on every run that they go over
    TCP in plain text; a kernel that does not support it runs as before."""
    from traitlets.config import Config

    return Config({"KernelManager": {"transport_encryption": "auto"}})


def run_report(
    input_path: str | Path,
    *,
    out_dir: str | Path = config.REPORTS_DIR,
    lexicon: str | Path | None = None,
    actors: str | Path | None = None,
    title: str = "",
    notebook: str | Path | None = None,
    kernel: str = config.KERNEL_NAME,
    parameters: Mapping[str, Any] | None = None,
    publish_figures: str | Path | None = None,
    timeout: int = 1800,
) -> ReportResult:
    """Execute ``notebook`` on ``input_path`` and publish ``<out_dir>/<name>/<name>.html``.

    Without ``notebook``, one article runs the article report and a corpus (a folder, ``.jsonl``,
    ``.csv`` or ``.parquet``) runs the outlet comparison, whose ``start_date``, ``end_date`` and
    ``outlets`` (comma-separated) go in ``parameters``; its corpus analysis is kept in the
    report's ``corpus/`` folder (the output folder of a finished corpus run is reported on as it
    is, nothing analysed again). The folder also holds ``figures/`` (PNG, SVG and the CSV behind
    each chart), ``data/`` (every table as CSV) and the executed notebook. With
    ``publish_figures``, the charts are also copied to ``<publish_figures>/<name>/``. Raises :class:`ReportError` when the notebook fails.
    """
    import papermill
    from papermill.exceptions import PapermillExecutionError

    started = time.perf_counter()
    source = _require_file(input_path, what="input")
    if notebook is None:
        notebook = CORPUS_REPORT_NOTEBOOK if is_corpus(source) else config.REPORT_NOTEBOOK
    params: dict[str, Any] = {
        "input_path": source,
        "lexicon": _require_file(lexicon, what="lexicon"),
        "actors": _require_file(actors, what="actor list"),
        "title": title,
        **dict(parameters or {}),
    }
    check_against(notebook, {**params, "output_dir": ""})
    _require_kernel(kernel)

    out = Path(out_dir).resolve()
    out.mkdir(parents=True, exist_ok=True)
    name = report_name(source)
    staging = Path(tempfile.mkdtemp(prefix=f".{name}.staging-", dir=out))
    executed = staging / f"{name}.ipynb"
    failed = out / f"{name}.failed.ipynb"
    try:
        papermill.execute_notebook(
            str(notebook),
            str(executed),
            parameters={**params, "output_dir": str(staging)},
            kernel_name=kernel,
            cwd=str(config.ROOT),
            progress_bar=False,
            execution_timeout=timeout,
            config=_kernel_config(),
        )
        meta = json.loads((staging / META_FILE).read_text(encoding="utf-8"))
        html_text = render_html(executed, title=str(meta.get("title") or name))
        (staging / f"{name}.html").write_text(html_text, encoding="utf-8")
    except BaseException as exc:
        if executed.exists():
            shutil.copyfile(executed, failed)
        shutil.rmtree(staging, ignore_errors=True)
        if isinstance(exc, PapermillExecutionError):
            cause = f"{exc.ename}: {exc.evalue}"
        elif isinstance(exc, (KeyboardInterrupt, SystemExit)):
            raise
        else:
            cause = f"{type(exc).__name__}: {exc}"
        kept = f"the executed notebook is kept at {failed}" if failed.exists() else "no notebook was executed"
        raise ReportError(
            f"report on {source} failed: {cause}\n{kept}; no HTML was written and any earlier report in "
            f"{out / name} is unchanged"
        ) from exc

    final = out / name
    _swap_in(staging, final)
    failed.unlink(missing_ok=True)
    if publish_figures is not None:
        publish_dir = Path(publish_figures).resolve() / name
        publish_dir.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{name}.staging-", dir=publish_dir.parent))
        for f in (final / "figures").iterdir():
            shutil.copy2(f, tmp / f.name)
        _swap_in(tmp, publish_dir)
    return ReportResult(
        html=final / f"{name}.html",
        folder=final,
        notebook=final / f"{name}.ipynb",
        seconds=time.perf_counter() - started,
    )
