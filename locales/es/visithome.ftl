### reviewed: no
## Pensar en visitar el país: una revisión honesta de los riesgos, que nunca decide por la persona.
visithome-title = Pensar en visitar mi país
visithome-description = Una mirada honesta a los riesgos de visitar tu país, y una persona con quien hablarlo.
visithome-intro = Pensar en visitar tu país es una decisión importante y muy personal, y no te diré qué hacer. Estas preguntas te ayudan a mirar los riesgos con honestidad; al final, puedes hablarlo con alguien del equipo. Responde **sí**, **no** o **no sé**, o escribe **saltar** en cualquier pregunta.
visithome-known = ¿Podrían las autoridades conocer tu activismo o tu trabajo, por tus publicaciones, detenciones anteriores, personas a las que interrogaron o tu tiempo en el extranjero?
visithome-cases = ¿Podría haber contra ti un proceso abierto, una citación, una acusación o una prohibición de viajar o de salir del país, incluso una que no te hayan comunicado?
visithome-devices = Si revisaran tu teléfono o tu computadora en la frontera, ¿mostrarían tu trabajo, tus contactos o tus mensajes?
visithome-clean = ¿Podrías viajar con un teléfono «limpio», solo con lo que necesitas para el viaje?
visithome-plans = ¿Conocen tus planes de viaje (fechas, vuelos, dónde te alojarás) más personas que unas pocas de confianza?
visithome-checkin = ¿Hay alguien de confianza que espere noticias tuyas a horas fijas durante el viaje, y que sepa qué hacer si dejas de dar señales?
visithome-consular = ¿Sabes qué podría —o no podría— hacer por ti allí el consulado del país donde vives ahora?
visithome-when = ¿Cuándo piensas ir? (Opcional: escribe **saltar**.)
visithome-reflect = Gracias. Esto es lo que tus respuestas pueden significar, para que lo sopeses, no para decidir por ti:
visithome-think-cases = Los procesos, citaciones y prohibiciones de salida a menudo se mantienen en secreto hasta la frontera. Una abogada o un abogado en el país a veces puede comprobarlo con discreción; un mentor puede ayudarte a pensar en formas seguras de averiguarlo.
visithome-think-known = A las personas cuyo activismo se conoce a veces las interrogan, las retienen o les quitan el pasaporte al llegar. Haber viajado antes sin problemas no es garantía: la situación puede cambiar, y también cómo te ven.
visithome-think-devices = En la frontera pueden pedirte que desbloquees un teléfono o una computadora y copiar lo que contiene. Tus mensajes, fotos y contactos también podrían exponer a las personas que aparecen en ellos.
visithome-think-clean = Un dispositivo limpio —un teléfono aparte, solo con lo que el viaje necesita y sin sesión en las cuentas principales— te protege a ti y a tus contactos. Quienes lo usan lo preparan mucho antes de salir, para que no parezca recién estrenado.
visithome-think-checkin = Mucha gente que viaja acuerda con alguien de confianza cuándo dará noticias, una palabra clave que significa «no puedo hablar con libertad» y qué hacer —a quién llamar y cuándo— si deja de dar señales.
visithome-think-plans = Cuantas menos personas conozcan fechas, vuelos y direcciones, menor es el riesgo; los chats de grupo llegan más lejos de lo que parece.
visithome-think-consular = Si tu país de origen te considera solo su ciudadano, puede que al consulado del país donde vives ahora no se le permita ayudarte allí. Las recomendaciones de viaje de ese país dicen más, y vale la pena llevar encima el número de su embajada.
visithome-offer = ¿Quieres hablarlo con alguien del equipo? No decidirá por ti.
visithome-share = ¿Qué puede ver el mentor?
visithome-share-none = Solo que me gustaría hablar
    .synonyms = nada, solo que me gustaría hablar
visithome-reason = Piensa en visitar su país de origen; quiere hablarlo.
visithome-person-done = Gracias. He avisado al equipo. Alguien del equipo leerá esto en cuanto pueda y te escribirá aquí. Decidas lo que decidas, puedes volver al equipo antes, durante y después de un viaje.
visithome-done = Decidas lo que decidas, es tu decisión. Puedes volver a esta revisión, y al equipo, en cualquier momento: antes, durante y después de un viaje. Escribe **mentor** para hablar con una persona.
