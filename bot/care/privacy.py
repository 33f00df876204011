"""Privacy by design: the person's copy of their data, its erasure, and the panic word.

What a person can do at any moment, in their own language:

- **my data** — the bot sends a short summary and, as an encrypted file in the chat, everything
  it keeps about them, opened: settings, profile, conversations with their answers, reminders,
  the files they sent (described, not re-sent), their cases' summaries and their identity key.
- **delete my data** — after a yes/no question, everything about them is erased in ONE
  transaction: conversations and answers, settings and profile, reminders, files,
  undecryptable events waiting in their rooms, the outbox rows of their
  rooms, and their cases per the policy (`anonymise`: the case stays for the team without
  their id, chat, summary or notes naming them; `delete`: the case goes too). The bot then
  offers to leave the chat; if they say yes it says goodbye, leaves and forgets the room.
  Their identity pin (a public key, under a keyed hash of their id: it names nobody) is kept,
  so that an identity swapped while they were away is still noticed (bot/store/edge.py).
- **the panic word** (`panic_keyword`, off when unset) — no question and no answer: the bot
  redacts its own messages in the person's rooms (and the person's, where its power level
  allows), erases their data as above, and leaves. It sends nothing that could alarm someone
  looking at the screen. A crash half-way resumes at the next start (`resume`).

Nothing here talks to the homeserver inside a transaction: redactions, the upload of the export
and leaving run after the commit (`UnitOfWork.on_commit`), through `RoomActions` (the runtime).
What Matrix itself can and cannot erase is written down in docs/THREAT_MODEL.md.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal, Protocol

from bot.care.conversations import LibraryHolder
from bot.care.inbound import Inbound
from bot.care.plan import export_plan
from bot.care.render import Rendered, Renderer
from bot.care.words import person_lang, said_yes_no
from bot.engine.normalize import normalize
from bot.platform.config import Retention, Settings
from bot.store import Store, UnitOfWork
from bot.store.followups import Status

log = logging.getLogger(__name__)

CasePolicy = Literal["anonymise", "delete"]
TAG_DELETE = "privacy:delete"
TAG_LEAVE = "privacy:leave"
WIPE_KEY = "wipe:"  # meta key prefix of a panic wipe still to finish (the room id follows)
EXPORT_NAME = "continuum-my-data.json"
EXPORT_FORMAT = "continuum-export/1"
# A yes/no question left unanswered longer than this is no longer pending.
PENDING_S = 30 * 60
ALL_STATUSES: tuple[Status, ...] = ("scheduled", "offered", "done", "cancelled")


class RoomActions(Protocol):
    """What privacy needs from the Matrix edge (`bot.matrix.runtime.MatrixRuntime`; fakes in tests)."""

    @property
    def own_user_id(self) -> str: ...

    async def drain(self, room_id: str, wait_s: float = 30.0) -> None: ...

    async def redact_event(self, room_id: str, event_id: str) -> str: ...

    def may_redact_others(self, room_id: str) -> bool: ...

    async def history(self, room_id: str, limit: int = 5000) -> list[tuple[str, str]]: ...

    async def leave(self, room_id: str) -> bool: ...

    async def upload_encrypted(self, data: bytes, mimetype: str) -> dict[str, Any] | None: ...


class CaseEraser(Protocol):
    """The mentors module: anonymise the person's cases and tell the team (cards, threads)."""

    async def forget_person(self, uow: UnitOfWork, user_id: str) -> list[int]: ...


@dataclass(frozen=True)
class Erased:
    """What one erasure removed (counts only: nothing here names the person)."""

    rooms: tuple[str, ...]
    conversations: int
    followups: int
    attachments: int
    cases: tuple[int, ...]
    notes: int
    pending: int
    outbox: int


@dataclass
class WipeReport:
    redacted: int = 0
    forbidden: int = 0
    failed: int = 0
    left: bool = False


class Privacy:
    def __init__(
        self,
        settings: Settings,
        store: Store,
        library: LibraryHolder,
        *,
        cases: CaseEraser | None = None,
        case_policy: CasePolicy = "anonymise",
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        history_limit: int = 5000,
    ) -> None:
        self.settings = settings
        self.retention: Retention = settings.retention
        self.store = store
        self.library = library
        self.cases = cases
        self.case_policy = case_policy
        self.clock = clock
        self.history_limit = history_limit
        self._panic = normalize(settings.panic_keyword) if settings.panic_keyword else ""
        self.panic_problem = self._check_panic_word()
        if self.panic_problem is not None:
            self._panic = ""  # never wipe on a word people type as an answer
        self._actions: RoomActions | None = None
        self._wiping: set[str] = set()
        self._wipes_loaded = False

    def _check_panic_word(self) -> str | None:
        """Why the configured panic word must not be used, or None when it is fine."""
        if not self._panic:
            return None
        word = self._panic
        if len(word) < 3 or word.replace(" ", "").isdigit():
            return "panic_keyword is too short or a number: people type those as answers"
        catalog = self.library.library.catalog
        for lang in catalog.languages:
            if catalog.keyword_of(lang, word) is not None:
                return f"panic_keyword is also a keyword in `{lang}`"
            for msgid in catalog.ids(lang):
                if msgid.startswith("option-") and word in catalog.match_words(lang, msgid):
                    return f"panic_keyword is also an answer (`{msgid}` in `{lang}`)"
        return None

    def attach(self, actions: RoomActions) -> None:
        """Give privacy the running edge (created after the conversations that hold privacy)."""
        self._actions = actions

    # --- the hook at the top of Conversations.handle ---------------------------------------
    async def intercept(self, uow: UnitOfWork, msg: Inbound) -> bool:
        """Handle the message here (True) or let the conversation have it (False)."""
        if msg.room_id == self.settings.mentor_room:
            return False
        if not self._wipes_loaded:  # after a restart: rooms whose wipe was interrupted stay silent
            self._wiping.update(k[len(WIPE_KEY):] for k in await uow.edge.meta_keys(WIPE_KEY))
            self._wipes_loaded = True
        if msg.room_id in self._wiping:
            return True  # a room being wiped hears nothing more
        if msg.kind != "text":
            return False
        said = normalize(msg.body)
        if self._panic and said == self._panic:
            await self.panic(uow, msg)
            return True
        catalog = self.library.library.catalog
        if said_yes_no(catalog, msg.body, catalog.languages) is None:
            return False  # not a yes or no in any language: no need to look for a question
        pending = await self._pending(uow, msg.room_id)
        if pending is None:
            return False
        kind, lang = pending
        answer = said_yes_no(catalog, msg.body, (lang, self._default_lang))
        if answer is None:
            return False
        if kind == TAG_DELETE:
            await self._answer_delete(uow, msg, lang, answer)
        else:
            await self._answer_leave(uow, msg.room_id, lang, answer)
        return True

    # --- delete my data --------------------------------------------------------------------
    async def ask_delete(self, uow: UnitOfWork, room_id: str, lang: str) -> None:
        await uow.send(room_id, self._text(lang, "bot-privacy-delete-confirm").content(), tag=f"{TAG_DELETE}|{lang}")

    async def _answer_delete(self, uow: UnitOfWork, msg: Inbound, lang: str, yes: bool) -> None:
        if not yes:
            await uow.send(msg.room_id, self._text(lang, "bot-privacy-delete-kept").content())
            return
        erased = await self.erase(uow, msg.sender, msg.room_id)
        # The bot stays until the person answers: it remembers only that the room is encrypted
        # and that everything up to this answer is history.
        for room_id in erased.rooms:
            await uow.edge.forget_room(room_id, rejoined_at=msg.timestamp_ms / 1000)
        await uow.send(msg.room_id, self._text(lang, "bot-privacy-deleted").content(), tag=f"{TAG_LEAVE}|{lang}")
        uow.on_commit(self._scrub)
        log.info("a person erased their data (%d conversation(s), %d case(s) anonymised)",
                 erased.conversations, len(erased.cases))

    async def _answer_leave(self, uow: UnitOfWork, room_id: str, lang: str, yes: bool) -> None:
        if not yes:
            await uow.send(room_id, self._text(lang, "bot-privacy-stay").content())
            return
        await uow.send(room_id, self._text(lang, "bot-privacy-goodbye").content())

        async def leave() -> None:
            actions = self._require_actions()
            await actions.drain(room_id)
            await actions.leave(room_id)
            async with self.store.write() as tx:
                await tx.edge.forget_room(room_id, rejoined_at=None)
            await self._scrub()

        uow.on_commit(leave)

    async def erase(self, uow: UnitOfWork, user_id: str, room_id: str) -> Erased:
        """Erase everything kept about `user_id` inside the unit's transaction.

        The edge rows of their rooms that a wipe still needs (sent message ids, event markers,
        the room row) are left to `EdgeRepo.forget_room`; what is waiting to be sent there is
        dropped here, so nothing more reaches the room.
        """
        rooms = sorted(set(await uow.people.rooms_of(user_id)) | {room_id})
        case_ids: list[int]
        if self.cases is not None:
            case_ids = await self.cases.forget_person(uow, user_id)
        else:
            case_ids = await uow.cases.anonymise_for_user(user_id, uow.now)
        notes = await self._drop_notes_naming(uow, case_ids, user_id)
        if self.case_policy == "delete" and case_ids:
            await uow.cases.delete_cases(case_ids)
        followups = await uow.followups.delete_for_user(user_id)
        attachments = await uow.attachments.delete_for_user(user_id)
        conversations = len(await uow.people.states_of(user_id))
        await uow.plans.delete(user_id)  # (its row would go with the person's too)
        await uow.people.delete(user_id)
        pending = await uow.edge.drop_pending_for(user_id, rooms)
        outbox = 0
        for room in rooms:
            outbox += await uow.edge.drop_unsent(room)
        outbox += await uow.edge.drop_unsent_mentioning([user_id, *rooms])
        return Erased(tuple(rooms), conversations, followups, attachments, tuple(case_ids), notes, pending, outbox)

    async def _drop_notes_naming(self, uow: UnitOfWork, case_ids: list[int], user_id: str) -> int:
        """Mentors' notes stay with an anonymised case, unless they name the person."""
        localpart = user_id[1:].split(":", 1)[0].casefold()
        needles = [user_id.casefold()] + ([localpart] if len(localpart) >= 3 else [])
        dropped = 0
        for case_id in case_ids:
            for note in await uow.cases.notes(case_id):
                if any(n in note.text.casefold() for n in needles):
                    await uow.cases.delete_note(note.id)
                    dropped += 1
        return dropped

    # --- the panic word --------------------------------------------------------------------
    async def panic(self, uow: UnitOfWork, msg: Inbound) -> None:
        """Erase at once, then (after the commit) redact, leave and forget — without a word."""
        handoffs = [c.handoff_room for c in await uow.cases.for_user(msg.sender)
                    if c.handoff_room and c.handoff == "created"]
        erased = await self.erase(uow, msg.sender, msg.room_id)
        rooms = [*erased.rooms, *[r for r in handoffs if r not in erased.rooms]]
        for room_id in rooms:
            await uow.edge.set_meta(WIPE_KEY + room_id, "1")
            self._wiping.add(room_id)
        log.warning("an immediate erasure was asked for; wiping %d room(s)", len(rooms))

        async def wipe() -> None:
            for room_id in rooms:
                await self.wipe_room(room_id)

        uow.on_commit(wipe)

    async def wipe_room(self, room_id: str) -> WipeReport:
        """Redact what the bot said (newest first), then what others said where allowed; leave;
        forget the room. Safe to run again: a crash half-way resumes at the next start."""
        actions = self._require_actions()
        report = WipeReport()
        self._wiping.add(room_id)
        await actions.drain(room_id, 10.0)
        me = actions.own_user_id
        async with self.store.read() as r:
            ours = list(reversed(await r.edge.sent_event_ids(room_id)))
            theirs = list(reversed(await r.edge.processed_in_room(room_id)))
        for event_id, sender in await actions.history(room_id, self.history_limit):
            target = ours if sender == me else theirs
            if event_id not in target:
                target.append(event_id)
        for event_id in ours:
            self._count(report, await actions.redact_event(room_id, event_id))
        allowed = actions.may_redact_others(room_id)
        for event_id in theirs:
            # The power levels as last synced say no: one try, in case they changed since.
            result = await actions.redact_event(room_id, event_id)
            self._count(report, result)
            if result == "forbidden" and not allowed:
                break
        report.left = await actions.leave(room_id)
        async with self.store.write() as tx:
            await tx.edge.forget_room(room_id, rejoined_at=None)
            await tx.edge.delete_meta(WIPE_KEY + room_id)
        self._wiping.discard(room_id)
        await self._scrub()
        log.info("wiped a room: %d redacted, %d not allowed, %d failed, left: %s",
                 report.redacted, report.forbidden, report.failed, report.left)
        return report

    @staticmethod
    def _count(report: WipeReport, result: str) -> None:
        if result == "ok":
            report.redacted += 1
        elif result == "forbidden":
            report.forbidden += 1
        else:
            report.failed += 1

    async def resume(self) -> None:
        """Finish the wipes a stop or crash interrupted (call once the edge has synced)."""
        async with self.store.read() as r:
            keys = await r.edge.meta_keys(WIPE_KEY)
        rooms = [k[len(WIPE_KEY):] for k in keys]
        self._wiping.update(rooms)
        self._wipes_loaded = True
        for room_id in rooms:
            try:
                await self.wipe_room(room_id)
            except Exception as e:  # keep the marker: the next start tries again
                log.error("an interrupted wipe failed again (%s)", type(e).__name__)

    # --- my data ---------------------------------------------------------------------------
    async def send_export(self, uow: UnitOfWork, room_id: str, user_id: str, lang: str) -> None:
        """The summary now (in the outbox); the file after the commit (upload, then outbox)."""
        export = await self.export(uow, user_id)
        counts = {
            "conversations": len(export["conversations"]),
            "reminders": len(export["reminders"]),
            "files": len(export["files"]),
            "cases": len(export["cases"]),
        }
        if not export["settings"] and not any(counts.values()) and not export["identity"]:
            await uow.send(room_id, self._text(lang, "bot-privacy-export-empty").content())
            return
        await uow.send(room_id, self._text(lang, "bot-privacy-export", {**counts, "file": EXPORT_NAME}).content())
        data = json.dumps(export, ensure_ascii=False, indent=2, sort_keys=False).encode("utf-8")

        async def attach_file() -> None:
            actions = self._require_actions()
            file = await actions.upload_encrypted(data, "application/json")
            async with self.store.write() as unit:
                if file is None:
                    await unit.send(room_id, self._text(lang, "bot-privacy-export-failed").content())
                else:
                    await unit.send(room_id, {
                        "msgtype": "m.file",
                        "body": EXPORT_NAME,
                        "filename": EXPORT_NAME,
                        "info": {"mimetype": "application/json", "size": len(data)},
                        "file": file,
                    })

        uow.on_commit(attach_file)

    async def export(self, uow: UnitOfWork, user_id: str) -> dict[str, Any]:
        """Everything kept about the person, opened, as plain JSON-able data."""
        person = await uow.people.get(user_id)
        lang = person_lang(person, self._default_lang)
        conversations = []
        for stored in await uow.people.states_of(user_id):
            item: dict[str, Any] = {"room": stored.room_id, "flow": stored.flow, "updated_at": _iso(stored.updated_at)}
            try:
                state = json.loads(stored.state_json) if stored.state_json else {}
            except ValueError:
                state = {}
            if isinstance(state, dict):
                item.update({
                    "waiting_at": state.get("step"),
                    "ended": state.get("ended"),
                    "started_at": state.get("started_at"),
                    "answers": state.get("vars", {}),
                })
            conversations.append(item)
        reminders = []
        for f in await uow.followups.for_user(user_id, ALL_STATUSES):
            text = f.text
            if f.source == "flow":
                text = self._text(lang, f.text).plain
            reminders.append({
                "number": f.id, "status": f.status, "from": f.source, "conversation": f.flow, "text": text,
                "time_zone": f.tz_name, "due_at": f.due_at.isoformat(), "deliver_at": f.deliver_at.isoformat(),
                "created_at": f.created_at.isoformat(),
            })
        files = [
            {"name": a.name, "type": a.mimetype, "size": a.size, "sha256": a.sha256, "received_at": _iso(a.created_at)}
            for a in await uow.attachments.list_for_user(user_id)
        ]
        cases = [
            {
                "case": c.label, "status": c.status, "urgency": c.urgency, "shared": c.consent, "flow": c.flow,
                "summary": [{"question": s.question, "answer": s.answer} for s in c.summary],
                "opened_at": _iso(c.created_at), "closed_at": _iso(c.closed_at) if c.closed_at else None,
            }
            for c in await uow.cases.for_user(user_id)
        ]
        stored_plan = await uow.plans.get(user_id)
        plan = export_plan(self.library.library.catalog, lang, stored_plan.data if stored_plan else None)
        identity = await uow.edge.identity_of(user_id)
        if identity is not None:
            identity = {
                "master_key": identity["master_key"],
                "first_seen": _iso(identity["first_seen"]),
                "changed_at": _iso(identity["changed_at"]) if identity["changed_at"] else None,
            }
        r = self.retention
        return {
            "format": EXPORT_FORMAT,
            "exported_at": self.clock().isoformat(timespec="seconds"),
            "matrix_id": user_id,
            "settings": None if person is None else {
                "language": person.lang, "time_zone": person.timezone, "country": person.country,
                "reminders_paused": person.paused,
            },
            "profile": {} if person is None else person.profile,
            "conversations": conversations,
            "reminders": reminders,
            "files": files,
            "cases": cases,
            "plan": plan,
            "identity": identity,
            "kept_for_days": {
                "answers": r.answers_days, "closed_cases": r.closed_cases_days, "files": r.attachments_days,
            },
        }

    # --- helpers ---------------------------------------------------------------------------
    @property
    def _default_lang(self) -> str:
        return self.library.library.catalog.default_lang

    def _text(self, lang: str, msgid: str, args: dict[str, Any] | None = None) -> Rendered:
        return Renderer(self.library.library.catalog).text(lang, msgid, args)

    async def _pending(self, uow: UnitOfWork, room_id: str) -> tuple[str, str] | None:
        """(kind, lang) of the yes/no question this room's last bot message asked, if recent."""
        latest = await uow.edge.latest_tag(room_id)
        if latest is None:
            return None
        tag, queued_at = latest
        if tag is None:
            return None
        kind, _, lang = tag.partition("|")
        if kind not in (TAG_DELETE, TAG_LEAVE) or uow.now - queued_at > PENDING_S:
            return None
        return kind, lang or self._default_lang

    async def _scrub(self) -> None:
        if not await self.store.db.scrub():
            log.info("the write-ahead log could not be emptied now; the next erasure or retention run will")

    def _require_actions(self) -> RoomActions:
        if self._actions is None:
            raise RuntimeError("Privacy.attach(runtime) first")
        return self._actions


def _iso(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, UTC).isoformat(timespec="seconds")


__all__ = ["CaseEraser", "CasePolicy", "Erased", "Privacy", "RoomActions", "WipeReport"]
