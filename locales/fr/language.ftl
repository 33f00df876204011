### reviewed: no
## Choix de la langue. Les libellés language-name-* sont le nom de chaque langue
## dans cette langue même : ils sont identiques dans toutes les locales.

language-title = Langue
language-description = Choisir la langue dans laquelle je vous écris.
language-choose =
    Dans quelle langue voulez-vous que je vous écrive ?
    Choose your language · Elija su idioma · زبان خود را انتخاب کنید · اختيار اللغة · Выберите язык · خپله ژبه وټاکئ
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
language-done = Merci. Je vous écrirai désormais en français. Tapez **langue** à tout moment pour en changer.
