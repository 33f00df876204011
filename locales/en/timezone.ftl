### reviewed: yes
## Optional time zone.

timezone-title = Time zone
timezone-description = Set your time zone, so that reminders come at a sensible hour.
timezone-ask =
    Which time zone are you in? It lets reminders reach you at a sensible hour.
    It is optional: a time zone says roughly where you are, so type **skip** if you prefer not to say.
timezone-opt-london = London, Dublin, Lisbon
    .synonyms = london, dublin, lisbon, lisboa, uk, britain, ireland, portugal
timezone-opt-central-europe = Paris, Berlin, Madrid, Warsaw (Central Europe)
    .synonyms = paris, berlin, madrid, warsaw, warszawa, vienna, wien, rome, roma, amsterdam, brussels, prague, stockholm, oslo, copenhagen, zurich, barcelona, munich, münchen, hamburg, cologne, köln, frankfurt, germany, france, spain, poland, central europe, پاریس, برلین
timezone-opt-eastern-europe = Kyiv, Vilnius, Riga, Athens (Eastern Europe)
    .synonyms = kyiv, kiev, київ, vilnius, riga, athens, tallinn, helsinki, bucharest, sofia, chisinau, ukraine, україна, lithuania, latvia, greece, eastern europe
timezone-opt-istanbul = Istanbul
    .synonyms = istanbul, ankara, turkey, türkiye, turkiye, استانبول
timezone-opt-moscow = Moscow, Minsk
    .synonyms = moscow, minsk, москва, минск, st petersburg, saint petersburg, санкт-петербург, russia, россия, belarus, беларусь
timezone-opt-caucasus = Tbilisi, Yerevan, Baku
    .synonyms = tbilisi, yerevan, baku, georgia, armenia, azerbaijan, dubai, тбилиси, ереван, баку
timezone-opt-cairo = Cairo
    .synonyms = cairo, القاهرة, egypt, مصر
timezone-opt-tehran = Tehran
    .synonyms = tehran, teheran, تهران, iran, ایران
timezone-opt-kabul = Kabul
    .synonyms = kabul, کابل, afghanistan, افغانستان
timezone-opt-us-east = New York, Toronto (Eastern North America)
    .synonyms = new york, toronto, washington, boston, montreal, miami, eastern
timezone-opt-mexico-city = Mexico City, Central America
    .synonyms = mexico city, mexico, méxico, ciudad de mexico, ciudad de méxico, guatemala, san salvador, tegucigalpa, managua, san jose, costa rica
timezone-opt-bogota = Bogotá, Lima, Quito
    .synonyms = bogota, bogotá, lima, quito, colombia, peru, perú, ecuador, panama
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
