"""The one way kampungkb reads its reference data, and caches what it builds from it.

Reference data lives in JSON files under ``kampungkb/data/<area>/``, each with a ``"_source"``
header naming its sources and the confidence of its facts. :func:`data_file` reads a file on
first use — strictly, through :func:`~kampungkb._core.parse_json` — behind a lock, and keeps
it for the life of the process; :func:`once` does the same for a table built from the data
(an index, a compiled pattern). Nothing is read at import time.

A vocabulary (a :class:`~kampungkb._core.CodedEnum`) whose members have more facts than a
code and a label declares its table with :func:`vocabulary`; the rows then hold only those
other facts, keyed by ``code``: each fact is written once, the label in the enum and the
rest in the file, and :func:`rows_of` checks that the two list the same codes.

    >>> data_file("dates", "calendar")["months"][11]["name"]
    'Desember'
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from ._json import parse_json
from ._lazy import lock as _lock

__all__ = ["data_file", "row_of", "rows_of", "vocabularies", "vocabulary"]

T = TypeVar("T")
E = TypeVar("E", bound=type[enum.Enum])
_ROOT = __name__.split(".")[0]

_files: dict[tuple[str, str], Mapping[str, Any]] = {}
_sections: dict[type[enum.Enum], tuple[str, str, str]] = {}
_rows: dict[type[enum.Enum], Mapping[str, Mapping[str, Any]]] = {}


def data_file(area: str, name: str) -> Mapping[str, Any]:
    """The parsed data file ``kampungkb/data/<area>/<name>.json``, read once per process."""
    key = (area, name)
    found = _files.get(key)
    if found is None:
        with _lock:
            found = _files.get(key)
            if found is None:
                from importlib import resources  # on first use: importing it costs more than kampungkb

                path = resources.files(_ROOT).joinpath("data", area, f"{name}.json")
                found = _files[key] = parse_json(path.read_bytes())
    return found


def vocabulary(area: str, file: str, section: str = "items") -> Callable[[E], E]:
    """Class decorator: the enum's further facts are the rows of ``section`` in a data file."""

    def register(cls: E) -> E:
        _sections[cls] = (area, file, section)
        return cls

    return register


def vocabularies() -> tuple[type[enum.Enum], ...]:
    """Every vocabulary declared with :func:`vocabulary` so far (those of the areas imported)."""
    return tuple(_sections)


def rows_of(cls: type[enum.Enum]) -> Mapping[str, Mapping[str, Any]]:
    """The data rows of a vocabulary declared with :func:`vocabulary`, by code.

    Raises :class:`LookupError` when the file and the enum do not list the same codes (a
    packaging error, caught by the test suite).
    """
    found = _rows.get(cls)
    if found is None:
        area, file, section = _sections[cls]
        rows = {row["code"]: row for row in data_file(area, file)[section]}
        codes = {member.value for member in cls}
        if set(rows) != codes:
            raise LookupError(f"{cls.__name__}: data/{area}/{file}.json lists {sorted(rows)}, the enum {sorted(codes)}")
        with _lock:
            found = _rows.setdefault(cls, rows)
    return found


def row_of(member: enum.Enum) -> Mapping[str, Any]:
    """The data row of one vocabulary member."""
    return rows_of(type(member))[member.value]
