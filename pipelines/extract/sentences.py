"""Sentence splitting with exact character offsets, the anchor of every fact's provenance.

A period ends a sentence unless it belongs to an abbreviation ("U.S.", "Gen.", "Jan.") or an
initial ("John F. Kennedy"). Paragraph breaks always end a sentence, so headings and
captions stay on their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

# Abbreviations after which a period does not end a sentence (compared lower-case, no dot).
ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "sr",
    "jr",
    "st",
    "gen",
    "lt",
    "col",
    "maj",
    "capt",
    "cmdr",
    "adm",
    "sgt",
    "cpl",
    "gov",
    "sen",
    "rep",
    "rev",
    "hon",
    "pres",
    "amb",
    "eng",  # "Eng. Baraka Msuya": an engineer's honorific (East Africa)
    "engr",  # "Engr. X" (Nigeria, the Philippines)
    "md",  # "Md. Rafiqul Islam", "Mohd. Azlan": Muhammad abbreviated, part of the name
    "mohd",
    "supt",
    "insp",
    "vs",
    "approx",
    "est",
    "dept",
    "univ",
    "corp",
    "mt",
    "ft",
    "al",
    "cf",
    "ca",
}
# Abbreviations that do not end a sentence only when a number follows ("Jan. 5", "No. 3").
NUMBER_ABBREVIATIONS = {
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "no",
    "nos",
    "fig",
    "vol",
    "op",
    "art",
    "p",
    "pp",
}
# Abbreviations that are often the last word of a sentence too ("... in the U.S. The ...").
# Abbreviations that often end a sentence too ("… in the U.S. The …", "… Jr. He …").
SENTENCE_FINAL_ABBREVIATIONS = {
    "u.s",
    "u.k",
    "u.n",
    "u.s.a",
    "d.c",
    "a.m",
    "p.m",
    "inc",
    "co",
    "corp",
    "ltd",
    "etc",
    "jr",
    "sr",
    "st",
}

_BOUNDARY_RE = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s)|\n\s*\n|\n")


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str

    @cached_property
    def lowered(self) -> str:
        """The text for keyword pre-checks (`keyword_re`), computed once per sentence."""
        return lowered_for_keywords(self.text)


# The characters outside ASCII that a case-insensitive pattern matches to an ASCII letter
# ("K" Kelvin sign and "k", "ſ" and "s", dotted and dotless "i"). Mapped before lower-casing,
# every character such a pattern matches to a lower-case letter becomes that letter.
_IGNORECASE_TO_ASCII = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}
_IGNORECASE_TO_ASCII_RE = re.compile("[" + "".join(_IGNORECASE_TO_ASCII) + "]")
_IGNORECASE_TABLE = str.maketrans(_IGNORECASE_TO_ASCII)


def lowered_for_keywords(text: str) -> str:
    """`text` lower-cased so that wherever a case-insensitive regex matches a literal word, the
    lower-case word is in it: a sentence without the word can skip that regex."""
    if _IGNORECASE_TO_ASCII_RE.search(text):
        text = text.translate(_IGNORECASE_TABLE)
    return text.lower()


def lowered_re(pattern: re.Pattern[str]) -> re.Pattern[str]:
    r"""A case-insensitive `pattern` of lower-case words, `\b`, `\w` and `\s`, compiled to run
    case-sensitively on `Sentence.lowered`, where it finds a match exactly when `pattern`
    finds one in the text (positions too).

    That holds because lowering (`lowered_for_keywords`) maps every character to one
    character, keeps it a word character, a space or neither, and turns exactly the characters a
    case-insensitive letter matches into that letter. A case-sensitive scan is several times
    faster: the engine checks literal words by their first letter.
    """
    if pattern.pattern != pattern.pattern.lower():
        raise ValueError(f"not a pattern of lower-case words: {pattern.pattern!r}")
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


def keyword_re(*words: str) -> re.Pattern[str]:
    """A case-sensitive scan of `Sentence.lowered` for any of `words` (lower-case literals).

    Used as a necessary condition before a slow case-insensitive pattern: every match of that
    pattern must contain one of the words. A miss skips the pattern; a hit runs it as before.
    """
    return re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)))


def _token_before(text: str, pos: int) -> str:
    """The word (with inner dots) that ends at `pos` (the boundary's first dot)."""
    i = pos
    while i > 0 and not text[i - 1].isspace() and text[i - 1] not in "(\"'“‘":
        i -= 1
    return text[i:pos]


_NEXT_WORD_RE = re.compile(r"\s*([\"'“‘(]*)(\S*)")
_INITIAL_RE = re.compile(r"[A-Z]")
_DOTTED_ACRONYM_RE = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")


def _next_word(text: str, pos: int) -> str:
    m = _NEXT_WORD_RE.match(text, pos)  # at `pos`, not on a copy of the rest of the text
    return m.group(2) if m else ""


def _is_false_boundary(text: str, match: re.Match[str]) -> bool:
    punct = match.group(0)
    if "\n" in punct:
        return False
    nxt = _next_word(text, match.end())
    if punct.startswith("…") or len(punct.rstrip("\"'”’»)]")) > 1:
        return nxt[:1].islower()  # an ellipsis ends the sentence unless the clause goes on
    if not punct.startswith("."):
        return False
    if punct != ".":  # closing quote or bracket after the period
        return nxt[:1].islower()
    word = _token_before(text, match.start())
    lower = word.lower().rstrip(".")
    if not word:
        return False
    if lower in NUMBER_ABBREVIATIONS:
        if _INITIAL_RE.fullmatch(word):  # "George P. Shultz": a capital is an initial
            return nxt[:1].isdigit() or nxt[:1].isupper()
        return nxt[:1].isdigit()
    if _INITIAL_RE.fullmatch(word):  # an initial: "F." in "John F. Kennedy"
        return True
    if lower in SENTENCE_FINAL_ABBREVIATIONS:
        # Sentence-final when the next word clearly starts a new sentence.
        return not (nxt[:1].isupper() and nxt.lower() in _SENTENCE_STARTERS)
    if "." in word and _DOTTED_ACRONYM_RE.fullmatch(word):  # other dotted acronyms
        return True
    if lower in ABBREVIATIONS:
        return bool(nxt) and (nxt[:1].isdigit() or nxt[:1].isupper() or nxt[:1].islower())
    return bool(nxt) and nxt[:1].islower()


# Words that, after "U.S.", signal a new sentence rather than "U.S. Army".
_SENTENCE_STARTERS = {
    "the",
    "a",
    "an",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "this",
    "that",
    "these",
    "those",
    "but",
    "and",
    "in",
    "on",
    "at",
    "his",
    "her",
    "their",
    "its",
    "there",
    "meanwhile",
    "however",
    "according",
    "last",
    "earlier",
    "later",
    "officials",
    "police",
    "witnesses",
    "authorities",
    "residents",
    "you",
    "if",
    "when",
    "after",
    "while",
    "some",
    "many",
    "no",
    "one",
    "two",
    "three",
}


def split_sentences(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    start = 0
    for match in _BOUNDARY_RE.finditer(text):
        if _is_false_boundary(text, match):
            continue
        end = match.end() if "\n" not in match.group(0) else match.start()
        _append(sentences, text, start, end)
        start = match.end()
    _append(sentences, text, start, len(text))
    return sentences


def _append(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        sentences.append(Sentence(len(sentences), start, end, text[start:end]))


# "KYIV, Ukraine (AP) — ", "BEIJING, June 4 (Reuters) - ", "BONN, Jan 12 - ": the wire dateline
# before a story's first sentence.
DATELINE_RE = re.compile(
    # "NEW DELHI/SINGAPORE": a dateline may name two cities
    r"^[A-ZÀ-Þ][A-ZÀ-Þ.'’-]+(?:(?:\s+|/)[A-ZÀ-Þ][A-ZÀ-Þ.'’-]+){0,4}"
    r"(?:,\s*[A-Z][\w.]+(?:\s+[A-Z][\w.]+){0,2})?"
    r"(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"
    r"\s*(?:\([^)]{1,40}\)\s*)?[-—–_]+\s+"
)


@lru_cache(maxsize=4096)
def dateline_end(text: str) -> int:
    """Length of the dateline opening `text`, 0 if there is none."""
    m = DATELINE_RE.match(text)
    return m.end() if m else 0
