"""`bot.matrix.events.classify`: what the bot does with each kind of room event, with no I/O.

Events are real nio events parsed from the JSON a homeserver sends. `decide` plays the runtime's
part: it answers the facts `classify` asks for and records which it asked, so a test can say
both what was decided and what it cost.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from nio import Event, MegolmEvent, ReactionEvent, RoomMemberEvent, RoomMessageText, UnknownEvent

from bot.matrix.events import (
    Action,
    Deliver,
    Fact,
    Facts,
    Greet,
    Ignore,
    KeepUndecryptable,
    Lookup,
    RefuseRoom,
    Why,
    classify,
    join_time,
)

ME = "@bot:example.org"
PERSON = "@person:example.org"
JOINED_AT = 1_700_000_000.0  # seconds
AFTER_MS = int(JOINED_AT * 1000) + 5_000
BEFORE_MS = int(JOINED_AT * 1000) - 5_000


def _event(source: dict[str, Any]) -> Event:
    base = {"event_id": "$event", "sender": PERSON, "origin_server_ts": AFTER_MS}
    event = Event.parse_event({**base, **source})
    assert isinstance(event, Event), event
    return event


def text(body: str = "hello", *, decrypted: bool = True, sender: str = PERSON, ts: int = AFTER_MS) -> Event:
    event = _event({"type": "m.room.message", "sender": sender, "origin_server_ts": ts,
                    "content": {"msgtype": "m.text", "body": body}})
    assert isinstance(event, RoomMessageText)
    event.decrypted = decrypted  # as nio marks what it decrypted
    return event


def reaction(key: str = "1", *, decrypted: bool = False) -> Event:
    """Element and nio send reactions unencrypted; `decrypted`: one a client did encrypt."""
    event = _event({"type": "m.reaction",
                    "content": {"m.relates_to": {"rel_type": "m.annotation", "event_id": "$q", "key": key}}})
    assert isinstance(event, ReactionEvent)
    event.decrypted = decrypted
    return event


def undecryptable() -> Event:
    event = _event({"type": "m.room.encrypted", "content": {
        "algorithm": "m.megolm.v1.aes-sha2", "ciphertext": "AwgA", "sender_key": "curve",
        "device_id": "PHONE", "session_id": "session"}})
    assert isinstance(event, MegolmEvent)
    return event


def membership(user_id: str, membership: str, ts_ms: int) -> Event:
    event = _event({"type": "m.room.member", "state_key": user_id, "sender": PERSON, "origin_server_ts": ts_ms,
                    "content": {"membership": membership}})
    assert isinstance(event, RoomMemberEvent)
    return event


def bot_joined(prev: str = "invite") -> Event:
    """The bot's own join, as the sync after it accepted an invitation shows it."""
    event = _event({"type": "m.room.member", "state_key": ME, "sender": ME, "origin_server_ts": AFTER_MS,
                    "content": {"membership": "join"}, "unsigned": {"prev_content": {"membership": prev}}})
    assert isinstance(event, RoomMemberEvent)
    return event


def room_name() -> Event:
    return _event({"type": "m.room.name", "state_key": "", "content": {"name": "a room"}})


def custom() -> Event:
    event = _event({"type": "org.example.poll", "content": {"answer": "2"}})
    assert isinstance(event, UnknownEvent)
    return event


def facts(**changes: Any) -> Facts:
    """A live event in an encrypted room the bot joined at JOINED_AT; nothing looked up yet."""
    return replace(Facts(me=ME, room_encrypted=True, cutoff=JOINED_AT), **changes)


def decide(event: Event, known: Facts, *, processed: bool = False, pinned: bool = True,
           trusted: bool = True, all_trusted: bool = True) -> tuple[Action, list[Fact]]:
    """Classify, answering each lookup as the runtime would; the action and the facts asked."""
    answers = {Fact.PROCESSED: processed, Fact.PINNED: pinned, Fact.TRUSTED: trusted, Fact.ALL_TRUSTED: all_trusted}
    asked: list[Fact] = []
    action = classify(event, known)
    while isinstance(action, Lookup):
        assert action.fact not in asked, f"{action.fact} asked twice"
        asked.append(action.fact)
        known = replace(known, **{action.fact.name.lower(): answers[action.fact]})
        action = classify(event, known)
    return action, asked


# --- never acted on ---------------------------------------------------------------------------
def test_a_membership_change_is_never_acted_on() -> None:
    assert decide(membership(PERSON, "join", AFTER_MS), facts()) == (Ignore(Why.MEMBERSHIP), [])


def test_the_bot_joining_on_an_invitation_is_a_greeting_once() -> None:
    assert decide(bot_joined(), facts()) == (Greet(), [Fact.PROCESSED])
    assert decide(bot_joined(), facts(), processed=True) == (Ignore(Why.PROCESSED), [Fact.PROCESSED])


def test_no_greeting_in_the_mentor_room_an_unencrypted_room_history_or_a_rejoin() -> None:
    for known in (facts(mentor_room=True), facts(room_encrypted=False), facts(initial=True)):
        assert decide(bot_joined(), known) == (Ignore(Why.MEMBERSHIP), [])
    assert decide(bot_joined(prev="join"), facts()) == (Ignore(Why.MEMBERSHIP), [])  # a display name change
    assert decide(bot_joined(prev="leave"), facts()) == (Ignore(Why.MEMBERSHIP), [])


def test_the_bots_own_messages_are_ignored_without_a_lookup() -> None:
    assert decide(text(sender=ME), facts()) == (Ignore(Why.OWN), [])


def test_a_message_from_before_the_bot_joined_is_history() -> None:
    assert decide(text(ts=BEFORE_MS), facts()) == (Ignore(Why.HISTORY), [])


def test_a_message_sent_the_moment_the_bot_joined_is_not_history() -> None:
    action, _ = decide(text(ts=int(JOINED_AT * 1000)), facts())
    assert action == Deliver()


def test_everything_in_the_first_ever_sync_is_history() -> None:
    assert decide(text(), facts(initial=True)) == (Ignore(Why.HISTORY), [])


def test_history_is_never_looked_up_nor_kept_undecryptable() -> None:
    assert decide(undecryptable(), facts(cutoff=JOINED_AT + 3600)) == (Ignore(Why.HISTORY), [])


def test_an_event_retried_after_its_key_came_has_no_history_cutoff() -> None:
    old = text(ts=BEFORE_MS)
    assert decide(old, facts(cutoff=None)) == (Deliver(), [Fact.PROCESSED, Fact.TRUSTED])


# --- handled once ------------------------------------------------------------------------------
def test_an_event_already_handled_is_not_handled_again() -> None:
    assert decide(text(), facts(), processed=True) == (Ignore(Why.PROCESSED), [Fact.PROCESSED])


def test_an_already_handled_event_is_known_without_asking_again() -> None:
    assert classify(text(), facts(processed=True)) == Ignore(Why.PROCESSED)


# --- undecryptable -----------------------------------------------------------------------------
def test_an_undecryptable_event_is_kept_until_its_key_arrives() -> None:
    assert decide(undecryptable(), facts()) == (KeepUndecryptable(), [Fact.PROCESSED])


def test_an_undecryptable_event_already_handled_is_not_kept_again() -> None:
    assert decide(undecryptable(), facts(), processed=True) == (Ignore(Why.PROCESSED), [Fact.PROCESSED])


# --- what a person said ------------------------------------------------------------------------
def test_state_events_are_not_something_a_person_said() -> None:
    assert decide(room_name(), facts()) == (Ignore(Why.NOT_SAID), [Fact.PROCESSED])


def test_a_decrypted_message_from_a_trusted_device_is_delivered() -> None:
    assert decide(text(), facts()) == (Deliver(), [Fact.PROCESSED, Fact.TRUSTED])


def test_a_message_from_a_device_its_owner_did_not_verify_is_ignored() -> None:
    assert decide(text(), facts(), trusted=False) == (Ignore(Why.UNTRUSTED), [Fact.PROCESSED, Fact.TRUSTED])


def test_a_plaintext_reaction_in_the_mentor_room_claims_nothing() -> None:
    # It names no device: the server, or a device it added, could have sent it in a mentor's name.
    for trusted in (True, False):
        action, _ = decide(reaction(), facts(mentor_room=True), trusted=trusted, all_trusted=trusted)
        assert action == Ignore(Why.UNAUTHENTICATED)


def test_a_plaintext_reaction_elsewhere_counts_only_while_every_device_of_the_sender_is_trusted() -> None:
    assert decide(reaction(), facts(), all_trusted=True) == (Deliver(), [Fact.PROCESSED, Fact.ALL_TRUSTED])
    assert decide(reaction(), facts(), all_trusted=False) == (
        Ignore(Why.NOT_ALL_TRUSTED), [Fact.PROCESSED, Fact.ALL_TRUSTED])


def test_an_encrypted_reaction_passes_the_same_device_check_as_a_message() -> None:
    for room in (facts(), facts(mentor_room=True)):
        assert decide(reaction(decrypted=True), room, trusted=True) == (Deliver(), [Fact.PROCESSED, Fact.TRUSTED])
        assert decide(reaction(decrypted=True), room, trusted=False)[0] == Ignore(Why.UNTRUSTED)


def test_a_custom_event_needs_a_trusted_device_too() -> None:
    assert decide(custom(), facts(), trusted=False) == (Ignore(Why.UNTRUSTED), [Fact.PROCESSED, Fact.TRUSTED])
    assert decide(custom(), facts(), trusted=True) == (Deliver(), [Fact.PROCESSED, Fact.TRUSTED])


# --- encryption --------------------------------------------------------------------------------
def test_plaintext_in_an_encrypted_room_is_ignored_before_any_device_check() -> None:
    assert decide(text(decrypted=False), facts()) == (Ignore(Why.PLAINTEXT), [Fact.PROCESSED])


def test_a_message_in_a_room_never_seen_encrypted_refuses_the_room() -> None:
    action, asked = decide(text(decrypted=False), facts(room_encrypted=False), pinned=False)
    assert (action, asked) == (RefuseRoom(), [Fact.PROCESSED, Fact.PINNED])


def test_a_reaction_in_an_unencrypted_room_is_ignored_without_refusing_the_room() -> None:
    action, _ = decide(reaction(), facts(room_encrypted=False), pinned=False)
    assert action == Ignore(Why.UNENCRYPTED_ROOM)


def test_a_custom_event_in_an_unencrypted_room_does_not_refuse_the_room() -> None:
    action, _ = decide(custom(), facts(room_encrypted=False), pinned=False)
    assert action == Ignore(Why.UNENCRYPTED_ROOM)


def test_a_room_once_seen_encrypted_stays_encrypted_whatever_its_state_says() -> None:
    # The pin wins over a state that lost its encryption: plaintext is ignored, not answered.
    action, asked = decide(text(decrypted=False), facts(room_encrypted=False), pinned=True)
    assert (action, asked) == (Ignore(Why.PLAINTEXT), [Fact.PROCESSED, Fact.PINNED])
    action, _ = decide(text(), facts(room_encrypted=False), pinned=True)
    assert action == Deliver()


def test_the_pin_is_looked_up_only_for_a_room_not_encrypted_now() -> None:
    _, asked = decide(text(), facts(room_encrypted=True))
    assert Fact.PINNED not in asked


# --- when the bot joined -----------------------------------------------------------------------
def test_the_invitation_marks_when_the_bot_joined() -> None:
    events = [membership(ME, "invite", 1_000_000), membership(ME, "join", 2_000_000)]
    assert join_time(events, ME, now=9_999.0) == 1_000.0


def test_without_an_invitation_the_join_marks_it() -> None:
    assert join_time([membership(ME, "join", 2_000_000)], ME, now=9_999.0) == 2_000.0


def test_without_the_bots_membership_in_sight_only_what_comes_from_now_is_new() -> None:
    others = [membership(PERSON, "join", 1_000_000), text()]
    assert join_time(others, ME, now=9_999.0) == 9_999.0
