### reviewed: no
## Evaluación de riesgos y plan de protección. En la seguridad integral, el riesgo crece con
## las amenazas y con lo que deja expuesta a una persona, y disminuye con lo que la protege.
## Los pasos (riskcheck-step-*) se guardan y se muestran después («mi plan»): una frase
## cada uno, sin variables; riskcheck-why-* dice por qué, en una frase.

riskcheck-title = Mi plan de protección
riskcheck-description = Una breve evaluación de riesgos — dónde está, su seguridad digital, cómo se encuentra — que termina con unos pocos próximos pasos que usted elige.
riskcheck-intro =
    Esta es una breve evaluación de riesgos. Mira juntos tres lados de su seguridad: dónde vive y se mueve, su seguridad digital y cómo se encuentra. Lleva unos cinco minutos, y puede saltar cualquier pregunta con **saltar**.
    Al final le propongo unos pocos próximos pasos, uno a la vez: usted conserva, cambia o deja fuera cada uno. Lo que conserve será su plan de protección.

## Dónde está
riskcheck-where = Primero: ¿dónde está en este momento?
riskcheck-where-home = En mi país, donde vivo y trabajo
    .synonyms = en casa, casa, mi país
riskcheck-where-moving = En camino, o en tránsito
    .synonyms = en camino, en tránsito, tránsito, de viaje
riskcheck-where-exile = Vivo fuera de mi país
    .synonyms = exilio, en el exilio, en el extranjero, fuera de mi país
riskcheck-where-known = Me dijo antes que vive fuera de su país de origen, así que estas preguntas tratan del lugar donde vive ahora.
riskcheck-opt-partly = En parte: algunos lugares o momentos no son seguros
    .synonyms = en parte, a veces, algunos lugares

## En casa
riskcheck-home-place = Donde vive y donde trabaja: ¿se siente razonablemente seguro o segura allí?
riskcheck-home-routine = ¿Hace los mismos recorridos a las mismas horas casi todos los días — al trabajo, a reuniones, de vuelta a casa?

## En camino
riskcheck-moving-route = ¿Alguien de confianza conoce su ruta, y cuándo debería llegar a cada etapa?
riskcheck-moving-documents = ¿Tiene copias de sus documentos importantes (pasaporte, identificación, papeles) guardadas en un lugar seguro, separadas de los originales — por ejemplo con alguien de confianza?

## En el exilio
riskcheck-exile-place = Donde vive ahora: ¿se siente razonablemente seguro o segura allí?
riskcheck-exile-known = ¿Podrían personas que trabajan para las autoridades de su país de origen — o que les informan — saber dónde vive ahora?
riskcheck-exile-family = ¿Han interrogado o presionado a su familia o a sus amistades en su país por causa de usted?

## Para todas las personas
riskcheck-whereabouts = ¿Alguien de confianza suele saber dónde está usted, y qué hacer si no da noticias como acordaron?
riskcheck-incidents = En los últimos meses, ¿pasó algo que le preocupara — que le siguieran o vigilaran, amenazas, visitas extrañas, alguien que entró en sus cuentas?

## Lo digital y el bienestar: de las revisiones ya hechas, sin volver a preguntar
riskcheck-digital-known = En lo digital, uso sus respuestas de la revisión de seguridad digital: { $profile_hygiene_total ->
        [0] ninguna de sus prácticas se aplicaba a usted.
       *[other] { $profile_hygiene_score } de { $profile_hygiene_total } prácticas estaban en marcha.
    }
riskcheck-digital-unknown = En lo digital, aquí no hago preguntas: todavía no ha hecho la revisión de seguridad digital, así que puedo proponérsela como un paso.
riskcheck-wellbeing-known = Sobre cómo se encuentra, uso su último chequeo de bienestar: su puntuación fue { $profile_who5 } de 100.
riskcheck-coping = ¿Cómo lo está llevando últimamente, con todo lo que pasa?
riskcheck-coping-well = Bastante bien
    .synonyms = bien, bastante bien
riskcheck-coping-so-so = Con altibajos
    .synonyms = regular, más o menos, altibajos
riskcheck-coping-badly = No muy bien
    .synonyms = mal, no bien, difícil

## Amenazas
riskcheck-threat-who = ¿Quién podría querer hacerle daño o detener su trabajo? Puede elegir varias opciones (por ejemplo «1, 5»).
riskcheck-who-state = Las autoridades: policía, servicios de seguridad, tribunales
    .synonyms = autoridades, policía, Estado, gobierno
riskcheck-who-armed = Grupos armados o criminales
    .synonyms = grupos armados, criminales, bandas
riskcheck-who-powerful = Empresas o personas poderosas
    .synonyms = empresas, personas poderosas
riskcheck-who-near = Gente de mi entorno: comunidad, familia, colegas
    .synonyms = comunidad, familia, entorno
riskcheck-who-online = Gente en internet: troles, cuentas desconocidas
    .synonyms = en internet, en línea, troles
riskcheck-threat-what = ¿Qué podrían hacer? Puede elegir varias opciones.
riskcheck-what-watched = Vigilarme o seguirme
    .synonyms = vigilancia, vigilar, seguir
riskcheck-what-smeared = Acosarme o dañar mi reputación
    .synonyms = acoso, difamación, acosar
riskcheck-what-attacked = Atacarme físicamente
    .synonyms = ataque, violencia, físico
riskcheck-what-arrested = Detenerme, acusarme o impedirme viajar
    .synonyms = detención, arresto, cargos, prohibición de viajar, cárcel
riskcheck-what-family = Presionar a mi familia
    .synonyms = familia, presionar a mi familia
riskcheck-what-hacked = Entrar en mis cuentas o dispositivos
    .synonyms = hackeo, hackear, cuentas, dispositivos
riskcheck-likelihood = ¿Qué tan probable le parece en los próximos meses?
riskcheck-likelihood-unlikely = Poco probable
    .synonyms = poco probable, improbable
riskcheck-likelihood-possible = Posible
    .synonyms = posible
riskcheck-likelihood-likely = Probable
    .synonyms = probable, muy probable

## Lo que le protege
riskcheck-trusted = ¿Hay alguien de confianza a quien podría llamar a cualquier hora si pasara algo?
riskcheck-network = ¿Está en contacto con una organización o una red que podría actuar por usted — una abogada o un abogado, un grupo de derechos humanos, un programa de protección?
riskcheck-habits = ¿Qué le ayuda ya a estar a salvo o a estar bien? Bastan unas palabras.
riskcheck-picture = Gracias. El riesgo crece con las amenazas y con lo que le deja expuesto, y disminuye con lo que le protege. Usted ya tiene:
riskcheck-has-trusted = alguien de confianza a quien llamar a cualquier hora
riskcheck-has-network = una organización o red que podría actuar por usted
riskcheck-has-whereabouts = alguien que sabe dónde está
riskcheck-has-route = alguien que conoce su ruta
riskcheck-has-documents = copias de sus documentos, guardadas en un lugar seguro
riskcheck-has-habits = sus propias costumbres: { $habits }
riskcheck-picture-none = Gracias. El riesgo crece con las amenazas y con lo que le deja expuesto, y disminuye con lo que le protege. Veamos qué podría protegerle más.

## El plan
riskcheck-plan-intro = Según sus respuestas, { $count ->
        [one] este es un paso
       *[other] estos son { $count } pasos
    } que podría dar. Usted decide sobre cada uno.
riskcheck-step-safe-place = Busque un lugar donde quedarse unos días si tiene que irse rápido, y cuénteselo a una persona de confianza.
riskcheck-why-safe-place = No se siente seguro o segura donde vive o trabaja; un lugar seguro conocido de antemano facilita decidir rápido.
riskcheck-step-family = Acuerde con su familia qué dirán, y a quién llamarán, si les interrogan sobre usted.
riskcheck-why-family = Presionar a la familia es una forma habitual de llegar a quienes se fueron; estar preparados les protege a ellos y a usted.
riskcheck-step-checkin = Acuerde con una persona de confianza darle noticias a horas fijas, y qué debe hacer si usted no lo hace.
riskcheck-why-checkin = Si pasa algo, alguien que espera noticias suyas puede actuar rápido.
riskcheck-step-address = Comparta su dirección con el menor número de personas posible, y manténgala fuera de las redes sociales y de documentos públicos.
riskcheck-why-address = Personas que informan a las autoridades de su país de origen pueden intentar averiguar dónde vive.
riskcheck-step-rest = Planee cada semana algo que le dé descanso o alegría, y cuente a alguien de confianza cómo se encuentra.
riskcheck-why-rest = El estrés desgasta su capacidad de mantenerse a salvo; cuidarse es parte de su protección.
riskcheck-step-log = Anote cada incidente — fecha, lugar, qué pasó, quién estaba — y guarde las notas en un lugar seguro.
riskcheck-why-log = Un registro escrito ayuda a ver patrones, y ayuda a mentores, abogados y organizaciones a actuar por usted.
riskcheck-step-documents = Haga copias de sus documentos importantes y déjelas con alguien de confianza, o en un lugar seguro y cifrado.
riskcheck-why-documents = En camino, los papeles se pierden o se los quitan; las copias facilitan mucho demostrar quién es.
riskcheck-step-hygiene = Haga la revisión de seguridad digital desde el menú: unos diez minutos, y termina con sus propios próximos pasos.
riskcheck-why-hygiene = Muchos ataques contra personas defensoras empiezan por una cuenta o un teléfono; la revisión muestra dónde está.
riskcheck-why-twofactor = El inicio de sesión en dos pasos evita la mayoría de los robos de cuentas, incluso si se filtra una contraseña.
riskcheck-why-border = En las fronteras pueden revisar o quitar los dispositivos; llevar menos le protege a usted y a sus contactos.
riskcheck-step-lawyer = Guarde el número de una abogada, un abogado o un grupo de asistencia legal a quien llamar si le detienen, y déselo a alguien de confianza.
riskcheck-why-lawyer = Las primeras horas después de una detención son las que más cuentan, y alguien que ya le conoce puede actuar enseguida.
riskcheck-step-routine = Cambie de vez en cuando sus recorridos y horarios, sobre todo hacia y desde lugares donde le esperan.
riskcheck-why-routine = Una rutina fija facilita que alguien le vigile o le espere.
riskcheck-step-network = Póngase en contacto con una organización que apoye a personas defensoras de derechos humanos, antes de necesitarla.
riskcheck-why-network = Las organizaciones y redes pueden actuar rápido por usted, sobre todo si ya le conocen.
riskcheck-why-updates = Las actualizaciones cierran los huecos que usan el software espía y los atacantes.
riskcheck-why-location = Compartir la ubicación y los rastreadores pueden mostrar a otros dónde está.
riskcheck-step-talk = Hable de su situación con alguien del equipo: escriba mentor en cualquier momento.
riskcheck-why-talk = Le parece probable que le hagan daño; una persona puede ayudarle a pensar qué hacer.
riskcheck-step-revisit = Vuelva a hacer esta evaluación dentro de unos meses, o antes si algo cambia.
riskcheck-why-revisit = Los riesgos cambian; volver a mirar mantiene útil su plan.

## Después del plan
riskcheck-review-invite = Han pasado tres meses desde que hizo su plan de protección. ¿Quiere revisarlo con una breve evaluación de riesgos?
riskcheck-review-set = Dentro de tres meses le preguntaré si quiere revisar su plan.
riskcheck-share = Una última pregunta: si habla con un o una mentora aquí, ¿puede ver su plan cuando lo pida?
riskcheck-done = Este es su plan. Escriba **mi plan** para verlo en cualquier momento, **menú** para hacer otra cosa, o **mentor** para hablarlo con una persona.
riskcheck-none-kept = Esta vez no conservó ningún paso, y no pasa nada: si tenía un plan antes, sigue igual. Escriba **menú** para ver otras opciones, o **mentor** para hablar con una persona.
