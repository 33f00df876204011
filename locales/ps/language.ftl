### reviewed: no
## د ژبې ټاکل. د language-name-* نښې د هرې ژبې نوم په خپله هماغه ژبه دي، او
## په ټولو ژباړو کې یو شان دي.

language-title = ژبه
language-description = هغه ژبه وټاکئ چې زه پرې تاسو ته لیکم.
language-choose =
    غواړئ چې په کومه ژبه درته ولیکم؟
    Choose your language · Choisissez votre langue · Elija su idioma · زبان خود را انتخاب کنید · اختيار اللغة · Выберите язык
language-name-en = English
    .synonyms = en, english, anglais, inglés, ingles, انگلیسی, انګلیسي, الإنجليزية, الانجليزية, английский
language-name-fr = Français
    .synonyms = fr, french, francais, francés, frances, فرانسوی, الفرنسية, французский
language-name-es = Español
    .synonyms = es, spanish, espagnol, espanol, castellano, اسپانیایی, هسپانوی, هسپانوي, الإسبانية, испанский
language-name-fa = فارسی
    .synonyms = fa, persian, farsi, persan, persa, پارسی, فارسی ایران, الفارسية, персидский, фарси
language-name-ar = العربية
    .synonyms = ar, arabic, arabe, árabe, عربي, عربی, عربى, арабский
language-name-ru = Русский
    .synonyms = ru, russian, russe, ruso, روسی, الروسية, русский, по-русски
language-name-prs = دری
    .synonyms = prs, dari, darí, dari persian, فارسی دری, فارسی افغانستان, الدارية, الدرية, дари
language-name-ps = پښتو
    .synonyms = ps, pashto, pashtu, pushto, pachto, pachtou, pastún, pashtún, پشتو, پختو, البشتو, البشتونية, пушту, пашто
language-done = مننه. له دې وروسته به په پښتو درته لیکم. هر وخت چې مو زړه وي ژبه بدله کړئ، **ژبه** ولیکئ.
