### reviewed: no
## Primer contacto: bienvenida, idioma, privacidad y consentimiento, zona horaria.

onboarding-title = Para empezar
onboarding-description = Bienvenida, idioma, privacidad y zona horaria.
onboarding-welcome =
    Hola, le damos la bienvenida. Soy Continuum, un asistente automático de esta organización.
    Puedo ayudarle a revisar su seguridad digital, a ver cómo se siente, a informar de una amenaza o de la presión desde su país, y a cuidar de lo que trae la vida en el exilio, y puedo ponerle en contacto con una persona mentora, alguien real de la organización.
    Esta conversación está cifrada de extremo a extremo. Escriba **mentor** en cualquier momento para hablar con una persona.
onboarding-not-emergency =
    Tenga en cuenta que no soy un servicio de emergencias, y que quizá una persona no pueda responder enseguida.
    Si está en peligro ahora, y si es seguro, comuníquese con los servicios de emergencia locales o con alguien de confianza cerca. Las personas defensoras de derechos humanos en riesgo inmediato pueden comunicarse con la línea de emergencia de **Front Line Defenders**, de día y de noche: https://www.frontlinedefenders.org/emergency-contact
onboarding-privacy =
    Antes de empezar, así se trata su información:
    - **Qué se guarda:** sus respuestas, cifradas en nuestro servidor.
    - **Durante cuánto tiempo:** por defecto, 90 días las respuestas y 180 días los casos cerrados. Su organización puede fijar otros plazos.
    - **Quién lo ve:** solo las personas mentoras de esta organización, y solo lo que usted acepte compartir con ellas.
    - **Reacciones con emoji:** si responde tocando una reacción, ese toque no está cifrado de extremo a extremo: el servidor puede ver qué emoji tocó, pero no la pregunta. Siempre puede escribir su respuesta.
    - **Usted decide:** en cualquier momento, escriba **mis datos** para recibir una copia de lo que se guarda, o **borrar mis datos** para eliminarlo.
onboarding-consent = ¿Acepta continuar en estas condiciones?
onboarding-consent-hint = Responda **sí** o **no**. Si antes tiene una pregunta, escriba **mentor**.
onboarding-timezone-intro = Gracias. Dos últimas preguntas, ambas opcionales.
onboarding-declined =
    Está perfectamente bien. No se guardará ninguna de sus respuestas. Recuerdo dónde estamos, y su idioma, solo mientras hablamos: si me reinicio, lo olvido.
    ¿Qué le gustaría hacer?
onboarding-opt-person = Hablar con una persona, sin guardar mis respuestas
    .synonyms = persona, humano, hablar
onboarding-opt-agree = Cambié de opinión: quiero ver otra vez las condiciones
    .synonyms = aceptar, acepto, condiciones, otra vez
onboarding-opt-end = Terminar aquí
    .synonyms = fin, terminar, adiós
onboarding-person-reason = Quiere hablar sin aceptar que se guarden datos: no se comparte ninguna respuesta.
onboarding-person-done = He avisado al equipo de que alguien quiere hablar, sin ninguna de sus respuestas. Alguien del equipo leerá esto en cuanto pueda y le escribirá aquí.
onboarding-declined-end = De acuerdo. No se guardó ninguna de sus respuestas. Si cambia de opinión, vuelva a escribirme.
