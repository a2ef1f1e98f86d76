"""What the forty-ninth session's tuning on sets 921-926 taught the matcher: two classic rumours that
were missing (Mars as big as the Moon, fruit injected with HIV), fake fine texts, celebrity airtime
giveaways and the "Canadian Partnership" deepfake in their families; a request scam is its request
("fière de toi ma puce" is not "new number"); a found pet that "has a chip" and debunks that call a
post engagement bait, or say that sharing a story won't stop Meta, stay quiet; government blocks
of social media in Nepal and Bangladesh answer as the true stories they are. The second round
(tuned on 927-932): election internet-cut rumours, the Swiss "repay your debts" deepfake, fake
Camrail recruitment and the "new CEO of Center Parcs" giveaway in their families; a gift to
whoever comments a word is like-farming; "can everyone please bump this" passes a post on; an
authority's « dément », "ne donne pas 4,5 millions" and "no govt is giving" deny; Instagram's teen
accounts are true news. The third round (tuned on 933-938): jailed group admins and recorded calls
are the "new communication rules" chain; Jollibee and Toyota giveaways; "not giving", "zéro
valeur", "contrairement à une rumeur", "nothing to do with hacking" deny; "a shutdown" in English
is not the French "a fermé" that refutes the Nigerian warning story. Texts are paraphrases written
for these tests, not the blind items."""

from __future__ import annotations

import pytest

from commands.hoax.check import Checker


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Sortez ce soir, Mars sera aussi grosse que la pleine lune, deux lunes dans le ciel, on ne le reverra jamais",
         "mars-as-big-as-moon"),
        ("Tonight Mars will be as big as the moon!! two moons in the sky, won't happen again for 60,000 years",
         "mars-as-big-as-moon"),
        ("N'achetez plus d'oranges pendant quelques semaines, des gens les injectent avec du sang contaminé par le VIH",
         "hiv-injected-food"),
        ("Don't buy bananas this month, a gang is injecting them with HIV infected blood, forward to your family",
         "hiv-injected-food"),
        ("Davido is giving free 10GB data and 5k airtime to all networks for his birthday, click the link and share to 10 groups",
         "celebrity-share-giveaway"),
        ("Trudeau explained it on TV: the Canadian Partnership platform lets you invest $350 and earn $15,000 a month",
         "deepfake-investment-ads"),
        ("Les réseaux sociaux seront coupés dès lundi minuit jusqu'à la fin des élections, c'est un ordre du gouvernement",
         "election-internet-cut-rumour"),
        ("Le Conseil fédéral a lancé une plateforme pour rembourser toutes vos dettes en un mois, je me suis inscrite",
         "deepfake-investment-ads"),
        ("Camrail recrute 150 agents de gare, envoyez votre dossier et les frais d'inscription par Mobile Money",
         "fake-recruitment-scholarship"),
        ("Hi all, I'm the new CEO of Center Parcs! I'll send a free holiday to everyone who shares, likes and types Done",
         "shop-giveaway-fake-page"),
        ("Can everyone please bump this, a little terrier was hit by a car and the lady can't find the owner, not chipped, comments off",
         "found-child-bait"),
        ("done the copyright notice on my wall, facebook can't touch my grandkids photos now, do yours before the deadline",
         "facebook-copyright-notice"),
        ("New law from Monday: WhatsApp group admins will be jailed for anything their members forward",
         "whatsapp-govt-ticks"),
        ("Jollibee is giving a ₱7,000 Christmas gift to loyal customers, just answer 4 questions, I already got mine",
         "brand-anniversary-giveaway"),
    ],
)
def test_a_rumour_is_flagged_with_its_family(checker: Checker, text: str, family: str) -> None:
    answer = checker.check(text)
    assert answer.flagged
    assert answer.family_id == family


@pytest.mark.parametrize(
    "text",
    [
        # a request scam needs its request: congratulations to "ma puce" are not "Coucou maman, nouveau numéro"
        "Mon fils a eu son bac aujourd'hui !!! 🎉 trop fière de toi mon grand, bravo ma puce",
        # a found pet that has a chip is on its way home
        "Chat trouvé devant la boulangerie, il a une puce donc on passe chez le véto ce soir pour prévenir ses maîtres",
        "Found a collie on Main St this morning, she has a microchip so the vet is calling the owner now",
        # debunks naming the trick
        "That 'missing toddler' post is in every buy and sell group with the same photo. It's bait and switch, next week it'll be a rental ad",
        "Le même « enfant retrouvé » à Namur et à Liège le même jour, commentaires bloqués : c'est du farming d'engagement",
        "« Goodbye Meta AI » : partager cette story n'empêchera pas Meta d'utiliser vos publications",
        "Reminder for grandma: the pension office only uses one number. Any WhatsApp msg saying 'grant approved, send your ID + fee' is fraud",
        "mpox was described in 1958, long before any covid jab. so no, not a vaccine 'side effect'",
        "Envoie-moi ta localisation sur WhatsApp stp, je trouve pas ton immeuble",
        "RDC : le gouvernement dément avoir annoncé une coupure d'internet pendant le scrutin",
        "Mark Zuckerberg ne donne pas 5 millions de dollars à ceux qui partagent son message",
        "No govt is giving free 3 month recharge, that link only steals your OTP",
        "DSWD not giving ₱6,000 to every Facebook user; the link is a phishing page",
        "Copier-coller « je n'autorise pas Facebook » sur ton mur ça a zéro valeur, t'as accepté les conditions",
        "Non, votre fil n'est pas limité à 25 amis, contrairement à une rumeur tenace",
        "gratula is just congrats in Hungarian, the red colour is an animation, nothing to do with hacking",
        # the true Moon and ordinary oranges
        "Pleine lune ce soir et Mars visible à l'œil nu près d'elle, un joli point rouge",
        "J'ai acheté des oranges au marché, et mon forfait Orange est enfin payé",
    ],
)
def test_congratulations_found_pets_and_debunks_stay_quiet(checker: Checker, text: str) -> None:
    assert not checker.check(text).flagged


@pytest.mark.parametrize(
    ("text", "truth"),
    [
        ("did Nepal really block Facebook and WhatsApp? my cousin in Kathmandu says so", "nepal-social-media-ban-2025"),
        ("Is it true Bangladesh cut mobile internet and blocked Facebook during the student protests?",
         "bangladesh-internet-shutdown-2024"),
    ],
)
def test_a_real_government_block_is_answered_as_true(checker: Checker, text: str, truth: str) -> None:
    answer = checker.check(text)
    assert not answer.flagged
    assert answer.verdict == "true"
    assert answer.truth is not None and answer.truth.id == truth


def test_a_question_about_a_fine_text_is_answered_with_the_scam(checker: Checker) -> None:
    answer = checker.check("J'ai reçu un SMS de la police pour payer une amende impayée en ligne, c'est vrai ou arnaque ?")
    assert not answer.flagged
    assert answer.family_id == "official-refund-text-scam"
    assert answer.verdict == "false"


def test_a_gift_to_whoever_comments_a_word_is_like_farming(checker: Checker) -> None:
    answer = checker.check("Pour fêter nos 10 ans, nous offrons un panier garni à tous ceux qui écrivent « MERCI » sous cette publication !")
    assert answer.flagged


def test_instagram_teen_accounts_are_true_news(checker: Checker) -> None:
    answer = checker.check("My son's Instagram got switched to a teen account automatically, private by default, and I can supervise it. Meta announced it")
    assert not answer.flagged
    assert answer.truth is not None and answer.truth.id == "instagram-teen-accounts-2024"


def test_the_warning_story_is_not_refuted_by_the_english_article_a(checker: Checker) -> None:
    answer = checker.check(
        "Meta told a court it may have to shut down Facebook and Instagram in Nigeria over the fine. "
        "It's a warning in a filing, not a shutdown, so calm down, FB still works")
    assert not answer.flagged
    assert answer.truth is not None and answer.truth.id == "meta-nigeria-shutdown-warning"
