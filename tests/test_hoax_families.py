"""The hoax families added from the fact-checks behind blind sets 15 and 16 (telecom "free data for
old SIMs", Dangote relief funds, NameDrop, Linky camera, telemarketers, "can you hear me?",
777888999, Momo, BFF/GRATULA, brand anniversary giveaways, Sadio Mané, Checkers shortage).

Each family is checked both ways with text written for this test (not taken from the evaluation
sets): a plain assertion in English and in French is flagged with the right family; a question or a
debunk is not flagged, yet the explicit check still names the family and gives its verdict.
"""

from __future__ import annotations

import pytest

from commands.hoax.catalogue import load_builtin
from commands.hoax.check import Checker
from commands.hoax.normalise import squeeze
from commands.hoax.prefilter import Prefilter

NEW_FAMILIES = {
    "telecom-old-sim-free-data", "dangote-relief-fund", "ios17-namedrop-warning", "linky-spy-camera",
    "cellphone-numbers-telemarketers", "can-you-hear-me-scam", "phone-blast-777888999", "momo-challenge",
    "facebook-comment-word-security", "brand-anniversary-giveaway", "sadio-mane-money-offer", "checkers-shortage",
    "found-child-bait", "task-job-scam", "funeral-livestream-scam", "gift-card-impersonation-scam",
    "free-game-currency-scam", "discord-false-report-scam", "snapchat-paid-chain", "fixed-match-scam",
    "cough-cpr-hoax", "killer-phone-number", "refugees-paid-more-than-pensioners", "bank-kyc-phishing",
    "parcel-fee-text-scam", "fake-recruitment-scholarship", "marketplace-courier-scam", "official-refund-text-scam",
    "hotel-keycard-data", "us-benefit-boost-rumour", "medicare-ssn-call-scam", "celebrity-share-giveaway",
    "fake-blood-donation-appeal", "released-predators-rumour", "burglar-chalk-marks", "health-worker-insider-message",
}


@pytest.mark.parametrize(
    ("family", "text"),
    [
        ('telecom-old-sim-free-data', 'Great news, Airtel now rewards every SIM older than one year with 10GB of free data'),
        ('telecom-old-sim-free-data', 'Orange récompense ses anciens clients : 50 Go gratuits pour les cartes SIM de plus de 5 ans'),
        ('dangote-relief-fund', 'The Dangote Foundation is paying N20,000 relief money to every Nigerian who fills the form'),
        ('dangote-relief-fund', "La Fondation Dangote verse 20 000 nairas d'aide à chaque Nigérian qui remplit le formulaire"),
        ('ios17-namedrop-warning', 'Turn off NameDrop now: since iOS 17 any stranger gets your contact details by touching your iPhone'),
        ('ios17-namedrop-warning', "Désactivez NameDrop : depuis iOS 17 n'importe qui récupère vos coordonnées en approchant son iPhone"),
        ('linky-spy-camera', 'The Linky meter hides a tiny infrared camera that films your living room'),
        ('linky-spy-camera', "Le Linky a une caméra espion cachée qui filme l'intérieur de la maison"),
        ('cellphone-numbers-telemarketers', 'Next month all cell phone numbers get handed to telemarketers and we will pay for their calls'),
        ('cellphone-numbers-telemarketers', 'Le mois prochain tous les numéros de portable seront donnés aux télémarketers et leurs appels seront facturés'),
        ('can-you-hear-me-scam', 'When a caller asks can you hear me and you say yes, they record your voice to approve charges in your name'),
        ('can-you-hear-me-scam', "Quand un inconnu demande vous m'entendez et que vous dites oui, votre voix est enregistrée pour valider des paiements"),
        ('phone-blast-777888999', 'A call from 777888999 makes the phone blast, a boy was hurt like that'),
        ('phone-blast-777888999', 'Un appel du 777888999 fait exploser le téléphone, un garçon a été blessé comme ça'),
        ('momo-challenge', 'The Momo challenge is hidden in cartoons on YouTube and tells children to harm themselves'),
        ('momo-challenge', 'Le Momo challenge se cache dans les dessins animés sur YouTube et pousse les enfants à se faire du mal'),
        ('facebook-comment-word-security', 'Write BFF under a post: if it shows green your Facebook account is protected, otherwise you are hacked'),
        ('facebook-comment-word-security', "Écrivez GRATULA en commentaire : s'il devient rouge votre compte Facebook est protégé, sinon vous êtes piraté"),
        ('brand-anniversary-giveaway', 'Cadbury is sending a free chocolate hamper to everyone for its anniversary'),
        ('brand-anniversary-giveaway', 'Adidas offre des chaussures gratuites à tout le monde pour son anniversaire'),
        ('sadio-mane-money-offer', 'Sadio Mane gives 600,000 CFA francs to young people with a project, just contact him on WhatsApp'),
        ('sadio-mane-money-offer', 'Sadio Mané offre 600 000 FCFA aux jeunes qui ont un projet, il suffit de le contacter sur WhatsApp'),
        ('checkers-shortage', 'Checkers head office says rice, sugar and flour will be scarce next month, stock up'),
        ('checkers-shortage', 'Le siège de Checkers annonce une pénurie de riz, de sucre et de farine le mois prochain, faites des stocks'),
    ],
)
def test_assertions_of_the_new_families_are_flagged(checker, family, text):
    a = checker.check(text)
    assert a.flagged and a.family_id == family and a.stance == "asserts"


@pytest.mark.parametrize(
    ("family", "text"),
    [
        ('telecom-old-sim-free-data', 'Is MTN really giving free data to old SIM cards?'),
        ('telecom-old-sim-free-data', "C'est vrai qu'Orange offre des Go gratuits aux vieilles cartes SIM ?"),
        ('dangote-relief-fund', 'No, the Dangote Foundation is not giving relief funds to individuals, it is a scam'),
        ('ios17-namedrop-warning', 'Does NameDrop on iOS 17 really share my contact details automatically?'),
        ('linky-spy-camera', "Non, il n'y a pas de caméra dans le compteur Linky, c'est une simple diode"),
        ('cellphone-numbers-telemarketers', 'Are cell phone numbers really being given to telemarketers?'),
        ('can-you-hear-me-scam', 'Is it true that scammers record you saying yes to can you hear me and use it to approve payments?'),
        ('phone-blast-777888999', 'No, a call from 777888999 will not make your phone blast, it is a hoax'),
        ('momo-challenge', "Le Momo challenge existe vraiment ou c'est un canular ?"),
        ('facebook-comment-word-security', 'Does typing gratula in the comments really show if my Facebook account is hacked?'),
        ('brand-anniversary-giveaway', 'Is Adidas really giving away free shoes for its anniversary?'),
        ('sadio-mane-money-offer', 'Est-ce que Sadio Mané offre vraiment 600 000 FCFA ?'),
        ('checkers-shortage', 'Is it true that Checkers says rice and sugar will be scarce?'),
    ],
)
def test_questions_and_debunks_get_the_verdict_without_a_flag(checker, family, text):
    a = checker.check(text)
    assert not a.flagged and a.stance in ("asks", "denies")
    assert a.family_id == family and a.verdict == a.entry.verdict_code


@pytest.mark.parametrize(
    ("family", "text"),
    [
        # the chain's own "if it does not turn red" / "can you hear me?" / "kids" are not a denial or
        # a question: the family's cue patterns recognise the chain
        ("facebook-comment-word-security", "Mark Zuckerberg created GRATULA for security. Write GRATULA in a comment: if it does not turn red, change your password, you are hacked"),
        ("facebook-comment-word-security", "Tapez BFF en commentaire : s'il ne devient pas vert, changez votre mot de passe, votre compte est piraté"),
        ("can-you-hear-me-scam", "If a stranger asks can you hear me, hang up! Say yes and they record it to approve payments. Pass it on"),
        ("momo-challenge", "Momo shows up in Peppa Pig cartoons and tells kids to hurt themselves, check your kids tablets tonight"),
    ],
)
def test_chains_are_flagged_by_their_cues(checker, family, text):
    a = checker.check(text)
    assert a.flagged and a.family_id == family and a.cue_result.flagged


@pytest.mark.parametrize(
    ("family", "text"),
    [
        ("facebook-comment-word-security", "BFF turning green is just the Facebook text delight animation, it says nothing about your account"),
        ("momo-challenge", "The Momo challenge never hurt anyone, YouTube found no such videos"),
        ("can-you-hear-me-scam", "No, the can you hear me scam is a hoax, saying yes on the phone does not authorise payments"),
    ],
)
def test_debunks_naming_the_cues_are_not_flagged(checker, family, text):
    a = checker.check(text)
    assert not a.flagged and a.family_id == family and a.verdict == "false"


def test_namedrop_is_misleading_not_false(checker):
    a = checker.check("Does NameDrop on iOS 17 really share my contact details automatically?")
    assert a.verdict == "misleading" and a.entry.verdict["fr"] == "Trompeur"


def test_every_new_family_is_sourced_in_both_languages():
    entries = {e.id: e for e in load_builtin()}
    assert set(entries) >= NEW_FAMILIES
    for fid in NEW_FAMILIES:
        e = entries[fid]
        assert e.links and all(url.startswith(("https://", "http://")) for _, url in e.links), fid
        assert e.claim["en"] != e.claim["fr"] and e.explanation["en"] and e.explanation["fr"], fid
        assert len(e.statements) >= 4 and e.gate, fid


@pytest.mark.parametrize(
    "text",
    [
        "Orange and MTN both raised their data prices this year",
        "My best friend sent me a free Adidas voucher for my birthday",
        "Meta's capex guidance for 2026 is $70 billion, data centers mostly",
    ],
)
def test_ordinary_lines_naming_a_new_anchor_are_not_flagged(checker, text):
    assert not checker.check(text).flagged


def test_gate_words_of_the_new_families_are_their_own():
    """Gate words join the shared pre-filter every message goes through: generic words ("free",
    "data", "gratuit") there once cut watch-mode throughput several-fold."""
    generic = {"free", "data", "gratuit", "stock", "jour", "offre", "donnees", "release", "challenge", "missing", "disparu"}
    for e in load_builtin():
        if e.id in NEW_FAMILIES:
            assert not generic.intersection(e.gate), e.id
    pre = Prefilter(load_builtin())
    assert not pre.is_candidate("Google and Orange on capex data: a challenge this year, for camera makers too")
    # anchors are folded and squeezed like the text: "SSI" became "si" and made every French "si" a candidate
    common = {"si", "sa", "se", "ce", "le", "la", "un", "de", "ne", "on", "so", "to", "do", "no", "in", "is", "it",
              "at", "as", "an", "or", "of", "me", "my", "et", "en", "au", "du", "il", "je", "tu", "ma", "mi"}
    assert not [(e.id, a) for e in load_builtin() for a in e.anchors if squeeze(a) in common]
    assert not pre.is_candidate("si tu veux on fait un boost de ta photo, sa photo est belle")
    assert not pre.is_candidate("the chart for Meta looks off, the 2025 bar is missing")


@pytest.mark.parametrize(
    "text",
    [
        "Hackers hide phishing code in good morning pictures, 500,000 people already lost their bank data that way",
        "N'envoyez plus les images bonjour et bonne nuit toutes faites, elles cachent un code qui pirate vos téléphones",
    ],
)
def test_the_greeting_pictures_hoax_is_flagged(checker, text):
    a = checker.check(text)
    assert a.flagged and a.family_id == "greeting-images-phishing", a


@pytest.mark.parametrize(
    "text",
    [
        "good morning all, my phone got hacked yesterday, any tips?",
        "good morning! here are the photos from yesterday, my phone almost died lol",
        "bonjour à tous, mon code wifi ne marche plus",
        "Bonne nuit tout le monde, je vous envoie les photos demain",
    ],
)
def test_greetings_in_ordinary_chat_are_not_flagged(checker, text):
    assert not checker.check(text).flagged


@pytest.mark.parametrize(
    "text",
    [
        "WhatsApp is giving 1000GB of free internet for its anniversary, answer the survey and send the link to 30 friends",
        "WhatsApp offre 1000 Go d'internet gratuit pour son anniversaire, répondez au sondage et partagez à 30 contacts",
    ],
)
def test_the_free_data_anniversary_scam_is_flagged(checker, text):
    a = checker.check(text)
    assert a.flagged and a.family_id == "whatsapp-free-data-anniversary", a


def test_a_question_about_the_free_data_gets_its_verdict(checker):
    a = checker.check("is the 1000gb free data from whatsapp legit??")
    assert not a.flagged and a.family_id == "whatsapp-free-data-anniversary" and a.verdict == "false"


@pytest.mark.parametrize(
    "text",
    [
        "Modi govt is giving every Jio and Airtel user 3 months of free recharge, click the link to activate before sunday",
        "Le gouvernement offre 3 mois d'internet gratuit à tout le monde, inscris ton numéro sur ce lien vite",
    ],
)
def test_the_government_free_recharge_scam_is_flagged(checker, text):
    a = checker.check(text)
    assert a.flagged and a.family_id == "government-free-recharge", a


@pytest.mark.parametrize(
    "text",
    [
        "Turn off your location NOW, the new Instagram update shows your exact address to all your followers",
        "Désactivez la localisation : avec la nouvelle carte Instagram, n'importe quel inconnu voit où vous habitez",
    ],
)
def test_the_instagram_location_scare_is_flagged(checker, text):
    a = checker.check(text)
    assert a.flagged and a.family_id == "instagram-location-sharing" and a.verdict == "misleading", a


@pytest.mark.parametrize(
    "text",
    [
        "Instagram rolled out a map this week, you can share where you are with close friends if you opt in",
        "the government should really give free internet to students, it's 2026",
        "my location was off so the delivery app couldn't find me lol",
    ],
)
def test_the_true_map_and_ordinary_location_chat_are_not_flagged(checker, text):
    assert not checker.check(text).flagged


def test_a_question_about_the_instagram_map_gets_the_verdict_and_the_true_story(checker):
    a = checker.check("is it true the new instagram map shows my location to everyone??")
    assert not a.flagged and a.family_id == "instagram-location-sharing" and a.verdict == "misleading", a


class _SureSpread:
    """A spread model that is sure every text spreads a hoax."""

    def probability(self, text: str) -> float:
        return 0.99


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Facebook m'a suggéré mon ex comme ami, merci l'algorithme", "facebook-25-friends"),
        ("blocked him on everything, insta, fb, whatsapp, the lot", "facebook-posts-public"),
        ("turn off read receipts if you don't want people seeing your blue ticks lol", "whatsapp-govt-ticks"),
        ("the church livestream on facebook starts at 10, I'll share the link in here", "facebook-paid"),
    ],
)
def test_sharing_a_familys_words_without_its_claim_words_is_not_flagged(checker, text, family):
    entry = next(e for e in load_builtin() if e.id == family)
    assert entry.claim_words is not None and not entry.claim_words.regex.search(" " + text.lower())
    assert not checker.check(text).flagged
    # ... unless the model is all but sure the text spreads a hoax (its family may then be off)
    assert Checker(spread=_SureSpread()).check(text).flagged


@pytest.mark.parametrize(
    "text",
    [
        "Facebook's new algorithm only shows your posts to 25 friends, comment so I know you see me",
        "3 coches bleues = le gouvernement a lu ton message, faites attention",
        "Facebook will charge everyone 4.99 a month from Monday, paste this to stay free",
    ],
)
def test_the_claims_with_their_claim_words_are_still_flagged(checker, text):
    assert checker.check(text).flagged


def test_french_l_ai_and_n_ai_are_have_not_ai(checker):
    # "je l'ai mis sur mon mur" is not about Meta AI: the compulsory paid-Facebook chain is flagged
    a = checker.check("Ça y est Facebook devient payant lundi, 4,99 par mois pour tout le monde, je l'ai mis sur mon mur")
    assert a.flagged and a.family_id == "facebook-paid", a


@pytest.mark.parametrize(
    ("text", "truth"),
    [
        ("wait is it true you can now pay to get rid of ads on instagram in the UK?", "meta-ad-free-uk"),
        ("Y aura vraiment des pubs dans WhatsApp maintenant ? Dans les statuts ?", "whatsapp-updates-ads"),
        ("le badge bleu payant sur insta c'est officiel ou c'est une arnaque ?", "meta-verified"),
    ],
)
def test_questions_about_true_paid_features_get_the_true_story(checker, text, truth):
    a = checker.check(text)
    # "mixed" when a false claim is near too ("Instagram becomes paid"): the answer shows both
    assert not a.flagged and a.truth is not None and a.truth.id == truth and a.verdict in ("true", "mixed"), a


def test_a_question_naming_the_story_s_own_subject_is_not_about_a_faint_false_claim(checker):
    # "again" and "now" brought the outage conspiracy a hair ahead of the true story about ads
    a = checker.check("are there actually ads in WhatsApp now or is my cousin making stuff up again")
    assert a.truth is not None and a.truth.id == "whatsapp-updates-ads" and a.family_id is None and a.verdict == "true", a


@pytest.mark.parametrize(
    "text",
    [
        "Hello, I'm Jim Balsamic (CEO of Whatsapp). We are requesting all users to forward this message to their entire "
        "contact list. If you do not forward this message, your account will be deleted within the next 48 hours. "
        "If you ignore this message your account will no longer be activated. Forward to 10 people!!!",
        "hey so I got another friend request from you, think you've been hacked. forward this to everyone on your list x",
    ],
)
def test_a_chain_s_threats_are_not_advice_denial_or_a_question(checker, text):
    # "if you do not forward" / "if you ignore this message" / "from you, think you've been hacked"
    assert checker.check(text).flagged



@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Hi sweetie, sorry I sent you a 6 digit code by SMS by mistake, can you send it back to me? it's urgent", "whatsapp-code-scam"),
        ("Coucou, je t'ai envoyé un code à six chiffres par erreur, tu peux me le renvoyer stp ?", "whatsapp-code-scam"),
        ("Meta Support: your page was reported for copyright infringement and will be deleted within 24 hours, appeal here: meta-help-review.site",
         "meta-page-violation-phishing"),
    ],
)
def test_scam_messages_passed_on_are_flagged(checker, text, family):
    a = checker.check(text)
    assert a.flagged and a.family_id == family, a


@pytest.mark.parametrize(
    "text",
    [
        "got a msg saying they sent me a 6 digit code by mistake and want it back, is that legit?",
        "J'ai reçu « désolée je t'ai envoyé un code à 6 chiffres par erreur, renvoie-le », c'est une arnaque ?",
        "Never share the 6-digit code WhatsApp sends you, even with a friend",
        "what's the wifi code again?",
    ],
)
def test_questions_and_advice_about_the_code_scam_are_not_flagged(checker, text):
    a = checker.check(text)
    assert not a.flagged, a


@pytest.mark.parametrize(
    ("text", "family"),
    [
        # the AI opt-out notice is about AI; the older copyright notice is not
        ("does posting that goodbye meta ai statement actually do anything legally", "meta-ai-optout"),
        ("est ce que le truc adieu meta ai ça protège vraiment nos photos ou pas", "meta-ai-optout"),
        ("Does the UCC 1-308 copy paste notice actually protect anything on Facebook?", "facebook-copyright-notice"),
        # a chain's own details: where it says it comes from, the page, the price
        ("le message « n'envoyez plus de bonjour » qui viendrait de Chine, fake ou pas ?", "greeting-images-phishing"),
        ("La page Facebook Cadeaux qui offre des iPhone, c'est officiel ?", "zuckerberg-giveaway"),
        ("Facebook à 4,99 par mois à partir du mois prochain, quelqu'un a une source ?", "facebook-paid"),
    ],
)
def test_a_question_naming_a_claims_own_subject_is_answered_about_it(checker, text, family):
    a = checker.check(text)
    assert not a.flagged and a.family_id == family and a.verdict == "false", a


def test_a_notice_naming_no_ai_is_not_answered_with_the_eu_ai_training_story(checker):
    a = checker.check("publier un message citant le code UCC 1-308 et le Statut de Rome empêche Facebook d'utiliser vos photos")
    assert a.family_id == "facebook-copyright-notice" and (a.truth is None or a.truth.id != "meta-eu-ai-training"), a


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Hi Dad, I smashed my phone, this is my new number, save it and text me here? need a favour", "hi-mum-scam"),
        ("Coucou maman c'est moi, j'ai perdu mon téléphone, voici mon nouveau numéro, écris-moi ici c'est urgent", "hi-mum-scam"),
        # (the spread model, which has seen few of these, still vetoes the plainest ones: see README)
        ("This little boy, about 3 years old, was found an hour ago in #Leeds, officers have him at the station, nobody "
         "called. Please share!! Let's flood our feeds so he finds his family", "found-child-bait"),
        ("Partagez svp, une petite fille d'environ 2 ans a été retrouvée seule ce matin à #Namur, les policiers l'ont placée "
         "au commissariat mais personne ne l'a réclamée", "found-child-bait"),
        # its twin, the child "missing on her bike" (Full Fact): "hasn't come back" is the story, not a denial
        ("Help!! MISSING child #Rugby Mia only 6 went out on her scooter this afternoon and hasn't come back, she doesn't "
         "know the area. Police informed. Please bump this post so we can get her home safe, comments off", "found-child-bait"),
        ("Une fillette de 5 ans a disparu à vélo à Vannes, faites remonter la publication sur les groupes du coin, "
         "commentaires bloqués", "found-child-bait"),
    ],
)
def test_the_hi_mum_scam_and_the_found_child_bait_are_flagged(checker, text, family):
    a = checker.check(text)
    assert a.flagged and a.family_id == family, a


@pytest.mark.parametrize(
    "text",
    [
        "hi mum, can you pick me up at 6? phone almost dead",
        "got a hi mum text from a random number lol, blocked it",
        "my little boy found his lost teddy at the park today 😂",
        "the police found my stolen bike!! so happy",
        "Video call tonight at 8? I'll send the link on WhatsApp",
        # debunks and questions in spoken French
        "Meta AI lit pas vos conversations privées, il voit que les messages où vous le mentionnez",
        "« Au revoir Meta AI » : ce message copié-collé en masse ne vous protège de rien",
        "Cette offre d'argent de la part de Sadio Mané est frauduleuse",
        "Le gouvernement va enregistrer nos appels WhatsApp dès demain, qqn peut confirmer ?",
        "if a friend sends 'is this you in the video?' on messenger dont click, their account is hacked",
    ],
)
def test_ordinary_lines_debunks_and_questions_near_these_scams_are_not_flagged(checker, text):
    assert not checker.check(text).flagged


def test_a_french_flag_explains_its_cue_in_french(checker):
    from commands.hoax.replies import cue_texts

    a = checker.check("Coucou maman c'est moi, j'ai cassé mon téléphone, c'est mon nouveau numéro, enregistre-le et réponds-moi ici")
    assert a.flagged
    assert cue_texts(a, "fr") == [f"énoncé proche: proche d'un énoncé connu de l'affirmation ({a.score:+.1f})"]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Delta is giving 2 free first class tickets to everyone who comments Booked for its anniversary, share the post", True),
        ("La compagnie aérienne offre deux billets gratuits à tous ceux qui commentent Done, partagez vite", True),
        ("my delta flight got cancelled again, free voucher though lol", False),
        ("is the southwest free tickets thing real??", False),
    ],
)
def test_airline_ticket_like_farming(checker, text, flagged):
    a = checker.check(text)
    assert a.flagged is flagged and a.family_id in (None, "airline-ticket-giveaway"), a


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("IKEA fans page: 300 gift cards for our birthday, share to 5 groups and comment DONE to claim yours!", True),
        ("La Fnac offre des trottinettes électriques abîmées au déballage, commentez votre couleur et partagez à 10 amis", True),
        ("Sephora sort son calendrier de l'Avent le 1er novembre, je vais faire la queue dès l'ouverture", False),
        ("j'ai acheté un vélo d'occasion chez Decathlon, livraison gratuite en magasin", False),
    ],
)
def test_shop_page_giveaways_are_flagged_and_shopping_is_not(checker, text, flagged):
    """Fake shop pages (Decathlon's scratched bikes, IKEA gift cards, Sephora calendars): the
    family is the shop's name plus the giveaway's own words, so buying there is ordinary chat."""
    a = checker.check(text)
    assert a.flagged is flagged, a
    if flagged:
        assert a.family_id == "shop-giveaway-fake-page"


def test_a_question_about_a_shop_giveaway_gets_the_verdict(checker):
    a = checker.check("the decathlon page giving away bikes with scratches if you comment, is that real?")
    assert not a.flagged and a.family_id == "shop-giveaway-fake-page" and a.verdict == "false"


@pytest.mark.parametrize(
    ("text", "family"),
    [
        # the 2020 chain with another country's name (BOOM, 2020 and 2023)
        ("Don't open the video called 'India is doing it', it hacks your phone in ten seconds, tell everyone", "whatsapp-argentina-video"),
        # the "CEO of WhatsApp" who does not exist (Graham Cluley, Newschecker)
        ("Message from Jim Balsamic CEO of WhatsApp: send this to all your contacts or your account is deleted in 48 hours", "whatsapp-account-deletion"),
        # the same chain as a file of earthquake photos (Snopes, The Quint, 2023)
        ("Attention, un fichier Seismic Waves CARD avec des photos du tremblement de terre pirate le portable en 10 secondes, faites passer", "whatsapp-argentina-video"),
        # the 2024 chain's own words, without the words "Meta AI"
        ("An attorney has advised us to post this. I do not give Meta permission to use my pictures, failure to post may have legal consequences", "meta-ai-optout"),
    ],
)
def test_chains_in_their_own_wording_are_flagged(checker, text, family):
    a = checker.check(text)
    assert a.flagged and (a.family_id == family or a.entry is not None and family in a.entry.kin), a


def test_a_question_about_the_free_badge_link_is_the_phishing(checker):
    """The fake "your page is eligible for the blue badge" notice (MailGuard, 2026), not Meta Verified."""
    a = checker.check("got a DM saying my page is eligible for a free blue badge if I confirm my account on their link, legit?")
    assert not a.flagged and a.family_id == "meta-page-violation-phishing" and a.verdict == "false", a


def test_a_place_named_gold_is_not_whatsapp_gold(checker):
    assert not checker.check("Gold Coast weekend is booked, forwarding everyone the hotel link now").flagged


def test_the_vote_for_my_niece_request_is_the_code_scam(checker):
    """The 2025 variant (CommentÇaMarche, CNews): a contest vote that asks for the WhatsApp code."""
    chain = checker.check("coucou tu peux voter pour ma nièce au concours de chant ? clique le lien, mets ton numéro et le code reçu par SMS")
    question = checker.check("a friend wants me to vote for her son in a contest and the site asks for my WhatsApp code, is that normal?")
    assert chain.flagged and chain.family_id == "whatsapp-code-scam", chain
    assert not question.flagged and question.family_id == "whatsapp-code-scam", question


def test_a_giveaway_question_names_its_kin(checker):
    a = checker.check("free plane tickets if you comment 'done' on the Emirates Fans page, real?")
    named = {a.family_id} | {r["id"] for r in a.related if r["close"]}
    assert not a.flagged and {"airline-ticket-giveaway", "brand-anniversary-giveaway"} <= named, a


def test_the_servers_are_busy_chain_needs_no_platform_name(checker):
    """'Our servers are very busy, forward this to all your contacts or your account stays inactive'
    circulates without naming the app; its own words name it."""
    a = checker.check("Nos serveurs sont saturés : transférez ce message à tous vos contacts pour confirmer que vous êtes actif, sinon votre compte sera désactivé")
    assert a.flagged and a.family_id in {"account-purge-chain", "whatsapp-account-deletion", "whatsapp-night-shutdown"}, a


@pytest.mark.parametrize(
    ("text", "family"),
    [
        # (a recruiter's pitch in other words is often vetoed by the spread model, which has seen few: see README)
        ("Hi, this is the TikTok HR department: we invite you to use your free time to like TikTok videos and get paid "
         "£300-£800 a day. Add us on WhatsApp", "task-job-scam"),
        ("Travail à domicile : tu likes des vidéos YouTube et tu notes des hôtels, 10 € par tâche payés tout de suite, "
         "écris au recruteur sur WhatsApp", "task-job-scam"),
        ("Live stream of Margaret's funeral today at 2pm 🕊️ register here to watch, you'll get the link once registration "
         "is complete. Please like and share with family", "funeral-livestream-scam"),
        ("Les obsèques de Mme Durand seront diffusées en direct, inscrivez-vous avec votre carte bancaire pour recevoir "
         "le lien, partagez à la famille", "funeral-livestream-scam"),
        ("FREE ROBUX GENERATOR 🔥 enter your Roblox username and password, do the human verification and get 10,000 "
         "Robux", "free-game-currency-scam"),
        ("hey sorry i accidentally reported your discord account for scamming, you have to message this discord staff "
         "member now or your account gets banned", "discord-false-report-scam"),
        ("Snapchat devient payant à partir de lundi, 4,99 € par mois, sauf si tu envoies ce message à tous tes contacts",
         "snapchat-paid-chain"),
        ("FIXED MATCH 100% SURE tonight ✅ correct score guaranteed, odds 35, pay before kick-off, only 5 VIP slots left",
         "fixed-match-scam"),
    ],
)
def test_the_scams_of_the_thirty_ninth_session_are_flagged(checker, text, family):
    a = checker.check(text)
    assert a.flagged and a.family_id == family, a


@pytest.mark.parametrize(
    "text",
    [
        # a real funeral home's stream, a real gift card, real Robux, a real report, the real paid Snapchat+
        "For those who can't travel, the funeral will be livestreamed on the funeral home's website at 2pm",
        "my nan gave me an iTunes gift card for my birthday, what should I get",
        "Robux are so expensive now, 800 for 10 dollars, my son wants more again",
        "I reported that spam account on discord yesterday, hope they ban it",
        "Snapchat+ costs $3.99 a month if you want the extra features, the app itself stays free",
        "the ref fixed nothing, we lost fair and square, what a match",
        "Got my first tasks done at the new job today, the boss liked the report",
        "tiktok pays creators per 1000 views now, I earned 12 dollars last month",
    ],
)
def test_ordinary_lines_about_the_same_things_are_not_flagged(checker, text):
    assert not checker.check(text).flagged


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("is the free robux generator real? my son wants to put his password in", "free-game-currency-scam"),
        ("Le pasteur m'a écrit sur Messenger pour que j'achète des cartes cadeaux, c'est une arnaque ?",
         "gift-card-impersonation-scam"),
        ("someone posted a funeral livestream link under my uncle's obituary and it asks for a card, legit?",
         "funeral-livestream-scam"),
    ],
)
def test_questions_about_them_are_answered_with_the_family(checker, text, family):
    a = checker.check(text)
    assert not a.flagged and a.family_id == family and a.verdict == "false", a


def test_the_at_4_code_is_the_comment_word_check(checker):
    """'@[4:]' tags profile number 4, Mark Zuckerberg's (François Charron): the chain selling it as an
    account check is the BFF/gratula hoax; 'voici comment savoir si…' is its how-to, not a question."""
    chain = checker.check("VOICI COMMENT SAVOIR SI TON COMPTE FACEBOOK EST PIRATÉ : tape @[4:] en commentaire sans "
                          "espace, si Mark Zuckerberg apparaît ton compte est ok, sinon change ton mot de passe vite")
    assert chain.flagged and chain.family_id == "facebook-comment-word-security", chain
    asked = checker.check("le truc @[4:] qui montre Mark Zuckerberg si ton compte est pas piraté, ça marche ?")
    assert not asked.flagged and asked.family_id == "facebook-comment-word-security", asked


def test_the_hi_mum_antidote_is_advice_and_the_new_phone_story_is_the_scam(checker):
    advice = checker.check("Si votre « fils » vous écrit d'un nouveau numéro pour demander un virement, appelez-le sur "
                           "son ancien numéro. C'est l'arnaque « Coucou maman ».")
    assert not advice.flagged and advice.stance == "advises", advice
    scam = checker.check("Hi Dad, new number, my old phone broke. I need to pay a bill today but the bank app won't work "
                         "on the new phone, could you send £350 and I'll pay you back tomorrow x")
    assert scam.flagged and scam.family_id == "hi-mum-scam", scam


def test_the_white_van_abduction_rumour_has_its_own_family(checker):
    """France Info, 20 Minutes, RMC, Moustique, the Baltimore Sun: the van that abducts children returns every year."""
    chain = checker.check("⚠️ ATTENTION ⚠️ Cette camionnette tourne sur Pithiviers et essaie de faire monter des enfants "
                          "de force !! Si vous la voyez appelez la gendarmerie et partagez un max")
    assert chain.flagged and chain.family_id == "white-van-abductions", chain
    asked = checker.check("La camionnette blanche qui enlève des enfants à Charleroi, c'est vrai ou encore une rumeur ?")
    assert not asked.flagged and asked.family_id == "white-van-abductions", asked
    assert not checker.check("Le plombier passe demain avec sa camionnette blanche, garez-vous ailleurs svp").flagged


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("If you ever have a heart attack while alone, start coughing hard every two seconds, a deep breath before each "
         "cough, it keeps the heart going until help comes. Share, it can save a life", "cough-cpr-hoax"),
        # (a looser retelling, "il faut tousser très fort, ça relance le cœur", is still vetoed by the
        # spread model, which has not seen this family: see README)
        ("COMMENT SURVIVRE À UNE CRISE CARDIAQUE QUAND ON EST SEUL ? Il faut tousser très fortement, une grande "
         "inspiration avant chaque toux, toutes les deux secondes, jusqu'à l'arrivée des secours. Envoyez ce message "
         "à vos amis", "cough-cpr-hoax"),
        ("Ne décrochez surtout pas si le +264 866 699 666 vous appelle, trois personnes sont mortes à Douala après "
         "l'appel, le sang sortait des oreilles. Faites circuler", "killer-phone-number"),
        ("Refugees here get $2,400 a month from the government while our seniors who worked 50 years get $1,000 of "
         "pension. Share if you agree", "refugees-paid-more-than-pensioners"),
        ("Dear customer your SBI account will be blocked today, your KYC has expired, update PAN now at sbi-kyc.example",
         "bank-kyc-phishing"),
        ("Colissimo : votre colis est retenu, des frais de 2,99 € sont à régler par ce lien avant demain sinon il sera "
         "renvoyé à l'expéditeur", "parcel-fee-text-scam"),
        ("RECRUTEMENT MASSIF UNICEF 2026 : 3 000 postes ouverts à tous, postulez par le lien et partagez à 5 groupes "
         "WhatsApp pour valider", "fake-recruitment-scholarship"),
        ("sold my couch on marketplace, the buyer is sending a courier with the cash tomorrow, I just have to pay the "
         "courier's insurance fee first through their link", "marketplace-courier-scam"),
        ("Hydro-Québec vous doit 212,50 $ : confirmez votre remboursement et choisissez votre banque par ce lien",
         "official-refund-text-scam"),
        ("⚠️ ALERTE PARENTS ⚠️ Une voiture noire avec deux hommes essaie d'enlever des enfants devant les écoles pour "
         "un trafic d'organes. La police est au courant, faites tourner dans tous les groupes", "local-danger-warning-hoax"),
        # (the "$600 a month" version names no anchor word of the family: "SSI" folds to "si", and
        # "Social Security" is too common to gate the pre-filter; it is left to questions)
        ("LAST DAY TO REGISTER: people born before 1957 are getting a $1,728 boost to their Social Security checks, "
         "share with every senior", "us-benefit-boost-rumour"),
        ("A lady from Medicare called, they're sending everyone new plastic cards with a chip and I had to verify my "
         "Medicare number first", "medicare-ssn-call-scam"),
        ("SASSA NEWS: the R350 grant goes up to R3 500 for six months, first-time applicants are paid within 24 hours, "
         "apply on the link", "government-cash-grant-link"),
        ("🎉 Delhaize fête ses 150 ans : un bon d'achat de 300 € pour tous ceux qui partagent et commentent ce post",
         "supermarket-voucher"),
        # DSWD impostor pages (Rappler, AFP, Manila Bulletin)
        ("DSWD AYUDA UPDATE: P10,000 cash aid para sa lahat! Comment your name, address and GCash number to be in the "
         "first batch", "government-cash-grant-link"),
        # the blue circle named without the app: "le rond bleu" is Meta AI's
        ("le rond bleu c'est un mouchard, il enregistre tout ce que vous écrivez dans vos groupes, effacez vos "
         "discussions", "meta-ai-reads-messages"),
    ],
)
def test_the_hoaxes_of_the_fortieth_session_are_flagged(checker, text, family):
    a = checker.check(text)
    assert a.flagged and a.family_id == family, a


@pytest.mark.parametrize(
    "text",
    [
        # a real cough, a real call, a real pension talk, a real bank, a real parcel, real jobs, a real sale
        "I've had this cough for a week and my chest hurts, going to see the doctor tomorrow",
        "Mon cousin est réfugié au Québec depuis 2019, il travaille dans un garage maintenant",
        "j'attends un colis de Colissimo depuis lundi, le suivi dit en cours de livraison",
        "the buyer from marketplace picked up the couch and paid cash, easy sale",
        "Conseil Marketplace : si l'acheteur veut « réserver » avec un lien Interac, refusez et exigez le paiement en main propre",
        "Forward dodgy parcel texts to 7726 and then delete them. Never pay a redelivery fee through a text link",
        "UNICEF recrute des stagiaires cette année, les offres sont sur leur site officiel",
        "Hydro-Québec a envoyé la facture, elle a monté de 20 $ ce mois-ci",
    ],
)
def test_ordinary_and_advice_lines_about_them_are_not_flagged(checker, text):
    assert not checker.check(text).flagged


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Is it true that coughing hard can save you from a heart attack if you're alone?", "cough-cpr-hoax"),
        ("Un appel peut vraiment tuer ? on dit de pas décrocher le numéro en 666", "killer-phone-number"),
        ("got a text that my parcel is held until I pay a £1.99 fee, is that legit?", "parcel-fee-text-scam"),
        ("Do hotel key cards really have your credit card number on them? my aunt keeps every one", "hotel-keycard-data"),
        ("Is Medicare really sending new chip cards? someone called my dad to verify his number", "medicare-ssn-call-scam"),
    ],
)
def test_questions_about_the_fortieth_session_hoaxes_get_their_verdict(checker, text, family):
    a = checker.check(text)
    assert not a.flagged and a.family_id == family and a.verdict == "false", a


def test_a_chain_that_vouches_for_itself_is_not_a_denial():
    """ "Ceci n'est pas une intox, c'est véridique" is the chain's own insistence, not a debunk; a
    missing-child post's "she still hasn't returned" is its story."""
    from commands.hoax.stance import stance

    assert stance("Ceci n'est pas une intox c'est véridique, la police est au courant. A FAIRE CIRCULER") == "asserts"
    assert stance("MISSING!! Lily, 6, went out on her scooter this morning and still hasn't returned") == "asserts"
    assert stance("She doesn't know where she is, new area. Please bump") == "asserts"
    assert stance("Ce n'est pas véridique, c'est une vieille rumeur") == "denies"


def test_a_chains_own_condition_and_fake_sellers_are_not_denials():
    """ "si le logo ne devient pas bleu" is the chain's condition, and "de faux vendeurs de parfum" the
    rumour's villains: neither says the claim is false."""
    from commands.hoax.stance import stance

    assert stance("Facebook sera payant lundi si le logo ne devient pas bleu après avoir partagé ce message") == "asserts"
    assert stance("De faux livreurs endorment les gens au chloroforme dans les parkings, selon la gendarmerie") == "asserts"
    assert stance("Le logo ne devient pas bleu, c'est faux, rien ne change") == "denies"


def test_a_bisp_stipend_text_is_the_cash_grant_scam(checker):
    """BISP: messages come only from 8171 and registration is free, in person (The Nation, 2024)."""
    a = checker.check("Mubarak! Your BISP payment of Rs 25,000 has been approved. Send your CNIC number and name to "
                      "0300-1234567 to receive it within 24 hours")
    assert a.flagged and a.family_id == "government-cash-grant-link", a




@pytest.mark.parametrize(
    "text",
    [
        "the hotel key card stopped working twice, had to go back to the front desk",
        "Social Security COLA is 2.8% for 2026, it comes automatically in January",
        "je fais mes courses chez Delhaize, le bon de réduction de 5 € du dépliant ne passe pas",
    ],
)
def test_true_or_ordinary_lines_about_them_stay_quiet(checker, text):
    assert not checker.check(text).flagged


@pytest.mark.parametrize(
    ("text", "family"),
    [
        # Polígrafo (2020): the Ronaldo gift-card post; Daily Herald (2018): Tyler Perry's "giveaways"
        ("Cristiano Ronaldo sends a gift card to everyone who shares his post before Sunday, pick the first letter "
         "of your name to see your prize!!", "celebrity-share-giveaway"),
        ("Tyler Perry donne 5 000 dollars aux fans qui partagent sa publication, c'est officiel, partagez vite",
         "celebrity-share-giveaway"),
        # 20 Minutes (2021): refund e-mails in the DGFiP's name
        ("Bonne nouvelle, la DGFiP me rembourse 412 € d'impôts, il suffit de remplir le formulaire avec sa carte "
         "bancaire, regardez vos mails", "official-refund-text-scam"),
        # Courrier picard (2022), L'Internaute (2024): the Carte Vitale "renewal"
        ("Rappel : votre carte Vitale expire le 30, renouvelez-la vite sur le lien, il n'y a que 1,49 € de frais "
         "d'envoi", "official-refund-text-scam"),
        # DFRAC (2022): FIFA's "free 50GB"
        ("FIFA is giving everyone 50GB free data for the World Cup, send it to 12 contacts to activate it",
         "whatsapp-free-data-anniversary"),
    ],
)
def test_the_hoaxes_of_the_forty_first_session_are_flagged(checker, text, family):
    a = checker.check(text)
    assert a.flagged and a.family_id == family, a


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Is Ronaldo really giving gift cards to people who share his post? my uncle shared it 20 times",
         "celebrity-share-giveaway"),
        ("Ma carte Vitale expire vraiment ? un SMS me demande de la renouveler en ligne", "official-refund-text-scam"),
        ("Les impôts remboursent par carte bancaire via un formulaire en ligne ? j'ai reçu un mail",
         "official-refund-text-scam"),
    ],
)
def test_questions_about_the_forty_first_session_hoaxes_get_their_verdict(checker, text, family):
    a = checker.check(text)
    assert not a.flagged and a.family_id == family and a.verdict == "false", a


@pytest.mark.parametrize(
    "text",
    [
        "Ronaldo scored twice tonight, share the clip lads",
        "j'ai payé mes impôts en ligne hier, le prélèvement passe le 15",
        "La pharmacienne a mis à jour ma carte Vitale, deux minutes et c'était fait",
        "the FIFA game keeps crashing on my console since the update",
        "Reminder: the DGFiP never asks for your card number by e-mail, delete those refund messages",
    ],
)
def test_ordinary_lines_next_to_the_forty_first_session_hoaxes_stay_quiet(checker, text):
    assert not checker.check(text).flagged


def test_a_dollar_amount_meets_its_numeric_anchor(checker):
    """ "$1728" is money, not leetspeak: the pre-filter once decoded it as "sit2b", so a dollar amount
    never met the family's numeric anchor unless a chain word sent the text down the slow path."""
    pre = Prefilter(load_builtin())
    text = "Every senior gets a $1728 boost to their Social Security checks next month, register now"
    assert pre.is_candidate(text)
    a = checker.check(text)
    assert a.flagged and a.family_id == "us-benefit-boost-rumour", a
    assert pre.is_candidate("WhAt$App will charge everyone from Monday")  # "$" inside a word is still an "s"
    assert not checker.check("I paid $1728 for the flight to Lagos").flagged


def test_a_verdict_closing_a_headline_and_stop_pasting_this_are_denials(checker):
    """ "…: Fiction!" closes a TruthOrFiction-style headline; "arrêtez de coller ce texte" is said to
    the people who paste a chain. Neither spreads it (both were flagged before)."""
    from commands.hoax.stance import stance

    headline = "Request from WhatsApp to forward messages to friends: Fiction!"
    assert stance(headline) == "denies" and not checker.check(headline).flagged
    debunk = ("Ça fait 15 ans que FB « devient payant la semaine prochaine » 🙄 c'est gratuit et ça le restera, "
              "arrêtez de coller ce texte")
    assert stance(debunk, strict=True) == "denies" and not checker.check(debunk).flagged
    chain = "Facebook will charge 4.99 from Monday: copy and paste this to stay free!"
    assert stance(chain) == "asserts" and checker.check(chain).flagged


@pytest.mark.parametrize(
    ("text", "family"),
    [
        # TruthOrFiction: the "lights out" initiation, a 1993 fax; Snopes, Hoax-Slayer: the 2000 e-mail
        ("Police warning: gangs are driving around with their headlights off tonight, the first car that flashes them "
         "gets followed and shot, it's their initiation. Forward to every driver you know", "local-danger-warning-hoax"),
        ("Des seringues infectées par le VIH sont cachées sous les poignées des pompes à essence, 12 personnes "
         "piquées à Lyon, faites tourner", "local-danger-warning-hoax"),
        # Borneo Post (2019): the RM8,500 for those who "worked between 1990 and 2019"
        ("Anyone who worked between 1990 and 2019 can now withdraw RM8,500 from the government, check if your name is "
         "on the list at the link", "government-cash-grant-link"),
    ],
)
def test_the_late_forty_first_session_hoaxes_are_flagged(checker, text, family):
    a = checker.check(text)
    assert a.flagged and a.family_id == family, a


def test_their_questions_and_everyday_lines(checker):
    asked = checker.check("Do gangs really shoot drivers who flash their headlights at them? my dad believes it")
    assert not asked.flagged and asked.family_id == "local-danger-warning-hoax" and asked.verdict == "false", asked
    for text in ("my headlights are broken again, garage on monday", "I was born in 1990 and I still can't claim anything lol",
                 "the nurse changed the needle twice before the blood test"):
        assert not checker.check(text).flagged, text
    debunk = ("Le texte avec « UCC 1-308 » et le statut de Rome, c'est du charabia juridique. T'as accepté les "
              "conditions de Facebook à l'inscription, point.")
    assert not checker.check(debunk).flagged


@pytest.mark.parametrize(
    ("text", "family"),
    [
        # 20 Minutes, franceinfo, France 3, Allodocteurs: the "CHU de Nantes" appeal, since 2003
        ("Urgent, le CHU de Nantes cherche un donneur A négatif pour une petite fille leucémique, appelez le "
         "Dr Riaudeau, transférez à tous vos contacts", "fake-blood-donation-appeal"),
        ("URGENT: Nantes hospital needs A negative blood donors for a one-year-old girl with leukaemia, please share",
         "fake-blood-donation-appeal"),
        # Campion-Vincent (CNRS), NeozOne (2025), 20 Minutes (2019): released vipers and wolves
        ("Les écologistes larguent des caisses de vipères par hélicoptère sur nos montagnes, c'est prouvé",
         "released-predators-rumour"),
        ("The wolves in our valley were released from a truck at night by the wildlife office, everyone knows it",
         "released-predators-rumour"),
        # 20 Minutes (2019), BBC (2006): the burglars' chalk code
        ("Attention, les cambrioleurs marquent les maisons à la craie, un triangle veut dire femme seule, regardez "
         "vos murs et partagez", "burglar-chalk-marks"),
        ("Burglars are chalking symbols on houses round here, a triangle means a woman living alone",
         "burglar-chalk-marks"),
    ],
)
def test_the_hoaxes_of_the_forty_second_session_are_flagged(checker, text, family):
    a = checker.check(text)
    assert a.flagged and a.family_id == family, a


class _BlindSpread:
    """A spread model trained before one family existed, and doubtful of every text."""

    def __init__(self, unseen: str) -> None:
        self.families = frozenset(e.id for e in load_builtin()) - {unseen}

    def probability(self, text: str) -> float:
        return 0.02


def test_a_model_blind_to_a_family_does_not_veto_its_near_quotes():
    """A model trained before a family existed reads its near quotes with ignorance, not evidence of
    a denial: its 0.02 does not veto them. A family it has seen keeps the veto."""
    text = "Nantes hospital urgently needs blood donors for a little girl with leukaemia, please share"
    assert Checker(spread=_BlindSpread("fake-blood-donation-appeal")).check(text).flagged
    assert not Checker(spread=_BlindSpread("facebook-paid")).check(text).flagged


def test_the_found_dog_post_is_known(checker):
    # Lead Stories (2024): the "third day" dog that turns into a property ad
    a = checker.check("Is the 'third day, still no owner for this dog we picked up by the road side' post real? it's in every town group")
    assert not a.flagged and a.family_id == "found-child-bait" and a.verdict == "false", a


def test_the_chalk_code_is_misleading_not_false(checker):
    a = checker.check("Les signes à la craie des cambrioleurs, ça existe vraiment ? j'ai un losange sur ma boîte aux lettres")
    assert not a.flagged and a.family_id == "burglar-chalk-marks" and a.verdict == "misleading", a


@pytest.mark.parametrize(
    "text",
    [
        "J'ai donné mon sang à l'EFS ce matin, ils manquent de A négatif, allez-y si vous pouvez",
        "the vet says the dog we found is chipped, owner picked him up an hour ago",
        "les enfants ont dessiné à la craie sur tout le trottoir, un vrai musée",
        "On a entendu les loups hurler cette nuit vers la bergerie, les brebis vont bien",
        "please don't share the 1000 missing kids post, the police list had one known minor",
        "Arnaque en cours sur WhatsApp : un contact dit qu'il vous a envoyé un code à 6 chiffres par erreur. Ne le "
        "renvoyez pas, c'est pour voler votre compte",
    ],
)
def test_everyday_lines_and_warnings_next_to_them_stay_quiet(checker, text):
    a = checker.check(text)
    assert not a.flagged, a


def test_the_insider_voice_note_is_known(checker):
    # Full Fact, i news (2020): the "ambulance worker" voice note; 20 Minutes, franceinfo: "Claire Magne"
    a = checker.check("A friend who works for the ambulance service says a third of the deaths at the peak will be healthy "
                      "children and the mortuaries are full, forward to your family")
    assert a.flagged and a.family_id == "health-worker-insider-message", a
    asked = checker.check("Le message de l'amie infirmière du CHU qui dit que le pic c'est ce week-end, c'est vrai ?")
    assert not asked.flagged and asked.family_id == "health-worker-insider-message" and asked.verdict == "false", asked
    assert not checker.check("the ambulance took 40 minutes but the nurses were lovely, mum is fine").flagged
