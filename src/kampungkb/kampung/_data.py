"""Lazy access to the Kampung KB reference data in ``kampungkb/data/kampung/*.json``.

Each file has a ``"_source"`` header and one or more sections, each a list of
rows keyed by ``code``. Files are read on first use, behind a lock, then cached.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Mapping
from importlib import resources
from typing import Any, TypeVar

__all__ = ["load_file", "row_of", "rows_of", "vocabulary"]

E = TypeVar("E", bound=type)

_lock = threading.Lock()
_files: dict[str, Mapping[str, Any]] = {}
_sections: dict[type, tuple[str, str]] = {}
_rows: dict[type, Mapping[str, Mapping[str, Any]]] = {}


def load_file(name: str) -> Mapping[str, Any]:
    """The parsed data file ``data/kampung/<name>.json`` (read once)."""
    found = _files.get(name)
    if found is None:
        with _lock:
            found = _files.get(name)
            if found is None:
                text = resources.files("kampungkb").joinpath("data", "kampung", f"{name}.json").read_text("utf-8")
                found = _files[name] = json.loads(text)
    return found


def vocabulary(file: str, section: str = "items") -> Callable[[E], E]:
    """Class decorator: the enum's rows are ``section`` of data file ``file``."""

    def register(cls: E) -> E:
        _sections[cls] = (file, section)
        return cls

    return register


def rows_of(cls: type) -> Mapping[str, Mapping[str, Any]]:
    """The data rows of a registered vocabulary, by code."""
    found = _rows.get(cls)
    if found is None:
        file, section = _sections[cls]
        rows = load_file(file)[section]
        found = {row["code"]: row for row in rows}
        with _lock:
            _rows[cls] = found
    return found


def row_of(member: Any) -> Mapping[str, Any]:
    """The data row of one enum member."""
    return rows_of(type(member))[member._value_]
