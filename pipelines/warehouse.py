"""Opening the DuckDB file the way a shared, single-writer file needs.

DuckDB lets one process hold the file for writing and locks out everyone else, readers too.
Writers therefore open late, close early, and wait a while for a reader (the DuckDB CLI, a
notebook) to let go before failing with a message that names who holds the lock.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import duckdb

from pipelines.raw_schema import RAW_DDL, STATE_DDL

LOCK_WAIT_SECONDS = 60.0
# New warehouse files use a storage format the DuckDB CLI from PyPI (duckdb-cli, 1.x) can open,
# so analysts can query with it; later writes by newer libraries keep that format.
NEW_FILE_STORAGE_VERSION = "v1.4.0"
# Rows per row group of the tables this package writes. A checkpoint rewrites the whole row
# group an append lands in, and DuckDB's default (122,880 rows) holds every document of an
# archive below that size: adding one article rewrote every body (0.9 s at 10,000 articles,
# growing with the archive). Small groups bound that rewrite to a few thousand rows.
ROW_GROUP_SIZE = 4096
# The catalog the warehouse file is attached as; unqualified names resolve in it.
CATALOG = "warehouse"
# DuckDB would otherwise cache up to 80 % of RAM; a bounded buffer pool (spilling to disk
# beyond it) keeps the pipeline's memory flat as the archive grows. The dbt profile matches.
MEMORY_CONFIG = {"memory_limit": os.environ.get("NEWS_DUCKDB_MEMORY", "512MB")}
_RETRY_EVERY = 0.5


class WarehouseLockedError(RuntimeError):
    """The warehouse file stayed locked by another process for longer than we wait."""


def connect(
    path: Path, *, read_only: bool = False, wait_seconds: float = LOCK_WAIT_SECONDS
) -> duckdb.DuckDBPyConnection:
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + wait_seconds
    while True:
        try:
            return _attach(path, read_only=read_only)
        except duckdb.IOException as exc:
            if "lock" not in str(exc).lower():
                raise
            if time.monotonic() >= deadline:
                raise WarehouseLockedError(
                    f"warehouse {path} is still locked after {wait_seconds:.0f}s; close the "
                    f"process holding it and retry. DuckDB says: {exc}"
                ) from exc
            time.sleep(_RETRY_EVERY)


def _attach(path: Path, *, read_only: bool) -> duckdb.DuckDBPyConnection:
    """The file attached with this package's storage options (row group size, and for a new
    file its storage version); `duckdb.connect(path)` has no way to pass them."""
    options = [f"ROW_GROUP_SIZE {ROW_GROUP_SIZE}"]
    if read_only:
        options.append("READ_ONLY")
    elif not path.exists():
        options.append(f"STORAGE_VERSION '{NEW_FILE_STORAGE_VERSION}'")
    con = duckdb.connect(config=MEMORY_CONFIG)
    try:
        # The path travels as a parameter; the options are this module's constants.
        con.execute(f"attach ? as {CATALOG} ({', '.join(options)})", [str(path)])
        con.execute(f"use {CATALOG}")
    except BaseException:
        con.close()
        raise
    return con


@contextmanager
def open_warehouse(path: Path, *, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
    con = connect(path, read_only=read_only)
    try:
        if not read_only:
            ensure_raw_schema(con)
        yield con
    finally:
        con.close()


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """All or nothing: a failure anywhere inside leaves the file as it was."""
    con.execute("begin transaction")
    try:
        yield con
    except BaseException:
        con.execute("rollback")
        raise
    con.execute("commit")


def ensure_raw_schema(con: duckdb.DuckDBPyConnection) -> None:
    for statement in (*RAW_DDL, *STATE_DDL):
        con.execute(statement)


def table_columns(con: duckdb.DuckDBPyConnection, schema: str, table: str) -> list[tuple[str, str]]:
    return [
        (r[0], r[1])
        for r in con.execute(
            "select column_name, data_type from information_schema.columns "
            "where table_schema = ? and table_name = ? order by ordinal_position",
            [schema, table],
        ).fetchall()
    ]


def jsonl_lines(names: Sequence[str], rows: Iterable[Sequence[object]]) -> Iterator[str]:
    """Rows as JSON lines keyed by column name: the format `load_jsonl` reads back."""
    for row in rows:
        yield json.dumps(dict(zip(names, row, strict=True)), default=str, ensure_ascii=False)


def load_jsonl(con: duckdb.DuckDBPyConnection, schema: str, table: str, path: str) -> None:
    """Append a JSON-lines file to a table, typed by the table's own columns.

    Identifiers come from information_schema, never from input; values travel as data.
    """
    columns = table_columns(con, schema, table)
    spec = ", ".join(f"'{name}': '{kind}'" for name, kind in columns)
    column_list = ", ".join(f'"{name}"' for name, _ in columns)
    con.execute(
        f"insert into {schema}.{table} ({column_list}) "  # noqa: S608
        f"select {column_list} from read_json(?, format = 'newline_delimited', "
        f"columns = {{{spec}}})",
        [path],
    )


def bulk_insert(
    con: duckdb.DuckDBPyConnection, schema: str, table: str, rows: Iterable[Sequence[object]]
) -> int:
    """Insert many rows at file-load speed: DuckDB's executemany manages ~3k rows/s, this ~500k."""
    names = [c for c, _ in table_columns(con, schema, table)]
    count = 0
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as f:
        path = f.name
        for line in jsonl_lines(names, rows):
            f.write(line + "\n")
            count += 1
    try:
        if count:
            load_jsonl(con, schema, table, path)
    finally:
        os.unlink(path)
    return count
