### reviewed: no
## Mentors. Texts for the mentor room are shown in the default language; texts starting with
## `mentor-person-` are for the person, in their own language. Keep the ids and the { $placeables };
## keep commands such as `!claim` as they are (mentors type them in English).

## La fiche du cas dans le salon des mentors.

mentor-card-title = Nouveau cas **{ $case }** · { $urgency } · { $flow }
mentor-card-update = **{ $case }** : une nouvelle demande de la même personne · { $urgency } · { $flow }
mentor-card-status-open = État : en attente d'un·e mentor.
mentor-card-status-claimed = État : pris en charge par { $mentor }.
mentor-card-status-closed = État : clos.
mentor-card-reason = Pourquoi : { $reason }
mentor-card-who = Qui : { $who }
mentor-card-pseudonymous = { $case } (pseudonyme)
mentor-card-erased = La personne a effacé ses données : son identité et ce qu'elle avait partagé ne sont plus gardés.
mentor-card-shared = Ce que la personne a accepté de partager :
mentor-card-not-shared = La personne a choisi de ne pas partager ses réponses.
mentor-card-files = { $count ->
    [one] Un fichier suit dans le fil de ce cas.
   *[other] { $count } fichiers suivent dans le fil de ce cas.
}
mentor-card-howto = Écrivez `!claim { $number }` pour prendre le cas. Répondez dans son fil pour écrire à la personne.
mentor-urgency-normal = normal
mentor-urgency-high = élevée
mentor-urgency-urgent = 🔴 URGENT
mentor-answer-skipped = (sans réponse)
mentor-answer-file = (un fichier, dans le fil)
mentor-flow-unknown = une conversation

## Rappels des cas urgents (le bot ajoute @room lui-même).

mentor-reping = **{ $case }** est urgent et attend un·e mentor depuis { $minutes } min. Écrivez `!claim { $number }` pour le prendre.
mentor-urgent-now = **{ $case }** est maintenant urgent. Écrivez `!claim { $number }` pour le prendre.
mentor-reping-high = **{ $case }** (élevée) attend un mentor depuis { $minutes } min. Écrivez `!claim { $number }` pour le prendre.
mentor-still-unclaimed = **{ $case }** attend toujours un mentor, après { $count } rappels et { $minutes } min. C'était le dernier rappel dans ce salon ; `!cases` liste ce qui est ouvert.

## Réponses aux commandes des mentors.

mentor-claimed = { $case } est maintenant pris en charge par { $mentor }.
mentor-claimed-already = { $case } est déjà pris en charge par { $mentor }. Pour le reprendre : `!assign { $number } { $you }`
mentor-claimed-yours = { $case } est déjà à vous.
mentor-released = { $case } est de nouveau ouvert, en attente d'un·e mentor.
mentor-released-not-claimed = Personne n'a pris { $case }.
mentor-assigned = { $case } est maintenant confié à { $mentor }.
mentor-not-member = { $mentor } n'a pas rejoint ce salon. Invitez cette personne d'abord.
mentor-note-added = Note gardée avec { $case }. Elle n'est jamais montrée à la personne.
mentor-closed = { $case } est clos. La personne a été prévenue, et on lui a demandé si cela l'a aidée.
mentor-closed-already = { $case } est clos.
mentor-case-closed-no-relay = { $case } est clos : votre message n'a pas été transmis.
mentor-case-unreachable = { $case } ne peut plus joindre la personne : elle a effacé ses données.
mentor-revealed = Désormais, vos messages dans { $case } lui montrent votre identifiant Matrix.
mentor-unknown-case = Il n'y a pas de cas { $number }. `!cases` liste les cas ouverts.
mentor-unknown-command = Je ne connais pas `{ $command }`. `!help` liste ce que je comprends.
mentor-usage = Écrivez-le ainsi : `{ $usage }`
mentor-help =
    Commandes, dans ce salon (un numéro de cas s'écrit `42` ou `C-0042` ; dans le fil d'un cas, on peut l'omettre) :

    - `!cases` : les cas ouverts, les plus urgents d'abord
    - `!case 42` : le détail d'un cas et ses notes
    - `!claim 42` : prendre un cas (une réaction à sa fiche ne suffit pas : les réactions ne sont pas chiffrées, n'importe qui sur le serveur pourrait en simuler une)
    - `!release 42` : le rendre
    - `!assign 42 @nom:serveur` : le confier à un·e autre mentor
    - `!note 42 texte` : une note pour l'équipe, jamais montrée à la personne
    - `!close 42 [note]` : le clore ; la personne est prévenue et on lui demande si cela l'a aidée
    - `!reveal 42` : lui montrer votre identifiant Matrix avec vos messages
    - `!handoff 42` : une nouvelle discussion chiffrée entre vous et la personne (on lui demande d'abord, sauf si elle a partagé son nom)
    - `!oncall on` / `!oncall off` : être prévenu·e par message direct quand une demande urgente attend sans mentor
    - `!oncall` : qui est d'astreinte maintenant, et le planning
    - `!followup 42 in 3d [texte]` ou `!followup 42 on 2026-12-03 10:00 [texte]` (son heure) : je lui écris à ce moment-là, de la part de « votre mentor »
    - `!followups 42` : les relances prévues pour un cas ; `!followup cancel 7` en annule une
    - `!plan 42` : son plan de protection, dans le fil du cas — seulement après son accord (je le lui demande si besoin)
    - `!suggest 42 texte` : je lui demande s'il ou elle veut ajouter cette étape à son plan
    - `!identity` : les clés de sécurité changées, en attente ; `!identity approve P-1234` après avoir vérifié avec la personne par un autre moyen

    Répondez dans le fil d'un cas pour écrire à la personne ; ce qu'elle écrit revient dans ce fil.

## Follow-ups mentors ask for (`!followup`): times on the person's clock, and in UTC.

mentor-followup-set = Relance { $number } pour { $case } : { $when }, son heure ({ $zone }), { $utc }. La personne la lira de la part de « votre mentor », sans votre identifiant Matrix.
mentor-followup-quiet = L'heure donnée tombe dans ses heures calmes : la relance part quand elles finissent (l'heure ci-dessus).
mentor-followup-paused = La personne a suspendu les rappels : la relance attend qu'elle les réactive.
mentor-followup-bad-time = Je n'ai pas compris quand. Écrivez par exemple `!followup 42 in 3d [texte]` ou `!followup 42 on 2026-12-03 10:00 [texte]` (son heure), au plus un an à l'avance.
mentor-followup-past = { $when } ({ $zone }) est déjà passé pour elle.
mentor-followup-unknown = Il n'y a pas de relance { $number } prévue par les mentors. `!followups 42` liste celles d'un cas.
mentor-followup-cancelled = La relance { $number } ({ $case }) est annulée.
mentor-followups-none = Aucune relance prévue pour { $case }.
mentor-followups-head = Relances prévues pour { $case } :
mentor-followups-line = #{ $number } · { $when } ({ $zone }) · { $utc } · { $text }
mentor-followup-no-text = (sans texte : on lui demande comment elle va)
mentor-followup-delivered = { $case } : la relance { $number } lui a été envoyée.
mentor-followup-cancelled-by-them = { $case } : la personne a annulé la relance { $number }.

## Listes et détails.

mentor-cases-none = Aucun cas ouvert.
mentor-cases-head = Cas ouverts, les plus urgents d'abord, puis les plus anciens :
mentor-cases-line = { $case } · { $urgency } · { $status } · { $flow } · { $age }
mentor-status-open = en attente
mentor-status-claimed = pris par { $mentor }
mentor-status-closed = clos
mentor-age-minutes = il y a { $count } min
mentor-age-hours = il y a { $count } h
mentor-age-days = { $count ->
    [one] il y a { $count } jour
   *[other] il y a { $count } jours
}
mentor-case-opened-at = Ouvert { $age }.
mentor-case-notes = Notes :
mentor-case-handoff-asked = Une discussion directe a été proposée ; en attente de sa réponse.
mentor-case-handoff-approved = Une discussion directe a été acceptée ; elle est en cours de création.
mentor-case-handoff-created = Une discussion directe avec la personne existe.
mentor-case-handoff-declined = La personne a préféré ne pas avoir de discussion directe.
mentor-case-handoff-failed = La discussion directe n'a pas pu être créée.

## Ce que fait la personne, vu par les mentors (dans le fil du cas).

mentor-relay-from = { $case } :
mentor-relay-from-edited = { $case } (modifié) :
mentor-relay-file = { $case } a envoyé un fichier ; il suit dans ce fil.
mentor-asked-again = { $case } : la personne a de nouveau demandé à parler à quelqu'un.
mentor-feedback-yes = { $case } : la personne dit que cela l'a aidée.
mentor-feedback-no = { $case } : la personne dit que cela ne l'a pas aidée.
mentor-anonymised = { $case } : la personne a effacé ses données. Le cas est clos ; les notes sont gardées.
mentor-file-gone = { $case } : un fichier n'est plus gardé (effacé, ou durée de conservation dépassée).
mentor-file-not-cleaned = { $case } : le fichier suivant peut encore contenir des détails cachés, comme le lieu ou le téléphone où il a été fait ; le bot n'a pas pu les retirer. Ouvrez-le avec prudence, sur un appareil de confiance.

## Discussions directes.

mentor-handoff-asked = { $case } : j'ai demandé à la personne si elle accepte une discussion directe avec vous.
mentor-handoff-agreed = { $case } : la discussion directe est acceptée ; je la crée.
mentor-handoff-declined = { $case } : la personne préfère rester ici. Continuez à écrire dans ce fil.
mentor-handoff-created = { $case } : une nouvelle discussion chiffrée avec la personne et { $mentor } est créée ; les deux sont invités.
mentor-handoff-failed = { $case } : la discussion directe n'a pas pu être créée. Réessayez `!handoff { $number }` plus tard.

## Clés de sécurité changées (pour les mentors et les admins).

mentor-identity-held = **{ $who }** : la clé de sécurité de son compte a changé. C'est peut-être la personne sur un nouvel appareil — ou quelqu'un qui a pris son compte. Tant que l'un·e de vous n'a pas vérifié avec elle par un autre moyen (un appel, en personne) et approuvé, je n'envoie rien à la nouvelle clé et j'ignore ce qu'elle dit. Approuver : `!identity approve { $label }` · garder en attente : `!identity reject { $label }`
mentor-identity-no-case = une personne sans cas ouvert ({ $label })
mentor-identity-none = Aucune clé de sécurité changée n'est en attente.
mentor-identity-head = Clés de sécurité changées, en attente :
mentor-identity-line = { $label } · { $status } · { $age }
mentor-identity-status-pending = attend une décision
mentor-identity-status-rejected = refusée, toujours en attente
mentor-identity-approved = { $label } : approuvée. Je fais désormais confiance à sa nouvelle clé.
mentor-identity-rejected = { $label } : toujours en attente. Je continue d'ignorer la nouvelle clé.
mentor-identity-unknown = Rien n'est en attente sous { $label }. `!identity` liste ce qui l'est.

## La liste des mentors (pour les mentors et les admins).

mentor-room-unlisted = { $user } est dans le salon des mentors mais pas sur la liste des mentors (`mentors.members`) : cette personne ne reçoit aucun cas et j'ignore ses commandes. Retirez-la du salon, ou demandez à un·e admin de l'ajouter à la liste.

## Pour la personne, dans sa discussion avec le bot.

mentor-person-opened = L'équipe a été prévenue. Quelqu'un de l'équipe lira ceci dès que possible et vous répondra ici. D'ici là, et pendant que vous échangez avec elle, ce que vous écrivez ici lui est transmis. Écrivez **menu** pour parler avec moi, le bot, à la place.
mentor-person-still-open = Votre demande est entre les mains de l'équipe. Quelqu'un la lira dès que possible et vous répondra ici. Ce que vous écrivez ici lui est transmis.
mentor-person-taken = Un·e mentor a pris en charge votre demande et va vous écrire ici.
mentor-person-says = Votre mentor :
mentor-person-says-named = Votre mentor ({ $mentor }) :
mentor-person-closed = Votre mentor a clos cette conversation. Cela vous a-t-il aidé ? Répondez **oui** ou **non**.
mentor-person-thanks = Merci de nous l'avoir dit. Écrivez **menu** pour voir ce que nous pouvons faire ensemble, ou **mentor** pour joindre à nouveau une personne.
mentor-person-on-the-way = J'ai rappelé à l'équipe que vous attendez. Quelqu'un de l'équipe lira ceci dès que possible. En attendant, si vous avez besoin d'aide maintenant :
mentor-person-no-team = Je suis désolé : en ce moment, personne ne peut être joint par cette conversation, donc je ne peux pas transmettre votre demande. Ces services peuvent aider, à toute heure :
mentor-person-team-unreachable = Je n'ai pas pu joindre l'équipe à l'instant : personne ne peut répondre par cette conversation pour le moment. Votre demande est gardée et lui parviendra dès que la connexion fonctionnera de nouveau. Ces services peuvent aider, à toute heure :
mentor-person-handoff-ask = Votre mentor aimerait vous parler dans une nouvelle discussion privée et chiffrée. Là, cette personne verra votre nom Matrix. Êtes-vous d'accord ? Répondez **oui** ou **non**.
mentor-person-handoff-invited = Je vous ai invité·e dans une nouvelle discussion chiffrée avec votre mentor. Acceptez l'invitation pour lui parler directement.
mentor-person-handoff-declined = D'accord, nous restons ici. Votre mentor continuera à vous écrire par mon intermédiaire.

## Astreinte (`!oncall`) et messages directs de l'échelle. Un message direct ne nomme que la
## demande — jamais la personne — car il peut s'afficher sur un écran verrouillé.

mentor-oncall-on = Vous êtes d'astreinte : quand une demande urgente attend sans mentor, je vous préviens par message direct chiffré. Écrivez `!oncall off` quand vous arrêtez.
mentor-oncall-already-on = Vous êtes déjà d'astreinte. Écrivez `!oncall off` pour arrêter.
mentor-oncall-off = Vous n'êtes plus d'astreinte.
mentor-oncall-not-on = Vous n'étiez pas d'astreinte.
mentor-oncall-list = D'astreinte maintenant : { $names }
mentor-oncall-none = Personne n'est d'astreinte maintenant.
mentor-oncall-rota = Le planning (dans la configuration) :
mentor-oncall-howto = `!oncall on` vous met d'astreinte jusqu'à `!oncall off`. Une demande urgente que personne ne prend est envoyée, par son numéro seulement, en message direct aux personnes d'astreinte, puis aux responsables.
mentor-dm-oncall = 🔴 La demande urgente **{ $case }** attend depuis { $minutes } min sans mentor, et vous êtes d'astreinte. Prenez-la dans le salon des mentors : `!claim { $number }`.
mentor-dm-lead = 🔴 La demande urgente **{ $case }** attend depuis { $minutes } min et personne ne l'a prise, même après avoir prévenu l'astreinte. Prenez-la dans le salon des mentors (`!claim { $number }`), ou trouvez quelqu'un qui le peut.
mentor-dm-here = Je n'envoie que des alertes dans cette discussion. Traitez les demandes dans le salon des mentors.
mentor-ladder-oncall-sent = { $case } : l'astreinte a été prévenue par message direct ({ $names }).
mentor-ladder-leads-sent = { $case } : les responsables ont été prévenus par message direct ({ $names }).
mentor-ladder-nobody-oncall = { $case } : personne n'est d'astreinte, donc personne n'a été prévenu par message direct. Écrivez `!oncall on` pour être joint·e la prochaine fois.
mentor-ladder-no-leads = { $case } : aucun responsable n'est configuré (`mentors.leads`, sinon les admins), donc personne n'a été prévenu.
mentor-ladder-dm-failed = { $case } : je n'ai pas pu ouvrir de discussion directe avec { $mentor }.
## Team mode

mentor-person-passed = Transmis à l'équipe. Elle le lira dès que possible et vous répondra ici.
mentor-person-file-unreadable = Je n'ai pas pu transmettre ce fichier à l'équipe : il est trop volumineux ou illisible. Vous pouvez le décrire avec des mots, ou essayer un fichier plus petit.

## !commands in a direct chat

mentor-dm-pointer = `{ $command }` fonctionne dans le salon des mentors, pas dans une discussion directe avec moi : { $room }
mentor-dm-no-room = `{ $command }` fonctionne dans le salon des mentors, et aucun salon des mentors n'est encore configuré (`mentor_room` dans la configuration).

## Plans de protection : `!plan 42` (montré seulement avec l'accord de la personne) et `!suggest 42 texte`.

mentor-plan-head = **{ $case } : plan de protection** ({ $count ->
        [one] une étape
       *[other] { $count } étapes
    }), partagé par la personne :
mentor-plan-in-thread = { $case } : le plan est dans le fil du dossier.
mentor-plan-none = { $case } n'a pas de plan de protection.
mentor-plan-asked = J'ai demandé à { $case } si vous pouvez voir son plan de protection. Il apparaîtra ici si la personne est d'accord.
mentor-plan-declined = { $case } a choisi de ne pas partager son plan de protection.
mentor-suggest-sent = Votre suggestion est partie vers { $case }. La personne répondra oui ou non, et vous le verrez ici.
mentor-suggest-added = { $case } a ajouté l'étape proposée à son plan.
mentor-suggest-declined = { $case } n'a pas ajouté l'étape proposée.
mentor-suggest-no-storage = { $case } n'a pas accepté que le bot garde ses données : aucun plan ne peut donc être gardé pour cette personne.
