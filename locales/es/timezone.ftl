### reviewed: no
## Zona horaria (opcional).

timezone-title = Zona horaria
timezone-description = Indicar su zona horaria, para que los recordatorios lleguen a una hora razonable.
timezone-ask =
    ¿En qué zona horaria está? Así los recordatorios le llegan a una hora razonable.
    Es opcional: una zona horaria indica más o menos dónde está, así que escriba **saltar** si prefiere no decirlo.
timezone-opt-london = Londres, Dublín, Lisboa
timezone-opt-central-europe = París, Berlín, Madrid, Varsovia (Europa central)
timezone-opt-eastern-europe = Kyiv, Vilna, Riga, Atenas (Europa del Este)
timezone-opt-istanbul = Estambul
timezone-opt-moscow = Moscú, Minsk
timezone-opt-caucasus = Tiflis, Ereván, Bakú
timezone-opt-cairo = El Cairo
timezone-opt-tehran = Teherán
timezone-opt-kabul = Kabul
timezone-opt-us-east = Nueva York, Toronto (este de Norteamérica)
timezone-opt-mexico-city = Ciudad de México, Centroamérica
timezone-opt-bogota = Bogotá, Lima, Quito
timezone-opt-other = Otra zona horaria: la escribo yo
timezone-ask-name = Escriba el nombre de su zona horaria, por ejemplo America/Sao_Paulo o Europe/Madrid. Escriba **saltar** para dejarlo.
timezone-ask-name-hint = El nombre de una zona horaria tiene la forma Región/Ciudad, por ejemplo America/Caracas o Africa/Nairobi. Escriba **saltar** para dejarlo.
timezone-done =
    Gracias. Los recordatorios seguirán la hora de: { $zone ->
        [london] { timezone-opt-london }
        [central_europe] { timezone-opt-central-europe }
        [eastern_europe] { timezone-opt-eastern-europe }
        [istanbul] { timezone-opt-istanbul }
        [moscow] { timezone-opt-moscow }
        [caucasus] { timezone-opt-caucasus }
        [cairo] { timezone-opt-cairo }
        [tehran] { timezone-opt-tehran }
        [kabul] { timezone-opt-kabul }
        [us_east] { timezone-opt-us-east }
        [mexico_city] { timezone-opt-mexico-city }
        [bogota] { timezone-opt-bogota }
       *[other] { $tz }
    }. Escriba **menú** en cualquier momento para cambiarla.
timezone-skipped = No hay problema: no se guardó ninguna zona horaria. Los recordatorios seguirán la hora predeterminada de la organización.
