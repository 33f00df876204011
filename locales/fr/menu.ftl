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
menu-opt-person = Parler à une personne
    .synonyms = personne, parler
menu-opt-language = Changer de langue
menu-opt-timezone = Indiquer mon fuseau horaire
    .synonyms = fuseau horaire, fuseau, heure
menu-opt-end = Rien pour l'instant
    .synonyms = rien, fin, au revoir
menu-person-topic = Bien sûr. En quelques mots, de quoi voulez-vous parler ? Cela aide le mentor à se préparer. Vous pouvez aussi taper **passer**.
menu-person-reason = A demandé à parler à une personne depuis le menu.
menu-person-done =
    Merci. Un mentor a été prévenu et vous écrira ici dès que possible.
    Si vous êtes en danger en ce moment, contactez aussi une personne de confiance près de vous.
menu-bye = D'accord. Écrivez-moi quand vous voulez : tapez **menu** pour revoir les choix, ou **mentor** pour joindre une personne.
