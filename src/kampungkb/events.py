"""Programme events: lokakarya, lokakarya mini, pencanangan, rakor and their kin.

Each kind of event is its own model class, all sharing one set of fields, and
they travel in JSON as a tagged union: the ``kind`` code comes first and
chooses the class. Participants are recorded as a breakdown by role with the
total the source states, which must equal the sum:

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

from ._enum import CodedEnum
from ._model import field, model
from ._types import describe
from .errors import ErrorItem, ValidationError

__all__ = [
    "EventKind",
    "EventLevel",
    "ParticipantGroup",
    "ParticipantShare",
    "Participants",
    "Programme",
    "participants_by_role",
]


class EventKind(CodedEnum):
    """The kinds of programme event, with the ``kind`` code each carries in JSON.

    >>> EventKind.WORKSHOP.code, EventKind.WORKSHOP.label
    ('lokakarya', 'Lokakarya')
    >>> EventKind.from_code("rakor").label
    'Rapat Koordinasi'
    """

    WORKSHOP = "lokakarya", "Lokakarya"
    MINI_WORKSHOP = "lokakarya_mini", "Lokakarya Mini"
    LAUNCH = "pencanangan", "Pencanangan"
    COORDINATION_MEETING = "rakor", "Rapat Koordinasi"
    SOCIALIZATION = "sosialisasi", "Sosialisasi"
    APPRECIATION = "apresiasi", "Apresiasi"
    TRAINING = "pelatihan", "Pelatihan"
    ORIENTATION = "orientasi", "Orientasi"


class EventLevel(CodedEnum):
    """The level of government an event is held at (tingkat), from the village up to the nation.

    Levels are ordered: ``EventLevel.VILLAGE < EventLevel.NATIONAL``. The codes
    below the nation are the region-level codes of :mod:`kampungkb.regions`.

    >>> EventLevel.REGENCY.code, EventLevel.REGENCY.label
    ('kabupaten_kota', 'Kabupaten/Kota')
    >>> EventLevel.DISTRICT < EventLevel.PROVINCE
    True
    """

    VILLAGE = "desa_kelurahan", "Desa/Kelurahan"
    DISTRICT = "kecamatan", "Kecamatan"
    REGENCY = "kabupaten_kota", "Kabupaten/Kota"
    PROVINCE = "provinsi", "Provinsi"
    NATIONAL = "nasional", "Nasional"

    @property
    def rank(self) -> int:
        """1 for the village level up to 5 for the nation.

        >>> EventLevel.NATIONAL.rank
        5
        """
        return _LEVEL_RANK[self]

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, EventLevel):
            return NotImplemented
        return self.rank < other.rank

    def __le__(self, other: object) -> bool:
        if not isinstance(other, EventLevel):
            return NotImplemented
        return self.rank <= other.rank


class Programme(CodedEnum):
    """The national programme an event belongs to, under the name it carried at the time.

    KKBPK was the name in the 2015–2019 plan period; Bangga Kencana replaced it at the end
    of 2019 (see docs/events.md for the sources).

    >>> Programme.BANGGA_KENCANA.label
    'Pembangunan Keluarga, Kependudukan dan Keluarga Berencana'
    """

    KKBPK = "kkbpk", "Kependudukan, Keluarga Berencana dan Pembangunan Keluarga"
    BANGGA_KENCANA = "bangga_kencana", "Pembangunan Keluarga, Kependudukan dan Keluarga Berencana"


@model
class ParticipantGroup:
    """One group of participants: who they are (their role) and how many came.

    >>> ParticipantGroup("Penyuluh KB", 21, "penyuluh KB se-Kota Pasuruan").count
    21
    """

    role: str = field(min_length=1, max_length=200, description="who the participants are")
    count: int = field(ge=0, description="how many took part")
    description: str | None = field(default=None, min_length=1, max_length=1000)


@model
class Participants:
    """Participants as a breakdown by role, with the stated total (which must equal the sum).

    A source that gives only a total (68 participants from 17 regencies) is
    recorded with no groups; the sum rule applies as soon as there is one group.

    >>> Participants((ParticipantGroup("Lurah", 4),), total=4).groups[0].role
    'Lurah'
    >>> Participants((), total=68).total
    68
    """

    groups: tuple[ParticipantGroup, ...] = field(max_items=100)
    total: int = field(ge=0, description="the total the source states")

    def _invariants(self) -> Iterator[ErrorItem]:
        if not self.groups:
            return
        counted = sum(group.count for group in self.groups)
        if counted != self.total:
            yield ErrorItem(
                ("total",),
                f"the stated total is {self.total} but the groups add up to {counted}",
                "invariant",
            )


@model
class ParticipantShare:
    """One row of a participants-by-role table: the role, its count and its share of the total.

    ``share`` is a fraction between 0 and 1 (0 when the total is 0). Rows are
    made by :func:`participants_by_role`.

    >>> row = ParticipantShare("Camat", 4, 0.5)
    >>> row.percent
    50.0
    """

    role: str = field(min_length=1, max_length=200, description="who the participants are")
    count: int = field(ge=0, description="how many took part")
    share: float = field(ge=0.0, le=1.0, description="the fraction of the total, 0 to 1")

    @property
    def percent(self) -> float:
        """The share as a percentage, rounded to one decimal place.

        >>> ParticipantShare("Lurah", 4, 4 / 155).percent
        2.6
        """
        return round(self.share * 100, 1)


def participants_by_role(participants: Participants) -> tuple[ParticipantShare, ...]:
    """The participants as rows of (role, count, share of the total), in the order recorded.

    Args:
        participants: the breakdown to tabulate.

    Returns:
        One :class:`ParticipantShare` per group.

    >>> rows = participants_by_role(Participants((ParticipantGroup("Camat", 4), ParticipantGroup("Lurah", 12)), 16))
    >>> [(row.role, row.count, row.percent) for row in rows]
    [('Camat', 4, 25.0), ('Lurah', 12, 75.0)]
    """
    if not isinstance(participants, Participants):
        raise ValidationError.single(f"expected Participants, found {describe(participants)}", "type")
    total = participants.total
    return tuple(
        ParticipantShare(group.role, group.count, group.count / total if total else 0.0)
        for group in participants.groups
    )


# ---------------------------------------------------------------------------
# Helpers

_LEVEL_RANK: dict[EventLevel, int] = {level: rank for rank, level in enumerate(EventLevel, start=1)}
