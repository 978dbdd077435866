"""The clock is read here, at the edge, and passed into the domain as ``now``."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from datetime import UTC, datetime

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now(UTC)


def fixed_clock(instant: datetime) -> Clock:
    if instant.tzinfo is None:
        raise ValueError("a fixed clock needs an aware datetime")
    return lambda: instant


class ReadingClock:
    """The services' clock, which gives one instant for the whole of a :meth:`pinned` block: a
    page's load asks several services what holds now (the schedule, the supplies, the
    reminders), and they answer for the same instant (and share what they work out from it)."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._pinned: ContextVar[datetime | None] = ContextVar(
            f"belimumab_pinned_now_{id(self)}", default=None
        )

    def __call__(self) -> datetime:
        pinned = self._pinned.get()
        return self._clock() if pinned is None else pinned

    @contextlib.contextmanager
    def pinned(self) -> Iterator[datetime]:
        """Now, read once, for every call in the block (nested: the outer block's instant)."""
        pinned = self._pinned.get()
        if pinned is not None:
            yield pinned
            return
        now = self._clock()
        token = self._pinned.set(now)
        try:
            yield now
        finally:
            self._pinned.reset(token)
