### reviewed: no
## د وخت سیمه (اختیاري).

timezone-title = د وخت سیمه
timezone-description = خپله د وخت سیمه وټاکئ، ترڅو یادونې په مناسب ساعت راورسېږي.
timezone-ask =
    تاسو په کومه د وخت سیمه کې یاست؟ دا مرسته کوي چې یادونې په مناسب ساعت درورسېږي.
    دا اختیاري ده: د وخت سیمه په نږدې توګه ښيي چې چېرته یاست، نو که نه غواړئ ووایئ، **تېر شه** ولیکئ.
timezone-opt-london = لندن، ډبلن، لیسبون
timezone-opt-central-europe = پاریس، برلین، مادرید، وارسا (منځنۍ اروپا)
timezone-opt-eastern-europe = کیف، ویلنیوس، ریګا، اتن (ختیځه اروپا)
timezone-opt-istanbul = استانبول
timezone-opt-moscow = مسکو، منسک
timezone-opt-caucasus = تفلیس، ایروان، باکو
timezone-opt-cairo = قاهره
timezone-opt-tehran = تهران
timezone-opt-kabul = کابل
timezone-opt-us-east = نیویارک، ټورنټو (ختیځه شمالي امریکا)
timezone-opt-mexico-city = مکسیکو ښار، منځنۍ امریکا
timezone-opt-bogota = بوګوټا، لیما، کیټو
timezone-opt-other = بله د وخت سیمه: زه یې پخپله لیکم
timezone-ask-name = مهرباني وکړئ د خپلې د وخت سیمې نوم په لاتیني تورو ولیکئ، لکه Asia/Kabul یا Europe/Berlin. د پرېښودلو لپاره **تېر شه** ولیکئ.
timezone-ask-name-hint = د وخت سیمې نوم د Region/City په بڼه دی، لکه Asia/Kabul یا Europe/Istanbul. د پرېښودلو لپاره **تېر شه** ولیکئ.
timezone-done =
    مننه. یادونې به د دې وخت سره سم راځي: { $zone ->
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
    }. د بدلولو لپاره هر وخت **مینو** ولیکئ.
timezone-skipped = هېڅ ستونزه نشته: هېڅ د وخت سیمه ونه ټاکل شوه. یادونې به د ادارې د عادي وخت له مخې راشي.
