"""What the sixty-sixth session taught the matcher, tuned on sets 1563-1568: the "#199*3# shows your ID
number, #150*6*7# resets your Orange Money PIN" alert is a known false claim (StopIntox, November
2020), and so is the operator's "end-of-year draw" prize text (Stopblablacam on Orange Cameroun's
650,000 FCFA bonus, March 2017); a police "source" warning of an attack on a shopping centre, a
found child whose mother's first name is all she knows, a local "abductions" or "lockdown" scare, an
accident video "to identify the victims" and a friend request that "hacks your whole phone" are known
families in new words. One's own hacker friend, the Cameroonian « feymania » said of a chain, and a
question opening "can hackers…" are not flags. Then on sets 1569-1574: "if your dot doesn't turn blue
you'll pay" is the chain's own condition, "WhatsApp n'est plus chiffré" its claim, not a denial, and
« je clique vite sur leur lien » no question; a headline "images do not hide…" and advice saying a link
is "just harvesting numbers" are not flags; WhatsApp Business's API billed per message is the true
story. Then on sets 1575-1580: traffickers' zip ties or dollar bills in store car parks, a white van
"luring kids" near a school, a "video of you on Messenger, click quick", a welfare "Christmas bonus"
on a link and a toll text are known claims; "I've sent it to 10 already" passes a chain on; "you have
not been hacked" is the BFF chain's own promise and "metaverse nonsense" no denial, while « jamais de
la vie » is one; the AI-training notice ("public posts, not private messages") is the true story.
Texts are paraphrases written for these tests, not the blind items."""

from __future__ import annotations

import pytest

from commands.hoax.check import Checker


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Attention !! Avec le #199*3# n'importe qui retrouve le numéro de ta CNI, puis avec le #150*6*7# il change "
         "ton code Orange Money et vide ton compte. Ne prêtez plus vos téléphones", "mobile-money-ussd-codes-hoax"),
        ("A computer technician says #199*3# reveals your ID number and #150*6*7# resets your mobile money PIN, "
         "don't leave your phone with anyone", "mobile-money-ussd-codes-hoax"),
        ("Orange Promo Prime Bravo : suite à vos nombreuses recharges, votre numéro a été retenu au tirage Megawin, "
         "vous gagnez 650 000 FCFA et un séjour à Kribi. Appelez le service promotionnel", "operator-prize-sms-scam"),
        ("Orange Cameroun offre une prime de 650 000 FCFA et un voyage à Kribi aux abonnés tirés au sort",
         "operator-prize-sms-scam"),
        ("Le cousin de ma voisine est policier, ils ont été prévenus d'un attentat imminent au centre commercial "
         "ce samedi, évitez d'y faire vos courses", "police-source-attack-rumour"),
        ("little girl found wandering behind my house this morning, she only knows her mom's first name, "
         "bump this so it reaches her family", "found-child-bait"),
        ("two girls abducted in our town this week already!! keep your kids close and share", "local-danger-warning-hoax"),
        ("the clinic is on lockdown, two armed men got in and ran off, stay indoors and share", "local-danger-warning-hoax"),
        ("Grave accident sur la rocade ce matin, plusieurs morts, la vidéo pour reconnaître les victimes est sur ce lien",
         "death-video-phishing"),
        ("N'accepte pas la demande d'ami de ce type, si tu l'acceptes tout ton téléphone est piraté, même ton mobile money",
         "friend-request-hacker"),
        ("WhatsApp devient payant dès lundi, si ton point ne devient pas bleu après l'envoi à 10 contacts tu paieras "
         "chaque message", "whatsapp-paid"),
        ("Depuis Meta AI, WhatsApp n'est plus chiffré de bout en bout, tous vos messages partent chez Meta",
         "meta-ai-reads-messages"),
        ("Message du support Meta sur Messenger : ma page sera supprimée pour violation des normes si je confirme pas, "
         "je clique vite sur le lien", "meta-page-violation-phishing"),
        ("MVola offre avec une banque un bonus de 30 % à ceux qui composent le code qu'on leur dicte au téléphone",
         "operator-prize-sms-scam"),
        ("careful ladies, traffickers leave a zip tie or a dollar bill on your windshield at the supermarket car park, "
         "that's how they choose who to grab", "local-danger-warning-hoax"),
        ("Une camionnette blanche avec deux hommes essaie d'attirer des gosses devant l'école, je laisse plus les miens seuls",
         "white-van-abductions"),
        ("Une vidéo de toi tourne sur Messenger t'as vu ?? clique vite sur ce lien",
         "messenger-video-phishing"),
        ("Type BFF in a comment: if it turns green your account is safe and you have not been hacked",
         "facebook-comment-word-security"),
        ("Facebook is going to be a paid app soon, five bucks a month for everyone, Meta needs cash after all that "
         "metaverse nonsense", "facebook-paid"),
        # kept through the statement swaps at the family's cap (the in-sample run found them lost)
        ("Mon oncle routier dit qu'il y a des aiguilles avec le sida cachées dans les pistolets à la station, mettez des gants",
         "local-danger-warning-hoax"),
        ("if there's a cable tie on your car door handle call the guards, it's a gang marking the car", "local-danger-warning-hoax"),
    ],
)
def test_new_wordings_of_known_claims_are_flagged(checker: Checker, text: str, family: str) -> None:
    answer = checker.check(text)
    assert answer.flagged and answer.family_id == family


@pytest.mark.parametrize(
    "text",
    [
        "j'ai réinitialisé mon code Orange Money en agence avec ma CNI, ça a pris deux minutes",
        "I reset my mobile money PIN at the Orange shop with my ID card",
        "ma prime de fin d'année est tombée, bravo à toute l'équipe",
        "Orange baisse le prix de ses forfaits internet ce mois-ci",
        "My hacker friend from uni fixed my laptop for free, what a legend",
        "Ce lien des 20 Go gratuits c'est de la feymania, l'opérateur a dit que ça ne vient pas d'eux",
        "Si on te demande des frais pour recevoir ton gain, c'est toi qui donnes l'argent au feyman",
        "Can hackers hide codes in pictures and steal my bank details when I forward a good morning image?",
        "keep driving, we'll stop for food after the bridge",
        "I nearly got taken out by a truck on the ring road this morning, people drive like maniacs",
        "Greeting images do not hide code that empties your bank account, whatever the forwards say",
        "Real free data offers are in the operator's own app; a link asking you to share first is just harvesting numbers",
        "WhatsApp Business reste gratuit, c'est l'API des grandes entreprises que Meta facture au message",
        "Des bons d'achat Lidl pour l'anniversaire de la marque sur WhatsApp ? Jamais de la vie, ne remplissez rien",
        "La notif Facebook sur la nouvelle politique, c'est pour l'IA : nos publications publiques l'entraînent, les messages privés non",
    ],
)
def test_everyday_lines_debunks_and_questions_are_not_flagged(checker: Checker, text: str) -> None:
    assert not checker.check(text).flagged


def test_a_question_about_the_ussd_codes_gets_the_verdict_and_the_fact_check(checker: Checker) -> None:
    answer = checker.check("c'est vrai qu'on peut vider un compte Orange Money avec le #150*6*7# sans le code ?")
    assert not answer.flagged
    assert answer.entry is not None and answer.entry.id == "mobile-money-ussd-codes-hoax"
    assert answer.verdict == "false"
