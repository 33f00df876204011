### reviewed: no
## Vérification de sécurité numérique. Pour chaque point : hygiene-<point>
## (la question), hygiene-<point>-tip (après « non » ou « je ne sais pas »),
## hygiene-next-<point> (une ligne dans la liste des prochaines étapes).

hygiene-title = Vérification de sécurité numérique
hygiene-description = Des questions rapides sur vos comptes, votre numéro, vos appareils, votre localisation et vos messages, avec les prochaines étapes les plus importantes.
hygiene-intro =
    Vérifions les bases qui vous protègent en ligne : des questions rapides sur vos comptes, vos appareils et vos messages. Cela prend environ 7 minutes, et il n'y a pas de mauvaise réponse.
    Répondez **oui**, **non**, **je ne sais pas** ou **ne me concerne pas**. Après un « non » ou un « je ne sais pas », je vous donne un conseil court ; ce qui ne vous concerne pas ne compte pas.
    Tapez **mentor** à tout moment pour joindre une personne.
hygiene-devices = D'abord : quels appareils utilisez-vous, pour votre travail et votre vie ?
hygiene-devices-phone = Seulement un téléphone
    .synonyms = téléphone, seulement un téléphone
hygiene-devices-both = Un téléphone et un ordinateur
    .synonyms = les deux, téléphone et ordinateur
hygiene-devices-computer = Seulement un ordinateur
    .synonyms = ordinateur, seulement un ordinateur, portable

## Comptes
hygiene-passwords =
    🔑 Comptes
    Utilisez-vous un mot de passe différent et solide pour chaque compte important — par exemple avec un gestionnaire de mots de passe ?
hygiene-passwords-tip = Les mots de passe réutilisés sont l'une des façons les plus courantes de se faire prendre un compte : quand un site fuite, les attaquants essaient le même mot de passe partout. Un gestionnaire de mots de passe (comme Bitwarden ou KeePassXC) crée et retient un mot de passe long et unique pour chaque compte, protégé par une seule phrase de passe solide que vous seul·e connaissez. Commencez par votre e-mail, puis vos messageries et réseaux sociaux.
hygiene-next-passwords = Utilisez un gestionnaire de mots de passe et donnez des mots de passe uniques à votre e-mail et à vos comptes principaux.
hygiene-twofactor = La connexion en deux étapes est-elle activée sur vos comptes e-mail, de messagerie et de réseaux sociaux — avec une clé d'accès (passkey), une clé de sécurité ou une application d'authentification plutôt que des codes par SMS ?
hygiene-twofactor-tip = La connexion en deux étapes bloque la plupart des prises de contrôle de comptes, même quand un mot de passe a fuité. Activez-la dans les réglages de sécurité de chaque compte, en commençant par votre e-mail. Là où un service propose des clés d'accès (passkeys), utilisez-les : comme les clés de sécurité, elles ne peuvent pas être hameçonnées. Sinon, utilisez une application d'authentification : les codes par SMS peuvent être interceptés, ou volés en prenant le contrôle de votre numéro. Gardez les codes de secours en lieu sûr, hors ligne.
hygiene-next-twofactor = Activez la connexion en deux étapes avec une clé d'accès, une clé de sécurité ou une application d'authentification, en commençant par votre e-mail.
hygiene-sessions = Ces derniers mois, avez-vous vérifié quels appareils sont connectés à vos comptes principaux, et que leur e-mail et leur numéro de récupération sont toujours les vôtres ?
hygiene-sessions-tip = Quelqu'un qui est entré une fois dans un compte y reste souvent : par une session oubliée, sa propre adresse de récupération, ou une règle de transfert cachée dans votre messagerie. Dans les réglages de sécurité de chaque compte important, déconnectez les appareils que vous ne reconnaissez pas ou que vous n'avez plus, vérifiez que l'e-mail et le numéro de récupération sont les vôtres et fonctionnent, et supprimez les transferts ou filtres d'e-mail que vous n'avez pas créés. Puis changez le mot de passe de ce compte.
hygiene-next-sessions = Vérifiez les appareils connectés, l'e-mail et le numéro de récupération et les règles de transfert de vos comptes principaux.

## Numéro de téléphone
hygiene-pins =
    📶 Votre numéro de téléphone
    Avez-vous activé le code qui protège vos messageries si quelqu'un obtient votre numéro — le verrouillage de l'inscription de Signal, la vérification en deux étapes de WhatsApp, le mot de passe cloud de Telegram ?
hygiene-pins-tip = Un opérateur peut être trompé, mis sous pression ou obligé de donner votre numéro à quelqu'un d'autre — et un opérateur d'État peut tout simplement réémettre votre carte SIM. Un code auprès de l'opérateur ne vous protège pas contre cela. Ce qui protège : dans Signal, activez le verrouillage de l'inscription (Paramètres → Compte) ; dans WhatsApp, la vérification en deux étapes (Paramètres → Compte) ; dans Telegram, la validation en deux étapes avec un mot de passe cloud (Paramètres → Confidentialité et sécurité). Ainsi, personne ne peut déplacer votre compte sur un nouveau téléphone sans ce code. Passez aussi votre connexion en deux étapes hors des SMS, et ne gardez pas comme numéro de récupération un numéro que vous pourriez perdre.
hygiene-next-pins = Activez le code d'inscription de Signal, WhatsApp et Telegram, et abandonnez les codes par SMS pour vous connecter.

## Appareils
hygiene-updates =
    📱 Appareils
    Votre téléphone et votre ordinateur installent-ils les mises à jour du système et des applications, les installez-vous rapidement — et redémarrez-vous votre téléphone de temps en temps ?
hygiene-updates-tip = Les mises à jour ferment des failles que des attaquants — dont les vendeurs de logiciels espions — exploitent activement. Activez les mises à jour automatiques du téléphone, de l'ordinateur, du navigateur et des applications, et redémarrez quand c'est demandé. Redémarrer votre téléphone régulièrement, par exemple une fois par jour, efface aussi certains logiciels espions qui ne survivent pas à un redémarrage. Si un appareil ne reçoit plus de mises à jour, évitez-le pour le travail sensible et prévoyez de le remplacer.
hygiene-next-updates = Activez les mises à jour automatiques, installez ce qui attend, et redémarrez régulièrement votre téléphone.
hygiene-screenlock = Votre téléphone et votre ordinateur se verrouillent-ils seuls après un court moment, avec un code PIN ou un mot de passe solide ?
hygiene-screenlock-tip = Le verrouillage de l'écran est ce qui sépare vos données de quiconque prend votre appareil. Utilisez un code d'au moins 6 chiffres ou un mot de passe, et faites verrouiller l'écran après une ou deux minutes. Un schéma se devine facilement par-dessus l'épaule. Là où l'on pourrait vous forcer à déverrouiller, une empreinte ou votre visage sont plus faciles à obtenir de force qu'un code que vous gardez en tête.
hygiene-next-screenlock = Mettez un code PIN ou un mot de passe solide et le verrouillage automatique sur votre téléphone et votre ordinateur.
hygiene-encryption = Le chiffrement complet du disque est-il activé sur votre ordinateur (par exemple FileVault sur Mac, BitLocker ou le chiffrement de l'appareil sur Windows) ?
hygiene-encryption-tip = Le chiffrement complet du disque rend vos fichiers illisibles si un appareil éteint est perdu, volé ou saisi. Sur Mac, activez FileVault ; sur Windows, BitLocker ou le chiffrement de l'appareil ; sur Linux, choisissez le chiffrement à l'installation. Les téléphones récents sont chiffrés dès qu'un code ou un mot de passe est défini. Gardez la clé de récupération en lieu sûr — pas sur le même appareil.
hygiene-next-encryption = Activez le chiffrement complet du disque de votre ordinateur et gardez la clé de récupération en lieu sûr.
hygiene-lockdown = Avez-vous activé la protection la plus forte de votre téléphone contre les logiciels espions — le mode Isolement (Lockdown Mode) sur iPhone, ou la Protection avancée sur Android ?
hygiene-lockdown-tip = Les logiciels espions vendus aux gouvernements entrent souvent sans le moindre clic, par des messages, des appels ou des pages web. Le mode Isolement (iPhone : Réglages → Confidentialité et sécurité) et la Protection avancée (téléphones Android récents, dans les réglages de sécurité ; et le Programme Protection Avancée de Google pour votre compte Google) désactivent ce que ces attaques utilisent le plus. Certaines choses fonctionnent alors autrement — certaines pièces jointes, certains liens et appels — et vous pouvez faire des exceptions pour les applications et les sites de confiance. Les lignes d'assistance le recommandent aux personnes très exposées.
hygiene-next-lockdown = Activez le mode Isolement (iPhone) ou la Protection avancée (Android).
hygiene-spyware = Savez-vous ce qui peut indiquer un logiciel espion sur votre téléphone, et quoi faire si Apple, Google ou Meta vous avertit d'attaquants soutenus par un État ?
hygiene-spyware-tip = Un logiciel espion est difficile à repérer : les meilleurs ne laissent presque aucune trace, et un téléphone chaud ou une batterie vite vide ne veulent généralement rien dire. À prendre au sérieux : une notification de menace d'Apple, de Google ou de Meta (Apple l'envoie par e-mail et iMessage et l'affiche quand vous vous connectez sur appleid.apple.com — elle ne vous demande jamais de cliquer sur un lien ni d'installer quoi que ce soit), un lien qui semble fait exprès pour vous, ou des comptes qui se comportent bizarrement. Dans ce cas, ne réinitialisez pas le téléphone, utilisez un autre appareil pour les conversations sensibles, et contactez un mentor ou la Helpline d'Access Now (https://www.accessnow.org/help/) : ils peuvent le vérifier.
hygiene-next-spyware = Apprenez ce qui peut indiquer un logiciel espion, et quoi faire après une notification de menace.

## Localisation et pistage
hygiene-location =
    📍 Localisation et pistage
    Avez-vous vérifié qui peut voir où vous êtes — la position partagée avec des personnes et des applications, les autorisations des applications — et si un traceur inconnu (comme un AirTag) ou une application de suivi pourrait vous suivre ?
hygiene-location-tip = Votre position montre où vous vivez, travaillez et rencontrez des gens. Vérifiez avec qui vous la partagez (Localiser, Google Maps, position en direct de WhatsApp ou Telegram, applications de localisation familiale), et quelles applications peuvent utiliser votre position, votre micro et votre caméra. Les téléphones vous avertissent quand un AirTag ou un traceur inconnu se déplace avec vous : prenez ces alertes au sérieux ; sur Android, vous pouvez aussi rechercher des traceurs dans les réglages de sécurité. Si vous soupçonnez qu'un·e partenaire ou un proche a installé une application de surveillance (« stalkerware »), réfléchissez avant de la supprimer — la personne pourrait le remarquer. Un mentor peut vous aider à préparer la suite.
hygiene-next-location = Vérifiez le partage de position, les autorisations des applications et les alertes de traceurs inconnus.

## Messages et sauvegardes
hygiene-messaging =
    💬 Messages et sauvegardes
    Pour les conversations sensibles, utilisez-vous une application chiffrée de bout en bout comme Signal, avec les messages éphémères activés ?
hygiene-messaging-tip = Le chiffrement de bout en bout signifie que seuls vous-même et les personnes à qui vous écrivez pouvez lire les messages — ni l'entreprise, ni l'opérateur. Signal le fait pour tout, par défaut ; les SMS, les appels ordinaires et les discussions normales de Telegram ne sont pas chiffrés de bout en bout. Les messages éphémères (au bout d'un jour ou d'une semaine) évitent que les anciens messages s'accumulent sur un téléphone qui pourrait être saisi — ils peuvent aussi mettre vos contacts en danger. L'autre personne peut toujours faire une capture d'écran : c'est une protection de plus, pas une garantie.
hygiene-next-messaging = Utilisez Signal (ou une autre application chiffrée de bout en bout) avec les messages éphémères pour les discussions sensibles.
hygiene-backups = Votre sauvegarde de fichiers, de contacts et de discussions importants est-elle chiffrée de bout en bout — et savez-vous ce que contient la sauvegarde cloud par défaut de votre téléphone ?
hygiene-backups-tip = Beaucoup de sauvegardes peuvent être lues par l'entreprise, et par quiconque peut l'obliger à les remettre : une sauvegarde iCloud sans la Protection avancée des données, les sauvegardes WhatsApp sans la sauvegarde chiffrée de bout en bout, et les fichiers ordinaires dans Google Drive, Google Photos, OneDrive ou Dropbox. Activez la Protection avancée des données (iPhone) et la sauvegarde chiffrée de bout en bout de WhatsApp, ou gardez votre sauvegarde sur un disque chiffré rangé loin de vos appareils, et essayez une fois de la restaurer. Demandez-vous aussi ce que vous devez vraiment garder : certaines données sont plus sûres supprimées.
hygiene-next-backups = Rendez vos sauvegardes chiffrées de bout en bout (Protection avancée des données d'iCloud, sauvegarde chiffrée de WhatsApp) ou gardez-les sur un disque chiffré.

## Hameçonnage
hygiene-phishing =
    🎣 Hameçonnage
    Avant d'ouvrir un lien ou une pièce jointe, ou de taper un mot de passe, vérifiez-vous que le message vient vraiment de qui il prétend — surtout s'il est inattendu ou urgent ?
hygiene-phishing-tip = L'hameçonnage — de faux messages qui poussent à donner un mot de passe ou à installer un logiciel espion — est l'une des attaques les plus fréquentes contre les militant·es. Méfiez-vous de tout message qui vous presse d'agir, même venant de quelqu'un que vous connaissez. Vérifiez l'adresse de l'expéditeur, et ne tapez jamais un mot de passe après avoir suivi un lien : allez vous-même sur le site. En cas de doute, demandez à l'expéditeur par un autre moyen, ou montrez le message à un mentor.
hygiene-next-phishing = Prenez une pause avant de cliquer : vérifiez les liens et pièces jointes inattendus, et demandez en cas de doute.

## Identités et photos
hygiene-identities =
    🪪 Identités et photos
    Là où c'est important, séparez-vous en ligne votre vie militante et votre vie privée — comptes, numéros ou profils distincts, pour que l'un ne mène pas à l'autre ?
hygiene-identities-tip = Quand votre militantisme et votre vie privée partagent un compte, un numéro ou une photo de profil, trouver l'un, c'est trouver l'autre — et votre famille et vos ami·es avec. Là où c'est important, utilisez un compte distinct (et si possible un numéro distinct) pour votre militantisme, ne réutilisez pas le même pseudo ni la même photo, gardez vos listes d'ami·es et de contacts privées, et regardez ce que montre une recherche sur votre nom.
hygiene-next-identities = Séparez vos comptes militants et privés : comptes, pseudos et photos distincts.
hygiene-photos = Avant de partager une photo ou une vidéo, vérifiez-vous ce qu'elle pourrait révéler — la position enregistrée dans le fichier, des visages, des panneaux, des reflets ?
hygiene-photos-tip = Les photos peuvent contenir des données cachées (métadonnées), comme le lieu, la date et le téléphone utilisé. Signal et la plupart des réseaux sociaux les retirent quand vous envoyez ou publiez une photo, mais l'e-mail, les liens cloud et « envoyer comme fichier » les gardent en général. Désactivez la localisation dans les réglages de l'appareil photo ; vérifiez l'arrière-plan, les visages, les noms de rue et les reflets ; et floutez le visage des personnes qui pourraient être mises en danger (Signal a un outil de floutage).
hygiene-next-photos = Désactivez la localisation de l'appareil photo, et vérifiez visages et lieux avant de partager une photo.

## Frontières et saisies
hygiene-border =
    🛂 Frontières et saisies
    Quand vous passez une frontière, ou si vos appareils pouvaient être saisis, vous préparez-vous — par exemple en emportant moins de données, en vous déconnectant des comptes sensibles et en éteignant vos appareils ?
hygiene-border-tip = Aux frontières, aux contrôles et lors d'arrestations, les appareils peuvent être fouillés ou confisqués. Avant de voyager, n'emportez que le nécessaire (ou un téléphone de voyage), sauvegardez puis retirez les données sensibles, déconnectez-vous des applications sensibles, et éteignez complètement vos appareils avant le passage pour que le chiffrement les protège. Décidez à l'avance ce que vous ferez si l'on vous demande de déverrouiller, et qui prévenir si vous êtes retenu·e. Un mentor peut vous aider à vous préparer.
hygiene-next-border = Préparez les passages de frontière et les saisies : emportez moins, déconnectez-vous, éteignez.

## Résultat
hygiene-none-apply = Aucune de ces questions ne vous concernait : il n'y a rien à changer aujourd'hui. Si votre situation change, refaites cette vérification.
hygiene-all-good =
    Bravo : vous avez répondu oui { $total ->
        [1] à la seule question qui vous concerne
       *[other] aux { $total } questions qui vous concernent
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
hygiene-offer-leftbehind = Une dernière chose : si vous avez quitté votre pays, ou laissé derrière vous un téléphone, une carte SIM ou des comptes partagés, il existe une courte vérification faite pour cela. Voulez-vous la faire maintenant ?
hygiene-offer-mentor = Voulez-vous qu'un mentor vous aide pour ces étapes ?
hygiene-mentor-reason = Souhaite de l'aide en sécurité numérique après la vérification.
hygiene-mentor-done = Merci. J'ai prévenu l'équipe. Quelqu'un de l'équipe lira ceci dès que possible et vous écrira ici ; la personne voit vos réponses à cette vérification, sous un pseudonyme. Tapez **menu** pour voir ce que je peux faire d'autre.
hygiene-done = Merci d'avoir pris ce temps — chaque étape compte. Tapez **menu** pour voir ce que je peux faire d'autre, ou **mentor** pour joindre une personne.
