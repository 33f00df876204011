### reviewed: no
## Informe de una amenaza o un incidente.

threat-title = Informar de una amenaza o un incidente
threat-description = Contar a una persona mentora lo que pasó, para recibir ayuda.
threat-intro = Le haré unas preguntas sobre lo que pasó, para que una persona mentora pueda ayudarle. Comparta solo lo que le resulte cómodo: puede escribir **saltar** en la mayoría de las preguntas. Escriba **mentor** en cualquier momento para hablar ya con una persona.
threat-danger = Primero, la pregunta más importante: ¿está en peligro inmediato en este momento, o está ocurriendo un ataque ahora mismo?

threat-urgent-reason = Peligro inmediato o ataque en curso (informe de amenaza).
threat-urgent-reply =
    Alerté a las personas mentoras y lo marqué como **urgente**. Una persona le escribirá aquí lo antes posible.
    Mientras tanto, si puede hacerlo sin riesgo:
    - vaya a un lugar más seguro, o con personas de confianza;
    - diga a alguien de confianza dónde está;
    - si alguien está dentro de sus cuentas en este momento, cambie la contraseña de su correo desde un dispositivo de confianza y cierre todas las demás sesiones.
    Si su vida corre peligro y es seguro para usted comunicarse con ellos, llame a los servicios de emergencia locales.
threat-urgent-end = Quédese en esta conversación si puede: la persona mentora escribirá aquí. Escriba **mentor** si necesita volver a hablar con una persona.

threat-kind = ¿Qué pasó? Elija lo que mejor encaje.
threat-kind-surveillance = Vigilancia: me observan, me siguen o me espían
    .synonyms = vigilancia, seguimiento, espionaje
threat-kind-account = Una cuenta hackeada u otro ataque digital
    .synonyms = hackeo, cuenta, digital
threat-kind-harassment = Acoso en línea, amenazas o una campaña de desprestigio
    .synonyms = acoso, en línea
threat-kind-physical = Una amenaza o agresión física
    .synonyms = física, agresión
threat-kind-legal = Presión judicial o administrativa (citación, cargos, visa, banco…)
    .synonyms = judicial, administrativa
threat-kind-detention = Detuvieron a un colega, una amistad o un familiar
    .synonyms = detención, detenido, detenida, arresto
threat-kind-other = Otra cosa
    .synonyms = otro, otra
threat-details = En pocas palabras, ¿qué pasó? (Opcional: escriba **saltar**.)
threat-timing = ¿Cuándo ocurrió, o cuándo empezó? Basta con una fecha o «la semana pasada».
threat-timing-hint = Una respuesta aproximada sirve, por ejemplo «ayer», «desde marzo» o «no lo sé».
threat-ongoing = ¿Sigue ocurriendo?

threat-impact = Si continúa o vuelve a pasar, ¿qué tan grave sería para usted o para otras personas?
threat-impact-minor = Desagradable, pero manejable
    .synonyms = leve, manejable
threat-impact-serious = Grave: afecta a mi seguridad, mi trabajo o mi salud
    .synonyms = grave
threat-impact-severe = Muy grave: un riesgo para la vida, la libertad o mis seres queridos
    .synonyms = muy grave
threat-likelihood = ¿Qué probabilidad hay de que vuelva a pasar, o empeore, pronto?
threat-likelihood-unlikely = Poco probable
threat-likelihood-possible = Posible
threat-likelihood-likely = Probable

threat-where = ¿Dónde ocurrió? Basta con un país o una ciudad, sin dirección exacta. (Opcional: escriba **saltar**.)
threat-who = ¿Sabe o sospecha quién está detrás? (Opcional: escriba **saltar**.)
threat-affected = ¿Hay otras personas afectadas o en riesgo: familia, colegas, contactos? (Opcional: escriba **saltar**.)

threat-evidence =
    ¿Tiene una captura de pantalla, una foto o un archivo que muestre lo que pasó? Envíelo ahora, o escriba **saltar**.
    Consejo: guarde los originales y no borre los mensajes ni las publicaciones; anote fechas y enlaces. Piense si un archivo podría exponer a otra persona.
threat-evidence-more = Recibido, gracias. ¿Quiere enviar otro?
threat-evidence-next = Envíe el siguiente archivo, o escriba **saltar**.
threat-evidence-max = Gracias, ya tengo tres archivos. Si tiene más, la persona mentora podrá recibirlos directamente.

threat-steps-taken = ¿Ya hizo algo al respecto, por ejemplo cambiar contraseñas, contárselo a alguien o denunciarlo? (Opcional: escriba **saltar**.)
threat-help = ¿Qué tipo de ayuda le gustaría? Puede elegir varias, separadas por comas.
threat-help-digital = Proteger mis cuentas o dispositivos
threat-help-documentation = Documentar lo que pasó
threat-help-legal = Asesoría o contactos legales
threat-help-psychosocial = Alguien con quien hablar, apoyo emocional
threat-help-physical = Seguridad física o reubicación temporal
threat-help-funds = Apoyo económico de emergencia
threat-share = ¿Qué pueden ver las personas mentoras?
threat-share-full = Mis respuestas y mi nombre de Matrix
threat-share-pseudonymous = Mis respuestas, pero no mi nombre (un seudónimo)
threat-share-none = Mis respuestas no, solo que necesito ayuda
threat-contact-times = ¿Cuándo es seguro y cómodo que una persona mentora le escriba? Por ejemplo «entre semana después de las 6 p. m.». (Opcional: escriba **saltar**.)
threat-reason = Informe de una amenaza o un incidente.
threat-done =
    Gracias. Su informe ya está en manos de las personas mentoras.
    Qué pasa ahora: una persona mentora lo leerá y le escribirá aquí, en esta conversación. Las situaciones más urgentes se atienden primero. No necesita hacer nada más por ahora.
    Si algo cambia o siente peligro, escriba **mentor** en cualquier momento. Para ver o borrar lo que se guarda, escriba **mis datos** o **borrar mis datos**.
