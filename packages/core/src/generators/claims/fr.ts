import { ALL_OF_ALL, type ClaimLanguage } from './language.js';

const ADV = String.raw`(?:de nouveau|a nouveau|maintenant|desormais|enfin|bien|completement|totalement|entierement|deja|definitivement|ne|pas|plus|toujours|encore|jamais|se|y|tout|vraiment|finalement|heureusement|correctement|apparemment)`;
const FIXED = String.raw`(?:resolue?s?|reglee?s?|corrigee?s?|reparee?s?|retablie?s?|depannee?s?|restauree?s?|remise? en ligne|utilisables?|terminee?s?|rentre dans le ordre|de retour a la normale|en ordre|operationnel(?:le)?s?|fonctionnel(?:le)?s?|remise? en (?:service|route|etat)|accessibles?|joignables?|disponibles?|stables?|en ligne|clos(?:e|es)?|cloturee?s?|ok)`;
const SYMPTOM = String.raw`(?:pose|rencontre|constate|observe|signale|apparait|affiche|plante|produit|bloque|gele|fige|redemarre|deconnecte|coupe|crashe?|freeze|manifeste|reproduit|arrive|bug(?:ue)?)`;
// Verbs of a device at work, present tense, written by stem to keep the language's expression small.
const DEVICE_VERBS = String.raw`(?:(?:fonctionn|march|imprim|tourn|demarr|synchronis|envoi|scann|recuper|ouvr|charg|roul|boot|circul|communiqu|enregistr|sauvegard|travaill|navigu|telecharg|acced)(?:e|ent)|(?:fonctionn|march)e-t-(?:il|elle)|sort|sortent|part|partent|lit|lisent|recoit|recoivent|tient|tiennent|repond|repondent|(?<!de )passe(?:nt)?|(?:[\w-]+ )?se (?:(?:connect|lanc|synchronis|ouvr|execut|charg|reconnect|deroul|comport|allum|install|enregistr|imprim|mont|authentifi)(?:e|ent)|met a jour|mettent a jour))`;
// How a device works when it works as it should: "sans accroc", "nickel", "de façon stable".
const MANNER = String.raw`(?:correctement|normalement|bien|tres bien|super bien|parfaitement|parfaitement bien|impeccablement|impeccable|impec|nickel|au poil|au top|a merveille|comme sur des roulettes|comme une horloge|comme une montre suisse|comme un charme|sans (?:aucun |aucune |le moindre |la moindre |plus de |plus aucun |plus aucune )?(?:probleme|erreur|souci|incident|coupure|accroc|encombre|bug|plantage|difficulte|interruption|deconnexion|blocage|message de erreur)s?|sans broncher|sans (?:plus )?(?:decrocher|couper|planter|se deconnecter|se couper|se figer|bloquer|ramer|redemarrer|perdre la connexion|faiblir|sauter)|sans faute|sans rien dire|comme prevu|comme il faut|comme avant|de (?:facon|maniere) (?:stable|fiable|normale|fluide|correcte|parfaite)|stablement|proprement|fluidement|sans interruption|du tonnerre|du feu de dieu|sans faille)`;
// What people do with a working device, after "peut de nouveau", "arrive à".
const ABLE = String.raw`(?:a-t-(?:il|elle|on) pu|ont-(?:ils|elles) pu|a pu|ont pu|a enfin pu|a de nouveau pu|a reussi a|ont reussi a|peut|peuvent|pouvez|pouvons|peut-(?:il|elle|on)|peuvent-(?:ils|elles)|arrive|arrivent|parvient|parviennent|reussit|reussissent|est en mesure|sont en mesure)`;
// Infinitives that say the symptom, not the work: "peut de nouveau planter" is a risk, not a fix.
const NOT_SYMPTOM = String.raw`(?!(?:se )?(?:planter|bloquer|echouer|produire|survenir|apparaitre|reproduire|geler|figer|crasher|tomber|couper|deconnecter|redemarrer tout seul|arriver|manifester|afficher le erreur|buguer|ralentir)\b)`;

/** French. */
export const FR: ClaimLanguage = {
  name: 'fr',
  claims: [
    // C314: a reply's subject line that ends in a done-word, the fault named before it: "RE : Scanner HS – résolu", "Incident rés.".
    String.raw`^(?:desormais |maintenant )?(?:regle|reglee|resolu|resolue|corrige|corrigee|solutionne|solutionnee)$`,
    String.raw`^(?:incident|probleme|pb|ticket|souci|panne) (?:res|resolu|regle|clos)$`,
    // C315: a figure before and a small one now: "Démarrage : 5 min avant, 30 s maintenant".
    String.raw`^(?:et )?(?:(?:moins de |environ |a peine )?\d+ ?(?:s|sec|secondes?) (?:maintenant|desormais|aujourd hui|depuis)|(?:maintenant|desormais) (?:en |il faut |cela prend |ca prend |on est a )?(?:moins de |environ |a peine )?\d+ ?(?:s|sec|secondes?))\b(?! (?:de plus|plus lent)\b)`,
    // C316: a queue empty since a time, and staying so: "spouleur vide depuis 9 h".
    String.raw`(?<!\b(?:ne|pas|plus|jamais) (?:\w+ )?)\bvide depuis (?:midi|minuit|ce matin|hier|\d+ ?h\d*|le (?:redemarrage|nettoyage|changement|correctif|passage))\b`,
    // C320: recognised again, a test passed: "le lecteur est de nouveau reconnu, test validé"; "envoi des bulletins à nouveau possible".
    String.raw`\b(?:est|sont) (?:de nouveau|a nouveau|maintenant) (?:reconnue?s?|detectee?s?|enregistree?s?|appairee?s?)\b(?! (?:seulement|uniquement|mais|sauf|par intermittence)\b)`,
    String.raw`\b(?:de nouveau|a nouveau) (?:possibles?|operationnel(?:le)?s?|fonctionnel(?:le)?s?|accessibles?|disponibles?)\b(?! (?:seulement|uniquement|mais|sauf|pour (?:un|une|certains|quelques))\b)`,
    // C325: a job ended well: "réplication du soir terminée avec succès".
    String.raw`\b(?:sauvegarde|synchronisation|replication|job|tache|mise a jour|copie|restauration)(?: (?!(?:ne|pas|doit|devra|sera|partiellement)\b)[\w-]+){0,4} (?:terminee?s?|achevee?s?|finie?s?) avec succes\b(?! (?:seulement|uniquement|mais|sauf|partiel)\b)`,
    // C285: the latency down and the calls clear again: "les appels sont de nouveau nets", "le son est redevenu clair".
    String.raw`\b(?:appels?|communications?|conversations?|son|audio|voix|ligne|qualite (?:audio|sonore|des appels|de la voix))(?: (?!ne\b|pas\b|plus\b|jamais\b|toujours\b|seulement\b|sera\b|seront\b|devrait\b|devraient\b)[\w-]+){0,3} (?:est|sont)(?: (?:maintenant|desormais|enfin|bien|tout))* (?:de nouveau|a nouveau|redevenue?s?|redevenus|redevenues)(?: (?:bien|tout|parfaitement|tres|de nouveau|a nouveau))* (?:nets?|nettes?|clairs?|claires?|limpides?|propres?|parfaits?|parfaites?|audibles?|cristallins?|cristallines?)\b(?! (?:seulement|uniquement|mais|sauf|pendant|par moments)\b)`,
    // C288: everyone can log in: "tout le monde peut se connecter", "tout le monde arrive à ouvrir une session".
    String.raw`(?<!\b(?:pas|presque|quasiment|si|quand|lorsque|des que|attendant|provisoirement|temporairement)\b.{0,20})\btout le monde (?:peut|arrive a|parvient a|reussit a|a pu|a reussi a) (?:de nouveau |a nouveau |maintenant |desormais |enfin )*(?:se connecter|se loguer|se logger|se identifier|acceder|entrer|ouvrir (?:une |sa )?session|travailler)\b(?!(?: [\w-]+){0,4} (?:sauf|mais|seulement|uniquement|si|quand|une fois|apres|via)\b)`,
    // C256: chaque poste obtient de nouveau une adresse: "tous les postes reçoivent une IP maintenant", "toutes les machines récupèrent une adresse IP".
    String.raw`\b(?:recoit|recoivent|obtient|obtiennent|recupere|recuperent|prend|prennent|tire|tirent|chope|chopent)(?: (?:maintenant|desormais|de nouveau|a nouveau|bien|enfin|correctement|automatiquement|une|leur|son|sa|ses|leurs|la|les|des|bien une))* (?:maintenant|desormais|de nouveau|a nouveau)(?: (?:bien|enfin|correctement|automatiquement|une|leur|son|sa|ses|leurs|la|les|des))* (?:ip|ips|adresse ip|adresses ip|adresse|adresses|bail dhcp|baux dhcp|bail|baux)\b(?! (?:de la mauvaise|du mauvais|en 169|apipa)\b| (?:sauf|mais|seulement)\b)`,
    String.raw`\b(?:recoit|recoivent|obtient|obtiennent|recupere|recuperent|prend|prennent|tire|tirent|chope|chopent)(?: (?:bien|enfin|correctement|automatiquement|une|leur|son|sa|ses|leurs|la|les|des))* (?:ip|ips|adresse ip|adresses ip|adresse|adresses|bail dhcp|baux dhcp|bail|baux)(?: (?:du|par le|depuis le|via le) (?:dhcp|serveur|routeur|pare-feu)(?: dhcp)?)? (?:maintenant|desormais|de nouveau|a nouveau|automatiquement|correctement|normalement)\b(?! (?:sauf|mais|seulement)\b)`,
    String.raw`\b(?:tous|toutes|chaque|les deux)(?: (?!ne\b|pas\b|plus\b|encore\b|toujours\b|seulement\b|que\b)[\w-]+){1,4} (?:recoit|recoivent|obtient|obtiennent|recupere|recuperent|prend|prennent|tire|tirent)(?: (?:maintenant|desormais|de nouveau|a nouveau|bien|enfin|correctement|automatiquement|une|leur|son|sa|ses|leurs|la|les|des))* (?:ip|ips|adresse ip|adresses ip|adresse|adresses|bail dhcp|baux dhcp|bail|baux)\b(?! (?:de la mauvaise|du mauvais|en 169|apipa)\b| (?:sauf|mais|seulement)\b)`,
    String.raw`\b(?:distribue|distribuent|attribue|attribuent|delivre|delivrent)(?: (?:maintenant|desormais|de nouveau|a nouveau|bien|correctement))* (?:maintenant|desormais|de nouveau|a nouveau)(?: (?:bien|correctement))* (?:des |les |ses )?(?:adresses(?: ip)?|ips|baux)\b(?! (?:sauf|mais|seulement)\b)`,
    // C257: le raccourci de tchat d'une réparation: "ça r'marche", "tt fonctionne", "c bon".
    String.raw`\b(?:ca|sa|tout|tt|ça) re (?:marche|fonctionne|tourne|roule)\b`,
    String.raw`\btt (?:marche|fonctionne|roule|refonctionne|remarche|est ok|est bon|nickel|ok|good|bon)\b`,
    String.raw`(?:^| )c (?:bon|ok|regle|reparti|good|nickel)(?: (?:maintenant|la|mtn))?$`,
    // C258: un titre du problème ou du job avec le mot de sa correction: "Problème DNS rectifié", "Job de sauvegarde réglé".
    String.raw`^(?:(?!\d|(?:ne|pas|plus|jamais|non|encore|toujours|partiellement|seulement|que|a|sera|doit|devra|devrait|faut|pour|si|quand|lorsque|une|avant|apres|rien|presque|bientot|demain|en)\b)[\w-]+ ){0,4}[\w-]*(?:probleme|souci|erreur|panne|bug|job|tache|sauvegarde|synchro|synchronisation|acces|connexion|lien|tunnel|partage|lecteur|impression|messagerie|mail|dns|vpn|dhcp|certificat|resolution|passerelle|routage|replication|droits|permissions|profil|boite|licence|strategie|incident|dysfonctionnement)s?(?: (?!(?:ne|pas|plus|jamais|non|encore|toujours|partiellement|seulement|sera|seront|serait|doit|doivent|devra|devront|devrait|devraient|etre|va|vont|peut|pourra|pourrait|faut|reste|restent|est|sont|a|ont|ete|pour|si|quand|avant|demain|alors|en cours)\b)[\w-]+){0,3} (?:maintenant |enfin |desormais |completement |bien )?(?:rectifiee?s?|reglee?s?|corrigee?s?|resolue?s?|reparee?s?|solutionnee?s?)$`,
    // C259: un service de nouveau debout: "la passerelle RDP est à nouveau debout", "le serveur de fichiers est remonté".
    String.raw`\b(?:est|sont)(?: (?:maintenant|enfin|bien|desormais))* (?:de nouveau|a nouveau) (?:debout|sur pied|up)\b`,
    String.raw`\b(?:serveur|serveurs|service|services|passerelle|lien|vpn|tunnel|site|portail|nas|switch|routeur|firewall|pare-feu|base|vm|vms|machine|interface|liaison|ligne|messagerie|reseau|wifi|wi-fi)(?: [\w-]+){0,3} (?:est|sont) (?:bien |enfin |maintenant )?(?:remonte|remontee|remontes|remontees)\b(?! (?:a|au|aux|vers|chez|jusque|jusqu|dans|par)\b)`,
    // C260: la sauvegarde est passée et la restauration de test a fonctionné: "la restauration de test a bien ouvert les fichiers", "le test de restauration est concluant".
    String.raw`\b(?:restauration|restaurations|restau|restore|restores) (?:de |des )?(?:test|tests|essai|verification|controle)(?: (?!ne\b|pas\b|plus\b|seulement\b|mais\b|que\b)[\w-]+){0,5} (?:a (?:bien |parfaitement |correctement )?(?:fonctionne|marche|reussi|abouti)|est (?:bien )?(?:concluante?|reussie?|ok|bonne|validee?|passee?)|a (?:bien )?(?:ouvert|restaure|rendu|recupere) (?:les |tous les |toutes les )?(?:fichiers|dossiers|donnees|mails|documents))\b(?! (?:en partie|partiellement|seulement|sauf|mais)\b)`,
    String.raw`\btests? de restauration(?: [\w-]+){0,3} (?:est |a ete |sont |ont ete )?(?:bien )?(?:concluante?s?|reussie?s?|ok|valide(?:e|s|es)?|passe(?:e|s|es)?)\b(?! (?:en partie|partiellement|seulement|sauf|mais)\b)`,
    String.raw`\b(?:sauvegarde|sauvegardes|backup|backups|job|jobs)(?: (?!ne\b|pas\b|plus\b|seulement\b)[\w-]+){0,5} (?:est|sont) (?:bien |correctement |enfin )?passee?s?\b(?! (?:en|a|au|de|par|sur|pour)\b)`,
    // C261: les noms se résolvent depuis chaque site: "les noms internes se résolvent correctement depuis tous les sites".
    String.raw`\b(?:noms|nom|resolution|resolutions|requetes|dns|fqdn|enregistrements)(?: [\w-]+){0,3} se (?:resolvent|resout)(?: (?:maintenant|desormais|bien))* (?:correctement|bien|normalement|de nouveau|a nouveau|sans (?:erreur|souci|probleme)s?)\b`,
    String.raw`\b(?:fonctionne|fonctionnent|marche|marchent|(?:[\w-]+ )?se (?:resolvent|resout)|repond|repondent|accessible|accessibles|joignable|joignables|resolu|resolus)(?: (?!ne\b|pas\b|plus\b|que\b|seulement\b)[\w-]+){0,2} (?:depuis|de|dans|sur) (?:tous les|toutes les|chaque|les deux) (?:[\w-]+ )?(?:sites?|agences?|bureaux|bureau|succursales?|filiales?|etages?|batiments?|vlans?|sous-reseaux|magasins?|antennes?)\b(?!(?: [\w-]+)? (?:sauf|mais|excepte|hormis)\b)`,
    // C262: le certificat renouvelé, le site s'ouvre sans avertissement: "le portail s'ouvre sans avertissement", "le cadenas est de nouveau vert".
    String.raw`\b(?:(?:[\w-]+ )?se (?:charge|chargent|ouvre|ouvrent|affiche|affichent|lance)|charge|chargent|ouvre|ouvrent|demarre|arrive|repond)(?: (?:maintenant|desormais|de nouveau|a nouveau|bien))* sans (?:aucun |aucune |plus de |le |la |les |de )?(?:avertissements?|alertes?|messages? de (?:erreur|avertissement|securite)|erreurs? de certificat|erreurs?)\b(?! (?:sauf|mais|seulement)\b)`,
    String.raw`\bcadenas (?:est |se affiche |apparait )?(?:de nouveau|a nouveau) (?:vert|la|present|affiche)\b|\bcadenas (?:est )?revenu\b`,
    // C263: quelqu'un rappelle, l'appareil envoie de nouveau: "le copieur renvoie les scans par e-mail", "le scanner mail de nouveau les PDF".
    String.raw`\b(?:envoie|envoient|renvoie|renvoient|reenvoie|reenvoient|mailent|transmet|transmettent|expedie|expedient)(?: (?:maintenant|desormais|de nouveau|a nouveau|bien))* (?:les |des |ses |leurs )?(?:scans?|pdfs?|pdf|numerisations?|documents? numerises|courriels|mails)(?: (?!ne\b|pas\b|plus\b|que\b)[\w-]+){0,2} (?:par (?:e-mail|email|mail|courriel)|vers (?:la messagerie|les boites|le mail|la boite|outlook)|sur la messagerie|dans (?:la boite|les boites|outlook))\b`,
    String.raw`\b(?:mail|mailent) (?:de nouveau|a nouveau) (?:les|des|ses|leurs|le|la)\b`,
    // C264: une ligne d'état, le service de nouveau connecté: "VPN de nouveau connecté".
    String.raw`^(?:(?!\d)[\w-]+ ){1,3}(?:de nouveau|a nouveau) (?:connectee?s?|reconnectee?s?|montee?s?|mappee?s?|enregistree?s?|etablie?s?|synchronisee?s?)$`,
    // C265: les utilisateurs retrouvent l'accès: "les télétravailleurs retrouvent l'accès au bureau à distance".
    String.raw`\b(?:retrouve|retrouvent|retrouvons|retrouvez)(?: (?:maintenant|enfin|bien|tous|toutes|desormais))* (?:le |leur |leurs |son |sa |ses |un )?(?:acces|connexion|session|sessions)\b(?! (?:refuse|bloque|interdit|partiel|seulement|que)\b)`,
    // C224: un chargeur qui prend chaque page: "le scanner prend maintenant toutes les pages", "le chargeur avale chaque feuille".
    String.raw`\b(?:prend|prennent|entraine|entrainent|avale|avalent|accepte|acceptent|attrape|attrapent|happe|happent|tire|tirent|saisit|saisissent|engage|engagent)(?: (?:maintenant|desormais|de nouveau|a nouveau|enfin|bien|correctement|sans souci|sans probleme|sans broncher|tout))* (?:toutes les|tous les|chaque|chacune des|chacun des|la totalite des) (?:pages|feuilles|page|feuille|documents|originaux|feuillets|cheques|recus)\b(?! (?:sauf|seulement|uniquement|en double|deux par deux|de travers|a la fois|ensemble|en revue)\b)`,
    String.raw`\b(?:toutes les|chaque|chacune des) (?:pages|feuilles|page|feuille|originaux|documents)(?: [\w-]+){0,2}? (?:passe|passent|rentre|rentrent|entre|entrent|(?:est|sont)(?: (?:desormais|maintenant|bien|de nouveau|a nouveau|correctement))* (?:entrainee|entrainees|prise|prises|avalee|avalees))(?: (?:maintenant|desormais|de nouveau|a nouveau|bien|correctement|sans (?:bourrage|probleme|souci|accroc)))*\b(?! (?:sauf|seulement|uniquement|en double|de travers|mal)\b)`,
    // C230: une apparence qui affirme l'état: "il semble que l'imprimante soit réparée", "ça a l'air de fonctionner".
    String.raw`\b(?:il semble|il semblerait|il parait|on dirait|on croirait|apparemment|visiblement) (?:bien )?que (?:[\w-]+ ){0,4}?(?:soit|soient|est|sont) (?:maintenant |desormais |bien |de nouveau |enfin |definitivement )*(?:repare|reparee|repares|reparees|regle|reglee|regles|reglees|resolu|resolue|resolus|resolues|corrige|corrigee|corriges|corrigees|retabli|retablie|retablis|retablies|operationnel|operationnelle|operationnels|fonctionnel|fonctionnelle|fonctionnels|en ordre|ok|stable|stables|revenu|revenue|rentre|rentree)\b`,
    String.raw`\b(?:ca|cela|tout|il|elle|le [\w-]+|la [\w-]+|les [\w-]+|le tout) (?:a|ont) (?:maintenant |desormais |enfin )?le air de (?:bien |de nouveau |a nouveau |enfin )?(?:fonctionner|marcher|tourner|refonctionner|remarcher|imprimer|se connecter|etre (?:regle|reglee|resolu|resolue|repare|reparee|ok|bon|stable|revenu|revenue|rentre dans le ordre))\b`,
    // C231: l'avertissement nommé par son texte, disparu: "le message « espace disque insuffisant sur le serveur » a disparu".
    String.raw`\b(?:erreur|message|alerte|avertissement|pop-up|popup|fenetre|notification|bandeau|bandeau)s?(?: (?!pas\b|jamais\b|ne\b|encore\b|seulement\b)[\w-]+){4,9} (?:a|ont|est|sont)(?: (?!pas\b|jamais\b)${ADV})* (?:disparue?s?|partie?s?)\b`,
    // C191: the problem told as a thing of the past: "le problème est de l'histoire ancienne", "appartient au passé".
    String.raw`\b(?:le|ce|la|cette) (?:problème|souci|bug|dysfonctionnement|incident|panne) (?:est|appartient|fait partie) (?:desormais |maintenant |enfin )?(?:de le histoire ancienne|du passé|au passé|derrière nous|un mauvais souvenir)\b`,
    // C192: une fonction nommée rétablie, avec "de nouveau": "le copieur envoie de nouveau les scans par mail".
    String.raw`\b(?:envoie|envoient|renvoie|transfere|transferent|achemine|acheminent|scanne|scannent|synchronise|synchronisent|mappe|encaisse|encaissent|distribue|distribuent|redirige|redirigent|bascule|basculent)(?: (?!pas\b|plus\b|jamais\b|que\b|seulement\b|mais\b|quand\b|si\b|erreur\w*\b|mal\b)[\w'-]+){0,5} (?:de nouveau|a nouveau)\b(?!(?: [\w-]+){0,2} (?:erreur\w*|mal)\b)`,
    // C193: connecté toute la journée, la connexion tenue sans décrocher: "le VPN tient maintenant toute la journée".
    String.raw`\b(?:tient|tiennent|maintient|maintiennent)(?: (?:maintenant|desormais|enfin|bien|de nouveau))?(?: (?:la connexion|le lien|la liaison|le signal|la session))? (?:toute la (?:journee|nuit|semaine|matinee)|la journee entiere|sans (?:decrocher|couper|se deconnecter|coupure|deconnexion|interruption|perdre la connexion))\b(?! (?:seulement|mais|sauf)\b)`,
    String.raw`\b(?:reste|restent)(?: (?:maintenant|desormais|enfin|bien))? (?:connecte|connectee|connectes|connectees|en ligne) (?:toute la (?:journee|nuit|semaine|matinee)|la journee entiere|sans (?:decrocher|couper|coupure|deconnexion|interruption))\b(?! (?:seulement|mais|sauf)\b)`,
    // C194: s'ouvre directement où il faut: "Outlook s'ouvre maintenant directement sur la boîte de réception".
    String.raw`\b(?:ouvre|ouvrent|demarre|demarrent|lance|charge)(?: (?:maintenant|desormais|de nouveau))? (?:directement|tout de suite|immediatement|direct) (?:sur|dans|a|au|en)\b(?!(?: [\w'-]+){0,3} (?:erreur\w*|bios|mode sans echec|reparation|messagerie vocale|repondeur)\b)`,
    // C195: mieux que jamais ou qu'avant la panne, comme neuf: "plus rapide que jamais", "plus fluide qu'avant la mise à jour".
    String.raw`\b(?:plus (?:rapide|rapides|fluide|fluides|stable|stables|rapidement|vite|reactif|reactive|fiable)|mieux|meilleure?s?)(?: [\w'-]+){0,2} (?:que jamais|que avant (?:la|le|les|l) ?(?:[\w-]+ )?(?:mise a jour|panne|changement|migration|remplacement|incident|probleme|correctif|patch|reinstallation))\b`,
    String.raw`\b(?:est|sont|tourne|tournent|marche|marchent|fonctionne|fonctionnent|redevenue?s?)(?: (?:maintenant|de nouveau|comme))* comme (?:neuf|neuve|neufs|neuves)\b`,
    // C196: tout seul à l'ouverture de session, souvent rapporté: "le lecteur réseau se connecte tout seul à l'ouverture de session".
    String.raw`\b(?:connecte|monte|mappe|lance|synchronise|reconnecte)(?: (?:maintenant|de nouveau|desormais))? (?:tout seul|toute seule|automatiquement) (?:a|au|lors de|pendant) (?:la |le |l )?(?:connexion|ouverture de session|login|demarrage|logon)\b`,
    // C197: tâches à 100 %, 100 % des messages remis, flux mail normal: "100 % des mails délivrés sur les dernières 24 h".
    String.raw`\b(?:sauvegardes?|jobs?|taches?|travaux)(?: [\w-]+){0,3} (?:a|passent|passe|tournent|reussissent|aboutissent)(?: a)? 100\b`,
    String.raw`\b100(?: ?%| pour ?cent)? (?:des |de les )?(?:messages |mails |courriels |e-mails )?(?:delivres|distribues|livres|remis|de distribution|de remise)(?: [\w-]+){0,2} (?:sur|dans|pendant|au cours de) (?:les )?(?:dernieres|derniers)\b`,
    String.raw`\bflux (?:de )?(?:mail|mails|messagerie|courriels?|e-mails?)(?: \w+)? (?:est |redevenu |de nouveau )*(?:normal|regulier|normalise|retabli)\b`,
    // C198: la formule de clôture qui dit l'affaire réglée: "cette affaire étant désormais réglée, le ticket sera clôturé".
    String.raw`\b(?:cette|la) (?:affaire|demande|question|situation)(?: \w+){0,2} (?:est|etant) (?:desormais |maintenant |donc |a present )?(?:reglee|classee|terminee|traitee)\b`,
    // C199: les impressions sortent propres.
    String.raw`\b(?:impressions|tirages|copies|pages|etiquettes|tickets|scans|documents)(?: [\w-]+){0,2} (?:sortent|ressortent|sont) (?:maintenant |de nouveau |desormais )*(?:propres|nettes|impeccables|parfaites|nickel|sans traces?|sans bavures?)\b`,
    // C200: un tout-va-bien bref dans la phrase: "c'est nickel", "tout se synchronise".
    String.raw`\b(?:ce est|cest|tout est) (?:maintenant |de nouveau |desormais )?(?:nickel|niquel|impec|impeccable|au poil|au top)\b(?! (?:sauf|mais|seulement)\b)`,
    String.raw`\btout se synchronise\b(?! (?:sauf|mais|seulement)\b)`,
    // C202: pour tous: "se synchronise sur tous les smartphones", "toutes les prises réseau fonctionnent".
    String.raw`\b(?:fonctionnent|fonctionne|marchent|marche|demarre|demarrent|synchronise|synchronisent|tourne|tournent|imprime|connecte|lance)(?: (?!pas\b|plus\b|que\b|seulement\b)[\w'-]+){0,2} (?:sur|chez|pour|a|dans) (?:tous|toutes) (?:les )?[\w-]+\b(?! (?:sauf|mais|seulement|excepte)\b)`,
    String.raw`\b(?:toutes|tous) (?:les )?(?:[\w-]+ )?(?:prises|postes|ports|partages|lecteurs|imprimantes|bornes|telephones|caisses|serveurs)(?: [\w'-]+){0,5} (?:fonctionnent|marchent|sont (?:de nouveau |maintenant )?(?:actives|actifs|accessibles|joignables|en ligne))\b(?! (?:sauf|mais|seulement)\b)`,
    String.raw`\b(?:tout le|toute la) (?:[\w-]+ )?(?:etage|bureau|batiment|equipe|service|site)(?: [\w-]+)? (?:a|ont|retrouve) (?:de nouveau |a nouveau |maintenant )?(?:le |du )?(?:reseau|internet|wifi|wi-fi|connexion|acces)\b`,
    // C203: la batterie tient de nouveau une journée entière.
    String.raw`\b(?:batterie|portable|pc|laptop)(?: [\w-]+){0,3} (?:tient|tiennent|dure|durent)(?: (?:de nouveau|a nouveau|maintenant))? (?:toute une journee|une journee (?:entiere|complete|de travail)|toute la journee)\b`,
    // C204: les paiements par carte encaissés de nouveau ou sans souci.
    String.raw`\b(?:encaisse|encaissent|accepte|acceptent) (?:de nouveau |a nouveau |maintenant |desormais )?(?:les |la )?(?:paiements?|cartes?|cb|carte bancaire|sans contact)(?: (?:par carte|bancaires?))? (?:de nouveau|a nouveau|sans (?:aucun |le moindre )?(?:souci|probleme))\b`,
    String.raw`\b(?:encaisse|encaissent|accepte|acceptent) (?:de nouveau|a nouveau) (?:les |la )?(?:paiements?|cartes?|cb|carte bancaire)\b`,
    // C205: la supervision au vert partout depuis une heure: "la supervision affiche tout au vert depuis 9 h".
    String.raw`\b(?:supervision|monitoring|dashboard|tableau de bord|prtg|zabbix|nagios|centreon|sondes)(?: [\w-]+){0,3} (?:affiche|est|sont|montre|indique)(?: (?:tout|partout|maintenant))* (?:au |en )?vert(?: [\w-]+){0,4} depuis\b`,
    // C157: in top form, an idiom of health said of the device: "le portable pète la forme", "l'imprimante ronronne de nouveau".
    String.raw`\b(?:pete|petent) (?:la|le) (?:forme|feu)\b`,
    String.raw`\ben (?:pleine|super|grande) forme\b(?! (?:seulement|sauf|mais)\b)`,
    String.raw`\b(?:ronronne|ronronnent) (?:de nouveau|a nouveau|comme un chat|comme un chaton|maintenant|desormais|sans souci)\b`,
    // C158: doing its job: "il tient la route", "il fait le job", "remplit son rôle".
    String.raw`\b(?:tient|tiennent) (?:bien |de nouveau |enfin )?la route\b(?! (?:seulement|sauf|mais)\b)`,
    String.raw`\b(?:fait|font|remplit|remplissent|assure|assurent) (?:bien |de nouveau |a nouveau )?(?:le|son|leur) (?:job|boulot|travail|office|role)\b(?! (?:seulement|sauf|mais)\b)`,
    // C162: colloquial praise of a device that behaves: "il se tient à carreau", "les paiements passent crème".
    String.raw`\b[\w-]+ se (?:tient|tiennent) (?:de nouveau |a nouveau |enfin )?a carreau\b`,
    String.raw`\b(?:passe|passent|roule|roulent|tourne|tournent) (?:creme|comme une lettre a la poste|comme sur des roulettes|nickel)\b`,
    // C163: the remedy told impersonally: "il a été remédié au problème", "il a été procédé à la correction".
    String.raw`\bil (?:a ete|fut) (?:remedie|pallie|porte remede|mis fin|procede a la (?:resolution|correction|reparation)) (?:au|a la|aux|a l|a le)\b`,
    // C164: stable since the change: "VPN stable depuis la reconfiguration".
    String.raw`\bstables? depuis (?:la |le |l |les |ce |hier|cette )(?:[\w-]+ )?(?:reconfiguration|changement|remplacement|correctif|mise a jour|intervention|redemarrage|reparation|reinstallation|migration|modification|correction|passage|matin|nuit|semaine|hier)\b(?! (?:seulement|sauf|mais)\b)`,
    // C167: all of a count green: "12/12 tâches de synchro au vert cette nuit".
    String.raw`${ALL_OF_ALL}(?: (?!(?:ne|pas|plus|encore|mais|seulement|hors|echec|echoue\w*|rouge\w*)\b)[\w'-]+){0,6} (?:au vert|en vert|verts|vertes)\b(?! (?:ne|pas|plus|encore|mais|seulement|sauf)\b)`,
    // C143: a count of all in a good state: "3/3 printers online", "4/4 bornes de nouveau en ligne", "12 of 12 tests passed".
    String.raw`${ALL_OF_ALL}(?: (?!(?:ne|pas|plus|encore|mais|seulement|hors|echec|echoue\w*)\b)[\w'-]+){0,5} (?:en ligne|ok|de nouveau|a nouveau|connecte\w*|fonctionnel\w*|operationnel\w*|reussi\w*|enregistre\w*|enregistrent)\b(?! (?:ne|pas|plus|encore|mais|seulement|hors|echec|echoue\w*)\b)`,
    // C144: the fault gone or eliminated: "the drops were eliminated by the new QoS policy", "los reinicios han desaparecido".
    String.raw`\b(?:coupures|gels|plantages|deconnexions|redemarrages|erreurs|interruptions|lenteurs|freezes|blocages|decrochages|micro-?coupures)(?: (?!ne\b|pas\b|plus\b|encore\b|seulement\b)[\w'-]+){0,8} (?:ont ete (?:completement |definitivement )?(?:eliminee?s|supprimee?s|resolue?s|corrigee?s)|ont (?:completement |definitivement )?disparu|c est (?:de )?l histoire ancienne)\b`,
    // C146: a wait cut from minutes to seconds: "prend désormais dix secondes au lieu de cinq minutes".
    String.raw`\b(?:prend|prennent|met|mettent|dure|durent) (?:desormais |maintenant |plus que |seulement )*(?:[\w-]+ ){1,2}secondes? au lieu de (?:[\w-]+ ){1,2}minutes\b`,
    // C148: all of a set in a good state: "Les 25 postes sont bien inscrits dans Intune et reçoivent leurs stratégies".
    String.raw`\b(?:les|tous les|toutes les) \d+ (?:[\w-]+ ){0,2}(?:postes|ordinateurs|pc|comptes|boites|utilisateurs|telephones|imprimantes|bornes|cameras|caisses)(?: (?!ne\b|pas\b|plus\b|encore\b|mais\b|sauf\b)[\w'-]+){0,8} (?:recoivent (?:leurs|les) (?:strategies|politiques|parametres)|se synchronisent|sont en ligne|fonctionnent|sont connecte(?:e)?s|se connectent)\b`,
    // C149: a device doing its work again: "Le TPE encaisse de nouveau le sans contact".
    String.raw`\b(?:encaisse|encaissent|accepte|acceptent|enregistre|enregistrent|recoit|recoivent|affiche|affichent|trouve|trouvent|detecte|detectent|charge|chargent|repond|repondent) (?:de nouveau|a nouveau|enfin)\b(?!(?: [\w'-]+){0,4} (?:erreur\w*|message d erreur|rien|plus|pas)\b)`,
    // C150: fully operational: "la téléphonie est pleinement opérationnelle"; the fix credited: "… a corrigé les lenteurs".
    String.raw`\b(?:est|sont) (?:de nouveau |a nouveau |pleinement |entierement |totalement |enfin |parfaitement )+operationnel(?:le)?s?\b`,
    String.raw`\b(?:a|ont) (?:definitivement |bien )?(?:corrige|regle|resolu|elimine|supprime) (?:les |la |le |l |ce |ces |nos |vos )?(?:lenteurs?|plantages?|coupures?|erreurs?|bugs?|problemes?|gels?|deconnexions?|soucis?|ralentissements?|blocages?)\b`,
    // C138: a monitored state held green over a span: "der Host bleibt seit gestern grün", "le voyant est resté vert toute la nuit".
    String.raw`\b(?:est |sont )?reste(?:e|s|es)? (?:au |en )?(?:vert|verte|verts|vertes|stable|stables|en ligne) (?:toute la nuit|toute la journee|tout le week-end|tout le weekend|depuis)\b`,
    // C127: a hedge that still asserts the present, with "now": "Ça devrait marcher maintenant", "Tout devrait être réglé maintenant".
    String.raw`\bdevrai(?:t|ent)(?=(?: [\w'-]+){0,5} (?:maintenant|desormais)\b|(?<=\b(?:maintenant|desormais)(?: [\w'-]+){0,3} devrai(?:t|ent)))(?: (?:bien|de nouveau|a nouveau|maintenant|desormais|tout|donc|vraiment|normalement))* (?:marcher|fonctionner|aller|etre (?:tout )?(?:regle|resolu|repare|bon|ok|en ordre|corrige|fonctionnel|operationnel|retabli)e?s?)\b`,
    // C128: the customer invited to mark the ticket done: "Vous pouvez marquer le ticket comme résolu".
    String.raw`\b(?:pouvez|peux|pouvons|pourrez)(?: \S+){0,2} (?:marquer|indiquer|passer|mettre|noter|classer)(?: \S+){0,3} (?:comme |en )?(?:resolue?|close?|fermee?|terminee?|traitee?|reglee?)s?\b(?!(?: [\w'-]+){0,6} (?:une fois|des que|quand|si|apres)\b)`,
    // C134: policies in effect on the machine: "les GPO s'appliquent".
    String.raw`\b(?:gpo|strategies|strategie|strategies de groupe|politiques?)(?: (?!ne\b|n\b|pas\b)[\w'-]+){0,2} (?:se appliquent|se applique|s appliquent|s applique|sont (?:bien |correctement |maintenant )*appliquees?|est (?:bien |correctement )*appliquee)\b(?! (?:pas|plus|toujours pas|que partiellement|mais)\b)`,
    // C125: normal operation stated as confirmed, in the formal register: "Normal operation has been confirmed".
    String.raw`\bfonctionnement (?:nominal|normal|correct)(?: a ete| est)? (?:constate|confirme|verifie|valide)\b`,
    // C126: as good as its peers: "works just like every other laptop in the office", "same speed as the rest".
    String.raw`\b(?:le meme debit|la meme vitesse|les memes performances) que (?:le reste|les autres)\b`,
    // C114: every job of a run told as successful: "every backup job succeeded last night".
    String.raw`\b(?:toutes|tous)(?: (?!ne\b|pas\b)[\w-]+){0,4} (?:sauvegardes?|jobs?|taches?|tests?|travaux|synchronisations?)(?: (?!ne\b|pas\b|n\b)[\w-]+){0,4} (?:ont reussi|ont abouti|sont reussi\w*|se sont (?:bien )?(?:deroule|termine)\w*|(?:sont )?termine\w* (?:avec succes|sans erreur))\b`,
    // C116: the good state as an attribute: "the now-working VPN", "das wieder funktionierende Profil".
    String.raw`\b(?:desormais|maintenant|de nouveau) (?:fonctionnel|fonctionnelle|fonctionnels|fonctionnelles|operationnel|operationnelle)\b`,
    // C117: working as it did before the fault: "works exactly as before the update".
    String.raw`\bfonctionnent? (?:[\w-]+ ){0,2}(?:exactement )?comme avant (?:la|le|les) [\w-]+`,
    // C102, C105, C107.
    String.raw`\b(?:a|ont) (?:fait|rempli) (?:le boulot|le job|son office|son travail|leur travail|le travail)\b`,
    String.raw`\b(?:a|ont) (?:regle|resolu) (?:le affaire|le probleme|le souci)\b`,
    String.raw`\b(?:ravi|ravie|content|contente|heureux|heureuse) (?:que|de) (?:on|nous|avoir) (?:ait |ayons |pu )*(?:pu )?(?:regler|resoudre|reparer|corriger) (?:ca|cela|le probleme|ce souci)\b`,
    String.raw`\b(?:ouvre|charge|connecte|demarre)(?: [\w-]+){0,3} (?:desormais |maintenant |de nouveau )?(?:instantanement|immediatement|tout de suite|en quelques secondes)\b`,
    String.raw`\b(?:rejoignent|rejoint|se connectent|se connecte)(?: [\w-]+){0,4} sans broncher\b`,
    // C90, C91: "0 échec de connexion", "perte de paquets ramenée à 0 %".
    String.raw`\bpertes?(?: [\w-]+){0,5} (?:ramenee a|ramenees a|tombee a|tombees a|descendue a|a|tomark) 0\b(?! (?:to|tomark|a|naar|para|al|auf|do|till|до|الى)\b)`,
    // C96: "les douchettes obtiennent bien une adresse IP", code-switching "le bug est fixé", "Cegid est de nouveau up".
    String.raw`\b(?:obtiennent|obtient|recoivent|recoit|recuperent|recupere|prennent|prend)(?: [\w-]+){0,2} (?:bien|correctement|normalement|de nouveau|a nouveau|sans probleme) (?:une |leur |son |sa |des )?(?:adresse|adresses|ip|connexion)\b`,
    String.raw`\b(?:bug|bugs|probleme|problemes|souci|soucis|erreur|incident)(?: [\w-]+){0,3} (?:est|sont|a ete|ont ete) (?:\w+ )?(?:fixe|fixes|fixee|fixees)\b`,
    String.raw`\b(?:est|sont) (?:de nouveau|a nouveau|enfin|bien|re) up\b`,
    // C83: speed back to normal or better than before the fault; messages that arrive as they should
    // now; a test run that came out clean ("printed two batches without skipping a label").
    String.raw`\b(?:arrivent|arrive) (?:bien|correctement|normalement) (?:maintenant|desormais|a nouveau)\b`,
    String.raw`\b(?:a sorti|a imprime|ont sorti|ont imprime)(?: \S+){0,3} sans (?:sauter|rater|perdre|manquer|decaler)\b`,
    // C64: the consequence that implies the fix: a run printed without a hitch, the queues drain
    // and jobs come out in seconds.
    String.raw`\b(?:imprime|imprimes|imprimee|imprimees|numerise|envoye|sorti|sortis|passe|passes)(?: [\w-]+){0,8} sans (?:le moindre|la moindre|aucun|aucune|un seul|une seule) (?:accroc|souci|probleme|incident|erreur|bourrage|couac|anicroche|blocage)s?\b`,
    String.raw`\b(?:files?|queues?)(?: [\w-]+){0,3} (?:se vident|se vide|se ecoulent|se ecoule|defilent|defile) (?:\w+ )?(?:normalement|correctement|sans souci|sans probleme|de nouveau|a nouveau|bien)\b`,
    String.raw`\b(?:travaux|jobs?|documents?|impressions?|pages?)(?: [\w-]+){0,2} (?:sortent|sort|arrivent|partent|passent) (?:en|au bout de|sous) (?:quelques |\d+ |deux |trois |cinq |dix )?secondes\b(?! (?:seulement|uniquement|mais|sauf)\b)`,
    // C66: the monitoring green again since the fix: "PRN01 est repassé au vert sur la supervision".
    String.raw`\b(?:repasse|repassee|repasses|repassees|revenu|revenue|revenus|revenues)(?: \w+)? (?:au|en) vert\b`,
    String.raw`\b(?:est|sont|reste|restent|de nouveau|a nouveau)(?: \w+)? (?:au|en) vert(?: [\w-]+){0,6} (?:depuis|apres|suite a)\b`,
    // C71: a closing drawn as a consequence of the fix: "…, nous fermons donc la demande".
    String.raw`\b(?:fermons|cloturons|classons) (?:donc|par consequent|des lors|ainsi|alors) (?:la |le |cette |ce |votre )(?:demande|ticket|incident|dossier|requete|intervention)\b`,
    // C52: status shorthand after the fix: "Spooler OK post-fix", "back in prod", "ticket closed".
    String.raw`\b(?:ok|okay|stable|vert) (?:post|apres)[ -](?:le )?(?:fix|correctif)\b`,
    String.raw`\bde retour en (?:prod|production|service)\b`,
    // C53: the fault no longer reproduces after the change ("no repro after the swap"), every queue prints.
    String.raw`\b(?:toutes les|tous les) (?:files(?: de attente)?|imprimantes|queues|postes) (?:impriment|fonctionnent|marchent)$`,
    // C55: the restoration told as a confirmed noun or passive: "Restoration of printing confirmed".
    String.raw`(?<!\bsans (?:que (?:la |le |l |sa |leur )?|une |aucune |de )?)\b(?:retablissement|restauration|remise en (?:service|route)|resolution|reparation)(?: (?!(?:partiel|partielle|partiellement|seulement|doit|devra|devrait|sera|serait|etre|a|pas|plus|jamais|encore|quand|si|lorsque|reste|peut|tentative|soit|soient|ait|aient)\b)[\w-]+){0,7} (?:confirme|confirmee|valide|validee|verifie|verifiee|effectue|effectuee|termine|terminee|acheve|achevee|reussi|reussie)\b(?! (?:seulement|partiellement|mais)\b)`,
    // C59: a test page printed with success: "test page printed successfully on every queue".
    String.raw`\bpages? de test(?: (?!(?:doit|devra|devrait|sera|serait|etre|a|pas|plus|jamais|encore|quand|si|lorsque|reste|peut)\b)[\w-]+){0,2} (?:imprimees?|sortie?s?)(?: (?!(?:doit|devra|devrait|sera|serait|etre|a|pas|plus|jamais|encore|quand|si|lorsque|reste|peut)\b)[\w-]+){0,1} (?:avec succes|correctement|sans erreur|sans probleme|proprement)\b(?! (?:seulement|uniquement|partiellement)\b)`,
    // C60: the fix that did the trick, and the fault gone since: "did the trick, has stayed up since".
    String.raw`\ba fait (?:le affaire|des merveilles)\b`,
    // C61: the outcome as a headline: "fix successful", "printing restored", "stays up", "no more crashes".
    String.raw`\b(?:correctif|intervention|correction|solution|reparation)(?: \w+)? (?:concluante?|reussie?|efficace)\b`,
    String.raw`^(?:le |la |les )?(?:impression|service|acces|connexion|messagerie)(?: (?!(?:doit|devra|devrait|sera|serait|etre|a|pas|plus|jamais|encore|quand|si|lorsque|reste|peut)\b)[\w-]+){0,3} (?:retablie?s?|restauree?s?|revenue?s?)\b(?! (?:seulement|uniquement|partiellement|en partie)\b)`,
    String.raw`\b(?:reste|restent|demeure|se maintient) (?:\w+ )?(?:demarree?|stable|en service|actif|active|debout|en route)\b`,
    // C45: the place of the fault is empty and stays so: "the queue is empty and stays empty".
    String.raw`\b(?:file|queue|spouleur)(?: [\w-]+){0,4} (?:est|reste) vide et (?:elle |il )?(?:le |la )?(?:reste|demeure)\b`,
    // C35: the place of the fault stayed good over a span: "the queue stayed empty all week".
    String.raw`\b(?:file|queue|spool)(?: \S+){0,5} (?:vide|videe|vides|videes) (?:toute la (?:semaine|journee|matinee|nuit)|tout le (?:week-end|weekend|temps|mois)|depuis)\b`,
    // C36: it holds since the fix: "le spouleur tient bon depuis la réinstallation".
    String.raw`\b(?:tient|tiennent|a tenu|ont tenu) (?:\w+ )?bon\b`,
    // C38: as good as new, at the end of its part ("comme neuf utilisateurs" counts nine of them).
    String.raw`(?<!\bpresque )\bcomme (?:neuve?s?|neufs?)$`,
    // C37: all settled: "c'est dans la boîte", "tout est beau" (Québec).
    String.raw`\b(?:ce|c) est dans la boite\b`,
    String.raw`\btout (?:est|semble) (?:\w+ )?beau\b`,
    // C29: a formal closure: "Nous vous confirmons le rétablissement du service et procédons à la
    // clôture", "Dysfonctionnement levé".
    // "Merci de confirmer le bon fonctionnement" asks for the confirmation: only the told one counts.
    String.raw`\b(?:confirmons|confirme) (?:le |la |les )?(?:retablissement|resolution|remise en service|reprise|correction|bon fonctionnement)\b`,
    String.raw`\b(?:procedons|procede|procedez|procedes) (?:donc |des a present |maintenant )?a la (?:cloture|fermeture)\b`,
    String.raw`\b(?:dysfonctionnement|anomalie|incident|blocage|probleme|defaut|alerte|alarme|reserve|panne)s? (?:est |sont |a ete |ont ete |desormais |maintenant )*(?:leve|levee|leves|levees)\b`,
    // C26: after several attempts, the last one did it: "la troisième a été la bonne".
    String.raw`\b(?:la|le) (?:deuxieme|seconde|second|troisieme|quatrieme|cinquieme|derniere|dernier|suivante|suivant) (?:\w+ )?(?:a ete|etait|fut|est|aura ete) (?:la bonne|le bon|concluante?|decisive?|fructueuse?|payante?)\b`,
    // C25: the monitoring green for a time: "La supervision est au vert depuis deux jours".
    String.raw`\b(?:supervision|monitoring|zabbix|prtg|nagios|centreon|tableau de bord|journal|journaux|observateur)(?: [\w-]+){0,3} (?:est |sont |reste |restent |de nouveau |a nouveau )*(?:au vert|vert|verts|propre|propres|vierge|calme|silencieux)(?: \w+)? depuis\b`,
    // C20: monitoring says all is well: "tous les contrôles sont au vert".
    String.raw`\b(?:tous|toutes|tout)(?: \S+){0,6} (?:(?:est|sont|passe|passent|de nouveau|a nouveau|desormais|maintenant|repasse|repassent) )*au vert\b`,
    String.raw`\b(?:tous|toutes)(?: \S+){0,6} (?:sont|passent|est) (?:\S+ )?verts?\b`,
    // C19: works from now on: "… marche désormais".
    String.raw`\b(?:marche|marchent|fonctionne|fonctionnent|tourne|tournent) (?:desormais|maintenant|a present)\b`,
    // C15: a job or a step done with success, and the phrases that stand for it.
    String.raw`\b(?:se est|se sont|est|sont|a ete|ont ete) (?:\w+ )?(?:terminee?s?|deroulee?s?|achevee?s?|executee?s?) (?:avec succes|sans erreurs?|correctement)\b`,
    String.raw`\b(?:applications?|apps?|office|windows|licences?|produits?)(?: \S+){0,3} (?:est|sont|a ete|ont ete)(?: \S+)? (?:activee?s?|active?s?)\b`,
    String.raw`\b(?:se termine|se terminent|termine|terminent|s est terminee?|finit|finissent)(?: \S+){0,3} (?:avec succes|sans erreur|correctement)\b`,
    String.raw`\b(?:de nouveau|a nouveau|desormais|maintenant) (?:\S+ )?(?:pleinement |totalement |entierement |parfaitement )(?:operationnel|operationnelle|fonctionnel|fonctionnelle|disponible|accessible)s?\b`,
    String.raw`\b(?:identifiee?|trouvee?|localisee?|diagnostiquee?)s? et (?:corrigee?|resolue?|eliminee?|reglee?|supprimee?)s?\b`,
    String.raw`\b(?:tout|le service|la connexion|le acces) (?:etant|est) (?:retabli|rentre|regle|resolu|revenu)e?\b`,
    String.raw`\b(?:ticket|dossier|demande|incident) (?:peut|peuvent) (?:desormais |maintenant |donc )?etre (?:clos|cloture|ferme|classe|archive|solde)e?\b`,
    String.raw`\b(?:se termine|se terminent|redemarre|redemarrent|arrive|arrivent|passe|passent|se synchronise)(?: \w+){0,2} (?:sans (?:erreur|probleme|souci|incident)s?|correctement|normalement|a nouveau|de nouveau)\b`,
    String.raw`\bprete?s? a (?:le emploi|etre utilisee?|servir|fonctionner)\b`,
    String.raw`\b(?:tout roule|ca roule|ca baigne|tout baigne)\b`,
    String.raw`\b(?:est|sont|a ete|ont ete|voila|a pu etre|ont pu etre)(?: ${ADV})* ${FIXED}\b`,
    // "était joignable" tells how things were; "était résolu" still tells of a fix.
    String.raw`\b(?:etait|fut)(?: ${ADV})* (?:resolue?s?|reglee?s?|corrigee?s?|reparee?s?|retablie?s?|depannee?s?|cloturee?s?|clos(?:e|es)?)\b`,
    String.raw`\b(?:nous|on|je|le technicien|notre equipe|le support)(?: (?:avons|a|ai|ont|ne|pas|bien|enfin|deja|finalement|pu|reussi a))* (?:resolu|regle|corrige|repare|retabli|depanne|reparer|resoudre|regler)\b`,
    String.raw`\b${DEVICE_VERBS}(?: ${ADV})* (?:a nouveau|de nouveau|comme avant)\b`,
    String.raw`\b(?:fonctionnait|marchait|imprimait|tournait|demarrait) (?:${ADV} )*(?:a nouveau|de nouveau)\b`,
    String.raw`\b(?:refonctionne(?:nt)?|remarche(?:nt)?|re-fonctionne|repart|est reparti|c est reparti|reimprime)\b`,
    String.raw`\b(?:a|ont) cesse de (?:planter|bloquer|se deconnecter|redemarrer|geler|se figer|afficher)`,
    String.raw`\b(?:erreur|probleme|souci|panne|message|plantage|bug|incident)s? (?:a|ont|est|sont)(?: ${ADV})* (?:disparue?s?|partie?s?)\b`,
    String.raw`\b(?:probleme|incident|souci|panne|ticket|demande|dossier)s? (?:resolue?s?|reglee?s?|clos|cloturee?s?|fermee?s?)\b`,
    String.raw`\b(?:nous )?(?:cloturons|fermons|cloturer|fermer|clore|cloture|ferme) (?:le|la|ce|cette|votre) (?:ticket|dossier|incident|demande|intervention)\b`,
    String.raw`\btout (?:est |fonctionne |marche |est rentre |rentre )?(?:rentre dans le ordre|en ordre|ok|bon|regle|correctement|normalement|revenu a la normale)\b`,
    String.raw`\b(?:ce|c) est (?:regle|resolu|bon|repare|corrige|ok|fait|termine)\b`,
    String.raw`\b(?:de retour a la normale|retour a la normale|probleme resolu|probleme regle|souci regle|affaire reglee)\b`,
    String.raw`\b(?:solution|correctif|reparation|correction) (?:est|a ete|ont ete)(?: ${ADV})* (?:confirmee?|validee?|efficace|concluante?)\b`,
    String.raw`\bvous pouvez (?:a nouveau|de nouveau|maintenant|desormais) (?:imprimer|travailler|vous connecter|utiliser|envoyer|acceder)\b`,
    // Ability restored: "Sophie peut de nouveau travailler", "arrive enfin à imprimer".
    String.raw`\b${ABLE}(?: (?:a|de))? (?:a nouveau|de nouveau|maintenant|desormais|enfin|enfin de nouveau|a present|deja)(?: a| de)? (?:se |s |vous |nous |le |la |les |y |en )*${NOT_SYMPTOM}[a-z]+(?:er|ir|re|oir)\b`,
    String.raw`\b${ABLE}(?: a| de)? (?:se |s |vous |nous |y )*${NOT_SYMPTOM}[a-z]+(?:er|ir|re|oir)\b(?: [\w-]+){0,4} (?:normalement|correctement|parfaitement|sans (?:aucun |aucune |le moindre |la moindre )?(?:probleme|souci|erreur|difficulte|accroc)s?|a nouveau|de nouveau|comme avant)\b`,
    String.raw`\b(?:refonctionne(?:nt)?|remarche(?:nt)?|reimprime(?:nt)?|se reconnecte(?:nt)?|redemarre(?:nt)? normalement)\b`,
    // Good again: "est redevenu stable", "de retour en ligne", "Internet est revenu".
    String.raw`\bredevenue?s? (?:stables?|accessibles?|disponibles?|joignables?|fonctionnel(?:le)?s?|operationnel(?:le)?s?|normale?s?|utilisables?|fiables?|fluides?|rapides?)\b`,
    String.raw`\bde retour (?:en ligne|en service|a la normale|sur le reseau|en fonctionnement)\b`,
    // The errors "de synchronisation" that came back are not the synchronisation.
    String.raw`(?<!(?:erreurs?|problemes?|soucis|pannes?|coupures?|echecs?|bugs?|defauts?|plantages?) de )\b(?:internet|connexion|reseau|wifi|wi-fi|service|acces|courant|serveur|site|messagerie|imprimante|vpn|signal|synchronisation|synchro|mail|mails|e-mail|partage|lecteur)s? (?:(?:est|sont|a|ont|etant) )?(?:(?:enfin|bien|de nouveau|a nouveau|tout|toute|tous|toutes) )*(?:de retour|revenue?s?|reparti(?:e|s|es)?|retabli(?:e|s|es)?)\b`,
    // Everything: "tout marche", "tout baigne", "tout est nickel".
    String.raw`(?<!presque )(?<!pas )\btout (?:marche|fonctionne|refonctionne|remarche|baigne|roule|va bien|va mieux|est nickel|est parfait|est bon|est fonctionnel|est operationnel|est rentre|est revenu|est en ordre|est impeccable|est correct|est clair)\b`,
    String.raw`\b(?:tout|ca) (?:est |va |fonctionne |marche )?(?:de nouveau |a nouveau )?(?:comme avant|comme sur des roulettes|impeccable|nickel)\b`,
    // Normal operation: "revenue à la normale", "en fonctionnement normal".
    String.raw`\b(?:revenue?s?|retournee?s?|rentree?s?|revient|reviennent|rentre|retour) (?:a la normale|dans le ordre|en ordre|a son etat normal|a un fonctionnement normal)\b`,
    String.raw`\b(?:est|sont|de nouveau|a nouveau|desormais|maintenant) en (?:fonctionnement|etat de marche|service) normal\b|\bfonctionnement normal (?:retabli|restaure|revenu)\b`,
    // Fixed in any voice: "la panne a été éliminée", "on a réussi à réparer".
    String.raw`\b(?:panne|probleme|erreur|souci|bug|incident|defaut|dysfonctionnement|cause|blocage|plantage)s? (?:a|ont|est|sont) (?:ete )?(?:${ADV} )*(?:eliminee?s?|supprimee?s?|traitee?s?|resorbee?s?|solutionnee?s?|leve(?:e|s|es)?)\b`,
    String.raw`\b(?:avons|a|ai|ont|avez) (?:${ADV} )*(?:pu|reussi a|su) (?:${ADV} )*(?:resoudre|regler|corriger|reparer|retablir|depanner|debloquer|eliminer|solutionner|remettre en (?:service|route|etat))\b`,
    String.raw`\b(?:sommes|suis|est|sont) (?:${ADV} )*(?:parvenue?s?|arrivee?s?) a (?:resoudre|regler|corriger|reparer|retablir|depanner|debloquer|eliminer|solutionner|remettre en (?:service|route|etat))\b`,
    String.raw`\b(?:resolue?s?|reglee?s?|corrigee?s?|reparee?s?|retablie?s?) avec succes\b`,
    // The fix worked: "la mise à jour a réglé le problème", "ça a marché", "le redémarrage a suffi".
    String.raw`\b(?:a|ont) (?:${ADV} )*(?:regle|resolu|corrige|repare|elimine|supprime|fait disparaitre|solutionne|debloque) (?:le|la|les|ce|cette|ces|du|notre|votre) (?:probleme|souci|panne|erreur|bug|incident|dysfonctionnement|blocage|plantage|defaut)s?\b`,
    String.raw`\b(?:ca|cela|solution|correctif|manip|manipulation|contournement|procedure|redemarrage|reinstallation|mise a jour|changement|remplacement|reinitialisation|modification|patch|fix|astuce|intervention|operation|methode|reparation|tout)(?: (?!seulement\b|que\b|ne\b|partiellement\b)[\w-]+){0,3} (?:a|ont) (?:${ADV} )*(?:marche|fonctionne|suffi|paye|porte ses fruits|fait le affaire|fait effet|ete efficace|ete concluante?)\b(?! (?:en partie|partiellement|a moitie|seulement|pendant|quelques|un moment|un temps|jusque))`,
    String.raw`\b(?:a|ont|avons|avez) (?:${ADV} )*retrouve (?:un |une |son |sa |ses |leur |leurs |le |la |les )?(?:fonctionnement normal|etat normal|connexion|acces|stabilite|service|reseau|normale|vitesse normale|imprimante|mails|session)\b`,
    String.raw`\b(?:a|ont|avez|avons) (?:de nouveau|a nouveau|enfin|maintenant|desormais|bien|deja)(?: de nouveau| a nouveau)? acces\b`,
    String.raw`\b(?:probleme|souci|panne|incident|bug)s? (?:est|sont) (?:${ADV} )*(?:derriere nous|de la histoire ancienne)\b`,
    // "Le bon fonctionnement": support French for "it works", confirmed or found.
    String.raw`\b(?:confirme|confirment|confirmons|constate|constatons|constatent|valide|validons|atteste|observe|observons|retrouve|retour au|retour a un)(?: [\w-]+){0,3} (?:bon|correct|parfait) fonctionnement\b|\b(?:bon|correct|parfait) fonctionnement (?:constate|confirme|verifie|valide|retabli|retrouve|observe)\b`,
    String.raw`\b(?:a|ont) (?:${ADV} )*permis de (?:retablir|resoudre|regler|corriger|reparer|debloquer|relancer|remettre en (?:service|route|etat))\b`,
    String.raw`\b${ABLE}(?: a| de)? (?:se |s )?re(?:connecter|imprimer|travailler|acceder|synchroniser|demarrer normalement)\b`,
    String.raw`\b(?:considerons|considere|considerer|estimons|jugeons|declarons) (?:le |la |les |ce |cet |cette |votre )?(?:\w+ ){0,2}comme (?:resolue?s?|reglee?s?|clos|close|cloturee?s?|terminee?s?|traitee?s?)\b`,
    // Back at work: "s'est remise à fonctionner", "a repris normalement", "remis en service".
    String.raw`\b(?:[\w-]+ )?(?:se est|se sont|est|sont) (?:${ADV} )*(?:remise?s?|mise?s?) a (?:fonctionner|marcher|imprimer|tourner|synchroniser|repondre)\b`,
    String.raw`\b(?:a|ont) (?:${ADV} )*repris (?:normalement|correctement|son cours|son fonctionnement|le service)\b|\b(?:a|ont) (?:${ADV} )*repris a (?:fonctionner|marcher|imprimer|tourner|synchroniser)\b`,
    // The user validates the fix: "correctif validé par l'utilisateur".
    String.raw`\b(?:correctif|solution|resolution|reparation|correction|intervention|fix)s? (?:a ete |est |ont ete |sont )?validee?s?\b|\b(?:valide|validons|validez|a valide|ont valide|confirme|a confirme|ont confirme) (?:la |le |notre |cette |ce )?(?:resolution|solution|correctif|correction|reparation|fix)\b`,
    String.raw`\b(?:ok|operationnel(?:le)?s?|fonctionnel(?:le)?s?) depuis\b|\bras (?:depuis|a signaler|apres|de notre cote|cote)\b`,
    // "OK pour moi": a whole clause ("pour" is also a purpose, see find.ts).
    String.raw`^(?:c est |tout est |tout )?(?:ok|bon|regle|good) (?:pour moi|pour nous|de mon cote|de notre cote|chez moi|chez nous)$`,
    // Closure: "je passe le ticket en résolu", "on peut clôturer".
    String.raw`\b(?:passe|passons|mets|mettons|bascule|basculons|place|placons) (?:le |ce |votre |la |cette )?(?:ticket|dossier|incident|demande)(?: \w+)? (?:en |au statut |a le statut )?(?:resolu|clos|ferme|termine|cloture)e?\b`,
  ],
  stateClaims: [
    // C229: un état stable en un mot d'éloge: "l'imprimante imprime comme du monde", "la connexion est impeccable depuis ce matin".
    String.raw`\b(?:est|sont|reste|restent|demeure|fonctionne|fonctionnent|marche|marchent|tourne|tournent|roule|roulent|imprime|impriment|va|vont|tient|tiennent|repond|repondent)(?: (?:maintenant|desormais|de nouveau|a nouveau|enfin|vraiment|absolument|completement|tout|parfaitement|bien))* (?:comme du monde|impeccable|impeccables|irreprochable|irreprochables|nickel|niquel|nickel chrome|au poil|au top|sans faille|solide comme un roc|stable comme un roc|au quart de tour|du tonnerre|comme un charme|a la perfection)\b(?! (?:sauf|seulement|uniquement|mais|jusque)\b)`,
    // C27: as fast as before: "Ça imprime aussi vite qu'avant".
    String.raw`(?<!\b(?:presque|pas|pas tout a fait|plus|moins|pas encore) )\b(?:tout )?(?:aussi|de nouveau aussi) (?:vite|rapide|rapides|rapidement|fluide|stable|reactif|reactive|bien) (?:que|qu) (?:avant|auparavant|autrefois|de habitude|dans le temps|au debut|le premier jour)\b`,
    // C21: better than before ("bien plus rapide qu'avant"); "un peu plus rapide" is a partial result.
    String.raw`(?<!\b(?:un peu|legerement|a peine|pas|guere) )\b(?:(?:bien|beaucoup|nettement|largement|vraiment|tellement) )?(?:plus (?:rapide|stable|fluide|fiable|reactif|reactive|vite)s?|mieux) (?:que|qu) (?:avant|auparavant|hier|precedemment)\b`,
    // C17: busy for a stretch of time without trouble: "toute la matinée sans souci".
    String.raw`\b(?:toute la (?:matinee|journee|semaine|nuit|apres-midi)|tout le (?:matin|week-end|apres-midi)|depuis ce matin)(?: \w+){0,3} sans (?:aucun |aucune |le moindre |la moindre )?(?:souci|probleme|erreur|coupure|accroc|incident|plainte|bug|blocage)s?\b`,
    String.raw`\b${DEVICE_VERBS}(?: [\w-]+){0,3} ${MANNER}(?! (?:que|sauf|seulement|uniquement|par intermittence|sur (?:un|une) autre|depuis (?:un|une) autre|avec (?:un|une) autre|en attendant|via (?:un|une|le|la)|en mode|en local))\b`,
  ],
  symptomClaims: [
    // C317: nobody has the fault any more: "il n'y a plus personne qui voit l'erreur", "plus personne ne reçoit l'alerte".
    String.raw`(?<!\b(?:presque|quasiment|pratiquement|bientot) )\b(?:il )?ne y a plus (?:aucun (?:utilisateur|poste|collegue|client)|personne) qui\b`,
    String.raw`(?<!\b(?:presque|quasiment|pratiquement|bientot) )\bplus (?:personne|aucun (?:utilisateur|poste|collegue)) ne (?:recoit|voit|a|signale|se plaint|rencontre|perd)\b`,
    // C318: not a single failure since a change: "pas une seule erreur depuis la mise à jour".
    String.raw`^(?:pas|plus) (?:une seule|un seul|la moindre|le moindre) (?:[\w-]+ )?(?:erreurs?|coupures?|plantages?|deconnexions?|echecs?|alertes?|bourrages?|incidents?)(?: [\w-]+){0,5} depuis\b`,
    // C325: no more alert after the job ended well: "plus d'erreur sur le tableau de bord".
    String.raw`^plus (?:de |aucune? )(?:alerte|erreur|avertissement|message d erreur|plantage|coupure|bourrage)s?(?: [\w-]+){0,2} (?:dans|sur) (?:la |le |les )?(?:console|tableau de bord|supervision|journal|interface)\b`,
    // C287: no longer a problem: "le Wi-Fi, ce n'est plus un problème", "l'imprimante ne pose plus de souci".
    String.raw`\bne (?:est|sont) plus (?:un |une |du tout un |vraiment un )?(?:probleme|souci|sujet|soucis|problemes|casse-tete|prise de tete)\b`,
    String.raw`\bne (?:pose|posent|cause|causent|donne|donnent|fait|font) plus (?:de |aucun |le moindre |la moindre )?(?:probleme|problemes|souci|soucis|difficulte|difficultes|misere|tracas)\b`,
    // C288: nothing sticks any longer: "plus rien ne coince sur la passerelle RDP", "rien ne plante plus".
    String.raw`\bplus rien ne (?:coince|bloque|plante|cloche|deconne|bugue|beugue|rame|fige|gele|saute|lache|casse|decroche|coupe|freeze|crashe|se bloque|se fige|se plante)\b`,
    String.raw`\brien ne (?:coince|bloque|plante|cloche|deconne|bugue|rame|fige|gele|saute|lache|casse|decroche|coupe|crashe|se bloque|se fige) plus\b`,
    // C290: not seen the fault once since the change: "je n'ai pas revu la fenêtre de certificat une seule fois depuis le correctif", "nous n'avons plus vu l'avertissement depuis".
    String.raw`\bne (?:ai|avons|a|ont) (?:pas|plus|jamais) (?:revu|vu|eu|constate|remarque|observe|rencontre)(?: (?:le|la|les|l|un|une|de|d|aucun|aucune|ce|cette|cet))? (?:(?!(?:reponse|retour|nouvelles|confirmation|concernant|sur|au|pour|de la part)\b)[\w-]+ ){0,4}(?:fenetres?|erreurs?|avertissements?|alertes?|pop-?ups?|plantages?|bugs?|soucis|problemes?|coupures?|ecrans? bleus?|deconnexions?|warnings?)(?: [\w-]+){0,4} (?:une seule fois|une fois|depuis)\b`,
    // C225: aucun souci sur une durée: "ça fait une semaine qu'il n'y a eu aucun problème avec le VPN", "aucune coupure en trois jours".
    String.raw`(?<!\b(?:ne|pas|encore|presque|bientot|si|quand|jusque)\b(?: [\w-]+){0,2} )\b(?:ca fait|cela fait|voila|depuis|depuis maintenant|depuis deja|en|ces|les) (?:deja |maintenant |plus de |pres de )?(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs|quelques)(?: derniers| dernieres)? (?:jours?|semaines?|heures?|nuits?|journees?)(?: entieres?| completes?| pleines?)?(?: (?!(?:avait|etait|etaient|avaient|sera|seront|aura)\b)[\w-]+){0,6} (?:aucun|aucune|pas un seul|pas une seule|pas le moindre|pas la moindre|zero|sans(?: aucun| aucune| le moindre| la moindre| un seul| une seule)?)(?: [\w-]+)? (?:probleme|problemes|souci|soucis|erreur|erreurs|panne|pannes|plantage|plantages|coupure|coupures|deconnexion|deconnexions|incident|incidents|bug|bugs|bourrage|bourrages|plainte|plaintes|blocage|blocages)\b`,
    String.raw`\b(?:aucun|aucune|pas un seul|pas une seule|pas le moindre|pas la moindre|zero|plus aucun|plus aucune)(?: [\w-]+){0,2} (?:probleme|problemes|souci|soucis|erreur|erreurs|panne|pannes|plantage|plantages|coupure|coupures|deconnexion|deconnexions|incident|incidents|bug|bugs|bourrage|bourrages|blocage|blocages)(?: [\w-]+){0,5} (?:en|pendant|sur|durant) (?:les |ces )?(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs|quelques)(?: derniers| dernieres)? (?:jours?|semaines?|heures?|nuits?|journees?)\b(?! (?:puis|avant|mais|jusque)\b)`,
    // C226: plus rien à redire, en expression: "je ne peux pas me plaindre", "rien à reprocher à l'imprimante".
    String.raw`(?<!\b(?:si|quand|lorsque|pourrons|pourra|pourrait|esperons|espere)\b(?: [\w-]+){0,2} )\bne (?:peux|peut|pouvons|pouvez|peuvent) (?:vraiment |franchement )?pas (?:me|se|nous|vous) plaindre\b(?! (?:aupres|au fournisseur|a le fournisseur|avant)\b)`,
    // "plus" is also the English conjunction, which opens a clause: the match starts at the "il n'y a" before it.
    String.raw`\b(?:(?:il )?ne y a )?(?<!\b(?:aura|auront|aurait|auraient|avait|avaient|sera) )(?:plus rien a (?:redire|reprocher|signaler)|(?<!\bplus )rien a (?:redire|reprocher))\b`,
    // C227: plus rien qui cloche: "il n'y a plus rien qui cloche avec le portable", "plus rien d'anormal".
    String.raw`\b(?:(?:il )?ne y a )?(?<!\b(?:aura|auront|aurait|auraient|avait|avaient|sera) )plus rien (?:qui (?:cloche|coince|ne va pas|pose probleme|ne marche pas|ne fonctionne pas)|de (?:anormal|bizarre|casse|defectueux|suspect|etrange))\b`,
    // C232: plus aucune erreur à l'ouverture: "plus aucun message d'erreur au lancement de Sage depuis hier".
    String.raw`(?<!\b(?:veut|voulons|souhaite|souhaitons)\b(?: [\w-]+){0,2} )\b(?:(?:il )?ne y a )?(?<!\b(?:avait|avaient|etait|aura|auront|aurait|auraient|sera) )plus (?:aucun|aucune|jamais de|jamais le moindre|jamais la moindre|un seul|une seule)(?: [\w-]+){0,3}? (?:message|messages|erreur|erreurs|alerte|alertes|avertissement|avertissements|fenetre|fenetres|pop-?up|pop-?ups|notification|notifications|plantage|plantages|bourrage|bourrages|ecran bleu|ecrans bleus|blocage|blocages|coupure|coupures|deconnexion|deconnexions)\b`,
    // C197: aucune panne comptée depuis le changement: "0 plantage depuis le correctif".
    String.raw`\b(?:0|zero) (?:[\w-]+ ){0,2}(?:plantages?|erreurs?|crashs?|incidents?|pannes?|coupures?|alertes?)(?: [\w'-]+){0,6} depuis (?:le|la|les|l) ?(?:[\w-]+ )?(?:correctif|patch|redemarrage|mise a jour|changement|remplacement|intervention|reparation|migration)\b`,
    // C160: nothing left to complain about: "on ne peut plus se plaindre du partage", "plus rien à signaler depuis l'intervention".
    String.raw`\bne (?:peut|peuvent|peux|pouvons|pouvez) plus (?:se plaindre|rien reprocher|rien redire)\b`,
    // Told in the future or the conditional ("n'aura plus rien à redire si …") it is a hope.
    String.raw`\b(?<!(?:aura|auront|aurait|auraient|aurez|aurons) )(?:plus personne ne se plaint|plus rien a (?:signaler|redire|reprocher))\b`,
    String.raw`\brien (?:de plus |de neuf )?a signaler(?: [\w-]+){0,5} (?:depuis|apres) (?:l |la |le |les )?(?:intervention|correctif|changement|remplacement|mise a jour|redemarrage|reparation|reinstallation)\b`,
    // C161: it plays up no more, an idiom: "le TPE ne fait plus des siennes", "ne nous embête plus".
    String.raw`\bne (?:fait|font) plus (?:des siennes|de caprices|de siennes|la tete|d histoires|de histoires)\b`,
    // C165: not a single fault over a span: "pas un bourrage de la journée", "depuis, pas une seule coupure".
    String.raw`\b(?:pas un|pas une|pas le moindre|pas la moindre|aucun|aucune) (?:seul |seule )?(?:bourrage|plantage|coupure|deconnexion|erreur|crash|freeze|redemarrage|decrochage|gel|blocage)s? (?:de (?:la|toute la) (?:journee|nuit|semaine|matinee)|depuis)\b`,
    // C147: a span of work without a single fault: "depuis ce matin sans un seul conflit de synchronisation".
    String.raw`\bdepuis (?:ce matin|hier|lundi|mardi|mercredi|jeudi|vendredi|le debut de (?:la )?(?:matinee|journee)|\d+ ?h\d*)(?: [\w'-]+){0,6} sans (?:un seul|une seule|aucun|aucune|le moindre|la moindre) (?:[\w-]+ ){0,1}(?:conflits?|erreurs?|plantages?|bugs?|coupures?|soucis?|problemes?|blocages?|deconnexions?)\b`,
    // C129: a run completed without warnings or errors: "la sauvegarde s'est terminée sans aucune erreur".
    String.raw`\b(?:sauvegardes?|backups?|jobs?|taches?|synchro\w*|deploiements?|mises? a jour|migrations?|replications?)(?: (?!ne\b|n\b|pas\b|seulement\b)[\w'-]+){0,6} (?:terminee?s?|termine|passee?s?|finie?s?|deroulee?s?|effectuee?s?|reussie?s?) (?:sans (?:aucune? |la moindre |le moindre )?(?:avertissements?|erreurs?|alertes?|warnings?|problemes?|accroc)|proprement|sans accroc)\b(?! (?:sauf|seulement|mais)\b)`,
    // C131: the fault no longer comes back: "L'erreur ne revient plus", "les appels ne coupent plus".
    String.raw`\bne (?:se )?(?:coupent|coupe|plantent|plante|decrochent|decroche|deconnectent|deconnecte|figent|fige|bloquent|bloque|freezent|freeze|crashent|crashe|reviennent|revient|reproduisent|reproduit|represente|representent|reapparait|reapparaissent|manifestent|manifeste) plus\b`,
    // C124: the workaround or the chore no longer needed: "doesn't have to use the webmail workaround now".
    String.raw`\bne (?:a|ont) plus a (?:passer par|utiliser|se servir de|redemarrer|relancer)\b`,
    // C118: held for a span of time without the fault: "has held for two days now without a single disconnect".
    String.raw`\b(?:tient|fonctionne|tourne|marche|est stable)(?: \w+){0,3} (?:jours|heures|semaines|nuits)(?: \w+)? sans (?:la moindre|une seule|un seul|aucune?) \w+`,
    // C119: not once since a point in time: "since 3 pm the Wi-Fi has not dropped once", "no errors since the reboot".
    String.raw`\b(?:plus )?aucune? (?:erreur|coupure|deconnexion|plantage|incident)s? (?:\w+ ){0,3}depuis\b`,
    String.raw`\bne (?:a|s est) plus (?:\w+ )?(?:coupe|decroche|plante|deconnecte)\w* (?:une seule fois|depuis)\b`,
    // C113: a loss measured as none: "0 % loss over 500 packets", "丢包率0%".
    String.raw`\b0 (?:de )?(?:perte|pertes|paquets perdus|erreur|erreurs|coupure|coupures)\b(?! (?:a|tomark)\b)`,
    // C115: the user with nothing left to complain about: "has nothing more to complain about".
    String.raw`\bne a plus rien a (?:redire|signaler|reprocher)\b`,
    String.raw`\bne se plaint plus\b`,
    String.raw`\bplus aucune plainte\b`,
    // C103, C104: "Cegid ne refuse plus de démarrer", "le VPN ne décroche plus", "le standard n'est plus en rade".
    String.raw`\bne (?:refuse|refusent) plus de\b`,
    String.raw`\bne (?:decroche|decrochent|coupe|coupent|saute|sautent|rame|rament) plus\b`,
    String.raw`\bne (?:est|sont) plus (?:en rade|en panne|plante|plantee|bloque|bloquee|hors service|hs)\b`,
    // C90: the fault counted as none ("0 failed logons"): its failure word is no negation of a claim.
    String.raw`\b(?:0|zero|aucun|aucune) (?:[\w-]+ ){0,2}(?:echec|echecs|echoue|echouee|echoues|echouees|rate|rates|ratee|ratees|perdu|perdus|rejete|rejetes|bloque|bloques)\b`,
    // C92: "aucune nouvelle coupure du Wi-Fi depuis la mise à jour", "n'est pas revenu".
    String.raw`\b(?:aucune?|plus aucune?|pas de|zero) (?:nouvelle|nouveau|nouvelles|nouveaux|autre|autres) (?:[\w-]+ ){0,2}(?:coupures?|deconnexions?|erreurs?|plantages?|incidents?|pannes?|bugs?|blocages?|problemes?|crash\w*|interruptions?|plaintes?|soucis)\b`,
    String.raw`\bne (?:est|sont) (?:plus |pas |jamais )+(?:revenu|revenue|revenus|reapparu|reapparue|reapparus|reproduit|reproduite)\b`,
    String.raw`\bne (?:se )?(?:est|sont) (?:plus |pas |jamais )+(?:reproduit|reproduite|represente|representee)\b`,
    // C94: "Plus besoin de redémarrer la Livebox chaque matin".
    String.raw`\b(?:plus besoin|plus la peine|plus necessaire) de (?:[\w-]+ ){0,2}(?:redemarrer|rebooter|relancer|ressaisir|reconnecter|rebrancher|re\w+)\b`,
    String.raw`\bne (?:doit|doivent|devez|devons|faut) plus (?:[\w-]+ ){0,2}(?:redemarrer|rebooter|relancer|ressaisir|reconnecter|rebrancher)\b`,
    // C86: the monitoring has not seen a single outage since the change, told with its own verb:
    // "n'a remonté aucune coupure depuis", "一度も検知されていません".
    String.raw`\b(?:supervision|monitoring|surveillance)\b(?: [\w'-]+){0,3} (?:ne |n )?a (?:remonte|detecte|signale|enregistre|vu|releve) (?:aucune?|pas une seule|pas un seul) (?:coupure|panne|alerte|erreur|incident|deconnexion|interruption)s?\b`,
    // C81: a fault counter held at zero since the change, and a backup's log clean with no error:
    // "CRC error counter: still 0 since the cable swap", "last night's backup log is clean, 0 errors".
    String.raw`\bjournal de sauvegarde(?: [\w'-]+){0,5} (?:est|etait) (?:tout )?propre\b`,
    String.raw`\bcompteurs?(?: [\w'-]+){0,10} (?:toujours |reste |est |bloque )?(?:a )?(?:0|zero)\b(?: [\w-]+){0,2} (?:depuis|apres)\b`,
    // C64: nobody has been in touch about it since: "plus aucun utilisateur n'a appelé le support".
    // Only "plus" (no more): "aucun client n'a encore appelé" is a reply still awaited.
    String.raw`\bplus (?:aucun|aucune|un seul|une seule) (?:utilisateur|utilisatrice|client|cliente|collaborateur|collaboratrice|usager|collegue)s? (?:ne )?(?:nous )?(?:a|ont)? ?(?:appele|contacte|rappele|sollicite|ecrit a|joint|telephone a|ouvert de ticket)\b`,
    String.raw`\b(?:aucun|aucune|pas un seul|pas une seule) (?:utilisateur|utilisatrice|client|cliente|collaborateur|collaboratrice|usager|collegue)s? (?:ne )?(?:nous )?(?:a|ont) (?:plus|de nouveau|plus jamais) (?:appele|contacte|rappele|sollicite|ecrit a|joint|telephone a|ouvert de ticket)\b`,
    // C65: a span of time with no fault: "pas un seul arrêt du spouleur n'a été enregistré".
    String.raw`\b(?:pas un seul|pas une seule|plus un seul|plus une seule|aucun|aucune)(?: [\w-]+){0,3} (?:arrets?|plantages?|crashs?|pannes?|erreurs?|incidents?|evenements?|coupures?|blocages?|redemarrages?)(?: [\w-]+){0,3} (?:ne )?(?:a|ont|est|sont) (?:ete )?(?:enregistre|consigne|journalise|signale|constate|releve|observe|detecte|survenu)e?s?\b`,
    // C53: the fault no longer reproduces after the change ("no repro after the swap"), every queue prints.
    String.raw`\bplus (?:de|aucune?) repro\b`,
    String.raw`\b(?:aucun|pas de) repro (?:depuis|apres)\b`,
    // C57: litotes of the fault: "no longer exactly broken", "can hardly be called faulty".
    String.raw`\bne (?:est|sont) plus (?:vraiment|tellement|trop|franchement|si|tout a fait) (?:en rade|en panne|casse|cassee|defectueux|defectueuse|plante|problematique|hs)\b`,
    // C60: the fix that did the trick, and the fault gone since: "did the trick, has stayed up since".
    String.raw`\bne (?:est|sont) plus (?:retombee?s?|tombee?s?|plantee?s?|tombee? en panne)(?: \w+)? depuis\b`,
    // C46: not one job stuck, as a count (after a comparison with last week): "no stuck jobs at all".
    String.raw`\bplus (?:aucun|aucune|de) (?:\w+ )?(?:travail|travaux|impressions?|documents?|taches?|jobs?) (?:bloque|coince|plante|en erreur)\w*`,
    // C44: a fault counted as zero in a log or over a span: "zero spooler crashes in the last 72 hours".
    String.raw`\b(?:aucune?|zero|0) (?:seule? )?(?:plantage|erreur|crash|incident|panne|blocage|bug)s?(?: [\w-]+){0,8} (?:depuis|sur les|au cours des|durant les|pendant les) (?:\d+|derni)`,
    // C34: a fault counted as none over a span of time: "not a single stuck job since Tuesday".
    String.raw`\b(?:aucun|aucune|pas un seul|pas une seule|plus un seul|plus une seule) (?:\w+ )?(?:travail|travaux|jobs?|impressions?|taches?|documents?) (?:bloque|coince|fige|plante|suspendu|en erreur)\w*(?: \w+){0,3} (?:depuis|plus)\b`,
    String.raw`\b(?:aucun|aucune|pas un seul|pas une seule|plus un seul|plus une seule) (?:plantages?|crash(?:s|es)?|blocages?|bourrages?|pannes?|bugs?)(?: \w+){0,3} depuis\b`,
    // C31: it did not come back: "Le souci ne s'est pas reproduit", "n'a pas récidivé".
    String.raw`\bne (?:se )?(?:est|sont|a|ont) (?:pas|jamais|plus) (?:\w+ )?(?:reproduite?s?|represente|representee?s?|revenue?s?|reapparue?s?|manifeste|manifestee?s?|recidive|ressurgi|reproduit)\b`,
    String.raw`\b(?:aucune|pas de|plus de|sans) (?:\w+ )?(?:recidive|recurrence|reapparition)\b`,
    String.raw`\bne est plus reproductible\b`,
    // C23: nobody complained since: "Personne ne s'est plaint depuis lundi".
    String.raw`\bpersonne (?:ne )?(?:se est|a|ne a|nous a)? ?(?:\w+ )?(?:plaint|rappele|signale|remonte|appele)(?: \w+){0,3} (?:depuis|apres|plus)\b`,
    String.raw`\bpersonne ne (?:se )?(?:est|a) plus (?:plaint|rappele|signale|appele)\b`,
    // C24, C25: no further crash, alert or event since: "Aucune alerte de la supervision depuis".
    String.raw`\b(?:plus (?:aucune?|de)|aucune?|pas de|zero) (?:nouvel(?:le)? |nouveau |autre )?(?:alertes?|alarmes?|evenements?|event ids?|warnings?|plantages?|crashs?)(?: [\w-]+){0,4} (?:depuis|apres|suite a)\b`,
    // C16: no complaints since a time: "Plus aucune plainte depuis lundi".
    String.raw`\b(?:plus (?:aucune?|une seule|un seul)|aucune?|pas une? seule?|zero) (?:\w+ )?(?:plaintes?|reclamations?|tickets?|appels?|signalements?|incidents?|erreurs?|coupures?|remontees?)(?: \w+){0,3} depuis\b`,
    String.raw`\bplus (?:aucune?|une seule|un seul) (?:plaintes?|reclamations?|signalements?|remontees?)\b`,
    // C14: better than ever: the device not only works, it works better than before.
    String.raw`\b(?:mieux|plus \w+) que jamais\b`,
    String.raw`\bne a jamais (?:ete|ete|marche|fonctionne) (?:aussi|si) \w+`,
    String.raw`\b(?:se termine|se terminent|redemarre|redemarrent|arrive|arrivent|passe|passent|se synchronise|fonctionne|fonctionnent|tourne)(?: \w+){0,2} sans (?:aucune? )?(?:erreur|probleme|souci|incident|coupure)s?\b`,
    String.raw`\bne (?:\w+ )?plus (?:en panne|cassee?|bloquee?|hors service|hors ligne|defectueu(?:x|se)|en erreur|en defaut)\b`,
    String.raw`\bplus (?:aucun|aucune|de) (?:souci|probleme|erreur|bug|plantage|coupure|panne|blocage)s?\b`,
    String.raw`\b(?:aucune|plus aucune|pas de|nulle) (?:autre |nouvelle )?(?:action|intervention|manipulation)(?: supplementaire)?(?: ne)? (?:est |sera )?(?:necessaire|requise|a prevoir)\b`,
    String.raw`\bne (?:se |me |nous |le |la )?${SYMPTOM}\w* plus\b(?! (?:que|guere)\b)`,
    String.raw`\b${DEVICE_VERBS}(?: [\w-]+){0,3} sans (?:aucun|aucune|le moindre|la moindre|plus aucun|plus aucune|plus de|jamais de) (?:probleme|erreur|souci|incident|coupure|accroc|bug|plantage|difficulte|interruption|deconnexion|blocage|message de erreur)s?\b`,
    String.raw`\bne (?:est|sont|a|ont|se est|se sont) plus (?:jamais )?(?:apparue?s?|reapparue?s?|revenue?s?|survenue?s?|produite?s?|reproduite?s?|manifestee?s?|constatee?s?|observee?s?|signalee?s?|remontee?s?|plante|bloque|coupe|gele|affichee?s?)\b`,
    String.raw`\b(?:finie?s?|termine(?:e|s|es)?|adieu|bye bye) (?:les |la |le |l )?(?:deconnexion|coupure|plantage|erreur|bug|probleme|souci|message|blocage|freeze|crash|lenteur|ecran bleu|alerte|pop-up|popup|redemarrage)s?\b`,
    // A negation between the fault and the verb ("n'a pas disparu", "non è sparito", "não sumiu")
    // denies the disappearance: the pattern carries no negation of its own here.
    String.raw`\b(?:erreur|probleme|souci|panne|message|plantage|bug|incident|alerte|avertissement|pop-up|popup|fenetre|notification|lenteur|coupure|deconnexion|blocage|ecran bleu|symptome|dysfonctionnement|ralentissement|bruit|freeze|crash)s?(?: (?!pas\b|jamais\b)[\w-]+){0,3} (?:a|ont|est|sont)(?: (?!pas\b|jamais\b)${ADV})* (?:disparue?s?|partie?s?|envolee?s?)\b`,
    String.raw`\b(?:aucun|aucune|pas de|pas le moindre|plus de|plus aucun|plus aucune|rien a signaler|zero) (?:nouvel |nouvelle |nouveau |autre )?(?:souci|probleme|erreur|bug|plantage|coupure|panne|blocage|alerte|incident|deconnexion|crash|message|ralentissement|remontee)s?(?: (?:remontee?s?|signalee?s?|constatee?s?|detectee?s?|observee?s?|rapportee?s?|enregistree?s?))? (?:depuis|a signaler)\b`,
    String.raw`\brien a signaler\b`,
    String.raw`\b(?:ne )?(?:a|ont|avons|ai|as|avez) plus (?:le |la |les |de |d |aucun |aucune |ce |cette |cet )?(?:erreur|message|plantage|coupure|souci|probleme|bug|blocage|alerte|ecran bleu|deconnexion|avertissement|pop-up|popup|freeze|lenteur)s?\b`,
    String.raw`\bne (?:necessite|demande|requiert) (?:plus )?(?:aucune|pas de|plus de) (?:autre |nouvelle )?(?:action|intervention|manipulation)\b`,
    String.raw`\bplus (?:aucun |aucune )?(?:de |d )?(?:erreur|plantage|blocage|coupure|deconnexion|crash|message|gel)s? (?:depuis|apres)\b`,
    String.raw`\b(?:aucun|aucune) (?:nouvel |nouvelle |nouveau )?(?:erreur|plantage|blocage|coupure|deconnexion|crash|probleme|incident)s? (?:depuis|apres)\b`,
  ],
  actions: [
    String.raw`\b(?:remplace|reinstalle|installe|redemarre|mis a jour|reinitialise|reconfigure|configure|supprime|efface|nettoye|repare|recree|reconstruit|migre|flashe|desactive|vide|purge|echange|reimage|desinstalle)e?s?\b`,
  ],
  negativeSubjects: ['rien', 'aucun', 'aucune', 'personne', 'ni'],
  // C250: "va", "vont" are the future only before an infinitive. The shape is any Romance one's, so
  // that the Spanish "va a funcionar" keeps its modal, less the adverbs and words that share it
  // ("encore", the Italian "sempre", the Spanish "siempre").
  goFutures: {
    words: ['va', 'vont', 'vais', 'vas'],
    infinitive: String.raw`^(?!(?:encore|entre|contre|autre|notre|votre|sempre|siempre|pure|oltre|super|ore)$)\p{L}*(?:ar|er|ir|re|oir)$`,
  },
  without: ['sans'],
  negators: ['ne', 'pas', 'jamais', 'aucun', 'aucune', 'non', 'rien', 'ni', 'guere', 'mal'],
  modals: [
    'sera',
    'seront',
    'serait',
    'seraient',
    'va',
    'vont',
    'vais',
    'allons',
    'allez',
    'aller',
    'devra',
    'devront',
    'pourra',
    'pourront',
    'pourrait',
    'pourraient',
    'doit',
    'doivent',
    'devons',
    'faut',
    'pour',
    'afin',
    'esperons',
    'espere',
    'semble',
    'semblait',
    'semblent',
    'parait',
    'paraissait',
    'souhaitons',
    'comptons',
    'essayons',
    'tenter',
  ],
  hedges: ['devrait', 'devraient'],
  now: ['maintenant', 'desormais', 'deja'],
  auxiliaries: [
    'est',
    'sont',
    'a',
    'ont',
    'ai',
    'avons',
    'avez',
    'ete',
    'etait',
    'etaient',
    'se',
    'le',
    'la',
    'les',
    'y',
    'en',
    'bien',
    'deja',
    'enfin',
    'maintenant',
    'desormais',
    'completement',
    'totalement',
    'entierement',
    'toujours',
    'encore',
    'plus',
    'tout',
    'il',
    'elle',
    'ils',
    'elles',
    'on',
  ],
  conjunctions: [
    'et',
    'mais',
    'puis',
    'donc',
    'car',
    'or',
    'cependant',
    'pourtant',
    'toutefois',
    'alors',
    'sinon',
    'ensuite',
    'neanmoins',
  ],
  conditions: [
    'si',
    'quand',
    'lorsque',
    'des que',
    'une fois que',
    'jusque a ce que',
    'jusque a',
    'avant que',
    'avant de',
    'pour que',
    'afin que',
    'afin de',
    'a moins que',
    'au cas ou',
    'pourvu que',
    'en attendant que',
    'pour',
    'tant que',
    'une fois',
  ],
  since: ['apres', 'depuis', 'suite a', 'des que'],
  contrasts: [
    // C328 (honest): a good state for all but some, the exception named after it: "plus personne ne reçoit l'alerte, hormis l'accueil".
    'hormis',
    'a le exception',
    // C326 (honest): a fix of an earlier incident, then this one denied: "la dernière fois le redémarrage a suffi ; cette fois, rien n'a changé".
    'cette fois',
    'cette fois-ci',
    // C327 (honest): "La mise à jour est faite, reste à voir si les coupures cessent": a step done, the outcome still open.
    'reste a voir',
    'reste a savoir',
    'reste a confirmer',
    'reste a verifier',
    'puis',
    'seulement',
    'uniquement',
    'toujours',
    'mais',
    'cependant',
    'pourtant',
    'toutefois',
    'sauf',
    'alors que',
    // C294 (honest): "Le nouvel écran fonctionne parfaitement ; le VPN continue de décrocher": a failure that goes on.
    'continue de',
    'continuent de',
    'continue a',
    'continuent a',
    'ne cesse de',
    'ne cessent de',
    'sans arret',
    // C295 (honest): "Nous l'avions réglé en mars ; malheureusement le souci est revenu": the turn of a recurrence.
    'malheureusement',
    'helas',
  ],
  limits: [
    // C328 (honest): a good state for all but some, the exception named after it: "plus personne ne reçoit l'alerte, hormis l'accueil".
    'sauf',
    'hormis',
    'a le exception',
    // C320 (honest): recognised again, but not always: "de nouveau reconnue, mais par intermittence".
    'par intermittence',
    // C327 (honest): the outcome still open after a step done: "reste à savoir si le partage tient".
    'reste a voir',
    'reste a savoir',
    'reste a confirmer',
    'reste a verifier',
    // C294 (honest): a failure that goes on: "continue de décrocher", "ne cesse de planter".
    'de decrocher',
    'a decrocher',
    'de planter',
    'a planter',
    'de se deconnecter',
    'a se deconnecter',
    'de couper',
    'de se couper',
    'de bloquer',
    'de se bloquer',
    'de geler',
    'de figer',
    'de se figer',
    'de tomber',
    'a tomber',
    'de echouer',
    'de redemarrer',
    'de sauter',
    'de ramer',
    'de crasher',
    // C230: "Il semble que ce soit réglé, mais nous attendons la confirmation": une confirmation attendue limite l'apparence.
    'attendons',
    'en attente de',
    // What a symptom does when it comes back: "…, mais elle revient à l'ouverture".
    'revient quand',
    'revient a chaque',
    'revient au',
    'revient a le',
    'revient lors',
    'revient des',
    'reapparait',
    // C76: "On l'a réparé, mais il a replanté une heure plus tard": a fault told again.
    'replante',
    'a replante',
    'est arrete a nouveau',
    'est arrete de nouveau',
    'est de nouveau arrete',
    'est a nouveau arrete',
    'est retombe en panne',
    'retombe en panne',
    'est revenue',
    'est revenu',
    'sont revenus',
    'sont revenues',
    'recommence',
    'a recommence',
    'est reapparue',
    'est reapparu',
    'bloquee',
    'figee',
    'persiste',
    'bloque',
    'fige',
    'decroche',
    'deconnecte',
    'plante',
    'coupe',
    'echoue',
    'toujours',
    'encore',
    'seulement',
    'uniquement',
    'partiellement',
    'en partie',
    'ne',
    'pas',
    'plus',
    'echoue',
  ],
  complementizers: ['que', 'qu'],
  frames: [
    String.raw`\b(?:ne|pas|jamais) (?:\w+ )?(?:considerer|considerez|considere)\b`,
    String.raw`^(?:merci de |veuillez |pouvez-vous |pourriez-vous |ensuite |puis )?(?:verifiez|verifier|confirmez|confirmer|controlez|controler|testez|tester|assurez-vous|assurez vous|se assurer|voyez|surveillez|surveiller|observez|dites-nous|indiquez-nous)\b`,
    // C228: une annonce ("j'ai le plaisir de vous confirmer", "heureux de vous confirmer") n'est pas un projet de vérifier.
    String.raw`(?<!\b(?:plaisir|heureux|heureuse|heureuses|ravi|ravie|ravis|ravies|content|contente|contents|contentes|fier|fiere|fiers|fieres|enchante|enchantee|enchantes|satisfait|satisfaite|satisfaits|honneur|joie|permettez-moi|permettez moi) )\b(?:allons|vais|va|devons|doit|faut|pour|de|passera|passerons|repassera|viendra|reviendra|ira|irons|merci de|veuillez|allez|pouvez-vous|pourriez-vous)(?: \w+){0,2} (?:verifier|confirmer|controler|tester|surveiller|se assurer|valider|observer)\b`,
    String.raw`\bne (?:\w+ )?(?:pensons|pense|croyons|crois|pouvons|peux|peut|sommes|suis|savons|sais)\b`,
    // C230: une apparence niée régit ce qui suit: "il ne semble pas que l'imprimante soit réparée".
    String.raw`\bne (?:\w+ )?(?:semble|semblent|semblerait|parait|paraissent|dirait)\b`,
    String.raw`\b(?:esperons|espere|esperant|esperer|comptons|attendons|en attendant|objectif|but est|voir si)\b`,
    String.raw`\bsans (?:confirmation|preuve|garantie|certitude|savoir|verification|avoir (?:pu )?(?:confirmer|verifier))\b`,
    // A wish or a need governs the clause after it: "le client souhaite que l'imprimante fonctionne".
    String.raw`\b(?:souhaite|souhaitons|souhaitent|souhaiterait|voudrait|voudrions|voudraient|faudrait|aimerait|aimerions|exige|exigent)\b`,
    // Waiting for someone to confirm: "… que l'utilisateur confirme que tout fonctionne".
    String.raw`\bque (?:\w+ ){0,3}(?:confirme|confirment|verifie|verifient|teste|testent|nous dise|nous indique)\b`,
    String.raw`\b(?:verifierons|confirmerons|controlerons|testerons|validerons|surveillerons|verifierai|confirmerai|controlerai)\b`,
    // Only part of them: "seule la moitié des postes peut de nouveau se connecter".
    String.raw`^(?:\w+ )?(?:seule?s?|seulement|uniquement|une partie|la moitie|certaine?s? des|quelques-une?s|pas tous|pas toutes)\b`,
  ],
  unaffected: [
    'pas concerne',
    'pas concernee',
    'pas concernes',
    'pas concernees',
    'pas affecte',
    'pas affectee',
    'non affecte',
    'non affectee',
    'epargne',
    'epargnee',
    'pas ete impacte',
    'pas ete impactee',
    'pas ete impactes',
    'pas ete impactees',
    'pas impacte',
    'pas impactee',
    'pas impactes',
    'pas impactees',
    'pas ete touche',
    'pas ete touchee',
    'pas ete touches',
    'pas ete touchees',
  ],
  transient: [
    String.raw`\b(?:brievement|temporairement|momentanement|par moments|au debut|au depart|initialement|un instant|un moment|quelques (?:secondes|minutes|instants|heures))\b`,
    String.raw`\bpendant (?:\d+ |une |un |quelques |deux |trois |dix |trente )(?:secondes?|minutes?|heures?|instants?|jours?)\b`,
  ],
  pastAux: ['etait', 'etaient', 'avait', 'avaient'],
  ellipticals: [
    // C166: a retest told in one word: "Retesté. Propre."
    'propre',
    'nickel',
    // C112: an outcome told in one word of success: "Résultat : succès", "結果：成功".
    'succes',
    'reussi',
    'concluant',
    'positif',
    // C88: a status field's value after a dash: "Statut : Clôturé – Wi-Fi salle B opérationnel".
    'cloture',
    'cloturee',
    'impeccable',
    'tout roule',
    'pret',
    'resolu',
    'resolue',
    'regle',
    'reglee',
    'repare',
    'reparee',
    'corrige',
    'corrigee',
    'fonctionne',
    'ca marche',
    'ca fonctionne',
    'tout bon',
    'c est bon',
    'nickel',
    'parfait',
    'termine',
    'retabli',
    'retablie',
    'ok',
    'elimine',
    'disparu',
    'okmark',
    'c est regle',
    'en ordre',
    'fonctionne a nouveau',
    'ca remarche',
    'operationnel',
    'probleme resolu',
    'probleme regle',
    'ca refonctionne',
    'ca roule',
    'tout baigne',
    'ca baigne',
    'sans difficulte',
    'sans aucun probleme',
    'refonctionne',
    'remarche',
    'impec',
    'top',
    'sans probleme',
    'sans souci',
    'ras',
    'rien a signaler',
    'depanne',
    'depannee',
    'retabli',
    'debloque',
    'debloquee',
    'solutionne',
    'c est reparti',
    'ca marche de nouveau',
    'ca marche a nouveau',
    'fonctionnel',
    'reparti',
  ],
  statusNouns: ['statut', 'état', 'résultat'],
  labelStates: [
    'fonctionne',
    'fonctionnel',
    'en ligne',
    'opérationnel',
    'opérationnelle',
    'fonctionnelle',
    'normal',
    'vert',
    'au vert',
  ],
  fillers: [
    'top',
    'super',
    'yes',
    'parfait',
    'genial',
    // "Oui, aucun problème." answers a question whether it works.
    'aucun',
    'statut',
    'etat',
    'maintenant',
    'desormais',
    'enfin',
    'tout',
    'le',
    'la',
    'les',
    'probleme',
    'souci',
    'incident',
    'ticket',
    'erreur',
    'bonne',
    'nouvelle',
    'voila',
    'donc',
    'bon',
    'ca',
    'c',
    'est',
    'de',
    'notre',
    'votre',
    'cote',
    'a',
    'nouveau',
    'bien',
    'deja',
    'completement',
    'imprimante',
    'impression',
    'vpn',
    'poste',
    'okmark',
    'oui',
    'merci',
    'bonjour',
    'et',
    'aujourd',
    'hui',
    'confirme',
    'l',
  ],
  // C253: "just now" in a "yes" that answers a question tells when, not how little.
  justNow: [
    'vient de',
    'viennent de',
    'venons de',
    'venez de',
    'viens de',
    'tout juste',
    'a linstant',
    'a le instant',
  ],
  // C252: a tag after a comma asks to agree; its negation negates nothing of the question.
  questionTags: [
    'non',
    'ne est ce pas',
    'ne est-ce pas',
    'hein',
    'pas vrai',
    'ce est ca',
    'ce est bien ca',
    'oui',
    'nest ce pas',
  ],
  affirmations: ['oui', 'tout a fait', 'effectivement', 'absolument', 'exact'],
  closings: [String.raw`\b(?:clos|clotur|ferm)`],
  openClosings: [
    String.raw`\bsans (?:solution|correctif|resolution|reparation)(?: \w+)?(?: confirmee?| validee?| definitive)?\b`,
    String.raw`\b(?:non resolue?|pas (?:\w+ )?(?:resolue?|reglee?|corrigee?))\b`,
    String.raw`\brouvrir\b.*\b(?:pas|non|sans)\b|\b(?:pas|non|sans)\b.*\brouvrir\b`,
    String.raw`\bsans (?:confirmation|verification|validation|que (?:\w+ ){0,5}(?:soit|soient|ait|aient)(?: ete)? (?:confirmee?s?|verifiee?s?|validee?s?|resolue?s?|corrigee?s?))\b`,
    String.raw`\b(?:non|pas|sans etre) (?:encore )?(?:confirmee?s?|verifiee?s?|validee?s?)\b`,
  ],
  endorsements: [
    String.raw`\b(?:comme (?:indique|note|confirme|mentionne|prevu|convenu|signale)|confirme|bonne nouvelle|mise a jour|statut|resultat|conclusion|note|en resume)\W*$`,
  ],
  problemFree: [
    String.raw`\bsans (?:aucun |aucune |le moindre |la moindre |plus de |autre )?(?:souci|soucis|probleme|problemes|erreur|erreurs|incident|incidents|accroc|difficulte|difficultes|coupure|coupures|plainte)\b`,
  ],
  misspellings: [
    // C257: abréviations de tchat: "ça remarche mtn".
    'mtn maintenant',
    'mnt maintenant',
    'mntn maintenant',
    // Québec French "asteure" (à cette heure): now.
    'asteure maintenant',
    'resolut resolu',
    'maintenat maintenant',
    'mainenant maintenant',
    'fonctione fonctionne',
    'fontionne fonctionne',
    'foncitonne fonctionne',
    'marhce marche',
  ],
  typoStems: [
    'fonctionne',
    'fonctionnent',
    'correctement',
    'normalement',
    'parfaitement',
    'maintenant',
    'impeccable',
    'fonctionnel',
    'resolution',
  ],
  partials: [
    // C113: "0 % de perte" is a loss of none, not a part of a whole.
    String.raw`\b(?:\d+|deux|trois|quatre|certains|certaines|la plupart|une partie|plusieurs|la moitie) (?:sur|des|de nos|de vos|de les|de) (?:\d+|(?!perd|pert)\w+)`,
    String.raw`\bpartiellement\b`,
  ],
  scopes: [
    // C266: un bon état limité à un banc d'essai n'est pas une correction en production: "a fonctionné sur la VM de test, pas encore en production".
    String.raw`\b(?:sur|dans|en|pour|chez) (?:la |le |les |une |un |notre |nos )?(?:(?:vm|machine|poste|pc|serveur|environnement|instance|tenant|compte|utilisateur|groupe|maquette|plateforme|portable)s? (?:de |des )?(?:test|tests|recette|preproduction|pre-production|preprod|labo|pilote|qualification|dev|developpement)|preprod|preproduction|pre-production|recette|labo|laboratoire|maquette|sandbox|bac a sable)\b`,
    // "rétablie seulement pour deux utilisateurs": a good state limited to a few of them.
    String.raw`\b(?:seulement|uniquement) (?:pour|sur|chez) (?:les )?(?:\d+|un|une|deux|trois|quatre|quelques|certains|certaines|une partie des?) (?:\w+ )?(?:utilisateurs?|postes?|imprimantes?|machines?|appareils?|ordinateurs?|comptes?|sites?|files?|bureaux?|services?)\b`,
  ],
  waits: [String.raw`\b(?:seulement|uniquement|que) (?:apres|quand|lorsque|une fois)\b`],
  denials: [
    // C286: a closing label and what the user can do: "Bilan : l'utilisatrice peut imprimer", "Conclusion : le client peut se connecter".
    String.raw`^(?:cloture|conclusion|bilan|resultat|statut|etat final|issue)(?: (?:finale?|du ticket|de le intervention))? (?:le |la |les |l )?(?!(?:personne|aucun|aucune|rien|ne|pas|nous|je)\b)[\w-]+(?: (?!(?:ne|peut|peuvent)\b)[\w-]+)? (?:peut|peuvent|arrive a|arrivent a|parvient a|parviennent a|reussit a|reussissent a|est en mesure de|sont en mesure de) (?:de nouveau |a nouveau |maintenant |desormais |enfin |bien )*(?:imprimer|scanner|numeriser|se connecter|acceder|travailler|envoyer|recevoir|ouvrir|utiliser|appeler|telephoner|se loguer|se identifier|synchroniser)\b(?: (?!(?:ne|pas|plus|jamais|seulement|uniquement|mais|sauf|quand|si|apres|demain|parfois|via|depuis|avec|autre|pret|secours)\b)[\w-]+){0,6}$`,
    // C56: a double negative: "there is not one printer left that does not print".
    String.raw`\bil ne y a (?:plus )?(?:aucune?|pas une? seule?|pas de) (?:[\w-]+ ){1,4}qui ne (?:imprime|fonctionne|marche|tourne|impriment|fonctionnent|marchent) (?:pas|plus)\b`,
  ],
  zeroCounts: [
    // C58: a fault counted as none after its label: "crashes: 0", "occurrences since the fix: 0".
    String.raw`^(?:[\w-]+ ){0,3}(?:plantages?|erreurs?|pannes?|crashs?|incidents?|arrets?)(?: (?:depuis|apres) [\w -]+)?$`,
    // C81: a fault's counter as the label: "compteur d'erreurs CRC sur le port : toujours à 0 depuis …".
    String.raw`^compteurs? d (?:erreurs?|plantages?|pannes?|incidents?)\b`,
    String.raw`^(?:[\w-]+ ){0,2}(?:occurrences?|evenements?|entrees)(?: (?!(?:doit|devra|devrait|sera|serait|etre|a|pas|plus|jamais|encore|quand|si|lorsque|reste|peut)\b)[\w-]+){0,4} (?:depuis|apres) [\w -]+$`,
  ],
  noes: ['non', 'nan', 'nenni', 'que nenni', 'pas du tout'],
  elsewhere: [
    'le problème vient',
    'le souci vient',
    'la panne vient',
    'la cause vient',
    'le problème est',
    'le souci est',
    'la cause est',
    'le problème se situe',
    'le souci se situe',
    'le problème réside',
    'la cause réside',
    'le problème se trouve',
    'la cause se trouve',
    'le erreur vient',
  ],
  faults: [
    'en panne',
    'cassé',
    'cassée',
    'planté',
    'plante',
    'bloqué',
    'bloquée',
    'hs',
    'hors service',
    'hors ligne',
    'problème',
    'problèmes',
    'erreur',
    'erreurs',
    'bugue',
    'buggé',
    'lent',
    'lente',
    'marche pas',
    'fonctionne pas',
    'imprime pas',
  ],
  // C100: an aside of sight asserts what follows it.
  asides: [
    'de apres ce que (?:je|nous) (?:vois|voyons|constate|constatons)',
    'pour autant que (?:je|nous) (?:puisse|puissions) (?:voir|en juger)',
    'a ce que (?:je|nous) (?:vois|voyons)',
  ],
  // C101: a clause taken as given is asserted, in a question too.
  presuppositions: ['maintenant que', 'a present que', 'puisque'],
  // C111: good news announced, with something again, tells the fault over.
  goodNews: [
    String.raw`\bbonne nouvelle\b`,
    String.raw`\b(?:heureux|ravis|ravi|heureuse) de vous (?:annoncer|informer|confirmer)\b`,
  ],
  again: ['de nouveau', 'a nouveau'],
};
