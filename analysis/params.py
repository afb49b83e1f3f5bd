"""Check a parameterized notebook's parameters before it does any work.

The notebook's cell tagged ``parameters`` is the single source of truth: each line is
``name: type = default  # help``, which ``papermill --help-notebook`` also shows. papermill only
warns about a parameter the notebook does not declare, and passes ``-p n 10`` as an int even where a
string was meant; :func:`validate_parameters` turns both into an error naming the parameter.
"""

from __future__ import annotations

import ast
import types
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from analysis.errors import ParameterError

# Names IPython puts in a kernel's namespace that are not parameters.
_KERNEL_NAMES = frozenset({"In", "Out", "get_ipython", "exit", "quit", "open"})

_TYPES: dict[str, tuple[type, ...]] = {
    "str": (str,),
    "int": (int,),
    "float": (float, int),
    "bool": (bool,),
    "list": (list, tuple),
    "dict": (dict,),
}


@dataclass(frozen=True, slots=True)
class ParameterSpec:
    name: str
    type_name: str
    default: Any
    help: str


def declared_parameters(notebook: str | Path) -> dict[str, ParameterSpec]:
    """The parameters a notebook declares in its ``parameters`` cell, in order."""
    import papermill

    found = papermill.inspect_notebook(str(notebook))
    specs: dict[str, ParameterSpec] = {}
    for name, info in found.items():
        type_name = info.get("inferred_type_name") or "None"
        try:
            default = ast.literal_eval(info.get("default", "None"))
        except (ValueError, SyntaxError):
            default = info.get("default")
        specs[name] = ParameterSpec(name, type_name, default, info.get("help", ""))
    if not specs:
        raise ParameterError(f"{notebook}: no cell tagged 'parameters' declares any parameter")
    return specs


def _is_user_value(name: str, value: Any) -> bool:
    if name.startswith("_") or name in _KERNEL_NAMES:
        return False
    return not isinstance(value, (types.ModuleType, types.FunctionType, type))


def _check_type(spec: ParameterSpec, value: Any) -> Any:
    allowed = _TYPES.get(spec.type_name)
    if allowed is None:  # an annotation this check does not know: accept as given
        return value
    if spec.type_name != "bool" and isinstance(value, bool):
        ok = False
    else:
        ok = isinstance(value, allowed)
    if not ok:
        hint = ""
        if spec.type_name == "str":
            hint = f" (with papermill, pass it raw: -r {spec.name} {value!r})"
        raise ParameterError(
            f"parameter {spec.name!r} must be {spec.type_name}, got {type(value).__name__} "
            f"{value!r}{hint}. {spec.help}".rstrip()
        )
    if spec.type_name == "float":
        return float(value)
    return value


def validate_parameters(namespace: Mapping[str, Any], *, notebook: str | Path) -> dict[str, Any]:
    """Return the declared parameters' values from ``namespace``, type-checked.

    Raises :class:`ParameterError` naming any parameter the notebook does not declare (with the
    ones it does) and any value of the wrong type.
    """
    specs = declared_parameters(notebook)
    unknown = sorted(k for k, v in namespace.items() if _is_user_value(k, v) and k not in specs)
    if unknown:
        raise ParameterError(
            f"unknown parameter(s) {', '.join(map(repr, unknown))} for {Path(notebook).name}; "
            f"it declares: {', '.join(specs)}. See `papermill --help-notebook {notebook}`."
        )
    missing = [name for name in specs if name not in namespace]
    if missing:
        raise ParameterError(f"parameter(s) {', '.join(map(repr, missing))} not set: run the parameters cell")
    return {name: _check_type(spec, namespace[name]) for name, spec in specs.items()}


def check_against(notebook: str | Path, values: Mapping[str, Any]) -> None:
    """Check parameters before a run starts (unknown names, wrong types), without executing."""
    specs = declared_parameters(notebook)
    unknown = sorted(set(values) - set(specs))
    if unknown:
        raise ParameterError(
            f"unknown parameter(s) {', '.join(map(repr, unknown))} for {Path(notebook).name}; "
            f"it declares: {', '.join(specs)}"
        )
    for name, value in values.items():
        _check_type(specs[name], value)
