"""What to do with one room event: a pure decision, apart from the I/O that acts on it.

In the spirit of matrix-nio's split between its protocol state and its network client, nothing
here awaits, reads the store or touches a client. The receiving side (`bot.matrix.receive`)
gathers plain `Facts` about the event — the room's encryption, when the bot joined, whether the
sender's device is trusted — asks `classify`, and applies the `Action` it gets back.

Three facts cost something to learn (a database read, or a key query to the homeserver); they
start unknown (None) and `classify` asks for one with `Lookup` only once the decision depends on
it, so an event that is history or the bot's own never costs a read or a query.

The rules, in the order they apply (DESIGN.md, "Matrix E2EE"):
membership changes and the bot's own events are never acted on; history — anything from before
the bot joined, or everything on a first-ever sync — is never replayed; an event already handled
is not handled twice; an undecryptable event is kept until its key arrives; only what a person
said (messages, reactions, custom events) counts; an unencrypted room is refused, unless it was
once seen encrypted; plaintext inside an encrypted room is ignored; and whatever causes an
action must come from a device its owner verified (DESIGN.md, "Matrix E2EE", 13).

Reactions are the hard case: Element and nio send them unencrypted (matrix-js-sdk's
`shouldEncryptEventForRoom` and nio's `room_send` both skip `m.reaction`), so the event names no
device, and its sender is only the homeserver's word — the server, or a device it added, can
send one in anyone's name. So: an encrypted reaction passes the same device check as a message;
a plaintext one never claims work in the mentor room (`!claim` does, from a verified device);
and in a person's chat, where a reaction can only pick an option offered under the question
waiting now, it counts only while EVERY device of the sender is trusted (no device the person
did not verify exists that could have sent it).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from nio import Event, MegolmEvent, ReactionEvent, RoomMemberEvent, RoomMessage, UnknownEvent


class Why(Enum):
    """Why an event is ignored (for a log line; never shown to anyone)."""

    MEMBERSHIP = "a membership change"
    OWN = "the bot's own event"
    HISTORY = "history from before the bot joined"
    PROCESSED = "already handled"
    NOT_SAID = "not something a person said"
    UNENCRYPTED_ROOM = "not a message, in an unencrypted room"
    PLAINTEXT = "plaintext in an encrypted room"
    UNTRUSTED = "from a device its owner has not verified"
    UNAUTHENTICATED = "a plaintext reaction in the mentor room (it names no device)"
    NOT_ALL_TRUSTED = "a plaintext reaction from someone with a device they have not verified"


class Fact(Enum):
    """A fact that costs a read or a query, learned only when `classify` asks for it."""

    PROCESSED = "processed"  # the event's processed marker is in the store
    PINNED = "pinned"  # the room was once seen encrypted
    TRUSTED = "trusted"  # the sender's device passes the trust policy
    ALL_TRUSTED = "all-trusted"  # every device of the sender passes it (for plaintext reactions)


@dataclass(frozen=True)
class Facts:
    """What the decision about one event depends on."""

    me: str  # the bot's user id
    room_encrypted: bool  # the room's state says it is encrypted now
    # Events older than this (seconds since the epoch, the homeserver's clock) are history. None:
    # no cut-off, for an event retried once its key arrived (it was checked when it came in).
    cutoff: float | None
    initial: bool = False  # the first sync this bot ever made: everything in it is history
    mentor_room: bool = False  # the room where reactions would claim work
    processed: bool | None = None
    pinned: bool | None = None
    trusted: bool | None = None
    all_trusted: bool | None = None


@dataclass(frozen=True)
class Ignore:
    why: Why


@dataclass(frozen=True)
class Lookup:
    """Learn this fact, then ask again."""

    fact: Fact


@dataclass(frozen=True)
class RefuseRoom:
    """A person wrote into an unencrypted room: say why the bot does not talk there, and leave."""


@dataclass(frozen=True)
class KeepUndecryptable:
    """Not decryptable yet: keep it, ask for its key, and retry when the key arrives."""


@dataclass(frozen=True)
class Deliver:
    """Something a person said, through a trusted device: hand it to the conversations."""


@dataclass(frozen=True)
class Greet:
    """The bot has just accepted someone's invitation: the conversations may say hello, once."""


Action = Ignore | Lookup | RefuseRoom | KeepUndecryptable | Deliver | Greet


def classify(event: Event, facts: Facts) -> Action:
    """The action for `event` given `facts` (see the module docstring for the rules)."""
    if isinstance(event, RoomMemberEvent):
        return _membership(event, facts)
    if event.sender == facts.me:
        return Ignore(Why.OWN)
    if facts.initial or (facts.cutoff is not None and event.server_timestamp / 1000 < facts.cutoff):
        return Ignore(Why.HISTORY)
    if facts.processed is None:
        return Lookup(Fact.PROCESSED)
    if facts.processed:
        return Ignore(Why.PROCESSED)
    if isinstance(event, MegolmEvent):
        return KeepUndecryptable()
    if not isinstance(event, RoomMessage | ReactionEvent | UnknownEvent):
        return Ignore(Why.NOT_SAID)  # state changes and the like
    if not facts.room_encrypted:
        if facts.pinned is None:
            return Lookup(Fact.PINNED)
        if not facts.pinned:
            return RefuseRoom() if isinstance(event, RoomMessage) else Ignore(Why.UNENCRYPTED_ROOM)
    if isinstance(event, RoomMessage) and not getattr(event, "decrypted", False):
        # Anyone on the homeserver could have written plaintext into an encrypted room.
        return Ignore(Why.PLAINTEXT)
    if isinstance(event, ReactionEvent) and not getattr(event, "decrypted", False):
        if facts.mentor_room:
            return Ignore(Why.UNAUTHENTICATED)
        if facts.all_trusted is None:
            return Lookup(Fact.ALL_TRUSTED)
        return Deliver() if facts.all_trusted else Ignore(Why.NOT_ALL_TRUSTED)
    if facts.trusted is None:
        return Lookup(Fact.TRUSTED)
    return Deliver() if facts.trusted else Ignore(Why.UNTRUSTED)


def _membership(event: RoomMemberEvent, facts: Facts) -> Action:
    """Membership changes are acted on once: the bot's own join after an invitation, in an
    encrypted room that is not the mentor room, is a greeting (people expect one, and otherwise
    wait in silence for a bot they cannot tell is there)."""
    joined_on_invite = (event.state_key == facts.me and event.membership == "join"
                        and event.prev_membership == "invite")
    if not joined_on_invite or facts.mentor_room or not facts.room_encrypted or facts.initial:
        return Ignore(Why.MEMBERSHIP)
    if facts.processed is None:
        return Lookup(Fact.PROCESSED)
    return Ignore(Why.PROCESSED) if facts.processed else Greet()


def join_time(events: Iterable[Event], me: str, now: float) -> float:
    """When the bot joined a room, judged from the bot's membership events in `events`.

    What a person wrote after inviting the bot was meant for it (Element shares those keys with
    invited members), so the invitation counts as the start; what came before is history. With
    no membership event of the bot's in sight, only what comes from `now` on is new.
    """
    mine = {
        ev.membership: ev.server_timestamp / 1000
        for ev in events
        if isinstance(ev, RoomMemberEvent) and ev.state_key == me
    }
    return mine.get("invite") or mine.get("join") or now


__all__ = [
    "Action",
    "Deliver",
    "Fact",
    "Facts",
    "Greet",
    "Ignore",
    "KeepUndecryptable",
    "Lookup",
    "RefuseRoom",
    "Why",
    "classify",
    "join_time",
]
