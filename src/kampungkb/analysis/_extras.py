"""Import an optional dependency on first use, or say which extra installs it."""

from __future__ import annotations

import importlib
from types import ModuleType

__all__ = ["MissingExtraError", "require"]


class MissingExtraError(ImportError):
    """A feature needs an optional dependency that is not installed; the message names the extra.

    >>> error = MissingExtraError("pyarrow", "arrow")
    >>> str(error), isinstance(error, ImportError)
    ("this needs pyarrow: pip install 'kampungkb[arrow]'", True)
    """

    def __init__(self, module: str, extra: str) -> None:
        super().__init__(f"this needs {module}: pip install 'kampungkb[{extra}]'", name=module)
        self.extra = extra


def require(module: str, extra: str) -> ModuleType:
    """The module ``module``, imported now; :class:`MissingExtraError` naming ``extra`` if it is not installed."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise MissingExtraError(module.split(".", maxsplit=1)[0], extra) from exc
