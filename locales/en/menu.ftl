### reviewed: yes
## The main menu.

menu-title = Menu
menu-description = What I can do for you.
menu-choose = What would you like to do? Answer with a number.
menu-opt-hygiene = Check my digital security
    .synonyms = security, digital, hygiene, check
menu-opt-wellbeing = Check in on how I am doing
    .synonyms = wellbeing, well-being, check-in, feelings
menu-opt-threat = Report a threat or an incident
    .synonyms = report, threat, incident
menu-opt-riskcheck = Make or review my protection plan: a short risk check
    .synonyms = plan, risk check, risk, protection
menu-opt-repression = Pressure from home, on me or my family
    .synonyms = pressure from home, repression, family
menu-opt-exile = Life in exile: what I left behind, visiting home, support
    .synonyms = exile, life in exile
menu-opt-person = Talk to a person
    .synonyms = talk
menu-opt-end = Nothing for now
    .synonyms = nothing, end, bye

## Settings
menu-opt-settings = Settings: language, time zone, country
    .synonyms = settings, preferences
menu-settings = What would you like to change?
menu-opt-language = Language
    .synonyms = language
menu-opt-timezone = Time zone
    .synonyms = time zone, timezone, time
menu-opt-country = Country for helplines
    .synonyms = country, helplines
menu-opt-back = Back to the menu
    .synonyms = back to menu, nothing

menu-person-topic = Of course. In a few words, what would you like to talk about? It helps the mentor prepare. You can also type **skip**.
menu-person-reason = Asked to talk to a person from the menu.
menu-person-done =
    Thank you. I have told the team. Someone from the team will read this as soon as they can and write to you here.
    If you are in danger right now, please also reach out to someone near you whom you trust.
menu-bye = All right. Write to me whenever you need: type **menu** to see the options again, or **mentor** to reach a person.
