"""Counts and dates as news writes them: the shared parsers under every event extractor.

Expectations are what a reader takes the words to mean. Cases the parsers get wrong today stay,
marked `xfail(strict=True)` with the gap they document.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from pipelines.extract.dates import find_date_expressions, parse_full_date, resolve
from pipelines.extract.numbers import find_counts, parse_number

WEDNESDAY = date(2024, 3, 13)


def gap(reason: str, *values: Any, id: str) -> Any:
    return pytest.param(*values, id=id, marks=pytest.mark.xfail(strict=True, reason=reason))


# ------------------------------------------------------------------------------ numbers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("7", 7, id="digit"),
        pytest.param("1,250", 1250, id="thousands-separator"),
        pytest.param("Seventeen", 17, id="capitalized-word"),
        pytest.param("twenty-one", 21, id="hyphenated-tens"),
        pytest.param("ninety-nine", 99, id="ninety-nine"),
        pytest.param("three hundred", 300, id="word-hundred"),
        pytest.param("one hundred and five", 105, id="hundred-and"),
        pytest.param("two thousand four hundred", 2400, id="thousand-then-hundred"),
        pytest.param("a thousand", 1000, id="a-thousand"),
        pytest.param("2.5 million", 2_500_000, id="decimal-million"),
        pytest.param("1.5 billion", 1_500_000_000, id="decimal-billion"),
        pytest.param("a single", 1, id="a-single"),
        pytest.param("dozens", None, id="dozens-is-no-number"),
        pytest.param("several", None, id="several-is-no-number"),
    ],
)
def test_parse_number(text: str, expected: int | None) -> None:
    assert parse_number(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("between 40 and 55 people", [(40, 55, None)], id="between-and"),
        pytest.param("left 70-85 dead", [(70, 85, None)], id="hyphen-range"),
        pytest.param("70–85 dead", [(70, 85, None)], id="en-dash-range"),
        pytest.param("from 12 to 15 miners", [(12, 15, None)], id="from-to"),
        pytest.param("at least 14 civilians", [(14, 14, "at least")], id="at-least"),
        pytest.param("no fewer than eleven", [(11, 11, "at least")], id="no-fewer-than"),
        pytest.param("More than 200 people", [(200, 200, "more than")], id="more-than"),
        pytest.param("upwards of 200", [(200, 200, "more than")], id="upwards-of"),
        pytest.param("some 60 fighters", [(60, 60, "about")], id="some-is-about"),
        pytest.param("about 1,200 fighters", [(1200, 1200, "about")], id="about-separator"),
        pytest.param("Nearly 90 migrants", [(90, 90, "nearly")], id="nearly"),
        pytest.param("as many as 25", [(25, 25, "up to")], id="as-many-as"),
        pytest.param("twenty-one soldiers", [(21, 21, None)], id="word-count"),
        pytest.param(
            "two thousand four hundred troops",
            [(2400, 2400, None)],
            id="two-thousand-four-hundred",
        ),
        pytest.param(
            "a single soldier",
            [(1, 1, None)],
            id="a-single-soldier",
        ),
        pytest.param("killed a total of nine civilians", [(9, 9, None)], id="a-total-of"),
        pytest.param(
            "at least a total of 12", [(12, 12, "at least")], id="qualifier-before-a-total-of"
        ),
        pytest.param("$45 million", [], id="money-is-no-count"),
        pytest.param("the 4th brigade", [], id="ordinal-is-no-count"),
        pytest.param("Dozens were hurt", [], id="dozens-no-count"),
        pytest.param("No one was hurt", [], id="no-one"),
    ],
)
def test_find_counts(text: str, expected: list[tuple]) -> None:
    assert [(c.low, c.high, c.qualifier) for c in find_counts(text)] == expected


# -------------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("expression", "anchor", "expected"),
    [
        pytest.param("Tuesday afternoon", WEDNESDAY, date(2024, 3, 12), id="weekday-part-of-day"),
        pytest.param("Wednesday", WEDNESDAY, WEDNESDAY, id="weekday-same-day"),
        pytest.param("Thursday", WEDNESDAY, date(2024, 3, 7), id="weekday-last-week"),
        pytest.param("last Wednesday", WEDNESDAY, date(2024, 3, 6), id="last-same-weekday"),
        pytest.param("next Monday", WEDNESDAY, date(2024, 3, 18), id="next-weekday"),
        pytest.param("next Wednesday", WEDNESDAY, date(2024, 3, 20), id="next-same-weekday"),
        pytest.param(
            "this Friday",
            WEDNESDAY,
            date(2024, 3, 15),
            id="this-coming-weekday",
        ),
        pytest.param("yesterday", WEDNESDAY, date(2024, 3, 12), id="yesterday"),
        pytest.param("today", WEDNESDAY, WEDNESDAY, id="today"),
        pytest.param("tomorrow", WEDNESDAY, date(2024, 3, 14), id="tomorrow"),
        pytest.param("March 3", WEDNESDAY, date(2024, 3, 3), id="month-day"),
        pytest.param("3 March", WEDNESDAY, date(2024, 3, 3), id="day-month"),
        pytest.param("March 20", WEDNESDAY, date(2024, 3, 20), id="month-day-next-week"),
        pytest.param("December 30", date(2021, 1, 2), date(2020, 12, 30), id="across-new-year"),
        pytest.param("October 2021", WEDNESDAY, date(2021, 10, 1), id="month-year"),
        pytest.param("October 2021", None, date(2021, 10, 1), id="month-year-no-anchor"),
        pytest.param("in 2019", WEDNESDAY, date(2019, 1, 1), id="in-year"),
        pytest.param("since 2015", None, date(2015, 1, 1), id="since-year"),
        pytest.param("5 June 2020", None, date(2020, 6, 5), id="day-month-year"),
        pytest.param("June 5, 2020", None, date(2020, 6, 5), id="month-day-comma-year"),
        pytest.param("2020-06-05", None, date(2020, 6, 5), id="iso"),
        pytest.param("Sept. 4, 2019", None, date(2019, 9, 4), id="abbreviated-month"),
        pytest.param("February 30, 2021", None, None, id="impossible-date"),
        pytest.param("last week", WEDNESDAY, None, id="last-week-is-not-a-day"),
        pytest.param("Tuesday", None, None, id="weekday-without-anchor"),
    ],
)
def test_resolve(expression: str, anchor: date | None, expected: date | None) -> None:
    assert resolve(expression, anchor) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The talks ended on 9 July 2018 in Geneva.", date(2018, 7, 9), id="in-text"),
        pytest.param("Signed in Lima on Aug. 14, 2017.", date(2017, 8, 14), id="abbreviated"),
        pytest.param("The ceasefire held until Tuesday.", None, id="no-full-date"),
    ],
)
def test_parse_full_date(text: str, expected: date | None) -> None:
    assert parse_full_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "They met on Tuesday afternoon in Lima.", ["Tuesday afternoon"], id="part-of-day"
        ),
        pytest.param("Shipments have flowed since 2019.", ["since 2019"], id="since-year"),
        pytest.param("He last visited in November 2021.", ["November 2021"], id="month-year"),
        pytest.param("The summit is set for next week.", ["next week"], id="next-week"),
        pytest.param("Talks are due on March 20.", ["March 20"], id="month-day"),
        pytest.param("The minister said 14 people died.", [], id="no-date"),
    ],
)
def test_find_date_expressions(text: str, expected: list[str]) -> None:
    assert [m.group(0) for m in find_date_expressions(text)] == expected
