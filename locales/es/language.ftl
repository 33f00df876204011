### reviewed: no
## Elección del idioma. Las etiquetas language-name-* son el nombre de cada
## idioma en ese mismo idioma y son idénticas en todas las traducciones.

language-title = Idioma
language-description = Elegir el idioma en el que le escribo.
language-choose =
    ¿En qué idioma quiere que le escriba?
    Choose your language · Choisissez votre langue · زبان خود را انتخاب کنید · اختيار اللغة · Выберите язык · خپله ژبه وټاکئ
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
language-done = Gracias. A partir de ahora le escribiré en español. Escriba **idioma** en cualquier momento para cambiarlo.
