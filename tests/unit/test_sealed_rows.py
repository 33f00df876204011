"""Sealed values are bound to their row, not only to their column: someone with write access to
the database but not the key cannot swap two blobs — one person's queued message into another's
room — and have them read. A swapped or moved value reads as damaged: skipped and logged by
error type, never taken for the other row's data, never a crash of the sender."""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator
from pathlib import Path

import aiosqlite
import pytest

from bot.platform.sealing import SecretBox, SecretBoxError, generate_key
from bot.store import Person, Store, UnitOfWork
from bot.store.cases import SummaryLine
from bot.store.migrations import _V5_COLUMNS, MIGRATIONS
from bot.store.sealed import COLUMNS
from tests.storekit import read, write

ANNA, ANNA_DM = "@anna:example.org", "!anna:example.org"
BORIS, BORIS_DM = "@boris:example.org", "!boris:example.org"
NOW = 1_800_000_000.0


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    s = await Store.open(tmp_path / "continuum.db", SecretBox(generate_key()))
    try:
        yield s
    finally:
        await s.close()


async def _swap(store: Store, table: str, column: str, key: str, a: object, b: object) -> None:
    """What someone with write access to the database file, and no key, can do."""
    async with store.db.write_tx() as conn:
        async with conn.execute(f"SELECT {column} FROM {table} WHERE {key} = ?", (a,)) as cur:
            blob_a = (await cur.fetchone())[0]  # type: ignore[index]
        async with conn.execute(f"SELECT {column} FROM {table} WHERE {key} = ?", (b,)) as cur:
            blob_b = (await cur.fetchone())[0]  # type: ignore[index]
        await conn.execute(f"UPDATE {table} SET {column} = ? WHERE {key} = ?", (blob_b, a))
        await conn.execute(f"UPDATE {table} SET {column} = ? WHERE {key} = ?", (blob_a, b))


async def test_a_queued_message_swapped_between_rooms_is_never_sent_to_either(
    store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    async def queue(uow: UnitOfWork) -> None:
        await uow.edge.enqueue(ANNA_DM, {"body": "for anna only"}, "txn-anna", NOW)
        await uow.edge.enqueue(BORIS_DM, {"body": "for boris only"}, "txn-boris", NOW)
        await uow.edge.enqueue(BORIS_DM, {"body": "boris, later"}, "txn-boris-2", NOW)

    await write(store, queue)
    await _swap(store, "outbox", "content_sealed", "txn_id", "txn-anna", "txn-boris")
    with caplog.at_level(logging.WARNING):
        anna = await read(store, lambda r: r.edge.unsent(ANNA_DM))
        boris = await read(store, lambda r: r.edge.unsent(BORIS_DM))
    assert anna == []
    assert [i.content for i in boris] == [{"body": "boris, later"}]  # the room's next message still goes
    assert "SecretBoxError" in caplog.text and "outbox.content_sealed" in caplog.text
    assert "anna" not in caplog.text and "boris" not in caplog.text


async def test_pointing_a_queued_message_at_another_room_does_not_deliver_it(store: Store) -> None:
    await write(store, lambda uow: uow.edge.enqueue(ANNA_DM, {"body": "for anna only"}, "txn-anna", NOW))
    async with store.db.write_tx() as conn:
        await conn.execute("UPDATE outbox SET room_id = ? WHERE txn_id = 'txn-anna'", (BORIS_DM,))
    assert await read(store, lambda r: r.edge.unsent(BORIS_DM)) == []


async def test_erasure_drops_queued_rows_that_no_longer_open(store: Store) -> None:
    async def queue(uow: UnitOfWork) -> None:
        await uow.edge.enqueue("!mentors:x", {"body": f"card naming {ANNA}"}, "txn-a", NOW)
        await uow.edge.enqueue("!mentors:x", {"body": "another card"}, "txn-b", NOW)
        await uow.edge.enqueue("!mentors:x", {"body": "a third"}, "txn-c", NOW)

    await write(store, queue)
    await _swap(store, "outbox", "content_sealed", "txn_id", "txn-a", "txn-b")
    dropped = await write(store, lambda uow: uow.edge.drop_unsent_mentioning([ANNA]))
    assert dropped == 2
    assert [i.txn_id for i in await read(store, lambda r: r.edge.unsent())] == ["txn-c"]


async def test_every_other_sealed_column_reads_a_swapped_value_as_damaged(store: Store) -> None:
    async def fill(u: UnitOfWork) -> tuple[int, int, int, int, str, str, int, int]:
        for user, room in ((ANNA, ANNA_DM), (BORIS, BORIS_DM)):
            await u.people.save(Person(user, profile={"name": f"name of {user}"}), NOW)
            await u.people.save_state(room, user, "flow", json.dumps({"answer": f"answer of {user}"}), NOW)
            await u.edge.add_pending(f"$ev-{user}", room, user, "session", {"content": user}, NOW)
        ref_a = await u.attachments.add(ANNA, "anna.jpg", "image/jpeg", b"anna's photo", NOW, cleaned=True)
        ref_b = await u.attachments.add(BORIS, "boris.jpg", "image/jpeg", b"boris's photo", NOW, cleaned=True)
        case_a = await u.cases.create(user_id=ANNA, room_id=ANNA_DM, urgency="normal", consent="full",
                                      summary=[SummaryLine("q", "anna's answer")], flow="f", reason=None, now=NOW)
        case_b = await u.cases.create(user_id=BORIS, room_id=BORIS_DM, urgency="normal", consent="full",
                                      summary=[SummaryLine("q", "boris's answer")], flow="f", reason=None, now=NOW)
        note_a = await u.cases.add_note(case_a, "@mia:x", "note on anna", NOW)
        note_b = await u.cases.add_note(case_a, "@mia:x", "another note", NOW)
        follow_a = await u.followups.add(user_id=ANNA, room_id=ANNA_DM, flow=None, text="anna's reminder",
                                         source="person", case_id=None, tz_name="UTC", due_at=NOW, deliver_at=NOW,
                                         now=NOW)
        follow_b = await u.followups.add(user_id=BORIS, room_id=BORIS_DM, flow=None, text="boris's reminder",
                                         source="person", case_id=None, tz_name="UTC", due_at=NOW, deliver_at=NOW,
                                         now=NOW)
        return case_a, case_b, note_a, note_b, ref_a, ref_b, follow_a, follow_b

    case_a, case_b, note_a, note_b, ref_a, ref_b, follow_a, follow_b = await write(store, fill)
    # Before any swap everything reads back (the rows sealed after their INSERT included).
    assert (await read(store, lambda r: r.cases.get(case_a))).summary[0].answer == "anna's answer"  # type: ignore[union-attr]
    assert [n.text for n in await read(store, lambda r: r.cases.notes(case_a))] == ["note on anna", "another note"]
    assert (await read(store, lambda r: r.followups.get(follow_a))).text == "anna's reminder"  # type: ignore[union-attr]

    await _swap(store, "people", "profile_sealed", "user_id", ANNA, BORIS)
    await _swap(store, "conversations", "state_sealed", "user_id", ANNA, BORIS)
    await _swap(store, "pending_events", "event_sealed", "sender", ANNA, BORIS)
    await _swap(store, "attachments", "data_sealed", "ref", ref_a, ref_b)
    await _swap(store, "cases", "summary_sealed", "id", case_a, case_b)
    await _swap(store, "case_notes", "text_sealed", "id", note_a, note_b)
    await _swap(store, "followups", "text_sealed", "id", follow_a, follow_b)

    anna = await read(store, lambda r: r.people.get(ANNA))
    assert anna is not None and anna.profile == {}
    assert await read(store, lambda r: r.people.load_state(ANNA_DM, ANNA)) is None
    assert [s.state_json for s in await read(store, lambda r: r.people.states_of(BORIS))] == [None]
    assert await read(store, lambda r: r.edge.pending()) == []
    assert await read(store, lambda r: r.attachments.get(ref_a)) is None
    assert await read(store, lambda r: r.attachments.list_for_user(BORIS)) == []
    assert (await read(store, lambda r: r.cases.get(case_b))).summary == ()  # type: ignore[union-attr]
    assert await read(store, lambda r: r.cases.notes(case_a)) == []
    assert await read(store, lambda r: r.followups.for_user(ANNA)) == []
    # A damaged reminder found while delivering is cancelled, so the scheduler never wakes for it again.
    assert await write(store, lambda uow: uow.followups.get(follow_a)) is None
    assert [t.id for t in await read(store, lambda r: r.followups.due(NOW + 1, 10))] == [follow_b]


def test_the_migration_rebinds_exactly_the_columns_the_repositories_seal() -> None:
    assert {(t, c, k, legacy) for t, c, k, legacy in _V5_COLUMNS} == {
        (c.table, c.column, c.key, c.legacy) for c in COLUMNS if c.legacy is not None
    }


async def _database_at_v4(path: Path, box: SecretBox) -> None:
    """A database as release 4 left it: every sealed column bound to its column only."""
    async with aiosqlite.connect(path) as conn:
        conn.row_factory = aiosqlite.Row
        for migration in MIGRATIONS[:4]:
            await migration(conn, box)
        await conn.execute("PRAGMA user_version=4")

        def seal(text: str, context: bytes) -> bytes:
            return box.seal(text.encode(), context)

        await conn.execute("INSERT INTO people (user_id, profile_sealed, created_at, updated_at) VALUES (?, ?, ?, ?)",
                           (ANNA, seal(json.dumps({"name": "Anna"}), b"profile"), NOW, NOW))
        state = seal('{"step": "s1"}', b"conversation-state")
        await conn.execute("INSERT INTO conversations (room_id, user_id, flow, state_sealed, updated_at) "
                           "VALUES (?, ?, 'f', ?, ?)", (ANNA_DM, ANNA, state, NOW))
        await conn.execute("INSERT INTO outbox (room_id, txn_id, content_sealed, created_at) VALUES (?, ?, ?, ?)",
                           (ANNA_DM, "txn-1", seal('{"body": "hello anna"}', b"outbox"), NOW))
        await conn.execute("INSERT INTO outbox (room_id, txn_id, content_sealed, created_at, sent_at, event_id) "
                           "VALUES (?, 'txn-0', x'', ?, ?, '$sent')", (ANNA_DM, NOW, NOW))
        await conn.execute("INSERT INTO outbox (room_id, txn_id, content_sealed, created_at) VALUES (?, ?, ?, ?)",
                           (ANNA_DM, "txn-bad", b"CV1" + b"\x00" * 40, NOW))  # damaged before the upgrade
        event = seal('{"a": 1}', b"pending-event")
        await conn.execute("INSERT INTO pending_events (event_id, room_id, sender, session_id, event_sealed, "
                           "received_at) VALUES ('$p', ?, ?, 's', ?, ?)", (ANNA_DM, ANNA, event, NOW))
        meta = seal('{"name": "p.jpg", "mimetype": "image/jpeg"}', b"attachment-meta")
        await conn.execute("INSERT INTO attachments (ref, user_id, meta_sealed, data_sealed, created_at) "
                           "VALUES ('att-1', ?, ?, ?, ?)", (ANNA, meta, seal("bytes", b"attachment-data"), NOW))
        await conn.execute("INSERT INTO cases (user_id, room_id, urgency, consent, summary_sealed, created_at) "
                           "VALUES (?, ?, 'normal', 'full', ?, ?)",
                           (ANNA, ANNA_DM, seal('[{"q": "q", "a": "a", "file": null}]', b"case-summary"), NOW))
        await conn.execute("INSERT INTO case_notes (case_id, author, text_sealed, created_at) VALUES (1, 'm', ?, ?)",
                           (seal("a note", b"case-note"), NOW))
        await conn.execute("INSERT INTO followups (user_id, room_id, text_sealed, source, timezone, due_at, "
                           "deliver_at, created_at) VALUES (?, ?, ?, 'person', 'UTC', ?, ?, ?)",
                           (ANNA, ANNA_DM, seal("call back", b"followup-text"), NOW, NOW, NOW))
        await conn.commit()


async def test_the_migration_rebinds_old_rows_and_they_still_read(tmp_path: Path) -> None:
    box = SecretBox(generate_key())
    path = tmp_path / "continuum.db"
    await _database_at_v4(path, box)
    store = await Store.open(path, box)
    try:
        assert await store.db.version() == len(MIGRATIONS) >= 5
        anna = await read(store, lambda r: r.people.get(ANNA))
        assert anna is not None and anna.profile == {"name": "Anna"}
        assert await read(store, lambda r: r.people.load_state(ANNA_DM, ANNA)) == '{"step": "s1"}'
        assert [i.content for i in await read(store, lambda r: r.edge.unsent(ANNA_DM))] == [{"body": "hello anna"}]
        assert [p.source for p in await read(store, lambda r: r.edge.pending())] == [{"a": 1}]
        stored = await read(store, lambda r: r.attachments.get("att-1"))
        assert stored is not None and stored.data == b"bytes" and stored.name == "p.jpg"
        case = await read(store, lambda r: r.cases.get(1))
        assert case is not None and case.summary == (SummaryLine("q", "a"),)
        assert [n.text for n in await read(store, lambda r: r.cases.notes(1))] == ["a note"]
        assert [f.text for f in await read(store, lambda r: r.followups.for_user(ANNA))] == ["call back"]
        # The old, column-only contexts open nothing any more: every value was sealed again.
        row = await store.db.fetchone("SELECT content_sealed FROM outbox WHERE txn_id = 'txn-1'")
        with pytest.raises(SecretBoxError):
            box.open(bytes(row["content_sealed"]), b"outbox")  # type: ignore[index]
        sent = await store.db.fetchone("SELECT content_sealed FROM outbox WHERE txn_id = 'txn-0'")
        assert bytes(sent["content_sealed"]) == b""  # type: ignore[index]
    finally:
        await store.close()
