"""Strategies for :mod:`kampungkb.events` (requires hypothesis)."""

from __future__ import annotations

from hypothesis import strategies as st

from ..events import ParticipantGroup, Participants
from ._text import text

__all__ = ["participant_groups", "participants"]


def participant_groups(
    *,
    role: st.SearchStrategy[str] | None = None,
    count: st.SearchStrategy[int] | None = None,
) -> st.SearchStrategy[ParticipantGroup]:
    """Valid :class:`~kampungkb.events.ParticipantGroup` values (requires hypothesis).

    >>> from hypothesis import given
    >>> @given(participant_groups())
    ... def check(group):
    ...     assert group.count >= 0
    >>> check()
    """
    return st.builds(
        ParticipantGroup,
        role=role if role is not None else text(min_size=1, max_size=200),
        count=count if count is not None else st.integers(min_value=0, max_value=10_000),
        description=st.none() | text(min_size=1, max_size=1000),
    )


def participants(
    *, groups: st.SearchStrategy[ParticipantGroup] | None = None, min_groups: int = 0
) -> st.SearchStrategy[Participants]:
    """Valid :class:`~kampungkb.events.Participants`: the total is the groups' sum by construction.

    With no groups (a source giving only a head count) the total is drawn on its own;
    ``min_groups=1`` keeps a breakdown in every example.

    >>> from hypothesis import given
    >>> @given(participants(min_groups=1))
    ... def check(p):
    ...     assert p.total == sum(g.count for g in p.groups)
    >>> check()
    """
    group_strategy = groups if groups is not None else participant_groups()

    def with_total(items: list[ParticipantGroup]) -> st.SearchStrategy[Participants]:
        if items:
            return st.just(Participants(tuple(items), total=sum(group.count for group in items)))
        return st.builds(Participants, st.just(()), total=st.integers(min_value=0, max_value=100_000))

    return st.lists(group_strategy, min_size=min_groups, max_size=8).flatmap(with_total)
