"""One text rule (issues 21 and 25): linear patterns, lengths before patterns, one error per
problem, names and labels trimmed to one line, and no unwritable character in any text field."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings

from kampungkb import ValidationError, from_dict, to_dict
from kampungkb._core import (
    LABEL,
    LINE,
    NON_BLANK,
    TEXT,
    URL,
    Constraints,
    field_plans,
    homogeneous_item,
    is_model,
    optional_inner,
    public_models,
    union_plan,
)
from kampungkb.errors import ErrorCode
from kampungkb.testing.strategies import strategy_for_type

KINDS = {"TEXT": TEXT, "NON_BLANK": NON_BLANK, "LINE": LINE, "LABEL": LABEL, "URL": URL}


def _models() -> Iterator[type]:
    """Every model a public model holds, public or not, each once."""
    seen: set[type] = set()
    pending = list(public_models().values())
    while pending:
        cls = pending.pop()
        if cls in seen:
            continue
        seen.add(cls)
        yield cls
        for plan in field_plans(cls):
            pending.extend(_models_in(plan.type))


def _models_in(tp: Any) -> list[type]:
    inner = optional_inner(tp) or homogeneous_item(tp)
    if inner is not None:
        return _models_in(inner)
    plan = union_plan(tp)
    if plan is not None:
        return list(plan.members)
    return [tp] if is_model(tp) else []


def _field_patterns() -> dict[str, str]:
    """Every pattern a field declares, named by one field that uses it, with the core's kinds."""
    found = {f"kind {name}": pattern for name, pattern in KINDS.items()}
    for cls in _models():
        for plan in field_plans(cls):
            pattern = plan.constraints.pattern if plan.constraints is not None else None
            if pattern is not None and pattern not in found.values():
                found[f"{cls.__name__}.{plan.name}"] = pattern
    return found


PATTERNS = _field_patterns()

#: Building blocks of inputs made to defeat backtracking: a long run of one unit, then an ending
#: the pattern refuses (or that only a long backtrack could place).
UNITS = ("a", " ", "a ", "a  ", "0", "0.", "A ", "a-", "K1", ".", "\t", "a\n", "é", " a", "a,")
ENDINGS = ("\x00", " ", "!", "\n", "(", "\u202e", "")


def _best_time(compiled: re.Pattern[str], text: str, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        compiled.fullmatch(text)
        best = min(best, time.process_time() - start)
    return best


def test_the_walk_finds_the_field_patterns() -> None:
    """Patterns declared in the core and in the areas are all found (a broken walk would test nothing)."""
    names = set(PATTERNS)
    assert {"kind LINE", "kind LABEL", "kind NON_BLANK"} <= names
    assert any(name.startswith(("LegalInstrument.", "InstrumentRef.")) for name in names)
    assert any(name.startswith("PersonName.") for name in names)
    assert len(PATTERNS) >= 10


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_every_field_pattern_is_linear(name: str) -> None:
    """Matching time grows in proportion to the text: 4x the text takes well under 16x the time.

    Each input is a run of one unit (2k, 8k, 32k characters) and an ending; the time of the
    best of three matches at 32k is compared with that at 8k, in this run. A quadratic
    pattern (the old LINE: 12 s for 64 KB) gives a ratio near 16; a linear one near 4.
    Inputs matched in under 2 ms at 32k are too quick to time reliably, and cannot be quadratic.
    """
    compiled = re.compile(PATTERNS[name])
    for unit in UNITS:
        for ending in ENDINGS:
            small, large = (unit * (size // len(unit)) + ending for size in (8_000, 32_000))
            compiled.fullmatch(unit * (2_000 // len(unit)) + ending)  # warm up
            large_time = _best_time(compiled, large)
            if large_time < 0.002:
                continue
            ratio = large_time / max(_best_time(compiled, small), 1e-9)
            assert ratio <= 8, f"{name}: {unit!r}*n + {ending!r}: 32k/8k time ratio {ratio:.1f}"


def test_the_old_line_pattern_is_caught() -> None:
    """The check can fail: the quadratic pattern the issue names gives a ratio near 16."""
    old = re.compile(r"[^\x00-\x1f\x7f]*[^\s\x00-\x1f\x7f][^\x00-\x1f\x7f]*")
    small, large = ("a" * size + "\x00" for size in (2_000, 8_000))
    ratio = _best_time(old, large) / _best_time(old, small)
    assert ratio > 8


# -- lengths before patterns; one problem, one error ----------------------------------------


def test_an_empty_description_gives_one_error() -> None:
    """min_length fails; the pattern (which an empty text also breaks) is not checked too."""
    from kampungkb.examples import example_activities

    activity = example_activities()[0]
    document = to_dict(activity)
    assert isinstance(document, dict)
    with pytest.raises(ValidationError) as caught:
        from_dict({**document, "description": ""}, type(activity))
    assert [(e.path, e.code) for e in caught.value.errors] == [("$.description", ErrorCode.CONSTRAINT)]
    with pytest.raises(ValidationError) as caught:
        attrs.evolve(activity, description="")
    assert [(e.path, e.code) for e in caught.value.errors] == [("$.description", ErrorCode.CONSTRAINT)]


def test_a_length_limit_is_checked_before_the_pattern() -> None:
    """A pattern is not run on text whose length already breaks a limit."""

    rules = Constraints(max_length=5, pattern=LINE)
    long = "x" * 1_000_000 + "\x00"
    assert [e.message for e in rules.check(long)] == ["expected a string of at most 5 characters, found 1000001"]
    rules = Constraints(min_length=1, pattern=LABEL)
    assert len(rules.check("")) == 1


def test_a_long_title_with_a_control_character_is_one_error() -> None:
    """The issue's attack: 64 KB of title and a control character, refused with one error (the character)."""
    from kampungkb.examples import example_activities

    activity = example_activities()[0]
    document = to_dict(activity)
    assert isinstance(document, dict)
    with pytest.raises(ValidationError) as caught:
        from_dict({**document, "title": "a" * 65_536 + "\x01"}, type(activity))
    assert [(e.path, e.code) for e in caught.value.errors] == [("$.title", ErrorCode.INVALID_VALUE)]
    with pytest.raises(ValidationError) as caught:
        from_dict({**document, "title": "a" * 65_536 + " "}, type(activity))
    assert [(e.path, e.code) for e in caught.value.errors] == [("$.title", ErrorCode.CONSTRAINT)]
    assert "at most 255" in caught.value.errors[0].message


# -- names and one-line labels -----------------------------------------------------------------


def test_the_issue_examples_are_refused() -> None:
    """KampungKB(name=" Kampung KB") and "Kampung\\nKB" are refused, with one error each."""
    from kampungkb.examples import example_kampung

    kampung = example_kampung()
    for name in (" Kampung KB", "Kampung KB ", "Kampung\nKB", "Kampung\tKB", "Kampung  KB"):
        with pytest.raises(ValidationError) as caught:
            attrs.evolve(kampung, name=name)
        assert [(e.path, e.code) for e in caught.value.errors] == [("$.name", ErrorCode.CONSTRAINT)], name
        assert "a name or label" in caught.value.errors[0].message


def _one_line_fields() -> list[tuple[str, Constraints]]:
    one_line = []
    for cls in _models():
        for plan in field_plans(cls):
            rules = plan.constraints
            if rules is None or rules.pattern is None:
                continue
            if re.fullmatch(rules.pattern, "a\nb") is None and re.fullmatch(rules.pattern, "ab") is not None:
                one_line.append((f"{cls.__name__}.{plan.name}", rules))
    return one_line


@pytest.mark.parametrize(("name", "rules"), _one_line_fields(), ids=lambda value: str(value)[:40])
def test_one_line_fields_refuse_surrounding_spaces(name: str, rules: Constraints) -> None:
    """Every field that holds one line refuses a space or a line break at either end."""
    for text in (" ab", "ab ", "\nab", "ab\n", "a\nb"):
        assert rules.check(text), f"{name} accepts {text!r}"
    assert len(rules.check(" ab")) == 1


def test_one_line_fields_are_found() -> None:
    names = {name for name, _ in _one_line_fields()}
    assert {"KampungKB.name", "Activity.title", "Venue.name", "PlkbSupport.name", "PersonName.name"} <= names


# -- no unwritable character in any text field ----------------------------------------------------

#: NUL, another C0 control, a C1 control, a right-to-left override, an isolate, an unpaired surrogate.
UNWRITABLE_SAMPLES = ("\x00", "\x1b", "\x85", "\u202e", "\u2066", "\ud800", "\udfff")


def _text_fields(cls: type) -> list[tuple[str, str]]:
    """(field name, "one" or "items") for each text field of ``cls``."""
    found = []
    for plan in field_plans(cls):
        tp = optional_inner(plan.type) or plan.type
        if tp is str:
            found.append((plan.name, "one"))
        elif homogeneous_item(tp) is str:
            found.append((plan.name, "items"))
    return found


TEXT_MODELS = {name: cls for name, cls in public_models().items() if _text_fields(cls)}


def test_there_are_text_fields() -> None:
    assert {"KampungKB", "Activity", "Workshop", "PersonName"} <= set(TEXT_MODELS)


@pytest.mark.parametrize("name", sorted(TEXT_MODELS))
def test_every_text_field_refuses_unwritable_characters(name: str) -> None:
    """At construction and at load, with one invalid_value error located at the field (or item)."""
    cls = TEXT_MODELS[name]

    @settings(max_examples=2, suppress_health_check=list(HealthCheck), deadline=None)
    @given(strategy_for_type()[cls]())
    def check(instance: Any) -> None:
        document = to_dict(instance)
        assert isinstance(document, dict)
        for field_name, shape in _text_fields(cls):
            for char in UNWRITABLE_SAMPLES:
                bad = f"Kampung{char}KB"
                value: Any = bad if shape == "one" else (bad,)
                path = f"$.{field_name}" if shape == "one" else f"$.{field_name}[0]"
                with pytest.raises(ValidationError) as built:
                    attrs.evolve(instance, **{field_name: value})
                with pytest.raises(ValidationError) as loaded:
                    from_dict({**document, field_name: list(value) if shape == "items" else value}, cls)
                for caught in (built, loaded):
                    found = [(e.path, e.code) for e in caught.value.errors]
                    assert found == [(path, ErrorCode.INVALID_VALUE)], (field_name, char, found)
                    assert f"U+{ord(char):04X}" in caught.value.errors[0].message

    check()


def test_writable_text_is_kept() -> None:
    """Tabs and line breaks in free text, marks and joiners in names: nothing a text may hold is refused."""
    from kampungkb.examples import example_kampung

    kampung = example_kampung()
    described = attrs.evolve(kampung, description="Baris satu.\n\tBaris dua\u200d.", name="Kampung KB Ma\u0301ju")
    assert from_dict(to_dict(described), type(kampung)) == described


def test_a_right_to_left_override_in_a_name_is_named_in_the_message() -> None:
    from kampungkb.examples import example_kampung

    with pytest.raises(ValidationError) as caught:
        attrs.evolve(example_kampung(), name="Kampung \u202eBK")
    message = caught.value.errors[0].message
    assert "U+202E" in message
    assert "bidirectional" in message
    assert "index 8" in message
