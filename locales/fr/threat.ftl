### reviewed: no
## Signalement d'une menace ou d'un incident.

threat-title = Signaler une menace ou un incident
threat-description = Dire à un mentor ce qui s'est passé, pour recevoir de l'aide.
threat-intro = Je vais vous poser quelques questions sur ce qui s'est passé, pour qu'un mentor puisse vous aider. Ne partagez que ce qui vous met à l'aise : vous pouvez taper **passer** pour la plupart des questions. Tapez **mentor** à tout moment pour joindre une personne tout de suite.
threat-danger = D'abord, la question la plus importante : êtes-vous en danger immédiat en ce moment, ou une attaque est-elle en cours en ce moment ?

threat-urgent-reason = Danger immédiat ou attaque en cours (signalement).
threat-urgent-reply =
    J'ai prévenu l'équipe et marqué ceci comme **urgent**. Quelqu'un de l'équipe lira ceci dès que possible.
    En attendant, si vous pouvez le faire sans risque :
    - allez dans un endroit plus sûr, ou auprès de personnes de confiance ;
    - dites à une personne de confiance où vous êtes ;
    - si quelqu'un est dans vos comptes en ce moment, changez le mot de passe de votre e-mail depuis un appareil sûr, et déconnectez toutes les autres sessions.
    Si votre vie est menacée et qu'il est sûr pour vous de les contacter, appelez les services d'urgence locaux.
threat-urgent-end = Restez dans cette conversation si vous le pouvez : c'est ici que l'équipe vous répondra. Tapez **mentor** si vous avez de nouveau besoin de joindre une personne.
threat-channel = Avant de continuer : écrivez-vous depuis un téléphone, un ordinateur ou un compte qui pourrait être touché par ce qui s'est passé ?
threat-channel-safe = Non, cet appareil est sûr, à ma connaissance
    .synonyms = non, sûr
threat-channel-affected = Oui, il pourrait être touché
    .synonyms = oui, touché
threat-channel-tip = Merci d'y avoir pensé. Si vous le pouvez, continuez depuis un appareil de confiance : connectez-vous à cette conversation depuis cet appareil et écrivez **menu**. Sinon, continuez ici — tenez-vous aux faits, et ne tapez pas de nouveaux mots de passe sur cet appareil avant que quelqu'un l'ait examiné.

threat-kind = Que s'est-il passé ? Vous pouvez en choisir plusieurs : écrivez leurs numéros séparés par des virgules, par exemple « 2, 4 ».
threat-kind-surveillance = Surveillance : être observé(e), suivi(e) ou espionné(e)
    .synonyms = surveillance, suivi, espionné
threat-kind-account = Un compte piraté, ou une autre attaque numérique
    .synonyms = piraté, compte, numérique
threat-kind-device = Un téléphone ou un ordinateur perdu, volé ou saisi
    .synonyms = appareil, perdu, volé, saisi, confisqué
threat-kind-spyware = Un logiciel espion soupçonné, ou une alerte d'Apple, de Google ou de Meta sur des attaquants
    .synonyms = logiciel espion, espion, alerte
threat-kind-harassment = Harcèlement en ligne, menaces ou campagne de dénigrement
    .synonyms = harcèlement, en ligne
threat-kind-physical = Une menace ou une agression physique
    .synonyms = physique, agression
threat-kind-legal = Pression judiciaire ou administrative (convocation, poursuites, visa, banque…)
    .synonyms = judiciaire, administrative
threat-kind-detention = Un·e collègue, ami·e ou proche a été arrêté·e
    .synonyms = détention, arrêté, arrestation
threat-kind-repression = Des pressions de mon pays d'origine sur moi ou ma famille, à l'étranger (répression transnationale)
    .synonyms = pressions de mon pays, répression transnationale, répression
threat-kind-other = Autre chose
    .synonyms = autre
threat-offer-repression = Il existe un signalement fait pour les pressions venant du pays d'origine — menaces contre la famille, documents refusés, notices d'INTERPOL, informateurs, campagnes de dénigrement — avec des premières étapes pour chacune. Voulez-vous plutôt continuer avec celui-là ? Sinon, nous continuons ici.
threat-details = En quelques mots, que s'est-il passé ? (Facultatif : tapez **passer**.)
threat-platform = Quels comptes, applications ou appareils sont concernés ? Par exemple Gmail, WhatsApp, Instagram, un iPhone, un téléphone Android, Windows. (Facultatif : tapez **passer**.)
threat-access = Pouvez-vous encore accéder au compte ou à l'appareil touché ?
threat-access-full = Oui, j'y ai encore pleinement accès
    .synonyms = oui, pleinement
threat-access-partly = En partie : quelque chose a changé ou est bloqué
    .synonyms = en partie, partiellement
threat-access-lost = Non, j'ai perdu l'accès
    .synonyms = non, perdu, bloqué
threat-device-tip = Quand un téléphone ou un ordinateur n'est plus entre vos mains, le plus important est ce qu'il peut encore ouvrir. Depuis un appareil de confiance, déconnectez-le de vos comptes e-mail et cloud, retirez-le des appareils liés de Signal, WhatsApp et Telegram, et changez les mots de passe qu'il connaissait. Le Digital First Aid Kit a un guide pour les appareils perdus ou saisis : https://digitalfirstaid.org/
threat-spyware-tip = Tant que personne ne l'a examiné, ne réinitialisez pas et n'effacez pas le téléphone : une vérification en a besoin tel quel. Utilisez un autre appareil pour les conversations sensibles si vous le pouvez, et sur un iPhone activez le mode Isolement (Lockdown Mode). Une vraie alerte d'Apple, de Google ou de Meta ne vous demande jamais de cliquer sur un lien ni d'installer quoi que ce soit. La Helpline d'Access Now peut aider à vérifier un téléphone : https://www.accessnow.org/help/
threat-access-tip = Perdre l'accès est éprouvant, et cela se répare plus souvent qu'on ne le croit. Depuis un appareil de confiance, passez par la page de récupération de compte du service lui-même, et n'acceptez pas l'aide d'inconnus qui vous contactent à ce sujet. Le Digital First Aid Kit vous guide pas à pas : https://digitalfirstaid.org/
threat-timing = Quand est-ce arrivé, ou quand cela a-t-il commencé ? Une date ou « la semaine dernière » suffit.
threat-timing-hint = Une réponse approximative suffit, par exemple « hier », « depuis mars » ou « je ne sais pas ».
threat-ongoing = Est-ce que cela continue ?

threat-impact = Si cela continue ou se reproduit, à quel point serait-ce grave pour vous ou pour d'autres ?
threat-impact-minor = Désagréable, mais gérable
    .synonyms = mineur, gérable
threat-impact-serious = Grave : cela touche ma sécurité, mon travail ou ma santé
    .synonyms = grave
threat-impact-severe = Très grave : un risque pour la vie, la liberté, ou pour mes proches
    .synonyms = très grave
threat-likelihood = Quelle est la probabilité que cela se reproduise, ou s'aggrave, bientôt ?
threat-likelihood-unlikely = Peu probable
threat-likelihood-possible = Possible
threat-likelihood-likely = Probable

threat-where = Où cela s'est-il passé ? Un pays ou une ville suffit — pas d'adresse exacte. (Facultatif : tapez **passer**.)
threat-who = Savez-vous ou soupçonnez-vous qui est derrière ? (Facultatif : tapez **passer**.)
threat-affected = D'autres personnes sont-elles touchées ou en danger — famille, collègues, contacts ? (Facultatif : tapez **passer**.)

threat-evidence =
    Avez-vous une capture d'écran, une photo ou un fichier qui montre ce qui s'est passé ? Envoyez-le maintenant, ou tapez **passer**.
    Conseil : gardez les originaux et ne supprimez pas les messages ou publications ; notez les dates et les liens. Demandez-vous si un fichier pourrait exposer quelqu'un d'autre.
threat-evidence-more = Bien reçu, merci. Voulez-vous en envoyer un autre ?
threat-evidence-next = Envoyez le fichier suivant, ou tapez **passer**.
threat-evidence-max = Merci, j'ai trois fichiers. Si vous en avez d'autres, le mentor pourra les recevoir directement.

threat-steps-taken = Avez-vous déjà fait quelque chose — par exemple changé des mots de passe, prévenu quelqu'un, ou signalé les faits ? (Facultatif : tapez **passer**.)
threat-help = De quelle aide auriez-vous besoin ? Vous pouvez en choisir plusieurs, séparées par des virgules.
threat-help-digital = Sécuriser mes comptes ou mes appareils
threat-help-documentation = Documenter ce qui s'est passé
threat-help-legal = Conseils ou contacts juridiques
threat-help-psychosocial = Quelqu'un à qui parler, un soutien émotionnel
threat-help-physical = Sécurité physique ou relocalisation temporaire
threat-help-funds = Aide financière d'urgence
threat-share = Que peuvent voir les mentors ?
threat-share-none = Pas mes réponses, seulement que j'ai besoin d'aide
threat-contact-times = Quand est-il sûr et pratique pour un mentor de vous écrire ? Par exemple « en semaine après 18 h ». (Facultatif : tapez **passer**.)
threat-reason = Signalement d'une menace ou d'un incident.
threat-done =
    Merci. Votre signalement est maintenant entre les mains de l'équipe.
    La suite : quelqu'un de l'équipe le lira dès que possible et vous écrira ici, dans cette conversation. Les situations les plus urgentes passent en premier. Vous n'avez rien d'autre à faire pour l'instant.
    Si la situation change ou si vous vous sentez en danger, tapez **mentor** à tout moment. Pour voir ou effacer ce qui est gardé, tapez **mes données** ou **effacer mes données**.
threat-offer-plan = Quand vous vous sentirez prêt·e, un court bilan des risques peut transformer ce qui s'est passé en quelques prochaines étapes bien à vous — ou revoir votre plan si vous en avez un : tapez **menu** et choisissez le plan de protection.
threat-plan-later = Quand vous vous sentirez prêt·e, un court bilan des risques peut transformer ce qui s'est passé en quelques prochaines étapes bien à vous. Dans trois jours, je vous demanderai si vous voulez le faire — ou tapez **menu** et choisissez le plan de protection à tout moment.
threat-plan-invite = Il y a quelques jours, vous nous avez signalé une menace ou un incident. Un court bilan des risques peut vous aider à faire un plan de protection, ou à revoir le vôtre, à la lumière de ce qui s'est passé. Voulez-vous le faire maintenant ?
