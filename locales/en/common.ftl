### reviewed: yes
## Texts that every flow shares. Keep the ids; translate the words.
## Synonyms and keywords are comma-separated lists; matching ignores case, accents
## written the same way, punctuation at the ends and extra spaces.

# This language's own name, shown in language lists.
language-name = English
# The digits this language writes numbers with, from zero to nine (the bot writes numbers with them).
number-digits = 0123456789

## Option labels. An option `x` of a choice question is labelled by `option-x`.

option-yes = Yes
    .synonyms = y, yes, yeah, yep, yup, ok, okay, sure, of course, true
option-no = No
    .synonyms = n, no, nope, nah, not really, false
option-unsure = Not sure
    .synonyms = unsure, not sure, don't know, dont know, do not know, dunno, maybe, idk
option-skip = Skip
    .synonyms = skip, pass, rather not say, prefer not to say, no answer
option-na = Does not apply to me
    .synonyms = does not apply, doesn't apply, does not apply to me, not applicable, n/a, na, not relevant

## Hints, said when an answer was not understood (the question is then asked again).

hint-choice = Please answer with the number of one of the options (1 to { $count }), or with its words.
hint-choice-multiple = You can choose several options: write their numbers or words separated by commas, for example “1, 3”.
hint-yesno = Please answer **yes** or **no**.
hint-scale = Please answer with a whole number from { $min } to { $max }.
hint-number = Please answer with a number, written in digits.
hint-number-range = Please answer with a number from { $min } to { $max }, written in digits.
hint-text = Please answer in your own words (at most { $max_length } characters).
hint-attachment = Please send one image or file of at most { $max_size_mb } MB, or write **skip** if the question can be skipped.

# After several answers that were not understood.
retry-offer-person = It seems I am not understanding you well, and that is on me. Would you like to talk with a person from our team? Answer **yes** or **no**.

## The words of answer scales: `labels` of a scale question name these (value → message).
## Their text and .synonyms are accepted as answers, as option labels are.
## WHO-5 (wellbeing): keep each label's meaning exact, as in the wellbeing check-in's scale line.

scale-who5-0 = At no time
    .synonyms = never, not at all, none of the time
scale-who5-1 = Some of the time
    .synonyms = sometimes, occasionally, rarely
scale-who5-2 = Less than half of the time
    .synonyms = less than half
scale-who5-3 = More than half of the time
    .synonyms = more than half
scale-who5-4 = Most of the time
    .synonyms = mostly, often, usually
scale-who5-5 = All of the time
    .synonyms = always, all the time

## Notes from the conversation engine.

flow-restarted = This conversation was updated since we last wrote, so we start it again from the beginning. Your earlier answers are kept where they still fit.
flow-back-unavailable = There is no earlier question to go back to.
flow-not-active = This conversation has ended. Write **menu** to see what we can do together.
flow-unavailable = This conversation is not available any more. Write **menu** to see what we can do together.
flow-broken = Sorry, something went wrong in this conversation and I had to stop it. Write **mentor** to reach a person, or **menu** to start again.

## Words that work at any moment of a conversation (comma-separated).
## English words always work too, in every language.

keyword-menu = menu, main menu, start, home
keyword-back = back, go back, previous, undo
keyword-help = help, info, commands
keyword-mentor = mentor, talk to a person, a person please, human please, i need a person
keyword-language = language, languages, change language
keyword-stop = stop, quit, cancel, exit
keyword-delete = delete my data, forget me, erase my data
keyword-mydata = my data, mydata, what do you know about me
keyword-continue = continue, go on, carry on
keyword-myplan = my plan, myplan, my protection plan

## A plan, step by step (a flow's `plan` step). The engine gives `plan-step-choose`
## $number, $count, $step (the suggested step) and $why, and `plan-step-remind` $days.

plan-step-choose =
    Step { $number } of { $count }: **{ $step }**
    Why: { $why }
    Keep this step, change it into your own words, or leave it out?
plan-opt-keep = Keep it
    .synonyms = keep, keep it, keep this step, yes, ok, okay
plan-opt-change = Change it into my own words
    .synonyms = change, change it, own words, my own words, rewrite
plan-opt-drop = Leave it out
    .synonyms = leave it out, leave out, drop, drop it, remove, not this one, no
plan-step-words = How would you put it? Write the step in your own words, in one sentence — or **skip** to leave it out.
plan-step-remind = Shall I ask you in { $days ->
        [one] one day
       *[other] { $days } days
    } whether you managed this step?

## What mentors may see: the options of every consent question, always in this order
## (without my name, with my name, nothing). Each flow words its own "nothing" option.

consent-opt-pseudonymous = My answers, without my name (a pseudonym)
    .synonyms = pseudonym, pseudonymous, without my name, without name
consent-opt-full = My answers and my name (my Matrix ID)
    .synonyms = with my name, my name, with name, full

## Crisis resources, shown by flows that ask about safety (e.g. wellbeing).
## Admins: add a variant per country code (`[IR]`, `[AF]`, …) with vetted, current
## local resources. Only list services you have checked recently.

crisis-resources = { $country ->
    [DE]
        If you are in immediate danger, and if it is safe for you, call 112 or someone you trust nearby.
        - **TelefonSeelsorge**: 0800 111 0 111 or 0800 111 0 222, free and anonymous, day and night.
        - **Find A Helpline** lists free, confidential support lines by country: https://findahelpline.com
        - Human rights defenders at immediate risk can reach **Front Line Defenders**' emergency support: https://www.frontlinedefenders.org/emergency-contact
    [ES]
        If you are in immediate danger, and if it is safe for you, call 112 or someone you trust nearby.
        - **024**: the line in Spain for people with thoughts of suicide and those close to them, free, confidential, day and night.
        - **Find A Helpline** lists free, confidential support lines by country: https://findahelpline.com
        - Human rights defenders at immediate risk can reach **Front Line Defenders**' emergency support: https://www.frontlinedefenders.org/emergency-contact
    [FR]
        If you are in immediate danger, and if it is safe for you, call 112 or someone you trust nearby.
        - **3114**: the national suicide prevention line in France, free, day and night.
        - **Find A Helpline** lists free, confidential support lines by country: https://findahelpline.com
        - Human rights defenders at immediate risk can reach **Front Line Defenders**' emergency support: https://www.frontlinedefenders.org/emergency-contact
    [GB]
        If you are in immediate danger, and if it is safe for you, call 999 or someone you trust nearby.
        - **Samaritans**: 116 123, free, day and night.
        - **Find A Helpline** lists free, confidential support lines by country: https://findahelpline.com
        - Human rights defenders at immediate risk can reach **Front Line Defenders**' emergency support: https://www.frontlinedefenders.org/emergency-contact
    [US]
        If you are in immediate danger, and if it is safe for you, call 911 or someone you trust nearby.
        - **988 Suicide & Crisis Lifeline**: call or text 988, day and night.
        - **Find A Helpline** lists free, confidential support lines by country: https://findahelpline.com
        - Human rights defenders at immediate risk can reach **Front Line Defenders**' emergency support: https://www.frontlinedefenders.org/emergency-contact
   *[other]
        If you are in immediate danger, and if it is safe for you, contact local emergency services or someone you trust nearby.
        - **Find A Helpline** lists free, confidential support lines by country: https://findahelpline.com
        - **Befrienders Worldwide** lists emotional support centres around the world: https://befrienders.org
        - Human rights defenders at immediate risk can reach **Front Line Defenders**' emergency support: https://www.frontlinedefenders.org/emergency-contact
    }
urgent-outside-help =
    You can also reach these services outside this chat, at any hour:
    - **Front Line Defenders** emergency line, for human rights defenders at immediate risk: https://www.frontlinedefenders.org/emergency-contact
    - **Access Now Digital Security Helpline**, for digital emergencies, 24/7: https://www.accessnow.org/help/
exile-resources =
    Support for people in exile — international, and reachable from anywhere:
    - **Front Line Defenders**: protection grants, emergency support and wellbeing help for human rights defenders at risk, also in exile: https://www.frontlinedefenders.org/
    - **ProtectDefenders.eu**, the European Union's mechanism for human rights defenders: emergency grants and temporary relocation: https://protectdefenders.eu/
    - **Access Now Digital Security Helpline**: free help with digital security, 24/7: https://www.accessnow.org/help/
    - **Digital First Aid Kit**: step-by-step help for digital emergencies: https://digitalfirstaid.org/
    - **UNHCR Help**: information on asylum and refugees' rights, country by country: https://help.unhcr.org/
    - **Find A Helpline**: free emotional support lines in the country where you are: https://findahelpline.com
