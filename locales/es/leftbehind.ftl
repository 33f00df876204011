### reviewed: no
## Lo que quedó atrás: una revisión digital para personas que dejaron su país.
leftbehind-title = Lo que quedó atrás
leftbehind-description = Para personas que dejaron su país: dispositivos, tarjeta SIM, cuentas compartidas, copias antiguas y ubicación que todavía pueden delatarle.
leftbehind-intro =
    Al irse, parte de la vida digital se queda atrás: un teléfono con la familia, una tarjeta SIM que el Estado puede volver a emitir, una cuenta familiar compartida, copias de seguridad antiguas. Seis preguntas rápidas, con un consejo breve tras cada «no» o «no sé».
    Responda **sí**, **no**, **no sé** o **no me aplica**. Escriba **mentor** en cualquier momento para hablar con una persona.
leftbehind-devices =
    📱 Dispositivos
    Un teléfono, una computadora o una tableta que dejó con su familia o en casa, o que le quitaron, puede seguir con sesión abierta en sus cuentas. ¿Ha cerrado la sesión de esos dispositivos en su correo, su nube y sus redes sociales?
leftbehind-devices-tip = Desde un dispositivo que tenga ahora, abra los ajustes de seguridad de su correo, de su cuenta de Google, Apple o Microsoft y de sus redes sociales, busque «dispositivos» o «dónde ha iniciado sesión», y cierre la sesión de todo lo que ya no tiene. Después cambie esas contraseñas. Si le confiscaron un dispositivo, dé por hecho que lo que había en él se puede leer y, si es seguro, avise a las personas cuyos mensajes y números estaban allí.
leftbehind-next-devices = Cierre la sesión de los dispositivos que dejó o perdió, y cambie esas contraseñas.
leftbehind-linked =
    💬 Dispositivos vinculados
    WhatsApp, Signal y Telegram pueden seguir abiertos en otros dispositivos: una computadora, una tableta, un navegador. ¿Ha revisado sus dispositivos vinculados y quitado todos los que no tiene en la mano?
leftbehind-linked-tip = Quien tenga un dispositivo vinculado puede leer en él sus mensajes nuevos. En WhatsApp y Signal: Ajustes → Dispositivos vinculados; en Telegram: Ajustes → Dispositivos → Cerrar todas las demás sesiones. Quite todo lo que no tenga en la mano, y vuelva a revisarlo después de cada paso de frontera o detención.
leftbehind-next-linked = Quite los dispositivos vinculados de WhatsApp, Signal y Telegram que no tiene en la mano.
leftbehind-sim =
    📶 Su número del país
    Las autoridades pueden hacer que su tarjeta SIM del país se vuelva a emitir a nombre de otra persona, que entonces recibe sus códigos. ¿Ha quitado de ese número los códigos de inicio de sesión y la recuperación de sus cuentas, y protegido sus aplicaciones de mensajería con su PIN?
leftbehind-sim-tip = Pase el inicio de sesión en dos pasos a una aplicación de autenticación o a una llave de acceso, y cambie el teléfono de recuperación por un número o un correo que controle donde vive ahora. En Signal active el bloqueo de registro, en WhatsApp la verificación en dos pasos, en Telegram una contraseña en la nube: así su número, por sí solo, ya no abre su cuenta. Si conserva el número antiguo, siga pagándolo para que no se lo den a otra persona, pero no dependa de él para nada.
leftbehind-next-sim = Quite los códigos de inicio de sesión y la recuperación de su número del país, y active el PIN de las aplicaciones de mensajería.
leftbehind-shared =
    👪 Cuentas compartidas
    ¿Ha revisado las cuentas que comparte con su familia en el país (un correo familiar, una nube o un álbum compartido, un plan familiar) para que no le expongan, ni a ellos?
leftbehind-shared-tip = Una cuenta compartida le vincula con todas las personas que la usan: lo que ve una, lo ven las demás, o quien se quede con su teléfono. Salga de los álbumes compartidos y de los planes familiares (o pida a su familia que le den de baja), deje su trabajo fuera de las cuentas compartidas y acuerde con su familia qué es seguro compartir y decir.
leftbehind-next-shared = Salga de las cuentas, álbumes y planes familiares compartidos que puedan exponerle a usted o a su familia.
leftbehind-backups =
    💾 Copias antiguas
    ¿Se ha ocupado de las copias de seguridad antiguas que se quedaron en su país, en una computadora, un disco externo o una cuenta antigua en la nube?
leftbehind-backups-tip = Las copias antiguas pueden guardar años de mensajes, contactos y fotos. Borre las copias en la nube que ya no necesita (iCloud, Google, WhatsApp). Para los discos y computadoras que quedaron con su familia, pida a alguien de confianza que se los entregue o los destruya, solo si es seguro para esa persona. Dé por hecho que lo que había en un disco confiscado ya se conoce.
leftbehind-next-backups = Borre las copias antiguas en la nube y ocúpese de los discos que quedaron en casa, solo si es seguro para su familia.
leftbehind-location =
    📍 Ubicación
    ¿Ha desactivado el historial y el uso compartido de la ubicación que podrían mostrar dónde vive ahora: la cronología de Google Maps, Buscar, las aplicaciones de localización familiar, la ubicación en tiempo real compartida con su familia?
leftbehind-location-tip = El historial y el uso compartido de la ubicación pueden mostrar su nueva dirección a cualquiera que entre en su cuenta o en el teléfono de un familiar. Desactive y borre la cronología de Google Maps, deje de compartir su ubicación en Buscar, Google Maps, WhatsApp y Telegram, y revise las aplicaciones de seguimiento familiar y lo que pueden ver los teléfonos de sus familiares.
leftbehind-next-location = Desactive el historial de ubicación y deje de compartir su ubicación con teléfonos de su país.
leftbehind-none-apply = Nada de esto le aplicaba. Si algo cambia, vuelva a esta revisión.
leftbehind-all-good =
    ¡Muy bien! Ya se ocupó { $total ->
        [1] de lo único que le aplicaba
       *[other] de las { $total } cosas que le aplicaban
    }.
leftbehind-summary =
    { $score ->
        [0] Todavía no ha dado ninguno de estos pasos; es muy habitual después de irse, y cada uno ayuda.
       *[other] Ya dio { $score } de los { $total } { $total ->
            [one] paso
           *[other] pasos
        } que le aplican.
    }
    Los próximos pasos más importantes:
leftbehind-offer-mentor = ¿Quiere que alguien del equipo le ayude con esto?
leftbehind-mentor-reason = Quiere ayuda con lo que quedó atrás (dispositivos, tarjeta SIM, cuentas compartidas).
leftbehind-mentor-done = Gracias. He avisado al equipo. Alguien del equipo leerá esto en cuanto pueda y le escribirá aquí; verá sus respuestas a esta revisión con un seudónimo. Escriba **menú** para ver qué más puedo hacer.
leftbehind-done = Gracias. Cada paso aquí le protege a usted y a las personas que dejó. Escriba **menú** para ver otras opciones, o **mentor** en cualquier momento para hablar con una persona.
