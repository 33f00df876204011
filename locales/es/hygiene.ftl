### reviewed: no
## Revisión de seguridad digital. Para cada punto: hygiene-<punto> (la pregunta),
## hygiene-<punto>-tip (tras «no» o «no sé»), hygiene-next-<punto> (una línea
## en la lista de próximos pasos).

hygiene-title = Revisión de seguridad digital
hygiene-description = Preguntas rápidas sobre tus cuentas, dispositivos y mensajes, con los próximos pasos más importantes.
hygiene-intro =
    Revisemos lo básico que te protege en internet: preguntas rápidas sobre tus cuentas, dispositivos y mensajes. Lleva unos 5 minutos y no hay respuestas incorrectas.
    Responde **sí**, **no** o **no sé**. Después de un «no» o un «no sé» te daré un consejo breve.
    Escribe **mentor** en cualquier momento para hablar con una persona.

## Cuentas
hygiene-passwords =
    🔑 Cuentas
    ¿Usas una contraseña distinta y segura para cada cuenta importante, por ejemplo con un gestor de contraseñas?
hygiene-passwords-tip = Reutilizar contraseñas es una de las formas más comunes de perder una cuenta: cuando un sitio sufre una filtración, los atacantes prueban la misma contraseña en todas partes. Un gestor de contraseñas (como Bitwarden o KeePassXC) crea y recuerda una contraseña larga y única para cada cuenta, protegida por una sola frase de contraseña segura que solo tú conoces. Empieza por tu correo y luego tus apps de mensajería y redes sociales.
hygiene-next-passwords = Usa un gestor de contraseñas y pon contraseñas únicas a tu correo y a tus cuentas principales.

hygiene-twofactor = ¿Tienes activado el inicio de sesión en dos pasos (verificación en dos pasos) en tu correo, mensajería y redes sociales, con una app o una llave de seguridad en lugar de códigos por SMS?
hygiene-twofactor-tip = La verificación en dos pasos detiene la mayoría de los robos de cuentas, incluso si se filtra una contraseña. Actívala en la configuración de seguridad de cada cuenta, empezando por tu correo. Mejor con una app de autenticación o una llave de seguridad: los códigos por SMS se pueden interceptar, o robar quedándose con tu número. Guarda los códigos de respaldo en un lugar seguro, fuera de línea.
hygiene-next-twofactor = Activa la verificación en dos pasos con una app, empezando por tu correo.

hygiene-recovery = En los últimos meses, ¿has revisado el correo y el teléfono de recuperación de tus cuentas, y las reglas de reenvío de tu correo?
hygiene-recovery-tip = Quien entra una vez en una cuenta suele añadir su propio correo de recuperación o una regla de reenvío oculta, para seguir leyendo tus mensajes. En cada cuenta importante, comprueba que el correo y el teléfono de recuperación son tuyos y funcionan. En la configuración del correo, elimina cualquier reenvío o filtro que no hayas creado tú.
hygiene-next-recovery = Revisa el correo y el teléfono de recuperación y las reglas de reenvío de tus cuentas principales.

hygiene-sessions = ¿Has revisado hace poco qué dispositivos tienen sesión abierta en tus cuentas, y cerrado las que no reconoces?
hygiene-sessions-tip = La mayoría de los servicios (correo, Signal, WhatsApp, Telegram, Facebook…) muestran en su configuración las sesiones activas o los dispositivos vinculados. Busca dispositivos, lugares o navegadores que no reconozcas, cierra esas sesiones y cambia la contraseña de esa cuenta. Repítelo de vez en cuando, y siempre después de perder un teléfono o de que te lo quiten.
hygiene-next-sessions = Revisa los dispositivos con sesión abierta en tus cuentas y cierra los que no conozcas.

## Dispositivos
hygiene-updates =
    📱 Dispositivos
    ¿Tu teléfono y tu ordenador instalan las actualizaciones del sistema y de las apps, y las instalas pronto?
hygiene-updates-tip = Las actualizaciones cierran fallos de seguridad que los atacantes, incluidos los vendedores de programas espía, aprovechan activamente. Activa las actualizaciones automáticas del teléfono, el ordenador, el navegador y las apps, y reinicia cuando te lo pida. Si un dispositivo ya no recibe actualizaciones, no lo uses para trabajo sensible y planea cambiarlo.
hygiene-next-updates = Activa las actualizaciones automáticas en tu teléfono y tu ordenador, e instala las pendientes.

hygiene-screenlock = ¿Tu teléfono y tu ordenador se bloquean solos al poco tiempo, con un PIN o una contraseña segura?
hygiene-screenlock-tip = El bloqueo de pantalla es lo que separa tus datos de cualquiera que coja tu dispositivo. Usa un PIN de al menos 6 cifras o una contraseña, y haz que la pantalla se bloquee tras uno o dos minutos. Un patrón se ve fácilmente por encima del hombro. Donde te puedan obligar a desbloquear el teléfono, es más fácil forzar tu huella o tu cara que un código que guardas en la cabeza.
hygiene-next-screenlock = Pon un PIN o una contraseña segura y el bloqueo automático en tu teléfono y tu ordenador.

hygiene-encryption = ¿Está activado el cifrado completo del disco en tu ordenador (por ejemplo FileVault en Mac o BitLocker en Windows)?
hygiene-encryption-tip = El cifrado completo del disco hace que tus archivos sean ilegibles si un dispositivo apagado se pierde, lo roban o lo confiscan. En Mac, activa FileVault; en Windows, BitLocker o el cifrado del dispositivo; en Linux, elige el cifrado al instalarlo. Los teléfonos recientes se cifran en cuanto pones un PIN o una contraseña. Guarda la clave de recuperación en un lugar seguro, no en el mismo dispositivo.
hygiene-next-encryption = Activa el cifrado completo del disco en tu ordenador y guarda la clave de recuperación en un lugar seguro.

hygiene-permissions = ¿Has revisado qué apps pueden usar tu ubicación, micrófono, cámara y contactos, y quitado lo que no necesitan?
hygiene-permissions-tip = Las apps suelen pedir más de lo que necesitan, y un historial de ubicaciones puede mostrar dónde vives, trabajas y te reúnes. En la configuración de privacidad del teléfono, revisa ubicación, micrófono, cámara y contactos, y quita el acceso a las apps que no lo necesitan. Borra las apps que ya no uses y desactiva la ubicación cuando no la necesites.
hygiene-next-permissions = Revisa los permisos de las apps (ubicación, micrófono, cámara, contactos) y borra las que no uses.

## Mensajería
hygiene-messaging =
    💬 Mensajería
    Para las conversaciones sensibles, ¿usas una app cifrada de extremo a extremo, como Signal?
hygiene-messaging-tip = El cifrado de extremo a extremo significa que solo tú y las personas con quienes hablas pueden leer los mensajes: ni la empresa ni la operadora. Signal lo hace con todo y por defecto. WhatsApp cifra los mensajes, pero recoge más datos sobre con quién hablas. Los SMS, las llamadas normales y los chats normales de Telegram no están cifrados de extremo a extremo. Acuerda con tus contactos una app para las conversaciones sensibles.
hygiene-next-messaging = Pasa tus conversaciones sensibles a una app cifrada de extremo a extremo, como Signal.

hygiene-disappearing = ¿Usas mensajes temporales en los chats sensibles, para que los mensajes antiguos no se acumulen en tu teléfono?
hygiene-disappearing-tip = Si te quitan el teléfono o entran en él, se pueden leer todos los mensajes antiguos, y eso también puede poner en riesgo a tus contactos. En Signal, WhatsApp y apps similares puedes hacer que los mensajes desaparezcan tras un día o una semana, por chat o para todos los chats nuevos. La otra persona aún puede hacer una captura de pantalla: es una capa más, no una garantía.
hygiene-next-disappearing = Activa los mensajes temporales en tus chats sensibles.

## Phishing
hygiene-phishing =
    🎣 Phishing
    Antes de abrir un enlace o un archivo adjunto, o de escribir una contraseña, ¿compruebas que el mensaje viene de verdad de quien dice, sobre todo si es inesperado o urgente?
hygiene-phishing-tip = El phishing (mensajes falsos para que des una contraseña o instales un programa espía) es uno de los ataques más frecuentes contra activistas. Desconfía de cualquier mensaje que te meta prisa, aunque venga de alguien que conoces. Revisa la dirección del remitente y no escribas nunca una contraseña después de seguir un enlace: entra tú en el sitio. Si tienes dudas, pregunta al remitente por otra vía o enséñale el mensaje a un mentor.
hygiene-next-phishing = Haz una pausa antes de hacer clic: revisa los enlaces y adjuntos inesperados y pregunta si dudas.

## Copias de seguridad
hygiene-backups =
    💾 Copias de seguridad
    ¿Tienes una copia de seguridad cifrada de tus archivos y contactos importantes, y has comprobado que puedes recuperarla?
hygiene-backups-tip = Con una copia de seguridad, un dispositivo perdido, roto o confiscado no te cuesta tu trabajo. Guarda una copia de lo importante en un disco externo cifrado o en un servicio cifrado de extremo a extremo, en un lugar distinto de tus dispositivos, y prueba una vez a recuperarla. Piensa también en lo que de verdad necesitas guardar: algunos datos están más seguros borrados.
hygiene-next-backups = Haz una copia de seguridad cifrada de tus archivos importantes y guárdala lejos de tus dispositivos.

## Número de teléfono
hygiene-simswap =
    📶 Tu número de teléfono
    ¿Has pedido a tu compañía telefónica que proteja tu número con un PIN o una contraseña, para que nadie pueda pasarlo a otra tarjeta SIM?
hygiene-simswap-tip = En un «SIM swap», alguien convence a tu compañía telefónica para que pase tu número a su tarjeta SIM, y así recibe tus llamadas y tus códigos por SMS. Pide a tu compañía que añada un PIN o una contraseña a tu cuenta, o que bloquee la portabilidad del número, si lo ofrece. Pon también un PIN a la tarjeta SIM y usa una app de autenticación en lugar de SMS para la verificación en dos pasos.
hygiene-next-simswap = Pide a tu compañía telefónica un PIN de cuenta que bloquee el SIM swap.

## Fronteras y confiscación
hygiene-border =
    🛂 Fronteras y confiscación
    Cuando cruzas una frontera, o si te pudieran quitar tus dispositivos, ¿te preparas, por ejemplo llevando menos datos, cerrando sesión en las cuentas sensibles y apagando los dispositivos?
hygiene-border-tip = En fronteras, controles y detenciones, los dispositivos pueden ser revisados o confiscados. Antes de viajar, lleva solo lo necesario (o un teléfono de viaje), haz una copia y borra los datos sensibles, cierra sesión en las apps sensibles y apaga del todo tus dispositivos antes del cruce, para que el cifrado los proteja. Decide de antemano qué harás si te piden desbloquearlos y a quién avisar si te retienen. Un mentor puede ayudarte a prepararlo.
hygiene-next-border = Prepara los cruces de frontera y las confiscaciones: lleva menos, cierra sesión, apaga.

## Resultado
hygiene-all-good =
    ¡Muy bien! Respondiste que sí { $total ->
        [1] a la única pregunta
       *[other] a las { $total } preguntas
    }. Mantén estos hábitos y repite esta revisión de vez en cuando, porque las cosas cambian.
hygiene-summary =
    { $score ->
        [0] Todavía no tienes en marcha ninguna de estas { $total } prácticas; es muy habitual, y cada paso cuenta.
       *[other] Ya aplicas { $score } de { $total } { $total ->
            [one] práctica revisada
           *[other] prácticas revisadas
        }.
    }
    Los próximos pasos más importantes:
hygiene-offer-reminder = ¿Quieres un recordatorio dentro de 3 días para repasar lo que queda?
hygiene-reminder-invite = Hola de nuevo. Hace unos días hicimos una revisión de seguridad digital. ¿Quieres repetirla ahora y ver qué ha cambiado?
hygiene-reminder-set = Hecho: te escribiré dentro de 3 días.
hygiene-offer-mentor = ¿Quieres que un mentor te ayude con estos pasos?
hygiene-mentor-reason = Quiere ayuda con su seguridad digital tras la revisión.
hygiene-mentor-done = Gracias. Hemos avisado a un mentor, que te escribirá aquí. Verá tus respuestas a esta revisión con un seudónimo. Escribe **menú** para ver qué más puedo hacer.
hygiene-done = Gracias por dedicarle este tiempo: cada paso cuenta. Escribe **menú** para ver qué más puedo hacer, o **mentor** para hablar con una persona.
