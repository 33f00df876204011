### reviewed: no
## منطقهٔ زمانی (اختیاری).

timezone-title = منطقهٔ زمانی
timezone-description = منطقهٔ زمانی خود را تعیین کنید، تا یادآوری‌ها در ساعت مناسب برسند.
timezone-ask =
    در کدام منطقهٔ زمانی هستید؟ این کمک می‌کند یادآوری‌ها در ساعت مناسب به شما برسند.
    این سوال اختیاری است: منطقهٔ زمانی تقریباً نشان می‌دهد کجا هستید، پس اگر نمی‌خواهید بگویید، **رد** بنویسید.
timezone-opt-london = لندن، دوبلین، لیسبون
timezone-opt-central-europe = پاریس، برلین، مادرید، وارسا (اروپای مرکزی)
timezone-opt-eastern-europe = کییف، ویلنیوس، ریگا، آتن (اروپای شرقی)
timezone-opt-istanbul = استانبول
timezone-opt-moscow = مسکو، منسک
timezone-opt-caucasus = تفلیس، ایروان، باکو
timezone-opt-cairo = قاهره
timezone-opt-tehran = تهران
timezone-opt-kabul = کابل
timezone-opt-us-east = نیویارک، تورنتو (شرق امریکای شمالی)
timezone-opt-mexico-city = مکزیکو سیتی، امریکای مرکزی
timezone-opt-bogota = بوگوتا، لیما، کیتو
timezone-opt-other = یک منطقهٔ زمانی دیگر: خودم می‌نویسم
timezone-ask-name = لطفاً نام منطقهٔ زمانی خود را به حروف لاتین بنویسید، مثلاً Asia/Kabul یا Europe/Berlin. برای رد کردن **رد** بنویسید.
timezone-ask-name-hint = نام منطقهٔ زمانی به شکل Region/City است، مثلاً Asia/Kabul یا Europe/Istanbul. برای رد کردن **رد** بنویسید.
timezone-done =
    تشکر. یادآوری‌ها از این وقت پیروی می‌کنند: { $zone ->
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
    }. هر وقت خواستید، با نوشتن **مینو** می‌توانید آن را تغییر دهید.
timezone-skipped = مشکلی نیست: هیچ منطقهٔ زمانی تعیین نشد. یادآوری‌ها به وقت پیش‌فرض نهاد فرستاده می‌شوند.
