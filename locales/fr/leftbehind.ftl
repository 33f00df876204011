### reviewed: no
## Ce qui est resté derrière : une vérification numérique pour les personnes qui ont quitté leur pays.
leftbehind-title = Ce qui est resté derrière
leftbehind-description = Pour les personnes qui ont quitté leur pays : appareils, carte SIM, comptes partagés, anciennes sauvegardes et localisation qui peuvent encore vous trahir.
leftbehind-intro =
    Quand on part, une partie de sa vie numérique reste derrière : un téléphone chez la famille, une carte SIM que l'État peut réémettre, un compte familial partagé, d'anciennes sauvegardes. Six questions rapides, avec un court conseil après chaque « non » ou « je ne sais pas ».
    Répondez **oui**, **non**, **je ne sais pas** ou **ne me concerne pas**. Tapez **mentor** à tout moment pour joindre une personne.
leftbehind-devices =
    📱 Appareils
    Un téléphone, un ordinateur ou une tablette laissé chez votre famille ou chez vous, ou qui vous a été pris, peut encore être connecté à vos comptes. Avez-vous déconnecté ces appareils de vos comptes e-mail, cloud et réseaux sociaux ?
leftbehind-devices-tip = Depuis un appareil que vous avez maintenant, ouvrez les réglages de sécurité de votre e-mail, de votre compte Google, Apple ou Microsoft et de vos réseaux sociaux, cherchez « appareils » ou « où vous êtes connecté », et déconnectez tout ce que vous n'avez plus. Puis changez ces mots de passe. Si un appareil a été saisi, partez du principe que son contenu peut être lu et, si c'est sans danger, prévenez les personnes dont les messages et les numéros s'y trouvaient.
leftbehind-next-devices = Déconnectez les appareils laissés derrière ou perdus, et changez ces mots de passe.
leftbehind-linked =
    💬 Appareils liés
    WhatsApp, Signal et Telegram peuvent rester ouverts sur d'autres appareils — un ordinateur, une tablette, un navigateur. Avez-vous vérifié leurs appareils liés et retiré tous ceux que vous n'avez pas en main ?
leftbehind-linked-tip = Quiconque détient un appareil lié peut y lire vos nouveaux messages. Dans WhatsApp et Signal : Paramètres → Appareils liés ; dans Telegram : Paramètres → Appareils → Mettre fin aux autres sessions. Retirez tout ce que vous n'avez pas en main, et revérifiez après chaque passage de frontière ou arrestation.
leftbehind-next-linked = Retirez les appareils liés de WhatsApp, Signal et Telegram que vous n'avez pas en main.
leftbehind-sim =
    📶 Votre numéro du pays
    Les autorités peuvent faire réémettre votre carte SIM du pays au nom de quelqu'un d'autre, qui reçoit alors vos codes. Avez-vous retiré de ce numéro les codes de connexion et la récupération de vos comptes, et protégé vos messageries avec leur code ?
leftbehind-sim-tip = Passez la connexion en deux étapes sur une application d'authentification ou une clé d'accès, et remplacez le numéro de récupération par un numéro ou un e-mail que vous contrôlez là où vous vivez maintenant. Dans Signal, activez le verrouillage de l'inscription ; dans WhatsApp, la vérification en deux étapes ; dans Telegram, un mot de passe cloud : votre numéro seul n'ouvre alors plus votre compte. Si vous gardez l'ancien numéro, continuez à le payer pour qu'il ne soit pas attribué à quelqu'un d'autre — mais ne comptez plus sur lui pour rien.
leftbehind-next-sim = Retirez codes de connexion et récupération de votre numéro du pays, et activez le code des messageries.
leftbehind-shared =
    👪 Comptes partagés
    Avez-vous vérifié les comptes que vous partagez avec votre famille restée au pays — un e-mail familial, un cloud ou un album photo partagé, un forfait familial — pour qu'ils ne vous exposent pas, ni elle ?
leftbehind-shared-tip = Un compte partagé vous relie à toutes les personnes qui l'utilisent : ce qu'une personne voit, les autres — ou quiconque prend son téléphone — le voient aussi. Quittez les albums partagés et les forfaits familiaux (ou demandez à la famille de vous en retirer), gardez votre travail hors des comptes partagés, et convenez avec votre famille de ce qu'il est sûr de partager et de dire.
leftbehind-next-shared = Quittez les comptes, albums et forfaits familiaux partagés qui pourraient vous exposer, vous ou votre famille.
leftbehind-backups =
    💾 Anciennes sauvegardes
    Vous êtes-vous occupé·e des anciennes sauvegardes restées au pays — sur un ordinateur, un disque externe ou un ancien compte cloud ?
leftbehind-backups-tip = D'anciennes sauvegardes peuvent contenir des années de messages, de contacts et de photos. Supprimez les anciennes sauvegardes cloud dont vous n'avez plus besoin (iCloud, Google, WhatsApp). Pour les disques et ordinateurs laissés chez la famille, demandez à une personne de confiance de vous les remettre ou de les détruire — seulement si c'est sans danger pour elle. Partez du principe que le contenu d'un disque saisi est connu.
leftbehind-next-backups = Supprimez les anciennes sauvegardes cloud, et occupez-vous des disques restés au pays, seulement si c'est sans danger pour la famille.
leftbehind-location =
    📍 Localisation
    Avez-vous désactivé l'historique et le partage de position qui pourraient montrer où vous vivez maintenant — Google Maps Timeline, Localiser, les applications de localisation familiale, la position en direct partagée avec la famille ?
leftbehind-location-tip = L'historique et le partage de position peuvent montrer votre nouvelle adresse à quiconque entre dans votre compte ou dans le téléphone d'un proche. Désactivez et supprimez Google Maps Timeline, arrêtez de partager votre position dans Localiser, Google Maps, WhatsApp et Telegram, et vérifiez les applications de suivi familial et ce que les téléphones de vos proches peuvent voir.
leftbehind-next-location = Désactivez l'historique de position, et arrêtez de partager votre position avec les téléphones restés au pays.
leftbehind-none-apply = Rien de tout cela ne vous concernait. Si quelque chose change, revenez à cette vérification.
leftbehind-all-good =
    Bravo : vous vous êtes déjà occupé·e { $total ->
        [1] de la seule chose qui vous concernait
       *[other] des { $total } choses qui vous concernaient
    }.
leftbehind-summary =
    { $score ->
        [0] Aucune de ces étapes n'est encore faite — c'est très courant après un départ, et chacune aide.
       *[other] Vous avez déjà fait { $score } { $score ->
            [one] étape
           *[other] étapes
        } sur les { $total } qui vous concernent.
    }
    Les prochaines étapes les plus importantes :
leftbehind-offer-mentor = Voulez-vous que quelqu'un de l'équipe vous aide pour cela ?
leftbehind-mentor-reason = Souhaite de l'aide pour ce qui est resté derrière (appareils, carte SIM, comptes partagés).
leftbehind-mentor-done = Merci. J'ai prévenu l'équipe. Quelqu'un de l'équipe lira ceci dès que possible et vous écrira ici ; la personne voit vos réponses à cette vérification, sous un pseudonyme. Tapez **menu** pour voir ce que je peux faire d'autre.
leftbehind-done = Merci. Chaque étape ici vous protège, vous et les personnes restées au pays. Tapez **menu** pour d'autres choix, ou **mentor** à tout moment pour joindre une personne.
