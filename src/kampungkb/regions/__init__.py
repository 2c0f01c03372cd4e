"""Indonesian administrative regions: Kemendagri region codes, the 38 provinces, gazetteers.

Every Kampung KB, office and event sits in a place Indonesian systems identify
by its Kemendagri region code (kode wilayah): ``PP`` provinsi, ``PP.KK``
kabupaten/kota, ``PP.KK.CC`` kecamatan, ``PP.KK.CC.DDDD`` desa/kelurahan.
:class:`RegionCode` is that code as a value; the module functions
:func:`compact`, :func:`validate`, :func:`is_valid` and :func:`format` are the
python-stdnum verbs for it.

    >>> code = RegionCode.parse("3575011001")
    >>> str(code), code.level.label, code.village_kind.label, code.is_city
    ('35.75.01.1001', 'Desa/Kelurahan', 'Kelurahan', True)
    >>> gazetteer = sample_gazetteer()
    >>> [gazetteer.name(c) for c in (*code.ancestors(), code)]
    ['Jawa Timur', 'Kota Pasuruan', 'Gadingrejo', 'Karangketug']
    >>> regency_display_name(code)
    'Kota Pasuruan'
"""

from ._check import PlaceCheck, PlaceContext, check_places
from ._code import RegionCode, RegionLevel, VillageKind
from ._editions import CodeChange, crosswalk
from ._gazetteer import Gazetteer, InMemoryGazetteer
from ._models import Location, Province, Region
from ._national import CURRENT_EDITION, NationalGazetteer, edition_in_force, editions, national_gazetteer
from ._places import compact, format, is_valid, province, provinces, regency_display_name, sample_gazetteer, validate
from ._read import CodeReading, near_codes, read_code, read_code_parts

__all__ = [
    "CURRENT_EDITION",
    "CodeChange",
    "CodeReading",
    "Gazetteer",
    "InMemoryGazetteer",
    "Location",
    "NationalGazetteer",
    "PlaceCheck",
    "PlaceContext",
    "Province",
    "Region",
    "RegionCode",
    "RegionLevel",
    "VillageKind",
    "check_places",
    "compact",
    "crosswalk",
    "edition_in_force",
    "editions",
    "format",
    "is_valid",
    "national_gazetteer",
    "near_codes",
    "province",
    "provinces",
    "read_code",
    "read_code_parts",
    "regency_display_name",
    "sample_gazetteer",
    "validate",
]
