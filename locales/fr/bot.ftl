### reviewed: no
## Texts of the bot itself, outside the flows: help, keywords' answers, follow-ups.

## Textes du bot lui-même (hors conversations).

bot-help = Vous pouvez écrire à tout moment : **menu** pour la liste des conversations, **retour** pour la question précédente, **mentor** pour joindre une personne, **langue** pour changer de langue, **stop** pour arrêter la conversation en cours et suspendre les rappels, **mes données** pour voir ce qui est gardé, **effacer mes données** pour l'effacer.
bot-slow-down = Vous écrivez plus vite que je ne peux bien répondre. Prenez votre temps — je lis la suite dans un instant.
bot-greeting = Bonjour, je suis le bot de l'équipe. Écrivez n'importe quel message pour commencer : je vous demanderai d'abord votre langue et vous dirai ce qu'il advient de vos informations.
bot-mentor-requested-reason = La personne a demandé à parler à quelqu'un.
bot-stopped = D'accord, je m'arrête ici et les rappels sont suspendus. Écrivez **menu** quand vous voulez revenir, et **reprendre** pour réactiver les rappels.
bot-identity-held = Votre compte a une nouvelle clé de sécurité. Tant qu'une personne de notre équipe n'a pas vérifié avec vous par un autre moyen (un appel, une rencontre), je ne réponds pas aux messages envoyés avec la nouvelle clé. Si ce n'est pas vous qui l'avez créée, quelqu'un d'autre contrôle peut-être votre compte : écrivez **mentor** ici.
bot-identity-confirmed = Votre nouvelle clé de sécurité est confirmée. Nous pouvons continuer.
bot-undecryptable = Désolé, je n'ai pas pu lire un message que vous venez de m'envoyer. Merci de l'envoyer à nouveau.

## Relances : invitations, réponses et réglages de la personne.

option-later = Plus tard
    .synonyms = plus tard, pas maintenant, tout à l'heure, demain, rappelez-moi plus tard, rappelle-moi plus tard
bot-followup-late = Pardon, ce message arrive plus tard que promis — je n'étais pas disponible pendant un moment.
bot-followup-offer = Voulez-vous commencer maintenant ? Répondez **oui**, **plus tard** ou **non**.
bot-followup-reminder = Vous m'avez demandé de vous le rappeler. Me voici.
bot-followup-from-mentor = Votre mentor m'a demandé de vous écrire :
bot-followup-from-mentor-check = Votre mentor m'a demandé de prendre de vos nouvelles : comment allez-vous ?
bot-followup-mentor-answer = Répondez ici : votre message lui sera transmis.
bot-followup-mentor-again = Écrivez **mentor** pour joindre une personne.
bot-followup-later-ok = D'accord, je vous le proposerai à nouveau demain.
bot-followup-cancelled = D'accord, je ne vous en reparlerai plus.
bot-followup-resumed = Les rappels sont de nouveau activés.
bot-followup-set = D'accord, je vous le rappellerai le { $when }.
bot-followup-bad-time = Je n'ai pas compris quand. Essayez par exemple **rappelez-moi dans 1d** pour demain, ou **rappelez-moi dans 3d** pour dans 3 jours.
bot-followup-none = Vous n'avez aucun rappel prévu.
bot-followup-list-head = Vos rappels prévus (heure de { $zone }) :
bot-followup-list-line = #{ $number } · { $when } · { $what }
bot-followup-what-person = votre rappel
bot-followup-what-mentor = de votre mentor
bot-followup-what-flow = une conversation
bot-followup-list-paused = Les rappels sont suspendus : aucun n'est envoyé pour le moment. Écrivez **reprendre** pour les réactiver.
bot-followup-list-help = Écrivez **annuler** suivi d'un numéro pour annuler un rappel, ou **reporter** suivi d'un numéro pour le décaler d'un jour.
bot-followup-cancel-ok = Le rappel { $number } est annulé.
bot-followup-snooze-ok = Le rappel { $number } est reporté au { $when }.
bot-followup-unknown = Je n'ai pas de rappel { $number } pour vous.
bot-timezone-unknown = Je ne connais pas ce fuseau horaire, j'ai donc gardé le réglage précédent. Écrivez-le comme **Europe/Paris** ou **Africa/Kinshasa**.
# A moment on the person's clock, in their time zone: $weekday is 1 (Monday) to 7 (Sunday), $month 1 to 12;
# $day, $year and $time (hours:minutes, 24 h) are ready to show. Arrange them as your language does.
bot-when = { $weekday ->
         [1] lun.
         [2] mar.
         [3] mer.
         [4] jeu.
         [5] ven.
         [6] sam.
        *[7] dim.
    } { $day } { $month ->
         [1] janv.
         [2] févr.
         [3] mars
         [4] avr.
         [5] mai
         [6] juin
         [7] juil.
         [8] août
         [9] sept.
         [10] oct.
         [11] nov.
        *[12] déc.
    } { $year } à { $time }
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
    Voici une copie de tout ce qui est gardé à votre sujet. Elle suit ce message, dans un fichier chiffré nommé **{ $file }**, qui contient :
    - vos réglages, et ce dont je me souviens d'une conversation à l'autre (par exemple votre dernier score de bien-être)
    - la dernière conversation de chacune de vos discussions avec moi, avec ses réponses ({ $conversations }) ; les conversations plus anciennes ne sont pas gardées
    - rappels : { $reminders } · fichiers envoyés : { $files } (décrits, pas renvoyés) · dossiers avec l'équipe : { $cases }
    - la clé de sécurité publique de votre compte, si je l'ai vue
    Toute personne qui peut ouvrir cette conversation peut lire le fichier : enregistrez-le en lieu sûr, puis supprimez-le ici. Écrivez **effacer mes données** pour tout effacer.
bot-privacy-export-empty = Rien n'est gardé à votre sujet pour le moment.
bot-privacy-export-failed = Je n'ai pas pu joindre le fichier pour l'instant. Écrivez de nouveau **mes données** dans un petit moment.

## help

bot-help-person = Pour parler à une personne de notre équipe, écrivez **mentor**.
bot-help-team = Vous échangez avec notre équipe au sujet de { $case } : ce que vous écrivez ici lui est transmis. Écrivez **menu** pour reparler avec moi, le bot.

## Ce que l'équipe promet : montré à l'ouverture d'une demande et dans la réponse de crise.

care-hours = Quelqu'un de l'équipe lit les messages les jours ouvrés ; une réponse peut prendre une journée.
care-now = Si vous avez besoin de quelqu'un plus tôt, ces services peuvent aider à toute heure :

## Someone without consent to storage, after a flow escalated with answers: ask first (one line).

bot-share-ask = Puis-je envoyer vos réponses de cette conversation à l'équipe, pour qu'elle sache ce que vous m'avez dit ? Répondez **oui** ou **non**.
bot-share-sent = Envoyé : l'équipe peut lire vos réponses avec votre demande.
bot-share-kept = D'accord : vos réponses n'ont pas été envoyées. L'équipe sait seulement que vous avez besoin de quelqu'un.
## Le plan de protection d'une personne (fait par le bilan des risques ; « mon plan » ; suggestions des mentors).

plan-made-head = **Votre plan**
plan-line = **{ $number }.** { $step }
plan-line-why = Pourquoi : { $why }
plan-line-own = (avec vos propres mots)
plan-line-mentor = (proposé par votre mentor)
plan-line-remind = Je vous en reparlerai le { $when }.
plan-made-kept = { $replaced ->
        [yes] Il remplace votre plan précédent. Je le garde chiffré, comme vos réponses : tapez **mon plan** pour le voir à tout moment, et **effacer mes données** l'efface.
       *[no] Je le garde chiffré, comme vos réponses : tapez **mon plan** pour le voir à tout moment, et **effacer mes données** l'efface.
    }
plan-made-not-kept = Vous avez choisi de ne pas me laisser garder vos réponses : je ne garde donc pas ce plan non plus, et je ne vous le rappellerai pas. Si vous voulez le garder, copiez-le dans un endroit sûr.
plan-none = Vous n'avez pas encore de plan de protection. Pour en faire un, tapez **menu** et choisissez le plan de protection : un court bilan des risques qui se termine par quelques étapes que vous choisissez.
plan-show-head = **Votre plan de protection** (fait le { $when }) :
plan-show-foot = Pour le revoir ou en faire un nouveau, tapez **menu** et choisissez le plan de protection. Les plans changent, et c'est normal.
plan-step-reminder = Vous m'avez demandé de revenir vers vous à propos d'une étape de votre plan de protection. Tapez **mon plan** pour le voir.
plan-step-due =
    Une étape de votre plan de protection :
    { $step }
    Avez-vous pu la faire ? Sinon, ce n'est pas grave — les plans changent. Tapez **mon plan** pour voir votre plan, ou **mentor** pour en parler avec une personne.
plan-suggest-ask =
    Votre mentor vous propose une étape pour votre plan de protection :
    { $step }
    Voulez-vous l'ajouter à votre plan ? Répondez **oui** ou **non**.
plan-suggest-added = C'est ajouté à votre plan. Tapez **mon plan** pour le voir.
plan-suggest-no = D'accord, je ne l'ai pas ajoutée.
plan-share-ask = Votre mentor aimerait voir votre plan de protection, pour vous aider avec. Est-ce d'accord ? Répondez **oui** ou **non**.
plan-share-yes = Merci. Vos mentors peuvent maintenant voir votre plan quand ils le demandent. Pour changer cela, refaites votre plan depuis le **menu**.
plan-share-no = D'accord, votre plan reste à vous.
