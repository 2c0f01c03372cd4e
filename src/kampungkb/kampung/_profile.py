"""The profile report (*Profil Kepemilikan / Pendukung / Mekanisme Operasional*) and its blocks.

>>> PlkbSupport(accompanied=False, name="Siti", contact="0812", supervisor=PlkbSupervisorKind.OTHER)
Traceback (most recent call last):
...
kampungkb.errors.ValidationError: 1 validation error
$.supervisor_other: name the supervisor when the kind is Lainnya [invariant]
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator
from typing import ClassVar

from .._core import LABEL, LINE, field, model, once
from ..errors import ErrorCode, ErrorItem
from ._period import ReportPeriod
from ._record import Pokja
from ._rules import Coverage, each_once, unique_items
from ._vocab import DataUse, Frequency, FundingSource, OperationalMechanism, PlkbSupervisorKind, Poktan, RegulationLevel

__all__ = [
    "CommunityPlan",
    "OperationalRoutine",
    "PlkbSupport",
    "PoktanPresence",
    "ProfileReport",
    "Regulation",
]


@model
class PoktanPresence:
    """Whether the kampung has one poktan or facility (the portal's "Ada" / "Tidak Ada").

    >>> PoktanPresence(Poktan.BKB, True).present
    True
    """

    poktan: Poktan = field(description="the poktan or facility asked about")
    present: bool = field(description="program_flag: true for Ada, false for Tidak Ada")


@model(kw_only=True)
class PlkbSupport:
    """Who accompanies the kampung: a PLKB/PKB (with NIP), or else a supervisor (pengarah) of some kind.

    The portal's rules: a name is always given; with a PLKB its NIP is required and there is no supervisor; without
    one a supervisor kind is required and there is no NIP; the kind "Lainnya"
    needs the supervisor described in ``supervisor_other``. The contact
    (phone or e-mail) is optional: the portal's form asks for it, but a person
    may have none on record and other sources rarely print it.

    >>> PlkbSupport(accompanied=True, nip="198001012005011001", name="Budi", contact="budi@example.org").nip
    '198001012005011001'
    """

    accompanied: bool = field(description="plkb_pendamping_flag: a PLKB/PKB accompanies the kampung")
    nip: str | None = field(default=None, min_length=1, max_length=255, pattern=LINE, description="plkb_nip")
    name: str = field(min_length=1, max_length=255, pattern=LABEL, description="plkb_nama")
    contact: str | None = field(
        default=None, min_length=1, max_length=255, pattern=LINE, description="plkb_kontak: a phone number or e-mail"
    )
    supervisor: PlkbSupervisorKind | None = field(default=None, description="plkb_pengarah: without a PLKB")
    supervisor_other: str | None = field(
        default=None, min_length=1, max_length=255, pattern=LINE, description="plkb_pengarah_lainnya"
    )

    def _invariants(self) -> Iterator[ErrorItem]:
        if self.accompanied:
            if self.nip is None:
                yield ErrorItem(("nip",), "give the NIP of the accompanying PLKB", ErrorCode.INVARIANT)
            if self.supervisor is not None:
                yield ErrorItem(
                    ("supervisor",), "a kampung accompanied by a PLKB has no supervisor kind", ErrorCode.INVARIANT
                )
            if self.supervisor_other is not None:
                yield ErrorItem(
                    ("supervisor_other",), "a kampung accompanied by a PLKB has no supervisor", ErrorCode.INVARIANT
                )
            return
        if self.nip is not None:
            yield ErrorItem(("nip",), "a NIP is given only for an accompanying PLKB", ErrorCode.INVARIANT)
        if self.supervisor is None:
            yield ErrorItem(("supervisor",), "without a PLKB, say who supervises the kampung", ErrorCode.INVARIANT)
        elif self.supervisor is PlkbSupervisorKind.OTHER and self.supervisor_other is None:
            yield ErrorItem(("supervisor_other",), "name the supervisor when the kind is Lainnya", ErrorCode.INVARIANT)


@model(kw_only=True)
class Regulation:
    """Whether a local regulation backs the kampung, and at which levels (at least one when it does).

    >>> Regulation(present=True, levels=(RegulationLevel.VILLAGE_HEAD,)).levels[0].portal_id
    4
    """

    present: bool = field(description="regulasi_flag")
    levels: tuple[RegulationLevel, ...] = field(default=(), description="the levels of the regulations")

    def _invariants(self) -> Iterator[ErrorItem]:
        if self.present and not self.levels:
            yield ErrorItem(("levels",), "name at least one level when there is a regulation", ErrorCode.INVARIANT)
        if not self.present and self.levels:
            yield ErrorItem(("levels",), "no levels are listed when there is no regulation", ErrorCode.INVARIANT)
        yield from unique_items(self.levels, "levels")


@model(kw_only=True)
class CommunityPlan:
    """The community work plan (Rencana Kerja Masyarakat, RKM) and the data used to make it.

    With a plan, ``uses_data`` says whether data were used; when they were, at
    least one data source is listed. ``document`` is a reference (path or URL)
    to the plan file.

    >>> CommunityPlan(has_plan=True, uses_data=True, data_uses=(DataUse.VILLAGE_POTENTIAL,)).data_uses
    (<DataUse.VILLAGE_POTENTIAL: 'village_potential'>,)
    """

    has_plan: bool = field(description="rencana_kerja_masyarakat_flag")
    uses_data: bool | None = field(default=None, description="penggunaan_data_flag (required with a plan)")
    data_uses: tuple[DataUse, ...] = field(default=(), description="the data used in planning")
    document: str | None = field(
        default=None, min_length=1, max_length=2048, description="path or URL of the RKM document"
    )

    def _invariants(self) -> Iterator[ErrorItem]:
        if self.has_plan and self.uses_data is None:
            yield ErrorItem(("uses_data",), "with a plan, say whether data were used to make it", ErrorCode.INVARIANT)
        if self.uses_data is True and not self.data_uses:
            yield ErrorItem(("data_uses",), "name at least one data source when data were used", ErrorCode.INVARIANT)
        if self.uses_data is not True and self.data_uses:
            yield ErrorItem(("data_uses",), "data sources are listed only when data were used", ErrorCode.INVARIANT)
        yield from unique_items(self.data_uses, "data_uses")


@model(kw_only=True)
class OperationalRoutine:
    """Whether one operational routine happens and how often (free text for "Lainnya").

    >>> OperationalRoutine(mechanism=OperationalMechanism.REPORTING, performed=True, frequency=Frequency.OTHER)
    Traceback (most recent call last):
    ...
    kampungkb.errors.ValidationError: 1 validation error
    $.frequency_other: describe the frequency when it is Lainnya [invariant]
    """

    mechanism: OperationalMechanism = field(description="the routine asked about")
    performed: bool = field(description="operasional_flag")
    frequency: Frequency | None = field(default=None, description="how often (required when performed)")
    frequency_other: str | None = field(
        default=None, min_length=1, max_length=255, pattern=LINE, description="frekuensi_lainnya"
    )

    def _invariants(self) -> Iterator[ErrorItem]:
        if self.performed and self.frequency is None:
            yield ErrorItem(("frequency",), "say how often a routine that is performed happens", ErrorCode.INVARIANT)
        if self.frequency is Frequency.OTHER and self.frequency_other is None:
            yield ErrorItem(("frequency_other",), "describe the frequency when it is Lainnya", ErrorCode.INVARIANT)


@model(kw_only=True)
class ProfileReport:
    """One version of a kampung's profile: poktan, Pokja, PLKB, regulation, plan, funding and routines.

    Every poktan and facility the portal asks about (BKB … Rumah DataKu) is
    answered exactly once; Posyandu and Dashat may be answered too. Every
    operational routine is answered exactly once. Funding sources are listed
    at most once each (none is fine).

    >>> from kampungkb.examples import example_history
    >>> report = example_history().current_profile
    >>> report.has(Poktan.BKL), report.has(Poktan.POSYANDU)
    (False, None)
    """

    #: In a :data:`Report`, the key that says a document is this report (no tag is written).
    _marker_: ClassVar[str] = "poktan"

    period: ReportPeriod = field(description="bulan/tahun: the month the version was submitted")
    created: _dt.datetime = field(description="when the version was created")
    poktan: tuple[PoktanPresence, ...] = field(description="program_flag for each poktan and facility")
    pokja: Pokja = field(description="the Pokja block")
    plkb: PlkbSupport = field(description="the PLKB block")
    regulation: Regulation = field(description="the regulation block")
    community_plan: CommunityPlan = field(description="the RKM and data-use block")
    funding_sources: tuple[FundingSource, ...] = field(default=(), description="sumber dana")
    operations: tuple[OperationalRoutine, ...] = field(description="the five operational routines")

    def has(self, poktan: Poktan) -> bool | None:
        """True/False as answered; None when the report does not say (Posyandu or Dashat left out)."""
        for answer in self.poktan:
            if answer.poktan is poktan:
                return answer.present
        return None

    def _invariants(self) -> Iterator[ErrorItem]:
        asked, mechanisms = _coverages()
        yield from each_once(
            [answer.poktan for answer in self.poktan], "poktan", asked, key_field="poktan", what="the poktan answers"
        )
        yield from each_once(
            [routine.mechanism for routine in self.operations],
            "operations",
            mechanisms,
            key_field="mechanism",
            what="the operational routines",
        )
        yield from unique_items(self.funding_sources, "funding_sources")


@once
def _coverages() -> tuple[Coverage[Poktan], Coverage[OperationalMechanism]]:
    """The poktan the profile asks about (any may be answered, once) and the routines (read on first use)."""
    return Coverage((p for p in Poktan if p.in_profile_report), allowed=Poktan), Coverage(OperationalMechanism)
