"""Chain letters the catalogue does not know: a message that asks to be passed on to everyone and
that the trained model is all but sure spreads a hoax is flagged without a family.

Why: on every unseen evaluation set, about half the chat-style misses were claims no family
covered (a ministry's "free 100GB for Independence Day", vipers dropped by helicopter, a store's
free trolley for commenting) while their chain-letter shape was plain. A family-less flag cannot
link a debunk, so it says what it saw (a request to forward it to everyone) and where to check.
Precision comes from three conditions at once: a request to be passed on, the stance rules
reading an assertion (not a question or a warning about such chains), and the model's
probability. The request patterns alone also match "forward this to your mum pls, it's the
dentist": the model (0.87 there) is what keeps everyday requests out — swept on sets 1-842, from
0.9 no question, debunk, advice, news or ordinary item was flagged; below it "sending it to
everyone" videos and that dentist line were. Not read by the pre-filter: "send" and "pass"
(too common to send every message down the slow path), so "send this to everyone you know…"
reaches the rule only with another chain word.
"""

from __future__ import annotations

from commands.hoax.cue_rules import CHAIN_CUES
from commands.hoax.normalise import Normalised, cue_regex
from commands.hoax.spread_words import PASS_ON, SPREAD

CHAIN_SURE = 0.9  # the model's probability from which an unknown chain letter is flagged
CHAIN_LETTER_ID = "chain-letter"  # the watch-mode key for "flagged here in the last 10 minutes"

_ASKS_TO_BE_PASSED_ON = [
    rx for label, rx, _ in CHAIN_CUES
    if label in ("forward to N contacts", "send to your contacts", "copy-paste instruction")
] + [cue_regex(SPREAD), cue_regex(PASS_ON), cue_regex(
    # like-farming: a gift to whoever shares or comments ("giving a $250 card to every family that
    # shares this post", "just share & comment before 5", "offre un chariot à tous ceux qui commentent",
    # "un sac cadeau à tous ceux qui écrivent JOYEUX ANNIVERSAIRE")
    r"(give|gives|giving|sending|send|sends|ofr[a-z]*|ofer[a-z]*|done|donent|donera|envoi[a-z]*|envoy[a-z]*)"
    r"( [^ ]+){0,14} ((to |a )?(everyone|every [a-z]+|anyone|al (who|those)|tous ceux|toutes celes|ceux qui|whoever|those who|people who)"
    r"( [^ ]+){0,6}|(if|si) (you|u|vous|tu)) (share|shares|shared|sharing|coment[a-z]*|partag[a-z]*|ecriv[a-z]*|tap(e|ent|ez)|types?|writes?)|"
    r"(share|shared|partage[rz]?|coment(e[rz]?|s|ed)?)( (and|et|n))? (coment[a-z]*|share[ds]?|partag[a-z]*)"
)]


# an everyday request to pass on a group's own material ("pls share the flyer for the youth crusade",
# « partagez l'affiche du vide-grenier »): no chain letter calls itself a flyer or an event poster
_EVERYDAY_REQUEST = cue_regex(
    r"(share|shares|sharing|forward|partage[rz]?|partagez|transferez|faites tourner)( [a-z]+){0,2} (the |this |our |my |l |le |la |les |cete |cet |ce |notre |nos )?"
    r"(flyers?|posters?|afiches?|invitations?|invites?|programmes?|program|events?|evenements?)|"
    # ... or names the event itself ("share this with all your friends: quiz night is back on thursday")
    r"quiz night|pub quiz|bake sale|yard sale|garage sale|car boot|jumble sale|fundraiser|vide grenier|brocante|kermesse|"
    # ... or collects answers for a list ("paste your state code here so the coordinator can compile the list")
    r"(compile|compiling|update|updating|complete|completing) (the |our |a |his |her )?([a-z]+ ){0,2}(list|register|roster|attendance)|"
    r"(pour|afin de) (compiler|completer|mettre a jour|faire) la liste|"
    # ... or one's own details for a pick-up ("copy paste ur flight details in here so we know when…")
    r"(copy|paste|copie|cole)( and| n| et)?( paste| cole)? (ur|your|yr|vos|tes|ton|ta|votre) ([a-z]+ )?(details|detail|info|infos|numbers?|numeros?|adres+e?s?|times?|horaires?)"
)


def asks_to_be_passed_on(norm: Normalised) -> bool:
    """The message's own request to be forwarded, copied or spread to many people, or its promise
    of a gift to whoever shares it."""
    return not _EVERYDAY_REQUEST.search(norm.padded) and any(rx.search(norm.padded) for rx in _ASKS_TO_BE_PASSED_ON)
