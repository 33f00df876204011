### reviewed: no
## Texts of the bot itself, outside the flows: help, keywords' answers, follow-ups.

## Textes du bot lui-même (hors conversations).

bot-help = Vous pouvez écrire à tout moment : **menu** pour la liste des conversations, **retour** pour la question précédente, **mentor** pour joindre une personne, **langue** pour changer de langue, **stop** pour suspendre les rappels, **mes données** pour voir ce qui est gardé, **effacer mes données** pour l'effacer.
bot-slow-down = Vous écrivez plus vite que je ne peux bien répondre. Prenez votre temps — je lis la suite dans un instant.
bot-mentor-requested = Merci. J'ai demandé à une personne de notre équipe de vous répondre ici. Cela peut prendre un peu de temps ; vous pouvez continuer à écrire en attendant.
bot-mentor-requested-reason = La personne a demandé à parler à quelqu'un.
bot-stopped = Les rappels sont suspendus. Je ne vous écrirai plus sans message de votre part. Écrivez **menu** à tout moment pour recommencer.
bot-delete-soon = Pour effacer ce qui est gardé à votre sujet, écrivez **mentor** : une personne de notre équipe l'effacera et vous le confirmera ici.
bot-mydata-soon = Pour recevoir une copie de ce qui est gardé à votre sujet, écrivez **mentor** : une personne de notre équipe vous l'enverra ici.
bot-identity-changed = La clé de sécurité de votre compte a changé. Si vous avez configuré un nouvel appareil ou réinitialisé vos clés, tout va bien. Sinon, quelqu'un d'autre a peut-être accès à votre compte : écrivez **mentor** pour joindre une personne.
