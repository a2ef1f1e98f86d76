"""What the fiftieth session's later rounds (tuned on sets 951-968) taught the matcher: the company's
or the debunk's own words ("not running any", « notification frauduleuse », "nothing to do with",
« texte jamais »), SMS French advice without its "ne" (« cliquez pas »), a question followed by whose
belief prompted it ("? my dad thinks he has to pay"); unpaid-toll texts, outdoor-taps thieves and
"bombs defused" police-source rumours in their families; three true stories (Meta's Australian
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
        ("So Facebook is now charging 699 rupees a month in India? my dad thinks he has to pay to keep using it", "asks"),
    ],
)
def test_debunks_advice_and_questions_stay_quiet(checker: Checker, text: str, stance: str) -> None:
    answer = checker.check(text)
    assert not answer.flagged
    assert answer.stance == stance


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
