"""The nomenclature tables: agency acronyms and how positions are written, loaded on first use.

>>> [entry.expansion for entry in agencies_named("dp3akb")]
['Dinas Pemberdayaan Perempuan, Perlindungan Anak dan Keluarga Berencana']
>>> match_position("Wali Kota Pasuruan Bapak Teno")
('mayor', 9)
"""

from __future__ import annotations

import attrs

from .._core import data_file, once

__all__ = [
    "AgencyEntry",
    "agencies",
    "agencies_named",
    "match_acting",
    "match_agency",
    "match_position",
]


@attrs.frozen(repr=False, eq=False)  # an internal record: identity is its equality
class AgencyEntry:
    """One row of ``agencies.json``: an acronym as written, its expansion and where it was seen."""

    acronym: str
    spellings: tuple[str, ...]
    expansion: str | None
    kind: str
    confidence: str
    regions: tuple[str, ...]
    sources: tuple[str, ...]


@once
def agencies() -> tuple[AgencyEntry, ...]:
    """Every row of the agency table, in file order."""
    rows = []
    for entry in data_file("people", "agencies")["agencies"]:
        rows.append(
            AgencyEntry(
                entry["acronym"],
                (entry["acronym"], *entry["spellings"]),
                entry["expansion"],
                entry["kind"],
                entry["confidence"],
                tuple(dict.fromkeys(seen["region"] for seen in entry["observed"])),
                tuple(dict.fromkeys(seen["source"] for seen in entry["observed"])),
            )
        )
    return tuple(rows)


def agencies_named(acronym: str) -> tuple[AgencyEntry, ...]:
    """The rows whose acronym (or one of its spellings) is ``acronym``, ignoring case and extra spaces."""
    return _by_spelling().get(_fold(acronym), ())


def match_agency(text: str) -> tuple[tuple[AgencyEntry, ...], int] | None:
    """The agency named at the start of ``text`` (by acronym or expansion) and where its mention ends.

    An expansion may be followed by its acronym in parentheses, which is taken too.

    >>> text = "Dinas Pemberdayaan Perempuan, Perlindungan Anak dan Keluarga Berencana (DP3AKB) Kota Pasuruan"
    >>> rows, end = match_agency(text)
    >>> rows[0].acronym, end
    ('DP3AKB', 79)
    """
    folded = _fold_keep_length(text)
    for phrase, rows in _agency_phrases():
        if folded.startswith(phrase) and _ends_word(folded, len(phrase)):
            end = len(phrase)
            rest = text[end:]
            stripped = rest.lstrip()
            if stripped.startswith("("):
                close = stripped.find(")")
                inner = stripped[1:close] if close > 0 else ""
                if close > 0 and any(_fold(inner) == _fold(s) for row in rows for s in row.spellings):
                    end += len(rest) - len(stripped) + close + 1
            return rows, end
    return None


def match_position(text: str) -> tuple[str, int] | None:
    """The Position code written at the start of ``text`` (longest spelling first) and where it ends."""
    return _match(text, _position_phrases())


def match_acting(text: str) -> tuple[str, int] | None:
    """The ActingForm code written at the start of ``text`` (Plt, Pj., Pjs …) and where it ends."""
    return _match(text, _acting_phrases())


# ---------------------------------------------------------------------------
# Helpers


def _fold(text: str) -> str:
    return " ".join(text.lower().split())


def _fold_keep_length(text: str) -> str:
    """``text`` lower-cased character by character, so indices still line up with ``text``."""
    return "".join(char.lower() if len(char.lower()) == 1 else char for char in text)


def _ends_word(text: str, end: int) -> bool:
    return end == len(text) or not text[end].isalnum()


def _match(text: str, phrases: tuple[tuple[str, str], ...]) -> tuple[str, int] | None:
    folded = _fold_keep_length(text)
    for phrase, code in phrases:
        if folded.startswith(phrase) and _ends_word(folded, len(phrase)):
            return code, len(phrase)
    return None


@once
def _by_spelling() -> dict[str, tuple[AgencyEntry, ...]]:
    table: dict[str, tuple[AgencyEntry, ...]] = {}
    for row in agencies():
        for spelling in row.spellings:
            key = _fold(spelling)
            table[key] = (*table.get(key, ()), row)
    return table


@once
def _agency_phrases() -> tuple[tuple[str, tuple[AgencyEntry, ...]], ...]:
    """Every acronym spelling and expansion, lower case, longest first, with the rows it names."""
    phrases: dict[str, tuple[AgencyEntry, ...]] = {}
    for row in agencies():
        for phrase in (*row.spellings, row.expansion):
            if phrase is not None:
                key = _fold(phrase)
                if row not in phrases.get(key, ()):
                    phrases[key] = (*phrases.get(key, ()), row)
    return tuple(sorted(phrases.items(), key=lambda item: -len(item[0])))


@once
def _position_phrases() -> tuple[tuple[str, str], ...]:
    data = data_file("people", "positions")["positions"]
    pairs = [(_fold(spelling), code) for code, spellings in data.items() for spelling in spellings]
    return tuple(sorted(pairs, key=lambda pair: -len(pair[0])))


@once
def _acting_phrases() -> tuple[tuple[str, str], ...]:
    data = data_file("people", "positions")["acting_forms"]
    pairs = [(_fold(spelling), code) for code, entry in data.items() for spelling in entry["spellings"]]
    return tuple(sorted(pairs, key=lambda pair: -len(pair[0])))
