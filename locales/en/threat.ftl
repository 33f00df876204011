### reviewed: yes
## Threat or incident report.

threat-title = Report a threat or an incident
threat-description = Tell a mentor what happened, so that they can help.
threat-intro = I will ask a few questions about what happened, so that a mentor can help you. Share only what you are comfortable with: you can type **skip** for most questions. Type **mentor** at any time to reach a person now.
threat-danger = First, the most important question: are you in immediate danger right now, or is an attack happening right now?

threat-urgent-reason = Immediate danger or an attack in progress (threat report).
threat-urgent-reply =
    I have told the team and marked this **urgent**. Someone from the team will read this as soon as they can.
    While you wait, if you can do so safely:
    - go to a safer place, or to people you trust;
    - tell someone you trust where you are;
    - if someone is inside your accounts right now, change your email password from a device you trust, and log out all other sessions.
    If your life is at risk and it is safe for you to contact them, call the local emergency services.
threat-urgent-end = Stay in this chat if you can: this is where the team will answer you. Type **mentor** if you need to reach a person again.
threat-channel = Before we go on: are you writing from a phone, computer or account that may be affected by what happened?
threat-channel-safe = No, this device is safe as far as I know
    .synonyms = no, safe
threat-channel-affected = Yes, it may be affected
    .synonyms = yes, affected
threat-channel-tip = Thank you for checking. If you can, go on from a device you trust: log in to this chat there and write **menu**. If you can't, carry on here — keep to the facts, and don't type new passwords on this device until someone has looked at it.

threat-kind = What happened? You can choose several: write their numbers separated by commas, for example “2, 4”.
threat-kind-surveillance = Surveillance: being watched, followed or monitored
    .synonyms = surveillance, watched, followed
threat-kind-account = An account hacked, or another digital attack
    .synonyms = hacked, account, digital
threat-kind-device = A phone or computer lost, stolen or seized
    .synonyms = device, lost, stolen, seized, confiscated
threat-kind-spyware = Suspected spyware, or a warning from Apple, Google or Meta about attackers
    .synonyms = spyware, warning, threat notification
threat-kind-harassment = Online harassment, threats or a smear campaign
    .synonyms = harassment, online
threat-kind-physical = A physical threat or attack
    .synonyms = physical, attack
threat-kind-legal = Legal or administrative pressure (summons, charges, visa, bank…)
    .synonyms = legal, administrative
threat-kind-detention = A colleague, friend or relative was detained
    .synonyms = detention, detained, arrest, arrested
threat-kind-repression = Pressure from my home country on me or my family abroad (transnational repression)
    .synonyms = pressure from home, transnational repression, repression
threat-kind-other = Something else
    .synonyms = other
threat-offer-repression = There is a report made for pressure from the home country — threats to family, documents refused, INTERPOL notices, informants, smear campaigns — with first steps for each. Would you like to continue with that one instead? If not, we go on here.
threat-details = In a few words, what happened? (Optional: type **skip**.)
threat-platform = Which accounts, apps or devices are concerned? For example Gmail, WhatsApp, Instagram, an iPhone, an Android phone, Windows. (Optional: type **skip**.)
threat-access = Can you still get into the affected account or device?
threat-access-full = Yes, I still have full access
    .synonyms = yes, full
threat-access-partly = Partly: something has changed or is locked
    .synonyms = partly, partially
threat-access-lost = No, I have lost access
    .synonyms = no, lost, locked out
threat-device-tip = When a phone or computer is out of your hands, what matters most is what it can still open. From a device you trust, sign it out of your email and cloud accounts, remove it from the linked devices of Signal, WhatsApp and Telegram, and change the passwords it knew. The Digital First Aid Kit has a guide for lost and seized devices: https://digitalfirstaid.org/
threat-spyware-tip = Until someone has looked at it, please don't reset or wipe the phone: a check needs it as it is. Use another device for sensitive conversations if you can, and on an iPhone turn on Lockdown Mode. A real warning from Apple, Google or Meta never asks you to click a link or install anything. The Access Now Helpline can help check a phone: https://www.accessnow.org/help/
threat-access-tip = Losing access is stressful, and it can be fixed more often than it seems. From a device you trust, use the service's own account-recovery page, and don't accept help from strangers who contact you about it. The Digital First Aid Kit walks you through it step by step: https://digitalfirstaid.org/
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
    Thank you. Your report is with the team now.
    What happens next: someone from the team will read it as soon as they can and write to you here, in this chat. The most urgent situations are handled first. You don't need to do anything else now.
    If things change or you feel in danger, type **mentor** at any time. To see or erase what is kept, type **my data** or **delete my data**.
threat-offer-plan = When you feel ready, a short risk check can turn what happened into a few next steps of your own — or review your plan if you have one: type **menu** and choose the protection plan.
threat-plan-later = When you feel ready, a short risk check can turn what happened into a few next steps of your own. In three days I will ask whether you would like to do it — or type **menu** and choose the protection plan at any time.
threat-plan-invite = A few days ago you told us about a threat or an incident. A short risk check can help you make a protection plan, or review the one you have, in the light of what happened. Would you like to do it now?
