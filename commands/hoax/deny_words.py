"""Words a debunk uses about a claim and a chain never uses about itself.

`stance` reads them twice: as denials, and as phrases strong enough to overrule a chain's own cues
("partagez !" quoted by someone who says it is nonsense). Kept apart from `stance.py` because these
lists grow with every phrasing people use, while the rules that combine them do not.

These are raw pattern fragments: `stance` joins them and compiles them through `cue_regex`, which
squeezes letters the same way `normalise` does ("will" -> "wil").
"""

from __future__ import annotations

# a debunk's own words: no chain says there is no evidence of itself
NO_EVIDENCE = (
    r"(faut |il faut )?aret(er|ez|e) de (dire|croire) que|stop (saying|believing) (that|this|these|those)|"
    r"(cete|ce|ces|this|that|these) (pretendu|pretendue|pretendus|pretendues|so called|aleged)|"
    # the Pidgin debunk: "no politician dey share data through link", "that post no get any legal power"
    r"no (politician|government|govt|minister|bank|company|network) (dey|wil|does|would) (share|give|dash|send)|"
    r"(no get|has no|have no|doesn t have|does not have|n a aucune|n ont aucune) (any )?(legal|juridique) (power|force|value|valeur|efet|efect|weight)|"
    # a headline's "posts issue alarmist warning" (not a chain's own "not to be alarmist, but…")
    r"(issues?|issued) (a )?warning over|(posts?|messages?|warnings?|publications?) ([a-z]+ ){0,2}alarmist[a-z]*|alarmist (warnings?|claims?|posts?|messages?)|(messages?|publications?|alertes?) alarmistes?|"
    # Cameroonian slang for a scam and its scammer: « c'est de la feymania », « tu donnes l'argent au feyman »
    r"feymania|(l argent|ton argent|your money|the money) (au|aux|to the|to a) (feyman|feymen|scamers?|escrocs?|arnaqueurs?)|"
    r"jamais de la vie|aucune preuve (qu|que|de|d)|(there s|there is) no (evidence|proof)|no evidence (that|of)|not quite|"
    # a headline's "… despite viral 'it reads all your chats' claims"
    r"despite (the )?(viral|widespread|online|social media)( [a-z]+){0,6} (claims?|rumou?rs?|posts?|messages?|warnings?)|"
    # a headline's correction: "More than 60 people missing after Maui fires, not 1,000 children"
    r"(?<!do )(?<!does )(?<!did )not [0-9][0-9 ]* (children|kids|people|victims|deaths|dead)|(?<!ne )(?<!n )(pas|non) [0-9][0-9 ]* (enfants|personnes|victimes|morts)|"
    # "that's the oldest one in the book", « le plus vieux canular du monde »
    r"olde?st (one|trick|scam|hoax|chain|story|lie) in the book|(le |la )?plus vieu?x? (truc|coup|canular|arnaque|chaine|mensonge|intox)|"
    # « personne donne 50 Go gratos », « aucune enseigne ne t'offre 250 € », "not rolling out free data",
    # "ministries don't give grants through new Facebook pages"
    r"personne (ne )?(donne|ofre|distribue|paie)|aucune? [a-z]+ (ne|n) (t |vous |te )?(ofre|donne|paie|verse|distribue)|"
    r"not (roling out|giving out|ofering) fre|(don t|do not|doesn t|does not|never) give (out )?(grants?|cash|money) (through|via|on|by)|"
    # "nobody has actually shown a case where…", the Québécois « voyons donc », a page « pour ramasser des likes »
    r"(nobody|no one|noone) has (actualy |ever |yet )?(shown|proven|proved|documented|found) (a|any|one)|voyons donc|"
    r"personne (n )?a (jamais |encore |vraiment )?(montre|prouve|trouve|documente|vu) (un|le moindre|aucun) cas|"
    r"(page|pages|compte|comptes|post) (pour|qui veut|qui veulent) (ramaser|recolter|recuperer|farmer|avoir|faire) des (likes|j aime|abones|partages)|like ?farming|"
    # a debunk's openers: "Arrêtez avec le « je n'autorise pas »…", "désolé de casser le rêve mais…"
    r"(aretez|arete) avec (le|la|ce|cette|ces|vos|votre|ton|ta|tes) (je|j|message|mesages|chaine|chaines|post|posts|histoire|rumeur|rumeurs|intox|fake|fakes|copier)|hate to (burst|break) (your|ur|the) (bubble|dream)|"
    r"(desole|sorry) (de |to )?(casser|briser|burst|break) (le|ton|vos|votre|your|ur|the|everyone s) (reve|bule|bubble|dream)|"
    # what the test is said not to tell: "has zero to do with your password", « ça dit rien sur la sécurité »
    r"(has|have) (zero|nothing) to do with (your|ur|the) (pasword|security|acount|profile)|not a (security|safety) (check|test)|"
    r"(ca|cela) (ne )?(dit|montre|prouve) rien( du tout)? (sur|de) (la securite|ton compte|votre compte|ton profil|votre profil|un piratage|le piratage)|"
    r"(n a|a) rien a voir avec (la |ta |votre |ton |vos |tes )?(securite|mot de pase|compte|protection)|(n est|n etes) pas plus (protege|securise)|"
    # a fact-check headline's "X ne révèle pas si vous êtes sur écoute" / "doesn't show whether you've been hacked"
    r"(ne|n) (revele|revelent|montre|montrent|prouve|prouvent) pas (si|que)|(doesn t|does not|won t|wil not) (reveal|show|tel|prove) (if|whether|that)|"
    # the police's answer: "ni la police ni la gendarmerie n'ont relevé de cas", "no such case was recorded"
    r"(n ont|n a|n avons|n avait|n avaient) (releve|constate|enregistre|recense|signale) (aucun |de |le moindre )?cas|"
    r"no (such )?cases? (has |have )?(ben )?(recorded|reported|found)|aucun cas (n a ete )?(releve|signale|constate|enregistre|recense)|"
    # ... or the sceptic's: "never one confirmed case", « pas un seul cas avéré »
    r"(never|not) (one|a single) (confirmed|verified|reported|documented) (case|victim)|nobody (has )?(ever )?(confirmed|verified|documented) (a|one|any|a single) (case|victim)|pas un seul cas (confirme|avere|recense|signale)|"
    # an institution's warning about messages sent in its name ("… met en garde contre une notification
    # frauduleuse envoyée en son nom")
    r"(notification|mesage|sms|mail|courriel|apel)s? (frauduleu[a-z]*|faux|fause[s]?) (envoye[a-z]*|difuse[a-z]*) en son nom|"
    r"(sent|circulating) in (its|their) name|"
    # a headline's warning about the message itself: « La police met en garde contre ce message alarmant »
    r"(met|mettent|a mis|ont mis) en garde contre (ce|cet|cette|ces|le|la|les|un|une) (message|rumeur|chaine|publication|canular|intox)|"
    r"warns? (about|against|of) (this|the|a|these) (message|hoax|rumou?r|chain|post)|"
    # an official's denial: "Instagram boss denies the app uses your microphone"
    r"(boss|head|chief|ceo|spokes(man|woman|person)|police|government|ministry|minister|oficials?|patron|ministere) (denies|denied|has denied|dement|a dementi)|"
    # the promised gift denied: « Pas de bon de 250€ », "there's no £500 voucher"
    r"pas de (bons?|cartes? cadeaux?|primes?|cadeaux?)( d achat)? de [0-9]+|there (is|s|are) no [0-9]+ (voucher|gift card|grant|bonus)|"
    # the code's real use: « c'est le code pour emprunter du crédit, pas pour vérifier un bonus »
    r"pas pour (verifier|activer|recevoir|gagner|obtenir) (un|une|le|la|les|des|ton|votre|vos)|"
    # a recycled post shown for what it is: "le même texte a été posté à Montréal … avec juste la ville changée"
    r"(le |la |the )?(meme|same) (texte|message|post|publication|text|photo|image|picture|pic)( [a-z]+){0,5} (poste|publie|partage|posted|shared|used)( [a-z]+){0,3} (a|in|en|dans)|"
    r"(avec |with )?(juste |only |just )(la ville|le nom|the town|the city|the name)( de la ville)? (change|changee|changed)|"
    # the authorities calming a rumour: « la procureure appelle au calme », "police urge calm"
    r"(apel[a-z]*|apele[a-z]*) (au|a son|a leur) calme|(cal+s?|cal+ed|urges?|urged|urging) (for )?calm|(pas|non) averee?s?|infondee?s?|unfounded|unsubstantiated|"
    # « des annonces qui ne prouvent rien », "the post will not legally protect your data", « ne fait pas gagner de billets »
    r"ne (prouve|prouvent) rien|(proves?|proved) nothing|(post|posts|message|statement|notice|declaration|text) (wil not|won t|does not|doesn t|do not|don t) (legaly )?protect|"
    r"ne (fait|font) (pas |rien )?gagner|(are|is) (a )?pyramid schemes?|"
    # a headline's "prompts a trafficking scare"
    r"(prompts?|sparks?|triggers?|fuels?)( [a-z]+){0,3} scare|"
    # the verdict said plainly: « ces nouvelles règles sont inventées », "the rules are made up"
    r"(est|sont) (inventee?s?|inventes?|imaginaires?|une invention)|(c etait|c est|etait|a ete|tout|totalement|completement|entierement) (inventee?s?|inventes?) de (a a z|toutes pieces)|(is|are) (made up|invented|fabricated)|"
    # what the test is said not to tell: "doesn't tell you anything about your account security"
    r"(doesn t|does not) (tel|show) (you )?(anything|nothing) about|"
    # the notice's law put in its place: "the rome statute is about war crimes, not ur selfies"
    r"(rome statute|statut de rome) (is|est|concerne|parle) (about|for|des|les|pour les)? ?(war crimes|crimes de guere)|(legal|juridique) (power|value|force|valeur) (of|d) (a |un |une )?(post it|napkin|serviete)|"
    # a headline's verdict: « … relayée sur WhatsApp est une tentative de fraude »
    r"(est|sont) (une |des )?(tentatives? d |tentatives? de )?(fraude|escroquerie|hameconage)s?|"
    # the claim dated to show it is old: "has been 'going paid next Saturday' since about 2009"
    r"(has|have) ben [a-z ]{1,40} since (about |like |around |at least )?(19|20)[0-9][0-9]|"
    # an institution's verdict in a headline: "Emirates warns free-ticket giveaway is fraudulent"
    r"(is|are) (fraudulent|a fraud)|"
    # the feature said not to exist: « y a pas de troisième coche du gouvernement », « il n'y a pas de vidéo qui… »
    r"(y a|il y a|il n y a) pas de (troisieme |3e |nouvele? |vraie? )?(coches?|ticks?|videos?|virus)( [a-z]+)? (du|de|des|sur|qui|on|from)|"
    # a headline's "cautions users against…", « accusée à tort d'espionner »; « WhatsApp vend pas de data »
    r"cautions? (users|people|citizens|the public|residents|customers)? ?against|(acusee?s?|acuses) a tort|(wrongly|falsely) acused|"
    r"(vend|vendent|donne|donnent) pas de (data|donees|internet|go|mega)|(c est|c|le lien|ce lien|le lien c est|ce lien c est) (un lien |une arnaque |un piege )?pour (pomper|voler|recuperer|aspirer|siphoner|recolter) (vos|tes|les|nos) (infos|donees|informations|numeros)|"
    # "nobody hacked ur account just bcz of 2 requests", « Airtel n'a jamais annoncé 100 Go », « la gendarmerie précise que non »
    r"(nobody|no one|noone) (has )?hacked (ur|your|you)|persone (ne )?(t a|vous a|t as) pirate|(n a|n ont) jamais (annonce|publie|propose|ofert|promis)|"
    r"(precise|precisent|confirme|confirment|assure|assurent|repond|repondent) que non|"
    # the chain dated by its age: « ça circule depuis 10 ans », "it's been going around for years"
    r"(ca|sa|cela|ce message|cete chaine) (circule|tourne) depuis ([0-9]+|dix|quinze|vingt|des) ans|(has|s|have) ben (going around|circulating) (for|since) ([0-9]+|years|ages|like [0-9]+)"
)
# a notice or an app called worthless or fake: "ne vaut rien juridiquement", "is malware, not an official update"
WORTHLESS = (
    # ... or void from the start: "you agreed to the terms when you signed up" (not the chain's "you agreed
    # to their terms, but from tomorrow…")
    r"(you|u|we|y al|they) (al )?(already )?(agreed|consented) to (the|their|fb s|facebok s|its|those) (terms|tos|conditions)(?! (but|mais|yet|however))|(vous avez|tu as|t as|on a) (deja )?accepte (les|leurs|ses) conditions(?! (mais|but))|"
    r"n (appelle|alerte|previent|declenche) pas (la police|les flics|les secours|l alarme)|(doesn t|does not|won t|wil not) (cal|alert|summon|notify) (the )?(police|cops)|"
    r"ne (vous |te |nous )?protege(nt)? ni|(doesn t|does not|won t|wil not|can t|cannot) (cancel|undo|override|change) (the )?terms (you|u|we) (already )?(agreed|consented)|"
    # "phones don't get hacked like that", "will not empty your account"
    r"(phones?|acounts?|telephones?) (don t|do not|doesn t|does not|can t|cannot|won t) get (hacked|infected) (like that|that way|by (a |opening )?(picture|photo|image|pic)s?)(?! (anymore|any more|now))|wil not (empty|drain|hack) (your|ur) (acount|phone|bank)|"
    r"zero legal|no legal (efect|value|weight|standing)|legaly (worthles|meaningles|useles|void)|(is|are) meaningles|(aucune|zero) valeur (juridique|legale)|ne vaut rien|(ca|sa|cela) vaut rien|"
    # ... or a trap of its own: "it's a subscription trap"
    r"subscription trap|piege (a|de l) abonement|abonement cache|"
    r"(is|est) (a |an |un |une )?(malware|virus|scam|arnaque|phishing) not (an? )?oficial|"
    r"(c est |c |ce n est )pas une (version|apli|aplication|app|mise a jour) oficiele|(is|it s|isn t) not an? oficial (version|app|update)|"
    r"(copier|coler|recopier|publier|poster) [a-z ]{0,80}(ca|cela) sert (a|de) rien|"
    # a verdict in a headline's words: "viral warning that … is misleading" (not "the media is misleading you")
    r"(is|are|est|sont) (misleading|trompeu[a-z]*)(?! (you|people|everyone|us|vous|les gens|tout le monde))|"
    # "the shanghai news thing is made up" (not "the pandemic was made up to cover up …": a conspiracy)
    r"(is|are) made up(?! to)"
)
# what the chain promises or threatens, said not to happen in chat French ("Zuckerberg va pas vous
# donner 4,5 millions", "ils vont pas fermer par un post"); "va pas rester gratuit" is the chain's own
WONT_HAPPEN = (
    r"(va|vont|ira|iront) pas (vous |te |t |nous )?(doner|filer|payer|fermer|suprimer|facturer|envoyer)|"
    # « ils vont rien fermer du tout »
    r"(vont|va|ira|iront) rien (fermer|payer|faire payer|suprimer|couper|bloquer|facturer)|"
    # (not the chain's own condition: "payant si ton logo devient pas bleu", "… devient pas bleu et tu payes")
    r"(?<!si ton logo )(?<!si votre logo )(?<!si ton icone )(?<!si votre icone )(?<!si le logo )(?<!dont le logo ne )(?<!dont l icone ne )(?<!si le logo ne )(?<!si ton logo ne )(?<!si votre logo ne )(?<!sinon votre logo )(?<!sinon ton logo )(?<!sinon le logo )"
    r"(?<!si ton point )(?<!si votre point )(?<!si le point )(?<!si ton rond )(?<!si le rond )(?<!si ton point ne )(?<!si votre point ne )(?<!si le point ne )"
    r"(devient|deviendra|va devenir) (pas|jamais) (bleu|payant|rouge)(?! et (tu|vous) (payes|payez|paies|paye|vas payer|allez payer|paieras|paierez))(?! (pis|puis|et) (vous|tu) (alez|vas|allez) payer)|"
    # spoken French drops the « ne »: "mdr facebook ferme pas le 15 mars"
    r"(facebok|whatsap|instagram|insta|meta|messenger|ils|ca) (ferme|fermera|suprime|suprimera|facture|facturera) pas|"
    r"(zuckerberg|zuck|meta|facebok|il|ils) (done|donera|ofre|ofrira|paie|paiera|file|filera|distribue|verse) (pas|rien|jamais)|"
    r"(ai|ia|whatsap|meta|facebok|messenger|il|ils|elle) (lit|lisent|lira|voit|voient|ecoute|ecoutent|espione|espionent) pas|"
    # the chain's threat denied with its own condition ("won't be deleted if you don't share"):
    # the chain says it will be (and "… won't be deleted. If you don't, …" is the chain's own threat)
    r"ne ((deviendra|deviendront|sera|seront) pas (payants?|fermes?|suprimes?|desactives?)|"
    r"(desactivera|suprimera|fermera|bloquera|facturera) pas [a-z ]{0,30}) si (vous|tu) (ne|n)|"
    r"(won t|wil not) ((become|be) (paid|closed|deleted|deactivated)|(deactivate|delete|close|charge) [a-z ]{0,30}) "
    r"if you (don t|do not) (share|forward|send|post|repost|copy|paste|pay|pase|do (it|this|that))|(ce|le|this|that) (message|msg|post|texte|chain) (a|has been around for|is) [0-9]+ (ans|years)|"
    r"(message|msg|post|texte|chain|chaine|rumeur|rumour) (is|was|dates|date) (from|back to|de) (19|20)[0-9][0-9]|"
    # the harm said impossible by the very act the chain warns of: "you can't get hacked by accepting a request"
    r"(can t|cannot|can not) (get |be )?(hacked|infected) (just |simply )?(by|from) (acepting|opening|clicking|loking|viewing|receiving)|"
    r"(on ne peut pas|on peut pas|impossible de) (se faire|etre) (pirate|hacke|infecte)[a-z]* (juste |simplement )?en (aceptant|ouvrant|cliquant|recevant|regardant)|"
    # the act the chain orders, said not to save anything: "forwarding a message will not keep your account active"
    r"(forwarding|sharing|posting|copying|reposting)( (a|the|this|that|any) (message|msg|post|text|status|story))? "
    r"(wil not|won t|does not|doesn t|can t|cannot) (keep|save|protect|stop|prevent)|"
    # ... with the chain's own name for it: '"Goodbye Meta AI" posts do not stop Meta using your data'
    r"(posts?|notices?|statuses|declarations?) (do not|does not|don t|doesn t) (stop|prevent|block)|"
    r"(wil not|won t|does not|doesn t|can t|cannot) let (hackers|scamers|criminals|thieves|them|anyone) (drain|empty|steal|take|get|acces|into)|"
    # what did not happen: "Facebook has not been shut down in Nigeria"
    r"(has|have) not ben (shut|closed|blocked|banned|suspended)|(n a|n ont) pas ete (ferme|bloque|suspendu|interdit)[a-z]*|"
    r"(transferer|partager|copier|publier|poster)( (un|le|ce|cet|cete|la) (message|msg|post|texte|statut|story|publication))? (ne |n )?"
    r"(vous |te )?(garde|gardera|sauve|sauvera|protege|protegera|empeche|empechera) (pas|rien)"
)
# what posting the chain does, in advice's words: "makes you an easy target for scammers"
EASY_TARGET = r"makes? (you|u) (look like |into )?(an? )?(easy |soft )?targets?|(fait|font|rend|rendent) de (vous|toi) une cible"
# the claim plainly said not to come true: "WhatsApp will not become paid", « Facebook ne fermera pas »
# (never a threat to "you", nor the chain's own bargain: "… won't charge you if you forward this",
# "copy this and your account will not be deleted")
PLAIN_WONT = (
    r"(?<!you )(?<!u )(?<!i )(?<!we )(?<!vous )(?<!tu )(?<!nous )(?<!je )"
    r"((wil not|won t|wil never|is not going to|isn t going to|are not going to|aren t going to) "
    r"(start charging|start to charge|charge|become (paid|chargeable)|be (paid|chargeable|shut down)|shut down|close|pay|give away|"
    r"(ever )?(message|text|contact|email|cal) (you|u))|"
    r"(ne|n) (vous|te) (contactera|ecrira|enverra|apelera|demandera) (pas|jamais)|"
    r"(ne|n) (va|vont|deviendra|deviendront|sera|seront|fermera|fermeront|facturera|factureront|versera|verseront|paiera|paieront) (pas|jamais) "
    r"(devenir |etre )?(payant[a-z]*|fermer|facturer|verser|payer))"
    r"(?![a-z ]{0,60} (if|unless|until|si|sauf|tant que) )"
)
# "posts claiming …" is someone else's claim, unless the text goes on to say what that message proves:
# "un message affirmant « j'ai reçu une autre demande d'ami de ta part » prouve que votre compte a été
# cloné" is the claim itself
NOT_THE_PROOF = r"(?![a-z0-9 ]{0,160} (prouve|prouvent|proves?|means|signifie) (que|that))"
# "ignore this message" debunks it, not when a chain threatens "if you ignore this message" or says "dont ignore"
NOT_IGNORING = r"(?<!not )(?<!don t )(?<!dont )(?<!never )(?<!if you )(?<! n )(?<! ne )(?<!ne pas )ignore[rz]?"
# words no chain says of itself: "no telecom or WhatsApp gives free data", "ni WhatsApp ni votre
# opérateur n'offre…", "nobody got a second request from you", "ça fait 10 ans qu'on nous annonce…"
NOBODY_GIVES = (
    # « aucun concours Leroy Merlin sur WhatsApp », "there's no Asda giveaway on WhatsApp"
    r"(aucun|aucune|no|there s no|there is no|y a pas de|il n y a pas de|pas de) (concours|jeu concours|giveaway|contest|competition|tirage)( [a-z]+){0,3} (sur|on|de|from|by|chez|via)|"
    r"(no|aucun|aucune|ni) [a-z]+( (or|ou|ni) [a-z]+)?( [a-z]+)? (gives|ofers|hands out|sels|n ofrent|n ofre|ne donent|ne done|ne distribue|ne vend|ne vendent)|"
    r"nobody (got|received) (a |any )?(second|2nd|new|other)|"
    # the chain's promise denied for everyone: "nobody's logo will turn blue", "they haven't shut anything"
    r"(nobody s|no one s|no ones) (logo|icon|acount|whatsap|facebok)( [a-z]+){0,2} (wil|is going to|s going to|gona) (turn|become|go|get)|"
    r"(they|meta|facebok|it|whatsap) (haven t|have not|hasn t|has not) (shut|closed|blocked|baned|deleted) (anything|down|it|facebok|fb|ig|instagram|whatsap)|"
    # the rumoured act, denied: "personne n'a lâché de loups", "nobody dropped any vipers"
    r"(personne|nobody|no one|no body) (n a |has |ever |n a jamais |has ever )?(lache|largue|relache|reintroduit|released|dropped|dumped)|(ca fait|depuis)( genre| au moins| bien| presque| plus de)? [0-9]+ ans qu on (nous )?(annonce|dit|raconte)"
)
# sarcasm: "oh sure and my logo turns blue", "ah oui bien sûr… comme chaque année"
SARCASM = (
    r"oh sure|yeah right|jk(?! rowling)|just kidding|je (rigole|plaisante|blague)(?! pas)|ah oui bien sur|(?<!for )(?<!so )sure and (my|if|then|your)|wow so the|on aura tout lu|oh (good|great),? another|sure jan|"
    r"oh (yes|yeah) the famous|et moi je suis (la reine|le roi|le pape)|and i m the (queen|king|pope)"
)
# what a chain says the app can do, denied: "n'a pas accès à vos discussions", "has no access to your chats"
# (and what it really sees: "il n'a accès qu'aux messages…", "it only sees what you send it")
NO_ACCESS = (
    # « taper ce code ne donne pas accès à votre SIM », "doesn't give them access"
    r"(ne|n) (donne|donnent|done|donent) (pas|aucun) (d )?acces|(does not|doesn t|won t|wil not|cannot|can t) (give|grant|hand) ([a-z]+ )?(acces|control)|"
    r"not (your|our|people s|users|anyone s) private (whatsap |messenger |instagram )?(chats|messages|conversations|dms)|pas (vos|nos|les) (conversations|messages|discussions) privee?s|(ne|n) (peut|peuvent|pourra|pouront) (pas|jamais) (lire|voir|ecouter|espioner|acceder)(?![a-z ]{0,50} (si|sauf|tant que) )|n (a|ont) acces qu|only (has|have) acces to|(can )?only (sees?|reads?|gets?) (what|the messages|messages|the chats|chats) (you|u) (send|share|type|write)|ne voit que ce que (vous|tu)|n (a|ont) (pas|aucun) aces (a|aux)|(has|have) no aces to|(doesn t|does not|don t|do not) have aces to"
)
# what the real body never asks and what a picture cannot do, in chat's words: "no government grant
# requires you to pay a fee", « une image reçue pirate pas le téléphone » (SMS French drops the "ne")
NEVER_REQUIRED = (
    r"no (real |genuine |legit |oficial )?(government|govt|bank|ministry|agency|grant|scheme|programme|program) "
    r"([a-z]+ )?(wil )?(ever )?(requires?|require|asks?|ask) (you )?(to|for)|"
    r"(?<!ne )(pirate|piratent|piratera|hacke|hackent|infecte|infectent) pas (le|la|les|ton|ta|tes|votre|vos) "
    r"(telephone|tel|phone|portable|smartphone|compte|mobile)"
)
# the company's or the debunk's own words for the offer: "MTN said they're not running any old SIM reward",
# « une notification frauduleuse promettant un chèque » (a chain never calls itself fraudulent)
NOT_RUNNING = (
    r"((is|are|re|was|were) not|isn t|aren t|wasn t) (running|doing|organising|organizing) (any|a|an|the|this|that|such)|"
    r"(notifications?|mesages?|sms|liens?|courriels?|mails?|pages?|sites?|ofres?|annonces?|publications?) frauduleu[a-z]*|"
    r"fraudulent (notifications?|mesages?|texts?|links?|emails?|pages?|sites?|ofers?|posts?|adverts?|ads)|"
    # the claim as an old refrain: « ça fait 15 ans que Facebook devient payant "le mois prochain" »
    # what the real body says it never does: « Hydro-Québec texte JAMAIS pour un remboursement »
    r"(?<!je )(?<!on )(?<!tu )(texte|textent|telephone|telephonent|apele|apelent|ecrit|ecrivent|envoie|envoient) jamais|"
    # what passing it on does not do, what was not switched off, what a code is really for, what a page is
    r"(forwarding|sharing|sending|copying|posting)( [a-z0-9]+){0,4} (wil not|won t|does not|doesn t|can t|cannot) (turn|make|change) (your|the|ur|anyone s) (logo|icon)|"
    r"nothing (has|s) (ben )?(switched|shut|turned|closed) (off|down)|rien n a ete (coupe|ferme|bloque|desactive)|"
    r"(c est|c) (le|un) code pour (emprunter|payer|transferer|recharger)|(verifie|verifient|montre|donne)s? aucun (bonus|cadeau|credit)|"
    r"(is|s|are) (a |an |just a |literaly a )?(like|engagement) (farm|farming)|"
    r"(n a|n ont) (pas|jamais) (adopte|introduit|mis en place)|(has not|hasn t|have not|haven t|did not|didn t) (adopted|introduced) (any|a|the|this|that|such)|"
    r"(?<!you )(?<!i )(?<!we )never (texts?|cals?|emails?|messages?) (you|people|customers|clients|anyone|for|about|to ask)|"
    # who asks for money is the scam: "anyone asking for money for recruitment is a conman"
    r"(anyone|anybody|whoever) (asking|who asks|demanding|who demands) (you |your [a-z]+ )?(for )?(money|a fee|fees|payment|cash)|"
    r"quiconque (vous |te )?(demande|reclame) (de l argent|des frais|un paiement)|"
    # the company's or the authority's denial, and the reader told not to believe the forwards
    r"(denies|denied|deny) (giving|ofering|sending|paying|that|any|the claim|claims|reports|rumou?rs)|"
    r"(don t|do not|dont|never) believe (the |these |those |any |such )?(forwards?|forwarded [a-z]+|messages?|posts?|chains?|rumou?rs?|voice notes?)|"
    # the count a fact-check found: "zero cases", « aucun cas », "no such reports"
    r"(?<!en )(?<!in )(zero|aucun|no|0) (such )?(cases?|cas|victims?|victimes|reports?|signalements?)(?! (of|de) (the|la|le)? ?(scam|arnaque))|"
    # what a check found: "never been shown to happen", "couldn't find a single verified case", "it's fraud"
    r"never (ben )?(shown|proven|proved|confirmed|documented|verified)|"
    r"(couldn t|could not|can t|cannot|did not|didn t) find (a single|one|any) (verified |confirmed |documented |real )?(case|victim|report|instance)|"
    r"(it s|its|that s|thats|this is) (a )?(fraud|con)\b|"
    # the chain dated and the service said free as ever: "that post is from like 2011, it's free, always been free"
    r"(post|message|chain|thing|one) (is|s) from (like |about |around |back in )?(19|20)[0-9]{2}|(always|al ways) (ben|bin) fre(?! (but|until|til|so far|up to now|up til now))|"
    # "that legal notice you pasted means absolutely nothing", "the deadline thing got shot down by the head of
    # Instagram" (not the chain's own "simply sharing this message means nothing, you must copy and paste")
    r"(?<!sharing )(notice|post|statement|status|chain) [a-z ]{0,30}means (absolutely |literaly |strictly |legaly )?nothing(?!,? (you must|you have to|you ned to|copy|paste|il faut))|"
    r"(thing|rumou?r|claim|post|hoax|story|chain|notice) (got|was|ben) shot down|"
    # the scam named and what a code is really for (« arnaque aux frais de véto », « c'est pour emprunter du
    # crédit »), "scare-lore", « aucun fait n'est avéré », « y'a AUCUN trafic d'organes », « aucun recrutement ne se fait en payant »
    r"arnaque (aux|au|a la) (frais|faux|fausse)|(c est|c) pour emprunter|scare ?lore|(traffickers|predators) (mostly |usualy |generaly )?target (people|victims|those) (they )?(already )?know|aucun fait (n est )?avere|(y a|il y a) aucun (trafic|enlevement|reseau|cas|rapt)|aucun (recrutement|concours)( [a-z]+)? ne se fait|"
    # what a look at the page found: "created 2 days before the post" (not a cloned-account warning's "a fake
    # profile was created 2 days ago"), "posting bank accounts for scammers"
    r"(page|acount|profile) (was )?(created|made|opened) ([0-9]+|one|two|three|a few|a couple of) (days?|weeks?) before (the|this|that|it)|"
    r"(posting|giving|sending|handing) [a-z ]{1,30} (to|for) (the )?scammers|"
    # who runs the page, named: « la page "femme de Sadio Mané" c'est des arnaqueurs » (a page never says so of itself)
    r"(c est|ce sont|c) des (arnaqueurs|escrocs|brouteurs)|(it s|its|they re|theyre|they are|those are) (al )?(scammers|fraudsters|con ?men)|"
    r"(ca|cela) fait ([0-9]+|dix|quinze|vingt|des) ans que [a-z ]{0,60}(le mois prochain|demain|bientot|lundi prochain)|(?<!has )(?<!have )nothing to do with"
)

# what a debunk calls the message or its claim, and no chain calls itself: useless, a pyramid scheme,
# a montage, not from the police; harmless pictures; "just answering isn't enough to hack you"; a
# page whose transparency tab gives it away
HARMLESS_OR_MADE_UP = (
    # what the bait is for: "a link that asks you to share is just harvesting numbers"
    r"(just|only|juste) (harvesting|farming) (phone )?(numbers|contacts|details|likes)|harvesting (phone )?numbers|"
    # a headline's "'Good morning' images do not hide phishing code"
    r"(images?|photos?|pictures?|greetings?|gifs?|stickers?|videos?) (do not|don t|cannot|can t|won t) (hide|contain|carry|install|infect|hack|steal|empty|drain)|"
    r"chaines? inutiles?|(?<!becomes )(?<!become )(?<!becoming )useles (chains?|chain leters?|forwards?)|"
    # "the zip-tie post is a myth" (not "this is not a myth!", a chain's own insistence)
    r"(?<!not )(?<!n est pas )(?<!isn t )(is|are|c est|est|sont) (a |an |un |une |just a |juste un |only a )?(myth|mythe|mythes|urban legend|legende urbaine|legende)s?|"
    r"(is|are|it s|its) (an |a |literaly |just |basicaly |actualy |stil |realy )*(ilegal )?(pyramid|ponzi) (scheme|thing|scam)|"
    r"(est|c est) (une |un )?(vente pyramidale|systeme pyramidal|arnaque pyramidale)|"
    r"(c est|it s|is) (un |a |du )?montage|"
    r"not from (the )?(police|gendarmerie|government|ministry)|(ne vient|n est) pas de la (police|gendarmerie)|"
    r"(pictures|images|photos|pics|greetings) are (fine|safe|harmless)|(images|photos|videos) (sont )?sans danger|"
    r"(pictures|images|photos|pics|greetings|flowers) (cannot|can t|can not|won t|wil not) (steal|hack|harm|infect)|"
    # a chain's own alarm denied for the reader: « ton compte n'est pas cloné », « on se spamme tous pour rien »
    r"(ton|votre|your|ur) (compte|acount|profil|profile) (n est pas|isn t|is not) clone|on se spame( tous)? pour rien|"
    # a headline's alarm about the offer itself: « … alerte sur une escroquerie », "warns of a scam"
    r"(alerte|alertent|met en garde|mettent en garde|warns?|warned) (sur|contre|about|of|against) (une|un|an|a|this|cete|ce|the) (escroquerie|arnaque|scam|fraude|fraud)|"
    r"(ne|n) suffit pas (a|pour) (pirater|hacker|cloner|vider|infecter|voler)|(answering|picking up|decrocher) (is not|isn t) enough to|"
    r"(regardez|verifiez|check) (la |the )?transparen[a-z]* (de la page|of the page)|"
    r"(is )?not an? (oficial|real|genuine) (update|version|app)|n est pas une (mise a jour|version|aplication) oficiel[a-z]*|"
    r"personne (ne )?(peut|pourra) (te|vous) pirater (juste|simplement|rien qu)|"
    r"(ce|le|cet|cete) (lien|mesage|sms|mail|courriel|texte)( [a-z]+){0,2} sert a (colecter|voler|recuperer|pirater|vider)|(this|the) (link|mesage|text|email)( [a-z]+){0,2} is (used|designed|meant) to (steal|harvest|colect|hack)|never (shut|closed|went) down in|"
    r"(nobody|no one) (could|can|has|was able to) find (a single |any )?(real |actual |confirmed )?(case|victim|example)|"
    # the authority said to have issued nothing: "NASA never issued any such warning", « aucune tentative d'enlèvement signalée »
    r"(never|did not|didn t|has not|hasn t|have not|haven t) (issued|made|published|released|put out) (any |such |this |that |a |an )*(warning|statement|alert|announcement|advisory)|"
    r"aucune? (tentative|plainte|disparition|agression)s?( d [a-z]+| de [a-z]+)? (n a ete )?(signalee?s?|enregistree?s?|constatee?s?|recensee?s?)|"
    r"= (a |an |une |un )?(pyramid|ponzi|vente pyramidale)|ilegal gambling|jeu d argent ilegal|"
    r"(ca|cela) (ne )?fait (absolument |strictement |juridiquement |legalement )?rien (legalement|juridiquement)|"
    # a headline's "X ne donnera pas 4,5 millions…", "Zuckerberg isn't giving away money"
    r"(ne|n) (donera|versera|ofrira|paiera|distribuera) (pas|jamais)(?! (a|aux) (ceux|celles) qui (ne|n))|(won t|wil not|is not|isn t|are not|aren t) (giving|paying) (away )?(any|money|cash|\$|usd|milions|bilions)"
)
