### reviewed: no
## Textos que comparten todos los flujos. Mantenga los identificadores; traduzca las palabras.
## Trato de «usted» en todos los textos, en español neutro latinoamericano.
## Sinónimos y palabras clave: listas separadas por comas; la comparación ignora
## mayúsculas, la puntuación en los extremos y los espacios de más.

# El nombre de este idioma en este idioma, mostrado en las listas de idiomas.
language-name = Español
number-digits = 0123456789

## Etiquetas de las opciones. La opción `x` de una pregunta de elección se etiqueta con `option-x`.

option-yes = Sí
    .synonyms = s, si, sí, vale, claro, ok, de acuerdo, por supuesto
option-no = No
    .synonyms = n, no, nop, para nada
option-unsure = No sé
    .synonyms = no sé, no se, no lo sé, no estoy seguro, no estoy segura, quizás, tal vez, ni idea
option-skip = Saltar
    .synonyms = saltar, omitir, siguiente, prefiero no decirlo, sin respuesta
option-na = No me aplica
    .synonyms = no me aplica, no aplica, no corresponde, no es mi caso, n/a

## Ayudas, cuando no se entendió una respuesta (luego se repite la pregunta).

hint-choice = Responda con el número de una de las opciones (de 1 a { $count }), o con sus palabras.
hint-choice-multiple = Puede elegir varias opciones: escriba sus números o palabras separados por comas, por ejemplo «1, 3».
hint-yesno = Responda **sí** o **no**.
hint-scale = Responda con un número entero de { $min } a { $max }.
hint-number = Responda con un número, escrito en cifras.
hint-number-range = Responda con un número de { $min } a { $max }, escrito en cifras.
hint-text =
    Responda con sus propias palabras (como máximo { $max_length } { $max_length ->
        [one] carácter
       *[other] caracteres
    }).
hint-attachment = Envíe una imagen o un archivo de { $max_size_mb } MB como máximo, o escriba **saltar** si la pregunta se puede saltar.

# Tras varias respuestas que no se entendieron.
retry-offer-person = Parece que no le estoy entendiendo bien, y es culpa mía. ¿Quiere hablar con una persona de nuestro equipo? Responda **sí** o **no**.

## WHO-5 (wellbeing)

scale-who5-0 = En ningún momento
    .synonyms = nunca, para nada, en ningun momento
scale-who5-1 = De vez en cuando
    .synonyms = a veces, rara vez
scale-who5-2 = Menos de la mitad del tiempo
    .synonyms = menos de la mitad
scale-who5-3 = Más de la mitad del tiempo
    .synonyms = más de la mitad, mas de la mitad
scale-who5-4 = La mayor parte del tiempo
    .synonyms = casi siempre, a menudo
scale-who5-5 = Todo el tiempo
    .synonyms = siempre

## Notas del motor de conversación.

flow-restarted = Esta conversación se actualizó desde la última vez que escribimos, así que la empezamos de nuevo desde el principio. Sus respuestas anteriores se conservan donde todavía encajan.
flow-back-unavailable = No hay ninguna pregunta anterior a la que volver.
flow-not-active = Esta conversación terminó. Escriba **menú** para ver lo que podemos hacer juntos.
flow-unavailable = Esta conversación ya no está disponible. Escriba **menú** para ver lo que podemos hacer juntos.
flow-broken = Lo siento, algo salió mal en esta conversación y tuve que detenerla. Escriba **mentor** para hablar con una persona, o **menú** para empezar de nuevo.

## Palabras que funcionan en cualquier momento de una conversación (separadas por comas).
## Las palabras en inglés también funcionan siempre, en todos los idiomas.
## Evita palabras que puedan ser una respuesta normal (p. ej. «persona», «nadie»).

keyword-menu = menú, menu, menú principal, inicio
keyword-back = atrás, atras, volver, anterior
keyword-help = ayuda, comandos
keyword-mentor = mentor, mentora, hablar con una persona, hablar con alguien
keyword-language = idioma, idiomas, cambiar idioma, cambiar el idioma
keyword-stop = parar, detener, salir, cancelar
keyword-delete = borrar mis datos, eliminar mis datos, olvídame
keyword-mydata = mis datos, qué sabe de mí, qué sabes de mí
keyword-continue = continuar
keyword-myplan = mi plan, mi plan de protección

## Lo que pueden ver los mentores: las opciones de cada pregunta de consentimiento, siempre en
## este orden (sin mi nombre, con mi nombre, nada). Cada flujo redacta su propia opción «nada».

consent-opt-pseudonymous = Mis respuestas, sin mi nombre (un seudónimo)
    .synonyms = seudónimo, seudonimo, sin mi nombre, sin nombre
consent-opt-full = Mis respuestas y mi nombre (mi ID de Matrix)
    .synonyms = con mi nombre, mi nombre, con nombre

## Recursos de crisis, que muestran los flujos que preguntan por la seguridad.
## Admins: añadan una variante por código de país (`[MX]`, `[CO]`, …) con recursos
## locales verificados y actuales. Incluyan solo servicios comprobados recientemente.

crisis-resources = { $country ->
    [DE]
        Si está en peligro inmediato, y si es seguro para usted, llame al 112 o busque a alguien de confianza cerca.
        - **TelefonSeelsorge**: 0800 111 0 111 o 0800 111 0 222, gratuita y anónima, de día y de noche.
        - **Find A Helpline** reúne líneas de apoyo gratuitas y confidenciales por país: https://findahelpline.com
        - Las personas defensoras de derechos humanos en riesgo inmediato pueden comunicarse con la ayuda de emergencia de **Front Line Defenders**: https://www.frontlinedefenders.org/emergency-contact
    [ES]
        Si está en peligro inmediato, y si es seguro para usted, llame al 112 o busque a alguien de confianza cerca.
        - **024**, línea de atención a la conducta suicida: gratuita, confidencial y disponible las 24 horas.
        - **Find A Helpline** reúne líneas de apoyo gratuitas y confidenciales por país: https://findahelpline.com
        - Las personas defensoras de derechos humanos en riesgo inmediato pueden comunicarse con la ayuda de emergencia de **Front Line Defenders**: https://www.frontlinedefenders.org/emergency-contact
    [FR]
        Si está en peligro inmediato, y si es seguro para usted, llame al 112 o busque a alguien de confianza cerca.
        - **3114**: línea nacional de prevención del suicidio en Francia, gratuita, de día y de noche.
        - **Find A Helpline** reúne líneas de apoyo gratuitas y confidenciales por país: https://findahelpline.com
        - Las personas defensoras de derechos humanos en riesgo inmediato pueden comunicarse con la ayuda de emergencia de **Front Line Defenders**: https://www.frontlinedefenders.org/emergency-contact
    [GB]
        Si está en peligro inmediato, y si es seguro para usted, llame al 999 o busque a alguien de confianza cerca.
        - **Samaritans**: 116 123, gratuita, de día y de noche.
        - **Find A Helpline** reúne líneas de apoyo gratuitas y confidenciales por país: https://findahelpline.com
        - Las personas defensoras de derechos humanos en riesgo inmediato pueden comunicarse con la ayuda de emergencia de **Front Line Defenders**: https://www.frontlinedefenders.org/emergency-contact
    [US]
        Si está en peligro inmediato, y si es seguro para usted, llame al 911 o busque a alguien de confianza cerca.
        - **988 Suicide & Crisis Lifeline**: llame o envíe un mensaje de texto al 988, de día y de noche.
        - **Find A Helpline** reúne líneas de apoyo gratuitas y confidenciales por país: https://findahelpline.com
        - Las personas defensoras de derechos humanos en riesgo inmediato pueden comunicarse con la ayuda de emergencia de **Front Line Defenders**: https://www.frontlinedefenders.org/emergency-contact
   *[other]
        Si está en peligro inmediato, y si es seguro para usted, comuníquese con los servicios de emergencia locales o con alguien de confianza cerca.
        - **Find A Helpline** reúne líneas de apoyo gratuitas y confidenciales por país: https://findahelpline.com
        - **Befrienders Worldwide** reúne centros de apoyo emocional de todo el mundo: https://befrienders.org
        - Las personas defensoras de derechos humanos en riesgo inmediato pueden comunicarse con la ayuda de emergencia de **Front Line Defenders**: https://www.frontlinedefenders.org/emergency-contact
    }
urgent-outside-help =
    También puede comunicarse con estos servicios fuera de este chat, a cualquier hora:
    - la línea de emergencia de **Front Line Defenders**, para personas defensoras de derechos humanos en riesgo inmediato: https://www.frontlinedefenders.org/emergency-contact
    - la **Access Now Digital Security Helpline**, para emergencias digitales, las 24 horas, todos los días: https://www.accessnow.org/help/
exile-resources =
    Apoyo para personas en el exilio, internacional y accesible desde cualquier lugar:
    - **Front Line Defenders**: ayudas de protección, apoyo de emergencia y cuidado del bienestar para personas defensoras de derechos humanos en riesgo, también en el exilio: https://www.frontlinedefenders.org/
    - **ProtectDefenders.eu**, el mecanismo de la Unión Europea para personas defensoras de derechos humanos: ayudas de emergencia y reubicación temporal: https://protectdefenders.eu/
    - **Access Now Digital Security Helpline**: ayuda gratuita en seguridad digital, las 24 horas: https://www.accessnow.org/help/
    - **Digital First Aid Kit**: ayuda paso a paso para emergencias digitales: https://digitalfirstaid.org/
    - **UNHCR Help** (ACNUR): información sobre asilo y derechos de las personas refugiadas, país por país: https://help.unhcr.org/
    - **Find A Helpline**: líneas gratuitas de apoyo emocional en el país donde está: https://findahelpline.com

## Un plan, paso a paso (el paso `plan` de una conversación). El motor da a `plan-step-choose`
## $number, $count, $step (el paso propuesto) y $why, y $days a `plan-step-remind`.

plan-step-choose =
    Paso { $number } de { $count }: **{ $step }**
    Por qué: { $why }
    ¿Conservar este paso, cambiarlo con sus propias palabras, o dejarlo fuera?
plan-opt-keep = Conservarlo
    .synonyms = conservar, conservarlo, mantener, sí, si, ok, vale
plan-opt-change = Cambiarlo con mis propias palabras
    .synonyms = cambiar, cambiarlo, mis propias palabras, reescribir
plan-opt-drop = Dejarlo fuera
    .synonyms = dejarlo fuera, dejar fuera, quitar, quitarlo, este no, no
plan-step-words = ¿Cómo lo diría usted? Escriba el paso con sus propias palabras, en una frase — o **saltar** para dejarlo fuera.
plan-step-remind = ¿Quiere que le pregunte dentro de { $days ->
        [one] { $days } día
       *[other] { $days } días
    } si pudo dar este paso?
