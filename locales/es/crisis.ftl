### reviewed: no
## Palabras de crisis. El bot las busca en cada mensaje, en cada paso, en todos los idiomas.
## Admins: añadan expresiones, separadas por comas o saltos de línea. La comparación ignora
## mayúsculas, tildes, apóstrofos y puntuación, y perdona una errata en palabras de seis letras o
## más; una entrada "entre comillas" debe escribirse tal cual. Una palabra terminada en * abarca
## todas las que empiezan así. Una sola palabra no cuenta justo después de una negación
## («no soy suicida»); una expresión de varias palabras siempre cuenta. Ver docs/CARE.md.

crisis-selfharm =
    suicidio, suicida, suicidarme, me quiero suicidar, intento de suicidio, pensamientos suicidas,
    quitarme la vida, acabar con mi vida, terminar con mi vida, poner fin a mi vida,
    me quiero morir, quiero morir, quiero morirme, ganas de morir, ganas de morirme, prefiero estar muerto, prefiero estar muerta,
    matarme, me voy a matar,
    no quiero vivir, no quiero seguir viviendo, ya no quiero vivir, no tengo razones para vivir, no tengo por qué vivir,
    estarían mejor sin mí, ya no puedo más, no aguanto más,
    hacerme daño, lastimarme, autolesión, autolesionarme, cortarme las venas, ahorcarme, desaparecer para siempre

crisis-danger =
    vienen por mí, vienen a por mí, vienen a buscarme, vinieron por mí,
    me están siguiendo, me siguen, alguien me sigue, me persiguen,
    estoy en peligro, estamos en peligro, mi vida corre peligro, corro peligro, peligro inmediato,
    me arrestaron, lo arrestaron, la arrestaron, los arrestaron, fue arrestado, fue arrestada,
    me detuvieron, lo detuvieron, la detuvieron, los detuvieron, fue detenido, fue detenida,
    "secuestrado", "secuestrada", secuestraron, lo desaparecieron, la desaparecieron, está desaparecido, está desaparecida,
    "allanamiento", allanaron mi casa, están en mi puerta, están afuera de mi casa, están fuera de mi casa,
    la policía está aquí, la policía está en mi casa

crisis-negations = no, nunca, jamás, tampoco, ni, sin
crisis-negations-after = { "" }
crisis-ignore =
    atentado suicida, atentados suicidas, ataque suicida, ataques suicidas, terrorista suicida, bombardero suicida

crisis-reply = { $kind ->
    [danger] Le escucho, y me lo tomo en serio. **¿Está a salvo en este momento?** Si puede, vaya a un lugar más seguro, o cerca de alguien de confianza.
   *[selfharm] Gracias por decírmelo. Me alegra de verdad que lo haya hecho: no tiene que cargar con esto a solas. **¿Está a salvo en este momento?**
}
crisis-telling-team = Estoy avisando al equipo ahora, como urgente. Lo que escriba aquí a continuación también les llega.
crisis-no-team = Lo siento: en este momento nadie puede ser contactado a través de este chat.
crisis-continue = He puesto en pausa lo que estábamos haciendo. Cuando quiera, escriba **continuar** para volver a ello, o **menú** para ver la lista.
crisis-again = Aquí sigo, y el equipo lo sabe. Si está en peligro ahora, use los contactos que le di más arriba.

crisis-reason-selfharm = La persona escribió palabras de suicidio o autolesión en el chat.
crisis-reason-danger = La persona escribió palabras de peligro inmediato en el chat.
crisis-words-withheld = La persona no aceptó compartir sus mensajes, así que sus palabras no se muestran.
