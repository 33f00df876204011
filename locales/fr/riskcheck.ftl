### reviewed: no
## Bilan des risques et plan de protection. En sécurité holistique, le risque grandit avec
## les menaces et ce qui rend une personne vulnérable, et diminue avec ce qui la protège.
## Les étapes (riskcheck-step-*) sont gardées et montrées plus tard (« mon plan ») :
## une phrase chacune, sans variable ; riskcheck-why-* dit pourquoi, en une phrase.

riskcheck-title = Mon plan de protection
riskcheck-description = Un court bilan des risques — où vous êtes, votre sécurité numérique, comment vous allez — qui se termine par quelques prochaines étapes que vous choisissez.
riskcheck-intro =
    Voici un court bilan des risques. Il regarde ensemble trois côtés de votre sécurité : là où vous vivez et vous déplacez, votre sécurité numérique, et comment vous allez. Il prend environ cinq minutes, et vous pouvez passer toute question avec **passer**.
    À la fin, je vous propose quelques prochaines étapes, une à la fois : vous gardez, changez ou laissez de côté chacune. Ce que vous gardez devient votre plan de protection.

## Où vous êtes
riskcheck-where = D'abord : où êtes-vous en ce moment ?
riskcheck-where-home = Dans mon pays, là où je vis et travaille
    .synonyms = chez moi, à la maison, mon pays
riskcheck-where-moving = En déplacement, ou en transit
    .synonyms = en déplacement, en transit, transit, en voyage
riskcheck-where-exile = Je vis hors de mon pays
    .synonyms = exil, en exil, à l'étranger, hors de mon pays
riskcheck-where-known = Vous m'avez dit que vous vivez hors de votre pays d'origine : ces questions portent donc sur l'endroit où vous vivez maintenant.
riskcheck-opt-partly = En partie : certains lieux ou moments ne sont pas sûrs
    .synonyms = en partie, parfois, certains lieux

## Chez soi
riskcheck-home-place = Là où vous vivez et là où vous travaillez : vous y sentez-vous à peu près en sécurité ?
riskcheck-home-routine = Prenez-vous les mêmes trajets aux mêmes heures la plupart des jours — pour aller au travail, aux réunions, pour rentrer ?

## En déplacement
riskcheck-moving-route = Une personne de confiance connaît-elle votre itinéraire, et quand vous devriez arriver à chaque étape ?
riskcheck-moving-documents = Des copies de vos documents importants (passeport, pièce d'identité, papiers) sont-elles gardées en lieu sûr, à part des originaux — par exemple chez une personne de confiance ?

## En exil
riskcheck-exile-place = Là où vous vivez maintenant : vous y sentez-vous à peu près en sécurité ?
riskcheck-exile-known = Des personnes travaillant pour les autorités de votre pays d'origine — ou qui leur rapportent — pourraient-elles savoir où vous vivez maintenant ?
riskcheck-exile-family = Votre famille ou vos amis restés au pays ont-ils été interrogés ou mis sous pression à cause de vous ?

## Pour tout le monde
riskcheck-whereabouts = Une personne de confiance sait-elle d'habitude où vous êtes, et quoi faire si vous ne donnez pas de nouvelles comme convenu ?
riskcheck-incidents = Ces derniers mois, s'est-il passé quelque chose qui vous a inquiété·e — être suivi·e ou observé·e, des menaces, des visites étranges, quelqu'un qui entre dans vos comptes ?

## Numérique et bien-être : d'après les bilans déjà faits, sans redemander
riskcheck-digital-known = Côté numérique, j'utilise vos réponses au bilan de sécurité numérique : { $profile_hygiene_total ->
        [0] aucune de ses pratiques ne vous concernait.
       *[other] { $profile_hygiene_score } pratiques sur { $profile_hygiene_total } étaient en place.
    }
riskcheck-digital-unknown = Côté numérique, je ne pose pas de question ici : vous n'avez pas encore fait le bilan de sécurité numérique, je pourrai donc vous le proposer comme étape.
riskcheck-wellbeing-known = Pour savoir comment vous allez, j'utilise votre dernier point sur le bien-être : votre score était de { $profile_who5 } sur 100.
riskcheck-coping = Comment faites-vous face ces derniers temps, avec tout ce qui se passe ?
riskcheck-coping-well = Plutôt bien
    .synonyms = bien, ça va, plutôt bien
riskcheck-coping-so-so = Des hauts et des bas
    .synonyms = bof, moyen, des hauts et des bas
riskcheck-coping-badly = Pas bien
    .synonyms = mal, pas bien, difficile

## Menaces
riskcheck-threat-who = Qui pourrait vouloir vous nuire ou arrêter votre travail ? Vous pouvez en choisir plusieurs (par exemple « 1, 5 »).
riskcheck-who-state = Les autorités : police, services de sécurité, tribunaux
    .synonyms = autorités, police, État, gouvernement
riskcheck-who-armed = Des groupes armés ou criminels
    .synonyms = groupes armés, criminels, gangs
riskcheck-who-powerful = Des entreprises ou des personnes puissantes
    .synonyms = entreprises, personnes puissantes
riskcheck-who-near = Des gens autour de moi : communauté, famille, collègues
    .synonyms = communauté, famille, entourage
riskcheck-who-online = Des gens en ligne : trolls, comptes inconnus
    .synonyms = en ligne, trolls
riskcheck-threat-what = Que pourraient-ils faire ? Vous pouvez en choisir plusieurs.
riskcheck-what-watched = Me surveiller ou me suivre
    .synonyms = surveillance, surveiller, suivre
riskcheck-what-smeared = Me harceler ou salir ma réputation
    .synonyms = harcèlement, diffamation, harceler
riskcheck-what-attacked = M'agresser physiquement
    .synonyms = agression, violence, physique
riskcheck-what-arrested = M'arrêter, m'inculper ou m'empêcher de voyager
    .synonyms = arrestation, inculpation, interdiction de voyager, prison
riskcheck-what-family = Faire pression sur ma famille
    .synonyms = famille, pression sur ma famille
riskcheck-what-hacked = Entrer dans mes comptes ou mes appareils
    .synonyms = piratage, pirater, comptes, appareils
riskcheck-likelihood = Quelle probabilité cela vous semble-t-il avoir dans les mois qui viennent ?
riskcheck-likelihood-unlikely = Peu probable
    .synonyms = peu probable, improbable
riskcheck-likelihood-possible = Possible
    .synonyms = possible
riskcheck-likelihood-likely = Probable
    .synonyms = probable, très probable

## Ce qui vous protège
riskcheck-trusted = Y a-t-il une personne de confiance que vous pourriez appeler à toute heure s'il arrivait quelque chose ?
riskcheck-network = Êtes-vous en contact avec une organisation ou un réseau qui pourrait agir pour vous — un·e avocat·e, un groupe de défense des droits humains, un programme de protection ?
riskcheck-habits = Qu'est-ce qui vous aide déjà à rester en sécurité ou à aller bien ? Quelques mots suffisent.
riskcheck-picture = Merci. Le risque grandit avec les menaces et avec ce qui vous expose — et il diminue avec ce qui vous protège. Vous avez déjà :
riskcheck-has-trusted = une personne de confiance à appeler à toute heure
riskcheck-has-network = une organisation ou un réseau qui pourrait agir pour vous
riskcheck-has-whereabouts = quelqu'un qui sait où vous êtes
riskcheck-has-route = quelqu'un qui connaît votre itinéraire
riskcheck-has-documents = des copies de vos documents, gardées en lieu sûr
riskcheck-has-habits = vos propres habitudes : { $habits }
riskcheck-picture-none = Merci. Le risque grandit avec les menaces et avec ce qui vous expose — et il diminue avec ce qui vous protège. Voyons ce qui pourrait vous protéger davantage.

## Le plan
riskcheck-plan-intro = D'après vos réponses, voici { $count ->
        [one] une étape
       *[other] { $count } étapes
    } que vous pourriez faire. Vous décidez pour chacune.
riskcheck-step-safe-place = Trouvez un endroit où rester quelques jours si vous devez partir vite, et parlez-en à une personne de confiance.
riskcheck-why-safe-place = Vous ne vous sentez pas en sécurité là où vous vivez ou travaillez ; un lieu sûr connu à l'avance rend une décision rapide plus facile.
riskcheck-step-family = Convenez avec votre famille de ce qu'elle dira, et de qui elle appellera, si on l'interroge à votre sujet.
riskcheck-why-family = La pression sur la famille est un moyen courant d'atteindre les personnes parties ; s'y préparer vous protège, elle et vous.
riskcheck-step-checkin = Convenez avec une personne de confiance de vous donner des nouvelles à heures fixes, et de ce qu'elle doit faire si vous ne le faites pas.
riskcheck-why-checkin = S'il arrive quelque chose, une personne qui attend de vos nouvelles peut agir vite.
riskcheck-step-address = Donnez votre adresse au moins de personnes possible, et gardez-la hors des réseaux sociaux et des documents publics.
riskcheck-why-address = Des personnes qui rapportent aux autorités de votre pays d'origine peuvent chercher à savoir où vous vivez.
riskcheck-step-rest = Prévoyez chaque semaine une chose qui vous repose ou vous fait du bien, et dites à une personne de confiance comment vous allez.
riskcheck-why-rest = Le stress use votre capacité à rester en sécurité ; prendre soin de vous fait partie de votre protection.
riskcheck-step-log = Notez chaque incident — date, lieu, ce qui s'est passé, qui était là — et gardez ces notes en lieu sûr.
riskcheck-why-log = Une trace écrite aide à voir les schémas, et aide mentors, avocat·es et organisations à agir pour vous.
riskcheck-step-documents = Faites des copies de vos documents importants et laissez-les à une personne de confiance, ou dans un endroit sûr et chiffré.
riskcheck-why-documents = En déplacement, les papiers se perdent ou sont pris ; des copies aident beaucoup à prouver qui vous êtes.
riskcheck-step-hygiene = Faites le bilan de sécurité numérique depuis le menu : une dizaine de minutes, et il se termine par vos propres prochaines étapes.
riskcheck-why-hygiene = Beaucoup d'attaques contre des défenseur·es commencent par un compte ou un téléphone ; le bilan montre où vous en êtes.
riskcheck-why-twofactor = La connexion en deux étapes empêche la plupart des prises de contrôle de comptes, même quand un mot de passe a fuité.
riskcheck-why-border = Aux frontières, les appareils peuvent être fouillés ou saisis ; en emporter moins vous protège, vous et vos contacts.
riskcheck-step-lawyer = Enregistrez le numéro d'un·e avocat·e ou d'un groupe d'aide juridique à appeler en cas d'arrestation, et donnez-le à une personne de confiance.
riskcheck-why-lawyer = Les premières heures après une arrestation comptent le plus, et un·e avocat·e déjà connu·e peut agir tout de suite.
riskcheck-step-routine = Variez de temps en temps vos trajets et vos horaires, surtout vers les lieux où l'on vous attend.
riskcheck-why-routine = Une routine fixe permet facilement de vous observer ou de vous attendre.
riskcheck-step-network = Prenez contact avec une organisation qui soutient les défenseur·es des droits humains, avant d'en avoir besoin.
riskcheck-why-network = Organisations et réseaux peuvent agir vite pour vous — surtout s'ils vous connaissent déjà.
riskcheck-why-updates = Les mises à jour ferment les failles qu'utilisent les logiciels espions et les attaquants.
riskcheck-why-location = Le partage de position et les traceurs peuvent montrer aux autres où vous êtes.
riskcheck-step-talk = Parlez de votre situation avec quelqu'un de l'équipe : tapez mentor à tout moment.
riskcheck-why-talk = Le danger vous semble probable ; une personne peut vous aider à réfléchir à la suite.
riskcheck-step-revisit = Refaites ce bilan dans quelques mois, ou plus tôt si quelque chose change.
riskcheck-why-revisit = Les risques changent ; regarder à nouveau garde votre plan utile.

## Après le plan
riskcheck-review-invite = Cela fait trois mois que vous avez fait votre plan de protection. Voulez-vous le revoir avec un court bilan des risques ?
riskcheck-review-set = Dans trois mois, je vous demanderai si vous voulez revoir votre plan.
riskcheck-share = Une dernière question : si vous parlez avec un·e mentor ici, peut-il ou elle voir votre plan quand il ou elle le demande ?
riskcheck-done = Voici votre plan. Tapez **mon plan** pour le voir à tout moment, **menu** pour faire autre chose, ou **mentor** pour en parler avec une personne.
riskcheck-none-kept = Vous n'avez gardé aucune étape cette fois, et ce n'est pas grave : si vous aviez un plan avant, il reste tel quel. Tapez **menu** pour d'autres options, ou **mentor** pour parler avec une personne.
