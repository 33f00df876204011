### reviewed: no
## Point bien-être. Les cinq messages wellbeing-who5-* sont l'indice de bien-être
## WHO-5 (© Psychiatric Research Unit, WHO Collaborating Centre in Mental Health,
## Frederiksborg General Hospital ; libre d'utilisation). Instrument validé : le
## sens de chaque énoncé doit rester exactement le même.
## ATTENTION : les cinq énoncés wellbeing-who5-* et l'échelle -who5-scale sont une
## formulation propre à ce projet, PAS la traduction officielle du WHO-5 en français.
## La personne qui relit ce fichier doit les remplacer par la version officielle :
## https://www.psykiatri-regionh.dk/who-5/who-5-questionnaires/Pages/default.aspx

wellbeing-title = Point bien-être
wellbeing-description = Cinq questions courtes sur ce que vous avez ressenti, et une personne si vous le souhaitez.
wellbeing-intro =
    Voici un court point sur ce que vous avez ressenti ces deux dernières semaines. Ce n'est ni un test ni un diagnostic. Vous pouvez arrêter à tout moment (tapez **stop**) et revenir quand vous voulez, ou taper **mentor** pour joindre une personne.
    Pour chaque affirmation, répondez par le chiffre qui correspond le mieux.

# L'échelle de réponse du WHO-5, répétée sous chaque affirmation.
-who5-scale = 5 = tout le temps · 4 = la plupart du temps · 3 = plus de la moitié du temps · 2 = moins de la moitié du temps · 1 = de temps en temps · 0 = à aucun moment

wellbeing-who5-1 =
    (1/5) Au cours des deux dernières semaines, je me suis senti(e) gai(e) et de bonne humeur.
    { -who5-scale }
wellbeing-who5-2 =
    (2/5) Au cours des deux dernières semaines, je me suis senti(e) calme et détendu(e).
    { -who5-scale }
wellbeing-who5-3 =
    (3/5) Au cours des deux dernières semaines, je me suis senti(e) actif(ve) et plein(e) d'énergie.
    { -who5-scale }
wellbeing-who5-4 =
    (4/5) Au cours des deux dernières semaines, je me suis réveillé(e) en me sentant frais (fraîche) et reposé(e).
    { -who5-scale }
wellbeing-who5-5 =
    (5/5) Au cours des deux dernières semaines, ma vie quotidienne a été remplie de choses qui m'intéressent.
    { -who5-scale }
wellbeing-who5-hint = Répondez par un seul chiffre, de 0 (à aucun moment) à 5 (tout le temps).

wellbeing-crisis = Encore une question, que nous posons à tout le monde. Ces derniers temps, avez-vous eu des pensées de vous faire du mal ou de mettre fin à vos jours — ou êtes-vous en danger en ce moment ?
wellbeing-crisis-opt-selfharm = Oui, j'ai eu des pensées de me faire du mal
    .synonyms = oui, pensées, mal
wellbeing-crisis-opt-danger = Oui, je suis en danger en ce moment
    .synonyms = danger
wellbeing-crisis-opt-rather-not = Je préfère ne pas répondre
    .synonyms = préfère ne pas, passer
wellbeing-crisis-reason = A répondu oui à la question de sécurité d'un point bien-être.
wellbeing-crisis-reply =
    Merci de me l'avoir dit. Il faut du courage pour cela, et vous n'êtes pas seul·e face à ça.
    Si vous le pouvez, restez près d'une personne de confiance, ou dans un endroit où vous vous sentez plus en sécurité.
wellbeing-crisis-end = Je préviens l'équipe maintenant, en signalant que c'est urgent. Quelqu'un de l'équipe lira ceci dès que possible et vous écrira ici, dans cette conversation. Vous n'avez rien d'autre à faire. Si vous voulez écrire en attendant, ce que vous écrivez ici lui est transmis.
wellbeing-crisis-rather-not = C'est d'accord, vous n'avez pas à le dire. Si les choses deviennent difficiles, tapez **mentor** à tout moment : l'équipe sera prévenue, et quelqu'un le lira dès que possible.

wellbeing-result = Merci pour vos réponses. Votre score de bien-être aujourd'hui est de **{ $who5 }** sur 100 (plus il est élevé, mieux c'est). Ce n'est pas un diagnostic — juste un moyen de remarquer les changements au fil du temps.
wellbeing-compare-better =
    C'est { $rise } { $rise ->
        [one] point
       *[other] points
    } de plus qu'au dernier point ({ $previous }). Tant mieux — ce qui vous aide, gardez-le près de vous.
wellbeing-compare-worse =
    C'est { $drop } { $drop ->
        [one] point
       *[other] points
    } de moins qu'au dernier point ({ $previous }). Merci de le remarquer avec moi.
wellbeing-compare-same = C'est à peu près comme au dernier point ({ $previous }).
wellbeing-low-note = On dirait que ces deux dernières semaines ont été vraiment dures. C'est une réaction compréhensible à ce que vivent les personnes dans votre situation, et vous n'avez pas à porter cela seul·e. Avant de terminer, je vous demanderai si vous voulez que quelqu'un de l'équipe vous contacte — ou tapez **mentor** à tout moment.
wellbeing-gentle-note = On dirait que les choses ont été lourdes ces derniers temps. C'est fréquent sous pression et loin de chez soi, et en parler peut aider. Avant de terminer, je vous demanderai si vous voulez que quelqu'un de l'équipe vous contacte.
wellbeing-good-note = Ça fait plaisir de savoir que les choses vont plutôt bien. Prendre soin de vous compte aussi, surtout dans ce travail.
wellbeing-open-offer = Si vous le souhaitez, j'ai quelques courtes questions ouvertes — sur le sommeil, la solitude, la peur, la perte et la culpabilité. Vous pouvez passer chacune avec **passer**. Voulez-vous y répondre ?

wellbeing-sleep = Comment dormez-vous ces derniers temps ?
wellbeing-isolation = Avez-vous des personnes autour de vous à qui parler ? Vous êtes-vous senti(e) plutôt seul(e) ou entouré(e) ?
wellbeing-ack-isolation = Merci de me dire comment c'est pour vous. Se sentir relié·e aux autres, ou coupé·e d'eux, compte beaucoup — surtout loin de chez soi — et ce que vous ressentez a du sens.
wellbeing-fear = Y a-t-il quelque chose qui vous fait peur en ce moment, pour vous ou pour d'autres ?
wellbeing-ack-fear = Merci d'avoir mis des mots dessus. Face à des menaces réelles, la peur est une réaction naturelle, pas une faiblesse.
wellbeing-grief = Partir, ou perdre des personnes, des lieux ou un travail, peut causer du chagrin. Portez-vous une perte en ce moment ?
wellbeing-ack-grief = Merci. Perdre des personnes, des lieux ou la vie que vous aviez est une vraie perte, et le deuil qui l'accompagne est réel lui aussi — même quand votre entourage ne le voit pas.
wellbeing-guilt = Certaines personnes dans votre situation portent un sentiment de culpabilité — par exemple envers celles et ceux qui sont resté·es ou ont été arrêté·es. Est-ce que quelque chose de ce genre vous pèse ?
wellbeing-ack-guilt = Merci de me confier cela. Beaucoup de personnes qui ont dû partir, ou qui sont en sécurité quand d'autres ne le sont pas, ressentent la même chose. Cela montre combien vous tenez aux autres ; cela ne veut pas dire que vous avez mal agi.
wellbeing-in-exile = Vivez-vous en ce moment hors de votre pays d'origine ? Si oui, j'ai deux questions de plus à ce sujet. Je retiendrai votre réponse pour ne pas vous la redemander.
wellbeing-legal = Est-ce que quelque chose autour de vos papiers, de votre titre de séjour ou de votre demande d'asile vous pèse — l'attente, l'incertitude, les rendez-vous ?
wellbeing-ack-legal = Merci. Attendre des papiers et des décisions qui ne dépendent pas de vous est épuisant, et cette tension est bien réelle.
wellbeing-home = Comment se passe le lien avec votre mouvement et avec vos proches restés au pays, et comment le vivez-vous ?
wellbeing-ack-home = Merci. Le lien avec le mouvement et avec les proches au pays peut être à la fois un soutien et une source d'inquiétude ; les deux sont normaux.

wellbeing-offer-person = Voulez-vous que quelqu'un de l'équipe prenne contact avec vous ?
wellbeing-share = Que peut voir le mentor ?
wellbeing-share-opt-none = Seulement que je voudrais parler
wellbeing-person-reason = Souhaite parler après un point bien-être.
wellbeing-person-done = Merci. J'ai prévenu l'équipe. Quelqu'un de l'équipe lira ceci dès que possible et vous écrira ici.

wellbeing-offer-followup = Voulez-vous que je reprenne de vos nouvelles dans 7 jours ?
wellbeing-followup-invite = Bonjour. Cela fait une semaine depuis votre dernier point bien-être. Voulez-vous prendre quelques minutes pour voir comment vous allez ?
wellbeing-followup-set = C'est noté : je vous écrirai à nouveau dans 7 jours.
wellbeing-offer-plan = Parfois, cela aide de regarder ensemble ce qui vous pèse et ce qui vous protège. Voulez-vous faire un court bilan des risques maintenant ? Il se termine par quelques prochaines étapes que vous choisissez.
wellbeing-done = Merci d'avoir fait ce point. Prenez soin de vous. Tapez **menu** pour d'autres choix, ou **mentor** à tout moment pour joindre une personne.
