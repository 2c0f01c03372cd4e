"""The documents the benchmarks load and dump, each with its class in kampungkb, pydantic and msgspec.

Two sets, the issue's: the seed's workshop (one document, a real-shaped example from
kampungkb itself), and a batch of 200 generated Kampung KB histories of 3 to 12 reports
each (``histories.py``). Each comes with a copy of its first document with five errors of
five kinds — a wrong type, a broken length rule, an unknown code, a date in the wrong form
and an unexpected key — placed in different objects, to time the error path.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import histories
import models_msgspec
import models_pydantic

from kampungkb.codec import from_dict, to_dict, to_json
from kampungkb.events import Workshop
from kampungkb.examples import pasuruan_city_workshop_2020
from kampungkb.kampung import KampungHistory


@dataclass(frozen=True)
class Document:
    """A document, its model in each library, and how to break it in five places."""

    name: str
    short: str
    kampungkb: type
    pydantic: Any
    msgspec: Any
    make: Callable[[], list[Any]]
    breaks: tuple[tuple[tuple[str | int, ...], Any], ...]

    @property
    def values(self) -> list[Any]:
        """The kampungkb objects (one for a single document, several for a batch)."""
        return _cached(self)

    @property
    def value(self) -> Any:
        """The first kampungkb object."""
        return self.values[0]

    def broken(self) -> dict[str, Any]:
        """The first document (as a dict) with its five errors."""
        document = copy.deepcopy(to_dict(self.value))
        for path, value in self.breaks:
            target = document
            for part in path[:-1]:
                target = target[part]
            target[path[-1]] = value
        return document

    def size(self) -> str:
        """How big the documents are: objects, fields, bytes of JSON."""
        objects = fields = 0
        stack: list[Any] = [to_dict(value) for value in self.values]
        while stack:
            node = stack.pop()
            if isinstance(node, dict):
                objects += 1
                fields += len(node)
                stack.extend(node.values())
            elif isinstance(node, list):
                stack.extend(node)
        size = sum(len(to_json(value).encode()) for value in self.values)
        count = f"{len(self.values)} documents, " if len(self.values) > 1 else ""
        return f"{count}{objects} objects, {fields} fields, {size:,} bytes of JSON"


_values: dict[str, list[Any]] = {}


def _cached(document: Document) -> list[Any]:
    if document.name not in _values:
        _values[document.name] = document.make()
    return _values[document.name]


WORKSHOP = Document(
    name="The seed's workshop, Kota Pasuruan 2020 (events.Workshop)",
    short="Workshop",
    kampungkb=Workshop,
    pydantic=models_pydantic.Workshop,
    msgspec=models_msgspec.Workshop,
    make=lambda: [pasuruan_city_workshop_2020()],
    breaks=(
        (("title",), "x" * 600),
        (("dates", "start"), "28 Desember 2020"),
        (("participants", "groups", 1, "count"), "4"),
        (("speakers", 0, "organization", "kind"), "bkkbn"),
        (("venue", "alamat"), "Jl. Pahlawan"),
    ),
)

KAMPUNG = Document(
    name="200 generated Kampung KB histories, 3 to 12 reports each (KampungHistory)",
    short="200 histories",
    kampungkb=KampungHistory,
    pydantic=models_pydantic.KampungHistory,
    msgspec=models_msgspec.KampungHistory,
    make=lambda: [from_dict(data, KampungHistory) for data in histories.batch(200)],
    breaks=(
        (("kampung", "name"), "x" * 300),
        (("kampung", "launch_date"), "27/09/2017"),
        (("profile_reports", 0, "pokja", "member_count"), "25"),
        (("kkbpk_reports", 0, "contraceptive_users", 0, "method"), "pil"),
        (("population_reports", 0, "family_counts", 2, "jumlah"), 150),
    ),
)

DOCUMENTS = [WORKSHOP, KAMPUNG]

__all__ = ["DOCUMENTS", "KAMPUNG", "WORKSHOP", "Document"]
