### reviewed: no
## El menú principal.

menu-title = Menú
menu-description = Lo que puedo hacer por usted.
menu-choose = ¿Qué le gustaría hacer? Responda con un número.
menu-opt-hygiene = Revisar mi seguridad digital
    .synonyms = seguridad, digital, higiene, revisar
menu-opt-wellbeing = Ver cómo me siento
    .synonyms = bienestar, cómo estoy, ánimo
menu-opt-threat = Informar de una amenaza o un incidente
    .synonyms = informar, amenaza, incidente, denunciar, reportar
menu-opt-person = Hablar con una persona
    .synonyms = persona, humano, hablar
menu-opt-language = Cambiar el idioma
menu-opt-timezone = Indicar mi zona horaria
    .synonyms = zona horaria, hora
menu-opt-end = Nada por ahora
    .synonyms = nada, fin, adiós
menu-person-topic = Claro. En pocas palabras, ¿de qué le gustaría hablar? Así la persona mentora puede prepararse. También puede escribir **saltar**.
menu-person-reason = Pidió hablar con una persona desde el menú.
menu-person-done =
    Gracias. Avisamos a una persona mentora, que le escribirá aquí en cuanto pueda.
    Si está en peligro en este momento, busque también a alguien de confianza cerca.
menu-bye = De acuerdo. Escríbame cuando lo necesite: escriba **menú** para ver las opciones otra vez, o **mentor** para hablar con una persona.
