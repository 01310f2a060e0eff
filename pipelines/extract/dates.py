"""Date expressions as news writes them, resolved against the article's publication date.

News rarely writes full dates: "on Tuesday", "last week", "in November 2023", "on March 3".
We keep the text as written and resolve it only when the anchor makes the answer unambiguous
enough to be useful (a weekday is the most recent one on or before publication).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

MONTHS = {
    name: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for name in names
}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

MONTH_RE = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
WEEKDAY_RE = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
PART_OF_DAY_RE = r"(?:\s+(?:morning|afternoon|evening|night))?"

# Order matters: the longest, most specific forms first. The lookahead lists the first
# letters of every form (months, weekdays, last/this/next, yesterday/today/tomorrow, in/since)
# and digits: it changes no match, but lets the engine skip most words at once.
DATE_EXPRESSION_RE = re.compile(
    r"\b(?=[adfijlmnostwy\d])(?:"
    rf"{MONTH_RE}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"  # March 3, 2024
    rf"|\d{{1,2}}\s+{MONTH_RE}\s+\d{{4}}"  # 3 March 2024
    r"|\d{4}-\d{2}-\d{2}"  # 2024-03-03
    rf"|{MONTH_RE}\s+\d{{1,2}}(?:st|nd|rd|th)?\b"  # March 3
    rf"|\d{{1,2}}\s+{MONTH_RE}"  # 3 March
    rf"|{MONTH_RE}\s+(?:of\s+)?\d{{4}}"  # November 2023
    rf"|(?:last|this|next)\s+(?:week|month|year|{WEEKDAY_RE})"
    rf"|{WEEKDAY_RE}{PART_OF_DAY_RE}"
    r"|(?:yesterday|today|tomorrow)"
    r"|(?:in|since)\s+(?:19|20)\d{2}"
    r")\b",
    re.IGNORECASE,
)


def _month(token: str) -> int | None:
    return MONTHS.get(token.lower().rstrip("."))


def parse_full_date(text: str) -> date | None:
    """A complete calendar date anywhere in `text` ("March 3, 2024", "3 March 2024", ISO)."""
    m = re.search(r"(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        return _safe_date(int(m[1]), int(m[2]), int(m[3]))
    m = re.search(rf"({MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})", text, re.I)
    if m:
        return _safe_date(int(m[3]), _month(m[1]) or 0, int(m[2]))
    m = re.search(rf"(\d{{1,2}})\s+({MONTH_RE})\s+(\d{{4}})", text, re.I)
    if m:
        return _safe_date(int(m[3]), _month(m[2]) or 0, int(m[1]))
    return None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def resolve(expression: str, anchor: date | None, prefer_future: bool = False) -> date | None:
    """The date an expression points to, or None when it cannot be pinned to one day/month.

    Month-only expressions resolve to the first of the month; relative ones need an anchor.
    News reports past events, so a bare "March 3" or "Friday" is the latest one on or before
    publication, unless `prefer_future` (a planned event) or the wording ("this", "next")
    points ahead.
    """
    full = parse_full_date(expression)
    if full:
        return full
    low = expression.lower().strip()
    m = re.fullmatch(rf"({MONTH_RE})\s+(?:of\s+)?(\d{{4}})", expression.strip(), re.I)
    if m:
        return _safe_date(int(m[2]), _month(m[1]) or 0, 1)
    m = re.fullmatch(r"(?:in|since)\s+(\d{4})", low)
    if m:
        return date(int(m[1]), 1, 1)
    if anchor is None:
        return None
    m = re.fullmatch(rf"({MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?", expression.strip(), re.I)
    m2 = re.fullmatch(rf"(\d{{1,2}})\s+({MONTH_RE})", expression.strip(), re.I)
    if m or m2:
        month = _month(m[1]) if m else _month(m2[2])  # type: ignore[index]
        day = int(m[2]) if m else int(m2[1])  # type: ignore[index]
        candidate = _safe_date(anchor.year, month or 0, day)
        if prefer_future:
            if candidate and candidate < anchor:
                candidate = _safe_date(anchor.year + 1, month or 0, day)
        elif candidate and candidate > anchor + timedelta(days=7):
            candidate = _safe_date(anchor.year - 1, month or 0, day)
        return candidate
    if low == "today":
        return anchor
    if low == "yesterday":
        return anchor - timedelta(days=1)
    if low == "tomorrow":
        return anchor + timedelta(days=1)
    words = low.split()
    weekday = next((w for w in words if w in WEEKDAYS), None)
    if weekday:
        target = WEEKDAYS.index(weekday)
        back = (anchor.weekday() - target) % 7
        if words[0] == "last" and back == 0:
            back = 7
        ahead = (target - anchor.weekday()) % 7
        if words[0] == "next":
            return anchor + timedelta(days=ahead or 7)
        if words[0] == "this" or prefer_future:
            return anchor + timedelta(days=ahead)
        return anchor - timedelta(days=back)
    return None


def find_date_expressions(text: str) -> list[re.Match[str]]:
    return list(DATE_EXPRESSION_RE.finditer(text))
