"""Example documents shipped with kampungkb, built from real programme facts.

The canonical example is the city-level workshop for the managers of Kampung KB in
Kota Pasuruan, 28–29 December 2020, the event of the news report this library grew
from. It is built in Python by :func:`pasuruan_city_workshop_2020` and shipped as
JSON package data, which loads into an equal object:

    >>> from kampungkb import from_json
    >>> from kampungkb.events import Event
    >>> from_json(example_json(), Event) == pasuruan_city_workshop_2020()
    True
"""

from ._activities import example_activities
from ._kampung import example_history, example_kampung, example_reports
from ._workshop import PASURUAN_REPORT, example_json, pasuruan_city_workshop_2020

__all__ = [
    "PASURUAN_REPORT",
    "example_activities",
    "example_history",
    "example_json",
    "example_kampung",
    "example_reports",
    "pasuruan_city_workshop_2020",
]
