"""The README's documentation commands work as written: the docs extra installs what the docs import, and CI runs
those commands, read from the README, in a venv of their own."""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _readme_block(section: str) -> list[str]:
    """The lines of the first ```sh block under the README's '## section' heading."""
    body = README.split(f"\n## {section}\n", 1)[1].split("\n## ", 1)[0]
    return body.split("```sh\n", 1)[1].split("\n```", 1)[0].splitlines()


def _closure(requirements: list[str]) -> set[str]:
    """The installed distributions these requirements pull in, transitively (base requirements only)."""
    seen: set[str] = set()
    todo = [Requirement(text) for text in requirements]
    while todo:
        requirement = todo.pop()
        if requirement.marker is not None and not requirement.marker.evaluate({"extra": ""}):
            continue
        name = requirement.name.lower().replace("_", "-")
        if name in seen:
            continue
        try:
            found = metadata.distribution(requirement.name)
        except metadata.PackageNotFoundError:
            continue
        seen.add(name)
        todo.extend(Requirement(text) for text in found.requires or ())
    return seen


def _documented_modules() -> list[str]:
    """The kampungkb modules Sphinx's autodoc imports for the pages (the longest importable prefix of each target)."""
    targets = set()
    for page in (ROOT / "docs").glob("*.md"):
        targets |= set(re.findall(r"\.\. auto\w+::\s+(kampungkb[\w.]*)", page.read_text(encoding="utf-8")))
        targets |= set(re.findall(r"```\{auto\w+\}\s+(kampungkb[\w.]*)", page.read_text(encoding="utf-8")))
    modules = set()
    for target in targets:
        parts = target.split(".")
        while parts and not _is_module(".".join(parts)):
            parts.pop()
        modules.add(".".join(parts))
    return sorted(modules)


def _is_module(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:  # a name inside a module that is no package
        return False


_BLOCKED_IMPORT = r"""
import importlib.abc, importlib.metadata, json, sys

allowed = set(json.loads(sys.argv[1]))
owners = importlib.metadata.packages_distributions()


class OnlyTheDocsExtra(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        top = name.partition(".")[0]
        dists = {d.lower().replace("_", "-") for d in owners.get(top, ())}
        if dists and not dists & allowed:
            raise ModuleNotFoundError(f"No module named {top!r} (not installed by the docs extra)", name=top)
        return None


sys.meta_path.insert(0, OnlyTheDocsExtra())
failed = {}
for module in json.loads(sys.argv[2]):
    try:
        __import__(module)
    except ImportError as exc:
        failed[module] = str(exc)
print(json.dumps(failed))
"""


def test_the_docs_extra_installs_what_the_documented_modules_import() -> None:
    """Every module the docs document imports with only kampungkb's dependencies and the docs extra installed (on
    main, kampungkb.testing.strategies needed Hypothesis, which the docs extra did not install: 79 warnings)."""
    project = PYPROJECT["project"]
    allowed = _closure([*project["dependencies"], *project["optional-dependencies"]["docs"]]) | {"kampungkb"}
    modules = _documented_modules()
    assert "kampungkb.testing.strategies" in modules
    result = subprocess.run(
        [sys.executable, "-c", _BLOCKED_IMPORT, json.dumps(sorted(allowed)), json.dumps(modules)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    assert json.loads(result.stdout) == {}


def test_the_import_check_can_fail() -> None:
    """With Hypothesis left out of what is allowed, the strategies module is reported (the check is not vacuous)."""
    project = PYPROJECT["project"]
    allowed = _closure(project["dependencies"]) | {"kampungkb"}
    modules = json.dumps(["kampungkb.testing.strategies"])
    result = subprocess.run(
        [sys.executable, "-c", _BLOCKED_IMPORT, json.dumps(sorted(allowed)), modules],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    failed = json.loads(result.stdout)
    assert "kampungkb[hypothesis]" in failed["kampungkb.testing.strategies"]


def test_the_readme_documents_the_nitpicky_build() -> None:
    """The README's documentation block installs the docs extra and builds with -n -W, as CI must run it."""
    assert _readme_block("Documentation") == [
        "python -m pip install '.[docs]'",
        "python -m sphinx -n -W --keep-going -b html docs docs/_build/html",
    ]


@pytest.mark.skipif(sys.platform == "win32", reason="CI's scripts are bash")
def test_ci_reads_the_documentation_commands_from_the_readme() -> None:
    """CI's helper prints the README's documentation commands exactly, and CI runs them in a venv of their own."""
    printed = subprocess.run(
        ["bash", str(ROOT / ".ci" / "readme-commands"), "Documentation"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert printed.splitlines() == _readme_block("Documentation")
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    step = script.split("the README's documentation commands, exactly as written", 1)[1]
    assert '"$oldest" -m venv "$work/docs-venv"' in step
    assert 'readme-commands" Documentation' in step
    assert 'source "$work/docs-venv/bin/activate"' in step
    assert 'eval "$readme_docs"' in step
    assert "[docs]" not in step.split('eval "$readme_docs"', 1)[0].replace(".ci/readme-commands", "")


@pytest.mark.skipif(sys.platform == "win32", reason="CI's scripts are bash")
def test_the_readme_helper_refuses_a_missing_section() -> None:
    """Asked for a section the README does not have, the helper fails instead of printing nothing."""
    result = subprocess.run(
        ["bash", str(ROOT / ".ci" / "readme-commands"), "No Such Section"], capture_output=True, text=True, check=False
    )
    assert result.returncode != 0
    assert result.stdout == ""


def test_strategies_without_hypothesis_say_which_extra_to_install() -> None:
    """Importing kampungkb.testing.strategies without Hypothesis raises ModuleNotFoundError naming the extra."""
    code = (
        "import sys; sys.modules['hypothesis'] = None\n"
        "try:\n    import kampungkb.testing.strategies\n"
        "except ModuleNotFoundError as exc:\n    print(exc.name, '|', exc)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    name, _, message = result.stdout.strip().partition(" | ")
    assert name == "hypothesis"
    assert "pip install 'kampungkb[hypothesis]'" in message
