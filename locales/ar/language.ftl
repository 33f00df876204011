### reviewed: no
## اختيار اللغة. التسميات language-name-* هي اسم كل لغة بلغتها نفسها،
## وهي متطابقة في جميع الترجمات.

language-title = اللغة
language-description = اختيار اللغة التي أكتب بها إليك.
language-choose =
    بأي لغة يناسبك أن أكتب إليك؟
    Choose your language · Choisissez votre langue · Elija su idioma · زبان خود را انتخاب کنید · Выберите язык · خپله ژبه وټاکئ
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
language-done = شكرًا. سأكتب إليك بالعربية من الآن فصاعدًا. يمكنك كتابة **اللغة** في أي وقت لتغييرها.
