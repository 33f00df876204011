### reviewed: no
## Texts of the bot itself, outside the flows: help, keywords' answers, follow-ups.
## Textos del propio bot (fuera de las conversaciones). Trato de «usted», español neutro latinoamericano.

bot-help = Puede escribir en cualquier momento: **menú** para ver las conversaciones, **atrás** para la pregunta anterior, **mentor** para hablar con una persona, **idioma** para cambiar de idioma, **parar** para detener la conversación actual y pausar los recordatorios, **mis datos** para ver lo que se guarda, **borrar mis datos** para borrarlo.
bot-slow-down = Los mensajes llegan más rápido de lo que puedo responder bien. Tomemos un respiro: leeré lo siguiente en un momento.
bot-greeting = Hola, soy el bot del equipo. Escriba cualquier mensaje para empezar: primero le preguntaré qué idioma prefiere y le explicaré qué pasa con su información.
bot-mentor-requested-reason = La persona pidió hablar con alguien.
bot-stopped = De acuerdo, me detengo aquí y los recordatorios quedan en pausa. Escriba **menú** cuando quiera volver, y **reanudar** para activar de nuevo los recordatorios.
bot-identity-held = Su cuenta tiene una nueva clave de seguridad. Hasta que alguien de nuestro equipo lo compruebe con usted por otra vía (una llamada, un encuentro), no respondo a los mensajes enviados con la nueva clave. Si no la configuró usted, puede que otra persona controle su cuenta: escriba **mentor** aquí.
bot-identity-confirmed = Su nueva clave de seguridad está confirmada. Podemos seguir.
bot-undecryptable = Lo siento, no pude leer un mensaje que me acaba de enviar. Por favor, envíelo de nuevo.

## Seguimientos: invitaciones, respuestas y los controles de la propia persona.

option-later = Más tarde
    .synonyms = más tarde, mas tarde, luego, después, despues, ahora no, mañana, manana, recuérdemelo luego, recuérdamelo luego, recuérdemelo más tarde, recuérdamelo más tarde
bot-followup-late = Disculpe, esto llega más tarde de lo que prometí: estuve sin conexión un tiempo.
bot-followup-offer = ¿Quiere empezar ahora? Responda **sí**, **más tarde** o **no**.
bot-followup-reminder = Me pidió que se lo recordara. Aquí estoy.
bot-followup-from-mentor = Su mentor me pidió que le escribiera:
bot-followup-from-mentor-check = Su mentor me pidió que le preguntara cómo está. ¿Cómo le va?
bot-followup-mentor-answer = Responda aquí: su mensaje le llegará a su mentor.
bot-followup-mentor-again = Escriba **mentor** para hablar con una persona.
bot-followup-later-ok = De acuerdo, se lo volveré a preguntar mañana.
bot-followup-cancelled = De acuerdo, no volveré a preguntarle por esto.
bot-followup-resumed = Los recordatorios vuelven a estar activados.
bot-followup-set = De acuerdo, se lo recordaré el { $when }.
bot-followup-bad-time = No entendí cuándo. Pruebe por ejemplo **recuérdeme en 1d** para mañana, o **recuérdeme en 3d** para dentro de 3 días.
bot-followup-none = No tiene recordatorios programados.
bot-followup-list-head = Sus recordatorios programados (hora de { $zone }):
bot-followup-list-line = #{ $number } · { $when } · { $what }
bot-followup-what-person = su recordatorio
bot-followup-what-mentor = de su mentor
bot-followup-what-flow = una conversación
bot-followup-list-paused = Los recordatorios están en pausa: por ahora no se envía ninguno. Escriba **reanudar** para volver a activarlos.
bot-followup-list-help = Escriba **cancelar** y un número para cancelar un recordatorio, o **posponer** y un número para moverlo un día.
bot-followup-cancel-ok = El recordatorio { $number } está cancelado.
bot-followup-snooze-ok = El recordatorio { $number } pasa al { $when }.
bot-followup-unknown = No tengo ningún recordatorio { $number } para usted.
bot-timezone-unknown = No conozco esa zona horaria, así que mantuve la configuración anterior. Escríbala como **America/Bogota** o **America/Mexico_City**.
# A moment on the person's clock, in their time zone: $weekday is 1 (Monday) to 7 (Sunday), $month 1 to 12;
# $day, $year and $time (hours:minutes, 24 h) are ready to show. Arrange them as your language does.
bot-when = { $weekday ->
         [1] lunes
         [2] martes
         [3] miércoles
         [4] jueves
         [5] viernes
         [6] sábado
        *[7] domingo
    } { $day } de { $month ->
         [1] enero
         [2] febrero
         [3] marzo
         [4] abril
         [5] mayo
         [6] junio
         [7] julio
         [8] agosto
         [9] septiembre
         [10] octubre
         [11] noviembre
        *[12] diciembre
    } de { $year }, { $time }
# Palabras que controlan los seguimientos (separadas por comas; «cancelar 3», «posponer 3», «recuérdeme en 3d»).
followup-word-list = recordatorios, mis recordatorios, seguimientos
followup-word-resume = reanudar, reanudar recordatorios, activar recordatorios, recordatorios activados
followup-word-cancel = cancelar, anular, cancelar recordatorio
followup-word-snooze = posponer, aplazar
followup-word-remind = recuérdeme en, recuerdeme en, recuérdame en, recuerdame en, recuérdemelo en, recuérdamelo en, avíseme en, aviseme en, avísame en, avisame en

## Privacidad: la copia de los datos de la persona, su borrado y salir del chat.

bot-privacy-delete-confirm =
    Esto borra todo lo que se guarda sobre usted aquí: sus ajustes, sus respuestas, sus recordatorios y los archivos que envió. Los casos que una persona mentora abrió para usted conservan solo su número: ni su nombre, ni este chat, ni lo que compartió. No se puede deshacer.
    ¿Borrarlo todo ahora? Responda **sí** o **no**.
bot-privacy-delete-kept = De acuerdo, no se borró nada. Escriba **menú** para continuar.
bot-privacy-deleted =
    Listo: se borró todo lo que se guardaba sobre usted.
    ¿Quiere que también salga de este chat? Responda **sí** o **no**.
bot-privacy-goodbye = Adiós, y cuídese. Salgo de este chat ahora; bórrelo también de su lado, para que desaparezca de este dispositivo. Si nos necesita de nuevo, simplemente abra un chat nuevo conmigo.
bot-privacy-stay = De acuerdo, me quedo. Ya no se guarda nada sobre usted; si me vuelve a escribir, empezamos de cero.
bot-privacy-export =
    Aquí tiene una copia de todo lo que se guarda sobre usted. Llega justo después de este mensaje, como un archivo cifrado llamado **{ $file }**, y contiene:
    - sus ajustes, y lo que recuerdo de una conversación a otra (por ejemplo, su última puntuación de bienestar)
    - la última conversación de cada uno de sus chats conmigo, con sus respuestas ({ $conversations }); las conversaciones anteriores no se guardan
    - recordatorios: { $reminders } · archivos enviados: { $files } (descritos, no reenviados) · casos con el equipo: { $cases }
    - la clave de seguridad pública de su cuenta, si la he visto
    Cualquiera que pueda abrir este chat puede leer el archivo: guárdelo en un lugar seguro y después bórrelo de aquí. Escriba **borrar mis datos** para borrarlo todo.
bot-privacy-export-empty = Por ahora no se guarda nada sobre usted.
bot-privacy-export-failed = No pude adjuntar el archivo en este momento. Escriba **mis datos** otra vez dentro de un rato.

## help

bot-help-person = Para hablar con una persona de nuestro equipo, escriba **mentor**.
bot-help-team = Está hablando con nuestro equipo sobre { $case }: lo que escriba aquí le llega al equipo. Escriba **menú** para volver a hablar conmigo, el bot.

## Lo que promete el equipo: se muestra al abrir una solicitud y en la respuesta de crisis.

care-hours = Alguien del equipo lee los mensajes los días laborables; una respuesta puede tardar un día.
care-now = Si necesita a alguien antes, estos servicios pueden ayudar a cualquier hora:

## Someone without consent to storage, after a flow escalated with answers: ask first (one line).

bot-share-ask = ¿Puedo enviar al equipo sus respuestas de esta conversación, para que sepa lo que me ha contado? Responda **sí** o **no**.
bot-share-sent = Enviado: el equipo puede leer sus respuestas junto con su solicitud.
bot-share-kept = De acuerdo: sus respuestas no se enviaron. El equipo solo sabe que necesita a alguien.
## El plan de protección de una persona (hecho con la evaluación de riesgos; «mi plan»; sugerencias de mentores).

plan-made-head = **Su plan**
plan-line = **{ $number }.** { $step }
plan-line-why = Por qué: { $why }
plan-line-own = (con sus propias palabras)
plan-line-mentor = (sugerido por su mentor)
plan-line-remind = Le preguntaré por esto el { $when }.
plan-made-kept = { $replaced ->
        [yes] Sustituye a su plan anterior. Lo guardo cifrado, como sus respuestas: escriba **mi plan** para verlo en cualquier momento, y **borrar mis datos** lo borra.
       *[no] Lo guardo cifrado, como sus respuestas: escriba **mi plan** para verlo en cualquier momento, y **borrar mis datos** lo borra.
    }
plan-made-not-kept = Usted eligió no dejarme guardar sus respuestas, así que tampoco guardo este plan ni se lo recordaré. Si quiere conservarlo, cópielo en un lugar seguro.
plan-none = Todavía no tiene un plan de protección. Para hacer uno, escriba **menú** y elija el plan de protección: una breve evaluación de riesgos que termina con unos pocos pasos que usted elige.
plan-show-head = **Su plan de protección** (hecho el { $when }):
plan-show-foot = Para revisarlo o hacer uno nuevo, escriba **menú** y elija el plan de protección. Los planes cambian, y está bien.
plan-step-reminder = Me pidió que volviera a preguntarle por un paso de su plan de protección. Escriba **mi plan** para verlo.
plan-step-due =
    Un paso de su plan de protección:
    { $step }
    ¿Pudo darlo? Si no, no pasa nada: los planes cambian. Escriba **mi plan** para ver su plan, o **mentor** para hablarlo con una persona.
plan-suggest-ask =
    Su mentor le sugiere un paso para su plan de protección:
    { $step }
    ¿Quiere añadirlo a su plan? Responda **sí** o **no**.
plan-suggest-added = Añadido a su plan. Escriba **mi plan** para verlo.
plan-suggest-no = De acuerdo, no lo añadí.
plan-share-ask = Su mentor quisiera ver su plan de protección, para ayudarle con él. ¿Está de acuerdo? Responda **sí** o **no**.
plan-share-yes = Gracias. Sus mentores pueden ver ahora su plan cuando lo pidan. Para cambiarlo, vuelva a hacer su plan desde el **menú**.
plan-share-no = De acuerdo, su plan se queda con usted.
