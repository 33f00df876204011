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
mentor-card-howto = Réagissez à cette fiche ou écrivez `!claim { $number }` pour prendre le cas. Répondez dans son fil pour écrire à la personne.
mentor-urgency-normal = normal
mentor-urgency-high = élevée
mentor-urgency-urgent = 🔴 URGENT
mentor-answer-skipped = (sans réponse)
mentor-answer-file = (un fichier, dans le fil)
mentor-flow-unknown = une conversation

## Rappels des cas urgents (le bot ajoute @room lui-même).

mentor-reping = **{ $case }** est urgent et attend un·e mentor depuis { $minutes } min. Réagissez à sa fiche ou écrivez `!claim { $number }`.
mentor-urgent-now = **{ $case }** est maintenant urgent. Réagissez à sa fiche ou écrivez `!claim { $number }`.
mentor-reping-high = **{ $case }** (élevée) attend un mentor depuis { $minutes } min. Réagissez à sa fiche ou écrivez `!claim { $number }`.
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
    - `!claim 42` : prendre un cas (ou réagir à sa fiche)
    - `!release 42` : le rendre
    - `!assign 42 @nom:serveur` : le confier à un·e autre mentor
    - `!note 42 texte` : une note pour l'équipe, jamais montrée à la personne
    - `!close 42 [note]` : le clore ; la personne est prévenue et on lui demande si cela l'a aidée
    - `!reveal 42` : lui montrer votre identifiant Matrix avec vos messages
    - `!handoff 42` : une nouvelle discussion chiffrée entre vous et la personne (on lui demande d'abord, sauf si elle a partagé son nom)
    - `!oncall on` / `!oncall off` : être prévenu·e par message direct quand une demande urgente attend sans mentor
    - `!oncall` : qui est d'astreinte maintenant, et le planning

    Répondez dans le fil d'un cas pour écrire à la personne ; ce qu'elle écrit revient dans ce fil.

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
