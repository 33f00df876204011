### reviewed: yes
## Mentors. Texts for the mentor room are shown in the default language; texts starting with
## `mentor-person-` are for the person, in their own language. Keep the ids and the { $placeables };
## keep commands such as `!claim` as they are (mentors type them in English).

## The case card in the mentor room.

mentor-card-title = New case **{ $case }** · { $urgency } · { $flow }
mentor-card-update = **{ $case }**: a new request from the same person · { $urgency } · { $flow }
mentor-card-status-open = Status: waiting for a mentor.
mentor-card-status-claimed = Status: taken by { $mentor }.
mentor-card-status-closed = Status: closed.
mentor-card-reason = Why: { $reason }
mentor-card-who = Who: { $who }
mentor-card-pseudonymous = { $case } (pseudonymous)
mentor-card-erased = The person erased their data: who they are and what they shared are no longer kept.
mentor-card-shared = What they agreed to share:
mentor-card-not-shared = They chose not to share their answers.
mentor-card-files = { $count ->
    [one] One file follows in this case's thread.
   *[other] { $count } files follow in this case's thread.
}
mentor-card-howto = Write `!claim { $number }` to take the case. Reply in its thread to write to them.
mentor-urgency-normal = normal
mentor-urgency-high = high
mentor-urgency-urgent = 🔴 URGENT
mentor-answer-skipped = (not answered)
mentor-answer-file = (a file, in the thread)
mentor-flow-unknown = a conversation

## Pings for urgent cases (the bot adds @room itself).

mentor-reping = **{ $case }** is urgent and has waited { $minutes } min for a mentor. Write `!claim { $number }` to take it.
mentor-urgent-now = **{ $case }** is now urgent. Write `!claim { $number }` to take it.
mentor-reping-high = **{ $case }** (high) has waited { $minutes } min for a mentor. Write `!claim { $number }` to take it.
mentor-still-unclaimed = **{ $case }** is still waiting for a mentor, after { $count } reminders and { $minutes } min. That was the last reminder in this room; `!cases` lists what is open.

## Answers to mentors' commands.

mentor-claimed = { $case } is now taken by { $mentor }.
mentor-claimed-already = { $case } is already taken by { $mentor }. To take it over: `!assign { $number } { $you }`
mentor-claimed-yours = { $case } is already yours.
mentor-released = { $case } is open again, waiting for a mentor.
mentor-released-not-claimed = { $case } is not taken by anyone.
mentor-assigned = { $case } is now assigned to { $mentor }.
mentor-not-member = { $mentor } has not joined this room. Invite them first.
mentor-note-added = Note kept with { $case }. It is never shown to the person.
mentor-closed = { $case } is closed. They were told, and asked whether it helped.
mentor-closed-already = { $case } is closed.
mentor-case-closed-no-relay = { $case } is closed: your message was not passed on.
mentor-case-unreachable = { $case } can no longer reach the person: they erased their data.
mentor-revealed = From now on, your messages in { $case } show them your Matrix id.
mentor-unknown-case = There is no case { $number }. `!cases` lists the open ones.
mentor-unknown-command = I do not know `{ $command }`. `!help` lists what I understand.
mentor-usage = Write it like this: `{ $usage }`
mentor-help =
    Commands, in this room (a case number is written `42` or `C-0042`; in a case's thread it can be left out):

    - `!cases`: the open cases, most urgent first
    - `!case 42`: a case's details and notes
    - `!claim 42`: take a case (a reaction to its card does not: reactions are not encrypted, so anyone on the server could fake one)
    - `!release 42`: give it back
    - `!assign 42 @name:server`: give it to another mentor
    - `!note 42 text`: a note for the team, never shown to the person
    - `!close 42 [note]`: close it; they are told and asked whether it helped
    - `!reveal 42`: show them your Matrix id with your messages
    - `!handoff 42`: a new encrypted chat between you and them (asks them first unless they shared their name)
    - `!oncall on` / `!oncall off`: be told by direct message when an urgent case waits without a mentor
    - `!oncall`: who is on call now, and the rota
    - `!followup 42 in 3d [text]` or `!followup 42 on 2026-12-03 10:00 [text]` (their clock): I write to them then, as from "your mentor"
    - `!followups 42`: the follow-ups planned for a case; `!followup cancel 7` cancels one
    - `!plan 42`: their protection plan, in the case's thread — only after they said yes (I ask them if needed)
    - `!suggest 42 text`: I ask them whether to add this step to their plan
    - `!identity`: changed security keys on hold; `!identity approve P-1234` once you checked with the person another way

    Reply in a case's thread to write to the person; what they write comes back there.

## Follow-ups mentors ask for (`!followup`): times on the person's clock, and in UTC.

mentor-followup-set = Follow-up { $number } for { $case }: { $when } their time ({ $zone }), { $utc }. They will read it as from "your mentor", without your Matrix id.
mentor-followup-quiet = The time you gave falls in their quiet hours, so it goes out when those end (the time above).
mentor-followup-paused = They have paused reminders: it waits until they turn them back on.
mentor-followup-bad-time = I did not understand when. Write it like this: `!followup 42 in 3d [text]` or `!followup 42 on 2026-12-03 10:00 [text]` (their clock), at most a year ahead.
mentor-followup-past = { $when } ({ $zone }) has already passed on their clock.
mentor-followup-unknown = There is no planned follow-up { $number } from mentors. `!followups 42` lists a case's.
mentor-followup-cancelled = Follow-up { $number } ({ $case }) is cancelled.
mentor-followups-none = No follow-ups planned for { $case }.
mentor-followups-head = Follow-ups planned for { $case }:
mentor-followups-line = #{ $number } · { $when } ({ $zone }) · { $utc } · { $text }
mentor-followup-no-text = (no text: they are asked how they are doing)
mentor-followup-delivered = { $case }: follow-up { $number } was delivered to them.
mentor-followup-cancelled-by-them = { $case }: they cancelled follow-up { $number }.

## Lists and details.

mentor-cases-none = No open cases.
mentor-cases-head = Open cases, most urgent first, then the oldest:
mentor-cases-line = { $case } · { $urgency } · { $status } · { $flow } · { $age }
mentor-status-open = waiting
mentor-status-claimed = taken by { $mentor }
mentor-status-closed = closed
mentor-age-minutes = { $count } min ago
mentor-age-hours = { $count } h ago
mentor-age-days = { $count ->
    [one] { $count } day ago
   *[other] { $count } days ago
}
mentor-case-opened-at = Opened { $age }.
mentor-case-notes = Notes:
mentor-case-handoff-asked = A direct chat was proposed; waiting for their answer.
mentor-case-handoff-approved = A direct chat was agreed; it is being created.
mentor-case-handoff-created = A direct chat with them exists.
mentor-case-handoff-declined = They preferred not to have a direct chat.
mentor-case-handoff-failed = The direct chat could not be created.

## What the person does, as the mentors see it (in the case's thread).

mentor-relay-from = { $case }:
mentor-relay-from-edited = { $case } (edited):
mentor-relay-file = { $case } sent a file; it follows in this thread.
mentor-asked-again = { $case }: they asked again for a person.
mentor-feedback-yes = { $case }: they said it helped.
mentor-feedback-no = { $case }: they said it did not help.
mentor-anonymised = { $case }: the person erased their data. The case is closed; the notes are kept.
mentor-file-gone = { $case }: a file is no longer kept (erased, or past the retention period).
mentor-file-not-cleaned = { $case }: the next file may still hold hidden details, such as where and with which phone it was made; the bot could not remove them. Open it with care, on a device you trust.

## Direct chats (handoff).

mentor-handoff-asked = { $case }: I asked them whether they agree to a direct chat with you.
mentor-handoff-agreed = { $case }: a direct chat is agreed; I am creating it.
mentor-handoff-declined = { $case }: they prefer to stay here. Keep writing in this thread.
mentor-handoff-created = { $case }: a new encrypted chat with them and { $mentor } is created; both are invited.
mentor-handoff-failed = { $case }: the direct chat could not be created. Try `!handoff { $number }` again later.

## Changed security keys (for mentors and admins).

mentor-identity-held = **{ $who }**: the security key of their account changed. It may be them on a new device — or someone who took over their account. Until one of you checks with them another way (a call, in person) and approves, I send nothing to the new key and ignore what it says. Approve: `!identity approve { $label }` · keep holding: `!identity reject { $label }`
mentor-identity-no-case = a person without an open case ({ $label })
mentor-identity-none = No changed security key is on hold.
mentor-identity-head = Changed security keys on hold:
mentor-identity-line = { $label } · { $status } · { $age }
mentor-identity-status-pending = waiting for a decision
mentor-identity-status-rejected = rejected, still on hold
mentor-identity-approved = { $label }: approved. I trust their new key from now on.
mentor-identity-rejected = { $label }: still on hold. I keep ignoring the new key.
mentor-identity-unknown = Nothing is on hold under { $label }. `!identity` lists what is.

## The mentor list (for mentors and admins).

mentor-room-unlisted = { $user } is in the mentor room but not on the list of mentors (`mentors.members`): they get no cases, and I ignore their commands. Remove them from the room, or ask an admin to add them to the list.

## For the person, in their chat with the bot.

mentor-person-opened = The team has been told. Someone from the team will read this as soon as they can and answer you here. Until then, and while you talk with them, what you write here goes to them. Write **menu** to talk with me, the bot, instead.
mentor-person-still-open = Your request is with the team. Someone from the team will read this as soon as they can and answer you here. What you write here goes to them.
mentor-person-taken = A mentor has taken your request and will write to you here.
mentor-person-says = Your mentor:
mentor-person-says-named = Your mentor ({ $mentor }):
mentor-person-closed = Your mentor has closed this conversation. Did it help you? Please answer **yes** or **no**.
mentor-person-thanks = Thank you for telling us. Write **menu** to see what we can do together, or **mentor** to reach a person again.
mentor-person-on-the-way = I have reminded the team that you are waiting. Someone from the team will read this as soon as they can. In the meantime, if you need help now:
mentor-person-no-team = I am sorry: no person can be reached through this chat right now, so I cannot pass your request on. These can help, at any hour:
mentor-person-team-unreachable = I could not reach the team just now, so no person can answer through this chat at the moment. Your request is kept and will reach them once the connection works again. These can help, at any hour:
mentor-person-handoff-ask = Your mentor would like to talk with you in a new private, encrypted chat. There, they will see your Matrix name. Do you agree? Please answer **yes** or **no**.
mentor-person-handoff-invited = I have invited you to a new encrypted chat with your mentor. Accept the invitation to talk with them directly.
mentor-person-handoff-declined = All right, we stay here. Your mentor will keep writing to you through me.

## On call (`!oncall`) and the ladder's direct messages. A direct message names the case only —
## never the person — because it may show on a lock screen.

mentor-oncall-on = You are on call now: when an urgent case waits without a mentor, I will tell you in a direct, encrypted message. Write `!oncall off` when you stop.
mentor-oncall-already-on = You are already on call. Write `!oncall off` to stop.
mentor-oncall-off = You are no longer on call.
mentor-oncall-not-on = You were not on call.
mentor-oncall-list = On call now: { $names }
mentor-oncall-none = Nobody is on call now.
mentor-oncall-rota = The rota (from the configuration):
mentor-oncall-howto = `!oncall on` puts you on call until `!oncall off`. An urgent case nobody takes goes, by its number only, in a direct message to those on call, then to the leads.
mentor-dm-oncall = 🔴 Urgent case **{ $case }** has waited { $minutes } min without a mentor, and you are on call. Please take it in the mentor room: `!claim { $number }`.
mentor-dm-lead = 🔴 Urgent case **{ $case }** has waited { $minutes } min and nobody has taken it, even after the mentors on call were told. Please take it in the mentor room (`!claim { $number }`), or find someone who can.
mentor-dm-here = I only send alerts in this chat. Please work on cases in the mentor room.
mentor-ladder-oncall-sent = { $case }: the mentors on call were told by direct message ({ $names }).
mentor-ladder-leads-sent = { $case }: the leads were told by direct message ({ $names }).
mentor-ladder-nobody-oncall = { $case }: nobody is on call, so no one was told by direct message. Write `!oncall on` to be reached next time.
mentor-ladder-no-leads = { $case }: no leads are configured (`mentors.leads`, else the admins), so no one was told.
mentor-ladder-dm-failed = { $case }: I could not set up a direct chat with { $mentor }.
## Team mode: each message the person writes is acknowledged once (the first in words, the
## next ones with a ✓ reaction).

mentor-person-passed = Passed to the team. They will read it as soon as they can and answer here.
mentor-person-file-unreadable = I could not pass this file on to the team: it is too large or could not be read. You can describe it in words, or try a smaller file.

## A mentor or an admin writing a mentors' `!command` in a direct chat with the bot.

mentor-dm-pointer = `{ $command }` works in the mentor room, not in a direct chat with me: { $room }
mentor-dm-no-room = `{ $command }` works in the mentor room, and no mentor room is set up yet (`mentor_room` in the configuration).

## Protection plans: `!plan 42` (shown only with the person's consent) and `!suggest 42 text`.

mentor-plan-head = **{ $case }: protection plan** ({ $count ->
        [one] one step
       *[other] { $count } steps
    }), shared by the person:
mentor-plan-in-thread = { $case }: the plan is in the case's thread.
mentor-plan-none = { $case } has no protection plan.
mentor-plan-asked = I asked { $case } whether you may see their protection plan. It appears here if they agree.
mentor-plan-declined = { $case } chose not to share their protection plan.
mentor-suggest-sent = Your suggestion went to { $case }. They will answer yes or no, and you will see it here.
mentor-suggest-added = { $case } added your suggested step to their plan.
mentor-suggest-declined = { $case } did not add the suggested step.
mentor-suggest-no-storage = { $case } did not agree to let the bot keep their data, so no plan can be kept for them.
