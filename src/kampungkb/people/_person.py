"""A person's name as official documents write it, with the form of address and degrees.

>>> str(PersonName.parse("Ibu Njoman Swasti, S.STP, MM"))
'Njoman Swasti, S.STP., M.M.'
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Self

from .._core import UNWRITABLE, field, model, register_scalar_form, text_kind, title_case
from ..errors import ErrorCode, ErrorItem
from ._degrees import Kind
from ._names import is_degrees, leading_title, parse_name, read_degree, trailing_degrees
from ._vocab import Honorific

__all__ = ["NAME_PATTERN", "PersonName"]

#: A person's name: a label (the core's LABEL kind: words separated by single spaces) without
#: commas, which separate degrees.
NAME_PATTERN = text_kind(
    rf"[^\s,{UNWRITABLE}]+(?: [^\s,{UNWRITABLE}]+)*",
    "a name: words separated by single spaces, no spaces at either end, no commas",
)


@model
class PersonName:
    """A person's name as official documents write it, with form of address and degrees.

    ``degrees_before`` and ``degrees_after`` hold canonical spellings from the
    degree table (``data/people/degrees.json``). A degree the table does not
    know — or, before the name, one that reads as two degrees (``DR.``) — is
    kept verbatim and listed, in order, in ``unrecognized_degrees``. A name
    written entirely in capitals is kept title-cased in ``name``, with the
    capitals in ``original_name``.

    ``str()`` gives the official form (degrees before, the name, then ", " and
    the degrees after, each separated by ", "); :meth:`formal` puts the form of
    address in front.

    >>> name = PersonName.parse("Drs.H. Adri Djoko Srijono, Msi")
    >>> name.degrees_before, name.name, name.degrees_after
    (('Drs.', 'H.'), 'Adri Djoko Srijono', ('M.Si.',))
    >>> str(PersonName.parse("Camat TRI ANGGA, RSSTP., MAP".removeprefix("Camat ")))
    'Tri Angga, RSSTP., M.A.P.'
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
    original_name: str | None = field(
        default=None,
        max_length=200,
        pattern=NAME_PATTERN,
        description="the name as written, when it was entirely in capitals",
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
        return cls(
            parts.name,
            honorific=None if parts.honorific is None else Honorific.from_code(parts.honorific),
            degrees_before=parts.degrees_before,
            degrees_after=parts.degrees_after,
            unrecognized_degrees=parts.unrecognized,
            original_name=parts.original_name,
        )

    def formal(self) -> str:
        """The official form with the form of address in front ("Ibu Njoman Swasti, S.STP., M.M.").

        >>> PersonName.parse("Bapak Raharto Teno Prasetyo, ST").formal()
        'Bapak Raharto Teno Prasetyo, S.T.'
        """
        return str(self) if self.honorific is None else f"{self.honorific.label} {self}"

    def __str__(self) -> str:
        text = " ".join((*self.degrees_before, self.name))
        return f"{text}, {', '.join(self.degrees_after)}" if self.degrees_after else text

    def _invariants(self) -> Iterator[ErrorItem]:
        yield from _name_problems(self.name, self.original_name)
        flagged: list[str] = []
        sides: tuple[tuple[Kind, tuple[str, ...]], ...] = (
            ("before", self.degrees_before),
            ("after", self.degrees_after),
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
        if self.unrecognized_degrees != expected:
            yield ErrorItem(
                ("unrecognized_degrees",),
                f"expected the degrees the table does not know, in order: {expected!r}, "
                f"found {self.unrecognized_degrees!r}",
                ErrorCode.INVARIANT,
            )


register_scalar_form(PersonName, PersonName.parse)


# ---------------------------------------------------------------------------
# Helpers


def _name_problems(name: str, original: str | None) -> Iterator[ErrorItem]:
    """The rules of ``name`` itself: a letter, no titles inside, capitals kept aside."""
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
    if original is None:
        if name.isupper() and title_case(name) != name:
            yield ErrorItem(
                ("name",),
                f"a name in capitals is kept title-cased ({title_case(name)!r}) with the capitals in original_name",
                ErrorCode.INVARIANT,
            )
    elif not original.isupper() or title_case(original) != name or original == name:
        yield ErrorItem(
            ("original_name",),
            f"expected the name in capitals whose title case is {name!r}, found {original!r}",
            ErrorCode.INVARIANT,
        )
