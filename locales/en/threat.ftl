### reviewed: yes
## Threat or incident report.

threat-title = Report a threat or an incident
threat-description = Tell a mentor what happened, so that they can help.
threat-intro = I will ask a few questions about what happened, so that a mentor can help you. Share only what you are comfortable with: you can type **skip** for most questions. Type **mentor** at any time to reach a person now.
threat-danger = First, the most important question: are you in immediate danger right now, or is an attack happening right now?

threat-urgent-reason = Immediate danger or an attack in progress (threat report).
threat-urgent-reply =
    I have alerted the mentors and marked this **urgent**. A person will write to you here as soon as possible.
    While you wait, if you can do so safely:
    - go to a safer place, or to people you trust;
    - tell someone you trust where you are;
    - if someone is inside your accounts right now, change your email password from a device you trust, and log out all other sessions.
    If your life is at risk and it is safe for you to contact them, call the local emergency services.
threat-urgent-end = Stay in this chat if you can: the mentor will write here. Type **mentor** if you need to reach a person again.

threat-kind = What happened? Choose what fits best.
threat-kind-surveillance = Surveillance: being watched, followed or monitored
    .synonyms = surveillance, watched, followed
threat-kind-account = An account hacked, or another digital attack
    .synonyms = hacked, account, digital
threat-kind-harassment = Online harassment, threats or a smear campaign
    .synonyms = harassment, online
threat-kind-physical = A physical threat or attack
    .synonyms = physical, attack
threat-kind-legal = Legal or administrative pressure (summons, charges, visa, bank…)
    .synonyms = legal, administrative
threat-kind-detention = A colleague, friend or relative was detained
    .synonyms = detention, detained, arrest, arrested
threat-kind-other = Something else
    .synonyms = other
threat-details = In a few words, what happened? (Optional: type **skip**.)
threat-timing = When did it happen, or when did it start? A date or "last week" is enough.
threat-timing-hint = A rough answer is fine, for example "yesterday", "since March" or "I don't know".
threat-ongoing = Is it still going on?

threat-impact = If it continues or happens again, how serious would it be for you or for others?
threat-impact-minor = Unpleasant, but manageable
    .synonyms = minor, manageable
threat-impact-serious = Serious: it affects my safety, work or health
    .synonyms = serious
threat-impact-severe = Severe: a risk to life, liberty, or people close to me
    .synonyms = severe
threat-likelihood = How likely is it to happen again, or to get worse, soon?
threat-likelihood-unlikely = Unlikely
threat-likelihood-possible = Possible
threat-likelihood-likely = Likely

threat-where = Where did it happen? A country or a city is enough — no exact address. (Optional: type **skip**.)
threat-who = Do you know or suspect who is behind it? (Optional: type **skip**.)
threat-affected = Is anyone else affected or at risk — family, colleagues, contacts? (Optional: type **skip**.)

threat-evidence =
    Do you have a screenshot, a photo or a file that shows what happened? Send one now, or type **skip**.
    Tip: keep the originals and don't delete the messages or posts; note dates and links. Think about whether a file could expose someone else.
threat-evidence-more = Received, thank you. Would you like to send another one?
threat-evidence-next = Send the next file, or type **skip**.
threat-evidence-max = Thank you, I have three files. If you have more, the mentor can receive them directly.

threat-steps-taken = Have you already done something about it — for example changed passwords, told someone, or reported it? (Optional: type **skip**.)
threat-help = What kind of help would you like? You can choose several, separated by commas.
threat-help-digital = Securing my accounts or devices
threat-help-documentation = Documenting what happened
threat-help-legal = Legal advice or contacts
threat-help-psychosocial = Someone to talk to, emotional support
threat-help-physical = Physical safety or temporary relocation
threat-help-funds = Emergency financial support
threat-share = What may the mentors see?
threat-share-none = Not my answers, only that I need help
threat-contact-times = When is it safe and convenient for a mentor to write to you? For example "weekdays after 6 pm". (Optional: type **skip**.)
threat-reason = Threat or incident report.
threat-done =
    Thank you. Your report is with the mentors now.
    What happens next: a mentor will read it and write to you here, in this chat. The most urgent situations are handled first. You don't need to do anything else now.
    If things change or you feel in danger, type **mentor** at any time. To see or erase what is kept, type **my data** or **delete my data**.
