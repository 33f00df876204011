### reviewed: no
## Le menu principal.

menu-title = Menu
menu-description = Ce que je peux faire pour vous.
menu-choose = Que souhaitez-vous faire ? Répondez par un numéro.
menu-opt-hygiene = Vérifier ma sécurité numérique
    .synonyms = sécurité, numérique, hygiène, vérifier
menu-opt-wellbeing = Faire le point sur mon bien-être
    .synonyms = bien-être, bien être, point, moral
menu-opt-threat = Signaler une menace ou un incident
    .synonyms = signaler, menace, incident
menu-opt-riskcheck = Faire ou revoir mon plan de protection : un court bilan des risques
    .synonyms = plan, bilan des risques, risques, protection
menu-opt-repression = Pressions depuis mon pays, sur moi ou ma famille
    .synonyms = pressions depuis mon pays, répression, famille
menu-opt-exile = La vie en exil : ce que j'ai laissé derrière, une visite au pays, du soutien
    .synonyms = exil, la vie en exil
menu-opt-person = Parler à une personne
    .synonyms = personne, parler
menu-opt-end = Rien pour l'instant
    .synonyms = rien, fin, au revoir

## Settings
menu-opt-settings = Réglages : langue, fuseau horaire, pays
    .synonyms = réglages, paramètres, préférences
menu-settings = Que voulez-vous changer ?
menu-opt-language = Langue
    .synonyms = langue
menu-opt-timezone = Fuseau horaire
    .synonyms = fuseau horaire, fuseau, heure
menu-opt-country = Pays pour les lignes d'aide
    .synonyms = pays, lignes d'aide
menu-opt-back = Revenir au menu
    .synonyms = revenir au menu, rien

menu-person-topic = Bien sûr. En quelques mots, de quoi voulez-vous parler ? Cela aide le mentor à se préparer. Vous pouvez aussi taper **passer**.
menu-person-reason = A demandé à parler à une personne depuis le menu.
menu-person-done =
    Merci. J'ai prévenu l'équipe. Quelqu'un de l'équipe lira ceci dès que possible et vous écrira ici.
    Si vous êtes en danger en ce moment, contactez aussi une personne de confiance près de vous.
menu-bye = D'accord. Écrivez-moi quand vous voulez : tapez **menu** pour revoir les choix, ou **mentor** pour joindre une personne.
