"""kampungkb: typed, validated models for Indonesia's Kampung KB programme.

>>> import kampungkb
>>> isinstance(kampungkb.__version__, str)
True
"""

from ._version import __version__
from .codec import from_dict, from_json, to_dict, to_json
from .errors import ErrorItem, KampungKBError, ValidationError

__all__ = [
    "ErrorItem",
    "KampungKBError",
    "ValidationError",
    "__version__",
    "from_dict",
    "from_json",
    "to_dict",
    "to_json",
]
