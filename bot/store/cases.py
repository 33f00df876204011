"""Mentors' cases: one row per escalation, its notes, and the files waiting for the mentor room.

The table is the source of truth: who claimed a case, whether the person's messages are relayed,
which urgent case is due for another ping. It survives restarts; nothing of it lives in memory.

The summary the person agreed to share (already rendered for mentors) and the mentors' notes
are sealed. When a person erases their data the case keeps its number, urgency and notes for
the team, but loses the person's id, their chat and the summary (`anonymise_for_user`).

The repository is bound to a unit's connection (`bot.store.unit`): a write unit sees its own
writes, a read unit a committed snapshot.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Any, Literal, cast

import aiosqlite

from bot.platform.sealing import SecretBox
from bot.store.sealed import NOTE, SUMMARY, open_cell

Urgency = Literal["normal", "high", "urgent"]
Status = Literal["open", "claimed", "closed"]
Consent = Literal["full", "pseudonymous", "none"]
Feedback = Literal["asked", "yes", "no", "skipped"]
Handoff = Literal["asked", "approved", "created", "declined", "failed"]

URGENCY_RANK: dict[str, int] = {"normal": 1, "high": 2, "urgent": 3}
# `cases.relay`: off; on (what the person writes goes to the thread); on and acknowledged in
# words since the team last wrote (the next messages get a ✓ only).
RELAY_OFF, RELAY_ON, RELAY_ACKED = 0, 1, 2


@dataclass(frozen=True)
class SummaryLine:
    """One line of what the person agreed to share, already in the mentors' language.

    `question` is Markdown written by the admins; `answer` is the person's words (or a label)
    and must be escaped. `file` is the attachment ref when the answer was a file.
    """

    question: str
    answer: str
    file: str | None = None


@dataclass(frozen=True)
class Case:
    id: int
    user_id: str | None
    room_id: str | None
    urgency: Urgency
    status: Status
    consent: Consent
    summary: tuple[SummaryLine, ...]
    flow: str | None
    reason: str | None
    card_txn_id: str | None
    card_event_id: str | None
    claimed_by: str | None
    claimed_at: float | None
    created_at: float
    closed_at: float | None
    repinged_at: float | None
    relay: bool  # the person's messages go to the case's thread (team mode)
    revealed: bool
    warned: bool
    feedback: Feedback | None
    handoff: Handoff | None
    handoff_mentor: str | None
    handoff_room: str | None
    anonymised: bool
    # The ladder of an unclaimed case (bot.care.mentors.ladder): since when it has its urgency,
    # how many room pings it had, when the summary, the on-call and the leads' messages went out.
    urgent_since: float | None = None
    pings: int = 0
    summary_at: float | None = None
    oncall_at: float | None = None
    leads_at: float | None = None
    crisis_at: float | None = None  # the last whole crisis reply to the person (bot.care.crisis_desk)
    relay_acked: bool = False  # in team mode: a message was acknowledged in words since the team last wrote

    @property
    def label(self) -> str:
        return case_label(self.id)

    @property
    def since(self) -> float:
        """When the case took its current urgency (its opening, unless it was raised or released)."""
        return self.urgent_since if self.urgent_since is not None else self.created_at

    @property
    def is_open(self) -> bool:
        return self.status != "closed"


@dataclass(frozen=True)
class Note:
    id: int
    case_id: int
    author: str
    text: str
    created_at: float


@dataclass(frozen=True)
class PendingFile:
    id: int
    case_id: int
    ref: str
    number: int  # 1-based position among the case's files (for neutral file names)


def case_label(case_id: int) -> str:
    """`C-0042`: how mentors and logs name a case."""
    return f"C-{case_id:04d}"


class CasesRepo:
    def __init__(self, conn: aiosqlite.Connection, box: SecretBox) -> None:
        self.conn = conn
        self.box = box

    # --- rows ------------------------------------------------------------------------------
    def _summary(self, r: aiosqlite.Row) -> tuple[SummaryLine, ...]:
        if not r["summary_sealed"]:
            return ()
        opened = open_cell(self.box, SUMMARY, r)
        if opened is None:
            return ()  # damaged: shown as nothing shared, never as another case's answers
        raw = json.loads(opened)
        return tuple(SummaryLine(str(i["q"]), str(i["a"]), i.get("file")) for i in raw)

    def _row(self, r: aiosqlite.Row) -> Case:
        return Case(
            id=int(r["id"]),
            user_id=r["user_id"],
            room_id=r["room_id"],
            urgency=cast(Urgency, r["urgency"]),
            status=cast(Status, r["status"]),
            consent=cast(Consent, r["consent"]),
            summary=self._summary(r),
            flow=r["flow"],
            reason=r["reason"],
            card_txn_id=r["card_txn_id"],
            card_event_id=r["card_event_id"],
            claimed_by=r["claimed_by"],
            claimed_at=r["claimed_at"],
            created_at=float(r["created_at"]),
            closed_at=r["closed_at"],
            repinged_at=r["repinged_at"],
            relay=int(r["relay"]) in (RELAY_ON, RELAY_ACKED),
            relay_acked=int(r["relay"]) == RELAY_ACKED,
            revealed=bool(r["revealed"]),
            warned=bool(r["warned"]),
            feedback=cast("Feedback | None", r["feedback"]),
            handoff=cast("Handoff | None", r["handoff"]),
            handoff_mentor=r["handoff_mentor"],
            handoff_room=r["handoff_room"],
            anonymised=r["anonymised_at"] is not None,
            urgent_since=r["urgent_since"],
            pings=int(r["pings"]),
            summary_at=r["summary_at"],
            oncall_at=r["oncall_at"],
            leads_at=r["leads_at"],
            crisis_at=r["crisis_at"],
        )

    async def _one(self, sql: str, params: tuple[Any, ...]) -> Case | None:
        async with self.conn.execute(sql, params) as cur:
            row = await cur.fetchone()
        return None if row is None else self._row(row)

    async def _many(self, sql: str, params: tuple[Any, ...] = ()) -> list[Case]:
        async with self.conn.execute(sql, params) as cur:
            rows = await cur.fetchall()
        return [self._row(r) for r in rows]

    # --- opening ---------------------------------------------------------------------------
    async def create(
        self,
        *,
        user_id: str,
        room_id: str,
        urgency: Urgency,
        consent: Consent,
        summary: list[SummaryLine],
        flow: str | None,
        reason: str | None,
        now: float,
        relay: bool = False,
    ) -> int:
        """A new open case; its relay starts off unless asked (the conversation starts it)."""
        cur = await self.conn.execute(
            "INSERT INTO cases (user_id, room_id, urgency, consent, summary_sealed, flow, reason, created_at, relay) "
            "VALUES (?, ?, ?, ?, NULL, ?, ?, ?, ?)",
            (user_id, room_id, urgency, consent, flow, reason, now, RELAY_ON if relay else RELAY_OFF),
        )
        assert cur.lastrowid is not None
        case_id = int(cur.lastrowid)
        # Sealed under the case's id, known only now: same transaction, so never seen empty.
        sealed = self._seal_summary(case_id, summary)
        if sealed is not None:
            await self.conn.execute("UPDATE cases SET summary_sealed = ? WHERE id = ?", (sealed, case_id))
        return case_id

    def _seal_summary(self, case_id: int, summary: list[SummaryLine]) -> bytes | None:
        if not summary:
            return None
        raw = [{"q": s.question, "a": s.answer, "file": s.file} for s in summary]
        return self.box.seal(json.dumps(raw, ensure_ascii=False).encode(), SUMMARY.context(case_id))

    async def add_summary(self, case_id: int, more: list[SummaryLine]) -> None:
        """Append what a later escalation of the same person shared."""
        case = await self.get(case_id)
        if case is None or case.anonymised or not more:
            return
        sealed = self._seal_summary(case_id, [*case.summary, *more])
        await self.conn.execute("UPDATE cases SET summary_sealed = ? WHERE id = ?", (sealed, case_id))

    async def share_under_pseudonym(self, case_id: int) -> None:
        """A case opened without shared answers gets some later: they are shown, the name still not."""
        await self.conn.execute(
            "UPDATE cases SET consent = 'pseudonymous' WHERE id = ? AND consent = 'none'", (case_id,)
        )

    async def set_card(self, case_id: int, txn_id: str) -> None:
        await self.conn.execute("UPDATE cases SET card_txn_id = ? WHERE id = ?", (txn_id, case_id))

    async def set_card_event(self, case_id: int, event_id: str) -> None:
        await self.conn.execute("UPDATE cases SET card_event_id = ? WHERE id = ?", (event_id, case_id))

    async def fill_card_events(self) -> int:
        """Copy the event ids of cards sent since into their cases (the outbox is purged later)."""
        cur = await self.conn.execute(
            "UPDATE cases SET card_event_id = (SELECT o.event_id FROM outbox o WHERE o.txn_id = cases.card_txn_id) "
            "WHERE card_event_id IS NULL AND card_txn_id IS NOT NULL AND EXISTS "
            "(SELECT 1 FROM outbox o WHERE o.txn_id = cases.card_txn_id AND o.event_id IS NOT NULL)"
        )
        return int(cur.rowcount)

    # --- finding ---------------------------------------------------------------------------
    async def get(self, case_id: int) -> Case | None:
        return await self._one("SELECT * FROM cases WHERE id = ?", (case_id,))

    async def by_card_event(self, event_id: str) -> Case | None:
        return await self._one("SELECT * FROM cases WHERE card_event_id = ?", (event_id,))

    async def open_for_room(self, room_id: str) -> Case | None:
        """The person's open case in this chat (the newest, should there be several)."""
        return await self._one(
            "SELECT * FROM cases WHERE room_id = ? AND status IN ('open', 'claimed') ORDER BY id DESC LIMIT 1",
            (room_id,),
        )

    async def awaiting_feedback(self, room_id: str) -> Case | None:
        return await self._one(
            "SELECT * FROM cases WHERE room_id = ? AND status = 'closed' AND feedback = 'asked' "
            "ORDER BY id DESC LIMIT 1",
            (room_id,),
        )

    async def list_open(self) -> list[Case]:
        """Open and claimed cases, most urgent first, then oldest first."""
        return await self._many(
            "SELECT * FROM cases WHERE status IN ('open', 'claimed') "
            "ORDER BY CASE urgency WHEN 'urgent' THEN 3 WHEN 'high' THEN 2 ELSE 1 END DESC, created_at, id",
        )

    async def is_handoff_room(self, room_id: str) -> bool:
        async with self.conn.execute("SELECT 1 FROM cases WHERE handoff_room = ? LIMIT 1", (room_id,)) as cur:
            return await cur.fetchone() is not None

    async def for_user(self, user_id: str) -> list[Case]:
        return await self._many("SELECT * FROM cases WHERE user_id = ? ORDER BY id", (user_id,))

    # --- working a case --------------------------------------------------------------------
    async def claim(self, case_id: int, mentor: str, now: float) -> None:
        await self.conn.execute(
            "UPDATE cases SET status = 'claimed', claimed_by = ?, claimed_at = ? WHERE id = ? AND status != 'closed'",
            (mentor, now, case_id),
        )

    async def release(self, case_id: int, now: float) -> None:
        # The waiting time counts again from the release, and the ladder starts again from its foot.
        await self.conn.execute(
            "UPDATE cases SET status = 'open', claimed_by = NULL, claimed_at = NULL, repinged_at = ?, "
            "urgent_since = ?, pings = 0, summary_at = NULL, oncall_at = NULL, leads_at = NULL "
            "WHERE id = ? AND status = 'claimed'",
            (now, now, case_id),
        )

    async def close(self, case_id: int, now: float, ask_feedback: bool) -> None:
        await self.conn.execute(
            "UPDATE cases SET status = 'closed', closed_at = ?, feedback = ? WHERE id = ? AND status != 'closed'",
            (now, "asked" if ask_feedback else None, case_id),
        )

    async def raise_urgency(self, case_id: int, urgency: Urgency, now: float | None = None) -> bool:
        """Raise (never lower) a case's urgency; True when it changed. Its ladder starts afresh."""
        now = time.time() if now is None else now
        cur = await self.conn.execute(
            "UPDATE cases SET urgency = ?, urgent_since = ?, pings = 0, summary_at = NULL, oncall_at = NULL, "
            "leads_at = NULL WHERE id = ? "
            "AND CASE urgency WHEN 'urgent' THEN 3 WHEN 'high' THEN 2 ELSE 1 END < ?",
            (urgency, now, case_id, URGENCY_RANK[urgency]),
        )
        return bool(cur.rowcount == 1)

    async def set_relay(self, case_id: int, relay: bool) -> None:
        """Relay on (again unacknowledged: the team just wrote, or team mode starts) or off."""
        await self.conn.execute("UPDATE cases SET relay = ? WHERE id = ?", (RELAY_ON if relay else RELAY_OFF, case_id))

    async def mark_relay_acked(self, case_id: int) -> None:
        """The person was told in words that their message reached the team."""
        await self.conn.execute("UPDATE cases SET relay = ? WHERE id = ? AND relay = ?",
                                (RELAY_ACKED, case_id, RELAY_ON))

    async def set_revealed(self, case_id: int) -> None:
        await self.conn.execute("UPDATE cases SET revealed = 1 WHERE id = ?", (case_id,))

    async def set_feedback(self, case_id: int, feedback: Feedback) -> None:
        await self.conn.execute("UPDATE cases SET feedback = ? WHERE id = ?", (feedback, case_id))

    async def set_handoff(
        self, case_id: int, state: Handoff, mentor: str | None = None,
        room_id: str | None = None,
    ) -> None:
        await self.conn.execute(
            "UPDATE cases SET handoff = ?, handoff_mentor = COALESCE(?, handoff_mentor), "
            "handoff_room = COALESCE(?, handoff_room) WHERE id = ?",
            (state, mentor, room_id, case_id),
        )

    async def handoffs_approved(self) -> list[Case]:
        return await self._many(
            "SELECT * FROM cases WHERE handoff = 'approved' AND status IN ('open', 'claimed') "
            "AND anonymised_at IS NULL ORDER BY id",
        )

    # --- urgent re-pings -------------------------------------------------------------------
    async def mark_repinged(self, case_id: int, now: float, warned: bool) -> None:
        await self.conn.execute(
            "UPDATE cases SET repinged_at = ?, warned = MAX(warned, ?) WHERE id = ?", (now, int(warned), case_id)
        )

    # --- the ladder of unclaimed cases (bot.care.mentors.ladder) ---------------------------
    async def unclaimed(self) -> list[Case]:
        """Open, unclaimed cases whose urgency is high or urgent: those the ladder looks after."""
        return await self._many(
            "SELECT * FROM cases WHERE status = 'open' AND urgency IN ('high', 'urgent') ORDER BY created_at, id"
        )

    async def mark_pinged(self, case_id: int, now: float, warned: bool) -> None:
        """One more room ping (bounded by `mentors.urgent_reping_count`)."""
        await self.conn.execute(
            "UPDATE cases SET repinged_at = ?, pings = pings + 1, warned = MAX(warned, ?) WHERE id = ?",
            (now, int(warned), case_id),
        )

    async def mark_ladder(self, case_id: int, rung: Literal["summary", "oncall", "leads"], now: float) -> None:
        """The summary, or the on-call or the leads' direct messages, went out for this case."""
        column = {"summary": "summary_at", "oncall": "oncall_at", "leads": "leads_at"}[rung]
        await self.conn.execute(f"UPDATE cases SET {column} = ? WHERE id = ?", (now, case_id))  # noqa: S608

    async def mark_crisis(self, case_id: int, now: float) -> None:
        """The person of this case got the whole crisis reply now."""
        await self.conn.execute("UPDATE cases SET crisis_at = ? WHERE id = ?", (now, case_id))

    # --- notes -----------------------------------------------------------------------------
    async def add_note(self, case_id: int, author: str, text: str, now: float) -> int:
        cur = await self.conn.execute(
            "INSERT INTO case_notes (case_id, author, text_sealed, created_at) VALUES (?, ?, x'', ?)",
            (case_id, author, now),
        )
        assert cur.lastrowid is not None
        note_id = int(cur.lastrowid)
        await self.conn.execute("UPDATE case_notes SET text_sealed = ? WHERE id = ?",
                                (self.box.seal_text(text, NOTE.context(note_id, case_id)), note_id))
        return note_id

    async def notes(self, case_id: int) -> list[Note]:
        async with self.conn.execute("SELECT * FROM case_notes WHERE case_id = ? ORDER BY id", (case_id,)) as cur:
            rows = await cur.fetchall()
        out = []
        for r in rows:
            opened = open_cell(self.box, NOTE, r)
            if opened is not None:  # a damaged note is skipped
                out.append(Note(int(r["id"]), int(r["case_id"]), str(r["author"]), opened.decode("utf-8"),
                                float(r["created_at"])))
        return out

    # --- files for the mentor room ---------------------------------------------------------
    async def add_file(self, case_id: int, ref: str, now: float) -> None:
        await self.conn.execute(
            "INSERT INTO case_files (case_id, ref, created_at) VALUES (?, ?, ?)", (case_id, ref, now)
        )

    async def count_files(self, case_id: int) -> int:
        async with self.conn.execute("SELECT COUNT(*) AS n FROM case_files WHERE case_id = ?", (case_id,)) as cur:
            row = await cur.fetchone()
        return int(row["n"]) if row else 0

    async def pending_files(self, limit: int = 20) -> list[PendingFile]:
        """Files not yet in the mentor room, of cases whose card is already there."""
        async with self.conn.execute(
            "SELECT f.id, f.case_id, f.ref, "
            "(SELECT COUNT(*) FROM case_files g WHERE g.case_id = f.case_id AND g.id <= f.id) AS number "
            "FROM case_files f JOIN cases c ON c.id = f.case_id "
            "WHERE f.delivered_at IS NULL AND c.card_event_id IS NOT NULL AND c.anonymised_at IS NULL "
            "ORDER BY f.id LIMIT ?",
            (limit,),
        ) as cur:
            rows = await cur.fetchall()
        return [PendingFile(int(r["id"]), int(r["case_id"]), str(r["ref"]), int(r["number"])) for r in rows]

    async def undelivered_files(self, since: float) -> int:
        """Files still waiting for the mentor room that were added after `since`."""
        async with self.conn.execute(
            "SELECT COUNT(*) AS n FROM case_files WHERE delivered_at IS NULL AND created_at >= ?", (since,)
        ) as cur:
            row = await cur.fetchone()
        return int(row["n"]) if row else 0

    async def mark_file_delivered(self, file_id: int, now: float) -> None:
        await self.conn.execute("UPDATE case_files SET delivered_at = ? WHERE id = ?", (now, file_id))

    # --- retention and erasure -------------------------------------------------------------
    async def purge_closed_before(self, cutoff: float) -> int:
        """Delete cases closed before `cutoff`, with their notes and file links."""
        cur = await self.conn.execute("DELETE FROM cases WHERE status = 'closed' AND closed_at < ?", (cutoff,))
        return int(cur.rowcount)

    async def anonymise_for_user(self, user_id: str, now: float | None = None) -> list[int]:
        """The person erased their data: keep their cases for the team, without them.

        Drops the person's id, their chat, the summary and the files waiting for the mentor
        room; closes what was still open (nobody can answer them any more). Notes stay: they
        are the team's own record. A direct room the bot created for a handoff stays known, so
        that the bot keeps silent there. Returns the ids of the cases touched.
        """
        now = time.time() if now is None else now
        async with self.conn.execute("SELECT id FROM cases WHERE user_id = ?", (user_id,)) as cur:
            ids = [int(r["id"]) for r in await cur.fetchall()]
        if not ids:
            return []
        for case_id in ids:
            await self.conn.execute("DELETE FROM case_files WHERE case_id = ?", (case_id,))
            await self.conn.execute(
                "UPDATE cases SET user_id = NULL, room_id = NULL, summary_sealed = NULL, relay = 0, "
                "feedback = NULL, handoff = CASE WHEN handoff IN ('asked', 'approved') THEN NULL ELSE handoff END, "
                "anonymised_at = ?, closed_at = COALESCE(closed_at, ?), status = 'closed' WHERE id = ?",
                (now, now, case_id),
            )
        return ids

    # --- erasure (bot.care.privacy) -------------------------------------------------------------
    async def delete_note(self, note_id: int) -> None:
        """A note that names a person who erased their data."""
        await self.conn.execute("DELETE FROM case_notes WHERE id = ?", (note_id,))

    async def delete_cases(self, case_ids: list[int]) -> int:
        """Erasure with the `delete` case policy: the cases go, with their notes and file links."""
        cur = await self.conn.execute("DELETE FROM cases WHERE id IN (SELECT value FROM json_each(?))",
                               (json.dumps(case_ids),))
        return int(cur.rowcount)
