"""Analysis: records as pandas DataFrames and Arrow tables, Parquet files, and programme tables.

Everything here needs an optional extra — ``kampungkb[pandas]`` for frames and tables,
``kampungkb[arrow]`` for Arrow and Parquet — and imports it on first use, so
``import kampungkb.analysis`` works without them; a function whose extra is missing
raises :class:`MissingExtraError` naming it::

    >>> from kampungkb.examples import pasuruan_city_workshop_2020
    >>> from kampungkb.events import Event
    >>> frame = to_frame([pasuruan_city_workshop_2020()], Event)
    >>> int(frame.loc[0, "participants.total"]), str(frame["kind"].dtype)
    (155, 'category')

See the guide "Analysis and charts" (``docs/analysis.md``).
"""

from ._arrow import DEFAULT_BATCH_SIZE, arrow_schema, from_arrow, iter_parquet, to_arrow, write_parquet
from ._extras import MissingExtraError
from ._frames import from_frame, labels_of, to_frame
from ._tables import INDICATOR_COLUMNS, indicator_table, method_table, participation_table, population_table

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "INDICATOR_COLUMNS",
    "MissingExtraError",
    "arrow_schema",
    "from_arrow",
    "from_frame",
    "indicator_table",
    "iter_parquet",
    "labels_of",
    "method_table",
    "participation_table",
    "population_table",
    "to_arrow",
    "to_frame",
    "write_parquet",
]
