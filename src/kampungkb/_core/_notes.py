"""Notes: what a loader corrected while reading data, for whoever asked to hear it.

Loading stays strict and silent for library callers; a caller that wants to hear about
corrections (the command line's ``validate``) collects them around the load.

    >>> with collecting_notes() as notes:
    ...     add_note("'UUD 52/2009' was read as 'UU 52/2009'")
    >>> notes
    ["'UUD 52/2009' was read as 'UU 52/2009'"]
    >>> add_note("nobody is listening")  # outside a collection: dropped
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

__all__ = ["add_note", "collecting_notes"]

_NOTES: ContextVar[list[str] | None] = ContextVar("kampungkb_notes", default=None)


@contextmanager
def collecting_notes() -> Iterator[list[str]]:
    """Collect the notes added inside the ``with`` block into the list it yields."""
    notes: list[str] = []
    token = _NOTES.set(notes)
    try:
        yield notes
    finally:
        _NOTES.reset(token)


def add_note(message: str) -> None:
    """Add a note to the collection in progress, if any."""
    notes = _NOTES.get()
    if notes is not None:
        notes.append(message)
