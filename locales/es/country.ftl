### reviewed: no
## País (opcional), solo para mostrar las líneas de ayuda adecuadas.
country-title = País para las líneas de ayuda
country-description = Elegir el país cuyas líneas de ayuda te muestro.
country-ask =
    ¿En qué país estás ahora? Solo lo uso para mostrarte las líneas de ayuda y apoyo adecuadas cuando las necesites.
    Es opcional: escribe **saltar** si prefieres no decirlo.
country-opt-de = Alemania
    .synonyms = alemania
country-opt-fr = Francia
    .synonyms = francia
country-opt-es = España
    .synonyms = españa, espana
country-opt-gb = Reino Unido
    .synonyms = reino unido, inglaterra, gran bretaña
country-opt-us = Estados Unidos
    .synonyms = estados unidos, eeuu, ee. uu., eua
country-opt-tr = Turquía
    .synonyms = turquía, turquia
country-opt-ua = Ucrania
    .synonyms = ucrania
country-opt-ir = Irán
    .synonyms = irán, iran
country-opt-af = Afganistán
    .synonyms = afganistán, afganistan
country-opt-ru = Rusia
    .synonyms = rusia
country-opt-other = Otro país
    .synonyms = otro, otro país, otro pais, ninguno de estos
country-done = Gracias. Cuando haga falta, te mostraré las líneas de ayuda que conozco en ese país, junto con otras internacionales. Escribe **menú** en cualquier momento para cambiarlo.
country-other = Gracias. Te mostraré líneas de ayuda internacionales, a las que se puede llamar desde cualquier lugar. Escribe **menú** en cualquier momento para cambiarlo.
country-skipped = No pasa nada. Te mostraré líneas de ayuda internacionales, a las que se puede llamar desde cualquier lugar.
