"""The eight family functions (*8 fungsi keluarga*) shared by several areas.

PP 87/2014 Pasal 7 ayat (2) lists the functions a family performs; the Pokja
Kampung KB is organised in eight sections (*seksi*), one per function (BKKBN
Pusdiklat, Modul Kampung KB). The kampung, activities and people areas all
import :class:`FamilyFunction` from here.

    >>> FamilyFunction.LOVE.label
    'Fungsi cinta kasih'
    >>> FamilyFunction.LOVE.section_label
    'Seksi Kasih Sayang'
    >>> [f.code for f in FamilyFunction][:3]
    ['religious', 'social_cultural', 'love']
"""

from __future__ import annotations

from ._enum import CodedEnum

__all__ = ["FamilyFunction"]


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
