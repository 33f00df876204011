### reviewed: no
## Presión desde el país: represión transnacional y presión sobre la familia que sigue allí.
repression-title = Presión desde mi país, sobre mí o mi familia
repression-description = Cuando las autoridades de su país le alcanzan en el extranjero, o le alcanzan a través de su familia: cuénteselo a una persona mentora y reciba primeros pasos.
repression-intro = Esto es para la presión de las autoridades de su país de origen que le alcanza donde vive ahora, o que le alcanza a través de las personas cercanas. Le haré algunas preguntas para que una persona mentora pueda ayudarle, y le daré unos primeros pasos. Comparta solo lo que le resulte cómodo: puede escribir **saltar** en la mayoría de las preguntas. Escriba **mentor** en cualquier momento para hablar con una persona ya.
repression-danger = Primero, la pregunta más importante: ¿alguien — usted, o alguien cercano — está en peligro inmediato ahora mismo, por ejemplo detenido, herido o amenazado con violencia?
repression-urgent-reason = Peligro inmediato para la persona o alguien cercano (presión desde el país).
repression-urgent-reply =
    He avisado al equipo y he marcado esto como **urgente**. Alguien del equipo leerá esto en cuanto pueda.
    Mientras espera, si puede hacerlo sin riesgo:
    - si usted corre peligro, vaya a un lugar más seguro o con personas de confianza, y dígale a alguien de confianza dónde está;
    - si alguien cercano está detenido, anote cuándo, dónde y quién, y quién más lo sabe;
    - si su vida corre peligro y es seguro comunicarse con ellos, llame a los servicios de emergencia locales.
repression-urgent-end = Quédese en este chat si puede: aquí es donde le responderá el equipo. Escriba **mentor** si necesita volver a comunicarse con una persona.
repression-kinds = ¿Qué está pasando? Puede elegir varias opciones: escriba sus números separados por comas, por ejemplo «1, 3».
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
repression-details = En pocas palabras, ¿qué pasó? (Opcional: escriba **saltar**.)
repression-affected = ¿A quién afecta? Puede elegir varias opciones.
repression-affected-me = A mí
    .synonyms = a mí, a mi, yo
repression-affected-family = A mi familia
    .synonyms = familia, mi familia
repression-affected-colleagues = A colegas o amistades del movimiento
    .synonyms = colegas, amistades, movimiento
repression-ongoing = ¿Sigue pasando?
repression-state = ¿Las autoridades de qué país cree que están detrás? (Opcional: escriba **saltar**.)
repression-steps = Gracias por contármelo. Algunos primeros pasos que ayudan a muchas personas en su situación:
repression-step-family-detained = Si un familiar o colega está detenido: anote cuándo, dónde y quién, y busque una abogada o un abogado en el país a través de personas de confianza. Hable con una persona mentora antes de decir nada en público: la difusión puede proteger o poner en peligro, según el caso.
repression-step-family-threats = Acuerde con su familia una forma segura de mantener el contacto (por ejemplo Signal con mensajes temporales) y qué pueden decir si les interrogan: la verdad, que saben poco, suele ser lo más seguro. Anote cada visita, llamada o citación: fecha, quién, qué se dijo.
repression-step-notice = Si teme una notificación de INTERPOL o una solicitud de extradición, hable con una abogada o un abogado antes de cualquier viaje, incluso a países cercanos. Las notificaciones pueden impugnarse ante el órgano de control de la propia INTERPOL (la Comisión de Control de los Ficheros de INTERPOL); una abogada o un abogado puede decirle si encaja con su caso.
repression-step-relatives = No tiene que responder enseguida a la presión que le llega a través de sus familiares. Decidan juntos cómo responder de forma que les proteja, y guarde los mensajes: las peticiones de volver o de parar se pueden documentar.
repression-step-informants = Tenga cuidado con lo que comparte en grupos y chats de la diáspora: planes, direcciones y nombres de personas que siguen en el país. Revise quién está en sus grupos, use mensajes temporales y reúnase con contactos nuevos en lugares públicos hasta que alguien de confianza pueda responder por ellos.
repression-step-online = Guarde las pruebas (capturas con fecha y enlace), luego denuncie y bloquee. Haga sus perfiles más privados (quién ve sus publicaciones, sus amistades y su ubicación) y busque cuentas que se hagan pasar por usted. El Digital First Aid Kit ayuda con el acoso en línea: https://digitalfirstaid.org/
repression-step-smear = Haga capturas con fecha y enlace antes de denunciar nada. No discuta con quienes atacan; una declaración breve y tranquila con aliados suele bastar. Revise la seguridad de sus cuentas: las campañas de desprestigio a veces vienen con intentos de entrar en ellas.
repression-step-documents = Guarde copias de sus documentos y de cada denegación. Una abogada, un abogado o una organización de apoyo a personas refugiadas donde vive puede explicarle sus opciones, como un estatus de protección o documentos de viaje.
repression-step-other = Anote lo que pasó, con fechas, y guarde los mensajes. Una persona mentora puede ayudarle a pensar en los siguientes pasos.
repression-share = ¿Qué pueden ver las personas mentoras?
repression-share-none = Mis respuestas no, solo que necesito ayuda
    .synonyms = nada, solo que necesito ayuda
repression-reason = Presión desde el país de origen (represión transnacional).
repression-done =
    Gracias. Su informe ya está con el equipo.
    Lo que sigue: alguien del equipo lo leerá en cuanto pueda y le escribirá aquí, en este chat. Las situaciones más urgentes se atienden primero.
    Si algo cambia o usted o su familia están en peligro, escriba **mentor** en cualquier momento.
