### reviewed: no
## Fuseau horaire (facultatif).

timezone-title = Fuseau horaire
timezone-description = Indiquer votre fuseau horaire, pour que les rappels arrivent à une heure raisonnable.
timezone-ask =
    Dans quel fuseau horaire êtes-vous ? Cela permet d'envoyer les rappels à une heure raisonnable.
    C'est facultatif : un fuseau horaire indique à peu près où vous êtes. Tapez **passer** si vous préférez ne pas le dire.
timezone-opt-london = Londres, Dublin, Lisbonne
timezone-opt-central-europe = Paris, Berlin, Madrid, Varsovie (Europe centrale)
timezone-opt-eastern-europe = Kyiv, Vilnius, Riga, Athènes (Europe de l'Est)
timezone-opt-istanbul = Istanbul
timezone-opt-moscow = Moscou, Minsk
timezone-opt-caucasus = Tbilissi, Erevan, Bakou
timezone-opt-cairo = Le Caire
timezone-opt-tehran = Téhéran
timezone-opt-kabul = Kaboul
timezone-opt-us-east = New York, Toronto (est de l'Amérique du Nord)
timezone-opt-mexico-city = Mexico, Amérique centrale
timezone-opt-bogota = Bogota, Lima, Quito
timezone-opt-other = Un autre fuseau : je le tape
timezone-ask-name = Tapez le nom de votre fuseau horaire, par exemple Europe/Berlin ou America/Sao_Paulo. Tapez **passer** pour laisser vide.
timezone-ask-name-hint = Un nom de fuseau horaire a la forme Région/Ville, par exemple Africa/Nairobi ou Asia/Dubai. Tapez **passer** pour laisser vide.
timezone-done =
    Merci. Les rappels suivront l'heure de : { $zone ->
        [london] { timezone-opt-london }
        [central_europe] { timezone-opt-central-europe }
        [eastern_europe] { timezone-opt-eastern-europe }
        [istanbul] { timezone-opt-istanbul }
        [moscow] { timezone-opt-moscow }
        [caucasus] { timezone-opt-caucasus }
        [cairo] { timezone-opt-cairo }
        [tehran] { timezone-opt-tehran }
        [kabul] { timezone-opt-kabul }
        [us_east] { timezone-opt-us-east }
        [mexico_city] { timezone-opt-mexico-city }
        [bogota] { timezone-opt-bogota }
       *[other] { $tz }
    }. Tapez **menu** à tout moment pour la changer.
timezone-skipped = Pas de souci : aucun fuseau horaire n'est enregistré. Les rappels suivront l'heure par défaut de l'organisation.
