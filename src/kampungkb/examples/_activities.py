"""Three made-up activities of the example kampung, for examples, docs and tests.

The activities are invented; the ids are chosen so that one of them (26) is
an id the portal's cross-sector query leaves out.

>>> [activity.id for activity in example_activities()]
[26, 101, 102]
"""

from __future__ import annotations

import datetime as _dt

from ..kampung import Activity, ActivityImage, ActivitySection, Agency, ImageKind, PostKind, TargetGroup

__all__ = ["example_activities"]


def example_activities() -> tuple[Activity, ...]:
    """A counselling session, a BKB class and a before/after clean-up, from early 2023.

    >>> [activity.id for activity in example_activities()]
    [26, 101, 102]
    """
    return (
        Activity(
            id=26,
            title="Penyuluhan KB metode kontrasepsi jangka panjang bagi PUS",
            date=_dt.date(2023, 2, 14),
            place="Balai RW 03",
            description="Penyuluhan dan konseling MKJP oleh bidan puskesmas dan PKB.",
            section=ActivitySection.REPRODUCTION,
            target_groups=(TargetGroup.COUPLES_OF_CHILDBEARING_AGE,),
            agencies=(Agency.PUSKESMAS, Agency.HEALTH_OFFICE, Agency.FAMILY_PLANNING_OFFICE),
            inpres_kegiatan="K9",
            post_kind=PostKind.ACTIVITY,
            images=(ActivityImage("intervensi/2023/02/14/penyuluhan.jpg", caption="Peserta penyuluhan MKJP"),),
        ),
        Activity(
            id=101,
            title="Kelas BKB: pola asuh 1000 HPK",
            date=_dt.date(2023, 3, 2),
            place="Posyandu Melati",
            description="Kelas pengasuhan bagi keluarga yang memiliki balita.",
            section=ActivitySection.EDUCATION,
            target_groups=(TargetGroup.FAMILIES_WITH_UNDER_FIVES,),
            agencies=(Agency.BKKBN_REPRESENTATIVE,),
            other_agencies=("Kader BKB",),
            inpres_kegiatan="K5",
            post_kind=PostKind.ACTIVITY,
            images=(
                ActivityImage("intervensi/2023/03/02/kelas-bkb-1.jpg", caption="Materi pola asuh"),
                ActivityImage("intervensi/2023/03/02/kelas-bkb-2.jpg", caption="Diskusi kelompok"),
            ),
        ),
        Activity(
            id=102,
            title="Kerja bakti jamban sehat",
            date=_dt.date(2023, 3, 12),
            place="Dusun Krajan",
            description="Warga dan perangkat kelurahan membangun jamban sehat.",
            section=ActivitySection.ENVIRONMENTAL,
            target_groups=(TargetGroup.ALL_RESIDENTS,),
            agencies=(Agency.VILLAGE_GOVERNMENT,),
            inpres_kegiatan="K56",
            post_kind=PostKind.BEFORE_AFTER,
            images=(
                ActivityImage("intervensi/2023/03/12/sebelum.jpg", kind=ImageKind.BEFORE),
                ActivityImage("intervensi/2023/03/12/sesudah.jpg", caption="Jamban baru", kind=ImageKind.AFTER),
            ),
        ),
    )
