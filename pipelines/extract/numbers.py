"""Counts as news writes them: digits, words, ranges and hedges ("at least", "nearly")."""

from __future__ import annotations

import re
from dataclasses import dataclass

UNITS = {
    "zero": 0,
    "one": 1,
    "a single": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}

_WORD = "|".join(sorted([*UNITS, *TENS], key=len, reverse=True))
_NUMBER_WORD = rf"(?:{_WORD}|hundred|thousand|million)"
# "twenty-one", "three hundred", "two thousand four hundred and five", "a thousand", "a single",
# "a dozen", "two dozen", "half a dozen" ("dozens" is no number: it gives no figure)
WORD_NUMBER_RE = (
    rf"(?:(?:{_WORD})(?:[\s-]+(?:and\s+)?{_NUMBER_WORD})*(?:\s+dozen\b(?!s))?"
    rf"|a\s+(?:hundred|thousand|million)(?:[\s-]+(?:and\s+)?{_NUMBER_WORD})*"
    rf"|(?:half\s+)?a\s+dozen\b(?!s)"
    rf"|a\s+single)"
)
DIGIT_NUMBER_RE = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
NUMBER_RE = rf"(?:{DIGIT_NUMBER_RE}|{WORD_NUMBER_RE})(?:\s+(?:million|billion|thousand))?"

QUALIFIERS = {
    "at least": "at least",
    "no fewer than": "at least",
    "a minimum of": "at least",
    "more than": "more than",
    "over": "more than",
    "upwards of": "more than",
    "in excess of": "more than",
    "about": "about",
    "around": "about",
    "approximately": "about",
    "roughly": "about",
    "some": "about",
    "an estimated": "about",
    "estimated": "about",
    "nearly": "nearly",
    "almost": "nearly",
    "close to": "nearly",
    "up to": "up to",
    "as many as": "up to",
    "at most": "up to",
}
QUALIFIER_RE = "|".join(sorted((re.escape(q) for q in QUALIFIERS), key=len, reverse=True))

# Every count opens with a qualifier, "a" ("a total of", "a hundred"), "between", "from", a
# digit or a number word: a lookahead for those first letters changes no match but lets the
# engine skip the other positions at once.
_COUNT_FIRST_LETTERS = "".join(
    sorted({w[0] for w in [*QUALIFIERS, *UNITS, *TENS, "a", "half", "between", "from"]})
)
COUNT_RE = re.compile(
    rf"(?=[{_COUNT_FIRST_LETTERS}\d])"
    rf"(?:(?P<qual>{QUALIFIER_RE})\s+)?"
    r"(?:a\s+total\s+of\s+)?"  # "killed a total of nine civilians": the count, no hedge
    rf"(?:between\s+(?P<lo1>{NUMBER_RE})\s+and\s+(?P<hi1>{NUMBER_RE})"
    rf"|from\s+(?P<lo2>{NUMBER_RE})\s+to\s+(?P<hi2>{NUMBER_RE})"
    rf"|(?P<lo3>{DIGIT_NUMBER_RE})\s*(?:-|–|to)\s*(?P<hi3>{DIGIT_NUMBER_RE})"
    rf"|(?P<n>{NUMBER_RE}))",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Count:
    low: int
    high: int
    qualifier: str | None
    start: int
    end: int


DIGIT_COUNT_RE = re.compile(rf"({DIGIT_NUMBER_RE})(?:\s+(million|billion|thousand))?")
WORD_SPLIT_RE = re.compile(r"[\s-]+")


def parse_number(text: str) -> int | None:
    """'32', '1,200', 'twenty-one', 'three hundred', '2.5 million' → int."""
    t = text.lower().strip().replace("–", "-")
    m = DIGIT_COUNT_RE.fullmatch(t)
    if m:
        value = float(m.group(1).replace(",", ""))
        return int(round(value * SCALES.get(m.group(2) or "", 1)))
    if t == "half a dozen":
        return 6
    total, current = 0, 0
    words = WORD_SPLIT_RE.split(t.replace(" and ", " "))
    if not words:
        return None
    for i, w in enumerate(words):
        if w == "a" and i + 1 < len(words) and words[i + 1] in (*SCALES, "single", "dozen"):
            current = 1
        elif w == "dozen":
            current = max(current, 1) * 12
        elif w == "single":
            current = max(current, 1)
        elif w in UNITS:
            current += UNITS[w]
        elif w in TENS:
            current += TENS[w]
        elif w == "hundred":
            current = max(current, 1) * 100
        elif w in ("thousand", "million", "billion"):
            total += max(current, 1) * SCALES[w]
            current = 0
        else:
            return None
    return total + current


NO_BEFORE_RE = re.compile(r"\bno\s+$", re.I)


def find_counts(text: str) -> list[Count]:
    counts = []
    for m in COUNT_RE.finditer(text):
        if not _word_bounded(text, m.start(), m.end()):
            continue
        if m.group(0).lower() == "one" and NO_BEFORE_RE.search(text, 0, m.start()):
            continue  # "no one" is nobody
        if (
            m.group("lo3")
            and m.group("hi3")
            and parse_number(m.group("lo3")) > parse_number(m.group("hi3"))
        ):
            continue  # "won 3-1": a score, not a range
        low_text = m.group("lo1") or m.group("lo2") or m.group("lo3") or m.group("n")
        high_text = m.group("hi1") or m.group("hi2") or m.group("hi3") or low_text
        low, high = parse_number(low_text), parse_number(high_text)
        if low is None or high is None:
            continue
        if low > high:
            low, high = high, low
        qual = QUALIFIERS.get(m.group("qual").lower()) if m.group("qual") else None
        counts.append(Count(low, high, qual, m.start(), m.end()))
    return counts


def _word_bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or after.isalnum() or before in "$€£")
