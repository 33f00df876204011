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
menu-opt-riskcheck = Hacer o revisar mi plan de protección: una breve evaluación de riesgos
    .synonyms = plan, evaluación de riesgos, riesgos, protección
menu-opt-repression = Presión desde mi país, sobre mí o mi familia
    .synonyms = presión desde mi país, represión, familia
menu-opt-exile = La vida en el exilio: lo que dejé atrás, visitar mi país, apoyo
    .synonyms = exilio, la vida en el exilio
menu-opt-person = Hablar con una persona
    .synonyms = persona, humano, hablar
menu-opt-end = Nada por ahora
    .synonyms = nada, fin, adiós

## Settings
menu-opt-settings = Ajustes: idioma, zona horaria, país
    .synonyms = ajustes, configuración, preferencias
menu-settings = ¿Qué le gustaría cambiar?
menu-opt-language = Idioma
    .synonyms = idioma
menu-opt-timezone = Zona horaria
    .synonyms = zona horaria, hora
menu-opt-country = País para las líneas de ayuda
    .synonyms = país, pais, líneas de ayuda
menu-opt-back = Volver al menú
    .synonyms = volver al menú, volver al menu, nada

menu-person-topic = Claro. En pocas palabras, ¿de qué le gustaría hablar? Así la persona mentora puede prepararse. También puede escribir **saltar**.
menu-person-reason = Pidió hablar con una persona desde el menú.
menu-person-done =
    Gracias. He avisado al equipo. Alguien del equipo leerá esto en cuanto pueda y le escribirá aquí.
    Si está en peligro ahora mismo, busque también a alguien de confianza cerca de usted.
menu-bye = De acuerdo. Escríbame cuando lo necesite: escriba **menú** para ver las opciones otra vez, o **mentor** para hablar con una persona.
