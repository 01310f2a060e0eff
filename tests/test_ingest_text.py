"""Bytes to text, plain-text article parsing and HTML extraction, on hand-written inputs."""

from __future__ import annotations

from datetime import date

import pytest

from pipelines.ingest.decode import RejectedFile, decode_text, looks_binary
from pipelines.ingest.html import parse_html
from pipelines.ingest.text import parse_plain_text

# ----------------------------------------------------------------------------- decode


def test_utf8_with_bom_is_decoded_without_the_bom() -> None:
    data = "\ufeffHarbour fees rise again".encode()
    assert data.startswith(b"\xef\xbb\xbf")
    assert decode_text(data) == "Harbour fees rise again"


def test_crlf_and_lone_cr_become_lf() -> None:
    data = b"First line\r\nSecond line\r\n\r\nThird line\rFourth line"
    assert decode_text(data) == "First line\nSecond line\n\nThird line\nFourth line"


def test_bom_and_crlf_together() -> None:
    data = "\ufeffTitle here\r\nBody text.\r\n".encode()
    assert decode_text(data) == "Title here\nBody text.\n"


def test_cp1252_accents_of_western_european_text_are_kept() -> None:
    text = "Café Müller opened its doors again on Tuesday, its owner said."
    decoded = decode_text(text.encode("cp1252"))
    assert "Café Müller" in decoded
    assert decoded == text


def test_cp1252_spanish_n_tilde_is_decoded() -> None:
    text = "Café Müller señor"
    assert decode_text(text.encode("cp1252")) == text


def test_latin1_text_is_decoded() -> None:
    text = "Über den Fluß: Käse für das Café."
    assert decode_text(text.encode("latin-1")) == text


def test_decoded_text_is_nfc_normalized() -> None:
    decomposed = "Cafe\u0301 reopens"
    assert decode_text(decomposed.encode()) == "Café reopens"


@pytest.mark.parametrize(
    ("data", "detail"),
    [
        (b"", "file has no content"),
        (b"   \n\t\r\n  ", "only whitespace"),
        ("\ufeff \n ".encode(), "only whitespace after decoding"),
    ],
)
def test_empty_and_whitespace_only_are_rejected_as_empty(data: bytes, detail: str) -> None:
    with pytest.raises(RejectedFile) as exc:
        decode_text(data)
    assert exc.value.issue == "empty"
    assert exc.value.detail == detail


def test_nul_bytes_are_rejected_as_binary() -> None:
    data = b"Looks like text\x00\x00\x01\x02 but is not"
    assert looks_binary(data)
    with pytest.raises(RejectedFile) as exc:
        decode_text(data)
    assert exc.value.issue == "binary"


def test_many_control_bytes_are_binary_but_tabs_and_newlines_are_not() -> None:
    assert looks_binary(bytes([1, 2, 3, 4, 5, 6, 7]) * 10 + b"abc")
    assert not looks_binary(b"col1\tcol2\r\nrow\fnext page\n")
    assert not looks_binary(b"")


def test_bytes_that_fit_no_encoding_are_undecodable() -> None:
    with pytest.raises(RejectedFile) as exc:
        decode_text(bytes(range(0x80, 0x100)))
    assert exc.value.issue == "undecodable"


# ----------------------------------------------------------------------------- plain text

SITE_NAME_STYLE = """The Harbor Ledger harborledger.com

Port Authority Approves New Ferry Terminal

Commissioners voted on Thursday to build a larger ferry terminal on the east pier. The project \
is expected to take three years.

Local fishermen said they worried about the loss of mooring space during construction.
"""

BYLINE_STYLE = """Drought Forces Farmers To Sell Cattle Early
By Jane Roe
March 3, 2024
Ranchers across the valley began selling their herds weeks ahead of schedule. Feed prices have \
doubled since autumn.
Share this article
Auction houses reported record attendance on Saturday.
Published by
Related articles
Water board announces new rules for wells
Another unrelated story from the archive
"""

BIO_STYLE = """Mining Town Votes On Water Deal
The council of a small mining town approved a water-sharing agreement with a neighbouring city \
on Monday evening.
Supporters said the deal would secure supplies for a decade.
Jane Roe is a Mexican journalist who covers energy and mining for several outlets.
COMMENTS
Please let us know if you're having issues with commenting.
"""

NO_TITLE_STYLE = """Officials in the northern province confirmed on Wednesday that a new bridge \
over the river would open to traffic before the end of the summer season, ending years of delays.
Engineers said the final inspections had gone smoothly.
"""


def test_site_name_line_with_domain_gives_outlet_then_headline_then_body() -> None:
    parsed = parse_plain_text(SITE_NAME_STYLE)
    assert parsed.outlet == "The Harbor Ledger"
    assert parsed.title == "Port Authority Approves New Ferry Terminal"
    assert parsed.author is None
    assert parsed.published_at is None
    assert parsed.url is None
    assert parsed.body_text == (
        "Commissioners voted on Thursday to build a larger ferry terminal on the east pier. "
        "The project is expected to take three years.\n\n"
        "Local fishermen said they worried about the loss of mooring space during construction."
    )


def test_byline_date_line_boilerplate_and_related_tail() -> None:
    parsed = parse_plain_text(BYLINE_STYLE)
    assert parsed.title == "Drought Forces Farmers To Sell Cattle Early"
    assert parsed.author == "Jane Roe"
    assert parsed.published_at == date(2024, 3, 3)
    assert parsed.outlet is None
    assert parsed.body_text == (
        "Ranchers across the valley began selling their herds weeks ahead of schedule. "
        "Feed prices have doubled since autumn.\n\n"
        "Auction houses reported record attendance on Saturday."
    )
    assert "Share this article" in parsed.dropped_lines
    assert "Published by" in parsed.dropped_lines
    assert "Related articles" in parsed.dropped_lines
    assert "Water board announces new rules for wells" in parsed.dropped_lines


def test_trailing_bio_becomes_author_and_comments_tail_is_cut() -> None:
    parsed = parse_plain_text(BIO_STYLE)
    assert parsed.author == "Jane Roe"
    assert parsed.title == "Mining Town Votes On Water Deal"
    assert parsed.body_text == (
        "The council of a small mining town approved a water-sharing agreement with a "
        "neighbouring city on Monday evening.\n\n"
        "Supporters said the deal would secure supplies for a decade."
    )
    assert "is a Mexican journalist" not in parsed.body_text
    assert "COMMENTS" not in parsed.body_text
    assert "commenting" not in parsed.body_text
    assert parsed.dropped_lines[:2] == [
        "COMMENTS",
        "Please let us know if you're having issues with commenting.",
    ]


def test_text_starting_with_a_long_sentence_has_no_title() -> None:
    parsed = parse_plain_text(NO_TITLE_STYLE)
    assert parsed.title is None
    assert parsed.outlet is None
    assert parsed.author is None
    assert parsed.body_text == (
        "Officials in the northern province confirmed on Wednesday that a new bridge over the "
        "river would open to traffic before the end of the summer season, ending years of "
        "delays.\n\nEngineers said the final inspections had gone smoothly."
    )


def test_byline_with_role_and_url_line() -> None:
    text = (
        "https://www.valleytimes.example.net/2024/05/bridge\n"
        "Bridge Reopens After Repairs\n"
        "By Juan de la Cruz, Staff Reporter\n"
        "12 May 2024\n"
        "The old stone bridge reopened to cars on Sunday after eighteen months of repairs.\n"
    )
    parsed = parse_plain_text(text)
    assert parsed.url == "https://www.valleytimes.example.net/2024/05/bridge"
    assert parsed.author == "Juan de la Cruz"
    assert parsed.published_at == date(2024, 5, 12)
    assert parsed.title == "Bridge Reopens After Repairs"
    assert parsed.body_text == (
        "The old stone bridge reopened to cars on Sunday after eighteen months of repairs."
    )


def test_short_site_name_without_domain_before_headline_is_the_outlet() -> None:
    text = (
        "Coastal Weekly\n"
        "Storm Damages Fishing Fleet\n"
        "High winds sank three boats in the harbour overnight, the coast guard said.\n"
    )
    parsed = parse_plain_text(text)
    assert parsed.outlet == "Coastal Weekly"
    assert parsed.title == "Storm Damages Fishing Fleet"
    assert parsed.body_text == (
        "High winds sank three boats in the harbour overnight, the coast guard said."
    )


def test_comments_marker_on_the_first_line_does_not_empty_the_article() -> None:
    text = "Comments\nResidents wrote hundreds of letters about the new parking rules this month.\n"
    parsed = parse_plain_text(text)
    assert "Residents wrote hundreds of letters" in parsed.body_text


def test_text_of_only_short_lines_is_kept_as_body() -> None:
    parsed = parse_plain_text("Road closed\nDetour via Elm Street\n")
    assert parsed.title is None
    assert parsed.body_text == "Road closed\n\nDetour via Elm Street"


def test_opening_sentence_starting_with_by_is_not_a_byline() -> None:
    text = (
        "By noon on Friday, crowds had gathered outside the court to hear the verdict in the "
        "long-running corruption case against the former mayor.\n"
        "The judge spoke for an hour.\n"
    )
    parsed = parse_plain_text(text)
    assert parsed.author is None
    assert parsed.body_text.startswith("By noon on Friday, crowds had gathered")


# ----------------------------------------------------------------------------- HTML

PARAGRAPHS = [
    "Farmers in the northern valley are preparing for a third consecutive dry summer, according "
    "to the regional agriculture office, which published its seasonal outlook on Friday.",
    "The office said reservoir levels stood at roughly half of their long-term average, and that "
    "irrigation quotas would likely be reduced by a fifth compared with last year.",
    "Several growers said they had already switched part of their fields from maize to sorghum, "
    "a crop that needs considerably less water during the hottest weeks of July.",
    "Cooperative leaders asked the provincial government to speed up payments from an emergency "
    "fund that was created after the drought two years ago but has paid out little so far.",
    "A spokesperson for the provincial government said the first payments would be made before "
    "the harvest begins in late August.",
]

PAGE = f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Valley Farmers Brace For Dry Summer | The Prairie Courier</title>
<meta name="author" content="Jane Roe">
<meta property="og:site_name" content="The Prairie Courier">
<meta property="og:title" content="Valley Farmers Brace For Dry Summer">
<meta property="article:published_time" content="2024-03-03">
</head><body>
<header><div class="menu"><a href="/">Home</a> <a href="/world">World news menu</a>
<a href="/sport">Sport section menu</a></div></header>
<nav><ul><li><a href="/politics">Politics navigation link</a></li>
<li><a href="/business">Business navigation link</a></li></ul></nav>
<main><article>
<h1>Valley Farmers Brace For Dry Summer</h1>
<p class="byline">By Jane Roe</p>
{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}
</article></main>
<footer><p>Copyright 2024 The Prairie Courier. All rights reserved.</p>
<a href="/privacy">Privacy policy footer link</a> <a href="/contact">Contact us footer link</a>
</footer>
</body></html>"""


def test_html_article_body_without_navigation_or_footer() -> None:
    parsed = parse_html(PAGE)
    for paragraph in PARAGRAPHS:
        assert paragraph in parsed.body_text
    assert "\n\n".join(PARAGRAPHS) in parsed.body_text
    for furniture in (
        "World news menu",
        "Sport section menu",
        "navigation link",
        "Copyright",
        "All rights reserved",
        "Privacy policy",
        "footer link",
    ):
        assert furniture not in parsed.body_text


def test_html_metadata_from_meta_tags() -> None:
    parsed = parse_html(PAGE)
    assert parsed.title == "Valley Farmers Brace For Dry Summer"
    assert parsed.author == "Jane Roe"
    assert parsed.published_at == date(2024, 3, 3)


def test_html_outlet_from_og_site_name() -> None:
    assert parse_html(PAGE).outlet == "The Prairie Courier"


@pytest.mark.parametrize(
    "page",
    [
        "<html><head><title></title></head><body></body></html>",
        "<html><body><div>   </div><script>var x = 1;</script></body></html>",
    ],
)
def test_html_without_text_is_no_text_extracted(page: str) -> None:
    with pytest.raises(RejectedFile) as exc:
        parse_html(page)
    assert exc.value.issue == "no_text_extracted"
