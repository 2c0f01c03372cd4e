"""Hypothesis strategies of VALID kampungkb objects, valid by construction (requires hypothesis).

>>> from kampungkb.testing.strategies import participants
>>> from kampungkb.events import Participants
>>> isinstance(participants().example(), Participants)  # doctest: +SKIP
True
"""

from __future__ import annotations

from ._events import participant_groups, participants

__all__ = ["participant_groups", "participants"]
