"""Run the pure extractor over the documents that need it and store the rows.

Only latest document versions whose body or extractor version changed are extracted, so a
re-run costs in proportion to what changed. Work is spread over a process pool and written
in batches, one transaction for the whole run: a crash leaves the previous rows in place.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date, datetime

import duckdb

from pipelines.extract.document import EXTRACTOR_VERSION, extract_document
from pipelines.raw_schema import EXTRACTION_TABLES
from pipelines.warehouse import bulk_insert, transaction

BATCH_SIZE = 256
# Below this many articles a process pool costs more to start than it saves.
PARALLEL_THRESHOLD = 64


@dataclass
class ExtractStats:
    extracted: int = 0
    unchanged: int = 0
    removed: int = 0
    rows: dict[str, int] | None = None


def worker_count() -> int:
    configured = os.environ.get("NEWS_EXTRACT_WORKERS")
    return max(1, int(configured)) if configured else max(1, os.cpu_count() or 1)


def _pending(con: duckdb.DuckDBPyConnection) -> tuple[list[tuple[str, int]], list[str], int]:
    """(articles to extract with their version, articles whose rows must go, unchanged count)."""
    con.execute(
        """
        create or replace temp view latest_documents as
        select article_id, version, content_sha256, is_deleted
        from raw.documents
        qualify row_number() over (partition by article_id order by version desc) = 1
        """
    )
    todo = con.execute(
        """
        select l.article_id, l.version
        from latest_documents l left join raw.extractions e using (article_id)
        where not l.is_deleted
          and (e.article_id is null or e.content_sha256 != l.content_sha256
               or e.extractor_version != ? or e.version != l.version)
        order by l.article_id
        """,
        [EXTRACTOR_VERSION],
    ).fetchall()
    removed = con.execute(
        """
        select e.article_id from raw.extractions e join latest_documents l using (article_id)
        where l.is_deleted order by 1
        """
    ).fetchall()
    total = con.execute("select count(*) from latest_documents where not is_deleted").fetchall()[0][
        0
    ]
    return [(a, v) for a, v in todo], [r[0] for r in removed], total - len(todo)


def _extract_one(item: tuple[str, int, str, date | None]) -> tuple[str, int, dict[str, list]]:
    article_id, version, body, published = item
    return article_id, version, extract_document(body, published).tables()


def _load_batch(
    con: duckdb.DuckDBPyConnection, batch: list[tuple[str, int]]
) -> list[tuple[str, int, str, date | None]]:
    rows = con.execute(
        """
        select article_id, version, body_text,
               try_cast(json_extract_string(metadata, '$.published_at') as date)
        from raw.documents
        where (article_id, version) in (select unnest(?), unnest(?))
        order by article_id
        """,
        [[a for a, _ in batch], [v for _, v in batch]],
    ).fetchall()
    return [(r[0], r[1], r[2], r[3]) for r in rows]


def _batches(items: list, size: int) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def extract_pending(
    con: duckdb.DuckDBPyConnection,
    now: datetime,
    workers: int | None = None,
    progress: Callable[[int], None] | None = None,
    on_total: Callable[[int], None] | None = None,
) -> ExtractStats:
    todo, removed, unchanged = _pending(con)
    if on_total:
        on_total(len(todo))
    workers = workers or worker_count()
    stats = ExtractStats(unchanged=unchanged, removed=len(removed), rows={})
    pool = ProcessPoolExecutor(workers) if workers > 1 and len(todo) >= PARALLEL_THRESHOLD else None
    try:
        with transaction(con):
            _delete_rows(con, removed)
            con.execute(
                "delete from raw.extractions where article_id in (select unnest(?))", [removed]
            )
            for batch in _batches(todo, BATCH_SIZE):
                items = _load_batch(con, batch)
                results = (
                    pool.map(_extract_one, items, chunksize=16)
                    if pool
                    else map(_extract_one, items)
                )
                done = list(results)
                _delete_rows(con, [a for a, _, _ in done])
                for table in EXTRACTION_TABLES:
                    rows = ((a, *row) for a, _, tables in done for row in tables[table])
                    written = bulk_insert(con, "raw", table, rows)
                    stats.rows[table] = stats.rows.get(table, 0) + written
                con.execute(
                    "delete from raw.extractions where article_id in (select unnest(?))",
                    [[a for a, _, _ in done]],
                )
                con.execute(
                    """
                    insert into raw.extractions
                        (article_id, version, content_sha256, extractor_version, extracted_at)
                    select d.article_id, d.version, d.content_sha256, ?, ?
                    from raw.documents d
                    join (select unnest(?) as article_id, unnest(?) as version) b
                        using (article_id, version)
                    """,
                    [EXTRACTOR_VERSION, now, [a for a, _, _ in done], [v for _, v, _ in done]],
                )
                stats.extracted += len(done)
                if progress:
                    progress(len(done))
    finally:
        if pool:
            pool.shutdown()
    return stats


def _delete_rows(con: duckdb.DuckDBPyConnection, article_ids: list[str]) -> None:
    if not article_ids:
        return
    for table in EXTRACTION_TABLES:
        # Table names come from our own constant, never from input.
        con.execute(
            f"delete from raw.{table} where article_id in (select unnest(?))",  # noqa: S608
            [article_ids],
        )
