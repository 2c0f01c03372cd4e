"""Reading an Indonesian name with its form of address and degrees, the way documents write it.

The parser works in one left-to-right pass over at most :data:`MAX_INPUT`
characters (no backtracking regular expressions), in these steps:

1. the text is checked (a string, not too long, no control characters) and
   its whitespace collapsed;
2. it is cut at the first comma: degrees after the name follow the comma;
3. a form of address (Bapak, Ibu, Sdr. …) is taken from the front;
4. degrees before the name are taken from the front, also when run together
   (``Drs.H.``) or spaced (``Dr (HC)``);
5. degrees written after the name *without* a comma (``Sahak SE, MM``) are
   taken from its end, only when every such word is a known degree;
6. after the comma, each degree is matched to the table; an unknown one is
   kept verbatim and flagged.

    >>> parts = parse_name("Ibu Njoman Swasti, S.STP, MM")
    >>> parts.honorific, parts.name, parts.degrees_after
    ('ibu', 'Njoman Swasti', ('S.STP.', 'M.M.'))
"""

from __future__ import annotations

import functools
import unicodedata
from typing import Final, NamedTuple

from .._core import describe, title_case
from ..errors import ErrorCode, ErrorItem, ValidationError
from ._degrees import AMBIGUOUS, Degree, Kind, degree_table, honorific_spellings

__all__ = [
    "MAX_INPUT",
    "NameParts",
    "check_text",
    "is_degrees",
    "leading_title",
    "parse_name",
    "read_degree",
    "starts_with_title",
    "trailing_degrees",
]

#: The longest text a parser reads (longer input is rejected before any work).
MAX_INPUT: Final = 1000

#: The longest span of text one degree can take ("Dr. (H.C.)", "Sp. (OG)K").
_MAX_DEGREE = 16

#: How many words after a name, without a comma, can be degrees.
_MAX_TRAILING = 6


class NameParts(NamedTuple):
    """What the parser found, before it becomes a :class:`~kampungkb.people.PersonName`.

    ``written`` is the text read, its whitespace collapsed.
    """

    honorific: str | None
    degrees_before: tuple[str, ...]
    name: str
    degrees_after: tuple[str, ...]
    unrecognized: tuple[str, ...]
    written: str


def check_text(text: object, what: str) -> str:
    """``text`` with its whitespace collapsed, or a ValidationError (type, length, control characters).

    >>> check_text("  Njoman\\u00a0 Swasti ", "a name")
    'Njoman Swasti'
    >>> check_text("Njoman\\nSwasti", "a name")
    Traceback (most recent call last):
    ...
    kampungkb.errors.ValidationError: 1 validation error
    $: expected a name without control characters, found U+000A at position 6 [invalid_value]
    """
    if type(text) is not str:
        raise ValidationError.single((), f"expected {what} (a string), found {describe(text)}", ErrorCode.TYPE)
    if len(text) > MAX_INPUT:
        raise ValidationError.single(
            (), f"expected {what} of at most {MAX_INPUT} characters, found {len(text)}", ErrorCode.CONSTRAINT
        )
    for position, char in enumerate(text):
        if char in " \u00a0":
            continue
        category = unicodedata.category(char)
        if category[0] == "C" or category in ("Zl", "Zp"):
            noun = what.removeprefix("a ").removeprefix("an ")
            raise ValidationError.single(
                (),
                f"expected {_article(noun)} without control characters, found U+{ord(char):04X} at position {position}",
                ErrorCode.INVALID_VALUE,
            )
    collapsed = " ".join(text.split())
    if not collapsed:
        raise ValidationError.single((), f"expected {what}, found {describe(text)}", ErrorCode.CONSTRAINT)
    return collapsed


def parse_name(text: object) -> NameParts:
    """Split a written name into its parts; see the module docstring for the steps.

    >>> parse_name("Dr (HC) dr. H. Hasto Wardoyo, Sp. (OG)K").degrees_before
    ('Dr. (H.C.)', 'dr.', 'H.')
    >>> parse_name("TRI ANGGA, RSSTP., MAP")[2:]
    ('Tri Angga', ('RSSTP.', 'M.A.P.'), ('RSSTP.',), 'TRI ANGGA, RSSTP., MAP')
    """
    clean = check_text(text, "a person's name")
    head, comma, tail = clean.partition(",")
    head = head.strip()
    honorific, position = _honorific(head)
    before: list[str] = []
    unrecognized: list[str] = []
    while position < len(head):
        found = _scan_degree(head, position, "before", whole_words=False)
        if found is None:
            break
        spelling, degree, position = found
        before.append(degree.canonical if degree is not None else spelling)
        if degree is None and spelling not in unrecognized:
            unrecognized.append(spelling)
        while position < len(head) and head[position] == " ":
            position += 1
    words = head[position:].split()
    if words and is_degrees(" ".join(words)):
        raise ValidationError([_no_name(clean, honorific, before, words, bool(comma))])
    cut = trailing_degrees(words)
    after = [] if cut is None else list(cut[1])
    name = " ".join(words if cut is None else words[: cut[0]])
    if not name:
        raise ValidationError([_no_name(clean, honorific, before, after, bool(comma))])
    if comma:
        for segment in tail.split(","):
            for spelling, degree in _after_segment(segment.strip()):
                after.append(degree.canonical if degree is not None else spelling)
                if degree is None and spelling not in unrecognized:
                    unrecognized.append(spelling)
    if name.isupper():
        name = title_case(name)
    return NameParts(honorific, tuple(before), name, tuple(after), tuple(unrecognized), clean)


def leading_title(name: str) -> str | None:
    """The form of address or degree that ``name`` begins with, if any (a name must not).

    >>> leading_title("Drs.Budi"), leading_title("Ibu Siti"), leading_title("Siti")
    ('Drs.', 'Ibu', None)
    """
    honorific, position = _honorific(name)
    if honorific is not None:
        return name[:position].strip()
    found = _scan_degree(name, 0, "before", whole_words=False)
    return found[0] if found is not None else None


def read_degree(text: str, kind: Kind) -> tuple[bool, Degree | None]:
    """How the parser reads ``text`` standing alone as a degree before or after a name.

    Returns whether the parser takes ``text`` whole as one degree, and the
    degree it stands for (None when it is ambiguous or unknown).

    >>> read_degree("S.E.", "after")[1].canonical, read_degree("MAPS", "after")
    ('S.E.', (True, None))
    >>> read_degree("Budi", "before")
    (False, None)
    """
    if kind == "before":
        found = _scan_degree(text, 0, "before", whole_words=False)
        if found is None:
            return False, None
        return found[2] == len(text), found[1]
    if "," in text:
        return False, None
    items = _after_segment(text)
    if len(items) != 1 or items[0][0] != text:
        return False, None
    return True, items[0][1]


def is_degrees(text: str) -> bool:
    """True when ``text`` is nothing but degrees written after a name.

    >>> is_degrees("S.E. MM"), is_degrees("Budi")
    (True, False)
    """
    return _known_degrees(text) is not None


def starts_with_title(text: str) -> bool:
    """True when ``text`` begins with a degree written before a name (``Drs.``, ``dr.``, ``H`` …).

    >>> starts_with_title("Drs. Sukaryo"), starts_with_title("Jawa Timur")
    (True, False)
    """
    return _scan_degree(text, 0, "before", whole_words=False) is not None


def trailing_degrees(words: list[str]) -> tuple[int, tuple[str, ...]] | None:
    """Where the degrees written after a name without a comma begin, and their canonical spellings.

    Only words that are all known degrees count (an unknown word is part of the
    name); the name keeps at least one word.

    >>> trailing_degrees("Wardoyo Wijaya SH. MH".split())
    (2, ('S.H.', 'M.H.'))
    >>> trailing_degrees("Nanik Pujiastuti MP".split()) is None
    True
    """
    for start in range(max(1, len(words) - _MAX_TRAILING), len(words)):
        found = _known_degrees(" ".join(words[start:]))
        if found is not None:
            return start, found
    return None


# ---------------------------------------------------------------------------
# Helpers


def _article(noun: str) -> str:
    return ("an " if noun[:1] in "aeiou" else "a ") + noun


def _honorific(text: str) -> tuple[str | None, int]:
    word, _, _ = text.partition(" ")
    code = honorific_spellings().get(word.casefold())
    if code is None:
        return None, 0
    position = len(word)
    while position < len(text) and text[position] == " ":
        position += 1
    return code, position


def _scan_degree(
    text: str, start: int, kind: Kind, *, whole_words: bool, lower_case: bool = True
) -> tuple[str, Degree | None, int] | None:
    """The longest degree spelled at ``text[start:]``: (spelling, degree or None if ambiguous, end).

    A degree may cross a space only after a single letter and a period (``S. STP``)
    or before an opening parenthesis (``Dr (HC)``). Unless ``whole_words``, it may
    end inside a word after a period (``Drs.H.``). ``lower_case=False`` stops an
    all-lower-case word from matching a degree (see :meth:`DegreeTable.lookup`).
    """
    table = degree_table()
    best: tuple[str, Degree | None, int] | None = None
    limit = min(len(text), start + _MAX_DEGREE)
    for end in range(start + 1, limit + 1):
        char = text[end - 1]
        if char == " ":
            before = text[start : end - 1]
            crossing = (len(before) == 2 and before[0].isalpha() and before[1] == ".") or (
                end < len(text) and text[end] == "("
            )
            if not crossing:
                break
            continue
        at_word_end = end == len(text) or text[end] == " "
        if not at_word_end and (whole_words or char not in ".)"):
            continue
        spelling = text[start:end]
        found = table.lookup(spelling, kind, lower_case=lower_case)
        if found is AMBIGUOUS:
            best = (spelling, None, end)
        elif found is not None:
            assert isinstance(found, Degree)
            best = (spelling, found, end)
    return best


def _known_degrees(text: str) -> tuple[str, ...] | None:
    """The canonical spellings if ``text`` is wholly known degrees written after a name, else None."""
    found: list[str] = []
    position = 0
    while position < len(text):
        scanned = _scan_degree(text, position, "after", whole_words=True, lower_case=False)
        if scanned is None or scanned[1] is None:
            return None
        found.append(scanned[1].canonical)
        position = scanned[2]
        while position < len(text) and text[position] == " ":
            position += 1
    return tuple(found)


def _after_segment(segment: str) -> list[tuple[str, Degree | None]]:
    """The degrees of one comma-separated segment: (spelling, degree or None when unknown)."""
    found: list[tuple[str, Degree | None]] = []
    position = 0
    while position < len(segment):
        scanned = _scan_degree(segment, position, "after", whole_words=True)
        if scanned is not None:
            spelling, degree, position = scanned
        else:
            end = segment.find(" ", position)
            end = len(segment) if end < 0 else end
            spelling, degree, position = segment[position:end], None, end
            run = _run_together(spelling)
            if run is not None:
                found.extend(run)
                continue
        found.append((spelling, degree))
        while position < len(segment) and segment[position] == " ":
            position += 1
    return found


#: The most degrees one word run together may hold ("S.Pd.M.Pd", "SEMM").
_MAX_RUN = 3


def _run_together(word: str) -> list[tuple[str, Degree | None]] | None:
    """The degrees of a word that runs known degrees together without a separator ("S.Pd.M.Pd",
    "SEMM", "se.mm"), when exactly one reading splits it into known degrees; None otherwise.

    >>> [degree.canonical for _, degree in _run_together("S.Pd.M.Pd")]
    ['S.Pd.', 'M.Pd.']
    >>> _run_together("SEMMX") is None
    True
    """
    if len(word) > _MAX_DEGREE * _MAX_RUN:
        return None
    # readings[i]: the distinct readings of word[:i] (at most two kept: two already mean "ambiguous").
    readings: list[list[tuple[tuple[str, Degree], ...]]] = [[] for _ in range(len(word) + 1)]
    readings[0].append(())
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - _MAX_DEGREE), end):
            if not readings[start]:
                continue
            found = _degree_after(word[start:end])
            if found is None:
                continue
            for reading in readings[start]:
                if len(reading) < _MAX_RUN and len(readings[end]) < 2:
                    candidate = (*reading, (word[start:end], found))
                    if all(_canonicals(candidate) != _canonicals(other) for other in readings[end]):
                        readings[end].append(candidate)
    complete = [reading for reading in readings[len(word)] if len(reading) > 1]
    if len(complete) != 1:
        return None
    return [(spelling, degree) for spelling, degree in complete[0]]


@functools.lru_cache(maxsize=4096)
def _degree_after(spelling: str) -> Degree | None:
    """The degree ``spelling`` stands for after a name (None: unknown or ambiguous), remembered."""
    found = degree_table().lookup(spelling, "after")
    return found if isinstance(found, Degree) else None


def _canonicals(reading: tuple[tuple[str, Degree], ...]) -> tuple[str, ...]:
    return tuple(degree.canonical for _, degree in reading)


def _no_name(text: str, honorific: str | None, before: list[str], after: list[str], comma: bool) -> ErrorItem:
    if before or after:
        listed = ", ".join(before + after)
        return ErrorItem(
            (), f"expected a name with its degrees, found only degrees ({listed}) in {text!r}", ErrorCode.INVALID_VALUE
        )
    if honorific is not None:
        return ErrorItem((), f"expected a name after the form of address, found only {text!r}", ErrorCode.INVALID_VALUE)
    if comma:
        return ErrorItem(
            (), f"expected a name before the comma, found degrees with no name in {text!r}", ErrorCode.INVALID_VALUE
        )
    return ErrorItem((), f"expected a person's name, found {text!r}", ErrorCode.INVALID_VALUE)
