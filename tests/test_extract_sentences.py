"""Sentence splitting: where a careful reader would put the boundaries, with exact offsets.

Expectations are written from how a human would split the text, not from the splitter's
output; cases the splitter gets wrong are kept as strict xfails that name the gap.
"""

from __future__ import annotations

import pytest

from pipelines.extract.sentences import Sentence, split_sentences


def _gap(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


CASES = [
    pytest.param(
        "Officials at the U.S. Treasury said on Monday that talks would resume. "
        "The deadline passed.",
        [
            "Officials at the U.S. Treasury said on Monday that talks would resume.",
            "The deadline passed.",
        ],
        id="us-inside-sentence",
    ),
    pytest.param(
        "The envoy flew back to the U.S. The talks collapsed a day later.",
        ["The envoy flew back to the U.S.", "The talks collapsed a day later."],
        id="us-ends-sentence",
    ),
    pytest.param(
        "Gen. Mark Milley spoke first. Then the others followed.",
        ["Gen. Mark Milley spoke first.", "Then the others followed."],
        id="gen-title",
    ),
    pytest.param(
        "Lt. Gen. Keith Kellogg met Col. Ana Ruiz on Tuesday. They spoke for an hour.",
        ["Lt. Gen. Keith Kellogg met Col. Ana Ruiz on Tuesday.", "They spoke for an hour."],
        id="stacked-military-abbreviations",
    ),
    pytest.param(
        "The vote is set for Jan. 5 in the capital. Turnout is expected to be low.",
        ["The vote is set for Jan. 5 in the capital.", "Turnout is expected to be low."],
        id="month-abbreviation-before-day",
    ),
    pytest.param(
        "The talks broke down in Jan. Both sides went home.",
        ["The talks broke down in Jan.", "Both sides went home."],
        id="month-abbreviation-ends-sentence",
    ),
    pytest.param(
        "Dr. Ana López examined the prisoners. She found signs of abuse.",
        ["Dr. Ana López examined the prisoners.", "She found signs of abuse."],
        id="dr-title",
    ),
    pytest.param(
        "President John F. Kennedy was shot in Dallas. The nation mourned.",
        ["President John F. Kennedy was shot in Dallas.", "The nation mourned."],
        id="middle-initial",
    ),
    pytest.param(
        "W. E. B. Du Bois founded the journal in 1910. It ran for decades.",
        ["W. E. B. Du Bois founded the journal in 1910.", "It ran for decades."],
        id="several-initials",
    ),
    pytest.param(
        "Martin Luther King Jr. led the march. Thousands followed.",
        ["Martin Luther King Jr. led the march.", "Thousands followed."],
        id="jr-suffix",
    ),
    pytest.param(
        "Sen. Bernie Sanders (I-Vt.) voted against it. The bill passed.",
        ["Sen. Bernie Sanders (I-Vt.) voted against it.", "The bill passed."],
        id="party-and-state-in-brackets",
    ),
    pytest.param(
        "The summit opened in St. Petersburg on Friday. Delegates arrived late.",
        ["The summit opened in St. Petersburg on Friday.", "Delegates arrived late."],
        id="saint-abbreviation",
    ),
    pytest.param(
        "The order was signed as No. 14 of the year. Lawyers challenged it.",
        ["The order was signed as No. 14 of the year.", "Lawyers challenged it."],
        id="number-abbreviation",
    ),
    pytest.param(
        "Inflation hit 3.5 percent in May. Prices kept rising.",
        ["Inflation hit 3.5 percent in May.", "Prices kept rising."],
        id="decimal-number",
    ),
    pytest.param(
        "U.N. Secretary-General António Guterres urged calm. The council adjourned.",
        [
            "U.N. Secretary-General António Guterres urged calm.",
            "The council adjourned.",
        ],
        id="un-before-title",
    ),
    pytest.param(
        'She asked: "Why now?" Nobody answered.',
        ['She asked: "Why now?"', "Nobody answered."],
        id="question-inside-quote",
    ),
    pytest.param(
        '"We will win," he said. "Nobody can stop us."',
        ['"We will win," he said.', '"Nobody can stop us."'],
        id="quote-comma-said",
    ),
    pytest.param(
        "“It is over.” The minister left the room.",
        ["“It is over.”", "The minister left the room."],
        id="curly-quote-closes-sentence",
    ),
    pytest.param(
        "Why? Because we said so! That was the answer.",
        ["Why?", "Because we said so!", "That was the answer."],
        id="question-and-exclamation",
    ),
    pytest.param(
        "We waited for hours... Nothing happened.",
        ["We waited for hours...", "Nothing happened."],
        id="ellipsis-then-new-sentence",
    ),
    pytest.param(
        "The deal was... complicated, the minister admitted.",
        ["The deal was... complicated, the minister admitted."],
        id="ellipsis-inside-sentence",
    ),
    pytest.param(
        "We waited for hours\u2026 Nothing happened.",
        ["We waited for hours\u2026", "Nothing happened."],
        id="unicode-ellipsis-ends-sentence",
    ),
    pytest.param(
        "Oil exports slump\n\nExports fell again in March. Analysts had expected it.",
        ["Oil exports slump", "Exports fell again in March.", "Analysts had expected it."],
        id="paragraph-break-after-heading",
    ),
    pytest.param(
        "Photo: handout\nThe minister arrived late.",
        ["Photo: handout", "The minister arrived late."],
        id="caption-line",
    ),
    pytest.param(
        "MOSCOW, March 3 (Reuters) - Talks resumed on Tuesday. Nothing changed.",
        ["MOSCOW, March 3 (Reuters) - Talks resumed on Tuesday.", "Nothing changed."],
        id="wire-dateline",
    ),
    pytest.param(
        "The meeting ended at 5 p.m. Officials left without comment.",
        ["The meeting ended at 5 p.m.", "Officials left without comment."],
        id="pm-ends-sentence",
    ),
    pytest.param(
        "Nobody else signed, and neither did I. The letter was sent anyway.",
        ["Nobody else signed, and neither did I.", "The letter was sent anyway."],
        id="pronoun-i-ends-sentence",
        marks=_gap("a sentence-final 'I.' is taken for a name initial"),
    ),
    pytest.param(
        "He joined Acme Corp. The firm collapsed a year later.",
        ["He joined Acme Corp.", "The firm collapsed a year later."],
        id="corp-ends-sentence",
    ),
    pytest.param(
        "Shares of Acme Inc. fell sharply. Investors fled.",
        ["Shares of Acme Inc. fell sharply.", "Investors fled."],
        id="inc-inside-sentence",
    ),
    pytest.param("", [], id="empty-text"),
    pytest.param("  \n\n  ", [], id="whitespace-only"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected


def _check_offsets(text: str, sentences: list[Sentence]) -> None:
    previous_end = 0
    for i, s in enumerate(sentences):
        assert s.index == i
        assert 0 <= previous_end <= s.start < s.end <= len(text)
        assert s.text == text[s.start : s.end]
        assert s.text == s.text.strip()
        previous_end = s.end


# Offsets must hold even where the boundaries are wrong, so the xfail marks are not carried over.
TEXTS = [pytest.param(case.values[0], id=case.id) for case in CASES]


@pytest.mark.parametrize("text", TEXTS)
def test_sentence_text_is_the_slice_of_its_offsets(text: str) -> None:
    _check_offsets(text, split_sentences(text))


def test_offsets_with_surrounding_whitespace() -> None:
    text = "  First one.   Second one.  \n"
    sentences = split_sentences(text)
    assert [(s.start, s.end) for s in sentences] == [(2, 12), (15, 26)]
    _check_offsets(text, sentences)


def test_nothing_but_whitespace_is_lost_between_sentences() -> None:
    text = (
        "HAVANA (AP) _ Dr. Ana López said on Jan. 5 that the U.S. Embassy had called.\n\n"
        "“We will see,” she said... Then she left.\nPhoto: AP"
    )
    sentences = split_sentences(text)
    _check_offsets(text, sentences)
    assert "".join("".join(s.text.split()) for s in sentences) == "".join(text.split())
