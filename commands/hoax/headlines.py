"""How fact-check headlines and verdicts read: a verdict label ("Misleading: …"), "Non, … ne … pas",
a one-sentence headline negating the claim's own verb. Chain letters never talk like this about
themselves, so these overrule the chain a text names (`stance.overrules_chain`)."""

from __future__ import annotations

import re

# "Partly false claim: …", "Plutôt faux :": how a fact-check's verdict label may be hedged
HEDGE = r"^\s*(?:(?:partly|partially|mostly|largely|plut[oô]t|en\s+partie|partiellement)\s+)?"
# a fact-checker's verdict label opening a headline ("Partly false claim: …", "Misleading: …")
VERDICT_LABEL = re.compile(
    HEDGE
    + r"(?:(?:false|faux|fausse|fake)\s+(?:claim|affirmation|info)|misleading|trompeu(?:r|se)|missing\s+context|"
    r"fact[-\s]?check(?:ed)?)\s*:",
    re.I,
)


# "Non, Mark Zuckerberg ne distribue pas…", "No, WhatsApp is not becoming paid": the fact-checkers'
# headline form, a "no" then the claim negated — unless what is negated is the chain's own "this is
# not a joke"
NO_THEN_NEGATED = re.compile(
    r"^\s*(?:[^:.!?\n]{0,60}:\s*)?(?:non|no)\s*,\s*(?:[^.!?\n]{0,100}?(?:\b(?:ne|n['’])\s?[^.!?\n]{0,60}?\b(?:pas|plus|jamais)\b|"
    r"\b(?:is|are|was|will|does|did|do|has|have|can)\s?(?:not|n['’]?t)\b|\b(?:won|can)['’]?t\b|\bcannot\b|"
    # "Hauts-de-Seine : non, aucune camionnette blanche ne circule…"
    r"\baucune?\b[^.!?\n]{0,60}?\b(?:ne|n['’])|\bthere\s(?:is|are)\sno\b|\bno\s?(?:one|body)\b))",
    re.I,
)
NOT_A_JOKE = re.compile(r"joke|blague|fake|rumou?r|canular|hoax|intox|scam|arnaque|rigol", re.I)

# a sentence that opens with the verdict: "… by now. Hoax, facebook literally said so"
VERDICT_SENTENCE = re.compile(r"(?:^|[.!?]\s+)(?:hoax|fake|canular|intox|bidon|faux|false)\s*[,.!:]", re.I)
# ... or closes with it, after a colon, as TruthOrFiction-style headlines do: "Request from WhatsApp to
# forward messages to friends: Fiction!"
VERDICT_CLOSING = re.compile(
    r":\s*(?:fiction|fake|faux|fausse|false|hoax|intox|canular|bidon|scam|arnaque)\s*[!.]*\s*$", re.I
)


# a one-sentence headline negating the claim's own verb ("Mark Zuckerberg ne distribue pas sa fortune
# aux utilisateurs qui partagent"): chains negate orders ("ne transférez pas"), not their claim
NEGATED_HEADLINE = re.compile(
    r"^[^.!?\n]{0,60}\b(?:ne|n['’])\s?(?:vous\s|te\s|nous\s)?(?:distribue|offre|signifie|signifient|permet|permettent|paie|verse|rembourse|facture|ferme|supprime|lit|lira|lisent|emp[eê]che|prot[eè]ge|bloque|surveille|surveillent|enregistre|enregistrent|espionne|ajoute|ajoutera|coupe|coupera)"
    r"\s(?:pas|jamais)\b[^.!?\n]*$|"
    r"^[^.!?\n]{0,60}\b(?:do|does|did) not\s(?:contain|hack|steal|infect|charge|read|delete|close|mean|override)\b[^.!?\n]*$|"
    # "NASA has not told anyone to switch off their phones…": the authority the claim quotes never said it
    r"^[^.!?\n]{0,60}\b(?:has|have) not\s(?:told|warned|asked|ordered|advised|announced)\b[^.!?\n]*$|"
    r"^[^.!?\n]{0,60}\b(?:is|are) not going to\s(?:start\s)?(?:charg|clos|delet|shut|read)\w*\b[^.!?\n]*$|"
    # "Meta ne prévoit pas d'enregistrer…", "Meta has no plans to charge…": a company's denied plan
    r"^[^.!?\n]{0,60}\b(?:(?:ne|n['’])\s?(?:pr[ée]voit|pr[ée]voient|envisage)\spas|(?:has|have) no plans?|(?:does|do) not plan)\s(?:de|d['’]|to)\b[^.!?\n]*$|"
    # "pas de vidéo « Martinelli » qui contaminerait votre téléphone": the claim, in the conditional, said not to exist
    r"^[^.!?\n]{0,60}\bpas\sde\s[^.!?\n]{0,40}\bqui\s\w+(?:rait|raient)\b[^.!?\n]*$|"
    # the verdict closing a one-sentence headline: "Les trois coches bleues « du gouvernement » sont une invention"
    r"^[^.!?\n]{0,160}\b(?:(?:est|sont)\s(?:une\s)?(?:pure\s)?invention|(?:is|are)\s(?:an?\s)?(?:invention|fabrication))\s*[.!]?\s*$",
    re.I,
)

# "Non, Facebook ne donne pas…", "Fake! …": a message that opens by saying no
OPENS_WITH_NO = re.compile(
    # a fact-check's verdict label opens its headline: "Partly false claim: …", "Misleading: …", "Plutôt faux :"
    HEDGE + r"(?:non|no|nope|faux|fausse|false|fake|intox|misleading|trompeur|trompeuse|hoax|scam|arnaque)"
    r"(?:\s+(?:claim|affirmation|info|news|rumou?r))?\s*[,!:.]",
    re.I,
)
