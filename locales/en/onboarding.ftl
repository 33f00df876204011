### reviewed: yes
## First contact: welcome, language, privacy notice and consent, time zone.

onboarding-title = Getting started
onboarding-description = Welcome, language, privacy and time zone.
onboarding-welcome =
    Hello, and welcome. I am Continuum, an automated assistant of this organisation.
    I can help you check your digital security, see how you are doing, report a threat or pressure from home, and look after what life in exile brings — and I can put you in touch with a mentor, a real person from the organisation.
    This chat is end-to-end encrypted. Type **mentor** at any time to reach a person.
onboarding-not-emergency =
    Please know that I am not an emergency service, and a person may not be able to answer right away.
    If you are in danger now, and if it is safe, contact local emergency services or someone you trust nearby. Human rights defenders at immediate risk can reach the **Front Line Defenders** emergency line, day and night: https://www.frontlinedefenders.org/emergency-contact
onboarding-privacy =
    Before we start, here is how your information is handled:
    - **What is kept:** your answers, stored encrypted on our server.
    - **For how long:** by default, answers for 90 days and closed cases for 180 days. Your organisation may set other periods.
    - **Who sees it:** only the mentors of this organisation, and only what you agree to share with them.
    - **Emoji reactions:** if you answer by tapping a reaction, that tap is not end-to-end encrypted: the server can see which emoji you tapped, but not the question. You can always type your answer instead.
    - **Your control:** at any time, type **my data** to get a copy of what is kept, or **delete my data** to erase it.
onboarding-consent = Do you agree to continue on these terms?
onboarding-consent-hint = Please answer **yes** or **no**. If you have a question first, type **mentor**.
onboarding-timezone-intro = Thank you. Two last questions, both optional.
onboarding-declined =
    That is completely fine. None of your answers will be kept. I remember where we are, and your language, only while we talk: if I restart, I forget them.
    What would you like to do?
onboarding-opt-person = Talk to a person, without storing my answers
    .synonyms = talk, without storing
onboarding-opt-agree = I changed my mind: show me the terms again
    .synonyms = agree, terms, again
onboarding-opt-end = Stop here
    .synonyms = end, bye
onboarding-person-reason = Would like to talk, without agreeing to storage: no answers are shared.
onboarding-person-done = I have told the team that someone would like to talk — without any of your answers. Someone from the team will read this as soon as they can and write to you here.
onboarding-declined-end = All right. None of your answers have been kept. If you change your mind, just write to me again.
