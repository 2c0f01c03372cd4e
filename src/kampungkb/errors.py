"""The exceptions kampungkb raises, and the located error items they carry.

Every public entry point either returns a valid object or raises
:class:`ValidationError`, which lists *every* problem found in the input, each
with the path of the offending value::

    >>> from kampungkb.errors import ErrorCode, ErrorItem, ValidationError
    >>> item = ErrorItem(("participants", 3, "count"), "expected a count >= 0, found -1", ErrorCode.CONSTRAINT)
    >>> err = ValidationError([item])
    >>> print(err)
    1 validation error
    $.participants[3].count: expected a count >= 0, found -1 [constraint]
    >>> isinstance(err, ValueError)
    True
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence

__all__ = [
    "ErrorCode",
    "ErrorItem",
    "KampungKBError",
    "ValidationError",
    "format_path",
]


class ErrorCode(enum.StrEnum):
    """The stable kinds of problem an :class:`ErrorItem` reports; each member *is* its code string.

    Codes never change meaning; new ones may be added. Because a member is a ``str``, JSON
    output and comparisons with the plain code keep working.

    >>> ErrorCode.CONSTRAINT == "constraint", str(ErrorCode.CONSTRAINT)
    (True, 'constraint')
    >>> ErrorCode("extra_key").description
    'a key the model does not define is present'
    """

    description: str

    def __new__(cls, code: str, description: str) -> ErrorCode:
        member = str.__new__(cls, code)
        member._value_ = code
        member.description = description
        return member

    TYPE = "type", "the value has the wrong JSON/Python type (a number where text was expected…)"
    MISSING = "missing", "a required key is absent"
    EXTRA_KEY = "extra_key", "a key the model does not define is present"
    INVALID_VALUE = "invalid_value", "the value has the right type but is not one of the accepted values or forms"
    CONSTRAINT = "constraint", "the value breaks a rule of its own field (length, range, pattern…)"
    INVARIANT = "invariant", "the value breaks a rule that ties several fields or records together"
    JSON = "json", "the text is not well-formed JSON (or JSON Lines)"
    FORMAT = "format", "text is not in any accepted layout (a region code with wrong separators…)"
    LENGTH = "length", "text has the wrong number of characters or digits"
    COMPONENT = "component", "a part of an identifier is not valid (an unknown province, regency 00…)"


PathPart = str | int


def format_path(location: Iterable[PathPart]) -> str:
    """Render a location as a JSONPath-like string.

    >>> format_path(("dates", "start"))
    '$.dates.start'
    >>> format_path(("participants", 3, "count"))
    '$.participants[3].count'
    >>> format_path(())
    '$'
    """
    parts = ["$"]
    for part in location:
        if type(part) is int:
            parts.append(f"[{part}]")
        elif isinstance(part, str) and part.isidentifier():
            parts.append(f".{part}")
        else:
            escaped = str(part).replace("\\", "\\\\").replace("'", "\\'")
            parts.append(f"['{escaped}']")
    return "".join(parts)


class ErrorItem:
    """One problem in the input: where it is, what is wrong, and a stable code.

    ``location`` is the path as a tuple of keys and indices; ``path`` is its
    JSONPath-like rendering.

    >>> item = ErrorItem(("dates", "start"), "expected a date, found '28/12/2020'", ErrorCode.INVALID_VALUE)
    >>> item.path
    '$.dates.start'
    >>> item.code is ErrorCode.INVALID_VALUE, item.code == "invalid_value"
    (True, True)
    """

    __slots__ = ("code", "location", "message")

    location: tuple[PathPart, ...]
    message: str
    code: ErrorCode

    def __init__(self, location: Sequence[PathPart], message: str, code: ErrorCode | str) -> None:
        self.location = tuple(location)
        self.message = message
        # A code given as its string is checked against the vocabulary (ValueError for an unknown one).
        self.code = code if type(code) is ErrorCode else _error_code(code)

    @property
    def path(self) -> str:
        """The location rendered as ``$.a[0].b``."""
        return format_path(self.location)

    def prefixed(self, *parts: PathPart) -> ErrorItem:
        """The same error, located under ``parts``.

        >>> ErrorItem(("count",), "bad", ErrorCode.CONSTRAINT).prefixed("participants", 2).path
        '$.participants[2].count'
        """
        return ErrorItem(parts + self.location, self.message, self.code)

    def as_dict(self) -> dict[str, str]:
        """A JSON-ready form: ``{"path": ..., "message": ..., "code": ...}``.

        >>> ErrorItem((), "bad", ErrorCode.TYPE).as_dict()
        {'path': '$', 'message': 'bad', 'code': 'type'}
        """
        return {"path": self.path, "message": self.message, "code": self.code.value}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ErrorItem):
            return NotImplemented
        return (self.location, self.message, self.code) == (
            other.location,
            other.message,
            other.code,
        )

    def __hash__(self) -> int:
        return hash((self.location, self.message, self.code))

    def __repr__(self) -> str:
        return f"ErrorItem({self.path!r}, {self.message!r}, {self.code.value!r})"

    def __str__(self) -> str:
        return f"{self.path}: {self.message} [{self.code.value}]"


_CODES: dict[str, ErrorCode] = {member.value: member for member in ErrorCode}


def _error_code(code: object) -> ErrorCode:
    found = _CODES.get(code) if isinstance(code, str) else None
    if found is None:
        raise ValueError(f"{code!r} is not an error code; the codes are {', '.join(_CODES)}")
    return found


class KampungKBError(Exception):
    """The root of every exception kampungkb raises on purpose.

    >>> issubclass(ValidationError, KampungKBError)
    True
    """


class ValidationError(KampungKBError, ValueError):
    """Input that does not make a valid object; ``.errors`` lists every problem.

    It is a :class:`ValueError`, so ``except ValueError`` keeps working.

    >>> err = ValidationError.single(("title",), "must not be empty", ErrorCode.CONSTRAINT)
    >>> err.errors[0].path, str(err.errors[0].code)
    ('$.title', 'constraint')
    >>> str(err)
    '1 validation error\\n$.title: must not be empty [constraint]'
    """

    errors: tuple[ErrorItem, ...]
    #: The input these errors are about, when the codec knows it (so that a document whose item
    #: failed can report that item without loading it again); None otherwise.
    source: object = None

    def __init__(self, errors: Iterable[ErrorItem]) -> None:
        self.errors = tuple(errors)
        if not self.errors:
            raise ValueError("a ValidationError needs at least one ErrorItem")
        # The message is rendered when it is asked for (str, args): errors collected on the way
        # up a document are wrapped several times, and only the last message is ever read.
        super().__init__()

    @property
    def args(self) -> tuple[str]:
        """``(message,)``, as for any exception."""
        return (self._render(),)

    @args.setter
    def args(self, value: tuple[object, ...]) -> None:
        pass  # the message is always rendered from the errors

    @classmethod
    def single(cls, location: Sequence[PathPart], message: str, code: ErrorCode) -> ValidationError:
        """A ValidationError with one item at ``location`` (the arguments of :class:`ErrorItem`, in its order)."""
        return cls([ErrorItem(location, message, code)])

    def prefixed(self, *parts: PathPart) -> ValidationError:
        """The same errors, each located under ``parts``.

        >>> ValidationError.single(("count",), "bad", ErrorCode.TYPE).prefixed("groups", 0).errors[0].path
        '$.groups[0].count'
        """
        return ValidationError(item.prefixed(*parts) for item in self.errors)

    def _render(self) -> str:
        count = len(self.errors)
        head = f"{count} validation error{'s' if count != 1 else ''}"
        return "\n".join([head, *(str(item) for item in self.errors)])

    def __str__(self) -> str:
        return self._render()

    def __repr__(self) -> str:
        return f"ValidationError({self._render()!r})"

    def __reduce__(self) -> tuple[type[ValidationError], tuple[tuple[ErrorItem, ...]]]:
        return (type(self), (self.errors,))
