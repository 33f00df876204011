### reviewed: yes
## Thinking of visiting home: an honest risk check that never decides for the person.
visithome-title = Thinking of visiting home
visithome-description = An honest look at the risks of a visit to your home country, and a person to talk it through with.
visithome-intro = Thinking of visiting home is a big and very personal decision, and I won't tell you what to do. These questions help you look at the risks honestly; at the end, you can talk them through with someone from the team. Answer **yes**, **no** or **not sure**, or type **skip** for any question.
visithome-known = Could the authorities know about your activism or your work — from your posts, earlier arrests, people who were questioned, or your time abroad?
visithome-cases = Could there be an open case, a summons, a charge, or a travel or exit ban against you — even one you have not been told about?
visithome-devices = If your phone or laptop were searched at the border, would it show your work, your contacts or your messages?
visithome-clean = Could you travel with a "clean" phone — one with only what you need for the trip?
visithome-plans = Do more people than a few you trust know your travel plans — dates, flights, where you will stay?
visithome-checkin = Is there someone you trust who will expect to hear from you at set times during the trip, and who knows what to do if you go silent?
visithome-consular = Do you know what the consulate of the country you live in now could — or could not — do for you there?
visithome-when = When are you thinking of going? (Optional: type **skip**.)
visithome-reflect = Thank you. Here is what your answers may mean — to weigh, not to decide for you:
visithome-think-cases = Cases, summons and exit bans are often kept quiet until the border. A lawyer back home can sometimes check discreetly; a mentor can help you think about safe ways to find out.
visithome-think-known = People whose activism is known are sometimes questioned, held, or have their passport taken on arrival. Earlier visits without trouble are no guarantee: the situation can change, and so can how you are seen.
visithome-think-devices = Border officers can ask you to unlock a phone or laptop and copy what is on it. Your messages, photos and contacts could also expose the people in them.
visithome-think-clean = A clean device — a separate phone with only what the trip needs, main accounts logged out — protects you and your contacts. People who use one set it up well before leaving, so that it does not look brand new.
visithome-think-checkin = Many people who travel agree with someone they trust on when they will check in, a code word that means "I can't talk freely", and what to do — whom to call, and when — if they go silent.
visithome-think-plans = The fewer people who know dates, flights and addresses, the smaller the risk; group chats travel further than you think.
visithome-think-consular = If your home country sees you only as its own citizen, the consulate of the country you live in now may not be allowed to help you there. That country's travel advice says more, and its embassy's number is worth carrying.
visithome-offer = Would you like to talk this through with someone from the team? They will not decide for you.
visithome-share = What may the mentor see?
visithome-share-none = Only that I would like to talk
    .synonyms = nothing, only that i would like to talk
visithome-reason = Thinking of visiting the home country; would like to talk it through.
visithome-person-done = Thank you. I have told the team. Someone from the team will read this as soon as they can and write to you here. Whatever you decide, you can come back to the team before, during and after a trip.
visithome-done = Whatever you decide, it is your decision. You can come back to this check, and to the team, at any time — before, during and after a trip. Type **mentor** to reach a person.
