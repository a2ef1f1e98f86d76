"""Words a chain uses to get itself passed on, and a writer uses to say they passed it on anyway.

`stance` reads them as asserting the claim, whatever negations surround them (chain letters are full
of "don't ignore this"). Kept apart from `stance.py` for the same reason as `deny_words.py`: these
lists grow with every phrasing, while the rules that combine them do not.

Raw pattern fragments: `stance` compiles them through `cue_regex`, which squeezes letters the same way
`normalise` does ("will" -> "wil").
"""

from __future__ import annotations

# an offer closing on its own recruiting call ("… my friend pays tomorrow, who else wants?"): a
# believer passing it on, not a question about it
RECRUITING_CALL = (
    r"((who else|qui d autre) (wants?( in| to (join|go|apply))?|is in|s in|veut( venir| y aler| participer)?|est partant[a-z]*)"
    r"|(anyone|any1|who) wants? (the|their|his|her|my) (number|contact|link|details)( ?[?!]+)?( i l+| i wil)?( share| send| give)?( it)?) ?[?!]* ?$"
    # an offer put as a question: "Anyone in Kochi want easy part time job? Just like videos…"
    r"|(anyone|anybody|who)( here| in [a-z]+)? (want|wants|needs?|looking for) (an |a )?(easy |extra |simple )?(part ?time |online |side )?(job|work|income)"
)
# a call to spread before the message "disappears" is spreading, whatever negations surround it
SPREAD = (
    RECRUITING_CALL + "|"
    # "everybody at church should do it too": the notice recommended to all
    r"(everybody|everyone|every1|all of you|tout le monde)( [a-z]+){0,3} (should|must|doit|devrait) (do it|do the same|post it|faire pareil|faire de meme|le faire)( too| aussi| as wel)?(?![a-z ]{0,12}\?)|"
    r"partagez (le |la |les )?(avant|vite|un max|massivement|a tous)|faites (tourner|circuler)|faites pas(er|ez) (le|ce) (message|mot)|"
    r"(peux tu|pouvez vous|pourais tu|pouriez vous) (diffuser|partager|faire tourner) (ce|cet|cete) (lien|message|post)|"
    r"(anyone|any1|who|qui|quelqu un|qqn) (wants?|veut|veux|neds?|a besoin)[^?]{0,60}\?[^?]{0,120} (link|lien)|"  # an offer with its link
    # a gift-exchange chain recruiting: "Ladies, who wants in?? You only have to buy ONE gift…"
    r"(who wants in|who s in|qui est partant[a-z]*|qui veut (participer|en etre))[ ?!]*[^?]{0,160} (gifts?|cadeaux?|send|envoy[a-z]*|buy|achet[a-z]*)|"
    r"(gifts?|cadeaux?|exchange|echange)[^?]{0,120} (who wants in|who s in|who is in|qui est partant[a-z]*|qui veut participer)|"
    r"(anyone|any1|who s|who is|any (ladies|girls|women|moms|mums|of you)) interested( in)?[^?]{0,60}\?[^?]{0,160} (gifts?|buy|send)|"
    r"(?<!n t )(?<!not )share (it |this )?(before|now|with everyone|widely)|"
    # the chain already done: "I've sent to 10 already 🔵", « je l'ai déjà envoyé à 10 personnes »
    r"(i ve|i have|ive) (already )?(sent|forwarded|shared) (it |this )?to [0-9]+( [a-z]+)?( already)?|(je l ai|j ai) deja (envoye|transfere|partage) (a|dans) [0-9]+|"
    # the offer tried and passed on: "j'ai droit à l'illimité, vous aussi vérifiez vite"
    r"(vous aussi|toi aussi|you guys|y al|you al|u al) (verifiez|verifie|checkez|check|testez|try) (vite|now|quick|asap|yours)|"
    # a request phrased as a question: "Can everyone please bump this, poor boy was hit by a car…"
    r"(can|could) (everyone|everybody|every1|you al|y al|u al|you guys|yal) (please |pls |plz )?(bump|share|repost|forward)|"
    # the closing order, bare: "… hacks your entire facebook. forward to all"
    r"(?<!don t )(?<!do not )(?<!never )(?<!not )(forward|share|send) (it |this )?to al( your (friends|contacts))? ?$|"
    r"avant (que|qu) (ce|ca|il|elle|le post|la video) (ne )?(soit|soient|sera) (censure|suprime|eface|retire)|"
    # the found-person bait's own opener ("Does anyone recognize this lady? She showed up at our house…"), and
    # the video bait's urgency ("is this you in this video?? everybody is sharing it already")
    r"(does|do) (anyone|anybody|any1|someone) (recogni[sz]e|know) (this|these) (lady|woman|man|gentleman|boy|girl|child|kid|litle [a-z]+|old [a-z]+|elderly [a-z]+|dog)|"
    r"(quelqu un|qqn) (reconnait|conait) (cete|ce|cet) (dame|femme|monsieur|homme|garcon|fillete|enfant|petit|petite|chien|papy|mamie)|"
    r"(everybody|everyone|every1) (is |s )?(sharing|shares) (it|this) (already|al over|omg|lol)|tout le monde (la|le) partage (deja|partout)|"
    r"before (it s|it is|they|this is|it gets) (deleted|censored|removed|taken down)|"
    # doubting it, then passing it on all the same: "j'y crois moyen mais je l'ai fait quand même"
    r"(mais|but) (je l ai|j l ai|jl ai|i) (fait|did|partage|shared|posted|copied|copie|transfere|forwarded)( it)? (qd meme|quand meme|anyway)|"
    r"(mais|but) (moi|me) (je l ai|j l ai|jl ai|j ai|i) (fait|partage|poste|copie|publie|transfere|posted|shared|copied)|"
    r"(on sait jamais|on ne sait jamais|dans le doute|you never know),? (je|j|i m|i ll|im) (le |la |l )?(partage|transfere|poste|envoie|repartage|publie|sharing|posting|forwarding|share|post|forward)|"
    r"(donc|alors|so) (je le|j le) (fais|transfere|partage|envoie)|so i m (doing it|forwarding it|sharing it|pasing it on)|"
    # the copyright notice's own closing, "copy n paste dont share" (pasted, not shared, so it "counts")
    r"(?<!don t )(?<!dont )(?<!not )(?<!never )(copy|copiez|copier) (n |and |an )?(paste|colez|coler) (don t|dont|do not|ne) (share|partagez)|"
    # passed on to the groups already: "… waiting for my bundle, I shared to the groups already"
    r"(?<!not )(?<!never )i (already )?shared (it |this )?(to|with|in) (the|my|al my|al the) groups|"
    r"faites pareil|faites de meme|(pls|please|plz|svp|stp) do the same|forwarding (it |this )?to everyone like it says|"
    # done, said last with the subject dropped: "… so why not, copied it already"
    r"(copied|shared|posted|reposted|forwarded|pasted) it already$|(i ve|i have|i) already (copied|shared|posted|reposted|forwarded|pasted|did) it|"
    # the giveaway chain's own hedge: "if it's a hoax, no loss"
    r"if (it s|its|it is|this is) (a hoax|fake|not true|false),? (no los|nothing lost|no harm)|"
    r"si c est (faux|un fake|une intox|un canular),? (rien de perdu|tant pis|pas grave)"
)
# The chain's own call to pass it on ("forward this to 6 friends", "envoyez ce message à 15
# personnes"): spreading, whatever negations the chain also holds ("it can't be sold", "ne l'ouvrez pas").
PASS_ON = (
    # (not the chain's request reported: "asks you to share it to 30 people")
    r"(?<!don t )(?<!do not )(?<!never )(?<!not )(?<!asks you to )(?<!tels you to )(?<!asking you to )"
    r"(forward|share|send|repost|copy( and)? paste|pass) (this|it|the message|this message|this post|on)( [a-z]+){0,3} "
    r"(to|with) ([0-9]+|al|every|everyone|everybody|your|at least)|comment (done|i m in|yes)|like this page|"
    r"(?<!don t )(?<!do not )(?<!never )(?<!not )(forward|share|send) (it |this )?to (everybody|everyone) you know|"
    r"(?<!don t )(?<!do not )(?<!never )(?<!not )copy (this|it) and (post|paste|share) (it )?(on|to) (your|ur) (own )?(wal|profile|timeline|story)|"
    # (an order, not what the scam does: "it sends itself to all your friends")
    r"(?<!don t )(?<!do not )(?<!never )(?<!not )(?<!wil )(?<!they )(?<!it )(?<!itself )(?<!hackers )(?<!scamers )(forward|share|send)( it| this)? to al (your|ur|of your) (friends|contacts|groups|family)|"
    r"(?<!don t )(?<!do not )(?<!never )(?<!not )(?<!stop )(forwarding|sending|sharing) (it|this) to (you al|y al|al of you|everyone|everybody)|"
    r"(?<!don t )(?<!do not )(?<!never )(?<!not )(?<!dont )pas (it|this) on(?! to (your|the) (kids|children|grandchildren|next))|"
    # (not what the scam does by itself: « après ça envoie le même message à tous vos amis »)
    r"(?<! ca )(?<! sa )(?<! qui )(?<! il )(?<! ils )(?<! elle )(?<! lien )(?<! compte )"
    r"(envoyez|envoie|transmetez|transmetre|transferez|transfere|partagez|partage|copiez|colez|fais passer|faites passer|fais lui paser|faites lui paser|fais suivre|faites suivre)"
    r" (ce|le|la|ceci|cete|ces)( [a-z]+)? (message|msg|texte|publication|post|avertisement|info|chaine)"
    # (passed on to the place that collects reports: « transférez le message à suspect@safeonweb.be »)
    r"(?! (a|au|to) (suspect|signal|report|phishing|spam|pharos|7726|33700|la police|the police))|"
    r"(repost|share|post|forward|partage|partagez|reposte|repostez|publie|publiez) (the|this|le|ce|cete|la) "
    r"(notice|message|texte|text|post|publication|truc)( [a-z]+){0,4} (so|sinon|or|otherwise|pour que|pour qu)|"
    # (an order, not "tout le monde le transfère à tout le monde": what others do)
    r"(?<! ne )(?<! n )(?<! le )(?<! la )(?<! les )(?<! l )(?<! il )(?<! elle )(?<! on )(?<! ils )(?<! monde )(?<! gens )(?<! qui )"
    r"(transfere|transferez|partage|partagez|envoie|envoyez|transmetez|fais passer|faites passer|pasez) (le |la |ca |les )?"
    r"a (tout le monde|[0-9]+ (personnes|contacts|amis|groupes|proches)|(tous )?(tes|vos) (contacts|amis|groupes|proches|connaissances|familes)|(toutes|tous) (les|vos|tes) (femes|files|mamans|meres|amies|amis|proches|personnes))|"
    r"(?<!no )(?<!not )(?<!don t )(?<!n )(faut|il faut|oblige de|obligee de|must|have to|need to|got to) "
    r"(le |la |les |l )?(partager|renvoyer|envoyer|transferer|repost|share|forward|copier)"
)
# passing it on "just in case", after asking whether it is true: "… apparently?? sending to you
# just in case", "… si on transfère pas ? Je te l'envoie au cas où", "…?? no harm in trying"
# a believer won over: "I thought it was a hoax but they said it on Good Morning America"
BELIEVER_TURN = (
    r"(i thought|i tho|je croyais|je pensais)( that)? (it was|it s|c etait|que c etait) (a |an |un |une )?"
    r"(hoax|fake|scam|joke|faux|arnaque|blague)[, ]+(but|mais) (they|it|then|now|on|ils|c est|c|en fait|actualy|it s|its)"
    # ... or overruling a relative's verdict ("ma fille dit que c faux mais si Facebook devient payant…")
    r"|(ma|mon|my) [a-z]+ (dit|says|said) (que |that )?(c est |c |it s |its )?(un |une |a )?(hoax|fake|scam|faux|arnaque|canular)[, ]+"
    r"(but|mais) (si|if|moi|me|i|au cas ou|just in case)"
)
JUST_IN_CASE = BELIEVER_TURN + "|" + (
    r"(sending|forwarding|pasing) (it |this |dis )?(to you |to u |on |to everyone |to al (my )?contacts )?(just )?in case|"
    r"(je|j) (te|vous) (l )?(envoie|transfere|partage|fais suivre) (au cas ou|par precaution|on sait jamais)|"
    r"(but|mais) (just )?in case (copy|share|post|forward|repost|pas)|(mais|alors) au cas ou (copie[rz]?|partage[rz]?|transfere[rz]?|cole[rz]?|publie[rz]?|envoie[rz]?)|"
    r"(don t|dont|do not) say i (didn t|didnt|did not) (tel|warn)|(ne )?(dites|dis) pas que je (ne )?(vous|t) (ai|avais) pas prevenu|"
    r"no harm in (trying|sharing|posting)|nothing to lose|rien a perdre|beter safe than sory|mieux vaut prevenir|(doesn t|doesnt|does not|won t|wont|can t|cant|wouldn t) hurt to (try|share|post|copy|repost)|"
    r"au cas ou (c est|ce serait|ca serait) vrai|(just )?in case (it s|its|it is) (true|real|legit)|"
    r"(shared|posted|forwarded|sent|reposted|copied|pasted) (it|this|dis|that|the( [a-z]+){0,8} thing)( [a-z]+){0,2} (just )?in case|"
    # after the question, the chain's own order ("… ?? Faut mettre le texte en story avant minuit sinon c'est
    # trop tard"; not "Faut mettre le texte avant minuit ?", which asks)
    r"(faut|il faut) (le |la |les )?(mettre|poster|publier|partager|copier|coler|reposter)[a-z ]{0,40} (avant minuit|avant ce soir|sinon c est trop tard)|"
    # after the question, the writer already did what the chain asks: "… ?? already did it lol"
    # (the writer, not "? mon fils l'a déjà fait" nor "? she already shared it")
    r"(?<!he )(?<!they )(?<!mum )(?<!mom )(?<!dad )(?<!lola )(i |i ve )?already (did it|done it|reposted it|shared it|posted it)|(je l ai|j ai) deja (fait|reposte|partage)|"
    # ... or already claimed the offer ("I don collect mine"), or hopes it comes (« Inch'Allah ça va tomber »)
    r"(i|me i) (don |have |ve |just )?(colected|colect|claimed|got|received) mine|(inch ?alah|inshalah|insha alah) (ca|sa|it) (va|wil) (tomber|venir|marcher|come|work)|"
    # ... and tells the others to do the same: "i posted the thing, u guys should too"
    r"(you|u) (guys |al |lot |people )?should (too|as wel|also)|(vous|tu) devriez (aussi|faire pareil|faire de meme)"
)

# the writer taking the lure's own step, which no warning or debunk does: "lemme log in real quick and
# see", "just had to confirm my login on their form" (in squeezed spelling: "pasword", "conecter")
FALLS_FOR = (
    r"(?<!not )(?<!never )(?<!t )(leme|let me|lemme|gona|gonna|going to|about to|i l|il) (just )?(log ?in|sign ?in|login)( real quick| quickly| now| rn)?|"
    r"(just |only )?(had|have|need) to (confirm|enter|put in|type) (my|me) (login|log in|pasword|details|email and pasword)"
)

# the spreader says the notice works ("ça protège légalement", "at least I'm covered"): a believer's
# words, whatever the trained model makes of the rest ("jsuis pas fan des chaînes mais…")
VOUCHES = (
    r"(ca|it|this|that|sa|cela) (protege|protects?|covers?)( (me|you|us|nous|vous|te|moi|u))? (legalement|legaly|juridiquement)|"
    r"(au moins|at least) (c est|c|it s|its) (legal|legit)|"
    r"(au moins|at least|now|maintenant) (je suis|i m|im|i am|we re|on est) (legaly |legalement |juridiquement )?"
    r"(protege|protegee|protected|covered|couvert|couverte)|"
    # a believer's proof: "un pote m'a filé le lien", "ça a l'air officiel", "it really helps them", "my aunt just
    # won … for sharing" (not "ma sœur a gagné un concours au Carrefour")
    r"(un|une|mon|ma) (pote|ami|amie|copain|copine|cousin|cousine|frere|soeur|colegue) m a (file|envoye|pase|done|partage) le lien|"
    r"(ca|sa|it|this) (a l air|looks|seems) (oficiel|oficiele|legit|oficial|real|vrai)|(so|donc) (it |ca |c )?(must be|doit etre) (true|real|vrai)(?!,? (right|non))|(says|said) (it s|its|it is) (real|true|legit)(?! (or|ou))|(it|this|that) realy (helps|works)|ca marche vraiment|"
    r"(my|ma|mon) (aunt|aunty|mum|mom|sister|cousin|friend|neighbour|neighbor|uncle|tante|soeur|cousine|cousin|voisine|voisin|pote)( [a-z]+){0,2} (just )?(won|a gagne)"
    r"[a-z0-9 ]{0,50} (for|by|just by|juste en|en|pour avoir) (sharing|partageant|partage|liking|commenting|comentant|reposting)"
    # ... or was already paid ("my neighbour in Umlazi got paid yesterday")
    r"|(my|ma|mon) (aunt|aunty|sister|cousin|friend|neighbour|neighbor|uncle|tante|soeur|cousine|voisine|voisin|pote)( [a-z]+){0,3} "
    r"(got paid|has been paid|a ete payee?|a (deja )?recu (l argent|son argent|le virement|ses sous))"
    # the writer passing the chain on, in the first person ("forwarding it to you all")
    r"|(i m |im |i am )?(forwarding|sending) (it|this) to (you al|y al|al of you)|"
    # ... and urges the others to do the same ("you should all do it too")
    r"(you|u) (guys |al |lot |people )?should (al )?(do it|do the same|do this|post it|copy it|share it)( too| as wel)|" + RECRUITING_CALL
    + "|" + BELIEVER_TURN + "|" + FALLS_FOR
)
