"""Opening the DuckDB file the way a shared, single-writer file needs.

DuckDB lets one process hold the file for writing and locks out everyone else, readers too.
Writers therefore open late, close early, and wait a while for a reader (the DuckDB CLI, a
notebook) to let go before failing with a message that names who holds the lock.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from pipelines.raw_schema import RAW_DDL

LOCK_WAIT_SECONDS = 60.0
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
            return duckdb.connect(str(path), read_only=read_only)
        except duckdb.IOException as exc:
            if "lock" not in str(exc).lower():
                raise
            if time.monotonic() >= deadline:
                raise WarehouseLockedError(
                    f"warehouse {path} is still locked after {wait_seconds:.0f}s; close the "
                    f"process holding it and retry. DuckDB says: {exc}"
                ) from exc
            time.sleep(_RETRY_EVERY)


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
    for statement in RAW_DDL:
        con.execute(statement)
