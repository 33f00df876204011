"""`!followup` and `!followups`: a mentor asks the bot to write to a case's person later.

- `!followup 42 in 3d [text]` (also `tomorrow`, `12h`, `1w 2d`): after a while;
- `!followup 42 on 2026-12-03 10:00 [text]`: at that time on the person's own clock (their time
  zone, else the configured default);
- `!followups 42`: what is planned for the case — number, when on their clock and in UTC, text;
- `!followup cancel 7`: cancel one.

In a case's thread the case number may be left out. The follow-up is a row of the follow-ups
table (source 'mentor', with its case), so it survives restarts, goes out exactly once and waits
for the person's quiet hours and pause like every follow-up. The person reads it as from "your
mentor" — never with a mentor's Matrix id. A case whose person erased their data gets none. When
it arrives (or the person cancels it), the case's thread is told.
"""

from __future__ import annotations

import html
import re
from datetime import UTC, date, datetime, time, timedelta

from bot.care.followups.service import FollowupService
from bot.care.followups.timing import MAX_DURATION, local_parts, parse_duration, zone
from bot.care.mentors.commands import Command, Commands
from bot.care.mentors.posting import Posting
from bot.care.render import Rendered, strip_bold
from bot.store import UnitOfWork
from bot.store.cases import Case, case_label
from bot.store.followups import Followup

USAGE = "!followup 42 in 3d [text]"
CANCEL_USAGE = "!followup cancel 7"
_MOMENT = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2}))?$")
_CLOCK = re.compile(r"^(\d{1,2}):(\d{2})$")
_MAX_DURATION_WORDS = 6  # "in 1 week 2 days 3 hours": the longest duration worth trying


class FollowupCommands:
    """The mentors' follow-up commands, on top of the follow-up service."""

    def __init__(self, posting: Posting, commands: Commands, service: FollowupService) -> None:
        self.post = posting
        self.commands = commands
        self.service = service

    # --- !followup -------------------------------------------------------------------------------
    async def followup(self, uow: UnitOfWork, cmd: Command) -> None:
        first, _, rest = cmd.rest.partition(" ")
        if first.lower() == "cancel":
            await self.cancel(uow, cmd, rest.strip())
            return
        found = await self.commands.target(uow, cmd, USAGE)
        if found is not None:
            await self.schedule(uow, cmd, *found)

    async def schedule(self, uow: UnitOfWork, cmd: Command, case: Case, rest: str) -> None:
        if case.anonymised or case.user_id is None or case.room_id is None:
            await self.commands.say(uow, cmd, "mentor-case-unreachable", case=case.label)
            return
        person = await uow.people.get(case.user_id)
        tz_name = self.service.zone_for(person.timezone if person else None)
        now = datetime.fromtimestamp(uow.now, UTC)
        parsed = when_and_text(rest, now, tz_name)
        if parsed is None:
            await self.commands.say(uow, cmd, "mentor-followup-bad-time")
            return
        due, text = parsed
        if due <= now:
            await self.commands.say(uow, cmd, "mentor-followup-past", when=self._when(due, tz_name), zone=tz_name)
            return
        followup_id = await self.service.schedule(
            uow, case.user_id, case.room_id, at=due, text=text[: self.post.settings.max_text_length],
            source="mentor", tz_name=tz_name, case_id=case.id,
        )
        row = await uow.followups.get(followup_id)
        assert row is not None
        parts = [self.post.m("mentor-followup-set", number=row.id, case=case.label,
                             when=self._when(row.deliver_at, tz_name), zone=tz_name, utc=_utc(row.deliver_at))]
        if row.deliver_at > due + timedelta(seconds=1):
            parts.append(self.post.m("mentor-followup-quiet"))
        if await uow.followups.is_paused(case.user_id):
            parts.append(self.post.m("mentor-followup-paused"))
        await self.post.reply(uow, cmd.msg, self.post.texts.render.join(parts))

    async def cancel(self, uow: UnitOfWork, cmd: Command, rest: str) -> None:
        number = rest.lstrip("#")
        if not number.isdigit():
            await self.commands.say(uow, cmd, "mentor-usage", usage=CANCEL_USAGE)
            return
        row = await self.service.get_open(uow, int(number))
        if row is None or row.source != "mentor" or row.status != "scheduled":
            await self.commands.say(uow, cmd, "mentor-followup-unknown", number=number)
            return
        await self.service.cancel(uow, row.id)
        label = case_label(row.case_id) if row.case_id is not None else "?"
        await self.commands.say(uow, cmd, "mentor-followup-cancelled", number=row.id, case=label)

    # --- !followups ------------------------------------------------------------------------------
    async def listing(self, uow: UnitOfWork, cmd: Command, case: Case, _rest: str) -> None:
        rows = await uow.followups.for_case(case.id)
        if not rows:
            await self.commands.say(uow, cmd, "mentor-followups-none", case=case.label)
            return
        texts = self.post.texts
        lines = [texts.text("mentor-followups-line", number=f.id, when=self._when(f.deliver_at, f.tz_name),
                            zone=f.tz_name, utc=_utc(f.deliver_at),
                            text=_short(f.text) or texts.text("mentor-followup-no-text"))
                 for f in rows]
        head = texts.text("mentor-followups-head", case=case.label)
        plain = head + "\n" + "\n".join(f"- {line}" for line in lines)
        items = "".join(f"<li>{html.escape(line)}</li>" for line in lines)
        await self.post.reply(uow, cmd.msg, Rendered(plain, f"<p>{html.escape(head)}</p><ul>{items}</ul>"))

    # --- what the person's side tells the thread (the follow-up desk's `MentorNotices`) -----------
    async def followup_delivered(self, uow: UnitOfWork, followup: Followup) -> None:
        await self._tell_thread(uow, followup, "mentor-followup-delivered")

    async def followup_cancelled(self, uow: UnitOfWork, followup: Followup) -> None:
        await self._tell_thread(uow, followup, "mentor-followup-cancelled-by-them")

    async def _tell_thread(self, uow: UnitOfWork, followup: Followup, msgid: str) -> None:
        case = await uow.cases.get(followup.case_id) if followup.case_id is not None else None
        if case is not None:
            await self.post.to_thread(uow, case, self.post.m(msgid, case=case.label, number=followup.id))

    def _when(self, moment: datetime, tz_name: str) -> str:
        """A moment on the person's clock, in the mentors' language."""
        return strip_bold(self.post.library.library.catalog.render(self.post.lang, "bot-when",
                                                                  local_parts(moment, tz_name)))


def when_and_text(rest: str, now: datetime, tz_name: str) -> tuple[datetime, str] | None:
    """The moment a mentor asked for and the words after it, or None when no time is understood.

    "in 3d [text]", "3d", "tomorrow", "1w 2d [text]": from `now`. "on 2026-12-03 10:00 [text]"
    (or "at …", or "2026-12-03T10:00"): on the person's clock in `tz_name`. Never more than
    `MAX_DURATION` ahead.
    """
    spans = [(m.group(0), m.end()) for m in re.finditer(r"\S+", rest)]
    if not spans:
        return None
    words = [w for w, _ in spans]
    if words[0].lower() in ("on", "at") and len(spans) > 1:
        moment, used = _local_moment(words[1:], tz_name)
        if moment is None:
            return None
        if moment - now > MAX_DURATION:
            return None
        return moment, rest[spans[used][1]:].strip()
    for count in range(min(len(words), _MAX_DURATION_WORDS), 0, -1):
        delay = parse_duration(" ".join(words[:count]))
        if delay is not None:
            return now + delay, rest[spans[count - 1][1]:].strip()
    return None


def _local_moment(words: list[str], tz_name: str) -> tuple[datetime | None, int]:
    """ "2026-12-03 10:00" (or "2026-12-03T10:00") on the clock of `tz_name`, as UTC, and the index
    (among all the command's words, "on" being 0) of its last word."""
    found = _MOMENT.match(words[0])
    if found is None:
        return None, 0
    year, month, day, hour, minute = found.groups()
    used = 1
    if hour is None:
        clock = _CLOCK.match(words[1]) if len(words) > 1 else None
        if clock is None:
            return None, 0
        hour, minute = clock.groups()
        used = 2
    try:
        local = datetime.combine(date(int(year), int(month), int(day)), time(int(hour), int(minute)),
                                 tzinfo=zone(tz_name))
    except ValueError:
        return None, 0
    return local.astimezone(UTC), used


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def _short(text: str, limit: int = 120) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


__all__ = ["CANCEL_USAGE", "USAGE", "FollowupCommands", "when_and_text"]
