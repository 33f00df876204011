### reviewed: no
## País (opcional), solo para mostrar las líneas de ayuda adecuadas.
country-title = País para las líneas de ayuda
country-description = Elegir el país cuyas líneas de ayuda le muestro.
country-ask =
    ¿En qué país está ahora? Solo lo uso para mostrarle las líneas de ayuda y apoyo adecuadas cuando las necesite.
    Es opcional: escriba **saltar** si prefiere no decirlo.
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
country-done = Gracias. Cuando haga falta, le mostraré las líneas de ayuda que conozco en ese país, junto con otras internacionales. Escriba **menú** en cualquier momento para cambiarlo.
country-other = Gracias. Le mostraré líneas de ayuda internacionales, a las que se puede llamar desde cualquier lugar. Escriba **menú** en cualquier momento para cambiarlo.
country-skipped = No pasa nada. Le mostraré líneas de ayuda internacionales, a las que se puede llamar desde cualquier lugar.
