"""Who states a sentence's claim: 'according to X', 'X said/claimed/told Y that …'.

Shared by every fact type that records a claimant, so the reporting-verb rules live once.
"""

from __future__ import annotations

import re

from pipelines.extract.actors import ActorAnalysis, Mention
from pipelines.extract.lexicon import reporting_verbs

ACCORDING_RE = re.compile(
    r"\baccording to\s+(?:(?:a|an|the)\s+)?(?:(?:[\w-]+\s+)?(?:statement|report|tally|count|"
    r"figures|data|toll|list|communiqu[eé])\s+(?:from|by|of|issued by|released by)\s+"
    r"(?:the\s+)?)?",
    re.IGNORECASE,
)


def _verb_positions(text: str, offset: int) -> list[tuple[int, int]]:
    verbs = "|".join(sorted(reporting_verbs(), key=len, reverse=True))
    return [(m.start() + offset, m.end() + offset) for m in re.finditer(rf"\b(?:{verbs})\b", text)]


# A stop inside a sentence ends a clause, unless it ends an abbreviation ("Indian Oil Corp. has
# bought", "U.S. crude", "Mr. Ali").
CLAUSE_BREAK_RE = re.compile(
    r";|,\s*(?:while|but|whereas|and|as)\b"
    r"|(?<![A-Z])(?<!\bCorp)(?<!\bCo)(?<!\bInc)(?<!\bLtd)(?<!\bBhd)(?<!\bMr)(?<!\bMrs)(?<!\bMs)"
    r"(?<!\bDr)(?<!\bSt)(?<!\bJr)(?<!\bGen)(?<!\bCol)(?<!\bLt)(?<!\bGov)(?<!\bSen)(?<!\bProf)"
    r"\.\s"
)


SUBJECT_GAP_RE = re.compile(
    r"(?:['’]s?(?:\s+[a-z][\w-]*){0,3})?(?:\s*\([^)]{0,40}\))?(?:\s*,[^,;]{0,80},)?\s*"
    r"(?:(?:\w+ly|also|has|had|have|later|then|earlier|on\s+[A-Z]\w+)\s+)*"
)


def clause_start(text: str, offset: int, position: int) -> int:
    """Absolute offset where the clause holding `position` begins."""
    start = offset
    for m in CLAUSE_BREAK_RE.finditer(text, 0, position - offset):
        start = offset + m.end()
    return start


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
    verbs = _verb_positions(sentence_text, sentence_start)
    before_claim = [v for v in verbs if v[0] < at]
    if before_claim:
        # "The ministry said 45 died": the speaker is the subject of that verb, in its clause;
        # when it has no name, the claim is unnamed rather than someone else's.
        verb_start = before_claim[-1][0]
        clause = clause_start(sentence_text, sentence_start, verb_start)
        subject = [x for x in mentions if clause <= x.start and x.end <= verb_start]
        return subject[-1] if subject else None
    # A reporting verb after the claim ("…, officials said"), in the same clause.
    after_claim = [
        v for v in verbs if v[0] > at and clause_start(sentence_text, sentence_start, v[0]) <= at
    ]
    if after_claim:
        verb_start, verb_end = after_claim[0]
        between = [x for x in mentions if at < x.start and x.end <= verb_start]
        if between:
            # The verb's subject ends right before it ("…, the Afghan defence ministry said");
            # a place on the way ("in Nigeria's Zamfara state, police said") speaks for no one.
            gap = sentence_text[between[-1].end - sentence_start : verb_start - sentence_start]
            return between[-1] if SUBJECT_GAP_RE.fullmatch(gap) else None
        # Inverted attribution ("…, said Jane Roe") names the speaker after the verb; after
        # "told" comes the listener, not the claimant.
        verb = sentence_text[verb_start - sentence_start : verb_end - sentence_start].lower()
        subject = [x for x in mentions if verb_end <= x.start <= verb_end + 2]
        if subject and verb in ("said", "says", "added", "stated", "wrote", "claimed"):
            return subject[0]
    return None
