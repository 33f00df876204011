### reviewed: no
## Texts of the bot itself, outside the flows: help, keywords' answers, follow-ups.

## Textes du bot lui-même (hors conversations).

bot-help = Vous pouvez écrire à tout moment : **menu** pour la liste des conversations, **retour** pour la question précédente, **mentor** pour joindre une personne, **langue** pour changer de langue, **stop** pour suspendre les rappels, **mes données** pour voir ce qui est gardé, **effacer mes données** pour l'effacer.
bot-slow-down = Vous écrivez plus vite que je ne peux bien répondre. Prenez votre temps — je lis la suite dans un instant.
bot-mentor-requested = Merci. J'ai demandé à une personne de notre équipe de vous répondre ici. Cela peut prendre un peu de temps ; vous pouvez continuer à écrire en attendant.
bot-mentor-requested-reason = La personne a demandé à parler à quelqu'un.
bot-stopped = Les rappels sont suspendus. Je ne vous écrirai plus sans message de votre part. Écrivez **menu** à tout moment pour recommencer.
bot-delete-soon = Pour effacer ce qui est gardé à votre sujet, écrivez **mentor** : une personne de notre équipe l'effacera et vous le confirmera ici.
bot-mydata-soon = Pour recevoir une copie de ce qui est gardé à votre sujet, écrivez **mentor** : une personne de notre équipe vous l'enverra ici.
bot-identity-changed = La clé de sécurité de votre compte a changé. Si vous avez configuré un nouvel appareil ou réinitialisé vos clés, tout va bien. Sinon, quelqu'un d'autre a peut-être accès à votre compte : écrivez **mentor** pour joindre une personne.

## Relances : invitations, réponses et réglages de la personne.

option-later = Plus tard
    .synonyms = plus tard, pas maintenant, tout à l'heure, demain, rappelez-moi plus tard, rappelle-moi plus tard
bot-followup-late = Pardon, ce message arrive plus tard que promis — je n'étais pas disponible pendant un moment.
bot-followup-offer = Voulez-vous commencer maintenant ? Répondez **oui**, **plus tard** ou **non**.
bot-followup-reminder = Vous m'avez demandé de vous le rappeler. Me voici.
bot-followup-later-ok = D'accord, je vous le proposerai à nouveau demain.
bot-followup-cancelled = D'accord, je ne vous en reparlerai plus.
bot-followup-resumed = Les rappels sont de nouveau activés.
bot-followup-set = D'accord, je vous le rappellerai à ce moment-là.
bot-followup-bad-time = Je n'ai pas compris quand. Essayez par exemple **rappelez-moi dans 1d** pour demain, ou **rappelez-moi dans 3d** pour dans 3 jours.
bot-followup-none = Vous n'avez aucun rappel prévu.
bot-followup-list-head = Vos rappels prévus :
bot-followup-list-help = Écrivez **annuler** suivi d'un numéro pour annuler un rappel, ou **reporter** suivi d'un numéro pour le décaler d'un jour.
bot-followup-cancel-ok = Le rappel { $number } est annulé.
bot-followup-snooze-ok = Le rappel { $number } est décalé d'un jour.
bot-followup-unknown = Je n'ai pas de rappel { $number } pour vous.
bot-timezone-unknown = Je ne connais pas ce fuseau horaire, j'ai donc gardé le réglage précédent. Écrivez-le comme **Europe/Paris** ou **Africa/Kinshasa**.
# Mots qui pilotent les relances (séparés par des virgules ; « annuler 3 », « reporter 3 », « rappelez-moi dans 3d »).
followup-word-list = rappels, mes rappels, relances, mes relances
followup-word-resume = reprendre, reprendre les rappels, réactiver les rappels, rappels activés
followup-word-cancel = annuler, annuler le rappel, supprimer le rappel
followup-word-snooze = reporter, repousser, décaler
followup-word-remind = rappelez-moi dans, rappelle-moi dans, rappel dans
