"""A person's name as official documents write it, with the form of address and degrees.

>>> name = PersonName.parse("Ibu Njoman Swasti, S.STP, MM")
>>> str(name), name.original
('Njoman Swasti, S.STP., M.M.', 'Ibu Njoman Swasti, S.STP, MM')
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Self

from .._core import LABEL, UNWRITABLE, field, model, register_scalar_form, text_kind, title_case
from ..errors import ErrorCode, ErrorItem, PathPart, ValidationError
from ._degrees import Kind
from ._names import MAX_INPUT, NameParts, is_degrees, leading_title, parse_name, read_degree, trailing_degrees
from ._vocab import Honorific

__all__ = ["NAME_PATTERN", "WRITTEN_PATTERN", "PersonName"]

#: A person's name: a label (the core's LABEL kind: words separated by single spaces) without
#: commas, which separate degrees.
NAME_PATTERN = text_kind(
    rf"[^\s,{UNWRITABLE}]+(?: [^\s,{UNWRITABLE}]+)*",
    "a name: words separated by single spaces, no spaces at either end, no commas",
)

#: A name as a source wrote it (form of address, degrees and commas included): a LABEL.
WRITTEN_PATTERN = LABEL


@model
class PersonName:
    """A person's name as official documents write it, with form of address and degrees.

    ``degrees_before`` and ``degrees_after`` hold canonical spellings from the
    degree table (``data/people/degrees.json``). A degree the table does not
    know — or, before the name, one that reads as two degrees (``DR.``) — is
    kept verbatim and listed, in order, in ``unrecognized_degrees``. A name
    written entirely in capitals is kept title-cased in ``name``.

    ``original`` keeps the text as the source wrote it whenever reading it
    changed anything — a degree's spelling (``ST`` for ``S.T.``), a form of
    address (``Bpk.``), capitals, commas — so nothing a document said is lost;
    it is None when the text was already the official form. Runs of whitespace
    are not kept. It must read back as this very name.

    ``str()`` gives the official form (degrees before, the name, then ", " and
    the degrees after, each separated by ", "); :meth:`formal` puts the form of
    address in front.

    >>> name = PersonName.parse("Drs.H. Adri Djoko Srijono, Msi")
    >>> name.degrees_before, name.name, name.degrees_after, name.original
    (('Drs.', 'H.'), 'Adri Djoko Srijono', ('M.Si.',), 'Drs.H. Adri Djoko Srijono, Msi')
    >>> caps = PersonName.parse("TRI ANGGA, RSSTP., MAP")
    >>> str(caps), caps.original
    ('Tri Angga, RSSTP., M.A.P.', 'TRI ANGGA, RSSTP., MAP')
    >>> PersonName.parse("Njoman Swasti, S.STP., M.M.").original is None
    True
    >>> PersonName("Njoman Swasti", honorific=Honorific.IBU, degrees_after=("S.STP.", "M.M.")).formal()
    'Ibu Njoman Swasti, S.STP., M.M.'
    """

    name: str = field(max_length=200, pattern=NAME_PATTERN, description="the person's name, without titles")
    honorific: Honorific | None = field(default=None, description="the form of address (Bapak, Ibu …)")
    degrees_before: tuple[str, ...] = field(
        default=(), max_items=10, description="titles written before the name (Prof., Dr., Drs., H. …)"
    )
    degrees_after: tuple[str, ...] = field(
        default=(), max_items=10, description="degrees written after the name (S.E., M.Si. …)"
    )
    unrecognized_degrees: tuple[str, ...] = field(
        default=(), max_items=20, description="the degrees kept verbatim because the table does not know them"
    )
    original: str | None = field(
        default=None,
        max_length=MAX_INPUT,
        pattern=WRITTEN_PATTERN,
        description="the name as the source wrote it, when reading it changed anything (degrees, capitals, address)",
    )

    @classmethod
    def parse(cls, text: str) -> Self:
        """Read a name the way documents write it.

        >>> PersonName.parse("Dr (HC) dr. H. Hasto Wardoyo, Sp. (OG)K").degrees_before
        ('Dr. (H.C.)', 'dr.', 'H.')
        >>> PersonName.parse(", MM")
        Traceback (most recent call last):
        ...
        kampungkb.errors.ValidationError: 1 validation error
        $: expected a name before the comma, found degrees with no name in ', MM' [invalid_value]
        """
        parts = parse_name(text)
        honorific = None if parts.honorific is None else Honorific.from_code(parts.honorific)
        official = _official_form(honorific, parts)
        return cls(
            parts.name,
            honorific=honorific,
            degrees_before=parts.degrees_before,
            degrees_after=parts.degrees_after,
            unrecognized_degrees=parts.unrecognized,
            original=None if parts.written == official else parts.written,
        )

    def formal(self) -> str:
        """The official form with the form of address in front ("Ibu Njoman Swasti, S.STP., M.M.").

        >>> PersonName.parse("Bapak Raharto Teno Prasetyo, ST").formal()
        'Bapak Raharto Teno Prasetyo, S.T.'
        """
        return str(self) if self.honorific is None else f"{self.honorific.label} {self}"

    def __str__(self) -> str:
        return _printed(self.degrees_before, self.name, self.degrees_after)

    def _invariants(self) -> Iterator[ErrorItem]:
        # The rules are a pure function of the six (immutable) fields: each distinct name is checked once.
        problems = _checked_name(
            (
                self.name,
                self.honorific,
                self.degrees_before,
                self.degrees_after,
                self.unrecognized_degrees,
                self.original,
            )
        )
        for location, message, code in problems:
            yield ErrorItem(location, message, code)


register_scalar_form(PersonName, PersonName.parse)


# ---------------------------------------------------------------------------
# Helpers


#: How many distinct names the rules remember (a name's check is a pure function of its fields).
_CHECKED_NAMES = 4096

_Problem = tuple[tuple[PathPart, ...], str, ErrorCode]
#: A person name's fields, in declaration order.
_NameFields = tuple[str, Honorific | None, tuple[str, ...], tuple[str, ...], tuple[str, ...], str | None]


@functools.lru_cache(maxsize=_CHECKED_NAMES)
def _checked_name(fields: _NameFields) -> tuple[_Problem, ...]:
    """The problems of a person name with these fields (remembered: the fields are immutable, the table too).

    Kept as plain tuples, so that each call builds its own :class:`ErrorItem` objects.
    """
    found = _name_rule_problems(*fields)
    return tuple((item.location, item.message, item.code) for item in found)


def _name_rule_problems(  # noqa: PLR0917 - the six fields of a person name, in order
    name: str,
    honorific: Honorific | None,
    degrees_before: tuple[str, ...],
    degrees_after: tuple[str, ...],
    unrecognized_degrees: tuple[str, ...],
    original: str | None,
) -> Iterator[ErrorItem]:
    """The rules of a person name: the name itself, each degree's spelling, the unknown degrees, the original."""
    yield from _name_problems(name, capitals_kept=original is not None)
    flagged: list[str] = []
    sides: tuple[tuple[Kind, tuple[str, ...]], ...] = (
        ("before", degrees_before),
        ("after", degrees_after),
    )
    for kind, degrees in sides:
        for index, degree in enumerate(degrees):
            whole, found = read_degree(degree, kind)
            if whole and found is not None and found.canonical == degree:
                continue
            if whole and found is None:
                flagged.append(degree)
                continue
            spelling = f" (write {found.canonical!r})" if whole and found is not None else ""
            yield ErrorItem(
                (f"degrees_{kind}", index),
                f"expected a degree written {kind} a name, in its canonical spelling{spelling}, found {degree!r}",
                ErrorCode.INVARIANT,
            )
    expected = tuple(dict.fromkeys(flagged))
    if unrecognized_degrees != expected:
        yield ErrorItem(
            ("unrecognized_degrees",),
            f"expected the degrees the table does not know, in order: {expected!r}, found {unrecognized_degrees!r}",
            ErrorCode.INVARIANT,
        )
        return
    if original is not None:
        yield from _original_problems((name, honorific, degrees_before, degrees_after, unrecognized_degrees, original))


def _original_problems(fields: _NameFields) -> Iterator[ErrorItem]:
    """``original`` reads back as this name, and differs from its official form."""
    name, honorific, degrees_before, degrees_after, unrecognized_degrees, original = fields
    if original is None:
        return
    try:
        parts = parse_name(original)
    except ValidationError as exc:
        yield ErrorItem(
            ("original",),
            f"expected the name as written, found text that does not read as a name: {exc.errors[0].message}",
            ErrorCode.INVARIANT,
        )
        return
    code = honorific.code if honorific is not None else None
    own = (code, degrees_before, name, degrees_after, unrecognized_degrees)
    printed = _printed(degrees_before, name, degrees_after)
    formal = printed if honorific is None else f"{honorific.label} {printed}"
    if (parts.honorific, parts.degrees_before, parts.name, parts.degrees_after, parts.unrecognized) != own:
        read = _official_form(None if parts.honorific is None else Honorific.from_code(parts.honorific), parts)
        yield ErrorItem(
            ("original",),
            f"the name as written, {original!r}, reads as {read!r}, not as this name ({formal!r})",
            ErrorCode.INVARIANT,
        )
    elif original == formal:
        yield ErrorItem(
            ("original",),
            f"the name as written is already its official form {original!r}: leave original empty",
            ErrorCode.INVARIANT,
        )


def _printed(before: tuple[str, ...], name: str, after: tuple[str, ...]) -> str:
    text = " ".join((*before, name))
    return f"{text}, {', '.join(after)}" if after else text


def _official_form(honorific: Honorific | None, parts: NameParts) -> str:
    """What :meth:`PersonName.formal` prints for the parts read."""
    printed = _printed(parts.degrees_before, parts.name, parts.degrees_after)
    return printed if honorific is None else f"{honorific.label} {printed}"


def _name_problems(name: str, *, capitals_kept: bool) -> Iterator[ErrorItem]:
    """The rules of ``name`` itself: a letter, no titles inside, capitals title-cased."""
    if not any(char.isalpha() for char in name):
        yield ErrorItem(("name",), f"expected a name with at least one letter, found {name!r}", ErrorCode.INVARIANT)
        return
    title = leading_title(name)
    if title is not None:
        yield ErrorItem(
            ("name",),
            f"the name begins with {title!r}, which reads as a form of address or a degree; "
            "give it as honorific or in degrees_before",
            ErrorCode.INVARIANT,
        )
    words = name.split(" ")
    trailing = trailing_degrees(words)
    if trailing is not None or is_degrees(name):
        tail = " ".join(words[trailing[0] :] if trailing is not None else words)
        yield ErrorItem(
            ("name",),
            f"the name ends with {tail!r}, which reads as degrees written after a name; give them in degrees_after",
            ErrorCode.INVARIANT,
        )
    if name.isupper() and title_case(name) != name and not capitals_kept:
        yield ErrorItem(
            ("name",),
            f"a name in capitals is kept title-cased ({title_case(name)!r}), with the text as written in original",
            ErrorCode.INVARIANT,
        )
