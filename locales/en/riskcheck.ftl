### reviewed: yes
## Risk check and protection plan. Holistic security practice: risk grows with
## threats and with what leaves a person exposed, and shrinks with what protects
## them. The steps (riskcheck-step-*) are kept and shown again later ("my plan"):
## each is one sentence, with no variables; riskcheck-why-* says why, in one.

riskcheck-title = My protection plan
riskcheck-description = A short risk check — where you are, your digital security, how you are doing — that ends in a few next steps you choose.
riskcheck-intro =
    This is a short risk check. It looks at three sides of your safety together: where you live and move, your digital security, and how you are doing. It takes about five minutes, and you can skip any question with **skip**.
    At the end I suggest a few next steps, one at a time: you keep, change or leave out each one. What you keep is your protection plan.

## Where you are
riskcheck-where = First: where are you at the moment?
riskcheck-where-home = In my country, where I live and work
    .synonyms = at home, in my country, my country
riskcheck-where-moving = On the move, or in transit
    .synonyms = moving, on the move, in transit, transit, travelling
riskcheck-where-exile = Living outside my country
    .synonyms = exile, in exile, abroad, outside my country
riskcheck-where-known = You told me before that you live outside your home country, so these questions are about where you live now.
riskcheck-opt-partly = Partly: some places or times feel unsafe
    .synonyms = partly, sometimes, some places

## At home
riskcheck-home-place = Where you live and where you work: do you feel reasonably safe there?
riskcheck-home-routine = Do you take the same routes at the same times most days — to work, to meetings, back home?

## On the move
riskcheck-moving-route = Does someone you trust know your route, and when you should arrive at each stage?
riskcheck-moving-documents = Are copies of your important documents (passport, ID, papers) kept safely, apart from the originals — for example with someone you trust?

## In exile
riskcheck-exile-place = Where you live now: do you feel reasonably safe there?
riskcheck-exile-known = Could people working for your home country's authorities — or people who report to them — know where you live now?
riskcheck-exile-family = Have your family or friends back home been questioned or pressured because of you?

## Everyone
riskcheck-whereabouts = Does someone you trust usually know where you are, and what to do if you do not get in touch as agreed?
riskcheck-incidents = In the last months, has anything happened that worried you — being followed or watched, threats, strange visits, someone getting into your accounts?

## Digital and wellbeing: from the checks already done, not asked again
riskcheck-digital-known = On the digital side, I use your answers from the digital security check: { $profile_hygiene_total ->
        [0] none of its practices applied to you.
       *[other] { $profile_hygiene_score } of { $profile_hygiene_total } practices were in place.
    }
riskcheck-digital-unknown = On the digital side, I will not ask questions here: you have not done the digital security check yet, so I may suggest it as a step.
riskcheck-wellbeing-known = On how you are doing, I use your last wellbeing check-in: your score was { $profile_who5 } out of 100.
riskcheck-coping = How have you been coping lately, with everything going on?
riskcheck-coping-well = Fairly well
    .synonyms = well, fine, good, ok
riskcheck-coping-so-so = Up and down
    .synonyms = so so, so-so, up and down, mixed
riskcheck-coping-badly = Not well
    .synonyms = badly, not well, bad, hard

## Threats
riskcheck-threat-who = Who could want to harm you or stop your work? You can choose several (for example “1, 5”).
riskcheck-who-state = The authorities: police, security services, courts
    .synonyms = authorities, police, state, government
riskcheck-who-armed = Armed or criminal groups
    .synonyms = armed groups, criminals, gangs
riskcheck-who-powerful = Companies or powerful people
    .synonyms = companies, powerful people
riskcheck-who-near = People around me: community, family, colleagues
    .synonyms = community, family, people around me
riskcheck-who-online = People online: trolls, unknown accounts
    .synonyms = online, trolls
riskcheck-threat-what = What could they do? You can choose several.
riskcheck-what-watched = Watch or follow me
    .synonyms = surveillance, watch, follow
riskcheck-what-smeared = Harass me or smear my name
    .synonyms = harassment, smear, harass
riskcheck-what-attacked = Attack me physically
    .synonyms = attack, violence, physical
riskcheck-what-arrested = Arrest me, charge me, or stop me from travelling
    .synonyms = arrest, charges, travel ban, prison
riskcheck-what-family = Pressure my family
    .synonyms = family, pressure my family
riskcheck-what-hacked = Get into my accounts or devices
    .synonyms = hacking, hack, accounts, devices
riskcheck-likelihood = How likely does that feel in the coming months?
riskcheck-likelihood-unlikely = Unlikely
    .synonyms = unlikely, not likely
riskcheck-likelihood-possible = Possible
    .synonyms = possible, maybe possible
riskcheck-likelihood-likely = Likely
    .synonyms = likely, very likely

## What protects you
riskcheck-trusted = Is there someone you trust whom you could call at any hour if something happened?
riskcheck-network = Are you in touch with an organisation or a network that could act for you — a lawyer, a human rights group, a protection programme?
riskcheck-habits = What already helps keep you safe or well? A few words are enough.
riskcheck-picture = Thank you. Risk grows with threats and with what leaves you exposed — and it shrinks with what protects you. You already have:
riskcheck-has-trusted = someone you trust to call at any hour
riskcheck-has-network = an organisation or network that could act for you
riskcheck-has-whereabouts = someone who knows where you are
riskcheck-has-route = someone who knows your route
riskcheck-has-documents = copies of your documents, kept safely
riskcheck-has-habits = your own habits: { $habits }
riskcheck-picture-none = Thank you. Risk grows with threats and with what leaves you exposed — and it shrinks with what protects you. Let us look at what could protect you more.

## The plan
riskcheck-plan-intro = From your answers, here { $count ->
        [one] is one step
       *[other] are { $count } steps
    } you could take. You decide about each one.
riskcheck-step-safe-place = Find a place where you can stay for a few days if you have to leave quickly, and tell one trusted person about it.
riskcheck-why-safe-place = You said you do not feel safe where you live or work; a known safe place makes a quick decision easier.
riskcheck-step-family = Agree with your family what they will say, and whom they will call, if they are questioned about you.
riskcheck-why-family = Pressure on family is a common way to reach people who left; being prepared protects them and you.
riskcheck-step-checkin = Agree with one trusted person to check in at set times, and what they should do if you do not.
riskcheck-why-checkin = If something happens, someone who expects to hear from you can act quickly.
riskcheck-step-address = Share your address with as few people as possible, and keep it off social media and public documents.
riskcheck-why-address = People who report to your home country's authorities may try to find out where you live.
riskcheck-step-rest = Plan one thing each week that gives you rest or joy, and tell someone you trust how you are doing.
riskcheck-why-rest = Stress wears down your ability to stay safe; looking after yourself is part of your protection.
riskcheck-step-log = Write down each incident — date, place, what happened, who was there — and keep the notes somewhere safe.
riskcheck-why-log = A written record helps you see patterns, and helps mentors, lawyers and organisations act for you.
riskcheck-step-documents = Make copies of your important documents and leave them with someone you trust, or in a safe encrypted place.
riskcheck-why-documents = On the move, papers get lost or taken; copies make it much easier to prove who you are.
riskcheck-step-hygiene = Take the digital security check from the menu: about ten minutes, and it ends with your own next steps.
riskcheck-why-hygiene = Many attacks on defenders start with an account or a phone; the check shows where you stand.
riskcheck-why-twofactor = Two-step login stops most account takeovers, even when a password leaks.
riskcheck-why-border = Devices can be searched or taken at borders; carrying less protects you and the people in your contacts.
riskcheck-step-lawyer = Save the number of a lawyer or legal aid group you could call if you are arrested, and give it to someone you trust.
riskcheck-why-lawyer = The first hours after an arrest matter most, and a lawyer who is already known can act at once.
riskcheck-step-routine = Vary your routes and times from time to time, especially to and from places where people expect you.
riskcheck-why-routine = A fixed routine makes it easy for someone to watch or wait for you.
riskcheck-step-network = Get in touch with one organisation that supports human rights defenders, before you need them.
riskcheck-why-network = Organisations and networks can act for you quickly — but it helps if they already know you.
riskcheck-why-updates = Updates close the holes that spyware and attackers use.
riskcheck-why-location = Location sharing and trackers can show others where you are.
riskcheck-step-talk = Talk your situation through with someone from the team: type mentor at any time.
riskcheck-why-talk = You said harm feels likely; a person can help you think through what to do next.
riskcheck-step-revisit = Do this check again in a few months, or sooner if something changes.
riskcheck-why-revisit = Risks change; looking again keeps your plan useful.

## After the plan
riskcheck-review-invite = It has been three months since you made your protection plan. Would you like to look at it again with a short risk check?
riskcheck-review-set = In three months, I will ask whether you would like to look at your plan again.
riskcheck-share = One last question: if you talk with a mentor here, may they see your plan when they ask for it?
riskcheck-done = That is your plan. Type **my plan** to see it at any time, **menu** to do something else, or **mentor** to talk it through with a person.
riskcheck-none-kept = You kept no step this time, and that is all right: if you had a plan before, it stays as it was. Type **menu** for other options, or **mentor** to talk with a person.
