"""Saved web pages: trafilatura finds the article among navigation, ads and footers."""

from __future__ import annotations

import json
from datetime import date

import trafilatura

from pipelines.ingest.decode import RejectedFile
from pipelines.ingest.text import ParsedText


def parse_html(html: str) -> ParsedText:
    extracted = trafilatura.extract(
        html,
        output_format="json",
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
    )
    data = json.loads(extracted) if extracted else {}
    body = (data.get("text") or "").strip()
    if not body:
        raise RejectedFile("no_text_extracted", "no article text found in the page")
    paragraphs = [p.strip() for p in body.split("\n") if p.strip()]
    title = data.get("title") or None
    if title and paragraphs and paragraphs[0] == title.strip():
        paragraphs = paragraphs[1:]  # trafilatura keeps the <h1>; the headline is metadata
    if not paragraphs:
        raise RejectedFile("no_text_extracted", "the page holds only a headline")
    published = None
    if data.get("date"):
        try:
            published = date.fromisoformat(str(data["date"])[:10])
        except ValueError:
            published = None
    return ParsedText(
        body_text="\n\n".join(paragraphs),
        title=title,
        outlet=data.get("sitename") or data.get("source-hostname") or None,
        author=data.get("author") or None,
        url=data.get("source") or data.get("url") or None,
        published_at=published,
    )
