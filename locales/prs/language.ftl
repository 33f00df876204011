### reviewed: no
## انتخاب زبان. برچسب‌های language-name-* نام هر زبان به خود همان زبان اند و
## در همهٔ ترجمه‌ها یکسان اند.

language-title = زبان
language-description = انتخاب زبانی که با شما به آن می‌نویسم.
language-choose =
    می‌خواهید به کدام زبان برای تان بنویسم؟
    Choose your language · Choisissez votre langue · Elija su idioma · اختيار اللغة · Выберите язык · خپله ژبه وټاکئ
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
language-done = تشکر. از این به بعد به دری برای تان می‌نویسم. هر وقت خواستید زبان را تغییر بدهید، **زبان** بنویسید.
