"""The scope of the archive-wide dbt tests (macro `changed_since`): with a scope set they skip
rows older than it, with none they check every row."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import duckdb

from tests.dbt_fixture import dbt_build, fixture_warehouse

SCOPED_TEST = "assert_sentence_text_matches_body"


def _execute(warehouse: Path, sql: str, params: list | None = None) -> None:
    con = duckdb.connect(str(warehouse))
    try:
        con.execute(sql, params or [])
    finally:
        con.close()


def test_a_scoped_test_checks_only_rows_newer_than_the_scope(tmp_path: Path) -> None:
    warehouse = fixture_warehouse(tmp_path / "w.duckdb")
    built = dbt_build(warehouse)
    assert built.returncode == 0, built.stdout + built.stderr
    # An old sentence no longer matches its body: only a check of every row can see it.
    _execute(warehouse, "update marts.sentences set text = 'tampered' where sentence_index = 0")

    later = datetime.now() + timedelta(days=1)
    _execute(warehouse, "insert into pipeline_state.dbt_test_scope values (?)", [later])
    scoped = dbt_build(warehouse, "--select", SCOPED_TEST, command="test")
    assert scoped.returncode == 0, scoped.stdout + scoped.stderr

    _execute(warehouse, "delete from pipeline_state.dbt_test_scope")
    unscoped = dbt_build(warehouse, "--select", SCOPED_TEST, command="test")
    assert unscoped.returncode != 0
    assert SCOPED_TEST in unscoped.stdout


def test_a_scope_before_the_rows_still_catches_them(tmp_path: Path) -> None:
    warehouse = fixture_warehouse(tmp_path / "w.duckdb")
    built = dbt_build(warehouse)
    assert built.returncode == 0, built.stdout + built.stderr
    _execute(warehouse, "update marts.sentences set text = 'tampered' where sentence_index = 0")
    _execute(
        warehouse, "insert into pipeline_state.dbt_test_scope values (?)", [datetime(2000, 1, 1)]
    )
    scoped = dbt_build(warehouse, "--select", SCOPED_TEST, command="test")
    assert scoped.returncode != 0
