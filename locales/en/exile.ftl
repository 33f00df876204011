### reviewed: yes
## Life in exile: a small hub, and the optional arrival date for the first-year check-ins.
exile-title = Life in exile
exile-description = What you left behind, thinking of visiting home, pressure from home, support for people in exile, and check-ins during your first year.
exile-arrival-intro = Life after leaving has its own stages. If you tell me when you arrived where you live now, I can offer you short check-ins during your first year — after about a week, a month, 3, 6 and 12 months — each with what tends to matter at that point. It is optional, and only the month and the year are kept.
exile-arrival-year = In which year did you arrive? For example 2025. (Optional: type **skip**.)
exile-arrival-month = And in which month? Answer with its number, from 1 for January to 12 for December. (Optional: type **skip**.)
exile-journey-optin = Would you like these check-ins? Each time, you can say yes, later or no, and you can stop them at any moment by writing **stop**.
exile-journey-on = Thank you, noted. I will check in with you at those moments. To change your arrival date, choose it in this menu.
exile-journey-off = Thank you, noted. I won't send these check-ins; you can change that in this menu at any time.
exile-arrival-skipped = No problem. If you change your mind, you can tell me later in this menu.
exile-month-skipped = Thank you, noted. Without the month I can't time the first-year check-ins; you can add it later in this menu.
exile-choose = What would you like to look at?
exile-opt-leftbehind = What I left behind: devices, SIM card, accounts
    .synonyms = left behind, devices, sim
exile-opt-visithome = Thinking of visiting home
    .synonyms = visiting home, visit, travel home
exile-opt-repression = Pressure from home, on me or my family
    .synonyms = pressure from home, repression
exile-opt-resources = Support for people in exile
    .synonyms = support, resources
exile-opt-arrival = When I arrived, for the first-year check-ins
    .synonyms = arrival, arrived, check-ins
exile-opt-person = Talk to a person
    .synonyms = talk
exile-opt-back = Back to the menu
    .synonyms = back to menu
exile-person-topic = Of course. In a few words, what would you like to talk about? It helps the mentor prepare. You can also type **skip**.
exile-person-reason = Would like to talk (life in exile).
exile-person-done =
    Thank you. I have told the team. Someone from the team will read this as soon as they can and write to you here.
    If you are in danger right now, please also reach out to someone near you whom you trust.
