"""Re-ingestion cost: unchanged files are recognized by their stat without being read, while an
edit that keeps the size (a changed letter) is still caught."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest

from pipelines.ingest import scan
from pipelines.ingest.scan import scan_folder
from pipelines.ingest.store import sync_raw
from pipelines.warehouse import open_warehouse

NOW = datetime(2026, 2, 1, 9, 0, 0)
TEXT = "Five people were killed in Gao on Monday, the army said. Talks resumed on Tuesday.\n"


def run(con, folder: Path):
    sources, issues = scan_folder(folder, 1_000_000)
    return sync_raw(con, sources, issues, NOW)


def test_unchanged_files_are_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(5):
        (folder / f"a{i}.txt").write_text(TEXT.replace("Five", str(i + 2)))
    with open_warehouse(tmp_path / "w.duckdb") as con:
        assert run(con, folder).new == 5

        def refuse(self: scan.SourceFile) -> None:
            raise AssertionError(f"{self.source_name} was read although unchanged")

        monkeypatch.setattr(scan.SourceFile, "load", refuse)
        stats = run(con, folder)
        assert (stats.unchanged, stats.new, stats.changed) == (5, 0, 0)


def test_same_size_edit_is_detected(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    path = folder / "a.txt"
    path.write_text(TEXT)
    with open_warehouse(tmp_path / "w.duckdb") as con:
        run(con, folder)
        before = path.stat()
        path.write_text(TEXT.replace("Gao", "Goa"))
        os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns + 1_000_000))
        stats = run(con, folder)
        assert stats.changed == 1
        bodies = con.execute(
            "select body_text from raw.documents order by version desc limit 1"
        ).fetchall()
        assert "Goa" in bodies[0][0]


def test_touched_but_identical_file_writes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    path = folder / "a.txt"
    path.write_text(TEXT)
    with open_warehouse(tmp_path / "w.duckdb") as con:
        run(con, folder)
        stat = path.stat()
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000))
        stats = run(con, folder)
        assert (stats.unchanged, stats.changed) == (1, 0)
        assert con.execute("select count(*) from raw.documents").fetchall() == [(1,)]
