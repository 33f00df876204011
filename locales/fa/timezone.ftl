### reviewed: no
## منطقهٔ زمانی (اختیاری).

timezone-title = منطقهٔ زمانی
timezone-description = تعیین منطقهٔ زمانی، تا یادآوری‌ها در ساعت مناسبی برسند.
timezone-ask =
    در کدام منطقهٔ زمانی هستید؟ این کمک می‌کند یادآوری‌ها در ساعت مناسبی به دستتان برسند.
    پاسخ به این پرسش اختیاری است: منطقهٔ زمانی تقریباً نشان می‌دهد کجا هستید، پس اگر ترجیح می‌دهید نگویید، بنویسید **رد**.
timezone-opt-london = لندن، دوبلین، لیسبون
timezone-opt-central-europe = پاریس، برلین، مادرید، ورشو (اروپای مرکزی)
timezone-opt-eastern-europe = کی‌یف، ویلنیوس، ریگا، آتن (اروپای شرقی)
timezone-opt-istanbul = استانبول
timezone-opt-moscow = مسکو، مینسک
timezone-opt-caucasus = تفلیس، ایروان، باکو
timezone-opt-cairo = قاهره
timezone-opt-tehran = تهران
timezone-opt-kabul = کابل
timezone-opt-us-east = نیویورک، تورنتو (شرق آمریکای شمالی)
timezone-opt-mexico-city = مکزیکوسیتی، آمریکای مرکزی
timezone-opt-bogota = بوگوتا، لیما، کیتو
timezone-opt-other = منطقهٔ زمانی دیگر: خودم می‌نویسم
timezone-ask-name = لطفاً نام منطقهٔ زمانی خود را به لاتین بنویسید، مثلاً Europe/Berlin یا Asia/Tehran. برای رد شدن بنویسید **رد**.
timezone-ask-name-hint = نام منطقهٔ زمانی به شکل Region/City است، مثلاً Asia/Kabul یا Europe/Istanbul. برای رد شدن بنویسید **رد**.
timezone-done =
    سپاس. یادآوری‌ها از این وقت پیروی می‌کنند: { $zone ->
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
    }. هر وقت خواستید، با نوشتن **منو** می‌توانید آن را تغییر دهید.
timezone-skipped = مشکلی نیست: هیچ منطقهٔ زمانی‌ای ثبت نشد. یادآوری‌ها طبق ساعت پیش‌فرض سازمان فرستاده می‌شوند.
