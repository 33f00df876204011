### reviewed: no
## Mentors. Texts for the mentor room are shown in the default language; texts starting with
## `mentor-person-` are for the person, in their own language. Keep the ids and the { $placeables };
## keep commands such as `!claim` as they are (mentors type them in English).

## La ficha del caso en la sala de mentores.

mentor-card-title = Nuevo caso **{ $case }** · { $urgency } · { $flow }
mentor-card-update = **{ $case }**: una nueva solicitud de la misma persona · { $urgency } · { $flow }
mentor-card-status-open = Estado: esperando a una persona mentora.
mentor-card-status-claimed = Estado: a cargo de { $mentor }.
mentor-card-status-closed = Estado: cerrado.
mentor-card-reason = Motivo: { $reason }
mentor-card-who = Quién: { $who }
mentor-card-pseudonymous = { $case } (seudónimo)
mentor-card-erased = La persona borró sus datos: ya no se guarda quién es ni lo que compartió.
mentor-card-shared = Lo que aceptó compartir:
mentor-card-not-shared = Eligió no compartir sus respuestas.
mentor-card-files = { $count ->
    [one] Un archivo sigue en el hilo de este caso.
   *[other] { $count } archivos siguen en el hilo de este caso.
}
mentor-card-howto = Escriba `!claim { $number }` para tomar el caso. Responda en su hilo para escribir a la persona.
mentor-urgency-normal = normal
mentor-urgency-high = alta
mentor-urgency-urgent = 🔴 URGENTE
mentor-answer-skipped = (sin respuesta)
mentor-answer-file = (un archivo, en el hilo)
mentor-flow-unknown = una conversación

## Avisos de casos urgentes (el bot añade @room por sí mismo).

mentor-reping = **{ $case }** es urgente y lleva { $minutes } min esperando a una persona mentora. Escriba `!claim { $number }` para tomarlo.
mentor-urgent-now = **{ $case }** ahora es urgente. Escriba `!claim { $number }` para tomarlo.
mentor-reping-high = **{ $case }** (alta) lleva { $minutes } min esperando a un mentor. Escriba `!claim { $number }` para tomarlo.
mentor-still-unclaimed = **{ $case }** sigue esperando a un mentor, tras { $count } recordatorios y { $minutes } min. Ese fue el último recordatorio en esta sala; `!cases` lista lo que está abierto.

## Respuestas a los comandos de mentores.

mentor-claimed = { $case } ahora está a cargo de { $mentor }.
mentor-claimed-already = { $case } ya está a cargo de { $mentor }. Para asumirlo: `!assign { $number } { $you }`
mentor-claimed-yours = { $case } ya está a su cargo.
mentor-released = { $case } vuelve a estar abierto, esperando a una persona mentora.
mentor-released-not-claimed = Nadie ha tomado { $case }.
mentor-assigned = { $case } ahora está asignado a { $mentor }.
mentor-not-member = { $mentor } no se unió a esta sala. Primero envíele una invitación.
mentor-note-added = Nota guardada con { $case }. Nunca se muestra a la persona.
mentor-closed = { $case } está cerrado. Se avisó a la persona y se le preguntó si le sirvió.
mentor-closed-already = { $case } está cerrado.
mentor-case-closed-no-relay = { $case } está cerrado: su mensaje no se transmitió.
mentor-case-unreachable = { $case } ya no puede llegar a la persona: borró sus datos.
mentor-revealed = A partir de ahora, sus mensajes en { $case } le muestran a la persona su identificador de Matrix.
mentor-unknown-case = No existe el caso { $number }. `!cases` lista los abiertos.
mentor-unknown-command = No conozco `{ $command }`. `!help` lista lo que entiendo.
mentor-usage = Escríbalo así: `{ $usage }`
mentor-help =
    Comandos, en esta sala (un número de caso se escribe `42` o `C-0042`; en el hilo de un caso se puede omitir):

    - `!cases`: los casos abiertos, los más urgentes primero
    - `!case 42`: los detalles y las notas de un caso
    - `!claim 42`: tomar un caso (una reacción a su ficha no basta: las reacciones no están cifradas y cualquiera en el servidor podría falsificar una)
    - `!release 42`: devolverlo
    - `!assign 42 @nombre:servidor`: dárselo a otra persona mentora
    - `!note 42 texto`: una nota para el equipo, nunca mostrada a la persona
    - `!close 42 [nota]`: cerrarlo; se avisa a la persona y se le pregunta si le sirvió
    - `!reveal 42`: mostrarle su identificador de Matrix con sus mensajes
    - `!handoff 42`: un nuevo chat cifrado entre usted y la persona (se le pregunta antes, salvo si compartió su nombre)
    - `!followup 42 in 3d [texto]` o `!followup 42 on 2026-12-03 10:00 [texto]` (su hora): le escribo entonces, de parte de «su persona mentora»
    - `!followups 42`: los seguimientos programados de un caso; `!followup cancel 7` cancela uno
    - `!plan 42`: su plan de protección, en el hilo del caso — solo después de que diga que sí (se lo pregunto si hace falta)
    - `!suggest 42 texto`: le pregunto si quiere añadir este paso a su plan
    - `!close 42 [nota]`: cerrarlo; se le avisa y se le pregunta si le ayudó
    - `!reveal 42`: mostrarle tu identificador de Matrix con tus mensajes
    - `!handoff 42`: un nuevo chat cifrado entre tú y la persona (se le pregunta antes, salvo si compartió su nombre)
    - `!oncall on` / `!oncall off`: recibir un mensaje directo cuando un caso urgente espera sin mentor
    - `!oncall`: quién está de guardia ahora, y el turno
    - `!identity`: claves de seguridad cambiadas, en espera; `!identity approve P-1234` después de comprobarlo con la persona por otra vía

    Responda en el hilo de un caso para escribir a la persona; lo que escribe vuelve a ese hilo.

## Follow-ups mentors ask for (`!followup`): times on the person's clock, and in UTC.

mentor-followup-set = Seguimiento { $number } para { $case }: { $when }, su hora ({ $zone }), { $utc }. Lo leerá de parte de «su persona mentora», sin su identificador de Matrix.
mentor-followup-quiet = La hora indicada cae en sus horas de descanso: se enviará cuando terminen (la hora de arriba).
mentor-followup-paused = La persona pausó los recordatorios: esperará hasta que los vuelva a activar.
mentor-followup-bad-time = No entendí cuándo. Escríbalo así: `!followup 42 in 3d [texto]` o `!followup 42 on 2026-12-03 10:00 [texto]` (su hora), como mucho un año después.
mentor-followup-past = { $when } ({ $zone }) ya pasó en su hora.
mentor-followup-unknown = No hay ningún seguimiento { $number } programado por mentores. `!followups 42` lista los de un caso.
mentor-followup-cancelled = El seguimiento { $number } ({ $case }) está cancelado.
mentor-followups-none = No hay seguimientos programados para { $case }.
mentor-followups-head = Seguimientos programados para { $case }:
mentor-followups-line = #{ $number } · { $when } ({ $zone }) · { $utc } · { $text }
mentor-followup-no-text = (sin texto: se le pregunta cómo está)
mentor-followup-delivered = { $case }: se le entregó el seguimiento { $number }.
mentor-followup-cancelled-by-them = { $case }: la persona canceló el seguimiento { $number }.

## Listas y detalles.

mentor-cases-none = No hay casos abiertos.
mentor-cases-head = Casos abiertos, los más urgentes primero, luego los más antiguos:
mentor-cases-line = { $case } · { $urgency } · { $status } · { $flow } · { $age }
mentor-status-open = en espera
mentor-status-claimed = a cargo de { $mentor }
mentor-status-closed = cerrado
mentor-age-minutes = hace { $count } min
mentor-age-hours = hace { $count } h
mentor-age-days = { $count ->
    [one] hace { $count } día
   *[other] hace { $count } días
}
mentor-case-opened-at = Abierto { $age }.
mentor-case-notes = Notas:
mentor-case-handoff-asked = Se propuso un chat directo; esperando su respuesta.
mentor-case-handoff-approved = Se aceptó un chat directo; se está creando.
mentor-case-handoff-created = Existe un chat directo con la persona.
mentor-case-handoff-declined = Prefirió no tener un chat directo.
mentor-case-handoff-failed = No se pudo crear el chat directo.

## Lo que hace la persona, visto por las personas mentoras (en el hilo del caso).

mentor-relay-from = { $case }:
mentor-relay-from-edited = { $case } (editado):
mentor-relay-file = { $case } envió un archivo; sigue en este hilo.
mentor-asked-again = { $case }: volvió a pedir hablar con una persona.
mentor-feedback-yes = { $case }: dice que le sirvió.
mentor-feedback-no = { $case }: dice que no le sirvió.
mentor-anonymised = { $case }: la persona borró sus datos. El caso está cerrado; las notas se conservan.
mentor-file-gone = { $case }: un archivo ya no se conserva (borrado, o pasado el plazo de conservación).
mentor-file-not-cleaned = { $case }: el siguiente archivo puede contener aún datos ocultos, como el lugar o el teléfono con que se hizo; el bot no pudo quitarlos. Ábralo con cuidado, en un dispositivo de confianza.

## Chats directos.

mentor-handoff-asked = { $case }: le pregunté si acepta un chat directo con usted.
mentor-handoff-agreed = { $case }: el chat directo está aceptado; lo estoy creando.
mentor-handoff-declined = { $case }: prefiere quedarse aquí. Siga escribiendo en este hilo.
mentor-handoff-created = { $case }: se creó un nuevo chat cifrado con la persona y { $mentor }; ambos están invitados.
mentor-handoff-failed = { $case }: no se pudo crear el chat directo. Vuelva a intentar `!handoff { $number }` más tarde.

## Claves de seguridad cambiadas (para mentores y admins).

mentor-identity-held = **{ $who }**: la clave de seguridad de su cuenta cambió. Puede ser la persona en un dispositivo nuevo, o alguien que se apoderó de su cuenta. Hasta que alguien de ustedes lo compruebe con ella por otra vía (una llamada, en persona) y lo apruebe, no envío nada a la nueva clave e ignoro lo que dice. Aprobar: `!identity approve { $label }` · seguir en espera: `!identity reject { $label }`
mentor-identity-no-case = una persona sin caso abierto ({ $label })
mentor-identity-none = No hay ninguna clave de seguridad cambiada en espera.
mentor-identity-head = Claves de seguridad cambiadas, en espera:
mentor-identity-line = { $label } · { $status } · { $age }
mentor-identity-status-pending = espera una decisión
mentor-identity-status-rejected = rechazada, sigue en espera
mentor-identity-approved = { $label }: aprobada. Desde ahora confío en su nueva clave.
mentor-identity-rejected = { $label }: sigue en espera. Sigo ignorando la nueva clave.
mentor-identity-unknown = No hay nada en espera con { $label }. `!identity` muestra lo que hay.

## La lista de mentores (para mentores y admins).

mentor-room-unlisted = { $user } está en la sala de mentores pero no en la lista de mentores (`mentors.members`): no recibe ningún caso e ignoro sus comandos. Sáquela de la sala, o pida a un admin que la añada a la lista.

## Para la persona, en su chat con el bot.

mentor-person-opened = El equipo ya está avisado. Alguien del equipo leerá esto en cuanto pueda y le responderá aquí. Hasta entonces, y mientras hable con esa persona, lo que escriba aquí le llega a ella. Escriba **menú** para hablar conmigo, el bot, en su lugar.
mentor-person-still-open = Su solicitud está con el equipo. Alguien la leerá en cuanto pueda y le responderá aquí. Lo que escriba aquí le llega.
mentor-person-taken = Una persona mentora tomó su solicitud y le escribirá aquí.
mentor-person-says = Su persona mentora:
mentor-person-says-named = Su persona mentora ({ $mentor }):
mentor-person-closed = Su persona mentora cerró esta conversación. ¿Le sirvió? Responda **sí** o **no**.
mentor-person-thanks = Gracias por decírnoslo. Escriba **menú** para ver lo que podemos hacer juntos, o **mentor** para volver a hablar con una persona.
mentor-person-on-the-way = He recordado al equipo que está esperando. Alguien del equipo leerá esto en cuanto pueda. Mientras tanto, si necesita ayuda ahora:
mentor-person-no-team = Lo siento: en este momento nadie puede ser contactado a través de este chat, así que no puedo transmitir su solicitud. Estos servicios pueden ayudar, a cualquier hora:
mentor-person-team-unreachable = No pude contactar al equipo ahora mismo, así que por el momento nadie puede responder por este chat. Su solicitud queda guardada y les llegará en cuanto la conexión vuelva a funcionar. Estos servicios pueden ayudar, a cualquier hora:
mentor-person-handoff-ask = Su persona mentora quiere hablar con usted en un nuevo chat privado y cifrado. Allí verá su nombre de Matrix. ¿Está de acuerdo? Responda **sí** o **no**.
mentor-person-handoff-invited = Le envié una invitación a un nuevo chat cifrado con su persona mentora. Acéptela para hablar directamente.
mentor-person-handoff-declined = De acuerdo, nos quedamos aquí. Su persona mentora seguirá escribiéndole a través de mí.

## Guardia (`!oncall`) y mensajes directos de la escalera. Un mensaje directo solo nombra el
## caso — nunca a la persona — porque puede verse en una pantalla bloqueada.

mentor-oncall-on = Está de guardia: cuando un caso urgente espere sin mentor, le avisaré con un mensaje directo cifrado. Escriba `!oncall off` cuando termine.
mentor-oncall-already-on = Ya está de guardia. Escriba `!oncall off` para terminar.
mentor-oncall-off = Ya no está de guardia.
mentor-oncall-not-on = No estaba de guardia.
mentor-oncall-list = De guardia ahora: { $names }
mentor-oncall-none = Nadie está de guardia ahora.
mentor-oncall-rota = El turno (de la configuración):
mentor-oncall-howto = `!oncall on` le pone de guardia hasta `!oncall off`. Un caso urgente que nadie toma se envía, solo con su número, en un mensaje directo a quienes están de guardia, y después a los responsables.
mentor-dm-oncall = 🔴 El caso urgente **{ $case }** lleva { $minutes } min sin mentor, y usted está de guardia. Tómelo en la sala de mentores: `!claim { $number }`.
mentor-dm-lead = 🔴 El caso urgente **{ $case }** lleva { $minutes } min y nadie lo ha tomado, ni siquiera tras avisar a la guardia. Tómelo en la sala de mentores (`!claim { $number }`) o busque a alguien que pueda.
mentor-dm-here = En este chat solo envío alertas. Trabaje los casos en la sala de mentores.
mentor-ladder-oncall-sent = { $case }: se avisó a la guardia por mensaje directo ({ $names }).
mentor-ladder-leads-sent = { $case }: se avisó a los responsables por mensaje directo ({ $names }).
mentor-ladder-nobody-oncall = { $case }: nadie está de guardia, así que no se avisó a nadie por mensaje directo. Escriba `!oncall on` para recibir el próximo aviso.
mentor-ladder-no-leads = { $case }: no hay responsables configurados (`mentors.leads`, si no los admins), así que no se avisó a nadie.
mentor-ladder-dm-failed = { $case }: no pude abrir un chat directo con { $mentor }.
## Team mode

mentor-person-passed = Enviado al equipo. Lo leerán en cuanto puedan y le responderán aquí.
mentor-person-file-unreadable = No pude pasar este archivo al equipo: es demasiado grande o no se pudo leer. Puede describirlo con palabras o probar con un archivo más pequeño.

## !commands in a direct chat

mentor-dm-pointer = `{ $command }` funciona en la sala de mentores, no en un chat directo conmigo: { $room }
mentor-dm-no-room = `{ $command }` funciona en la sala de mentores, y todavía no hay ninguna configurada (`mentor_room` en la configuración).

## Planes de protección: `!plan 42` (solo con el consentimiento de la persona) y `!suggest 42 texto`.

mentor-plan-head = **{ $case }: plan de protección** ({ $count ->
        [one] un paso
       *[other] { $count } pasos
    }), compartido por la persona:
mentor-plan-in-thread = { $case }: el plan está en el hilo del caso.
mentor-plan-none = { $case } no tiene plan de protección.
mentor-plan-asked = Pregunté a { $case } si puede ver su plan de protección. Aparecerá aquí si la persona está de acuerdo.
mentor-plan-declined = { $case } eligió no compartir su plan de protección.
mentor-suggest-sent = Su sugerencia fue enviada a { $case }. La persona responderá sí o no, y lo verá aquí.
mentor-suggest-added = { $case } añadió el paso sugerido a su plan.
mentor-suggest-declined = { $case } no añadió el paso sugerido.
mentor-suggest-no-storage = { $case } no aceptó que el bot guarde sus datos, así que no se puede guardar un plan para esta persona.
