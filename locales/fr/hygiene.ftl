### reviewed: no
## Vérification de sécurité numérique. Pour chaque point : hygiene-<point>
## (la question), hygiene-<point>-tip (après « non » ou « je ne sais pas »),
## hygiene-next-<point> (une ligne dans la liste des prochaines étapes).

hygiene-title = Vérification de sécurité numérique
hygiene-description = Des questions rapides sur vos comptes, vos appareils et vos messages, avec les prochaines étapes les plus utiles.
hygiene-intro =
    Vérifions les bases qui vous protègent en ligne : des questions rapides sur vos comptes, vos appareils et vos messages. Cela prend environ 5 minutes, et il n'y a pas de mauvaise réponse.
    Répondez **oui**, **non** ou **je ne sais pas**. Après un « non » ou un « je ne sais pas », je vous donne un conseil court.
    Tapez **mentor** à tout moment pour joindre une personne.

## Comptes
hygiene-passwords =
    🔑 Comptes
    Utilisez-vous un mot de passe différent et solide pour chaque compte important — par exemple avec un gestionnaire de mots de passe ?
hygiene-passwords-tip = Les mots de passe réutilisés sont l'une des façons les plus courantes de se faire prendre un compte : quand un site fuite, les attaquants essaient le même mot de passe partout. Un gestionnaire de mots de passe (comme Bitwarden ou KeePassXC) crée et retient un mot de passe long et unique pour chaque compte, protégé par une seule phrase de passe solide que vous seul·e connaissez. Commencez par votre e-mail, puis vos messageries et réseaux sociaux.
hygiene-next-passwords = Utilisez un gestionnaire de mots de passe et donnez des mots de passe uniques à votre e-mail et à vos comptes principaux.

hygiene-twofactor = La connexion en deux étapes (authentification à deux facteurs) est-elle activée sur vos comptes e-mail, messageries et réseaux sociaux — avec une application ou une clé de sécurité plutôt que des codes par SMS ?
hygiene-twofactor-tip = La connexion en deux étapes bloque la plupart des prises de contrôle de comptes, même quand un mot de passe a fuité. Activez-la dans les paramètres de sécurité de chaque compte, en commençant par votre e-mail. Préférez une application d'authentification ou une clé de sécurité : les codes par SMS peuvent être interceptés, ou volés en prenant le contrôle de votre numéro. Gardez les codes de secours dans un endroit sûr, hors ligne.
hygiene-next-twofactor = Activez la connexion en deux étapes avec une application, en commençant par votre e-mail.

hygiene-recovery = Ces derniers mois, avez-vous vérifié l'e-mail et le numéro de récupération de vos comptes, ainsi que les règles de transfert de votre messagerie ?
hygiene-recovery-tip = Une personne qui entre une fois dans un compte ajoute souvent sa propre adresse de récupération ou une règle de transfert cachée, pour continuer à lire vos e-mails. Dans chaque compte important, vérifiez que l'e-mail et le numéro de récupération sont bien à vous et fonctionnent. Dans les paramètres de votre messagerie, supprimez tout transfert ou filtre que vous n'avez pas créé.
hygiene-next-recovery = Vérifiez l'e-mail et le numéro de récupération et les règles de transfert de vos comptes principaux.

hygiene-sessions = Avez-vous regardé récemment quels appareils sont connectés à vos comptes, et déconnecté ceux que vous ne reconnaissez pas ?
hygiene-sessions-tip = La plupart des services (e-mail, Signal, WhatsApp, Telegram, Facebook…) affichent dans leurs paramètres la liste des sessions actives ou des appareils associés. Cherchez les appareils, lieux ou navigateurs que vous ne reconnaissez pas, déconnectez-les, puis changez le mot de passe de ce compte. Recommencez de temps en temps, et toujours après la perte ou la saisie d'un téléphone.
hygiene-next-sessions = Passez en revue les appareils connectés à vos comptes et déconnectez ceux que vous ne connaissez pas.

## Appareils
hygiene-updates =
    📱 Appareils
    Votre téléphone et votre ordinateur installent-ils les mises à jour du système et des applications, et les installez-vous rapidement ?
hygiene-updates-tip = Les mises à jour corrigent des failles que les attaquants — y compris les vendeurs de logiciels espions — exploitent activement. Activez les mises à jour automatiques du téléphone, de l'ordinateur, du navigateur et des applications, et redémarrez quand c'est demandé. Si un appareil ne reçoit plus de mises à jour, évitez de l'utiliser pour un travail sensible et prévoyez de le remplacer.
hygiene-next-updates = Activez les mises à jour automatiques sur votre téléphone et votre ordinateur, et installez celles en attente.

hygiene-screenlock = Votre téléphone et votre ordinateur se verrouillent-ils seuls après un court moment, avec un code PIN ou un mot de passe solide ?
hygiene-screenlock-tip = Le verrouillage de l'écran est ce qui sépare vos données de quiconque prend votre appareil. Utilisez un code d'au moins 6 chiffres ou un mot de passe, et faites verrouiller l'écran après une ou deux minutes. Un schéma se devine facilement par-dessus l'épaule. Là où l'on pourrait vous forcer à déverrouiller, une empreinte ou votre visage sont plus faciles à obtenir de force qu'un code que vous gardez en tête.
hygiene-next-screenlock = Mettez un code PIN ou un mot de passe solide et le verrouillage automatique sur votre téléphone et votre ordinateur.

hygiene-encryption = Le chiffrement complet du disque est-il activé sur votre ordinateur (par exemple FileVault sur Mac, BitLocker sur Windows) ?
hygiene-encryption-tip = Le chiffrement complet du disque rend vos fichiers illisibles si un appareil éteint est perdu, volé ou saisi. Sur Mac, activez FileVault ; sur Windows, BitLocker ou le chiffrement de l'appareil ; sur Linux, choisissez le chiffrement à l'installation. Les téléphones récents sont chiffrés dès qu'un code ou un mot de passe est défini. Gardez la clé de récupération en lieu sûr — pas sur le même appareil.
hygiene-next-encryption = Activez le chiffrement complet du disque de votre ordinateur et gardez la clé de récupération en lieu sûr.

hygiene-permissions = Avez-vous vérifié quelles applications peuvent utiliser votre position, votre micro, votre appareil photo et vos contacts, et coupé ce dont elles n'ont pas besoin ?
hygiene-permissions-tip = Les applications demandent souvent plus que nécessaire, et un historique de position peut montrer où vous vivez, travaillez et rencontrez des gens. Dans les paramètres de confidentialité du téléphone, passez en revue la position, le micro, l'appareil photo et les contacts, et retirez l'accès aux applications qui n'en ont pas besoin. Supprimez les applications inutilisées, et coupez la localisation quand vous n'en avez pas besoin.
hygiene-next-permissions = Vérifiez les autorisations des applications (position, micro, appareil photo, contacts) et supprimez celles inutilisées.

## Messagerie
hygiene-messaging =
    💬 Messagerie
    Pour les conversations sensibles, utilisez-vous une application chiffrée de bout en bout, comme Signal ?
hygiene-messaging-tip = Le chiffrement de bout en bout signifie que personne d'autre que vous et vos correspondant·es ne peut lire les messages — ni l'entreprise, ni l'opérateur. Signal le fait pour tout, par défaut. WhatsApp chiffre les messages mais collecte davantage d'informations sur vos contacts. Les SMS, les appels classiques et les discussions ordinaires de Telegram ne sont pas chiffrés de bout en bout. Mettez-vous d'accord avec vos contacts sur une application pour les échanges sensibles.
hygiene-next-messaging = Passez vos conversations sensibles sur une application chiffrée de bout en bout, comme Signal.

hygiene-disappearing = Utilisez-vous les messages éphémères pour les discussions sensibles, pour que les anciens messages ne s'accumulent pas sur votre téléphone ?
hygiene-disappearing-tip = Si votre téléphone est saisi ou piraté, chaque ancien message peut être lu — et mettre aussi vos contacts en danger. Dans Signal, WhatsApp et des applications similaires, vous pouvez faire disparaître les messages après un jour ou une semaine, par discussion ou pour toutes les nouvelles discussions. L'autre personne peut toujours faire une capture d'écran : c'est une protection de plus, pas une garantie.
hygiene-next-disappearing = Activez les messages éphémères dans vos discussions sensibles.

## Hameçonnage
hygiene-phishing =
    🎣 Hameçonnage
    Avant d'ouvrir un lien ou une pièce jointe, ou de taper un mot de passe, vérifiez-vous que le message vient vraiment de qui il prétend — surtout s'il est inattendu ou urgent ?
hygiene-phishing-tip = L'hameçonnage — de faux messages qui poussent à donner un mot de passe ou à installer un logiciel espion — est l'une des attaques les plus fréquentes contre les militant·es. Méfiez-vous de tout message qui vous presse d'agir, même venant de quelqu'un que vous connaissez. Vérifiez l'adresse de l'expéditeur, et ne tapez jamais un mot de passe après avoir suivi un lien : allez vous-même sur le site. En cas de doute, demandez à l'expéditeur par un autre moyen, ou montrez le message à un mentor.
hygiene-next-phishing = Prenez une pause avant de cliquer : vérifiez les liens et pièces jointes inattendus, et demandez en cas de doute.

## Sauvegardes
hygiene-backups =
    💾 Sauvegardes
    Gardez-vous une sauvegarde chiffrée de vos fichiers et contacts importants, et avez-vous vérifié que vous pouvez la restaurer ?
hygiene-backups-tip = Avec une sauvegarde, un appareil perdu, cassé ou saisi ne vous fait pas perdre votre travail. Gardez une copie de l'essentiel sur un disque externe chiffré ou un service chiffré de bout en bout, rangée ailleurs que vos appareils, et essayez une fois de la restaurer. Demandez-vous aussi ce que vous devez vraiment garder : certaines données sont plus en sécurité effacées.
hygiene-next-backups = Faites une sauvegarde chiffrée de vos fichiers importants et gardez-la à l'écart de vos appareils.

## Numéro de téléphone
hygiene-simswap =
    📶 Votre numéro de téléphone
    Avez-vous demandé à votre opérateur de protéger votre numéro par un code ou un mot de passe, pour que personne ne puisse le transférer sur une autre carte SIM ?
hygiene-simswap-tip = Lors d'un « SIM swap », quelqu'un convainc votre opérateur de transférer votre numéro sur sa carte SIM, puis reçoit vos appels et vos codes SMS. Demandez à votre opérateur d'ajouter un code ou un mot de passe à votre compte, ou de bloquer les transferts de numéro, s'il le propose. Mettez aussi un code PIN sur la carte SIM, et utilisez une application d'authentification plutôt que les SMS pour la connexion en deux étapes.
hygiene-next-simswap = Demandez à votre opérateur un code de compte qui bloque les SIM swaps.

## Frontières et saisies
hygiene-border =
    🛂 Frontières et saisies
    Quand vous passez une frontière, ou si vos appareils pouvaient être saisis, vous préparez-vous — par exemple en emportant moins de données, en vous déconnectant des comptes sensibles et en éteignant vos appareils ?
hygiene-border-tip = Aux frontières, aux contrôles et lors d'arrestations, les appareils peuvent être fouillés ou confisqués. Avant de voyager, n'emportez que le nécessaire (ou un téléphone de voyage), sauvegardez puis retirez les données sensibles, déconnectez-vous des applications sensibles, et éteignez complètement vos appareils avant le passage pour que le chiffrement les protège. Décidez à l'avance ce que vous ferez si l'on vous demande de déverrouiller, et qui prévenir si vous êtes retenu·e. Un mentor peut vous aider à vous préparer.
hygiene-next-border = Préparez les passages de frontière et les saisies : emportez moins, déconnectez-vous, éteignez.

## Résultat
hygiene-all-good =
    Bravo : vous avez répondu oui { $total ->
        [1] à la seule question
       *[other] aux { $total } questions
    }. Gardez ces habitudes, et refaites cette vérification de temps en temps, car les choses changent.
hygiene-summary =
    { $score ->
        [0] Aucune de ces { $total } pratiques n'est encore en place — c'est très courant, et chaque étape compte.
       *[other] Vous appliquez déjà { $score } { $score ->
            [one] pratique
           *[other] pratiques
        } sur les { $total } vérifiées.
    }
    Les prochaines étapes les plus importantes :
hygiene-offer-reminder = Voulez-vous un rappel dans 3 jours pour reprendre ce qui reste ?
hygiene-reminder-invite = Bonjour. Il y a quelques jours, nous avons fait ensemble une vérification de sécurité numérique. Voulez-vous la refaire maintenant pour voir ce qui a changé ?
hygiene-reminder-set = C'est noté : je vous écrirai dans 3 jours.
hygiene-offer-mentor = Voulez-vous qu'un mentor vous aide pour ces étapes ?
hygiene-mentor-reason = Souhaite de l'aide en sécurité numérique après la vérification.
hygiene-mentor-done = Merci. Un mentor a été prévenu et vous écrira ici. Le mentor voit vos réponses à cette vérification, sous un pseudonyme. Tapez **menu** pour voir ce que je peux faire d'autre.
hygiene-done = Merci d'avoir pris ce temps — chaque étape compte. Tapez **menu** pour voir ce que je peux faire d'autre, ou **mentor** pour joindre une personne.
