"""Run the pure extractor over the documents that need it and store the rows.

Only latest document versions whose body or extractor version changed are extracted, so a
re-run costs in proportion to what changed. Work is spread over a process pool and written
in batches, one transaction for the whole run: a crash leaves the previous rows in place.
"""

from __future__ import annotations

import os
import tempfile
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date, datetime
from functools import partial

import duckdb

from pipelines.extract.document import EXTRACTOR_VERSION, extract_document
from pipelines.raw_schema import EXTRACTION_TABLES
from pipelines.warehouse import jsonl_lines, load_jsonl, table_columns, transaction

BATCH_SIZE = 512
# Articles per task sent to a worker: large enough to amortize pickling, small enough to
# keep both cores busy until the end.
CHUNK_SIZE = 32
# Below this many articles a process pool costs more to start than it saves.
PARALLEL_THRESHOLD = 64


@dataclass
class ExtractStats:
    extracted: int = 0
    failed: int = 0
    unchanged: int = 0
    removed: int = 0
    rows: dict[str, int] | None = None


def worker_count() -> int:
    configured = os.environ.get("NEWS_EXTRACT_WORKERS")
    return max(1, int(configured)) if configured else max(1, os.cpu_count() or 1)


def _pending(con: duckdb.DuckDBPyConnection) -> tuple[list[tuple[str, int]], list[str], int]:
    """(articles to extract with their version, articles whose rows must go, unchanged count)."""
    todo = con.execute(
        """
        select l.article_id, l.version
        from pipeline_state.latest_documents l left join raw.extractions e using (article_id)
        where not l.is_deleted
          and (e.article_id is null or e.content_sha256 != l.content_sha256
               or e.extractor_version != ? or e.version != l.version)
        order by l.article_id
        """,
        [EXTRACTOR_VERSION],
    ).fetchall()
    removed = con.execute(
        """
        select e.article_id from raw.extractions e join pipeline_state.latest_documents l using (article_id)
        where l.is_deleted order by 1
        """
    ).fetchall()
    total = con.execute(
        "select count(*) from pipeline_state.latest_documents where not is_deleted"
    ).fetchall()[0][0]
    return [(a, v) for a, v in todo], [r[0] for r in removed], total - len(todo)


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


def _extract_chunk(
    chunk: list[tuple[str, int, str, date | None]], names: dict[str, list[str]]
) -> tuple[list[tuple[str, int, str | None]], dict[str, str], dict[str, int]]:
    """Runs in a worker: extract a few articles and serialize their rows there, not in the
    parent, so the parent only appends text to files."""
    done: list[tuple[str, int, str | None]] = []
    text: dict[str, list[str]] = {t: [] for t in EXTRACTION_TABLES}
    counts = dict.fromkeys(EXTRACTION_TABLES, 0)
    for article_id, version, body, published in chunk:
        try:
            tables = extract_document(body, published).tables()
            lines = {
                t: list(jsonl_lines(names[t], [(article_id, *row) for row in tables[t]]))
                for t in EXTRACTION_TABLES
            }
        except Exception as exc:  # noqa: BLE001 - one odd article must not stop the others
            done.append((article_id, version, f"{type(exc).__name__}: {exc}"[:500]))
            continue
        for table in EXTRACTION_TABLES:
            text[table].extend(lines[table])
            counts[table] += len(lines[table])
        done.append((article_id, version, None))
    return done, {t: "".join(line + "\n" for line in lines) for t, lines in text.items()}, counts


def _chunks(
    con: duckdb.DuckDBPyConnection, todo: list[tuple[str, int]]
) -> Iterator[list[tuple[str, int, str, date | None]]]:
    """Documents read a batch at a time, handed out in small chunks: memory stays bounded."""
    for batch in _batches(todo, BATCH_SIZE):
        items = _load_batch(con, batch)
        yield from _batches(items, CHUNK_SIZE)


def _in_order(pool: ProcessPoolExecutor | None, fn, chunks, window: int):
    """Results in input order with at most `window` chunks in flight (deterministic output)."""
    if pool is None:
        yield from map(fn, chunks)
        return
    pending: deque = deque()
    for chunk in chunks:
        pending.append(pool.submit(fn, chunk))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


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
    names = {t: [c for c, _ in table_columns(con, "raw", t)] for t in EXTRACTION_TABLES}
    pool = ProcessPoolExecutor(workers) if workers > 1 and len(todo) >= PARALLEL_THRESHOLD else None
    done: list[tuple[str, int, str | None]] = []
    with tempfile.TemporaryDirectory(prefix="news-extract-") as tmp:
        paths = {t: os.path.join(tmp, f"{t}.jsonl") for t in EXTRACTION_TABLES}
        files = {t: open(paths[t], "w", encoding="utf-8") for t in EXTRACTION_TABLES}  # noqa: SIM115
        try:
            work = partial(_extract_chunk, names=names)
            for chunk_done, text, counts in _in_order(pool, work, _chunks(con, todo), 2 * workers):
                for table, chunk_text in text.items():
                    files[table].write(chunk_text)
                    stats.rows[table] = stats.rows.get(table, 0) + counts[table]
                done.extend(chunk_done)
                if progress:
                    progress(len(chunk_done))
        finally:
            for f in files.values():
                f.close()
            if pool:
                pool.shutdown()
        # Everything above only read the warehouse; the whole change lands at once here.
        with transaction(con):
            replaced = removed + [a for a, _, _ in done]
            _delete_rows(con, replaced)
            con.execute(
                "delete from raw.extractions where article_id in (select unnest(?))", [replaced]
            )
            for table in EXTRACTION_TABLES:
                if stats.rows.get(table):
                    load_jsonl(con, "raw", table, paths[table])
            con.execute(
                """
                insert into raw.extractions
                    (article_id, version, content_sha256, extractor_version, extracted_at, error)
                select d.article_id, d.version, d.content_sha256, ?, ?, b.error
                from raw.documents d
                join (select unnest(?) as article_id, unnest(?) as version, unnest(?) as error) b
                    using (article_id, version)
                """,
                [
                    EXTRACTOR_VERSION,
                    now,
                    [a for a, _, _ in done],
                    [v for _, v, _ in done],
                    [e for _, _, e in done],
                ],
            )
    stats.failed = sum(1 for _, _, e in done if e)
    stats.extracted = len(done) - stats.failed
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
