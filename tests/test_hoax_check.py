"""Issue 13: one matcher, two modes. Watch mode flags only assertions of a known hoax; the explicit
check always answers (claim, verdict, since when, fact-check articles, what is true nearby), and
`ask --json` carries verdict / stance / matched_claim / related."""

from __future__ import annotations

import json
from urllib.parse import urlparse

import pytest

from commands.door import Invocation, handle
from commands.hoax.catalogue import load_builtin, load_truths
from commands.hoax.normalise import normalise
from commands.hoax.stance import asks_in_words, overrules_chain
from commands.hoax.stance import stance as stance_of
from commands.hoax.text_signals import quotations

pytestmark = pytest.mark.both_backends

SEED = (
    "J'ai vu passer cette semaine une info disant que Facebook et toute la clique allaient avoir une partie "
    "payante pour utiliser l'IA, vu qu'elle coûte très cher. C'est une fake news ?"
)


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Mark Zuckerberg a annoncé dans une vidéo qu'il fermait Facebook", "facebook-closing"),
        ("Heads up, Facebook is closed for maintenance on February 30 and 31", "facebook-maintenance-closure"),
        ("le cercle bleu Meta AI de WhatsApp est un mouchard", "meta-ai-reads-messages"),
        ("Facebook will soon make every member pay a subscription", "facebook-paid"),
        # "si vous ne le vérifiez pas" is the scam's condition, not advice to check
        ("Meta supprimera votre compte publicitaire sous 48 heures si vous ne le vérifiez pas via ce lien",
         "meta-page-violation-phishing"),
        # a call to spread "before it is censored" spreads, whatever negation sits beside it
        ("Les ondes 5G propagent le virus, ce n'est pas un hasard. Partagez avant que ce soit supprimé", "5g-coronavirus"),
        # "accounts that don't forward" is part of the claim, not advice
        ("WhatsApp will delete every account that does not forward this message to 10 people", "whatsapp-account-deletion"),
        # asking, then passing it on anyway "au cas où"
        ("Dis, t'as vu ? WhatsApp va supprimer les comptes inactifs si on transfère pas le message du PDG. "
         "Je te l'envoie au cas où", "whatsapp-account-deletion"),
        # the chain's own "DO NOT ignore this message" is not the advice "ignore this message"; the
        # signature "Jim Balsamic" names the account-deletion chain, whatever else it threatens
        ("Message from Jim Balsamic (CEO of WhatsApp): forward this message to your entire contact list or your account "
         "will be deleted within 48 hours and WhatsApp will start charging you. Please DO NOT ignore this message.",
         "whatsapp-account-deletion"),
        # French "j'ai" is not "AI": the old paid-Facebook chain is not the (true) paid Meta AI story
        ("FACEBOOK DEVIENT PAYANT LUNDI !!! COPIEZ CE MESSAGE SUR VOTRE MUR, J'AI VU ÇA CHEZ DES AMIS", "facebook-paid"),
        ("Cette panne de Facebook n'était pas une panne, ils effaçaient les comptes en douce", "facebook-outage-conspiracy"),
        ("WhatsApp stops working on every phone tomorrow unless you update through the link I sent", "whatsapp-stop-update-link"),
        ("yo the new iOS lets you charge your iPhone in the microwave, it's called Wave", "iphone-microwave-wave"),
        ("Les vaccinés apparaissent en Bluetooth, c'est la puce du vaccin qui émet une adresse MAC", "vaccine-bluetooth"),
        # a chain's call to pass it on outweighs the negations it holds ("can't be sold")
        ("We are giving away 5 luxury RVs that can't be sold because of scratches! Share this post with 10 friends", "facebook-rv-giveaway"),
        # fact-checkers' framing of the claim they check is not a denial ("Selon une rumeur, …")
        ("Selon une rumeur, Bill Gates compte implanter des puces dans la population grâce au vaccin", "vaccine-microchip"),
        ("Claim: Elon Musk is running a $20 million crypto giveaway for 48 hours", "musk-crypto-giveaway"),
        # the chain's own first person is not a denial, and an imperative is not a question
        ("Je ne donne pas la permission à Facebook d'utiliser mes photos, copiez ce texte sur votre mur", "facebook-copyright-notice"),
        ("JE N'AUTORISE PAS. Demain commence la nouvelle règle WhatsApp, partagez-le dans 10 groupes", "whatsapp-privacy-notice"),
        ("if you put your pin in backwards at the atm the cops get called, every bank has to do it", "atm-pin-reverse"),
        ("Leclerc offre 250 € à tout le monde pour son anniversaire, suffit de partager la publi", "supermarket-voucher"),
        # denying the pandemic asserts the 5G conspiracy; an obligation to repost spreads the chain
        ("There was never a COVID-19. Coronavirus is fake, the deaths are caused by the 5G towers", "5g-coronavirus"),
        ("bon les gars faut partager le truc de facebook payant sinon on va payer à partir de samedi", "facebook-paid"),
        # French "direct" (straight away) is not the live-videos story; "je l ai fait" is not Meta AI
        ("mdr facebook devient payant en mars, 4,99 par mois, moi je me barre direct", "facebook-paid"),
        ("jsp mais facebook devient payant lundi, faut envoyer le msg a 10 personnes, je l ai fait", "facebook-paid"),
        # a general case, not hearsay: "recevoir un message disant … prouve que …" is the claim
        ("Recevoir un message disant que ton ami a eu une autre demande d'ami de ta part prouve que ton compte Facebook est cloné",
         "facebook-cloned-account"),
        # the chain in Zuckerberg's own voice; greeting pictures that "format" the phone
        ("Mark Zuckerberg here. I'm giving away 4.5 million dollars to 1000 lucky people who copy and paste this post in the next 24 hrs.",
         "zuckerberg-giveaway"),
        ("Les images de vœux (bonne année, bon dimanche) envoyées sur WhatsApp peuvent formater votre téléphone.", "greeting-images-phishing"),
        # ads "in the middle of" private chats, and paying "for everyone", are not the true stories nearby
        ("WhatsApp va afficher des publicités au milieu des conversations privées.", "meta-ai-reads-messages"),
        ("Facebook and Instagram will cost money for everyone in Europe from next month.", "facebook-paid"),
        ("Starting in November, everyone in Europe will have to pay to use Facebook and Instagram.", "facebook-paid"),
        # "si un contact vous envoie un message disant…" states the claim, it does not report a message
        ("Si un contact vous envoie un message disant qu'il a reçu une 2e demande d'ami de votre part, votre compte "
         "Facebook est cloné.", "facebook-cloned-account"),
        # the chain's own "not sharing, COPY" is no debunk of sharing
        ("heads up everyone, Facebook's going to start charging $4.99 a month from next week unless you copy the notice "
         "to your wall. Not sharing, COPY. Just did mine", "facebook-paid"),
        ("y a un nouveau WhatsApp rose qui est sorti avec plein de nouvelles fonctions, il faut le télécharger par le lien "
         "que Marc a mis dans le groupe, c'est l'officiel", "whatsapp-pink"),
        ("Meta vient de m'envoyer un message, ma page sera bloquée dans 24h pour violation des normes, faut remplir le "
         "formulaire de réclamation avec mes identifiants. je le fais là", "meta-page-violation-phishing"),
        # the Martinelli chain's "WhatsApp Gold" update is the Gold claim, not an update link
        ("Une mise à jour « WhatsApp Gold » annoncée à la radio installe un virus sur les smartphones.", "whatsapp-gold"),
        # "prélever" (debiting the account) is a claim word of the paid-Facebook chain
        ("Facebook prélèvera 3,99 € par mois sur chaque compte dès mardi", "facebook-paid"),
        # a hacker's friend request opening "your computer" is the hacker chain, not Messenger's desktop app closing
        ("Accepter l'ami d'un pirate sur Facebook lui ouvre l'accès à votre ordinateur et à vos contacts",
         "friend-request-hacker"),
        # "espionne tout" is not the true story (Meta AI chats used for ads): that one reads no private chats
        ("Meta AI espionne tout ce que vous écrivez sur WhatsApp et l'envoie aux pubs, c'est prouvé", "meta-ai-reads-messages"),
        # a paid "offer" billed each month is the old hoax
        ("Facebook passera bientôt à une formule payante, facturée 4,99 euros chaque mois", "facebook-paid"),
        # the notice's claim told of Instagram is Instagram's "new rule", not Facebook's wave of it
        ("Instagram va rendre publiques toutes vos anciennes stories et vos DM effacés dès lundi, sauf si vous publiez le "
         "message de refus", "instagram-new-rule"),
        ("Instagram's new rule from tomorrow means all your old deleted posts go public, post the notice before midnight",
         "instagram-new-rule"),
    ],
)
def test_plain_assertions_are_flagged_without_chain_markers(checker, text, family):
    a = checker.check(text)
    assert a.flagged and a.family_id == family and a.stance == "asserts" and a.verdict == "false"


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Est-ce que WhatsApp va vraiment devenir payant ?", "asks"),
        ("No, Facebook is not going to charge you, it's an old hoax", "denies"),
        ("Méfiez-vous des liens WhatsApp Gold, c'est une arnaque", "advises"),
        ("Meta now sells an optional ad-free subscription for Facebook in the EU", "reports"),
        ("Zuckerberg did not announce that Facebook is closing down", "denies"),
        ("Meta AI ne lit pas vos messages WhatsApp, ils restent chiffrés de bout en bout", "denies"),
        ("WhatsApp Gold : attention à l'arnaque, ne cliquez sur aucun lien", "advises"),
        # "pas toutes vos conversations" is not "pass (it on) to all your contacts" once squeezed
        ("Meta AI ne lit pas toutes vos discussions WhatsApp, contrairement à ce que dit ce message", "denies"),
        # naming the copy-paste chain to ask about it is a question, not a chain
        ("Ce texte « je n'autorise pas Facebook » que tout le monde copie-colle, ça sert vraiment à quelque chose ?", "asks"),
        # debunks that restate the claim, and advice that names the chain it warns against
        ("There are no microchips in vaccines, a chip wouldn't even fit through the needle", "denies"),
        ("Posts falsely claim COVID-19 vaccines contain tracking microchips", "denies"),
        ("There's no such thing as a third blue tick, the government doesn't read WhatsApp", "denies"),
        ("Ignore the WhatsApp message claiming the app will start charging users", "denies"),
        ("Pour refuser que l'IA de Meta utilise vos posts, passez par le formulaire officiel, pas par un copier-coller", "advises"),
        ("N'installez jamais WhatsApp Gold, ce sont des applis frauduleuses, mettez à jour via le Play Store", "advises"),
        ("wait is there really a way to see who viewed your facebook profile or is that a scam", "asks"),
        # true news of the same shape as a hoax
        ("WhatsApp ne fonctionnera plus sur ces anciens smartphones à partir du mois prochain", "reports"),
        ("Facebook, Instagram and WhatsApp go down in a massive global outage", "reports"),
        ("Deepfake video shared to claim Elon Musk is giving away cryptocurrency", "denies"),
        ("Sharing 'Goodbye Meta AI' won't stop Meta from using your public posts, it has zero legal effect", "denies"),
        ("is the 3 blue ticks = government read your message thing real or nah", "asks"),
        ("netflix n'offre pas d'année gratuite, c'est du phishing pour voler ta carte bancaire", "denies"),
        ("Non, Facebook ne donne pas d'argent à un enfant malade si vous partagez cette publication", "denies"),
        ("Instagram va devenir payant ou c'est juste pour enlever les pubs", "asks"),
        ("vous avez deja entendu parler de jayden k smith, je dois m'inquiéter", "asks"),
        ("who is jayden k smith and why is my grandma warning me about him lol", "asks"),
        ("la 5g transmet pas de virus, c'est des ondes radio non ionisantes", "denies"),
        ("Bill Gates isn't paying you to forward emails, that one's been going around since 1997", "denies"),
        ("my mum just forwarded the martinelli video warning, is that an actual virus", "asks"),
        ("vous pensez que facebook limite vraiment le fil à 26 amis", "asks"),
        ("wait is zuckerberg really giving money to people who share his post", "asks"),
        ("c qui ce jayden k smith dont tout le monde parle sur messenger", "asks"),
        ("hold on, is gmail shutting down in august", "asks"),
        # chat English without apostrophes
        ("jayden k smith doesnt exist. u cant get hacked by accepting a friend request", "denies"),
        ("5g doesnt spread viruses. radio waves cant carry a virus", "denies"),
        ("wait who is jayden k smith and why is my mom telling me not to accept him", "asks"),
        ("Elon Musk is not doubling your bitcoin. Those giveaway accounts are impersonators", "denies"),
        ("what do red ticks on whatsapp mean, someone in my group said its the government reading msgs", "asks"),
        ("existe-t-il un moyen de voir qui consulte mon profil facebook", "asks"),
        ("WhatsApp va cesser de fonctionner sur plusieurs iPhone le 1er juin", "reports"),
        ("only install whatsapp from the official store, mods like whatsapp gold can get ur number banned", "advises"),
        ("netflix will never text you a free subscription link, open the app directly", "denies"),
        ("False claim: Coronavirus is a hoax and part of a wider 5G conspiracy", "denies"),
        # a fact-check's verdict label opens the headline, whatever the model makes of the rest
        ("Partly false claim: sharing this image will prevent Instagram from using your content", "denies"),
        # a yes/no question in so many words, whatever the model makes of the story after it
        ("can good morning images really hack your phone? my dad deleted all his gallery because of a forward lol", "asks"),
        ("Misleading: Facebook will charge people for using the social networking platform", "denies"),
        # context after the question mark is not an answer to it; "fact check pls" asks for one
        ("is there actually a snake loose in the town centre? the post says police won't confirm it", "asks"),
        ("was instagram really down for two hours yesterday or was it my wifi", "asks"),
        ("fact check pls: 'Facebook will start charging 4.99 a month from Monday'", "asks"),
        ("WhatsApp devient payant lundi ? Non, c'est un vieux canular", "denies"),
        # the French fact-check headline form "Non, X ne … pas", even over the chain's "partagent son message"
        ("Non, Mark Zuckerberg ne distribue pas 4,5 millions de dollars aux utilisateurs qui partagent son message", "denies"),
        # true news that reads like the "Goodbye Meta AI" claim minus its posting
        ("Meta starts AI training with Europeans' public Facebook and Instagram data", "reports"),
        ("If you get a second friend request from a friend, message them. No need to forward chain messages", "advises"),
        ("Bill Gates ne met pas de puces dans les vaccins, c'est une théorie du complot démontée cent fois", "denies"),
        ("la panne géante de Facebook en octobre 2021 venait d'une mauvaise config réseau chez eux, pas d'un piratage", "reports"),
        # the asker fearing for their own phone asks, whatever scam they quote
        ("I opened a 'is this you in this video' message, am I infected now? I didn't click the link", "asks"),
        # "ni … ni … ne": French negation without "pas"
        ("Rappel : ni Zuckerberg ni Meta ne distribuent d'argent aux gens qui partagent un message", "denies"),
        ("Recopier le texte de la Convention de Berne sur ton mur ça sert à rien, tes photos t'appartiennent déjà", "denies"),
        # the chain's threat denied with its own condition
        ("Facebook et WhatsApp ne deviendront pas payants si vous ne partagez pas ce message à 10 contacts", "denies"),
        ("Zuckerberg a promis 99 % de ses actions à sa propre fondation, pas aux utilisateurs qui copient un message", "asserts"),
        ("svp qqun peut me dire si l'IA de whatsapp lit les messages privés ou pas", "asks"),
        ("WhatsApp payant si t'envoies pas à 10 personnes... et le logo il est vert, il deviendra jamais bleu", "denies"),
        # asking what to answer someone afraid of the chain
        ("Ma mère a peur d'envoyer ses images bonjour, on lui a dit que des hackers chinois cachent des virus dedans. "
         "Je lui dis quoi ?", "asks"),
        ("saw a post that says 'meta is now a public entity' so we all have to post a statement... what does that even mean",
         "asks"),
        # the true story told in chat
        ("la grosse panne d'octobre 2021 c'était réel, fb insta whatsapp coupés 6h", "reports"),
        # "personne n'est obligé de payer" says the plan is optional, not that paying is compulsory
        ("Facebook Plus à 3,99 $ par mois chez Meta : ce sont des options, personne n'est obligé de payer", "reports"),
        ("Les alertes du style vidéo Martinelli ou images bonjour piégées, ne les faites pas suivre, mettez plutôt "
         "votre téléphone à jour", "advises"),
        ("that 'whatsapp is shutting down at night' post, is there a minister who said that", "asks"),
        # the message's own "c'est officiel", reported by the asker
        ("WhatsApp va couper la nuit de minuit à 6h ? le message dit que c'est officiel du gouvernement", "asks"),
        ("y'all is the 'instagram turns paid' post real", "asks"),
        ("Tip: if someone tells you they got a second request from you, search your name, report the clone and post "
         "once on your wall. don't forward chain messages to everyone", "advises"),
        ("Une vidéo WhatsApp peut pirater le téléphone ? ma tante jure que oui (le truc Martinelli)", "asks"),
        ("Meta Verified est payant, badge bleu et accès au support, rien d'obligatoire", "reports"),
        # a debunk's openers, in chat French without "ne"
        ("Arrêtez avec vos « je n'autorise pas Facebook à me facturer » : Facebook facture rien à personne", "denies"),
        ("Désolé de briser le rêve mais Zuckerberg verse rien du tout à ceux qui recopient son post", "denies"),
        ("Sorry to burst your bubble, but Meta is not giving anyone 4.5 million for sharing a post", "denies"),
        ("Oh yeah, the famous WhatsApp Gold 🙄 no video formats your phone, relax", "denies"),
        ("Ça fait genre 15 ans qu'on nous annonce que Facebook devient payant, toujours gratuit", "denies"),
        ("Si on vous propose l'appli « WhatsApp Gold », fuyez : c'est pas une version officielle", "advises"),
        ("Before sharing any 'WhatsApp becomes paid' message, have a look at AFP Factuel or Snopes first", "advises"),
        # asking how to tell, or asking someone to check, before quoting the claim
        ("Comment savoir si mon compte FB a été cloné ? J'ai reçu 4 messages qui disent que j'ai envoyé une deuxième demande", "asks"),
        ("Could someone check this? apparently Instagram makes all deleted posts public tomorrow unless you post a notice",
         "asks"),
        # asking on someone's behalf, and "please tell me it's fake", ask
        ("Mon grand-père se demande si il doit recopier le message « je n'autorise pas Facebook » sur son mur", "asks"),
        ("please tell me this 'WhatsApp will cost 5 dollars a month' chain is fake, my aunts keep forwarding it", "asks"),
        # "passing it on helps nobody" is advice's verdict on the chain
        ("Got the hacker friend request warning again? Just ignore requests from strangers, forwarding it helps no one",
         "denies"),
        # "it's opt-in" is what the feature really is, said against the scare
        ("Insta map is opt-in, it only shows you to the people you pick. you seeing yourself ≠ others seeing you, Mosseri "
         "explained it", "denies"),
        # "on ne remplit rien, on signale": what to do, said the way advice says it
        ("Les « 100 Go gratuits pour les 10 ans de WhatsApp » = arnaque. On ne remplit rien, on signale.", "advises"),
    ],
)
def test_questions_debunks_advice_and_true_news_are_never_flagged(checker, text, stance):
    a = checker.check(text)
    assert not a.flagged and a.stance == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # "can"/"will" without a negation is the claim, not its denial
        ("Meta AI can read your private messages now, turn it off", "asserts"),
        ("WhatsApp will read your chats from Monday, the government asked for it", "asserts"),
        ("Meta AI cannot read your private chats, only what you send it", "denies"),
        # "pas de blague" vouches ("no kidding"); "who needs …? … the link" is the offer, not a question
        ("mon cousin qui bosse dans l'informatique dit que la vidéo Martinelli détruit le téléphone, pas de blague",
         "asserts"),
        ("who needs free internet? WhatsApp is giving 100GB to celebrate its birthday, I typed my number in the link "
         "and it worked", "asserts"),
        # conceding how it sounds, then vouching for it
        ("meta is giving everyone free iphones lol i know it looks fake but my neighbour got hers", "asserts"),
        # the chain's own "sharing doesn't work" and "friends I haven't seen in years"
        ("Copy and paste this notice tonight or Facebook owns your photos, sharing doesn't work", "asserts"),
        ("It works! I'm seeing posts from friends I haven't seen in years, copy this to beat the algorithm", "asserts"),
        # doubting it, then passing it on all the same
        ("Zuckerberg donne 4,5 millions à ceux qui copient son message, j'y crois moyen mais je l'ai fait quand même", "asserts"),
        # "je sais c'est bizarre" concedes, it does not doubt
        ("Il faut envoyer un message à 10 personnes sinon WhatsApp supprime ton compte, je sais c bizarre mais mon cousin "
         "s'est fait supprimer", "asserts"),
        # "hoax" as one side of the question asked
        ("Y a une nouvelle règle insta demain où tout devient public même les messages supprimés ?? vrai ou hoax", "asks"),
        ("ok so is the 'hide your friend list from cloners' advice real or another hoax", "asks"),
        # asking for the debunk is asking
        ("my nan posted the meta statement on her page again, does anyone have a link that says it's fake", "asks"),
        # a question that takes the claim as known, then the claim
        ("lol tu crois encore que Messenger est privé ? Meta lit tout ce que tu écris pour ses pubs", "asserts"),
        # a doubt, then done all the same
        ("posted the goodbye meta ai text on my story too, if celebrities do it it must work right 😂 better safe than "
         "sorry", "asserts"),
        ("Shared the Goodbye Meta AI post, half my feed did too so it must mean something?? better than nothing", "asserts"),
        # a relative clause: "every account that does not post…" is the claim's condition
        ("Instagram will delete every account that does not post a story before Friday", "asserts"),
        # "is it genuine", "is he even real", "surely a scam right": questions without a question mark
        ("my gran got the 'message from the CEO of WhatsApp' about deleting accounts in 48h, is it genuine", "asks"),
        ("some WhatsApp director says forward it or lose your account... is he even real", "asks"),
        ("zuckerberg page says comment 'done' and get $5000, surely a scam right", "asks"),
        ("do I actually need to forward the 'dont accept a friend request from me' thing to everyone", "asks"),
        ("my uncle posted the 'Facebook is now a public entity' legal notice, does that even mean anything", "asks"),
        # done, the subject dropped
        ("Zuck is giving $4.5m to 1000 people who copy the post 😂 saw it on the news apparently so why not, copied it "
         "already", "asserts"),
        # "ok??" driving the point home, not asking
        ("WhatsApp will charge 0.99 a month from January ok??", "asserts"),
        # a "verification tick" is the phishing's bait, not a fact-check
        ("Meta hands out free blue verification badges to anyone who sends a copy of their passport", "asserts"),
        # hearsay, then the chain's own order: "transférez à vos contacts" (without "tous") passes it on
        ("Si vous recevez une nouvelle demande d'ami de ma part ne l'acceptez pas, on m'a dit que mon compte a été piraté. "
         "Transférez à vos contacts svp", "asserts"),
    ],
)
def test_negations_that_are_not_denials(text, stance):
    assert stance_of(text) == stance


@pytest.mark.parametrize(
    ("text", "family"),
    [
        # the chain's own "if you don't pass it on", not the debunk's "don't pass it on"
        ("I am the CEO of WhatsApp. Forward this message to your entire contact list. If you don't pass it on, "
         "WhatsApp will start charging you and your account will be deleted within 48 hours", "whatsapp-paid"),
        # asking, then passing it on "just in case"
        ("Was my account cloned?? a friend got a 2nd request from me. Forwarding this to everyone just in case, "
         "don't accept another request from me", "facebook-cloned-account"),
        # reporting the message, then doing what it says
        ("si vous recevez une demande d'ami de moi c'est pas moi, on m'a piraté, j'ai reçu le message qui dit de "
         "transférer à tous mes contacts donc je le fais", "facebook-cloned-account"),
        ("For the lockdown we offer you 100GB free internet data to stay safe at home, click below to activate",
         "government-free-recharge"),
        # "un message disant …" reports a message; "faites passer le message" passes it on
        ("Mon compte a été piraté, j'ai reçu un message disant qu'on a reçu une 2e demande d'ami de moi, donc "
         "n'acceptez rien et faites passer le message à vos contacts", "facebook-cloned-account"),
        # "le message qui dit…" reports a message, "faites pareil" passes it on
        ("Facebook devient payant lundi, 4,99€/mois sauf si t'as posté le message qui dit que t'autorises pas. "
         "Je l'ai fait, faites pareil", "facebook-paid"),
        # "has access to all your messages" is the false claim, not the true story of the blue circle
        ("Meta AI a accès à tous vos messages WhatsApp depuis l'arrivée du rond bleu", "meta-ai-reads-messages"),
        # paying "to keep their accounts" is compulsory: not the optional plan
        ("Facebook and Instagram users in Europe must now pay a monthly fee to keep their accounts.", "facebook-paid"),
        # scratched bikes given away, with no brand named
        ("We will donate 300 mountain bikes that cannot be sold because of small scratches, comment your favourite "
         "colour and share!", "shop-giveaway-fake-page"),
        # "so do yours" tells the reader to do the same: no "so do …?" question
        ("Facebook will charge 4.99 a month starting next week, I posted the notice on my wall, so do yours before "
         "midnight", "facebook-paid"),
        # "I posted it just in case" passes it on
        ("Did y'all see Zuck is giving away 4.5 mil to people who share his post?? I shared it twice just in case", "zuckerberg-giveaway"),
        # outrage is no debunk: "absolute joke"
        ("Great, Facebook costs money now in the EU, 10 euros a month or they lock you out. Total joke", "facebook-paid"),
        # a warning hoax passed on as advice: the claim is the warning
        ("Méfiez vous de la vidéo Martinelli qui tourne, elle pirate le téléphone direct, mon beau frère qui bosse dans "
         "l'info me l'a confirmé", "martinelli-video"),
        ("Méfiez-vous de la vidéo Martinelli sur whatsapp, ma belle-sœur l'a ouverte et son tel est foutu, plus rien "
         "marche", "martinelli-video"),
        ("Ne transférez plus les images bonjour du matin svp, ya des virus chinois dedans c'est passé aux infos",
         "greeting-images-phishing"),
        ("Meta AI lit toutes nos conv wtsp maintenant, c pour ça que les pubs sont si ciblées, méfiez vous",
         "meta-ai-reads-messages"),
        ("turn on 'advanced chat privacy' in every group NOW or meta ai will scrape everything you ever wrote. its on by "
         "default and nobody told us 😡", "meta-ai-reads-messages"),
        # a chain's pity ("n'a plus d'argent") is no denial
        ("Ce petit garçon a une leucémie et sa famille n'a pas d'argent pour l'opération 💔 Facebook a promis : 1 j'aime = "
         "1€, 1 commentaire = 3€, 1 partage = 5€. Ne scrollez pas sans partager 🙏", "facebook-donation-per-share"),
        # the notice's effect, vouched for ("ne peut plus … c'est légalement valable")
        ("J'ai publié la déclaration avec l'article du code civil, comme ça Instagram ne peut plus toucher à mes photos, "
         "c'est juridiquement valable", "facebook-copyright-notice"),
        # others call it a hoax, the writer posted it anyway
        ("ils disent tous que c'est un canular mais moi je l'ai partagé la déclaration, comme ça Facebook pourra pas "
         "utiliser mes photos", "facebook-copyright-notice"),
        # "post the message that says…" is the claim's instruction, not someone quoting it to ask
        ("Facebook va coûter 4,99 € par mois dès janvier, c'était au JT. Faut poster le message qui dit qu'on refuse "
         "sinon ils prélèvent", "facebook-paid"),
        # "the msg saying…" reports the chain, "forward this to all your contacts" passes it on
        ("my account got cloned again, got the msg saying you got a second friend request from me. forward this to all "
         "your contacts so nobody accepts", "facebook-cloned-account"),
        ("Facebook is listening through the microphone for sure, I mentioned Lisbon once and my feed is full of Lisbon "
         "flights", "facebook-microphone-ads"),
        # "no joke" vouches for it
        ("never open the martinelli video if it shows up!! wiped my uncle's phone, no joke", "martinelli-video"),
        # "le msg" passed on, like "le message"
        ("Coucou, mon compte a été piraté, j'ai eu un msg qui dit qu'il y a une 2e demande d'ami à mon nom. Acceptez rien de "
         "moi et transférez le msg à tous vos contacts", "facebook-cloned-account"),
        ("Meta prévient sur Messenger du blocage de votre compte sous 24 heures, faites appel via le lien avant ce soir",
         "meta-page-violation-phishing"),
        # "je vous ai envoyé" is not "AI": this is WhatsApp becoming paid, not Meta AI
        ("transférez le msg que je vous ai envoyé sinon WhatsApp devient payant lundi, c'était au journal",
         "whatsapp-paid"),
        # "sharing" opens the giveaway to the checks
        ("my mate got 4.5m from Zuckerberg just for sharing his thank you post, doing it now 🤞", "zuckerberg-giveaway"),
        ("FÉLICITATIONS AUX ANCIENS CLIENTS ! Données gratuites pour les anciennes cartes SIM ✅ 1 an = 10 Go ✅ 10 ans = "
         "illimité. Vérifiez si votre SIM est éligible 👉 [lien]", "telecom-old-sim-free-data"),
        ("the phone mic thing is real, fb listens. mentioned a camper van ONCE and now it's nothing but camper van adverts",
         "facebook-microphone-ads"),
        # "recopier" and "par mois" open the paid-Facebook claim to the checks
        ("fb va passer à 3,99 par mois à partir du mois prochain sauf si tu recopies l'avis sur ton mur, ma tante l'a vu à "
         "la télé", "facebook-paid"),
        # the claim's condition and its verdict ("si vous recevez « … », votre compte a été piraté") is no advice
        ("Si vous recevez un message disant « j'ai reçu une autre demande d'ami de ta part », votre compte Facebook a été "
         "piraté.", "facebook-cloned-account"),
        ("Facebook will begin charging its members $2.99 a month from November 1st to cover rising costs.", "facebook-paid"),
        # "you know … right?" and "worth a try right??" take the claim as known
        ("you know Meta AI reads your insta DMs right? it's reading this chat rn, switch to signal", "meta-ai-reads-messages"),
        ("Zuckerberg is giving 4.5 million to 1000 people who share his post, worth a try right?? already tagged you",
         "zuckerberg-giveaway"),
        # a hedge's question mark asks nobody; "pub ou pas" is "ads or not", not "or not?"
        ("heads up all, they're gonna start charging for whatsapp from next month, 2.99 i think?? my uncle said it was on "
         "tv. forward this or you get billed", "whatsapp-paid"),
        ("Quand Facebook deviendra payant je pars, ils ont dit 5,99 par mois pour tout le monde dès le mois prochain, pub ou "
         "pas", "facebook-paid"),
        # "they can't sell" is the chain's own story, not a denial; the third tick for screenshots
        ("Range Rover page is giving away the cars they can't sell because of a small scratch, just like + share + comment "
         "your colour, I picked red", "facebook-rv-giveaway"),
        ("whatsapp is adding a 3rd blue tick when someone screenshots your chat lol", "whatsapp-govt-ticks"),
        # "tant que c'est possible" is a deadline, not "is it possible"
        ("Facebook ferme définitivement le mois prochain, Zuckerberg en a marre. Sauvegardez vos photos tant que c'est "
         "possible 😢", "facebook-closing"),
        # (a chain's "n'ignorez pas" is no advice to ignore it)
        ("N'ignorez pas ce message : votre compte a été cloné, transférez à tous vos contacts", "facebook-cloned-account"),
        # a believer's "they can't use my pics now"
        ("Just posted the privacy notice, Facebook can't legally use my pics now since I've declared it publicly. everyone "
         "should do it b4 the new rule tomorrow", "facebook-copyright-notice"),
        # "ça protège légalement" vouches for the notice, whatever "pas fan des chaînes" reads like
        # "lire toutes vos convs" is the claim the true story of the blue circle refutes
        ("le rond bleu meta ai dans whatsapp ça sert à lire toutes vos convs privées, faites gaffe", "meta-ai-reads-messages"),
        # "consulter" is reading
        ("Meta AI peut consulter les vocaux et les photos de vos discussions WhatsApp sans votre accord.",
         "meta-ai-reads-messages"),
        # "tu postes le message qui dit…" is the chain's own instruction, not someone quoting it
        ("Facebook devient payant en février, 3,99€ par mois, sauf si tu postes le message qui dit que tu refuses. Fait, "
         "on sait jamais", "facebook-paid"),
        # the notice is what is "obligatoire" here, not a subscription
        ("j'ai posté le texte pour pas que meta prenne mes photos, faites pareil les amis c'est obligatoire sinon c'est un "
         "accord tacite", "facebook-copyright-notice"),
        # "can't use or sell my pics" is a believer's, like "can't use my pics"
        ("Put the copyright notice up under the Berne convention, now FB cant use or sell my pics. should have done it "
         "ages ago", "facebook-copyright-notice"),
        ("pas fan des chaines moi, mais j'ai mis le message je n'autorise pas facebook, au moins je suis couvert",
         "facebook-copyright-notice"),
        ("not a fan of chain posts but I copied the I don't give Facebook permission thing, at least I'm covered",
         "facebook-copyright-notice"),
        # "winners" is what the giveaway promises
        ("My cousin reposted the Zuckerberg thank-you post, he reckons they're choosing winners tonight. 2.5 mil each. "
         "did it too just in case", "zuckerberg-giveaway"),
        # "no such thing as encryption" is the claim; "give $4.5 million" is no Meta Verified story
        ("heads up: the Meta AI thing in WhatsApp reads all your private chats and feeds them to the AI. No such thing as "
         "encryption anymore", "meta-ai-reads-messages"),
        ("Hello everyone, Mark Zuckerberg here. I've decided to give $4.5 million to 1000 lucky users as a thank you. Copy "
         "and paste this post, my team picks the winners tonight. Not a joke, check the blue tick!!", "zuckerberg-giveaway"),
        # an offer asked as a question, with its link, passes it on
        ("who wants whatsapp pink? new official pink version with more features, link below", "whatsapp-pink"),
        ("WhatsApp will delete every account not verified before Friday, tap the link to verify yours",
         "whatsapp-account-deletion"),
        ("Meta sends notices on Messenger that your page will be deleted within 24 hours unless you confirm your "
         "login details in a form", "meta-page-violation-phishing"),
        # "n'ouvrez aucune vidéo" is the warning's own order, after the name
        ("ma cousine a reçu l'alerte martinelli, c'est passé à la radio, n'ouvrez aucune vidéo de ce nom svp",
         "martinelli-video"),
        # "encryption is fake" is the believer's own word, not a debunk of the claim
        ("whatsapp's AI reads your private messages now since the new policy, encryption is fake lol",
         "meta-ai-reads-messages"),
        # "on sait jamais je partage" passes it on, whatever message it reports
        ("Mark Zuckerberg partage sa fortune avec ceux qui republient son message, ma cousine a reçu un message qui dit "
         "qu'elle a gagné, on sait jamais je partage", "zuckerberg-giveaway"),
        ("Emirates fête ses 40 ans : 2 billets d'avion offerts à chaque personne qui partage ce post et répond au "
         "questionnaire ! Cliquez ici", "airline-ticket-giveaway"),
        # "faut le transférer" passes on the message it names
        ("le message qui dit que Facebook devient payant, faut le partager à 10 personnes sinon ton compte est payant",
         "facebook-paid"),
        ("Faites gaffe, dans les groupes WhatsApp Meta AI lit tout ce que vous écrivez maintenant, un pote informaticien "
         "me l'a dit", "meta-ai-reads-messages"),
        # a cue of Instagram's rule ("they can use all your photos") inside the Goodbye Meta AI chain
        ("put the Meta AI notice on my wall, my cousin who's a lawyer says if you don't they can use all your photos. "
         "do it tonight", "meta-ai-optout"),
        ("Orange offre 50 Go gratos cette semaine pour noël, il faut juste cliquer sur le lien et mettre ton numéro",
         "telecom-old-sim-free-data"),
        # deleting the pages that are not verified is the phishing's threat, not Meta Verified (« qui ne sont pas »
        # is a relative clause, not a denial)
        ("Official: Meta is deleting every page that isn't verified within 48h!! confirm your page here: "
         "meta-verify-help[.]com", "meta-page-violation-phishing"),
        ("Meta supprime toutes les pages qui ne sont pas vérifiées avant lundi !! confirmez votre page par ce lien : "
         "meta-verif-pages[.]com", "meta-page-violation-phishing"),
        # "si ton logo devient pas bleu" is the chain's condition, "won't have to pay" its promise: no denials
        ("Facebook devient payant à 0,99€ par mois si ton logo devient pas bleu, envoie vite à 15 contacts", "facebook-paid"),
        ("Facebook's logo turns blue for users who share a chain message, meaning they won't have to pay.", "facebook-paid"),
        # "tu crois que tes messages sont privés ?" is scorn, not a question; "partage à tous tes contacts" passes it on
        ("lol tu crois que tes messages sont privés ? depuis que Meta AI est dans WhatsApp ils lisent tout, même les vocaux, "
         "d'où les pubs", "meta-ai-reads-messages"),
        ("Si je t'envoie une demande d'ami ne l'accepte pas, on m'a dit que mon compte est piraté, partage à tous tes "
         "contacts comme dans le message", "facebook-cloned-account"),
        ("Zuckerberg is giving $800 to everyone who reposts his message today, it's legit, it was on the official page",
         "zuckerberg-giveaway"),
        # "each share … gives": the per-share donation in a caption's words
        ("Each share of this picture = Facebook gives 1 dollar to the sick kid's surgery, don't scroll past",
         "facebook-donation-per-share"),
        ("Nike is handing out free sneakers for its anniversary!! tap the link and send it to 20 groups",
         "brand-anniversary-giveaway"),
        # data "de connexion" is the free-data chain, not WhatsApp's rule on inactive accounts
        ("WhatsApp t'offre 50 Go de connexion, faut juste partager à 25 contacts, moi je l'ai fait",
         "whatsapp-free-data-anniversary"),
        # the forwarder's own "I'm not hacked" closes the cloned-account chain, it does not debunk it
        ("Hi, I got another friend request from you which I ignored, check your account. Hold your finger on this "
         "message until the forward button appears, then forward to everyone. I'm not hacked lol", "facebook-cloned-account"),
        # "filer" is slang for giving: the believer who reposted it "just in case"
        ("j'ai reposté le truc de zuckerberg qui file 4500 balles à ceux qui partagent, on sait jamais 😂",
         "zuckerberg-giveaway"),
        # the notice's deadline is its claim, "Meta" named or "Instagram"
        ("Dès demain Meta pourra utiliser toutes vos photos, la date limite pour s'y opposer en publiant ce message est ce soir",
         "instagram-new-rule"),
        # a link's query string ("/?get=pink") is no question
        ("new WhatsApp Pink theme + extra features, official 💗 install here: whatsapp-pink-theme .site/?ref=pink",
         "whatsapp-pink"),
        # a post that "prohibits" Meta AI is the notice, not the real objection form
        ("Users must post a status on their profile to prohibit Meta's AI from using their photos and personal information",
         "meta-ai-optout"),
        # "NOT A HOAX" and Zuckerberg's stock split among the reposters; a believer vouching with the TV
        ("According to the news this is NOT A HOAX, Zuckerberg is splitting his stock with users who repost this, "
         "takes 30 seconds to copy paste lol", "zuckerberg-giveaway"),
        ("Papa arrête de m'envoyer les images bonjour avec des fleurs, on m'a dit que ça peut pirater le téléphone, "
         "c'est passé à la télé", "greeting-images-phishing"),
        ("arrête de m'envoyer des bonjour avec des roses tonton, c'est par là que les pirates entrent dans les téléphones, "
         "ils en ont parlé aux infos", "greeting-images-phishing"),
        # after the question, the writer already did what the chain asks
        ("so fb is going to charge us from monday?? my aunt said it's paid unless you repost the status and your logo "
         "turns blue. already did it lol", "facebook-paid"),
        # "dont le logo ne devient pas bleu" is the chain's condition, not a denial
        ("WhatsApp facturera 0,50 € par message aux utilisateurs dont le logo ne devient pas bleu", "whatsapp-paid"),
        # "… devient pas bleu et tu payes" is the chain's threat in chat French, not a denial
        ("si t'envoie pas le msg whatsapp a 10 contacts ton logo devient pas bleu et tu payes 0,01€ par message, moi "
         "je prend pas de risk jlai envoyé à tt le monde", "whatsapp-paid"),
        # a warning hoax closing with a bare "forward to all"
        ("if anyone sends you 'is that you in this video?' on messenger don't click it, opening it hacks your whole "
         "account and messages all your friends. forward to all", "messenger-video-phishing"),
        ("Mark Zuckerberg organise un tirage au sort Facebook et contacte les gagnants par Messenger", "zuckerberg-giveaway"),
        # the brand giveaway knows Ray-Ban; the notice's order after a question ("?? Faut poster le texte … avant minuit")
        ("Ray-Ban is giving away sunglasses for 19.99 for their anniversary!! Limited stock, share to get yours",
         "brand-anniversary-giveaway"),
        ("Depuis la nouvelle règle instagram peut se servir de nos photos ?? Faut poster le texte en story avant minuit "
         "sinon c'est trop tard", "instagram-new-rule"),
        # the Gold chain's own "golden version"
        ("The secret WhatsApp golden version leaked, it was only for celebrities, download it here before it's gone",
         "whatsapp-gold"),
        # "nothing to lose, right?" closes an assertion, it does not ask
        ("Zuckerberg pays people who share his thank-you message, my aunt's friend got the money. nothing to lose, right?",
         "zuckerberg-giveaway"),
        ("Zuckerberg donne 1000€ aux 500 premiers qui partagent sa publication de remerciement, ma cousine l'a eu. Ça vaut "
         "la peine d'essayer non ?", "zuckerberg-giveaway"),
        # "… won't be deleted. If you don't, …" is the chain's own threat, not a denial of it
        ("WARNING facebook closes its doors on the 15th because too many accounts. Forward to everybody so they see you are "
         "active and your account won't be deleted. If you don't, all your pictures will be lost", "facebook-closing"),
        # the giveaway chain's own hedge: "if it's fake, no harm"
        ("Zuckerberg is giving 3 million dollars to the first 500 people who repost this! Reposting just in case. If it's "
         "fake, no harm. If it's real, he'll contact you", "zuckerberg-giveaway"),
        # "if you dont forward" is the chain's condition, not the advice "don't forward"; "says it's real" vouches
        ("Granny says it's real, whatsapp starts charging on monday if you dont forward it to 15 contacts. done, forwarded",
         "whatsapp-paid"),
        # a believer's proof in the model's blind spot: "it really helps", "ça a l'air officiel"
        ("share the post about the little girl with cancer, facebook pays her family 1 dollar each time it's shared, it "
         "really helps", "facebook-donation-per-share"),
        ("y a un whatsapp rose avec des fonctions cachées, le lien circule au boulot, ça a l'air officiel", "whatsapp-pink"),
        # the hacker's name is the chain's signature, though "hold your finger … forward" is the clone chain's too
        ("Please warn all the contacts in your Messenger list: do not accept Anwar Jitou's friendship request. He is a "
         "hacker with a system connected to your Facebook account; if one of your contacts accepts it, you are hacked as "
         "well. Forwarded as received. Hold your finger down on the message and it will say forward.",
         "friend-request-hacker"),
        # "I'm copying, not sharing" is the chain's own instruction, not a refusal to pass it on
        ("Did you know Facebook's new algorithm only shows your posts to the same 25 people? Leave me a quick comment so "
         "you stay in my feed! Otherwise Facebook decides who I see. I'm copying, not sharing!", "facebook-25-friends"),
        # passing the chain on in the first person
        ("got a msg saying someone got another friend request from me so prob cloned 🙄 forwarding it to you all, check "
         "yours", "facebook-cloned-account"),
        # "each time a photo of her is liked": the per-share donation in the passive
        ("Facebook gives money to a sick girl's hospital bills each time a photo of her is liked or shared.",
         "facebook-donation-per-share"),
        # a deepfaked Zuckerberg selling an AI investment platform is the celebrity investment-ad scam
        ("j'ai regardé la vidéo où Zuckerberg présente sa plateforme d'investissement IA, j'ai déposé 250€ et un conseiller "
         "m'a rappelé, ça a l'air très sérieux", "deepfake-investment-ads"),
        # the clone warning in the verb's own form ("clonent")
        ("Des pirates clonent les comptes Facebook en ce moment, ne m'ajoutez pas une deuxième fois", "facebook-cloned-account"),
        # the "entry price" chain is the paid-Facebook hoax, whatever it says of posts turning public
        ("It's now official, it was on the news: Facebook has just released its entry price, £6.99 to keep your status "
         "private. Paste this message on your page and it stays free (paste, don't share)", "facebook-paid"),
        # (and a page's own raffle winners are no Zuckerberg lottery: see the ordinary lines below)
    ],
)
def test_chains_in_chat_words_are_flagged_with_their_family(checker, text, family):
    a = checker.check(text)
    assert a.flagged and a.family_id == family, a


@pytest.mark.parametrize(
    "text",
    [
        # the fee asked about, then the notice posted "just in case"
        "ok so facebook is gonna start charging us like 5 bucks a month from monday?? my cousin said it was on the news. I "
        "posted the 'I do not give permission' thing just in case lol",
        # posting a text to escape the fee: the paid-Facebook chain and the copy-paste notice at once,
        # never the optional ad-free plan
        "Copier ce texte sur ton mur permet d'éviter l'abonnement payant de Facebook",
    ],
)
def test_the_fee_and_the_notice_in_one_text_are_flagged_as_either(checker, text):
    """These texts state both claims, and retrieval ties them (which one leads moved when the
    catalogue grew): either family is a right answer; no flag, or the true ad-free plan, is not."""
    a = checker.check(text)
    assert a.flagged and a.family_id in {"facebook-paid", "facebook-copyright-notice"}, a


@pytest.mark.parametrize("spread", ["faites passer le message", "faites passez le message", "pls do the same"])
def test_a_reported_message_passed_on_is_not_overruled(spread):
    assert not overrules_chain(f"j'ai reçu le message qui dit que mon compte est cloné, {spread} à vos contacts")


@pytest.mark.parametrize("text", ["Instagram et Facebook imitent Twitter : il faudra payer la certification"])
def test_paying_for_certification_is_meta_verified(checker, text):
    a = checker.check(text)
    assert not a.flagged and a.truth is not None and a.truth.id == "meta-verified", a


@pytest.mark.parametrize(
    "text",
    [
        # free, or from the state: the phishing, not the paid badge
        "L'État donne la certification bleue gratuite à ceux qui envoient leur carte d'identité à la page officielle",
    ],
)
def test_free_or_state_certification_is_not_meta_verified(checker, text):
    a = checker.check(text)
    assert a.truth is None or a.truth.id != "meta-verified", a


def test_a_choice_screen_is_the_optional_plan(checker):
    """Meta's EU consent screen makes people choose between ads and paying: a question that says so
    is about the optional plan, not "Instagram becomes paid"."""
    a = checker.check("On doit vraiment payer pour Instagram maintenant ? J'ai eu un écran qui me demande de choisir")
    assert not a.flagged and a.truth is not None and a.truth.id == "meta-ad-free-eu", a


@pytest.mark.parametrize("text", [SEED, SEED.split(". ")[0]])  # with and without "C'est une fake news ?"
def test_the_seed_question_gets_a_real_answer(checker, text):
    a = checker.check(text)
    assert not a.flagged and a.stance == "asks" and a.family_id == "meta-ai-paid"
    assert a.verdict == "true" and a.entry.became_true["date"] == "2026-05-27"
    related = {r["id"]: r for r in a.related}
    assert related["facebook-paid"]["verdict"] == "false"  # the old chain is still a hoax
    assert not any(r["close"] for r in a.related)  # paying for the AI is not "Goodbye Meta AI"
    assert all(r["url"] and r["date"] for r in a.related)


async def test_explicit_check_answers_and_ask_json_fields(services):
    r = await handle(Invocation(line="hoax " + SEED, lang="fr"), services)
    h = r.to_json()["hoax"]
    assert r.ok and h["flagged"] is False and h["verdict"] == "true" and h["stance"] == "asks"
    assert h["matched_claim"] and h["related"] and "2026" in r.text
    plain = await handle(Invocation(line=SEED, lang="fr"), services)  # no "hoax": the plain-question door
    hp = plain.to_json().get("hoax")
    assert plain.ok and hp and hp["flagged"] is False and hp["verdict"] == "true"
    unknown = await handle(Invocation(line="hoax Is it true that Discord is shutting down next year?"), services)
    hj = unknown.to_json()["hoax"]
    assert "don't know this one" in unknown.text and hj["verdict"] is None and hj["hoax_id"] is None
    assert hj["stance"] == "asks" and unknown.links  # where to check


def test_every_family_has_article_links_and_statements_in_both_languages():
    for e in load_builtin():
        assert len(e.statements) >= 4, e.id
        for _, url in e.links:
            path = urlparse(url).path.strip("/") + urlparse(url).query
            assert len(path) > 3, f"{e.id}: {url} looks like a home page"
    assert len(load_builtin()) >= 40
    for t in load_truths():
        assert t.url.startswith("https://") and t.date[:4].isdigit() and t.source, t.id
    assert json.dumps([t.id for t in load_truths()])  # serialisable ids


def test_no_stance_rule_ends_in_a_space():
    """A cue rule is matched as " (rule)" followed by a non-letter: an alternative ending in a space
    ("il n y a pas de ") can never match, and two such dead rules hid debunks for a whole round."""
    import commands.hoax.stance as rules
    from commands.hoax.normalise import CueRegex

    def top_level(body: str) -> list[str]:
        depth, cur, out = 0, "", []
        for ch in body:
            depth += (ch == "(") - (ch == ")")
            if ch == "|" and depth == 0:
                out.append(cur)
                cur = ""
            else:
                cur += ch
        return out + [cur]

    for name, value in vars(rules).items():
        if isinstance(value, CueRegex):
            body = value.rx.pattern[len(" (?:") : -len(")(?![a-z0-9])")]
            dead = [alt for alt in top_level(body) if alt.endswith(" ") or alt.endswith(" )?")]
            assert dead == [], (name, dead)
    # the catalogue's own word lists are matched the same way (a true story's `denied_by` once had
    # "(lit|voit) (tous|toutes|tout) ", so "Meta AI lit toutes nos convs" never refuted the story)
    cues = [(e.id, e.claim_words) for e in load_builtin()] + [(t.id, t.denied_by) for t in load_truths()]
    for name, cue in cues:
        if cue is not None:
            body = cue.regex.pattern[len(" (?:") : -len(")(?![a-z0-9])")]
            dead = [alt for alt in top_level(body) if alt.endswith(" ") or alt.endswith(" )?")]
            assert dead == [], (name, dead)


def test_no_rule_spells_a_double_letter_across_a_group():
    """Text and rules are squeezed ("fees" is read "fes"), but a letter doubled across a group's edge
    survives in the rule: "fe(e|es)?" never matched "fees", so "fb fees start monday??" was not
    about paying; "nouvel(le)?" never matched "nouvelle"."""
    import re
    from pathlib import Path

    import commands.hoax.question_words as words
    import commands.hoax.stance as rules
    from commands.hoax.normalise import CueRegex

    doubled = re.compile(r"([a-z])\((?:\?:)?(?:[^()|]*\|)*\1")
    patterns = [(name, v.rx.pattern) for mod in (rules, words) for name, v in vars(mod).items() if isinstance(v, CueRegex)]
    catalogue = Path(rules.__file__).with_name("catalogue.json").read_text(encoding="utf-8")
    patterns += [("catalogue", text) for text in re.findall(r'"((?:[^"\\]|\\.)*)"', catalogue) if "|" in text]
    found = [(name, m.group(0)) for name, text in patterns for m in doubled.finditer(text)]
    assert found == []


@pytest.mark.parametrize(
    "text",
    [
        "Facebook and WhatsApp will make you pay for the AI, and anyone who doesn't pay will lose access to their account",
        "WhatsApp va faire payer son IA et ceux qui ne paient pas, on leur coupe le compte",
        "Meta va obliger tout le monde à payer pour continuer à utiliser Instagram, à cause de l'IA",
    ],
)
def test_paying_for_ai_or_losing_the_account_is_the_old_hoax_not_the_optional_plans(checker, text):
    """Meta's paid AI plans are optional (true news); 'pay or lose your account' is the hoax."""
    a = checker.check(text)
    assert a.flagged and a.entry is not None and a.entry.verdict_code == "false" and not a.entry.optional, a


@pytest.mark.parametrize(
    "text",
    [
        "Meta AI is getting a paid tier for more compute, the basic assistant stays free",
        "Meta va proposer des formules payantes pour son IA, l'usage de base reste gratuit",
    ],
)
def test_the_optional_paid_ai_plans_are_not_flagged(checker, text):
    a = checker.check(text)
    assert not a.flagged and a.verdict in ("true", "mixed"), a


@pytest.mark.parametrize(
    "text",
    [
        "est ce que les images bonjour de whatsapp contiennent des virus chinois",
        "c vrai que whatsapp devient payant samedi si on transfere pas a 10 contacts",
        "On m'a dit que mon compte Facebook a été cloné et qu'il faut transférer le message à tous mes amis. Je fais quoi ?",
        # inversion, "legit or scam", and the claim asked about followed by where it was seen
        "Faut-il recopier le message « je n'autorise pas Facebook à utiliser mes photos » sur mon mur ?",
        "a friend's whatsapp wants me to send back a 6 digit code she sent me by mistake, legit or scam?",
        "WhatsApp va devenir payant à partir de samedi ? je l'ai vu dans le statut de mon cousin",
        "Do I have to forward this to 10 people or will Facebook start charging me? my uncle says it was on TV",
        "Kindly confirm, WhatsApp will charge 5 rupees per message from Monday? got it in the colony group",
        "Got a forward saying don't accept Jayden K Smith or we all get hacked. Can that even happen just by accepting someone?",
        "Faut vraiment transférer le message à 10 contacts sinon WhatsApp devient payant ? Ma tante insiste",
        "Si on ne partage pas, Facebook devient payant ? c'est ce que dit le message de mon oncle",
        "My aunt's group is full of 'Meta AI will read every WhatsApp chat unless you switch on the setting'. Any truth in it?",
        "Grandad sent a thing saying Facebook will charge £4.99 a month unless we repost it. Surely that's rubbish?",
        "Instagram va devenir payant ? Ma sœur dit qu'il faut partager le message avant dimanche",
        "Y aura vraiment un abonnement obligatoire sur Facebook en janvier ? tout le monde le partage",
        "Facebook va supprimer les comptes inactifs lundi ? Des amis ont dit que c'était officiel",
        "Hi all, kindly confirm whether WhatsApp will start recording calls from Monday, it came in our estate group",
        "Je dois republier le texte avant minuit sinon Instagram garde mes photos ?",
        "ma tante me demande un code à 6 chiffres qu'elle m'aurait envoyé par erreur, jle donne ? c louche non",
        "a mate says he sent me a 6 digit code by mistake and wants it back, should I send it? feels dodgy",
        "will posting the copyright notice stop Facebook using my photos",
        "WhatsApp va vraiment devenir payant ? on m'a dit que c'était une intox mais ma tante insiste",
        "my aunt posted the Goodbye Meta AI thing and so did half of Hollywood, so it must work right? 🤔",
        "facebook va devenir payant lundi si on partage pas ?? jy crois moyen",
        "WhatsApp sera fermé la nuit à partir de demain ? c'est signé « le PDG de WhatsApp »",
        "Zuckerberg donne vraiment 5 millions aux gens qui partagent ? mon oncle y croit dur comme fer",
        "Facebook va devenir payant à partir de lundi? ma voisine l'a reçu trois fois",
        "WhatsApp va vraiment enregistrer nos appels dès demain ? y a une histoire de coches rouges",
        "got a msg from the 'facebook admin' saying my account gets deleted unless I send it to 20 people. real?",
        "Instagram nouvelle règle demain, doit-on poster la déclaration pour protéger nos photos ?",
        "my grandad wants to know if he should share the Zuckerberg money post to 10 friends, how do I explain it's fake",
        # "vous confirmez ?" and "c'est réel ?" ask in words, whatever follows
        "Il paraît que l'algorithme de Facebook ne montre que 26 amis, vous confirmez ?",
        "L'algo de FB qui montre nos posts qu'à 25 amis, c'est réel ? Tout le monde demande de commenter avec un point",
        "Y a une nouvelle règle insta demain où tout devient public même les messages supprimés ?? vrai ou hoax",
        "Got 'hi mum this is my new number' from an unknown number. my son is sitting next to me lol. what is this",
        "heard a third blue tick means the govt has read it. that can't be right can it",
        "Do you guys think the Goodbye Meta AI post works? Kate Hudson posted it so...",
        # "je le fais ?" asks about the request it reports
        "Mon cousin me demande de lui renvoyer le code à 6 chiffres reçu par SMS, il dit qu'il s'est trompé, je le fais ?",
        # "c'est quoi cette histoire" asks without a question mark
        "Ma voisine dit que 3 coches bleues veulent dire que le gouvernement lit tes messages, c'est quoi cette histoire",
        "what's whatsapp gold and is it safe to download it",
        # "… or what" closing a question that has no question mark
        "three people sent me the 'another friend request from you' message this week, has my account been cloned or what",
        # a worried "c'est grave ?" asks, whatever the model makes of the rest
        "mon cousin a rentré son code dans le lien des 100 Go offerts par WhatsApp, c'est grave ?",
    ],
)
def test_a_question_in_so_many_words_is_never_flagged(checker, text):
    a = checker.check(text)
    assert not a.flagged and a.entry is not None and a.verdict == "false", a


@pytest.mark.parametrize(
    "text",
    [
        "oh yeah sure, posting 'Goodbye Meta AI' is a legally binding contract, that's definitely how the law works",
        "Oh yes of course, Zuckerberg is going to personally wire you 4.5 million because you tagged 10 friends. Totally.",
        "Personne va toucher 4,5 millions de Zuckerberg en partageant, il les a donnés à sa fondation mdr",
        # advice quoting the chain, in French: « ne le partage pas »
        "Si tu reçois « Facebook va devenir payant, partage à 10 amis », ne le partage pas, efface-le",
        "Si vous recevez « WhatsApp sera payant dès lundi, transférez à 10 contacts », ne le transférez pas et supprimez-le.",
        # a birthday is no free-data anniversary without its data
        "Je vous partage le lien du groupe WhatsApp pour l'anniv de Paul, mettez vos dispos svp",
        # paying for Netflix is no free Netflix offer
        "J'ai payé l'abonnement Netflix en novembre, c'est à toi le mois prochain",
        "send me the address again pls, I deleted the message by accident",
        "Fun fact: the Martinelli video has been 'released tomorrow' every day since 2017. Still waiting",
        "« Partagez à 10 groupes et votre logo deviendra bleu » 😂 quinze ans que Facebook devient payant. Toujours gratuit.",
        "Mon compte Insta refuse de charger les stories depuis ce matin, j'ai vidé le cache et c'est revenu",
        # a claim's own name in ordinary words: the family needs its claim's words too
        "we always get a crate of Martinelli's apple juice for the kids at Thanksgiving",
        "le point de demain passe à 10h, l'invitation Teams est à jour",
        # the writer closes their own page: news about them, not "Facebook closes"
        "We're closing our Facebook group at the end of the month, everything moves to the newsletter",
        "On ferme la page Facebook de l'association en janvier, suivez-nous sur le site",
        "Facebook sera fermé pour les vacances : la page du restaurant ne répond plus jusqu'au 3",
        # advice and debunks in words no chain uses about itself
        "Quand on vous dit que votre compte est piraté, vérifiez vos paramètres au lieu de transférer le message",
        "That 'free 50GB data' link just wants your number and your network — that's data harvesting, skip it",
        "Fake message claims WhatsApp will bill 5p a text from Monday unless you forward it",
        "Ton compte n'est pas piraté, c'est une chaîne : efface-la et transfère rien",
        "Le message qui menace de couper WhatsApp à ceux qui ne le partagent pas : on le supprime, on ne le transfère pas.",
        "MTN not giving away 30GB to old SIM owners as claimed on WhatsApp",
        "Reminder: any message telling you to forward it or WhatsApp deletes your account is fake, WhatsApp doesn't contact you through chains",
        "accepter une invitation ça pirate rien du tout, c'est juste une chaîne 🙄",
        "Rappel : aucun opérateur (Orange, MTN, Airtel) n'offre de Go gratuits par un lien à partager.",
        "Good morning pictures don't hack phones, ignore the forwards telling you to delete them all",
        "lol non Zuckerberg ne distribue pas sa fortune, c'est de la collecte de likes",
        "you haven't been cloned Dave 😂 it's a chain message, stop forwarding it to all of us",
        "Free 50GB from MTN for 30 days? Don't believe every message you get on WhatsApp",
        "If you want Meta AI out of the family group, the admin can turn on Advanced Chat Privacy. But it's not reading everything",
        "not hacked!! everyone got logged out of insta at once, it's a Meta outage, it's back now",
        "Publier « je n'autorise pas Facebook » ne sert à rien : réglez vos publications sur « Amis »",
        "Mark Zuckerberg ne distribue pas sa fortune aux internautes qui copient-collent son message",
        "Your Facebook account has not been cloned: the 'second friend request' message is a chain",
        "Avant de cliquer sur un lien « 1000 Go offerts » reçu sur WhatsApp, regardez l'adresse du site",
        "Facebook ne passe jamais par des chaînes pour fermer des comptes : supprimez ce message",
        "Ça fait dix ans que « WhatsApp devient payant samedi » circule, supprimez",
        "my teacher put red ticks all over my essay lol, the group chat is roasting me",
        "vu la vidéo de Zuckerberg avec ses lunettes connectées sur Facebook, gadget",
        "je l'ai mise dans le groupe WhatsApp de la classe, la vidéo du spectacle, elle est lourde",
        "grabbing Martinelli's sparkling cider for the party tonight, the kids love it",
        "Airtel offre 50 Go aux vieilles puces ? Une offre trop belle pour être vraie, c'est du phishing",
        "Faut arrêter de dire que Facebook devient payant. L'abonnement c'est juste pour ne plus avoir de pubs",
        "WhatsApp : aucune preuve qu'une vidéo « Martinelli » contamine les téléphones",
        "not quite — Meta AI only sees messages you send to it, the 'they read every group chat' bit is scaremongering",
        "les images bonjour ne piratent rien du tout, l'avocate « Olga Nikolaevna » c'est du vent",
        "my insta is on private now, just accept my follow request it's me from the bakery lol",
        "Bonjour, est-il exact que Facebook fermera le 15 mars ? Ma mère insiste pour que je transfère le message",
        "this says whatsapp logo turns blue if I forward to 10 people lmaooo is that a thing",
        "Si tu reçois un message « Meta Support » qui dit que ta page sera bloquée sous 24h, clique sur rien. "
        "Meta te contacte pas par Messenger pour ça.",
        "Les messages privés sont exclus de l'entraînement de Meta AI, c'est les posts publics. Faut remplir le formulaire",
        "« Goodbye Meta AI » : publier ce message n'empêche pas Meta d'entraîner son IA avec vos contenus",
        "Les « boîtes mystère » de Lidl à 2 euros sur Facebook sont une tentative d'hameçonnage",
        "If you get a message promising free GBs of data from WhatsApp or your carrier, don't click and don't forward it",
        "Why you should ignore the Jayden K Smith Facebook 'hacker' warning",
        "Facebook va prélever 4,99$ par mois sur nos comptes ? J'ai vu ça dans un post \"je n'autorise pas\"",
        "WhatsApp offre 50 Go d'internet gratuit pour son anniversaire ? le lien a l'air louche",
        "Facebook va devenir payant en janvier ? une collègue dit que c'est passé sur TF1",
        "Karen it's the same \"facebook will charge $4.99\" post from 2009. Channel 13 didn't say anything. FB is free",
        "« Je n'autorise pas Facebook… » : ce message copié-collé ne protège absolument rien",
        "Si vous recevez le message sur les coches rouges du gouvernement, ne le transférez pas. WhatsApp n'a que 3 états",
        "WhatsApp : un étrange cercle bleu s'est invité dans votre liste de contacts, c'est Meta AI",
        "anyone else get the 'your logo turns blue if you share to 10 friends' thing? that's not real right",
        "Personne n'a reçu de demande d'ami de ta part hein, c'est juste la chaîne qui tourne. Pas besoin de la transférer",
        "Mon abonnement Netflix passe à 13,49€ le mois prochain, je vais peut-être résilier",
        "PSA: don't repost the Goodbye Meta AI text. Use the objection form in the Privacy Centre (EU/UK)",
        "If a message says WhatsApp will charge you unless you forward it, ignore it. WhatsApp doesn't contact users like that.",
        "Mark Zuckerberg has debunked the rumour he's giving his fortune away to random Facebook users",
        "« Je n'ai rien signé avec Meta » : ce message partagé en masse sur Facebook n'a aucune utilité",
        "Instagram keeps showing me the same 5 cooking accounts, my algorithm is cursed",
        "On va tous devoir payer 13 € par mois pour Facebook en Europe ? je comprends rien à ce nouvel écran",
        "Nobody cloned your account Dave, that 'I got another friend request from you' message is just a copy-paste chain",
        "fb has never capped you at 25 friends. switch your feed to Most Recent if you want to see everyone",
        "Fraude en ligne : les « boîtes mystère » Lidl à 2 euros sur Facebook sont une arnaque",
        "whatsapp going paid unless you forward to 10 people?? surely not",
        "does meta use our private messages to train its AI? heard it's all our posts now",
        "Tu peux partager l'annonce de mon appart sur ton Facebook stp ? merci !!",
        "Switched my profile to private, accept my follow request if you know me x",  # not who viewed it
        "Meta ne prévoit pas d'enregistrer vos messages vocaux WhatsApp pendant six mois",  # a denied plan
        # the asker's own "je peux ?" after the scam's request told in their words
        "Un pote me demande sur WhatsApp de lui renvoyer un code à 6 chiffres reçu par erreur, je peux ?",
        "Les « trois coches bleues » qui prouveraient que le gouvernement lit WhatsApp n'existent pas",
        "Compte Facebook « cloné » : inutile de transférer ce message à tous vos contacts",
        "Ta déclaration « je n'autorise pas Facebook » a zéro valeur juridique. Et UCC 1-308 c'est du droit américain",
        "Astuce : si un ami te demande de l'argent sur Messenger, appelle-le avant. Les comptes piratés ou clonés font ça.",
        "video of the kids at the pool, don't open it on mobile data it's huge",
        "Je viens d'acheter du jus de pomme Martinelli pour l'anniversaire de Léo, ils adorent",
        # the name with a phone is no claim: the claim is what the video does to the phone
        "lol my phone autocorrected Martinelli to martini, which honestly is a better plan for tonight 🍸",
        # spoken French "peuvent pas vous donner", "piège à clics"
        "1000 Go gratuits 🤣 Facebook c'est pas un opérateur, ils peuvent pas vous offrir de data. C'est un piège à clics",
        "Recevoir une deuxième demande d'ami ne veut pas dire que votre compte Facebook a été cloné : attention à ce message en "
        "chaîne",
        "Rappel : les messages « partagez à 20 amis sinon Facebook devient payant » sont des chaînes. Facebook n'annonce rien "
        "par ce biais.",
        "Zuckerberg qui offre des millions aux gens qui partagent, et moi je suis le pape. Arnaque.",
        "Facebook is not about to charge users to keep their profile private",
        # the real setting's advice, not the warning relayed
        "To limit what Meta AI can see in your WhatsApp groups, don't tag @Meta AI and turn on advanced chat privacy",
        "Je suis passée à la version gold de ma carte de fidélité Sephora, trop contente",
        # the chain's request described, not made
        "if a whatsapp msg promises free GB or free recharge and asks you to share it to 30 people, it's click fraud at best. "
        "dont open the link",
        # what to do when told about the chain
        "If someone says they got a second friend request from you, don't forward the message to everyone. Search your name "
        "on Facebook and report the clone.",
        "Si vous voyez passer « internet gratuit 100 Go » sur WhatsApp, ne rentrez jamais votre numéro sur le site, c'est pour "
        "récupérer vos données",
        "guys the 'hackers hide codes in good morning pics' thing is a chain from 2017. images can't steal your bank info",
        "Oh great, Shanghai China International News strikes again 🙄 good morning images don't carry phishing code. Keep "
        "sending your sunflowers, Auntie",
        # losing one's own chats is no claim about who reads them
        "Mon téléphone a planté, j'ai perdu toutes mes conversations WhatsApp 😭 renvoyez-moi vos numéros",
        "Personne va te verser 4,5 millions pour un copier-coller 😂 Zuckerberg donne ses actions à sa fondation, pas aux "
        "gens qui taguent 10 potes",
        "Instagram isn't making your photos public tomorrow, that post comes back every few months. ignore it",
        "Conseil sécurité : activez la double authentification sur Facebook et ignorez les messages « ton compte a été "
        "cloné » qui demandent de transférer à tous vos contacts",
        "'Good morning' images do not hide phishing code that steals your bank details",
        "Ppl forwarding 'you've been cloned' to their whole list are making it worse. Only worry if you actually see a "
        "duplicate profile, then report it",
        "Three blue ticks on WhatsApp don't mean the government is reading your chats",
        # someone removing the app, and a phone tip in the cloned-account chain's words ("hold your finger")
        "deleted facebook off my phone for lent, already feel better tbh x",
        "quick tip: hold your finger on the message and tap reply to answer it directly",
        "Coller « je n'autorise pas Facebook » sur ton mur ça change rien aux conditions que t'as acceptées, tes photos "
        "restent à toi",
        # advice quoting the chain; the one official app; somebody's restaurant
        "If you see 'Facebook will start charging unless you share this post', don't share it, Facebook says it's free",
        "Si on te propose « WhatsApp Gold » ou une version plus, n'installe rien : il n'existe qu'une seule appli officielle, "
        "sur le store",
        "the video from Martinelli's restaurant launch is hilarious, you have to watch it",
        # a page's closing times are not Facebook closing; where the real app comes from is not a warning chain
        "Our daycare's Facebook page will post the closing times for snow days so keep an eye on it",
        "Do not install WhatsApp Pink, the link is malware that takes over your account. The official WhatsApp only comes "
        "from the app stores.",
        # a claim said to be overstated is debunked
        "You can limit Meta AI in groups with Advanced Chat Privacy, but that viral 'Meta AI reads everything' post "
        "overstates the risk; your chats stay encrypted.",
        "Security tip: you can't be hacked just by accepting a friend request, still don't accept strangers, they can "
        "scrape your birthday to guess passwords",
        # what everyone does with the chain, not an order to pass it on
        "Personne t'a piraté, c'est juste la chaîne « n'acceptez pas Jayden » qui tourne, tout le monde la partage à tout "
        "le monde",
        # a headline's verdict word; a forwarded school message is no "update through this link" chain
        "Claim that WhatsApp will start charging users is misleading",
        "je t'ai transféré le message de la nounou sur whatsapp, c'est pour la sortie de vendredi",
        # the act the chain orders, said not to save anything; advice calling the chain a scammer's lure
        "Sharing that post will not protect your Facebook account after the breach",
        "Honestly, reposting the Goodbye Meta AI statement just makes you an easy target for scammers",
        # a group closing its comments is no Facebook closing
        "heads up, the parents' facebook group is closing comments on the raffle post tonight",
        # spoken French without « ne »: the giveaway denied
        "Zuckerberg donne pas des millions à ceux qui copient son post lol, faut arrêter",
        # with a question, the news is where they heard it, not a vouch
        "les images bonjour ça pirate le téléphone ? c'est passé aux infos paraît-il",
        # what the AI really sees, as advice; a headline whose verdict closes it
        "Pour ceux qui ont peur de Meta AI : il n'a accès qu'aux messages où vous le mentionnez. N'écrivez pas @Meta AI "
        "dans vos groupes.",
        "Les « coches rouges » de la police sur WhatsApp sont une invention",
        "Just posted the raffle winners on our Facebook page, congrats Dave!",
        "Les images « bonne nuit » ne permettent pas de pirater un téléphone, contrairement à ce qu'affirme ce message",
        # what the AI sees, said as a debunk
        "Meta AI can't see your private messages, they're end-to-end encrypted; it only reads what you send to it",
        "Rassurez-vous : Meta AI n'a accès qu'aux messages que vous lui envoyez dans WhatsApp",
        # "… is made up" is a verdict no chain gives itself
        "the good morning pictures virus is made up, keep sending your roses grandma",
        # what the AI can see, said against the "reads everything" chain
        "Meta AI can only see messages you send to it or tag it in. the rest stays encrypted, the 'reads all your chats' thing is wrong",
        # "sure, and if…": sarcasm; "tu fais juste du spam": no chain says that of itself
        "Sure, and if you forward the roses picture your bank account empties itself 🙄 pictures don't steal money",
        # a relative's win at a raffle vouches for no giveaway chain
        "Ma sœur a gagné un bon d'achat Carrefour au concours du quartier, trop contente",
        "my cousin won a voucher in the Lidl competition at work lol",
        # "going round since 2011": no chain dates itself
        "lol this 'facebook will charge $3.99' post has been going round since 2011. it's free, always has been",
        "Le message « ton compte a été cloné, appuie longtemps et transfère à tous tes contacts » : en le faisant tu fais juste "
        "du spam, cherche plutôt s'il y a un faux profil",
    ],
)
def test_mocking_debunks_and_ordinary_lines_are_not_flagged(checker, text):
    assert not checker.check(text).flagged


@pytest.mark.parametrize(
    "text",
    [
        "meta is making everyone pay for whatsapp now because of their AI spending, free era is over",
        "Facebook, Instagram et WhatsApp vont faire payer tout le monde pour l'IA, c'est la fin du gratuit",
    ],
)
def test_everyone_paying_for_the_ai_is_the_hoax(checker, text):
    a = checker.check(text)
    assert a.flagged and a.entry is not None and not a.entry.optional, a


@pytest.mark.parametrize(
    "text",
    [
        "Should I repost the Meta AI notice? My sister says it protects the kids' photos from being used",
        "est ce que ça sert à quelque chose de publier le texte adieu meta ai",
    ],
)
def test_a_question_naming_a_claim_loosely_gets_both_near_answers(checker, text):
    """Writers call the same post "the copyright notice", "the Meta statement" or "Goodbye Meta AI":
    a question nearly as close to both claims is answered about one and names the other."""
    a = checker.check(text)
    close = [r for r in a.related if r["close"]]
    assert not a.flagged and len(close) == 1 and close[0]["verdict"] == "false" and close[0]["url"]
    assert {a.family_id, close[0]["id"]} == {"facebook-copyright-notice", "meta-ai-optout"}
    assert a.related[0] is close[0]  # named first, before the true stories nearby


@pytest.mark.parametrize(
    "text",
    [
        "Is it true deleted messages all go public tomorrow? everybody on my wall says so",
        "la règle insta qui permet d'utiliser nos photos contre nous au tribunal dès demain, c'est vrai ??",
    ],
)
def test_a_question_about_one_copy_paste_notice_names_its_kin(checker, text):
    """The copyright notice, "Goodbye Meta AI", the Instagram "new rule" and "everything becomes
    public" are one chain under four names (`kin`): whichever is answered, the nearest other is named
    too, even when the question shares few words with it."""
    a = checker.check(text)
    close = [r for r in a.related if r["close"]]
    assert not a.flagged and a.entry is not None and len(close) == 1, a
    assert close[0]["id"] in a.entry.kin and close[0]["verdict"] == "false"


@pytest.mark.parametrize(
    ("text", "kin"),
    [
        ("Should I repost that 'everything becomes public tomorrow' message? sounds fishy", "facebook-copyright-notice"),
        ("c'est vrai que demain tout ce qu'on a publié sera public, même les messages effacés ?", "facebook-copyright-notice"),
    ],
)
def test_everything_becomes_public_names_the_notice_it_opens(checker, text, kin):
    """"Everything becomes public tomorrow" is the first half of the copy-paste notice (`carried_by`):
    the asker was sent the notice, so it is the kin named when the question points to no other."""
    a = checker.check(text)
    close = [r["id"] for r in a.related if r["close"]]
    assert not a.flagged and a.family_id == "facebook-posts-public" and close == [kin], a


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("my nan posted the 'i do not give facebook permission to charge me 4.99' thing, any truth to it?", "facebook-paid"),
        ("Le statut « je n'autorise pas Facebook à me facturer 4,99 $ » ça a une valeur légale ?", "facebook-paid"),
        ("Je dois reposter « je n'autorise pas Instagram à utiliser mes photos » ? Tout le monde le fait", "instagram-new-rule"),
        ("should I repost it? everyone is sharing the 'I do not give Meta permission' post", "meta-ai-optout"),
        # "dites-moi si je dois partager" asks, without a question mark
        ("Svp dites moi si je dois partager ça : « Je ne donne pas à Meta la permission d'utiliser mes données »", "meta-ai-optout"),
        # a kin runner-up nearly as close is named without its own words
        ("Real or fake: 'from monday facebook will make all your photos public unless you post this'", "facebook-copyright-notice"),
    ],
)
def test_the_kin_named_is_the_one_the_question_points_to(checker, text, meant):
    """A notice question answered about the copyright notice names the kin its other words point
    to: another platform it names (Instagram, Meta), or a price it quotes ("charge me 4.99" is the
    "Facebook becomes paid" chain glued to the notice)."""
    a = checker.check(text)
    close = [r["id"] for r in a.related if r["close"]]
    assert not a.flagged and meant in {a.family_id, *close}, (a.family_id, close)


@pytest.mark.parametrize(
    "text",
    [
        "Saw a post saying Meta trains AI on whatsapp DMs. fact or fake?",
        "Is Meta going to use my private messages to train its AI now? I keep getting a notification",
    ],
)
def test_ai_training_on_private_messages_is_not_the_public_posts_story(checker, text):
    """Meta trains its AI on public posts in the EU (true); on private messages it does not: a
    question about DMs gets the false claim, not "true" from the public-posts story."""
    a = checker.check(text)
    assert a.family_id == "meta-ai-reads-messages" and a.verdict == "false" and a.truth is None, a


def test_ai_training_on_public_photos_is_the_true_story(checker):
    a = checker.check("c'est vrai que Meta utilise nos photos publiques pour son IA depuis mai ?")
    assert a.verdict == "true" and a.truth is not None and a.truth.id == "meta-eu-ai-training", a


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("who's Olga Nikolaevna and should I really delete my greeting pics?", "greeting-images-phishing"),
        ("Shanghai China International News ça existe ?? on me dit qu'ils ont lancé un SOS", "greeting-images-phishing"),
        ("Quelqu'un sait si Andy et John les « directeurs de WhatsApp » existent ? On me demande de transférer", "whatsapp-paid"),
        ("on m'a dit que Facebook allait prélever 5,99 € si on colle pas le message, c'est sérieux ?", "facebook-paid"),
        ("is it true govt can see whatsapp msgs now and red tick = police? my dad wont stop forwarding it", "whatsapp-govt-ticks"),
        ("Faut transférer le message après la panne sinon mon compte restera inactif ?", "account-purge-chain"),
        ("Zuckerberg file des sous si on partage, y a une chance que ce soit vrai ?", "zuckerberg-giveaway"),
        ("a page called 'Meta Prizes' says I won, I just need to pay for shipping. legit?", "zuckerberg-giveaway"),
        ("ma mère m'a demandé de copier coller un texte pour pas payer fb, je le fais ou pas 😂", "facebook-paid"),
        ("Faut copier le message des 25 amis pour revoir tout le monde sur Facebook ? ça marche vraiment ?", "facebook-25-friends"),
        # the handle names the assistant ("@MetaAI", squeezed to "metai")
        ("Real question: if I don't tag @MetaAI can it still see what we post in this group?", "meta-ai-reads-messages"),
        ("my buddy asked for a six digit code he 'sent by accident' on whatsapp, scam?", "whatsapp-code-scam"),
        ("On me dit de refuser l'ami « Tanner Dwyer » sinon mon Messenger sera hacké, c'est vrai ?", "friend-request-hacker"),
        ("Do I need to post that Meta AI disclaimer thing or is it nonsense?", "meta-ai-optout"),
        ("Meta AI est dans WhatsApp, donc ils lisent tout ce qu'on écrit maintenant ?", "meta-ai-reads-messages"),
        # the Instagram rule chain signs with "Channel 13 News" and "deadline today" too
        ("my sister shared the 'channel 13 deadline today' post again, is any of it real?", "instagram-new-rule"),
        ("WhatsApp coupé la nuit dès la semaine prochaine, c'est vrai ?", "whatsapp-night-shutdown"),
        # no app named, and not the page-deletion phishing ("sous 24 heures … via le lien") it shares words with
        ("Ma voisine m'a envoyé « partagez à 10 contacts sinon votre compte sera supprimé », je dois m'inquiéter ?",
         "account-purge-chain"),
        # "is this … real" without a question mark, and "whats going on" at the end
        ("bro is this hacker friend request warning real, my aunt forwarded it to the family group", "friend-request-hacker"),
        ("got the 'don't accept a friend request from that hacker' message from 3 people this morning, whats going on",
         "friend-request-hacker"),
        # "je vois ça partout" is where it was seen, not a claim's words
        ("Facebook va vraiment coûter 4,99 par mois ? Je vois ça partout sur mon fil", "facebook-paid"),
        ("Quelqu'un peut me dire si c'est vrai cette histoire de vidéo qui bloque le téléphone ? elle tourne dans le groupe "
         "des parents", "martinelli-video"),
        ("that blue ring in whatsapp, does it mean meta is reading our chats now? just asking", "meta-ai-reads-messages"),
        # "seriously asking", "is this <a code number> … real", "is that the scam …?" ask in words; "samedi" is no paid Facebook
        ("seriously asking, are the good morning images risky or is this grandma panic", "greeting-images-phishing"),
        ("mate is this UCC 1-308 notice real law lol", "facebook-copyright-notice"),
        ("my cousin asked me to send her the 6 digit code I got by sms, is that the scam people talk about?",
         "whatsapp-code-scam"),
        ("Meta AI va lire nos discussions à partir de samedi, c'est vrai ? ça tourne partout", "meta-ai-reads-messages"),
        # the chain's own line quoted; a giveaway "by Meta" is Zuckerberg's
        ("Le message « c'est officiel le mien est devenu bleu » ça change quelque chose ou pas ?",
         "facebook-copyright-notice"),
        ("Got a link saying Meta gives $300 to every user, is this legit?", "zuckerberg-giveaway"),
        ("« Meta offre 500 € aux 1000 premiers qui commentent MERCI », c'est du vrai ?", "zuckerberg-giveaway"),
        # "someone … says" is hearsay, not the giveaway's "someone from the foundation says you won"
        ("someone in the family group says facebook closes in april, fake right?", "facebook-closing"),
        ("my aunt shared the 'Berner Convention' post again, is there any truth to it", "facebook-copyright-notice"),
        ("3ème coche quand on fait une capture d'écran, ça existe vraiment sur WhatsApp ?", "whatsapp-govt-ticks"),
        ("Ma tante a commenté 'ok' partout pour rester dans le fil de ses amis, ça sert à quelque chose ?",
         "facebook-25-friends"),
        ("red tick on whatsapp = govt watching you? saw this in 3 groups today", "whatsapp-govt-ticks"),
        ("svp quelqu'un peut me dire si le post Meta IA que tout le monde repartage sert à rien ?", "meta-ai-optout"),
        ("Someone in my group says FB will be paid from Nov 1. Any truth to this or the usual nonsense?", "facebook-paid"),
        ("Do I have to copy and paste to avoid paying for Facebook or is this the same old nonsense", "facebook-paid"),
        # the WhatsApp bubble turning another colour is the paid chain's; seeing one's friends again is the 25 friends'
        ("faut transférer à 10 personnes pour que la bulle devienne bleue ?", "whatsapp-paid"),
        ("il faut recopier le texte pour revoir tous mes amis dans le fil ?", "facebook-25-friends"),
        # the chain's price is its name
        ("Faut-il recopier le message pour éviter les 4,99 ou je laisse tomber ?", "facebook-paid"),
        # "fees", squeezed to "fes", is the paid claims' own word
        ("Channel 13 says fb fees start next week?? can't find it anywhere, true?", "facebook-paid"),
        ("how can I tell if the 'Facebook Security' account that wrote to me saying my page gets deleted in 24h is real?",
         "meta-page-violation-phishing"),
        ("Un message « Meta Support » me dit que j'ai gagné à la loterie Facebook, c'est vrai ?", "zuckerberg-giveaway"),
        # "stupid question but…" asks, question mark or not
        ("stupid question but does the 'je n'autorise pas Facebook' post protect my photos", "facebook-copyright-notice"),
        ("is that Lidl free hamper giveaway on whatsapp legit? my neighbour says she won one", "supermarket-voucher"),
        # a question, then what others do: "tout le monde poste" reports the chain, it does not pass it on
        ("Facebook va rendre publics nos messages demain ? tout le monde poste le « je n'autorise pas »",
         "facebook-posts-public"),
        ("le jeu concours de Zuckerberg avec 2000€ à la clé, c'est sérieux ?", "zuckerberg-giveaway"),
        ("Must I forward this to 15 contacts to keep messenger free or is it nonsense? the logo turns blue apparently",
         "messenger-paid"),
        # Channel 13 is named by the paid chain too ("Channel 13 News was talking about it")
        ("My gran shared the 'Channel 13 said facebook will charge' post. How do I tell her nicely it's fake? It IS fake right?",
         "facebook-paid"),
        ("do you know if the Channel 13 thing about Facebook charging fees is real?", "facebook-paid"),
        ("Meta lance un concours avec des iPhone offerts si on partage, ça vous semble réel ?", "zuckerberg-giveaway"),
        # "share to 10 groups or it stops being free" is the paid-Facebook chain, whatever "groups" shares with others
        ("if I don't forward it to 10 groups will Facebook stop being free?", "facebook-paid"),
        # a certified page handing out phones is the giveaway, not Meta Verified
        ("Zuckerberg offre des iPhone aux 500 premiers qui commentent ? c'est une page certifiée", "zuckerberg-giveaway"),
        ("Une page propose un Thermomix gratuit à ceux qui partagent et commentent, c'est une arnaque ou pas ?",
         "shop-giveaway-fake-page"),
        # "money" is the giveaway's own word
        ("my aunt tagged me in some zuckerberg money post, am i going to be rich lol or is it fake", "zuckerberg-giveaway"),
        # paid "when you share" is the per-share donation, not the Zuckerberg giveaway
        ("Facebook donne vraiment de l'argent aux bébés malades quand on partage ? je suis pas sûre",
         "facebook-donation-per-share"),
        ("a friend sent me a puma free trainers link in our whatsapp group, legit?", "brand-anniversary-giveaway"),
        # the icon turning blue is the paid-Facebook chain's promise, app named or not
        ("if I copy the text will my icon turn blue too?", "facebook-paid"),
        # greeting videos are the greeting-images chain, not Facebook's deletion of old live videos
        ("should I delete all the good morning videos like the message says?", "greeting-images-phishing"),
        ("Mark Zuckerberg messaged me on Messenger saying I won 20k, how do they even do that?", "zuckerberg-giveaway"),
        ("on m'a dit qu'accepter un inconnu sur messenger pirate tous nos contacts, vrai ou pas ?", "friend-request-hacker"),
        # after the question, who posted it: "? mon oncle l'a mis sur son mur" asks all the same
        ("Facebook deviendra payant si on partage pas le message de Zuckerberg avec le logo bleu ? mon oncle l'a mis "
         "sur son mur", "facebook-paid"),
        # "real question, …" asks, question mark or not
        ("real question, does the 'I don't give Instagram permission' story work", "facebook-copyright-notice"),
        ("my aunt says the good morning rose gifs carry a virus from china. should I believe that",
         "greeting-images-phishing"),
        ("vu une pub Ray-Ban à 15€ pour leur anniversaire, quelqu'un a commandé ?", "brand-anniversary-giveaway"),
        # ... but Ray-Ban Meta glasses in a "Meta contest" are the Meta giveaway
        ("concours Meta : des lunettes Ray-Ban Meta gratuites sur une page Facebook, c'est une arnaque ?",
         "zuckerberg-giveaway"),
        # a draw among those who share the thank-you message is the Zuckerberg giveaway
        ("Bonjour, est-ce que Facebook va tirer au sort 2000 personnes qui partagent le message de remerciement ? merci "
         "d'avance", "zuckerberg-giveaway"),
        # WhatsApp "fermé" at night is the night shutdown chain
        ("le gouvernement ferme whatsapp la nuit c vrai ? faut transférer le message sinon compte bloqué", "whatsapp-night-shutdown"),
        # the notice naming Meta's AI is the "Goodbye Meta AI" wave of it
        ("Le message « je n'autorise pas Meta à utiliser mes données pour son IA », faut le publier ou pas ?", "meta-ai-optout"),
    ],
)
def test_questions_naming_a_chain_by_its_own_details(checker, text, family):
    """The names a chain signs with (a lawyer, a news agency, two "directors") and its own verbs
    ("prélever") are how people ask about it; "my dad won't stop forwarding it" is not a debunk."""
    a = checker.check(text)
    assert a.stance == "asks" and a.family_id == family and a.verdict == "false", a


@pytest.mark.parametrize(
    "text",
    [
        "what's whatsapp gold? should i update to it? my friend sent a link",
        "C'est quoi WhatsApp Gold ? On m'a dit de pas mettre à jour sinon virus, c'est sérieux ?",
    ],
)
def test_a_product_name_after_the_app_names_its_claim(checker, text):
    """"WhatsApp Gold" is the claim's own name, however close the update-link scam's words are."""
    a = checker.check(text)
    assert a.family_id == "whatsapp-gold" and a.stance == "asks" and not a.flagged, a


def test_a_common_word_is_no_claim_name(checker):
    a = checker.check("my sister says if I don't post the meta statement they own my photos. Is that how it works??")
    assert a.family_id != "secret-sister", a


def test_facebook_itself_closing_is_not_a_true_story_about_one_of_its_parts(checker):
    """The Messenger desktop app and old Live videos really went; "Facebook will be shut down on
    March 15" is still the hoax."""
    a = checker.check("FACEBOOK WILL BE SHUT DOWN ON MARCH 15!!! Zuckerberg says managing the site has gotten too "
                      "hectic. Download your photos before it's gone forever")
    assert a.flagged and a.family_id == "facebook-closing" and a.verdict == "false", a


def test_i_thought_it_was_a_rumour_is_doubt_not_a_debunk(checker):
    a = checker.check("Y a vraiment un abonnement payant pour Facebook et Insta maintenant ? Je croyais que c'était des rumeurs")
    assert a.stance == "asks" and not a.flagged, a


def test_a_question_is_about_what_it_quotes(checker):
    """The quotation is the claim asked about; "copier-coller ou partager ?" around it is how
    every chain is passed on."""
    a = checker.check("Est-ce que je dois copier-coller le texte « je n'autorise pas Facebook » ou juste le partager ? "
                      "Ils disent de pas partager")
    assert a.family_id == "facebook-copyright-notice" and a.stance == "asks", a


@pytest.mark.parametrize("text", [
    "my uncle sent me the 'your icon will turn blue' post, any truth in it?",
    "Mon oncle m'a envoyé « ton icône deviendra bleue », c'est vrai ?",
])
def test_a_quoted_claim_needs_no_app_name(checker, text):
    """What a question naming no app quotes all but word for word is the claim (the question is
    searched as if it named each app; the claim's own words need not be listed)."""
    a = checker.check(text)
    assert a.family_id == "facebook-paid" and a.stance == "asks" and not a.flagged, a


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("Mon pote m'a envoyé 'C'est toi dans la vidéo ?' avec un lien", ["C'est toi dans la vidéo ?"]),
        ("he said 'it's the end of facebook' lol", ["it's the end of facebook"]),
        ("l'appli c'est nul, j'aime pas l'idée d'aujourd'hui", []),
    ],
)
def test_an_elision_inside_single_quotes_does_not_end_the_quotation(text, quoted):
    assert quotations(text) == quoted


def test_advice_quoting_a_request_scam_is_not_the_scam(checker):
    a = checker.check("Un message « coucou maman, j'ai changé de numéro » qui demande un virement urgent ? "
                      "Appelez votre enfant sur son ancien numéro avant de payer quoi que ce soit.")
    assert not a.flagged, a


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Royal Caribbean giving away balcony rooms for sharing, anyone know if its real?", False),
        ("Greetings all. I'm Samantha Green, a head manager at Royal Caribbean. 3 people at random who have shared then "
         "commented by 11pm will each get one of these room keys for a 10 night cruise", True),
    ],
)
def test_cruise_giveaways_are_a_known_like_farming_scam(checker, text, flagged):
    a = checker.check(text)
    assert a.family_id == "cruise-giveaway" and a.verdict == "false" and a.flagged is flagged, a


@pytest.mark.parametrize(
    "text",
    [
        "Instagram va pouvoir utiliser nos photos devant un tribunal à partir de demain ? j'ai vu ça en story partout",
        "Il faut partager le « JE N'AUTORISE PAS » dans 10 groupes pour avoir le ✅ ? ma belle-sœur insiste",
        # the other half of the question is not a debunk
        "Faut copier-coller le texte sur Insta pour protéger ses photos ? ou c'est du pipeau",
        "Quick q - if I DON'T post the meta statement will they really assume I consent? sounds like rubbish but idk",
        "jdois copier coller la déclaration « je n'autorise pas facebook » sinon tout devient public demain ?? svp répondez",
        # ... or who already fell for it
        "Air France offre 2 billets à ceux qui commentent et partagent ? ma sœur a déjà mis son adresse mail dans le lien...",
        "le gouvernement va couper whatsapp la nuit ? vu passer un message « de 23h30 à 6h »",
        # ... or what the asker sees on their phone
        "Meta AI lit tous nos messages WhatsApp maintenant ? y a un rond bleu qui vient d'apparaître",
        "Emirates offre des billets gratuits à ceux qui partagent pour son anniversaire ? mon cousin a déjà partagé 😅",
        # someone else already did it: still the writer asking
        "c'est vrai le lien internet gratuit qu'on partage partout ? ma sœur l'a déjà fait",
        # the chain's order, asked about: "Faut poster le texte avant minuit ?" is no order
        "C'est quoi cette règle Insta qui commence demain ? Faut poster le texte avant minuit ?",
    ],
)
def test_a_question_then_where_it_was_seen_is_a_question(checker, text):
    a = checker.check(text)
    assert a.stance == "asks" and not a.flagged and a.family_id != "secret-sister", a


@pytest.mark.parametrize(
    "text",
    [
        "mum please stop forwarding the good morning flower gifs 🙏 there was a warning that hackers hide phishing code in them",
        "Meta will force every Facebook and Instagram user in Europe to pay a monthly subscription to keep their account.",
        "Air France offre deux billets d'avion gratuits à tous ceux qui partagent son message pour son 85e anniversaire.",
        "Facebook is shutting down on March 15th, Zuckerberg said he's had enough of managing it. Download all your photos!!",
        "Mdr vous savez que whatsapp va etre payant samedi ?? faut envoyer le msg a 10 contacts pour que le logo devienne bleu",
        "someone cloned my account AGAIN, if u get a second friend request from me ignore it and forward this to everyone on ur list x",
        "Posted the Goodbye Meta AI statement on my story. If you don't post it by tomorrow they can legally use your pics for their AI, so do it!!",
        # "lose their accounts" (plural) is compulsory; the writer's reason for leaving may state a claim
        "Facebook and Instagram users in Europe must pay a monthly fee or lose their accounts",
        "Je vais fermer mon compte car Facebook devient payant le mois prochain, partagez",
        "my sister deleted her account, she says facebook becomes paid next month, pass it on",
        # the claim taken as known: "vous êtes au courant pour…", "je vous retrouve où après ?"
        "mdr vous êtes au courant pour la vidéo Martinelli qui sort demain ? si tu l'ouvres ton tel est foutu, la radio en a parlé",
        "facebook ferme le 31 décembre c officiel, sauvegardez vos photos les amis 😢 je vous retrouve où après ?",
        # what the AI-training stories refute: private DMs, no way to refuse
        "Meta is training its AI on your private DMs now, everything you've ever sent on Messenger. Delete your account while you can.",
        "Meta will use all your Facebook photos to train its AI and Europeans have no way to refuse.",
        "Encore un pirate qui envoie des demandes d'amis, si tu l'acceptes il récupère direct ton compte fb et celui de tous tes amis.",
        "Meta is forcing every Facebook and Instagram user in Europe to pay a subscription.",
        # "Air" names an airline (Air France); "une grande enseigne" a supermarket chain
        "Air France offre 2 billets gratuits à tous ceux qui partagent leur post pour leur anniversaire !! Je viens de le faire, dépêchez-vous ✈️",
        "Une grande enseigne offre des bons d'achat de 250 euros à ceux qui partagent un lien sur WhatsApp.",
        # "page is verified" does not make a giveaway Meta Verified's story
        "OMG Emirates is giving away 2 free business class tickets to everyone who shares and comments 'done'!! page is verified I checked",
        # pay or lose the account is no optional plan, in Europe or elsewhere
        "Facebook coûte 13 euros par mois maintenant en Europe, soit tu paies soit ils ferment ton compte 😡",
        "so facebook is 10 euros a month in the EU now, pay up or they close your account. unreal",
        # training on private messages is not the true story of training on public posts
        "Meta uses all your private photos and messages to train its AI",
        "sent it to 10 ppl and my whatsapp icon went blue so yeah it's legit, do it before sat or they bill u",
    ],
)
def test_believers_and_compulsory_claims_still_flag(checker, text):
    """"Stop forwarding the good morning gifs" is the chain's own advice, not a debunk's "stop
    forwarding this"; making everyone pay "to keep their account" is the hoax, not the optional plan."""
    assert checker.check(text).flagged


def test_a_shop_barbecue_giveaway_is_the_fake_shop_page(checker):
    a = checker.check("Leroy Merlin fait vraiment gagner des barbecues sur WhatsApp ? ça me paraît louche")
    assert a.family_id == "shop-giveaway-fake-page" and a.stance == "asks" and not a.flagged, a


def test_an_assertion_inside_the_quoted_chain_is_not_the_askers(checker):
    a = checker.check("Le message « Coucou c'est officiel, signé à 18h12 » ça sert à quelque chose ou pas ? Ma mère l'a copié-collé")
    assert a.stance == "asks" and not a.flagged, a


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("is that costa £50 voucher on facebook real? looks a bit dodgy", "brand-anniversary-giveaway"),
        ("Mon père a reçu « Facebook et Jio offrent 25 Go par jour », je clique ou pas ?", "telecom-old-sim-free-data"),
        ("on m'a dit que les vidéos bonne nuit venaient de hackers chinois, quelqu'un a une source ?", "greeting-images-phishing"),
        ("is the good morning hacking message legit or just another forward", "greeting-images-phishing"),
        # the asker's "sanity check" is not Meta Verified's blue check
        ("quick sanity check: is the copyright post everyone's sharing a hoax?", "facebook-copyright-notice"),
        # the ✅ is the privacy notice's promise, not the free-data link's
        ("Faut partager le message dans 10 groupes pour avoir la coche ✅ sur WhatsApp ?", "whatsapp-privacy-notice"),
        # the free-data scam told of Facebook/Meta, not "Facebook becomes paid"
        ("30 Go offerts par Facebook pour fêter les 20 ans de Meta, c'est sérieux ?", "whatsapp-free-data-anniversary"),
        # a brand-style giveaway told of Meta is Zuckerberg's
        ("Une page dit que Meta donne un iPhone aux 300 premiers qui commentent, fiable ?", "zuckerberg-giveaway"),
        # the cloned-account chain's own instruction, asked about indirectly
        ("tu peux me dire si « garde ton doigt sur le message jusqu'à voir transférer » c'est une arnaque", "facebook-cloned-account"),
        ("Instagram is paid now? my nephew says everyone has to pay", "instagram-paid"),
        # "y'a une source officielle" is the asker's own checking, not Facebook's "source code" (the
        # outage conspiracy); "4,99 $" is dollars
        ("Facebook à 4,99 $ par mois, y'a une source officielle ou c'est encore une chaîne ?", "facebook-paid"),
        # "piratées" names the hacker chain
        ("Je dois repartager l'avertissement sur les demandes d'amis piratées ou pas ?", "friend-request-hacker"),
        ("L'histoire des photos de bonjour piégées, ça date pas de 2018 déjà ?", "greeting-images-phishing"),
        # "it has a blue tick" is what the asker saw on the page, not Meta Verified nor the government's ticks
        ("Is that Qantas free flights page real? It has a blue tick but idk", "airline-ticket-giveaway"),
        ("Zuckerberg donne vraiment de l'argent à ceux qui partagent ? Une page avec le badge bleu dit ça", "zuckerberg-giveaway"),
        ("hey is that meta ai opt out story post real? everyone on insta doing it", "meta-ai-optout"),
        ("should I repost the Instagram copyright thing or is it one of those hoaxes", "facebook-copyright-notice"),
        # "or is that the old hoax again" still asks; "costs money" is the paid-Facebook claim
        ("wait is it true Facebook costs money now in Europe? or is that the old hoax again", "facebook-paid"),
        # red ticks and the government are not Meta Verified's ticks
        ("Is it true that if 2 blue + 1 red tick shows the government can take action against you?", "whatsapp-govt-ticks"),
        # Meta AI becoming paid on WhatsApp is about the AI, not WhatsApp itself becoming paid
        ("Meta AI va devenir payant 9,99€ sur whatsapp et prélevé sur le forfait, quelqu'un confirme ?", "meta-ai-paid"),
        # the closing chain's "save your photos", and millions of accounts hacked by greeting pictures
        ("my mum is worried facebook deletes all her photos on the 20th, anything to it?", "facebook-closing"),
        ("is it true 300 million accounts were hacked with morning pics?", "greeting-images-phishing"),
        ("le jeu Lidl avec le chariot gratuit sur facebook, c'est du phishing ?", "supermarket-voucher"),
    ],
)
def test_giveaway_and_greeting_questions_in_other_words(checker, text, family):
    a = checker.check(text)
    assert a.family_id == family and a.stance == "asks" and not a.flagged, a


@pytest.mark.parametrize(
    "text",
    [
        "L'abonnement sans pub sur Insta c'est obligatoire maintenant ?",
        "wait is facebook actually not free anymore in europe? saw something about paying to use it",
        "do we actually have to pay for insta now in the EU or is it optional?",
        "is the ad-free sub from Meta a real thing or one more fake chain?",  # chat shorthand for a subscription
        # "? ou c'est officiel" is the question's other half, not an assertion
        "c'est une arnaque le message de Meta qui propose de payer pour plus avoir de pub ? ou c'est officiel",
        "wait do I have to pay for instagram now? got a popup about a subscription with no ads",
        "Is it true you can pay to have no ads on instagram in europe now?",
        # "costs money" is paying, said otherwise
        "a friend in Spain told me Instagram costs money now, real or not?",
        "Instagram coûte de l'argent en Belgique maintenant ? ma pote l'a vu",
    ],
)
def test_asking_whether_the_paid_plan_is_compulsory_gets_the_optional_plan(checker, text):
    a = checker.check(text)
    assert a.stance == "asks" and not a.flagged and a.truth is not None and a.truth.id == "meta-ad-free-eu", a


@pytest.mark.parametrize(
    "text",
    [
        "Meta donne le badge bleu certifié GRATUIT cette semaine, faut juste remplir le formulaire avec ses identifiants",
        # "ticks" are also the government-ticks chain's word: the link and the form say which
        "they're handing out free blue ticks from Meta, just fill the form on the link in messenger",
        "Meta is giving free verified blue badges to anyone who fills in the form sent on Messenger",
        "A page says I can get the blue tick for free if I send them my ID card, legit?",
        # the copyright-strike version: verify through a link or lose the badge
        "DM says my page violated copyright, verify on their link or I lose my blue badge. legit??",
        # "I qualify for a free …" is the phishing's own offer
        "someone messaged me that I qualify for a free Meta blue tick, is that legit?",
    ],
)
def test_a_free_blue_badge_is_the_phishing_not_meta_verified(checker, text):
    a = checker.check(text)
    assert a.truth is None and a.family_id == "meta-page-violation-phishing" and a.verdict == "false", a


def test_verified_on_the_news_is_a_vouch_not_meta_verified(checker):
    a = checker.check("Not a hoax, verified on CNN! Mark Zuckerberg is giving 10% of his Facebook shares to people like "
                      "you and me, copy and paste this message")
    assert a.truth is None and a.family_id == "zuckerberg-giveaway" and a.verdict == "false", a


@pytest.mark.parametrize(
    "text",
    [
        "Après la panne, faut vraiment transférer le message pour que le compte reste actif ?",
        "after the outage someone sent me 'forward this to all your contacts or your account stays inactive'. do i need to??",
    ],
)
def test_a_question_about_the_forward_after_an_outage_is_the_purge_chain(checker, text):
    """Naming no app, it is searched as if it named one even when a true story (WhatsApp deleting
    accounts inactive for 120 days) was found first: forwarding to stay active is the chain."""
    a = checker.check(text)
    assert a.family_id == "account-purge-chain" and a.verdict == "false" and a.stance == "asks", a


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Tonight 12:30am to 3:30am please switch off your mobile phones. Very high radiation cosmic rays are passing "
         "close to the earth, it can do serious damage to your body. Send this to everyone", True),
        ("c'est vrai qu'il faut éteindre son portable cette nuit à cause des rayons cosmiques ?", False),
    ],
)
def test_the_cosmic_rays_chain_is_a_known_hoax(checker, text, flagged):
    a = checker.check(text)
    assert a.family_id == "cosmic-rays-phones" and a.verdict == "false" and a.flagged is flagged, a


def test_subjects_are_single_words():
    """A true story's subjects are matched word by word: "subscription fee for no ads" let every
    text saying "for" or "no" through the ad-free story's gate, "ad-free" every one saying "free"."""
    subjects = [s for t in load_truths() for s in t.subjects or ()]
    assert subjects and [s for s in subjects if len(normalise(s).tokens) != 1] == []


def test_kin_are_known_families_and_name_each_other():
    entries = {e.id: e for e in load_builtin()}
    kin = {e.id: set(e.kin) for e in entries.values() if e.kin}
    assert len(kin) >= 4
    for ident, others in kin.items():
        assert ident not in others and others <= set(entries)
        assert all(ident in kin.get(o, set()) for o in others), ident
    # the chain a claim is told in is one of its kin (it is named as one)
    carried = {e.id: e.carried_by for e in entries.values() if e.carried_by}
    assert carried and all(chain in kin.get(ident, set()) for ident, chain in carried.items())


def test_telling_words_are_their_familys_anchors():
    """A `telling` word only undoes leaving an anchor out of similarity: one that is not an anchor
    of its family (a typo, a word later dropped from the anchors) would silently do nothing."""
    telling = {e.id: (set(e.telling), set(e.anchors)) for e in load_builtin() if e.telling}
    assert len(telling) >= 3
    assert all(words <= anchors for words, anchors in telling.values()), telling


@pytest.mark.parametrize(
    "text",
    [
        "Is WhatsApp Gold real?",
        "Facebook will charge everyone 4.99 a month from next week, share this before it's too late",  # flagged
    ],
)
def test_a_clear_question_or_a_flag_names_no_other_claim(checker, text):
    assert not any(r["close"] for r in checker.check(text).related)


@pytest.mark.parametrize(
    ("text", "other"),
    [
        # Instagram's rule named by its platform and its words ("rules from tomorrow"); the notice
        # the asker saw posted is what they may have meant instead
        ("Has Instagram really changed its rules from tomorrow? Everyone's posting the 'I do not give permission' thing",
         "facebook-copyright-notice"),
        # "everything becomes public" told of Instagram ("IG"): Instagram's wave first, Facebook's offered
        ("so my private DMs become public tomorrow on IG?? is that real", "facebook-posts-public"),
    ],
)
def test_a_question_naming_instagram_gets_its_rule_first_and_the_kin_it_echoes(checker, text, other):
    """One claim told of several apps: the app the question names picks the family answered first
    (`_kin_on_named_platform`); the Facebook kin whose words it echoes is offered as the other meaning."""
    a = checker.check(text)
    close = [r["id"] for r in a.related if r["close"]]
    assert not a.flagged and a.family_id == "instagram-new-rule" and other in close, a


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        # "can use your pics" is the copyright notice's own claim
        ("Is there really a new Instagram rule starting tomorrow where they can use your pics? everyone's posting it",
         "facebook-copyright-notice"),
    ],
)
def test_the_other_claim_named_is_the_one_whose_words_the_question_uses(checker, text, meant):
    a = checker.check(text)
    close = [r["id"] for r in a.related if r["close"]]
    assert not a.flagged and meant in close, a


@pytest.mark.parametrize(
    "text",
    [
        "are they really cloning fb accounts this week or is it one more chain?",
        # "vérifier si c'est vrai" checks the claim: it is not the Meta Verified badge
        "Bonjour, ma mère m'écrit que mon Facebook envoie des demandes d'amis toute seule, comment je vérifie si c'est vrai ?",
    ],
)
def test_a_question_about_cloning_gets_the_cloned_account_chain(checker, text):
    a = checker.check(text)
    assert not a.flagged and a.family_id == "facebook-cloned-account" and a.truth is None, a


async def test_the_other_claim_is_in_the_reply_text(services):
    r = await handle(Invocation(line="hoax Should I repost the Meta AI notice? My sister says it protects the kids' photos"),
                     services)
    close = [x for x in r.to_json()["hoax"]["related"] if x["close"]]
    assert close and "If you meant another one" in r.text and close[0]["claim"] in r.text


async def test_a_true_story_answered_is_not_listed_again_beside_itself(services):
    r = await handle(Invocation(line="hoax are there actually ads in WhatsApp now or is my cousin making stuff up again"),
                     services)
    hoax = r.to_json()["hoax"]
    story = next(x for x in hoax["related"] if x["verdict"] == "true")  # the JSON keeps the whole list
    assert hoax["verdict"] == "true" and r.text.count(story["claim"]) == 1, r.text


@pytest.mark.parametrize(
    ("text", "overrules"),
    [
        ("Non, WhatsApp ne va pas devenir payant", True),
        ("No, Facebook won't delete your account if you don't share this", True),
        ("No, this is not a joke! Facebook will charge 4.99 from Monday, share with everyone", False),
        ("Non, ce n'est pas une blague : WhatsApp devient payant, transférez à 10 contacts", False),
    ],
)
def test_a_no_then_the_claim_negated_is_a_headline_not_a_chain(text, overrules):
    from commands.hoax.stance import overrules_chain

    assert overrules_chain(text) is overrules


@pytest.mark.parametrize(
    "text",
    ["Il paraît que WhatsApp met de la pub maintenant ? c vrai ?", "Y a de la pub dans WhatsApp maintenant ?"],
)
def test_a_true_story_about_other_platforms_does_not_answer(checker, text):
    """The EU ad-free plan is Facebook's and Instagram's: a question about ads in WhatsApp is about
    WhatsApp's own ads in the Updates tab."""
    a = checker.check(text)
    assert a.truth is not None and a.truth.id == "whatsapp-updates-ads" and a.verdict == "true"


@pytest.mark.parametrize(
    "text",
    ["Is Instagram down for everyone or is it just me?", "Facebook et Messenger sont en panne chez vous aussi ?",
     "my whatsapp messages aren't sending, is it down for you too?",
     "insta et whatsapp plantés chez vous aussi ?? ou c'est ma box",  # "plantés": crashed
     # one tick is what an outage looks like, not the government-ticks chain
     "Is WhatsApp down for anyone right now? my messages are stuck on one tick lol"],
)
def test_is_it_down_questions_get_the_outage_background(checker, text):
    a = checker.check(text)
    assert not a.flagged and a.truth is not None and a.truth.id == "meta-outage-2024" and a.verdict == "true"
    assert "facebook-outage-conspiracy" in {r["id"] for r in a.related}  # the false claims about outages, beside


def test_outage_background_never_quiets_a_conspiracy(checker):
    a = checker.check("during the outage hackers stole a billion facebook accounts, that's the real reason it went down")
    assert a.truth is None or a.truth.id != "meta-outage-2024"


def test_buying_a_blue_tick_on_facebook_is_meta_verified(checker):
    a = checker.check("is it true you can pay for a blue tick on facebook now?")
    # "pay for Facebook" is also the old hoax's wording: partly true, the optional badge named
    assert a.truth is not None and a.truth.id == "meta-verified" and a.verdict in ("true", "mixed")


@pytest.mark.parametrize(
    "text",
    [
        "Si vous recevez « WhatsApp devient payant, transférez à 10 contacts », supprimez-le et ne cliquez sur rien.",
        "If a message tells you to forward it to 10 people or WhatsApp gets paid, it's an old hoax. Delete it.",
    ],
)
def test_advice_quoting_the_chain_is_not_the_chain(checker, text):
    a = checker.check(text)
    assert not a.flagged and a.verdict == "false"


def test_the_askers_own_checking_is_not_meta_verified(checker):
    """"anybody verified this?" asks whether someone checked, it is not about the paid badge."""
    a = checker.check("Someone said Zuckerberg is giving 500 dollars to people who share his post, anybody verified this?")
    assert a.family_id == "zuckerberg-giveaway" and (a.truth is None or a.truth.id != "meta-verified")


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Le rond bleu de Meta AI sur WhatsApp espionne tout ce que vous écrivez dans vos groupes", "meta-ai-reads-messages"),
        ("Instagram's new map automatically shares your live location with all your followers", "instagram-location-sharing"),
        ("Meta is now training its AI on the private messages of Europeans, from 27 May", None),
        ("Copying the 'Goodbye Meta AI' statement legally prevents Meta from using your information to train its AI "
         "models.", "meta-ai-optout"),
        # "unless you copy the notice, you stay free": no real subscription has that clause
        ("Facebook will be £3.99 a month from March, my aunt posted it. unless you copy the notice then you stay free", None),
    ],
)
def test_saying_what_a_true_story_refutes_is_the_hoax(checker, text, family):
    """The Meta AI circle and the Instagram map are real; "it spies on everything", "it shares your
    position automatically" are what the stories refute (denied_by)."""
    a = checker.check(text)
    assert a.flagged and (family is None or a.family_id == family) and a.verdict in ("false", "misleading")


@pytest.mark.parametrize(
    ("text", "truth"),
    [
        ("Meta AI is now built into WhatsApp in Europe and you can't switch it off", "meta-ai-whatsapp-eu"),
        ("Instagram launched a map to share your location with friends you choose, it's off by default", "instagram-map-2025"),
        # "ou c'est un bug chez moi" is the asker's doubt, not an outage
        ("Y a vraiment de la pub dans WhatsApp maintenant ou c'est un bug chez moi ?", "whatsapp-updates-ads"),
        ("Des pubs dans WhatsApp ?? c'est une vraie annonce ou une rumeur ?", "whatsapp-updates-ads"),
        # "les messages privés ne sont pas concernés" is the story's own exclusion
        ("Meta va entraîner son IA sur nos publications publiques Facebook et Insta dès le 27 mai, sauf formulaire "
         "d'opposition. Les messages privés ne sont pas concernés", "meta-eu-ai-training"),
    ],
)
def test_the_true_stories_themselves_stay_true(checker, text, truth):
    a = checker.check(text)
    assert not a.flagged and a.truth is not None and a.truth.id == truth


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Nokia is giving away free phones to students for online classes, comment and share to apply", "student-device-giveaway"),
        ("Une page offre des ordinateurs portables gratuits aux étudiants qui partagent dans 10 groupes", "student-device-giveaway"),
    ],
)
def test_free_devices_for_students_is_a_known_scam(checker, text, family):
    a = checker.check(text)
    assert a.flagged and a.family_id == family


def test_a_whatsapp_payment_question_is_not_answered_with_meta_ai_in_whatsapp(checker):
    """The Meta AI circle is real, but it is not about paying: the question is the old chain's."""
    a = checker.check("c'est vrai que WhatsApp devient payant lundi ? mon oncle m'a envoyé un truc avec le rond bleu")
    assert a.family_id == "whatsapp-paid" and (a.truth is None or a.truth.id != "meta-ai-whatsapp-eu")


def test_asking_for_a_source_is_not_about_facebooks_source_code(checker):
    a = checker.check("Facebook payant 4,99 € par mois, quelqu'un a une source ? J'y crois pas trop")
    assert a.family_id == "facebook-paid"


@pytest.mark.parametrize(
    "text",
    [
        "If you want, turn on the privacy setting, but don't believe the forward saying Meta AI reads every chat",
        "Si on vous envoie « transférez à 10 contacts sinon WhatsApp devient payant » : ne transférez pas, supprimez.",
        "Facebook's been 'going paid next month' since 2009 lol, the ad-free plan is optional",
        # a chain quoted at length to ask or mock about it
        "Ma tante m'a envoyé ça : « Lundi WhatsApp devient payant, 0,01 € par message, envoyez à 10 contacts pour rester gratuit ». Fake ?",
        "Does posting 'I do not give Facebook permission to use my photos or posts' on your wall change anything? my mum does it yearly",
        '"your logo will turn blue and WhatsApp stays free if you forward this" 😂 it is a text emoji, it changes nothing',
        "« Goodbye Meta AI » : partager ce texte ne vous protège en rien, selon les juristes",
        "If your aunt forwards the 'Facebook will charge 4.99 unless you share this with 10 friends' post, don't pass it on.",
        "Les messages « votre compte sera désactivé sous 24 heures » envoyés par Messenger sont du phishing.",
        "Plutôt que de recopier « je n'autorise pas Meta », réglez vos publications sur « Amis » dans les paramètres.",
        "Papi, ce message WhatsApp payant circule depuis 2013, personne ne va te facturer quoi que ce soit",
        "C'est-tu vrai que Facebook va charger 5,99 $ par mois? Ma voisine l'a mis sur son mur",
        "lol if Zuckerberg paid everyone who copy-pasted his status we'd all be rich. Hoax, Meta said so",
        "That 'WhatsApp will charge you for every message you send' forward is bogus, it's free",
        "« Nouvelle règle Instagram » : ce qu'il faut savoir sur ce message viral",
        "The Pope video AGAIN?? that one's from 2017, no such video exists",
        "Instagram devient payant lundi ? on m'a dit de copier un texte pour rester gratuit",
        "is whatsapp really going to charge us? saw a post saying 5 cents per message unless you forward it",
        "500 Go offerts par Orange pour Noël, vous y croyez ? y a un lien à remplir",
        # a headline's "No, … can't", a notice called worthless, an app called malware
        "No, Meta AI can't read your private WhatsApp chats unless you share them with it",
        "Le copier-coller « je n'autorise pas Facebook » ne vaut rien juridiquement, passez plutôt votre compte en privé",
        "'WhatsApp Pink' is malware, not an official update, experts warn",
        # chat French drops the "ne": what the chain promises, said not to happen
        "Zuckerberg va pas vous donner 4,5 millions pour un copier-coller les gens, réfléchissez deux secondes",
        # an ordinary line with the notice's platform and nouns, none of its claim words
        "Mon oncle a posté 60 photos de son mariage sur Facebook, j'ai tout liké",
        # ... and one with the battery hoax's noun, none of its claim words (no code, no reserve)
        "Updated my phone last night and the battery drain is finally fixed",
        # headlines that deny: "contrary to viral posts", a negated claim verb after the colon
        "Meta AI cannot read your private chats unless you send them to it, contrary to viral posts",
        "Coches bleues et rouges : le gouvernement ne surveille pas vos conversations WhatsApp",
        # mockery: the chain's age, its promise said not to happen, the same old post with its price
        "Jim Balsamic le patron de WhatsApp 😂 ce message a 8 ans, le logo devient pas bleu, supprimez-le",
        "this is the exact same 'fb will charge $5.99' post from 2011, it's free and always will be",
        # "whats this … thing": a question without its question mark
        "whats this 'facebook will be paid from monday' thing my aunt keeps sending",
        # "donne rien", "not how any of this works", "overblown", "don't blast that forward", "ne cachent pas"
        "Zuckerberg donne rien à ceux qui copient-collent un post, ses dons vont à sa fondation. Arrêtez 🤦‍♂️",
        "Ah yes, Jayden K. Smith, the hacker who can break into your account because your friend clicked accept. That's not how any of this works 🙄",
        "Tip: if you don't want Meta AI in your group chats, group admins can turn on Advanced chat privacy. But the forward saying AI reads all your messages is overblown",
        "If you think your account was cloned, search your own name and message a couple of friends privately. Don't blast that 'got another friend request' forward to everyone",
        "Les images « bonjour » envoyées sur WhatsApp ne cachent pas de virus chinois",
        # "… vraiment … ?" asks, whatever follows
        "fb montre vraiment que 25 amis avec le nouvel algorithme ? tout le monde poste « laisse un coucou »",
        # a plain outage report is not the outage conspiracy (its claim words no longer include "panne")
        "Grosse panne hier soir chez Meta, Facebook Messenger Insta tout était HS, ils ont confirmé et ça remarche",
        "Meta AI cannot read your private WhatsApp chats unless you share them with it, experts say",
        "what even is whatsapp gold, my uncle wants me to install it for him",
        # a fact-check headline calling the posts misleading; advice to call the friend first
        "Misleading posts claim Meta AI can read all your private WhatsApp chats",
        "Viral post misleads on Meta AI 'reading' private WhatsApp chats",
        "If a 'friend' messages you on Messenger asking for money or a code they sent to your phone, call them first.",
        # "arnaque ?" asks, even of a request scam; the writer closing their own account is no claim
        "Un pote me demande de lui renvoyer un code à 6 chiffres reçu par SMS, arnaque ?",
        "Je vais fermer mon compte Facebook, j'y vais plus du tout, tout le monde est sur Insta maintenant",
        # Meta Verified "pas obligatoire" is not "obligatoire"
        "Meta Verified c'est dispo en France, tu payes chaque mois et t'as le badge bleu. Mais c'est pas obligatoire, ceux qui paient pas gardent leur compte",
        "Tu peux acheter le badge bleu sur Insta maintenant avec Meta Verified, faut payer tous les mois. C'est pas obligatoire du tout",
        "Facebook copyright 'Rome Statute' notice is meaningless, legal experts say",
        "'Good morning' messages don't carry malware that steals your bank details",
        # the writer leaving Facebook; a question, then where it was seen
        "I deleted facebook from my phone for lent, feel so much better already",
        "Y a une nouvelle règle Instagram qui permet d'utiliser nos photos contre nous au tribunal ? vu chez une influenceuse",
        "heads up, what you type to Meta AI can now be used to target ads at you. Meta announced it, starting december",
    ],
)
def test_what_talks_about_a_chain_is_not_the_chain(checker, text):
    """Disbelief, mockery, advice and questions that name or quote a chain, and ordinary lines
    sharing its words: none spreads it."""
    assert not checker.check(text).flagged


@pytest.mark.parametrize(
    "text",
    [
        # "si vous ne transférez pas", "don't share it, copy it" are the chains' words, not advice
        "WhatsApp va devenir payant si vous ne transférez pas ce message à dix de vos contacts.",
        # a fact-checker's claim: what the message is said to prove, not someone quoting it
        "Un message affirmant « j'ai reçu une autre demande d'ami de ta part » prouve que votre compte Facebook a été cloné.",
        # ... while "va pas rester gratuit" is the chain's own threat
        "Facebook va pas rester gratuit, partagez ce message à 10 amis",
        # words only these claims use reach the pre-filter ("award", "train")
        "Mark Zuckerberg will award $4.5 million each to 1,000 Facebook users who copy and paste a post.",
        "Meta uses your private WhatsApp and Messenger conversations to train Meta AI.",
        "Facebook starts charging $4.99 a month from Monday, copy the opt out text and post it on your wall, don't share it",
        # the chain's own quotation of what to post, and a setting's name in quotes, keep the chain a chain
        "Instagram devient payant le mois prochain ! Pour rester gratuit publiez « Je n'autorise pas Instagram à me facturer quoi que ce soit » sur votre mur",
        "ALERTE WHATSAPP : l'IA de Meta peut lire vos groupes. Admins, activez tout de suite la \"Confidentialité avancée de la discussion\" !",
        "AVIS À TOUS LES ADMINS WHATSAPP : dès samedi l'IA de Meta a accès à toutes les discussions. Si vous n'activez pas "
        "la « Confidentialité avancée des discussions », elle lit les messages du groupe. Transférez à tous vos groupes !!",
    ],
)
def test_chains_that_sound_like_advice_still_flag(checker, text):
    assert checker.check(text).flagged


def test_a_question_naming_a_claim_word_with_no_hit_does_not_crash(checker):
    """"dimanche" names the greeting-pictures claim, but this question has no retrieval hit for it:
    it used to raise KeyError in watch mode and in `hoax`."""
    a = checker.check("mamie demande comment faire un appel vidéo, qqn peut l'aider dimanche ?")
    assert not a.flagged


def test_a_claim_whose_words_the_text_lacks_yields_to_one_it_states(checker):
    """"le rond bleu" is in "the blue circle becomes paid" too; reading the chats is the other claim."""
    a = checker.check("Meta AI lit toutes nos convs maintenant, c'est pour ça qu'il y a le rond bleu, faites tourner")
    assert a.family_id == "meta-ai-reads-messages", a


def test_a_notice_question_names_the_kin_whose_words_it_uses(checker):
    """"I do not give Meta permission" is the Goodbye Meta AI chain's wording: whichever of the two
    answers first, the other is the one named beside it."""
    a = checker.check("my aunt posted 'I do not give Meta permission to use my pictures', is that worth anything legally?")
    named = {a.family_id} | {r["id"] for r in a.related if r["close"]}
    assert {"facebook-copyright-notice", "meta-ai-optout"} <= named, a


def test_a_question_quoting_a_chain_without_its_platform_is_answered(checker):
    """Chains forwarded on WhatsApp seldom name WhatsApp: a question using the chain's own cues is
    answered about its family even with no platform named (never flagged: nothing names the app)."""
    a = checker.check("ma mère m'a transféré un msg : ça coûtera 0,01 € par message si on ne l'envoie pas à 10 contacts. c'est vrai ?")
    assert not a.flagged and a.family_id == "whatsapp-paid" and a.verdict == "false", a


def test_is_it_down_for_everyone_gets_the_outage_background(checker):
    a = checker.check("is instagram down for everyone or just me? my stories aren't sending")
    assert not a.flagged and a.truth is not None and a.truth.answers_only, a


def test_a_question_then_someone_elses_debunk_is_still_a_question(checker):
    a = checker.check("y a vraiment de la pub sur whatsapp maintenant ?? ou c'est encore une rumeur")
    assert a.stance == "asks" and a.truth is not None and a.truth.id == "whatsapp-updates-ads", a


def test_down_for_anyone_else_is_a_question_about_the_outage(checker):
    a = checker.check("whatsapp down for anyone else rn? or did I get hacked")
    assert not a.flagged and a.stance == "asks", a


def test_the_privacy_alert_chain_is_the_meta_ai_claim(checker):
    """The 2025-26 "Alerte de confidentialité" wording names the Meta AI claim without "Meta AI"."""
    a = checker.check("le message « alerte de confidentialité, activez la confidentialité avancée » qui tourne, c'est sérieux ?")
    assert not a.flagged and a.family_id == "meta-ai-reads-messages", a


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Si je publie pas la déclaration, ils ont le droit d'utiliser mes photos ? c'est vrai ?", "facebook-copyright-notice"),
        ("my nan says send it to 10 groups and the logo turns blue and stays free, is that a thing?", None),
        # the ✅ found the ticks chain faintly; the search as if it named an app finds the notice
        ("on m'a dit de partager « je n'autorise pas » dans 10 groupes pour avoir une coche ✅, c quoi ce truc", "facebook-copyright-notice"),
    ],
)
def test_a_question_naming_no_app_is_searched_as_if_it_named_one(checker, text, family):
    """Nothing is flagged this way (only a question the pre-filter let pass), and a claim is answered
    only in its own words: "Is Discord shutting down?" stays unknown (`test_explicit_check…`)."""
    a = checker.check(text)
    assert not a.flagged and a.entry is not None and a.verdict == "false", a
    if family:
        assert family in {a.family_id} | set(a.entry.kin), a


@pytest.mark.parametrize("text", ["WhatsApp ne sera plus gratuit à partir de lundi, transférez à 10 contacts", "Facebook va fermer le 15 mars, sauvegardez vos photos"])
def test_a_negated_headline_rule_leaves_the_claims_themselves(checker, text):
    """"ne sera plus gratuit" asserts the hoax: only a claim's own verb negated reads as a headline."""
    assert checker.check(text).flagged


@pytest.mark.parametrize(
    ("text", "family"),
    [
        # Hoax-Slayer's "Facebook will become chargeable … your logo will become blue" variant
        ("someone just sent me a message saying the logo turns blue if i forward it to 10 people and fb stays free... real??", "facebook-paid"),
        # red ticks and summons are the surveillance chain, not Meta's paid plans
        ("3 red ticks = court summons??? is that a real whatsapp feature", "whatsapp-govt-ticks"),
        # "Air France" names an airline without saying "airline"
        ("Air France qui offre des billets sur WhatsApp c'est vrai ou c'est encore une arnaque ?", "airline-ticket-giveaway"),
        # the closest claim (Facebook paid) lacks its own words; a near one (closing) has them
        ("Facebook ferme l'année prochaine ou c'est encore une rumeur ?", "facebook-closing"),
        ("Is the Instagram 'deadline today' thing real? my feed is full of it", "instagram-new-rule"),
        ("Ma tante m'a envoyé le message « Adieu Meta AI », elle veut que je le poste aussi. fake ou pas ?", "meta-ai-optout"),
        ("wait is whatsapp really going to be off from 11:30pm to 6am?? my aunt sent me this", "whatsapp-night-shutdown"),
        # "inactif si je l'envoie pas": the purge chain, not WhatsApp's real 120-day rule
        ("Dois-je repartager le message qui dit que mon compte sera inactif si je l'envoie pas à tout le monde ? 😬", "account-purge-chain"),
        # Zara gift-card pages (Panda Security, La Stampa)
        ("Le cadeau Zara qui tourne sur Facebook (carte cadeau 200€ en partageant), quelqu'un l'a eu pour de vrai ?", "brand-anniversary-giveaway"),
        # chat spelling of WhatsApp
        ("wsp payant c vrai ou c encore une chaîne ? 😑", "whatsapp-paid"),
        # the 2012 notice's own "Facebook is now a public entity"; the video "deleting Facebook"
        ("Facebook est devenu une entité publique ?? c'est quoi cette histoire", "facebook-copyright-notice"),
        ("Did Zuckerberg actually post a video saying he's deleting Facebook or is it edited?", "facebook-closing"),
        ("Government monitoring all social media from tomorrow - true? pls confirm before I leave the group 😬", "whatsapp-govt-ticks"),
        # the notice's own "my rights are attached to all my photos", in a question naming no app
        ("my mum posted one of those 'I declare my rights are attached to all my photos' notices. does that do anything legally?", "facebook-copyright-notice"),
        # who reads WhatsApp: the government (the ticks chain) or Meta AI, by the words the question uses
        ("Le gouvernement a le droit de lire nos messages WhatsApp maintenant ? c'est ce que dit la chaîne", "whatsapp-govt-ticks"),
        ("L'IA de WhatsApp peut lire mes conversations même si je ne lui parle jamais ?", "meta-ai-reads-messages"),
        # French "Go" is gigabytes; an operator's free data with no app named
        ("On peut vraiment avoir 200 Go gratuits en cliquant sur un lien ?", "telecom-old-sim-free-data"),
        # a variant named by its own words
        ("Is that Rome Statute notice everyone pastes on their Facebook wall worth anything for copyright?", "facebook-copyright-notice"),
        ("the red tick on whatsapp means the government saw it?? true or not", "whatsapp-govt-ticks"),
        ("On doit vraiment écrire /reset-all-ais dans les groupes pour que Meta AI arrête de lire ?", "meta-ai-reads-messages"),
        # the blue ring feared as a hack is Meta AI, not the hacker friend request
        ("what's the blue ring thing in whatsapp? did I get hacked?", "meta-ai-reads-messages"),
        # a name only one claim uses ("cloné") wins over a vaguer near tie (profile viewers)
        ("Comment savoir si mon profil a été cloné ? Une copine dit qu'elle a reçu une invitation de « moi »", "facebook-cloned-account"),
        # the animal shelter's euro per share (franceinfo, Le vrai du faux); "commentez pour rester dans mon fil"
        ("si je partage le lien la SPA gagne vraiment 1€ ?", "facebook-donation-per-share"),
        ("Est-ce que les posts « commentez pour rester dans mon fil » ça marche vraiment ?", "facebook-25-friends"),
        # "Je n'ai rien signé avec Meta" is the 2023 wave of the notice (Tom's Guide), not "Goodbye Meta AI"
        ("Mon oncle dit que si on poste pas le texte Facebook va vendre nos photos, je lui réponds quoi ?", "facebook-copyright-notice"),
        ("« Je n'ai rien signé avec Meta »… quelqu'un sait si c'est vrai cette nouvelle règle qui commence demain ?",
         "facebook-copyright-notice"),
        # no app named, the platform-bound search finds nothing much: the search as if one were named wins
        ("Should I repost this? 'I hereby state that I do not give my permission to use any of my personal data or photos' — everyone in my church group is doing it",
         "facebook-copyright-notice"),
        # the notice's French "signé à 18h12, c'est passé à la télé"
        ("Le message « Coucou c'est officiel, signé à 18h12 » qui tourne sur fb, vous pensez que c'est vrai ? Ça parle de vie privée", "facebook-copyright-notice"),
    ],
)
def test_a_question_gets_the_claim_its_details_name(checker, text, family):
    a = checker.check(text)
    assert not a.flagged and a.family_id == family and a.verdict == "false" and a.truth is None, a


@pytest.mark.parametrize(
    "text", ["can you remove the Meta AI button from whatsapp or are we stuck with it?", "On peut supprimer Meta AI de WhatsApp ? J'ai lu que non"]
)
def test_the_undeletable_meta_ai_button_is_the_true_story(checker, text):
    a = checker.check(text)
    assert not a.flagged and a.truth is not None and a.truth.id == "meta-ai-whatsapp-eu" and a.verdict == "true", a


def test_apps_that_do_not_work_for_anyone_is_the_outage(checker):
    a = checker.check("fb et insta marchent plus chez vous ? ou c'est mon compte qui a sauté")
    assert not a.flagged and a.truth is not None and a.truth.id == "meta-outage-2024", a


def test_ads_in_whatsapp_are_the_true_story_and_reading_chats_for_them_is_not(checker):
    a = checker.check("Y aura vraiment de la pub dans WhatsApp maintenant ? dans les conversations aussi ?")
    assert not a.flagged and a.truth is not None and a.truth.id == "whatsapp-updates-ads", a
    b = checker.check("Avec l'arrivée de la publicité sur WhatsApp, Meta analyse le contenu des conversations privées pour cibler les annonces.")
    assert b.flagged and b.family_id == "meta-ai-reads-messages", b


def test_whats_app_with_an_apostrophe_is_whatsapp():
    from commands.hoax.normalise import normalise

    assert "whatsap" in normalise("What's app will be switched off at night").tokens
    assert "whatsap" in normalise("Whats app will be off").tokens
    assert "whatsap" not in normalise("what's happening at the app store").tokens


def test_the_night_shutdown_chain_spelled_whats_app_flags(checker):
    a = checker.check("What's app will be OFF from 11.30pm to 6am daily, declared by the central govt. Forward to all your contacts")
    assert a.flagged and a.family_id == "whatsapp-night-shutdown", a


def test_what_the_hoax_says_cannot_be_undone_is_part_of_the_claim(checker):
    a = checker.check("La vidéo « Martinelli » sur WhatsApp pirate votre portable en dix secondes et ne peut pas être arrêtée.")
    assert a.flagged and a.family_id == "martinelli-video", a


def test_no_free_option_left_is_the_compulsory_claim_not_the_optional_plan(checker):
    a = checker.check("Instagram costs everyone 12 euros a month from March, all countries, no free option anymore")
    assert a.flagged and a.family_id in {"instagram-paid", "facebook-paid"} and a.truth is None, a


def test_a_price_in_pounds_reaches_the_uk_plan(checker):
    a = checker.check("got a £3.99 message from Instagram, real or scam?")
    assert not a.flagged and a.truth is not None and a.truth.id == "meta-ad-free-uk", a


def test_an_alternative_after_the_question_mark_is_still_asking(checker):
    a = checker.check("wait, does whatsapp cost money in europe now? or is this the same old hoax")
    assert not a.flagged and a.stance == "asks" and a.family_id == "whatsapp-paid", a


def test_an_airline_without_air_in_its_name_is_an_airline(checker):
    a = checker.check("easyjet is giving 2 free tickets on facebook if you pay the small card fee, legit?")
    assert not a.flagged and a.family_id == "airline-ticket-giveaway", a



def test_a_question_mark_only_inside_the_quoted_chain_is_not_the_writers_question():
    chain = (
        "ATTENTION if a friend messages you on Messenger 'is that really you in this video??' do not click, "
        "the link takes over your account. Facebook confirmed it on TV. Forward to everyone you know."
    )
    assert stance_of(chain) == "asserts"
    assert stance_of("did your cousin also get 'is that really you in this video' on Messenger?") == "asks"
    # ... and a denial inside the quoted chain after the question is the chain's, not the writer's
    assert stance_of("legit?? 'Facebook DOES NOT HAVE MY PERMISSION to use my pictures' is all over my feed") == "asks"
    assert stance_of("legit?? no, it does not protect anything") == "denies"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La soi-disant loi qui oblige WhatsApp à enregistrer les appels existe même pas 😂", "denies"),
        ("genuine question: does posting the copyright notice do anything or is it nonsense", "asks"),
        ("Mdr vs savez que Facebook ferme en mars ?? Zuckerberg l'a dit", "asserts"),
        ("Si Meta AI vous inquiète, vous pouvez activer la confidentialité avancée dans chaque groupe", "advises"),
        ("my mum asks if the Goodbye Meta AI post works, James McAvoy shared it too", "asks"),
        # an alternative after the question mark still asks; "no harm in trying" passes it on
        ("Insta change ses règles demain, même les messages supprimés deviennent publics ? vrai ou intox", "asks"),
        ("whatsapp turns paid on monday? real or hoax", "asks"),
        ("Zuck gives $4.5M to people who share?? no harm in trying, tagged you all", "asserts"),
        ("Is Facebook going paid? No, it's the same old hoax", "denies"),
    ],
)
def test_more_ways_to_deny_to_ask_and_to_advise(text, expected):
    assert stance_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PSA: no operator or app gives free data through a link you must share to 10 groups, they just collect numbers", "denies"),
        ("If your friend texts asking for money out of nowhere, call them on another number first, cloned accounts do this", "advises"),
        ("Les messages « 1000 Go offerts par WhatsApp » sont du phishing. Ne remplissez rien et prévenez vos proches.", "advises"),
        ("Only ever install WhatsApp from the official store: 'WhatsApp Gold' is not made by WhatsApp and can steal your data", "advises"),
        ("« Au revoir Meta AI » : partager ce texte ne vous protège pas contre l'IA", "denies"),
        ("Les coches rouges de WhatsApp ne signifient pas que la police a lu vos messages", "denies"),
        ("Three red ticks on WhatsApp do not mean the police read your chat", "denies"),
        ("Rappel : ni WhatsApp ni votre opérateur n'offrent 50 Go gratuits via un lien à partager à 20 personnes", "denies"),
        ("Nobody got a second request from you, it's the usual copy-paste, forward it to no one", "denies"),
        ("Ça fait 8 ans qu'on nous annonce que WhatsApp devient payant, envoie à 10 personnes et tu verras, rien", "denies"),
        ("That 'Meta can use your photos unless you post this' thing is wrong, posting it does literally nothing", "denies"),
        ("Si un message vous dit que Facebook va fermer votre compte sauf si vous le transférez à 10 contacts, supprimez-le. "
         "Facebook ne communique jamais via des chaînes.", "advises"),
        ("Si tu reçois « ton compte a été cloné », avant de transférer cherche ton nom sur Facebook et tu le signales s'il y a "
         "un doublon", "advises"),
        # spoken French drops the « ne »; the request scam quoted, then the order not to answer it
        ("mdr facebook ferme pas le 1er janvier, ça tourne chaque année", "denies"),
        ("Si un contact vous écrit « je t'ai envoyé un code par erreur, renvoie-le moi », NE LE DONNEZ PAS, c'est votre "
         "code WhatsApp", "advises"),
        ("Meta AI has no access to your private WhatsApp chats, the viral message mixes everything up", "denies"),
        ("L'IA de WhatsApp n'a pas accès à vos conversations : ces messages affolants confondent tout", "denies"),
        # "neither X nor Y runs …" is the English "ni X ni Y ne …"
        ("If a 'free 50GB' link asks you to share it with 10 contacts before you can claim, close it. Neither WhatsApp nor "
         "your operator gives data away like that", "denies"),
    ],
)
def test_debunks_and_advice_in_words_no_chain_uses_are_not_flagged(checker, text, expected):
    a = checker.check(text)
    assert not a.flagged and a.stance == expected, a


@pytest.mark.parametrize(
    "text",
    [
        "Viral good morning images do not contain phishing codes from Chinese hackers",
        "Facebook Is Not Going to Start Charging for Messenger",
        "WhatsApp : non, l'application ne va pas devenir payante",
        "If a message claims your WhatsApp will be deleted unless you forward it, ignore it. WhatsApp doesn't ask users to "
        "spread chains.",
        # "si on vous envoie X, ne le transférez pas": advice about the chain; spoken French "lit pas" denies
        "Si on vous envoie l'avertissement « la vidéo Dance of the Pope », ne le transférez pas. Gardez juste votre "
        "téléphone à jour",
        "Meta AI lit pas tes messages WhatsApp, ils restent chiffrés",
    ],
)
def test_headline_and_debunk_forms_overrule_the_chain(text):
    assert overrules_chain(text)


def test_a_headline_rule_leaves_the_notice_itself():
    assert not overrules_chain("I do not give Facebook permission to use my photos")


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Facebook and Instagram are now paid services for all users in the European Union", "facebook-paid"),
        ("Y a encore des gens qui savent pas que Facebook va fermer définitivement ? Zuckerberg l'a annoncé", "facebook-closing"),
        ("Because of Corona we are giving 50GB of free internet to everyone staying at home, activate it here now",
         "government-free-recharge"),
        ("Lidl electric scooter giveaway: free scooters for answering 3 questions and sharing the page", "supermarket-voucher"),
        # "le rond bleu" is also in "the blue circle becomes paid", which says nothing of reading chats
        ("Meta AI lit toutes nos convs whatsapp maintenant, c pour ça le rond bleu. faut le désactiver sinon ils entraînent "
         "l'IA avec nos messages", "meta-ai-reads-messages"),
        ("Zuckerberg distribue 3000 € pour les 20 ans de Facebook, c'est sa page officielle avec le badge bleu, partagez",
         "zuckerberg-giveaway"),
        ("Un badge bleu sur votre WhatsApp veut dire que l'État vous surveille", "whatsapp-govt-ticks"),
        # the copy-paste verbs let the chain through the pre-filter
        ("Facebook va nous prendre 2,99€ par mois si on copie pas le texte", "facebook-paid"),
        # no price in it: the deletion threat, not "WhatsApp becomes paid"
        ("Le directeur de WhatsApp demande de transférer ce message à 10 personnes pour éviter la suppression de ton compte",
         "whatsapp-account-deletion"),
        # "vous savez que … ?" tells, it does not ask
        ("vous savez qu'il faut publier la déclaration sinon fb peut vendre vos photos ? moi c fait, c'est protégé par la loi",
         "facebook-copyright-notice"),
        # the name with its video is enough, a juice brand's name alone is not (see the ordinary lines)
        ("Martinelli video, don't open!!", "martinelli-video"),
        # "not posting = consent" is the chain's threat, not a debunk's "not by posting"
        ("goodbye meta AI, a lawyer told us to post this, not posting = consent!! I do not give Meta permission to use my photos",
         "meta-ai-optout"),
    ],
)
def test_more_assertions_are_flagged_as_their_claim(checker, text, family):
    a = checker.check(text)
    assert a.flagged and a.family_id == family and a.truth is None, a


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("mon père me demande si c'est risqué d'envoyer des images bonjour sur WhatsApp", "greeting-images-phishing"),
        ("James McAvoy shared it too, so it has to work right?", "meta-ai-optout"),
        ("Même des stars ont publié le message anti-IA de Meta, ça sert à quelque chose ?", "meta-ai-optout"),
        ("faut-il vraiment republier le texte sur mes droits d'auteur ?", "facebook-copyright-notice"),
        ("who is Jim Balsamic? apparently the CEO of whatsapp says my account will be deleted in 48hrs",
         "whatsapp-account-deletion"),
        ("Plein de célébrités partagent le message sur Instagram, donc c'est vrai ?", "instagram-new-rule"),
        ("Coca-Cola offre des frigos sur WhatsApp, c'est vrai ?", "brand-anniversary-giveaway"),
        # "on me demande" is not the cloned account's friend request ("demande d'ami")
        ("Après la panne on me demande de transférer un message pour que mon compte reste actif, c'est vrai ?",
         "account-purge-chain"),
        # a video that hacks phones is the Martinelli warning, named or not
        ("can a video on whatsapp really hack your phone if you just open it?", "martinelli-video"),
        ("C'est sérieux cette histoire de vidéo qui pirate en 10 secondes ?", "martinelli-video"),
        ("faut vraiment copier coller le message de confidentialité sinon facebook prend nos photos ?",
         "facebook-copyright-notice"),
        ("Jeu concours « Meta 1000€ à gagner » en partageant la publication, c'est légit ?", "zuckerberg-giveaway"),
        ("Si j'utilise pas Meta AI, WhatsApp envoie quand même mes messages à l'IA ?", "meta-ai-reads-messages"),
        ("got a msg from 'Mark Zuckerberg' saying whatsapp will be paid from monday, real or fake?", "whatsapp-paid"),
        # "video" names the Messenger phishing (a `telling` anchor), Messenger or not
        ("my aunt sent me 'is this you in the video' on messenger with a link, virus or not?", "messenger-video-phishing"),
        ("« C'est toi dans la vidéo ? » sur Messenger, je l'ai ouvert, je suis piraté ?", "messenger-video-phishing"),
        ("c'est quoi ce « le mien est vraiment devenu bleu » que tout le monde poste sur son mur ?",
         "facebook-copyright-notice"),
        ("une page « Carrefour » fait un concours pour ses 60 ans, il faut payer les frais de port par carte, arnaque ?",
         "supermarket-voucher"),
        ("c'est vrai que la police dit d'arrêter d'envoyer des bonjour avec des fleurs ?", "greeting-images-phishing"),
        ("how can I tell if my fb is really cloned? people keep forwarding me that 'check your account' message",
         "facebook-cloned-account"),
        ("faut transférer le message sur le clonage de compte ou c'est une intox ?", "facebook-cloned-account"),
        ("Instagram change ses règles demain et même nos messages supprimés deviennent publics ?", "instagram-new-rule"),
        ("someone pls tell me if the whatsapp gold update msg is a virus or a hoax", "whatsapp-gold"),
        ("ok so is the 'hide your friend list from cloners' advice real or another hoax", "facebook-cloned-account"),
        ("Hey does anybody know if that 'Meta is now a public entity' copy/paste thing has any legal value at all",
         "facebook-copyright-notice"),
        # Meta (not only Zuckerberg or Facebook) giving money away
        ("Is Meta really giving away money to users for their anniversary? link in my messenger", "zuckerberg-giveaway"),
        ("ça vaut le coup de copier le message contre Meta AI ou je perds mon temps ?", "meta-ai-optout"),
        ("Est-ce que Meta AI a accès à mes messages si je lui parle pas ? on m'a dit qu'il lisait tout",
         "meta-ai-reads-messages"),
        # "désactivée pour violation" is the page-violation phishing's own claim, beside the copyright words
        ("Meta m'écrit sur Messenger que ma page va être désactivée pour violation de droits d'auteur, c'est légit ou "
         "phishing ?", "meta-page-violation-phishing"),
    ],
)
def test_more_questions_reach_their_claim(checker, text, family):
    a = checker.check(text)
    assert not a.flagged and a.stance == "asks" and a.family_id == family, a


def test_private_chats_of_several_apps_deny_the_true_ai_stories():
    said = normalise("Meta AI is trained on your private whatsapp and messenger chats, no opt out").padded
    truths = {t.id: t for t in load_truths()}
    for story in ("meta-eu-ai-training", "meta-ai-whatsapp-eu"):
        assert truths[story].denied_by.regex.search(said), story
    assert not truths["meta-eu-ai-training"].denied_by.regex.search(normalise("private messages are excluded").padded)


def test_saving_a_contacts_number_is_not_recording_calls(checker):
    a = checker.check("N'oubliez pas d'enregistrer le numéro de la nouvelle nounou, elle est sur WhatsApp")
    assert not a.flagged, a
    assert checker.check("New WhatsApp rules: all calls are recorded from tomorrow").flagged


def test_a_donation_per_share_needs_its_price_per_share():
    entry = next(e for e in load_builtin() if e.id == "facebook-donation-per-share")
    for claim in ("1 j'aime = 2 euros, 1 commentaire = 4 euros pour ce bébé", "Facebook will donate a dollar for every share",
                  "Chaque partage de la photo du bébé malade = 1€ donné par Facebook à la famille"):
        assert entry.claim_words.regex.search(normalise(claim).padded), claim
    assert not entry.claim_words.regex.search(normalise("pls share the fundraiser post, every share helps").padded)


@pytest.mark.parametrize(
    "text",
    [
        "Apparemment Instagram devient payant en France, c'est obligatoire pour tous les comptes ?",
        # "any truth to the … post?", then who shares it: still a question, not a believer passing it on
        "any truth to the 'whatsapp will charge from monday' post? everyone's forwarding it",
        "any truth in the 'facebook closes on the 15th' message? my mum's sharing it",
        "vous avez vu le msg « signé à 14h10 c passé au JT » ?? je dois le copier ou c du flan",
        # "is Instagram …?" opens a question about the app; "is this you in the video?" stays a chain's opener
        "is Instagram making all our old stories public tomorrow? everyone's posting the notice",
    ],
)
def test_questions_the_spread_model_may_not_overrule_ask_in_words(text):
    # (so the spread model may not overrule it: "il paraît que…, c'est obligatoire pour tout le monde ?")
    assert asks_in_words(text)


def test_a_chains_own_question_opener_is_not_asking_in_words():
    # (a guard for the "is Instagram / will WhatsApp …?" openers: it passed before them too)
    assert not asks_in_words("is this you in the video? lol")


@pytest.mark.parametrize(
    "text",
    [
        # what to do when it arrives, a correction of what the thing can do, or "ce faux message"
        "If you think your account was cloned, search your name on fb and report the duplicate profile, and make your "
        "friends list private. Forwarding that 'friend request from you' chain message won't help.",
        "If a friend suddenly messages asking for money or a code sent to your phone, call them on another channel first. "
        "Cloned and hacked accounts do this all the time.",
        "Si tu reçois « j'ai reçu une 2e demande d'ami de toi », avant de transférer tape ton nom dans la recherche "
        "Facebook. S'il y a un doublon tu le signales, sinon tu supprimes le message et c'est tout",
        "Pour ceux qui s'inquiètent pour Meta IA : il ne lit que ce que vous lui envoyez. Vous pouvez activer la "
        "confidentialité avancée des discussions dans les groupes si vous voulez bloquer son usage",
        "Meta AI can only see messages you send to it or tag it in, your chats are still end-to-end encrypted. the 'turn "
        "on advanced privacy or AI reads everything' thing is bs",
        "Trois coches bleues sur WhatsApp, appels enregistrés : attention à ce faux message sur de « nouvelles règles »",
        "if u get an 'is this you in the video' msg from a friend dont click, call them, their account is prob hacked",
        "Les chaînes d'alerte genre images piégées ou vidéo Martinelli : ne les faites pas suivre. Pour être protégé, "
        "mettez à jour le téléphone et n'ouvrez pas de liens inconnus",
    ],
)
def test_advice_about_the_real_scam_next_to_a_warning_hoax_is_not_flagged(checker, text):
    assert not checker.check(text).flagged
