"""Programme events: who took part, by role.

>>> groups = (ParticipantGroup("Camat", 4), ParticipantGroup("Lurah", 4))
>>> Participants(groups, total=8).total
8
>>> Participants(groups, total=9)
Traceback (most recent call last):
...
kampungkb.errors.ValidationError: 1 validation error
$.total: the stated total is 9 but the groups add up to 8 [invariant]
"""

from __future__ import annotations

from collections.abc import Iterator

from ._model import field, model
from .errors import ErrorItem

__all__ = ["ParticipantGroup", "Participants"]


@model
class ParticipantGroup:
    """One group of participants: who they are (their role) and how many came.

    >>> ParticipantGroup("Penyuluh KB", 21, "penyuluh KB se-Kota Pasuruan").count
    21
    """

    role: str = field(min_length=1, max_length=200, description="who the participants are")
    count: int = field(ge=0, description="how many took part")
    description: str | None = field(default=None, max_length=1000)


@model
class Participants:
    """Participants as a breakdown by role, with the stated total (which must equal the sum).

    >>> Participants((ParticipantGroup("Lurah", 4),), total=4).groups[0].role
    'Lurah'
    """

    groups: tuple[ParticipantGroup, ...] = field(min_items=1)
    total: int = field(ge=0, description="the total the source states")

    def _invariants(self) -> Iterator[ErrorItem]:
        counted = sum(group.count for group in self.groups)
        if counted != self.total:
            yield ErrorItem(
                ("total",),
                f"the stated total is {self.total} but the groups add up to {counted}",
                "invariant",
            )
