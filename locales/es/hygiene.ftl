### reviewed: no
## Revisión de seguridad digital. Para cada punto: hygiene-<punto> (la pregunta),
## hygiene-<punto>-tip (tras «no» o «no sé»), hygiene-next-<punto> (una línea
## en la lista de próximos pasos). Fuentes: docs/CONTENT_SOURCES.md.

hygiene-title = Revisión de seguridad digital
hygiene-description = Preguntas rápidas sobre sus cuentas, dispositivos y mensajes, con los próximos pasos más importantes.
hygiene-intro =
    Revisemos lo básico que le protege en internet: preguntas rápidas sobre sus cuentas, dispositivos y mensajes. Toma unos 5 minutos y no hay respuestas incorrectas.
    Responda **sí**, **no** o **no sé**. Después de un «no» o un «no sé» le daré un consejo breve.
    Escriba **mentor** en cualquier momento para hablar con una persona.

## Cuentas
hygiene-passwords =
    🔑 Cuentas
    ¿Usa una contraseña distinta y segura para cada cuenta importante, por ejemplo con un gestor de contraseñas?
hygiene-passwords-tip = Reutilizar contraseñas es una de las formas más comunes de perder una cuenta: cuando un sitio sufre una filtración, los atacantes prueban la misma contraseña en todas partes. Un gestor de contraseñas (como Bitwarden o KeePassXC) crea y recuerda una contraseña larga y única para cada cuenta, protegida por una sola frase de contraseña segura que solo usted conoce. Empiece por su correo y luego sus apps de mensajería y redes sociales.
hygiene-next-passwords = Use un gestor de contraseñas y ponga contraseñas únicas a su correo y a sus cuentas principales.

hygiene-twofactor = ¿Tiene activada la verificación en dos pasos en su correo, mensajería y redes sociales, con una app o una llave de seguridad en lugar de códigos por SMS?
hygiene-twofactor-tip = La verificación en dos pasos detiene la mayoría de los robos de cuentas, incluso si se filtra una contraseña. Actívela en la configuración de seguridad de cada cuenta, empezando por su correo. Mejor con una app de autenticación o una llave de seguridad: los códigos por SMS se pueden interceptar, o robar quedándose con su número. Guarde los códigos de respaldo en un lugar seguro, fuera de línea.
hygiene-next-twofactor = Active la verificación en dos pasos con una app, empezando por su correo.

hygiene-recovery = En los últimos meses, ¿revisó el correo y el teléfono de recuperación de sus cuentas, y las reglas de reenvío de su correo?
hygiene-recovery-tip = Quien entra una vez en una cuenta suele añadir su propio correo de recuperación o una regla de reenvío oculta, para seguir leyendo sus mensajes. En cada cuenta importante, compruebe que el correo y el teléfono de recuperación son suyos y funcionan. En la configuración del correo, elimine cualquier reenvío o filtro que no haya creado usted.
hygiene-next-recovery = Revise el correo y el teléfono de recuperación y las reglas de reenvío de sus cuentas principales.

hygiene-sessions = ¿Revisó hace poco qué dispositivos tienen sesión abierta en sus cuentas, y cerró las que no reconoce?
hygiene-sessions-tip = La mayoría de los servicios (correo, Signal, WhatsApp, Telegram, Facebook…) muestran en su configuración las sesiones activas o los dispositivos vinculados. Busque dispositivos, lugares o navegadores que no reconozca, cierre esas sesiones y cambie la contraseña de esa cuenta. Repítalo de vez en cuando, y siempre después de perder un teléfono o de que se lo quiten.
hygiene-next-sessions = Revise los dispositivos con sesión abierta en sus cuentas y cierre los que no conozca.

## Dispositivos
hygiene-updates =
    📱 Dispositivos
    ¿Su teléfono y su computadora instalan las actualizaciones del sistema y de las apps, y usted las instala pronto?
hygiene-updates-tip = Las actualizaciones cierran fallas de seguridad que los atacantes, incluidos los vendedores de programas espía, aprovechan activamente. Active las actualizaciones automáticas del teléfono, la computadora, el navegador y las apps, y reinicie cuando se lo pidan. Si un dispositivo ya no recibe actualizaciones, no lo use para trabajo sensible y planee cambiarlo.
hygiene-next-updates = Active las actualizaciones automáticas en su teléfono y su computadora, e instale las pendientes.

hygiene-screenlock = ¿Su teléfono y su computadora se bloquean solos al poco tiempo, con un PIN o una contraseña segura?
hygiene-screenlock-tip = El bloqueo de pantalla es lo que separa sus datos de cualquiera que tome su dispositivo. Use un PIN de al menos 6 cifras o una contraseña, y haga que la pantalla se bloquee tras uno o dos minutos. Un patrón se ve fácilmente por encima del hombro. Donde puedan obligarle a desbloquear el teléfono, es más fácil forzar su huella o su cara que un código que guarda en la memoria.
hygiene-next-screenlock = Ponga un PIN o una contraseña segura y el bloqueo automático en su teléfono y su computadora.

hygiene-encryption = ¿Está activado el cifrado completo del disco en su computadora (por ejemplo FileVault en Mac o BitLocker en Windows)?
hygiene-encryption-tip = El cifrado completo del disco hace que sus archivos sean ilegibles si un dispositivo apagado se pierde, lo roban o lo confiscan. En Mac, active FileVault; en Windows, BitLocker o el cifrado del dispositivo; en Linux, elija el cifrado al instalarlo. Los teléfonos recientes se cifran en cuanto se pone un PIN o una contraseña. Guarde la clave de recuperación en un lugar seguro, no en el mismo dispositivo.
hygiene-next-encryption = Active el cifrado completo del disco en su computadora y guarde la clave de recuperación en un lugar seguro.

hygiene-permissions = ¿Revisó qué apps pueden usar su ubicación, micrófono, cámara y contactos, y quitó lo que no necesitan?
hygiene-permissions-tip = Las apps suelen pedir más de lo que necesitan, y un historial de ubicaciones puede mostrar dónde vive, trabaja y se reúne. En la configuración de privacidad del teléfono, revise ubicación, micrófono, cámara y contactos, y quite el acceso a las apps que no lo necesitan. Borre las apps que ya no use y desactive la ubicación cuando no la necesite.
hygiene-next-permissions = Revise los permisos de las apps (ubicación, micrófono, cámara, contactos) y borre las que no use.

## Mensajería
hygiene-messaging =
    💬 Mensajería
    Para las conversaciones sensibles, ¿usa una app cifrada de extremo a extremo, como Signal?
hygiene-messaging-tip = El cifrado de extremo a extremo significa que solo usted y las personas con quienes habla pueden leer los mensajes: ni la empresa ni la compañía telefónica. Signal lo hace con todo y por defecto. WhatsApp cifra los mensajes, pero recoge más datos sobre con quién habla. Los SMS, las llamadas normales y los chats normales de Telegram no están cifrados de extremo a extremo. Acuerde con sus contactos una app para las conversaciones sensibles.
hygiene-next-messaging = Pase sus conversaciones sensibles a una app cifrada de extremo a extremo, como Signal.

hygiene-disappearing = ¿Usa mensajes temporales en los chats sensibles, para que los mensajes antiguos no se acumulen en su teléfono?
hygiene-disappearing-tip = Si le quitan el teléfono o entran en él, se pueden leer todos los mensajes antiguos, y eso también puede poner en riesgo a sus contactos. En Signal, WhatsApp y apps similares puede hacer que los mensajes desaparezcan tras un día o una semana, por chat o para todos los chats nuevos. La otra persona aún puede hacer una captura de pantalla: es una capa más, no una garantía.
hygiene-next-disappearing = Active los mensajes temporales en sus chats sensibles.

## Phishing
hygiene-phishing =
    🎣 Phishing
    Antes de abrir un enlace o un archivo adjunto, o de escribir una contraseña, ¿comprueba que el mensaje viene de verdad de quien dice, sobre todo si es inesperado o urgente?
hygiene-phishing-tip = El phishing (mensajes falsos para que alguien entregue una contraseña o instale un programa espía) es uno de los ataques más frecuentes contra activistas. Desconfíe de cualquier mensaje que le apure, aunque venga de alguien que conoce. Revise la dirección del remitente y no escriba nunca una contraseña después de seguir un enlace: entre usted al sitio. Si tiene dudas, pregunte al remitente por otra vía o muestre el mensaje a una persona mentora.
hygiene-next-phishing = Haga una pausa antes de hacer clic: revise los enlaces y adjuntos inesperados y pregunte si tiene dudas.

## Copias de seguridad
hygiene-backups =
    💾 Copias de seguridad
    ¿Tiene una copia de seguridad cifrada de sus archivos y contactos importantes, y comprobó que puede recuperarla?
hygiene-backups-tip = Con una copia de seguridad, un dispositivo perdido, roto o confiscado no le cuesta su trabajo. Guarde una copia de lo importante en un disco externo cifrado o en un servicio cifrado de extremo a extremo, en un lugar distinto de sus dispositivos, y pruebe una vez a recuperarla. Piense también en lo que de verdad necesita guardar: algunos datos están más seguros borrados.
hygiene-next-backups = Haga una copia de seguridad cifrada de sus archivos importantes y guárdela lejos de sus dispositivos.

## Número de teléfono
hygiene-simswap =
    📶 Su número de teléfono
    ¿Pidió a su compañía telefónica que proteja su número con un PIN o una contraseña, para que nadie pueda pasarlo a otra tarjeta SIM?
hygiene-simswap-tip = En un «SIM swap», alguien convence a su compañía telefónica para que pase su número a otra tarjeta SIM, y así recibe sus llamadas y sus códigos por SMS. Pida a su compañía que añada un PIN o una contraseña a su cuenta, o que bloquee la portabilidad del número, si lo ofrece. Ponga también un PIN a la tarjeta SIM y use una app de autenticación en lugar de SMS para la verificación en dos pasos.
hygiene-next-simswap = Pida a su compañía telefónica un PIN de cuenta que bloquee el SIM swap.

## Fronteras y confiscación
hygiene-border =
    🛂 Fronteras y confiscación
    Cuando cruza una frontera, o si pudieran quitarle sus dispositivos, ¿se prepara, por ejemplo llevando menos datos, cerrando sesión en las cuentas sensibles y apagando los dispositivos?
hygiene-border-tip = En fronteras, retenes y detenciones, los dispositivos pueden ser revisados o confiscados. Antes de viajar, lleve solo lo necesario (o un teléfono de viaje), haga una copia y borre los datos sensibles, cierre sesión en las apps sensibles y apague del todo sus dispositivos antes del cruce, para que el cifrado los proteja. Decida de antemano qué hará si le piden desbloquearlos y a quién avisar en caso de retención. Una persona mentora puede ayudarle a prepararlo.
hygiene-next-border = Prepare los cruces de frontera y las confiscaciones: lleve menos, cierre sesión, apague.

## Resultado
hygiene-all-good =
    ¡Muy bien! Respondió que sí { $total ->
        [1] a la única pregunta
       *[other] a las { $total } preguntas
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
hygiene-offer-mentor = ¿Quiere que una persona mentora le ayude con estos pasos?
hygiene-mentor-reason = Quiere ayuda con su seguridad digital tras la revisión.
hygiene-mentor-done = Gracias. Avisamos a una persona mentora, que le escribirá aquí. Verá sus respuestas a esta revisión con un seudónimo. Escriba **menú** para ver qué más puedo hacer.
hygiene-done = Gracias por dedicarle este tiempo: cada paso cuenta. Escriba **menú** para ver qué más puedo hacer, o **mentor** para hablar con una persona.
