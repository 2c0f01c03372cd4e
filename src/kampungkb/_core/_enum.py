"""Enumerations with a stable code (what travels in JSON) and an Indonesian label.

>>> class Sex(CodedEnum):
...     MALE = "male", "Laki-laki"
...     FEMALE = "female", "Perempuan"
>>> Sex.MALE.code, Sex.MALE.label
('male', 'Laki-laki')
>>> Sex.from_code("female")
<Sex.FEMALE: 'female'>
"""

from __future__ import annotations

import enum
from typing import Any, Self, cast

from ..errors import ErrorCode, ValidationError
from ._checks import describe, with_article

__all__ = ["CodedEnum"]


class CodedEnum(enum.Enum):
    """Base of kampungkb's vocabularies: ``.code`` is stable, ``.label`` is Indonesian.

    Members are declared as ``NAME = "code", "Label"``; subclasses may add more
    values after the label by overriding ``__init__``.
    """

    _value_: str
    label: str

    #: Members are singletons compared by identity, so they hash by identity too: a C-level hash,
    #: where ``enum.Enum`` hashes the member's name in Python (a cost every set and dict of members paid).
    __hash__ = object.__hash__

    def __new__(cls, code: str, label: str, *_extra: Any) -> Self:
        member = object.__new__(cls)
        member._value_ = code
        member.label = label
        return member

    @property
    def code(self) -> str:
        """The stable code used in JSON, CSV and the API."""
        return self._value_

    @classmethod
    def from_code(cls, code: object) -> Self:
        """The member whose code is ``code``, or a ValidationError listing the codes.

        Codes match exactly: no case folding, no trimming.
        """
        member = cls._value2member_map_.get(code) if type(code) is str else None
        if member is None:
            if type(code) is not str:
                raise ValidationError.single(
                    (), f"expected {with_article(cls.__name__)} code (a string), found {describe(code)}", ErrorCode.TYPE
                )
            allowed = ", ".join(repr(m) for m in cls._value2member_map_)
            raise ValidationError.single(
                (),
                f"expected one of the {cls.__name__} codes {allowed}, found {describe(code)}",
                ErrorCode.INVALID_VALUE,
            )
        return cast(Self, member)

    def __repr__(self) -> str:
        return f"<{type(self).__name__}.{self.name}: {self._value_!r}>"
