"""Input folder → raw.documents / raw.ingest_issues: versions, tombstones, issues, atomicity."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import duckdb
import pytest

import pipelines.ingest.store as store
from pipelines.ingest.decode import RejectedFile, decode_text
from pipelines.ingest.scan import article_id_for, parse_source, scan_folder
from pipelines.ingest.store import IngestStats, sync_raw
from pipelines.warehouse import WarehouseLockedError, connect, open_warehouse

T0 = datetime(2024, 3, 3, 8, 0, 0)
T1 = datetime(2024, 3, 4, 9, 30, 0)
T2 = datetime(2024, 3, 5, 10, 45, 0)
T3 = datetime(2024, 3, 6, 12, 0, 0)

FERRY = (
    "Port Authority Approves New Ferry Terminal\n"
    "Commissioners voted on Thursday to build a larger ferry terminal on the east pier.\n"
)
CATTLE = (
    "Drought Forces Farmers To Sell Cattle Early\n"
    "By Jane Roe\n"
    "Ranchers across the valley began selling their herds weeks ahead of schedule.\n"
)
FERRY_EDITED = FERRY + "Construction is expected to start in the autumn.\n"

HTML_PAGE = (
    "<html><head><title>Storm Damages Fishing Fleet</title></head><body><article>"
    "<h1>Storm Damages Fishing Fleet</h1>"
    "<p>High winds sank three boats in the harbour overnight, the coast guard said on Sunday, "
    "and two crews had to be rescued by a lifeboat from the neighbouring town.</p>"
    "<p>The harbour master said the fleet had ignored a warning issued the evening before, "
    "and that insurers would send assessors to the quay on Monday morning.</p>"
    "<p>Fishermen said the losses would be felt for the rest of the season, because "
    "replacement boats could take many months to arrive from the shipyard in the south.</p>"
    "</article></body></html>"
)


@pytest.fixture
def con(warehouse: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    with open_warehouse(warehouse) as connection:
        yield connection


def ingest(
    con: duckdb.DuckDBPyConnection, root: Path, now: datetime = T0, max_bytes: int = 1_000_000
) -> IngestStats:
    sources, issues = scan_folder(root, max_bytes)
    return sync_raw(con, sources, issues, now)


def documents(con: duckdb.DuckDBPyConnection) -> list[tuple]:
    return con.execute(
        "select article_id, version, source_name, file_sha256, content_sha256, format, "
        "body_text, metadata, ingested_at, is_deleted from raw.documents "
        "order by source_name, version"
    ).fetchall()


def versions(con: duckdb.DuckDBPyConnection, source_name: str) -> list[tuple]:
    return con.execute(
        "select version, is_deleted, body_text, ingested_at from raw.documents "
        "where source_name = ? order by version",
        [source_name],
    ).fetchall()


def issues(con: duckdb.DuckDBPyConnection) -> list[tuple]:
    return con.execute(
        "select source_name, issue, detail, file_sha256, seen_at from raw.ingest_issues "
        "order by source_name"
    ).fetchall()


def issue_reasons(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    return {row[0]: row[1] for row in issues(con)}


def count(con: duckdb.DuckDBPyConnection, table: str) -> int:
    return con.execute(f"select count(*) from raw.{table}").fetchall()[0][0]


# ----------------------------------------------------------------------------- versions


def test_first_run_inserts_one_version_per_file(
    con: duckdb.DuckDBPyConnection, input_dir: Path
) -> None:
    (input_dir / "ferry.txt").write_text(FERRY)
    (input_dir / "cattle.txt").write_text(CATTLE)
    stats = ingest(con, input_dir)
    assert (stats.new, stats.changed, stats.unchanged, stats.deleted, stats.failed) == (
        2,
        0,
        0,
        0,
        0,
    )
    rows = con.execute(
        "select source_name, article_id, version, format, is_deleted, ingested_at, "
        "json_extract_string(metadata, '$.title'), json_extract_string(metadata, '$.author') "
        "from raw.documents order by source_name"
    ).fetchall()
    assert rows == [
        (
            "cattle.txt",
            article_id_for("cattle.txt"),
            1,
            "txt",
            False,
            T0,
            "Drought Forces Farmers To Sell Cattle Early",
            "Jane Roe",
        ),
        (
            "ferry.txt",
            article_id_for("ferry.txt"),
            1,
            "txt",
            False,
            T0,
            "Port Authority Approves New Ferry Terminal",
            None,
        ),
    ]
    body = con.execute(
        "select body_text from raw.documents where source_name = 'ferry.txt'"
    ).fetchall()[0][0]
    assert body == FERRY.splitlines()[1]
    assert issues(con) == []


def test_rerun_without_changes_writes_nothing(
    con: duckdb.DuckDBPyConnection, input_dir: Path
) -> None:
    (input_dir / "ferry.txt").write_text(FERRY)
    (input_dir / "cattle.txt").write_text(CATTLE)
    (input_dir / "empty.txt").write_bytes(b"")
    (input_dir / "scan.pdf").write_bytes(b"%PDF-1.4\n")
    ingest(con, input_dir, now=T0)
    docs_before, issues_before = documents(con), issues(con)
    assert len(docs_before) == 2
    assert len(issues_before) == 2

    stats = ingest(con, input_dir, now=T1)

    assert (stats.new, stats.changed, stats.unchanged, stats.deleted) == (0, 0, 2, 0)
    assert documents(con) == docs_before
    assert issues(con) == issues_before  # seen_at included: still T0
    assert {row[4] for row in issues(con)} == {T0}


def test_edited_file_gets_version_two_and_keeps_version_one(
    con: duckdb.DuckDBPyConnection, input_dir: Path
) -> None:
    (input_dir / "ferry.txt").write_text(FERRY)
    ingest(con, input_dir, now=T0)
    (input_dir / "ferry.txt").write_text(FERRY_EDITED)
    stats = ingest(con, input_dir, now=T1)
    assert (stats.new, stats.changed) == (0, 1)
    rows = versions(con, "ferry.txt")
    assert [(v, deleted, at) for v, deleted, _, at in rows] == [(1, False, T0), (2, False, T1)]
    assert "autumn" not in rows[0][2]
    assert rows[1][2].endswith("Construction is expected to start in the autumn.")
    ids = con.execute("select distinct article_id from raw.documents").fetchall()
    assert ids == [(article_id_for("ferry.txt"),)]


def test_deleted_file_gets_a_tombstone_then_restored_file_a_new_version(
    con: duckdb.DuckDBPyConnection, input_dir: Path
) -> None:
    (input_dir / "ferry.txt").write_text(FERRY)
    (input_dir / "cattle.txt").write_text(CATTLE)
    ingest(con, input_dir, now=T0)

    (input_dir / "ferry.txt").unlink()
    stats = ingest(con, input_dir, now=T1)
    assert stats.deleted == 1
    tombstone = con.execute(
        "select version, is_deleted, body_text, content_sha256, format, ingested_at "
        "from raw.documents where source_name = 'ferry.txt' and version = 2"
    ).fetchall()
    assert tombstone == [(2, True, None, None, "deleted", T1)]

    # A second run with the file still gone adds no second tombstone.
    ingest(con, input_dir, now=T2)
    assert [(v, d) for v, d, _, _ in versions(con, "ferry.txt")] == [(1, False), (2, True)]

    (input_dir / "ferry.txt").write_text(FERRY)
    stats = ingest(con, input_dir, now=T3)
    assert stats.new == 1
    rows = versions(con, "ferry.txt")
    assert [(v, d, at) for v, d, _, at in rows] == [(1, False, T0), (2, True, T1), (3, False, T3)]
    assert rows[2][2] == rows[0][2]
    # The untouched article was never rewritten.
    assert [(v, at) for v, _, _, at in versions(con, "cattle.txt")] == [(1, T0)]


def test_article_that_turns_into_an_issue_is_tombstoned(
    con: duckdb.DuckDBPyConnection, input_dir: Path
) -> None:
    (input_dir / "ferry.txt").write_text(FERRY)
    ingest(con, input_dir, now=T0)
    (input_dir / "ferry.txt").write_bytes(b"")
    ingest(con, input_dir, now=T1)
    assert [(v, d) for v, d, _, _ in versions(con, "ferry.txt")] == [(1, False), (2, True)]
    assert issue_reasons(con) == {"ferry.txt": "empty"}
    (input_dir / "ferry.txt").write_text(FERRY)
    ingest(con, input_dir, now=T2)
    assert issues(con) == []
    history = [(v, d) for v, d, _, _ in versions(con, "ferry.txt")]
    assert history == [(1, False), (2, True), (3, False)]


def test_issue_disappears_when_its_file_is_fixed_or_removed(
    con: duckdb.DuckDBPyConnection, input_dir: Path
) -> None:
    (input_dir / "later.txt").write_bytes(b"   ")
    (input_dir / "junk.pdf").write_bytes(b"%PDF")
    ingest(con, input_dir, now=T0)
    assert issue_reasons(con) == {"later.txt": "empty", "junk.pdf": "unsupported_type"}
    (input_dir / "later.txt").write_text(CATTLE)
    (input_dir / "junk.pdf").unlink()
    ingest(con, input_dir, now=T1)
    assert issues(con) == []
    assert [(v, d) for v, d, _, _ in versions(con, "later.txt")] == [(1, False)]


# ----------------------------------------------------------------------------- bad inputs


def test_each_bad_input_is_recorded_with_its_reason_while_good_files_ingest(
    con: duckdb.DuckDBPyConnection, input_dir: Path, tmp_path: Path
) -> None:
    (input_dir / "good.txt").write_text(FERRY)
    (input_dir / "page.html").write_text(HTML_PAGE)
    (input_dir / "empty.txt").write_bytes(b"")
    (input_dir / "blank.txt").write_bytes(b" \n\t\n")
    (input_dir / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01")
    (input_dir / "huge.txt").write_text(CATTLE * 20)
    (input_dir / "report.pdf").write_bytes(b"%PDF-1.7\n")
    (input_dir / "notes").write_text("a file without a suffix")
    (input_dir / "nothing.html").write_text("<html><body><div></div></body></html>")
    outside = tmp_path / "outside.txt"
    outside.write_text(CATTLE)
    (input_dir / "link.txt").symlink_to(outside)
    outside_dir = tmp_path / "elsewhere"
    outside_dir.mkdir()
    (outside_dir / "x.txt").write_text(CATTLE)
    (input_dir / "linked_dir").symlink_to(outside_dir, target_is_directory=True)
    undecodable = bytes(range(0x80, 0x100))
    (input_dir / "garbled.txt").write_bytes(undecodable)

    stats = ingest(con, input_dir, max_bytes=1000)

    assert len(CATTLE * 20) > 1000
    reasons = issue_reasons(con)
    assert reasons == {
        "empty.txt": "empty",
        "blank.txt": "empty",
        "binary.txt": "binary",
        "huge.txt": "too_large",
        "report.pdf": "unsupported_type",
        "notes": "unsupported_type",
        "nothing.html": "no_text_extracted",
        "link.txt": "outside_input_folder",
        "linked_dir": "outside_input_folder",
        "garbled.txt": "undecodable",
    }
    details = {row[0]: row[2] for row in issues(con)}
    assert "1000" in details["huge.txt"]
    assert str(outside) in details["link.txt"]
    docs = con.execute(
        "select source_name, format, is_deleted from raw.documents order by source_name"
    ).fetchall()
    assert docs == [("good.txt", "txt", False), ("page.html", "html", False)]
    assert stats.new == 2
    assert stats.failed == 5
    assert stats.issues_by_reason["unsupported_type"] == 2
    # Rejected files carry their fingerprint, scan-time issues do not.
    sha = {row[0]: row[3] for row in issues(con)}
    assert sha["empty.txt"] is not None
    assert sha["report.pdf"] is None


def test_undecodable_bytes_really_are_undecodable() -> None:
    data = bytes(range(0x80, 0x100))
    try:
        decode_text(data)
    except RejectedFile as exc:
        assert exc.issue == "undecodable"
    else:
        pytest.skip("charset_normalizer found an encoding for the test bytes")


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read a chmod 000 file")
def test_unreadable_file_is_an_issue(con: duckdb.DuckDBPyConnection, input_dir: Path) -> None:
    (input_dir / "good.txt").write_text(FERRY)
    locked = input_dir / "locked.txt"
    locked.write_text(CATTLE)
    locked.chmod(0)
    try:
        ingest(con, input_dir)
    finally:
        locked.chmod(0o644)
    assert issue_reasons(con) == {"locked.txt": "unreadable"}
    assert count(con, "documents") == 1


def test_symlink_inside_the_folder_is_read(con: duckdb.DuckDBPyConnection, input_dir: Path) -> None:
    (input_dir / "ferry.txt").write_text(FERRY)
    (input_dir / "alias.txt").symlink_to(input_dir / "ferry.txt")
    (input_dir / "dangling.txt").symlink_to(input_dir / "gone.txt")
    ingest(con, input_dir)
    names = con.execute("select source_name from raw.documents order by 1").fetchall()
    assert names == [("alias.txt",), ("ferry.txt",)]
    assert issue_reasons(con) == {"dangling.txt": "unreadable"}


def test_file_in_a_sub_folder_is_named_by_its_relative_path(
    con: duckdb.DuckDBPyConnection, input_dir: Path
) -> None:
    (input_dir / "sub").mkdir()
    (input_dir / "sub" / "a.txt").write_text(FERRY)
    (input_dir / "sub" / "deeper").mkdir()
    (input_dir / "sub" / "deeper" / "b.txt").write_bytes(b"")
    ingest(con, input_dir)
    rows = con.execute("select source_name, article_id from raw.documents").fetchall()
    assert rows == [("sub/a.txt", article_id_for("sub/a.txt"))]
    assert issue_reasons(con) == {"sub/deeper/b.txt": "empty"}


# ----------------------------------------------------------------------------- sidecars


@pytest.mark.parametrize("sidecar_name", ["story.meta.json", "story.txt.meta.json"])
def test_sidecar_overrides_parsed_metadata(input_dir: Path, sidecar_name: str) -> None:
    (input_dir / "story.txt").write_text(CATTLE + "March 3, 2024\n")
    (input_dir / sidecar_name).write_text(
        json.dumps(
            {
                "title": "Ranchers Sell Herds Early",
                "author": "Ana Ruiz",
                "outlet": "The Valley Post",
                "url": "https://valleypost.example.org/ranchers",
                "published_at": "2024-02-29",
            }
        )
    )
    sources, scan_issues = scan_folder(input_dir, 1_000_000)
    assert scan_issues == []
    assert [s.source_name for s in sources] == ["story.txt"]
    meta = parse_source(sources[0]).metadata
    assert meta["title"] == "Ranchers Sell Herds Early"
    assert meta["author"] == "Ana Ruiz"
    assert meta["outlet"] == "The Valley Post"
    assert meta["url"] == "https://valleypost.example.org/ranchers"
    assert meta["published_at"] == date(2024, 2, 29).isoformat()
    assert meta["published_at_source"] == "metadata"


def test_partial_sidecar_keeps_what_the_text_gave(input_dir: Path) -> None:
    (input_dir / "story.txt").write_text(CATTLE)
    (input_dir / "story.meta.json").write_text(json.dumps({"outlet": "The Valley Post"}))
    sources, _ = scan_folder(input_dir, 1_000_000)
    meta = parse_source(sources[0]).metadata
    assert meta["outlet"] == "The Valley Post"
    assert meta["title"] == "Drought Forces Farmers To Sell Cattle Early"
    assert meta["author"] == "Jane Roe"
    assert meta["published_at"] is None
    assert meta["published_at_source"] is None


def test_sidecar_in_the_warehouse_and_a_sidecar_edit_is_a_new_version(
    con: duckdb.DuckDBPyConnection, input_dir: Path
) -> None:
    (input_dir / "story.txt").write_text(CATTLE)
    sidecar = input_dir / "story.meta.json"
    sidecar.write_text(json.dumps({"title": "First Title", "published_at": "2024-02-29"}))
    ingest(con, input_dir, now=T0)
    sidecar.write_text(json.dumps({"title": "Second Title", "published_at": "2024-02-29"}))
    ingest(con, input_dir, now=T1)
    rows = con.execute(
        "select version, json_extract_string(metadata, '$.title'), "
        "json_extract_string(metadata, '$.published_at_source') "
        "from raw.documents order by version"
    ).fetchall()
    assert rows == [(1, "First Title", "metadata"), (2, "Second Title", "metadata")]
    assert issues(con) == []


def test_orphan_sidecar_is_an_issue(con: duckdb.DuckDBPyConnection, input_dir: Path) -> None:
    (input_dir / "story.txt").write_text(FERRY)
    (input_dir / "lonely.meta.json").write_text(json.dumps({"title": "Nobody Reads Me"}))
    ingest(con, input_dir)
    assert issue_reasons(con) == {"lonely.meta.json": "orphan_sidecar"}
    assert count(con, "documents") == 1


# ----------------------------------------------------------------------------- atomicity


def test_failure_inside_the_transaction_leaves_raw_tables_unchanged(
    con: duckdb.DuckDBPyConnection, input_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (input_dir / "ferry.txt").write_text(FERRY)
    (input_dir / "cattle.txt").write_text(CATTLE)
    (input_dir / "empty.txt").write_bytes(b"")
    ingest(con, input_dir, now=T0)
    docs_before, issues_before = documents(con), issues(con)

    # Every kind of change at once: an edit, a deletion, a new file, a new issue, a fixed issue.
    (input_dir / "ferry.txt").write_text(FERRY_EDITED)
    (input_dir / "cattle.txt").unlink()
    (input_dir / "new.html").write_text(HTML_PAGE)
    (input_dir / "scan.pdf").write_bytes(b"%PDF")
    (input_dir / "empty.txt").write_text(CATTLE)

    def explode(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full, pretend")

    monkeypatch.setattr(store, "_sync_issues", explode)
    with pytest.raises(RuntimeError, match="disk full"):
        ingest(con, input_dir, now=T1)

    assert documents(con) == docs_before
    assert issues(con) == issues_before

    # And the connection is usable: the next run applies everything.
    monkeypatch.undo()
    ingest(con, input_dir, now=T2)
    assert count(con, "documents") == len(docs_before) + 4


# ----------------------------------------------------------------------------- locking

HOLD_LOCK = textwrap.dedent(
    """
    import sys, time
    import duckdb
    con = duckdb.connect(sys.argv[1])
    print("ready", flush=True)
    time.sleep(60)
    """
)


def test_connect_names_the_path_when_another_process_holds_the_lock(warehouse: Path) -> None:
    with open_warehouse(warehouse):
        pass
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(warehouse)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(WarehouseLockedError) as exc:
            connect(warehouse, wait_seconds=1)
        assert str(warehouse) in str(exc.value)
        with pytest.raises(WarehouseLockedError):
            connect(warehouse, read_only=True, wait_seconds=0)
    finally:
        holder.kill()
        holder.wait(timeout=30)
    # Once the holder is gone the file opens again.
    connect(warehouse, wait_seconds=5).close()


def test_connect_creates_the_parent_folder(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "dir" / "w.duckdb"
    connect(path, wait_seconds=0).close()
    assert path.exists()
