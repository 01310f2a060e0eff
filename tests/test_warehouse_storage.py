"""Appending to a large raw table must not rewrite the whole table at the next checkpoint:
the pipeline's connections keep row groups small, so an append touches only the last one."""

from __future__ import annotations

from pathlib import Path

from pipelines.warehouse import ROW_GROUP_SIZE, open_warehouse


def _row_groups(con, table: str) -> list[int]:
    return [
        r[0]
        for r in con.execute(
            "select max(count) from pragma_storage_info(?) group by row_group_id "
            "order by row_group_id",
            [table],
        ).fetchall()
    ]


def test_tables_written_by_the_pipeline_use_small_row_groups(tmp_path: Path) -> None:
    path = tmp_path / "w.duckdb"
    rows = 3 * ROW_GROUP_SIZE + 5
    with open_warehouse(path) as con:
        con.execute(
            "create table raw.sample as select range as i, repeat('x', 200) as body from range(?)",
            [rows],
        )
    with open_warehouse(path) as con:  # a later run appends one row
        con.execute("insert into raw.sample values (?, 'new')", [rows])
        con.execute("checkpoint")
        groups = _row_groups(con, "raw.sample")
    assert sum(groups) == rows + 1
    assert len(groups) >= 4
    assert max(groups) <= ROW_GROUP_SIZE
