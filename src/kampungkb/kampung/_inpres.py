"""The Inpres 3/2022 programme tree: 4 sasaran, 8 programs, 58 kegiatan, as the national portal holds it.

Instruksi Presiden Nomor 3 Tahun 2022 tentang Optimalisasi Penyelenggaraan
Kampung Keluarga Berkualitas assigns ministries and regional governments the
work a Kampung KB brings together. The portal loads its matrix as a tree of
*sasaran* (objectives), *programs* and *kegiatan* (activities), each kegiatan
with its indicator, the ministry responsible for it and the keywords the
portal uses to suggest it; an :class:`~kampungkb.kampung.Activity` may link
to one kegiatan by its id, ``K1`` to ``K58``::

>>> tree = inpres_tree()
>>> len(tree.sasaran), sum(1 for _ in tree.walk())
(4, 58)
>>> k = inpres_kegiatan("K5")
>>> k.name, k.responsible_ministry
('Bina Keluarga Balita (BKB)', <Ministry.BKKBN: 'bkkbn'>)
>>> [(k.id, score) for k, score in suggest_kegiatan("Penyuluhan BKB tentang pola asuh balita")][:2]
[('K5', 12), ('K16', 9)]

The tree is read from ``kampungkb/data/kampung/inpres_3_2022.json`` on first
use; that file cites the portal seeder it was read from.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator
from typing import NamedTuple

from .._core import LINE, data_file, describe, field, lazy_pattern, model, once
from ..codec import from_dict
from ..errors import ErrorCode, ErrorItem, ValidationError
from ._activity_rules import text_items
from ._activity_vocab import Ministry, portal_keywords

__all__ = [
    "KEGIATAN_ID_PATTERN",
    "InpresKegiatan",
    "InpresPath",
    "InpresProgram",
    "InpresSasaran",
    "InpresTree",
    "inpres_kegiatan",
    "inpres_tree",
    "suggest_kegiatan",
]

#: The id of an Inpres 3/2022 kegiatan as the portal numbers them: ``K1`` to ``K58``.
KEGIATAN_ID_PATTERN = "K(?:[1-9]|[1-4][0-9]|5[0-8])"


@model
class InpresKegiatan:
    """One kegiatan (activity) of the Inpres matrix, with its indicator, responsible ministry and keywords.

    ``keywords`` are as the portal's seeder lists them; :attr:`portal_keywords`
    are those the portal's keyword table actually holds (it drops the
    multi-word ones).

    >>> k = inpres_kegiatan("K3")
    >>> k.number, k.indicator
    (3, 'Persentase keluarga yang melaksanakan Perilaku Hidup Bersih dan Sehat (PHBS).')
    >>> "olah raga" in k.keywords, "olah raga" in k.portal_keywords
    (True, False)
    """

    id: str = field(pattern=KEGIATAN_ID_PATTERN, description="the portal's id, K1 to K58")
    name: str = field(min_length=1, max_length=1000, pattern=LINE)
    indicator: str = field(
        min_length=1,
        max_length=1000,
        pattern=LINE,
        description="the portal's indikator text, as its seeder records it (the Inpres lampiran was not seen)",
    )
    responsible_ministry: Ministry = field(description="the penanggung jawab")
    keywords: tuple[str, ...] = field(default=(), description="words the portal matches activity titles against")

    @property
    def number(self) -> int:
        """The numeric id (``K12`` → 12), the portal's ``inpres_kegiatan_id``."""
        return int(self.id[1:])

    @property
    def portal_keywords(self) -> tuple[str, ...]:
        """The keywords the portal's database links to this kegiatan (those in its keyword table)."""
        known = _keyword_table()
        return tuple(word for word in self.keywords if word in known)

    def _invariants(self) -> Iterator[ErrorItem]:
        yield from text_items(self.keywords, "keywords", max_length=255)


@model
class InpresProgram:
    """One program of the Inpres matrix (numbered 1 to 8 across the tree) and its kegiatan.

    >>> [p.number for p in inpres_tree().sasaran[2].programs]
    [3, 4, 5, 6, 7]
    """

    number: int = field(ge=1)
    name: str = field(min_length=1, max_length=1000, pattern=LINE)
    kegiatan: tuple[InpresKegiatan, ...] = field(min_items=1)


@model
class InpresSasaran:
    """One sasaran (objective) of the Inpres matrix and its programs.

    >>> inpres_tree().sasaran[3].name
    'Penataan lingkungan keluarga dan masyarakat'
    """

    number: int = field(ge=1)
    name: str = field(min_length=1, max_length=1000, pattern=LINE)
    programs: tuple[InpresProgram, ...] = field(min_items=1)


class InpresPath(NamedTuple):
    """Where a kegiatan sits in the tree: its sasaran, program and the kegiatan itself.

    >>> first = next(inpres_tree().walk())
    >>> first.kegiatan.id, first.kegiatan in first.program.kegiatan, first.program in first.sasaran.programs
    ('K1', True, True)
    """

    sasaran: InpresSasaran
    program: InpresProgram
    kegiatan: InpresKegiatan


@model(kw_only=True)
class InpresTree:
    """The instruction and its tree of sasaran, programs and kegiatan.

    ``portal_name`` and ``portal_subject`` are the portal's own name and
    subject for the instruction, verbatim.

    >>> tree = inpres_tree()
    >>> tree.number, tree.year, tree.date.isoformat()
    (3, 2022, '2022-05-20')
    >>> tree.kegiatan("K58").name
    'Pengendalian vektor dan binatang pembawa penyakit'
    """

    number: int = field(ge=1)
    year: int = field(ge=1945)
    date: _dt.date | None = field(default=None, description="the date the instruction was issued")
    title: str = field(min_length=1, max_length=1000, pattern=LINE)
    portal_name: str | None = field(default=None, max_length=1000)
    portal_subject: str | None = field(default=None, max_length=1000)
    sasaran: tuple[InpresSasaran, ...] = field(min_items=1)

    def walk(self) -> Iterator[InpresPath]:
        """Every kegiatan with its sasaran and program, in tree order.

        >>> path = next(p for p in inpres_tree().walk() if p.kegiatan.id == "K21")
        >>> path.sasaran.number, path.program.number
        (3, 4)
        """
        for sasaran in self.sasaran:
            for program in sasaran.programs:
                for kegiatan in program.kegiatan:
                    yield InpresPath(sasaran, program, kegiatan)

    def kegiatan(self, kegiatan_id: object) -> InpresKegiatan:
        """The kegiatan with id ``kegiatan_id`` (``"K12"``); a ValidationError when there is none.

        >>> inpres_tree().kegiatan("K59")
        Traceback (most recent call last):
        ...
        kampungkb.errors.ValidationError: 1 validation error
        $: expected an Inpres kegiatan id K1 to K58, found a string ('K59') [invalid_value]
        """
        if type(kegiatan_id) is not str:
            raise ValidationError.single(
                (),
                f"expected an Inpres kegiatan id (a string such as 'K12'), found {describe(kegiatan_id)}",
                ErrorCode.TYPE,
            )
        for path in self.walk():
            if path.kegiatan.id == kegiatan_id:
                return path.kegiatan
        ids = [path.kegiatan.id for path in self.walk()]
        raise ValidationError.single(
            (),
            f"expected an Inpres kegiatan id {ids[0]} to {ids[-1]}, found {describe(kegiatan_id)}",
            ErrorCode.INVALID_VALUE,
        )

    def _invariants(self) -> Iterator[ErrorItem]:
        seen_programs: set[int] = set()
        seen_kegiatan: set[str] = set()
        for s_index, sasaran in enumerate(self.sasaran):
            for p_index, program in enumerate(sasaran.programs):
                where: tuple[str | int, ...] = ("sasaran", s_index, "programs", p_index)
                if program.number in seen_programs:
                    yield ErrorItem((*where, "number"), f"program {program.number} appears twice", ErrorCode.INVARIANT)
                seen_programs.add(program.number)
                for k_index, kegiatan in enumerate(program.kegiatan):
                    if kegiatan.id in seen_kegiatan:
                        yield ErrorItem(
                            (*where, "kegiatan", k_index, "id"),
                            f"kegiatan {kegiatan.id} appears twice",
                            ErrorCode.INVARIANT,
                        )
                    seen_kegiatan.add(kegiatan.id)


@once
def inpres_tree() -> InpresTree:
    """The built-in Inpres 3/2022 tree (read from package data on first use).

    >>> sum(len(s.programs) for s in inpres_tree().sasaran)
    8
    """
    data = {key: value for key, value in data_file("kampung", "inpres_3_2022").items() if key != "_source"}
    return from_dict(data, InpresTree)


def inpres_kegiatan(kegiatan_id: object) -> InpresKegiatan:
    """The built-in kegiatan with id ``kegiatan_id`` (``"K1"`` to ``"K58"``).

    >>> inpres_kegiatan("K35").name
    'Dapur Sehat Atasi Stunting (DASHAT)'
    >>> inpres_kegiatan(35)
    Traceback (most recent call last):
    ...
    kampungkb.errors.ValidationError: 1 validation error
    $: expected an Inpres kegiatan id (a string such as 'K12'), found an integer (35) [type]
    """
    if type(kegiatan_id) is str:
        found = _kegiatan_index().get(kegiatan_id)
        if found is not None:
            return found
    return inpres_tree().kegiatan(kegiatan_id)


def suggest_kegiatan(
    title: object, *, village: str | None = None, limit: int | None = None
) -> list[tuple[InpresKegiatan, int]]:
    """The Inpres kegiatan an activity titled ``title`` most likely belongs to, best first, with a score.

    The portal's form offers the kegiatan whose name, keywords or indicator
    contain a word of the title. This function scores that idea so the best
    match comes first; the scoring is:

    - the title is case-folded and split into words (letters and digits;
      ``PIK-R`` and ``PIK_R`` stay one word); common Indonesian function
      words (*dan, di, ke, dari, yang, untuk, bagi* …) are ignored;
    - the programme's own name, which nearly every title carries ("Kampung
      KB", "Kampung Keluarga Berencana", "Kampung Keluarga Berkualitas"), is
      ignored as a phrase, and so are the words of ``village`` (the village
      or kampung name, e.g. "Melati" or "Kampung KB Melati") wherever they
      stand: they say where, not what (the word "KB" alone still counts);
    - each of the kegiatan's keywords found in the title scores **3** (a
      multi-word keyword such as "olah raga" must appear as a phrase);
    - each distinct title word found in the kegiatan's name scores **2**, and
      in its indicator **1**.

    Kegiatan scoring 0 are left out. Equal scores are ordered by the points
    from keywords (more first), then by the points from the name (more first),
    then in tree order (K1 first): a match on the portal's own keywords is the
    strongest evidence, the indicator's wording the weakest. The result is
    deterministic. ``limit`` keeps only the first ``limit`` entries.

    >>> [(k.id, s) for k, s in suggest_kegiatan("Pelayanan KB MOW gratis", limit=3)]
    [('K19', 12), ('K32', 6), ('K4', 3)]
    >>> suggest_kegiatan("Kampung KB Melati", village="Melati")
    []
    >>> [k.id for k, _ in suggest_kegiatan("Posyandu balita di Kampung KB Melati", village="Melati", limit=1)]
    ['K18']
    """
    if type(title) is not str:
        raise ValidationError.single(
            (), f"expected an activity title (a string), found {describe(title)}", ErrorCode.TYPE
        )
    if limit is not None and (type(limit) is not int or limit < 1):
        raise ValidationError.single(
            (), f"expected a limit >= 1 (an integer), found {describe(limit)}", ErrorCode.CONSTRAINT
        )
    if village is not None and type(village) is not str:
        raise ValidationError.single(
            ("village",), f"expected a village name (a string), found {describe(village)}", ErrorCode.TYPE
        )
    place = set(_without_programme(_words(village))) if village else set()
    words = [word for word in _without_programme(_words(title)) if word not in _STOPWORDS and word not in place]
    if not words:
        return []
    distinct = set(words)
    phrase = f" {' '.join(words)} "
    ranked: list[tuple[int, int, int, int, InpresKegiatan]] = []
    for number, entry in enumerate(_search_index()):
        from_keywords = 3 * sum(1 for keyword in entry.keywords if f" {keyword} " in phrase)
        from_name = 2 * len(distinct & entry.name_words)
        score = from_keywords + from_name + len(distinct & entry.indicator_words)
        if score:
            ranked.append((-score, -from_keywords, -from_name, number, entry.kegiatan))
    ranked.sort(key=lambda item: item[:4])
    scored = [(kegiatan, -negative) for negative, _, _, _, kegiatan in ranked]
    return scored if limit is None else scored[:limit]


# ---------------------------------------------------------------------------
# Helpers

#: Indonesian function words a title's other words are matched without.
_STOPWORDS = frozenset(
    {
        *("dan", "di", "ke", "dari", "yang", "untuk", "bagi", "dengan", "pada", "dalam", "atau", "serta"),
        *("oleh", "tentang", "kepada", "para", "ini", "itu", "se"),
    }
)

_WORD = lazy_pattern(r"[^\W_]+(?:[-_][^\W_]+)*")

#: The programme's own names, as word sequences: nearly every activity title carries one.
_PROGRAMME_NAMES = (
    ("kampung", "keluarga", "berkualitas"),
    ("kampung", "keluarga", "berencana"),
    ("kampung", "kb"),
)


def _without_programme(words: list[str]) -> list[str]:
    """``words`` with every occurrence of the programme's name (as a phrase) taken out."""
    kept: list[str] = []
    index = 0
    while index < len(words):
        for name in _PROGRAMME_NAMES:
            if tuple(words[index : index + len(name)]) == name:
                index += len(name)
                break
        else:
            kept.append(words[index])
            index += 1
    return kept


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


class _Entry(NamedTuple):
    kegiatan: InpresKegiatan
    keywords: tuple[str, ...]
    name_words: frozenset[str]
    indicator_words: frozenset[str]


@once
def _search_index() -> tuple[_Entry, ...]:
    entries = []
    for path in inpres_tree().walk():
        kegiatan = path.kegiatan
        keywords = tuple(dict.fromkeys(" ".join(_words(keyword)) for keyword in kegiatan.keywords))
        entries.append(
            _Entry(
                kegiatan,
                tuple(keyword for keyword in keywords if keyword),
                frozenset(_words(kegiatan.name)),
                frozenset(_words(kegiatan.indicator)),
            )
        )
    return tuple(entries)


@once
def _kegiatan_index() -> dict[str, InpresKegiatan]:
    return {path.kegiatan.id: path.kegiatan for path in inpres_tree().walk()}


@once
def _keyword_table() -> frozenset[str]:
    return frozenset(portal_keywords())
