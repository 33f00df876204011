### reviewed: no
## Revisión de seguridad digital. Para cada punto: hygiene-<punto> (la pregunta),
## hygiene-<punto>-tip (tras «no» o «no sé»), hygiene-next-<punto> (una línea
## en la lista de próximos pasos). Fuentes: docs/CONTENT_SOURCES.md.

hygiene-title = Revisión de seguridad digital
hygiene-description = Preguntas rápidas sobre sus cuentas, su número, sus dispositivos, su ubicación y sus mensajes, con los próximos pasos más importantes.
hygiene-intro =
    Revisemos lo básico que le protege en internet: preguntas rápidas sobre sus cuentas, sus dispositivos y sus mensajes. Toma unos 7 minutos, y no hay respuestas incorrectas.
    Responda **sí**, **no**, **no sé** o **no me aplica**. Tras un «no» o un «no sé» le daré un consejo breve; lo que no le aplica no cuenta.
    Escriba **mentor** en cualquier momento para hablar con una persona.
hygiene-devices = Primero: ¿qué dispositivos usa, para su trabajo y su vida?
hygiene-devices-phone = Solo un teléfono
    .synonyms = teléfono, telefono, solo un teléfono, móvil, celular
hygiene-devices-both = Un teléfono y una computadora
    .synonyms = los dos, ambos, teléfono y computadora, teléfono y ordenador
hygiene-devices-computer = Solo una computadora
    .synonyms = computadora, ordenador, solo una computadora, portátil

## Cuentas
hygiene-passwords =
    🔑 Cuentas
    ¿Usa una contraseña distinta y segura para cada cuenta importante, por ejemplo con un gestor de contraseñas?
hygiene-passwords-tip = Reutilizar contraseñas es una de las formas más comunes de perder una cuenta: cuando un sitio sufre una filtración, los atacantes prueban la misma contraseña en todas partes. Un gestor de contraseñas (como Bitwarden o KeePassXC) crea y recuerda una contraseña larga y única para cada cuenta, protegida por una sola frase de contraseña segura que solo usted conoce. Empiece por su correo y luego sus apps de mensajería y redes sociales.
hygiene-next-passwords = Use un gestor de contraseñas y ponga contraseñas únicas a su correo y a sus cuentas principales.
hygiene-twofactor = ¿Tiene activado el inicio de sesión en dos pasos en su correo, su mensajería y sus redes sociales, con una llave de acceso (passkey), una llave de seguridad o una aplicación de autenticación en lugar de códigos por SMS?
hygiene-twofactor-tip = El inicio de sesión en dos pasos detiene la mayoría de los robos de cuentas, incluso cuando se filtra una contraseña. Actívelo en los ajustes de seguridad de cada cuenta, empezando por su correo. Donde un servicio ofrezca llaves de acceso (passkeys), úselas: como las llaves de seguridad, no se pueden robar con phishing. Si no, use una aplicación de autenticación: los códigos por SMS pueden interceptarse, o robarse quedándose con su número. Guarde los códigos de respaldo en un lugar seguro, sin conexión.
hygiene-next-twofactor = Active el inicio de sesión en dos pasos con una llave de acceso, una llave de seguridad o una aplicación de autenticación, empezando por su correo.
hygiene-sessions = En los últimos meses, ¿ha revisado qué dispositivos tienen sesión abierta en sus cuentas principales, y que su correo y su teléfono de recuperación siguen siendo suyos?
hygiene-sessions-tip = Quien entra una vez en una cuenta a menudo se queda: con una sesión olvidada, con su propia dirección de recuperación o con una regla de reenvío oculta en su correo. En los ajustes de seguridad de cada cuenta importante, cierre la sesión de los dispositivos que no reconozca o que ya no tenga, compruebe que el correo y el teléfono de recuperación son suyos y funcionan, y borre los reenvíos o filtros de correo que no creó usted. Después cambie la contraseña de esa cuenta.
hygiene-next-sessions = Revise los dispositivos con sesión abierta, el correo y el teléfono de recuperación y las reglas de reenvío de sus cuentas principales.

## Número de teléfono
hygiene-pins =
    📶 Su número de teléfono
    ¿Ha activado el PIN que protege sus aplicaciones de mensajería si alguien consigue su número: el bloqueo de registro de Signal, la verificación en dos pasos de WhatsApp, la contraseña en la nube de Telegram?
hygiene-pins-tip = A una compañía telefónica se la puede engañar, presionar u obligar a dar su número a otra persona, y un operador estatal puede simplemente volver a emitir su tarjeta SIM. Un PIN con el operador no le protege de eso. Lo que sí le protege: en Signal, active el bloqueo de registro (Ajustes → Cuenta); en WhatsApp, la verificación en dos pasos (Ajustes → Cuenta); en Telegram, la verificación en dos pasos con una contraseña en la nube (Ajustes → Privacidad y seguridad). Así nadie puede pasar su cuenta a un teléfono nuevo sin ese PIN. Además, deje de usar el SMS para el inicio de sesión en dos pasos, y no use como teléfono de recuperación un número que podría perder.
hygiene-next-pins = Active el PIN de registro de Signal, WhatsApp y Telegram, y deje los códigos por SMS para iniciar sesión.

## Dispositivos
hygiene-updates =
    📱 Dispositivos
    ¿Su teléfono y su computadora instalan las actualizaciones del sistema y de las aplicaciones, las instala pronto, y reinicia su teléfono de vez en cuando?
hygiene-updates-tip = Las actualizaciones cierran agujeros de seguridad que los atacantes, incluidos los vendedores de software espía, usan activamente. Active las actualizaciones automáticas del teléfono, la computadora, el navegador y las aplicaciones, y reinicie cuando se lo pidan. Reiniciar el teléfono con regularidad, por ejemplo una vez al día, también elimina algunos programas espía que no sobreviven a un reinicio. Si un dispositivo ya no recibe actualizaciones, evite usarlo para trabajo delicado y planee reemplazarlo.
hygiene-next-updates = Active las actualizaciones automáticas, instale lo pendiente y reinicie su teléfono con regularidad.
hygiene-screenlock = ¿Su teléfono y su computadora se bloquean solos al poco tiempo, con un PIN o una contraseña segura?
hygiene-screenlock-tip = El bloqueo de pantalla es lo que separa sus datos de cualquiera que tome su dispositivo. Use un PIN de al menos 6 cifras o una contraseña, y haga que la pantalla se bloquee tras uno o dos minutos. Un patrón se ve fácilmente por encima del hombro. Donde puedan obligarle a desbloquear el teléfono, es más fácil forzar su huella o su cara que un código que guarda en la memoria.
hygiene-next-screenlock = Ponga un PIN o una contraseña segura y el bloqueo automático en su teléfono y su computadora.
hygiene-encryption = ¿Tiene activado el cifrado completo del disco en su computadora (por ejemplo FileVault en Mac, BitLocker o el cifrado del dispositivo en Windows)?
hygiene-encryption-tip = El cifrado completo del disco hace que sus archivos sean ilegibles si un dispositivo apagado se pierde, lo roban o lo confiscan. En Mac, active FileVault; en Windows, BitLocker o el cifrado del dispositivo; en Linux, elija el cifrado al instalarlo. Los teléfonos recientes se cifran en cuanto se pone un PIN o una contraseña. Guarde la clave de recuperación en un lugar seguro, no en el mismo dispositivo.
hygiene-next-encryption = Active el cifrado completo del disco en su computadora y guarde la clave de recuperación en un lugar seguro.
hygiene-lockdown = ¿Ha activado la protección más fuerte de su teléfono contra el software espía: el Modo de Aislamiento (Lockdown Mode) en un iPhone, o la Protección Avanzada en un teléfono Android?
hygiene-lockdown-tip = El software espía que se vende a gobiernos a menudo entra sin un solo clic, mediante mensajes, llamadas o páginas web. El Modo de Aislamiento (iPhone: Ajustes → Privacidad y seguridad) y la Protección Avanzada (teléfonos Android recientes, en los ajustes de seguridad; y el Programa de Protección Avanzada de Google para su cuenta de Google) desactivan lo que más usan esos ataques. Algunas cosas funcionan entonces de otra forma (ciertos adjuntos, enlaces y llamadas), y puede hacer excepciones para aplicaciones y sitios de confianza. Las líneas de ayuda lo recomiendan a las personas en alto riesgo.
hygiene-next-lockdown = Active el Modo de Aislamiento (iPhone) o la Protección Avanzada (Android).
hygiene-spyware = ¿Sabe qué puede indicar software espía en su teléfono, y qué hacer si Apple, Google o Meta le avisan de atacantes respaldados por un Estado?
hygiene-spyware-tip = El software espía es difícil de detectar: los mejores apenas dejan rastro, y un teléfono caliente o una batería que se agota suelen no significar nada. Lo que hay que tomar en serio: una notificación de amenaza de Apple, Google o Meta (Apple la envía por correo e iMessage y la muestra al entrar en appleid.apple.com; nunca le pide hacer clic en un enlace ni instalar nada), un enlace que parece hecho a su medida, o cuentas que se comportan de forma extraña. Si pasa, no restablezca el teléfono, use otro dispositivo para las conversaciones delicadas y contacte con una persona mentora o con la Helpline de Access Now (https://www.accessnow.org/help/): pueden revisarlo.
hygiene-next-spyware = Aprenda qué puede indicar software espía y qué hacer tras una notificación de amenaza.

## Ubicación y rastreo
hygiene-location =
    📍 Ubicación y rastreo
    ¿Ha revisado quién puede ver dónde está (la ubicación compartida con personas y aplicaciones, los permisos de las aplicaciones) y si un rastreador desconocido (como un AirTag) o una aplicación de seguimiento podría estar siguiéndole?
hygiene-location-tip = Su ubicación muestra dónde vive, trabaja y se reúne. Revise con quién la comparte (Buscar, Google Maps, ubicación en tiempo real de WhatsApp o Telegram, aplicaciones de localización familiar) y qué aplicaciones pueden usar su ubicación, su micrófono y su cámara. Los teléfonos avisan cuando un AirTag o un rastreador desconocido viaja con usted: tome en serio esas alertas; en Android también puede buscar rastreadores en los ajustes de seguridad. Si sospecha que su pareja o un familiar instaló una aplicación de espionaje («stalkerware»), piénselo antes de borrarla: esa persona podría notarlo. Una persona mentora puede ayudarle a planearlo.
hygiene-next-location = Revise la ubicación compartida, los permisos de las aplicaciones y las alertas de rastreadores desconocidos.

## Mensajes y copias de seguridad
hygiene-messaging =
    💬 Mensajes y copias de seguridad
    Para conversaciones delicadas, ¿usa una aplicación cifrada de extremo a extremo como Signal, con los mensajes temporales activados?
hygiene-messaging-tip = El cifrado de extremo a extremo significa que solo usted y las personas a quienes escribe pueden leer los mensajes: ni la empresa ni el operador. Signal lo hace con todo, por defecto; los SMS, las llamadas normales y los chats normales de Telegram no están cifrados de extremo a extremo. Los mensajes temporales (que desaparecen tras un día o una semana) evitan que los mensajes viejos se acumulen en un teléfono que podrían quitarle, y que también podrían poner en riesgo a sus contactos. La otra persona todavía puede hacer una captura de pantalla: es una capa más, no una garantía.
hygiene-next-messaging = Use Signal (u otra aplicación cifrada de extremo a extremo) con mensajes temporales para los chats delicados.
hygiene-backups = ¿Su copia de seguridad de archivos, contactos y chats importantes está cifrada de extremo a extremo, y sabe qué contiene la copia en la nube que su teléfono hace por defecto?
hygiene-backups-tip = Muchas copias de seguridad las puede leer la empresa, y cualquiera que pueda obligarla a entregarlas: una copia de iCloud sin la Protección Avanzada de Datos, las copias de WhatsApp sin la copia cifrada de extremo a extremo, y los archivos normales en Google Drive, Google Fotos, OneDrive o Dropbox. Active la Protección Avanzada de Datos (iPhone) y la copia cifrada de extremo a extremo de WhatsApp, o guarde su copia en un disco cifrado lejos de sus dispositivos, y pruebe una vez a restaurarla. Pregúntese también qué necesita guardar de verdad: algunos datos están más seguros borrados.
hygiene-next-backups = Cifre de extremo a extremo sus copias de seguridad (Protección Avanzada de Datos de iCloud, copia cifrada de WhatsApp) o guárdelas en un disco cifrado.

## Phishing
hygiene-phishing =
    🎣 Phishing
    Antes de abrir un enlace o un archivo adjunto, o de escribir una contraseña, ¿comprueba que el mensaje viene de verdad de quien dice, sobre todo si es inesperado o urgente?
hygiene-phishing-tip = El phishing (mensajes falsos para que alguien entregue una contraseña o instale un programa espía) es uno de los ataques más frecuentes contra activistas. Desconfíe de cualquier mensaje que le apure, aunque venga de alguien que conoce. Revise la dirección del remitente y no escriba nunca una contraseña después de seguir un enlace: entre usted al sitio. Si tiene dudas, pregunte al remitente por otra vía o muestre el mensaje a una persona mentora.
hygiene-next-phishing = Haga una pausa antes de hacer clic: revise los enlaces y adjuntos inesperados y pregunte si tiene dudas.

## Identidades y fotos
hygiene-identities =
    🪪 Identidades y fotos
    Donde importa, ¿mantiene separadas en internet su vida activista y su vida privada, con cuentas, números o perfiles distintos, para que una no lleve a la otra?
hygiene-identities-tip = Cuando su activismo y su vida privada comparten una cuenta, un número o una foto de perfil, quien encuentra una encuentra la otra, y con ella a su familia y amistades. Donde importa, use una cuenta aparte (y, si puede, un número aparte) para su activismo, no repita el mismo nombre de usuario ni la misma foto, mantenga privadas sus listas de amistades y contactos, y mire qué muestra una búsqueda de su nombre.
hygiene-next-identities = Separe sus cuentas activistas y privadas: cuentas, nombres de usuario y fotos distintos.
hygiene-photos = Antes de compartir una foto o un video, ¿revisa lo que podría revelar: la ubicación guardada en el archivo, caras, carteles, reflejos?
hygiene-photos-tip = Las fotos pueden llevar datos ocultos (metadatos), como dónde y cuándo se tomaron y con qué teléfono. Signal y la mayoría de las redes sociales los quitan al enviar o publicar una foto, pero el correo, los enlaces de la nube y «enviar como archivo» suelen conservarlos. Desactive la ubicación en los ajustes de la cámara; revise el fondo, las caras, los nombres de calles y los reflejos; y difumine la cara de las personas a quienes podría ponerse en riesgo (Signal tiene una herramienta para difuminar).
hygiene-next-photos = Desactive la ubicación de la cámara y revise caras y lugares antes de compartir fotos.

## Fronteras y confiscación
hygiene-border =
    🛂 Fronteras y confiscación
    Cuando cruza una frontera, o si pudieran quitarle sus dispositivos, ¿se prepara, por ejemplo llevando menos datos, cerrando sesión en las cuentas sensibles y apagando los dispositivos?
hygiene-border-tip = En fronteras, retenes y detenciones, los dispositivos pueden ser revisados o confiscados. Antes de viajar, lleve solo lo necesario (o un teléfono de viaje), haga una copia y borre los datos sensibles, cierre sesión en las apps sensibles y apague del todo sus dispositivos antes del cruce, para que el cifrado los proteja. Decida de antemano qué hará si le piden desbloquearlos y a quién avisar en caso de retención. Una persona mentora puede ayudarle a prepararlo.
hygiene-next-border = Prepare los cruces de frontera y las confiscaciones: lleve menos, cierre sesión, apague.

## Resultado
hygiene-none-apply = Ninguna de estas preguntas le aplicaba, así que hoy no hay nada que cambiar. Si su situación cambia, vuelva a hacer esta revisión.
hygiene-all-good =
    ¡Muy bien! Respondió que sí { $total ->
        [1] a la única pregunta que le aplica
       *[other] a las { $total } preguntas que le aplican
    }. Mantenga estos hábitos y repita esta revisión de vez en cuando, porque las cosas cambian.
hygiene-summary =
    { $score ->
        [0] Todavía no tiene en marcha ninguna de estas { $total } prácticas; es muy habitual, y cada paso cuenta.
       *[other] Ya aplica { $score } de { $total } { $total ->
            [one] práctica revisada
           *[other] prácticas revisadas
        }.
    }
    Los próximos pasos más importantes:
hygiene-offer-reminder = ¿Quiere un recordatorio dentro de 3 días para repasar lo que queda?
hygiene-reminder-invite = Hola de nuevo. Hace unos días hicimos una revisión de seguridad digital. ¿Quiere repetirla ahora y ver qué cambió?
hygiene-reminder-set = Listo: le escribiré dentro de 3 días.
hygiene-offer-leftbehind = Una cosa más: si dejó su país, o dejó atrás un teléfono, una tarjeta SIM o cuentas compartidas, hay una revisión breve justo para eso. ¿Quiere hacerla ahora?
hygiene-offer-mentor = ¿Quiere que una persona mentora le ayude con estos pasos?
hygiene-mentor-reason = Quiere ayuda con su seguridad digital tras la revisión.
hygiene-mentor-done = Gracias. He avisado al equipo. Alguien del equipo leerá esto en cuanto pueda y le escribirá aquí; verá sus respuestas a esta revisión con un seudónimo. Escriba **menú** para ver qué más puedo hacer.
hygiene-done = Gracias por dedicarle este tiempo: cada paso cuenta. Escriba **menú** para ver qué más puedo hacer, o **mentor** para hablar con una persona.
