import { ALL_OF_ALL, type ClaimLanguage } from './language.js';

const ADV = String.raw`(?:ya|ahora|finalmente|completamente|totalmente|correctamente|definitivamente|por fin|no|todavia|aun|se|lo|la|nuevamente|bien|afortunadamente|realmente|tambien|todo)`;
const FIXED = String.raw`(?:resuelt[oa]s?|solucionad[oa]s?|arreglad[oa]s?|reparad[oa]s?|restablecid[oa]s?|corregid[oa]s?|subsanad[oa]s?|restaurad[oa]s?|cerrad[oa]s?|operativ[oa]s?|en orden|normalizad[oa]s?)`;
const DEVICE_VERBS = String.raw`(?:funciona|funcionan|anda|andan|imprime|imprimen|conecta|conectan|se conecta|arranca|arrancan|inicia|responde|sincroniza|va|van|abre|carga|envia|recibe|escanea|llega|llegan|entra|entran)`;
// More verbs of a device at work, Spain and Latin America: "rula", "tira", "corre", "se ejecuta".
// "se" before a verb the grammar does not know as reflexive reads as "if": the word before it is
// taken into the match so the clause is the subject's.
const WORKS = String.raw`(?:${DEVICE_VERBS}|funcionando|andando|jala|jalan|mantiene|mantienen|aguanta|aguantan|corre|corren|rula|rulan|tira|tiran|chuta|chutan|opera|operan|trabaja|trabajan|marcha|marchan|responden|sincronizan|inician|conectan|cargan|abren|(?:[\w-]+ )?se (?:ejecuta|ejecutan|abre|abren|inicia|inician|sincroniza|sincronizan|carga|cargan|mantiene|mantienen|comporta|comportan|ve|ven|enciende|encienden|guarda|guardan|monta|montan|instala|instalan|actualiza|actualizan|imprime|imprimen|oye|escucha)|salen|enciende|encienden|guarda|guardan|navega|navegan|descarga|descargan|accede|acceden|escanean|reproduce|reproducen|suena|suenan|graba|graban|lee|leen)`;
// How a device works when it works as it should.
const MANNER = String.raw`(?:bien|muy bien|correctamente|perfectamente|perfect[oa]s?|impecables?|con normalidad|con total normalidad|normalmente|de maravilla|a las mil maravillas|de lujo|genial|estupendamente|fino|finisimo|como la seda|como un reloj|como un tiro|como debe|como deberia|como antes|como siempre|a la primera|de forma (?:estable|normal|correcta|fluida|fiable)|establemente|fluido|sin (?:ningun |ninguna |el menor |ni un |mas )?(?:problema|error|fallo|corte|incidencia|cuelgue|incidente|contratiempo|drama|lio|queja|interrupcion|caida)(?:s|es)?|sin novedad|ok|okey|joya|barbaro|de diez|chido|bacan)`;
// People able to work again: "ya puede", "consigue", "vuelve a poder".
const ABLE = String.raw`(?:pudo|pudieron|ha podido|han podido|consiguio|consiguieron|logro|lograron|puede|pueden|podemos|puedes|consigue|consiguen|conseguimos|logra|logran|logramos|es capaz de|son capaces de)`;
const NOT_SYMPTOM = String.raw`(?!(?:fallar|bloquearse|colgarse|desconectarse|reiniciarse|congelarse|caerse|romperse|aparecer|salir|ocurrir|pasar|dar error|tildarse|trabarse|cortarse)\b)`;
const INFINITIVE = String.raw`[a-z]+(?:ar|er|ir)(?:se|le|lo|la|les|nos|me)?`;

/** Spanish. */
export const ES: ClaimLanguage = {
  name: 'es',
  claims: [
    // C314: a reply's subject line that ends in a done-word, the fault named before it: "RE: Impresora atascada – solucionado".
    String.raw`^(?:ya )?(?:resuelto|resuelta|solucionado|solucionada|arreglado|arreglada)$`,
    // C315: a figure before and a small one now: "El arranque tardaba 4 min, ahora 30 s".
    String.raw`^(?:y )?(?:ahora|hoy) (?:tarda |arranca en |inicia en |abre en |en |son |lo hace en |se queda en )?(?:unos |menos de |apenas |cerca de )?\d+ ?(?:s|seg|segundos)\b(?! (?:mas)\b)`,
    // C316: a queue empty now and staying so: "la cola está vacía y sigue vacía".
    String.raw`\bvacia (?:y|e) (?:se mantiene|sigue|continua|permanece) (?:vacia|asi)\b`,
    // C322: verified after a step, and the ticket can be taken as closed: "comprobado tras el reinicio: …", "podemos darla por resuelta".
    String.raw`\b(?:puede|podemos|se puede) dar(?:se|la|lo)? por (?:cerrad|resuelt|solucionad|finalizad|zanjad)[oa]s?\b`,
    // C323: a service named as recovered: "Enlace restablecido tras el cambio de router", "ADSL recuperado".
    String.raw`^(?!(?:no|aun|todavia|casi|si|cuando)\b)(?:[\w-]+ ){0,4}(?:fibra|linea|conexion|enlace|servicio|internet|acceso|senal|red|wifi|correo|vpn|adsl|centralita|telefonia)(?: [\w-]+){0,3} (?:recuperad[oa]|restablecid[oa]|normalizad[oa]|restaurad[oa])\b(?! (?:parcialmente|a medias|solo|so|apenas|somente|pero|mas|en parte|em parte)\b)`,
    String.raw`\b(?:problema|fallo|error|averia|incidencia)(?: [\w-]+){0,3} (?:subsanad[oa]|sanad[oa])\b`,
    // C324: it holds now: "la conexión de la nave ya aguanta", "aguanta ya toda la jornada".
    String.raw`\b(?:aguanta|aguantan) (?:ya|ahora|sin cortes|toda la (?:jornada|manana|tarde|noche)|todo el (?:turno|dia))\b(?! (?:solo|pero|hasta)\b)|\bya aguanta(?:n)?\b`,
    // C285: the latency down and the calls clear again: "las llamadas se oyen limpias otra vez", "el audio vuelve a sonar nítido".
    String.raw`\b(?:llamadas?|audio|voz|sonido|conversaciones|comunicaciones|calidad (?:del audio|de las llamadas|de la voz|de audio|de voz))(?: (?!no\b|nunca\b|todavia\b|aun\b|solo\b|sera\b|seran\b|deberia\b|deberian\b)[\w-]+){0,3} (?:(?:se oyen|se oye|se escuchan|se escucha|suenan|suena|estan|esta) (?:de nuevo|otra vez|nuevamente) |(?:vuelven|vuelve) a (?:oirse|escucharse|sonar|estar|oir) |(?:se oyen|se oye|se escuchan|se escucha|suenan|suena|estan|esta) (?=\S+ (?:de nuevo|otra vez|nuevamente)\b))(?:limpi[oa]s?|clar[oa]s?|nitid[oa]s?|perfect[oa]s?|cristalin[oa]s?|bien)\b(?! (?:solo|pero|salvo|excepto|durante|a ratos)\b)`,
    // C256: cada equipo recibe de nuevo una dirección: "todos los equipos reciben IP ahora", "las máquinas están agarrando IP otra vez".
    String.raw`(?<!\bno (?:todos|todas|cada)\b.{0,40})\b(?:recibe|reciben|obtiene|obtienen|agarra|agarran|toma|toman|coge|cogen|pilla|pillan|jala|jalan|esta (?:recibiendo|obteniendo|agarrando|tomando|cogiendo|pillando|jalando)|estan (?:recibiendo|obteniendo|agarrando|tomando|cogiendo|pillando|jalando))(?: (?:ya|ahora|otra vez|de nuevo|nuevamente|bien|correctamente|automaticamente|su|sus|una|la|las|el|los|por fin))* (?:ya|ahora|otra vez|de nuevo|nuevamente|por fin)(?: (?:bien|correctamente|automaticamente|su|sus|una|la|las|el|los))* (?:ip|ips|direccion ip|direcciones ip|direccion|direcciones|lease|leases|concesion dhcp|concesiones dhcp)\b(?! (?:equivocad\w*|incorrect\w*|apipa|169)\b| (?:salvo|menos|excepto|pero|solo)\b)`,
    String.raw`(?<!\bno (?:todos|todas|cada)\b.{0,40})\b(?:recibe|reciben|obtiene|obtienen|agarra|agarran|toma|toman|coge|cogen|pilla|pillan|jala|jalan|esta (?:recibiendo|obteniendo|agarrando|tomando|cogiendo|pillando|jalando)|estan (?:recibiendo|obteniendo|agarrando|tomando|cogiendo|pillando|jalando))(?: (?:bien|correctamente|automaticamente|su|sus|una|la|las|el|los))* (?:ip|ips|direccion ip|direcciones ip|direccion|direcciones|lease|leases|concesion dhcp|concesiones dhcp)(?: (?:del|por|desde el) (?:dhcp|servidor|router|firewall)(?: dhcp)?)? (?:ya|ahora|otra vez|de nuevo|nuevamente|correctamente|automaticamente|sin (?:problemas?|errores?))\b(?! (?:salvo|menos|excepto|pero|solo)\b)`,
    String.raw`\b(?:todos|todas|cada|ambos|ambas|los dos|las dos)(?: (?!no\b|ni\b|nunca\b|aun\b|todavia\b|solo\b)[\w-]+){1,4} (?:recibe|reciben|obtiene|obtienen|agarra|agarran|toma|toman|coge|cogen|pilla|pillan|jala|jalan|esta (?:recibiendo|obteniendo|agarrando|tomando|cogiendo|pillando|jalando)|estan (?:recibiendo|obteniendo|agarrando|tomando|cogiendo|pillando|jalando))(?: (?:ya|ahora|otra vez|de nuevo|nuevamente|bien|correctamente|automaticamente|su|sus|una|la|las|el|los))* (?:ip|ips|direccion ip|direcciones ip|direccion|direcciones|lease|leases|concesion dhcp|concesiones dhcp)\b(?! (?:equivocad\w*|incorrect\w*|apipa|169)\b| (?:salvo|menos|excepto|pero|solo)\b)`,
    String.raw`\b(?:(?:ya|ahora) (?:reparte|reparten|asigna|asignan|entrega|entregan)|(?:reparte|reparten|asigna|asignan|entrega|entregan) (?:ya|ahora|otra vez|de nuevo|nuevamente)|(?:vuelve|vuelven) a (?:repartir|asignar|entregar))(?: (?:bien|correctamente))? (?:las |los |sus )?(?:direcciones(?: ip)?|ips|ip|leases|concesiones)\b(?! (?:salvo|menos|excepto|pero|solo)\b)`,
    String.raw`\b(?:reparte|reparten|asigna|asignan|entrega|entregan) (?:las |los |sus )?(?:direcciones(?: ip)?|ips|leases|concesiones) (?:otra vez|de nuevo|nuevamente|correctamente)\b(?! (?:salvo|menos|excepto|pero|solo)\b)`,
    // C257: la abreviatura de chat de un arreglo: "ya funca", "funca de nuevo", "ya sirve".
    String.raw`\bya (?:sirve|sirven|furula|furulan)\b(?! (?:para|de|a|como)\b)`,
    // C258: un titular del fallo o del job con la palabra de su arreglo: "Job de backup arreglado", "Incidencia del certificado solucionada".
    String.raw`^(?:(?!\d|(?:no|ni|nunca|aun|todavia|sin|parcialmente|solo|casi|para|si|cuando|hasta|antes|despues|se|sera|debe|debera|hay|tiene|pendiente|manana|queda|falta)\b)[\w-]+ ){0,4}[\w-]*(?:problema|incidencia|error|fallo|falla|averia|bug|job|tarea|backup|copia|sincronizacion|acceso|conexion|enlace|tunel|cola|recurso|unidad|impresion|correo|mail|dns|vpn|dhcp|certificado|resolucion|gateway|pasarela|enrutamiento|replicacion|permiso|perfil|buzon|licencia|politica|incidente)(?:s|es)?(?: (?!(?:no|ni|nunca|aun|todavia|parcialmente|solo|para|si|cuando|hasta|sera|seran|seria|debe|deberia|debera|va|van|puede|podria|estara|esta|estan|estaria|quedara|quedaria|queda|ha|han|sido|fue|entonces|pendiente|manana)\b)[\w-]+){0,3} (?:ya |por fin |completamente )?(?:arreglad[oa]s?|solucionad[oa]s?|resuelt[oa]s?|corregid[oa]s?|reparad[oa]s?|subsanad[oa]s?)$`,
    // C259: un servicio arriba otra vez: "el gateway RDP vuelve a estar arriba", "el servidor ya levantó".
    String.raw`\b(?:vuelve|vuelven|volvio|volvieron|ha vuelto|han vuelto) a estar (?:arriba|levantad[oa]s?|en pie|up|online|en linea)\b`,
    String.raw`\b(?:servidor|servidores|servicio|servicios|gateway|pasarela|vpn|tunel|enlace|nas|web|portal|maquina|vm|vms|switch|router|firewall)(?: [\w-]+){0,3} (?:ya )?(?:levanto|levantaron|ha levantado|han levantado|volvio a levantar|volvieron a levantar|ya esta levantad[oa]|subio|ha subido|volvio a subir)(?: (?:de nuevo|otra vez|bien|ya))*\b(?! (?:a|al|hasta|un|una|el|la|de|los|las)\b)`,
    // C260: la copia terminó y la restauración de prueba funcionó: "la restauración de prueba abrió los archivos sin problema", "la copia de anoche terminó".
    String.raw`\b(?:restauracion|restauraciones|restore|recuperacion) de (?:prueba|pruebas|test)(?: (?!no\b|ni\b|nunca\b|solo\b|pero\b)[\w-]+){0,5} (?:funciono|ha funcionado|salio bien|ha salido bien|fue (?:bien|exitosa|correcta|ok)|ha sido (?:exitosa|correcta|ok)|resulto (?:bien|exitosa|correcta)|abrio (?:los |todos los |las |todas las )?(?:archivos|ficheros|datos|documentos|correos|carpetas))\b(?! (?:solo|pero|a medias|en parte|parcialmente)\b)`,
    String.raw`\bprueba de (?:restauracion|recuperacion|restore)(?: [\w-]+){0,3} (?:salio bien|ha salido bien|funciono|ha funcionado|fue (?:bien|exitosa|correcta|ok)|resulto (?:bien|exitosa|correcta)|esta ok|ok|correcta|exitosa)\b(?! (?:solo|pero|a medias|en parte|parcialmente)\b)`,
    String.raw`\b(?:backup|backups|copia|copias|respaldo|respaldos|job|tarea)(?: de seguridad)? de (?:anoche|esta noche|la noche|hoy|esta madrugada)(?: [\w-]+){0,2} (?:termino|ha terminado|acabo|ha acabado|finalizo|ha finalizado|completo|se completo|paso|corrio)(?: (?:bien|ok|correctamente|sin (?:errores|problemas|fallos)))?\b(?! (?:con|mal|a medias|pero|solo|en parte)\b)`,
    // C261: los nombres resuelven desde cada sede: "los nombres internos resuelven correctamente desde todas las sedes".
    String.raw`\b(?:nombres|nombre|resolucion|consultas|dns|registros)(?: [\w-]+){0,3} (?:resuelven|resuelve|se resuelven|se resuelve)(?: (?:ya|ahora|otra vez|de nuevo|bien))* (?:correctamente|bien|sin (?:problemas?|errores?|fallos?)|de nuevo|otra vez|normalmente)\b`,
    String.raw`\b(?:funciona|funcionan|resuelve|resuelven|responde|responden|anda|andan|accesibles?|alcanzables?)(?: (?!no\b|solo\b|nunca\b|pero\b)[\w-]+){0,2} (?:desde|en) (?:todas las|todos los|cada|ambas|ambos|las dos|los dos) (?:[\w-]+ )?(?:sedes?|oficinas?|sucursales?|delegaciones?|sitios?|plantas?|edificios?|tiendas?|filiales?|vlans?|subredes?|locales?)\b(?!(?: [\w-]+)? (?:salvo|menos|excepto|pero)\b)`,
    // C262: el certificado renovado y la web carga sin avisos: "la web carga sin avisos", "el portal abre sin alertas de seguridad".
    String.raw`\b(?:carga|cargan|abre|abren|(?:[\w-]+ )?se (?:abre|abren|carga|cargan)|entra|arranca)(?: (?:ya|ahora|de nuevo|otra vez|bien))* sin (?:ningun |ninguna |el |la |los |las |mas )?(?:avisos?|alertas?|advertencias?|errores? de certificado|mensajes? de (?:error|seguridad|advertencia))\b(?! (?:salvo|menos|excepto|pero)\b)`,
    // C263: alguien avisa que el escáner ya manda al correo: "Don Javier nos avisa que el escáner ya manda los PDF al correo".
    String.raw`\b(?:(?:ya|ahora) (?:manda|mandan|envia|envian|reenvia|reenvian|pasa|pasan)|(?:manda|mandan|envia|envian|reenvia|reenvian|pasa|pasan) (?:ya|ahora|de nuevo|otra vez|nuevamente))(?: (?:bien|correctamente))? (?:los |las |el |sus )?(?:pdf|pdfs|escaneos?|escaneados|documentos escaneados|correos)(?: (?!no\b|ni\b)[\w-]+){0,2} (?:al|por|a su|a los|a la|a) (?:correo|mail|e-?mail|buzon|outlook|bandeja)\b`,
    String.raw`\b(?:manda|mandan|envia|envian|reenvia|reenvian) (?:los |las |el |sus )?(?:pdf|pdfs|escaneos?|escaneados|documentos escaneados)(?: [\w-]+){0,2} (?:al|por|a su|a los|a la|a) (?:correo|mail|e-?mail|buzon|outlook|bandeja) (?:de nuevo|otra vez|nuevamente)\b`,
    // C264: una línea de estado, el servicio conectando de nuevo: "VPN conectando de nuevo", "impresora imprimiendo otra vez".
    String.raw`^(?:(?!\d)[\w-]+ ){1,3}(?:conectando|imprimiendo|sincronizando|escaneando|enviando|arrancando|cargando|respondiendo|registrando|navegando|conectad[oa]s?|reconectad[oa]s?|mapead[oa]s?|montad[oa]s?|registrad[oa]s?|sincronizad[oa]s?|establecid[oa]s?|restablecid[oa]s?) (?:de nuevo|otra vez|nuevamente)$`,
    // C265: los usuarios recuperan el acceso: "los teletrabajadores recuperan el acceso al escritorio remoto".
    String.raw`\b(?:recupera|recuperan|recuperamos|recobran|recobra)(?: (?:ya|ahora|por fin|todos|todas))* (?:el |su |sus |la )?(?:acceso|conexion|sesion|sesiones)\b(?! (?:parcial|solo|limitado)\b)`,
    // C224: un alimentador que toma cada hoja: "el escáner ahora toma todas las hojas", "la copiadora jala cada hoja".
    String.raw`\b(?:toma|toman|agarra|agarran|coge|cogen|jala|jalan|arrastra|arrastran|acepta|aceptan|alimenta|alimentan|chupa|chupan|traga|tragan|carga|cargan)(?: (?:ya|ahora|otra vez|de nuevo|bien|sin problema|sin problemas|correctamente|perfectamente))* (?:todas las|todos los|cada|cada una de las|cada uno de los|la totalidad de las) (?:hojas|hoja|paginas|pagina|documentos|documento|originales|original|folios|folio|cheques|tickets|recibos)\b(?! (?:menos|salvo|excepto|solo|de a dos|dobladas|chuecas|torcidas|de dos en dos|a la vez|juntas)\b)`,
    String.raw`\b(?:todas las|todos los|cada) (?:hojas|hoja|paginas|pagina|documentos|originales)(?: [\w-]+){0,2}? (?:pasan|pasa|entran|entra|se cargan|se carga)(?: (?:ya|ahora|de nuevo|bien|sin (?:atascarse|atascos|problemas?)))*\b(?! (?:menos|salvo|excepto|solo|chuecas|torcidas|dobladas|de a dos)\b)`,
    String.raw`\b(?:entran|ya entran)(?: (?:ya|ahora|bien))* (?:todas las|todos los) (?:hojas|paginas|documentos|originales)\b(?! (?:menos|salvo|excepto|solo|chuecas|torcidas|dobladas|de a dos)\b)`,
    // C231: el aviso con su texto, desaparecido: "el aviso de “poco espacio en disco” desapareció".
    String.raw`\b(?:aviso|avisos|alerta|alertas|advertencia|advertencias|mensaje|mensajes|error|errores|ventana|ventanas|cartel|cartelito|notificacion|notificaciones|popup|pop-up)(?: (?!no\b|nunca\b|aun\b|todavia\b|solo\b)[\w-]+){4,9} (?:desaparecid[oa]s?|desaparecio|desaparecieron|ha desaparecido|han desaparecido|se fue|se fueron|se quito|se quitaron|se esfumo)\b`,
    // C191: the problem told as a thing of the past: "el problema es historia", "quedó atrás".
    String.raw`\b(?:el|ese|este|la|esa|esta) (?:problema|fallo|error|inconveniente|falla|avería) (?:ya )?(?:es|quedó|queda|pasó a ser|pasó a la) (?:ya )?(?:historia|cosa del pasado|parte del pasado|agua pasada|un mal recuerdo|atrás)\b`,
    // C192: una función concreta de vuelta: "la multifunción vuelve a mandar los escaneos al correo".
    String.raw`\b(?:vuelve|vuelven|volvio|volvieron) a (?:mandar|enviar|escanear|sincronizar|mapear|desviar|transferir|pasar|cobrar|reenviar|enrutar|distribuir|aceptar|devolver)\b(?!(?: [\w-]+){0,2} (?:error\w*|fall\w*|mal)\b)`,
    String.raw`\b(?:se )?(?:manda|mandan|envia|envian|escanea|sincroniza|mapea|desvia|transfiere|cobra|cobran|reenvia|enruta|distribuye|acepta|aceptan|devuelve)(?: (?!no\b|nunca\b|solo\b|pero\b|cuando\b|si\b|error\w*\b|mal\b)[\w-]+){0,5} (?:de nuevo|otra vez|nuevamente)\b`,
    // C193: conectado todo el día, sin cortes: "la VPN ya se mantiene conectada todo el día".
    String.raw`\b(?:se mantiene|se mantienen|queda|quedan|sigue|siguen|permanece|permanecen)(?: (?:ya|ahora))? (?:conectad[oa]s?|en linea) (?:todo el dia|el dia entero|toda la jornada|la jornada entera|toda la noche|sin (?:cortes|caidas|desconexiones|desconectarse|cortarse|caerse|interrupciones))\b`,
    String.raw`\b(?:aguanta|aguantan|mantiene|mantienen)(?: (?:ya|ahora))?(?: la conexion)? (?:todo el dia|el dia entero|toda la jornada|la jornada entera|sin (?:cortes|caidas|desconexiones|desconectarse|cortarse|caerse))\b`,
    // C194: abre directo donde debe, sin pedir el perfil: "Outlook ya abre sin pedir el perfil".
    String.raw`\b(?:abre|abren|arranca|inicia|entra|carga)(?: (?:ya|ahora))? (?:directo|directamente|derecho) (?:a|en|al)\b(?!(?: [\w-]+){0,3} (?:error\w*|bios|modo seguro|buzon de voz|contestador)\b)`,
    String.raw`\b(?:abre|abren|arranca|inicia|entra|conecta)(?: (?:ya|ahora))? sin (?:pedir|preguntar|solicitar|mostrar)(?: (?:el|la|los|las))? (?:perfil|contrasena|credenciales|clave|usuario|certificado|aviso)\b`,
    // C195: mejor que nunca o que antes de la avería, como nuevo: "más rápido que antes de la actualización".
    String.raw`\b(?:mas (?:rapido|rapida|rapidos|fluido|fluida|estable|agil)|mejor)(?: [\w-]+){0,2} (?:que nunca|que antes de (?:la|el|los|las) (?:[\w-]+ )?(?:actualizacion|cambio|averia|migracion|reemplazo|parche|incidencia|problema|reinstalacion))\b`,
    String.raw`\b(?:esta|estan|quedo|quedaron|funciona|anda|va)(?: (?:ya|ahora|otra vez))* como nuev[oa]s?\b`,
    // C196: solo al iniciar sesión, a menudo contado por otro: "la unidad de red se mapea sola al iniciar sesión".
    String.raw`\b(?:se )?(?:mapea|conecta|monta|arranca|sincroniza)(?: (?:ya|ahora|de nuevo))? (?:sol[oa]|automaticamente|por si sol[oa]) (?:al|en el|durante el) (?:inicio de sesion|login|iniciar sesion|arranque|encender|entrar)\b`,
    // C197: trabajos al 100 %, entrega al 100 %, flujo de correo normal: "100 % de los correos entregados en las últimas 24 horas".
    String.raw`\b100(?: ?%| por ciento)? (?:de (?:los )?(?:mensajes|correos|trabajos|copias) )?(?:entregad[oa]s|de entrega|entrega|exito|completad[oa]s)(?: [\w-]+){0,2} (?:en|durante) (?:las|los) (?:ultimas|ultimos)\b`,
    String.raw`\b(?:copias|backups?|trabajos|tareas|jobs)(?: [\w-]+){0,3} (?:al|completandose al|terminan al|se completan al|completan al) 100\b`,
    String.raw`\bflujo de (?:correo|email|e-mail|mails?)(?: \w+)? (?:ya )?(?:normal|normalizado|regular|restablecido)\b`,
    // C198: la fórmula de cierre que da el asunto por zanjado: "al quedar este asunto zanjado, se cerrará el ticket".
    String.raw`\b(?:este|el) (?:asunto|caso|tema|incidente|requerimiento)(?: \w+){0,2} (?:queda|ha quedado|esta|estando|ha sido|fue) (?:ya |ahora |definitivamente )?(?:zanjad[oa]|concluid[oa]|atendid[oa])\b`,
    String.raw`\b(?:quedar|queda|ha quedado) (?:este|el) (?:asunto|caso|tema|incidente) (?:ya |definitivamente )?(?:zanjad[oa]|concluid[oa]|resuelt[oa])\b`,
    // C199: las impresiones salen limpias.
    String.raw`\b(?:impresiones|copias|paginas|hojas|etiquetas|tickets|escaneos|documentos)(?: [\w-]+){0,2} (?:salen|estan saliendo|quedan) (?:ya |ahora |de nuevo )*(?:limpi[oa]s|nitid[oa]s|perfect[oa]s|impecables|sin (?:manchas|rayas))\b`,
    // C200: un todo-bien breve en la frase: "todo sincroniza", "está todo joya".
    String.raw`\b(?:todo|ya todo) (?:esta |quedo |anda |va )?(?:joya|de diez|al pelo|niquelado|de lujo)\b(?! (?:menos|salvo|excepto|pero)\b)`,
    String.raw`\btodo (?:sincroniza|se sincroniza|sincronizado)\b(?! (?:menos|salvo|excepto|pero)\b)`,
    // C202: para todos: "arranca en todos los equipos", "toda la planta tiene red otra vez".
    String.raw`\b(?:se )?(?:funciona|funcionan|arranca|arrancan|sincroniza|sincronizan|anda|andan|inicia|conecta|imprime|abre)(?: (?!no\b|solo\b)[\w-]+){0,2} (?:en|para|con) (?:todos|todas) (?:los |las )?[\w-]+\b(?! (?:menos|salvo|excepto|pero)\b)`,
    String.raw`\b(?:todo el|toda la) (?:[\w-]+ )?(?:piso|planta|oficina|edificio|equipo|departamento|sucursal)(?: [\w-]+)? (?:tiene|vuelve a tener|ya tiene) (?:de nuevo |otra vez )?(?:red|internet|wifi|conexion|acceso)\b`,
    String.raw`\b(?:todas|todos) (?:las |los )?(?:[\w-]+ )?(?:tomas|puertos|unidades|carpetas|impresoras|cajas|terminales)(?: [\w-]+){0,4} (?:funcionan|andan|estan (?:accesibles|disponibles|activ[oa]s|en linea))\b(?! (?:menos|salvo|excepto|pero)\b)`,
    // C203: la batería aguanta otra vez toda la jornada.
    String.raw`\b(?:bateria|portatil|laptop|notebook)(?: [\w-]+){0,3} (?:aguanta|dura|rinde)(?: (?:de nuevo|otra vez|ya|ahora))? (?:toda la jornada|una jornada (?:laboral|completa|entera)|todo el dia|un dia (?:entero|completo))\b`,
    // C204: cobra con tarjeta otra vez o sin problema: "el TPV ya cobra con tarjeta".
    String.raw`\b(?:ya|ahora) (?:cobra|cobran|acepta|aceptan|procesa|procesan) (?:con |las |los |el |la )?(?:tarjetas?|pagos?|cobros?)\b`,
    // C205: el monitoreo en verde en todo desde una hora: "el monitoreo muestra todo en verde desde las 9".
    String.raw`\b(?:monitoreo|monitorizacion|supervision|dashboard|panel|prtg|zabbix|nagios)(?: [\w-]+){0,3} (?:muestra|esta|estan|marca|se ve)(?: (?:todo|ya))* (?:en )?verde(?: [\w-]+){0,4} desde\b`,
    // C158: doing its job: "cumple su función", "hace su trabajo".
    String.raw`\b(?:cumple|cumplen|cumpliendo|hace|hacen|haciendo) (?:bien |de nuevo |otra vez )?(?:con )?su (?:funcion|cometido|papel|trabajo|mision)\b(?! (?:solo|salvo|pero|a medias)\b)`,
    // C159: back to its old self, and calls clear again: "Teams vuelve a ser el de siempre", "las llamadas se oyen perfectas".
    String.raw`\b(?:vuelve|vuelven|ha vuelto|han vuelto|volvio|volvieron) a ser (?:el|la|lo|los|las) (?:de siempre|de antes)\b`,
    String.raw`\b(?:llamadas|videollamadas|audio|sonido|voz|voces)(?: [\w-]+){0,3} (?:se oyen|se escuchan|suenan|llegan|estan) (?:de nuevo |otra vez |ya )?(?:perfectas?|perfectos?|perfectamente|nitidas?|nitidos?|claras?|claros?|cristalinas?|de lujo)\b(?! (?:solo|salvo|pero)\b)`,
    // C163: the solution told impersonally: "se ha dado solución a la incidencia", "se ha procedido a la reparación".
    String.raw`\bse (?:ha|han|le ha|les ha|dio|le dio) (?:dado|puesto|encontrado|aportado)? ?(?:solucion|remedio|arreglo) (?:a|al)\b`,
    String.raw`\bse (?:ha|han) procedido a (?:la )?(?:resolucion|reparacion|correccion|solucion)\b`,
    // C167: all of a count green: "12/12 tareas de sincronización en verde esta noche".
    String.raw`${ALL_OF_ALL}(?: (?!(?:no|ni|todavia|aun|pero|solo|rojo\w*|fallid[oa]s)\b)[\w'-]+){0,6} (?:en verde|verdes)\b(?! (?:no|ni|todavia|aun|pero|solo|salvo)\b)`,
    // C143: a count of all in a good state: "3/3 printers online", "4/4 bornes de nouveau en ligne", "12 of 12 tests passed".
    String.raw`${ALL_OF_ALL}(?: (?!(?:no|ni|todavia|aun|pero|solo|caid[oa]s|fallid[oa]s|fallan)\b)[\w'-]+){0,5} (?:en linea|ok|registrad[oa]s|conectad[oa]s|de nuevo|otra vez|funcionando|operativ[oa]s|superad[oa]s|grabando|funcionan)\b(?! (?:no|ni|todavia|aun|pero|solo|caid[oa]s|fallid[oa]s|fallan)\b)`,
    // C144: the fault gone or eliminated: "the drops were eliminated by the new QoS policy", "los reinicios han desaparecido".
    String.raw`\b(?:cortes|reinicios|cuelgues|bloqueos|errores|caidas|desconexiones|congelamientos|interrupciones|parones|lentitud|spam)(?: (?!no\b|aun\b|todavia\b|solo\b)[\w-]+){0,8} (?:(?:han|ha) (?:desaparecido|sido eliminad[oa]s?)|(?:quedo|quedaron) (?:eliminad[oa]s?|resuelt[oa]s?)|(?:desaparecieron|se acabaron|son historia|son cosa del pasado))\b`,
    // C148: all of a set in a good state: "Las 120 cuentas se han sincronizado … y todo el mundo puede iniciar sesión".
    String.raw`\b(?:todo el mundo|todos los usuarios|todas las usuarias|todos) (?:ya )?(?:puede|pueden) (?:ya )?(?:iniciar sesion|entrar|acceder|trabajar|imprimir|llamar|conectarse)\b(?! (?:salvo|excepto|menos|pero)\b)`,
    // C149: a device doing its work again: "la VLAN de invitados vuelve a dar IP".
    String.raw`\b(?:vuelve|vuelven|volvio|volvieron|ha vuelto|han vuelto) a (?:dar|aceptar|cobrar|registrar|grabar|responder|recibir|enviar|detectar|reconocer|cargar|escanear|sincronizar|conectar)\b(?!(?: [\w-]+){0,3} (?:error\w*|fallo\w*|problemas?)\b)`,
    // C150: idioms of a thing that runs well, and the fix credited: "fino filipino", "fue mano de santo", "corrigió el mapeo".
    String.raw`\b(?:esta|estan|va|van|anda|andan|funciona|funcionan|quedo|quedaron|fue)(?: (?:otra vez|de nuevo|ya))? (?:fino filipino|como la seda|de lujo|mano de santo|santo remedio|como un reloj)\b`,
    String.raw`\b(?:corrigio|soluciono|arreglo|resolvio|elimino) (?:el |la |los |las |lo )?(?:[\w-]+ ){0,2}(?:problema|error|errores|fallo|fallos|mapeo|lentitud|cortes?|cuelgues?|bloqueos?|caidas?)\b`,
    // C138: a monitored state held green over a span: "der Host bleibt seit gestern grün", "le voyant est resté vert toute la nuit".
    String.raw`\b(?:se ha mantenido|se mantuvo|ha seguido|siguio|sigue|se queda|se quedo|permanece|permanecio) (?:en )?(?:verde|estable|en linea) (?:toda la noche|todo el dia|todo el fin de semana|desde)\b`,
    // C127: a hedge that still asserts the present, with "now": "Ya debería funcionar", "Debería funcionar ahora".
    String.raw`\bdeberian?(?=(?: [\w-]+){0,5} (?:ya|ahora)\b|(?<=\b(?:ya|ahora)(?: [\w-]+){0,3} deberian?))(?: (?:ya|ahora|todo|de nuevo|otra vez|bien))* (?:funcionar|andar|ir bien|estar (?:todo )?(?:bien|ok|resuelto|arreglado|solucionado|funcionando|normal|en orden|listo|operativo))\b`,
    // C128: the customer invited to mark the ticket done: "Puede marcar el ticket como resuelto".
    String.raw`\b(?:puede|pueden|puedes|podeis|podemos|podrian?)(?: \S+){0,2} (?:marcar|poner|dejar|dar|cerrar)(?: \S+){0,3} (?:como|por) (?:resuelt[oa]|cerrad[oa]|completad[oa]|finalizad[oa]|terminad[oa]|solucionad[oa]|atendid[oa])\b(?!(?: [\w-]+){0,6} (?:cuando|si|en cuanto|una vez|despues)\b)`,
    // C134: policies in effect on the machine: "las políticas se aplican correctamente".
    String.raw`\b(?:gpos?|directivas?|politicas?)(?: (?!no\b|ni\b)[\w-]+){0,3} (?:se aplican|se aplica|estan (?:aplicadas|aplicandose)|ya se aplican)(?: correctamente| bien| sin problemas?)?\b(?! (?:solo|parcialmente|a medias|pero)\b)`,
    // C125: normal operation stated as confirmed, in the formal register: "Normal operation has been confirmed".
    String.raw`\bse (?:ha )?(?:verificado|comprobado|confirmado|constatado) el (?:correcto|buen|normal) funcionamiento\b`,
    // C126: as good as its peers: "works just like every other laptop in the office", "same speed as the rest".
    String.raw`\b(?:igual de (?:rapido|bien|estable)|la misma (?:cobertura|velocidad)) (?:que|como) (?:los demas|las demas|el resto)\b`,
    // C114: every job of a run told as successful: "every backup job succeeded last night".
    String.raw`\b(?:todas|todos)(?: (?!no\b)[\w-]+){0,4} (?:copias?|backups?|trabajos?|tareas?|pruebas?|jobs?)(?: (?!no\b)[\w-]+){0,4} (?:como )?(?:correctas|correctos|exitosas|exitosos|completad[oa]s (?:con exito|correctamente|sin errores)|(?:han )?(?:finalizado|terminado|terminaron|finalizaron) (?:con exito|correctamente|bien|sin errores))\b`,
    // C116: the good state as an attribute: "the now-working VPN", "das wieder funktionierende Profil".
    String.raw`\b(?:ya|de nuevo) (?:operativ|funcional|reparad)(?:[oa]|os|as|es)?\b(?! (?:a medias|solo|parcialmente)\b)`,
    // C117: working as it did before the fault: "works exactly as before the update".
    String.raw`\b(?:funciona|funcionan|va|van|se comporta|responde)(?: [\w-]+){0,2} (?:igual|exactamente igual|como) (?:que )?antes de(?:l| la) [\w-]+`,
    // C102, C104, C105, C107, C109: the customer confirmed it, and we close.
    String.raw`\b(?:cumplio|ha cumplido) (?:su|con su) (?:cometido|funcion|objetivo)\b`,
    String.raw`\b(?:hizo|ha hecho) (?:el|su) trabajo\b`,
    String.raw`\bya es (?:historia|agua pasada|cosa del pasado)\b`,
    String.raw`\b(?:me alegro|nos alegramos|que bien|genial) (?:de )?que (?:lo )?(?:hayamos|hayan) (?:sacado adelante|resuelto|solucionado|arreglado)\b`,
    String.raw`\b(?:se abre|abre|carga|conecta|arranca)(?: [\w-]+){0,3} (?:al instante|enseguida|inmediatamente|en segundos|de inmediato)\b`,
    String.raw`\b(?:cliente|clienta|usuario|usuaria)(?: [\w-]+){0,4} (?:confirmo|ha confirmado|nos confirmo)(?: [\w-]+){0,3} que (?!(?:\w+ ){0,6}(?:no|sigue|todavia|aun)\b)`,
    // C90, C91: "cero inicios de sesión fallidos", "pérdida de paquetes al 0 %".
    String.raw`\bperdidas?(?: [\w-]+){0,5} (?:al|a|en|hasta|tomark) 0\b(?! (?:to|tomark|a|naar|para|al|auf|do|till|до|الى)\b)`,
    // C96: "toda la oficina vuelve a tener internet", "las pistolas ya reciben IP correctamente",
    // "el cliente conecta ahora sin advertencias"; C97: "Acceso a la carpeta compartida restablecido".
    String.raw`\b(?:vuelve|vuelven|volvio|volvieron|ha vuelto|han vuelto) a (?:tener|contar con|disponer de) (?:\w+ )?(?:internet|conexion|red|acceso|correo|wifi|senal|linea|servicio|cobertura)\b`,
    String.raw`\b(?:reciben|recibe|obtienen|obtiene|toman|toma|cogen|coge|pillan|pilla) (?:\w+ )?(?:ip|direccion|direcciones|red)(?: [\w-]+){0,1} (?:correctamente|bien|sin problemas|normalmente|de nuevo)\b`,
    String.raw`\b(?:conecta|conectan|arranca|arrancan|abre|abren|sincroniza|sincronizan|inicia|inician)(?: [\w-]+){0,3} (?:ahora |ya |de nuevo )?sin (?:\w+ )?(?:advertencias?|avisos?|errores?|mensajes?|problemas?|cortes?)\b`,
    String.raw`^(?:acceso|conexion|servicio|conectividad|sincronizacion|impresion|red|internet|correo)(?: [\w-]+){0,5} (?:restablecid[oa]s?|recuperad[oa]s?|normalizad[oa]s?|restaurad[oa]s?)$`,
    // C83: speed back to normal or better than before the fault; messages that arrive as they should
    // now; a test run that came out clean ("printed two batches without skipping a label").
    String.raw`\b(?:ha vuelto|volvio|vuelve|ha regresado) a (?:su |la )?(?:velocidad|rendimiento) (?:normal|habitual|de siempre)\b`,
    String.raw`\b(?:saco|imprimio|sacaron|imprimieron)(?: \S+){0,3} sin (?:saltarse|saltar|fallar|perder|atascarse)\b`,
    // C80: the output right again, and the phone registered again with its calls going through:
    // "invoices come out with the correct logo again", "the desk phone registers with the PBX again".
    String.raw`\b(?:vuelven?|volvieron|volvio) a salir(?: [\w-]+){0,3} (?:correcto|correcta|correctos|correctas|bien|adecuado)\b`,
    String.raw`\b(?:vuelven?|volvio) a registrarse\b`,
    String.raw`\blas llamadas (?:ya )?entran y salen\b`,
    // C64: the consequence that implies the fix: a run printed without a hitch, the queues drain
    // and jobs come out in seconds.
    String.raw`\b(?:imprimio|imprimieron|imprimido|impresos|impresas|escaneo|envio|salio|salieron)(?: [\w-]+){0,10} sin (?:ningun|ninguna|el menor|la menor|un solo|una sola|ni un|ni una) (?:contratiempo|problema|incidente|error|fallo|atasco|percance|inconveniente|tropiezo)s?\b`,
    String.raw`\b(?:colas?)(?: [\w-]+){0,3} (?:se vacian|se vacia|se procesan|se procesa|avanzan|avanza|fluyen|fluye) (?:\w+ )?(?:con normalidad|normalmente|bien|sin problemas|de nuevo|otra vez)\b`,
    String.raw`\b(?:trabajos|documentos|impresiones|paginas|hojas)(?: [\w-]+){0,2} (?:salen|llegan|se imprimen) en (?:pocos|unos|\d+|dos|tres|cinco|diez) segundos\b(?! (?:solo|solamente|pero|salvo|excepto)\b)`,
    // C66: the monitoring green since the fix: "aparece en verde en el panel desde la reinstalación".
    String.raw`\b(?:aparece|aparecen|esta|estan|sale|salen|se ve|se ven|figura|figuran|sigue|siguen)(?: \w+)? en verde(?: [\w-]+){0,6} (?:desde|tras|despues)\b`,
    String.raw`\b(?:volvio|vuelve|ha vuelto|volvieron|vuelven|han vuelto) a (?:estar|ponerse|aparecer|salir|verse) en verde\b`,
    // C67: a customer quoted saying it works: "¡Por fin puedo imprimir otra vez!".
    String.raw`\bpor fin (?:ya )?(?:puedo|podemos|se puede|puede|pueden) (?:imprimir|trabajar|escanear|conectarme|conectarnos|entrar|acceder|enviar|usar)\b`,
    // C53: the fault no longer reproduces after the change ("no repro after the swap"), every queue prints.
    String.raw`\b(?:todas las|todos los) (?:colas|impresoras|equipos|puestos) (?:imprimen|funcionan|van|andan)$`,
    // C54: it has run since without a single fault: "running without a single crash".
    String.raw`\b(?:funciona|va|anda|corre|trabaja)(?: (?!(?:debe|debera|deberia|sera|seria|ser|por|pendiente|no|aun|todavia|cuando|si|hasta|puede)\b)[\w-]+){0,4} sin (?:una sola|un solo|ninguna|ningun) (?:caida|fallo|cuelgue|error|crash|parada)\b`,
    // C55: the restoration told as a confirmed noun or passive: "Restoration of printing confirmed".
    String.raw`\b(?:se confirma|confirmad[oa]|queda confirmad[oa]|se ha confirmado)(?: el| la)? (?:restablecimiento|restauracion|recuperacion)\b(?! (?:\S+ )?(?:parcial|parcialmente|solo)\b)`,
    String.raw`(?<!\bsin (?:que (?:la |el |su )?|una |ninguna )?)\b(?:restablecimiento|restauracion|recuperacion|resolucion|solucion|reparacion)(?: (?!(?:parcial|parcialmente|solo|debe|debera|deberia|sera|seria|ser|por|pendiente|no|aun|todavia|cuando|si|hasta|puede|intento|este|esten|haya|hayan|sea)\b)[\w-]+){0,7} (?:confirmad[oa]|verificad[oa]|completad[oa]|realizad[oa]|finalizad[oa]|terminad[oa]|concluid[oa])\b(?! (?:solo|parcialmente|pero)\b)`,
    // C59: a test page printed with success: "test page printed successfully on every queue".
    String.raw`\bpaginas? de prueba(?: (?!(?:debe|debera|deberia|sera|seria|ser|por|pendiente|no|aun|todavia|cuando|si|hasta|puede)\b)[\w-]+){0,2} (?:impresas?|imprimio|salio)(?: (?!(?:debe|debera|deberia|sera|seria|ser|por|pendiente|no|aun|todavia|cuando|si|hasta|puede)\b)[\w-]+){0,1} (?:correctamente|con exito|bien|sin errores|sin problemas)\b(?! (?:solo|solamente|unicamente|parcialmente)\b)`,
    // C61: the outcome as a headline: "fix successful", "printing restored", "stays up", "no more crashes".
    String.raw`\b(?:solucion|arreglo|correccion|intervencion|reparacion)(?: \w+)? (?:exitosa|exitoso|satisfactoria|satisfactorio)\b`,
    String.raw`^(?:la |el )?(?:impresion|servicio|acceso|conexion|correo)(?: (?!(?:debe|debera|deberia|sera|seria|ser|por|pendiente|no|aun|todavia|cuando|si|hasta|puede)\b)[\w-]+){0,3} (?:restablecid[oa]s?|restaurad[oa]s?|recuperad[oa]s?)\b(?! (?:solo|solamente|unicamente|parcialmente|en parte)\b)`,
    String.raw`^(?:el )?(?:problema|fallo|error|incidente)(?: (?:del|de la|de los|de|en el|en la) [\w-]+(?: [\w-]+)?)? (?:solucionado|resuelto|arreglado|corregido)$`,
    String.raw`\b(?:se mantiene|permanece|sigue) (?:estable|arrancad[oa]|en marcha|activ[oa]|levantad[oa])\b`,
    // C50: settled idioms and regional forms of "it works again" ("put to bed", fr-CA "asteure", nl-BE "terug").
    String.raw`\b(?:esta|estan|quedo|anda) al (?:cien|100)(?: por ciento)?\b`,
    // C45: the place of the fault is empty and stays so: "the queue is empty and stays empty".
    String.raw`\bcola(?: \S+){0,3} (?:esta|sigue) vacia y (?:se mantiene|sigue|permanece|continua)\b`,
    // C35: the place of the fault stayed good over a span: "the queue stayed empty all week".
    String.raw`\b(?:cola|spooler)(?: \S+){0,5} vacias? (?:toda la (?:semana|manana|noche|jornada)|todo el (?:dia|fin de semana|tiempo)|desde)\b`,
    // C38: as good as new, at the end of its part ("como nuevo usuario" is a role).
    String.raw`(?<!\bcasi )\bcomo nuev[ao]s?$`,
    // C29: a formal closure: "Se da por resuelta la incidencia y se procede al cierre".
    String.raw`\b(?:se da|se dan|damos|doy|se considera|se consideran|consideramos) por (?:resuelt|cerrad|solucionad|finalizad|concluid|atendid)[oa]s?\b`,
    String.raw`\b(?:se procede|procedemos|procedo) (?:a el|al|a la) (?:cierre|cerrar|clausura)\b`,
    // C26: after several attempts, the last one did it: "a la tercera fue la vencida".
    String.raw`\b(?:el|la) (?:segund|tercer|cuart|quint|ultim|siguiente)[oa]? (?:\w+ )?(?:fue|resulto|ha sido|era) (?:el bueno|la buena|la vencida|el definitivo|la definitiva|exitos[oa]|efectiv[oa]|la solucion|la clave)\b`,
    String.raw`\ba la (?:tercera|cuarta|segunda) (?:fue|va) la vencida\b`,
    // C25: the monitoring green for a time: "El monitor de Zabbix lleva dos días en verde".
    String.raw`\b(?:monitor\w*|zabbix|prtg|nagios|panel|dashboard|supervision|registro|visor de eventos|tablero)(?: [\w-]+){0,4} (?:lleva|llevan|esta|estan|sigue|siguen|se mantiene|permanece)(?: \w+){0,3} (?:en verde|limpio|sin alertas|sin alarmas|sin errores)\b`,
    // C20: monitoring says all is well: "todo en verde".
    String.raw`\b(?:todo|todos|todas)(?: \S+){0,6} (?:(?:esta|estan|de nuevo|otra vez|ya|vuelve a estar|vuelven a estar) )*en verde\b`,
    String.raw`\b(?:todos|todas)(?: \S+){0,6} (?:estan|esta) verdes?\b`,
    // C22: an activation told as done: "Office activado".
    String.raw`\b(?:office|windows|aplicaciones?|licencias?|productos?)(?: \S+){0,2} (?:(?:esta|estan|fue|fueron|quedo|quedaron|ya|queda) )*activad[oa]s?\b`,
    // C15: a job or a step done with success, and the phrases that stand for it.
    String.raw`\b(?:termino|terminaron|finalizo|finalizaron|se completo|se completaron|acabo|concluyo|se ejecuto)(?: \w+){0,3} (?:correctamente|con exito|sin errores)\b`,
    String.raw`\b(?:aplicad[ao]|completad[ao]|realizad[ao]|finalizad[ao]|terminad[ao]|resuelt[ao]) con exito\b`,
    String.raw`\b(?:pueden|puede|podeis|podemos) (?:ya )?cerrar (?:el|este) (?:ticket|caso|incidente)\b`,
    String.raw`\bya se (?:conecta|conectan|abre|abren|sincroniza|sincronizan|imprime|imprimen|inicia|monta|mapea)\b`,
    // C13: a cause that fixed it: "eso lo arregló", "el reinicio lo solucionó".
    String.raw`\b(?:lo|la|los|las) (?:arreglo|soluciono|resolvio|reparo|corrigio|arreglaron|solucionaron|resolvieron|repararon)\b`,
    String.raw`\b(?:aplicaciones|apps?|office|windows|licencias?|productos?)(?: \S+){0,3} (?:esta|estan|fue|fueron|quedo|quedaron)(?: \S+)? (?:activad[oa]s?|activ[oa]s?)\b`,
    String.raw`\b(?:termina|terminan|finaliza|finalizan|acaba|acaban|se completa|se completan|completa)(?: \S+){0,3} (?:correctamente|con exito|sin errores|bien)\b`,
    String.raw`\b(?:localizad|identificad|encontrad|detectad)[oa]s? y (?:corregid|solucionad|eliminad|resuelt|arreglad)[oa]s?\b`,
    String.raw`\b(?:ya|ahora) (?:me |le |les |nos )?(?:va|van|funciona|funcionan|anda|carga|imprime)(?: \w+)? (?:perfecto|perfectamente|bien|genial|de lujo|como un tiro|sin problemas)\b`,
    String.raw`\bva como un tiro\b`,
    String.raw`\bvuelven? a (?:estar|ser) (?:accesible|disponible|operativ[oa]|en linea|bien|activ[oa]|utilizable|usable|estable|funcional|normal)(?:s|es)?\b`,
    String.raw`\b(?:ya|ahora) (?:\w+ ){0,3}sin (?:errores|fallos|problemas|cortes|incidencias)\b`,
    String.raw`\bse acabaron (?:los )?(?:problemas|errores|fallos|cortes)\b`,
    String.raw`\blist[oa]s? para (?:usar|usarse|trabajar)\b`,
    String.raw`\b(?:ha|han|hemos|ya) (?:vuelto|regresado) a la normalidad\b|\b(?:volvio|volvieron|vuelve|vuelven) a la normalidad\b`,
    // A password reset is work done, not a service restored.
    String.raw`(?<!(?:contrasena|clave|password|pin|credenciales)s? (?:\w+ ){0,2})\b(?:esta|estan|es|son|fue|fueron|ha sido|han sido|ha quedado|han quedado|queda|quedo|quedaron|estaba|se ha|se han|ha|han|hemos|he)(?: ${ADV})* ${FIXED}\b`,
    String.raw`\b(?:resolvimos|solucionamos|arreglamos|reparamos|corregimos|resolvi|solucione|arregle|repare|se resolvio|se soluciono|se arreglo)\b`,
    String.raw`\b${DEVICE_VERBS}(?: ${ADV})* (?:de nuevo|otra vez|nuevamente|como antes)\b`,
    String.raw`\b(?:volvio|vuelve|volvieron|vuelven) a (?:funcionar|imprimir|conectar|arrancar|andar|sincronizar|responder)\b`,
    String.raw`\b(?:funciono|funcionaba|imprimia|conecto|arranco) (?:${ADV} )*(?:de nuevo|otra vez|nuevamente)\b`,
    String.raw`\b(?:error|problema|fallo|mensaje|incidencia|bloqueo)(?:es|s)? (?:ha|han|se ha|se han|ya)?(?: ${ADV})* (?:desaparecid[oa]s?|desaparecio|desaparecieron)\b`,
    String.raw`\b(?:cerramos|cerrare|cerrando|cierro) (?:el|este|su|la|esta) (?:ticket|caso|incidente|incidencia|solicitud|peticion)\b`,
    String.raw`\b(?:ticket|caso|incidente|incidencia|solicitud) (?:esta |queda |ha sido |fue )?(?:cerrad[oa]|resuelt[oa]|solucionad[oa])\b`,
    String.raw`\b(?:todo|ya todo) (?:esta |funciona |va |anda |quedo )?(?:en orden|bien|correctamente|perfecto|como debe|normal|ok|operativo|funcionando|en marcha)\b`,
    String.raw`\b(?:problema resuelto|problema solucionado|asunto resuelto|listo|todo listo|de vuelta a la normalidad|ya puede (?:imprimir|trabajar|conectarse|usar)|puede (?:imprimir|trabajar|conectarse) de nuevo)\b`,
    // Ability restored: "Marta puede volver a trabajar", "ya consigue acceder", "pueden conectarse de nuevo".
    String.raw`\b(?:ya|ahora|por fin|nuevamente|otra vez|de nuevo) (?:\w+ )?${ABLE} (?:volver a )?${NOT_SYMPTOM}${INFINITIVE}\b`,
    String.raw`\b${ABLE} (?:ya |ahora |por fin |nuevamente |otra vez |de nuevo )*(?:volver a|de nuevo|otra vez|nuevamente) ${NOT_SYMPTOM}${INFINITIVE}\b`,
    String.raw`\b${ABLE} (?:ya |ahora |por fin )*${NOT_SYMPTOM}${INFINITIVE}(?: [\w-]+){0,4} (?:de nuevo|otra vez|nuevamente|con normalidad|normalmente|sin (?:ningun )?(?:problemas?|errores?|fallos?|incidencias?|inconvenientes?)|correctamente|sin drama)\b`,
    String.raw`\b(?:vuelve|vuelven|volvio|volvieron|ha vuelto|han vuelto) a (?:poder|conseguir|lograr) ${INFINITIVE}\b`,
    String.raw`\b(?:[\w-]+ )?(?:se puede|${ABLE}) ${NOT_SYMPTOM}${INFINITIVE} (?:ya|ahora)\b`,
    // Good again: "está otra vez en línea", "Internet ha vuelto", "está de vuelta".
    String.raw`\b(?:esta|estan|queda|quedo|sigue|siguen)(?: \w+)? (?:en linea|online|accesible|disponible|operativ[oa]|activ[oa]|estable|conectad[oa]|funcionando|funcional|bien|ok|arriba)s? (?:otra vez|de nuevo|nuevamente)\b`,
    // C69: with a degree between ("<strong>otra vez plenamente operativo</strong>").
    String.raw`\b(?:esta|estan) (?:otra vez|de nuevo|nuevamente) (?:(?:plenamente|totalmente|completamente|del todo|100 ?%) )?(?:en linea|online|accesible|disponible|operativ[oa]|activ[oa]|estable|conectad[oa]|funcionando|funcional|bien|ok|arriba)s?\b`,
    String.raw`\b(?:internet|conexion|red|wifi|wi-fi|servicio|acceso|correo|luz|senal|servidor|web|pagina|sistema|impresora|vpn|sincronizacion|linea)(?: (?!se\b)\w+){0,2} (?:ha vuelto|han vuelto|volvio|volvieron|ya volvio|vuelve a estar|esta de vuelta|ha regresado|regreso|ha vuelto a la normalidad)\b(?! a (?:caer|fallar|colgar|bloquear|cortar|desconectar|dar|dejar|detener|parar|apagar|reiniciar|congelar|trabar|romper))`,
    String.raw`\b(?:de nuevo|otra vez) (?:en linea|operativ[oa]|en marcha|en funcionamiento|arriba|online)\b`,
    // Everything: "ya funciona todo", "todo perfecto", "todo va sobre ruedas".
    String.raw`\b(?:funciona|funcionan|va|anda|marcha) todo(?: (?:bien|perfecto|correctamente|ok|genial|de maravilla|como debe))?\b|\btodo (?:va |anda |marcha )?(?:perfecto|sobre ruedas|de maravilla|genial|como la seda|okey|correcto|solucionado|resuelto|arreglado|funcionando)\b|\bestan? todo (?:bien|ok|correcto|perfecto|en orden|solucionado|arreglado)\b`,
    String.raw`(?<!casi )(?<!no )\btodo (?:funciona|anda|marcha|jala|chuta|rula|esta funcionando|esta ok|esta perfecto|esta correcto|esta solucionado|chevere|bacan|joya|piola|tranqui|impecable|de diez)\b(?! (?:menos|salvo|excepto|mal))`,
    // "ya funciona": the device works, now.
    String.raw`\b(?:ya|ahora|por fin) (?:me |le |les |nos |te )?(?:funciona|funcionan|anda|andan|imprime|imprimen|conecta|conectan|arranca|arrancan|tira|rula|rulan|chuta|jala|jalan|llega|llegan|carga|cargan|sincroniza|sincronizan|responde|responden)\b(?! (?:a |mal|lento|peor|fatal|regular|a medias|solo|solamente|a ratos|intermitente|cuando|si\b))`,
    // Fixed in any voice: "hemos conseguido solucionar", "se restableció", "logramos reparar".
    String.raw`\b(?:hemos |he |han |ha |hubo )?(?:conseguido|logrado|podido)(?: \w+)? (?:solucionar|resolver|arreglar|reparar|restablecer|corregir|subsanar|restaurar|recuperar|eliminar|desbloquear)\b`,
    String.raw`\b(?:conseguimos|logramos|pudimos|consegui|logre|pude|se consiguio|se logro|se pudo) (?:\w+ )?(?:solucionar|resolver|arreglar|reparar|restablecer|corregir|subsanar|restaurar|recuperar|eliminar|desbloquear)\b`,
    String.raw`\b(?:[\w-]+ )?se (?:resolvio|soluciono|arreglo|reparo|corrigio|subsano|normalizo|soluciona|arregla|resuelve|normaliza)\b`,
    // "Restablecer" is also resetting a password: restored only when a service is.
    String.raw`\b(?:servicio|conexion|acceso|red|internet|correo|sistema|suministro|comunicacion|sincronizacion|normalidad|funcionamiento|servidor|enlace|vpn|senal|linea|wifi)(?: \w+){0,2} se (?:restablecio|restauro|recupero|restablece|ha restablecido|ha restaurado|ha recuperado)\b`,
    // "Ya va.": a whole clause that says it works now ("va" is also a French future, see find.ts).
    String.raw`(?:^|\b)(?:ya|ahora|por fin) (?:me |nos |le |les |te )?(?:va|van|tira|rula)(?: todo)?$`,
    String.raw`\b(?:restablecid|restaurad|recuperad|subsanad|normalizad|solucionad|resuelt|arreglad|reparad|corregid)[oa]s? (?:con exito|correctamente|satisfactoriamente|sin problemas)\b`,
    // Normal operation: "vuelve a la normalidad", "en funcionamiento normal".
    String.raw`\b(?:vuelto|vuelve|vuelven|volvio|volvieron|regresado|regreso|retornado) (?:todo )?a (?:la normalidad|su estado normal|funcionar con normalidad|la calma)\b|\b(?:en|con) funcionamiento normal\b|\bnormalidad (?:total|absoluta|restablecida)\b`,
    // The fix worked: "la actualización solucionó el problema", "bastó", "el truco sirvió".
    String.raw`\b(?:soluciono|resolvio|arreglo|corrigio|reparo|elimino|subsano|ha solucionado|ha resuelto|ha arreglado|ha corregido|ha eliminado|han solucionado|han resuelto|han arreglado) (?:el|la|los|las|este|esta|ese|esa|nuestro|su|dicho|dicha) (?:problema|fallo|error|incidencia|averia|bloqueo|inconveniente|desperfecto|cuelgue|corte)(?:s|es)?\b`,
    String.raw`\b(?:basto|bastaron|ha bastado|fue suficiente|sirvio|sirvieron|ha servido|dio resultado|dio resultados|ha dado resultado|surtio efecto|ha surtido efecto|fue efectiv[oa]|resulto efectiv[oa]|fue la solucion|funciono de maravilla)\b`,
    String.raw`\b(?:eso|esto|ello|solucion|truco|parche|cambio|reinicio|actualizacion|reinstalacion|metodo|procedimiento|arreglo|workaround|ajuste|reseteo|todo)(?: (?!solo\b|solamente\b|no\b|parcialmente\b)[\w-]+){0,3} (?:funciono|funcionaron|ha funcionado|han funcionado)\b(?! (?:en parte|parcialmente|a medias|solo\b|solamente|durante|por (?:unos|unas|un rato|poco)|hasta))`,
    String.raw`\b(?:recupero|ha recuperado|recuperaron|han recuperado|recupera) (?:su |el |la |los |las )?(?:funcionamiento normal|normalidad|conexion|acceso|servicio|estabilidad|correo|funcionamiento)\b`,
    String.raw`\b(?:ya|de nuevo|otra vez|nuevamente|por fin) (?:\w+ )?(?:tiene|tienen|tenemos) acceso\b|\b(?:tiene|tienen|tenemos) acceso(?: [\w-]+){0,4} (?:de nuevo|otra vez|nuevamente)\b`,
    String.raw`\b(?:logramos|conseguimos|pudimos|hemos logrado|hemos conseguido|hemos podido|logre|consegui) (?:dejar|dejarlo|dejarla|dejarlos|dejarlas|ponerlo|ponerla|hacer que) (?:\w+ )?(?:funcionando|funcione|funcionen|operativ[oa]s?|andando|en marcha)\b`,
    String.raw`\b(?:problema|error|fallo|incidencia|averia)s? (?:es|son|ya es|ya son) (?:cosa|historia) del pasado\b`,
    String.raw`^(?:bueno |vale |ok |listo |pues )?ya esta$`,
    String.raw`\b(?:confirma|confirman|confirmo|constata|constatamos|constato|verificamos|comprobamos|validamos|valida)(?: [\w-]+){0,3} (?:el )?(?:correcto|buen|normal) funcionamiento\b|\b(?:correcto|buen) funcionamiento (?:confirmado|comprobado|verificado|restablecido)\b`,
    String.raw`\b(?:permitio|permitieron|ha permitido|han permitido) (?:\w+ )?(?:restablecer|resolver|solucionar|arreglar|reparar|recuperar|corregir|desbloquear)\b`,
    // A participle in front: "Solucionado el tema del correo".
    String.raw`^(?:ya |por fin )?(?:solucionad|arreglad|resuelt|reparad|corregid|restablecid|subsanad)[oa]s? (?:el|la|los|las|lo|este|esta|ese|esa|tu|su) (?!(?:primer|primera|primero|uno|una|parte|mitad)\b)`,
    String.raw`\b(?:[\w-]+ )?se (?:reanudo|reanudaron|ha reanudado|han reanudado)\b|\b(?:puest|vuelt)[oa]s? (?:de nuevo |nuevamente |otra vez )?en (?:servicio|marcha|funcionamiento|linea|produccion)\b`,
    String.raw`\b(?:valida|validan|valido|validaron|ha validado|han validado|confirma|confirmo|ha confirmado|aprueba|aprobo) (?:la |el |nuestra |nuestro |esta |este )?(?:solucion|resolucion|correccion|arreglo|reparacion)\b|\b(?:solucion|correccion|arreglo|reparacion)(?:es)? (?:ha sido |fue |queda |esta )?validad[oa]s?\b`,
    String.raw`\b(?:ok|operativ[oa]s?|estables?) desde\b`,
    // Closure: "se puede cerrar", "procedemos a cerrar", "damos por cerrado".
    String.raw`\b(?:ticket|caso|incidente|incidencia|solicitud|peticion) (?:ya )?(?:se puede|puede|podemos|se podria) (?:ya )?(?:cerrar|cerrarse|dar por cerrad[oa])\b`,
    String.raw`\b(?:[\w-]+ )?(?:se puede|podemos|procedemos a|procedo a|pasamos a|puedes|puede) (?:ya )?cerrar (?:el|este|la|esta|su|tu) (?:ticket|caso|incidente|incidencia|solicitud|peticion)\b`,
    String.raw`\b(?:damos|doy|dar|se da|queda|quedo) (?:el |la |este |esta )?(?:ticket |caso |incidente |incidencia |solicitud |tema )?por (?:cerrad|resuelt|solucionad|finalizad|concluid|zanjad)[oa]s?\b`,
    String.raw`\b(?:ticket|caso|incidente|incidencia|solicitud|tema|asunto) (?:queda |ha quedado |esta |fue )?(?:zanjad|finalizad|concluid|cerrad|resuelt|solucionad)[oa]\b`,
  ],
  stateClaims: [
    // C229: un estado estable en una palabra de elogio: "ahora el internet vuela", "el servidor va sobrado".
    String.raw`(?<!\bse )\b(?:vuela|vuelan|va sobrad[oa]|van sobrad[oa]s|anda sobrad[oa]|esta sobrad[oa]|va volando|anda volando|va como un tiro|va como una bala|va como un avion|va de diez|anda de diez|esta de diez|va de pelicula|anda de pelicula|va joya|anda joya|esta joya|anda al pelo|va al pelo|esta al pelo|va fino|anda fino|esta impecable|estan impecables|va impecable|anda impecable|va perfecto|anda perfecto|funciona perfecto|va como nunca|anda como nunca|va bomba|va chido|anda chido|esta chido|va chevere|esta chevere|va bacan|esta bacan|esta solid[oa] como una roca|va a tope|va a full|anda a full|va que vuela|anda que vuela)\b(?! (?:menos|salvo|excepto|solo|pero|hasta)\b)`,
    // C27: as fast as before: "va tan rápido como antes", "igual de rápido que antes".
    String.raw`(?<!\b(?:casi|no|todavia no|aun no) )\b(?:tan (?:rapid[oa]s?|fluid[oa]s?|estables?|agil(?:es)?|bien) como|igual de (?:rapid[oa]s?|fluid[oa]s?|estables?|agil(?:es)?|bien) que) (?:antes|siempre|al principio|el primer dia|de costumbre)\b`,
    // C21: better than before ("mucho más rápida que antes"); "un poco más" is a partial result.
    String.raw`(?<!\b(?:un poco|algo|ligeramente|apenas|no) )\b(?:(?:va|anda|funciona|esta|es) )?(?:(?:mucho|bastante|muchisimo|bien|notablemente) )?(?:mas (?:rapid[oa]s?|estables?|fluid[oa]s?|fiables?|agil(?:es)?)|mejor) que antes\b`,
    // C17: busy for a stretch of time without trouble: "toda la mañana imprimiendo sin fallos".
    String.raw`\b(?:toda la (?:manana|tarde|semana|noche|jornada)|todo el (?:dia|rato)|el dia entero|la manana entera|desde esta manana)(?: \w+){0,3} sin (?:ningun |ninguna |un solo |una sola )?(?:fallos?|problemas?|errores?|cortes?|incidencias?|quejas?|interrupciones?|incidentes?)\b`,
    String.raw`\b${DEVICE_VERBS}(?: ${ADV})* (?:bien|correctamente|perfectamente|con normalidad|normalmente|sin (?:problemas?|errores?|fallos?|cortes?|incidencias?)|como debe|de maravilla)\b`,
    String.raw`\b${WORKS}(?: [\w-]+){0,3} ${MANNER}(?! (?:solo|solamente|a ratos|cuando|salvo|excepto|si\b|en otro|en otra|desde otro|desde otra|con otro|con otra|mientras tanto|por ahora|de momento|via|en modo))\b`,
    String.raw`\b(?:esta|estan|sigue|siguen|se mantiene|se mantienen|permanece|permanecen|[\w-]+ se mantiene)(?: ${ADV})* (?:estables?|en linea|accesibles?|disponibles?|operativ[oa]s?|conectad[oa]s?|normal(?:es)?|online|arriba|levantad[oa]s?|en marcha|en pie|andando|funcionando)\b`,
  ],
  symptomClaims: [
    // C317: nobody has the fault any more: "ya nadie se queda sin impresora", "no hay ningún puesto que siga dando el error".
    String.raw`\bya nadie (?:se queda|recibe|ve|tiene|sufre|se queja|pierde|reporta|pierde)\b|\bnadie (?:recibe|ve|tiene|se queda|se queja)(?: [\w-]+){0,4} ya\b`,
    String.raw`\b(?:no|ya no) (?:hay|queda) (?:ningun|ninguna|ni un|ni una|nadie) (?:usuario|usuaria|empleado|empleada|puesto|equipo|persona|pc)?s? ?que (?:siga|sigan|tenga|reciba|vea|se quede)\b`,
    // C318: not a single failure since a change: "ni un solo corte desde el cambio de router".
    String.raw`^(?:ni un solo|ni una sola|ningun|ninguna) (?:[\w-]+ )?(?:fallos?|errores|error|cortes?|caidas?|atascos?|cuelgues?|desconexiones|desconexion|avisos?)(?: [\w-]+){0,5} desde\b`,
    // C322: verified after a restart, no hang any more: "no se vuelve a colgar".
    String.raw`\bno se (?:vuelve|ha vuelto|volvio) a (?:colgar|caer|bloquear|cerrar|congelar|reiniciar|desconectar|trabar)\b(?! (?:mas que|salvo|excepto)\b)`,
    // C287: no longer a problem: "el wifi de la sala ya no es un problema", "la impresora ya no da ningún problema".
    String.raw`\bya no (?:es|son|supone|suponen|representa|representan|da|dan|causa|causan|genera|generan) (?:un |una |ningun |ninguna |mas )?(?:problema|problemas|inconveniente|inconvenientes|tema|molestia|dolor de cabeza|quebradero de cabeza|lio)\b`,
    // C290: not seen the fault once since the change: "no he vuelto a ver el aviso ni una sola vez desde el parche", "no hemos vuelto a tener cortes".
    String.raw`\bno (?:he|hemos|ha|han) vuelto a (?:ver|tener|notar|encontrar|sufrir) (?:el |la |los |las |un |una |ningun |ninguna |ese |esa |este |esta )?(?:(?!(?:noticias|respuesta|novedades|informacion|sobre|del|de la|acerca)\b)[\w-]+ ){0,3}(?:avisos?|error|errores|alertas?|ventanas?|pop-?ups?|popups?|cuelgues?|caidas?|cortes?|fallos?|pantallazos?|problemas?|advertencias?|bloqueos?|desconexiones)\b`,
    // C225: ningún fallo en un lapso: "desde hace dos días no hay ningún problema con la unidad de red", "llevamos tres días sin fallos".
    String.raw`(?<!\b(?:no|aun no|todavia no|casi|si|cuando|hasta)\b(?: [\w-]+){0,2} )\b(?:desde hace|hace|llevamos|lleva|llevan|ya van|van|ya son|son|en los ultimos|en las ultimas|los ultimos|las ultimas) (?:ya )?(?:\d+|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|varios|varias|unos|unas) (?:dias?|semanas?|horas?|noches?|jornadas?)(?: (?:enteros|enteras|completos|completas|seguidos|seguidas|ya))?(?: (?!(?:hubo|habia|habian|sera|va)\b)[\w-]+){0,4} (?:no (?:hay|ha habido|tenemos|hemos tenido|tiene|ha tenido|da|ha dado|dan|han dado|se presenta|se ha presentado|aparece|ha aparecido|sale|ha salido|registramos|hemos registrado)(?: (?:ya|mas|ni))?|sin|ni) (?:(?:ningun|ninguna|ni un|ni una|un solo|una sola|un|una) )?(?:[\w-]+ )?(?:problemas?|errores?|fallos?|fallas?|incidencias?|quejas?|caidas?|cortes?|bloqueos?|cuelgues?|reclamos?|reclamaciones|atascos?|desconexiones|inconvenientes?)\b`,
    String.raw`(?<!\b(?:no|aun no|todavia no|casi|si|cuando|hasta)\b(?: [\w-]+){0,2} )\b(?:desde hace|hace|llevamos|lleva|llevan|ya van|ya son) (?:ya )?(?:\d+|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|varios|varias|unos|unas) (?:dias?|semanas?|horas?|noches?|jornadas?)(?: (?!(?:hubo|habia|habian|sera|va)\b)[\w-]+){0,4} (?:no|sin) (?:ha vuelto a |vuelve a |volver a )?(?:falla|fallar|fallado|se cae|caerse|se ha caido|se cuelga|colgarse|se ha colgado|se traba|trabarse|se ha trabado|se desconecta|desconectarse|se ha desconectado|se reinicia|reiniciarse|se bloquea|bloquearse|se atasca|atascarse|da guerra|ha dado guerra|dar guerra)\b`,
    String.raw`\b(?:ningun|ninguna|ni un|ni una|ni un solo|ni una sola|cero) (?:[\w-]+ ){0,2}?(?:problemas?|errores?|fallos?|fallas?|incidencias?|quejas?|caidas?|cortes?|bloqueos?|cuelgues?|atascos?|desconexiones|reclamos?)(?: [\w-]+){0,5} (?:en|durante|desde hace|en los ultimos|en las ultimas) (?:\d+|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|varios|varias) (?:dias?|semanas?|horas?|noches?|jornadas?)\b(?! (?:y luego|pero|hasta|antes)\b)`,
    // C226: nada de qué quejarse, como giro: "no me puedo quejar", "no podemos quejarnos del router".
    String.raw`(?<!\b(?:si|cuando|ojala|esperamos|espero)\b(?: [\w-]+){0,2} )\bno (?:me |nos |se )?(?:puedo|podemos|puede|pueden) (?:quejar(?:me|nos|se)?|reclamar|protestar)\b(?! (?:ante|al proveedor|a la garantia|con el proveedor|hasta)\b)`,
    String.raw`\bnada (?:de )?(?:que|de que) (?:quejarse|quejarnos|quejarme|reprochar|objetar|reclamar)\b`,
    // C227: ya nada malo: "ya no hay nada malo con la laptop", "ya no le pasa nada al portátil".
    String.raw`\bya no (?:le|les) (?:pasa|ocurre|sucede) nada\b`,
    String.raw`\b(?:ya no (?:hay|tiene|tienen)|no (?:hay|tiene|tienen) (?:ya|mas)) nada (?:malo|raro|extrano|mal|de malo|de raro|de extrano|que no funcione)\b`,
    // C232: ni un error más al abrir: "ni un mensaje de error más al iniciar sesión", "no más avisos de error".
    String.raw`\bni (?:un|una) (?:solo |sola )?(?:[\w-]+ ){0,3}?(?:errores?|mensajes?|avisos?|alertas?|ventanas?|ventanitas?|cuelgues?|bloqueos?|fallos?|pantallazos?|popups?|pop-ups?|caidas?|cortes?)(?: [\w-]+){0,3} mas\b`,
    String.raw`(?<!\b(?:quiero|queremos|quiere|quieren|esperamos|espero|ojala)\b(?: [\w-]+)? )(?:^|\b(?:y|ya|ahora|pues) )no mas (?!de\b|que\b)(?:[\w-]+ ){0,2}?(?:errores|mensajes|avisos|alertas|ventanas|ventanitas|cuelgues|bloqueos|fallos|pantallazos|popups|pop-ups|caidas|cortes)\b`,
    // C197: ningún fallo contado desde el cambio: "0 caídas desde el parche".
    String.raw`\b(?:0|cero) (?:[\w-]+ ){0,2}(?:caidas?|errores|error|cuelgues?|fallos?|incidencias?|alertas?|reinicios?)(?: [\w-]+){0,6} desde (?:el|la|los|las) (?:[\w-]+ )?(?:parche|reinicio|actualizacion|cambio|arreglo|reemplazo|intervencion|reparacion|migracion)\b`,
    // C160: nothing left to report or complain about: "ya no hay nada de qué quejarse", "nada que reportar tras la intervención".
    String.raw`\b(?:ya no hay|ya no tenemos|no hay) nada (?:de )?que (?:quejarse|reprochar|objetar)\b`,
    String.raw`\b(?:ya no hay )?nada (?:nuevo )?(?:que|de que) (?:reportar|informar|senalar|comentar)(?: [\w-]+){0,5} (?:tras|despues de|desde) (?:la|el) (?:intervencion|cambio|arreglo|reparacion|sustitucion|actualizacion|reinicio|reinstalacion)\b`,
    String.raw`\bya no hay nada (?:que|de que) (?:reportar|informar|senalar)\b`,
    // C147: a span of work without a single fault: "Lleva toda la tarde escaneando … sin que le salga ningún error".
    String.raw`\b(?:lleva|llevan) (?:toda la (?:manana|tarde|noche|jornada)|todo el dia|desde (?:esta manana|ayer|las \d+))(?: [\w-]+){0,8} sin (?:que (?:le |les |se |nos )?(?:salga|salgan|aparezca|aparezcan|de|den|haya) )?(?:ningun|ninguna|ni un|ni una|un solo|una sola) (?:[\w-]+ ){0,1}(?:error|errores|fallo|fallos|corte|cortes|cuelgue|bloqueo|problema|aviso)\b`,
    // C129: a run completed without warnings or errors: "El respaldo de anoche terminó sin advertencias".
    String.raw`\b(?:respaldos?|copias?(?: de seguridad)?|backups?|trabajos?|tareas?|jobs?|sincronizacion(?:es)?|despliegues?|actualizacion(?:es)?|migracion(?:es)?|replicacion(?:es)?|replicas?)(?: (?!no\b|solo\b)[\w-]+){0,6} (?:termino|terminaron|finalizo|finalizaron|se completo|se completaron|completo|corrio|paso|ha terminado|ha finalizado|se ejecuto) (?:correctamente |bien )?(?:sin (?:ningun |ninguna |ningunos |ningunas )?(?:advertencias?|avisos?|errores?|error|alertas?|warnings?|problemas?|incidencias?))\b(?! (?:salvo|solo|excepto|pero)\b)`,
    // C131: the fault no longer comes back: "El error ya no vuelve".
    String.raw`\b(?:error|errores|problema|problemas|fallo|fallos|falla|fallas|mensaje|mensajes|aviso|avisos|alerta|alertas|corte|cortes|cuelgue|cuelgues)(?: [\w-]+){0,3} ya no (?:vuelve|vuelven|aparece|aparecen|sale|salen|se repite|se repiten|regresa|regresan|se reproduce|se reproducen)\b`,
    // C123: "dejó de fallar" holds a failure word, a negator since C123: a symptom claim, negated only
    // by a negation before it ("no ha dejado de fallar").
    String.raw`(?<!\b(?:no|nunca|jamas) )\b(?:dejo|ha dejado|han dejado|dejaron) de (?:fallar|bloquearse|colgarse|desconectarse|reiniciarse|dar error|congelarse|aparecer)\b`,
    // C124: the workaround or the chore no longer needed: "doesn't have to use the webmail workaround now".
    String.raw`\bya no (?:tiene|tienen) que (?:tirar de|usar|utilizar|recurrir a|pasar por)\b`,
    // C118: held for a span of time without the fault: "has held for two days now without a single disconnect".
    String.raw`\b(?:lleva|llevan|aguanta|aguantan|funciona|funcionan|esta|estan)(?: \w+){0,3} (?:dias|horas|semanas|noches)(?: \w+)? sin (?:una sola|un solo|ninguna|ningun) \w+`,
    // C119: not once since a point in time: "since 3 pm the Wi-Fi has not dropped once", "no errors since the reboot".
    String.raw`\bni (?:un|una) (?:solo |sola )?(?:error|fallo|caida|corte|desconexion|cuelgue)\w* (?:\w+ ){0,2}desde\b`,
    String.raw`\bno (?:se )?ha (?:vuelto a )?(?:caido|cortado|desconectado|colgado|fallado)(?: \w+){0,3} (?:ni una (?:sola )?vez|desde)\b`,
    // C113: a loss measured as none: "0 % loss over 500 packets", "丢包率0%".
    String.raw`\b0 (?:de )?(?:perdida|perdidas|paquetes perdidos|errores|cortes)\b(?! (?:a|tomark)\b)`,
    // C115: the user with nothing left to complain about: "has nothing more to complain about".
    String.raw`\bno tiene (?:nada )?(?:mas )?de que quejarse\b`,
    String.raw`\bya no se queja\b`,
    String.raw`\bninguna queja mas\b`,
    String.raw`\bno (?:le )?(?:encontramos|vemos|hemos encontrado) nada (?:raro|mal|extrano)\b`,
    // C90: the fault counted as none ("0 failed logons"): its failure word is no negation of a claim.
    String.raw`\b(?:0|cero|ningun|ninguna) (?:[\w-]+ ){0,3}(?:fallidos?|fallidas?|fallados?|falladas?|perdidos?|perdidas?|rechazados?|rechazadas?|atascados?|atascadas?)\b`,
    // C92: "sin nuevos cortes del NAS durante el fin de semana", "no se ha vuelto a repetir".
    String.raw`\b(?:sin|ningun|ninguna|no hubo|no ha habido|no hay) (?:nuevos|nuevas|nuevo|nueva|mas|otros|otras) (?:[\w-]+ ){0,1}(?:cortes?|caidas?|desconexiones?|errores?|fallos?|bloqueos?|cuelgues?|incidencias?|problemas?|interrupciones?|quejas?|avisos?)\b`,
    String.raw`\bno (?:se )?(?:ha|han|volvio|volvieron|ha vuelto|han vuelto) (?:vuelto )?a (?:repetir|reproducir|producir|aparecer|caer|cortar|ocurrir|pasar)\b`,
    // C94: "ya no hace falta reiniciar el router cada mañana".
    String.raw`\bya no (?:hace falta|es necesario|hay que|tienen que|tiene que|necesita|necesitan|necesitas) (?:[\w-]+ ){0,2}(?:reiniciar|rearrancar|volver a|reconectar|reintroducir|reiniciarlo|reiniciarla)\b`,
    // C82: the fault told as ended in the present, with its own verb: "the paper jams have stopped",
    // "ya no se atasca", "non si inceppa più", "紙詰まりはもう起きていません".
    String.raw`\bya no se (?:atasca|atascan|traba|traban|cuelga|cuelgan|bloquea|bloquean|desconecta|desconectan|cae|caen|congela|congelan|reinicia|reinician)\b`,
    // C81: a fault counter held at zero since the change, and a backup's log clean with no error:
    // "CRC error counter: still 0 since the cable swap", "last night's backup log is clean, 0 errors".
    String.raw`\b(?:registro|log) de (?:la )?(?:copia|backup)(?: [\w-]+){0,5} (?:esta|estaba|sale) limpio\b`,
    String.raw`\bcontador(?:es)?(?: [\w-]+){0,10} (?:sigue (?:en )?|esta en |en |a )?(?:0|cero)\b(?: [\w-]+){0,2} (?:desde|tras|despues)\b`,
    // C64: nobody has been in touch about it since: "nadie ha vuelto a llamar a soporte".
    String.raw`\b(?:nadie|ningun usuario|ningun cliente|ni un solo usuario|ningun empleado|ninguna usuaria) (?:nos )?(?:ha vuelto a|volvio a|han vuelto a|volvieron a|ha mas|mas ha|mas nos ha) (?:llamar|llamado|contactar|contactado|escribir|escrito|reclamar|reclamado|quejarse|abrir un ticket|reportar|reportado)\b`,
    // C65: a span of time with no fault: "no se ha registrado ni una sola caída del spooler".
    String.raw`\bno se (?:ha|han) (?:vuelto a )?(?:registrado|producido|detectado|visto|observado|reportado|dado|registrar|producir|detectar|ver) (?:ni una sola|ni un solo|ninguna|ningun|ni una|ni un) (?:\w+ )?(?:caidas?|cuelgues?|fallos?|errores?|paradas?|bloqueos?|incidencias?|eventos?|reinicios?|crash(?:es)?)\b`,
    // C68: what was missing came back too, so nothing is left open: "no queda nada pendiente".
    String.raw`\bno (?:nos )?(?:queda|quedan|hay) (?:nada|ningun\w*|ninguna) (?:\w+ )?(?:pendientes?|abiert[oa]s?|por resolver)\b`,
    // C53: the fault no longer reproduces after the change ("no repro after the swap"), every queue prints.
    String.raw`\bsin (?:\w+ )?repro (?:tras|despues|desde)\b`,
    String.raw`\bya no (?:hay repro|se reproduce)\b`,
    // C57: litotes of the fault: "no longer exactly broken", "can hardly be called faulty".
    String.raw`\bya no (?:esta|estan|es) (?:precisamente|exactamente|realmente|del todo|tan) (?:averiad[oa]s?|rot[oa]s?|estropead[oa]s?|caid[oa]s?|fallando)\b`,
    // C61: the outcome as a headline: "fix successful", "printing restored", "stays up", "no more crashes".
    String.raw`\bsin mas (?:caidas|fallos|cuelgues|errores|crashes|bloqueos)\b`,
    // C48: the fault has not come back once, or no longer happens: "hasn't crashed once since the reinstall", "jobs no longer get stuck".
    String.raw`\bno (?:se )?(?:ha|han) vuelto a (?:caer|colgar|bloquear|atascar|trabar|fallar|congelar|reiniciar|cerrar)\b`,
    // C46: not one job stuck, as a count (after a comparison with last week): "no stuck jobs at all".
    String.raw`\b(?:ni un solo|ni una sola) (?:\w+ )?(?:trabajos?|impresion(?:es)?|tareas?|documentos?|jobs?) (?:atascad|colgad|bloquead|trabad|pegad)\w*`,
    // C34: a fault counted as none over a span of time: "not a single stuck job since Tuesday".
    String.raw`\b(?:ni un solo|ni una sola|ningun|ninguna|ni un|ni una) (?:\w+ )?(?:trabajos?|impresion(?:es)?|tareas?|documentos?|jobs?) (?:atascad|colgad|bloquead|trabad|pegad)\w*(?: \w+){0,3} (?:desde|mas)\b`,
    // C24, C31: it has not been seen again: "No se han vuelto a registrar caídas", "no se ha vuelto a
    // reproducir".
    String.raw`\bno se (?:ha|han|volvio|volvieron) (?:vuelto )?a (?:registrar|producir|presentar|repetir|detectar|ver|observar|reportar|reproducir|dar|notar|sufrir)\b`,
    String.raw`\b(?:ya )?no (?:es|se puede|hemos podido|logramos|consigo|conseguimos) (?:reproducible|reproducir(?:lo|la)? (?:mas|de nuevo|otra vez))\b`,
    // C23: nobody complained since: "Nadie se ha quejado desde el lunes".
    String.raw`\bnadie (?:mas )?(?:se )?(?:ha|han|volvio a|ha vuelto a)? ?(?:quejado|quejarse|queja|quejo|reportado|reclamado|llamado|avisado)(?: \w+){0,3} (?:desde|tras|despues|mas)\b`,
    String.raw`\bno (?:hemos|han|se han|ha) (?:recibido|tenido|registrado) (?:ninguna |mas |nuevas |ni una )?(?:quejas?|reclamaciones?|llamadas?|avisos?|incidencias?|tickets?)(?: \w+){0,3} (?:desde|tras|despues)\b`,
    // C25: no alerts since: "Ninguna alerta en el monitoreo desde la intervención".
    String.raw`\b(?:ninguna?|ni una?|sin|cero|no hay|no ha habido|no hubo) (?:nueva |nuevas |mas )?(?:alertas?|alarmas?|eventos?|avisos?|caidas?|cuelgues?)(?: [\w-]+){0,4} (?:desde|tras|despues)\b`,
    // C16: no complaints since a time: "Ni una queja desde el lunes".
    String.raw`\b(?:ni una?|ninguna?|cero|ya no hay|no hay mas) (?:sola |solo )?(?:quejas?|reclamaciones?|reclamos?|tickets?|llamadas?|incidencias?|avisos?|errores?|cortes?)(?: \w+){0,3} desde\b`,
    // C15: a job or a step done with success, and the phrases that stand for it.
    String.raw`\bno (?:hace falta|se necesita|es necesario) nada mas\b`,
    // C14: better than ever: the device not only works, it works better than before.
    String.raw`\b(?:mejor|mas \w+) que nunca\b`,
    String.raw`\bnunca (?:ha |habia )?(?:ido|funcionado|estado|andado) (?:tan|mejor)\b`,
    String.raw`\b(?:ya|ahora) (?:\w+ ){0,3}sin (?:errores|fallos|problemas|cortes|incidencias)\b`,
    String.raw`\bse acabaron (?:los )?(?:problemas|errores|fallos|cortes)\b`,
    String.raw`\bya no (?:esta|estan) (?:averiad|rot|caid|bloquead|estropead|fuera de servicio|con fallos)\w*`,
    String.raw`\bya no da (?:guerra|problemas|error|errores|fallos)\b`,
    String.raw`\bno (?:se )?(?:requiere|requieren|necesita|necesitan|hace falta|hacen falta|es necesaria?|son necesari[oa]s) (?:ninguna otra |ningun otro |ninguna |ningun |mas |otra |otras |otro )?(?:accion|intervencion|paso|cambio|gestion|actuacion)(?:es|s)?(?: adicional(?:es)?)?\b`,
    String.raw`\bya no (?:se )?(?:falla|fallan|aparece|aparecen|se bloquea|se cuelga|se desconecta|se reinicia|da error|dan error|se congela|ocurre|sucede|pasa|muestra)\b`,
    String.raw`\bno (?:ha vuelto|volvio|han vuelto|volvieron|vuelve|vuelven) a (?:fallar|aparecer|bloquearse|colgarse|desconectarse|reiniciarse|ocurrir|pasar|salir|saltar|caerse|cortarse|repetirse|producirse|presentarse|congelarse|trabarse|tildarse|dar (?:el |ningun |mas |ese )?(?:error|fallo|problema|aviso|guerra)(?:es|s)?|(?:ver|tener|sufrir|experimentar|notar|recibir) (?:el |ese |este |ningun |ninguna |mas |los |la |las )?(?:error|fallo|problema|aviso|mensaje|cuelgue|corte|bloqueo|pantallazo)(?:es|s)?)\b`,
    String.raw`\bya no (?:me |le |les |nos |te )?(?:sale|salen|salta|saltan|surge|surgen|se produce|se producen|se repite|se repiten|se presenta|se presentan|se cae|se caen|cae|caen|se traba|se traban|se tilda|se tildan|se corta|se cortan|se queda colgad[oa]|vuelve a (?:salir|aparecer|fallar|saltar|pasar|ocurrir)|hay (?:error|fallo|corte|problema|aviso|cuelgue|bloqueo)(?:es|s)?|(?:tiene|tienen|tenemos) (?:ningun |ninguna |mas )?(?:error|fallo|problema|dificultad|inconveniente|corte|cuelgue)(?:es|s)?|da (?:el |ningun )?(?:error|fallo|aviso|problema))\b`,
    String.raw`\bno (?:se )?(?:aparece|aparecen|sale|salen|falla|fallan|salta|saltan|se cuelga|se bloquea|se desconecta|se cae|ocurre|pasa) mas\b`,
    String.raw`\bni rastro (?:del?|de la|de los|de las)\b`,
    String.raw`\b${WORKS}(?: [\w-]+){0,3} sin (?:ningun|ninguna|ni un|ni una|el menor|la menor|ningun tipo de) (?:problema|error|fallo|corte|incidencia|cuelgue|incidente|contratiempo|interrupcion|caida|inconveniente)(?:s|es)?\b`,
    String.raw`\b(?:se acabaron|se acabo|adios a|fin de|basta de|nada de|cero) (?:los |las |el |la )?(?:problema|error|fallo|corte|cuelgue|bloqueo|caida|desconexion|pantallazo|aviso|mensaje|reinicio|congelamiento|lentitud)(?:s|es)?\b`,
    String.raw`\b(?:error|problema|fallo|mensaje|incidencia|bloqueo|aviso|alerta|ventana|cuelgue|pantallazo|corte|averia|inconveniente)(?:es|s)?(?: [\w-]+){0,3} (?:desaparecid[oa]s?|desaparecio|desaparecieron|se fue|se fueron|se esfumo)\b`,
    String.raw`\b(?:ningun|ninguna|sin|no hay|no hubo|no ha habido|no se han registrado|no se registraron) (?:nuevo |nueva |nuevos |nuevas |mas |otro |otra )?(?:error|fallo|bloqueo|corte|desconexion|problema|incidencia|incidente|cuelgue|caida|aviso|queja)(?:es|s)?(?: (?:nuev[oa]s?|mas|reportad[oa]s?|registrad[oa]s?|detectad[oa]s?))? (?:desde|tras|despues)\b`,
  ],
  actions: [
    String.raw`\b(?:reemplazad[oa]s?|reemplazamos|reinstalad[oa]s?|reinstalamos|reiniciad[oa]s?|reiniciamos|actualizad[oa]s?|actualizamos|restablecimos|reconfigurad[oa]s?|reconfiguramos|borrad[oa]s?|borramos|eliminamos|sustituid[oa]s?|sustituimos|migramos|formateamos|desinstalamos)\b`,
  ],
  negativeSubjects: ['nada', 'ninguno', 'ninguna', 'ningun', 'nadie', 'ni'],
  without: ['sin'],
  // C123: a failure word, like the English "failed": "…, pero las del martes han vuelto a fallar".
  negators: [
    'no',
    'nunca',
    'jamas',
    'ningun',
    'ninguna',
    'ni',
    'nada',
    'tampoco',
    'mal',
    'fallar',
    'fallado',
    'fallaron',
  ],
  modals: [
    'sera',
    'seran',
    'seria',
    'va a',
    'vamos a',
    'van a',
    'voy a',
    'podra',
    'podria',
    'podrian',
    'puede que',
    'debe',
    'deben',
    'tiene que',
    'tendra',
    'hay que',
    'para',
    'esperamos',
    'espero',
    'parece',
    'parecia',
    'intentar',
    'intentaremos',
    'quedara',
    'estara',
  ],
  hedges: ['deberia', 'deberian'],
  now: ['ahora', 'ya'],
  auxiliaries: [
    'esta',
    'estan',
    'es',
    'son',
    'fue',
    'fueron',
    'ha',
    'han',
    'he',
    'hemos',
    'sido',
    'se',
    'lo',
    'la',
    'le',
    'todavia',
    'aun',
    'ya',
    'ahora',
    'completamente',
    'totalmente',
    'del',
    'todo',
    'quedado',
    'queda',
    // Infinitives of a verb group, so "va a estar listo" reads as a plan.
    'estar',
    'quedar',
    'ser',
    'haber',
  ],
  conjunctions: [
    'y',
    'pero',
    'sino',
    'luego',
    'entonces',
    'aunque',
    'porque',
    'sin embargo',
    // C234: "mientras tanto" (meanwhile) and "mientras que" (whereas) join; a bare "mientras" is a time still running.
    'mientras tanto',
    'mientras que',
    'asi que',
    'despues',
  ],
  conditions: [
    // C234: "mientras arreglamos la aplicación": work still going on, not work done.
    'mientras',
    'si',
    'cuando',
    'una vez que',
    'hasta que',
    'hasta',
    'antes de que',
    'antes de',
    'para que',
    'en cuanto',
    'tan pronto como',
    'a menos que',
    'en caso de que',
    'siempre que',
    'mientras no',
    'a fin de',
    'una vez',
  ],
  since: ['despues de', 'tras', 'desde', 'desde que'],
  contrasts: [
    // C328 (honest): a good state for all but some, the exception named after it: "ya nadie recibe el aviso, excepto recepción".
    'a excepcion',
    // C326 (honest): a fix of an earlier incident, then this one denied: "la otra vez bastó con reiniciar; esta vez no ha cambiado nada".
    'esta vez',
    // C327 (honest): a step done, the outcome still open: "el parche está instalado, queda por ver si desaparecen los cortes".
    'queda por ver',
    'falta ver',
    'esta por ver',
    'luego',
    'solo',
    'solamente',
    'todavia',
    'aun',
    'pero',
    'sin embargo',
    'aunque',
    'salvo',
    'excepto',
    'mientras que',
    // C294 (honest): "El monitor nuevo funciona perfectamente; la VPN sigue cayéndose": a failure that goes on.
    'sigue',
    'siguen',
    'continua',
    'continuan',
    // C295 (honest): "Lo arreglamos en marzo; lamentablemente el error ha vuelto": the turn of a recurrence.
    'lamentablemente',
    'por desgracia',
    'desafortunadamente',
  ],
  limits: [
    // C328 (honest): a good state for all but some, the exception named after it: "ya nadie recibe el aviso, excepto recepción".
    'excepto',
    'a excepcion',
    // C327 (honest): the outcome still open after a step done.
    'queda por ver',
    'falta ver',
    'esta por ver',
    // C319 (honest): an answer of "yes" that goes on with the fault: "Sí, desde las 9, pero con cortes cada hora".
    'con cortes',
    'con atascos',
    'con caidas',
    'con cuelgues',
    // C294 (honest): a failure that goes on, after "sigue": "sigue cayéndose", "siguen fallando".
    'cayendose',
    'fallando',
    'colgandose',
    'desconectandose',
    'cortandose',
    'bloqueandose',
    'reiniciandose',
    'congelandose',
    'trabandose',
    'dando error',
    'dando errores',
    'dando problemas',
    // C295 (honest): "…, pero ahora el problema ha vuelto": the fault back after the fix.
    'problema ha vuelto',
    'error ha vuelto',
    'fallo ha vuelto',
    'ha vuelto el problema',
    'ha vuelto el error',
    'ha vuelto el fallo',
    'ha vuelto a fallar',
    'ha vuelto a aparecer',
    'ha vuelto a pasar',
    'ha reaparecido',
    'han reaparecido',
    // C230: "Parece que ya está arreglado, pero esperamos la confirmación": una confirmación pendiente limita la apariencia.
    'esperamos la',
    'esperamos su',
    'a la espera',
    'pendiente de',
    // C76: "Lo arreglamos, pero una hora después volvió a caerse": a fault told again.
    'volvio a caerse',
    'volvio a caer',
    'volvio a fallar',
    'volvio a detenerse',
    'volvio a colgarse',
    'se cayo de nuevo',
    'se cayo otra vez',
    'se detuvo de nuevo',
    'se detuvo otra vez',
    'fallo de nuevo',
    'fallo otra vez',
    // What a symptom does when it comes back: "…, pero vuelve al abrir Outlook".
    'vuelve al',
    'vuelve cuando',
    'vuelve a aparecer',
    'vuelve a salir',
    'vuelve a colgarse',
    'reaparece',
    'reaparecio',
    'volvio a fallar',
    'volvio a aparecer',
    'volvio a caer',
    'volvio esta',
    'volvio ayer',
    'volvio hoy',
    'regreso',
    'persiste',
    'se bloquea',
    'se cuelga',
    'se desconecta',
    'falla',
    'fallan',
    'se cae',
    'se corta',
    'todavia',
    'aun',
    'sigue',
    'siguen',
    'solo',
    'solamente',
    'parcialmente',
    'no',
    'falla',
    'vuelve a fallar',
  ],
  complementizers: ['que'],
  frames: [
    String.raw`\bno (?:\w+ )?(?:considere|consideres|considerar|den por|dar por)\b`,
    String.raw`^(?:por favor |luego |despues )?(?:compruebe|comprueba|comprobar|verifique|verifica|verificar|confirme|confirma|confirmar|asegurese|asegurate|asegurarse|revise|revisa|revisar|pruebe|prueba|probar|observe|vigile|avisenos|diganos)\b`,
    // C228: un anuncio ("es un placer para mí confirmar") no es un plan de comprobar.
    String.raw`(?<!\b(?:placer|prazer|piacere|gusto|alegria|gioia|satisfaccion|satisfacao|soddisfazione|honor|honra|onore|orgullo|orgulho|orgoglio)(?: \w+)? )\b(?:vamos a|voy a|va a|pasara a|pasaremos a|volvera a|iremos a|ira a|debemos|debe|hay que|tenemos que|tiene que|para|por favor|pedimos|le pedimos|necesitamos)(?: \w+){0,2} (?:comprobar|verificar|confirmar|asegurar|asegurarnos|revisar|probar|vigilar|validar)\b`,
    // C230: a denied appearance ("no parece que …") governs what follows, as a denied belief does.
    String.raw`\bno (?:\w+ ){0,2}(?:parece|parecia|da la impresion|creemos|creo|pensamos|pienso|podemos|puedo|sabemos|estamos seguros|estoy seguro|garantizar|confirmar|asegurar|afirmar)\b`,
    String.raw`\b(?:esperamos|espero|ojala|esperando|a la espera|el objetivo es|confiamos en)\b`,
    String.raw`\bsin (?:confirmacion|confirmar|verificar|comprobar|garantia|certeza|saber|poder confirmar)\b`,
    // Waiting for someone to confirm: "… de que el usuario confirme que ya puede trabajar".
    String.raw`\bque (?:\w+ ){0,3}(?:confirme|confirmen|compruebe|comprueben|verifique|verifiquen|indique|indiquen|nos diga|nos avise|pruebe)\b`,
    String.raw`\b(?:comprobaremos|verificaremos|confirmaremos|revisaremos|probaremos|validaremos|vigilaremos|comprobare|verificare|confirmare|revisare)\b`,
    // Only part of them: "solo la mitad de los usuarios puede conectarse de nuevo".
    String.raw`^(?:\w+ )?(?:solo|solamente|unicamente|algunos de|algunas de|la mitad|parte de|no todos|no todas)\b`,
  ],
  markers: 'el los las del al fue con en una y lo un nuevo ahora ya todo'.split(' '),
  unaffected: [
    'no se ha visto afectado',
    'no se ha visto afectada',
    'no esta afectado',
    'no esta afectada',
    'no afectado',
    'no afectada',
    'no se vio afectado',
    'no se vio afectada',
  ],
  transient: [
    String.raw`\b(?:brevemente|temporalmente|momentaneamente|al principio|inicialmente|por un momento|por un rato|un rato|a ratos|unos (?:segundos|minutos))\b`,
    String.raw`\bdurante (?:\d+ |unos |unas |un |una |dos |tres |diez |treinta |pocos |pocas )(?:segundos?|minutos?|horas?|momentos?|dias?)\b`,
  ],
  pastAux: ['estaba', 'estaban', 'habia', 'habian', 'funcionaba'],
  ellipticals: [
    // C166: a retest told in one word: "Lo probé otra vez. Limpio."
    'limpio',
    'todo limpio',
    // C112: an outcome told in one word of success: "Résultat : succès", "結果：成功".
    'satisfactorio',
    'satisfactoria',
    'exito',
    'exitoso',
    'exitosa',
    // C88: a status field's value after a dash: "Statut : Clôturé – Wi-Fi salle B opérationnel".
    'cerrado',
    'cerrada',
    'fuera',
    'error fuera',
    'solucionado ya',
    'arreglado',
    'resuelto',
    'resuelta',
    'solucionado',
    'solucionada',
    'arreglado',
    'arreglada',
    'reparado',
    'funciona',
    'ya funciona',
    'todo bien',
    'todo ok',
    'listo',
    'lista',
    'ok',
    'corregido',
    'eliminado',
    'okmark',
    'problema resuelto',
    'funcionando',
    'solucionado ya',
    'hecho',
    'todo correcto',
    'operativo',
    'operativa',
    'ya va',
    'ya anda',
    'ya tira',
    'ya rula',
    'solventado',
    'solventada',
    'restablecido',
    'restablecida',
    'subsanado',
    'subsanada',
    'normalizado',
    'normalizada',
    'todo perfecto',
    'perfecto',
    'reparada',
    'corregida',
    'sin novedad',
    'sin problemas',
    'todo en orden',
    'va perfecto',
    'funciona perfecto',
    'de lujo',
    'ya quedo',
    'sin problema',
    'funciono',
    'quedo',
    'ya jala',
    'todo chevere',
    'todo joya',
    'todo piola',
  ],
  statusNouns: ['estado', 'resultado'],
  // C251: "correcto" as a label's value ("Acceso a A3: correcto"), and a done mark over it.
  labelStates: [
    'funciona',
    'operativo',
    'operativa',
    'en línea',
    'normal',
    'en verde',
    'correcto',
    'correcta',
  ],
  fillers: [
    'perfecto',
    'genial',
    'vale',
    'top',
    // "Sí, ningún problema." answers a question whether it works.
    'ningun',
    'estado',
    'wifi',
    'ya',
    'ahora',
    'por',
    'fin',
    'todo',
    'el',
    'la',
    'lo',
    'los',
    'problema',
    'incidencia',
    'ticket',
    'error',
    'buenas',
    'noticias',
    'bueno',
    'pues',
    'esta',
    'de',
    'nuestro',
    'nuestra',
    'su',
    'lado',
    'parte',
    'nuevo',
    'otra',
    'vez',
    'completamente',
    'impresora',
    'vpn',
    'okmark',
    'si',
    'gracias',
    'hola',
    'y',
    'hoy',
    'confirmado',
    'en',
  ],
  // C252: a tag after a comma asks to agree; its negation negates nothing of the question.
  questionTags: ['no', 'verdad', 'cierto', 'eh', 'a que si', 'sí o no', 'si o no', 'correcto'],
  affirmations: ['si', 'efectivamente', 'claro', 'correcto', 'exacto', 'asi es'],
  closings: [String.raw`\b(?:cerr|cierr)`],
  openClosings: [
    String.raw`\bsin (?:una |ninguna )?(?:solucion|correccion|arreglo|reparacion)(?: \w+)?(?: confirmada| definitiva| verificada)?\b`,
    String.raw`\b(?:no|sin|aun no|todavia no)(?: \w+){0,3} (?:resuelto|resuelta|solucionado|solucionada|confirmada?)\b`,
    String.raw`\bsin resolver\b`,
    String.raw`\bsin (?:confirmacion|confirmar|verificar|comprobar|que (?:\w+ ){0,5}(?:haya|hayan|se haya|se hayan)(?: podido)? (?:confirmad|verificad|comprobad|resuelt|solucionad)[oa]s?)\b|\b(?:no|sin) (?:esta |estan |ha sido |han sido )?(?:confirmad|verificad|comprobad)[oa]s?\b`,
  ],
  endorsements: [
    String.raw`\b(?:como (?:se indico|se anoto|se confirmo|se menciono|se dijo|indicado|anotado|confirmado|mencionado|acordado)|confirmado|buenas noticias|actualizacion|estado|resultado|conclusion|nota|resumen)\W*$`,
  ],
  problemFree: [
    // C319: an answer that denies the fault: "sí, desde las 10 sin ningún atasco".
    String.raw`\bsin (?:ningun |ni un |un solo )?(?:atascos?|cuelgues?|caidas?|desconexiones|perder (?:senal|conexion|la conexion))\b`,
    String.raw`\bsin (?:ningun |ninguna |mas |otro |el menor |la menor )?(?:problemas?|errores|error|fallos?|incidencias?|cortes?|inconvenientes?|quejas?|contratiempos?)\b`,
  ],
  misspellings: [
    // C257: jerga de chat de un arreglo: "ya funca", "funca de nuevo".
    'funca funciona',
    'funcan funcionan',
    'funcando funcionando',
    'funsiona funciona',
    'funcina funciona',
    'fuciona funciona',
    'funicona funciona',
    'arreglao arreglado',
    'resuleto resuelto',
    'reuselto resuelto',
  ],
  typoStems: [
    'funciona',
    'funcionan',
    'funcionando',
    'correctamente',
    'perfectamente',
    'normalmente',
    'solucionado',
    'arreglado',
    'normalidad',
  ],
  partials: [
    // "por parte de los usuarios" is "from the users", not "part of them".
    // C113: "0 % de perte" is a loss of none, not a part of a whole.
    String.raw`\b(?:\d+|dos|tres|cuatro|algunos|algunas|la mayoria|(?<!\bpor )parte|varios|varias|la mitad) (?:de|de los|de las|de nuestros|de sus) (?:\d+|(?!perd|pert)\w+)`,
    String.raw`\bparcialmente\b`,
  ],
  scopes: [
    // C266: un buen estado limitado a un banco de pruebas no es un arreglo en producción: "funcionó en la VM de pruebas, todavía no en producción".
    String.raw`\b(?:en|sobre|para|con) (?:la |el |los |las |una |un |nuestra |nuestro )?(?:(?:vm|maquina|equipo|pc|servidor|entorno|ambiente|instancia|tenant|cuenta|usuario|grupo|portatil|laptop)s? (?:de |del )?(?:prueba|pruebas|test|preproduccion|laboratorio|piloto|desarrollo|qa|staging)|preproduccion|laboratorio|sandbox|staging)\b`,
    // "restablecida solo para dos usuarios": a good state limited to a few of them.
    String.raw`\b(?:solo|solamente|unicamente) (?:para|en) (?:los |las )?(?:\d+|un|una|dos|tres|cuatro|algunos|algunas|unos|unas|parte de los) (?:\w+ )?(?:usuarios?|equipos?|impresoras?|maquinas?|dispositivos?|ordenadores?|cuentas?|sedes?|colas?|oficinas?)\b`,
  ],
  waits: [String.raw`\bsolo (?:despues|cuando|una vez|tras)\b`],
  denials: [
    // C286: a closing label and what the user can do: "Cierre: la usuaria puede imprimir", "Resultado: el cliente ya consigue entrar".
    String.raw`^(?:cierre|conclusion|resultado|estado final|resolucion|desenlace)(?: (?:final|del ticket|del caso))? (?:el |la |los |las )?(?!(?:nadie|ningun|ninguna|ninguno|no|nada|nosotros|yo)\b)[\w-]+(?: (?!(?:puede|pueden|no)\b)[\w-]+)? (?:ya )?(?:puede|pueden|consigue|consiguen|logra|logran|es capaz de|son capaces de) (?:ya |de nuevo |otra vez |nuevamente |por fin )*(?:imprimir|escanear|conectarse|conectar|entrar|acceder|iniciar sesion|loguearse|trabajar|enviar|recibir|abrir|usar|llamar|sincronizar)\b(?: (?!(?:no|nunca|solo|solamente|pero|salvo|excepto|cuando|si|tras|despues|manana|luego|a veces|desde|con|otro|otra|prestado|prestada)\b)[\w-]+){0,6}$`,
    // C56: a double negative: "there is not one printer left that does not print".
    String.raw`\bno (?:queda|hay|existe)(?: ya)? (?:ninguna?|ni una?(?: sola?)?) (?:[\w-]+ ){1,4}que no (?:imprima|funcione|ande|vaya|imprime|funciona)\b`,
  ],
  zeroCounts: [
    // C58: a fault counted as none after its label: "crashes: 0", "occurrences since the fix: 0".
    String.raw`^(?:[\w-]+ ){0,3}(?:caidas|fallos|errores|cuelgues|crashes|incidencias|paradas)(?: (?:desde|tras|despues) [\w -]+)?$`,
    // C81: a fault's counter as the label: "contador de errores CRC del switch : 0 desde …".
    String.raw`^contador(?:es)? de (?:errores|fallos|caidas|incidencias)\b`,
    String.raw`^(?:[\w-]+ ){0,2}(?:eventos|ocurrencias|entradas)(?: (?!(?:debe|debera|deberia|sera|seria|ser|por|pendiente|no|aun|todavia|cuando|si|hasta|puede)\b)[\w-]+){0,3} (?:desde|tras|despues) [\w -]+$`,
  ],
  noes: ['no', 'qué va', 'para nada', 'nada'],
  elsewhere: [
    'el problema está',
    'el problema es',
    'el problema viene',
    'la falla está',
    'la falla es',
    'el fallo está',
    'el fallo es',
    'la causa está',
    'la causa es',
    'el error está',
    'el error viene',
    'la avería está',
  ],
  faults: [
    'fallando',
    'falla',
    'roto',
    'rota',
    'caído',
    'caída',
    'colgado',
    'cuelga',
    'bloqueado',
    'bloqueada',
    'problema',
    'problemas',
    'error',
    'errores',
    'lento',
    'lenta',
    'averiado',
    'averiada',
    'estropeado',
    'estropeada',
    'no funciona',
    'no va',
    'no anda',
    'no imprime',
  ],
  // C100: an aside of sight asserts what follows it.
  asides: [
    'por lo que (?:veo|vemos|puedo ver|podemos ver)',
    'hasta donde (?:veo|vemos|puedo ver|podemos ver)',
  ],
  // C101: a clause taken as given is asserted, in a question too.
  presuppositions: ['ahora que', 'ya que'],
  // C111: good news announced, with something again, tells the fault over.
  goodNews: [
    String.raw`\bbuenas noticias\b`,
    String.raw`\bnos complace (?:informarle|comunicarle|confirmarle)\b`,
  ],
  again: ['de nuevo', 'otra vez', 'vuelve a', 'vuelven a'],
};
