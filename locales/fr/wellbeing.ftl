### reviewed: no
## Point bien-être. Les cinq messages wellbeing-who5-* sont l'indice de bien-être
## WHO-5 (© Psychiatric Research Unit, WHO Collaborating Centre in Mental Health,
## Frederiksborg General Hospital ; libre d'utilisation). Instrument validé : le
## sens de chaque énoncé doit rester exactement le même.

wellbeing-title = Point bien-être
wellbeing-description = Cinq questions courtes sur ce que vous avez ressenti, et une personne si vous le souhaitez.
wellbeing-intro =
    Voici un court point sur ce que vous avez ressenti ces deux dernières semaines. Ce n'est ni un test ni un diagnostic. Vous pouvez arrêter à tout moment (tapez **stop**), ou taper **mentor** pour joindre une personne.
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
    J'ai demandé à un mentor de vous contacter le plus vite possible, ici, dans cette conversation.
    En attendant, si vous le pouvez, restez près d'une personne de confiance, ou dans un endroit où vous vous sentez plus en sécurité.
wellbeing-crisis-end = Un mentor a été alerté et vous écrira ici. Vous pouvez écrire à tout moment ; tapez **mentor** pour joindre une personne.
wellbeing-crisis-rather-not = C'est d'accord, vous n'avez pas à le dire. Si les choses deviennent difficiles, tapez **mentor** à tout moment et une personne vous contactera.

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
wellbeing-low-note = On dirait que ces deux dernières semaines ont été vraiment dures. C'est une réaction compréhensible à ce que vivent les personnes dans votre situation, et vous n'avez pas à porter cela seul·e. Dans un instant, je vous demanderai si vous voulez qu'un mentor vous contacte — ou tapez **mentor** à tout moment.
wellbeing-gentle-note = On dirait que les choses ont été lourdes ces derniers temps. C'est fréquent sous pression et loin de chez soi, et en parler peut aider. Dans un instant, je vous demanderai si vous voulez qu'un mentor vous contacte.
wellbeing-good-note = Ça fait plaisir de savoir que les choses vont plutôt bien. Prendre soin de vous compte aussi, surtout dans ce travail.

wellbeing-open-intro = Si vous le souhaitez, trois courtes questions ouvertes. Répondez avec vos mots, ou tapez **passer** pour n'importe laquelle.
wellbeing-sleep = Comment dormez-vous ces derniers temps ?
wellbeing-isolation = Avez-vous des personnes autour de vous à qui parler ? Vous êtes-vous senti(e) plutôt seul(e) ou entouré(e) ?
wellbeing-guilt = Certaines personnes dans votre situation portent un sentiment de culpabilité — par exemple envers celles et ceux qui sont resté·es ou ont été arrêté·es. Est-ce que quelque chose de ce genre vous pèse ?

wellbeing-offer-person = Voulez-vous qu'un mentor prenne contact avec vous ?
wellbeing-share = Que peut voir le mentor ?
wellbeing-share-opt-none = Seulement que je voudrais parler
wellbeing-person-reason = Souhaite parler après un point bien-être.
wellbeing-person-done = Merci. Un mentor a été prévenu et vous écrira ici dès que possible.

wellbeing-offer-followup = Voulez-vous que je reprenne de vos nouvelles dans 7 jours ?
wellbeing-followup-invite = Bonjour. Cela fait une semaine depuis votre dernier point bien-être. Voulez-vous prendre quelques minutes pour voir comment vous allez ?
wellbeing-followup-set = C'est noté : je vous écrirai dans 7 jours. Prenez soin de vous d'ici là — et tapez **mentor** à tout moment pour joindre une personne.
wellbeing-done = Merci d'avoir fait ce point. Prenez soin de vous. Tapez **menu** pour d'autres choix, ou **mentor** à tout moment pour joindre une personne.
