"""Analysts open the warehouse with the DuckDB CLI: files the pipeline creates must stay in a
storage format that the CLI installed beside it can read."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pipelines.warehouse import open_warehouse

CLI = Path(sys.executable).parent / "duckdb"


@pytest.mark.skipif(not CLI.exists(), reason="duckdb-cli is a dev dependency")
def test_the_cli_reads_a_warehouse_written_by_the_pipeline(tmp_path: Path) -> None:
    path = tmp_path / "w.duckdb"
    with open_warehouse(path) as con:
        con.execute(
            "insert into raw.ingest_issues values ('a.pdf', 'unsupported_type', 'x', null, now())"
        )
    with open_warehouse(path) as con:  # a later writer keeps the format
        con.execute(
            "insert into raw.ingest_issues values ('b.pdf', 'unsupported_type', 'x', null, now())"
        )
    result = subprocess.run(
        [str(CLI), "-readonly", "-csv", str(path), "-c", "select count(*) from raw.ingest_issues"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "2"
