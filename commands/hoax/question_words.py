"""What a question says in words, and what only looks like one.

`stance` reads a message as a question when it asks in so many words ("c'est vrai que…", "is this
real ?", "vous confirmez ?"), not only when it ends in a question mark: chain letters ask too ("is
this you in the video?"). Kept apart from `stance.py` because these lists grow with every phrasing
people use, while the rules that combine them do not.

Patterns run on `normalise(text).padded` through `cue_regex`, which squeezes them the same way.
"""

from __future__ import annotations

import re

from commands.hoax.normalise import cue_regex

# "vous croyez que vos conversations sont privées ?": the believer's scorn, then the claim
_YOURS_SAFE = (
    r"(vraiment |realy |stil )?(que |qu |that )?(vos|tes|nos|your|our) [a-z ]{1,40} (sont|restent|are|stay) "
    r"(prive|prives|securise|securises|chifre|chifres|private|safe|secure|encrypted)"
)
# questions that expect no answer: the claim taken as known ("did you know…", "vous aussi ?")
RHETORICAL = cue_regex(
    # "… pub pour des rillettes ce matin, coïncidence ?": the writer's answer is no
    r"(une |simple |pure |just a |a )?coincidence( \?| ?$)|"
    r"(vous croyez|tu crois|vous pensez|tu penses|you( realy| stil)? (think|believe)) " + _YOURS_SAFE + r"|"
    r"pourquoi (vous hesitez|tu hesites|vous atendez|tu atends)|why (are you|r u|are u) (stil )?(waiting|hesitating)|"
    r"did you know|do you know what|guess what|saviez vous|vous saviez|(vous|vs) savez que?|tu savais|tu sais quoi|"
    r"anyone else|someone else|qui d autre|quelqu un d autre|d autres (ont|l ont)|vous aussi \?|you too \?|"
    r"why do you think|(so )?it must mean something(?! right)|(vous croyez|tu crois|vous pensez|tu penses) encore que|you stil (think|believe)|"
    r"pourquoi (tu crois|vous croyez|vous pensez|tu penses)|can t hurt,? right|might as wel,? right|worth a (shot|try),? right|(ca|sa) vaut (le coup|la peine)( d esayer| de tenter| de partager)?,? (non|hein)|(nothing|rien) (to|a) (lose|perdre),? (right|non|hein)|what (do i|have i got|ve i got|d i) (have )?to lose|no harm in (trying|sharing|posting),? right|(?<!do )(?<!did )(?<!don t )you know [a-z0-9 ]{1,80} right( \?)? ?$|ca coute rien,? (non|hein)|"
    # "vous êtes au courant pour la vidéo qui sort demain ?", "… je vous retrouve où après ?": the claim taken as known
    r"(vous etes|t es|tu es|vous etiez) au courant (pour|que|de)|(je vous|on se) retrouve ou|"
    # "y a des gens qui savent pas que Facebook ferme le 15 ?": mocking those who do not know it yet
    r"(y a|il y a) (encore )?des gens qui (savent|sait|savaient) pas|(some|there are) people (who )?(stil )?don t know|"
    # "… the government reads your messages ok??": a tag driving the point home, not a question
    r"([a-z0-9]+ ){3,}(?<! is it )(?<! is that )(?<! is this )(?<! are you )(?<! r u )(?<! you )(?<! u )(?<! everyone )"
    r"(?<! everything )(?<! al )(?<! be )(?<! ca )(?<! est )(?<! va )(?<! it )(?<! that )(?<! this )(?<! is )(?<! sound )(?<! sounds )"
    r"(?<! look )(?<! looks )(?<! if )ok ?$|"
    # "Vous avez vu ? Maintenant 3 coches bleues…": an opener calling attention, the news follows it
    r"(?<=^ )(vous avez vu|vs avez vu|t as vu|tu as vu|did you see|did u see|have you seen|you seen this|y al seen this) ?$|"
    # "… il faut faire appel sur leur lien, quelqu'un a le mot de passe ?": help asked to do what it says
    r"(quelqu un|qqn|anyone|anybody|who) (a|as|has|have|got) (le|the|our|notre) (mot de pase|pasword|login|identifiant|acces) ?$"
)
# a question in so many words
QUESTION = cue_regex(
    # "is this a virus or what, pls somebody explain"
    r"(or what|ou quoi),? (pls |please |plz )?(somebody|someone|anyone|quelqu un) (explain|help|tel)|(pls|please|plz) (somebody|someone|anyone) explain|"
    # "Quelqu'un a entendu ?", "anyone else heard about it?": asking the group whether it is so
    r"(quelqu un|qqn|quelquun|anyone|anybody|someone)( d autre| else)? (a|has|have|ont) (entendu|vu|lu|heard|seen|read)( [a-z]+){0,4} \?|"
    # (not "c'est ce que m'a dit Sylvie": hearsay after a claim, not a question)
    r"is any of (that|this|it) (real|true|legit|right)|(qui|quelqu un|qqn|anyone|anybody|who) (a|has|have|got) (le|the) (nouveau |new )?(numero|number) (de|of)|(vous|vs) savez si [^?]{0,120}\?|tu sais si [^?]{0,120}\?|\? (j ai|jai|j) (peur|un doute|des doutes)|\? (i m|im|i am) (scared|worried|afraid)|(is|was) (this|it|that) a wind ?up|c est vrai que|c est vrai \?|c vrai que|c vrai \?|(?<!c )est ce que|est ce vrai|is it true|is this true|is that true|"
    r"c est tu vrai|c tu vrai|est il exact|est ce exact|is it acurate|is (that|this|it) (even )?a thing|"
    # "what's the blue circle thing in WhatsApp": asking what it is
    r"what s (the|this|that) [a-z ]{1,30} thing|"
    # the asker about to join in: « je le poste aussi ? », "should I post it too?"
    r"(je|j|on|i|we) (le |la |les |l |it )?(poste|publie|partage|cole|copie|transfere|post|share|copy|paste|forward)[a-z]* (ausi|too|as wel|quand meme|moi ausi) \?|"
    # the asker fearing for their own phone ("I opened it, am I hacked now?")
    r"am i (now )?(hacked|infected|compromised|safe)|(suis je|je suis|jsuis) (pirate|infecte|hacke)[a-z]* \?|"
    # asking before doing what a scam asks ("can I send it back? Is that ok to do?")
    r"is (that|this|it) (ok|okay|safe|fine|alright) to( do)?( it| that)? \?|(c est|est ce) (grave|dangereux|risque) (de|si)|"
    # asking whether what a contact asks is usual ("… renvoyer un code … c'est normal ça ?")
    r"(c est|est ce) (normal|habituel)( ca)? \?|is (that|this|it) (normal|usual) \?|"
    r"is (that|this|it) (for real|pour de vrai)|(for real|real) or (satire|a joke|fake)|"
    r"(do|did|wil) i (realy |actualy |even |stil )?(have|need|got) to|(does|do) (that|this|it|they) (even |actualy |realy )?(mean|do|change) anything|"
    r"can (that|this|it) (even|actualy|realy) (hapen|be true|be real|work)|(?<!tant que )(?<!des que )(?<!si )(?<!as long as )(is|c est) (that |this |it )?(even |meme )?posible|"
    # "true or just boomer facebook", « on fait quoi », "should I put it on my story": asking what to believe or do
    r"(true|real|legit|vrai) or (just|only)|on fait quoi|what (do|should) we do|(should|shud) i (put|post|share|copy|forward|repost|paste|send|click|open)|"
    # (the asker's own "I": a chain opens with "how do you know if your account is hacked? type…")
    r"how (do|can|would|could) i (even )?(check|know|tel|find out|verify|see)(?! (it s|its|it is|they|your) )|comment (je peux |on peut |je |on )(sais|sait|savoir|verifier|verifie)|"
    # a one-word doubt after the story: "… unless I send it to 25 ppl. fake?"
    r"(fake|real|legit|true|scam|hoax|vrai|faux|fiable|arnaque|intox)( or (not|nah|real|fake))? \?+$|"
    r"ou (j ai|j|on a) (mal compris|mal lu|rien compris)|or (did i|am i) (misunderstand|misread|reading (this|it) wrong)|"
    r"je fais quoi|what (do|should) i do|(je|j) (lui|leur) dis quoi|what (do|should) i tel (her|him|them)|what does (that|this|it) (even )?mean|je dois le (faire suivre|transferer|partager|publier)|"
    r"who (tf |the hel )?is ([a-z ]{1,30} and why|[a-z]+( [a-z]+)? \?)|why (is|are) (everyone|everybody|people) (telling|saying|posting|sharing)|"
    r"(what is|what s|whats|wtf is) (this|that)( \?)*$|(that|this|it) (can t|cannot) be (right|true|real|legit) (can|could) it$|i wonder if|(i m |im |just )?wondering (if|whether)|or nah$|ou bien$|"
    # asking for someone else: "ma mère me demande si c'est dangereux", "my dad is asking if it's real"
    r"(me|m) (demande|demandait|demandais) si|(ma|mon|mes|my|notre) [a-z]+( [a-z]+)? (me |nous )?(demande|demandent|demandait|se demande) si|"
    r"(?<=^ )(maman|mama|papa|mamie|mami|papi|papy|mom|mum|dad|grandma|grandpa) (me |nous )?(demande|demandait|asks|is asking|wants to know) (si|if|whether)|"
    # the claim asked, then what its link demands: "X offre des bons ? le lien demande de partager dans 5 groupes"
    r"\? (le lien|the link|le formulaire|the form|le site|the site) (demande|asks?|wants?) (de|d|to|you to)? ?(partager|share|transferer|forward|envoyer|send|remplir|fil)|\? (le lien|the link|le site|the site|le formulaire|the form) (demande|asks? for|wants) (mon|ma|mes|my|ton|votre|your)|"
    r"(pls|please|plz|someone|somebody) tel (me|us) (the|this|that|it|its|it s)( [a-z0-9]+){0,20} (is|s) (fake|a hoax|not true|false|not real)|(dites|dis) (moi|nous) que( [a-z0-9]+){0,20} (c est|est) (faux|fake|une intox|un fake)|(asks|asked|is asking|was asking) (me |us )?(if|whether)(?! (she|he|they) (d|would|wanted|had) )(?! (you|u) (re|are|want|wanted|would|d|like|have) )|(can|could) (you|u) (pls |please )?forward me|"
    r"(quelqu un|qqn|anyone|someone) (a|as|got|has|have) (des |plus d |any |more )?(infos?|details)|"
    r"(anyone|anybody|someone|somebody|quelqu un|qqn) (have|has|got|a) (a |un |une )?(link|lien|source|article)|"
    r"(is|are|was) (he|she|it|this|that|they) (actualy|realy|legit|oficial)|is (that|this|it) (an |a )?oficial|"
    r"(quelqu un|qqn|qlqi|qqi|qlqn|kelkun) (peut|pourait|pour) (me |nous )?confirmer|(pourriez|pouvez|peux|pourais) ?(vous|tu)? (me |nous )?confirmer|can (you|someone|anyone) confirm|(i d|i would) like to know(?! who s stil (here|around|reading|there))|"
    r"(tu peux|tu pourais|vous pouvez|vous pouriez|peux tu|pouvez vous|pourais tu|pouriez vous) (me |nous )?dire si|(dites|dis) (moi|nous) si (je|on) (dois|doit|devrais|peux|peut|fais|partage|transfere)|(can|could) (you|u|someone|anyone) tel (me|us) (if|whether)|"
    r"(y a|il y a) (t il )?(moyen|un moyen) de|is there (a way|any way|any evidence|any link|a link)|(thing|post|msg|mesage|one) is there (any|a|an)|(?<!this )(?<!that )(mesage|post|thing|msg|chain|video|link|page) (real|true|fake)$|honest question|"
    r"(quelqu un|qqn|qqun|qq1|kelkun) sait|(ca|sa) se peut (tu|ti)|est ce que (ca|sa) se peut|(ni )?kweli ?\?|should i (even )?believe (that|this|it)|(dois je|je dois) (y )?croire|je me pose (la|des) questions?|(qqn|qqun|quelqu un|qq1) (peut|pourait) (confirmer|me dire|verifier)|quick q|(dumb|stupid|sily|random|serious|real|honest|genuine) (q|question)|(petite|vraie) question|question (bete|con|idiote|serieuse)|(?<!like )(?<!as )(?<!same as )(?<!just )(?<!that s )(?<!this is )(?<!see )what (actualy )?(caused|hapened)(?! to (my|our|his|her|their|aunty|auntie|uncle|tita|tito|mama|papa))|what (exactly |actualy )?(changed|has changed|is new)|(the|this|that) (forward|mesage|msg|post) is confusing|(or not|ou pas) \?|(does |do )?(anyone|anybody|somebody|any1) know|vrai ou faux|(pls|please|plz|someone|somebody|anyone) tel (me|us) (if|whether)|(someone|somebody|anyone|pls|please|plz) (pls |please |plz )?confirm|"
    # « Vous connaissez ? », "anyone know this company?": asking whether the offer is known
    r"(vous|tu) (conaisez|conais)( (ca|sa|ce [a-z]+|cete [a-z]+|cet [a-z]+))? \?|(quelqu un|qqn|qqun) (conait|conais)|"
    r"true or false|real or fake|fake or not|who is right|who s right|qui a raison|fake ou pas|intox ou pas|c est une fake news \?|(c est|is (it|this|that)) (reel|real|vrai) (\?|ou bien)|(vous confirmez|tu confirmes|you confirm) \?|"
    r"info ou intox|legit \?|(real|true|legit|fake) or (nah|not|no|nah\?|a hoax|hoax|a scam|scam|another (hoax|scam|fake))|vrai ou (pas|non|intox|fake|arnaque|hoax|canular)|"
    r"(?<!pub )(?<!pubs )(?<!ads )(?<!ad )ou pas$|(?<!pub )(?<!pubs )(?<!ads )(?<!ad )or not$|ou c est (juste|seulement)|or is it (just|only|nonsense|fake|a hoax|bs|rubish|bulshit)|genuine (q|question)|(genuinely|honestly|seriously|srsly) asking|is (that|this|it) (the|a|an) ([a-z]+ ){0,2}(scam|hoax|fraud)|is (that|this|it) (an |a )?(actual|real)|"
    r"(?<!tu crois )(?<!you think )(vraiment|realy|actualy)(?! (think|believe) " + _YOURS_SAFE + r") [^?.!]{0,60}\?|"  # "fb montre vraiment que 25 amis ? tout le monde poste…"
    r"what (even|exactly) is|has anyone|anyone (checked|tried|know)|quelqu un a (verifie|teste|esaye)|"
    # « je fais comment pour le convaincre ? »: how to talk someone out of it is a question about it
    r"(je fais|on fait) comment pour|comment (je fais|faire|on fait) pour (le |la |les |lui |leur )?(convaincre|dissuader|raisonner|faire comprendre)|"
    r"how (do|can|should) (i|we) (convince|talk|explain to|stop|persuade) (him|her|them|my)[^?]{0,60}\?|"
    # « qqun a déjà reçu qqch ? »: asking whether anyone was ever paid is asking whether it is true
    r"(quelqu un|qqn|qqun|qq1|kelkun) a (deja |vraiment )?(recu|eu|touche|gagne)[^?]{0,40}\?|anyone (ever |actualy |already )?(received|got|won) (anything|something|it|the money|paid)[^?]{0,30}\?|"
    r"(?<!voila )(?<!voici )comment (savoir|verifier|je verifie|on verifie|on sait|je sais si|je peux savoir si|etre sure?|en etre sure?)|(?<=^ )what (do|does) [a-z0-9 ]{1,60} mean\b|(but |i m )?just checking|(do|should) i \?|(je le fais|je dois|je lui envoie) \?|(je demande|je voulais) juste (pour )?(verifier|savoir)|how (do|can) (i|we|you) (know|tel|check) (if|whether)|(could|can) (someone|somebody|anyone|any1) (check|confirm|verify)|quelqu un (peut|pourait) (verifier|confirmer)|"
    # (not "if you think this is a mistake, submit an appeal": a phishing notice's condition)
    r"(?<!si )(?<!if )(vous pensez(?! a | aux )|tu penses(?! a | aux )|tu crois|vous croyez|do you( guys| al| people| lot)? think|(?<!from )(?<!to )(?<!for )(?<!why )you think)(?! encore)(?! (you|u) (deserve|qualify|should be))(?! " + _YOURS_SAFE + r")( que| qu| that)?|"
    r"(c est|c) (qui|quoi) ce|(how|comment) (do|can|est ce qu) (i|on|je) (check|verifier|savoir)|"
    r"should i (open|click|answer|reply)|je (l ouvre|clique|reponds)(?! vite)(?! tout de suite)(?! direct)|(obligatoire|mandatory|compulsory) ou|(je peux|can i) \?|"
    # asking before doing what the message asks ("je peux le lui donner ?", "il y a un problème ou… ?")
    r"(je peux|puis je|can i|should i) (le |la |les |it |this |that )?(lui |leur |him |her |them )?(doner|envoyer|renvoyer|transferer|give|send|forward)( it| this| back)?[^?.!]{0,40}\?|"
    r"(il y a|y a|y a t il) (un )?(probleme|souci|risque) (ou|\?)|is there (a|any) (problem|risk|catch)( here)? (or|\?)|"
    r"(c est|c|is it|is that) (vraiment |realy )?(obligatoire|mandatory|compulsory)[a-z ]{0,30}\?|"
    r"(wait|(?<!and )so|hmm|ok|yo|alors|du coup|attends|hold on) (?!do (it|urs|yours|the same|same)(?![a-z]))(is|are|does|do|can(?! (everyone|everybody|yous|you all|all of you|you guys|u guys) (comment|leave|say|type|like|share|post|copy))|est ce|who|what|why|how)|"
    r"(je dois|faut il|on doit) (m |s |nous )?inquieter|should i (be )?(worried|worry)|"
    r"(on peut|peut on|tu peux|can you|can i|can they|can meta) (vraiment|realy|actualy)|"
    # "can good morning images really hack your phone?": a yes/no question asked in so many words
    r"(can|could|do|does|did|will|would) [a-z ]{1,40} (realy|actualy|truly) [a-z ]{0,60}\?|"
    r"(vous avez|tu as|t as|quelqu un a|anyone|have you|has anyone) (deja |ever )?(entendu parler|heard (of|about))|"
    r"thing (real|true|legit)|(what s|whats|what is) (going on|hapening)$|(?<!if )(is|are) (this|that|these|those|it|he|she|they) ([a-z0-9]+ ){0,4}(real|true|legit|genuine)|surely (it s |that s |this is |thats |its )?(a |an |just a )?(scam|hoax|fake|joke),? right|is there (realy|actualy)|is it realy|are they realy|y a t il vraiment|"
    r"(c est|is (this|that|it)) (une arnaque|a scam|un fake|du fake|fake|legit|vrai|real|normal|safe|sur|ok|okay|dangereux|dangerous|"
    r"oficiel|serieux|oficial)"
    r"( ou [a-z ]+)? \?|"
    r"or is (that|it|this) (a |just a )?(scam|fake|real|true|hoax)|or is (that|it|this) (one of those|just one of those|another)|(?<!au cas )ou (c est|c) (encore |juste )?(une arnaque|faux|vrai|fake|du fake|du bidon|bidon|du flan|une intox|intox|une rumeur|un canular)|is (it|this|that) safe to|should i (repost|share|post|forward)|dois je|faut il|"
    r"fact ?check (pls|please|plz|svp|stp|anyone|needed)|(kindly|pls|please|plz) confirm [a-z0-9 ]{0,100}\?|"
    r"(faut|il faut|on doit|je dois|dois je) vraiment [a-z0-9 ]{1,140}\?|"
    r"\? (c est|c) ce qu (ecrit|dit|raconte|affirme)|\? (that s|thats|that is) what ([a-z]+ ){0,2}(says|said|wrote)|(pls|please|can (someone|anyone|u|you)|quelqu un peut) fact ?check|"
    r"(normal|legit|real|safe|genuine|true) or (a )?(scam|fake|hoax)|je (lui|le|la|leur) (donne|envoie|renvoie) \?|"
    # the claim asked about, then where it was seen: "… à partir de demain ? je l'ai vu dans la story de…"
    r"\? (je l ai|je l|j l ai) (vu|lu)|\? (i )?saw (it|this|that) (on|in)|\? (ma|mon|my) [a-z]+ (m a|m l a|sent)|\? (ma|mon|my) [a-z]+ (l a|a) (recu|envoye|transfere|partage)|"
    r"\? (on m a (dit|envoye|transfere)|y a un (message|msg|post|truc)|(i )?(saw|got|read) (a|this|the) (post|message|msg|forward)|"
    r"someone (sent|posted|said|told))|vous y croyez|tu y crois|do you believe (it|this|that)|"
    r"(is there|there s|any) (any )?truth (to|in) (it|this|that|the|any of)|(y a t il|y a|il y a) (du vrai|quelque chose de vrai)|"
    r"(y aura t il|y aura|il y aura|y a t il|va t il|vont ils|sera t il|est il) vraiment [a-z0-9 ]{1,140}\?|"
    r"\? (ma|mon|my|notre|our) [a-z]+( [a-z]+){0,2} (dit|says|said|m a dit|told me) (qu|que|that)|"
    # the claim asked, then who says it: "… le mois prochain ? une collègue a dit que…", "? c'est ce que dit la story"
    r"\? (un|une|le|la|des|plein de|tout le monde|everyone|everybody|people|a|my|some) ([a-z]+ ){0,2}"
    r"(a dit|ont dit|disent|postent|partagent|repartagent|said|says|are posting|keep posting|are sharing)|"
    r"\? (c est|that s|thats) (ce que|what) ([a-z]+ ){0,2}(dit|disent|says|say)|\? (le|ce|the|that) (message|msg) (vient|came|comes)|"
    r"(kindly|pls|please|plz) confirm (if|whether)|surely (that s|it s|this is|that is) not|or did (they|you|we|people) (al )?(just )?fal for|"
    r"(je dois|on doit|faut il|il faut|dois je|je devrais|devrais je) (le |la |les )?(re)?(poster|partager|transferer|publier|copier|coler|envoyer)[a-z0-9 ]{0,140}\?|"
    r"(jle|jlui|j le|j lui|je le|je lui) (donne|envoie|renvoie)|(c est|c) quoi (cete|cet|ce) (histoire|truc|delire|chaine|message)|(c est|c) quoi (ca|sa|ce truc|cete histoire) encore|(jle|j le|je le) fais \?|should i do it \?|(do|should) i (send|give) (it|him|her|them)|"
    r"(feels|seems|looks|sounds) (sus|suspicious|fishy|dodgy)|(?<!je sais )c (est )?(bizare|louche)( non)?|"
    r"(or|ou) (just|only) (me|moi)|ou (c est|c) (juste|que) moi|(down|en pane|marche|bug[a-z]*) (for everyone|chez vous|pour tout le monde)|"
    r"(down|not working|broken) (for|to) (anyone|anybody|everyone|everybody)( else)?|"
    r"(it |so it )?must (work|be true|be real|be legit|mean something),? right|(j y|jy) crois (moyen|pas trop|pas vraiment)|"
    r"(real|legit|vrai|fiable|arnaque|scam|phishing|normal|serious|seriously|serieux|for real) \?|doit on|\? (c est|c) (ecrit|marque|signe)(?! (dans les [a-z ]{0,12}(conditions|cgu|regles)|noir sur blanc))|\? (y a|il y a) (une histoire|un truc|une rumeur)|(wants|want|wanted) to know (if|whether)|(veut|voudrait) savoir si|(c est|c|c etait|is (it|that|this)) (grave|bad|serious) \?|(?<=^ )[a-z0-9 ]{10,160} (is|are|was|did|does|do|has|have|can|wil) [a-z0-9 ]{1,60} or what$|(?<=^ )(is|are) [a-z]+( [a-z]+)? (seriously|realy|actualy) [a-z]+ing|(?<=^ )(is|are) (?!(this|that|it|u|you|ur|your|these|those|there|they|we|he|she|my|our|his|her) )[a-z0-9]+( [a-z0-9]+)? [a-z]+ing [a-z0-9 ]{0,120}\?|\? (ma|mon|my) [a-z]+ (y croit|believes (it|this|that))"
)

# how a question in so many words may open, with a "?" after it: openings no chain or scam uses ("is this you in
# the video?" is one), and "is Instagram making … ?" / "will WhatsApp …?" (a chain states what the app does)
ASKING_START = (" does ", " should ", " est ce ", " peut on ", " y a t il ", " existe t il ", " doit on ", " am i ", " wil i ", " do i ",
                 " can hackers ", " can scamers ", " can someone ", " can they ") + tuple(
    f" {verb} {app} " for verb in ("is", "wil", "are")
    for app in ("facebok", "fb", "instagram", "insta", "whatsap", "meta", "the government", "the govt", "government", "govt")
)

# a clause boundary: after a greeting, the question ("hey it's Bev, quick one, is Facebook going to cost money?")
CLAUSE = re.compile(r"(?<=[,.!;:])\s+")
# a musing after the question mark still leaves it a question: "… surchargés ? hmm", "legit? lol"
MUSING_AFTER = re.compile(r"(?<=\?)( (hmm+|hm+|lol|mdr|idk|jsp|bof|hein))+$")
