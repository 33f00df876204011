### reviewed: yes
## Crisis words. The bot looks for these in every message, at any step, in every language
## (a person may write in another language than the one they chose). A hit gets the crisis
## reply below at once and an urgent case for the team. See docs/CARE.md.
##
## Admins: add phrases freely — one per entry, separated by commas or new lines.
## - Matching ignores case, accents, apostrophes ("dont" = "don't") and punctuation, and forgives
##   one typo in words of six letters or more. Write an entry in double quotes ("detained") to
##   match it exactly, without typos: for words one typo away from an everyday word.
## - A phrase matches whole words next to each other. End a word with * to match every word
##   starting so (suicid* = suicide, suicidal, …).
## - A phrase of one word does not count when a negation word (crisis-negations) stands right
##   before it: "not suicidal". A phrase of several words always counts, even with its own
##   negation inside ("don't want to live").
## - `continuum flows check` refuses entries shorter than 4 letters, numbers, keywords and answer
##   words (yes, no, skip …). False alarms are acceptable; missing a person in crisis is not.

# Thoughts of suicide or self-harm.
crisis-selfharm =
    suicide, suicidal, commit suicide, suicide attempt,
    kill myself, killing myself, kill my self, end my life, ending my life, end my own life,
    take my own life, take my life, end it all, ending it all, end everything,
    want to die, wanna die, wish i was dead, wish i were dead, better off dead, rather be dead,
    dont want to live, do not want to live, dont want to be alive, dont want to be here anymore,
    no reason to live, nothing to live for, not worth living, tired of living,
    better off without me, cant go on like this, cannot go on like this, cant go on anymore,
    cant take it anymore, cannot take it anymore,
    hurt myself, hurting myself, harm myself, harming myself, cut myself, cutting myself,
    self harm, selfharm, "overdose", take an overdose, took an overdose, hang myself, slit my wrists

# Immediate danger: someone coming, following, arresting, taking a person.
crisis-danger =
    they are coming for me, theyre coming for me, coming to get me, they came for me,
    i am being followed, im being followed, being followed right now, someone is following me,
    they are following me, followed me home,
    they arrested, arrested me, have been arrested, has been arrested, was arrested, were arrested,
    being arrested, "detained", detained me, "abducted", "kidnapped", taken away by the police,
    i am in danger, im in danger, we are in danger, my life is in danger, in immediate danger,
    in danger right now, not safe right now, they are at my door, at my door right now,
    banging on my door, they are outside my house, they are outside my door, police raid, broke into my home

# A negation word right before a one-word phrase cancels it ("not suicidal").
crisis-negations = not, no, never, dont, didnt, isnt, arent, wasnt, neither, nor, without
# Negation words that come after the word they negate (used in Persian, Dari and Pashto).
crisis-negations-after = { "" }
# Phrases that hold a one-word crisis phrase but are not a crisis; that word then does not count.
crisis-ignore =
    suicide bomber, suicide bombers, suicide bombing, suicide bombings, suicide attack, suicide attacks,
    suicide squad, suicide vest

## The crisis reply: all of it in one message, in this order.

crisis-reply = { $kind ->
    [danger] I hear you, and I take this seriously. **Are you safe right now?** If you can, move to a safer place, or close to someone you trust.
   *[selfharm] Thank you for telling me. I am really glad you did — you don't have to carry this alone. **Are you safe right now?**
}
crisis-telling-team = I am telling the team now, and marking it urgent. What you write here next goes to them too.
crisis-no-team = I am sorry: right now no person can be reached through this chat.
crisis-continue = I have paused what we were doing. Whenever you want, write **continue** to go back to it, or **menu** for the list.
# A second crisis message soon after the first: not the whole reply again.
crisis-again = I am here, and the team knows. If you are in danger now, please use the contacts I gave you above.

## For the mentors (in the default language).

crisis-reason-selfharm = They wrote words of suicide or self-harm in the chat.
crisis-reason-danger = They wrote words of immediate danger in the chat.
crisis-words-withheld = They did not agree to share their messages, so their words are not shown.
