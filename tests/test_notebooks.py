"""The exploration notebook runs top to bottom on the sample, as a user in JupyterLab would run it."""

from __future__ import annotations

import pytest

from analysis import config

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("report")]


def test_explore_notebook_runs_on_the_sample(tmp_path):
    import nbformat
    import papermill

    out = tmp_path / "explore.ipynb"
    papermill.execute_notebook(
        str(config.EXPLORE_NOTEBOOK), str(out), kernel_name=config.KERNEL_NAME, cwd=str(config.NOTEBOOKS_DIR),
        progress_bar=False,
    )
    nb = nbformat.read(out, as_version=4)
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    shown = " ".join(str(o.get("data", {}).get("text/plain", "")) for o in outputs)
    assert "Bashar Assad" in shown and "Narrator" in shown
    assert any("image/png" in o.get("data", {}) for o in outputs), "the charts did not draw"
