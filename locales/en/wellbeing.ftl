### reviewed: yes
## Wellbeing check-in. The five wellbeing-who5-* items are the WHO-5
## Well-Being Index (© Psychiatric Research Unit, WHO Collaborating Centre in
## Mental Health, Frederiksborg General Hospital; free to use). It is a
## validated instrument: translations must keep each item's meaning exact.

wellbeing-title = Wellbeing check-in
wellbeing-description = Five short questions about how you have been feeling, and a person if you would like one.
wellbeing-intro =
    This is a short check-in about how you have been feeling over the last two weeks. It is not a test and not a diagnosis. You can stop at any time (type **stop**) and come back whenever you like, or type **mentor** to reach a person.
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
    If you can, stay close to someone you trust, or somewhere you feel safer.
wellbeing-crisis-end = I am telling the team now, and marking it urgent. Someone from the team will read this as soon as they can and write to you here, in this chat. You don't need to do anything else. If you want to write in the meantime, what you write here goes to them.
wellbeing-crisis-rather-not = That is all right, you don't have to say. If things get hard, type **mentor** at any time: the team will be told, and someone will read it as soon as they can.

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
wellbeing-low-note = It sounds like the last two weeks have been really hard. That is an understandable reaction to what people in your situation go through, and you don't have to carry it alone. Before we finish, I will ask whether you would like someone from the team to reach out — or type **mentor** at any time.
wellbeing-gentle-note = It sounds like things have been heavy lately. That is common under pressure and far from home, and talking to someone can help. Before we finish, I will ask whether you would like someone from the team to reach out.
wellbeing-good-note = It is good to hear that things are going fairly well. Looking after yourself matters, especially in this work.
wellbeing-open-offer = If you like, I have a few short open questions — about sleep, feeling alone, fear, loss and guilt. You can skip any of them with **skip**. Would you like to answer them?

wellbeing-sleep = How have you been sleeping lately?
wellbeing-isolation = Do you have people around you to talk to? How alone or connected have you felt?
wellbeing-ack-isolation = Thank you for telling me how it is. Feeling connected, or cut off, matters a lot — especially far from home — and whatever you feel about it makes sense.
wellbeing-fear = Is there something you are afraid of at the moment, for yourself or for others?
wellbeing-ack-fear = Thank you for putting it into words. When threats are real, fear is a natural response, not a weakness.
wellbeing-grief = Leaving, or losing people, places or work, can bring grief. Is there a loss you are carrying at the moment?
wellbeing-ack-grief = Thank you. Losing people, places or the life you had is a real loss, and grieving it is real too — even when the people around you don't see it.
wellbeing-guilt = Some people in your situation carry feelings of guilt — for example towards those who stayed behind or were arrested. Is anything like that weighing on you?
wellbeing-ack-guilt = Thank you for trusting me with this. Many people who had to leave, or who are safe while others are not, feel this way. It shows how much you care; it does not mean you did something wrong.
wellbeing-in-exile = Do you live outside your home country at the moment? If so, I have two more questions about that. I will remember your answer, so as not to ask again.
wellbeing-legal = Is anything about your papers, residence or asylum weighing on you — waiting, uncertainty, appointments?
wellbeing-ack-legal = Thank you. Waiting on papers and decisions you don't control is tiring, and that strain is real.
wellbeing-home = How is your contact with your movement and with people back home, and how does it feel?
wellbeing-ack-home = Thank you. Ties with the movement and with people back home can be a comfort and a worry at the same time; both are normal.

wellbeing-offer-person = Would you like someone from the team to get in touch with you?
wellbeing-share = What may the mentor see?
wellbeing-share-opt-none = Only that I would like to talk
wellbeing-person-reason = Would like to talk after a wellbeing check-in.
wellbeing-person-done = Thank you. I have told the team. Someone from the team will read this as soon as they can and write to you here.

wellbeing-offer-followup = Would you like me to check in with you again in 7 days?
wellbeing-followup-invite = Hello. It has been a week since your last check-in. Would you like to take a few minutes to see how you are doing?
wellbeing-followup-set = Done: I will write to you again in 7 days.
wellbeing-offer-plan = Sometimes it helps to look at what weighs on you together with what protects you. Would you like a short risk check now? It ends with a few next steps you choose.
wellbeing-done = Thank you for checking in. Take care of yourself. Type **menu** for other options, or **mentor** at any time to reach a person.
