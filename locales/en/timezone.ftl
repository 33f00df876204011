### reviewed: yes
## Optional time zone.

timezone-title = Time zone
timezone-description = Set your time zone, so that reminders come at a sensible hour.
timezone-ask =
    Which time zone are you in? It lets reminders reach you at a sensible hour.
    It is optional: a time zone says roughly where you are, so type **skip** if you prefer not to say.
timezone-opt-london = London, Dublin, Lisbon
timezone-opt-central-europe = Paris, Berlin, Madrid, Warsaw (Central Europe)
timezone-opt-eastern-europe = Kyiv, Vilnius, Riga, Athens (Eastern Europe)
timezone-opt-istanbul = Istanbul
timezone-opt-moscow = Moscow, Minsk
timezone-opt-caucasus = Tbilisi, Yerevan, Baku
timezone-opt-cairo = Cairo
timezone-opt-tehran = Tehran
timezone-opt-kabul = Kabul
timezone-opt-us-east = New York, Toronto (Eastern North America)
timezone-opt-mexico-city = Mexico City, Central America
timezone-opt-bogota = Bogotá, Lima, Quito
timezone-opt-other = Another time zone: I will type it
timezone-ask-name = Please type the name of your time zone, for example Europe/Berlin or America/Sao_Paulo. Type **skip** to leave it.
timezone-ask-name-hint = A time zone name looks like Region/City, for example Africa/Nairobi or Asia/Dubai. Type **skip** to leave it.
timezone-done =
    Thank you. Reminders will follow the time of: { $zone ->
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
    }. Type **menu** at any time to change it.
timezone-skipped = No problem: no time zone is set. Reminders will use the organisation's default time.
