"""What the sixty-fourth session taught the matcher, tuned on sets 1509-1526: the copyright notice's
own closing ("copy n paste dont share") spreads it, whatever "I'm not sharing" says before; "and so
does everyone" and "want to know if it's true" are no question and no vouching; a curfew that only
exists in a forwarded note or voice message is the fake-curfew rumour, while a curfew reported from
an official announcement is news; "everyone is sharing it" after "is this you in this video??" is
the bait's own urgency; debunks say « c'est le coup classique », « une photo c'est pas un virus »,
"the same legal force as…", and a headline « quand la psychose de… » reports a rumour's effect. Texts
are paraphrases written for these tests, not the blind items."""

from __future__ import annotations

import pytest

from commands.hoax.check import Checker


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Not sharing, just saying. I DO NOT GIVE FACEBOOK PERMISSION TO USE MY PHOTOS OR POSTS, PAST OR FUTURE. "
         "Copy n paste dont share", "facebook-copyright-notice"),
        ("if anyone gets a friend request from a guy called Jayden K Smith don't accept, you get hacked and so does "
         "everyone on your list", "friend-request-hacker"),
        ("The army is fumigating from helicopters tonight after 10, keep your windows shut", "helicopter-disinfectant-spraying"),
        ("Forecasters upgraded Dorian to a cat 6, first time in history", "hurricane-category-6"),
        ("Les admis au concours de la police doivent payer 150 mille pour l'inscription sinon c'est annulé",
         "fake-recruitment-scholarship"),
        ("Le nutritionniste de la télé vend sa pilule pour maigrir, il l'explique dans une vidéo sur Facebook",
         "deepfake-investment-ads"),
        ("Couvre-feu dès ce soir à 19h dans tout le pays, l'audio circule, les militaires vont ramasser ceux qui traînent dehors",
         "fake-curfew-announcement"),
        ("Voice note going round: curfew from 7 pm tonight nationwide, soldiers will arrest anyone outside, forward to your family",
         "fake-curfew-announcement"),
        ("Is this you in this video?? everyone is sharing it lol http://watch-clip.example/v1", "messenger-video-phishing"),
        ("Join our blessing loom, put in $50 and you get $400 back in two weeks", "secret-sister"),
        ("SMS de la gendarmerie : amende de stationnement impayée de 35 CHF, payez via le lien avant la majoration",
         "official-refund-text-scam"),
        # then on sets 1533-1538: a terrorist "arrested" by a friend's account, a shooting "in progress" at a school
        ("Un ami gendarme m'a dit qu'un terroriste a été arrêté ce matin, il préparait un attentat au marché de Noël",
         "police-source-attack-rumour"),
        ("Fusillade en cours au lycée, les élèves sont enfermés, ma cousine a son fils dedans, évitez le quartier",
         "police-source-attack-rumour"),
    ],
)
def test_new_wordings_of_known_claims_are_flagged(checker: Checker, text: str, family: str) -> None:
    answer = checker.check(text)
    assert answer.flagged and answer.family_id == family


@pytest.mark.parametrize(
    "text",
    [
        "Do the police know anything about this white van near the school? Want to know if it's true before I panic",
        "Goodbye everyone, flying back to Lagos tonight, will miss you all",
        "Meta AI sur WhatsApp ne peut pas lire vos conversations privées, seulement celles que vous lui envoyez",
        "Le gars qui dit qu'il t'a envoyé de l'argent par erreur, c'est le coup classique, vérifie ton solde toi-même",
        "Posting that privacy notice on your wall has the same legal force as a shopping list",
        "Les images de bonjour qui piratent le téléphone 😂 une photo c'est pas un virus, continuez d'envoyer vos fleurs",
        "Enlèvements d'enfants : quand la psychose de la camionnette blanche gagne les réseaux sociaux",
        "Un couvre-feu a été décrété à Niamey de 22h à 5h après les manifestations, a annoncé le ministère de l'Intérieur",
        "The government imposed a night curfew in the capital after the riots, state television said",
        # then on sets 1527-1532: one's own transfer request or story post, advice quoting the scam,
        # « n'a jamais été partenaire », « X a jamais fait ça », and the finance chat this bot lives in
        "Awa envoie moi 20 000 par Orange Money stp je te rembourse lundi",
        "posting the whole parade video on my story tonight",
        "Talk to your parents about 'Hi Mum, new number' messages. Always call the old number before sending money",
        "Cette plateforme n'a jamais été partenaire d'Orange Money, ils ont juste utilisé leur logo",
        "Carrefour a jamais fait ça, regarde l'adresse du site, c'est un faux",
        "bought 50 dollars of bitcoin last week, down 10% already, great investment lol",
        # and on sets 1533-1538: a chain named as one, a "so-called" communiqué, a ring dismantled, shooting news
        "your account isn't hacked just because you got that 'second friend request' message, it's a chain",
        "Le soi-disant communiqué de la gendarmerie sur la camionnette, c'est de l'emballement, aucune plainte",
        "Les gendarmes ont démantelé un réseau qui vidait des comptes mobile money avec des SIM volées",
        "Fusillade à Marseille : deux morts dans le quartier nord, selon la police",
        # found by the in-sample run: the capex chat's own news and a watchdog's warning headline
        "Instagram passed 3 billion monthly users, Zuckerberg said on the earnings call",
        "Faux bons d'achat gratuits sur WhatsApp : une association de consommateurs dénonce une escroquerie",
    ],
)
def test_questions_debunks_and_curfew_news_are_not_flagged(checker: Checker, text: str) -> None:
    assert not checker.check(text).flagged


def test_a_question_about_a_forwarded_curfew_gets_its_verdict(checker: Checker) -> None:
    answer = checker.check("Le couvre-feu à 18h du vocal qui tourne sur WhatsApp, c'est vrai ?")
    assert not answer.flagged
    assert answer.family_id == "fake-curfew-announcement"
    assert answer.verdict == "false"
