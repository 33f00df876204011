### reviewed: no
## La vida en el exilio: un pequeño punto de partida, y la fecha de llegada (opcional) para los chequeos del primer año.
exile-title = La vida en el exilio
exile-description = Lo que dejó atrás, pensar en visitar su país, la presión desde su país, apoyo para personas en el exilio y chequeos durante su primer año.
exile-arrival-intro = La vida después de irse tiene sus propias etapas. Si me dice cuándo llegó al lugar donde vive ahora, puedo ofrecerle chequeos breves durante su primer año — después de una semana, un mes, 3, 6 y 12 meses, más o menos —, cada uno con lo que suele importar en ese momento. Es opcional, y solo se guardan el mes y el año.
exile-arrival-year = ¿En qué año llegó? Por ejemplo 2025. (Opcional: escriba **saltar**.)
exile-arrival-month = ¿Y en qué mes? Responda con su número, del 1 para enero al 12 para diciembre. (Opcional: escriba **saltar**.)
exile-journey-optin = ¿Quiere estos chequeos? Cada vez podrá decir sí, más tarde o no, y puede pararlos en cualquier momento escribiendo **parar**.
exile-journey-on = Gracias, anotado. Le escribiré en esos momentos. Para cambiar su fecha de llegada, elíjala en este menú.
exile-journey-off = Gracias, anotado. No le enviaré estos chequeos; puede cambiarlo en este menú cuando quiera.
exile-arrival-skipped = No pasa nada. Si cambia de idea, puede decírmelo más tarde en este menú.
exile-month-skipped = Gracias, anotado. Sin el mes no puedo programar los chequeos del primer año; puede añadirlo más tarde en este menú.
exile-choose = ¿Qué le gustaría ver?
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
exile-person-topic = Claro. En pocas palabras, ¿de qué le gustaría hablar? Ayuda a la persona mentora a prepararse. También puede escribir **saltar**.
exile-person-reason = Quiere hablar (la vida en el exilio).
exile-person-done =
    Gracias. He avisado al equipo. Alguien del equipo leerá esto en cuanto pueda y le escribirá aquí.
    Si está en peligro ahora mismo, busque también a alguien de confianza cerca de usted.
