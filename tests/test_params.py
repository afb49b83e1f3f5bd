from __future__ import annotations

import json
from pathlib import Path

import pytest

from analysis import config
from analysis.errors import ParameterError
from analysis.params import check_against, declared_parameters, validate_parameters

NB = config.REPORT_NOTEBOOK


def _namespace(**overrides):
    ns = {name: spec.default for name, spec in declared_parameters(NB).items()}
    ns.update(overrides)
    # What a kernel namespace also holds, none of it a parameter.
    ns.update({"In": [], "Out": {}, "_": None, "_i1": "", "json": json, "Path": Path})
    return ns


def test_report_notebook_declares_typed_documented_parameters():
    specs = declared_parameters(NB)
    assert {"input_path", "lexicon", "actors", "output_dir", "title"} <= set(specs)
    for spec in specs.values():
        assert spec.type_name in {"str", "int", "float", "bool"}, spec
        assert spec.help, f"parameter {spec.name} has no help comment"


def test_validate_parameters_returns_declared_values():
    values = validate_parameters(_namespace(title="Palmyra"), notebook=NB)
    assert values["title"] == "Palmyra"
    assert set(values) == set(declared_parameters(NB))


def test_unknown_parameter_is_an_error_naming_it():
    with pytest.raises(ParameterError, match="'lexicn'") as err:
        validate_parameters(_namespace(lexicn="x.yml"), notebook=NB)
    assert "lexicon" in str(err.value), "the message lists the declared parameters"


@pytest.mark.parametrize("name, value", [("title", 10), ("input_path", True), ("output_dir", ["a"])])
def test_mistyped_parameter_is_an_error_naming_it(name, value):
    with pytest.raises(ParameterError, match=f"'{name}' must be str"):
        validate_parameters(_namespace(**{name: value}), notebook=NB)


def test_check_against_rejects_unknown_before_a_run():
    with pytest.raises(ParameterError, match="'colour'"):
        check_against(NB, {"colour": "red"})


def test_notebook_without_parameters_cell_is_an_error(tmp_path):
    import nbformat

    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("x = 1")])
    path = tmp_path / "plain.ipynb"
    nbformat.write(nb, path)
    with pytest.raises(ParameterError, match="parameters"):
        declared_parameters(path)


@pytest.mark.parametrize("notebook", sorted(config.NOTEBOOKS_DIR.glob("*.ipynb")), ids=lambda p: p.name)
def test_notebooks_are_committed_without_outputs_and_with_kernel_python3(notebook):
    nb = json.loads(notebook.read_text(encoding="utf-8"))
    assert nb["metadata"]["kernelspec"]["name"] == "python3"
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            assert not cell.get("outputs") and cell.get("execution_count") is None
