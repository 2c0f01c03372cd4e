"""Example documents shipped with kampungkb, built from real programme facts.

>>> example = participants_pasuruan_2020()
>>> example.total
155
"""

from __future__ import annotations

from importlib import resources

from ..events import ParticipantGroup, Participants

__all__ = ["example_json", "participants_pasuruan_2020"]


def participants_pasuruan_2020() -> Participants:
    """The participants of the Kota Pasuruan Kampung KB workshop, 28–29 December 2020.

    155 people: 12 heads of regional agencies sitting in the Pokja Kampung KB, 4 camat,
    4 lurah, 114 Pokja Kampung KB members and 21 Penyuluh KB (source: the city's news
    report of the workshop; see ``shared/domain/README.md``).

    >>> [group.count for group in participants_pasuruan_2020().groups]
    [12, 4, 4, 114, 21]
    """
    return Participants(
        groups=(
            ParticipantGroup("Kepala Perangkat Daerah", 12, "anggota Pokja Kampung KB"),
            ParticipantGroup("Camat", 4),
            ParticipantGroup("Lurah", 4),
            ParticipantGroup("Pokja Kampung KB", 114),
            ParticipantGroup("Penyuluh KB", 21),
        ),
        total=155,
    )


def example_json() -> str:
    """The shipped example as JSON text (package data).

    >>> from kampungkb import from_json
    >>> from_json(example_json(), Participants) == participants_pasuruan_2020()
    True
    """
    return resources.files(__package__).joinpath("pasuruan_participants_2020.json").read_text(encoding="utf-8")
