### reviewed: no
## Informe de una amenaza o un incidente.

threat-title = Informar de una amenaza o un incidente
threat-description = Contar a una persona mentora lo que pasó, para recibir ayuda.
threat-intro = Le haré unas preguntas sobre lo que pasó, para que una persona mentora pueda ayudarle. Comparta solo lo que le resulte cómodo: puede escribir **saltar** en la mayoría de las preguntas. Escriba **mentor** en cualquier momento para hablar ya con una persona.
threat-danger = Primero, la pregunta más importante: ¿está en peligro inmediato en este momento, o está ocurriendo un ataque ahora mismo?

threat-urgent-reason = Peligro inmediato o ataque en curso (informe de amenaza).
threat-urgent-reply =
    He avisado al equipo y he marcado esto como **urgente**. Alguien del equipo leerá esto en cuanto pueda.
    Mientras espera, si puede hacerlo sin riesgo:
    - vaya a un lugar más seguro, o con personas de confianza;
    - dígale a alguien de confianza dónde está;
    - si alguien está dentro de sus cuentas ahora mismo, cambie la contraseña de su correo desde un dispositivo de confianza y cierre todas las demás sesiones.
    Si su vida corre peligro y es seguro para usted comunicarse con ellos, llame a los servicios de emergencia locales.
threat-urgent-end = Quédese en este chat si puede: aquí es donde le responderá el equipo. Escriba **mentor** si necesita volver a comunicarse con una persona.
threat-channel = Antes de seguir: ¿escribe desde un teléfono, una computadora o una cuenta que podría estar afectada por lo que pasó?
threat-channel-safe = No, este dispositivo es seguro, que yo sepa
    .synonyms = no, seguro
threat-channel-affected = Sí, podría estar afectado
    .synonyms = sí, si, afectado
threat-channel-tip = Gracias por comprobarlo. Si puede, siga desde un dispositivo de confianza: entre en este chat desde allí y escriba **menú**. Si no puede, siga aquí: cíñase a los hechos y no escriba contraseñas nuevas en este dispositivo hasta que alguien lo haya revisado.

threat-kind = ¿Qué pasó? Puede elegir varias opciones: escriba sus números separados por comas, por ejemplo «2, 4».
threat-kind-surveillance = Vigilancia: me observan, me siguen o me espían
    .synonyms = vigilancia, seguimiento, espionaje
threat-kind-account = Una cuenta hackeada u otro ataque digital
    .synonyms = hackeo, cuenta, digital
threat-kind-device = Un teléfono o una computadora perdidos, robados o incautados
    .synonyms = dispositivo, perdido, robado, incautado, confiscado
threat-kind-spyware = Sospecha de software espía, o un aviso de Apple, Google o Meta sobre atacantes
    .synonyms = software espía, espía, aviso
threat-kind-harassment = Acoso en línea, amenazas o una campaña de desprestigio
    .synonyms = acoso, en línea
threat-kind-physical = Una amenaza o agresión física
    .synonyms = física, agresión
threat-kind-legal = Presión judicial o administrativa (citación, cargos, visa, banco…)
    .synonyms = judicial, administrativa
threat-kind-detention = Detuvieron a un colega, una amistad o un familiar
    .synonyms = detención, detenido, detenida, arresto
threat-kind-repression = Presión de mi país de origen sobre mí o mi familia, en el extranjero (represión transnacional)
    .synonyms = presión de mi país, represión transnacional, represión
threat-kind-other = Otra cosa
    .synonyms = otro, otra
threat-offer-repression = Hay un informe pensado para la presión desde el país de origen (amenazas a la familia, documentos denegados, notificaciones de INTERPOL, informantes, campañas de desprestigio), con primeros pasos para cada caso. ¿Prefiere seguir con ese? Si no, seguimos aquí.
threat-details = En pocas palabras, ¿qué pasó? (Opcional: escriba **saltar**.)
threat-platform = ¿Qué cuentas, aplicaciones o dispositivos están afectados? Por ejemplo Gmail, WhatsApp, Instagram, un iPhone, un teléfono Android, Windows. (Opcional: escriba **saltar**.)
threat-access = ¿Todavía puede entrar en la cuenta o el dispositivo afectado?
threat-access-full = Sí, todavía tengo acceso completo
    .synonyms = sí, si, completo
threat-access-partly = En parte: algo ha cambiado o está bloqueado
    .synonyms = en parte, parcialmente
threat-access-lost = No, he perdido el acceso
    .synonyms = no, perdido, bloqueado
threat-device-tip = Cuando un teléfono o una computadora ya no está en sus manos, lo que más importa es lo que todavía puede abrir. Desde un dispositivo de confianza, cierre la sesión de ese dispositivo en sus cuentas de correo y en la nube, quítelo de los dispositivos vinculados de Signal, WhatsApp y Telegram, y cambie las contraseñas que conocía. El Digital First Aid Kit tiene una guía para dispositivos perdidos o incautados: https://digitalfirstaid.org/
threat-spyware-tip = Hasta que alguien lo revise, no restablezca ni borre el teléfono: una revisión lo necesita tal como está. Use otro dispositivo para las conversaciones sensibles si puede, y en un iPhone active el Modo de Aislamiento (Lockdown Mode). Un aviso real de Apple, Google o Meta nunca le pide hacer clic en un enlace ni instalar nada. La Helpline de Access Now puede ayudar a revisar un teléfono: https://www.accessnow.org/help/
threat-access-tip = Perder el acceso angustia, y se puede arreglar más a menudo de lo que parece. Desde un dispositivo de confianza, use la página de recuperación de cuenta del propio servicio, y no acepte ayuda de desconocidos que le escriban por ello. El Digital First Aid Kit le guía paso a paso: https://digitalfirstaid.org/
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
threat-share-none = Mis respuestas no, solo que necesito ayuda
threat-contact-times = ¿Cuándo es seguro y cómodo que una persona mentora le escriba? Por ejemplo «entre semana después de las 6 p. m.». (Opcional: escriba **saltar**.)
threat-reason = Informe de una amenaza o un incidente.
threat-done =
    Gracias. Su informe ya está con el equipo.
    Lo que sigue: alguien del equipo lo leerá en cuanto pueda y le escribirá aquí, en este chat. Las situaciones más urgentes se atienden primero. No tiene que hacer nada más por ahora.
    Si algo cambia o se siente en peligro, escriba **mentor** en cualquier momento. Para ver o borrar lo que se guarda, escriba **mis datos** o **borrar mis datos**.
threat-offer-plan = Cuando se sienta preparado o preparada, una breve evaluación de riesgos puede convertir lo ocurrido en unos pocos próximos pasos propios — o revisar su plan si ya tiene uno: escriba **menú** y elija el plan de protección.
threat-plan-later = Cuando se sienta preparado o preparada, una breve evaluación de riesgos puede convertir lo ocurrido en unos pocos próximos pasos propios. Dentro de tres días le preguntaré si quiere hacerla — o escriba **menú** y elija el plan de protección cuando quiera.
threat-plan-invite = Hace unos días nos contó una amenaza o un incidente. Una breve evaluación de riesgos puede ayudarle a hacer un plan de protección, o a revisar el suyo, a la luz de lo ocurrido. ¿Quiere hacerla ahora?
