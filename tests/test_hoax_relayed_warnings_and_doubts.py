"""What the fifty-fourth session (tuned on sets 1089-1094) taught the matcher: a warning hoax passed
on as advice ("check your seat before you sit") asserts its warning, even where the spread model
reads advice as safe; a "faux parfum" is the story's prop, not a verdict, while « non, personne
n'… » opening a headline denies; "police cannot locate his parents" is the found-child bait's own
story; "I think it's a hoax but just in case, copy and paste this" passes the chain on; "posts are
engagement bait" and "is an illegal pyramid scheme" deny; "before sharing a white van alert, call
the gendarmerie" and "these messages come back every year" advise; a day named for the switch
("Facebook ké payant lundi") is the hoax's deadline, not Meta's optional EU subscription; the
Secret Sister exchange is found from its wine, book and "36 gifts" variants; "appear in my feed"
is the 25-friends chain's own promise. From 1095-1100: a question quoted inside a claim (« C'est toi
dans cette vidéo ? » renvoie vers…) is the chain's, not the writer's; "no need to share, copy paste
only" and "copy and paste, don't share" are the chains' own orders; « une chaîne inutile » and
« décrocher ne suffit pas à pirater » deny; a post that "will be euthanised if not shared" states a
condition, not a denial; Instagram's map "by default" is the misleading claim, not the opt-in
launch. From 1101-1106: "copy this message and send to all your friends" passes the chain on; a
contact's request answered with "c'est normal ça ?" or a question followed by "my colleague replied to
the survey" asks; "not from police", "good morning pictures are fine", « c'est un montage »,
« ne pirate ni … ni … » deny, and the model may not overrule them; a government paying every adult
through a form is the cash-grant family; Coke laced with HIV blood is the injected-food hoax (and a
"COLA" rise is no Coca-Cola). From 1107-1112: « Si quelqu'un cherche ce gentil garçon, je l'ai
trouvé… » opens the found-pet bait, not advice; the chain's own « NE IGNOREZ PAS CE MESSAGE »,
"I didn't think this promotion was legit… I received mine" and a believer's « ça rapporte rien »
are no denials; "u guys should too" after a question passes it on; "will be considered to have
consented" is the Goodbye chain's threat, not Meta's real AI training; "no airport sells…" denies.
From 1113-1118: "qlq1 peut confirmer ?" asks; « si tu reçois "c'est toi dans cette vidéo ??" … clique
pas » advises; "not an official update", « personne peut te pirater juste… » and « ne donnera pas »
deny; "just check the link and share" and "I'd like to know who's still here" are the chains' own
words; the Nigeria $220 million fine is reported news. From 1119-1124: "so can everyone comment 'hi'"
is the chain's request, not a question; "copy this and post it on your own wall" passes it on;
« ce lien sert à collecter vos données », "never shut down in", « ça fait rien légalement » deny; a
headline saying Europeans can refuse Meta's AI training is the true story. Texts are paraphrases
written for these tests, not the blind items. From 1125-1130: "nobody could find a single real case",
"= pyramid scheme" and "illegal gambling" deny; a perfume that makes you « perdre connaissance » is the
knock-out warning."""

from __future__ import annotations

import pytest

from commands.hoax.check import Checker


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Attention au cinéma de Reims, on trouve des aiguilles infectées par le VIH plantées dans les sièges. "
         "Regardez toujours votre siège avant de vous asseoir", "local-danger-warning-hoax"),
        ("Une dame s'est fait endormir avec un faux parfum devant le Lidl de Roubaix, on l'a retrouvée sans son "
         "portefeuille. Les filles, ne sentez JAMAIS les échantillons", "knockout-perfume-sample"),
        ("A 3-year-old girl was found wandering alone near the Walmart in Dayton and police cannot locate her parents",
         "found-child-bait"),
        ("Mark Zuckerberg is giving $4.5 million to 1000 people who share this. Probably a hoax but just in case, "
         "copy and paste it to your wall", "zuckerberg-giveaway"),
        ("Facebook ké payant mardi, 6 euros par mois, mon cousin a vu ça ce matin", "facebook-paid"),
        ("Un message Messenger « Est-ce que c'est toi sur cette vidéo ? » mène à une vraie vidéo où vous apparaissez",
         "messenger-video-phishing"),
        ("FB's new algorithm only shows my posts to the same 25 friends. Leave a quick hi so you appear in my feed "
         "again, then copy and paste. No need to share, copy paste only.", "facebook-25-friends"),
        ("LADIES READ!! A friend found a zip tie on her car door at the mall, police say traffickers mark cars that "
         "way. If you see one don't get out. Copy and paste, don't share, it could save a life", "local-danger-warning-hoax"),
        ("Meta will permanently delete your Facebook page within 24 hours unless you verify it through the link sent "
         "in Messenger", "meta-page-violation-phishing"),
        ("The World Bank hands out loans to small businesses in Africa through Facebook posts", "government-cash-grant-link"),
        ("Instagram's new map shares every user's real-time location with all their followers by default",
         "instagram-location-sharing"),
        ("My account got cloned!! If you get a friend request from me don't accept it. Copy this message and send to "
         "all your friends so they know", "facebook-cloned-account"),
        ("le gouvernement verse 300 000 à chaque adulte, remplissez vite le formulaire, ma cousine a déjà reçu le sms",
         "government-cash-grant-link"),
        ("don't drink Coke this week, a factory worker put HIV blood in the bottles, my uncle sent the news",
         "hiv-injected-food"),
        ("Attention au marché, des gens vous font sentir un parfum et vous perdez connaissance, ils ont volé le sac de "
         "ma tante comme ça", "knockout-perfume-sample"),
        ("Bonjour. Si quelqu'un cherche ce gentil chien, je l'ai trouvé couché sur la route vers Namur, il a été renversé, "
         "il n'est pas pucé. Merci de faire remonter ce post pour retrouver son propriétaire", "found-child-bait"),
        ("Message du PDG de WhatsApp : transmettez ce message à tous vos contacts sinon votre compte sera supprimé "
         "dans 48 heures. NE IGNOREZ PAS CE MESSAGE", "whatsapp-account-deletion"),
        ("L'eau chaude citronnée le matin tue le cancer, les labos le cachent parce que ça rapporte rien", "hot-lemon-water-cancer"),
        ("Ceux qui ne publient pas « Goodbye Meta AI » seront considérés comme ayant consenti à l'utilisation de leurs "
         "données", "meta-ai-optout"),
        ("Airtel is giving free data to old SIMs, my line is 10 years so I got 20GB, just check the link and share it to "
         "5 groups", "telecom-old-sim-free-data"),
        ("Facebook is only showing my posts to 25 people now... I'd like to know who's still here. Leave a hello so you "
         "appear in my feed. Copy and paste, don't share!", "facebook-25-friends"),
        ("FB only shows my posts to 25 people now so can everyone comment 'hi' so I still show up for you", "facebook-25-friends"),
    ],
)
def test_the_relayed_rumour_is_flagged_with_its_family(checker: Checker, text: str, family: str) -> None:
    answer = checker.check(text)
    assert answer.flagged and answer.family_id == family, (text, answer)


@pytest.mark.parametrize(
    "text",
    [
        "Copy-paste 'Zuckerberg is giving away money' posts are engagement bait, commenting just tells scammers who to target",
        "Secret Sister is literally a pyramid scheme, postal inspectors call it illegal gambling, nobody gets 36 gifts",
        "BBB: the viral 'Secret Sister' gift exchange is an illegal pyramid scheme",
        "Amiens : non, personne n'endort les femmes avec du faux parfum sur les parkings",
        "Avant de partager une alerte « camionnette blanche », appelez la gendarmerie. Ces messages reviennent chaque "
        "année et font paniquer tout le monde",
        "« Ton compte a été cloné, transfère à tous tes contacts » : ce message est lui-même une chaîne inutile",
        "Décrocher ne suffit pas à pirater un téléphone, le risque c'est de rappeler un numéro surtaxé",
        "That WhatsApp message about robbers turning on outside taps is not from police",
        "The 'lawyer Olga Nikolaevna' in that chain is a Tsar's daughter who died in 1918. Good morning pictures are "
        "fine, send all the flowers you like",
        "Une vidéo de star qui vous promet des revenus faciles, c'est un montage. Ne donnez jamais votre carte bancaire",
        "Accepter une demande d'ami ne pirate ni ton compte ni celui de tes amis, ce message change juste de nom",
        "Un ami me demande sur WhatsApp de lui renvoyer un code à 6 chiffres envoyé par erreur, c'est normal ça ?",
        "The Social Security COLA for next year is 2.8%, announced by SSA, not some $600 bump",
        "Les pubs « bagages perdus à 1,95 € » volent votre carte avec un abonnement caché. Aucun aéroport ne vend ses "
        "valises comme ça",
        "Svp qlq1 peut confirmer, WhatsApp va facturer chaque message à partir du mois prochain ?",
        "Si tu reçois « c'est toi dans cette vidéo ?? » sur Messenger, clique pas, le compte de ton ami est piraté",
        "'WhatsApp Pink' is a malicious link, not an official update, police say",
        "Personne peut te pirater juste parce que t'acceptes une demande d'ami, c'est le même message qu'avant",
        "Mark Zuckerberg ne donnera pas 4,5 millions de dollars à ceux qui copient son message",
        "Le Nigeria a infligé une amende de 220 millions de dollars à Meta pour l'usage des données de Facebook et WhatsApp",
        "Internet gratuit offert par WhatsApp : attention, ce lien sert à collecter vos données",
        "Facebook never shut down in Nigeria, Meta only said in a court filing it MAY have to",
        "Publier Goodbye Meta AI ça fait absolument rien légalement, mets ton compte en privé",
        "Facebook et Instagram : les Européens peuvent refuser que leurs données nourrissent l'IA de Meta",
        "BBB looked into 'can you hear me' and nobody could find a single real case of someone billed off a recorded yes",
        "secret sister = pyramid scheme, postal inspectors call these gift chains illegal gambling",
    ],
)
def test_denials_and_advice_about_the_rumour_stay_quiet(checker: Checker, text: str) -> None:
    assert not checker.check(text).flagged, text


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Is that wine exchange where you send one bottle and get 36 back legit or a pyramid thing?", "secret-sister"),
        ("should I paste the 'leave a hello so you stay in my feed' status or is it fake", "facebook-25-friends"),
        ("Admis au concours, on me réclame les frais d'inscription en ligne par mobile money avant la fin du mois, "
         "c'est normal ?", "fake-recruitment-scholarship"),
        ("C'est vrai qu'il faut jamais dire « oui » au téléphone quand un numéro inconnu appelle ?", "can-you-hear-me-scam"),
        ("J'ai un appel manqué d'un +243, si je rappelle ils vont vider mon compte ?", "missed-call-375-numbers"),
    ],
)
def test_a_question_gets_the_family_it_names_by_its_details(checker: Checker, text: str, family: str) -> None:
    answer = checker.check(text)
    assert answer.stance == "asks" and answer.family_id == family, (text, answer)
    assert answer.verdict == answer.entry.verdict_code and answer.verdict in ("false", "misleading"), (text, answer)


@pytest.mark.parametrize(
    "text",
    [
        "Meta shares rose 3% on the stock exchange after the capex guidance",
        "Alphabet's secret sauce is its TPU fleet, capex up 60% this year",
        "My sister asked whether Microsoft capex includes finance leases",
    ],
)
def test_capex_chat_next_to_the_exchange_words_names_no_family(checker: Checker, text: str) -> None:
    answer = checker.check(text)
    assert not answer.flagged and answer.family_id != "secret-sister", (text, answer)


def test_the_cloned_account_chain_posted_on_the_wall_is_flagged(checker: Checker) -> None:
    """Its own order ("copy this and post it on your own wall") passes it on. Which of the two kin
    chains it is named after is still loose: it shares "friend request" with the hacker warning."""
    answer = checker.check("Please don't accept any new friend request from me, someone cloned my account. If you get "
                           "one just ignore it. Copy this and post it on your own wall so your friends know too")
    assert answer.flagged and answer.family_id in ("facebook-cloned-account", "friend-request-hacker"), answer
