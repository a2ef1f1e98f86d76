"""Phrases a chain letter never uses about itself: said around a chain's text, they mean the writer
is debunking, quoting or stopping it, not passing it on.

Kept apart from `stance` because the list is long and only grows; `stance` compiles it with
`cue_regex` (patterns are written squeezed: "will" -> "wil").
"""

from __future__ import annotations

from commands.hoax.deny_words import (
    EASY_TARGET,
    HARMLESS_OR_MADE_UP,
    NEVER_REQUIRED,
    NO_ACCESS,
    NO_EVIDENCE,
    NOBODY_GIVES,
    NOT_IGNORING,
    NOT_RUNNING,
    NOT_THE_PROOF,
    PLAIN_WONT,
    SARCASM,
    WONT_HAPPEN,
    WORTHLESS,
)

# Not a report of a message but the claim's own condition: "recevoir / si vous recevez / si un ami
# vous transfère un message disant … prouve que …" (placed before "un message disant"), nor the
# claim's own instruction ("faut copier le message qui dit qu'on refuse")
CLAIM_TOLD = (
    r"(?<!recevoir )(?<!recevez )(?<!recois )(?<!vous transfere )(?<!te transfere )(?<!vous envoie )(?<!t envoie )"
    r"(?<!copier )(?<!copiez )(?<!copie )(?<!copies )(?<!poster )(?<!postez )(?<!postes )(?<!publier )(?<!publiez )(?<!publies )"
)
# "arrêtez de coller ce texte": what those who know a chain tell the ones who paste it; no chain says it
STOP_PASTING = (
    r"(arretez|aretez|arete|arrete) de (coler|copier|poster|publier|relayer|partager)|(vous pouvez|tu peux|on peut) (arreter|areter) (les|de)|you can stop (posting|commenting|pasting|sharing|the)|"
    # what those who know say to the worried: "stop scaring the elders", "posts that do nothing to stop Meta"
    r"(don t|do not|dont) be (coned|duped|tricked) by|stop (scaring|frightening|panicking)|aretez de (faire peur|paniquer|efrayer|faire paniquer|afoler)|(do|does|did) nothing to (stop|prevent|protect|block)|"
    r"(i |and i |j ai )(stil |still |quand meme |qd meme )(got |get |ete )(hacked|pirate)|text animation|animation (du|de) texte|"
    # « ton copier-coller change rien », « je copie-colle l'horaire du club »: no chain says either
    r"(ton|votre|le|ce|your|the) (copier coler|copie cole|copy paste|mesage|texte) (ne )?change (rien|nothing)|"
    # what the real company never does ("never refunds by text"), checking the page, no need for the paste
    r"(jamais|never)( [a-z]+){0,4} (par|by|via) (texto|sms|courriel|e mail|email|text mesage)|(regardez|verifiez|check|look) (si|if|whether) (la page|the page)|"
    r"no need (for|to) (the |any )?(copy paste|copy and paste|copy|paste)|pas besoin de (copier|copie)|"
    r"(copie cole|copie|cole|paste|pasting|copying|copy) (ici |here )?(l |le |la |les |the |our |my |mon |ma |mes )(horaire|horaires|planing|calendrier|schedule|rota|timetable|menu|adrese|adres|address)|"
    r"ne (change|changent|empeche|empechent) rien|ain t (giving|gona give|going to give|real|true|hapening)|"
    r"(message|chain|post|msg|hoax|rumou?r)s? ([a-z]+ ){0,3}(comes?|came|keeps? coming) back (like|every|each|again)|"
    r"(every|each) year (this|that) ([a-z]+ ){0,4}(message|chain|post|msg|hoax|thing|rumou?r)|"
    # where the truth is told: "FEMA's rumor page", "get it from fema.gov, not from screenshots"
    r"rumou?r (page|control|response)|page (des )?rumeurs|not from (screenshots|random posts|facebook posts|social media|whatsap)|pas (sur|par) (des )?captures|stop (posting|pasting|copying) (this|that|these|it)|"
    r"pas la peine de (relayer|partager|transferer|difuser|faire tourner)(?! (copie|copiez|cole|colez))|no need to (share|forward|repost|spread)(?! (just )?(copy|paste))|"
    r"(mods|admins?|please|pls|plz) (please |pls )?(delete|remove) (that|this|the)(?! your)( [a-z0-9]+){0,6} (post|posts|message|messages)|"
    # "please don't share the 1000 missing kids post" (not the chain's own "do not share this
    # message, copy and paste it")
    # (an order, not the chain's threat: "if you do not forward this message…", "accounts that don't
    # forward the message to 20 people will be deleted")
    r"(?<!you )(?<!u )(?<!they )(?<!who )(?<!if )(?<!that )(?<!which )(?<!we )(?<!i )(?<!users )(?<!accounts )(?<!people )(?<!those )"
    r"(don t|do not|dont|stop) (share|sharing|forward|forwarding|repost|reposting|spread|spreading|bump|bumping) (the|that|this|these|those)"
    # (the words before the first noun only: the chain's "do not share this message, copy the message…")
    r"( (?!(post|posts|message|mesage|messages|msg|chain)(?![a-z0-9]))[a-z0-9]+){0,6} "
    r"(post|posts|message|mesage|messages|msg|chain)(?! (copy|copie|copiez|colez|coler|but|mais|instead|just|simply|juste|to|within|or|wil|by))|"
    r"(?<!vous )(?<!tu )(?<!on )(?<!ils )(?<!qui )(?<!que )ne (partagez|transferez|relayez) (pas|plus) (ce|cete|le|la|les|ces)"
    r"( (?!(message|mesage|messages|publication|post|texte|chaine)(?![a-z0-9]))[a-z0-9]+){0,6} "
    r"(message|mesage|messages|publication|post|texte|chaine)(?! (copie|copiez|colez|coler|mais|juste|a|dans|sinon|avant|elle|il))"
)
# "police said the post was disinformation": a chain never calls itself that
# and a headline's "Misinformation resurfaces about…", « Désinformation autour de… »
CALLED_DISINFORMATION = (
    # « c'étaient des rumeurs », « des rumeurs d'enlèvements sèment la psychose », « un seul cas confirmé »,
    # « l'absurde message que vous êtes des milliers à partager… pour rien » (a chain says « ce n'est pas une rumeur »)
    r"(c etaient|c etait|ce sont|ce n etaient que|ce n etait que|ce n est que|c est) (des |que des |de simples |juste des )?rumeurs|"
    r"rumeurs? [a-z ]{0,40}(sement|seme|provoquent|provoque) (la psychose|la panique)|un seul cas (a ete )?confirme|"
    # a headline on the rumour's effect (« quand la psychose de la camionnette blanche touche… »), a debunk's
    # « c'est le coup classique », "has the same legal force as a napkin", « une photo JPG c'est pas un virus »
    r"(quand|la) psychose (de|du|des|d|autour)|c est le coup classique|(same|as much) legal (force|value|weight|efect) as|"
    # advice on the scam ("talk to your older relatives about 'Hi Mum' messages, always ring the old number"),
    # and a debunk's « n'a jamais été partenaire », « Leclerc a jamais fait ça »
    # the capex chat's own news ("… Zuckerberg announced it on the earnings call") and a watchdog that
    # « dénonce une escroquerie »: no chain cites an earnings call or calls itself a swindle
    r"(on|during|in|sur|lors de) (the |an |l |la )?(earnings|results|quarterly) cal+|(denonce|denoncent|denounces?) (une|l|cete|an|a|the) (escroquerie|arnaque|scam|fraud)|"
    r"(talk|speak) to your ([a-z]+ )?(relatives|parents|family|grandparents|kids|elders|folks) about|"
    # "ya account ain't hacked just cause you got the message, it's a chain", « le soi-disant communiqué… c'est de
    # l'emballement », the news of a ring dismantled (« a démantelé un réseau qui vidait des comptes »)
    r"(ain t|isn t|is not|wasn t|was not|not) hacked (just )?(because|cause|cuz|cos|bc)|(it s|it is|this is|that s) (just )?a chain(?! (reaction|of|store|link))|"
    r"(le|la|ce|cete) soi disant (communique|message|note|alerte|info|avis)|c est de l emballement|"
    r"(a|ont) demantele (un|le|ce) (reseau|gang)|(dismantled|busted|broke up) (a|the) (network|ring|gang)|"
    r"(always|toujours) (ring|call|phone|apele[rz]?|rapele[rz]?) (the|their|your|l|le|leur|son|ton|votre) (old|ancien)|"
    r"(n a|a) jamais ete (partenaire|asocie|afilie)|(has|have) never been (a |their |its )?partners?|(n a|a) jamais fait (ca|sa)|"
    r"(ne peut pas|ne peuvent pas|can t|cannot|can not) (lire|read) (vos|tes|your|nos|our|les) (discussions|conversations|messages|chats)|"
    r"(une|cete|la|ta) (photo|image)( jpg| png)? (c est|c|n est) pas un virus|(a|an|this|that) (photo|image|jpg|picture) (is not|isn t) a virus|"
    # « c'est une blague qui date de 2015 », "so that post is twisting it", "Instagram is not introducing a rule…"
    r"(c est|c etait|c) une (blague|rumeur|chaine|intox|vieile [a-z]+) qui (date|circule|tourne) (de|depuis)|"
    r"(that|this|the) (post|message|claim|chain|story|report) (is|s) (twisting|misleading|wrong|false|inacurate|untrue|exagerat[a-z]*)|"
    # « le retour d'une vieille alerte qui ne repose sur rien »; "the shark was lifted from a 2005 photo"
    r"ne repose (sur rien|sur aucun)|(lifted|taken|copied|stolen) from (a|an) [0-9]{4}( [a-z]+){0,3} (photo|picture|image)|(story|claim|report) (is|was) (inacurate|untrue)|"
    r"(is not|are not|isn t|aren t) (introducing|launching|rolling out|bringing in|implementing)|"
    # advice on one's details: "don't give your ID or bank details to WhatsApp numbers", « ne donnez jamais vos codes »
    r"(don t|do not|never) (give|share|send) (out )?(your |ur )?(id|id number|bank details|banking details|card details|pin|otp|personal details)"
    r"( (or|and) [a-z ]{1,20})? to|ne (donez|done|comuniquez|envoyez) (jamais |pas )?(vos|tes|ton|votre) (coordonees bancaires|codes?|identifiants|numero de carte)|"
    # "the Alfred Cannan trading video is AI generated", « la vidéo est un deepfake »: the verdict on the advert
    r"(video|clip|image|photo|ad|advert|interview|pub|publicite)( [a-z]+){0,3} (is|was|s|est|etait) (ai generated|generated by ai|a deepfake|un deepfake|generee? par (l )?ia)|"
    r"ne partagez (pas|rien) sans verifier|(don t|do not) share (it )?(without|before) (checking|verifying)|"
    r"(l |cet |ce |le |un |cete )absurde (message|mesage|chaine|publication|post)|(partager|partagent|partagez|partage)( [a-z]+){0,3} pour rien|"
    r"(was|is|it s|c est|c etait|est|etait) (de la |pure |total |totale )?(disinformation|misinformation|desinformation)|"
    # « le retour d'une vieille chaîne sans fondement », "a baseless rumour", « c la même arnaque »
    r"sans (aucun )?fondement|baseless|unfounded|(c est|c|ce sont) (la meme|toujours la meme|encore la meme) arnaque|"
    r"(disinformation|misinformation|desinformation) (resurfac[a-z]*|returns|refait surface|revient|about|autour)|"
    # a headline's « les fausses « nouvelles règles » de WhatsApp refont surface »
    r"(les|ces|cete|la|cet) (fauses?|faux) (nouvele?s? )?(regles?|alertes?|rumeurs?|informations?|infos?|mesages?|chaines?|conditions?|avertisements?)|"
    # « le truc d'écrire @[4:] … pour voir si ton compte est piraté, c'est faux »: the writer's verdict on it
    r"(le|ce|cete|l) (truc|histoire|mesage|rumeur|chaine|afaire|coup)( [a-z0-9]+){1,14} c est (faux|pas vrai|du fake|bidon|n importe quoi)|"
    r"(refont|refait) surface|resurfaces|resurfacing|(y a|il y a|ya|there s|there is) (pas de|no) (whatsap|facebok|fb|instagram|insta) (gold|pink|plus|premium)|"
    # what those who know say of the threat: "nobody is deleting your account", "WhatsApp has no CEO called…"
    r"(nobody|no one|noone) is (deleting|closing|charging|reading|shuting|blocking|banning)|"
    r"(has|have) no (ceo|director|boss|president|founder|manager) (called|named)|"
    r"(please|pls|plz) stop (forwarding|sending|sharing|posting) (this|these|that|it)|"
    # a bait post unmasked: "the same words in Bradford and Ohio groups… it'll turn into an ad" (not "comments
    # are off", which the bait post says itself)
    r"(with|avec) the same (words|text|wording)|avec les memes mots|(it ll|it wil|they ll) (turn|change) (it )?into|"
    r"(?<!won t )(?<!can t )(?<!don t )(?<!never )stop (sending|sharing|forwarding) (it|this|that) to (the|al|everyone|everybody|people|your|our)|"
    # advice on checking first: "before sharing a missing child post, check if it names the police"
    r"before (sharing|you share|reposting|you repost|forwarding)[a-z ]{0,60} (check|verify|look (it )?up)|"
    r"avant de (partager|relayer|transferer)[a-z ]{0,60} (verifiez|verifie|regardez|cherchez)|"
    # advice about a code received: « ne le donnez à personne », "never give it to anyone"
    r"ne le (donnez|done|partagez|envoyez|transmetez) a personne|never (give|share|send) it to anyone|don t (give|share|send) it to anyone"
)

# Phrases a chain letter never uses about itself: enough to overrule its chain cues.
OVERRULES_CHAIN = (
    NOBODY_GIVES + r"|" + NO_ACCESS + r"|" + STOP_PASTING + r"|"
    # what a posted notice does to the terms one signed: nothing
    r"(ca|cela|ce|it|that|this) (ne )?change[sz]? (rien|strictement rien|absolument rien|nothing) (aux|a|au|to|about) (the )?"
    r"(conditions|cgu|terms|contrat|contract|regles|rules|droits|rights|licence|license)|"
    + CALLED_DISINFORMATION + r"|"
    # an authority's denial and a gift said not given, as headlines put them: "le gouvernement dément
    # avoir annoncé…", "Mark Zuckerberg ne donne pas 4,5 millions de dollars…"
    r"(gouvernement|ministere|ministre|police|gendarmerie|prefecture|mairie|meta|facebok|whatsap|operateur) dement|"
    # ... or sends a denial: « Orange a même envoyé un SMS pour démentir »
    r"(sms|mesage|comunique|post|publication) pour (le |la |les )?dementir|"
    # a denial published, and the regulator's own way out: "Orange a publié un démenti", "la CNIL a publié comment s'opposer"
    # an authority reporting scams ("police say job scams cost victims millions", "187 takeover cases were
    # reported") or asking not to share codes — not a chain's "police warn against answering +375 calls"
    r"(police|authorities|authority|regulators?) (say|says|said|warn|warns|warned|cautions?|urges?) [a-z0-9 ]{0,60}(scams?|cases (were |have ben )?reported)|(cautions?|urges?) (the )?public against sharing|"
    # ... in French: « la police cantonale a lancé un avertissement : des escrocs écrivent… »
    r"(police|gendarmerie)( [a-z]+){0,3} (a lance|lance|lancent|ont lance) (un avertissement|une mise en garde|un appel a la vigilance) [a-z0-9 ]{0,30}(escrocs?|arnaqueurs?|escroqueries?|arnaques?)|"
    # the authorities' reminder: « aucune convocation officielle n'arrive par mail », "no official fine is sent by text"
    r"aucune? [a-z ]{0,30}officiel[a-z]* (ne )?(n )?(arrive|parvient|est envoye[a-z]*)|(no|never an?) official [a-z ]{0,20}(arrives?|comes?|is sent)|"
    # the fact-checkers' headline: « cette vidéo ne montre pas un coup d'État », "this photo does not
    # show…" (a chain shows its video, it never says what it is not)
    r"(cete|cet|ces|la|les|this|the|these) (videos?|photos?|images?|pictures?|clips?) (ne montre(nt)? pas|(doesn t|does not|do not|don t) show)|"
    # "… are scammers, police say": the verdict, then who gives it
    r"(scams?|scamers?|fraud|fraudsters?|arnaques?|arnaqueurs?|escrocs?|escroqueries?) (police|authorities|oficials|regulators?|la police|les gendarmes) (say|says|said|warn|warns|dit|disent|previent|previennent)|"
    # a headline's verdict: « retour sur une légende urbaine tenace » (not a chain's « ce n'est pas une légende urbaine »)
    r"(?<!pas une )(?<!not an )(?<!isn t an )(?<!not a )(legende urbaine|urban legend)|"
    # ... and « le mythe persistant du copier-coller », "the copy-paste myth that won't die" (a chain
    # calls itself "not a myth")
    r"(?<!pas )(?<!not )(?<!isn t )(le|ce|un|the|a|that) mythe? (persistant |tenace |increvable |persistent |enduring )?(du|de la|des|de l|of)|"
    r"myth (that|which) (just )?(won t|refuses|keeps|never)|"
    # "… shows up every single time Houston floods"
    r"(shows|turns|pops|comes) up (again )?every (single )?time|"
    # "police say it's an urban legend" (a chain calls itself "not an urban legend")
    r"(police|authorities|experts?|gendarmerie|gendarmes) (say|says|said|dit|disent|a dit|ont dit) (it s|it is|that s|it was|c est|c etait|que c est) (an? |une |un |just an? |juste une? )?(urban legend|legende urbaine|myth|mythe)|(publie|sorti|fait|poste|diffuse) un dementi|(cnil|ico|dpc) (a )?(publie|explique|detaile|indique|rappele) (comment|la procedure|le formulaire|how)|"
    r"(?<!je )(?<!j )(?<!nous )(ne|n) (donne|ofre|distribue|verse|file) pas [0-9]|"
    # ... and in spoken French, without « ne »: « Leclerc file pas 250 balles à ceux qui partagent »
    r"(?<!je )(?<!j )(?<!tu )(?<!on )(?<!nous )(?<!vous )(?<!si )(?<!ne )(?<!n )(file|donne|ofre|distribue|verse) pas [0-9]+ (balles|euros|eur|francs|f|fcfa|dolars|usd)|"
    # what the call or the link cannot do, in spoken French without "ne": « ça clone pas ta SIM »
    r"(ca|sa) (te |vous )?(clone|vide|pirate|vole|copie)[a-z]* pas|"
    # "… contrairement à une rumeur tenace", "gratula just means congrats… nothing to do with hacking"
    r"contrairement (a|aux) (une |la |les |des )?(rumeurs?|idees? recues)|contrary to (the |a |popular )?(rumou?rs?|belief)|"
    r"nothing to do with (hacking|hackers?|security|viruses?|your account|privacy)|"
    r"(n a|n ont) rien a voir avec (le piratage|les pirates|la securite|un virus|les virus|la confidentialite)|"
    # "Facebook doesn't ask users to spread chain messages", "if a message claims…", "apps called 'WhatsApp Gold' are not from WhatsApp"
    r"(doesn t|does not|never|wil never|won t) ask (users|you|people|anyone|its users) to (spread|forward|share|send)|"
    r"(if a|si un)( [a-z]+){0,3} (message|post|mesage|msg|link|lien|site) (claims|says|tells you|promises|asks you|vous dit|te dit|vous demande|te demande|pretend|afirme|promet)|"
    # "if you see '… unless you share this', don't share it"; "il n'existe qu'une seule appli officielle"
    r"(if you see|if you get|if you receive|if (someone|anyone|people) (sends?|forwards?) you|si vous voyez|si tu vois|si vous recevez|si tu recois|si on (vous|te|t) (envoie|transfere|partage))( [a-z0-9]+){1,25} "
    # (not the chain's own "copy and paste, don't share")
    r"(?<!copy and paste )(?<!copy paste )(?<!copiez colez )(?<!copier coler )((don t|do not|never) (share|forward|repost) (it|them)|ne (le|la|les) (transferez|partagez|relayez|transfere|partage) pas)(?! (but |just |and |instead )?(copy|paste|post|repost))|"
    r"(ne faites pas suivre|ne transferez pas|don t forward|do not forward) (les|ces|this kind of|these|such) (alertes?|chaines?|chain leters?|warnings?|alerts?)|"
    r"(il n existe|il n y a|y a) qu une (seule )?(appli|application|app|version) oficiele|"
    # "official WhatsApp only comes from app stores": where the real app is, not a chain's warning
    r"(the )?(oficial|real) (whatsap|app|version) (only )?(comes|is) (only )?(from|on|in) (the )?(oficial )?(app|play) stores?|"
    r"(la vraie|l oficiele|la version oficiele) (apli|app|application|version|whatsap)? ?(vient|est) (uniquement |seulement )?(du|sur le|dans le) (store|play store|app store)|"
    # the way to check for a clone: "search your name on Facebook"
    r"(search|look up|cherchez|cherche|recherchez|recherche|tapez) (for )?(your|ur|votre|ton) (own )?(name|nom)|(ne communique|never communicates) (jamais )?(via|par|through) (des )?chain|(are|is) not (made )?(from|by) (whatsap|facebok|meta)|"
    r"(falsely|misleadingly|wrongly) (claim|say|state|sugest)[a-z]*|(don t|do not|never|stop) (forward|forwarding|share|sharing|send|sending) chain (mesages?|leters?|msgs?)|contrary to (the )?(viral |online )?(posts|claims|rumors|rumours|messages)|"
    r"contrairement (aux|a des) (publications|rumeurs|messages|posts)|contrairement a ce qu (afirme|afirment|dit|disent|pretend[a-z]*)|rien ne prouve|"
    r"(la|cete|cet) (video|rumeur|publication|chaine|aplication|apli) [a-z ]{0,60}n existe pas|no such thing(?! as (encryption|privacy|private|chifrement))|surely not|didn t say anything|n a (jamais )?rien dit|"
    r"(has|have|a|ont) (debunked|dementi)|n a aucune utilite|(is|are) useless|nobody (has )?cloned|personne n a clone|personne (t|vous|ne t|ne vous) a clone|just a copy ?paste|"
    r"same [a-z0-9 ]{0,60}(post|message|chain|hoax|msg) (from|since|de|depuis) (19|20)[0-9][0-9]|or satire|ou (une )?satire|there are no|there re no|"
    r"(posts?|messages?|publications?) (claiming|saying that|afirmant|pretendant)" + NOT_THE_PROOF + r"|"
    + NOT_IGNORING + r" (the |this |that |any |these )?([a-z]+ ){0,6}(messages?|posts?|warnings?|alerts?)|"
    r"(has|have) never (caped|limited|restricted|charged)|(sont|are) (une |des |a )?(arnaques?|scams?)|"
    r"(si vous recevez|si tu recois|if you get|if you receive) [a-z ]{0,80}(ne le|ne la|don t|do not) (transferez|transfere|partagez|forward|share)|"
    r"formulaire oficiel|oficial form|centre de confidentialite|privacy center|privacy centre|(?<!that )(?<!who )(?<!if you )(?<!if u )don t (repost|blast|spam) (the|this|that|it|these)|"
    r"(pas|not) (par|by|with|via) (un |une |a )?(copier coler|copy paste|copy and paste|post|publication)|"
    r"(?<!copying )(?<!pasting )(?<!copy )(?<!paste )not (by )?(posting|sharing|copying|pasting)(?!( it| this| that)? (is |means |equals |counts as )?(consent|acceptance|agreement))(?! (copy|paste|copie|coler))|pas en (publiant|partageant|copiant)|"
    + WORTHLESS + r"|" + WONT_HAPPEN + r"|" + PLAIN_WONT + r"|" + EASY_TARGET + r"|" + HARMLESS_OR_MADE_UP + r"|"
    r"ne (vous |te |nous )?(protege|protegent) (de|contre|en) rien|protects? (you )?(from )?nothing|exager[a-z]*|overblown|overstat(es|ed|ing)|"
    r"(that s|that is|c est) not how (any of )?(this|that|it) works|(cannot|can t|ne peut pas|ne peuvent pas) (read|see|lire|voir) [a-z ]{0,40} (unles|sauf si)|(?<!parce que ca )(?<!parce que sa )(?<!car ca )(?<!puisque ca )(donne|gagne|verse|rapporte|touche|preleve|prelevent|facture|facturent) (rien|que dalle)|"
    r"(won t|wil not) stop(?! (forwarding|sharing|sending|posting|reposting|asking|talking|going on))|deep ?fake|aretez de copier|arete de copier|stop copy ?pasting|comme chaque anee|every year since|"
    + SARCASM + r"|not the [a-z ]{1,40} again|oh yeah sure|yeah sure|oh (yes|yeah) of course|"
    r"((do|does) not|don t|doesn t) (hide|cary|contain) (any |a )?(phishing|malware|virus[a-z]*|code|spyware)|ne (cachent|contienent|transmetent) (pas|aucun) (de |d )?(virus|code|malware|logiciel)|"
    r"(is|are) making (it|things|everything) worse|only worry if|(aucune|no|nule) (appli|app|application|site|extension)s? (ne )?(peut|peuvent|permet|permetent|can|lets you|wil) (montrer|voir|afficher|show|se|reveal|tel)|(has been|s been|been) going (a)?round since (19|20)[0-9][0-9]|(circule|tourne|traine) depuis (19|20)[0-9][0-9]|(tu fais|vous faites|on fait) (juste |seulement |que )?du spam|(you re|you are) (just |only )?spaming (everyone|your contacts|people)|"
    r"toujours gratuit|stil fre|la blague de chaque|the anual joke|every day since|tous les jours depuis|"
    + NO_EVIDENCE + r"|" + NEVER_REQUIRED + r"|" + NOT_RUNNING + r"|"
    r"(is|are|was|were) (complete |total |utter |just )?(bogus|a hoax|hoaxes)(?! (or|ou) )|"
    r"(c est|is|it s) (juste |just |encore |only )?(une|a|an) (vieille |old )?(rumeur|rumou?r)(?! (que|that|qui dit|saying))|"
    r"personne ne perdra|personne (ne )?va (te |vous |nous )?(recevoir|toucher|gagner|verser|doner|payer|ofrir)|(comes|pops) (back|up) every|(revient|ressort|tourne) (tous les|chaque)|(nobody|no one) (wil|is going to|is) (get|geting|receive|receiving) (a |any |the )?(cent|penny|money|cash|milions?|\$)|(pas|not) (aux|to) (utilisateurs|internautes|users|randoms|random people|strangers)|(nobody|no one) (wil|is going to) lose|no (25|26) limit|"
    # someone quoting the chain to ask about it: "le texte qui dit que…", "the msg saying…"
    # (not a general case: "recevoir un message disant … prouve que …" is the claim itself)
    + CLAIM_TOLD + r"(le|ce|un) (texte|message|msg|post) (qui dit|disant|qui menace|qui pretend|qui afirme)|"
    # a pointer to the fact-checkers: "jetez un œil à AFP Factuel ou aux Décodeurs"
    r"(jetez un (oeil|coup d oeil)|allez voir|regardez|verifiez|check|look at|have a look at)( [a-z]+){0,3} (afp|factuel|decodeurs|snopes|hoaxbuster|full fact|fact ?check[a-z]*)|"
    r"(hoax|fake|false|bogus|misleading) (message|post|claim|forward|chain|msg)s? (claims?|says?|saying|warns?)|(posts?|messages?|claims?) mislead[a-z]* (on|about|users|people)|"
    r"as (falsely )?claimed (by|in|on)|comme (le )?(pretend|afirme)(ent)? (le|la|les|un|une)|(une offre|an ofer|a deal) trop (bele|beau) pour etre (vrai|vraie)|"
    r"(une offre|an ofer|a deal) (too|that s too|is too) god to be true|not (ofering|giving away|donating|distributing)|"
    r"(any|every|al) (message|msg|post|text|forward)s? (saying|that says|claiming|telling you|asking you)|"
    r"(doesn t|does not|won t|never) tel you (stuf |anything |things )?(through|via|by|with)|(ne passe|ne comunique) jamais par (des |une )?chaines?|"
    r"avant de cliquer|before (you )?click(ing)?|call (them|him|her) (first|directly)|(appelez|appelle) (le|la|les) (d abord|directement|avant)|(?<!you )(?<!u )(has not|hasn t|have not|haven t) ben (cloned|hacked)|"
    # (not the forwarder's own "je ne suis PAS piraté moi": the chain tells you to check yours)
    r"(?<!je ne suis )(?<!je suis )(?<!i m )(?<!i am )(not|pas) (hacked|pirate|piratee|piratees|un piratage|a hack)|never hurt (anyone|anybody)|(found|find) no such|ne (sert|servent) (strictement |absolument )?(a|de) rien|(ca|cela) sert (strictement|absolument) (a|de) rien|(just )?spreads panic|seme la panique|"
    r"(it s|that s|it is) not (reading|listening|spying|recording|tracking)|(don t|do not|never) believe (every|al|any) (message|msg|post|forward)s?|"
    r"(it s|this is|that s) (just )?a chain (message|leter|msg)|(you haven t been|you weren t|you were not|t as pas ete|tu n as pas ete|vous n avez pas ete) (cloned|clone|clonee)|"
    r"(c est de la|it s) (collecte de likes|like ?farming)|(c est du|c est de l|it s|that s|(posts|messages|chains|publications) (are|sont)( just| du| de l)?) (farming d engagement|engagement (farming|bait))|bait (and|n) switch|aucun (operateur|site|organisme|gouvernement|etat|banque|marque)( [a-z]+){0,8} (n|ne) (ofre|donne|distribue|envoie)|"
    r"no (operator|network|bank|government|govt|company|brand) (is )?(gives|ofers|sends|hands out|giving|ofering|sending|handing out)|(don t|do not|can t|cannot) hack (phones?|your phone|devices?)|"
    r"(ca fait|cela fait|voila) [0-9a-z]+ ans que [a-z ]{0,80}(tourne|circule|revient)|"
    r"(doesn t|does not|won t|wil not|never) (contact|message|text) (you|users|people|its users) (through|via|by|with|like (that|this))|ne vous contacte (jamais )?(par|via)|(te|vous) contacte (pas|jamais) (par|via)|(ne )?(clique|cliquez) sur rien|"
    r"(pirate|pirater|piratent) rien|(ne|n) (protege|protegent) (absolument |strictement )?rien|n existe meme pas|(?<!virus )(?<!covid )(?<!covid 19 )n existent pas|(doesn t|does not) even exist|(sont|est) inofensi(f|ve|ves|fs)|(is|are) harmles|tentatives? d hameconage|phishing atempt|(n ont|n a|ne contienent|ne contient) (pas|aucun) (de )?(virus|code)|(don t|do not|doesn t|does not) (contain|have|hide|carry) (any )?(virus|code|malware)|(doesn t|does not|don t|do not|can t|cannot|won t) hack (anything|nothing|you)|(c est |c )?juste (une|la) chaine|(pas besoin|inutile) de (la |le |les |ce message |le message )?(transferer|partager|renvoyer|faire tourner|faire suivre|relayer)|just a chain( leter)?|"
    r"(suprime|suprimez|efface|efacez) [a-z ]{0,20}(et )?(ne )?(transfere|transferez) rien|(on|je) (le )?suprime,? on (ne )?(le )?transfere pas|"
    r"surely (that s|it s|this is|that is|thats) (rubish|nonsense|fake|a hoax|a scam|bs|bolocks)|(?<!paste )(?<!post )(?<!copy )(?<!share )(?<!forward )(the|that|this) (msg|message|post|text) (saying|that says)|"
    r"(don t|dont|do not|never) believe (the|this|that|any|those|these) ([a-z]+ )?(forwards?|messages?|msgs?|posts?|chains?)|"
    # (not "si vous ne transférez pas ce message", "don't share it, copy and paste": the chains' own words)
    r"ne (transferez|partagez|relayez) pas (et )?(suprimez|efacez|ignorez)|n informe jamais [a-z ]{0,30}par (chaine|message)|"
    r"(?<!if you )(?<!if u )(don t|do not) pas it on|never asks? (you )?to (forward|share)|ne (vous )?demande jamais de (transferer|partager)|"
    r"(is|are|sont|c est|est|that s|thats|it s) (du |de l |a |an )?(phishing|hameconage|data harvesting)|"
    r"(plutot que de|au lieu de) (copier|recopier|coler|partager|publier|transferer)|instead of (forwarding|sharing|copying|reposting)|"
    r"(tourne|circule|circulates?|going around) (depuis|since) (19|20)[0-9][0-9]|"
    r"(that one s|this one s|that s|c est) from (19|20)[0-9][0-9]|no such [a-z]+ exists?|"
    r"ce qu il faut savoir|what you need to know|what to know about|on vous dit tout|on vous explique|everything you need to know|"
    # "Recevoir une deuxième demande d'ami ne veut pas dire que votre compte a été piraté", "blue ticks do not mean
    # the government read it"
    r"(ne veut|ne veulent|ne signifie|ne signifient) pas (dire )?que (votre|ton|ta|vous|tu|vos|tes|le gouvernement|l etat|la police)|"
    r"(doesn t|does not|don t|do not) (necesarily )?mean (that )?(your|you|the (government|govt|police|state))|"
    r"ne croyez pas (le|ce|les|ces) (message|messages|chaine|chaines|post|posts)|"
    # "Facebook's been 'going paid next month' since 2009 lol": the mockery of an old rumour
    r"(s|has|have) ben [a-z ]{1,40} since (19|20)[0-9][0-9] (lol|lmao|haha|mdr)|"
    # what to do with it: "supprimez-le et ne cliquez sur aucun lien", "delete it and warn whoever sent it"
    r"(suprimez|suprime|delete|ignorez|ignore) (le|la|les|it|them|this)( tout de suite| right away)?( et| and) "
    r"((ne |n |don t |do not |never )(cliquez|clique|transferez|transfere|partagez|partage|click|forward|share)|"
    r"prevenez|previens|tell|warn)|(?<!pas )(?<!not )(?<!n est )(c est|it s|it is|this is) (un |une |a |an )?(vieux |vieil |vieile |old )?"
    r"(canular|hoax|arnaque|scam|intox|chaine|chain letter)"
)
