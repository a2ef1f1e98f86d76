"""The cue matcher's rules: platform names, chain-letter markers and counter-cues.

Patterns are written over *normalised* text (see `normalise.py`: lower case, accents folded,
letters squeezed) and squeezed the same way when compiled (`cue_regex`). All are linear-time
shapes: bounded gaps, no nested quantifiers.
"""

from __future__ import annotations

import re

from commands.hoax.normalise import cue_regex, normalise, squeeze


def _rx(pattern: str) -> re.Pattern[str]:
    return cue_regex(pattern)


# --- platforms: quick-pass alias tokens (unsqueezed and squeezed) and full-text regexes --------------
PLATFORMS: dict[str, tuple[str, tuple[str, ...], str]] = {
    # name: (display, quick tokens, regex over normalised text)
    "whatsapp": (
        "WhatsApp",
        (
            "whatsapp",
            "whatsap",
            "watsapp",
            "watsap",
            "whatapp",
            "wathsapp",
            "wapp",
            "wa",
            "whats",
            "whatsappgold",
            "whatssapp",
            "wtsp",
            "wtsap",
            "wsp",
            "ouatsapp",
            "ouatsap",
        ),
        "whats ?app|watsapp|whatapp|wathsapp|wats app|wa|wapp|whatsappgold|wtsp|wtsap|wsp|ouats ?app",
    ),
    "facebook": (
        "Facebook",
        ("facebook", "facebooks", "facebok", "fb", "fcbk", "fessebouc", "facebouk", "fbook", "zuckerberg", "zuck"),
        "facebooks?|face book|fb|fcbk|fessebouc|fesse bouc|facebouk|fbook|zuckerberg|zuck",
    ),
    "meta": ("Meta", ("meta", "zuckerberg"), "meta|zuckerberg"),
    "instagram": (
        "Instagram",
        ("instagram", "instagrams", "insta", "ig", "instagramm", "mosseri"),
        "instagrams?|insta|ig|mosseri",
    ),
    "messenger": ("Messenger", ("messenger", "mesenger"), "messenger"),
    "msn": ("MSN", ("msn",), "msn|windows live|live messenger"),
    "hotmail": ("Hotmail/Outlook", ("hotmail", "outlook", "hotmai"), "hotmail|outlook|live com"),
    "gmail": ("Gmail", ("gmail", "googlemail"), "gmail|google mail|g mail|googlemail"),
    "google": ("Google", ("google", "gogle"), "google"),
    "youtube": ("YouTube", ("youtube", "yt"), "youtube|you tube|yt"),
    "snapchat": ("Snapchat", ("snapchat", "snap"), "snapchat|snap"),
    "microsoft": ("Microsoft", ("microsoft", "msft", "gates"), "microsoft|msft|bill gates|gates"),
    "aol": ("AOL", ("aol",), "aol"),
}
PLATFORM_RX = {name: _rx(p[2]) for name, p in PLATFORMS.items()}


def detect_platforms(text: str) -> list[str]:
    norm = normalise(text).text
    return [name for name, rx in PLATFORM_RX.items() if rx.search(norm)]


# Chain-letter words that send an anchor-less message to full normalisation (obfuscated names).

# --- message-wide cues (patterns over normalised text; squeezed at compile time) ---------------------
NUM = "([0-9]+|ten|fifteen|twenty|dix|quinze|vingt|al|every[a-z]*|tou[st]|toutes|as many|le plus de|max)"
PEOPLE = (
    "(contacts?|people|friends|personnes|amis|groups?|groupes|users?|utilisateurs|members?|membres|gens|"
    "potes|conversations|discussions|chats|persons|numbers|numeros|ppl|perso|persos|pers|proches|loved ones)"
)
SEND = (
    "(forward|fwd|send|resend|share|pass (it|this|on|along)|post|copy|paste|repost|transfer[a-z]*|envo[a-z]+|renvo[a-z]+|"
    "partag[a-z]*|transmet[a-z]*|fais passer|faites passer|diffus[a-z]*|spread|tell|dites|faire suivre|"
    "faites suivre|inform)"
)

CHAIN_CUES: list[tuple[str, re.Pattern[str], float]] = [
    (
        "forward to N contacts",
        _rx(
            f"{SEND}[^.!?]{{0,50}} {NUM} [^.!?]{{0,25}}{PEOPLE}|{SEND}[^.!?]{{0,30}}"
            "( a| to| with| avec) (tout le monde|everyone|everybody|al)|(si vous avez|if you have|si tu as) "
            "(au moins |at least )?[0-9]+ contacts|spread the word|faites passer le mot"
        ),
        2.0,
    ),
    (
        "send to your contacts",
        _rx(
            f"{SEND}[^.!?]{{0,30}} (a|to|with) (vos|tes|your|al your|tous vos|tous tes|toutes vos) "
            f"[^.!?]{{0,20}}{PEOPLE}"
            # "Si vous connaissez quelqu'un qui utilise WhatsApp, transmettez ceci"
            f"|(si vous conaissez|si tu conais|if you know) (quelqu un|quelqu une|someone|anyone|anybody)[^.!?]{{0,40}} ({SEND}|fais lui paser|faites lui paser|dis lui|dites lui)"
        ),
        1.2,
    ),
    (
        "copy-paste instruction",
        _rx(
            "copy (and )?paste|copier (et )?coller|copie[rz]? (et )?colle[rz]?|copiez (et )?"
            "collez|copypasta|copy this|copiez ce|do not share|don t share|ne pas partager|"
            "pas partager|c c"
        ),
        1.5,
    ),
    (
        "'post this on your wall'",
        _rx(
            "(post|publish|poste[rz]?|publie[rz]?|publiez|share|partagez|coller|collez|"
            "paste)[^.!?]{0,40}(on|sur|to|in|into|en|dans|a) (your|votre|ton|ta|tes|vos|my|mon|ma) (wall|mur|profile|profil|"
            "feed|story|stories|timeline|statut|status)"
        ),
        1.0,
    ),
    (
        "deadline / 'from tomorrow'",
        _rx(
            "(from|starting|as of|beginning|effective) (tomorrow|today|monday|tuesday|"
            "wednesday|thursday|friday|saturday|sunday|next (week|month))|tomorrow|tonight|"
            "des demain|a partir de (demain|aujourd hui|ce soir|lundi|mardi|mercredi|jeudi|"
            "vendredi|samedi|dimanche|la semaine prochaine|du mois prochain)|demain|ce soir|"
            "dernier delai|deadline|before it s too late|too late|trop tard|within [0-9]+ ?(h|hours?|days?)|(sous|dans les|d ici) "
            "[0-9]+ ?(h|heures|jours)|le mois prochain|next month|minuit|midnight"
        ),
        0.5,
    ),
    (
        "'it was on the news'",
        _rx(
            "(tf1|bfm|france ?2|journal de [a-z0-9]+|en a parle|on the news|channel [0-9]+|"
            "chaine [0-9]+|bbc|cnn|fox news|la radio|the radio|a la tele|on tv|usa today)"
        ),
        0.5,
    ),
    (
        "ultimatum ('or else')",
        _rx(
            "or else|unless|otherwise|if you don t|if not|sinon|si vous ne|si tu ne|"
            "si on (n )?envoie pas|faute de quoi|sous peine"
        ),
        0.6,
    ),
    (
        "'for everyone'",
        _rx(
            "for everyone|for all users|pour tout le monde|pour tous|a tous les utilisateurs|"
            "all users|tous les utilisateurs|a tous (ses|les|nos) (membres|utilisateurs|abonnes)|tous les membres|"
            "all members|every user|chaque utilisateur"
        ),
        0.3,
    ),
    (
        "alarm words",
        _rx(
            "urgent|alerte?|warning|avis important|important|attention|psa|breaking|info importante|officiel|"
            "please read|lisez"
        ),
        0.4,
    ),
    (
        "'just in case' relay",
        _rx(
            "just in case|au cas ou|dans le doute|better safe than sorry|mieux vaut prevenir|"
            "forwarding anyway|on (ne )?sait jamais(?! (laquele|lequel|lesquel|qui|quand|ou|quoi|comment|pourquoi|combien))|je (le )?(fais|partage|transfere|poste)|"
            "i m (sharing|forwarding|posting)|i (did|am doing) it|it works|ca marche"
        ),
        1.5,
    ),
    (
        "relayed from someone",
        _rx(
            "ma (tante|mere|mamie|soeur|cousine|voisine)|mon (oncle|pere|cousin|frere|voisin)|"
            "my (mom|mum|aunt|uncle|dad|grandma|cousin|neighbou?r)|someone sent|on m a envoye|"
            "j ai recu|i got this|got this from|anyone else (get|got|receive[a-z]*|see)|"
            "quelqu un d autre a (recu|eu|vu)"
        ),
        0.5,
    ),
]

DEBUNK_STRONG = _rx(
    "hoax|hoaxes|canulars?|intox|infox|fake news|fake|fakes|c est faux|c est pas vrai|est faux|faux|false|fausse|"
    "debunk[a-z]*|demonte|dementi(?!a)[a-z]*|dement|denied|denies|not true|isn t true|untrue|bogus|doctored|fabricated|"
    "fact ?check[a-z]*|aucune valeur|no legal|does nothing|doesn t do anything|don t do anything|ne sert (a )?rien|"
    "sert a rien|n a aucun effet|has no effect|won t protect|ne protege pas|ne protegera pas|n existe pas|"
    "doesn t exist|does not exist|don t fall for|ne tombez pas|pure invention|satire|satirique|parodie"
)
DEBUNK_WEAK = _rx(
    "rumeurs?|rumou?rs?|myth|mythe|chaine|chain (letter|message|mail)|old (chain|forward)|"
    "vieille chaine|recycl[a-z]*|encore cette"
)
INSISTS = _rx(
    "not (a )?(fake|hoax|joke|chain|rumou?r)|pas (un |une )?(fake|blague|canular|intox|chaine|rumeur)|"
    "no joke|this is (real|true)|c est (bien |tres )?(vrai|serieux|officiel)|it s (real|true|official)|"
    "it is (real|true|official)|confirmed|confirme"
)
QUESTION = _rx(
    "vrai ou (faux|pas|fake)|true or (false|not)|real or (fake|not)|(is|are) (it|this|that|these) "
    "(true|real|legit|a hoax|fake)|est ce (que c est )?vrai|est ce que|anyone know if|does anyone know|"
    "quelqu un sait|quelqu un peut confirmer|can (someone|anyone) confirm|is there any truth|"
    "y a t il du vrai|info ou intox|fake or not|legit or not|should i (forward|share|believe)|"
    "je dois (transferer|partager)|faut il (partager|croire)|c est vrai ca|(c est|c|cest) vrai \\?|"
    "(is it|is this|it s) true \\?"
)
VRAI_QUE = _rx("(?<!si )(?<!if )(c est|c|cest) vrai que")
DOUBT = _rx("(jsp|je sais pas|je ne sais pas|not sure|idk|dunno|i don t know) (si|if)")
REAL_PRODUCT = _rx(
    "meta verified|verified badge|badge (bleu |blue )?(payant|paid)|abonnement sans pub[a-z]*|abo sans pub|sans pub|"
    "sans publicite|ad ?free|no ads|without ads|whatsapp business|business (api|platform|account)|cloud api|"
    "api whatsapp|whatsapp api|bsp|bsps|gupshup|twilio|templates?|modeles? (marketing|utilitaires)|per conversation|"
    "par conversation|x premium|twitter blue|youtube premium|premium tier|premium subs?[a-z]*|paid tiers?|tiers?|"
    "meta one|facebook plus|instagram plus|whatsapp plus|channel subscriptions?|abonnements? (aux|a des) chaines|"
    "microsoft 365|copilot|google one|onedrive|icloud|stockage|storage|[0-9]+ ?(go|gb)|html view|vue html|"
    "basic html|html basique|creator (package|subscriptions?)"
)
OPTIONAL = _rx(
    "optional|optionnel[a-z]*|facultati[a-z]*|opt in|not mandatory|pas obligatoire|free tier|"
    "version gratuite|(features?|app|application|appli|messaging|messagerie|base|basic|core|version|tier|"
    "service) (will |will still |still |de base |basique )?(stays?|remains?|is still|are still|reste|"
    "restera|restent) (free|gratuit[a-z]*)|still (free|there)|(?<!you )(?<! u )stay free|"
    # « … mais seulement pour ceux qui refusent la pub »: the ad-free plan, paid only by who wants it
    "(seulement|uniquement|only) (pour|for) (ceux|celles|users|those|people)( [a-z]+){0,2} (qui|who) (refusent|refuse|ne veulent pas|don t want)"
)
BUSINESS = _rx(
    "entreprises?|businesses|business|companies|company|boites?|marques|brands|b2b|commercants?|"
    "billed to|factur[a-z]* (aux|a l) (entreprises?|boites?)|pas a toi|not (to )?you|creators?|createurs?"
)
NEWS = _rx(
    "launched|lance[a-z]*|since|depuis|announced|annonce[a-z]*|reported|selon|according to|techcrunch|"
    "reuters|bloomberg|the verge|testing|teste[a-z]*|rolled out|deploy[a-z]*|commission|enquete|"
    "investigation|regulat[a-z]*|dma|rgpd|gdpr"
)
# reported speech without a date: "reports say", "reportedly", "selon plusieurs médias"
REPORTED = _rx(
    "reports? (say|says|suggest[a-z]*|claim)|reportedly|according to (reports?|sources|the [a-z]+)|per (a )?report|"
    "selon (des|plusieurs|le|la|les|un|une) [a-z]+|d apres (des|plusieurs|un|une) [a-z]+|rapporte[a-z]*"
)
# a question mark after the claim that asks about something else ("anyone else got it?", "where do I move?")
OTHER_QUESTION_SRC = (
    r"anyone else|quelqu un d autre|vous avez (recu|vu)|did you (get|see)|someone else|"
    r"(?<![a-z])(where|how|what|when|which|ou|comment|quand|quoi|quel|quelle)(?![a-z])"
)
OTHER_QUESTION = re.compile(OTHER_QUESTION_SRC)
# "Did you know … ?" / "Saviez-vous que … ?" before a claim announces it: rhetorical, not a question
RHETORICAL = re.compile(
    r"(?<![a-z])(did you know|you know that|saviez vous|savez vous que|savais tu|vous saviez|tu savais|"
    r"tu sais que|vous savez que)(?![a-z])"
)
NEVER = re.compile(r"(?!x)x")
YEAR = re.compile(r" 20[0-3][0-9](?![0-9])")
# a promise that nothing is asked of the reader ("no need to apply", « sans aucune démarche »): the
# claim's own words, not a negation of it (on normalised, padded text)
NO_NEED = re.compile(r" (no ne?ed (to|for)|nothing to do|pas besoin de|sans (aucune )?demarches?|rien a faire) ")
NEGATION = frozenset(
    squeeze(w)
    for w in [
        "ne",
        "n",
        "pas",
        "not",
        "no",
        "never",
        "jamais",
        "t",
        "nie",
        "aucun",
        "isnt",
        "wont",
        "dont",
        "doesnt",
        "isn",
        "aren",
    ]
)
