"""Messages read as English: "an EventLevel member", never "a EventLevel member" (issue 21)."""

from __future__ import annotations

import re

import pytest

from kampungkb import ValidationError, from_dict
from kampungkb._core import checker_for, public_enums, public_models, public_value_types, with_article

#: "a" before a word that starts with a vowel letter (a "u" may sound like "you": not checked), or
#: "an" before a consonant letter (an initialism such as "an NIP" is read letter by letter: not checked).
_WRONG = re.compile(r"\ba [AEIOaeio]|\ban (?![AEIOUaeiou])(?![A-Z]{2})")

_PUBLIC = {**public_models(), **public_value_types(), **public_enums()}


def _messages(tp: type) -> list[str]:
    found = []
    for value in (object(), 3.5, [1]):
        try:
            checker_for(tp)(value)
        except ValidationError as exc:
            found.extend(item.message for item in exc.errors)
        try:
            from_dict(value, tp)
        except ValidationError as exc:
            found.extend(item.message for item in exc.errors)
    return found


def test_the_rule_is_checked() -> None:
    assert _WRONG.search("expected a EventLevel member")
    assert _WRONG.search("expected an Region")
    assert not _WRONG.search("expected an EventLevel member, a Region, an NIP, a unit")


@pytest.mark.parametrize("name", sorted(_PUBLIC))
def test_every_public_type_is_named_with_the_right_article(name: str) -> None:
    messages = _messages(_PUBLIC[name])
    assert messages
    for message in messages:
        assert not _WRONG.search(message), message


def test_the_issue_example() -> None:
    from kampungkb.events import EventLevel, Workshop

    with pytest.raises(ValidationError) as caught:
        checker_for(EventLevel)("x")
    assert caught.value.errors[0].message == "expected an EventLevel member, found a string ('x')"
    assert any("an object (Workshop)" in m for m in _messages(Workshop))


@pytest.mark.parametrize(
    ("noun", "phrase"),
    [
        ("EventLevel", "an EventLevel"),
        ("Official", "an Official"),
        ("InstrumentRef", "an InstrumentRef"),
        ("Region", "a Region"),
        ("UnionType", "a UnionType"),
        ("Umbrella", "an Umbrella"),
        ("NIP number", "an NIP number"),
        ("PLKB", "a PLKB"),
        ("RKM", "an RKM"),
        ("Decimal", "a Decimal"),
    ],
)
def test_with_article(noun: str, phrase: str) -> None:
    assert with_article(noun) == phrase
