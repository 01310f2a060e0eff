"""Plain-text articles: separate the article from what the website wrapped around it.

Copied web text carries a site-name line, a headline, a byline, comment prompts and an author
bio. These rules recognise those shapes (short unpunctuated header lines, "By X", "X is a …
writer") rather than any particular site's wording, so they keep working on new outlets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from pipelines.extract.dates import parse_full_date

# A whole line that is site furniture, not article text.
BOILERPLATE_LINE_RE = re.compile(
    "|".join(
        f"(?:{p})"
        for p in (
            r"published by:?",
            r"(?:posted|written|updated|published)\s*(?:on|at)?:?\s*",
            r"please let us know if you'?re having (?:issues|problems|trouble) with comment\w*\.?",
            r"(?:share|tweet|email|print|save)(?:\s+(?:this|on \w+|article|story))*[.!]?",
            r"(?:follow|like) us on .{0,40}",
            r"(?:sign up|subscribe)(?: for| to)? .{0,60}",
            r"advertisement|sponsored(?: content)?|click here.{0,60}",
            r"you can follow (?:him|her|them) on .{0,40}",
            r"(?:all rights reserved|copyright|©).{0,80}",
            r"(?:read|see) (?:more|also):?.{0,80}",
            r"(?:image|photo|video)(?: credit)?:.{0,80}",
        )
    ),
    re.IGNORECASE,
)
# A line after which nothing belongs to the article.
TAIL_MARKER_RE = re.compile(
    r"(?:comments?|\d+ comments?|related(?: articles| stories| news)?|more stories|"
    r"recommended(?: for you)?|leave a (?:comment|reply)|most read)\s*:?",
    re.IGNORECASE,
)
# A closing "X is a … writer" is the author's bio; "X is a senior analyst at …" is article text.
JOURNALIST_RE = (
    r"(?:writer|reporter|journalist|correspondent|editor|columnist|contributor|freelancer|"
    r"blogger)"
)
NAME_RE = r"[A-ZÀ-Ý][\w'’-]+\.?(?:\s+(?:[A-ZÀ-Ý][\w'’-]*\.?|de|del|da|van|von|la|le)){1,4}"
BIO_RE = re.compile(
    rf"^(?P<name>{NAME_RE})\s+(?:is|was)\s+an?\s+(?:[\w,-]+\s+){{0,6}}{JOURNALIST_RE}\b"
)
# Case-sensitive on purpose: "By noon on Friday, …" is a sentence, "By Jane Roe" a byline.
BYLINE_RE = re.compile(rf"^(?:By|BY|by|Written by)\s+(?P<name>{NAME_RE})(?:\s*[,|/–-].*)?$")
CREDIT_RE = re.compile(rf"\bby\s+{NAME_RE}\s*$")
DOMAIN_RE = re.compile(
    r"\b[\w-]+\.(?:com|org|net|us|co\.uk|co|info|news|es|tv|io)\b", re.IGNORECASE
)
URL_RE = re.compile(r"https?://\S+")

HEADER_MAX_WORDS = 16


@dataclass
class ParsedText:
    body_text: str
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    published_at: date | None = None
    dropped_lines: list[str] = field(default_factory=list)


def is_boilerplate(line: str) -> bool:
    """Short site-furniture lines only: "Copyright lawsuits multiplied in 2024." is news."""
    return len(line.split()) <= BOILERPLATE_MAX_WORDS and bool(BOILERPLATE_LINE_RE.fullmatch(line))


def _is_header_shaped(line: str) -> bool:
    """Short and not a finished sentence: a headline, site name, caption or dateline."""
    core = line.rstrip("\"'”’»)] ")
    return len(line.split()) <= HEADER_MAX_WORDS and not core.endswith((".", "!", "?", ":"))


BOILERPLATE_MAX_WORDS = 12


def unwrap(text: str) -> list[str]:
    """Paragraphs, one per line. Texts hard-wrapped at a fixed width (blank lines between
    paragraphs, most lines 50-80 characters) get their wrapped lines joined back."""
    raw_lines = [ln.strip() for ln in text.split("\n")]
    non_empty = [ln for ln in raw_lines if ln]
    wrapped = (
        len(non_empty) >= 4
        and any(not ln for ln in raw_lines)
        and sum(1 for ln in non_empty if 50 <= len(ln) <= 80) >= 0.6 * len(non_empty)
    )
    if not wrapped:
        return non_empty
    paragraphs: list[str] = []
    current: list[str] = []
    for line in raw_lines + [""]:
        if line:
            current.append(line)
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    return paragraphs


def parse_plain_text(text: str) -> ParsedText:
    lines = unwrap(text)
    result = ParsedText(body_text="")

    # Everything from a tail marker on (comments, related stories) is not the article.
    for i, line in enumerate(lines):
        if i > 0 and TAIL_MARKER_RE.fullmatch(line):
            result.dropped_lines.extend(lines[i:])
            lines = lines[:i]
            break

    kept = []
    for line in lines:
        if is_boilerplate(line):
            result.dropped_lines.append(line)
        else:
            kept.append(line)
    lines = kept

    # Trailing author bio, kept as the author rather than as body text.
    for i in range(len(lines) - 1, max(len(lines) - 4, -1), -1):
        m = BIO_RE.match(lines[i])
        if m:
            result.author = m["name"].strip()
            result.dropped_lines.extend(lines[i:])
            lines = lines[:i]
            break

    # Trailing credit or embed caption ("Full report … by Jane Roe", "Photo by …").
    while lines and _is_header_shaped(lines[-1]) and CREDIT_RE.search(lines[-1]):
        result.dropped_lines.append(lines.pop())

    # Header block: leading lines shaped like headers (plus bylines and dates) before the body.
    header: list[str] = []
    while lines and len(header) < 4:
        line = lines[0]
        if (
            BYLINE_RE.match(line)
            or _is_header_shaped(line)
            or parse_full_date(line)
            and len(line.split()) <= 8
        ):
            header.append(lines.pop(0))
        else:
            break
    if not lines:  # the whole text was short lines: keep it as body, not as header
        lines, header = header, []
    titles: list[str] = []
    for line in header:
        byline = BYLINE_RE.match(line)
        if byline:
            result.author = result.author or byline["name"].strip()
            continue
        url = URL_RE.search(line)
        if url and not result.url:
            result.url = url.group(0)
        when = parse_full_date(line)
        if when and len(line.split()) <= 8:
            result.published_at = result.published_at or when
            continue
        if DOMAIN_RE.search(line) or URL_RE.search(line):
            name = URL_RE.sub("", DOMAIN_RE.sub("", line)).strip(" -|·•")
            result.outlet = result.outlet or name or line
            continue
        titles.append(line)
    if titles:
        result.title = titles[-1]
        if len(titles) > 1 and not result.outlet and len(titles[0].split()) <= 4:
            result.outlet = titles[0]
    result.body_text = "\n\n".join(lines)
    return result
