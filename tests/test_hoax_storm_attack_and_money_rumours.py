"""What the fiftieth session's tuning on sets 945-950 added: five rumours that had no family (phones
attracting lightning, the Paris "friend in the police" attack warning, France cutting Orange Money
in the Sahel, strawberry meth, bedbugs blamed on sanctions against Russia), each cited to the
fact-checks that debunk it; Walmart's "$500 store credit" survey in the voucher family; a group
setting is not a cloned account; "ain't sending you" denies; WhatsApp Business's per-message
pricing is the true story it is. Texts are paraphrases written for these tests, not the blind items."""

from __future__ import annotations

import pytest

from commands.hoax.check import Checker


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Éteignez vos portables quand il pleut, le téléphone attire la foudre, deux jeunes sont morts comme ça au village",
         "phone-thunderstorm-lightning"),
        ("Never use your mobile phone in a thunderstorm, it attracts lightning straight to you", "phone-thunderstorm-lightning"),
        ("Un ami de mon cousin est dans la police, il dit d'éviter Châtelet et les centres commerciaux samedi, risque d'attentat",
         "police-source-attack-rumour"),
        ("Retirez vite votre argent, la France va faire voter une loi pour couper Orange Money au Mali et au Burkina",
         "orange-money-suspension-rumour"),
        ("Warning to parents: dealers are giving kids strawberry meth that looks like pop rocks candy", "strawberry-meth-candy"),
        ("Walmart got fined and now has to give everyone a $500 store credit, just answer 3 questions", "supermarket-voucher"),
    ],
)
def test_the_rumour_is_flagged_with_its_family(checker: Checker, text: str, family: str) -> None:
    answer = checker.check(text)
    assert answer.flagged
    assert answer.family_id == family


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Le téléphone attire vraiment la foudre pendant l'orage ?", "phone-thunderstorm-lightning"),
        ("is the orange money suspension in niger real or a rumour?", "orange-money-suspension-rumour"),
    ],
)
def test_a_question_gets_the_new_family_and_its_verdict(checker: Checker, text: str, family: str) -> None:
    answer = checker.check(text)
    assert not answer.flagged
    assert (answer.family_id, answer.verdict) == (family, "false")


def test_every_new_family_cites_dated_or_named_fact_checks(checker: Checker) -> None:
    """A flag links the debunk: each new family's links are articles, not home pages."""
    for family in ("phone-thunderstorm-lightning", "police-source-attack-rumour", "orange-money-suspension-rumour",
                   "strawberry-meth-candy", "bedbugs-russia-sanctions"):
        entry = next(e for e in checker.matcher.entries if e.id == family)
        assert len(entry.links) >= 2
        assert all(url.count("/") >= 3 and not url.rstrip("/").endswith((".com", ".fr", ".org")) for _, url in entry.links)


@pytest.mark.parametrize(
    "text",
    [
        "Ma grand-mère a peur des orages, elle débranche tout dès qu'il y a de la foudre",
        "Orange Money est en panne depuis ce matin chez moi, quelqu'un d'autre ?",
        "the strawberry cheesecake at the bakery is amazing",
        "We got a new friend request feature for the club page, members have to be approved by an admin now",
        "lol Zuck ain't sending you millions for copy pasting a status",
        "Au travail on paie WhatsApp Business pour chaque message de notification envoyé aux clients",
    ],
)
def test_ordinary_chat_debunks_and_true_news_stay_quiet(checker: Checker, text: str) -> None:
    assert not checker.check(text).flagged
