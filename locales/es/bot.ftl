### reviewed: no
## Texts of the bot itself, outside the flows: help, keywords' answers, follow-ups.

## Textos del propio bot (fuera de las conversaciones).

bot-help = Puedes escribir en cualquier momento: **menú** para ver las conversaciones, **atrás** para la pregunta anterior, **mentor** para hablar con una persona, **idioma** para cambiar de idioma, **stop** para pausar los recordatorios, **mis datos** para ver lo que se guarda, **borrar mis datos** para borrarlo.
bot-slow-down = Escribes más rápido de lo que puedo responder bien. Tómate un respiro: leeré lo siguiente en un momento.
bot-mentor-requested = Gracias. He pedido a una persona de nuestro equipo que te responda aquí. Puede tardar un poco; mientras tanto puedes seguir escribiendo.
bot-mentor-requested-reason = La persona pidió hablar con alguien.
bot-stopped = Los recordatorios están en pausa. No te escribiré más a menos que me escribas. Escribe **menú** en cualquier momento para empezar de nuevo.
bot-delete-soon = Para borrar lo que se guarda sobre ti, escribe **mentor**: una persona de nuestro equipo lo borrará y te lo confirmará aquí.
bot-mydata-soon = Para recibir una copia de lo que se guarda sobre ti, escribe **mentor**: una persona de nuestro equipo te la enviará aquí.
bot-identity-changed = La clave de seguridad de tu cuenta ha cambiado. Si configuraste un dispositivo nuevo o restableciste tus claves, todo está bien. Si no, puede que otra persona tenga acceso a tu cuenta: escribe **mentor** para hablar con una persona.
