### reviewed: no
## Часовой пояс (необязательно).

timezone-title = Часовой пояс
timezone-description = Указать часовой пояс, чтобы напоминания приходили в удобное время.
timezone-ask =
    В каком вы часовом поясе? Так напоминания будут приходить в удобное время.
    Это необязательно: часовой пояс примерно показывает, где вы находитесь, поэтому, если не хотите его называть, напишите **пропустить**.
timezone-opt-london = Лондон, Дублин, Лиссабон
timezone-opt-central-europe = Париж, Берлин, Мадрид, Варшава (Центральная Европа)
timezone-opt-eastern-europe = Киев, Вильнюс, Рига, Афины (Восточная Европа)
timezone-opt-istanbul = Стамбул
timezone-opt-moscow = Москва, Минск
timezone-opt-caucasus = Тбилиси, Ереван, Баку
timezone-opt-cairo = Каир
timezone-opt-tehran = Тегеран
timezone-opt-kabul = Кабул
timezone-opt-us-east = Нью-Йорк, Торонто (восток Северной Америки)
timezone-opt-mexico-city = Мехико, Центральная Америка
timezone-opt-bogota = Богота, Лима, Кито
timezone-opt-other = Другой часовой пояс: введу сам(а)
timezone-ask-name = Напишите название своего часового пояса латиницей, например Asia/Almaty или Europe/Berlin. Чтобы не указывать, напишите **пропустить**.
timezone-ask-name-hint = Название часового пояса выглядит как Регион/Город латиницей, например Asia/Bishkek или Europe/Vilnius. Чтобы не указывать, напишите **пропустить**.
timezone-done =
    Спасибо. Напоминания будут приходить по времени: { $zone ->
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
    }. Изменить это можно в любой момент через **меню**.
timezone-skipped = Ничего страшного: часовой пояс не указан. Напоминания будут приходить по времени, принятому в организации по умолчанию.
