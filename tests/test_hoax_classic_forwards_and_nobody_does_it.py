"""What the fifty-second session (tuned on sets 1005-1016) taught the matcher: seven classic forwards
got their own fact-checked family (hot lemon water against cancer, eggs thrown on windscreens, P-500
paracetamol, HMRC's "three trips abroad", UNESCO's best anthem, the 823-year calendar, Rip Curl's
model search); a found child "nobody knows" is the appeal itself; « personne lit tes messages » and
« personne a piraté ton compte » deny; forwarding a scam to the reporting address is advice; a
church's own sermon video is no Messenger bait; Meta AI "reading" family groups, a call that
"formats" the phone, area code 809, scopolamine business cards and an abduction alert with its
number plate are their families' claims; "nobody shut Facebook down" denies; "charging us all
unless you paste the message" is the chain, never the optional plan; a question opening « est-ce que
c'est confirmé » asks. Texts are paraphrases written for these tests, not the blind items."""

from __future__ import annotations

import pytest

from commands.hoax.check import Checker


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Hot water with lemon kills cancer cells, a professor at a Beijing hospital said so, forward to everyone you love",
         "hot-lemon-water-cancer"),
        ("Boire du citron chaud chaque matin détruit les tumeurs, c'est prouvé, faites tourner", "hot-lemon-water-cancer"),
        ("Police warning: gangs throw eggs on your windscreen at night, never use the wipers, the egg goes milky. Share",
         "egg-windscreen-gang"),
        ("Don't take the shiny P/500 paracetamol, it carries the Machupo virus, please forward to your family",
         "paracetamol-p500-machupo"),
        ("From August HMRC will flag anyone who goes abroad more than three times a year, so much for holidays",
         "hmrc-travel-monitoring"),
        ("Our national anthem has just been declared the best in the world by UNESCO, forward to every Indian",
         "unesco-best-anthem"),
        ("This August has 5 Fridays, 5 Saturdays and 5 Sundays, it happens once every 823 years, share and money comes in 4 days",
         "five-weekends-823-years"),
        ("Rip Curl is searching for models aged 11 to 21 on Instagram, share the post to your story to apply!",
         "rip-curl-model-search"),
        ("Un petit garçon a été retrouvé seul devant la mairie, personne ne sait où il habite, partagez pour retrouver ses parents",
         "found-child-bait"),
        ("Group admins can be jailed if a member posts coronavirus jokes, it's the new law, mind what you post here",
         "whatsapp-govt-ticks"),
        ("Une animatrice recommande dans une pub Facebook une plateforme d'investissement, elle dit gagner 9000 $ par mois",
         "deepfake-investment-ads"),
        ("Depuis qu'il y a l'IA dans WhatsApp ils lisent nos messages privés, la preuve j'ai eu des pubs de canapé",
         "meta-ai-reads-messages"),
        ("Dans le groupe des cousins évitez de parler de sous, Meta AI lit toutes les conversations maintenant, c'est officiel",
         "meta-ai-reads-messages"),
        ("Ne décrochez pas si le +44 7400 vous appelle, ça formate le téléphone en 10 secondes, prévenez tout le monde",
         "missed-call-375-numbers"),
        ("Don't call back a missed call from area code 809, it costs you $2,000 a minute, pass it on", "missed-call-375-numbers"),
        ("Girls be careful, men at the petrol station hand out business cards soaked in scopolamine, you pass out from touching it",
         "drugged-business-card"),
        ("ALERTE ENLÈVEMENT : une petite fille de 4 ans enlevée par un homme en camionnette grise, plaque AB 123, partagez vite",
         "found-child-bait"),
        ("Facebooks going to charge us all £4.99 a month from Monday unless you paste the message, not paying at my age",
         "facebook-paid"),
        ("Bonsoir, je vous ai envoyé 20 000 par erreur sur votre compte, c'était pour l'hôpital de ma sœur, renvoyez svp",
         "fake-mobile-money-transfer"),
        ("Si quelqu'un t'appelle et te dit de taper #90, raccroche, ils clonent ta carte SIM en 2 secondes", "phone-keypress-sim-hack"),
        ("Mon compte a encore été cloné, ignorez les demandes d'ami de moi et faites suivre ce message à tous vos contacts",
         "facebook-cloned-account"),
    ],
)
def test_the_classic_forward_is_flagged_with_its_family(checker: Checker, text: str, family: str) -> None:
    answer = checker.check(text)
    assert answer.flagged, answer
    assert answer.family_id == family


@pytest.mark.parametrize(
    ("text", "family", "site"),
    [
        ("Is the thing about eggs on the windscreen and not using your wipers true?", "egg-windscreen-gang", "politifact.com"),
        ("C'est vrai que l'eau chaude au citron soigne le cancer ?", "hot-lemon-water-cancer", "factuel.afp.com"),
        ("Did UNESCO really name Jana Gana Mana the best anthem in the world?", "unesco-best-anthem", "snopes.com"),
    ],
)
def test_a_question_gets_the_verdict_and_the_fact_check(checker: Checker, text: str, family: str, site: str) -> None:
    answer = checker.check(text)
    assert not answer.flagged
    assert answer.family_id == family and answer.verdict == "false"
    assert any(site in url for _, url in answer.entry.links)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("les coches rouges du gouvernement 🙄 personne lit tes messages WhatsApp, c'est chiffré de bout en bout", "denies"),
        ("Personne a piraté ton compte Facebook, t'as juste reçu la chaîne de la deuxième demande d'ami", "denies"),
        ("Si vous recevez « Coucou maman, nouveau numéro », appelez votre enfant sur son ancien numéro avant tout virement "
         "et transférez le message à suspect@safeonweb.be", "advises"),
        ("Nobody shut down Facebook in Nigeria, they only said they might if the fine stands. Stop spreading panic", "denies"),
        ("Nobody sent a second friend request from your account Jean, it's a chain message, forwarding it is how it spreads",
         "denies"),
        ("Est-ce que c'est confirmé l'histoire des enlèvements près des écoles ? ça tourne dans tous les groupes", "asks"),
        ("Ne clique pas sur le « c'est toi dans la vidéo » que Paul t'a envoyé, son compte est piraté et après c'est le tien "
         "qui envoie ça à tout le monde", "advises"),
    ],
)
def test_denials_and_advice_stay_quiet(checker: Checker, text: str, stance: str) -> None:
    answer = checker.check(text)
    assert not answer.flagged, answer
    assert answer.stance == stance


@pytest.mark.parametrize(
    "text",
    [
        "Sunday's sermon video will be up on our church page tonight, link in the bulletin",
        "Press and hold on the message, then tap forward, that's how you send it to the family group mum",
        "Ma sœur a pris la camionnette blanche de papa pour le déménagement, on arrive vers 18h",
    ],
)
def test_everyday_lines_next_to_a_familys_words_stay_quiet(checker: Checker, text: str) -> None:
    assert not checker.check(text).flagged
