"""A Pokja Kampung KB's members: their positions and, for section members, the family function.

PP 87/2014 Pasal 7 ayat (2) lists the eight functions a family performs; the Pokja is
organised in eight sections (*seksi*), one per function (BKKBN Pusdiklat, Modul Kampung KB),
and activities are filed under the same eight.

    >>> FamilyFunction.LOVE.label, FamilyFunction.LOVE.section_label
    ('Fungsi cinta kasih', 'Seksi Kasih Sayang')
"""

from __future__ import annotations

from collections.abc import Iterator

from .._core import CodedEnum, field, model
from ..errors import ErrorCode, ErrorItem
from ..people import PersonName

__all__ = ["FamilyFunction", "PokjaMember", "PokjaPosition"]


class FamilyFunction(CodedEnum):
    """One of the eight family functions, in the order of PP 87/2014 Pasal 7(2) a–h.

    ``.label`` is the wording of PP 87/2014 Pasal 7 ayat (2); ``.section_label``
    is the name of the matching Pokja Kampung KB section in the BKKBN Pusdiklat
    module (http://online.flipbuilder.com/zikp/vqxx/files/basic-html/page25.html).

    >>> FamilyFunction.from_code("environmental").label
    'Fungsi pembinaan lingkungan'
    >>> FamilyFunction.EDUCATION.section_label
    'Seksi Sosialisasi/Pendidikan'
    """

    section_label: str

    RELIGIOUS = "religious", "Fungsi keagamaan", "Seksi Keagamaan"
    SOCIAL_CULTURAL = "social_cultural", "Fungsi sosial budaya", "Seksi Sosial Budaya"
    LOVE = "love", "Fungsi cinta kasih", "Seksi Kasih Sayang"
    PROTECTION = "protection", "Fungsi perlindungan", "Seksi Perlindungan"
    REPRODUCTION = "reproduction", "Fungsi reproduksi", "Seksi Reproduksi"
    EDUCATION = "education", "Fungsi sosialisasi dan pendidikan", "Seksi Sosialisasi/Pendidikan"
    ECONOMIC = "economic", "Fungsi ekonomi", "Seksi Ekonomi"
    ENVIRONMENTAL = "environmental", "Fungsi pembinaan lingkungan", "Seksi Pembinaan Lingkungan"

    def __init__(self, code: str, label: str, section_label: str) -> None:
        self.section_label = section_label


class PokjaPosition(CodedEnum):
    """A position in a Pokja Kampung KB (the BKKBN Pusdiklat model composition).

    A section member (*seksi*) works on one of the eight family functions; see
    :class:`PokjaMember`.

    >>> PokjaPosition.PATRON.label
    'Pelindung/Penanggung Jawab'
    """

    PATRON = "patron", "Pelindung/Penanggung Jawab"
    ADVISER = "adviser", "Penasehat"
    CHAIR = "chair", "Ketua"
    SECRETARY = "secretary", "Sekretaris"
    TREASURER = "treasurer", "Bendahara"
    SECTION_MEMBER = "section_member", "Seksi"
    MEMBER = "member", "Anggota"


@model(kw_only=True)
class PokjaMember:
    """A member of a Pokja Kampung KB: the person, the Pokja position and, for a section member, the section.

    >>> PokjaMember(name=PersonName("Siti"), position=PokjaPosition.SECTION_MEMBER,
    ...             section=FamilyFunction.ECONOMIC).section.section_label
    'Seksi Ekonomi'
    >>> PokjaMember(name=PersonName("Siti"), position=PokjaPosition.CHAIR, section=FamilyFunction.ECONOMIC)
    Traceback (most recent call last):
    ...
    kampungkb.errors.ValidationError: 1 validation error
    $.section: only a section member (Seksi) has a section, found one for Ketua [invariant]
    """

    name: PersonName = field(description="the member")
    position: PokjaPosition = field(description="the position in the Pokja")
    section: FamilyFunction | None = field(default=None, description="the family function a seksi member works on")

    def _invariants(self) -> Iterator[ErrorItem]:
        is_section = self.position is PokjaPosition.SECTION_MEMBER
        if is_section and self.section is None:
            yield ErrorItem(
                ("section",), "a section member (Seksi) needs the section's family function", ErrorCode.INVARIANT
            )
        elif not is_section and self.section is not None:
            yield ErrorItem(
                ("section",),
                f"only a section member (Seksi) has a section, found one for {self.position.label}",
                ErrorCode.INVARIANT,
            )
