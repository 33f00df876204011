### reviewed: no
## Pays (facultatif), seulement pour montrer les bonnes lignes d'aide.
country-title = Pays pour les lignes d'aide
country-description = Choisir le pays dont je vous montre les lignes d'aide.
country-ask =
    Dans quel pays êtes-vous en ce moment ? Je m'en sers seulement pour vous montrer les bonnes lignes d'aide et de soutien quand vous en avez besoin.
    C'est facultatif : tapez **passer** si vous préférez ne pas le dire.
country-opt-de = Allemagne
    .synonyms = allemagne
country-opt-fr = France
    .synonyms = france
country-opt-es = Espagne
    .synonyms = espagne
country-opt-gb = Royaume-Uni
    .synonyms = royaume-uni, royaume uni, angleterre, grande-bretagne
country-opt-us = États-Unis
    .synonyms = états-unis, etats-unis, etats unis, amérique
country-opt-tr = Turquie
    .synonyms = turquie
country-opt-ua = Ukraine
    .synonyms = ukraine
country-opt-ir = Iran
    .synonyms = iran
country-opt-af = Afghanistan
    .synonyms = afghanistan
country-opt-ru = Russie
    .synonyms = russie
country-opt-other = Un autre pays
    .synonyms = autre, autre pays, aucun de ceux-ci
country-done = Merci. Quand ce sera utile, je vous montrerai les lignes d'aide que je connais dans ce pays, avec des lignes internationales. Tapez **menu** à tout moment pour le changer.
country-other = Merci. Je vous montrerai des lignes d'aide internationales, joignables de partout. Tapez **menu** à tout moment pour le changer.
country-skipped = Pas de problème. Je vous montrerai des lignes d'aide internationales, joignables de partout.
