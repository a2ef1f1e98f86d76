"""What the forty-seventh session's two tuning rounds (sets 885-890, then 891-896) taught the
matcher: a hoax that describes a trap ("whoever joins cannot leave") asserts despite its negation;
"this message is from 2011", "rien à voir avec la sécurité", "is fraudulent", a recycled post "avec
juste la ville changée" and "WhatsApp will never message you" deny or advise; asking before doing
what a message asks ("je peux le lui donner ?"), or a question followed by who said it, asks; a gift
exchange recruiting ("who wants in??") spreads; a fact-checker's claim statement quoted as it stands
is flagged whatever the spread model thinks; Meta Verified's real ID check is not the
government-ticks hoax. Texts are paraphrases written for these tests, not the blind items (except
the quoted claim statement, which is the point of that case)."""

from __future__ import annotations

import pytest

from commands.hoax.check import Checker


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Careful, there is an ISIS WhatsApp group called Firdaus going round, once they add you, you cannot leave it",
         "whatsapp-isis-group-trap"),
        ("Bush's baked beans are being recalled nationwide, check your cupboards and throw the cans out",
         "bushs-beans-old-recall"),
        ("Tim Hortons will start selling cannabis in all its restaurants once it's legal", "tim-hortons-cannabis"),
        ("Zuckerberg's sister in law Raven Chan runs the cannibal club restaurant in LA", "zuckerberg-cannibal-club"),
        ("Stop selling on Marketplace, the IRS now taxes every sale over $600 even your old couch", "second-hand-sales-taxed"),
        ("SECRET SISTER 🎁 Who wants in?? Buy ONE $10 gift for your secret sister and get up to 36 gifts back!",
         "secret-sister"),
        ("Canada is giving free visas to Ethiopians this year, fill the online form before the deadline", "canada-immigration-hoax"),
        ("La loterie de visas du Canada est ouverte : 45 000 étrangers auront la résidence permanente, inscrivez-vous",
         "canada-immigration-hoax"),
        # a fact-checker's claim statement all but word for word, which the spread model reads as a warning
        ("À Lille, des hommes font sentir du parfum imbibé de chloroforme aux femmes pour les endormir et les dépouiller.",
         "knockout-perfume-sample"),
        ("Votre abonnement Navigo est suspendu, régularisez en ligne via le lien du mail", "official-refund-text-scam"),
    ],
)
def test_a_plain_assertion_is_flagged_with_its_family(checker: Checker, text: str, family: str) -> None:
    answer = checker.check(text)
    assert answer.flagged
    assert answer.family_id == family


@pytest.mark.parametrize(
    "text",
    [
        "Relax, the midnight cosmic rays warning about switching off your phone is an old msg, this message is from 2010",
        "Le BFF qui devient vert c'est juste une animation, ça n'a rien à voir avec la sécurité de ton compte",
        "Reminder from IT: WhatsApp won't ever message you through a forward to say your account is closing",
        "WhatsApp ne vous contactera jamais pour vous dire que votre compte va être supprimé",
        "Anyone who says you can't leave the Firdaus ISIS WhatsApp group is spreading a hoax, any member can exit a group",
        "Pizza at mine tonight, who wants in? bring drinks",
        # a question, then who said what it asks about
        "WhatsApp va devenir payant en janvier ?? Mon beau-frère à Lyon dit qu'il faut transférer à 10 contacts pour que le logo devienne bleu",
        "Qatar Airways warns the free World Cup ticket giveaway on WhatsApp is fraudulent",
        "Ce « garçon disparu à Trois-Rivières » c'est le même texte qui a été posté à Laval et à Gatineau, avec juste la ville changée",
        "Chiots à donner, 10 semaines, habitués aux chats et aux enfants, écrivez-moi en privé",
        "Canada announced it will admit fewer temporary foreign workers next year, says the immigration minister",
    ],
)
def test_a_debunk_advice_or_ordinary_line_is_not_flagged(checker: Checker, text: str) -> None:
    assert not checker.check(text).flagged


def test_asking_before_doing_what_a_request_scam_asks_is_a_question(checker: Checker) -> None:
    answer = checker.check(
        "Mon cousin m'a écrit qu'il m'a envoyé par erreur un code à 6 chiffres et qu'il faut le lui renvoyer. "
        "Y a un souci ou je peux le lui envoyer ?"
    )
    assert not answer.flagged
    assert answer.stance == "asks"
    assert answer.family_id == "whatsapp-code-scam"
    assert answer.verdict == "false"


def test_meta_verified_news_with_its_id_check_is_the_true_story(checker: Checker) -> None:
    answer = checker.check(
        "Meta is selling verification now, about $12 a month on the web, and you have to show a government ID"
    )
    assert not answer.flagged
    assert answer.truth is not None and answer.truth.id == "meta-verified"


@pytest.mark.parametrize(
    ("text", "families"),
    [
        ("L'alerte de la jeune ado disparue avec sa Honda, elle conduit à 16 ans en France ? c'est pas un fake ?",
         {"found-child-bait"}),
        ("Cebu Pacific page giving free flights for their anniversary, legit ba?", {"airline-ticket-giveaway"}),
        ("Is the Lulu hypermarket $500 voucher real? they want me to share it to 5 groups", {"supermarket-voucher"}),
        ("Les 30 Go gratuits pour l'anniversaire de TikTok, quelqu'un les a vraiment reçus ?", {"whatsapp-free-data-anniversary"}),
        ("C'est vrai qu'un appel peut tuer ? On parle de morts à Douala", {"killer-phone-number"}),
        ("With the Insta map can my followers see where my house is?", {"instagram-location-sharing"}),
        ("On peut vraiment acheter le crochet bleu sur Instagram maintenant ?", {"instagram-paid", "facebook-paid"}),
        ("Luxair fait gagner des billets gratuits pour ses 30 ans, il faut répondre à 3 questions, c'est vrai ?",
         {"airline-ticket-giveaway"}),
        ("Can I turn off the Meta AI thing in WhatsApp or are we stuck with it now?", {"meta-ai-reads-messages"}),
    ],
)
def test_a_question_about_a_known_claim_is_answered_with_its_verdict(
    checker: Checker, text: str, families: set[str]
) -> None:
    answer = checker.check(text)
    covered = {answer.family_id} | (set(answer.truth.families) if answer.truth is not None else set())
    covered |= {r["id"] for r in answer.related if r.get("close")}
    assert not answer.flagged
    assert answer.verdict is not None
    assert covered & families

