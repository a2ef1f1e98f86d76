"""French or English? Function words decide (the bot answers in the message's language).

A message is scored by how many of its tokens are common French / English function words (and
whether it had accents); ties go to English. Tokens are `normalise`d (squeezed), so the word lists
are written squeezed too ("wil", "cete").
"""

from __future__ import annotations

from commands.hoax.normalise import squeeze

_FR_WORDS = frozenset(
    squeeze(w)
    for w in [
        "le", "la", "les", "de", "des", "du", "un", "une", "et", "est", "pas", "que", "qui", "pour",
        "sur", "avec", "vous", "tu", "je", "ce", "ca", "c", "va", "sont", "mes", "tes", "nos",
        "vos", "ne", "dans", "au", "aux", "il", "elle", "mais", "ou", "si", "demain", "ton", "ta",
        "son", "sa", "votre", "leur", "leurs", "cette", "ces", "j", "l", "d", "qu", "n", "s", "t",
        "m", "y", "en", "faut", "sera", "deviendra", "devient", "payant", "gratuit", "contacts",
        "tous", "toutes", "chez", "merci", "bonjour", "salut", "oui", "non", "vrai", "faux", "quoi",
        "comment", "pourquoi", "aujourd", "hui", "mois"
    ]
)
_EN_WORDS = frozenset(
    squeeze(w)
    for w in [
        "the", "an", "and", "is", "are", "not", "that", "who", "for", "with", "you", "i", "this",
        "it", "will", "be", "to", "of", "in", "your", "my", "if", "or", "but", "from", "at", "by",
        "tomorrow", "do", "does", "get", "they", "their", "them", "was", "were", "have", "has",
        "just", "all", "any", "anyone", "about", "what", "how", "why", "yes", "no", "true", "fake",
        "today", "month", "please", "send", "people", "friends", "going"
    ]
)


def detect_lang(tokens: tuple[str, ...] | list[str], accents: bool = False) -> str:
    """'fr' or 'en' from function words (ties: accents -> 'fr', else 'en')."""
    fr = en = 0
    for tok in tokens[:200]:
        if tok in _FR_WORDS:
            fr += 1
        if tok in _EN_WORDS:
            en += 1
    if fr > en:
        return "fr"
    if en > fr:
        return "en"
    return "fr" if accents else "en"
