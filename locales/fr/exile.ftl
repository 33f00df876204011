### reviewed: no
## La vie en exil : un petit carrefour, et la date d'arrivée (facultative) pour les points de la première année.
exile-title = La vie en exil
exile-description = Ce que vous avez laissé derrière vous, envisager une visite au pays, les pressions depuis le pays, du soutien pour les personnes en exil, et des points pendant votre première année.
exile-arrival-intro = La vie après le départ a ses propres étapes. Si vous me dites quand vous êtes arrivé·e là où vous vivez maintenant, je peux vous proposer de courts points pendant votre première année — après environ une semaine, un mois, 3, 6 et 12 mois — chacun avec ce qui compte souvent à ce moment-là. C'est facultatif, et seuls le mois et l'année sont gardés.
exile-arrival-year = En quelle année êtes-vous arrivé·e ? Par exemple 2025. (Facultatif : tapez **passer**.)
exile-arrival-month = Et quel mois ? Répondez par son numéro, de 1 pour janvier à 12 pour décembre. (Facultatif : tapez **passer**.)
exile-journey-optin = Voulez-vous ces points ? À chaque fois, vous pourrez répondre oui, plus tard ou non, et vous pouvez les arrêter à tout moment en écrivant **stop**.
exile-journey-on = Merci, c'est noté. Je reprendrai de vos nouvelles à ces moments-là. Pour changer votre date d'arrivée, choisissez-la dans ce menu.
exile-journey-off = Merci, c'est noté. Je n'enverrai pas ces points ; vous pouvez changer cela dans ce menu à tout moment.
exile-arrival-skipped = Pas de problème. Si vous changez d'avis, vous pourrez me le dire plus tard dans ce menu.
exile-month-skipped = Merci, c'est noté. Sans le mois, je ne peux pas caler les points de la première année ; vous pourrez l'ajouter plus tard dans ce menu.
exile-choose = Que voulez-vous regarder ?
exile-opt-leftbehind = Ce que j'ai laissé derrière moi : appareils, carte SIM, comptes
    .synonyms = laissé derrière, appareils, sim
exile-opt-visithome = J'envisage une visite au pays
    .synonyms = visite au pays, visite, retour au pays
exile-opt-repression = Des pressions depuis mon pays, sur moi ou ma famille
    .synonyms = pressions depuis mon pays, répression
exile-opt-resources = Du soutien pour les personnes en exil
    .synonyms = soutien, ressources
exile-opt-arrival = Ma date d'arrivée, pour les points de la première année
    .synonyms = arrivée, date d'arrivée
exile-opt-person = Parler à une personne
    .synonyms = parler
exile-opt-back = Revenir au menu
    .synonyms = revenir au menu
exile-person-topic = Bien sûr. En quelques mots, de quoi voulez-vous parler ? Cela aide le mentor à se préparer. Vous pouvez aussi taper **passer**.
exile-person-reason = Souhaite parler (la vie en exil).
exile-person-done =
    Merci. J'ai prévenu l'équipe. Quelqu'un de l'équipe lira ceci dès que possible et vous écrira ici.
    Si vous êtes en danger en ce moment, contactez aussi une personne de confiance près de vous.
