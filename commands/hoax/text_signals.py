"""What the checker reads in a text besides retrieval and stance: platform names, greetings, the
asker's own checking, a compulsory payment, the writer's own page, quotations. Kept apart from
`check.py` so that the decision logic there reads without pages of word lists."""

from __future__ import annotations

import re

from commands.hoax.cue_rules import PLATFORMS
from commands.hoax.normalise import cue_regex, normalise
from commands.hoax.retrieval import QUERY_CHARS

SUBJECTS = frozenset(["facebok", "fb", "meta", "whatsap", "instagram", "insta", "ig", "mesenger", "gogle", "gmail", "youtube", "twiter", "x"])
PLATFORM = {"fb": "facebok", "insta": "instagram", "ig": "instagram", "twiter": "x"}  # one name per platform
# apps no family is about: a question naming one is about that app, never "as if it named" Meta's
OTHER_APPS = frozenset(["discord", "telegram", "signal", "tiktok", "reddit", "linkedin", "twitch", "skype", "viber", "wechat", "slack", "zom"])
# words that open half of all chat messages: a claim's subject ("good morning" pictures), never its name
GREETINGS = frozenset(["morning", "bonjour", "journe", "night", "nuit", "bone", "hello", "salut", "greting", "gretings"])
# French "j'ai", "n'ai", "(je) l'ai", "jl'ai", "je l ai fait/vu…", "je vous ai / t'ai envoyé" are "have", not "AI"
# ("l'AI", capitals, can be "the AI")
JAI = re.compile(
    r"(?i:\b(?:[jn]|jl)\s?['’]\s?ai\b|\b[jn] ai\b|\b[tm]\s?['’]\s?ai\b|\bj?(vous|te|les) ai\b)|\bl\s?['’]\s?ai\b|"
    r"\bl ai (?=fait|vu|recu|reçu|eu|lu|dit|envoye|envoyé|partage|partagé|transfere|transféré|pas|jamais|deja|déjà)"
)
# "everyone will have to pay", "or you lose your account": what no optional offer says. Such a text
# is about the hoax ("Facebook becomes paid for everyone"), not the paid plans nobody has to take.
COMPULSORY = cue_regex(
    r"lose (aces|their acounts?|your acounts?|ur acounts?|the acounts?)|lock(ed)? (you |them |us )?out|"
    r"who (don t|do not|doesn t|does not|won t) pay|or (they|it)( ?l| wil)? (delete|close|suspend|block|kick|ban)s?|"
    r"qui ne (paie|paient|paye|payent|paiera|paieront) pas|"
    r"to (keep|continue) using|no longer fre|no more fre|no fre (option|version|tier|plan)|(plus|pas) d (option|ofre|version) gratuite|"
    r"(prompted|asked) (for|to enter) (your )?(payment|card|credit card)|(won t|wil not|isn t) (be )?fre (anymore|any more)|"
    r"(won t|wil not|can t|cannot) (be able to )?use [a-z ]{0,40}without paying|subscription only|"
    r"(plus|pas) (moyen|possible) d utiliser [a-z ]{0,40}sans payer|fre (era )?is over|la fin du gratuit|"
    r"(faire|fait|fera|vont faire) payer tout le monde|(making|make|makes) everyone pay|(get|be) kicked (of|out)|"
    r"(ton|votre|le|leur) compte [a-z ]{0,20}sera (suprime|ferme|bloque)|"
    r"(everyone|al [a-z]+ users) (wil )?(has|have|must|needs?) to pay|(mandatory|compulsory|forced to pay)|"
    r"perdr[a-z]* (l aces|leur compte|votre compte|son compte|ton compte)|coup[a-z]* (le|son|ton|votre|leur) compte|"
    r"pour continuer a (utiliser|se servir)|fini le gratuit|(ne sera|sera) plus (jamais )?gratuit|(?<!pas )(?<!non )(?<!rien d )obligatoire|"
    r"(?<!personne n est )(?<!pas )oblig[a-z]* (les utilisateurs )?(a|de) payer|(tout le monde|tous les utilisateurs) (devra|devront|va devoir|vont devoir|doit|doivent) payer|"
    r"(force[sd]?|forcing) (every|al|everyone)[a-z ]{0,40} to pay|to kep (their|your|ur|his|her|our|the) (acounts?|profiles?)|"
    # "… 10€ par mois sinon ils ferment ton compte", "… or they kick you off": pay or lose the account
    r"sinon (ils|on) (te |vous )?(ferment|ferme|bloquent|bloque|suprim[a-z]*|coupent|coupe|vire[a-z]*)|"
    r"sinon (on|tu|vous) (ne )?(peut|peux|pouvez) plus|soit (tu|vous|on) (paie|paies|payes|payez|paye) soit|sinon (on a |tu as |vous avez )?plus (d )?aces|"
    r"or (you|u) (get|are|re|wil be) (kicked|locked|blocked|banned|cut of)|"
    # "charging us all £4.99 unless you paste that message": the chain's condition, never the optional plan's
    r"charging (us|you|everyone|everybody) al|unles (you|u) (paste|copy|share|post|repost|forward)[a-z]*|"
    r"sauf si (vous |tu |on )?(copi|col|partag|publi|transfer)[a-z]*|"
    # "paid services for all users in the EU": not an option then
    r"(paid|payan[a-z]*) (services? |apps? )?(for al|for every|pour tous|pour tout le monde)"
)
COMMON_WORD = re.compile(r"acept|entend|hear$|requests$|invitation$|suivi$|file$|publique$|shots?$|sister$|soeur$|maman$|papa$|baby$|bebe$|girl$|garcon$")
# "anybody verified this?", "quelqu'un a vérifié / a une source ?": the asker's own checking, not
# Meta Verified (nor Facebook's "source code")
ASKER_CHECKED = re.compile(
    r"(?i)\b(?:anybody|anyone|someone|somebody|has anyone|did anyone|quelqu['’ ]un|qqn|qq1|vous avez|tu as|t'as|on a|"
    r"y ?['’]? ?a|il y a|is there)"
    r"\s+(?:a\s+|has\s+|have\s+|got\s+|already\s+|d[ée]j[àa]\s+)?(?:v[ée]rifi[ée]e?s?|verified|fact[- ]?checked|checked|"
    r"(?:une\s+|a\s+|an\s+)?(?:source|link|lien)s?(?:\s+officielle?s?|\s+official)?)\b|"
    r"\b(?:sanity|reality|quick|fact)[- ]check\b"
    # ... nor the asker's doubt about their own phone: "de la pub dans WhatsApp ou c'est un bug chez moi ?"
    # asks about ads, not about an outage
    r"|\b(?:ou|or)\s+(?:c['’ ]?est|is\s+it|it['’]?s)\s+(?:juste\s+|just\s+)?(?:un\s+bug|a\s+bug|a\s+glitch)"
    r"(?:\s+chez\s+moi|\s+on\s+my\s+(?:end|side|phone))?"
    # ... nor what the asker saw on a giveaway page: "it has a blue tick", "une page avec le badge bleu"
    r"|\b(?:une\s+|la\s+|a\s+|the\s+)?page\s+(?:avec|with)\s+(?:le\s+|un\s+|a\s+|the\s+)?(?:blue\s+tick|badge\s+bleu|coche\s+bleue)"
    r"|\b(?:it|the\s+page|page|elle|la\s+page)\s+(?:has|a|got|is)\s+(?:a\s+|le\s+|la\s+|un\s+|une\s+)?(?:blue\s+tick|blue\s+check(?:mark)?|badge\s+bleu|coche\s+bleue|verified(?:\s+badge)?|certifi[ée]e?)"
    # ... nor where the asker saw it: "saw a screenshot", "j'ai vu une capture d'écran" (not the third tick's)
    r"|\b(?:saw|seen|got)\s+(?:a|the|this|it\s+in\s+a)\s+screenshot\b|\bj['’ ]?ai\s+vu\s+(?:une|la|cette)\s+capture(?:\s+d['’ ]?[ée]cran)?"
    # ... nor "une vraie annonce ou une rumeur ?", which asks whether it is true, not about an announcement
    r"|\b(?:une\s+)?vraie\s+annonce\s+ou\s+(?:une\s+)?rumeur|\b(?:a\s+)?real\s+announcement\s+or\s+(?:a\s+|just\s+a\s+)?rumou?r"
)
# "we're closing our Facebook group", "je ferme la page de la boutique", "my insta is on private
# now", "j'ai acheté un vélo chez Decathlon": the writer's own page or shopping, which is news about
# them, not the claim that Facebook closes or a shop gives bikes away
OWN_CLOSURE = cue_regex(
    r"(my|mon|ma|our|notre) (insta|instagram|acount|compte|profile|profil|page)( [a-z]+){0,2} (is|est) (now )?(on |en )?"
    r"(private|prive|privee|public|publique)|"
    r"(my|mon|ma|our|notre) (abonement|subscription|forfait|plan)( [a-z0-9]+){0,3} (passe|augmente|goes up|went up|is going up|increases|increased)|"
    r"(we re|we are|were|i m|im|i am|i wil|we wil|je|on|nous) (closing|shutting down|shutting|closing down|close|shut down|"
    r"ferme|fermons|vais fermer|allons fermer|va fermer|suprime|suprimons) (down )?(our|my|the|notre|ma|mon|la|le|nos|mes)"
    r"( [a-z]+){0,3} (page|group|groupe|shop|store|boutique|business|comerce|asociation|club)|"
    r"(our|my|the|notre|ma|mon|la|le) (facebok |fb |insta |instagram |whatsap )?(group|groupe|shop|boutique|club)( [a-z]+){0,3} "
    r"(is|wil be|est|va|sera) (closing|shutting|fermer|fermee|fermera|ferme)|"
    r"(j ai|i) (achete|bought|comande|ordered) (un|une|des|mon|ma|a|an|some|my)(?! (valise|suitcase|luggage|bagage|lost))|"
    # « j'ai désactivé les confirmations de lecture », "I turned off read receipts": the writer's own settings
    r"(j ai|i|i ve|je) (desactive|disabled|turned off|switched off|deactivated|active|enabled|turned on) "
    r"(les|mes|la|le|my|the|ses|his|her) (confirmations?|acuses?|read receipts|notifications?|notifs?|options?|parametres?|setings?)"
)
# "je vais fermer mon compte Facebook", "my sister deleted her account": someone leaving, not Facebook
# closing — though the reason given may state a claim ("… car Facebook devient payant, partagez")
OWN_ACCOUNT_CLOSURE = cue_regex(
    r"(je|i m|im|i am|i wil|i l) (vais |going to |gona )?(fermer|ferme|suprimer|suprime|delete|deleting|close|closing|quit|quiting) "
    r"(mon|my) (facebok |fb |insta |instagram )?(compte|acount|profil|profile)|"
    # "I'm closing my facebook for a month": the writer leaving for a while
    r"(je|i m|im|i am|i wil|i l) (vais |going to |gona )?(fermer|ferme|close|closing|delete|deleting|deactivate|deactivating) (mon|my) (facebok|fb|insta|instagram)(?= (for|til|until|pendant|jusqu|this|ce|cete))|"
    r"(closed|deleted|deactivated|ferme|suprime|desactive) (her|his|my|their|son|sa|mon|leur) (facebok |fb |insta |instagram )?(acount|compte|profile|profil|page)|"
    r"(deleting|quiting|leaving|taking a break from|giving up) (facebok|fb|insta|instagram|social media|whatsap) (for|til|until|during|over)|"
    r"(i|i ve|j ai) (just )?(deleted|uninstalled|removed|quit|suprime|desinstalle|efface) (facebok|fb|insta|instagram|whatsap|the ap|l apli)|"
    r"(deleted|uninstalled|removed|suprime|desinstalle|efface) (facebok|fb|insta|instagram|whatsap|the ap|l apli)( [a-z]+){0,2} "
    r"(off|from|de|du) (my|me|mon|ma) (phone|telephone|tel|portable|iphone|mobile)"
)
# "Facebook recorded a record quarter", « Meta enregistre un bénéfice record »: a record set, the
# finance chat this bot lives in, not a call or a chat recorded ("the government records your calls")
RECORD_SET = cue_regex(
    r"(recording|records|recorded|record|enregistre|enregistrent|enregistrait|a enregistre)( [a-z]+){0,3} "
    r"(records?|best|worst|highest|lowest|biggest|strongest|meilleure?s?|pire|plus (haut|bas|gros|forte?)s?)|"
    r"records? (high|low|quarter|year|month|week|profits?|revenues?|sales|earnings|results|growth|numbers|capex|spending|"
    r"investments?|income|usage|users|engagement|margins?|levels?|trimestre|annee|mois)|"
    r"(benefices?|chiffre d affaires|resultats?|trimestre|hausse|baisse|croissance|investissements?|depenses?|capex|ventes|revenus?) records?|"
    r"(a|an|un|new|nouveau|all time|historic|historique|another) record|record (breaking|battu)|"
    r"(breaks?|broke|set|sets|bat|battu|beat) (a |un |the |le |another |new |nouveau |its |their |son )?record"
)
# « ma cousine s'est fait voler son natel », "I got my phone stolen": a theft told, which the
# spread model reads as a warning about SIM swaps or location sharing; a chain warns of one to come
OWN_THEFT = cue_regex(
    r"(s est|se sont|me suis|t es|s etait|m a|on m a|on lui a) (fait )?(vole|voler|piquer|pique|arracher|arache|tirer) "
    r"(son|sa|ses|mon|ma|mes|ton|ta|tes|leur|leurs)|"
    r"(got|had|get) (my|his|her|their|our) [a-z]+ (stolen|nicked|snatched|pinched)|(my|his|her|their) [a-z]+ (got|was) (stolen|nicked|snatched|pinched)"
)
# "someone sent me a link asking if this is me in the video??": the writer tells of a scam request
# received, however close to its words, rather than making it (not the scam's own "I got a new
# phone", « j'ai eu un problème »: what was received is a message)
RECEIVED = cue_regex(
    r"(sent|texted|messaged|forwarded|dmed|dm d) (me|us|my [a-z]+)|"
    r"(i|we|she|he|they) (just )?(got|received|recieved) (a|this|the|that|an) (message|msg|text|link|sms|dm|email|mail)|"
    r"(m|nous|lui|t) a (envoye|transfere|ecrit)|on m a (envoye|transfere|ecrit)|"
    r"(j ai|on a|il a|elle a) (recu|eu) (un|une|le|la|ce|cet|cete) (message|msg|texto|sms|lien|mail|courriel)|"
    # the one asked reports it: « on me demande le code à 6 chiffres, je l'envoie ? »
    r"on me demande|(ils|il|elle|they|he|she|someone) (me demandent|me demande|(is |are |s |re )?asking me|asked me)"
)
# chat spellings of WhatsApp ("wsp payant ?"): the statements say "WhatsApp", and retrieval would
# find nothing to compare (the cue matcher already knows these as the platform)
# (the cue matcher's own spellings, less the bare "wa"/"whats" and the product "whatsappgold")
WHATSAPP_SPELLING = re.compile(
    r"(?<![\w])(?:" + "|".join(sorted(set(PLATFORMS["whatsapp"][1]) - {"whatsapp", "wa", "whats", "whatsappgold"})) + r")(?![\w])",
    re.IGNORECASE,
)
# "Facebooks going to charge…", "instagrams new rule" (the possessive without its apostrophe): the
# statements say "Facebook", "Instagram"
_FACEBOOK_SPELLING = re.compile(r"(?<![\w])(facebook|instagram)s(?![\w])", re.IGNORECASE)


def statement_spelling(text: str) -> str:
    """The apps' names spelled as the claim statements spell them, so retrieval can compare."""
    return _FACEBOOK_SPELLING.sub(r"\1", WHATSAPP_SPELLING.sub("whatsapp", text))


# a quotation: what a question asks about, and what no scam passing on its request puts in quotes;
# inside single quotes an apostrophe between letters is an elision ('C'est toi dans la vidéo ?')
_LETTER = r"[^\W\d_]"
QUOTED = re.compile(
    r"«\s*([^»]{8,200}?)\s*»|“([^”]{8,200})”|\"([^\"]{8,200})\""
    rf"|(?<!{_LETTER})'((?:[^']|(?<={_LETTER})'(?={_LETTER})){{8,200}})'(?!{_LETTER})"
)
SENTENCE = re.compile(r"[.!?;\n]+|, (?:vu|since|because|car|parce)")
# "c'est pas obligatoire du tout", "it's optional": the writer says the paid plan is optional —
# the optional plan's story, not "Facebook becomes paid"
OPTIONAL_SAID = cue_regex(
    r"(?<!pas )(?<!not )(optional|facultati[a-z]*|optionel[a-z]*)|"
    r"(pas|not|isn t|is not|n est pas) (du tout |at al |realy )?(obligatoire|mandatory|compulsory|required)|"
    r"nobody has to pay|personne n est oblige|rien d obligatoire|nothing (is )?(mandatory|compulsory)|"
    # the EU consent screen: "un écran qui me demande de choisir", "a popup asking me to choose"
    r"demande de choisir|asks? (me |you |us )?to choose|(choisir|choose) entre|(choice|choix) (between|entre)|"
    # « … mais seulement pour ceux qui refusent la pub »: the ad-free plan, paid only by who wants it
    r"(seulement|uniquement|only) (pour|for) (ceux|celles|les utilisateurs|users|those|people)( [a-z]+){0,2} (qui|who) (refusent|refuse|ne veulent pas|don t want)( [a-z]+){0,3} (la pub|les pubs|pub|publicite|ads|adverts|advertising)"
)
# the writer calls what they describe a scam ("anyone sending you a number to pay a fine is a
# fraudster", « c'est l'arnaque connue ») — squeezed spelling, never "not a scam" / « pas une arnaque »
CALLS_IT_A_SCAM = cue_regex(
    r"(?<!for )(?<!not )(?<!not a )(?<!no )(?<!pas )(?<!pas une )(?<!pas d )(?<!aucune )(?<!isn t a )(?<!never a )"
    r"(scam(s|ers?|ing|mers?|ming)?|arnaque[s]?|fraudsters?|fraudeurs?|escroc[s]?|escroquerie[s]?|phishing|hameconage)(?![a-z])"
)
# ... except the doubt a believer was won over from ("je croyais que c'était une arnaque mais…")
DOUBT_OVERCOME = cue_regex(
    r"(thought|believed|was sure|croyais|pensais|etais sur[e]?|j ai cru)( that)?( it| this| que)?( was| c etait| c est| etait)?( a| une| un)? "
    r"(scam|arnaque|fraud[a-z]*|escroquerie)"
)
# advice in the form "if they ask X, don't Y" (« si un contact vous réclame un code, ne répondez pas »):
# the antidote to a scam request, which only a warning hoax (Jayden K. Smith) words that way
CONDITIONAL_ADVICE = re.compile(
    r"(?i)(?:^|[:.!?]\s*)(?:si|if)\b[^,;.!?]{5,160},\s*(?:ne\b|n['’]|don['’]?t\b|do not\b|never\b|jamais\b)"
)
# a plea to share (a found pet's or a missing child's post), squeezed spelling
SHARE_PLEA = cue_regex(r"(?<!don t )(?<!dont )(?<!do not )(?<!ne )(?<!pas )(partag(ez|er)|share( it| this| please| pls| svp)?|repost|faites (tourner|circuler)|diffusez)")
# ... with comments turned off, the bait post's hallmark (no one can say it is fake under it)
COMMENTS_OFF = cue_regex(
    r"(ne peux|ne peut|peux pas|can t|cannot|can not|unable to)( pas)? (commenter|comment|repondre|reply)|comments? (are |is )?(off|closed|disabled|turned off)|"
    r"commentaires? (sont )?(fermes|desactives|bloques|off)"
)
# "do I have to pay for Instagram now?": asking whether paying is compulsory
PAY_ASKED = cue_regex(
    r"(do|must|wil|should) (i|we|you|they|people) (realy |actualy )?(have to|need to|must|got to) pay|"
    r"(on doit|je dois|faut il|faudra t il|faudra|faut|il faut) (vraiment )?payer|(oblige|obliges|obligee|obligees) (de|a) payer|"
    # "is facebook not free anymore in europe?": the EU's optional plan is what is asked about
    r"(not|no longer|plus|pas) (fre|gratuit[a-z]*)( anymore| any more| du tout)? (in|en|dans) (europe|the eu|l ue|l europe)"
)


# a word written with a capital, unless it follows "comme" / "like": "… ou c'est comme WhatsApp Gold"
CAPITALISED = re.compile(r"(?<![\w'’])[A-Z][\w'’-]+")
COMPARED = re.compile(r"\b(comme|like|as with|genre)\s+(\w+\s+)?$", re.I)


def capitalised(text: str) -> set[str]:
    """The words of `text` written with a capital, as `normalise` spells them (names: "Lidl", "Afriquia"),
    leaving out a name given only to compare."""
    return {w for m in CAPITALISED.finditer(text[:QUERY_CHARS]) if not COMPARED.search(text[: m.start()])
            for w in normalise(m.group()).tokens}


def quotations(text: str) -> list[str]:
    """What the text quotes, three words or more (not a setting's one-word name)."""
    found = (next(g for g in m.groups() if g) for m in QUOTED.finditer(text))
    return [q for q in found if len(q.split()) >= 3]


def product_words(words: tuple[str, ...]) -> set[tuple[str, str]]:
    """(app, word) for the words right after an app's name ("whatsap gold", "instagram pink")."""
    return {(PLATFORM.get(prev, prev), w) for prev, w in zip(words, words[1:], strict=False) if prev in SUBJECTS}


def calls_it_a_scam(text: str) -> bool:
    """The writer calls what they tell of a scam ("anyone sending you a number to pay a fine is a
    fraudster"); quotations are the scam's own words, and a believer's overcome doubt is no verdict."""
    padded = normalise(QUOTED.sub(" ", text)).padded
    return bool(CALLS_IT_A_SCAM.search(DOUBT_OVERCOME.sub(" ", padded)))
