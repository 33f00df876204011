### reviewed: no
## Mots de crise. Le bot les cherche dans chaque message, à chaque étape, dans toutes les langues.
## Admins : ajoutez des expressions, séparées par des virgules ou des retours à la ligne. La
## comparaison ignore majuscules, accents, apostrophes (« j'ai » = « jai ») et ponctuation, et
## pardonne une faute de frappe dans les mots de six lettres ou plus ; une entrée "entre guillemets"
## doit être écrite telle quelle. Un mot terminé par * couvre tous les mots qui commencent ainsi.
## Un mot seul ne compte pas juste après une négation (« pas suicidaire ») ; une expression de
## plusieurs mots compte toujours. Voir docs/CARE.md.

crisis-selfharm =
    suicide, suicidaire, me suicider, envie de me suicider, tentative de suicide,
    je veux me tuer, je vais me tuer, envie de me tuer,
    mettre fin à mes jours, mettre fin à ma vie, en finir avec la vie, envie d'en finir, je veux en finir,
    envie de mourir, je veux mourir, veux mourir, je voudrais mourir, je préférerais être mort, je préférerais être morte,
    je ne veux plus vivre, je veux plus vivre, plus envie de vivre, pas envie de vivre, marre de vivre,
    aucune raison de vivre, plus de raison de vivre, la vie ne vaut plus la peine, mieux sans moi,
    je n'en peux plus, me faire du mal, me blesser, me scarifier, scarification,
    me couper les veines, m'ouvrir les veines, me pendre, disparaître pour toujours, me foutre en l'air

crisis-danger =
    ils viennent me chercher, ils vont venir me chercher, ils sont venus me chercher,
    je suis suivi, je suis suivie, on me suit, quelqu'un me suit, ils me suivent, je suis filé, je suis filée,
    je suis en danger, nous sommes en danger, on est en danger, ma vie est en danger, en danger de mort, danger immédiat,
    ils ont arrêté, ils m'ont arrêté, ils m'ont arrêtée, ils l'ont arrêté, ils l'ont arrêtée, ont été arrêtés,
    a été arrêté, a été arrêtée, "arrestation", interpellé par la police, en garde à vue,
    "enlèvement", a été enlevé, a été enlevée, "kidnappé", "kidnappée", ils l'ont emmené, en détention,
    "perquisition", ils sont devant chez moi, ils sont devant ma porte, ils frappent à ma porte,
    la police est là, la police est devant

crisis-negations = pas, ne, jamais, non, sans, aucun, aucune, ni
crisis-negations-after = { "" }
crisis-ignore =
    attentat suicide, attentats suicides, attentat-suicide, attaque suicide, kamikaze

crisis-reply = { $kind ->
    [danger] Je vous entends, et je prends cela au sérieux. **Êtes-vous en sécurité en ce moment ?** Si vous le pouvez, allez dans un endroit plus sûr, ou près de quelqu'un de confiance.
   *[selfharm] Merci de me l'avoir dit. Je suis vraiment content que vous l'ayez fait — vous n'avez pas à porter cela seul·e. **Êtes-vous en sécurité en ce moment ?**
}
crisis-telling-team = Je préviens l'équipe maintenant, en urgence. Ce que vous écrivez ici ensuite leur parvient aussi.
crisis-no-team = Je suis désolé : en ce moment, personne ne peut être joint par cette conversation.
crisis-continue = J'ai mis en pause ce que nous faisions. Quand vous voulez, écrivez **continuer** pour y revenir, ou **menu** pour la liste.
crisis-again = Je suis là, et l'équipe est prévenue. Si vous êtes en danger maintenant, utilisez les contacts que je vous ai donnés plus haut.

crisis-reason-selfharm = La personne a écrit des mots de suicide ou d'automutilation dans la conversation.
crisis-reason-danger = La personne a écrit des mots de danger immédiat dans la conversation.
crisis-words-withheld = La personne n'a pas accepté de partager ses messages : ses mots ne sont pas montrés.
