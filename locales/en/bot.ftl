### reviewed: yes
## Texts of the bot itself, outside the flows: help, keywords' answers, follow-ups.

## Texts of the bot itself (not of a flow).

bot-help = You can write, at any moment: **menu** for the list of conversations, **back** for the previous question, **mentor** to reach a person, **language** to change language, **stop** to stop the current conversation and pause reminders, **my data** to see what is kept, **delete my data** to erase it.
bot-slow-down = You are writing faster than I can answer well. Take a breath — I will read what comes next in a moment.
bot-greeting = Hello, I am the team's bot. Write any message to begin: first I will ask which language you prefer and tell you how your information is handled.
bot-mentor-requested-reason = The person asked to talk to someone.
bot-stopped = All right, I have stopped here, and reminders are paused. Write **menu** whenever you want to come back, and **resume** to turn reminders back on.
bot-identity-held = Your account has a new security key. Until someone from our team has checked with you in another way (a call, a meeting), I do not answer messages sent with the new key. If you did not set it up, someone else may control your account: write **mentor** here.
bot-identity-confirmed = Your new security key is confirmed. We can go on.
bot-undecryptable = Sorry, I could not read a message you sent me just now. Please send it again.

## Follow-ups: invitations, answers and the person's own controls.

option-later = Later
    .synonyms = later, not now, tomorrow, remind me later
bot-followup-late = Sorry, this comes later than I promised — I was away for a while.
bot-followup-offer = Would you like to start now? Answer **yes**, **later** or **no**.
bot-followup-reminder = You asked me to remind you. Here I am.
bot-followup-from-mentor = Your mentor asked me to write to you:
bot-followup-from-mentor-check = Your mentor asked me to check in with you: how are you doing?
bot-followup-mentor-answer = Answer here: it goes to your mentor.
bot-followup-mentor-again = Write **mentor** to reach a person.
bot-followup-later-ok = All right, I will ask again tomorrow.
bot-followup-cancelled = All right, I will not ask about this again.
bot-followup-resumed = Reminders are back on.
bot-followup-set = All right, I will remind you on { $when }.
bot-followup-bad-time = I did not understand when. Try for example **remind me tomorrow** or **remind me in 3d**.
bot-followup-none = You have no reminders planned.
bot-followup-list-head = Your planned reminders (times in { $zone }):
bot-followup-list-line = #{ $number } · { $when } · { $what }
bot-followup-what-person = your reminder
bot-followup-what-mentor = from your mentor
bot-followup-what-flow = a conversation
bot-followup-list-paused = Reminders are paused, so none of these is sent for now. Write **resume** to turn them back on.
bot-followup-list-help = Write **cancel** and a number to cancel one, or **snooze** and a number to move it by a day.
bot-followup-cancel-ok = Reminder { $number } is cancelled.
bot-followup-snooze-ok = Reminder { $number } is moved to { $when }.
bot-followup-unknown = I have no reminder { $number } for you.
bot-timezone-unknown = I do not know that time zone, so I kept the previous setting. Write it like **Europe/Berlin** or **Asia/Tehran**.
# A moment on the person's clock, in their time zone: $weekday is 1 (Monday) to 7 (Sunday), $month 1 to 12;
# $day, $year and $time (hours:minutes, 24 h) are ready to show. Arrange them as your language does.
bot-when = { $weekday ->
        [1] Mon
        [2] Tue
        [3] Wed
        [4] Thu
        [5] Fri
        [6] Sat
       *[7] Sun
    } { $day } { $month ->
        [1] Jan
        [2] Feb
        [3] Mar
        [4] Apr
        [5] May
        [6] Jun
        [7] Jul
        [8] Aug
        [9] Sep
        [10] Oct
        [11] Nov
       *[12] Dec
    } { $year }, { $time }
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
    Here is a copy of everything kept about you. It comes right after this message, as an encrypted file named **{ $file }**, and holds:
    - your settings, and what I remember from one conversation to the next (such as your last wellbeing score)
    - the latest conversation in each of your chats with me, with its answers ({ $conversations }); earlier conversations are not kept
    - reminders: { $reminders } · files you sent: { $files } (described, not sent again) · cases with the team: { $cases }
    - your account's public security key, if I have seen it
    Anyone who can open this chat can read the file: save it somewhere safe, then delete it here. Write **delete my data** to erase everything.
bot-privacy-export-empty = Nothing is kept about you at the moment.
bot-privacy-export-failed = I could not attach the file just now. Please write **my data** again in a little while.

## help: one line on how to reach a person (then the list above, then the question that waits);
## in team mode, who they are talking with.

bot-help-person = To talk with a person from our team, write **mentor**.
bot-help-team = You are talking with our team about { $case }: what you write here goes to them. Write **menu** to talk with me, the bot, again.

## What the team promises: shown when a case opens and in the crisis reply. Admins: say here
## honestly when someone reads messages and how long an answer can take, in every language.

care-hours = Someone from the team reads messages on working days; an answer can take a day.
care-now = If you need someone sooner, these can help at any hour:

## Someone without consent to storage, after a flow escalated with answers: ask first (one line).

bot-share-ask = May I send your answers from this conversation to the team, so that they know what you told me? Please answer **yes** or **no**.
bot-share-sent = Sent: the team can read your answers with your request.
bot-share-kept = All right: your answers were not sent. The team knows only that you need someone.
## A person's protection plan (made by the risk check; "my plan"; mentors' suggestions).

plan-made-head = **Your plan**
plan-line = **{ $number }.** { $step }
plan-line-why = Why: { $why }
plan-line-own = (in your own words)
plan-line-mentor = (suggested by your mentor)
plan-line-remind = I will ask you about it on { $when }.
plan-made-kept = { $replaced ->
        [yes] It replaces your earlier plan. I keep it encrypted, like your answers: type **my plan** to see it at any time, and **delete my data** erases it.
       *[no] I keep it encrypted, like your answers: type **my plan** to see it at any time, and **delete my data** erases it.
    }
plan-made-not-kept = You chose not to let me keep your answers, so I will not keep this plan either, nor remind you of it. If you want to keep it, copy it somewhere safe.
plan-none = You have no protection plan yet. To make one, type **menu** and choose the protection plan: a short risk check that ends in a few steps you choose.
plan-show-head = **Your protection plan** (made { $when }):
plan-show-foot = To review it or make a new one, type **menu** and choose the protection plan. Plans change, and that is all right.
plan-step-reminder = You asked me to check back about a step of your protection plan. Type **my plan** to see it.
plan-step-due =
    A step from your protection plan:
    { $step }
    Did you manage it? If not, that is all right — plans change. Type **my plan** to see your plan, or **mentor** to talk it through with a person.
plan-suggest-ask =
    Your mentor suggests a step for your protection plan:
    { $step }
    Would you like to add it to your plan? Answer **yes** or **no**.
plan-suggest-added = Added to your plan. Type **my plan** to see it.
plan-suggest-no = All right, I did not add it.
plan-share-ask = Your mentor would like to see your protection plan, to help you with it. May they? Answer **yes** or **no**.
plan-share-yes = Thank you. Your mentors can now see your plan when they ask for it. To change that, make your plan again from the **menu**.
plan-share-no = All right, your plan stays with you.
