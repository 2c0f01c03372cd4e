"""The API reference (docs/api.md) documents every name in every public ``__all__``."""

from __future__ import annotations

import importlib
import re
from pathlib import Path
from typing import Any

import kampungkb
from kampungkb._core import public_modules

API = Path(__file__).resolve().parent.parent / "docs" / "api.md"
DIRECTIVE = re.compile(r"^\.\. auto(?:class|function|data|exception):: (\S+)", re.MULTILINE)
EXTRA_MODULES = ("kampungkb.examples", "kampungkb.testing.strategies")


def resolve(path: str) -> Any:
    """The object a dotted path names."""
    parts = path.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            obj: Any = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        for part in parts[cut:]:
            obj = getattr(obj, part)
        return obj
    raise LookupError(path)


def documented() -> dict[int, str]:
    """The objects the page documents, by identity."""
    return {id(resolve(target)): target for target in DIRECTIVE.findall(API.read_text(encoding="utf-8"))}


def public_names() -> dict[str, Any]:
    """Every public name, as module.name, with its object."""
    modules = [*public_modules(), *(importlib.import_module(name) for name in EXTRA_MODULES)]
    return {f"{module.__name__}.{name}": getattr(module, name) for module in modules for name in module.__all__}


def test_every_public_name_is_in_the_api_reference() -> None:
    """No public name is missing from docs/api.md (the same object under any public path counts)."""
    found = documented()
    missing = sorted(name for name, obj in public_names().items() if id(obj) not in found)
    assert not missing, f"add to docs/api.md: {missing}"


def test_every_entry_of_the_api_reference_is_public() -> None:
    """The page documents nothing that is not public."""
    public = {id(obj) for obj in public_names().values()}
    stray = sorted(target for key, target in documented().items() if key not in public)
    assert not stray, f"not public: {stray}"


def test_the_top_level_is_small() -> None:
    """The top-level package re-exports only the errors, the codec functions and the version."""
    assert set(kampungkb.__all__) == {
        "ErrorItem",
        "KampungKBError",
        "ValidationError",
        "__version__",
        "from_dict",
        "from_json",
        "to_dict",
        "to_json",
    }


def test_every_public_function_and_class_has_a_runnable_example() -> None:
    """Each public function and class has a docstring with at least one >>> example."""
    import inspect

    missing = sorted(
        name
        for name, obj in public_names().items()
        if (inspect.isclass(obj) or inspect.isfunction(obj)) and ">>>" not in (inspect.getdoc(obj) or "")
    )
    assert not missing, f"add an example to: {missing}"
