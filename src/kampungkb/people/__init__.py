"""People in programme records: names with their titles, positions, organizations and officials.

Programme documents name people the Indonesian official way — a form of
address, degrees before the name, the name, then a comma and the degrees after
it — and write them in many ways. :class:`PersonName` reads them all and
writes the official form; :class:`Official` adds the position and where it is
held; :class:`Organization` names an agency, expanding the acronyms regional
family-planning agencies use.

    >>> head = Official.parse("Kepala Dinas DP3AKB Kota Pasuruan Ibu Njoman Swasti, S.STP, MM")
    >>> str(head.name), head.name.formal()
    ('Njoman Swasti, S.STP., M.M.', 'Ibu Njoman Swasti, S.STP., M.M.')
    >>> head.organization.name
    'Dinas Pemberdayaan Perempuan, Perlindungan Anak dan Keluarga Berencana Kota Pasuruan'
    >>> str(Official.parse("Wali Kota Pasuruan Bapak Raharto Teno Prasetyo, ST").region)
    '35.75'
"""

from ._official import Official
from ._organization import Organization
from ._person import PersonName
from ._vocab import ActingForm, EventRole, Honorific, OrganizationKind, Position, PositionGroup, WorkLevel

__all__ = [
    "ActingForm",
    "EventRole",
    "Honorific",
    "Official",
    "Organization",
    "OrganizationKind",
    "PersonName",
    "Position",
    "PositionGroup",
    "WorkLevel",
]
