"""Every public model (and value type, and union) round-trips through CSV and Excel: nothing lost, nothing changed."""

from __future__ import annotations

import io
from typing import Any

import pytest
from hypothesis import given, reject, settings
from hypothesis import strategies as st

from kampungkb._core import public_types
from kampungkb.bulk import from_csv, to_csv
from kampungkb.errors import ValidationError

openpyxl = pytest.importorskip("openpyxl")
from kampungkb.spreadsheets import from_xlsx, to_xlsx  # noqa: E402

# Kept modest: every public type, twice (CSV and Excel), in the suite CI runs twice.
_EXAMPLES = max(5, settings.default.max_examples // 4)
_TYPES = sorted(public_types().items())


def _or_blank(write: Any) -> bool:
    """Write; False (and the example rejected) when the record has no filled cell, which the layout refuses."""
    try:
        write()
    except ValidationError as exc:
        assert exc.errors[0].message.endswith("a blank row is read as no record"), exc
        reject()
    return True


@pytest.mark.parametrize(("name", "cls"), _TYPES, ids=[name for name, _ in _TYPES])
def test_every_type_round_trips_through_csv(name: str, cls: Any) -> None:
    @settings(max_examples=_EXAMPLES)
    @given(st.lists(st.from_type(cls), min_size=1, max_size=3), st.sampled_from([",", ";", "\t"]))
    def check(objects: list[Any], delimiter: str) -> None:
        out = io.StringIO()
        _or_blank(lambda: to_csv(objects, out, cls, delimiter=delimiter))
        assert from_csv(io.BytesIO(out.getvalue().encode()), cls) == objects

    check()


@pytest.mark.parametrize(("name", "cls"), _TYPES, ids=[name for name, _ in _TYPES])
def test_every_type_round_trips_through_excel(name: str, cls: Any) -> None:
    @settings(max_examples=_EXAMPLES)
    @given(st.lists(st.from_type(cls), min_size=1, max_size=3))
    def check(objects: list[Any]) -> None:
        book = io.BytesIO()
        _or_blank(lambda: to_xlsx(objects, book, cls))
        assert from_xlsx(book, cls) == objects

    check()
