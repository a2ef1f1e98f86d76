"""Retrieval by meaning, cheaply: character n-gram TF-IDF over the catalogue's claim statements.

Why character n-grams: a hoax is re-worded, misspelt and translated more than it is invented, and
3-5 letter pieces of words survive all three ("payant" / "payer" / "pay", "shutting" / "shut
down"). Each family is represented by several statements in both languages (the way fact-checkers
word the claim, and the way chains and chats say it); the true news that resembles a hoax is indexed
the same way, so "Meta AI gets a paid tier" lands on the truth, not on "Facebook charges everyone".

Pure Python, no model download: ~500 statements index in a few milliseconds and a query costs well
under a millisecond. Scores are cosine similarities in [0, 1].
"""

from __future__ import annotations

import functools
import math
from collections import Counter
from dataclasses import dataclass

from commands.hoax.normalise import normalise

MIN_N, MAX_N = 3, 5
QUERY_CHARS = 1500  # statements are short; the head of a long chain says what it claims
QUERY_GRAMS = 160


@dataclass(frozen=True)
class Doc:
    """One indexed statement: `key` is a family id (kind "hoax") or a truth id (kind "truth")."""

    key: str
    kind: str
    text: str


# function words (squeezed, as `normalise` writes them): they carry no claim, only noise
_STOP = frozenset(
    ["a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "can", "could", "did", "do", "does", "for", "from", "had", "has", "have", "he", "her", "his", "i", "if", "in", "into", "is", "it", "its", "me", "my", "of", "on", "or", "our", "she", "so", "than", "that", "the", "their", "them", "there", "they", "this", "those", "to", "us", "was", "we", "were", "what", "when", "which", "who", "wil", "with", "would", "you", "your", "just", "about", "al", "any", "some", "very", "trop", "realy", "also", "au", "aux", "avec", "ce", "ces", "cet", "cete", "c", "d", "dans", "de", "des", "du", "elle", "en", "est", "et", "il", "ils", "j", "je", "l", "la", "le", "les", "leur", "leurs", "lui", "m", "ma", "mais", "me", "mes", "moi", "mon", "n", "ne", "nos", "notre", "nous", "on", "ou", "par", "pas", "plus", "pour", "qu", "que", "qui", "s", "sa", "se", "ses", "si", "son", "sont", "sur", "t", "ta", "te", "tes", "toi", "ton", "tu", "un", "une", "vos", "votre", "vous", "y", "ete", "etre", "avoir", "ont", "as", "avait", "cela", "ca", "ici", "la", "tout", "toute", "toutes", "tous", "alors", "donc", "car",
     # the asking, not the claim: "quelqu'un sait si…", "is it really true that…"
     "quelqu", "sait", "savez", "sais", "confirme", "confirmer", "vraiment", "vrai", "really", "true", "anyone", "know", "knows",
     # hearsay and doubt ("il paraît que…", "apparently", "rumour or confirmed?"): "parait" is half of "disparaître"
     "parait", "paraitrait", "aparement", "aparently", "suposedly", "alegedly", "rumeur", "rumeurs", "rumor", "rumors",
     "rumour", "rumours", "legit", "intox", "hoax", "serieux", "seriously", "heard", "entendu", "semble", "semblerait",
     "confirmed",
     # "maintenant": every claim and every true story is about now
     "maintenant"]
)


# the halves of "won't", "don't"... before their "t": auxiliaries, not content ("don" is no gift)
_NEGATED = frozenset(["won", "don", "doesn", "didn", "isn", "aren", "wasn", "weren", "ain", "wouldn", "couldn", "shouldn", "haven", "hasn", "hadn"])


def grams(text: str, ignore: frozenset[str] = frozenset()) -> Counter[str]:
    """Character n-grams of the normalised content words, each word padded so starts and ends
    count, plus each whole word (so a short decisive word like "ai" weighs as much as a long one).
    `ignore`: subject words (platform names), matched separately by the checker, so similarity
    measures what is said about the subject."""
    out: Counter[str] = Counter()
    prev = ""
    words = normalise(text[:QUERY_CHARS]).tokens
    for at, word in enumerate(words):
        # "ai" is the claim in "Meta AI" and a verb only in French "j'ai", "n'ai"; the "won" of
        # "won't" is no prize won ("Facebook won't be free" is no giveaway)
        skip = (word in _STOP or word in ignore or not word.isalnum() or (word == "ai" and prev in ("j", "n"))
                or (word in _NEGATED and words[at + 1 : at + 2] == ("t",)))
        prev = word
        if skip:
            continue
        out["#" + word] += 2
        out.update(_word_grams(word))
    return out


@functools.lru_cache(maxsize=65536)
def _word_grams(word: str) -> tuple[str, ...]:
    w = f" {word[:40]} "
    return tuple(w[i : i + n] for n in range(MIN_N, MAX_N + 1) for i in range(len(w) - n + 1))


def _weights(counts: Counter[str], idf: dict[str, float]) -> dict[str, float]:
    vec = {g: (1.0 + math.log(c)) * idf[g] for g, c in counts.items() if g in idf}
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {g: v / norm for g, v in vec.items()}


class ClaimIndex:
    """An inverted index of TF-IDF vectors; `search` returns the best score per key."""

    def __init__(self, docs: list[Doc], ignore: frozenset[str] = frozenset()) -> None:
        self.docs = docs
        self.ignore = ignore
        counted = [grams(d.text, ignore) for d in docs]
        df: Counter[str] = Counter()
        for c in counted:
            df.update(c.keys())
        n = len(docs)
        # grams in more than a fifth of the statements say nothing about which claim it is, and
        # would make every query walk most of the index: left out
        self.idf = {g: math.log((n + 1) / (k + 1)) + 1.0 for g, k in df.items() if k <= max(5, n // 5)}
        self.postings: dict[str, list[tuple[int, float]]] = {}
        for i, c in enumerate(counted):
            for g, w in _weights(c, self.idf).items():
                self.postings.setdefault(g, []).append((i, w))

    def search(self, text: str) -> dict[tuple[str, str], tuple[float, str]]:
        """{(kind, key): (best cosine, the statement that scored it)} for every key that shares
        anything with the text."""
        q = _weights(grams(text, self.ignore), self.idf)
        # the heaviest grams decide the ranking; the long tail only costs time (a long chain has
        # thousands): at most QUERY_GRAMS of them are looked up
        top = sorted(q.items(), key=lambda gw: -gw[1])[:QUERY_GRAMS] if len(q) > QUERY_GRAMS else q.items()
        acc: dict[int, float] = {}
        for g, w in top:
            for i, dw in self.postings.get(g, ()):
                acc[i] = acc.get(i, 0.0) + w * dw
        best: dict[tuple[str, str], tuple[float, str]] = {}
        for i, score in acc.items():
            d = self.docs[i]
            key = (d.kind, d.key)
            if key not in best or score > best[key][0]:
                best[key] = (score, d.text)
        return best
