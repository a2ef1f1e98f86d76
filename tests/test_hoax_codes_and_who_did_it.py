"""What the fifty-seventh session (tuned on sets 1209-1214) taught the matcher: "a verification
code" is not the fact-checkers' « vérification » (a denial); asking someone to delete *their own*
post is not asking the group to delete the hoax; "she already shared it" after a question is
someone else's act, not the writer passing the chain on; a scam lure worded as a question ("is
this you in the video?") quoted all but word for word is the lure itself; a family's own words are
found when digits or "de" sit inside them (« besoin de 1 000 000 de travailleurs », « un million
de travailleurs »), after the phone (« téléphones … morts foudroyés »), or in a benefit's name
("grocery spending card"); a free-data claim names what is free (an old SIM alone is no claim);
"achieves nothing" and "you're not hacked" deny.
Texts are paraphrases written for these tests, not the blind items."""

from __future__ import annotations

import pytest

from commands.hoax.check import Checker
from commands.hoax.stance import ASKS, ASSERTS, DENIES, asks_in_words, overrules_chain, stance


@pytest.mark.parametrize(
    "text",
    [
        "Marketplace buyers now need the verification code from your phone to check you are a real seller",
        "The new rule: every seller must send the verification code to the buyer before the sale",
    ],
)
def test_a_verification_code_is_no_denial(text: str) -> None:
    assert stance(text) == ASSERTS


def test_asking_a_colleague_to_delete_their_post_is_no_denial() -> None:
    text = ("Please delete that your post about the strike. Government is now recording all WhatsApp calls, "
            "three red ticks means they have a file on you")
    assert stance(text) == ASSERTS


def test_someone_elses_share_after_the_question_leaves_it_a_question(checker: Checker) -> None:
    answer = checker.check("My auntie says Mark Zuckerberg is giving $5 million to people who share his post. "
                           "real? she already shared it")
    assert answer.stance == ASKS and not answer.flagged and answer.family_id == "zuckerberg-giveaway", answer


def test_the_writer_who_already_shared_still_passes_it_on() -> None:
    assert stance("Facebook will make every post public tomorrow? already shared it lol") == ASSERTS


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Le Canada a besoin de 2 000 000 de travailleurs étrangers cette année, visa et billet pris en charge, "
         "inscrivez-vous sur le lien", "canada-immigration-hoax"),
        ("Le Canada embauche un million de travailleurs africains sans diplôme, billet d'avion offert",
         "canada-immigration-hoax"),
        ("Rangez vos téléphones pendant l'orage, deux jeunes sont morts foudroyés au champ à cause de ça",
         "phone-thunderstorm-lightning"),
        ("Mom you qualify for the grocery spending card, people over 50 get money every month, I saw it on "
         "Facebook, just click and claim", "us-benefit-boost-rumour"),
        ("Demain Instagram pourra publier vos photos même si votre compte est privé, repostez la story pour dire non",
         "instagram-new-rule"),
        ("is this you in this video?? 😳 [link]", "messenger-video-phishing"),
    ],
)
def test_the_claim_is_flagged_from_its_own_words(checker: Checker, text: str, family: str) -> None:
    answer = checker.check(text)
    assert answer.flagged and answer.family_id == family, (text, answer)


@pytest.mark.parametrize(
    "text",
    [
        "My cousin got 'is this you in the video?' on Messenger with a link, is it a virus?",
        "We need 20 more workers for Saturday's clean-up in the park, sign up at the town hall",
        "Picked up groceries with the store card, prices went up again this week",
        "Mon fils a changé de numéro, il a un nouveau téléphone pour son anniversaire",
        # an old SIM with no free data promised is only an old SIM
        "Ma puce MTN a 15 ans, tout le quartier connaît mon numéro par cœur",
        # "achieves nothing" / "you're not hacked": a debunk of the cloned-account chain
        "You're not hacked because someone got a second friend request from you, and forwarding it to all "
        "your contacts achieves nothing",
    ],
)
def test_questions_and_ordinary_lines_stay_quiet(checker: Checker, text: str) -> None:
    answer = checker.check(text)
    assert not answer.flagged, (text, answer)


# From 1215-1220: what a debunk, a headline or advice says that no chain says of itself; a question
# in words ("Vous connaissez ?"); scorn for the hesitant ("Pourquoi vous hésitez ?") is no question;
# and claims found from their own details (a gang's initiation, scouting marks on gates, an energy
# company's refund form, a fee to sign an offer letter, "Amen" typed under a photo, a monthly
# unemployment allowance, a call that makes the phone explode).
class _SpreadModel:
    """A spread model that gives every text the same probability: with 0.97 ("spreads"), what stays
    quiet is the rules' doing; with 0.01, what is flagged is."""

    def __init__(self, p: float) -> None:
        self.p = p

    def probability(self, text: str) -> float:
        return self.p


@pytest.mark.parametrize(
    "text",
    [
        "Coches rouges et convocation : les fausses « nouvelles conditions » de WhatsApp refont surface",
        "There is no WhatsApp boss called Jim, nobody is deleting your account, please stop forwarding this to the family group",
        "Before sharing a lost child post, check that it names a police force and look the case up yourself",
        "Y a pas de WhatsApp Gold, c'est un piège, supprime le lien",
        "Si vous recevez un code WhatsApp sans l'avoir demandé, ne le donnez à personne",
    ],
)
def test_what_no_chain_says_of_itself_overrules_the_chain(text: str) -> None:
    assert overrules_chain(text)


def test_not_charging_anybody_denies() -> None:
    assert stance("Instagram's not charging anybody to keep their account, pasting a notice changes zero") == DENIES


def test_do_you_know_them_asks_in_words() -> None:
    assert asks_in_words("Une recruteuse « de chez Zalando » m'écrit sur WhatsApp pour des missions payées, faut "
                         "déposer 50 € pour débloquer mes gains. Vous connaissez ?")


@pytest.mark.parametrize(
    "text",
    [
        "Goodbye everyone, I'm leaving this group as I got a new number, will rejoin with the new one",
        "Students, tomorrow's lecture is online, the link will be posted in the class group",
    ],
)
def test_a_family_counter_keeps_an_ordinary_line_quiet_whatever_the_model_says(text: str) -> None:
    answer = Checker(spread=_SpreadModel(0.97)).check(text)
    assert not answer.flagged, (text, answer)


def test_scorn_for_the_hesitant_is_no_question() -> None:
    text = "Zuckerberg a dit que chacun qui copie son message reçoit 3000 $, mon cousin a déjà reçu. Pourquoi vous hésitez ?"
    assert stance(text) == ASSERTS


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Don't flash your brights at a car with its lights off this weekend, it's a gang initiation, they follow "
         "whoever flashes", "local-danger-warning-hoax"),
        ("Y a des marques bizarres sur les portails du lotissement, c'est des voleurs qui repèrent les maisons "
         "vides, faites attention", "burglar-chalk-marks"),
        ("Engie rembourse un trop-perçu de 120 euros aux clients qui remplissent le formulaire du lien",
         "official-refund-text-scam"),
        ("Everyone interviewed for the Qatar jobs got an SMS to sign offer letters tomorrow, bring 6,000 "
         "processing fee", "fake-recruitment-scholarship"),
        ("Facebook verse de l'argent pour soigner ce bébé à chaque fois que quelqu'un tape Amen sous sa photo",
         "facebook-donation-per-share"),
        ("Government giving Rs 4000 monthly unemployment allowance to all jobless youth, fill this form and "
         "share with your groups", "government-cash-grant-link"),
        ("Answering a call from these numbers makes your phone explode, warn everyone", "phone-blast-777888999"),
        ("Look under the toilet seat before you sit, a blush spider has killed people in restaurants, share this",
         "local-danger-warning-hoax"),
        ("Nouvelle technique des voleurs : ils coincent une bouteille dans la roue arrière, quand vous descendez "
         "ils prennent la voiture. Faites passer", "local-danger-warning-hoax"),
        ("Serafe rembourse 60 francs de redevance à chaque ménage, remplissez le formulaire du SMS avec votre carte",
         "official-refund-text-scam"),
        ("If someone from the phone company asks you to press #90, hang up: they take over your whole line and "
         "make calls on your bill", "phone-keypress-sim-hack"),
    ],
)
def test_the_claim_is_found_from_its_details(checker: Checker, text: str, family: str) -> None:
    answer = checker.check(text)
    assert answer.flagged and answer.family_id == family, (text, answer)


# From 1221-1226: bait quoted and asked about ("saw 'does anyone recognize this lady'… Should I
# share?") is a question; "nobody has shown a case", « voyons donc », « une page pour ramasser des
# likes » and « rembourse jamais par texto » deny; an outage is no giveaway; the writer who
# "don collect mine" or trusts « Inch'Allah ça va tomber » passes the claim on.
def test_quoted_bait_asked_about_is_a_question() -> None:
    assert stance("saw 'does anyone recognize this little boy he was found near the park' in the town group. "
                  "Should I share?") == ASKS


@pytest.mark.parametrize(
    "text",
    [
        "The 'say yes' recording thing... nobody has actually shown a case where someone was billed for it",
        "Zuckerberg qui donne des millions à ceux qui partagent... voyons donc",
        "Zuckerberg qui offre un million ? C'est juste une page pour ramasser des likes",
        "Hydro-Québec rembourse jamais par texto, remplissez rien",
        "Le lien des 30 Go gratuits c'est un site bidon 😂 aucun opérateur n'a annoncé ça",
        "Transférer le message à tous tes contacts ça bloque rien du tout",
    ],
)
def test_debunkers_words_deny(text: str) -> None:
    assert stance(text) == DENIES


def test_an_outage_is_no_giveaway() -> None:
    answer = Checker(spread=_SpreadModel(0.97)).check(
        "Meta confirme qu'un problème technique a privé des millions d'utilisateurs de Facebook mardi")
    assert not answer.flagged, answer


@pytest.mark.parametrize(
    "text",
    [
        "Una don collect the WhatsApp 100GB free data? click the link and share to 10 groups. I don collect mine",
        "Le président donne 500 mille aux jeunes, j'ai payé les frais de dossier mais c'est normal non ? Inch'Allah ça va tomber",
    ],
)
def test_a_believer_after_the_question_asserts(text: str) -> None:
    assert stance(text) == ASSERTS


# From 1227-1232: « personne au ministère lit vos messages » denies and « y a pas de WhatsApp Gold »
# overrules; a spider under the toilet seat, a bottle in the wheel, a Serafe refund and "press #90,
# they take your whole line" are their families (cases of this round and the next join the tables above).
def test_nobody_at_the_ministry_reads_denies() -> None:
    assert stance("3 coches rouges = tribunal 😂 personne au ministère lit vos messages de cuisine") == DENIES


# From 1233-1238: the true EU AI-training story whose reader says private messages "et les comptes
# des mineurs" are excluded; a choir live on Facebook; « aucun opérateur n'a annoncé ça », « ça bloque
# rien » and « ne le donnez à personne » are debunks and advice; "police won't confirm it" is the
# rumour's cover-up, not a denial.
def test_the_eu_ai_opt_out_told_as_it_is_is_the_true_story(checker: Checker) -> None:
    answer = checker.check("J'ai rempli le formulaire d'opposition de Meta pour l'IA. Les messages privés et les "
                           "comptes des mineurs sont exclus d'après eux")
    assert not answer.flagged and answer.truth is not None and answer.truth.id == "meta-eu-ai-training", answer


def test_a_live_stream_announced_is_no_notice(checker: Checker) -> None:
    answer = checker.check("Our youth band will be live on Facebook on Saturday from 6pm, share the link with the diaspora members")
    assert not answer.flagged, answer


def test_a_cover_up_alleged_is_no_denial() -> None:
    assert stance("there's a man with a machete in the estate, police won't confirm it but everyone's sharing") == ASSERTS


def test_a_scam_request_saying_i_got_a_new_phone_is_still_the_request_passed_on() -> None:
    """Only a report of a message received ("someone sent me…") is no request passed on: the hi-mum
    scam's own "I got a new phone" is the request, whatever the model says."""
    answer = Checker(spread=_SpreadModel(0.01)).check(
        "Hi mum, I got a new phone, this is my new number, save it. Can you send me £300 for a bill today, "
        "I'll pay you back")
    assert answer.flagged and answer.family_id == "hi-mum-scam", answer
