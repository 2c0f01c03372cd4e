"""The browser check (.ci/browser-check) says why it is skipped rather than passing silently."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / ".ci" / "browser-check"


def _run(root: Path, **env: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, str(SCRIPT), str(root)]
    return subprocess.run(command, capture_output=True, text=True, check=False, env={"PATH": "/nonexistent", **env})


def test_no_built_docs_is_a_failure(tmp_path: Path) -> None:
    """Without index.html there is nothing to check: exit 1."""
    assert _run(tmp_path).returncode == 1


@pytest.mark.skipif(importlib.util.find_spec("playwright") is not None, reason="Playwright is installed here")
def test_without_playwright_the_check_is_skipped_with_its_reason(tmp_path: Path) -> None:
    """No Playwright: a printed reason, exit 0 — or exit 1 when the check is required."""
    (tmp_path / "index.html").write_text("<html></html>", encoding="utf-8")
    result = _run(tmp_path)
    assert result.returncode == 0
    assert "skipped: Playwright for Python is not installed" in result.stdout
    assert _run(tmp_path, BROWSER_CHECK_REQUIRED="1").returncode == 1
