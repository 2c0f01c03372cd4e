"""What kampungkb builds on first use, not at import: tables (:func:`once`) and regular
expressions (:func:`lazy_pattern`, declared as with ``re.compile``). Importing a module that
declares them builds nothing.
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

__all__ = ["LazyPattern", "built", "lazy_pattern", "lock", "once"]

T = TypeVar("T")

#: The one lock of first-use building: of :func:`once` tables and of reference data files (a
#: table may read a file, and reading a file may build a table), re-entrant for both.
lock = threading.RLock()
#: The qualified names of the :func:`once` tables built so far, in order (the tests check that
#: importing kampungkb builds none).
built: list[str] = []


def once(build: Callable[[], T]) -> Callable[[], T]:
    """A zero-argument function whose result is built on the first call, by one thread, then kept.

    >>> calls = []
    >>> @once
    ... def table():
    ...     calls.append(1)
    ...     return {"a": 1}
    >>> table() is table(), len(calls)
    (True, 1)
    """
    cell: list[T] = []

    @functools.wraps(build)
    def get() -> T:
        if cell:
            return cell[0]
        with lock:
            if not cell:
                cell.append(build())
                built.append(f"{build.__module__}.{build.__qualname__}")
        return cell[0]

    return get


_METHODS = ("match", "fullmatch", "search", "finditer", "findall", "sub", "split")


class LazyPattern:
    """A regular expression compiled on first use (by one thread), then kept: what ``re.compile``
    gives, without the cost at import. It offers the methods of :class:`re.Pattern` kampungkb uses.

    Once compiled, those methods are the compiled pattern's own, bound in the instance (whose
    attributes come before its class's methods), so a call costs what it costs on ``re.Pattern``.

    >>> digits = lazy_pattern(r"[0-9]+")
    >>> digits.compiled is None, digits.fullmatch("123") is not None, digits.compiled is not None
    (True, True, True)
    >>> digits.fullmatch == digits.compiled.fullmatch
    True
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self.compiled: re.Pattern[str] | None = None

    def get(self) -> re.Pattern[str]:
        """The compiled pattern."""
        found = self.compiled
        if found is None:
            with lock:
                found = self.compiled
                if found is None:
                    found = re.compile(self.pattern, self.flags)
                    for method in _METHODS:
                        setattr(self, method, getattr(found, method))
                    self.compiled = found
        return found

    def match(self, string: str, pos: int = 0, endpos: int = 2**63 - 1) -> re.Match[str] | None:
        """``re.Pattern.match``."""
        return self.get().match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = 2**63 - 1) -> re.Match[str] | None:
        """``re.Pattern.fullmatch``."""
        return self.get().fullmatch(string, pos, endpos)

    def search(self, string: str, pos: int = 0, endpos: int = 2**63 - 1) -> re.Match[str] | None:
        """``re.Pattern.search``."""
        return self.get().search(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = 2**63 - 1) -> Iterator[re.Match[str]]:
        """``re.Pattern.finditer``."""
        return self.get().finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = 2**63 - 1) -> list[Any]:
        """``re.Pattern.findall``."""
        return self.get().findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        """``re.Pattern.sub``."""
        return self.get().sub(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        """``re.Pattern.split``."""
        return self.get().split(string, maxsplit)


def lazy_pattern(pattern: str, flags: int = 0) -> LazyPattern:
    """``re.compile(pattern, flags)``, compiled on first use rather than at import."""
    return LazyPattern(pattern, flags)
