### reviewed: no
## المنطقة الزمنية (اختيارية).

timezone-title = المنطقة الزمنية
timezone-description = تحديد منطقتك الزمنية، لتصلك التذكيرات في ساعة مناسبة.
timezone-ask =
    في أي منطقة زمنية أنت؟ هذا يساعد على أن تصلك التذكيرات في ساعة مناسبة.
    الإجابة اختيارية: المنطقة الزمنية تكشف تقريبًا مكان وجودك، لذا يمكنك كتابة **تخطي** لعدم ذكرها.
timezone-opt-london = لندن، دبلن، لشبونة
timezone-opt-central-europe = باريس، برلين، مدريد، وارسو (أوروبا الوسطى)
timezone-opt-eastern-europe = كييف، فيلنيوس، ريغا، أثينا (أوروبا الشرقية)
timezone-opt-istanbul = إسطنبول
timezone-opt-moscow = موسكو، مينسك
timezone-opt-caucasus = تبليسي، يريفان، باكو
timezone-opt-cairo = القاهرة
timezone-opt-tehran = طهران
timezone-opt-kabul = كابول
timezone-opt-us-east = نيويورك، تورونتو (شرق أمريكا الشمالية)
timezone-opt-mexico-city = مكسيكو سيتي، أمريكا الوسطى
timezone-opt-bogota = بوغوتا، ليما، كيتو
timezone-opt-other = منطقة زمنية أخرى: سأكتبها بنفسي
timezone-ask-name = يُرجى كتابة اسم منطقتك الزمنية بالأحرف اللاتينية، مثلًا Europe/Berlin أو Asia/Beirut، أو **تخطي** لتركها.
timezone-ask-name-hint = اسم المنطقة الزمنية يكون بالشكل Region/City، مثلًا Asia/Amman أو Africa/Tunis. ويمكنك كتابة **تخطي** لتركها.
timezone-done =
    شكرًا. ستتبع التذكيرات توقيت: { $zone ->
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
    }. ولتغييره، يكفي كتابة **القائمة** في أي وقت.
timezone-skipped = لا بأس: لم تُحفظ أي منطقة زمنية. ستتبع التذكيرات التوقيت الافتراضي للمنظمة.
