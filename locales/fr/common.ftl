### reviewed: no
## Textes partagés par tous les parcours. Gardez les identifiants ; traduisez les mots.
## Synonymes et mots-clés : listes séparées par des virgules ; la comparaison ignore
## la casse, la ponctuation aux extrémités et les espaces en trop.

# Le nom de cette langue dans cette langue, affiché dans les listes de langues.
language-name = Français
number-digits = 0123456789

## Libellés des options. L'option `x` d'une question à choix est libellée par `option-x`.

option-yes = Oui
    .synonyms = o, oui, ouais, ok, d'accord, bien sûr, exact
option-no = Non
    .synonyms = n, non, nan, pas vraiment
option-unsure = Je ne sais pas
    .synonyms = je ne sais pas, sais pas, je sais pas, pas sûr, pas sûre, peut-être, jsp
option-skip = Passer
    .synonyms = passer, je passe, sauter, je préfère ne pas répondre, pas de réponse
option-na = Ne me concerne pas
    .synonyms = ne me concerne pas, pas concerné, pas concernée, sans objet, non applicable, pas applicable

## Aides, dites quand une réponse n'a pas été comprise (la question est ensuite reposée).

hint-choice = Répondez avec le numéro d'une des options (de 1 à { $count }), ou avec ses mots.
hint-choice-multiple = Vous pouvez choisir plusieurs options : écrivez leurs numéros ou leurs mots séparés par des virgules, par exemple « 1, 3 ».
hint-yesno = Répondez **oui** ou **non**.
hint-scale = Répondez avec un nombre entier de { $min } à { $max }.
hint-number = Répondez avec un nombre, écrit en chiffres.
hint-number-range = Répondez avec un nombre de { $min } à { $max }, écrit en chiffres.
hint-text =
    Répondez avec vos propres mots ({ $max_length } { $max_length ->
        [one] caractère
       *[other] caractères
    } au maximum).
hint-attachment = Envoyez une image ou un fichier de { $max_size_mb } Mo au maximum, ou écrivez **passer** si la question peut être passée.

# Après plusieurs réponses non comprises.
retry-offer-person = Il semble que je vous comprenne mal, et c'est de ma faute. Voulez-vous parler à une personne de notre équipe ? Répondez **oui** ou **non**.

## WHO-5 (wellbeing)

scale-who5-0 = À aucun moment
    .synonyms = jamais, pas du tout, a aucun moment
scale-who5-1 = De temps en temps
    .synonyms = parfois, rarement
scale-who5-2 = Moins de la moitié du temps
    .synonyms = moins de la moitié
scale-who5-3 = Plus de la moitié du temps
    .synonyms = plus de la moitié
scale-who5-4 = La plupart du temps
    .synonyms = souvent, presque toujours
scale-who5-5 = Tout le temps
    .synonyms = toujours

## Notes du moteur de conversation.

flow-restarted = Cette conversation a été mise à jour depuis notre dernier échange : nous la reprenons donc depuis le début. Vos réponses précédentes sont gardées quand elles s'appliquent encore.
flow-back-unavailable = Il n'y a pas de question précédente où revenir.
flow-not-active = Cette conversation est terminée. Écrivez **menu** pour voir ce que nous pouvons faire ensemble.
flow-unavailable = Cette conversation n'est plus disponible. Écrivez **menu** pour voir ce que nous pouvons faire ensemble.
flow-broken = Désolé, un problème est survenu dans cette conversation et j'ai dû l'arrêter. Écrivez **mentor** pour joindre une personne, ou **menu** pour recommencer.

## Mots qui fonctionnent à tout moment d'une conversation (séparés par des virgules).
## Les mots anglais fonctionnent toujours aussi, dans toutes les langues.
## Évitez les mots qui pourraient être une réponse ordinaire (par ex. « personne »).

keyword-menu = menu, menu principal, accueil, début
keyword-back = retour, revenir, précédent, annuler la réponse
keyword-help = aide, aidez-moi, commandes
keyword-mentor = mentor, mentore, parler à quelqu'un, parler à une personne, humain
keyword-language = langue, langues, changer de langue
keyword-stop = stop, arrêter, arrêt, quitter, annuler
keyword-delete = supprimer mes données, effacer mes données, oubliez-moi
keyword-mydata = mes données, que savez-vous de moi
keyword-continue = continuer, reprendre
keyword-myplan = mon plan, mon plan de protection

## Ce que les mentors peuvent voir : les options de chaque question de consentement, toujours
## dans cet ordre (sans mon nom, avec mon nom, rien). Chaque parcours formule son option « rien ».

consent-opt-pseudonymous = Mes réponses, sans mon nom (un pseudonyme)
    .synonyms = pseudonyme, sans mon nom, sans nom
consent-opt-full = Mes réponses et mon nom (mon identifiant Matrix)
    .synonyms = avec mon nom, mon nom, avec nom

## Ressources de crise, affichées par les parcours qui posent une question de sécurité.
## Admins : ajoutez une variante par code pays (`[BE]`, `[CD]`, …) avec des ressources
## locales vérifiées et à jour. Ne listez que des services vérifiés récemment.

crisis-resources = { $country ->
    [DE]
        Si vous êtes en danger immédiat, et si c'est sûr pour vous, appelez le 112 ou une personne de confiance près de vous.
        - **TelefonSeelsorge** : 0800 111 0 111 ou 0800 111 0 222, gratuit et anonyme, jour et nuit.
        - **Find A Helpline** recense des lignes d'écoute gratuites et confidentielles par pays : https://findahelpline.com
        - Les défenseur·es des droits humains en danger immédiat peuvent joindre l'aide d'urgence de **Front Line Defenders** : https://www.frontlinedefenders.org/emergency-contact
    [ES]
        Si vous êtes en danger immédiat, et si c'est sûr pour vous, appelez le 112 ou une personne de confiance près de vous.
        - **024**, ligne espagnole pour les personnes qui ont des idées suicidaires et leurs proches : gratuite, confidentielle, jour et nuit.
        - **Find A Helpline** recense des lignes d'écoute gratuites et confidentielles par pays : https://findahelpline.com
        - Les défenseur·es des droits humains en danger immédiat peuvent joindre l'aide d'urgence de **Front Line Defenders** : https://www.frontlinedefenders.org/emergency-contact
    [FR]
        Si vous êtes en danger immédiat, et si c'est sûr pour vous, appelez le 112 ou une personne de confiance près de vous.
        - **3114**, numéro national de prévention du suicide, gratuit, 24 h/24 et 7 j/7.
        - **Find A Helpline** recense des lignes d'écoute gratuites et confidentielles par pays : https://findahelpline.com
        - Les défenseur·es des droits humains en danger immédiat peuvent joindre l'aide d'urgence de **Front Line Defenders** : https://www.frontlinedefenders.org/emergency-contact
    [GB]
        Si vous êtes en danger immédiat, et si c'est sûr pour vous, appelez le 999 ou une personne de confiance près de vous.
        - **Samaritans** : 116 123, gratuit, jour et nuit.
        - **Find A Helpline** recense des lignes d'écoute gratuites et confidentielles par pays : https://findahelpline.com
        - Les défenseur·es des droits humains en danger immédiat peuvent joindre l'aide d'urgence de **Front Line Defenders** : https://www.frontlinedefenders.org/emergency-contact
    [US]
        Si vous êtes en danger immédiat, et si c'est sûr pour vous, appelez le 911 ou une personne de confiance près de vous.
        - **988 Suicide & Crisis Lifeline** : appelez ou envoyez un SMS au 988, jour et nuit.
        - **Find A Helpline** recense des lignes d'écoute gratuites et confidentielles par pays : https://findahelpline.com
        - Les défenseur·es des droits humains en danger immédiat peuvent joindre l'aide d'urgence de **Front Line Defenders** : https://www.frontlinedefenders.org/emergency-contact
   *[other]
        Si vous êtes en danger immédiat, et si c'est sûr pour vous, contactez les services d'urgence locaux ou une personne de confiance près de vous.
        - **Find A Helpline** recense des lignes d'écoute gratuites et confidentielles par pays : https://findahelpline.com
        - **Befrienders Worldwide** recense des centres d'écoute dans le monde entier : https://befrienders.org
        - Les défenseur·es des droits humains en danger immédiat peuvent joindre l'aide d'urgence de **Front Line Defenders** : https://www.frontlinedefenders.org/emergency-contact
    }
urgent-outside-help =
    Vous pouvez aussi joindre ces services en dehors de cette conversation, à toute heure :
    - la ligne d'urgence de **Front Line Defenders**, pour les défenseur·es des droits humains en danger immédiat : https://www.frontlinedefenders.org/emergency-contact
    - la **Access Now Digital Security Helpline**, pour les urgences numériques, 24 h/24 et 7 j/7 : https://www.accessnow.org/help/
exile-resources =
    Du soutien pour les personnes en exil — international, et joignable de partout :
    - **Front Line Defenders** : subventions de protection, aide d'urgence et soutien au bien-être pour les défenseur·es des droits humains en danger, y compris en exil : https://www.frontlinedefenders.org/
    - **ProtectDefenders.eu**, le mécanisme de l'Union européenne pour les défenseur·es des droits humains : aides d'urgence et relocalisation temporaire : https://protectdefenders.eu/
    - **Access Now Digital Security Helpline** : aide gratuite en sécurité numérique, 24 h/24 et 7 j/7 : https://www.accessnow.org/help/
    - **Digital First Aid Kit** : une aide pas à pas pour les urgences numériques : https://digitalfirstaid.org/
    - **UNHCR Help** : informations sur l'asile et les droits des réfugié·es, pays par pays : https://help.unhcr.org/
    - **Find A Helpline** : des lignes d'écoute gratuites dans le pays où vous êtes : https://findahelpline.com

## Un plan, étape par étape (l'étape `plan` d'une conversation). Le moteur donne à
## `plan-step-choose` $number, $count, $step (l'étape proposée) et $why, et $days à `plan-step-remind`.

plan-step-choose =
    Étape { $number } sur { $count } : **{ $step }**
    Pourquoi : { $why }
    Garder cette étape, la changer avec vos propres mots, ou la laisser de côté ?
plan-opt-keep = La garder
    .synonyms = garder, la garder, je la garde, oui, ok, d'accord
plan-opt-change = La changer avec mes propres mots
    .synonyms = changer, la changer, mes propres mots, réécrire
plan-opt-drop = La laisser de côté
    .synonyms = laisser de côté, la laisser, enlever, retirer, pas celle-ci, non
plan-step-words = Comment le diriez-vous ? Écrivez l'étape avec vos propres mots, en une phrase — ou **passer** pour la laisser de côté.
plan-step-remind = Voulez-vous que je vous demande dans { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } si vous avez pu faire cette étape ?
