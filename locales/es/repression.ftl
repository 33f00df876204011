### reviewed: no
## Presión desde el país: represión transnacional y presión sobre la familia que sigue allí.
repression-title = Presión desde mi país, sobre mí o mi familia
repression-description = Cuando las autoridades de tu país te alcanzan en el extranjero, o te alcanzan a través de tu familia: cuéntaselo a un mentor y recibe primeros pasos.
repression-intro = Esto es para la presión de las autoridades de tu país de origen que te alcanza donde vives ahora, o que te alcanza a través de las personas cercanas. Te haré algunas preguntas para que un mentor pueda ayudarte, y te daré unos primeros pasos. Comparte solo lo que te resulte cómodo: puedes escribir **saltar** en la mayoría de las preguntas. Escribe **mentor** en cualquier momento para hablar con una persona ya.
repression-danger = Primero, la pregunta más importante: ¿alguien — tú, o alguien cercano — está en peligro inmediato ahora mismo, por ejemplo detenido, herido o amenazado con violencia?
repression-urgent-reason = Peligro inmediato para la persona o alguien cercano (presión desde el país).
repression-urgent-reply =
    He avisado al equipo y he marcado esto como **urgente**. Alguien del equipo leerá esto en cuanto pueda.
    Mientras esperas, si puedes hacerlo sin riesgo:
    - si tú corres peligro, ve a un lugar más seguro o con personas de confianza, y dile a alguien de confianza dónde estás;
    - si alguien cercano está detenido, anota cuándo, dónde y quién, y quién más lo sabe;
    - si tu vida corre peligro y es seguro contactarlos, llama a los servicios de emergencia locales.
repression-urgent-end = Quédate en este chat si puedes: aquí es donde te responderá el equipo. Escribe **mentor** si necesitas volver a contactar con una persona.
repression-kinds = ¿Qué está pasando? Puedes elegir varias opciones: escribe sus números separados por comas, por ejemplo «1, 3».
repression-kind-family-threats = Amenazas, citaciones o visitas a mi familia en el país
    .synonyms = amenazas a la familia, citaciones, visitas
repression-kind-family-detained = Un familiar o colega en el país detenido o interrogado
    .synonyms = detenido, detenida, arrestado, interrogado, interrogatorio
repression-kind-relatives = Presión sobre mí a través de familiares, por ejemplo para que pare o vuelva
    .synonyms = familiares, presión a través de la familia
repression-kind-documents = Pasaporte o servicios consulares denegados, documentos bloqueados
    .synonyms = pasaporte, consulado, documentos
repression-kind-notice = Una notificación de INTERPOL o una solicitud de extradición, o miedo a que la haya
    .synonyms = interpol, notificación roja, extradición
repression-kind-informants = Informantes o infiltración en la diáspora
    .synonyms = informantes, infiltración, espías
repression-kind-smear = Una campaña de desprestigio del Estado de origen o de sus medios
    .synonyms = desprestigio, campaña de desprestigio, propaganda
repression-kind-online = Amenazas en mis redes sociales aquí
    .synonyms = en línea, redes sociales
repression-kind-other = Otra cosa
    .synonyms = otra, otro
repression-details = En pocas palabras, ¿qué pasó? (Opcional: escribe **saltar**.)
repression-affected = ¿A quién afecta? Puedes elegir varias opciones.
repression-affected-me = A mí
    .synonyms = a mí, a mi, yo
repression-affected-family = A mi familia
    .synonyms = familia, mi familia
repression-affected-colleagues = A colegas o amistades del movimiento
    .synonyms = colegas, amistades, movimiento
repression-ongoing = ¿Sigue pasando?
repression-state = ¿Las autoridades de qué país crees que están detrás? (Opcional: escribe **saltar**.)
repression-steps = Gracias por contármelo. Algunos primeros pasos que ayudan a muchas personas en tu situación:
repression-step-family-detained = Si un familiar o colega está detenido: anota cuándo, dónde y quién, y busca una abogada o un abogado en el país a través de personas de confianza. Habla con un mentor antes de decir nada en público: la difusión puede proteger o poner en peligro, según el caso.
repression-step-family-threats = Acuerda con tu familia una forma segura de mantener el contacto (por ejemplo Signal con mensajes temporales) y qué pueden decir si les interrogan: la verdad, que saben poco, suele ser lo más seguro. Anota cada visita, llamada o citación: fecha, quién, qué se dijo.
repression-step-notice = Si temes una notificación de INTERPOL o una solicitud de extradición, habla con una abogada o un abogado antes de cualquier viaje, incluso a países cercanos. Las notificaciones pueden impugnarse ante el órgano de control de la propia INTERPOL (la Comisión de Control de los Ficheros de INTERPOL); una abogada o un abogado puede decirte si encaja con tu caso.
repression-step-relatives = No tienes que responder enseguida a la presión que te llega a través de tus familiares. Decidid juntos cómo responder de forma que les proteja, y guarda los mensajes: las peticiones de volver o de parar se pueden documentar.
repression-step-informants = Ten cuidado con lo que compartes en grupos y chats de la diáspora: planes, direcciones y nombres de personas que siguen en el país. Revisa quién está en tus grupos, usa mensajes temporales y queda con contactos nuevos en lugares públicos hasta que alguien de confianza pueda responder por ellos.
repression-step-online = Guarda las pruebas (capturas con fecha y enlace), luego denuncia y bloquea. Haz tus perfiles más privados (quién ve tus publicaciones, tus amistades y tu ubicación) y busca cuentas que se hagan pasar por ti. El Digital First Aid Kit ayuda con el acoso en línea: https://digitalfirstaid.org/
repression-step-smear = Haz capturas con fecha y enlace antes de denunciar nada. No discutas con quienes atacan; una declaración breve y tranquila con aliados suele bastar. Revisa la seguridad de tus cuentas: las campañas de desprestigio a veces vienen con intentos de entrar en ellas.
repression-step-documents = Guarda copias de tus documentos y de cada denegación. Una abogada, un abogado o una organización de apoyo a personas refugiadas donde vives puede explicarte tus opciones, como un estatus de protección o documentos de viaje.
repression-step-other = Anota lo que pasó, con fechas, y guarda los mensajes. Un mentor puede ayudarte a pensar en los siguientes pasos.
repression-share = ¿Qué pueden ver los mentores?
repression-share-none = Mis respuestas no, solo que necesito ayuda
    .synonyms = nada, solo que necesito ayuda
repression-reason = Presión desde el país de origen (represión transnacional).
repression-done =
    Gracias. Tu informe ya está con el equipo.
    Lo que sigue: alguien del equipo lo leerá en cuanto pueda y te escribirá aquí, en este chat. Las situaciones más urgentes se atienden primero.
    Si algo cambia o tú o tu familia están en peligro, escribe **mentor** en cualquier momento.
