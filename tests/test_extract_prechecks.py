"""The extractor skips slow case-insensitive patterns when a cheap keyword scan of the lowered
sentence misses. That is only sound if every match of a pattern contains one of its keywords:
these tests hold the keyword lists to that on every sentence the test suite and the seeds hold,
so a new alternative added to a pattern without a keyword fails here, not silently in a run."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from pipelines.extract import meetings, oil
from pipelines.extract.casualties import SENTENCE_FILTER_LOWERED_RE, SENTENCE_FILTER_RE
from pipelines.extract.sentences import lowered_for_keywords, lowered_re, split_sentences

ROOT = Path(__file__).resolve().parents[1]
UNICODE_CASES = [
    "İstanbul hosted talks with the visiting delegation.",  # dotted capital I
    "The \u212aing met the envoy.",  # Kelvin sign, matched as k
    "Officials \u017faid 12 people were KILLED.",  # long s
    "MET WITH THE PRESIDENT ON TUESDAY",
]


def _sentences() -> list[str]:
    """Every sentence of the seed articles and every string literal of the extractor tests."""
    texts: list[str] = []
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        body = seed.read_text(encoding="utf-8")
        texts.extend(s.text for s in split_sentences(body))
    for test_file in sorted((ROOT / "tests").glob("test_extract_*.py")):
        tree = ast.parse(test_file.read_text(encoding="utf-8"))
        texts.extend(
            node.value
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and " " in node.value
        )
    return [*texts, *UNICODE_CASES]


SENTENCES = _sentences()


def test_the_sample_exercises_the_patterns() -> None:
    matched = {
        i
        for i, (_kind, pattern, _s, _o) in enumerate(meetings.TRIGGERS)
        for text in SENTENCES
        if pattern.search(text)
    }
    assert len(SENTENCES) > 500
    assert len(matched) >= len(meetings.TRIGGERS) * 3 // 4


@pytest.mark.parametrize("index", range(len(meetings.TRIGGERS)))
def test_every_meeting_trigger_match_holds_one_of_its_keywords(index: int) -> None:
    kind, pattern, _subj, _obj = meetings.TRIGGERS[index]
    keywords = meetings.TRIGGER_KEYWORDS[index]
    for word in keywords.pattern.split("|"):
        assert re.sub(r"\\(.)", r"\1", word) in pattern.pattern.lower(), (
            f"{kind}: {word!r} not in pattern"
        )
    for text in SENTENCES:
        if pattern.search(text):
            assert keywords.search(lowered_for_keywords(text)), (kind, text)


def test_every_meeting_trigger_match_passes_the_sentence_prefilter() -> None:
    """The prefilter runs before any trigger: a sentence it rejects is never tried."""
    for text in SENTENCES:
        if any(pattern.search(text) for _kind, pattern, _s, _o in meetings.TRIGGERS):
            assert meetings.TRIGGER_WORDS_LOWERED_RE.search(lowered_for_keywords(text)), text


def test_every_commodity_match_holds_a_keyword() -> None:
    for text in SENTENCES:
        if oil.COMMODITY_RE.search(text):
            assert oil.COMMODITY_KEYWORDS.search(lowered_for_keywords(text)), text


@pytest.mark.parametrize(
    ("slow", "fast"),
    [
        (SENTENCE_FILTER_RE, SENTENCE_FILTER_LOWERED_RE),
        (meetings.TRIGGER_WORDS_RE, meetings.TRIGGER_WORDS_LOWERED_RE),
    ],
)
def test_lowered_filters_find_exactly_what_the_case_insensitive_ones_find(slow, fast) -> None:
    for text in SENTENCES:
        lowered = lowered_for_keywords(text)
        assert len(lowered) == len(text)
        slow_spans = [m.span() for m in slow.finditer(text)]
        assert [m.span() for m in fast.finditer(lowered)] == slow_spans, text


def test_lowered_re_refuses_patterns_with_capitals() -> None:
    with pytest.raises(ValueError, match="lower-case"):
        lowered_re(re.compile(r"\bKilled\b", re.I))
