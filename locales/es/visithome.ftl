### reviewed: no
## Pensar en visitar el país: una revisión honesta de los riesgos, que nunca decide por la persona.
visithome-title = Pensar en visitar mi país
visithome-description = Una mirada honesta a los riesgos de visitar su país, y una persona con quien hablarlo.
visithome-intro = Pensar en visitar su país es una decisión importante y muy personal, y no le diré qué hacer. Estas preguntas le ayudan a mirar los riesgos con honestidad; al final, puede hablarlo con alguien del equipo. Responda **sí**, **no** o **no sé**, o escriba **saltar** en cualquier pregunta.
visithome-known = ¿Podrían las autoridades conocer su activismo o su trabajo, por sus publicaciones, detenciones anteriores, personas a las que interrogaron o su tiempo en el extranjero?
visithome-cases = ¿Podría haber contra usted un proceso abierto, una citación, una acusación o una prohibición de viajar o de salir del país, incluso una que no le hayan comunicado?
visithome-devices = Si revisaran su teléfono o su computadora en la frontera, ¿mostrarían su trabajo, sus contactos o sus mensajes?
visithome-clean = ¿Podría viajar con un teléfono «limpio», solo con lo que necesita para el viaje?
visithome-plans = ¿Conocen sus planes de viaje (fechas, vuelos, dónde se alojará) más personas que unas pocas de confianza?
visithome-checkin = ¿Hay alguien de confianza que espere noticias suyas a horas fijas durante el viaje, y que sepa qué hacer si deja de dar señales?
visithome-consular = ¿Sabe qué podría —o no podría— hacer por usted allí el consulado del país donde vive ahora?
visithome-when = ¿Cuándo piensa ir? (Opcional: escriba **saltar**.)
visithome-reflect = Gracias. Esto es lo que sus respuestas pueden significar, para que lo sopese, no para decidir por usted:
visithome-think-cases = Los procesos, citaciones y prohibiciones de salida a menudo se mantienen en secreto hasta la frontera. Una abogada o un abogado en el país a veces puede comprobarlo con discreción; una persona mentora puede ayudarle a pensar en formas seguras de averiguarlo.
visithome-think-known = A las personas cuyo activismo se conoce a veces las interrogan, las retienen o les quitan el pasaporte al llegar. Haber viajado antes sin problemas no es garantía: la situación puede cambiar, y también cómo le ven.
visithome-think-devices = En la frontera pueden pedirle que desbloquee un teléfono o una computadora y copiar lo que contiene. Sus mensajes, fotos y contactos también podrían exponer a las personas que aparecen en ellos.
visithome-think-clean = Un dispositivo limpio —un teléfono aparte, solo con lo que el viaje necesita y sin sesión en las cuentas principales— le protege a usted y a sus contactos. Quienes lo usan lo preparan mucho antes de salir, para que no parezca recién estrenado.
visithome-think-checkin = Mucha gente que viaja acuerda con alguien de confianza cuándo dará noticias, una palabra clave que significa «no puedo hablar con libertad» y qué hacer —a quién llamar y cuándo— si deja de dar señales.
visithome-think-plans = Cuantas menos personas conozcan fechas, vuelos y direcciones, menor es el riesgo; los chats de grupo llegan más lejos de lo que parece.
visithome-think-consular = Si su país de origen le considera solo su ciudadano, puede que al consulado del país donde vive ahora no se le permita ayudarle allí. Las recomendaciones de viaje de ese país dicen más, y vale la pena llevar encima el número de su embajada.
visithome-offer = ¿Quiere hablarlo con alguien del equipo? No decidirá por usted.
visithome-share = ¿Qué puede ver la persona mentora?
visithome-share-none = Solo que me gustaría hablar
    .synonyms = nada, solo que me gustaría hablar
visithome-reason = Piensa en visitar su país de origen; quiere hablarlo.
visithome-person-done = Gracias. He avisado al equipo. Alguien del equipo leerá esto en cuanto pueda y le escribirá aquí. Decida lo que decida, puede volver al equipo antes, durante y después de un viaje.
visithome-done = Decida lo que decida, es su decisión. Puede volver a esta revisión, y al equipo, en cualquier momento: antes, durante y después de un viaje. Escriba **mentor** para hablar con una persona.
