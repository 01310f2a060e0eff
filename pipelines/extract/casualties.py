"""Casualty figures: how many were killed, wounded or missing, by whose account.

A figure needs a count tied to a casualty word in one of a few shapes ("32 soldiers were
killed", "killing 12 people", "left 100 dead", "death toll rose to 45", "4 fatalities"), and
when victims are named they must be people ("hospital beds", "pesos", "arrests" are not).
Ages, years, money, dates, scores, partitives ("four of the 32") and "no one" are not figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from pipelines.extract import gazetteer
from pipelines.extract.actors import ActorAnalysis
from pipelines.extract.claims import claimant_for
from pipelines.extract.dates import MONTH_RE, WEEKDAYS, find_date_expressions, resolve
from pipelines.extract.lexicon import victim_nouns
from pipelines.extract.numbers import Count, find_counts
from pipelines.extract.sentences import Sentence, lowered_re

KILLED_WORDS = (
    r"killed|dead|died|die|dies|deaths?|slain|murdered|massacred|executed|fatalities|"
    r"perished|lost their lives|shot dead|martyred|martyrs|lifeless|bodies|fatality|drowned|"
    r"beheaded"
)
WOUNDED_WORDS = r"wounded|injured|hurt|injuries|injuring|wounding"
MISSING_WORDS = r"missing|disappeared|unaccounted for"
KIND_RE = re.compile(
    rf"\b(?:(?P<k>{KILLED_WORDS})|(?P<w>{WOUNDED_WORDS})|(?P<m>{MISSING_WORDS}))\b", re.I
)
# Cheap sentence filter: any casualty vocabulary at all.
SENTENCE_FILTER_RE = re.compile(
    rf"\b(?:{KILLED_WORDS}|{WOUNDED_WORDS}|{MISSING_WORDS}|killing|toll|lives|fatally)\b", re.I
)
SENTENCE_FILTER_LOWERED_RE = lowered_re(SENTENCE_FILTER_RE)  # the same test, faster
# Phrases where a casualty word does not report casualties.
NOT_CASUALTY_RE = re.compile(
    r"\b(?:sentenced|condemned)\b[^.;]{0,40}\bto death\b|\bdead[- ]end\b|\bdeadline\b|"
    r"\b(?:rescued|found alive|freed|released|returned safely)\b|"
    r"\b(?:repatriated|exhumed|reburied|handed over|identified)\b",
    re.I,
)
# How far back a figure without its own place or date borrows them ("… in Kidal. 4 fatalities.").
CARRY_SENTENCES = 3
MAX_FIGURE = 100_000_000
NEGATED_COUNT_RE = re.compile(r"\b(?:no|not a single|none of the)\s*$", re.I)


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


PART_WORDS = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds"
# The verb that makes the part the figure: "were killed", "died", "fatally"; a participle
# ("two of the victims killed in the raid were …") does not.
_PART_PREDICATE = (
    r"(?:(?:were|was|have been|had been)\s+(?:later\s+|also\s+)?(?:\w+ly\s+)?"
    rf"(?:{KILLED_WORDS}|{WOUNDED_WORDS})|died|perished|fatally)\b"
)
PARTITIVE_TOLL_RE = re.compile(
    r"\s+of\s+(?:them|those|the\s+(?:\d[\d,]*\s+)?[\w-]+(?:\s+[\w-]+)?)\s*,?\s+" + _PART_PREDICATE,
    re.I,
)
WHOLE_TOLL_RE = re.compile(r"\s+[\w-]+(?:\s+[\w-]+)?\s*,?\s+" + _PART_PREDICATE, re.I)


def _kind(word: str) -> str:
    m = KIND_RE.fullmatch(word.strip())
    if not m:
        return "killed"
    return "killed" if m.group("k") else "wounded" if m.group("w") else "missing"


def _is_excluded(text: str, count: Count) -> bool:
    before = text[: count.start]
    after = text[count.end :]
    if re.match(
        r"\s*(?:-|\s)?(?:year|yr|month|week|day|hour|minute|percent|per cent|%|km|miles?|"
        r"kilomet|metres|meters|hectares|tons?|tonnes|barrels|dollars|pesos|euros|usd)",
        after,
        re.I,
    ):
        return True
    # "four of the 32" … unless the part is what the verb counts: "two of them died", "four of
    # the 32 passengers were killed", "three of them fatally"
    if re.match(r"\s+of\s+(?:the|them|those|these|whom)\b", after, re.I) and not (
        PARTITIVE_TOLL_RE.match(after)
    ):
        return True
    if re.search(rf"\b(?:\d[\d,]*|{PART_WORDS})\s+of\s+the\s*$", before, re.I) and (
        WHOLE_TOLL_RE.match(after)
    ):
        return True  # the whole in "four of the 32 passengers were killed"
    if re.search(
        r"\b(?:town|city|village|population|community|nation|country) of\s*$", before, re.I
    ):
        return True
    if re.search(
        rf"[$€£]\s*$|\b(?:US|USD|No\.|number|page|article|resolution|{MONTH_RE})\s*$", before
    ):
        return True
    if re.search(r"\b[A-Z][a-z]+\s+$", before) and before.rstrip().split()[-1].lower() in (
        "brigade",
        "unit",
        "battalion",
        "regiment",
        "division",
        "route",
        "highway",
        "district",
        "zone",
        "sector",
        "block",
        "km",
    ):
        return True
    if re.match(r"\s+[\w-]+\s+(?:is|are|was|would be)\s+(?:one\s+)?too\s+many\b", after, re.I):
        return True  # "One death is too many": a maxim, not a toll
    if NEGATED_COUNT_RE.search(before) and count.low == 1:  # "no one was killed"
        return True
    if count.high == 0:  # "0 fatalities", "Fatalities: 0": an event note's nobody
        return True
    if count.high > MAX_FIGURE:  # "smoking has killed 3 billion": not an event's toll
        return True
    if re.match(r"\s*(?:-|–|to)\s*\d", after):  # scores and tallies: "3-1", "214 to 9"
        return True
    # A bare year is a date, not a head count ("2,100" with its comma is a count).
    return (
        count.low == count.high
        and "," not in text[count.start : count.end]
        and 1900 <= count.low <= 2100
        and not re.match(r"\s+(?:people|civilians|soldiers|persons)", after)
    )


def _victims_ok(victims: str | None) -> bool:
    """Named victims must be people: 'hospital beds' or 'arrests' are not casualties."""
    if not victims:
        return True
    words = re.findall(r"[\w’'-]+", victims)
    if not words:
        return True
    last = words[-1].lower().strip("’'")
    if last in victim_nouns() or gazetteer.country_code_for_demonym(words[-1]):
        return True
    return any(w.lower() in victim_nouns() for w in words)


# count, victims, (were|have been)? killed    |    count dead victims
_AFTER_COUNT_RE = re.compile(
    rf"^\s*(?P<victims>(?:[\w’'.-]+\s+){{0,5}}?)(?:(?:were|was|have been|had been|are|is|have|had|"
    rf"being|got|remain|remained|reported)\s+)?(?:(?:reportedly|reported|confirmed|allegedly|later|"
    rf"all|also|been|feared|believed|left|badly|seriously|critically|severely|slightly|lightly|"
    rf"gravely|mortally|fatally)\s+)*(?P<kind>{KILLED_WORDS}|{WOUNDED_WORDS}|"
    rf"{MISSING_WORDS})\b",
    re.I,
)
ASIDE_RE = re.compile(
    r"^(\s*(?:[\w’'.-]+\s+){0,4}[\w’'.-]+),\s+(?:among them|including|most of them|many of them|"
    r"mostly|all of them|both|most)\s[^,;]{1,50},\s+(?=(?:were|was|have|had|are|is)\b)|"
    r"^(\s*(?:[\w’'.-]+\s+){0,4}[\w’'.-]+),\s+aged\s+\d+(?:(?:,\s*|,?\s+and\s+)\d+)*,\s+"
    r"(?=(?:were|was|have|had|are|is)\b)"
)
_DEAD_VICTIMS_RE = re.compile(
    r"^\s*(?P<kind>dead|wounded|injured|missing)\s+(?P<victims>(?:[\w’'-]+\s*){1,3})", re.I
)
# killing 12 people, killed at least 5 civilians, injuring 3, claimed the lives of 40
_BEFORE_COUNT_RE = re.compile(
    r"\b(?P<kind>killing|killed|kills|kill|wounding|wounded|injuring|injured|leaving|left|"
    r"claimed the lives of|claiming the lives of|took the lives of|fatally (?:shot|stabbed|wounded)|"
    r"shot dead|shooting dead|executed|executing|massacred|massacring|murdered|slaughtered|"
    r"beheaded|"
    r"(?:death\s+)?toll(?: [^.;,]{0,60}?)? (?:rose|climbed|rises|stands|stood|"
    r"reached|increased|is|was|has risen|had risen|jumped|hit|grew|soared)(?: to| at)?|toll of|"
    r"(?:bringing|raising|pushing|taking|lifting|raised|brought|pushed|took|revised|revising)\s+"
    r"(?:the\s+)?(?:overall\s+|official\s+|total\s+)?(?:death\s+)?toll(?:\s+[^.;,]{0,40}?)?\s+"
    r"(?:to|at)|"
    r"number\s+of\s+(?:dead|deaths|people\s+killed|those\s+killed|fatalities|victims)"
    r"(?: [^.;,]{0,40}?)? (?:rose|climbed|rises|stands|stood|reached|increased|is|was|"
    r"has risen|jumped|hit|grew)(?: to| at)?|"
    r"(?:put|puts|putting|placed|places|estimated|estimates)\s+the\s+(?:death\s+)?toll\s+at|"
    r"(?:the\s+)?(?:deaths|death|killing|killings|murders?)\s+of|"
    r"(?:fatalities|deaths|killed|dead|injured|wounded|injuries)\s*[:=]|fatalities|"
    r"(?:death\s+)?toll\s*[:=]|"
    r"(?:bodies|remains) of)\s+$",
    re.I,
)
VICTIM_PHRASE_RE = re.compile(r"^\s*((?:[\w’'.-]+\s+){0,3}[\w’'-]+)")
# The words that end a victim description: verbs, prepositions, conjunctions.
VICTIM_STOP_RE = re.compile(
    r"\b(?:in|on|at|near|during|after|before|when|while|and|as|who|which|that|were|was|are|is|"
    r"have|had|has|from|by|with|to|for|since|including|across|inside|outside|throughout|along|"
    r"over|overnight|amid|among|into|against|within|under|last|this|yesterday|today|earlier|"
    r"late|early|aboard|onboard|off|still|now|reportedly|so far)\b.*$",
    re.I,
)


def extract_casualties(
    text: str, sentences: list[Sentence], actors: ActorAnalysis, published_at: date | None
) -> list[CasualtyFigure]:
    figures: list[CasualtyFigure] = []
    seen: set[tuple[int, int, str]] = set()
    # A figure borrows place and date from up to CARRY_SENTENCES before it: look each
    # sentence up once, however many figures ask.
    places: dict[int, str | None] = {}
    dates: dict[int, date | None] = {}

    def place_of(s: Sentence) -> str | None:
        if s.index not in places:
            places[s.index] = _place(s, actors)
        return places[s.index]

    def date_of(s: Sentence) -> date | None:
        if s.index not in dates:
            dates[s.index] = _date(s, published_at)
        return dates[s.index]

    for sentence in sentences:
        if not SENTENCE_FILTER_LOWERED_RE.search(sentence.lowered):
            continue
        previous: tuple[Count, str] | None = None
        for count in find_counts(sentence.text):
            if _is_excluded(sentence.text, count):
                continue
            frame = _frame(sentence.text, count) or _coordinated(sentence.text, count, previous)
            if frame is None:
                continue
            kind, victims = frame
            if not _victims_ok(victims):
                continue
            clause = _clause(sentence.text, count)
            # "sentenced to death", "rescued" next to the figure
            if NOT_CASUALTY_RE.search(_near(sentence.text, count)):
                continue
            previous = (count, kind)
            key = (count.low, count.high, kind)
            if key in seen:
                continue
            seen.add(key)
            claimant = claimant_for(
                actors, sentence.index, sentence.text, sentence.start, sentence.start + count.start
            )
            # A note's "4 fatalities." belongs to the event its earlier sentence placed and dated.
            recent = sentences[max(0, sentence.index - CARRY_SENTENCES) : sentence.index + 1][::-1]
            place = next((p for s in recent if (p := place_of(s))), None)
            when = next((d for s in recent if (d := date_of(s))), None)
            figures.append(
                CasualtyFigure(
                    sentence_index=sentence.index,
                    count_low=count.low,
                    count_high=count.high,
                    qualifier=count.qualifier,
                    casualty_kind=kind,
                    victim_description=victims,
                    place_name=place,
                    claimed_by_entity_key=claimant.entity_key if claimant else None,
                    event_date=when,
                    evidence_text=clause,
                )
            )
    return figures


PLACE_RE = re.compile(
    r"\b(?:in|near|outside|at|on|across|throughout|inside)\s+"
    r"(?:(?:(?:north|south|east|west|central|northern|southern|eastern|western|"
    r"north-?eastern|north-?western|south-?eastern|south-?western)\s+)?"
    r"(?:[A-Z][\w-]+\s+){0,2}[A-Z][\w-]+['’]s\s+)?"
    r"(?:the\s+(?:town|village|city|province|region|district|"
    r"department|state|municipality)\s+of\s+)?(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
    r"|\bthe\s+(?:town|village|city|hamlet|settlement|locality|commune)\s+of\s+"
    r"(?P<place2>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
)


def _date(sentence: Sentence, published_at: date | None) -> date | None:
    dates = find_date_expressions(sentence.text)
    return resolve(dates[0].group(0), published_at) if dates else None


def _place(sentence: Sentence, actors: ActorAnalysis) -> str | None:
    """Where it happened: a known city, else a capitalized name after 'in'/'near'."""
    cities = [p for p in actors.places_in(sentence.index) if not p.is_country]
    if cities:
        return cities[0].name
    mention_spans = [(m.start, m.end) for m in actors.in_sentence(sentence.index)]
    for m in PLACE_RE.finditer(sentence.text):
        group = "place" if m.group("place") else "place2"
        name = m.group(group)
        start = sentence.start + m.start(group)
        if any(a <= start < b for a, b in mention_spans):
            continue
        if name.split()[0].lower() in WEEKDAYS or re.fullmatch(MONTH_RE, name.split()[0]):
            continue
        if gazetteer.country_code_for(name):
            continue
        return name
    return None


def _victim_phrase(text: str) -> str | None:
    m = VICTIM_PHRASE_RE.match(text)
    if not m:
        return None
    phrase = VICTIM_STOP_RE.sub("", m.group(1)).strip(" ,.;:")
    return phrase or None


# Words that cannot sit between a count and its casualty word in one noun phrase
# ("1,200 fighters to replace those killed", "80,000 people mourned the dead").
_BREAKING_WORDS = frozenset(
    [
        "to",
        "those",
        "these",
        "who",
        "which",
        "that",
        "after",
        "before",
        "because",
        "for",
        "with",
        "by",
        "from",
        "the",
        "a",
        "an",
        "their",
        "his",
        "her",
        "its",
        "of",
        "and",
        "than",
        "between",
        "or",
    ]
)


def _victim_words_ok(victims: str) -> bool:
    words = [w.lower() for w in victims.split()]
    return not any(w in _BREAKING_WORDS for w in words[1:]) and (
        not words or words[0] not in _BREAKING_WORDS - {"the", "a", "an", "their", "his", "her"}
    )


POSSESSIVE_PARTITIVE_RE = re.compile(
    r"^\s+of\s+(?:its|their|our|his|her|the\s+(?:\d[\d,]*\s+)?|them\s*,?)\s*(?=[a-z])"
)


def _frame(text: str, count: Count) -> tuple[str, str | None] | None:
    after = text[count.end :]
    after_clean = re.sub(r"^[”\"’']+", "", after)
    # "9 of its fighters died": a possessive partitive counts the group's own casualties
    after_clean = POSSESSIVE_PARTITIVE_RE.sub(" ", after_clean, count=1)
    m = _DEAD_VICTIMS_RE.match(after_clean)
    if m:
        return _kind(m.group("kind")), _victim_phrase(m.group("victims"))
    # "32 civilians, among them nine children, were killed": the aside is not the predicate.
    m = _AFTER_COUNT_RE.match(
        ASIDE_RE.sub(lambda a: (a.group(1) or a.group(2)) + " ", after_clean, count=1)
    )
    if m and _victim_words_ok(m.group("victims") or ""):
        victims = _victim_phrase(m.group("victims") or "")
        return _kind(m.group("kind")), victims
    before = re.sub(r"[“\"‘']+$", "", text[: count.start].rstrip()) + " "
    m = _BEFORE_COUNT_RE.search(before)
    if m:
        word = m.group("kind").lower()
        victims = _victim_phrase(after_clean)
        if word in ("leaving", "left"):
            tail = re.match(
                rf"\s*(?:[\w’'-]+\s+){{0,2}}({KILLED_WORDS}|{WOUNDED_WORDS}|{MISSING_WORDS})\b",
                after_clean,
                re.I,
            )
            if not tail:
                return None
            return _kind(tail.group(1)), None
        if word.startswith(("bodies", "remains")):
            return None  # bodies found or returned are not a new figure
        kind = "wounded" if re.match(r"wound|injur|fatally wounded", word) else "killed"
        if word.startswith("fatally wounded"):
            kind = "killed"
        return kind, victims
    if re.match(r"^\s*fatally\b(?!\s+(?:wounded|injured|shot|stabbed))", after_clean):
        return "killed", None  # "Two men were shot, one fatally"
    m = re.match(r"^\s*(?P<kind>fatalities|fatality|deaths|death|dead)\b", after_clean, re.I)
    if m:
        return "killed", None
    return None


NEAR_BREAK_RE = re.compile(r"[;,]|\s(?:and|but|while|whereas)\s")


def _near(text: str, count: Count) -> str:
    """Up to 60 characters either side of the figure, within its clause: "killed 23 terrorists
    and rescued 15 hostages" must not let the rescue cancel the killing."""
    before = text[max(0, count.start - 60) : count.start]
    breaks = list(NEAR_BREAK_RE.finditer(before))
    if breaks:
        before = before[breaks[-1].end() :]
    after = text[count.end : count.end + 60]
    cut = NEAR_BREAK_RE.search(after)
    if cut:
        after = after[: cut.start()]
    return before + text[count.start : count.end] + after


COORDINATED_GAP_RE = re.compile(r"\s+(?:[\w’'-]+\s+){0,3}?and\s+")


def _coordinated(
    text: str, count: Count, previous: tuple[Count, str] | None
) -> tuple[str, str | None] | None:
    """'killing three farmers and two women': the second count shares the first one's verb."""
    if previous is None:
        return None
    if not COORDINATED_GAP_RE.fullmatch(text[previous[0].end : count.start]):
        return None
    victims = _victim_phrase(text[count.end :])
    if not victims or not _victims_ok(victims):
        return None
    return previous[1], victims


def _clause(text: str, count: Count) -> str:
    """The clause around the figure: enough to check it, short enough to read."""
    start = max(text.rfind(",", 0, max(count.start - 60, 0)) + 1, 0)
    end_match = re.search(r"[.;!?](?=\s|$)", text[count.end :])
    end = count.end + end_match.end() if end_match else len(text)
    return text[start:end].strip()
