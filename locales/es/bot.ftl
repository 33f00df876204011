### reviewed: no
## Texts of the bot itself, outside the flows: help, keywords' answers, follow-ups.

## Textos del propio bot (fuera de las conversaciones).

bot-help = Puedes escribir en cualquier momento: **menú** para ver las conversaciones, **atrás** para la pregunta anterior, **mentor** para hablar con una persona, **idioma** para cambiar de idioma, **parar** para detener la conversación actual y pausar los recordatorios, **mis datos** para ver lo que se guarda, **borrar mis datos** para borrarlo.
bot-slow-down = Escribes más rápido de lo que puedo responder bien. Tómate un respiro: leeré lo siguiente en un momento.
bot-mentor-requested-reason = La persona pidió hablar con alguien.
bot-stopped = De acuerdo, me detengo aquí y los recordatorios quedan en pausa. Escribe **menú** cuando quieras volver, y **reanudar** para activar de nuevo los recordatorios.
bot-identity-changed = La clave de seguridad de tu cuenta ha cambiado. Si configuraste un dispositivo nuevo o restableciste tus claves, todo está bien. Si no, puede que otra persona tenga acceso a tu cuenta: escribe **mentor** para hablar con una persona.

## Seguimientos: invitaciones, respuestas y los controles de la propia persona.

option-later = Más tarde
    .synonyms = más tarde, mas tarde, luego, después, despues, ahora no, mañana, manana, recuérdamelo luego, recuérdamelo más tarde
bot-followup-late = Perdona, esto llega más tarde de lo que prometí: estuve ausente un tiempo.
bot-followup-offer = ¿Quieres empezar ahora? Responde **sí**, **más tarde** o **no**.
bot-followup-reminder = Me pediste que te lo recordara. Aquí estoy.
bot-followup-later-ok = De acuerdo, te lo volveré a preguntar mañana.
bot-followup-cancelled = De acuerdo, no volveré a preguntarte por esto.
bot-followup-resumed = Los recordatorios vuelven a estar activados.
bot-followup-set = De acuerdo, te lo recordaré entonces.
bot-followup-bad-time = No entendí cuándo. Prueba por ejemplo **recuérdame en 1d** para mañana, o **recuérdame en 3d** para dentro de 3 días.
bot-followup-none = No tienes recordatorios programados.
bot-followup-list-head = Tus recordatorios programados:
bot-followup-list-help = Escribe **cancelar** y un número para cancelar un recordatorio, o **posponer** y un número para moverlo un día.
bot-followup-cancel-ok = El recordatorio { $number } está cancelado.
bot-followup-snooze-ok = El recordatorio { $number } se ha movido un día.
bot-followup-unknown = No tengo ningún recordatorio { $number } para ti.
bot-timezone-unknown = No conozco esa zona horaria, así que mantuve la configuración anterior. Escríbela como **America/Bogota** o **Europe/Madrid**.
# Palabras que controlan los seguimientos (separadas por comas; «cancelar 3», «posponer 3», «recuérdame en 3d»).
followup-word-list = recordatorios, mis recordatorios, seguimientos
followup-word-resume = reanudar, reanudar recordatorios, activar recordatorios, recordatorios activados
followup-word-cancel = cancelar, anular, cancelar recordatorio
followup-word-snooze = posponer, aplazar
followup-word-remind = recuérdame en, recuerdame en, recuérdamelo en, avísame en, avisame en

## Privacidad: la copia de los datos de la persona, su borrado y salir del chat.

bot-privacy-delete-confirm =
    Esto borra todo lo que se guarda sobre ti aquí: tus ajustes, tus respuestas, tus recordatorios y los archivos que enviaste. Los casos que un mentor abrió para ti conservan solo su número — ni tu nombre, ni este chat, ni lo que compartiste. No se puede deshacer.
    ¿Borrarlo todo ahora? Responde **sí** o **no**.
bot-privacy-delete-kept = De acuerdo, no se borró nada. Escribe **menú** para continuar.
bot-privacy-deleted =
    Hecho: se ha borrado todo lo que se guardaba sobre ti.
    ¿Quieres que también salga de este chat? Responde **sí** o **no**.
bot-privacy-goodbye = Adiós, y cuídate. Salgo de este chat ahora; bórralo también por tu lado, para que desaparezca de este dispositivo. Si nos necesitas de nuevo, simplemente abre un chat nuevo conmigo.
bot-privacy-stay = De acuerdo, me quedo. Ya no se guarda nada sobre ti; si me vuelves a escribir, empezamos de cero.
bot-privacy-export =
    Aquí tienes una copia de todo lo que se guarda sobre ti. El archivo de abajo lo contiene todo:
    - conversaciones: { $conversations }
    - recordatorios: { $reminders }
    - archivos enviados: { $files }
    - casos con un mentor: { $cases }
    Cualquiera que pueda abrir este chat puede leer el archivo: guárdalo en un lugar seguro y después bórralo de aquí. Escribe **borrar mis datos** para borrarlo todo.
bot-privacy-export-empty = Por ahora no se guarda nada sobre ti.
bot-privacy-export-failed = No pude adjuntar el archivo ahora mismo. Escribe **mis datos** otra vez dentro de un rato.

mentor-identity-changed = { $case }: la clave de seguridad de esta persona cambió. Si no la restableció ella misma, su cuenta puede estar en otras manos: compruébalo con ella por otro canal antes de compartir algo delicado.
