### reviewed: no
## La vida en el exilio: un pequeño punto de partida, y la fecha de llegada (opcional) para los chequeos del primer año.
exile-title = La vida en el exilio
exile-description = Lo que dejaste atrás, pensar en visitar tu país, la presión desde tu país, apoyo para personas en el exilio y chequeos durante tu primer año.
exile-arrival-intro = La vida después de irse tiene sus propias etapas. Si me dices cuándo llegaste al lugar donde vives ahora, puedo ofrecerte chequeos breves durante tu primer año — después de una semana, un mes, 3, 6 y 12 meses, más o menos —, cada uno con lo que suele importar en ese momento. Es opcional, y solo se guardan el mes y el año.
exile-arrival-year = ¿En qué año llegaste? Por ejemplo 2025. (Opcional: escribe **saltar**.)
exile-arrival-month = ¿Y en qué mes? Responde con su número, del 1 para enero al 12 para diciembre. (Opcional: escribe **saltar**.)
exile-journey-optin = ¿Quieres estos chequeos? Cada vez podrás decir sí, más tarde o no, y puedes pararlos en cualquier momento escribiendo **parar**.
exile-journey-on = Gracias, anotado. Te escribiré en esos momentos. Para cambiar tu fecha de llegada, elígela en este menú.
exile-journey-off = Gracias, anotado. No te enviaré estos chequeos; puedes cambiarlo en este menú cuando quieras.
exile-arrival-skipped = No pasa nada. Si cambias de idea, puedes decírmelo más tarde en este menú.
exile-month-skipped = Gracias, anotado. Sin el mes no puedo programar los chequeos del primer año; puedes añadirlo más tarde en este menú.
exile-choose = ¿Qué te gustaría ver?
exile-opt-leftbehind = Lo que dejé atrás: dispositivos, tarjeta SIM, cuentas
    .synonyms = dejé atrás, dispositivos, sim
exile-opt-visithome = Pienso en visitar mi país
    .synonyms = visitar mi país, visita, volver de visita
exile-opt-repression = Presión desde mi país, sobre mí o mi familia
    .synonyms = presión desde mi país, represión
exile-opt-resources = Apoyo para personas en el exilio
    .synonyms = apoyo, recursos
exile-opt-arrival = Cuándo llegué, para los chequeos del primer año
    .synonyms = llegada, fecha de llegada
exile-opt-person = Hablar con una persona
    .synonyms = hablar
exile-opt-back = Volver al menú
    .synonyms = volver al menú, volver al menu
exile-person-topic = Claro. En pocas palabras, ¿de qué te gustaría hablar? Ayuda al mentor a prepararse. También puedes escribir **saltar**.
exile-person-reason = Quiere hablar (la vida en el exilio).
exile-person-done =
    Gracias. He avisado al equipo. Alguien del equipo leerá esto en cuanto pueda y te escribirá aquí.
    Si estás en peligro ahora mismo, busca también a alguien de confianza cerca de ti.
