"""What the fiftieth session's tuning on sets 939-944 taught the matcher: "Vous avez vu ?" opening a
message calls attention to the news that follows, it asks nothing; a negation inside a quoted notice
("does not have my permission") is the chain's, not the writer's; "no government grant requires you
to pay a fee" and SMS French « pirate pas le téléphone » deny; someone passing on another's question
("my dad is asking is…") asks; local transport-card giveaways, injured-dog bait, Irish supermarket
vouchers and school-gate snatcher rumours find their families. Texts are paraphrases written for
these tests, not the blind items."""

from __future__ import annotations

import pytest

from commands.hoax.check import Checker


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Vous avez vu ? Désormais trois coches bleues veulent dire que le gouvernement a lu votre message",
         "whatsapp-govt-ticks"),
        ("Via Corsica : la Collectivité offre sur Facebook la carte de transport gratuite pendant six mois, juste 2 € de frais à payer",
         "shop-giveaway-fake-page"),
        ("Injured dog found after a hit and run near the park, the owner is being sought, please share",
         "found-child-bait"),
        ('Sharing a picture that says "Facebook does not have my permission" protects your photos from the company',
         "facebook-copyright-notice"),
    ],
)
def test_the_rumour_is_flagged_with_its_family(checker: Checker, text: str, family: str) -> None:
    answer = checker.check(text)
    assert answer.flagged
    assert answer.family_id == family


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("no government grant requires you to pay a fee, call the ministry to check", "denies"),
        ("Une photo reçue sur WhatsApp pirate pas ton téléphone, méfiez-vous plutôt des liens", "advises"),
        ("my dad is asking is facebook going to charge money now, he got one of those chain messages", "asks"),
        ("Asky fête ses 14 ans et offre des billets si on remplit un sondage, vous avez vu? Le lien vient d'un groupe", "asks"),
    ],
)
def test_denials_advice_and_passed_on_questions_are_not_flagged(checker: Checker, text: str, stance: str) -> None:
    answer = checker.check(text)
    assert not answer.flagged
    assert answer.stance == stance


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Is Dunnes really giving €250 vouchers for its anniversary?", "supermarket-voucher"),
        ("should we stop sending good morning gifs in the retirees' group?", "greeting-images-phishing"),
        ("someone posted about a man trying to snatch children at the school gate, is it real?", "local-danger-warning-hoax"),
    ],
)
def test_a_question_is_answered_with_its_family_and_verdict(checker: Checker, text: str, family: str) -> None:
    answer = checker.check(text)
    assert not answer.flagged
    assert answer.family_id == family
    assert answer.verdict == "false"
