"""Casualty figures: how many were killed, wounded or missing, by whose account.

A figure needs a count tied to a casualty word in one of a few shapes ("32 soldiers were
killed", "killing 12 people", "left 100 dead", "death toll rose to 45"). Counts that are
ages, years, money, troop sizes or partitives ("four of the 32") are not figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from pipelines.extract.actors import ActorAnalysis
from pipelines.extract.claims import claimant_for
from pipelines.extract.dates import find_date_expressions, resolve
from pipelines.extract.numbers import Count, find_counts
from pipelines.extract.sentences import Sentence

KILLED_WORDS = (
    r"killed|dead|died|die|deaths?|slain|murdered|massacred|executed|fatalities|fatally|"
    r"perished|lost their lives|shot dead|bodies"
)
WOUNDED_WORDS = r"wounded|injured|hurt|injuries|injuring|wounding"
MISSING_WORDS = r"missing|disappeared|unaccounted for"
KIND_RE = re.compile(
    rf"\b(?:(?P<k>{KILLED_WORDS})|(?P<w>{WOUNDED_WORDS})|(?P<m>{MISSING_WORDS}))\b", re.I
)

# Words a victim description may be made of: no verbs of other events, no clause breaks.
VICTIM_RE = r"(?:[\w’'-]+\s+){0,6}?"


@dataclass
class CasualtyFigure:
    sentence_index: int
    count_low: int
    count_high: int
    qualifier: str | None
    casualty_kind: str
    victim_description: str | None
    place_name: str | None
    claimed_by_entity_key: int | None
    event_date: date | None
    evidence_text: str


def _kind(word: str) -> str:
    m = KIND_RE.fullmatch(word)
    if not m:
        return "killed"
    return "killed" if m.group("k") else "wounded" if m.group("w") else "missing"


def _is_excluded(text: str, count: Count) -> bool:
    before = text[: count.start]
    after = text[count.end :]
    if re.match(
        r"\s*(?:-|\s)?(?:year|yr|month|week|day|hour|minute|percent|%|km|miles?|kilomet)",
        after,
        re.I,
    ):
        return True
    if re.match(
        r"\s+of\s+(?:the|them|those|these|whom)\b", after, re.I
    ):  # partitive "four of the 32"
        return True
    if re.search(r"[$€£]\s*$|\b(?:US|USD|No\.|number|page|article|resolution)\s*$", before):
        return True
    # A bare year is a date, not a head count.
    return (
        count.low == count.high
        and 1900 <= count.low <= 2100
        and not re.match(r"\s+(?:people|civilians|soldiers|persons)", after)
    )


# count, victims, (were|have been)? killed    |    count dead victims
_AFTER_COUNT_RE = re.compile(
    rf"^\s*(?P<victims>{VICTIM_RE})(?:(?:were|was|have been|had been|are|have|had|being|got)\s+)?"
    rf"(?:(?:reportedly|reported|confirmed|allegedly|later|all)\s+)?(?P<kind>{KILLED_WORDS}|{WOUNDED_WORDS}|{MISSING_WORDS})\b",
    re.I,
)
_DEAD_VICTIMS_RE = re.compile(
    r"^\s*(?P<kind>dead|wounded|injured|missing)\s+(?P<victims>(?:[\w’'-]+\s*){1,3})", re.I
)
# killing 12 people, killed at least 5 civilians, injuring 3
_BEFORE_COUNT_RE = re.compile(
    r"\b(?P<kind>killing|killed|wounding|wounded|injuring|injured|leaving|left|claimed the lives of|"
    r"death toll (?:rose|climbed|rises|stands|stood|reached|increased|is|was|at)(?: to| at)?|"
    r"toll of)\s+(?:(?:at least|more than|some|about|nearly|around|over|up to)\s+)?$",
    re.I,
)


def extract_casualties(
    text: str, sentences: list[Sentence], actors: ActorAnalysis, published_at: date | None
) -> list[CasualtyFigure]:
    figures: list[CasualtyFigure] = []
    seen: set[tuple[int, int, str]] = set()
    for sentence in sentences:
        if not KIND_RE.search(sentence.text) and "toll" not in sentence.text.lower():
            continue
        for count in find_counts(sentence.text):
            if _is_excluded(sentence.text, count):
                continue
            frame = _frame(sentence.text, count)
            if frame is None:
                continue
            kind, victims = frame
            key = (count.low, count.high, kind)
            if key in seen:
                continue
            seen.add(key)
            claimant = claimant_for(
                actors, sentence.index, sentence.text, sentence.start, sentence.start + count.start
            )
            places = [p for p in actors.places_in(sentence.index) if not p.is_country]
            dates = find_date_expressions(sentence.text)
            figures.append(
                CasualtyFigure(
                    sentence_index=sentence.index,
                    count_low=count.low,
                    count_high=count.high,
                    qualifier=count.qualifier,
                    casualty_kind=kind,
                    victim_description=victims,
                    place_name=places[0].name if places else None,
                    claimed_by_entity_key=claimant.entity_key if claimant else None,
                    event_date=resolve(dates[0].group(0), published_at) if dates else None,
                    evidence_text=_evidence(sentence.text, count),
                )
            )
    return figures


def _frame(text: str, count: Count) -> tuple[str, str | None] | None:
    after = text[count.end :]
    after_clean = re.sub(r"^[”\"’']+", "", after)
    m = _DEAD_VICTIMS_RE.match(after_clean)
    if m:
        return _kind(m.group("kind")), m.group("victims").strip(" ,.")
    m = _AFTER_COUNT_RE.match(after_clean)
    if m and not re.search(r"\b(?:of|and|than|between)\s*$", m.group("victims") or ""):
        victims = (m.group("victims") or "").strip() or None
        if victims and re.search(r"\b(?:who|which|that|in|on|at)\b", victims):
            victims = None if victims.split()[0] in ("who", "which", "that") else victims
        return _kind(m.group("kind")), victims
    before = (
        re.sub(r"[“\"‘']+$", "", text[: count.start - len(count.qualifier or "")].rstrip()) + " "
    )
    m = _BEFORE_COUNT_RE.search(before)
    if m:
        word = m.group("kind").lower()
        rest = re.match(r"\s*((?:[\w’'-]+\s*){0,4})", after_clean)
        victims = rest.group(1).strip() if rest else None
        if word in ("leaving", "left"):
            tail = re.match(
                rf"\s*(?:[\w’'-]+\s+){{0,2}}({KILLED_WORDS}|{WOUNDED_WORDS}|{MISSING_WORDS})\b",
                after_clean,
                re.I,
            )
            if not tail:
                return None
            return _kind(tail.group(1)), None
        kind = "wounded" if re.match(r"wound|injur", word) else "killed"
        return kind, victims or None
    m = re.match(r"^\s*(?P<kind>fatalities|deaths|dead)\b", after_clean, re.I)
    if m:
        return "killed", None
    return None


def _evidence(text: str, count: Count) -> str:
    """The clause around the figure: enough to check it, short enough to read."""
    start = max(text.rfind(",", 0, max(count.start - 60, 0)) + 1, 0)
    end_match = re.search(r"[.;!?]", text[count.end :])
    end = count.end + end_match.end() if end_match else len(text)
    return text[start:end].strip()
