"""The legal basis of Kampung KB: typed legal instruments, citations, and the registry.

Read a citation however it is written, get the instrument with its facts, and write it
back the official way::

    >>> from kampungkb.legal import parse_citation, format_citation
    >>> uu = parse_citation("Undang-undang No. 52 tahun 2009")
    >>> format_citation(uu)
    'UU 52/2009'
    >>> format_citation(uu, "long")
    'Undang-Undang Nomor 52 Tahun 2009 tentang Perkembangan Kependudukan dan Pembangunan Keluarga'
    >>> uu.promulgated, uu.confidence
    (datetime.date(2009, 10, 29), <Confidence.CONFIRMED: 'confirmed'>)

See ``docs/legal.md`` for the rules and the sources of every built-in fact.
"""

from ._citation import find_citations, parse_citation, parse_citation_detailed
from ._format import CitationStyle, format_citation
from ._grammar import MAX_CITATION_LENGTH, CitationMatch, Correction, CorrectionKind
from ._instrument import Confidence, Gazette, GazetteKind, InstrumentRef, InstrumentType, LegalInstrument
from ._lampiran import (
    AffairCategory,
    AffairClassification,
    Authority,
    GovernmentLevel,
    SubAffair,
    authorities,
    family_planning_affair,
)
from ._order import hierarchy_sorted
from ._registry import Registry, program_legal_basis, registry
from ._store import FactProvenance
from ._writing import format_gazette

__all__ = [
    "MAX_CITATION_LENGTH",
    "AffairCategory",
    "AffairClassification",
    "Authority",
    "CitationMatch",
    "CitationStyle",
    "Confidence",
    "Correction",
    "CorrectionKind",
    "FactProvenance",
    "Gazette",
    "GazetteKind",
    "GovernmentLevel",
    "InstrumentRef",
    "InstrumentType",
    "LegalInstrument",
    "Registry",
    "SubAffair",
    "authorities",
    "family_planning_affair",
    "find_citations",
    "format_citation",
    "format_gazette",
    "hierarchy_sorted",
    "parse_citation",
    "parse_citation_detailed",
    "program_legal_basis",
    "registry",
]
