"""Incremental extraction: only new or changed document versions are extracted, the output does
not depend on the number of worker processes, and a rule change re-extracts everything once."""

from __future__ import annotations

import random
from datetime import datetime
from pathlib import Path

import duckdb
import pytest

from pipelines import extract_runner
from pipelines.extract import document
from pipelines.extract_runner import extract_pending
from pipelines.ingest.scan import scan_folder
from pipelines.ingest.store import sync_raw
from pipelines.raw_schema import EXTRACTION_TABLES
from pipelines.warehouse import open_warehouse

NOW = datetime(2026, 1, 1, 12, 0, 0)

TEMPLATES = [
    "Mexican President Ana Ruiz met with Guatemalan President Tomas Vidal in Mexico City on "
    "Tuesday. The two leaders discussed migration.",
    "At least {n} people were killed in an attack on a market in Kano, police said on Monday.",
    "Algeria will ship {n},000 barrels per day of crude to Tunisia from March 2025, the energy "
    "ministry said.",
    "Brazilian Foreign Minister Carla Mendes visited Argentina last week for talks with "
    "officials in Buenos Aires.",
]


def write_corpus(folder: Path, count: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        sentences = [t.format(n=rng.randint(2, 90)) for t in TEMPLATES]
        rng.shuffle(sentences)
        (folder / f"a{i:03d}.txt").write_text(" ".join(sentences) + f" Report number {i}.\n")


def ingest(con: duckdb.DuckDBPyConnection, folder: Path) -> None:
    sources, issues = scan_folder(folder, 1_000_000)
    sync_raw(con, sources, issues, NOW)


def snapshot(con: duckdb.DuckDBPyConnection) -> dict[str, list[tuple]]:
    # Table names come from the module constant.
    return {
        t: con.execute(f"select * from raw.{t} order by all").fetchall()  # noqa: S608
        for t in EXTRACTION_TABLES
    }


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    write_corpus(folder, 80)
    return folder


def test_only_new_and_changed_versions_are_extracted(tmp_path: Path, corpus: Path) -> None:
    with open_warehouse(tmp_path / "w.duckdb") as con:
        ingest(con, corpus)
        first = extract_pending(con, NOW, workers=1)
        assert (first.extracted, first.unchanged, first.removed) == (80, 0, 0)
        assert first.rows["sentences"] > 80

        again = extract_pending(con, NOW, workers=1)
        assert (again.extracted, again.unchanged, again.removed) == (0, 80, 0)

        (corpus / "a000.txt").write_text("Three soldiers were wounded in Gao, the army said.\n")
        (corpus / "new.txt").write_text("Two farmers were killed near Mopti on Sunday.\n")
        (corpus / "a001.txt").unlink()
        ingest(con, corpus)
        delta = extract_pending(con, NOW, workers=1)
        assert (delta.extracted, delta.unchanged, delta.removed) == (2, 78, 1)

        edited_id = con.execute(
            "select article_id from raw.documents where source_name = 'a000.txt' limit 1"
        ).fetchall()[0][0]
        kinds = con.execute(
            "select casualty_kind, count_low from raw.casualties where article_id = ?", [edited_id]
        ).fetchall()
        assert kinds == [("wounded", 3)]
        deleted = con.execute(
            "select count(*) from raw.sentences s join raw.documents d using (article_id) "
            "where d.source_name = 'a001.txt'"
        ).fetchall()[0][0]
        assert deleted == 0
        versions = con.execute(
            "select e.version from raw.extractions e join raw.documents d "
            "on d.article_id = e.article_id and d.version = e.version "
            "where d.source_name = 'a000.txt'"
        ).fetchall()
        assert versions == [(2,)]


def test_extractor_version_bump_re_extracts_everything_once(
    tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_warehouse(tmp_path / "w.duckdb") as con:
        ingest(con, corpus)
        extract_pending(con, NOW, workers=1)
        monkeypatch.setattr(extract_runner, "EXTRACTOR_VERSION", document.EXTRACTOR_VERSION + "+t")
        bumped = extract_pending(con, NOW, workers=1)
        assert bumped.extracted == 80
        assert extract_pending(con, NOW, workers=1).extracted == 0
        versions = con.execute("select distinct extractor_version from raw.extractions").fetchall()
        assert versions == [(document.EXTRACTOR_VERSION + "+t",)]


def test_output_is_identical_whatever_the_worker_count(tmp_path: Path, corpus: Path) -> None:
    snapshots = []
    for workers in (1, 2, 3):
        with open_warehouse(tmp_path / f"w{workers}.duckdb") as con:
            ingest(con, corpus)
            stats = extract_pending(con, NOW, workers=workers)
            assert stats.extracted == 80
            snapshots.append(snapshot(con))
    assert snapshots[0] == snapshots[1] == snapshots[2]
    assert len(snapshots[0]["meetings"]) >= 80


def test_a_failure_mid_extraction_leaves_the_previous_rows(
    tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_warehouse(tmp_path / "w.duckdb") as con:
        ingest(con, corpus)
        extract_pending(con, NOW, workers=1)
        before = snapshot(con)
        (corpus / "a002.txt").write_text("Five people were killed in Kidal on Friday.\n")
        ingest(con, corpus)

        def boom(*args: object, **kwargs: object) -> None:
            raise RuntimeError("disk full")

        monkeypatch.setattr(extract_runner, "load_jsonl", boom)
        with pytest.raises(RuntimeError, match="disk full"):
            extract_pending(con, NOW, workers=1)
        assert snapshot(con) == before
