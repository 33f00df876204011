### reviewed: yes
## Pressure from home: transnational repression and pressure on family back home.
repression-title = Pressure from home, on me or my family
repression-description = When the authorities of your home country reach you abroad, or reach you through your family: tell a mentor, and get first steps.
repression-intro = This is for pressure from your home country's authorities that reaches you where you live now, or reaches you through the people close to you. I will ask a few questions so that a mentor can help, and give you some first steps. Share only what you are comfortable with: you can type **skip** for most questions. Type **mentor** at any time to reach a person now.
repression-danger = First, the most important question: is anyone — you, or someone close to you — in immediate danger right now, for example held, hurt or threatened with violence?
repression-urgent-reason = Immediate danger to the person or someone close (pressure from home).
repression-urgent-reply =
    I have told the team and marked this **urgent**. Someone from the team will read this as soon as they can.
    While you wait, if you can do so safely:
    - if you are in danger yourself, go to a safer place or to people you trust, and tell someone you trust where you are;
    - if someone close to you is held, write down when, where and by whom, and who else knows;
    - if your life is at risk and it is safe to contact them, call the local emergency services.
repression-urgent-end = Stay in this chat if you can: this is where the team will answer you. Type **mentor** if you need to reach a person again.
repression-kinds = What is happening? You can choose several: write their numbers separated by commas, for example “1, 3”.
repression-kind-family-threats = Threats, summons or visits to my family back home
    .synonyms = threats to family, summons, visits
repression-kind-family-detained = A relative or colleague back home detained or questioned
    .synonyms = detained, arrested, questioned, interrogated
repression-kind-relatives = Pressure on me through relatives, for example to stop or to come back
    .synonyms = relatives, pressure through family
repression-kind-documents = Passport or consular services refused, documents blocked
    .synonyms = passport, consulate, documents
repression-kind-notice = An INTERPOL notice or an extradition request, or fear of one
    .synonyms = interpol, red notice, extradition
repression-kind-informants = Informants or infiltration in the diaspora
    .synonyms = informants, infiltration, spies
repression-kind-smear = A smear campaign by the home state or its media
    .synonyms = smear, smear campaign, propaganda
repression-kind-online = Threats on my social media here
    .synonyms = online, social media
repression-kind-other = Something else
    .synonyms = other
repression-details = In a few words, what happened? (Optional: type **skip**.)
repression-affected = Who is affected? You can choose several.
repression-affected-me = Me
    .synonyms = me, myself
repression-affected-family = My family
    .synonyms = family, my family
repression-affected-colleagues = Colleagues or friends in the movement
    .synonyms = colleagues, friends, movement
repression-ongoing = Is it still going on?
repression-state = Which country's authorities do you think are behind it? (Optional: type **skip**.)
repression-steps = Thank you for telling me. Some first steps that help many people in your situation:
repression-step-family-detained = If a relative or colleague is held: write down when, where and by whom, and look for a lawyer back home through people you trust. Talk with a mentor before saying anything in public: publicity can protect or endanger, depending on the case.
repression-step-family-threats = Agree with your family on a safe way to stay in touch (for example Signal with disappearing messages) and on what they can say if they are questioned: the truth, that they know little, is often the safest. Write down each visit, call or summons — date, who, what was said.
repression-step-notice = If you fear an INTERPOL notice or an extradition request, talk to a lawyer before any travel, even to nearby countries. Notices can be challenged before INTERPOL's own review body (the Commission for the Control of INTERPOL's Files); a lawyer can tell you whether that fits your case.
repression-step-relatives = You don't have to answer pressure passed on by relatives right away. Decide together how to reply in a way that protects them, and keep the messages: requests to come back or to stop can be documented.
repression-step-informants = Be careful what you share in diaspora groups and chats: plans, addresses, and the names of people back home. Check who is in your group chats, use disappearing messages, and meet new contacts in public until someone you trust can vouch for them.
repression-step-online = Save the evidence (screenshots with date and link), then report and block. Make your profiles more private — who can see your posts, friends and location — and look for accounts pretending to be you. The Digital First Aid Kit helps with online harassment: https://digitalfirstaid.org/
repression-step-smear = Keep screenshots with date and link before reporting anything. Don't argue with the attackers; a short, calm statement with allies is often enough. Check your accounts' security: smear campaigns sometimes come with attempts to break into accounts.
repression-step-documents = Keep copies of your documents and of every refusal. A lawyer or a refugee-support organisation where you live can explain your options, such as protection status or travel documents.
repression-step-other = Write down what happened, with dates, and keep the messages. A mentor can help you think through what to do next.
repression-share = What may the mentors see?
repression-share-none = Not my answers, only that I need help
    .synonyms = nothing, only that i need help
repression-reason = Pressure from the home country (transnational repression).
repression-done =
    Thank you. Your report is with the team now.
    What happens next: someone from the team will read it as soon as they can and write to you here, in this chat. The most urgent situations are handled first.
    If things change or you or your family are in danger, type **mentor** at any time.
