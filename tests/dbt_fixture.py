"""Small, realistic fixture for the `raw` schema, used to run `dbt build` on known data.

`load_fixture(con)` inserts rows into a DuckDB connection on which
`pipelines.raw_schema.RAW_DDL` has been applied. It covers: an article with two versions
(extraction of the latest), a deleted article, the same body under another name, a stale
extraction (of an older version), a surname merged across articles, countries resolved by code,
a repeated and a disputed casualty figure, an oil flow, and meetings with participants.
Offsets are computed from the text, so they always match.

Run directly to write a scratch warehouse (`--empty`: raw schema only):
    .venv/bin/python tests/dbt_fixture.py /tmp/dbtdev/news.duckdb
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import duckdb

from pipelines.settings import DBT_PROJECT_DIR

EXTRACTOR_VERSION = "fixture-1"

# art_a: version 1 (old body) and version 2 (current, extracted).
A_OLD_SENTENCES = ["Russian Interior Minister Vladímir Kolokoltsev is expected in Havana."]
A_SENTENCES = [
    "Russian Interior Minister Vladímir Kolokoltsev arrived in Havana, Cuba, on Tuesday "
    "for an official visit.",
    "Kolokoltsev met with Raúl Castro on Tuesday afternoon.",
    "Russia shipped 100,000 barrels of crude oil to Cuba in March.",
    "At least 12 people were killed in Gaza City on January 3, the health ministry said.",
]
# art_b: one version, extracted.
B_SENTENCES = [
    "Kolokoltsev also met Cuban leader Miguel Díaz-Canel in Havana.",
    "Local officials said 15 people were killed in Gaza City on January 3.",
    "Castro did not attend.",
    "All 15 killed were civilians.",
]
# art_c: extracted, then deleted.
C_SENTENCES = ["This article was removed from the input folder."]
# art_d: same body as art_a under another name, ingested later, not extracted.
# art_e: extracted at version 1, changed since (version 2 not extracted yet).
E_OLD_SENTENCES = ["Venezuela halted fuel deliveries."]
E_SENTENCES = ["Venezuela resumed fuel deliveries to Cuba last week."]


def dbt_build(warehouse: Path, *args: str, command: str = "build") -> subprocess.CompletedProcess:
    """The venv's dbt on a warehouse file, as the pipeline's dbt stage runs it."""
    dbt = Path(sys.executable).parent / "dbt"
    env = {**os.environ, "NEWS_WAREHOUSE": str(warehouse), "DO_NOT_TRACK": "1"}
    return subprocess.run(
        [str(dbt), command, "--quiet", *args],
        cwd=DBT_PROJECT_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def fixture_warehouse(path: Path) -> Path:
    """A warehouse file holding the raw schema and the fixture rows."""
    from pipelines.warehouse import ensure_raw_schema

    con = duckdb.connect(str(path))
    try:
        ensure_raw_schema(con)
        load_fixture(con)
    finally:
        con.close()
    return path


def query(warehouse: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def _body(sentences: list[str]) -> str:
    return "\n".join(sentences)


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _at(day: int, hour: int = 9) -> datetime:
    return datetime(2026, 1, day, hour, 0)


def _document(
    article_id: str,
    version: int,
    source_name: str,
    sentences: list[str] | None,
    ingested_at: datetime,
    metadata: dict | None = None,
    file_format: str = "txt",
) -> tuple:
    """A raw.documents row; sentences=None is a deletion."""
    body = None if sentences is None else _body(sentences)
    return (
        article_id,
        version,
        source_name,
        _sha(f"{source_name}:{version}"),
        None if body is None else _sha(body),
        file_format,
        body,
        None if metadata is None else json.dumps(metadata),
        ingested_at,
        body is None,
    )


def _sentence_rows(article_id: str, sentences: list[str]) -> list[tuple]:
    body = _body(sentences)
    rows, start = [], 0
    for index, text in enumerate(sentences):
        start = body.index(text, start)
        rows.append((article_id, index, start, start + len(text), text))
        start += len(text)
    return rows


def _mention_rows(article_id: str, sentences: list[str], mentions: list[tuple]) -> list[tuple]:
    """mentions: (entity_key, sentence_index, surface_text, title_text) in text order."""
    body = _body(sentences)
    sentence_starts = [row[2] for row in _sentence_rows(article_id, sentences)]
    rows = []
    for index, (entity_key, sentence_index, surface, title) in enumerate(mentions):
        start = body.index(surface, sentence_starts[sentence_index])
        end = start + len(surface)
        rows.append((article_id, index, entity_key, sentence_index, start, end, surface, title))
    return rows


def load_fixture(con) -> None:
    """Insert the fixture rows into the raw schema of an open DuckDB connection."""
    meta_a = {
        "title": "Russian interior minister visits Cuba",
        "outlet": "Breitbart",
        "author": None,
        "url": "https://example.org/kolokoltsev-cuba",
        "published_at": "2026-01-14",
        "published_at_source": "metadata",
        "lang": "en",
    }
    meta_b = {"outlet": "Voz", "published_at": "2026-01-15", "published_at_source": "text"}
    documents = [
        _document("art_a", 1, "a_visit.txt", A_OLD_SENTENCES, _at(14, 8), meta_a),
        _document("art_a", 2, "a_visit.txt", A_SENTENCES, _at(14, 9), meta_a),
        _document("art_b", 1, "sub/b_cuba_russia.html", B_SENTENCES, _at(15), meta_b, "html"),
        _document("art_c", 1, "c_gone.txt", C_SENTENCES, _at(10)),
        _document("art_c", 2, "c_gone.txt", None, _at(16)),
        _document("art_d", 1, "d_copy.txt", A_SENTENCES, _at(16), {"title": None}),
        _document("art_e", 1, "e_stale.txt", E_OLD_SENTENCES, _at(11)),
        _document("art_e", 2, "e_stale.txt", E_SENTENCES, _at(17)),
    ]
    con.executemany(
        "insert into raw.documents (article_id, version, source_name, file_sha256, content_sha256, "
        "format, body_text, metadata, ingested_at, is_deleted) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        documents,
    )

    con.executemany(
        "insert into raw.ingest_issues values (?, ?, ?, ?, ?)",
        [
            ("notes.pdf", "unsupported_type", "extension .pdf is not read", _sha("pdf"), _at(16)),
            ("empty.txt", "empty", "file has 0 bytes", None, _at(16)),
        ],
    )

    con.executemany(
        "insert into raw.extractions (article_id, version, content_sha256, extractor_version, "
        "extracted_at) values (?, ?, ?, ?, ?)",
        [
            ("art_a", 2, _sha(_body(A_SENTENCES)), EXTRACTOR_VERSION, _at(14, 10)),
            ("art_b", 1, _sha(_body(B_SENTENCES)), EXTRACTOR_VERSION, _at(15, 10)),
            ("art_c", 1, _sha(_body(C_SENTENCES)), EXTRACTOR_VERSION, _at(10, 10)),
            ("art_e", 1, _sha(_body(E_OLD_SENTENCES)), EXTRACTOR_VERSION, _at(11, 10)),
        ],
    )

    con.executemany(
        "insert into raw.sentences values (?, ?, ?, ?, ?)",
        _sentence_rows("art_a", A_SENTENCES)
        + _sentence_rows("art_b", B_SENTENCES)
        + _sentence_rows("art_c", C_SENTENCES)
        + _sentence_rows("art_e", E_OLD_SENTENCES),
    )

    con.executemany(
        "insert into raw.entities values (?, ?, ?, ?, ?, ?, ?)",
        [
            (
                "art_a",
                1,
                "Vladímir Kolokoltsev",
                "vladimir kolokoltsev",
                "person",
                "RU",
                "Minister",
            ),
            ("art_a", 2, "Cuba", "cuba", "country", "CU", None),
            ("art_a", 3, "Raúl Castro", "raul castro", "person", "CU", None),
            ("art_a", 4, "Russia", "russia", "country", "RU", None),
            ("art_a", 5, "health ministry", "health ministry", "organization", None, None),
            ("art_b", 1, "Kolokoltsev", "kolokoltsev", "person", None, "Interior Minister"),
            ("art_b", 2, "Miguel Díaz-Canel", "miguel diaz canel", "person", "CU", "Cuban leader"),
            ("art_b", 3, "Castro", "castro", "person", None, None),
            ("art_c", 1, "Removed Person", "removed person", "person", None, None),
            ("art_e", 1, "Venezuela", "venezuela", "country", "VE", None),
        ],
    )

    a_mentions = [
        (1, 0, "Vladímir Kolokoltsev", "Russian Interior Minister"),
        (2, 0, "Cuba", None),
        (1, 1, "Kolokoltsev", None),
        (3, 1, "Raúl Castro", None),
        (4, 2, "Russia", None),
        (2, 2, "Cuba", None),
        (5, 3, "health ministry", None),
    ]
    b_mentions = [
        (1, 0, "Kolokoltsev", None),
        (2, 0, "Miguel Díaz-Canel", "Cuban leader"),
        (3, 2, "Castro", None),
    ]
    con.executemany(
        "insert into raw.mentions values (?, ?, ?, ?, ?, ?, ?, ?)",
        _mention_rows("art_a", A_SENTENCES, a_mentions)
        + _mention_rows("art_b", B_SENTENCES, b_mentions)
        + _mention_rows("art_e", E_OLD_SENTENCES, [(1, 0, "Venezuela", None)]),
    )

    visit = "Vladímir Kolokoltsev arrived in Havana, Cuba, on Tuesday for an official visit"
    con.executemany(
        "insert into raw.meetings values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            ("art_a", 0, 0, "visit", "held", "Havana", "CU", "Tuesday", date(2026, 1, 13), visit),
            (
                "art_a",
                1,
                1,
                "meeting",
                "held",
                None,
                None,
                "Tuesday afternoon",
                date(2026, 1, 13),
                "Kolokoltsev met with Raúl Castro on Tuesday afternoon",
            ),
            (
                "art_b",
                0,
                0,
                "meeting",
                "held",
                "Havana",
                "CU",
                None,
                None,
                "Kolokoltsev also met Cuban leader Miguel Díaz-Canel in Havana",
            ),
        ],
    )
    con.executemany(
        "insert into raw.meeting_participants values (?, ?, ?, ?)",
        [
            ("art_a", 0, 1, "visitor"),
            ("art_a", 0, 2, "host"),
            ("art_a", 1, 1, "participant"),
            ("art_a", 1, 3, "participant"),
            ("art_b", 0, 1, "participant"),
            ("art_b", 0, 2, "participant"),
        ],
    )

    jan_3 = date(2026, 1, 3)
    con.executemany(
        "insert into raw.casualties values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            # article_id, index, sentence, low, high, qualifier, kind, victims, place,
            # claimed_by_entity_key, event_date, evidence_text
            ("art_a", 0, 3, 12, 12, "at least", "killed", "people", "Gaza City", 5, jan_3,
             "At least 12 people were killed in Gaza City"),
            ("art_b", 0, 1, 15, 15, None, "killed", "people", "Gaza City", None, jan_3,
             "15 people were killed in Gaza City"),
            ("art_b", 1, 3, 15, 15, None, "killed", "civilians", None, None, None,
             "All 15 killed were civilians"),
        ],
    )  # fmt: skip

    con.executemany(
        "insert into raw.oil_flows values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            # article_id, index, sentence, supplier_key, recipient_key, supplier_cc,
            # recipient_cc, commodity, amount, unit, status, period_text, start, end, evidence
            ("art_a", 0, 2, 4, 2, None, None, "crude", 100000.0, "barrels", "flowing",
             "in March", date(2026, 3, 1), date(2026, 3, 31),
             "Russia shipped 100,000 barrels of crude oil to Cuba"),
            ("art_e", 0, 0, 1, None, "VE", None, "fuel", None, None, "halted", None, None, None,
             "Venezuela halted fuel deliveries"),
        ],
    )  # fmt: skip


# A second round of ingest and extraction, as the pipeline would write it.
F_SENTENCES = ["Fidel Castro spoke in Havana on Friday."]


def apply_changes(con) -> None:
    """Changes that every incremental mart must follow:

    - art_a is deleted: its rows go, and art_d (same body) is no longer a duplicate;
    - art_e's latest version is extracted: its rows are replaced;
    - art_f arrives with "Fidel Castro": art_b's surname-only "Castro" no longer resolves to
      Raúl Castro (gone with art_a) but Fidel Castro, and art_b's "Kolokoltsev" no longer merges
      into art_a's full name, so art_b's mention
      rows change actor although art_b itself did not change.
    """
    con.executemany(
        "insert into raw.documents (article_id, version, source_name, file_sha256, content_sha256, "
        "format, body_text, metadata, ingested_at, is_deleted) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            _document("art_a", 3, "a_visit.txt", None, _at(20)),
            _document("art_f", 1, "f_castro.txt", F_SENTENCES, _at(20)),
        ],
    )
    for table in ("extractions", "sentences", "entities", "mentions", "oil_flows"):
        con.execute(f"delete from raw.{table} where article_id = 'art_e'")  # noqa: S608
    con.executemany(
        "insert into raw.extractions (article_id, version, content_sha256, extractor_version, "
        "extracted_at) values (?, ?, ?, ?, ?)",
        [
            ("art_e", 2, _sha(_body(E_SENTENCES)), EXTRACTOR_VERSION, _at(20, 10)),
            ("art_f", 1, _sha(_body(F_SENTENCES)), EXTRACTOR_VERSION, _at(20, 10)),
        ],
    )
    con.executemany(
        "insert into raw.sentences values (?, ?, ?, ?, ?)",
        _sentence_rows("art_e", E_SENTENCES) + _sentence_rows("art_f", F_SENTENCES),
    )
    con.executemany(
        "insert into raw.entities values (?, ?, ?, ?, ?, ?, ?)",
        [
            ("art_e", 1, "Venezuela", "venezuela", "country", "VE", None),
            ("art_e", 2, "Cuba", "cuba", "country", "CU", None),
            ("art_f", 1, "Fidel Castro", "fidel castro", "person", "CU", None),
        ],
    )
    con.executemany(
        "insert into raw.mentions values (?, ?, ?, ?, ?, ?, ?, ?)",
        _mention_rows("art_e", E_SENTENCES, [(1, 0, "Venezuela", None), (2, 0, "Cuba", None)])
        + _mention_rows("art_f", F_SENTENCES, [(1, 0, "Fidel Castro", None)]),
    )
    con.execute(
        "insert into raw.oil_flows values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        ("art_e", 0, 0, 1, 2, "VE", "CU", "fuel", None, None, "resumed", "last week", None, None,
         "Venezuela resumed fuel deliveries to Cuba"),
    )  # fmt: skip


# A third round: a new version ingested but not extracted yet, a re-extraction that changes no row
# (an extractor version bump), and a copy of an article under another name.
B_NEW_SENTENCES = ["Castro met nobody this week."]


def apply_more_changes(con) -> None:
    con.executemany(
        "insert into raw.documents (article_id, version, source_name, file_sha256, content_sha256, "
        "format, body_text, metadata, ingested_at, is_deleted) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            _document("art_b", 2, "sub/b_cuba_russia.html", B_NEW_SENTENCES, _at(21), None, "html"),
            _document("art_g", 1, "g_copy_of_f.txt", F_SENTENCES, _at(21)),
        ],
    )
    con.execute(
        "update raw.extractions set extractor_version = 'fixture-2', extracted_at = ? "
        "where article_id = 'art_f'",
        [_at(21, 10)],
    )


if __name__ == "__main__":
    from pipelines.raw_schema import RAW_DDL

    args = [arg for arg in sys.argv[1:] if not arg.startswith("--")]
    target = Path(args[0] if args else "/tmp/dbtdev/news.duckdb")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.unlink(missing_ok=True)
    connection = duckdb.connect(str(target))
    for statement in RAW_DDL:
        connection.execute(statement)
    if "--empty" not in sys.argv:
        load_fixture(connection)
    connection.close()
    print(f"fixture written to {target}")
