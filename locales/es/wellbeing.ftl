### reviewed: no
## Chequeo de bienestar. Los cinco mensajes wellbeing-who5-* siguen el Índice de
## Bienestar WHO-5 (© Psychiatric Research Unit, WHO Collaborating Centre in
## Mental Health, Frederiksborg General Hospital; de uso libre).
## ATENCIÓN: los cinco enunciados wellbeing-who5-* y la escala -who5-scale son una
## redacción propia de este proyecto, NO la traducción oficial del WHO-5 al español.
## Quien revise este archivo debe sustituirlos por la versión oficial en español:
## https://www.psykiatri-regionh.dk/who-5/who-5-questionnaires/Pages/default.aspx

wellbeing-title = Chequeo de bienestar
wellbeing-description = Cinco preguntas breves sobre cómo se ha sentido, y una persona si la quiere.
wellbeing-intro =
    Este es un chequeo breve sobre cómo se ha sentido durante las últimas dos semanas. No es un examen ni un diagnóstico. Puede parar en cualquier momento (escriba **parar**) y volver cuando quiera, o escribir **mentor** para hablar con una persona.
    Para cada frase, responda con el número que mejor encaje.

# La escala de respuesta del WHO-5, repetida bajo cada frase.
-who5-scale = 5 = todo el tiempo · 4 = la mayor parte del tiempo · 3 = más de la mitad del tiempo · 2 = menos de la mitad del tiempo · 1 = de vez en cuando · 0 = en ningún momento

wellbeing-who5-1 =
    (1/5) Durante las últimas dos semanas, me he sentido alegre y de buen ánimo.
    { -who5-scale }
wellbeing-who5-2 =
    (2/5) Durante las últimas dos semanas, me he sentido tranquilo/a y relajado/a.
    { -who5-scale }
wellbeing-who5-3 =
    (3/5) Durante las últimas dos semanas, me he sentido activo/a y con energía.
    { -who5-scale }
wellbeing-who5-4 =
    (4/5) Durante las últimas dos semanas, me he despertado sintiéndome fresco/a y descansado/a.
    { -who5-scale }
wellbeing-who5-5 =
    (5/5) Durante las últimas dos semanas, mi vida diaria ha estado llena de cosas que me interesan.
    { -who5-scale }
wellbeing-who5-hint = Responda con un solo número, de 0 (en ningún momento) a 5 (todo el tiempo).

wellbeing-crisis = Una pregunta más, que hacemos a todo el mundo. Últimamente, ¿ha tenido pensamientos de hacerse daño o de quitarse la vida, o está en peligro en este momento?
wellbeing-crisis-opt-selfharm = Sí, he tenido pensamientos de hacerme daño
    .synonyms = sí, si, pensamientos, daño
wellbeing-crisis-opt-danger = Sí, estoy en peligro en este momento
    .synonyms = peligro
wellbeing-crisis-opt-rather-not = Prefiero no decirlo
    .synonyms = prefiero no, paso
wellbeing-crisis-reason = Respondió que sí a la pregunta de seguridad de un chequeo de bienestar.
wellbeing-crisis-reply =
    Gracias por contármelo. Hace falta valor para decirlo, y no tiene que pasar por esto en soledad.
    Si puede, quédese cerca de alguien de confianza, o en un lugar que le dé más seguridad.
wellbeing-crisis-end = Estoy avisando al equipo ahora, y lo marco como urgente. Alguien del equipo leerá esto en cuanto pueda y le escribirá aquí, en este chat. No tiene que hacer nada más. Si quiere escribir mientras tanto, lo que escriba aquí le llega al equipo.
wellbeing-crisis-rather-not = Está bien, no tiene que decirlo. Si las cosas se ponen difíciles, escriba **mentor** en cualquier momento: se avisará al equipo, y alguien lo leerá en cuanto pueda.

wellbeing-result = Gracias por sus respuestas. Su puntuación de bienestar hoy es **{ $who5 }** sobre 100 (cuanto más alta, mejor). No es un diagnóstico, solo una forma de notar los cambios con el tiempo.
wellbeing-compare-better =
    Son { $rise } { $rise ->
        [one] punto
       *[other] puntos
    } más que en su último chequeo ({ $previous }). Qué bueno: lo que le esté ayudando, manténgalo cerca.
wellbeing-compare-worse =
    Son { $drop } { $drop ->
        [one] punto
       *[other] puntos
    } menos que en su último chequeo ({ $previous }). Gracias por notarlo conmigo.
wellbeing-compare-same = Es más o menos lo mismo que en su último chequeo ({ $previous }).
wellbeing-low-note = Parece que estas dos últimas semanas han sido muy duras. Es una reacción comprensible ante lo que viven las personas en su situación, y no tiene que cargar con ello en soledad. Antes de terminar, le preguntaré si quiere que alguien del equipo se comunique con usted; o escriba **mentor** en cualquier momento.
wellbeing-gentle-note = Parece que las cosas han pesado últimamente. Es habitual bajo presión y lejos de casa, y hablar con alguien puede ayudar. Antes de terminar, le preguntaré si quiere que alguien del equipo se comunique con usted.
wellbeing-good-note = Me alegra saber que las cosas van bastante bien. Cuidarse también importa, sobre todo en este trabajo.
wellbeing-open-offer = Si quiere, tengo algunas preguntas abiertas breves: sobre el sueño, la soledad, el miedo, las pérdidas y la culpa. Puede saltar cualquiera con **saltar**. ¿Quiere responderlas?

wellbeing-sleep = ¿Cómo ha dormido últimamente?
wellbeing-isolation = ¿Tiene personas cerca con quienes hablar? ¿Se ha sentido más bien en soledad o en compañía?
wellbeing-ack-isolation = Gracias por contarme cómo es. Sentirse en contacto con otras personas, o en aislamiento, importa mucho, sobre todo lejos de casa, y lo que siente al respecto tiene sentido.
wellbeing-fear = ¿Hay algo que le dé miedo en este momento, por usted o por otras personas?
wellbeing-ack-fear = Gracias por ponerlo en palabras. Ante amenazas reales, el miedo es una reacción natural, no una debilidad.
wellbeing-grief = Irse, o perder personas, lugares o un trabajo, puede traer duelo. ¿Carga con alguna pérdida en este momento?
wellbeing-ack-grief = Gracias. Perder personas, lugares o la vida que tenía es una pérdida real, y el duelo por ella también lo es, aunque quienes le rodean no lo vean.
wellbeing-guilt = Algunas personas en su situación cargan con un sentimiento de culpa, por ejemplo hacia quienes se quedaron o fueron detenidos. ¿Le pesa algo así?
wellbeing-ack-guilt = Gracias por confiarme esto. Muchas personas que tuvieron que irse, o que están a salvo mientras otras no, sienten lo mismo. Muestra cuánto le importan los demás; no significa que haya hecho algo mal.
wellbeing-in-exile = ¿Vive ahora fuera de su país de origen? Si es así, tengo dos preguntas más sobre eso. Recordaré su respuesta para no volver a preguntárselo.
wellbeing-legal = ¿Le pesa algo relacionado con sus papeles, su residencia o su asilo: la espera, la incertidumbre, las citas?
wellbeing-ack-legal = Gracias. Esperar papeles y decisiones que no dependen de usted agota, y esa tensión es real.
wellbeing-home = ¿Cómo es su contacto con su movimiento y con la gente que está en su país, y cómo lo vive?
wellbeing-ack-home = Gracias. El vínculo con el movimiento y con la gente de su país puede ser a la vez un apoyo y una preocupación; las dos cosas son normales.

wellbeing-offer-person = ¿Quiere que alguien del equipo se comunique con usted?
wellbeing-share = ¿Qué puede ver la persona mentora?
wellbeing-share-opt-none = Solo que me gustaría hablar
wellbeing-person-reason = Quiere hablar después de un chequeo de bienestar.
wellbeing-person-done = Gracias. He avisado al equipo. Alguien del equipo leerá esto en cuanto pueda y le escribirá aquí.

wellbeing-offer-followup = ¿Quiere que vuelva a preguntarle cómo está dentro de 7 días?
wellbeing-followup-invite = Hola. Pasó una semana desde su último chequeo. ¿Quiere dedicar unos minutos a ver cómo está?
wellbeing-followup-set = Hecho: le volveré a escribir dentro de 7 días.
wellbeing-offer-plan = A veces ayuda mirar juntos lo que le pesa y lo que le protege. ¿Quiere hacer ahora una breve evaluación de riesgos? Termina con unos pocos próximos pasos que usted elige.
wellbeing-done = Gracias por hacer este chequeo. Cuídese. Escriba **menú** para ver otras opciones, o **mentor** en cualquier momento para hablar con una persona.
