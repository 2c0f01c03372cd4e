"""The package's shape: layers a tool checks, one public path per object, error codes from
their vocabulary, and generated code that debugs like hand-written code."""

from __future__ import annotations

import ast
import importlib
import shutil
import subprocess
import sys
import traceback
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

import kampungkb
from kampungkb import from_dict
from kampungkb._core import CodedEnum, field, model, public_modules, rows_of, vocabularies, vocabulary
from kampungkb.errors import ErrorCode, ErrorItem

PACKAGE = Path(kampungkb.__file__).resolve().parent
PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"
AREAS = ("dates", "regions", "legal", "people", "kampung", "events")
CODES = {code.value for code in ErrorCode}


_LINT = "from importlinter.cli import lint_imports_command; lint_imports_command()"


def lint_imports(source_root: Path) -> subprocess.CompletedProcess[str]:
    """Run import-linter's contracts (from pyproject.toml) over the package found in ``source_root``."""
    return subprocess.run(
        [sys.executable, "-c", _LINT, "--no-cache", "--no-logo", str(PYPROJECT)],
        cwd=source_root,
        env={"PYTHONPATH": str(source_root), "PATH": ""},
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_import_contracts_hold() -> None:
    """Layers, private modules and acyclic siblings: import-linter keeps every contract."""
    result = lint_imports(PACKAGE.parent)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 kept, 0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "bad_import", "broken"),
    [
        ("_core/_checks.py", "from ..events import Workshop", "Layers"),
        ("regions/_code.py", "from ..people import Official", "Layers"),
        ("events/_kinds.py", "from ..legal._grammar import parse_identity", "private module"),
        ("_core/_json.py", "from ._converter import made", "cycles"),
    ],
)
def test_a_bad_import_breaks_a_contract(tmp_path: Path, module: str, bad_import: str, broken: str) -> None:
    """A lower layer importing a higher one, a private module imported across areas, or a cycle
    (even inside a function) is caught."""
    copy = tmp_path / "kampungkb"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    target = copy / module
    target.write_text(target.read_text(encoding="utf-8") + f"\n\ndef _bad() -> None:\n    {bad_import}\n")
    result = lint_imports(tmp_path)
    assert result.returncode == 1, result.stdout
    broken_line = next(line for line in result.stdout.splitlines() if line.endswith("BROKEN"))
    assert broken in broken_line


def test_no_module_is_part_of_an_import_cycle() -> None:
    """No chain of imports, however long and wherever written, leads a module back to itself."""
    import grimp

    graph = grimp.build_graph("kampungkb", cache_dir=None)
    edges = {module: graph.find_modules_directly_imported_by(module) for module in graph.modules}
    cycles = [
        (module, other)
        for module, imported in edges.items()
        for other in imported
        if other != module and graph.chain_exists(importer=other, imported=module)
    ]
    assert not cycles


def test_the_top_level_shows_the_layers() -> None:
    """At most ten top-level modules; every folder is an area, the core, the data, or a top-layer package."""
    modules = sorted(path.name for path in PACKAGE.glob("*.py"))
    folders = sorted(path.name for path in PACKAGE.iterdir() if path.is_dir() and path.name != "__pycache__")
    assert len(modules) <= 10, modules
    assert set(folders) == {*AREAS, "_core", "data", "examples", "testing", "analysis", "charts"}


@pytest.mark.parametrize("area", AREAS)
def test_each_area_is_a_package_whose_init_only_re_exports(area: str) -> None:
    """The area's __init__ has a docstring saying what the area is, then imports and __all__, nothing else."""
    tree = ast.parse((PACKAGE / area / "__init__.py").read_text(encoding="utf-8"))
    assert ast.get_docstring(tree)
    for node in tree.body[1:]:
        is_all = isinstance(node, ast.Assign) and [getattr(t, "id", None) for t in node.targets] == ["__all__"]
        assert isinstance(node, ast.ImportFrom) or is_all, ast.dump(node)[:80]
    assert all(path.name.startswith("_") for path in (PACKAGE / area).glob("*.py"))


def _public_paths() -> dict[int, list[str]]:
    modules = [*public_modules(), importlib.import_module("kampungkb.examples")]
    paths: dict[int, list[str]] = defaultdict(list)
    for module in modules:
        for name in module.__all__:
            obj = getattr(module, name)
            if isinstance(obj, type) or callable(obj):
                paths[id(obj)].append(f"{module.__name__}.{name}")
    return paths


def test_every_public_object_has_one_public_path() -> None:
    """A class or function is public in one module only; the top-level package's shortcuts to the
    errors and the four codec functions are the one exception."""
    shortcuts = {f"kampungkb.{name}" for name in kampungkb.__all__}
    doubled = {
        tuple(paths)
        for paths in _public_paths().values()
        if len([path for path in paths if path not in shortcuts]) != 1
    }
    assert not doubled


def _code_literals(tree: ast.AST) -> list[int]:
    """Lines where an error code is written as a string where an ErrorCode belongs."""
    found = []
    for node in ast.walk(tree):
        candidates: list[ast.expr] = []
        if isinstance(node, ast.Call):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", None)
            if name == "ErrorItem" and len(node.args) >= 3:
                candidates.append(node.args[2])
            if name == "single" and len(node.args) >= 3:
                candidates.append(node.args[2])
            candidates += [keyword.value for keyword in node.keywords if keyword.arg == "code"]
        elif isinstance(node, ast.Compare) and any(
            isinstance(side, ast.Attribute) and side.attr == "code" for side in (node.left, *node.comparators)
        ):
            candidates += [node.left, *node.comparators]
        found += [node.lineno for node in candidates if isinstance(node, ast.Constant) and node.value in CODES]
    return found


def test_no_error_code_is_written_as_a_string_in_the_package() -> None:
    """Every error raised in src/ names its code from the ErrorCode vocabulary."""
    offenders = {
        str(path.relative_to(PACKAGE)): lines
        for path in PACKAGE.rglob("*.py")
        if (lines := _code_literals(ast.parse(path.read_text(encoding="utf-8"))))
    }
    assert not offenders


def test_the_literal_code_check_can_fail() -> None:
    """The check above finds a code written as a string (it is not vacuous)."""
    source = 'raise ValidationError.single((), "bad", "invariant")\nErrorItem((), "bad", code="type")\n'
    assert _code_literals(ast.parse(source)) == [1, 2]


def test_an_error_item_refuses_a_code_outside_the_vocabulary() -> None:
    """A code given as a string must be one of the ErrorCode values."""
    assert ErrorItem((), "bad", "invariant").code is ErrorCode.INVARIANT
    with pytest.raises(ValueError, match="not an error code"):
        ErrorItem((), "bad", "oops")


@model
class _Tally:
    count: int = field(ge=0)

    def _invariants(self) -> Any:
        yield from ()
        raise RuntimeError("a bug in a rule")


def test_a_traceback_through_generated_code_shows_the_class_and_the_line() -> None:
    """Generated loaders are registered in linecache under a name that says which class they load."""
    with pytest.raises(RuntimeError) as caught:
        from_dict({"count": 1}, _Tally)
    text = "".join(traceback.format_exception(caught.value))
    assert f"<kampungkb generated {__name__}._Tally.load>" in text
    assert "for _ in invariants(o)" in text


def test_every_vocabulary_table_lists_exactly_its_enums_codes() -> None:
    """Each data table behind a vocabulary holds a row for every member and for nothing else."""
    import kampungkb.kampung  # noqa: F401 - declares the kampung vocabularies

    ours = [cls for cls in vocabularies() if cls.__module__.startswith("kampungkb.")]
    assert len(ours) >= 20
    for cls in ours:
        assert list(rows_of(cls)) == [member.value for member in cls]


def test_a_vocabulary_whose_table_disagrees_is_refused() -> None:
    """A table that lacks a member's row (or has one too many) is a packaging error, not a silent gap."""

    @vocabulary("kampung", "sexes")
    class Sexes(CodedEnum):
        MALE = "male", "Pria"

    with pytest.raises(LookupError, match="Sexes"):
        rows_of(Sexes)
