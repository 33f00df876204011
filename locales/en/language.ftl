### reviewed: yes
## Language choice. The language-name-* labels are each language's own name and
## are identical in every locale; their synonyms let people type the name in
## any of the supported languages.

language-title = Language
language-description = Choose the language I write in.
language-choose =
    Which language would you like me to use?
    Choisissez votre langue · Elija su idioma · زبان خود را انتخاب کنید · اختيار اللغة · Выберите язык · خپله ژبه وټاکئ
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
language-done = Thank you. I will write to you in English from now on. Type **language** at any time to change it.
