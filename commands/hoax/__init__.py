"""Hoax flags: a sourced catalogue of known tech hoaxes and a fast FR/EN matcher that explains itself.

Modules: `normalise` (text folding), `catalogue` (ClaimReview JSON), `matcher` (pre-filter + cue
scoring), `watch` (watch-mode API for the front ends), `hoax_commands` (the `hoax` commands).
"""

from commands.hoax import hoax_commands  # noqa: F401  (registers the `hoax` commands)
