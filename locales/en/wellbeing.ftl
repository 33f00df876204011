### reviewed: yes
## Wellbeing check-in. The five wellbeing-who5-* items are the WHO-5
## Well-Being Index (© Psychiatric Research Unit, WHO Collaborating Centre in
## Mental Health, Frederiksborg General Hospital; free to use). It is a
## validated instrument: translations must keep each item's meaning exact.

wellbeing-title = Wellbeing check-in
wellbeing-description = Five short questions about how you have been feeling, and a person if you would like one.
wellbeing-intro =
    This is a short check-in about how you have been feeling over the last two weeks. It is not a test and not a diagnosis. You can stop at any time (type **stop**), or type **mentor** to reach a person.
    For each statement, answer with the number that fits best.

# The answer scale of the WHO-5, repeated under each statement.
-who5-scale = 5 = all of the time · 4 = most of the time · 3 = more than half of the time · 2 = less than half of the time · 1 = some of the time · 0 = at no time

wellbeing-who5-1 =
    (1/5) Over the last two weeks, I have felt cheerful and in good spirits.
    { -who5-scale }
wellbeing-who5-2 =
    (2/5) Over the last two weeks, I have felt calm and relaxed.
    { -who5-scale }
wellbeing-who5-3 =
    (3/5) Over the last two weeks, I have felt active and vigorous.
    { -who5-scale }
wellbeing-who5-4 =
    (4/5) Over the last two weeks, I woke up feeling fresh and rested.
    { -who5-scale }
wellbeing-who5-5 =
    (5/5) Over the last two weeks, my daily life has been filled with things that interest me.
    { -who5-scale }
wellbeing-who5-hint = Please answer with one number from 0 (at no time) to 5 (all of the time).

wellbeing-crisis = One more question, one that we ask everyone. Lately, have you had thoughts of harming yourself or of ending your life — or are you in danger right now?
wellbeing-crisis-opt-selfharm = Yes, I have had thoughts of harming myself
    .synonyms = yes, thoughts, harm
wellbeing-crisis-opt-danger = Yes, I am in danger right now
    .synonyms = danger
wellbeing-crisis-opt-rather-not = I would rather not say
    .synonyms = rather not, pass
wellbeing-crisis-reason = Answered yes to the safety question of a wellbeing check-in.
wellbeing-crisis-reply =
    Thank you for telling me. That takes courage, and you are not alone with this.
    I have asked a mentor to contact you as soon as possible, here in this chat.
    While you wait, if you can, stay close to someone you trust, or somewhere you feel safer.
wellbeing-crisis-end = A mentor has been alerted and will write to you here. You can write at any time; type **mentor** to reach a person.
wellbeing-crisis-rather-not = That is all right, you don't have to say. If things get hard, type **mentor** at any time and a person will reach out to you.

wellbeing-result = Thank you for your answers. Your well-being score today is **{ $who5 }** out of 100 (higher means better). It is not a diagnosis — just a way to notice changes over time.
wellbeing-compare-better =
    That is { $rise } { $rise ->
        [one] point
       *[other] points
    } higher than at your last check-in ({ $previous }). Good to see — whatever is helping, keep it close.
wellbeing-compare-worse =
    That is { $drop } { $drop ->
        [one] point
       *[other] points
    } lower than at your last check-in ({ $previous }). Thank you for noticing it with me.
wellbeing-compare-same = That is about the same as at your last check-in ({ $previous }).
wellbeing-low-note = It sounds like the last two weeks have been really hard. That is an understandable reaction to what people in your situation go through, and you don't have to carry it alone. In a moment I will ask whether you would like a mentor to reach out — or type **mentor** at any time.
wellbeing-gentle-note = It sounds like things have been heavy lately. That is common under pressure and far from home, and talking to someone can help. In a moment I will ask whether you would like a mentor to reach out.
wellbeing-good-note = It is good to hear that things are going fairly well. Looking after yourself matters, especially in this work.

wellbeing-open-intro = If you like, three short open questions. Answer in your own words, or type **skip** for any of them.
wellbeing-sleep = How have you been sleeping lately?
wellbeing-isolation = Do you have people around you to talk to? How alone or connected have you felt?
wellbeing-guilt = Some people in your situation carry feelings of guilt — for example towards those who stayed behind or were arrested. Is anything like that weighing on you?

wellbeing-offer-person = Would you like a mentor to get in touch with you?
wellbeing-share = What may the mentor see?
wellbeing-share-opt-none = Only that I would like to talk
wellbeing-person-reason = Would like to talk after a wellbeing check-in.
wellbeing-person-done = Thank you. A mentor has been told and will write to you here as soon as they can.

wellbeing-offer-followup = Would you like me to check in with you again in 7 days?
wellbeing-followup-invite = Hello. It has been a week since your last check-in. Would you like to take a few minutes to see how you are doing?
wellbeing-followup-set = Done: I will write to you in 7 days. Take care of yourself until then — and type **mentor** at any time to reach a person.
wellbeing-done = Thank you for checking in. Take care of yourself. Type **menu** for other options, or **mentor** at any time to reach a person.
