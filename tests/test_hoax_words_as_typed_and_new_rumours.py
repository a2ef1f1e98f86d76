"""What the fifty-third session (tuned on sets 1041-1088) taught the matcher: the pre-filter reads
words as people type them (« citronnée », not a squeezed « citronée »); fentanyl-laced dollar bills
got their own fact-checked family (misleading: two real reports, no overdose from touching);
store "fined, $500 refund" surveys, stimulus-check links, airtime from a candidate's support group,
Publishers Clearing House on Messenger, a Federer crypto advert, ether "perfume samples", outside
taps turned on by robbers and calls from +225 or +216 are their families' claims; spoken French
« ça clone pas » and an "imaginary hacker" deny; "a couple hours" is not a cut, a company's own
outage confirmation is no conspiracy, a group's pink icon is no WhatsApp Pink, and a recruitment
published in the official journal is not the fake one. From 1053-1058: "like what happened to
Aunty X" is the chain's story, not a question; « les images Bonjour ne piratent pas », "aucune
vidéo … ne pirate", « personne m'a piraté » and "without a single confirmed case" deny; telling the
family "before paying anything, call the old number" is advice; what a scam link does by itself
(« ça envoie le même message à tous vos amis ») is not the writer passing it on; "reasons why you
think you deserve it" asks nothing; a video that makes someone laugh is no Martinelli warning.
From 1059-1064: two new fact-checked families (the France 24 "death" of Alassane Ouattara; the Jean
Leloup / Gérard Jugnot death articles from joke sites); "the DWP does not text you links",
« ils vont rien fermer », "it's the same chain as…" deny; a group's pinned rules are no government
rules. From 1065-1070: « ce n'est PAS du parfum, c'est de l'éther » is the chain's reveal, not a
denial; « au cas où c'est vrai, partagez » passes it on; « transmettez à toutes les femmes » spreads;
a shop named where it happened is not the claim's signature; "photoshopped" and « Meta AI ne peut
pas lire vos conversations » deny; "if you're posting a funeral notice…" advises. From 1071-1076: Meta AI "listening 24/7" or
« fouiller les photos » is the reading hoax, not the true story of Meta AI in WhatsApp; the Meta AI
app's public Discover feed is a true story (Mozilla Foundation, 2025-07); « fait jamais de
remboursement par texto », « Sadio a jamais fait ça », « c'est un escroc » deny; "Serious?" asks.
From 1077-1082: "so hackers can't clone yours" is the chain's purpose, not a denial; "has not
confirmed" and « c'est de la myrtille » deny; a colleague's promotion and a funeral fund are no
government grant. From 1083-1088: the chain's « sinon votre logo devient pas bleu » is its
condition, not a denial, and « transférez la chaîne » passes it on; « y'a pas de 100 Go offerts »
denies. Texts are paraphrases written for these tests, not the blind items."""

from __future__ import annotations

import pytest

from commands.hoax.check import Checker


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("L'eau chaude citronnée à jeun tue les cellules cancéreuses, c'est un professeur qui l'a dit, partagez",
         "hot-lemon-water-cancer"),
        ("Careful in the Kroger lot, they're leaving folded dollar bills laced with fentanyl, touch one and you overdose",
         "fentanyl-dollar-bills"),
        ("Walmart got fined for overcharging, anyone who shopped there this year can claim a $500 refund, just answer 3 questions",
         "supermarket-voucher"),
        ("Sign up for the new stimulus check on this link, it pays $2,000 a month, my cousin already got approved",
         "government-cash-grant-link"),
        ("Roger Federer a dit à la télé qu'il investit dans une plateforme crypto, avec 250 francs tu gagnes un salaire",
         "deepfake-investment-ads"),
        ("Un homme au parking d'Auchan fait sentir un échantillon de parfum avec de l'éther pour endormir les femmes, "
         "faites tourner", "knockout-perfume-sample"),
        ("Police warning: robbers turn on your outside taps at night so you come out, if you hear water running stay inside",
         "local-danger-warning-hoax"),
        ("Ne répondez jamais à un appel qui commence par +216, rien qu'en décrochant ils vident ton forfait et volent tes "
         "contacts", "missed-call-375-numbers"),
        ("Publishers Clearing House told my aunt on Messenger she won, she just has to pay the processing fee first",
         "zuckerberg-giveaway"),
        ("Coucou papa, mon téléphone est tombé dans l'eau, c'est mon nouveau numéro, enregistre-le. Tu peux m'écrire sur "
         "WhatsApp ? j'ai une facture urgente", "hi-mum-scam"),
        ("WARNING your account has been CLONED, forward this to all your contacts so they don't accept the fake one, "
         "or they will ask your family for money like what happened to Aunty Grace in Kumasi", "facebook-cloned-account"),
        ("Ladies, men at the gas station are handing out business cards laced with devil's breath, you touch it and "
         "pass out. Share!", "drugged-business-card"),
        ("URGENT France 24 annonce qu'Alassane Ouattara est décédé à l'hôpital américain de Paris, partagez", "ouattara-death-screenshot"),
        ("RIP Jean Leloup 😢 c'est sur Facebook depuis ce matin, il nous a quittés", "celebrity-death-hoax-article"),
        ("NIMC is paying N10,000 to anyone who enters their NIN on this site, share to your groups", "government-cash-grant-link"),
        ("Don't pick calls from these numbers, they send a high frequency that kills, people died in Lagos", "killer-phone-number"),
        ("Attention mesdames, au parking du Leclerc un homme vous fait sentir un parfum, ce n'est pas du parfum c'est de "
         "l'éther, transmettez à toutes les femmes que vous connaissez", "knockout-perfume-sample"),
        ("Zuckerberg va donner 4,5 millions à 1000 personnes qui partagent ce message, je pense que c'est bidon mais au "
         "cas où c'est vrai partagez", "zuckerberg-giveaway"),
        ("Never answer calls from numbers that show up in red, they cause brain haemorrhage, two people died in Kampala",
         "killer-phone-number"),
        ("That blue circle in WhatsApp means Meta AI is listening to your group chats 24/7, workers here say it records "
         "everything", "meta-ai-reads-messages"),
        ("Mon chum dit que WhatsApp va charger par message dès samedi, faque transférez la chaîne à 10 personnes sinon "
         "votre logo devient pas bleu pis vous allez payer", "whatsapp-paid"),
        ("Des malfaiteurs font sentir de faux échantillons de parfum drogués pour enlever des femmes", "knockout-perfume-sample"),
    ],
)
def test_the_rumour_is_flagged_with_its_family(checker: Checker, text: str, family: str) -> None:
    answer = checker.check(text)
    assert answer.flagged, answer
    assert answer.family_id == family


@pytest.mark.parametrize(
    "text",
    [
        "Non Michel, rappeler un +225 ça te coûte un appel surtaxé, mais ça clone pas ta SIM, faut juste pas rappeler",
        "« Jayden K. Smith » : le hacker imaginaire qui fait encore peur sur Messenger",
        "WhatsApp was down for a couple hours this morning, Meta confirmed it was a technical outage, all back now",
        "Who changed the group icon to a pink flower 😂",
        "Le recrutement des infirmiers contractuels est paru au journal officiel, ma sœur a déposé son dossier hier",
        "Lille : non, personne n'attire les femmes avec du faux parfum pour les endormir",
        "Jean Leloup en spectacle à Québec ce soir, on y va!",
        "RIP Michel Côté, quel grand acteur, le Québec est en deuil",
        "Admins please pin the rules of the group so new members can see them",
        "Pensioners: the DWP does not text you links to apply for Winter Fuel Payment, ignore those messages",
        "Facebook va fermer, ça fait 10 ans qu'on l'entend, ils vont rien fermer du tout",
        "The shark swimming on the flooded highway picture is photoshopped, it comes back every hurricane",
        "Meta AI ne peut pas lire vos conversations privées WhatsApp, seulement les messages que vous lui envoyez",
        "If you're posting a funeral notice on Facebook, say whether there's a livestream: scammers copy the notices",
        "Attention, dans l'appli Meta AI si tu appuies sur partager ta conversation part dans le fil Découvrir public",
        "Hydro-Québec fait jamais de remboursement par texto, si vous avez cliqué appelez votre banque",
        "Ce « Sadio Mané » qui distribue de l'argent sur WhatsApp c'est un escroc, Sadio a jamais fait ça",
        "Message says WhatsApp becomes paid tonight unless you forward it to 10 contacts. Serious?",
        "Congratulations to Ama on her promotion, she posted it on Facebook, go and hype her",
        "Partagez la cagnotte pour les obsèques de Tonton Jules svp, même 5 euros ça aide, le lien est sur la page",
        "La vidéo Martinelli c'est de la myrtille, la police l'a encore redit, supprimez et respirez",
        "Meta warned of a possible exit in a court filing but has not confirmed Facebook will stop in Nigeria",
        "Cette vidéo de Messi qui danse le coupé-décalé 😂 je suis mort",
    ],
)
def test_denials_true_news_and_everyday_lines_stay_quiet(checker: Checker, text: str) -> None:
    assert not checker.check(text).flagged, text


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Les images « Bonjour » du matin ne piratent pas votre téléphone, c'est une vieille rumeur", "denies"),
        ("Aucune vidéo « danse du pape » ne pirate votre téléphone en dix secondes", "denies"),
        ("Personne m'a piraté, c'est juste la chaîne « j'ai reçu une deuxième demande d'ami de toi »", "denies"),
        ("The needles in cinema seats story has gone round since the 90s without a single confirmed case", "denies"),
        ("Tell your parents about the 'Hi Mum, new number' texts: before paying anything, call the old number",
         "advises"),
        ("Si on vous envoie « c'est toi sur la vidéo ? » sur Messenger, cliquez pas : ça vole le mot de passe et après "
         "ça envoie le même message à tous vos amis", "advises"),
        ("Y'a pas de 100 Go offerts par WhatsApp, c'est un lien pour voler tes infos, regarde l'adresse", "denies"),
    ],
)
def test_headline_denials_and_family_advice_are_read_as_such(checker: Checker, text: str, stance: str) -> None:
    answer = checker.check(text)
    assert not answer.flagged, answer
    assert answer.stance == stance


def test_a_question_about_fentanyl_bills_gets_the_misleading_verdict_and_its_fact_checks(checker: Checker) -> None:
    answer = checker.check("Can you really overdose from picking up a dollar bill with fentanyl on it?")
    assert not answer.flagged
    assert answer.family_id == "fentanyl-dollar-bills" and answer.verdict == "misleading"
    assert {"snopes.com", "checkyourfact.com"} <= {url.split("/")[2].removeprefix("www.") for _, url in answer.entry.links}


@pytest.mark.parametrize(
    "text",
    [
        "Meta was fined 1.2 billion euros by the Irish regulator, capex unaffected",
        "Meta lève un financement de 30 milliards pour ses data centers",
    ],
)
def test_capex_chat_next_to_the_new_words_is_no_candidate(checker: Checker, text: str) -> None:
    # gate words are pooled across families: a family's "bill" gate read "billion" as a claim word,
    # and "fined" as an anchor made every line about a regulator's fine on Meta a candidate
    assert not checker.matcher.is_candidate(text), text


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("Est-ce que France 24 a vraiment annoncé la mort de Ouattara ?", "factuel.afp.com"),
        ("Jean Leloup est mort?? je le vois partout sur Facebook", "ledevoir.com"),
    ],
)
def test_a_question_about_a_fake_death_gets_its_debunk(checker: Checker, text: str, site: str) -> None:
    answer = checker.check(text)
    assert not answer.flagged
    assert answer.verdict == "false"
    assert any(site in url for _, url in answer.entry.links)


def test_the_discover_feed_is_answered_as_true_news(checker: Checker) -> None:
    answer = checker.check("Des conversations privées avec Meta AI apparaissent dans le fil Découvrir de l'appli")
    assert not answer.flagged
    assert answer.truth is not None and answer.truth.id == "meta-ai-discover-feed"


def test_the_chains_own_purpose_is_no_denial(checker: Checker) -> None:
    answer = checker.check("My FB got cloned again, if you get a new request from me ignore it, and copy paste the "
                           "warning on your wall so hackers can't clone yours")
    assert answer.stance != "denies"
