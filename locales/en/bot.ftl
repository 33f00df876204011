### reviewed: yes
## Texts of the bot itself, outside the flows: help, keywords' answers, follow-ups.

## Texts of the bot itself (not of a flow).

bot-help = You can write, at any moment: **menu** for the list of conversations, **back** for the previous question, **mentor** to reach a person, **language** to change language, **stop** to stop the current conversation and pause reminders, **my data** to see what is kept, **delete my data** to erase it.
bot-slow-down = You are writing faster than I can answer well. Take a breath — I will read what comes next in a moment.
bot-mentor-requested-reason = The person asked to talk to someone.
bot-stopped = All right, I have stopped here, and reminders are paused. Write **menu** whenever you want to come back, and **resume** to turn reminders back on.
bot-identity-changed = Your account's security key has changed. If you set up a new device or reset your keys, all is well. If you did not, someone else may have access to your account: write **mentor** to reach a person.

## Follow-ups: invitations, answers and the person's own controls.

option-later = Later
    .synonyms = later, not now, tomorrow, remind me later
bot-followup-late = Sorry, this comes later than I promised — I was away for a while.
bot-followup-offer = Would you like to start now? Answer **yes**, **later** or **no**.
bot-followup-reminder = You asked me to remind you. Here I am.
bot-followup-later-ok = All right, I will ask again tomorrow.
bot-followup-cancelled = All right, I will not ask about this again.
bot-followup-resumed = Reminders are back on.
bot-followup-set = All right, I will remind you then.
bot-followup-bad-time = I did not understand when. Try for example **remind me tomorrow** or **remind me in 3d**.
bot-followup-none = You have no reminders planned.
bot-followup-list-head = Your planned reminders:
bot-followup-list-help = Write **cancel** and a number to cancel one, or **snooze** and a number to move it by a day.
bot-followup-cancel-ok = Reminder { $number } is cancelled.
bot-followup-snooze-ok = Reminder { $number } is moved by one day.
bot-followup-unknown = I have no reminder { $number } for you.
bot-timezone-unknown = I do not know that time zone, so I kept the previous setting. Write it like **Europe/Berlin** or **Asia/Tehran**.
# Words that control follow-ups (comma-separated; "cancel 3", "snooze 3", "remind me tomorrow").
followup-word-list = reminders, my reminders, follow-ups
followup-word-resume = resume, start reminders, reminders on
followup-word-cancel = cancel
followup-word-snooze = snooze, postpone
followup-word-remind = remind me, remind me in

## Privacy: the person's copy of their data, erasing it, and leaving the chat.

bot-privacy-delete-confirm =
    This erases everything kept about you here: your settings, your answers, your reminders and the files you sent. Cases that a mentor opened for you keep only their number — not your name, this chat or what you shared. It cannot be undone.
    Erase everything now? Answer **yes** or **no**.
bot-privacy-delete-kept = All right, nothing was erased. Write **menu** to continue.
bot-privacy-deleted =
    Done: everything kept about you has been erased.
    Shall I also leave this chat? Answer **yes** or **no**.
bot-privacy-goodbye = Goodbye, and take care. I am leaving this chat now; delete it on your side too, so that it is gone from this device. If you need us again, just start a new chat with me.
bot-privacy-stay = All right, I stay. Nothing about you is kept any more; if you write to me again, we start afresh.
bot-privacy-export =
    Here is a copy of everything kept about you. The file below holds all of it:
    - conversations: { $conversations }
    - reminders: { $reminders }
    - files you sent: { $files }
    - cases with a mentor: { $cases }
    Anyone who can open this chat can read the file: save it somewhere safe, then delete it here. Write **delete my data** to erase everything.
bot-privacy-export-empty = Nothing is kept about you at the moment.
bot-privacy-export-failed = I could not attach the file just now. Please write **my data** again in a little while.

mentor-identity-changed = { $case }: this person's security key changed. If they did not reset it themselves, their account may be in other hands — check with them through another channel before sharing anything sensitive.

## What the team promises: shown when a case opens and in the crisis reply. Admins: say here
## honestly when someone reads messages and how long an answer can take, in every language.

care-hours = Someone from the team reads messages on working days; an answer can take a day.
care-now = If you need someone sooner, these can help at any hour:
