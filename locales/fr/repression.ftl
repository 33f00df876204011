### reviewed: no
## Pressions depuis le pays : répression transnationale et pressions sur la famille restée au pays.
repression-title = Pressions depuis mon pays, sur moi ou ma famille
repression-description = Quand les autorités de votre pays vous atteignent à l'étranger, ou vous atteignent à travers votre famille : le dire à un mentor, et recevoir des premières étapes.
repression-intro = Ceci concerne les pressions des autorités de votre pays d'origine qui vous atteignent là où vous vivez maintenant, ou qui vous atteignent à travers vos proches. Je vais vous poser quelques questions pour qu'un mentor puisse aider, et vous donner des premières étapes. Ne partagez que ce qui vous met à l'aise : vous pouvez taper **passer** pour la plupart des questions. Tapez **mentor** à tout moment pour joindre une personne tout de suite.
repression-danger = D'abord, la question la plus importante : quelqu'un — vous, ou une personne proche — est-il en danger immédiat en ce moment, par exemple détenu, blessé ou menacé de violence ?
repression-urgent-reason = Danger immédiat pour la personne ou un proche (pressions depuis le pays).
repression-urgent-reply =
    J'ai prévenu l'équipe et marqué ceci comme **urgent**. Quelqu'un de l'équipe lira ceci dès que possible.
    En attendant, si vous pouvez le faire sans risque :
    - si vous êtes vous-même en danger, allez dans un endroit plus sûr ou auprès de personnes de confiance, et dites à une personne de confiance où vous êtes ;
    - si un proche est détenu, notez quand, où et par qui, et qui d'autre est au courant ;
    - si votre vie est menacée et qu'il est sûr de les contacter, appelez les services d'urgence locaux.
repression-urgent-end = Restez dans cette conversation si vous le pouvez : c'est ici que l'équipe vous répondra. Tapez **mentor** si vous avez de nouveau besoin de joindre une personne.
repression-kinds = Que se passe-t-il ? Vous pouvez en choisir plusieurs : écrivez leurs numéros séparés par des virgules, par exemple « 1, 3 ».
repression-kind-family-threats = Menaces, convocations ou visites à ma famille restée au pays
    .synonyms = menaces à la famille, convocations, visites
repression-kind-family-detained = Un proche ou un·e collègue au pays arrêté·e ou interrogé·e
    .synonyms = arrêté, arrêtée, détenu, interrogé, interrogatoire
repression-kind-relatives = Des pressions sur moi à travers mes proches, par exemple pour que j'arrête ou que je rentre
    .synonyms = proches, pressions par la famille
repression-kind-documents = Passeport ou services consulaires refusés, documents bloqués
    .synonyms = passeport, consulat, documents
repression-kind-notice = Une notice d'INTERPOL ou une demande d'extradition, ou la peur d'en avoir une
    .synonyms = interpol, notice rouge, extradition
repression-kind-informants = Des informateurs ou une infiltration dans la diaspora
    .synonyms = informateurs, infiltration, espions
repression-kind-smear = Une campagne de dénigrement de l'État d'origine ou de ses médias
    .synonyms = dénigrement, campagne de dénigrement, propagande
repression-kind-online = Des menaces sur mes réseaux sociaux ici
    .synonyms = en ligne, réseaux sociaux
repression-kind-other = Autre chose
    .synonyms = autre
repression-details = En quelques mots, que s'est-il passé ? (Facultatif : tapez **passer**.)
repression-affected = Qui est touché ? Vous pouvez en choisir plusieurs.
repression-affected-me = Moi
    .synonyms = moi, moi-même
repression-affected-family = Ma famille
    .synonyms = famille, ma famille
repression-affected-colleagues = Des collègues ou ami·es du mouvement
    .synonyms = collègues, amis, amies, mouvement
repression-ongoing = Est-ce que cela continue ?
repression-state = Les autorités de quel pays sont derrière cela, selon vous ? (Facultatif : tapez **passer**.)
repression-steps = Merci de me l'avoir dit. Quelques premières étapes qui aident beaucoup de personnes dans votre situation :
repression-step-family-detained = Si un proche ou un·e collègue est détenu·e : notez quand, où et par qui, et cherchez un·e avocat·e au pays par des personnes de confiance. Parlez-en avec un mentor avant toute prise de parole publique : la médiatisation peut protéger ou mettre en danger, selon les cas.
repression-step-family-threats = Convenez avec votre famille d'un moyen sûr de rester en contact (par exemple Signal avec les messages éphémères) et de ce qu'elle peut dire si elle est interrogée : la vérité, qu'elle sait peu de choses, est souvent le plus sûr. Notez chaque visite, appel ou convocation — date, qui, ce qui a été dit.
repression-step-notice = Si vous craignez une notice d'INTERPOL ou une demande d'extradition, parlez à un·e avocat·e avant tout voyage, même dans un pays voisin. Une notice peut être contestée devant l'organe de contrôle d'INTERPOL (la Commission de contrôle des fichiers d'INTERPOL) ; un·e avocat·e peut vous dire si cela convient à votre cas.
repression-step-relatives = Vous n'avez pas à répondre tout de suite aux pressions transmises par vos proches. Décidez ensemble d'une réponse qui les protège, et gardez les messages : les demandes de rentrer ou d'arrêter peuvent être documentées.
repression-step-informants = Faites attention à ce que vous partagez dans les groupes et discussions de la diaspora : projets, adresses, noms de personnes restées au pays. Vérifiez qui est dans vos groupes, utilisez les messages éphémères, et rencontrez les nouveaux contacts dans des lieux publics tant qu'une personne de confiance ne peut pas répondre d'eux.
repression-step-online = Gardez les preuves (captures d'écran avec date et lien), puis signalez et bloquez. Rendez vos profils plus privés — qui peut voir vos publications, vos ami·es et votre position — et cherchez les comptes qui se font passer pour vous. Le Digital First Aid Kit aide en cas de harcèlement en ligne : https://digitalfirstaid.org/
repression-step-smear = Faites des captures d'écran avec date et lien avant de signaler quoi que ce soit. Ne débattez pas avec les attaquants ; une déclaration courte et calme avec des allié·es suffit souvent. Vérifiez la sécurité de vos comptes : les campagnes de dénigrement s'accompagnent parfois de tentatives de piratage.
repression-step-documents = Gardez des copies de vos documents et de chaque refus. Un·e avocat·e ou une association d'aide aux réfugié·es là où vous vivez peut vous expliquer vos options, comme un statut de protection ou des documents de voyage.
repression-step-other = Notez ce qui s'est passé, avec les dates, et gardez les messages. Un mentor peut vous aider à réfléchir à la suite.
repression-share = Que peuvent voir les mentors ?
repression-share-none = Pas mes réponses, seulement que j'ai besoin d'aide
    .synonyms = rien, seulement que j'ai besoin d'aide
repression-reason = Pressions depuis le pays d'origine (répression transnationale).
repression-done =
    Merci. Votre signalement est maintenant entre les mains de l'équipe.
    La suite : quelqu'un de l'équipe le lira dès que possible et vous écrira ici, dans cette conversation. Les situations les plus urgentes passent en premier.
    Si la situation change ou si vous ou votre famille êtes en danger, tapez **mentor** à tout moment.
