"""What a message does with a claim: asserts it, asks about it, denies it, or gives safety advice.

Watch mode must flag only the first. A debunk ("no, Facebook is not going to charge you"), a
question ("c'est vrai que WhatsApp devient payant ?") and advice ("méfiez-vous des liens WhatsApp
Gold") name the same claim with the same words, so the claim matcher cannot tell them apart; these
rules can. "reports" (true news) is decided by the checker, which knows whether the text is closer
to a true story than to the hoax.

Rules run on `normalise(text).padded` (lower case, accents folded, letters squeezed: "will" ->
"wil"), through `cue_regex`, which squeezes the patterns the same way.
"""

from __future__ import annotations

import re

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
from commands.hoax.headlines import (
    NEGATED_HEADLINE,
    NO_THEN_NEGATED,
    NOT_A_JOKE,
    OPENS_WITH_NO,
    VERDICT_CLOSING,
    VERDICT_LABEL,
    VERDICT_SENTENCE,
)
from commands.hoax.normalise import cue_regex, normalise
from commands.hoax.overrule_words import CALLED_DISINFORMATION, CLAIM_TOLD, OVERRULES_CHAIN, STOP_PASTING
from commands.hoax.question_words import ASKING_START, CLAUSE, MUSING_AFTER, QUESTION, RHETORICAL
from commands.hoax.spread_words import JUST_IN_CASE, PASS_ON, SPREAD, VOUCHES

ASSERTS, ASKS, DENIES, REPORTS, ADVISES = "asserts", "asks", "denies", "reports", "advises"

# "I saw something saying that ...": the writer reports what they saw, usually to ask about it
_HEARSAY = cue_regex(
    r"j ai vu pas[a-z]*|j ai lu (que|qu|quelque part)|(une|cete) info (disant|qui dit|selon)|"
    + CLAIM_TOLD + r"(un|ce) (message|post|article) (disant|qui dit)|i saw (a|this|some|an) [a-z]+ (saying|that)|"
    r"i (read|heard) (that|somewhere|someone)|someone (told|sent) me|on m a (parle|dit)|"
    # someone else's question passed on: "my mother in law is asking is whatsapp going to cost money"
    r"(is|was|keeps|kept|are) asking (me )?(if |whether )?(is|are|wil|does|do|can|should)|(me )?demande (si|s il|s ils)"
)
_ASSERT_ANYWAY = cue_regex(
    r"(this is|it s|it is|c est|ce n est|ce n etait|ceci n est|cela n est|ce message n est) (not|pas|vraiment pas) (a |un |une |du )?"
    r"(hoax|joke|canular|blague|fake|rumeur|rumor|intox|arnaque|scam)|not a hoax|pas un canular|pas une blague|"
    r"(?<!ecrit que )(?<!dit que )(?<!disent que )(c est oficiel|c oficiel)|"
    # the notice's supposed legal force, vouched for: "c'est juridiquement valable"
    r"(c est|it s|it is) (juridiquement|legalement|legaly) (valable|valide|valid|binding)|(?<!says )(?<!said )(?<!claims )it s oficial|(are|is) (real|true) (y al|guys|folks|people)|now it s oficial|c est confirme|(?<!pas )c est veridique|it s confirmed|(?<!if )(?<!whether )(its|it s) true|"
    r"(ce n est|c est) pas un hasard|(it s|it is|this is) (no|not a) coincidence|"
    # conceding how it sounds, then vouching: "I know it sounds fake but my colleague actually got one"
    r"(sounds|looks|seems) (fake|too good|like a (hoax|scam|joke))[a-z ]{0,20} but (my|a|her|his|our|they) [a-z]+|"
    r"(a l air|parait|semble) (faux|fake|bidon|trop beau)[a-z ]{0,20} mais (mon|ma|mes|une|un|ils|son|sa) [a-z]+|"
    # "coronavirus is a hoax (it's the 5G)", "there was never a covid": denying the pandemic asserts a conspiracy
    r"(covid|covid 19|coronavirus|corona|le virus|the virus|la pandemie|the pandemic)( [a-z0-9]+)? (is|est|was|etait) "
    r"(a |un |une )?(fake|hoax|canular|mensonge|lie|invention)|there was never a (covid|virus|pandemic)|"
    r"(covid|covid 19|coronavirus|le virus) n existe pas|i can t believe|can t believe|j en reviens pas|je n en reviens pas|"
    # "it wasn't an outage, they were wiping accounts": denying the official story asserts another
    r"(n etait|n est|c etait|wasn t|was not|isn t|is not) (pas |realy |vraiment pas )?(une |un |an |a |just a |juste une )?"
    r"(panne|outage|bug|acident|erreur|mistake)"
)
_SPREAD = cue_regex(SPREAD)
# what the hoax itself says cannot be done ("a video that cannot be deleted", "ne peut pas être arrêté")
# (nor a trap the hoax describes: "whoever joins cannot leave", « on ne peut plus en sortir »)
_NOT_THE_HOAX_ITSELF = (
    r"(?! (be|etre) (deleted|removed|stopped|undone|(turned|switched) of|disabled|suprime[a-z]*|arete[a-z]*|efface[a-z]*|retire[a-z]*|desactive[a-z]*))"
    r"(?! (leave|exit|get out)( |$))(?! (en )?(sortir|quiter)( |$))"
    # the hurt animal of a bait post: « il ne peut pas se mettre debout », "he can't stand up"
    r"(?! (se )?(mettre|tenir|lever) debout)(?! (stand|walk)( |$))"
)
_DENY = cue_regex(
    # (not the believer's "encryption is fake": the app's promise called fake, not the claim)
    r"hoax(es)?|canular[a-z]*|intox|infox|(?<!encryption is )(?<!encryption s )(?<!chifrement est )fake( news)?|faux(?! (comptes?|profils?|sites?|liens?|vendeurs?|agents?|policiers?|gendarmes?|pompiers?|plombiers?|controleurs?|livreurs?|techniciens?|conseilers?|recruteurs?|employes?|echantilons?|parfums?|billets?|medicaments?|proprietaires?|proprios?))|fausse[s]?|false|bidon|rumeur[s]?|legendes? urbaines?|urban legends?|imaginaires?|imaginary|"
    r"rumou?rs?|myths?|mythe[s]?|debunk[a-z]*|dementi(?!a)[a-z]*|dement(ent|ait|aient|ir|iront)|fact ?checks?|fact checkers?|"
    + CALLED_DISINFORMATION + r"|"
    r"(?<!for )(?<!pour )(?<!de )verification(?! (ticks?|badges?|marks?|checkmarks?|codes?|links?|texts?|sms))|satire|satirique|parody|parodie|(?<!pas de )(?<!pas des )(?<!sans )blague|(?<!absolute )(?<!total )(?<!complete )(?<!no )joke|prank|chain letter|chaine bidon|"
    r"n a jamais|n ont jamais|never (said|announced|did|will|charged|happened)|jamais (dit|annonce)|"
    # the authority's way said plainly: "the DWP does not text you links", "it's the same chain as Bill Gates in 98"
    r"(?<!if )(?<!they )(does not|doesn t|wil never|never) (text|email|message|contact|asks?) (you|u|people|anyone)|"
    r"(c est|c|it s|its) (la meme|the same|encore la|juste la|just the same|just that) (chaine|chain)|"
    # spoken French without "ne": « Hydro-Québec fait jamais de remboursement par texto », « Sadio a jamais
    # fait ça », « c'est un escroc »
    r"(?<!je )(?<!j )(?<!tu )(?<!on )(fait|font|envoie|envoient|demande|demandent|demandera|demanderont|contacte|contactent|rembourse|remboursent|verse|versent|paie|paient|apele|apelent|ecrit|ecrivent) jamais (de|d|par|ca|sa)|"
    r"(y a|ya|il y a) pas de [a-z0-9 ]{0,20}(oferts?|oferte?s?|gratuits?|gratuite?s?|cadeaux?)|"
    r"(?<!je )(?<!j )(?<!tu )(?<!t )(?<!on )(a|ont) jamais (fait|dit|done|envoye|anonce|publie|distribue|verse)|(c est|c) (un escroc|des escrocs)|"
    # "the shark on the highway pic is photoshopped"
    r"(is|was|are|s|c est|est) (photoshoped|photoshop|doctored|fotomontage|un montage|un photomontage)|"
    r"sans (un seul|aucun) cas (confirme|avere|recense|documente)|(no|not a single|not one|without a single|without any) (confirmed |documented |verified |single )?cases?|"
    # a headline saying what the file or call does not do: « les images Bonjour ne piratent pas vos comptes »,
    # « aucune vidéo … ne pirate les téléphones », "Facebook doesn't cap you at 25 friends"
    r"(ne|n) (pirate|piratent|vole|volent|espionne|espionent|infecte|infectent|clone|clonent|formate|formatent|vident|lisent)[a-z]* (pas|jamais|rien|ni)|"
    r"aucune? (video|image|photo|message|mesage|apel|numero|lien|fichier)s?( [a-z]+){0,8} ne (pirate|vole|espionne|infecte|clone|formate|vide|lit)[a-z]*|"
    r"(?<!you )(?<!u )(?<!if )(?<!i )(?<!we )(doesn t|does not|don t|do not) (hack|steal|spy on|clone|format|cap|limit|infect|drain)[a-z]* (you|your|ur|phones?|acounts?|the|anyone|anything|at)|"
    # (not a relative clause: "every account that does not post a status")
    r"(?<!that )(?<!who )(?<!which )(did|does|has|have|had) not (announce|anounce|say|said|post|claim|declare|confirm)[a-z]*|"
    r"n a (pas|jamais) (annonce|anonce|dit|declare|publie)|"
    r"(is|are|was|were|wil|does|did|do|has|have) not (going|real|true|charging|shutting|closing|"
    r"limited|reading|making|recording|monitoring|spreading|cause|spread|read|protect|hack|own|a)|"
    # not a relative clause or a condition: "anyone who doesn't pay loses their account" asserts;
    # nor the chain's "sharing doesn't work (or count), paste it", nor "friends I haven't seen in years", nor a
    # missing-child or found-dog post's story ("she hasn't come back", "we haven't found the owner"),
    # nor the "Hi Mum" scam's ("my banking app won't work on the new phone"), nor a chain's rarity
    # ("two moons in the sky, won't happen again for 60,000 years"), nor the believer's "now facebook
    # can't touch my photos"
    # (nor the chain's purpose: "copy the warning so hackers can't clone yours", nor its threat: "they
    # seize the house when you can't repay"), nor the cover-up it alleges ("police won't confirm it")
    r"(?<!police )(?<!media )(?<!cops )(?<!news )(?<!authorities )(?<!who )(?<!if you )(?<!if u )(?<!if it )(?<!if they )(?<!when you )(?<!when they )(?<!that )(?<!sharing )(?<!sharing it )(?<!so hackers )(?<!so it )(?<!so they )(?<!so that hackers )"
    r"((isn|aren|wasn|weren|won|doesn|didn|haven|hasn|can) t|cannot)(?! count( |$))(?! sen (in|for) )(?! [a-z]+( [a-z]+){0,2} it was )(?! (think|believe|expect|trust) (it|this|that|the|they|she|he|i|you) )(?! (locate|find|reach|contact|trace|identify) (his|her|their|the child s|the boy s|the girl s) (parents|family|mother|mum|mom|father|dad|relatives|guardians)( |$))(?! (come|came|returned|found|eat|eaten|accept|ben sen|ben home|know (the area|her way|his way|the way|where|how to get)|believe (she|he|they) (lives?|is|was|are))( |$))(?! work(ing)? on (the|my|this) (new )?(phone|mobile|tel) )(?! sel )(?! (log|sign) (in|into|on) )(?! (talk|speak|cal|ring|answer|pick up)( right now| now| at the moment| atm)?( |$))(?! (hapen|be sen|ocur) again)(?! touch (my|our|your|the|them|it|any) )(?! be (sold|resold|used|reused|returned|refunded|exchanged) )(?! (have|ned) to pay)(?! do (showings?|viewings?|visits))(?!( legaly)? use( or [a-z]+)? (my|our) )" + _NOT_THE_HOAX_ITSELF + r"|not going to|"
    # "ni Zuckerberg ni Meta ne distribuent d'argent", "neither WhatsApp nor your network runs promos like that"
    r"ni [a-z]+( [a-z]+)? ni [a-z]+( [a-z]+)? (ne|n)|"
    r"neither [a-z]+( [a-z]+)? nor [a-z]+( [a-z]+)? (runs?|does|do|gives?|ofers?|sends?|pays?|asks?|wil|would|has|have|is|are)|"
    # (not the chain's own condition: "… aux utilisateurs dont le logo ne devient pas bleu")
    r"(?<!dont le logo )(?<!dont l icone )(?<!si le logo )(?<!si ton logo )(?<!si votre logo )(?<!si ton point )(?<!si votre point )(?<!si le point )"
    r"ne (va|vont|sera|seront|peut|peuvent|lit|lira|limite|protege|protegent|transmet|propage|"
    r"enregistre|fonctionne|facture|fera|ferme|fermera|sert|servent|deviendra|deviendront|devient|deviennent|rend|rendra|"
    r"montre|pirate|surveille|cache|cachent|contient|contiennent)( [a-z]+)? (pas|jamais|plus)" + _NOT_THE_HOAX_ITSELF + r"|"
    # (not the chain's reveal: « ce n'est PAS du parfum, c'est de l'éther »)
    r"n (est|etait|existe|existent|enregistre|a) (pas|plus)(?! (d argent|les moyens|puce|pucee|tatoue|tatouee|rentre|rentree|revenu|revenue))(?! (chifre|chifree|crypte|cryptee|securise|securisee|prive|privee|gratuit|gratuite)( |$))(?! (partage|partagee|partages|partagees|transfere|transferee|relaye|relayee|adopte|adoptee|reclame|reclamee)( |$))(?!( [a-z]+){1,4},? c est )|"  # (a chain's pity: "n'a pas d'argent", "n'est pas pucé")
    r"(?<!qui )ne sont pas|no legal|aucune valeur|zero (legal|valeur)|does nothing|ne sert a rien|ne servent a rien|"
    r"won t protect|(does|do|wil) not (exempt|protect|stop|prevent|save) (you|u|your|anyone|anybody|people|it|them)|nothing to worry|rien a craindre|(aucun|no|sans|zero) (efet|efect|valeur|value)|"
    r"no legal efect|(?<!becomes )(?<!become )(?<!becoming )useles|inutile|(is|are) a scam|est une arnaque|c est une arnaque|"
    r"(no|aucun|pas de) (link|lien)|there is no|il n y a (aucun|pas)|"
    # "cette offre … est frauduleuse", "ne vous protège de rien", spoken French without "ne": "Meta AI lit pas"
    r"(est|sont) (frauduleu[a-z]*|mensonger[a-z]*)|ne (vous |te |nous )?(protege|protegent|sert|servent) (de|a) rien|"
    r"(lit|lisent|lira|voit|voient|ecoute|ecoutent|enregistre|enregistrent) (pas|jamais|rien)"
)
# "si vous recevez « … », votre compte a été piraté": the claim's condition and its verdict, not advice
_NOT_THE_VERDICT = r"(?![a-z0-9 ]{0,160} (votre|ton|your|ur) (compte|acount|profil|profile)( [a-z]+)? (a ete|est|has ben|is|was|got) (pirate|clone|hacked|cloned|compromis|compromised))"
_ADVISE = cue_regex(
    r"never (click|give|share|install|open|send|enter|type|download|pay)|ne payez (jamais|rien)|refusez|exigez|(and|then) delete (it|them|the (text|texts|message|messages|msg|sms))|only (ever )?(install|download|update)|call (them|him|her) (on|via|by|through) (another|a diferent|a separate|their (normal|usual|old|real|regular)|his (normal|usual|old|real|regular)|her (normal|usual|old|real|regular))|"
    r"(?<!just )check the (url|link|adres|adress|sender)(?! and (share|send|forward|register|aply|fil))|(apele|apelez|apeler) (le|la|les|lui|leur) (au telephone |directement )?avant (d envoyer|de payer|de transferer)|(change|reset|changez|changer) (it|your pasword|the pasword|votre mot de pase|ton mot de pase) (from|on|using|depuis|sur) (a|another|un autre|an other)|verifiez l (url|adrese)|avant de (participer|cliquer)|before (entering|clicking|taking part)|sign in (and|to) (keep|use)|connectez vous (pour|regulierement)|ne (donne|donnez|clique|cliquez) jamais|ne jamais (donner|cliquer|partager|communiquer|envoyer|transmettre|ouvrir)|"
    r"n (instalez|envoyez|utilisez|entrez|installe|envoie|indiquez|ecrivez)|(?<!that )(?<!who )(?<!which )(?<!if you )(don t|do not) (click|install|forward|tag|"
    r"enter|type|fall for|give (your|out|the|it|them|anyone)|share (your|the|it|this|them))|(?<!si vous )(?<!si tu )ne (remplisez|cliquez|clique|donnez|communiquez|partagez|transferez|rentrez|renseignez|indiquez|mettez|"
    r"transfere|installez|ouvrez|tapez|saisissez|telechargez|telecharge)|on (clique|ouvre|repond|partage|transfere) (pas|jamais)|desinstallez|desinstale|"
    # what one tells the family about the scam: "tell your parents about…", "before paying anything, call the old number"
    r"(if|when) (you re|ur|you are|u r) (putting|posting|writing|publishing) (a|the|your)|"
    r"tel (your|ur) (parents|mum|mom|dad|grandparents|nan|gran|family|elders) about|before (paying|sending|transfering) (anything|any money|money)|"
    r"cal (the|their|his|her) (old|usual|normal) number|avant de (payer|verser|envoyer|virer) (quoi que ce soit|de l argent|quoi que|rien)|"
    r"(previens|prevenez|previent) (vite |rapidement |tout de suite )?(ta|votre|tes|vos) (famile|proches|contacts|amis)|beware|be careful|watch out|mefiez|mefie toi|fuyez|"
    r"(?<!if you )(?<!if u )dont (click|open|forward|share|acept|install|download|answer|reply|fal for)|don t be fooled|dont be fooled|(don t|do not|dont) be (coned|duped|tricked) by|(don t|do not|dont) (be|get) scamed|"
    r"(don t|dont|do not|never) put (your|ur|a) (phone|iphone)|si un message vous demande|if a message asks|"
    r"(il )?ne (faut|faudrait|doit) (surtout )?(pas|jamais) (cliquer|ouvrir|repondre|partager|transferer|donner|envoyer|instaler|telecharger)|"
    r"ne vous faites pas avoir|ne tombez pas dans|ne (repondez|reponds|cliquez|clique) (surtout |simplement )?(pas|jamais)|just delete it|suprimez le|on le suprime|"
    # the safe way to sell: « rencontrez l'acheteur dans un lieu public », "meet the buyer in a public place"
    r"(rencontrez|rencontre) (l acheteur|le vendeur|la personne)|meet (the buyer|the seller|them) in (a )?(public|person)|"
    r"atention (aux|au|a l|a ce|a cet|a cete|si)|change (the|your) audience|in your privacy setings|"
    r"telechargez (whatsap |l apli )?uniquement|uniquement (depuis|via|sur) (le |l )?(play store|app store)|prudence|activez|active la|turn on|enable (two|2|the)|set up|"
    r"two (step|factor)|deux (etapes|facteurs)|vous pouvez (activer|desactiver|bloquer|signaler|refuser|vous oposer)|(?<!ne la )(?<!ne le )(?<!ne les )verifiez|verifie (avant|sur|aupres|plutot)|verifiez plutot|avant de partager|"
    r"before (sharing|you share|forwarding|approving|you approve)|be wary (of|if|when|about)|avant de (transferer|faire suivre|repartager)|tu (le |la )?signales|on (le |la |les )?signale|on ne (remplit|clique|repond|done) (rien|pas|jamais)|check (any|it|with|on|before)|signalez|report (it|the|them)|"
    r"pour vous oposer|to object|oficial (form|objection)|formulaire oficiel|only download|"
    r"rappel (de )?securite|safety reminder|ne le faites pas|ne (le |la |les )?(faites|fais) pas (suivre|tourner|circuler)|telechargez uniquement|(if (you get|you receive|a (message|text|msg|sms|call) from|someone asks|a friend sends|someone sends|a contact sends|a (friend|contact|mate|pal|buddy|relative) (mesages|texts|writes|asks|sends))|si (vous recevez|tu recois|quelqu un(?! (cherche|reconait|conait|a perdu|acepte|accepte|ajoute))|un (contact|ami|proche) (vous|te) (demande|ecrit|envoie|reclame)))"
    + _NOT_THE_VERDICT + r"|"
    r"evitez|avoid (clicking|these|this)|stop sharing|arretez de partager|reverse image search|recherche (d image )?inversee|tineye|"
    r"reinstal[a-z]* (l apli|l aplication|whatsap|l app)|redemandez un code|"
    r"ne (le|la|les) (done|donez|partage|partagez|comunique[a-z]*|envoie|envoyez) a persone|(never|don t|do not) (give|share|send) (it|this code|the code|them) to (anyone|anybody)|never( ever)? (give|send|share|tel) (anybody|anyone|any1) (the|your|ur)( [a-z0-9]+){0,2} (code|pin|otp)|"
    # the "Hi Mum" scam's antidote: call the child on the number you already know
    r"(apelez|apele|rapelez|rapele)[- ]?(le|la|les)? (sur|au) (son|leur|votre|ton) (ancien|vrai|numero)|(apelez|apele|rapelez|rapele) (l|son|leur|votre|ton) (ancien|vrai) numero|"
    r"(call|ring|phone) (them|him|her|your (child|kid|son|daughter|children|kids)) (back )?on (their|his|her|the) (old|usual|real|known) (number|phone)|"
    r"(apelez|apele|rapelez|rapele|contactez) (votre|ton|ta|vos|tes) (enfant|enfants|fils|file|proche|proches)( [a-z]+){0,3} (sur|au) (son|leur|sa) (ancien|vrai|numero)|avant (tout|de faire (un|le)|d envoyer (un|le)) (virement|paiement)|"
    r"call (the person|your friend|them|him|her)( on (the )?phone| directly)? (first|before (sending|paying|you send|you pay))|"
    r"(vous |te |nous )?(apelent|apeler|rapelent|rapeler) (sur|au) (l |son |leur |votre |ton )?(ancien|vrai|numero habituel)|"
    + EASY_TARGET + r"|"
    r"(?<!si vous )(?<!si tu )ne (le|la|les|lui|leur) (donnez|envoyez|renvoyez|communiquez|transmetez|partagez) (pas|jamais)|"
    # SMS French drops the "ne": « cliquez pas, c'est son compte qui est piraté »
    r"(?<!si vous )(?<!si tu )(?<!ne )(?<!n )(cliquez|clique|cliques|ouvrez|ouvre|ouvres|repondez|reponds|donnez|donne|donnes) (surtout )?(pas|jamais)(?! de )|"
    r"(?<!si vous )(?<!si tu )ne (l|le|la|les) (installez|telechargez|ouvrez|acceptez) (pas|jamais)|"
    # health advice around a hoax: "don't use homemade formula recipes, talk to your GP"
    r"(don t|do not|dont|never) (use|try|follow|make) [a-z ]{0,30}(recipes?|home ?made)|"
    r"(talk|speak) to (your|a|ur) (health visitor|gp|doctor|pharmacist|pediatrician|paediatrician|midwife)|"
    r"(parlez en|demandez conseil) (a|au) (votre |un |une )?(medecin|pharmacien|pharmacienne|pediatre|sage femme)"
)


# the "Hi Mum" scam's antidote after the question that describes it
_CALL_THE_REAL_ONE = cue_regex(
    r"(apelez|apele|rapelez|rapele|call|ring) (votre|ton|leur|your|their) (enfant|fils|fille|proche|child|kid|son|daughter)"
)

_SCAM_WORDS = cue_regex(
    r"scam[a-z]*|arnaque[a-z]*|fraud[a-z]*|frauduleu[a-z]*|vol de compte|compromised|malware|malveilant|virus|phishing|hameconage|liens?|links?|pirat[a-z]*|"
    r"hack[a-z]*|codes?|password|mot de pase|apk|fake (app|site)|faux (site|lien)"
)
_OFFICIAL_WAY = cue_regex(
    r"formulaire oficiel|oficial form|pour vous oposer|to object|parametres|setings|oficial (store|app)|"
    r"store oficiel|play store|app store"
)
# advice about what to do when something arrives, or a correction of what a thing can do
_CONDITIONED = cue_regex(
    r"[!?] (if|si|when|quand|lorsque)|can only|only (se|sees|read|reads)|(ne|n) (lit|voit|lisent|voient) qu|(to limit|pour limiter) (what|ce qu)|"
    # ... or about such messages as a kind ("les alertes du style vidéo Martinelli, ne les faites pas suivre")
    r"chaines? d alerte|alert chains?|alertes? (du style|genre|comme|type)|(ce|ces) (genre d |types? d )?(alertes?|chaines?)|"
    r"(these|those|such) (warnings?|alerts?|chains?)|(warnings?|alerts?) like|"
    # ... or how a real one looks: « une vraie alerte enlèvement passe par alerte-enlevement.gouv.fr »
    r"(une|les) vraies? alertes?( [a-z]+){0,2} (passe|passent|vient|viennent|est difusee|sont difusees)|"
    r"(a|the) real (alerts?|warnings?) (comes?|goes|is issued|are issued|is published)|"
    # a kind of message that returns ("ces messages reviennent chaque année et créent la panique")
    r"(ces|these|such) (mesages|posts|publications|alertes|warnings) (reviennent|come back|resurface|return)"
)
_OPENS_WITH_CONDITION = (" if ", " si ", " when ", " quand ", " lorsque ", " pour ceux ", " for those ", " avant de partager ", " before sharing ", " before you share ")
_DENY_WORDS = cue_regex(
    NO_EVIDENCE + r"|"
    + STOP_PASTING + r"|"
    + NEVER_REQUIRED + r"|"
    + NOT_RUNNING + r"|"
    # what the notice's legalese is called by those who read it ("du charabia juridique")
    r"charabia|"
    r"bogus|(?<!metaverse )nonsense|rubbish|hoax(es)?|canular[a-z]*|intox|infox|fake news|bidon|rumeur[s]?|rumou?rs?|myths?|debunk[a-z]*|"
    r"dementi(?!a)[a-z]*|dement(ent|ait|aient|ir|iront)?|fact ?checks?|satire|satirique|parody|parodie|(news|infos?) you almost believed|"
    r"(was|is|c etait|c est|etait) (a |an |un |une )?(4chan |internet |old )?(trol|troling|prank|canular)|"
    r"chain letter|c est faux|it s false|is false|est faux|est fausse|(aucun|no|sans|zero) (efet|efect|lien|link|valeur|value)|"
    r"(there is|there s|there are|there re|il n y a) (no|aucun|aucune|pas de)(?! such thing as (encryption|privacy|private|chifrement))|no such thing(?! as (encryption|privacy|private|chifrement))|won t protect|(?<!seulement ca )(?<!partage )(?<!partager )ne (vous |te |nous )?protege(nt)? pas|ne (signifie|signifient|veut dire|veulent dire) pas|ne (veut|veulent) pas dire|does not protect|is a scam|(is|are) (a )?(fraud|fraudulent)|(?<!if )(?<!i m )(?<!i am )(?<!we re )(?<!we are )(?<!you re )(?<!they re )not (giving|ofering|handing out|paying out)|(it s|its|this is|that s|thats|c est) (a |an |une )?(real |vraie )?(scam|arnaque) (wave|vague)|(est|sont) une fraude|(so|donc) (no|non) (it s |c est )?(not|pas)|"
    r"(ca|cela|ce|it|that|this) (ne )?change (rien|strictement rien|absolument rien)|changes nothing|(doesn t|does not|won t) change anything|"
    r"est une arnaque|(did|does|has) not (announce|anounce|say|said)[a-z]*|contrairement a ce que|"
    r"(est|sont) frauduleu[a-z]*|ne (vous |te |nous )?(protege|protegent|sert|servent) (de|a) rien|"
    r"(lit|lisent|lira|voit|voient|ecoute|ecoutent|enregistre|enregistrent) (pas|jamais|rien)|"
    # a headline's verdict ("… sont une invention")
    r"(est|sont) une (pure )?invention|(is|are) (an? )?(invention|fabrication)|"
    r"(wil|would) never (ask|charge|delete|close|shut|sel|text|send|email|cal|give|ofer)|(?<!you )(?<!i )(never|jamais) (asks?|demandent|demande) (for|you for|de l argent|d argent|vos|votre|your|money|fees?|frais)|"
    r"(does|do) not (record|have|use|track|monitor|contain)|ne contien(t|ent) (pas|aucun)|don t be fooled|ne vous faites pas avoir|"
    + SARCASM + r"|ah yes (posting|sharing|because|the)|"
    r"the anual|not the [a-z ]{1,40} again|encore ce (message|truc)|(is|c est du|c est de l|=) (phishing|hameconage)|helps (nobody|no one)|n aide (personne|en rien)|(is|c est|est) (an )?opt in(?! (now|before|by|avant))|"
    r"(cannot|can t|on ne peut pas) (charge|recharger)|comme chaque anee|c est une pyramide|it s a pyramid|non personne (ne|n)|"
    r"personne (ne )?(recoit|gagne|touche)|nobody (gets|receives|wins)|"
    # « personne lit les msgs », « personne a piraté ton compte »: nobody does what the rumour says
    r"personne( au [a-z]+| a la [a-z]+| dans [a-z]+)? (ne |n )?(lit|lira|lisent|voit|ecoute|surveile|a (pirate|hacke|clone|ferme|bloque|suspendu)|(t|m|l|vous|nous) a (pirate|hacke|clone)|a ete (pirate|hacke|clone)[a-z]*)|nobody (reads|is reading|hacked|cloned|shut|closed|banned|blocked|has sent|sent)|duped into|(people|victims|personnes|victimes) (duped|coned|scamed|tricked|arnaque[a-z]*|escroque[a-z]*)|font croire (a|qu|que)|pour (vous )?escroquer|(it s|its|it is) (just )?a chain (message|leter)|is (literaly )?how (it|they) spreads?|stop spreading (panic|fear|lies|fake[a-z]*|rumou?rs?)|(does|do) (literaly |absolutely )?nothing|(achieves|acomplishes) nothing|(ca|sa|cela) (ne )?(bloque|protege|empeche|arete) rien|aucune? [a-z]+ (n a|n ont) (anonce|dit|confirme|publie) (ca|sa|cela|cete|ce)|(s|is|are) not charging (anybody|anyone|people|users|us|you)|(you re|you are|your) not (hacked|cloned)|"
    r"(thing|post|mesage|claim|chain|rumou?r) (is|was) (wrong|untrue)|" + NOBODY_GIVES + r"|(is|are) not (limiting|caping|capping)|comme tous les ans|every year since|like every year|"
    r"(?<!won t )(?<!can t )(?<!wil not )(stop|quit) (forwarding|forwardin) (this|that|these|those|it|them|chains?|hoax(es)?|fakes?|nonsense|rubish|junk)|(ain t|isn t|is not) (even )?a real (person|guy|man|ceo)|stop sending (this|these|that|the|those) (chain|mesage|msg|hoax|stuf|nonsense|rubish)|aretez de transferer|arete de transferer|(doesn t|does not|never) (mass|ask you to)|"
    r"aretez de copier|arete de copier|(faut|il faut) areter de (copier|partager|transferer)|stop copy ?pasting|misleading|trompeu[a-z]*|"
    r"rien a voir avec|(has|have) nothing to do with|n a rien a voir|(doesn t|does not|don t|do not) (exist|mean)|(n )?existe(nt)? (meme )?pas|"
    r"(can t|cannot|can not) (carry|spread|transmit|read|track|hack|steal|see who)|(doesn t|does not|don t|do not) "
    r"(limit|cap|spread|transmit|read|track|charge|carry|contain|hide)|ne (vous |te )?(demandera|demanderont|facturera|factureront|fermera|suprimera) jamais|"
    r"(?<! i )(?<! we )((is|are) not|isn t|aren t|ain t) (giving|ofering|charging|closing|shutting|deleting|paying|donating|turning|sending (money|cash|you|your|any|fre)|tracking|"
    r"recording|reading|doubling|hacking|watching|listening|(about|going) to (charge|close|shut|delete|start charging))|no one can|nobody can|personne ne peut|"
    r"(?<!je )(?<!ne )(?<!n )(transmet|transmetent|propage|propagent|cause|causent|contient|contienent) pas (de|d)|"
    r"(?<!je )(?<!on )(ne|n) (ofre|donne|distribue|distribuent|paie|verse|facture|ferme|suprime|rembourse|double|met|metent|implante|debloque|transmet|propage|provoque|cause|prendra|prend|piratera|pirate|ajoute|ajoutera)( [a-z]+)? (pas|jamais|rien|aucun|aucune)|"
    r"what ([a-z]+ ){1,3}(did )?actualy (anounce|anounced|said|say|did)|ce qu ([a-z]+ ){1,2}a vraiment (anonce|dit)|"
    r"ne (contient|contiennent|comporte|comportent) (pas|aucun|aucune)|(do|does) not contain|contains? no|"
    r"du flan|du pipeau|de la myrtile|(?<!fait )(?<!font )(?<!faire )n importe quoi|(sont|ce sont|c est) (des|une) chaines?|(are|is) (just )?(a )?chain (leters?|mesages?)|(is|are|c est) (just )?(a|an|une) (old )?(chain|chaine) (from|de|since|depuis) [0-9]{2,4}|"
    r"(n annonce|n anonce|n informe|ne previent) (rien|jamais)|pieges? a clics?|attrape clics?|click ?bait|"
    r"(peut|peuvent) pas (vous |te |nous )?(donner|ofrir|distribuer|cloner|pirater|hacker|vider|infecter)|ne change rien|changes nothing|n a (pas|jamais) (annonce|anonce|dit)|"
    r"(ne|n) (lit|lisent|lira|ecoute|ecoutent|enregistre|surveile|espione)( [a-z]+)? (pas|jamais)|"
    + NO_ACCESS + r"|"
    r"((does|do|wil|can) not|cannot|can t|won t) (read|listen to|record|spy on) (your|any|private)|"
    # a text that names the claim as someone else's ("posts falsely claim", "ignore the message saying")
    r"falsely (claim|say|state|sugest|alege|report)[a-z]*|faussement|a tort|"
    r"(posts?|messages?|texts?|videos?|publications?|rumou?rs?|chains?) (claiming|that claim|saying that|"
    r"afirmant|pretendant|qui (afirme|afirment|pretend|pretendent))" + NOT_THE_PROOF + r"|"
    + NOT_IGNORING + r" (the |this |that |any |these |those )?([a-z]+ ){0,2}(messages?|posts?|texts?|chains?|hoax(es)?)|"
    r"(aucune?|no) (apli|aplication|app|site|outil|tool|website|logiciel) (ne )?(permet|peut|can|lets|alows|wil)|"
    r"deep ?fakes?|nobody (is|wil|ever)|personne (ne )?(vous )?(va|donne|rembourse|double)|"
    r"(pas de|no) (fermeture|closure|shutdown|suppression|fees?|frais|charge)(?! (no|pas d) (experience|diplome|diploma|qualification))|"  # (not a recruiter's "no fees, no experience")
    r"(won t|wil not|doesn t|does not|ne|n) (stop(?! (forwarding|sharing|sending|posting|reposting|asking|talking))|protect|prevent|empeche|empechera)|"
    + WORTHLESS + r"|" + WONT_HAPPEN + r"|" + PLAIN_WONT + r"|" + HARMLESS_OR_MADE_UP + r"|"
    r"(shared|used|edited|doctored) to (claim|suggest|make it look)"
)



_OVERRULES_CHAIN = cue_regex(OVERRULES_CHAIN)


# a long quotation: «…», “…”, "…" or '…' (apostrophes inside words allowed: 'I don't give Facebook…')
_QUOTATION = re.compile(
    r"«[^»]{25,}»|“[^”]{25,}”|\"[^\"]{25,}\"|(?<![A-Za-z])'(?:[^'\n]|(?<=[A-Za-z])'(?=[A-Za-z])){25,}'(?![A-Za-z])"
    r"|«[^»?]{4,}\?\s*»|“[^”?]{4,}\?+”|\"[^\"?]{4,}\?+\"|(?<![A-Za-z])'[^'?\n]{4,}\?+'(?![A-Za-z])"  # a short quoted question
)


def quoted_about(text: str) -> bool:
    """Whether the text quotes a chain at length and, around the quotation, asks, denies or advises
    about it ("Ma tante m'a envoyé ça : « … envoyez à 10 contacts … ». Fake ?", "If you get "I got
    another friend request from you", don't forward it"): the chain's cues are in the quotation,
    the writer's stance is outside it."""
    quotes = [m for m in _QUOTATION.finditer(text) if len(re.findall(r"\w+", m.group(0))) >= 6]  # not a setting's name
    if not quotes:
        return False
    rest, end = "", 0
    for m in quotes:
        rest, end = rest + text[end : m.start()] + " « » ", m.end()
    rest += text[end:]
    return stance(rest, strict=True) in (ASKS, DENIES, ADVISES)


def overrules_chain(text: str) -> bool:
    """A debunk or the official way out, in words no chain letter uses ("posts falsely claim",
    "use the official form, not a copy-paste", a verdict label or a "Non, … ne … pas" opening a
    headline), or a chain quoted to ask or warn about it: such a text is not spreading the chain
    it names. A text that passes the chain on ("j'ai reçu le message qui dit de transférer, donc je
    le fais") spreads it, whatever else it says."""
    t = _prepared(text)
    if _SPREAD.search(t) or _JUST_IN_CASE.search(t):  # "I think it's a hoax but just in case, copy and paste this"
        return False
    # "… forward it to all your friends pls": a reported message, then passed on (not inside a quotation of it)
    blanked = _QUOTATION.sub(" ", text) if "?" not in t else ""
    if blanked and _passes_on(_prepared(blanked) if blanked != text else t):
        return False
    if NO_THEN_NEGATED.match(text) and not NOT_A_JOKE.search(re.split(r"[.!?\n]", text, maxsplit=1)[0]):
        return True
    if quoted_about(text) or VERDICT_SENTENCE.search(text) or VERDICT_CLOSING.search(text) or (
        NEGATED_HEADLINE.match(text.strip()) and not re.match(r"(?i)\s*je\b", text)  # "je ne donne pas…": the notice itself
    ):
        return True
    return bool(VERDICT_LABEL.match(text) or _OVERRULES_CHAIN.search(normalise(text).padded))


_PASS_ON = cue_regex(PASS_ON)
_JUST_IN_CASE = cue_regex(JUST_IN_CASE)
# after a question that is not one in words, an order to pass the text on: the chain's opener ("Vous
# avez vu le texte Goodbye Meta AI ? Postez-le tous, c'est la seule façon légale…"), not an asker's
_SHARE_NOW = (" postez", " partagez", " faites tourner", " faites circuler", " copiez", " transferez", " share it",
              " share this", " post it", " post this", " repost", " copy and paste", " forward it", " forward this", " pass it on")


def _passes_on(t: str) -> bool:
    return bool(_PASS_ON.search(t)) and not _DENY_WORDS.search(t)


# How fact-checkers introduce the claim they check ("Claim: …", "Selon un message viral, …", "A viral
# post claims that …"): the rest is the claim itself, stated — a framing word such as "rumeur" is
# not a denial.
_FRAMING = re.compile(
    r"^\s*(?:(?:the\s+)?claim|what\s+was\s+claimed|all[ée]gation|affirmation|rumeur|rumou?r)\s*:\s*|"
    r"^\s*(?:selon|according\s+to)\s+[^,.?!]{0,80},\s*|"
    r"^\s*(?:an?|some|several|many)\s+[^.,:?!]{0,60}?\b(?:posts?|forwards?|messages?|images?|videos?|texts?)\b"
    r"[^.,:?!]{0,60}?\bclaims?\s+(?:that\s+)?",
    re.I,
)


def _unframed(text: str) -> str:
    m = _FRAMING.search(text)
    return text[m.end() :] if m and m.end() < len(text) else text


def _last_sentence(t: str, q: int) -> str:
    """The sentence ending at the question mark at `q` ("anyone else?" in it is rhetorical)."""
    while q > 0 and t[q - 1] in "? ":
        q -= 1  # "??": the sentence ends at the first mark of the run
    start = max(t.rfind(c, 0, q) for c in ".!?\n")
    return t[start + 1 : q + 1]


# "is the 3 blue ticks thing real", "does meta read…": a question without its question mark
_INTERROGATIVE_START = (
    " is ", " are ", " was ", " were ", " does ", " do ", " can ", " did ", " should ", " est ce ", " who is ", " what is ",
    " qui est ", " c est quoi ", " what s this ", " whats this ", " what do ", " what does ", " why do ", " why does ", " how do ", " how can ",
    " existe t il ", " y a t il ", " peut on ", " comment ", " wil ", " would ", " est il ", " sera t il ",
)  # fmt: skip
# "… ? I thought it was a rumour": the asker's doubt, not a debunk
# ... or the other half of the question ("? ou c'est du pipeau", "? or is it fake")
_THOUGHT = (" or is this ", " or is that ", " ou est ce ", " je croyais", " je pensais", " j croyais", " i thought", " i tho", " thought ", " ou c est ", " ou c ", " or is it ", " or it s ",
            " je comprends plus", " je comprend plus", " je comprends rien", " je ne comprends", " j y comprends", " i m confused",
            " im confused", " i can t tell", " i cant tell")  # (thoughts and confusion after a question, not a verdict)


# Chat English drops apostrophes ("doesnt", "cant", "isnt"): read them as the rules spell them
# ("doesn t"). Squeezed forms ("wil" for "will") do not occur in these words. French "dont" is left alone.
_HEDGE_MARK = re.compile(r"( (?:i think|i guess|je crois|je pense|jcrois|jpense))(?: \?)+(?= |$)")
_APOSTROPHE_LESS = re.compile(r"(?<= )(does|is|are|was|were|did|has|have|had|could|would|should|ca|wo)nt(?= )")
# SMS French drops them too ("cest", "jai", "quon"): read as the rules spell them ("c est")
_FRENCH_ELISION = re.compile(r"(?<= )(c|j|qu)(est|etait|ai|on|il|en|y)(?= )")


# the video-phishing message's own opening question, not quoted and not followed by another question
# ("is this u in the video lol look fast before they delete"): the bait itself, whatever a trained
# model makes of its question mark
_BAIT_OPENING = re.compile(
    r"^ (omg |lol |hey |wow |regarde )?(is (this|it) (you|u)|(c est|c|cest) toi) (in|on|dans|sur) (this|the|cete|la) vid"
)


# the writer vouches with the news ("c'est passé à la télé"), asking nothing: a believer's words. (With a
# question anywhere, "… ? c'est passé aux infos paraît-il" is what makes them ask.)
_ON_THE_NEWS = cue_regex(
    r"(c est|c etait|c) pase (a la tele|aux infos|au jt|au journal|sur bfm)(?! (que|qu))|"
    r"(ils|on) (l ont|l a|en ont|en a) (dit|parle) (a la tele|aux infos|au jt|au journal)(?! (que|qu))|"
    r"(it was|it s been|they said it|they talked about it|they said so) on (the )?(news|tv|television)(?! (that|saying))"
)


# a sentence that opens as a question: what it calls "confirmed" or "official" is what it asks about
_ASKS_OPENING = re.compile(r" ?(est ce que|est ce qu|is it|is this|is that|was it|has it|have they|did they|do you know|savez vous|sais tu|c est vrai)\b")


_OR_NOT = re.compile(r"(ou pas|or not|ou non) ?$")


def _asserts_anyway(t: str, text: str = "") -> bool:
    """ "c'est officiel", "it's true": unless said inside the closing question ("C'est officiel ce
    message qui dit … ?") or inside a quotation of the chain (`text`, the raw message: « Coucou c'est
    officiel, signé à 18h12 » ça sert à quelque chose ?)."""
    if _BAIT_OPENING.match(t) and text[:1].isalnum() and "?" not in text.partition("?")[2].lstrip("?"):
        return True  # (a second question, "… should I click?", is someone asking about it)
    if text and _QUOTATION.search(text):
        t = _prepared(_QUOTATION.sub(" ", text))
    if "?" not in t and _ON_THE_NEWS.search(t):
        return True
    m = _ASSERT_ANYWAY.search(t)
    if not m or t[: m.start()].endswith((" ou", " or")):  # "… pour plus avoir de pub ? ou c'est officiel"
        return False
    q = t.find("?", m.end())
    if t[m.end() :].lstrip().startswith("?") or (q > 0 and _OR_NOT.search(t[m.end() : q])):
        return False  # "… c'est officiel ? il faut…", "c'est confirmé par la police ou pas ?"
    opens = max(t.rfind(c, 0, m.start()) for c in ".!?\n") + 1
    if _ASKS_OPENING.match(t[opens:]) and "?" in t[m.end() :]:  # « Est-ce que c'est confirmé … ? ça tourne partout »
        return False
    end = t.rstrip()
    if not end.endswith("?"):
        return True
    start = max(end.rfind(c, 0, len(end) - 1) for c in ".!\n")
    return m.start() < start


def _denies(t: str) -> bool:
    return bool(_DENY.search(t) or _DENY_WORDS.search(t))


# after a question, whose belief prompted it: "? papa thinks he has to pay", « ? ma mère croit que… »
_THEN_WHO_BELIEVES = re.compile(
    r" (my |ma |mon |mes )?[a-z]+( [a-z]+)? (thinks|think|believes|says|keeps saying|is asking|croit|pense|dit|me demande)(?= )"
)


def _bare_question(t: str) -> bool:
    return (
        t.startswith(_INTERROGATIVE_START)
        and not t.startswith((" do not ", " don t ", " is not ", " isn t ", " can t ", " cannot "))
        and not RHETORICAL.search(t)
        and not _passes_on(t)
    )


def _prepared(text: str) -> str:
    """The text as the rules spell it: normalised, unframed, apostrophes restored ("doesnt", "cest"),
    and a hedge's question mark dropped ("$3.99 i think?? post it or get billed" asks nobody)."""
    t = _APOSTROPHE_LESS.sub(r"\1n t", normalise(_unframed(text)).padded)
    t = _HEDGE_MARK.sub(r"\1", t)
    return _FRENCH_ELISION.sub(r"\1 \2", t) if " " in t else t


# after the question, where the asker saw it or what they make of it ("? j'ai vu ça en story
# partout", "? une collègue dit que…", "? le lien a l'air louche")
_SOURCE_TAIL = cue_regex(
    r"(j ai|je l ai|on l a|je les ai) (vu|lu|recu)|(i ve |i )(seen|saw|got) (it|this|that)|(sent|forwarded) (it|this|that) to me|"
    r"(un|une|ma|mon|my|a|his|her) [a-z]+ (dit|dis|says|said|a dit|m a dit|jure|swears)|"
    # someone close already did what it asks: "ma sœur a déjà mis son adresse mail dans le lien"
    r"(ma|mon|my|his|her) [a-z]+( [a-z]+){0,3}? (a |l a |has )?(deja |already )?(mis|poste|posted|clique|clicked|entered|rempli|filled|ouvert|opened|partage|shared|transfere|forwarded|repondu|answered|replied)|"
    # ... or where it goes round: "le lien circule dans le groupe des étudiants"
    r"(le lien|le message|la video|ca|il|elle|the link|the message|it) (circule|tourne|is going round|is going around|is circulating)|"
    r"(le lien|le message|la video|ca|sa|the link|the message|it) (vient|venait|came|comes) (d|de|from) (un|une|mon|ma|a|my|the|le|la) [a-z]+|c est (apres|depuis|a cause de|suite a) (la|le|l|les)|"
    r"(a l air|semble|parait|looks|seems|sounds) (trop |super |very |so |a bit |un peu )?(louche|chelou|bizare|suspect|fishy|sketchy|dodgy|weird|sus|fake)|"
    r"(looks|seems|sounds) like (rubish|nonsense|bs|bul[a-z]*|a scam|a hoax|a fake|fake)|(but )?idk$|"
    r"(svp|stp|pls|plz|please) (repondez|repond|reponds|answer|help|aidez moi|aide moi)|^ (repondez|answer me|help) (svp|stp|pls|please)|"
    r"(that s|it s|thats|its|this is|c est|c) (not|pas) (real|true|vrai|reel)( right| hein| non)?$|"
    r"(je (n y )?comprends|j y comprends|je capte) (rien|pas)|i don t (get|understand) (it|this|any)|"
    # someone about to act on it, or the asker's own doubt: "… ? Ma sœur veut essayer", "… ? je suis pas juriste"
    r"(veut|veux|voulait|wants to|want to|wanna) (essayer|tester|le faire|try|do it|apply|s inscrire)|(je suis|je ne suis|j suis) pas (juriste|avocat|avocate|expert|experte)|i m not a (lawyer|expert)|"
    # others already pass it on: "… demain ? tout le monde poste le « je n'autorise pas »"
    # (not "everyone repost the statement": an order)
    r"(tout le monde|tous mes (amis|potes|contacts)|les gens)( est en train de| sont en train de)? (poste|postent|partage|partagent|publie|publient)|"
    r"(everyone|everybody|all my (friends|contacts)|people)( is| are| keeps?)? (posting|sharing|reposting|sending|forwarding)|(everyone|everybody) (posts|shares|reposts|sends|forwards)|"
    r"(vu|seen) (ca |it |this )?(partout|everywhere|en story|on my feed|dans mon fil)|(je vois|on voit|i see|i m seeing) (ca |it |this )?(partout|everywhere)|vu paser (un|le|ce|des) [a-z]+|(est |vient d )?apar[a-z]*$|(just )?(apeared|showed up|popped up)$|(saw|seen|got) (a|the|this) (message|msg|post|forward|text)|vu (ca |le |la )?(chez|sur) (un|une|le|la|des|mon|ma)|(m a|me l a|l a) (envoye|transfere|partage)"
)


# ... unless the tail is the lure's own order: "is this you?? everybody is sharing it, click quickly"
_LURE = cue_regex(r"(?<!don t )(?<!do not )(?<!pas )(?<!never )(click|clik|cliquez|clique|tap) (quick[a-z]*|fast|vite|now|here|ici|on|sur|the|le)")
# the tail names who said it before what they said: "… ?? Ma belle-sœur au Caire dit qu'il faut envoyer à 10 contacts"
_SAID_BY = cue_regex(r"(ma|mon|my|his|her|a|un|une|notre|our) [a-z]+( [a-z]+){0,3} (dit|dis|says|said|a dit|m a dit|told me) (qu|que|that)")
# … or the message it came in: "Facebook va fermer le 15 mars ?? j'ai reçu un message du « fondateur » qui dit d'envoyer…"
_RECEIVED = cue_regex(
    r"(j ai |j )?(recu|eu) (un|le|ce) (message|msg|sms|texto|mail|post)( [a-z]+){0,6} (qui dit|qui demande|disant)|"
    r"i (got|received|recieved) (a|the|this) (message|msg|text|forward|post)( [a-z]+){0,6} (saying|that says|telling|asking)"
)


def _asks_then_source(t: str) -> bool:
    """A question mark followed only by a short word on where the claim was seen, or a doubt, or by
    who said what the question asks about."""
    last_q = t.rfind("?")
    tail = t[last_q + 1 :]
    if last_q > 0 and len(tail.split()) <= 30 and (_SAID_BY.rx.match(tail) or _RECEIVED.rx.match(tail)):
        return True
    return last_q > 0 and len(tail.split()) <= 12 and bool(_SOURCE_TAIL.search(tail)) and not _LURE.search(tail)


def quotes_a_question(text: str, unquoted: str | None = None) -> bool:
    """Every question mark is inside a quotation ("if someone sends you 'is this you in this
    video??'"): the chain's question, not the writer's. `unquoted`: the text with its quotations
    blanked, when the caller already has it."""
    return "?" in text and "?" not in (_QUOTATION.sub(" ", text) if unquoted is None else unquoted)


def asks_in_words(text: str) -> bool:
    """A question in so many words ("est-ce que…", "legit?"), not just a question mark: the one signal the
    trained model may not overrule. (A bare "is this u in the video" is how a phishing chain itself talks.)"""
    t = _prepared(text)
    asked = bool(QUESTION.search(t)) or (t.startswith(ASKING_START) and "?" in t) or _asks_then_source(t) or any(
        "?" in c and _prepared(c).startswith(ASKING_START) for c in CLAUSE.split(text)[1:4])  # "quick one, is FB…?"
    return asked and not (_asserts_anyway(t, text) or _SPREAD.search(t) or RHETORICAL.search(t))


_VOUCHES = cue_regex(VOUCHES)


def vouches(text: str) -> bool:
    return bool(_VOUCHES.search(_prepared(text)))


def relays_warning(text: str) -> bool:
    """Advice given unconditionally, with no word of a debunk: "méfiez-vous de la vidéo Martinelli,
    elle pirate le téléphone" relays a warning hoax, while "if you get X, call them", "it only sees
    what you send it" or "attention à ce faux message" is advice about the real scam, or a correction."""
    t = _prepared(text)
    return not (t.startswith(_OPENS_WITH_CONDITION) or _DENY.search(t) or _DENY_WORDS.search(t) or _CONDITIONED.search(t))


def _asks_about_quoted_bait(text: str, blanked: str) -> bool:
    """Bait words only inside the quotation, a question in words outside it ("saw 'does anyone
    recognize this lady' in the group. Should I share?"): asked about, not spread."""
    if blanked == text:
        return False
    unquoted = _prepared(blanked)
    return not _SPREAD.search(unquoted) and bool(QUESTION.search(unquoted))


def stance(text: str, *, strict: bool = False) -> str:
    """asserts | asks | denies | advises for one message ("reports" is the checker's call).

    `strict` only counts unmistakable signals (a question, advice, "hoax"/"intox" words): used to
    overrule the cue matcher, whose chain letters are full of negations ("it cannot be stopped")."""
    t = _prepared(text)
    if OPENS_WITH_NO.match(text) or VERDICT_CLOSING.search(text):
        return DENIES
    if strict:
        if _asserts_anyway(t, text) or _SPREAD.search(t):
            return ASSERTS
        if (_HEARSAY.search(t) and not _passes_on(t)) or _asks_then_source(t):
            return ASKS
        end = len(t.rstrip()) - 1
        if MUSING_AFTER.sub("", t.rstrip()).endswith("?") and not RHETORICAL.search(_last_sentence(t, end)) or QUESTION.search(t):
            return ASKS
        q = t.rfind("?")
        if q > 0 and _THEN_WHO_BELIEVES.match(t[q + 1 :]) and not RHETORICAL.search(_last_sentence(t, q)):
            return ASKS  # "… charging Rs 699 for Facebook? papa thinks he has to pay": asked about, not claimed
        if _bare_question(t):
            return ASKS
        if _passes_on(t):
            return ASSERTS
        if _ADVISE.search(t) and (_SCAM_WORDS.search(t) or _OFFICIAL_WAY.search(t)):  # about a scam, or the real way
            return ADVISES
        return DENIES if _DENY_WORDS.search(t) else ASSERTS
    blanked = _QUOTATION.sub(" ", text)
    if _asserts_anyway(t, text) or (_SPREAD.search(t) and not _asks_about_quoted_bait(text, blanked)):
        return ASSERTS
    quoted_q = quotes_a_question(text, blanked)  # (the chain's question, not the writer's)
    if _asks_then_source(t) and not quoted_q:
        return ASKS
    unquoted = _prepared(blanked) if blanked != text else t
    last_q = -1 if quoted_q else t.rfind("?")
    if last_q >= 0 and not RHETORICAL.search(_last_sentence(t, last_q)):
        after = t[last_q + 1 :]
        said = unquoted[unquoted.rfind("?") + 1 :]  # (not the quoted chain's "DOES NOT HAVE MY PERMISSION")
        if (
            _DENY_WORDS.search(said) and not QUESTION.search(t[max(0, last_q - 1) :]) and not after.startswith(_THOUGHT)
        ) or (after.startswith((" no ", " non ", " nope ", " nah ")) and not _JUST_IN_CASE.search(after)):  # "Is it paid? No, an old hoax."
            return DENIES
        if _JUST_IN_CASE.search(t[last_q:]) or (after.startswith(_SHARE_NOW) and not QUESTION.search(t[: last_q + 1])):
            return ASSERTS
        if _CALL_THE_REAL_ONE.search(after):  # "… on a new number asking for money? Call your child on their usual number"
            return ADVISES
        return ASKS
    asked = unquoted if quoted_q else t
    if _JUST_IN_CASE.search(t):  # "… it must work right 😂 anyway better safe than sorry": done all the same
        return ASSERTS
    if QUESTION.search(asked) or (_HEARSAY.search(t) and not _passes_on(t)) or _bare_question(asked):
        return ASKS
    if _passes_on(t):
        return ASSERTS
    if _ADVISE.search(t):
        return ADVISES
    # (a negation inside the quoted notice, "does not have my permission", is the chain's, not the writer's;
    # "Arrêtez avec vos « je n'autorise pas »" needs the quotation to read as a denial)
    quoted = " ".join(m.group(0) for m in _QUOTATION.finditer(text))
    said = unquoted if quoted and _denies(_prepared(quoted)) else t
    if _denies(said) or (t.startswith((" no ", " non ", " nope ", " nah ")) and not t.startswith((" no more ", " no longer ", " no wonder "))):
        return DENIES
    return ASSERTS
