### reviewed: no
## Texts of the bot itself, outside the flows: help, keywords' answers, follow-ups.

## Textes du bot lui-même (hors conversations).

bot-help = Vous pouvez écrire à tout moment : **menu** pour la liste des conversations, **retour** pour la question précédente, **mentor** pour joindre une personne, **langue** pour changer de langue, **stop** pour arrêter la conversation en cours et suspendre les rappels, **mes données** pour voir ce qui est gardé, **effacer mes données** pour l'effacer.
bot-slow-down = Vous écrivez plus vite que je ne peux bien répondre. Prenez votre temps — je lis la suite dans un instant.
bot-mentor-requested-reason = La personne a demandé à parler à quelqu'un.
bot-stopped = D'accord, je m'arrête ici et les rappels sont suspendus. Écrivez **menu** quand vous voulez revenir, et **reprendre** pour réactiver les rappels.
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

## Confidentialité : la copie de ses données, leur effacement, et quitter la conversation.

bot-privacy-delete-confirm =
    Cela efface tout ce qui est gardé à votre sujet ici : vos réglages, vos réponses, vos rappels et les fichiers que vous avez envoyés. Les dossiers qu'un mentor a ouverts pour vous ne gardent que leur numéro — ni votre nom, ni cette conversation, ni ce que vous avez partagé. C'est irréversible.
    Tout effacer maintenant ? Répondez **oui** ou **non**.
bot-privacy-delete-kept = D'accord, rien n'a été effacé. Écrivez **menu** pour continuer.
bot-privacy-deleted =
    C'est fait : tout ce qui était gardé à votre sujet a été effacé.
    Voulez-vous aussi que je quitte cette conversation ? Répondez **oui** ou **non**.
bot-privacy-goodbye = Au revoir, prenez soin de vous. Je quitte cette conversation maintenant ; supprimez-la aussi de votre côté, pour qu'elle disparaisse de cet appareil. Si vous avez de nouveau besoin de nous, ouvrez simplement une nouvelle conversation avec moi.
bot-privacy-stay = D'accord, je reste. Plus rien n'est gardé à votre sujet ; si vous m'écrivez à nouveau, nous repartons de zéro.
bot-privacy-export =
    Voici une copie de tout ce qui est gardé à votre sujet. Le fichier ci-dessous contient tout :
    - conversations : { $conversations }
    - rappels : { $reminders }
    - fichiers envoyés : { $files }
    - dossiers avec un mentor : { $cases }
    Toute personne qui peut ouvrir cette conversation peut lire le fichier : enregistrez-le en lieu sûr, puis supprimez-le ici. Écrivez **effacer mes données** pour tout effacer.
bot-privacy-export-empty = Rien n'est gardé à votre sujet pour le moment.
bot-privacy-export-failed = Je n'ai pas pu joindre le fichier pour l'instant. Écrivez de nouveau **mes données** dans un petit moment.

mentor-identity-changed = { $case } : la clé de sécurité de cette personne a changé. Si elle ne l'a pas réinitialisée elle-même, son compte est peut-être entre d'autres mains — vérifiez avec elle par un autre moyen avant de partager quoi que ce soit de sensible.

## Ce que l'équipe promet : montré à l'ouverture d'une demande et dans la réponse de crise.

care-hours = Quelqu'un de l'équipe lit les messages les jours ouvrés ; une réponse peut prendre une journée.
care-now = Si vous avez besoin de quelqu'un plus tôt, ces services peuvent aider à toute heure :
