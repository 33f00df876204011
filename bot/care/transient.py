"""What the bot holds about a person who has not agreed to storage: in memory only.

Someone who declined the privacy notice (or has not answered it yet) can use every flow, but
nothing of theirs is written to the database: the conversation's state and their language live
here, for the current step, and are lost when the bot restarts. Answers an escalation wants are
held here too until the person says, in one line, whether they may be sent to the team.
The maps are bounded: the least recently used entries go first.
"""

from __future__ import annotations

import copy
import dataclasses
from collections import OrderedDict
from typing import Generic, TypeVar

from bot.engine.effects import Escalate
from bot.store import Person

K = TypeVar("K")
V = TypeVar("V")
LIMIT = 5000


class _Bounded(Generic[K, V]):
    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.items: OrderedDict[K, V] = OrderedDict()

    def get(self, key: K) -> V | None:
        value = self.items.get(key)
        if value is not None:
            self.items.move_to_end(key)
        return value

    def put(self, key: K, value: V) -> None:
        self.items[key] = value
        self.items.move_to_end(key)
        while len(self.items) > self.limit:
            self.items.popitem(last=False)

    def pop(self, key: K) -> V | None:
        return self.items.pop(key, None)


class Transient:
    """The in-memory conversations of people without consent to storage."""

    def __init__(self, limit: int = LIMIT) -> None:
        self.people: _Bounded[str, Person] = _Bounded(limit)
        self.states: _Bounded[tuple[str, str], str] = _Bounded(limit)
        self.pending: _Bounded[tuple[str, str], Escalate] = _Bounded(limit)

    def person(self, user_id: str) -> Person | None:
        held = self.people.get(user_id)
        return copy.deepcopy(held) if held is not None else None

    def state(self, room_id: str, user_id: str) -> str | None:
        return self.states.get((room_id, user_id))

    def keep(self, room_id: str, person: Person, state_json: str | None) -> None:
        """The step (None: the conversation ended — then nothing is left, see `forget`)."""
        if state_json is None:
            self.forget(room_id, person.user_id)
            return
        self.people.put(person.user_id, copy.deepcopy(person))
        self.states.put((room_id, person.user_id), state_json)

    def hold_answers(self, room_id: str, person: Person, effect: Escalate) -> Escalate:
        """An escalation with answers from someone without consent to storage: the answers wait
        here until they say whether they may be sent; the case opens with nothing shared."""
        self.pending.put((room_id, person.user_id), effect)
        return dataclasses.replace(effect, consent="none", summary=())

    def forget(self, room_id: str, user_id: str) -> None:
        """The conversation ended, or they agreed to storage (the database holds it from now on).
        While answers wait for their yes or no, their language is kept to understand it."""
        self.states.pop((room_id, user_id))
        if self.pending.get((room_id, user_id)) is None:
            self.people.pop(user_id)


__all__ = ["LIMIT", "Transient"]
