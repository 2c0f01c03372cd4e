"""Codes that changed between editions: an old-to-new crosswalk derived by comparing editions.

The data set has no mapping after splits (pemekaran) and province creations; the only way to
derive one is to compare two editions. The rule, level by level from the top:

1. a code listed in both editions is the same region (its name may be respelled);
2. a code gone from the newer edition maps to the code new in it at the same level whose name
   is the same (case, spaces, punctuation and a regency's Kabupaten/Kota word ignored; a kota
   stays a kota), lying under the newer code of its parent (the parent itself or the code the
   parent mapped to);
3. failing that, for a regency, such a code anywhere in the country when exactly one exists
   (regencies that moved to a new province keep their name);
4. otherwise the code has no match (``new_code`` None; the reason says why).

Every mapping is INFERRED: it rests on names agreeing, not on the decrees.

    >>> moved = {str(change.old_code): str(change.new_code) for change in crosswalk("2020")}
    >>> moved["91.04"], moved["92.01"]
    ('94.01', '96.01')
"""

from __future__ import annotations

from .._core import LINE, field, model
from ..errors import ErrorCode, ValidationError
from ._code import RegionCode
from ._names import name_key
from ._national import CURRENT_EDITION, national_gazetteer

__all__ = ["CodeChange", "crosswalk"]

_PARENT = {4: 2, 6: 4, 10: 6}


@model(kw_only=True)
class CodeChange:
    """A code of an older edition that the newer edition does not list, with its inferred successor.

    >>> change = CodeChange(old_edition="2020", new_edition="2025", old_code=RegionCode("92.01"),
    ...                     old_name="KAB. SORONG", new_code=RegionCode("96.01"), new_name="Kabupaten Sorong",
    ...                     rule="same name, moved to another province")
    >>> change.confidence
    'INFERRED'
    """

    old_edition: str = field(max_length=4, pattern=LINE, description="the older edition's year")
    new_edition: str = field(max_length=4, pattern=LINE, description="the newer edition's year")
    old_code: RegionCode = field(description="the code in the older edition")
    old_name: str = field(max_length=200, pattern=LINE, description="its name in the older edition")
    new_code: RegionCode | None = field(default=None, description="the inferred code in the newer edition")
    new_name: str | None = field(default=None, max_length=200, pattern=LINE, description="its name there")
    rule: str = field(max_length=500, pattern=LINE, description="which rule of the crosswalk matched, or why none")
    confidence: str = field(default="INFERRED", max_length=20, pattern=LINE, description="always INFERRED")


def crosswalk(old: str | int, new: str | int | None = None) -> tuple[CodeChange, ...]:
    """The codes of edition ``old`` that edition ``new`` (the current one by default) no longer lists.

    Each comes with the code it most likely became (see the module's rule), or none. The
    answer is derived by comparing the editions and is INFERRED.

    >>> changes = crosswalk(2023)
    >>> [(str(c.old_code), str(c.new_code)) for c in changes if c.old_code.level.digits == 4][:2]
    [('92.01', '96.01'), ('92.04', '96.02')]
    >>> next(c for c in changes if str(c.old_code) == "92.01").rule
    'same name and kind, the only such regency new in the newer edition (moved province)'
    >>> crosswalk(2025, 2020)
    Traceback (most recent call last):
    ...
    kampungkb.errors.ValidationError: 1 validation error
    $: expected an older edition than 2020, found 2025 [invalid_value]
    """
    old_gazetteer = national_gazetteer(old)
    new_gazetteer = national_gazetteer(CURRENT_EDITION if new is None else new)
    if int(old_gazetteer.edition) >= int(new_gazetteer.edition):
        raise ValidationError.single(
            (),
            f"expected an older edition than {new_gazetteer.edition}, found {old_gazetteer.edition}",
            ErrorCode.INVALID_VALUE,
        )
    return _crosswalk(old_gazetteer.edition, new_gazetteer.edition)


def _crosswalk(old: str, new: str) -> tuple[CodeChange, ...]:
    found = _cached.get((old, new))
    if found is None:
        found = _cached[(old, new)] = _derive(old, new)
    return found


_cached: dict[tuple[str, str], tuple[CodeChange, ...]] = {}


def _derive(old: str, new: str) -> tuple[CodeChange, ...]:
    old_names = national_gazetteer(old)._names
    new_names = national_gazetteer(new)._names
    fresh: dict[tuple[int, str], list[str]] = {}
    for code, name in new_names.items():
        if code not in old_names:
            fresh.setdefault((len(code), name_key(code, name)), []).append(code)
    mapping: dict[str, str] = {}
    changes: list[CodeChange] = []
    for code in sorted((code for code in old_names if code not in new_names), key=lambda c: (len(c), c)):
        name = old_names[code]
        candidates = fresh.get((len(code), name_key(code, name)), [])
        if len(code) == 4:
            candidates = [c for c in candidates if (c[2] >= "7") == (code[2] >= "7")]
        target: str | None = None
        rule = "no code new in the newer edition has this name at this level: removed, merged or renamed"
        if len(code) > 2:
            parent = code[: _PARENT[len(code)]]
            parent_now = mapping.get(parent, parent)
            under = [c for c in candidates if c.startswith(parent_now)]
            if len(under) == 1:
                target = under[0]
                rule = "same name and level, under the parent's code in the newer edition"
            elif len(under) > 1:
                rule = f"{len(under)} codes new in the newer edition have this name under the same parent"
            elif len(code) == 4 and len(candidates) == 1:
                target = candidates[0]
                rule = "same name and kind, the only such regency new in the newer edition (moved province)"
            elif len(candidates) > 1:
                rule = f"{len(candidates)} codes new in the newer edition have this name elsewhere; none chosen"
        if target is not None:
            mapping[code] = target
        changes.append(
            CodeChange(
                old_edition=old,
                new_edition=new,
                old_code=RegionCode(code),
                old_name=name,
                new_code=None if target is None else RegionCode(target),
                new_name=None if target is None else new_names[target],
                rule=rule,
            )
        )
    changes.sort(key=lambda change: change.old_code)
    return tuple(changes)
