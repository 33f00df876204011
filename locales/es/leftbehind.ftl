### reviewed: no
## Lo que quedó atrás: una revisión digital para personas que dejaron su país.
leftbehind-title = Lo que quedó atrás
leftbehind-description = Para personas que dejaron su país: dispositivos, tarjeta SIM, cuentas compartidas, copias antiguas y ubicación que todavía pueden delatarte.
leftbehind-intro =
    Al irse, parte de la vida digital se queda atrás: un teléfono con la familia, una tarjeta SIM que el Estado puede volver a emitir, una cuenta familiar compartida, copias de seguridad antiguas. Seis preguntas rápidas, con un consejo breve tras cada «no» o «no sé».
    Responde **sí**, **no**, **no sé** o **no me aplica**. Escribe **mentor** en cualquier momento para hablar con una persona.
leftbehind-devices =
    📱 Dispositivos
    Un teléfono, una computadora o una tableta que dejaste con tu familia o en casa, o que te quitaron, puede seguir con sesión abierta en tus cuentas. ¿Has cerrado la sesión de esos dispositivos en tu correo, tu nube y tus redes sociales?
leftbehind-devices-tip = Desde un dispositivo que tengas ahora, abre los ajustes de seguridad de tu correo, de tu cuenta de Google, Apple o Microsoft y de tus redes sociales, busca «dispositivos» o «dónde has iniciado sesión», y cierra la sesión de todo lo que ya no tienes. Después cambia esas contraseñas. Si te confiscaron un dispositivo, da por hecho que lo que había en él se puede leer y, si es seguro, avisa a las personas cuyos mensajes y números estaban allí.
leftbehind-next-devices = Cierra la sesión de los dispositivos que dejaste o perdiste, y cambia esas contraseñas.
leftbehind-linked =
    💬 Dispositivos vinculados
    WhatsApp, Signal y Telegram pueden seguir abiertos en otros dispositivos: una computadora, una tableta, un navegador. ¿Has revisado sus dispositivos vinculados y quitado todos los que no tienes en la mano?
leftbehind-linked-tip = Quien tenga un dispositivo vinculado puede leer en él tus mensajes nuevos. En WhatsApp y Signal: Ajustes → Dispositivos vinculados; en Telegram: Ajustes → Dispositivos → Cerrar todas las demás sesiones. Quita todo lo que no tengas en la mano, y vuelve a revisarlo después de cada paso de frontera o detención.
leftbehind-next-linked = Quita los dispositivos vinculados de WhatsApp, Signal y Telegram que no tienes en la mano.
leftbehind-sim =
    📶 Tu número del país
    Las autoridades pueden hacer que tu tarjeta SIM del país se vuelva a emitir a nombre de otra persona, que entonces recibe tus códigos. ¿Has quitado de ese número los códigos de inicio de sesión y la recuperación de tus cuentas, y protegido tus aplicaciones de mensajería con su PIN?
leftbehind-sim-tip = Pasa el inicio de sesión en dos pasos a una aplicación de autenticación o a una llave de acceso, y cambia el teléfono de recuperación por un número o un correo que controles donde vives ahora. En Signal activa el bloqueo de registro, en WhatsApp la verificación en dos pasos, en Telegram una contraseña en la nube: así tu número, por sí solo, ya no abre tu cuenta. Si conservas el número antiguo, sigue pagándolo para que no se lo den a otra persona, pero no dependas de él para nada.
leftbehind-next-sim = Quita los códigos de inicio de sesión y la recuperación de tu número del país, y activa el PIN de las aplicaciones de mensajería.
leftbehind-shared =
    👪 Cuentas compartidas
    ¿Has revisado las cuentas que compartes con tu familia en el país (un correo familiar, una nube o un álbum compartido, un plan familiar) para que no te expongan, ni a ellos?
leftbehind-shared-tip = Una cuenta compartida te vincula con todas las personas que la usan: lo que ve una, lo ven las demás, o quien se quede con su teléfono. Sal de los álbumes compartidos y de los planes familiares (o pide a tu familia que te quite), deja tu trabajo fuera de las cuentas compartidas y acuerda con tu familia qué es seguro compartir y decir.
leftbehind-next-shared = Sal de las cuentas, álbumes y planes familiares compartidos que puedan exponerte a ti o a tu familia.
leftbehind-backups =
    💾 Copias antiguas
    ¿Te has ocupado de las copias de seguridad antiguas que se quedaron en tu país, en una computadora, un disco externo o una cuenta antigua en la nube?
leftbehind-backups-tip = Las copias antiguas pueden guardar años de mensajes, contactos y fotos. Borra las copias en la nube que ya no necesitas (iCloud, Google, WhatsApp). Para los discos y computadoras que quedaron con tu familia, pide a alguien de confianza que te los entregue o los destruya, solo si es seguro para esa persona. Da por hecho que lo que había en un disco confiscado ya se conoce.
leftbehind-next-backups = Borra las copias antiguas en la nube y ocúpate de los discos que quedaron en casa, solo si es seguro para tu familia.
leftbehind-location =
    📍 Ubicación
    ¿Has desactivado el historial y el uso compartido de la ubicación que podrían mostrar dónde vives ahora: la cronología de Google Maps, Buscar, las aplicaciones de localización familiar, la ubicación en tiempo real compartida con tu familia?
leftbehind-location-tip = El historial y el uso compartido de la ubicación pueden mostrar tu nueva dirección a cualquiera que entre en tu cuenta o en el teléfono de un familiar. Desactiva y borra la cronología de Google Maps, deja de compartir tu ubicación en Buscar, Google Maps, WhatsApp y Telegram, y revisa las aplicaciones de seguimiento familiar y lo que pueden ver los teléfonos de tus familiares.
leftbehind-next-location = Desactiva el historial de ubicación y deja de compartir tu ubicación con teléfonos de tu país.
leftbehind-none-apply = Nada de esto te aplicaba. Si algo cambia, vuelve a esta revisión.
leftbehind-all-good =
    ¡Muy bien! Ya te ocupaste { $total ->
        [1] de lo único que te aplicaba
       *[other] de las { $total } cosas que te aplicaban
    }.
leftbehind-summary =
    { $score ->
        [0] Todavía no has dado ninguno de estos pasos; es muy habitual después de irse, y cada uno ayuda.
       *[other] Ya diste { $score } de los { $total } { $total ->
            [one] paso
           *[other] pasos
        } que te aplican.
    }
    Los próximos pasos más importantes:
leftbehind-offer-mentor = ¿Quieres que alguien del equipo te ayude con esto?
leftbehind-mentor-reason = Quiere ayuda con lo que quedó atrás (dispositivos, tarjeta SIM, cuentas compartidas).
leftbehind-mentor-done = Gracias. He avisado al equipo. Alguien del equipo leerá esto en cuanto pueda y te escribirá aquí; verá tus respuestas a esta revisión con un seudónimo. Escribe **menú** para ver qué más puedo hacer.
leftbehind-done = Gracias. Cada paso aquí te protege a ti y a las personas que dejaste. Escribe **menú** para ver otras opciones, o **mentor** en cualquier momento para hablar con una persona.
