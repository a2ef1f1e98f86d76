"""Hoax flags: a sourced catalogue of known tech hoaxes, one matcher for two modes (watch mode flags
assertions of a known hoax; the explicit `hoax` check always answers).

Modules, one job each: `normalise` (text folding), `lang` (FR/EN), `catalogue` (ClaimReview JSON,
claim statements, true news), `prefilter` (stage 1: is this message worth a look?), `cue_rules` +
`matcher` (chain-letter cue scoring), `retrieval` (claim statements by meaning), `stance`
(asserts / asks / denies / advises) + `question_words` (what a question says in words), `check`
(the two modes), `replies` (what the bot says), `watch` (watch-mode API for the front ends),
`hoax_commands` (the `hoax` commands).
"""

from commands.hoax import hoax_commands  # noqa: F401  (registers the `hoax` commands)
