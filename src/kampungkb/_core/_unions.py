"""Unions of models: the one way every reader chooses a union's member.

A public union (``Event``, ``Report``) is a plain ``X | Y | …`` of models, so it can be written
in annotations; what chooses the member is declared on the members themselves:

- a **tag**: every member has ``_tag_ = (key, value)`` with the same key, e.g.
  ``("kind", "lokakarya")``; the key is written first in JSON and its value chooses the class
  (the JSON Schema says so with a ``discriminator``);
- a **marker key**: a member without a tag declares ``_marker_ = "field_name"``, a required field
  that no other member has; the member is the one whose marker key the object holds. It serves
  unions whose documents already carry such a key (the kampung's reports), so that no tag has to
  be added to documents that are valid today.

The codec's loader, the JSON Schema writer, the CSV reader and the public-type catalog all ask
:func:`union_plan`, so a union chooses its member the same way everywhere, and a union whose
members can be told apart by neither is refused where it is first used (a ``TypeError``).

    >>> from kampungkb.kampung import Report
    >>> plan = union_plan(Report)
    >>> plan.key is None, sorted(plan.choices)
    (True, ['age_sex_counts', 'poktan', 'poktan_participation'])
    >>> plan.choose({"age_sex_counts": []}).__name__
    'PopulationReport'
    >>> try:
    ...     plan.choose({"kind": "x"})
    ... except ValidationError as exc:
    ...     print(exc.errors[0].message[:50])
    expected one of the keys 'poktan' (a ProfileReport
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from ..errors import ErrorCode, ValidationError
from ._checks import describe, is_model, union_members, with_article
from ._fields import field_plans
from ._protocol import tag_of

__all__ = ["UnionPlan", "marker_of", "union_plan"]


def marker_of(cls: Any) -> str | None:
    """The marker key of a model in an untagged union (its ``_marker_``), or None."""
    marker = getattr(cls, "_marker_", None)
    return marker if isinstance(marker, str) else None


def _always(_: Any) -> bool:
    return True


@attrs.frozen(eq=False)
class UnionPlan:
    """How a union of models chooses its member.

    ``key`` is the tag key shared by every member (``"kind"``), with ``choices`` mapping each tag
    value to its member; or None, with ``choices`` mapping each member's marker key to it.
    """

    members: tuple[type, ...]
    key: str | None
    choices: Mapping[str, type]

    @property
    def tagged(self) -> bool:
        """Whether a tag chooses the member (rather than a marker key)."""
        return self.key is not None

    def describe(self) -> str:
        """One sentence saying what the union holds and how the member is chosen."""
        names = ", ".join(member.__name__ for member in self.members)
        if self.key is not None:
            return f"One of {names}, chosen by its {self.key!r}."
        keys = ", ".join(repr(key) for key in self.choices)
        return f"One of {names}, chosen by which of the keys {keys} it holds."

    def choose(self, document: Mapping[str, Any], holds: Callable[[Any], bool] = _always) -> type:
        """The member ``document`` (a JSON object) is, or a ValidationError saying why none is.

        ``holds(value)`` says whether a key's value counts as given (the CSV reader passes a
        test for empty cells); by default every key present counts.
        """
        if self.key is not None:
            allowed = ", ".join(repr(value) for value in self.choices)
            if self.key not in document or not holds(document[self.key]):
                raise ValidationError.single(
                    (self.key,), f"missing the tag key {self.key!r} (one of {allowed})", ErrorCode.MISSING
                )
            value = document[self.key]
            member = self.choices.get(value) if type(value) is str else None
            if member is None:
                raise ValidationError.single(
                    (self.key,), f"expected one of {allowed}, found {describe(value)}", ErrorCode.INVALID_VALUE
                )
            return member
        found = [key for key in self.choices if key in document and holds(document[key])]
        if len(found) == 1:
            return self.choices[found[0]]
        if not found:
            keys = ", ".join(f"{key!r} ({with_article(member.__name__)})" for key, member in self.choices.items())
            raise ValidationError.single((), f"expected one of the keys {keys}", ErrorCode.MISSING)
        held = " and ".join(f"{key!r} ({with_article(self.choices[key].__name__)})" for key in found)
        raise ValidationError.single((), f"expected the keys of one member only, found {held}", ErrorCode.INVALID_VALUE)


_plans: dict[Any, UnionPlan | None] = {}
_lock = threading.Lock()


def union_plan(tp: Any) -> UnionPlan | None:
    """How the union ``tp`` chooses its member; None when ``tp`` is not a union of models.

    Raises TypeError for a union of models that neither a shared tag key nor marker keys can
    tell apart.
    """
    try:
        return _plans[tp]
    except KeyError:
        pass
    except TypeError:  # unhashable: not a union
        return None
    members = union_members(tp)
    plan = None
    if members is not None and all(is_model(member) for member in members):
        plan = _plan(tp, members)
    with _lock:
        _plans[tp] = plan
    return plan


def _plan(tp: Any, members: tuple[type, ...]) -> UnionPlan:
    tags = [tag_of(member) for member in members]
    if all(tag is not None for tag in tags):
        keys = {tag[0] for tag in tags if tag is not None}
        if len(keys) != 1:
            raise TypeError(f"the members of the tagged union {tp!r} must share one tag key, found {sorted(keys)}")
        by_value = {tag[1]: member for tag, member in zip(tags, members, strict=True) if tag is not None}
        if len(by_value) != len(members):
            raise TypeError(f"the members of the tagged union {tp!r} must have different tag values")
        return UnionPlan(members, keys.pop(), by_value)
    by_key: dict[str, type] = {}
    for member in members:
        marker = marker_of(member)
        if marker is None:
            raise TypeError(
                f"{member.__name__} in the union {tp!r} has neither a tag (_tag_) nor a marker key (_marker_)"
            )
        fields = {plan.name: plan.attribute for plan in field_plans(member)}
        if marker not in fields or fields[marker].default is not attrs.NOTHING:
            raise TypeError(f"the marker key {marker!r} of {member.__name__} must be one of its required fields")
        for other in members:
            if other is not member and marker in {plan.name for plan in field_plans(other)}:
                raise TypeError(f"the marker key {marker!r} of {member.__name__} is also a field of {other.__name__}")
        by_key[marker] = member
    return UnionPlan(members, None, by_key)
