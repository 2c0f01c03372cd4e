"""Activities (*intervensi*): what a Kampung KB does, for whom, with which agencies, with photos.

An activity is posted to the national portal with a title, date, place and
description; its section (one of the 8 family functions, or Lainnya); target
groups and agencies (the form asks for at least one of each), each allowing free text; a
post kind — *Kegiatan* (captioned photos) or *Sebelum - Sesudah* (before and
after photos) — with at most 5 images; and optionally the Inpres 3/2022
kegiatan it carries out::

>>> import datetime
>>> activity = Activity(
...     title="Penyuluhan KB bagi PUS",
...     date=datetime.date(2022, 8, 17),
...     place="Balai RW 03",
...     description="Penyuluhan metode kontrasepsi jangka panjang.",
...     section=ActivitySection.REPRODUCTION,
...     target_groups=(TargetGroup.COUPLES_OF_CHILDBEARING_AGE,),
...     agencies=(Agency.PUSKESMAS,),
...     other_agencies=("Kader PPKBD",),
...     post_kind=PostKind.ACTIVITY,
...     images=(ActivityImage("foto/penyuluhan-1.jpg", caption="Peserta penyuluhan"),),
...     inpres_kegiatan="K9",
... )
>>> activity.kegiatan.name
'Komunikasi, Informasi dan Edukasi (KIE) Kesehatan Reproduksi dan Keluarga Berencana bagi Keluarga'

Images are references (a path or URL and a caption), never image bytes.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator

from .._core import LINE, NON_BLANK, field, model, with_article
from ..errors import ErrorCode, ErrorItem
from ._activity_rules import text_items
from ._activity_vocab import ActivitySection, Agency, ImageKind, PostKind, TargetGroup
from ._inpres import KEGIATAN_ID_PATTERN, InpresKegiatan, inpres_kegiatan
from ._rules import unique_items

__all__ = ["MAX_ACTIVITY_IMAGES", "Activity", "ActivityImage"]

#: The portal accepts at most five images per activity.
MAX_ACTIVITY_IMAGES = 5


@model
class ActivityImage:
    """A photo of an activity: where it is (a path or URL), its caption and its kind.

    The kind must match the activity's post kind: ``ACTIVITY`` images for a
    Kegiatan post, ``BEFORE``/``AFTER`` images for a Sebelum - Sesudah post.
    An image of a Kegiatan post needs a caption, as the portal requires.

    >>> ActivityImage("https://example.org/sesudah.jpg", kind=ImageKind.AFTER).caption is None
    True
    >>> ActivityImage("foto/1.jpg")
    Traceback (most recent call last):
    ...
    kampungkb.errors.ValidationError: 1 validation error
    $.caption: an image of a Kegiatan post needs a caption [invariant]
    """

    path: str = field(min_length=1, max_length=2048, pattern=LINE, description="a file path or URL")
    caption: str | None = field(default=None, min_length=1, max_length=255, pattern=LINE)
    kind: ImageKind = field(default=ImageKind.ACTIVITY, description="Kegiatan, Sebelum or Sesudah")

    def _invariants(self) -> Iterator[ErrorItem]:
        if self.kind is ImageKind.ACTIVITY and self.caption is None:
            yield ErrorItem(("caption",), "an image of a Kegiatan post needs a caption", ErrorCode.INVARIANT)


@model(kw_only=True)
class Activity:
    """An activity (*intervensi*) of a Kampung KB, as the portal records it.

    ``target_groups`` and ``agencies`` hold the portal's listed values;
    free-text ones go in ``other_target_groups`` and ``other_agencies`` (the
    portal stores those under "Lainnya", which is therefore not listed
    itself). ``id`` is the portal's id of the activity, when known.

    The portal's form asks for a place, a description, at least one target
    group and at least one agency, but its database holds activities without
    them (the columns are nullable and the target and agency rows may be
    absent): such a record loads as it is, and :attr:`gaps` names what it lacks.

    >>> import datetime
    >>> bare = Activity(title="Bersih desa", date=datetime.date(2022, 8, 1),
    ...                 section=ActivitySection.ENVIRONMENTAL, post_kind=PostKind.ACTIVITY)
    >>> bare.gaps
    ('place', 'description', 'target_groups', 'agencies')
    >>> Activity(
    ...     title="Bersih desa", date=datetime.date(2022, 8, 1), place="Dusun Krajan",
    ...     description="Kerja bakti.", section=ActivitySection.ENVIRONMENTAL,
    ...     post_kind=PostKind.BEFORE_AFTER, target_groups=(TargetGroup.OTHER,),
    ...     images=(ActivityImage("a.jpg", caption="Sebelum"),),
    ... )
    Traceback (most recent call last):
    ...
    kampungkb.errors.ValidationError: 2 validation errors
    $.target_groups[0]: 'other' (Lainnya) is implied: list free-text target groups in other_target_groups [constraint]
    $.images[0].kind: a Sebelum - Sesudah post holds images of kind 'before' or 'after', found 'activity' [invariant]
    """

    id: int | None = field(default=None, ge=1, description="the portal's id of the activity")
    title: str = field(min_length=1, max_length=255, pattern=LINE, description="judul")
    date: _dt.date = field(description="tanggal")
    place: str | None = field(
        default=None, min_length=1, max_length=255, pattern=LINE, description="tempat (None when the record has none)"
    )
    description: str | None = field(
        default=None, min_length=1, pattern=NON_BLANK, description="deskripsi (None when the record has none)"
    )
    section: ActivitySection = field(description="the Seksi Kegiatan: a family function or Lainnya")
    target_groups: tuple[TargetGroup, ...] = field(default=(), description="sasaran, from the portal's list")
    other_target_groups: tuple[str, ...] = field(default=(), description="free-text sasaran (Lainnya)")
    agencies: tuple[Agency, ...] = field(default=(), description="instansi, from the portal's list")
    other_agencies: tuple[str, ...] = field(default=(), description="free-text instansi (Lainnya)")
    inpres_kegiatan: str | None = field(
        default=None, pattern=KEGIATAN_ID_PATTERN, description="the Inpres 3/2022 kegiatan it carries out, K1 to K58"
    )
    post_kind: PostKind = field(description="jenis post: Kegiatan or Sebelum - Sesudah")
    images: tuple[ActivityImage, ...] = field(default=(), max_items=MAX_ACTIVITY_IMAGES)

    @property
    def gaps(self) -> tuple[str, ...]:
        """The parts the portal's form asks for that this record lacks, in field order (empty when complete).

        >>> import datetime
        >>> Activity(title="Posyandu", date=datetime.date(2022, 8, 1), place="Balai RW",
        ...          description="Penimbangan.", section=ActivitySection.REPRODUCTION,
        ...          post_kind=PostKind.ACTIVITY, agencies=(Agency.PUSKESMAS,)).gaps
        ('target_groups',)
        """
        missing = [name for name in ("place", "description") if getattr(self, name) is None]
        if not self.target_groups and not self.other_target_groups:
            missing.append("target_groups")
        if not self.agencies and not self.other_agencies:
            missing.append("agencies")
        return tuple(missing)

    @property
    def kegiatan(self) -> InpresKegiatan | None:
        """The linked Inpres 3/2022 kegiatan, or None when the activity links none ("Lainnya")."""
        return None if self.inpres_kegiatan is None else inpres_kegiatan(self.inpres_kegiatan)

    def _invariants(self) -> Iterator[ErrorItem]:
        yield from _listed_once(self.target_groups, "target_groups", TargetGroup.OTHER, "other_target_groups")
        yield from text_items(self.other_target_groups, "other_target_groups", max_length=255)
        yield from _listed_once(self.agencies, "agencies", Agency.OTHER, "other_agencies")
        yield from text_items(self.other_agencies, "other_agencies", max_length=255)
        allowed = self.post_kind.image_kinds
        for index, image in enumerate(self.images):
            if image.kind not in allowed:
                names = " or ".join(repr(kind.code) for kind in allowed)
                yield ErrorItem(
                    ("images", index, "kind"),
                    f"{with_article(self.post_kind.label)} post holds images of kind {names}, "
                    f"found {image.kind.code!r}",
                    ErrorCode.INVARIANT,
                )


def _listed_once(
    members: tuple[TargetGroup, ...] | tuple[Agency, ...], name: str, other: TargetGroup | Agency, free_text: str
) -> Iterator[ErrorItem]:
    """Each value listed once; "Lainnya" never listed (its free texts go in ``free_text``)."""
    for index, member in enumerate(members):
        if member is other:
            yield ErrorItem(
                (name, index),
                f"{member.code!r} (Lainnya) is implied: list free-text {name.replace('_', ' ')} in {free_text}",
                ErrorCode.CONSTRAINT,
            )
    yield from unique_items(members, name)
