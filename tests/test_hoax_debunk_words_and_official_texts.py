"""What the fiftieth session's later rounds (tuned on sets 951-968) taught the matcher: the company's
or the debunk's own words ("not running any", « notification frauduleuse », "nothing to do with",
« texte jamais »), SMS French advice without its "ne" (« cliquez pas »), a question followed by whose
belief prompted it ("? my dad thinks he has to pay"); unpaid-toll texts, outdoor-taps thieves and
"bombs defused" police-source rumours and the "sent to your mobile money by mistake" scam in their
families; "denies giving", "don't believe the forwards", "anyone asking for money", "is bogus" deny; three true stories (Meta's Australian
Senate admission, Nigeria's Twitter suspension, the FCCPC fine upheld). Texts are paraphrases written
for these tests, not the blind items."""

from __future__ import annotations

import pytest

from commands.hoax.check import Checker


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Got a text from E-ZPass saying I owe an unpaid toll and must pay through the link today or get a late fee and a DMV report",
         "official-refund-text-scam"),
        ("Si vos robinets dehors coulent la nuit, ne sortez surtout pas, des voleurs les ouvrent pour vous attirer dehors, selon la police",
         "local-danger-warning-hoax"),
        ("Bonjour madame, j'ai envoyé 20 000 par erreur sur votre Wave, svp renvoyez-le moi c'est pour l'hôpital",
         "fake-mobile-money-transfer"),
        # small capitals are the chain's font, not another language
        ("Tʜᴇ ɴᴇᴡ ᴄᴏᴍᴍᴜɴɪᴄᴀᴛɪᴏɴ ʀᴜʟᴇs ғᴏʀ WʜᴀᴛsAᴘᴘ from tomorrow: all calls are recorded and 3 blue ticks mean the government "
         "has read your message", "whatsapp-govt-ticks"),
        # "paste the message saying…" is the chain's instruction, not someone quoting it
        ("Facebook is going to charge everyone £4.99 a month unless you paste the message saying you want to stay free",
         "facebook-paid"),
        # « en aucun cas » is the chain's, not a count of cases
        ("NE L'OUVREZ PAS : une vidéo « L'Argentine le fait » pirate votre téléphone en dix secondes et ça ne peut en aucun cas "
         "être arrêté, transmettez à tous", "whatsapp-argentina-video"),
        ("Info d'un gars de la BAC : deux bombes ont été désamorcées au centre commercial cet après-midi, ils veulent pas que ça se sache, "
         "faites tourner", "police-source-attack-rumour"),
    ],
)
def test_the_rumour_is_flagged_with_its_family(checker: Checker, text: str, family: str) -> None:
    answer = checker.check(text)
    assert answer.flagged
    assert answer.family_id == family


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Safaricom said they're not running any data anniversary reward, the link just collects your number", "denies"),
        ("La banque met en garde contre une notification frauduleuse promettant un chèque de 300 000 dollars", "denies"),
        ("Si un ami vous envoie « c'est toi dans cette vidéo ?? » sur Messenger, cliquez pas, son compte est piraté", "advises"),
        ("Those chalk marks on the pavement are the gas board marking pipes, nothing to do with burglars", "denies"),
        ("Hydro-Québec texte jamais pour un remboursement, efface ça", "denies"),
        ("The zip tie story was checked years ago, zero cases, police said the same", "denies"),
        ("Vodacom denies giving Sh80,000 COVID relief to M-Pesa customers", "denies"),
        ("Don't believe the forwards saying Meta AI reads every message in the group", "denies"),
        ("Anyone asking you for money to join the police recruitment is a conman, it's free", "denies"),
        ("MTN MoMo promotion giving a car for sending money to your boyfriend is bogus", "denies"),
        ("So Facebook is now charging 699 rupees a month in India? my dad thinks he has to pay to keep using it", "asks"),
    ],
)
def test_debunks_advice_and_questions_stay_quiet(checker: Checker, text: str, stance: str) -> None:
    answer = checker.check(text)
    assert not answer.flagged
    assert answer.stance == stance


def test_a_group_asking_to_share_its_own_flyer_is_no_chain_letter(checker: Checker) -> None:
    assert not checker.check("Pls share the flyer for the youth conference to all your groups 🙏").flagged


@pytest.mark.parametrize(
    ("text", "truth"),
    [
        ("Meta admitted at the Senate inquiry it has used Australians' public posts since 2007 to train its AI, not private messages",
         "meta-australia-ai-training-2024"),
        ("Remember when FG suspended Twitter in 2021 and everyone used VPN for seven months", "nigeria-twitter-suspension-2021"),
        ("The tribunal upheld the FCCPC's $220 million fine on Meta over Nigerian users' data", "meta-nigeria-shutdown-warning"),
    ],
)
def test_true_news_is_answered_as_the_true_story(checker: Checker, text: str, truth: str) -> None:
    answer = checker.check(text)
    assert not answer.flagged
    assert answer.truth is not None and answer.truth.id == truth
    assert answer.verdict == "true"
