### reviewed: no
## Elección del idioma. Las etiquetas language-name-* son el nombre de cada
## idioma en ese mismo idioma y son idénticas en todas las traducciones.

language-title = Idioma
language-description = Elegir el idioma en el que te escribo.
language-choose =
    ¿En qué idioma quieres que te escriba?
    Choose your language · Choisissez votre langue · زبان خود را انتخاب کنید · اختر لغتك · Выберите язык
language-name-en = English
    .synonyms = en, english, anglais, inglés, ingles, انگلیسی, الإنجليزية, الانجليزية, английский
language-name-fr = Français
    .synonyms = fr, french, francais, francés, frances, فرانسوی, الفرنسية, французский
language-name-es = Español
    .synonyms = es, spanish, espagnol, espanol, castellano, اسپانیایی, الإسبانية, испанский
language-name-fa = فارسی
    .synonyms = fa, persian, farsi, persan, persa, دری, پارسی, الفارسية, персидский, фарси
language-name-ar = العربية
    .synonyms = ar, arabic, arabe, árabe, عربي, عربی, عربى, арабский
language-name-ru = Русский
    .synonyms = ru, russian, russe, ruso, روسی, الروسية, русский, по-русски
language-done = Gracias. A partir de ahora te escribiré en español. Escribe **idioma** en cualquier momento para cambiarlo.
