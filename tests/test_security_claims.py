"""The robustness page's security notes, checked: what the package's source does and does not
do (no network, no evaluation of input, files written only in known places), and what an
error message shows of a hostile value."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import kampungkb
from kampungkb.codec import from_dict
from kampungkb.errors import ValidationError
from kampungkb.events import ParticipantGroup

PACKAGE = Path(kampungkb.__file__).parent
SOURCES = sorted(PACKAGE.rglob("*.py"))

#: Modules that open connections, run programs, or turn bytes into code or objects.
FORBIDDEN_MODULES = frozenset(
    {
        "socket", "ssl", "urllib", "http", "ftplib", "smtplib", "poplib", "imaplib", "telnetlib", "xmlrpc",
        "asyncio", "requests", "httpx", "aiohttp", "subprocess", "pickle", "marshal", "shelve", "dill",
    }
)  # fmt: skip
#: Submodules of a forbidden package that only parse text and never open a connection.
PURE_SUBMODULES = frozenset({"urllib.parse"})
#: (module, function) pairs that write, replace or remove files, and the one place each may appear.
WRITERS = {
    # every path given to a bulk writer or --output (a device such as /dev/stdout is opened, not replaced)
    ("_core/_files.py", "atomic_writer"): {"open", "replace", "unlink"},
    ("_core/_files.py", "_create_beside"): {"open"},  # the new file beside the target
    ("schema.py", "write_schemas"): {"write_text"},  # the directory the caller names
    ("legal/_docs.py", "update_page"): {"write_text"},  # the docs page the maintainer names
    ("regions/_build.py", "main"): {"write_bytes"},  # the packed region data, by the maintainer's generator
}
#: Calls that write or remove files on any object (Path methods) and on the os and shutil modules.
WRITING_METHODS = {"write_text", "write_bytes", "unlink", "rename", "rmdir", "touch"}
WRITING_FUNCTIONS = {
    "replace",
    "rename",
    "unlink",
    "remove",
    "rmtree",
    "move",
    "copy",
    "copyfile",
    "mkstemp",
    "truncate",
}


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _functions(tree: ast.Module) -> dict[ast.AST, str]:
    """Each node inside a function, mapped to that function's name."""
    owner: dict[ast.AST, str] = {}
    for function in ast.walk(tree):  # outer functions first, so an inner function claims its own nodes
        if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            for node in ast.walk(function):
                owner[node] = function.name
    return owner


def _called_name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


def test_there_are_sources() -> None:
    """The walks below read the package's source files (a broken walk would check nothing)."""
    assert len(SOURCES) > 50
    assert PACKAGE / "_core" / "_files.py" in SOURCES


def test_no_module_can_reach_the_network_run_programs_or_unpickle() -> None:
    """No module imports a networking, process or deserialisation module."""
    found = []
    for path in SOURCES:
        for node in ast.walk(_tree(path)):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            found.extend(
                f"{path.relative_to(PACKAGE)}: {name}"
                for name in names
                if name.split(".")[0] in FORBIDDEN_MODULES and name not in PURE_SUBMODULES
            )
    assert found == []


def test_input_is_never_evaluated() -> None:
    """No eval or __import__, and the one exec is the code generator's (which compiles code built
    from model declarations; modules are imported by name only from the package's own list)."""
    calls = []
    for path in SOURCES:
        tree = _tree(path)
        owner = _functions(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _called_name(node) in {"eval", "exec", "__import__"}:
                calls.append((str(path.relative_to(PACKAGE)), owner.get(node), _called_name(node)))
    assert calls
    assert all(where == "_core/_codegen.py" and name == "exec" for where, _, name in calls), calls


def test_files_are_written_only_in_known_places() -> None:
    """Every call that writes, replaces or removes a file is in a function that writes where the caller says."""
    found: dict[tuple[str, str | None], set[str]] = {}
    for path in SOURCES:
        tree = _tree(path)
        owner = _functions(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _called_name(node)
            modes = [*node.args[1:2], *(keyword.value for keyword in node.keywords if keyword.arg == "mode")]
            mode = modes[0].value if modes and isinstance(modes[0], ast.Constant) else ("?" if modes else "r")
            writes_by_open = name == "open" and (
                (isinstance(mode, str) and any(flag in mode for flag in "wax+?"))  # "?": a mode not written out
                or (isinstance(node.func, ast.Attribute) and node.func.attr == "open")  # os.open
            )
            on_module = (
                isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id in {"os", "shutil", "tempfile"}
            )
            if writes_by_open or name in WRITING_METHODS or (on_module and name in WRITING_FUNCTIONS):
                found.setdefault((str(path.relative_to(PACKAGE)), owner.get(node)), set()).add(name or "")
    assert found == WRITERS


def test_a_hostile_value_is_quoted_short_in_messages() -> None:
    """A megabyte of text in a field gives an error whose message quotes only a short excerpt of it."""
    with pytest.raises(ValidationError) as caught:
        from_dict({"role": "\u202e" + "x" * 1_000_000, "count": "4" * 10_000}, ParticipantGroup)
    assert caught.value.errors
    assert all(len(item.message) < 300 for item in caught.value.errors)
    assert len(str(caught.value)) < 1_000


def test_every_test_the_robustness_page_cites_exists() -> None:
    """Each `tests/FILE.py::test_name` on docs/robustness.md names a test function of that file."""
    import re

    root = Path(__file__).parent.parent
    page = (root / "docs" / "robustness.md").read_text(encoding="utf-8")
    cited = set(re.findall(r"tests/(\w+\.py)::(\w+)", page))
    assert len(cited) > 40
    missing = [
        f"{file}::{name}"
        for file, name in sorted(cited)
        if not re.search(rf"^def {name}\(", (root / "tests" / file).read_text(encoding="utf-8"), re.MULTILINE)
    ]
    assert missing == []
