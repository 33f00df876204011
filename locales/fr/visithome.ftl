### reviewed: no
## Envisager une visite au pays : un point honnête sur les risques, qui ne décide jamais à la place de la personne.
visithome-title = Envisager une visite au pays
visithome-description = Un regard honnête sur les risques d'une visite dans votre pays, et une personne pour en parler.
visithome-intro = Envisager une visite au pays est une décision importante et très personnelle, et je ne vous dirai pas quoi faire. Ces questions vous aident à regarder les risques honnêtement ; à la fin, vous pourrez en parler avec quelqu'un de l'équipe. Répondez **oui**, **non** ou **je ne sais pas**, ou tapez **passer** pour n'importe quelle question.
visithome-known = Les autorités pourraient-elles connaître votre militantisme ou votre travail — par vos publications, d'anciennes arrestations, des personnes interrogées, ou votre temps à l'étranger ?
visithome-cases = Pourrait-il y avoir une affaire ouverte, une convocation, une inculpation, ou une interdiction de voyager ou de sortie du territoire contre vous — même sans que vous en ayez été informé·e ?
visithome-devices = Si votre téléphone ou votre ordinateur était fouillé à la frontière, montrerait-il votre travail, vos contacts ou vos messages ?
visithome-clean = Pourriez-vous voyager avec un téléphone « propre » — avec seulement ce dont vous avez besoin pour le voyage ?
visithome-plans = Est-ce que plus que quelques personnes de confiance connaissent vos projets de voyage — dates, vols, où vous logerez ?
visithome-checkin = Y a-t-il une personne de confiance qui attendra de vos nouvelles à des moments fixés pendant le voyage, et qui sait quoi faire si vous ne donnez plus signe de vie ?
visithome-consular = Savez-vous ce que le consulat du pays où vous vivez maintenant pourrait — ou ne pourrait pas — faire pour vous là-bas ?
visithome-when = Quand pensez-vous partir ? (Facultatif : tapez **passer**.)
visithome-reflect = Merci. Voici ce que vos réponses peuvent signifier — pour peser, pas pour décider à votre place :
visithome-think-cases = Les affaires, convocations et interdictions de sortie restent souvent cachées jusqu'à la frontière. Un·e avocat·e au pays peut parfois vérifier discrètement ; un mentor peut vous aider à réfléchir à des façons sûres de le savoir.
visithome-think-known = Les personnes dont le militantisme est connu sont parfois interrogées, retenues ou privées de leur passeport à l'arrivée. Des visites passées sans problème ne sont pas une garantie : la situation peut changer, et la façon dont on vous voit aussi.
visithome-think-devices = Les agents aux frontières peuvent demander de déverrouiller un téléphone ou un ordinateur et copier son contenu. Vos messages, photos et contacts pourraient aussi exposer les personnes qui s'y trouvent.
visithome-think-clean = Un appareil propre — un téléphone à part avec seulement ce dont le voyage a besoin, comptes principaux déconnectés — vous protège, vous et vos contacts. Celles et ceux qui en utilisent un le préparent bien avant le départ, pour qu'il n'ait pas l'air tout neuf.
visithome-think-checkin = Beaucoup de personnes qui voyagent conviennent avec une personne de confiance de moments pour donner des nouvelles, d'un mot code qui veut dire « je ne peux pas parler librement », et de quoi faire — qui appeler, et quand — si elles ne donnent plus signe de vie.
visithome-think-plans = Moins il y a de personnes qui connaissent dates, vols et adresses, plus le risque est faible ; les discussions de groupe circulent plus loin qu'on ne le croit.
visithome-think-consular = Si votre pays d'origine ne voit en vous que son propre citoyen, le consulat du pays où vous vivez maintenant pourrait ne pas être autorisé à vous aider là-bas. Les conseils aux voyageurs de ce pays en disent plus, et le numéro de son ambassade vaut la peine d'être sur vous.
visithome-offer = Voulez-vous en parler avec quelqu'un de l'équipe ? Cette personne ne décidera pas à votre place.
visithome-share = Que peut voir le mentor ?
visithome-share-none = Seulement que je voudrais parler
    .synonyms = rien, seulement que je voudrais parler
visithome-reason = Envisage une visite dans son pays d'origine ; souhaite en parler.
visithome-person-done = Merci. J'ai prévenu l'équipe. Quelqu'un de l'équipe lira ceci dès que possible et vous écrira ici. Quoi que vous décidiez, vous pouvez revenir vers l'équipe avant, pendant et après un voyage.
visithome-done = Quoi que vous décidiez, c'est votre décision. Vous pouvez revenir à cette vérification, et vers l'équipe, à tout moment — avant, pendant et après un voyage. Tapez **mentor** pour joindre une personne.
