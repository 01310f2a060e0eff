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
from functools import cache

from pipelines.extract import gazetteer
from pipelines.extract.actors import ActorAnalysis
from pipelines.extract.claims import claimant_for
from pipelines.extract.dates import MONTH_RE, WEEKDAYS, find_date_expressions, resolve
from pipelines.extract.lexicon import reporting_verbs, victim_nouns
from pipelines.extract.numbers import Count, find_counts
from pipelines.extract.sentences import Sentence, lowered_re

# Violent verbs whose "<verb> to death" reports a killing ("stabbed to death"). Only verbs of
# physical violence: "bored/scared/worked to death" are idioms, "sentenced to death" a verdict.
TO_DEATH_VERBS = (
    r"stabbed|beaten|beat|burned|burnt|hacked|crushed|bludgeoned|clubbed|stoned|trampled|"
    r"tortured|battered|kicked|lynched|choked|strangled|mauled|gored"
)
# The same verbs while they act ("stabbing three men to death"), for the count after the verb.
TO_DEATH_VERBS_ING = (
    r"stabbing|beating|burning|hacking|crushing|bludgeoning|clubbing|stoning|trampling|"
    r"torturing|battering|kicking|lynching|choking|strangling|mauling|goring"
)
_KILLED_SINGLE_WORDS = (
    r"killed|dead|died|die|dies|deaths?|slain|murdered|massacred|executed|fatalities|"
    r"perished|lost their lives|shot dead|martyred|martyrs|lifeless|bodies|fatality|drowned|"
    r"beheaded|neutrali[sz]ed|"  # "neutralised 60 terrorists": an army's word for killed
    # "five soldiers embraced martyrdom while 11 terrorists were sent to hell": a military
    # press office's words for its dead and the enemy's
    r"embraced martyrdom|sent to hell|fell as (?:a )?martyrs?"
)
KILLED_WORDS = rf"{_KILLED_SINGLE_WORDS}|(?:{TO_DEATH_VERBS}) to death"
WOUNDED_WORDS = r"wounded|injured|hurt|injuries|injuring|wounding"
MISSING_WORDS = r"missing|disappeared|unaccounted for"
KIND_RE = re.compile(
    rf"\b(?:(?P<k>{KILLED_WORDS})|(?P<w>{WOUNDED_WORDS})|(?P<m>{MISSING_WORDS}))\b", re.I
)
# "killed or wounded", "dead and injured", "killed, wounded or missing": one count for several
# kinds. Such a count says how many were hurt in some way, not how many died, so it yields no
# figure at all: reading it as "killed" would overstate the deaths, as "wounded" the injuries,
# and the schema has no combined kind. Separate counts ("killed 5 and wounded 10") never put
# two kind words side by side, so they are untouched.
_ANY_KIND = rf"(?:{KILLED_WORDS}|{WOUNDED_WORDS}|{MISSING_WORDS}|killing|kills|kill)"
COMBINED_KINDS_RE = re.compile(
    rf"\b{_ANY_KIND}(?:\s*,\s*{_ANY_KIND})*\s*,?\s*(?:\s(?:or|and/or|and)\s|/)\s*"
    rf"(?:(?:were|was|been|being|have|has|had|are|is|gone|went|go|got)\s+){{0,2}}{_ANY_KIND}\b",
    re.I,
)
_ANY_KIND_RE = re.compile(rf"\b{_ANY_KIND}\b", re.I)
# The same, ending where the verb before a count ends ("killed or wounded 30 people").
COMBINED_KINDS_BEFORE_RE = re.compile(COMBINED_KINDS_RE.pattern + r"\s*$", re.I)
# Cheap sentence filter: any casualty vocabulary at all.
# ("<verb> to death" needs no entry of its own: "death" already lets its sentence through.)
SENTENCE_FILTER_RE = re.compile(
    rf"\b(?:{_KILLED_SINGLE_WORDS}|{WOUNDED_WORDS}|{MISSING_WORDS}|killing|toll|lives|fatally|"
    r"lost|treated)\b",  # "lost 40 soldiers", "31 passengers were treated for burns"
    re.I,
)
SENTENCE_FILTER_LOWERED_RE = lowered_re(SENTENCE_FILTER_RE)  # the same test, faster
# Phrases where a casualty word does not report casualties.
NOT_CASUALTY_RE = re.compile(
    r"\b(?:sentenced|condemned)\b[^.;]{0,40}\bto death\b|\bdead[- ]end\b|\bdeadline\b|"
    r"\b(?:rescued|found alive|freed|released|returned safely)\b|"
    r"\b(?:repatriated|exhumed|reburied|handed over|identified)\b|"
    # a natural death is no casualty of violence or disaster
    r"\b(?:died|dies|dead)\s+(?:of|from|after)\s+(?:a\s+|an\s+|long\s+)*(?:cancer|illness|"
    r"natural causes|heart attack|heart failure|stroke|covid|old age|complications|pneumonia)\b",
    re.I,
)
# How far back a figure without its own place or date borrows them ("… in Kidal. 4 fatalities.").
CARRY_SENTENCES = 3
MAX_FIGURE = 100_000_000
# Ages after a noun: "aged 12", "aged 20, 25 and 30", "aged between 18 and 25". A later number
# in the list is an age only if no noun follows it: "a man aged 70 and 3 children" counts 3.
_AGE_SEP = r"(?:\s*,\s*|,?\s+and\s+|\s+to\s+|\s*-\s*)"
_AGE_NOT_NOUN = r"(?!\s+(?!(?:were|was|are|is|have|had|been|died|and|or)\b)[a-z])"
_AGE_LIST = rf"(?:between\s+)?\d{{1,3}}(?:{_AGE_SEP}\d{{1,3}}\b{_AGE_NOT_NOUN})*"
AGED_BEFORE_RE = re.compile(rf"\baged\s+(?:between\s+)?(?P<list>(?:\d{{1,3}}{_AGE_SEP})*)$", re.I)
AGE_NOT_NOUN_RE = re.compile(_AGE_NOT_NOUN)


def _is_age(before: str, after: str) -> bool:
    """The count is an age in a list after 'aged' ("a boy aged 12 was killed")."""
    m = AGED_BEFORE_RE.search(before)
    return bool(m) and (not m.group("list") or bool(AGE_NOT_NOUN_RE.match(after)))


NEGATED_COUNT_RE = re.compile(r"\b(?:no|not|not a single|none of the)\s*$", re.I)
# "none of its 230 employees had been hurt": every one of them is no casualty.
NONE_OF_RE = re.compile(
    r"\b(?:none|neither) of (?:the|its|their|his|her|our|these|those)\s*$", re.I
)


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


# Kind words that are themselves the victims: "Eleven martyrs fell" counts martyrs. ("dead",
# "fatalities", "bodies" and "deaths" name no kind of person, so they describe no victims.)
PERSON_KIND_NOUNS = frozenset(["martyrs"])


def _kind(word: str) -> str:
    if word.lower() in ("burns", "wounds"):  # "were treated for burns"
        return "wounded"
    m = KIND_RE.fullmatch(word.strip())
    if not m:
        return "killed"
    return "killed" if m.group("k") else "wounded" if m.group("w") else "missing"


def _mixes_kinds(words: str) -> bool:
    """Whether a run of kind words names two kinds ("killed or wounded", not "dead, killed")."""
    return len({_kind(m.group(0)) for m in _ANY_KIND_RE.finditer(words)}) > 1


def _combined_at(text: str, pos: int) -> bool:
    """The kind word at `pos` opens a combined kind: "30 people were killed or injured"."""
    m = COMBINED_KINDS_RE.match(text, pos)
    return bool(m) and _mixes_kinds(m.group(0))


def _combined_before(before: str) -> bool:
    """The verb just before a count closes a combined kind: "killed or wounded 30 people"."""
    m = COMBINED_KINDS_BEFORE_RE.search(before[-120:])
    return bool(m) and _mixes_kinds(m.group(0))


# "five members of one family": the family is no count of its own.
FAMILY_MEMBERS_RE = re.compile(
    r"^\s+(?:members|relatives)\s+of\s+(?:one|the same|a|an|his|her|their|a single)\s+"
    r"(?:family|household|clan)\b",
    re.I,
)
MEMBERS_OF_BEFORE_RE = re.compile(r"\b(?:members|relatives)\s+of\s+$", re.I)


def _is_excluded(text: str, count: Count) -> bool:
    before = text[: count.start]
    after = text[count.end :]
    if MEMBERS_OF_BEFORE_RE.search(before[-30:]):
        return True  # "members of one family"
    if NONE_OF_RE.search(before[-30:]):
        return True
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
    if _is_age(before, after):  # "a boy aged 12 was killed": an age, not a toll
        return True
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


# Plurals that do not add -s/-es, to tell "a child" (one victim) from "children".
_IRREGULAR_PLURALS = {"child": "children", "person": "people"}  # "-man": "-men" below
ARTICLE_RE = re.compile(r"\b(?:an?)\s+(?=[\w’'-])", re.I)
# How many words an article may stand before its noun: "a 23-year-old off-duty police officer".
ARTICLE_NOUN_WINDOW = 4


@cache
def _singular_victim_nouns() -> frozenset[str]:
    """The victim nouns whose plural is a victim noun too: 'soldier', 'man', 'child' (not
    'police', 'crew' or 'personnel', which take no 'a')."""
    nouns = victim_nouns()
    singular = set()
    for noun in nouns:
        plurals = {noun + "s", noun + "es", noun[:-1] + "ies", _IRREGULAR_PLURALS.get(noun, "")}
        if noun.endswith("man"):
            plurals.add(noun[:-3] + "men")
        if noun.endswith("fe"):
            plurals.add(noun[:-2] + "ves")  # wife, wives
        if plurals & nouns:
            singular.add(noun)
    return frozenset(singular)


def _is_one_person_word(word: str) -> bool:
    """'soldier', 'policewoman', 'Palestinian': a word that names one person."""
    if word.lower() in _singular_victim_nouns():
        return True
    return (
        word[:1].isupper()
        and not word.endswith("s")
        and bool(gazetteer.country_code_for_demonym(word))
    )


def _article_counts(text: str, counts: list[Count]) -> list[Count]:
    """'a police officer', 'an American': an indefinite article before a noun that names one
    person counts one victim, as "one soldier" does. The article alone is the count, so the
    frames read the noun phrase after it as they read it after a number."""
    singles = []
    for m in ARTICLE_RE.finditer(text):
        if any(c.start <= m.start() < c.end for c in counts):
            continue  # "a single", "a total of nine", "a hundred": already a count
        words = re.findall(r"[\w’'-]+", text[m.end() : m.end() + 80])[:ARTICLE_NOUN_WINDOW]
        if any(_is_one_person_word(w.strip("’'")) for w in words):
            end = m.start() + len(m.group(0).rstrip())
            singles.append(Count(1, 1, None, m.start(), end))
    return singles


def _one_person(victims: str | None) -> bool:
    """The victims an article counts end on a word for one person ('police officer', 'soldier's
    wife'); 'bomb' or 'soldier said 5 people' are not one victim."""
    words = re.findall(r"[\w’'-]+", victims or "")
    return bool(words) and _is_one_person_word(re.sub(r"[’']s$", "", words[-1]))


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
    # "the four people who lost their lives", "13 people of foreign nationality” had died"
    rf"^\s*(?P<victims>(?:[\w’'.-]+[”\"’']?\s+){{0,5}}?)(?:(?:who|that)\s+)?"
    rf"(?:(?:were|was|have been|had been|are|is|have|had|"
    rf"being|got|remain|remained|remains|reported|went|have gone|had gone|gone)\s+)?(?:(?:reportedly|reported|confirmed|allegedly|later|"
    rf"all|also|been|feared|believed|left|badly|seriously|critically|severely|slightly|lightly|"
    rf"gravely|mortally|fatally|still|"
    # "a dozen people were treated for injuries", "sustained serious injuries"
    rf"treated\s+for|hospitali[sz]ed\s+(?:with|for)|suffered|sustained|serious|minor|"
    rf"multiple)\s+)*(?P<kind>{KILLED_WORDS}|{WOUNDED_WORDS}|"
    # "31 passengers were treated for burns"
    rf"{MISSING_WORDS}|(?<=for )(?:burns|wounds))\b",
    re.I,
)
ASIDE_RE = re.compile(
    r"^(\s*(?:[\w’'.-]+\s+){0,4}[\w’'.-]+),\s+(?:among them|including|most of them|many of them|"
    r"mostly|all of them|both|most)\s[^,;]{1,50},\s+(?=(?:were|was|have|had|are|is)\b)|"
    r"^(\s*(?:[\w’'.-]+\s+){0,4}[\w’'.-]+),\s+aged\s+\d+(?:(?:,\s*|,?\s+and\s+)\d+)*,\s+"
    r"(?=(?:were|was|have|had|are|is)\b)"
)
# "a man in his 40s", "two women in their early 20s", "a man aged 45": an age after the noun
# describes the victims, it does not end them ("his"/"their" would otherwise break the phrase).
_DECADES = r"teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties"
AGE_PHRASE_RE = re.compile(
    r"^(\s*(?:[\w’'.-]+\s+){0,3}?[\w’'.-]+)\s+(?:in\s+(?:his|her|their)\s+"
    rf"(?:(?:early|mid|late)[\s-]+)?(?:{_DECADES}|[1-9]0['’]?s)|aged\s+{_AGE_LIST})(?=[\s,;.]|$)",
    re.I,
)
_DEAD_VICTIMS_RE = re.compile(
    r"^\s*(?P<kind>dead|wounded|injured|missing)\s+(?P<victims>(?:[\w’'-]+\s*){1,3})", re.I
)
# killing 12 people, killed at least 5 civilians, injuring 3, claimed the lives of 40
_BEFORE_COUNT_RE = re.compile(
    r"\b(?P<kind>killing|killed|kills|kill|wounding|wounded|injuring|injured|leaving|left|"
    r"claimed the lives of|claiming the lives of|took the lives of|fatally (?:shot|stabbed|wounded)|"
    r"shot dead|shooting dead|executed|executing|massacred|massacring|murdered|slaughtered|"
    r"neutrali[sz]ed|"
    rf"beheaded|(?:{TO_DEATH_VERBS}) to death|(?:{TO_DEATH_VERBS_ING}) to death|"
    # "The death toll from Sunday's fire aboard the ferry MV X off Y has climbed to 14"
    r"(?:death\s+)?toll(?: [^.;,]{0,90}?)? (?:rose|climbed|rises|stands|stood|"
    r"reached|increased|is|was|has risen|had risen|jumped|hit|grew|soared)(?: to| at)?|toll of|"
    r"(?:bringing|raising|pushing|taking|lifting|raised|brought|pushed|took|revised|revising|"
    r"raises|brings|pushes|takes|lifts|revises)\s+"
    r"(?:the\s+)?(?:overall\s+|official\s+|total\s+)?(?:death\s+)?toll(?:\s+[^.;,]{0,40}?)?\s+"
    r"(?:to|at)|"
    r"number\s+of\s+(?:dead|deaths|people\s+killed|those\s+killed|fatalities|victims|"
    r"wounded|injured|injuries|(?:people|those)\s+(?:wounded|injured)|missing)"
    # "… killed in the missile strike on Kharkiv on the night of November 16 has risen to 12"
    r"(?: [^.;,]{0,90}?)? (?:rose|climbed|rises|stands|stood|reached|increased|is|was|"
    r"has risen|had risen|jumped|hit|grew)(?: to| at)?|"
    r"(?:put|puts|putting|placed|places|estimated|estimates)\s+the\s+(?:(?:death\s+)?toll|"
    # "put the number of injured protesters alone at 31"
    r"number\s+of\s+(?:dead|deaths|wounded|injured|missing|fatalities|victims)"
    r"(?:\s+[\w-]+){0,2}?)\s+at|"
    # "a suicide bomber killed himself and 11 others": the others are the count
    r"(?:killing|killed|kills|kill)\s+(?:himself|herself|themselves)\s+and|"
    r"(?:the\s+)?(?:deaths|death|killing|killings|murders?)\s+of|"
    r"(?:fatalities|deaths|killed|dead|injured|wounded|injuries)\s*[:=]|fatalities|"
    r"(?:death\s+)?toll\s*[:=]|"
    r"(?:bodies|remains) of)\s+"
    # "killed all 157 people on board", "killing an estimated 300"
    r"(?:all\s+(?:the\s+|of\s+the\s+)?|an\s+estimated\s+)?$",
    re.I,
)
# "beat two men to death": the violent verb before the count, "to death" after its victims.
_TO_DEATH_VERB_BEFORE_RE = re.compile(rf"\b(?:{TO_DEATH_VERBS}|{TO_DEATH_VERBS_ING})\s+$", re.I)
_TO_DEATH_AFTER_RE = re.compile(r"^\s*(?P<victims>(?:[\w’'-]+\s+){0,3}?)to death\b", re.I)
VICTIM_PHRASE_RE = re.compile(r"^\s*((?:[\w’'.-]+\s+){0,3}[\w’'-]+)")
# The words that end a victim description: verbs, prepositions, conjunctions. Never a part of
# a hyphenated word: "passers-by" is a noun.
VICTIM_STOP_RE = re.compile(
    r"(?<!-)\b(?:in|on|at|near|during|after|before|when|while|and|as|who|which|that|were|was|are|is|"
    r"have|had|has|from|by|with|to|for|since|including|across|inside|outside|throughout|along|"
    r"over|overnight|amid|among|into|against|within|under|last|this|yesterday|today|earlier|"
    r"late|early|aboard|onboard|off|still|now|reportedly|so far)\b(?!-).*$",
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
        counts = find_counts(sentence.text)
        singles = _article_counts(sentence.text, counts)
        for count in sorted([*counts, *singles], key=lambda c: c.start):
            if _is_excluded(sentence.text, count):
                continue
            frame = (
                _frame(sentence.text, count)
                or _coordinated(sentence.text, count, previous)
                or _revised_from(sentence.text, count, previous)
            )
            if frame is None:
                continue
            kind, victims = frame
            if not _victims_ok(victims):
                continue
            if count in singles and not _one_person(victims):
                continue  # "a bomb killed …", "a soldier said 5 people …": not one victim
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
    r"\b(?:in|near|outside|at|on|across|throughout|inside|off)\s+"  # "off": at sea
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
    """Victims are one noun phrase: no joining word inside it, and no reporting verb ("one
    soldier said 5 people were killed" counts the people, not the soldier)."""
    words = [w.lower() for w in victims.split()]
    if any(w in reporting_verbs() for w in words):
        return False
    return not any(w in _BREAKING_WORDS for w in words[1:]) and (
        not words or words[0] not in _BREAKING_WORDS - {"the", "a", "an", "their", "his", "her"}
    )


POSSESSIVE_PARTITIVE_RE = re.compile(
    r"^\s+of\s+(?:its|their|our|his|her|the\s+(?:\d[\d,]*\s+)?|them\s*,?)\s*(?=[a-z])"
)


# An active verb with its own object: the counted people did it ("killed the bill").
ACTIVE_OBJECT_AFTER_RE = re.compile(
    # "killed himself and 11 others": the others are the figure (the count before the verb)
    r"\s+(?:the|a|an|his|her|its|their|this|that|these|those|one|two|three|four|five|\d|"
    r"(?:himself|herself|themselves)\s+and)\b",
    re.I,
)
ACTIVE_VERBS = frozenset(["killed", "wounded", "injured", "murdered", "executed", "massacred"])
AUXILIARY_RE = re.compile(r"\b(?:were|was|have|had|are|is|been|being|got)\b", re.I)


def _is_agent(after: str, m: re.Match[str]) -> bool:
    kind = m.group("kind").lower()
    return (
        kind in ACTIVE_VERBS
        and not AUXILIARY_RE.search(after, m.end("victims"), m.start("kind"))
        and bool(ACTIVE_OBJECT_AFTER_RE.match(after, m.end("kind")))
    )


def _frame(text: str, count: Count) -> tuple[str, str | None] | None:
    after = text[count.end :]
    after_clean = re.sub(r"^[”\"’']+", "", after)
    # "9 of its fighters died": a possessive partitive counts the group's own casualties
    after_clean = POSSESSIVE_PARTITIVE_RE.sub(" ", after_clean, count=1)
    after_clean = FAMILY_MEMBERS_RE.sub(" family members", after_clean, count=1)
    after_clean = AGE_PHRASE_RE.sub(r"\1", after_clean, count=1)
    # "five residents of the village of Kulundu remained missing": where they are from
    after_clean = OF_PLACE_RE.sub(r"\1", after_clean, count=1)
    after_clean = _without_victim_qualifier(after_clean)
    m = _DEAD_VICTIMS_RE.match(after_clean)
    if m:
        if _combined_at(after_clean, m.start("kind")):
            return None  # "30 dead or wounded"
        return _kind(m.group("kind")), _victim_phrase(m.group("victims"))
    # "32 civilians, among them nine children, were killed": the aside is not the predicate.
    without_aside = ASIDE_RE.sub(lambda a: (a.group(1) or a.group(2)) + " ", after_clean, count=1)
    m = _AFTER_COUNT_RE.match(without_aside)
    if m and _victim_words_ok(m.group("victims") or ""):
        if _combined_at(without_aside, m.start("kind")):
            return None  # "30 people were killed or injured"
        if _is_agent(without_aside, m):
            return None  # "A senator killed the bill", "Two soldiers wounded a suspect"
        victims = _victim_phrase(m.group("victims") or "")
        if not victims and m.group("kind").lower() in PERSON_KIND_NOUNS:
            victims = m.group("kind")  # "Eleven martyrs fell": the kind word names them
        return _kind(m.group("kind")), victims
    before = re.sub(r"[“\"‘']+$", "", text[: count.start].rstrip()) + " "
    m = _BEFORE_COUNT_RE.search(before)
    if m:
        if _combined_before(before[: m.end("kind")]):
            return None  # "killed or wounded 30 people"
        word = m.group("kind").lower()
        victims = _victim_phrase(after_clean)
        if word in ("leaving", "left"):
            tail = re.match(
                rf"\s*(?:[\w’'-]+\s+){{0,2}}({KILLED_WORDS}|{WOUNDED_WORDS}|{MISSING_WORDS})\b",
                after_clean,
                re.I,
            )
            if not tail or _combined_at(after_clean, tail.start(1)):
                return None  # nothing, or "left 30 dead or wounded"
            return _kind(tail.group(1)), None
        if word.startswith("remains"):
            return None  # "the remains of four of the dead rest at …": the dead, counted already
        kind = "wounded" if re.match(r"wound|injur|fatally wounded", word) else "killed"
        counted = re.search(r"\bnumber\s+of\s+(?:(?:people|those)\s+)?(\w+)", word)
        if counted and counted.group(1) in ("wounded", "injured", "injuries", "missing"):
            kind = "missing" if counted.group(1) == "missing" else "wounded"
        if word.startswith("fatally wounded"):
            kind = "killed"
        if ("toll" in word or "number" in word) and victims and not _victim_words_ok(victims):
            victims = None  # "a toll of 17 announced on Tuesday night": no victims named
        return kind, victims
    frame = _to_death_around(before, after_clean)
    if frame:
        return frame
    treated = TREATED_FOR_AFTER_RE.match(after_clean)
    if treated and TREATED_BEFORE_RE.search(before):
        # "the hospital treated twelve people for injuries"
        return "wounded", _victim_phrase(treated.group("victims"))
    if LOST_BEFORE_RE.search(before):
        # "the army lost 40 soldiers", not "lost 20 seats": the victims must be people
        victims = _victim_phrase(after_clean)
        if victims and _victim_words_ok(victims):
            return "killed", victims
    if re.match(r"^\s*fatally\b(?!\s+(?:wounded|injured|shot|stabbed))", after_clean):
        return "killed", None  # "Two men were shot, one fatally"
    m = re.match(r"^\s*(?P<kind>fatalities|fatality|deaths|death|dead)\b", after_clean, re.I)
    if m:
        return "killed", None
    return None


OF_PLACE_RE = re.compile(
    r"^(\s*[\w’'-]+)\s+(?:of|from)\s+(?:the\s+)?(?:(?:village|town|city|district|region|"
    r"province|area|camp)\s+of\s+)?(?:village|town|city|district|region|province|area|camp|"
    r"(?-i:[A-Z])[\w-]+)(?=\s)",
    re.I,
)
# What may stand between the victims and the verb and only describes them: "two employees of
# the terminal were injured", "two Kenyan officers serving with the Gang Suppression Force
# were wounded", "three citizens who had been travelling in the trailer were missing",
# "one crew member, a Filipino seaman, was killed"
VICTIM_QUALIFIER_RE = re.compile(
    r"^(?P<head>\s*(?:[\w’'-]+\s+){0,2}?[\w’'-]+?)"
    r"(?P<qualifier>\s+(?:of|aboard|on\s+board)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
    r"(?:[\w’'.-]+\s+){0,4}?[\w’'.-]+"
    r"|\s+(?:serving|working|stationed|deployed|based|travel(?:l)?ing|riding|sailing)\s+"
    r"(?:with|in|at|on|for|aboard|near)\s+[^,;]{1,60}?"
    r"|\s+who\s+(?:had\s+been\s+|have\s+been\s+|were\s+|was\s+)?[a-z]+(?:ed|ing)\b[^,;]{0,60}?"
    r"|,\s+(?:a|an)\s+[^,;]{1,40},)"
    r"(?=[”\"’']?\s+(?:were|was|have|had|are|is|remain|remained|remains|died)\b)",
    re.I,
)


def _without_victim_qualifier(after: str) -> str:
    """The words after a count with a description of its victims taken out, when the
    description follows a victim noun (or a demonym) and ends right before the verb."""
    m = VICTIM_QUALIFIER_RE.match(after)
    if m is None:
        return after
    head_words = re.findall(r"[\w’'-]+", m.group("head"))
    if not head_words:
        return after
    last = head_words[-1]
    if last.lower() not in victim_nouns() and not gazetteer.country_code_for_demonym(last):
        return after
    return m.group("head") + after[m.end("qualifier") :]


TREATED_BEFORE_RE = re.compile(r"\b(?:treated|treating|treats)\s+$", re.I)
TREATED_FOR_AFTER_RE = re.compile(
    r"^\s*(?P<victims>(?:[\w’'-]+\s+){1,3}?)for\s+(?:[\w-]+\s+)?(?:injuries|wounds|burns)\b",
    re.I,
)
LOST_BEFORE_RE = re.compile(r"\b(?:lost|losing|loses|lose)\s+$", re.I)


def _to_death_around(before: str, after: str) -> tuple[str, str | None] | None:
    """'stabbed three people to death': the count sits inside the verb phrase, so neither the
    words after the count nor those before it alone make a frame."""
    if not _TO_DEATH_VERB_BEFORE_RE.search(before):
        return None
    m = _TO_DEATH_AFTER_RE.match(after)
    if not m or not _victim_words_ok(m.group("victims")):
        return None
    return "killed", _victim_phrase(m.group("victims"))


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


# ", up from nine reported the previous evening", "up from a toll of 17": the earlier figure
UP_FROM_BEFORE_RE = re.compile(
    r"\b(?:up|down|revised)\s+from\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:toll|figure|count|tally)\s+of\s+)?$",
    re.I,
)


def _revised_from(
    text: str, count: Count, previous: tuple[Count, str] | None
) -> tuple[str, str | None] | None:
    """'has risen to 14, up from nine': the figure a toll was revised from, of its kind."""
    if previous is None or not UP_FROM_BEFORE_RE.search(text, 0, count.start):
        return None
    return previous[1], None


def _clause(text: str, count: Count) -> str:
    """The clause around the figure: enough to check it, short enough to read."""
    start = max(text.rfind(",", 0, max(count.start - 60, 0)) + 1, 0)
    end_match = re.search(r"[.;!?](?=\s|$)", text[count.end :])
    end = count.end + end_match.end() if end_match else len(text)
    return text[start:end].strip()
