"""Who states a sentence's claim: 'according to X', 'X said/claimed/told Y that …'.

Shared by every fact type that records a claimant, so the reporting-verb rules live once.
"""

from __future__ import annotations

import re

from pipelines.extract.actors import ActorAnalysis, Mention
from pipelines.extract.lexicon import reporting_verbs

ACCORDING_RE = re.compile(r"\baccording to\s+(?:the\s+)?", re.IGNORECASE)


def _verb_positions(text: str, offset: int) -> list[tuple[int, int]]:
    verbs = "|".join(sorted(reporting_verbs(), key=len, reverse=True))
    return [(m.start() + offset, m.end() + offset) for m in re.finditer(rf"\b(?:{verbs})\b", text)]


def claimant_for(
    actors: ActorAnalysis, sentence_index: int, sentence_text: str, sentence_start: int, at: int
) -> Mention | None:
    """The mention stating the claim found at absolute offset `at`, or None for the article's own voice.

    Prefers an explicit 'according to X'; otherwise the subject of the last reporting verb
    before the claim (the nearest mention before that verb, not the addressee after it).
    """
    mentions = actors.in_sentence(sentence_index)
    for m in ACCORDING_RE.finditer(sentence_text):
        after = sentence_start + m.end()
        follow = [x for x in mentions if after <= x.start <= after + 3]
        if follow:
            return follow[0]
    verbs = [v for v in _verb_positions(sentence_text, sentence_start) if v[0] < at]
    # A reporting verb after the claim ("…, officials said") also names a claimant.
    verbs_after = [v for v in _verb_positions(sentence_text, sentence_start) if v[0] > at]
    if verbs:
        verb_start = verbs[-1][0]
        before = [x for x in mentions if x.end <= verb_start]
        if before:
            return before[-1]
    if verbs_after:
        verb_start, verb_end = verbs_after[0]
        between = [x for x in mentions if at < x.start and x.end <= verb_start]
        if between:
            return between[-1]
        # Inverted attribution ("…, said Jane Roe") names the speaker after the verb; after
        # "told" comes the listener, not the claimant.
        verb = sentence_text[verb_start - sentence_start : verb_end - sentence_start].lower()
        subject = [x for x in mentions if verb_end <= x.start <= verb_end + 2]
        if subject and verb in ("said", "says", "added", "stated", "wrote", "claimed"):
            return subject[0]
    return None
