"""One matcher, two modes: watch mode (flag only messages that spread a known hoax) and the explicit
check (always answer: which claim, what verdict, what is true nearby).

Four signals, each doing one job:
- the cue matcher (`matcher.py`): the cheap pre-filter every chat message goes through, and
  chain-letter evidence ("forward to 10 contacts", "your logo turns blue") with its own counters;
- retrieval by meaning (`retrieval.py`): which family — or which true story — the text is about,
  from several claim statements per family in both languages, so plain re-wordings match;
- stance (`stance.py`): whether the text asserts, asks, denies or advises;
- a trained second opinion on stance (`spread.py`): how likely the text spreads a hoax at all.

A message is flagged when the cue matcher flags it, or when it passed the pre-filter, asserts, and is
clearly closer to a false claim than to any true story — unless the trained model finds it very unlikely
to spread anything. A candidate about a known false claim that the model finds likely to spread it is
flagged too, whatever the stance rules say: they cannot list every phrasing. `flagged` therefore always
means "watch mode would flag this", whatever mode computed it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from commands.hoax.answer import Answer, entry_json, truth_json
from commands.hoax.catalogue import Entry, Truth, load_truths
from commands.hoax.chain_letter import CHAIN_SURE, asks_to_be_passed_on
from commands.hoax.cue_rules import NEGATION, NO_NEED
from commands.hoax.family_choice import KIN_SCORE, kin_on_named_platform, named_by_its_names
from commands.hoax.family_choice import lists_words as _lists_words
from commands.hoax.family_choice import platforms_named as _platforms
from commands.hoax.family_choice import uses_words as _uses_words
from commands.hoax.matcher import DEFAULT_THRESHOLD, Matcher, MatchResult
from commands.hoax.normalise import Normalised, normalise, squeeze
from commands.hoax.retrieval import QUERY_CHARS, ClaimIndex, Doc
from commands.hoax.spread import SpreadModel, SpreadPair, load_pair
from commands.hoax.stance import (
    ADVISES,
    ASKS,
    ASSERTS,
    DENIES,
    REPORTS,
    asks_in_words,
    overrules_chain,
    quotes_a_question,
    relays_warning,
    stance,
    vouches,
)
from commands.hoax.text_signals import (
    ASKER_CHECKED,
    COMMENTS_OFF,
    COMMON_WORD,
    COMPULSORY,
    CONDITIONAL_ADVICE,
    GREETINGS,
    JAI,
    OTHER_APPS,
    OWN_ACCOUNT_CLOSURE,
    OWN_CLOSURE,
    OWN_THEFT,
    QUOTED,
    RECEIVED,
    RECORD_SET,
    SENTENCE,
    SHARE_PLEA,
    SUBJECTS,
    calls_it_a_scam,
    product_words,
    quotations,
    statement_spelling,
)
from commands.hoax.thresholds import (
    ALSO_RATIO,
    ASK_SCORE,
    CLOSE_SCORE,
    CONTEXT_WEIGHT,
    DENYING_COUNTER,
    FLAGGABLE,
    MATCH_SCORE,
    NAMES_THE_SCAM,
    NARROW_MARGIN,
    QUOTES_SCORE,
    SPREAD_FLAG,
    SPREAD_SURE,
    STATED_MARGIN,
    TRUTH_MARGIN,
    VETO_MARGIN,
    WEAK_SCORE,
    WIDER_MARGIN,
    needed,
    spread_evidence,
    spread_veto,
)
from commands.hoax.truth_choice import TruthChoice


class Checker(TruthChoice):
    """The compiled catalogue for both modes. Build a new one to change the catalogue."""

    def __init__(
        self,
        entries: list[Entry] | None = None,
        truths: list[Truth] | None = None,
        *,
        threshold: float = DEFAULT_THRESHOLD,
        today: date | None = None,
        spread: SpreadModel | SpreadPair | None = None,
    ) -> None:
        self.matcher = Matcher(entries, threshold=threshold, today=today)
        self.spread = spread or load_pair()
        self.truths = load_truths() if truths is None else truths
        docs = [Doc(e.id, "hoax", s) for e in self.matcher.entries for s in e.statements]
        docs += [Doc(t.id, "truth", s) for t in self.truths for s in t.statements]
        # what each claim is about (platform, person, thing): a match needs one of these words, so
        # "is Discord shutting down?" does not borrow YouTube's "is shutting down"
        anchors = {squeeze(a) for e in self.matcher.entries for a in e.anchors} | SUBJECTS
        owners: dict[str, set[str]] = {}
        for e in self.matcher.entries:
            for a in e.anchors:
                owners.setdefault(squeeze(a), set()).add(e.id)
        # a shared subject word (a platform) says nothing about which claim it is, so similarity
        # leaves it out; a claim's own name ("gold", "martinelli") says everything, so it stays
        said: dict[str, set[str]] = {}  # which claims and true stories use each word
        for d in docs:
            for w in normalise(d.text).tokens:
                said.setdefault(w, set()).add(d.key)
        named = {w for w, ids in owners.items() if len(ids) <= 2 and w not in SUBJECTS | GREETINGS and len(w) > 3}
        strict = {w for w in named if len(said.get(w, set()) - owners[w]) == 0}
        telling = {squeeze(w) for e in self.matcher.entries for w in e.telling}
        self.index = ClaimIndex(docs, frozenset(anchors - strict - telling))
        self._entries = {e.id: e for e in self.matcher.entries}
        self._truths = {t.id: t for t in self.truths}
        self._answers_only = frozenset(("truth", t.id) for t in self.truths if t.answers_only)
        self._subjects = {
            ("hoax", e.id): frozenset(squeeze(a) for a in (e.subjects or e.anchors)) for e in self.matcher.entries
        }
        self._own = {e.id: self._subjects[("hoax", e.id)] - SUBJECTS for e in self.matcher.entries}
        # a question naming a claim only by its own name ("is secret sister legit?") holds no words
        # for retrieval, which leaves subject words out: such names point to their family directly
        self._named = {w: owners[w] for w in named if not COMMON_WORD.match(w)}
        # names only their claims' statements use ("pink", "gold"), not the verbs and common nouns
        # among them ("accepter" is any request, not only the hacker's friend request)
        self._proper = {w: owners[w] for w in strict if not COMMON_WORD.match(w)}
        # the platforms a true story is about (the EU ad-free plan: Facebook and Instagram)
        self._platforms = {
            ("truth", t.id): _platforms(w for x in (*t.statements, *t.text.values()) for w in normalise(x).tokens)
            for t in self.truths
        }
        for t in self.truths:
            if t.subjects:
                self._subjects[("truth", t.id)] = frozenset(w for s in t.subjects for w in normalise(s).tokens)
            else:
                words = {w for s in t.statements for w in normalise(s).tokens}
                self._subjects[("truth", t.id)] = frozenset(words & anchors)
        self._own_truth = {t.id: self._subjects[("truth", t.id)] - SUBJECTS for t in self.truths}

    def _search(
        self, text: str, tokens: set[str], *, any_platform: bool = False, quoted: bool = False
    ) -> dict[tuple[str, str], float]:
        """Best score per claim over the whole text and each of its sentences (a question often
        wraps the claim in context: "I saw this week that ... Is it fake news?"); `tokens` are the
        text's words (`_tokens`), which must name each claim's subject. What a question quotes
        (`quoted`) is searched on its own too: « je n'autorise pas Facebook » is the claim asked
        about, whatever the words around it ("copier-coller ou partager ?") share with another."""
        sentences = [p for p in SENTENCE.split(text[:QUERY_CHARS]) if len(p.split()) >= 5][:8]
        quotes = quotations(text[:QUERY_CHARS])[:4] if quoted else []
        parts = [text] + (sentences if len(sentences) > 1 else []) + quotes
        named = _platforms(tokens)
        gate = tokens | SUBJECTS if any_platform else tokens
        padded = normalise(text).padded if any_platform else ""
        best: dict[tuple[str, str], float] = {}
        for i, part in enumerate(parts):
            own = tokens if i == 0 else self._tokens(part)
            quoting = i >= len(parts) - len(quotes)
            for key, (score, _) in self.index.search(part).items():
                subjects = self._subjects.get(key, frozenset())
                if subjects.isdisjoint(gate):
                    continue
                if subjects.isdisjoint(tokens):  # only as if it named an app: for less, and in the claim's words
                    entry = self._entries.get(key[1]) if key[0] == "hoax" else None
                    # (a quotation all but word for word a claim's statement is that claim, app or not)
                    close = quoting and score >= CLOSE_SCORE
                    if entry is None or not (close or _lists_words(entry, padded)):
                        continue
                    score *= CONTEXT_WEIGHT
                platforms = self._platforms.get(key, frozenset())
                if platforms and named.isdisjoint(platforms) and (named or key in self._answers_only):
                    # a true story about Facebook does not answer about WhatsApp, and background
                    # (Meta's outage) answers only about its own apps: Discord "shutting down" is not it
                    continue
                if i and subjects.isdisjoint(own):
                    # a sentence that does not name the claim's subject is context ("got a link in
                    # the group", "je vois ça partout sur mon mur"): it counts, for less
                    score *= CONTEXT_WEIGHT
                if score > best.get(key, 0.0):
                    best[key] = score
        return best

    def _optional(self, key: tuple[str, str]) -> bool:
        kind, ident = key
        found = self._entries.get(ident) if kind == "hoax" else self._truths.get(ident)
        return bool(found is not None and found.optional)

    def _named_family(self, tokens: set[str], names: dict[str, set[str]] | None = None) -> Entry | None:
        """The one family the text (its `_tokens`) names by a name no other family uses, if any."""
        hits: dict[str, int] = {}
        for word in tokens:
            for fid in (self._named if names is None else names).get(word, ()):
                hits[fid] = hits.get(fid, 0) + 1
        ranked = sorted(hits.items(), key=lambda kv: -kv[1])
        if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return None
        return self._entries.get(ranked[0][0])

    def _blind_assertion(self, entry: Entry, norm: Any, score: float, st: str, text: str) -> bool:
        """A plain assertion (no negation, no scam named: a debunk's "the classic courier scam, no
        real buyer…") that the spread model cannot judge (`spread_veto`): about a family it was
        trained without, or all but word for word a fact-checker's claim statement, which the model
        reads as a warning when the claim is one ("active shooters are knocking on doors…"). A
        question mark inside a quotation is the claim's own ("a message asking 'is this you?' links
        to…"), not the writer asking."""
        seen = getattr(self.spread, "families", None)
        # "no need to apply" is the claim's own promise, not a denial of it, and so is a negation
        # among the claim's own words ("can't do showings": the rental scam's excuse)
        said = NO_NEED.sub(" ", norm.padded)
        words = (entry.claim_words.regex.sub(" ", said) if entry.claim_words is not None else said).split()
        unseen = entry.looks_genuine or (seen is not None and entry.id not in seen)
        # (a genuine-looking hoax is told in negations: "not chipped", "she hasn't returned")
        return (
            st == ASSERTS
            and (unseen or (round(score, 2) >= QUOTES_SCORE and "?" not in QUOTED.sub(" ", text)))
            and (entry.looks_genuine or NEGATION.isdisjoint(words))
            and not NAMES_THE_SCAM.search(norm.padded)
        )

    def candidates(self, text: str) -> tuple[list[int], Any]:
        """Watch mode's pre-filter (see `Matcher.candidates`): most chat stops here."""
        return self.matcher.candidates(text)

    def watch_candidate(self, pre: tuple[list[int], Normalised | None]) -> bool:
        """Whether watch mode looks further at a message, from its `candidates` result: it may be
        about a family, or it passed the pre-filter's chain words and asks to be passed on."""
        return bool(pre[0]) or (pre[1] is not None and asks_to_be_passed_on(pre[1]))

    def check(self, text: str, threshold: float | None = None, *, pre: Any = None) -> Answer:
        """Everything known about `text`. `pre` = the `candidates` result, if already computed."""
        pre = pre if pre is not None else self.matcher.candidates(text)
        answer = self._judge(text, threshold, pre)
        sure = None if answer.flagged or not self.watch_candidate(pre) else self._unknown_chain(text, answer, threshold, pre[1])
        if sure is None:
            return answer
        near = (answer.entry,) if answer.entry is not None else ()  # named as "if you meant"
        return replace(answer, flagged=True, verdict=None, entry=None, chain_letter=True, score=round(sure, 3),
                       related=self._related(None, None, answer.lang, near))

    def _unknown_chain(self, text: str, answer: Answer, threshold: float | None, norm: Normalised | None = None) -> float | None:
        """The model's probability for a chain letter no family covers (`chain_letter.py`), or None;
        a stricter place threshold raises the bar, to never at 1."""
        bar = needed(self.matcher.threshold if threshold is None else threshold, CHAIN_SURE)
        if not (
            bar < 1.0 and answer.stance == ASSERTS and answer.truth is None
            and (answer.entry is None or answer.entry.verdict_code in FLAGGABLE)
            and asks_to_be_passed_on(norm if norm is not None else normalise(text))
            and not overrules_chain(text) and not asks_in_words(text)
        ):
            return None
        p = self.spread.probability(text)
        return p if p >= bar else None

    def _judge(self, text: str, threshold: float | None, pre: tuple[list[int], Normalised | None]) -> Answer:
        idx, norm = pre
        thr = self.matcher.threshold if threshold is None else threshold
        # not a candidate: `match` gives the same "not flagged" plus the language and a near entry
        res = self.matcher.score(text, idx, norm, thr) if idx else self.matcher.match(text, thr)
        norm = norm if norm is not None else normalise(text)  # once: the rules below all read it
        compulsory = bool(COMPULSORY.search(norm.padded))
        tokens = self._tokens(query := statement_spelling(ASKER_CHECKED.sub(" ", text)))
        st = stance(text)
        hits, res = self._hits(query, tokens, res, compulsory, thr, asks=st == ASKS, candidate=bool(idx))
        hoax, true = self._closest(hits, st, tokens, norm.tokens)
        top, hoax = hoax[0], self._stated(hits, hoax, norm)
        # (the text is about a claim from `top`)
        request = self._passes_on_request(text, st, hoax)
        st = ASSERTS if request else st
        if res.flagged and res.entry is not None and not self._cue_flag_holds(text, res.entry, res, hits, hoax, true, norm):
            res = MatchResult(False, min(res.score, thr - 0.001), res.lang, None, (), res.entry)
        entry = self._closer_stated(res.entry, hits, hoax, norm) if res.flagged else res.entry
        if entry is None and max(hoax[0], top) >= MATCH_SCORE:
            entry = self._entries.get(hoax[1])
        entry = entry or (res.near if not (compulsory and res.near and res.near.optional) else None)
        # a bait post's own negations ("pas de collier", "je ne peux pas commenter") are no denial
        if st == DENIES and entry is not None and entry.looks_genuine and stance(text, strict=True) == ASSERTS and (
                SHARE_PLEA.search(normalise(QUOTED.sub(" ", text)).padded) and COMMENTS_OFF.search(norm.padded)
                and not NAMES_THE_SCAM.search(norm.padded)):
            st = ASSERTS
        if entry is None and st == ASKS:  # a question deserves the closest answer we have
            entry = self._entries.get(hoax[1]) if hoax[0] >= ASK_SCORE else self._named_family(tokens)
            if entry is None and not _platforms(tokens):
                entry = self.matcher.unnamed_platform_claim(text, norm)
        truth, story = self._truth_about(st, hoax, true, norm, tokens, text)
        # a true story wins when as close as the best false claim, or when the closest false claim
        # lists words every statement of it uses and the text has none of them ("Meta starts AI
        # training on public posts" has no "posting Goodbye Meta AI")
        truth_wins = truth is not None and not res.flagged and (
            true[0] + TRUTH_MARGIN >= hoax[0] or story
            or (hoax[1] in self._entries and not self._states_claim(self._entries[hoax[1]], norm, text))
        )
        if truth_wins and entry is not None and (truth.answers_only or entry.id not in truth.families and (
                hoax[0] < true[0] or story)):
            entry = None  # about the true story, not about this family
        flagged = res.flagged or (
            bool(idx)
            and (st == ASSERTS or self._warns(st, entry, text))
            and not truth_wins
            and entry is not None
            and entry.id == hoax[1]
            and hoax[0] >= needed(thr)
            and entry.verdict_code in FLAGGABLE
            and not overrules_chain(text)
            and self._states_claim(entry, norm, text) and not _countered(entry, norm.padded)
        )
        # the model is asked only when its answer can change the flag
        if flagged:
            # (a warning hoax relayed as advice asserts its warning: the model reads advice as safe)
            told = ASSERTS if self._warns(st, entry, text) else st
            veto = spread_veto(res.flagged, hoax[0], self._blind_assertion(entry, norm, hoax[0], told, text), entry)
            flagged = request or vouches(text) or self.spread.probability(text) >= veto * min(1.0, thr / DEFAULT_THRESHOLD)
        elif (
            idx and entry is not None and entry.verdict_code in FLAGGABLE and not truth_wins
            and self._states_claim(entry, norm, text)
            # evidence of which claim it is (cues or retrieval), not only the model's "spreads something"
            and max(res.score, hits.get(("hoax", entry.id), 0.0)) >= spread_evidence(st == ASSERTS)
        ):
            flagged = self._model_overrides(text, entry, st, norm, thr)
        # news or advice calling what it tells of a scam warns about it (not a chain the cues know, nor a warning hoax)
        flagged = flagged and (res.flagged or entry is None or entry.warning or not calls_it_a_scam(text))
        entry = self._meant(entry, hits, norm.padded, tokens, text)
        if flagged:
            st = ASSERTS
        elif truth_wins and st == ASSERTS:
            st = REPORTS
        if truth_wins and (entry is None or entry.verdict_code in FLAGGABLE):
            verdict: str | None = "true" if entry is None else "mixed"
        else:
            verdict = entry.verdict_code if entry is not None else None
        score = res.score if res.flagged else round(max(hoax[0], true[0]), 3)
        also = self._also_close(hits, entry, norm, hoax) if st == ASKS and not flagged else ()
        return Answer(flagged, st, verdict, score, res.lang, entry, truth if truth_wins else None,
                      self._related(entry, truth if truth_wins else None, res.lang, also), res)

    def _model_overrides(self, text: str, entry: Entry, st: str, norm: Normalised, thr: float) -> bool:
        """The model overrides the stance rules, except their words no chain ever uses ("oh sure…"),
        never over a plain question ("est-ce que les images bonjour contiennent des virus ?")."""
        return (
            self.spread.probability(text) >= needed(thr, SPREAD_FLAG)
            and not overrules_chain(text)
            and not asks_in_words(text)
            # a scam request that names itself is a warning about it ("Arnaque en cours : un contact…"), and
            # advice quoting the hoax is about it (« Coucou maman, nouveau numéro » : appelez votre enfant…),
            # unless the hoax is itself a warning (a video « la danse du pape » will hack your phone)
            and not (entry.request and NAMES_THE_SCAM.search(norm.padded))
            and not (st == ADVISES and not entry.warning and (
                any(len(q.split()) >= 5 for q in quotations(text)) or CONDITIONAL_ADVICE.search(text)))
            and not _countered(entry, norm.padded)
            and not OWN_THEFT.search(norm.padded)
        )

    def _also_close(
        self, hits: dict[tuple[str, str], float], entry: Entry | None, norm: Any, hoax: tuple[float, str] = (0.0, "")
    ) -> tuple[Entry, ...]:
        """The false claims nearly as close to a question as the one answered: people name claims
        loosely ("the Meta statement" is the copyright notice to one, "Goodbye Meta AI" to another),
        and a question deserves both answers rather than the wrong one of two — if it uses that
        claim's own words (a question about paying for the AI is not about "Goodbye Meta AI").
        At most two: the closest runner-up that qualifies (the one naming "charge" may rank below
        one naming nothing: "the 'Channel 13 said facebook will charge' post"), and a kin the
        question points to ("Instagram… rules from tomorrow… the 'I do not give permission'
        thing": the notice, and Instagram's rule). A question answered with a true story still gets
        the closest false claim, if it uses that claim's words ("the ministry gives free blue ticks?"
        is WhatsApp Business pricing, or the government-ticks hoax)."""
        if entry is None:
            best = self._entries.get(hoax[1])
            return (best,) if best is not None and hoax[0] >= ASK_SCORE and _uses_words(best, norm.padded) else ()
        top = hits.get(("hoax", entry.id), 0.0)
        ranked = sorted(((sc, k) for (kind, k), sc in hits.items() if kind == "hoax" and k != entry.id), reverse=True)
        floor = max(ASK_SCORE, ALSO_RATIO * top) if top > 0.0 else float("inf")
        # (a kin nearly as close as the answer may be meant even without its own words: the
        # notice's waves are one claim told of Facebook, Instagram or Meta)
        runner_up = [e for sc, k in ranked if sc >= floor and (e := self._entries.get(k)) is not None
                     and (_uses_words(e, norm.padded) or k in entry.kin)][:1]
        kin = self._kin_meant(hits, entry, norm)
        if kin is None or kin[0] in runner_up:
            return tuple(runner_up)
        # next to a runner-up, only a kin the question names by platform or by its own words
        return (*runner_up, kin[0]) if not runner_up or kin[1] else tuple(runner_up)

    def _meant(self, entry: Entry | None, hits: dict[tuple[str, str], float], padded: str, tokens: set[str], text: str) -> Entry | None:
        """The family among near ones the text means: by the app it names, then by its names (`family_choice`)."""
        entry = kin_on_named_platform(entry, hits, padded, tokens, self._entries)
        return named_by_its_names(entry, hits, text, self._entries, self._proper, MATCH_SCORE)

    def _kin_meant(self, hits: dict[tuple[str, str], float], entry: Entry, norm: Any) -> tuple[Entry, bool] | None:
        """The kin about another platform the question names first ("I do not give Meta permission"
        is the Goodbye Meta AI chain, "… Instagram …" Instagram's rule), then the one the question's
        other words point to ("… permission to charge me 4.99": "charge" is "Facebook becomes
        paid", if retrieval finds it too), then the chain the claim is told in (`carried_by`: it is
        what the asker was sent), then one whose own words it uses (a claim that lists none is not
        ruled out); and whether the question points to it (platform or words)."""
        named = _platforms(norm.tokens) - {squeeze(p) for p in entry.platforms[:1]}
        rest = entry.claim_words.regex.sub("  ", norm.padded) if entry.claim_words is not None else norm.padded
        kin = [(squeeze(e.platforms[0]) in named if e.platforms else False,
                _lists_words(e, rest) and hits.get(("hoax", e.id), 0.0) >= KIN_SCORE,
                e.id == entry.carried_by, _uses_words(e, norm.padded), hits.get(("hoax", e.id), 0.0), e.id)
               for e in (self._entries[k] for k in entry.kin if k in self._entries)]
        if not kin:
            return None
        best = max(kin)
        return self._entries[best[-1]], best[0] or best[1]

    def _passes_on_request(self, text: str, st: str, hoax: tuple[float, str]) -> bool:
        """A scam that is a request ("can you send me back the code?") asks only with its question
        mark, or tells a story ("my bank app won't work on the new phone, could you send £350"): quoted
        all but word for word, it is the scam passed on, not a question about it (which
        says so in words: "is this legit?", "c'est bien l'arnaque au faux enfant hein ?") nor advice quoting it ("if a friend
        sends 'is this you in the video?', don't click"; "that's how they steal accounts") nor a report
        of receiving it ("someone sent me a link asking if this is me in the video??"). The model
        has seen few such texts."""
        entry = self._entries.get(hoax[1])
        return bool(
            entry is not None and entry.request and hoax[0] >= CLOSE_SCORE and not asks_in_words(text)
            and st in (ASKS, ASSERTS) and not NAMES_THE_SCAM.search(normalise(text).padded)
            and not QUOTED.search(text) and not RECEIVED.search(normalise(text).padded)
        )

    @staticmethod
    def _warns(st: str, entry: Entry | None, text: str) -> bool:
        """Advice that passes a warning hoax on ("méfiez-vous de la vidéo Martinelli, elle pirate
        le téléphone"): the claim is the warning itself."""
        return st == ADVISES and entry is not None and entry.warning and relays_warning(text)

    def _states_claim(self, entry: Entry, norm: Any, text: str) -> bool:
        """Whether the text uses a word every statement of `entry`'s claim uses (always, when the
        family lists none). Retrieval and the model weigh shared words, not the claim being made:
        "Facebook suggested my ex as a friend, thanks algorithm" is not "only 25 friends see your
        posts". A text the model is all but sure spreads a hoax keeps its flag: its family may be
        the wrong one ("Facebook is ending, pass this on" next to "Facebook becomes paid")."""
        if OWN_CLOSURE.search(norm.padded):
            return False
        if OWN_ACCOUNT_CLOSURE.search(norm.padded):
            return _lists_words(entry, OWN_ACCOUNT_CLOSURE.rx.sub("  ", norm.padded))
        if RECORD_SET.search(norm.padded):
            return _uses_words(entry, RECORD_SET.rx.sub("  ", norm.padded))
        return _uses_words(entry, norm.padded) or self.spread.probability(text) >= SPREAD_SURE

    def _hits(
        self, text: str, tokens: set[str], res: MatchResult, compulsory: bool, thr: float, *, asks: bool = False,
        candidate: bool = False,
    ) -> tuple[dict[tuple[str, str], float], MatchResult]:
        """Retrieval hits; a text saying payment is compulsory is not about an optional offer,
        whatever the words it shares with one (nor is the cue matcher's flag of such an offer). A
        question naming no app that finds nothing may be about any app ("si je publie pas la
        déclaration ils ont le droit d'utiliser mes photos ?"): it is searched again as if it named one
        (`asks`: the text is a question; what it finds is an answer, never a flag). So is one whose
        closest claim is faint, when that search finds a claim much closer ("« je n'autorise pas »
        dans 10 groupes pour avoir une coche ✅" is the privacy notice, not the ticks). A question's
        quotation (or a quotation holding a text's only question mark: the chain's "is this you in this
        video??") is searched on its own, and background that only answers questions stays."""
        hits = self._search(text, tokens, quoted=asks or quotes_a_question(text))
        best, closest = max(((sc, k) for (kind, k), sc in hits.items() if kind == "hoax"), default=(0.0, ""))
        if asks and len(tokens) >= 4 and not _platforms(tokens) and not tokens & OTHER_APPS:
            # ... and so is one whose closest claim is one the text does not state in that claim's
            # own words ("transférez à 10 contacts sinon votre compte sera supprimé" is no page
            # "supprimée sous 24 heures sauf recours via le lien"), faint or not: any closer claim wins
            unstated = bool(closest) and not _uses_words(self._entries[closest], normalise(text).padded)
            if best < WEAK_SCORE or unstated:
                # (a true story found is no reason not to look for the claim, nor is a faint one)
                wider = self._search(text, tokens, any_platform=True, quoted=asks)
                margin = 0.0 if unstated else WIDER_MARGIN
                if (best < ASK_SCORE and not candidate) or max((sc for (kind, _), sc in wider.items() if kind == "hoax"), default=0.0) > best + margin:
                    hits = wider
        if not asks:
            hits = {key: sc for key, sc in hits.items() if key not in self._answers_only}
        if compulsory and not asks:  # (asking whether it is compulsory deserves the optional plan as answer)
            hits = {key: sc for key, sc in hits.items() if not self._optional(key)}
            if res.entry is not None and res.entry.optional:
                res = MatchResult(False, min(res.score, thr - 0.001), res.lang, None, (), None)
        return hits, res

    @staticmethod
    def _tokens(text: str) -> set[str]:
        return set(normalise(JAI.sub(" ", text)).tokens)

    def _closest(
        self, hits: dict[tuple[str, str], float], st: str, tokens: set[str], words: tuple[str, ...] = ()
    ) -> tuple[tuple[float, str], tuple[float, str]]:
        """(score, id) of the closest false-or-true claim and of the closest true story."""
        hoax = max(((s, k) for (kind, k), s in hits.items() if kind == "hoax"), default=(0.0, ""))
        true = max(((s, k) for (kind, k), s in hits.items() if kind == "truth"), default=(0.0, ""))
        if st == ASKS and hoax[1]:
            # a question naming a narrower claim's own subject ("Meta AI subscription… legit?") is
            # about that claim, not the broad one it nearly ties with ("Facebook becomes paid");
            # a platform's name is nobody's own subject
            # (of two, the one whose subject it names in more words: "le gouvernement peut lire…")
            narrow = max(((len(tokens & self._own[k]), sc, k) for (kind, k), sc in hits.items()
                          if kind == "hoax" and self._entries[k].subjects and sc >= hoax[0] - NARROW_MARGIN
                          and not tokens.isdisjoint(self._own[k])), default=(0, 0.0, ""))
            # (not over a closest claim that names as many of the text's own words: "carte OPUS de la STM")
            if narrow[2] and narrow[0] > len(tokens & self._own.get(hoax[1], frozenset())):
                hoax = narrow[1:]
            # ... and so is a claim named by its own name ("is WhatsApp Pink a thing?")
            named = self._named_family(tokens, self._proper)
            score = hits.get(("hoax", named.id)) if named is not None else None
            # it may trail by STATED_MARGIN ("mon profil a été cloné": "cloné" is that claim's alone),
            # ... however far behind, when the name follows the app's as a product's does ("WhatsApp
            # Gold": not "my sister says", nor a spelling of WhatsApp some chain uses)
            product = named is not None and any(
                named.id in self._proper.get(w, ()) and app in {squeeze(p) for p in named.platforms}
                for app, w in product_words(words)
            )
            floor = min(hoax[0] - NARROW_MARGIN, ASK_SCORE) if product else hoax[0] - STATED_MARGIN
            if named is not None and score is not None and score >= floor:
                hoax = (score, named.id)  # (a name with no retrieval hit at all names nothing)
        return hoax, true

    def _stated(self, hits: dict[tuple[str, str], float], hoax: tuple[float, str], norm: Any) -> tuple[float, str]:
        """A closest claim whose own words the text lacks yields to a nearly as close one whose words
        it uses ("Meta AI lit toutes nos convs, c'est pour ça le rond bleu" shares "rond bleu" with
        "the blue circle becomes paid" but says nothing of paying)."""
        best = self._entries.get(hoax[1])
        if best is None or _uses_words(best, norm.padded):
            return hoax
        near = [(sc, k) for (kind, k), sc in hits.items() if kind == "hoax" and k != hoax[1] and sc >= hoax[0] - STATED_MARGIN
                and _lists_words(self._entries[k], norm.padded)]
        return max(near) if near else hoax

    def _closer_stated(self, cued: Entry | None, hits: dict[tuple[str, str], float], hoax: tuple[float, str], norm: Any) -> Entry | None:
        """Cues may belong to a sibling claim ("they can use all your pics" is Instagram's rule too):
        a text all but quoting another false claim in its own words spreads that one."""
        best = self._entries.get(hoax[1])
        closer = best is not None and cued is not None and hoax[0] >= max(CLOSE_SCORE, hits.get(("hoax", cued.id), 0.0) + STATED_MARGIN)
        return best if closer and best.verdict_code in FLAGGABLE and _lists_words(best, norm.padded) else cued

    def _cue_flag_holds(self, text: str, cued: Entry, res: MatchResult, hits: Any, hoax: Any, true: Any, norm: Any) -> bool:
        """The text also states the claim: "Martinelli's cider tonight" has the name only."""
        return self._cue_flag_stands(text, cued.id, res.cues, hits, hoax, true) and self._states_claim(cued, norm, text)

    def _cue_flag_stands(
        self, text: str, flagged_id: str, cues: Any, hits: dict[tuple[str, str], float], hoax: tuple[float, str],
        true: tuple[float, str],
    ) -> bool:
        """The cue matcher's flag (of `flagged_id`) stands unless the text plainly asks, advises or
        debunks, or is closer to true news / a true claim than to the flagged family."""
        own = max([hits.get(("hoax", flagged_id), 0.0)] + [
            sc for (kind, k), sc in hits.items() if kind == "hoax" and k in self._entries
            and self._entries[k].verdict_code in FLAGGABLE
        ])
        best = self._entries.get(hoax[1])
        closer_true = max(true[0], hoax[0] if best and best.verdict_code not in FLAGGABLE else 0.0)
        chain = any(c.kind == "chain" and c.points >= 1.0 for c in cues)  # "forward to 10": spreading
        # chain letters are full of negations and warnings ("don't open it"), so a chain cue
        # outweighs a denial or advice; never a plain question, which names the chain to ask, and
        # never words no chain uses about itself ("oh yeah sure", "posts falsely claim")
        strict = stance(text, strict=True)
        vetoed = strict == ASKS or overrules_chain(text) or (strict != ASSERTS and not chain)
        nearer_truth = closer_true >= MATCH_SCORE and closer_true > own + VETO_MARGIN and not chain
        return not (vetoed or nearer_truth)

    def _related(
        self, entry: Entry | None, truth: Truth | None, lang: str, also: tuple[Entry, ...] = ()
    ) -> tuple[dict[str, Any], ...]:
        """True news next to a hoax, and hoaxes next to true news: each with verdict and source;
        first, marked `"close": true`, the claims a question may have meant instead (`_also_close`)."""
        out: dict[str, dict[str, Any]] = {}
        for e in also:
            out[e.id] = entry_json(e, lang) | {"close": True}
        linked = [t for t in self.truths if entry is not None and entry.id in t.families]
        for t in ([truth] if truth else []) + linked:
            out.setdefault(t.id, truth_json(t, lang))
            for fid in t.families:
                e = self._entries.get(fid)
                if e is not None and e is not entry:
                    out.setdefault(e.id, entry_json(e, lang))
        return tuple(out.values())[:6]


def _countered(entry: Entry, padded: str) -> bool:
    """The text says what the family's strongest counters say ("WhatsApp Pink is malware, uninstall
    it"): retrieval and the spread model only see a text about the claim, the counter sees it denied.
    Weaker counters (a real objection form, ads) only lower the cue matcher's score."""
    return any(c.weight <= DENYING_COUNTER and c.regex.search(padded) for c in entry.counters)
