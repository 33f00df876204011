### reviewed: no
## Premier contact : accueil, langue, confidentialité et consentement, fuseau horaire.

onboarding-title = Pour commencer
onboarding-description = Accueil, langue, confidentialité et fuseau horaire.
onboarding-welcome =
    Bonjour et bienvenue. Je suis Continuum, un assistant automatique de cette organisation.
    Je peux vous aider à vérifier votre sécurité numérique, à faire le point sur votre bien-être, à signaler une menace ou des pressions depuis votre pays, et à prendre soin de ce qu'apporte la vie en exil — et je peux vous mettre en contact avec un mentor, une vraie personne de l'organisation.
    Cette conversation est chiffrée de bout en bout. Tapez **mentor** à tout moment pour joindre une personne.
onboarding-not-emergency =
    Sachez que je ne suis pas un service d'urgence, et qu'une personne ne pourra pas toujours répondre tout de suite.
    Si vous êtes en danger maintenant, et si c'est sûr, contactez les services d'urgence locaux ou une personne de confiance près de vous. Les défenseur·es des droits humains en danger immédiat peuvent joindre la ligne d'urgence de **Front Line Defenders**, jour et nuit : https://www.frontlinedefenders.org/emergency-contact
onboarding-privacy =
    Avant de commencer, voici ce que deviennent vos informations :
    - **Ce qui est conservé :** vos réponses, chiffrées sur notre serveur.
    - **Pendant combien de temps :** par défaut, 90 jours pour les réponses et 180 jours pour les dossiers clos. Votre organisation peut fixer d'autres durées.
    - **Qui les voit :** uniquement les mentors de cette organisation, et seulement ce que vous acceptez de partager avec eux.
    - **Réactions emoji :** si vous répondez en touchant une réaction, ce geste n'est pas chiffré de bout en bout : le serveur peut voir quel emoji vous avez touché, mais pas la question. Vous pouvez toujours taper votre réponse à la place.
    - **Vos droits :** à tout moment, tapez **mes données** pour recevoir une copie de ce qui est conservé, ou **supprimer mes données** pour tout effacer.
onboarding-consent = Acceptez-vous de continuer dans ces conditions ?
onboarding-consent-hint = Répondez **oui** ou **non**. Si vous avez d'abord une question, tapez **mentor**.
onboarding-timezone-intro = Merci. Deux dernières questions, toutes deux facultatives.
onboarding-declined =
    C'est tout à fait possible. Aucune de vos réponses ne sera conservée. Je me souviens d'où nous en sommes, et de votre langue, seulement pendant que nous parlons : si je redémarre, je les oublie.
    Que souhaitez-vous faire ?
onboarding-opt-person = Parler à une personne, sans conserver mes réponses
    .synonyms = personne, parler
onboarding-opt-agree = J'ai changé d'avis : montrez-moi à nouveau les conditions
    .synonyms = accepter, conditions, revoir
onboarding-opt-end = M'arrêter ici
    .synonyms = fin, au revoir
onboarding-person-reason = Souhaite parler à quelqu'un sans accepter la conservation : aucune réponse n'est partagée.
onboarding-person-done = J'ai prévenu l'équipe qu'une personne souhaite parler — sans aucune de vos réponses. Quelqu'un de l'équipe lira ceci dès que possible et vous écrira ici.
onboarding-declined-end = D'accord. Aucune de vos réponses n'a été conservée. Si vous changez d'avis, écrivez-moi simplement à nouveau.
