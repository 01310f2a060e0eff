"""The folder sensor and its helpers: listing, diffing, run keys, cursor handling."""

from __future__ import annotations

import json
import os
from pathlib import Path

import dagster as dg

from pipelines.automation import (
    FolderChanges,
    diff_listing,
    folder_listing,
    input_folder_sensor,
)
from pipelines.settings import DEFAULT_MAX_FILE_BYTES as LIMIT


def test_diff_listing_finds_new_changed_and_deleted() -> None:
    previous = {"a.txt": "10:1", "b.txt": "20:2", "c.txt": "30:3"}
    current = {"a.txt": "10:1", "b.txt": "21:5", "d.txt": "40:4", "e/f.txt": "1:1"}
    changes = diff_listing(previous, current)
    assert changes == FolderChanges(new=["d.txt", "e/f.txt"], changed=["b.txt"], deleted=["c.txt"])
    assert changes


def test_diff_listing_of_identical_listings_is_falsy() -> None:
    listing = {"a.txt": "10:1"}
    changes = diff_listing(listing, dict(listing))
    assert changes == FolderChanges(new=[], changed=[], deleted=[])
    assert not changes
    assert not diff_listing({}, {})


def test_run_key_is_stable_for_the_same_change_and_differs_otherwise() -> None:
    listing = {"a.txt": "10:1", "b.txt": "20:2"}
    same_in_other_order = {"b.txt": "20:2", "a.txt": "10:1"}
    changes = diff_listing({}, listing)
    key = changes.run_key(1, listing)
    assert key.startswith("folder-")
    assert key == changes.run_key(1, same_in_other_order)
    assert key != changes.run_key(1, {"a.txt": "10:1", "b.txt": "20:3"})
    assert key != changes.run_key(1, {"a.txt": "10:1"})
    # The same listing reached again later (delete, then restore) is a new change.
    assert key != changes.run_key(3, listing)


def test_folder_listing_keys_articles_by_their_ingest_stat_key(input_dir: Path) -> None:
    (input_dir / "a.txt").write_text("12345")
    (input_dir / "sub").mkdir()
    (input_dir / "sub" / "b.html").write_text("<p>x</p>")
    (input_dir / "notes.pdf").write_bytes(b"%PDF")
    listing = folder_listing(input_dir, LIMIT)
    assert set(listing) == {"a.txt", "sub/b.html", "notes.pdf"}
    assert listing["notes.pdf"].startswith("unsupported_type")
    before = dict(listing)
    # A sidecar is part of its article's entry; a `cp -p`-style edit keeps size and mtime.
    (input_dir / "a.txt.meta.json").write_text('{"title": "A"}')
    stat = (input_dir / "sub" / "b.html").stat()
    (input_dir / "sub" / "b.html").write_text("<p>y</p>")
    os.utime(input_dir / "sub" / "b.html", ns=(stat.st_atime_ns, stat.st_mtime_ns))
    after = folder_listing(input_dir, LIMIT)
    assert set(after) == set(before)
    assert after["a.txt"] != before["a.txt"]
    assert after["sub/b.html"] != before["sub/b.html"]
    assert after["notes.pdf"] == before["notes.pdf"]


def test_folder_listing_of_a_missing_folder_is_empty(tmp_path: Path) -> None:
    assert folder_listing(tmp_path / "does-not-exist", LIMIT) == {}
    assert folder_listing(tmp_path, LIMIT) == {}


def test_sensor_requests_a_run_then_skips_then_requests_again_after_an_edit(
    input_dir: Path,
) -> None:
    (input_dir / "a.txt").write_text("first version")
    (input_dir / "b.txt").write_text("another article")

    context = dg.build_sensor_context(cursor=None)
    first = input_folder_sensor(context)
    assert isinstance(first, dg.RunRequest)
    assert first.tags["news/new"] == "2"
    assert first.tags["news/changed"] == "0"
    assert first.tags["news/deleted"] == "0"
    assert first.run_key and first.run_key.startswith("folder-")
    cursor = context.cursor
    assert cursor is not None
    assert json.loads(cursor) == {"sequence": 1, "listing": folder_listing(input_dir, LIMIT)}

    context = dg.build_sensor_context(cursor=cursor)
    second = input_folder_sensor(context)
    assert isinstance(second, dg.SkipReason)
    assert context.cursor == cursor

    (input_dir / "a.txt").write_text("second, longer version of the article")
    context = dg.build_sensor_context(cursor=cursor)
    third = input_folder_sensor(context)
    assert isinstance(third, dg.RunRequest)
    assert third.tags == {"news/new": "0", "news/changed": "1", "news/deleted": "0"}
    assert third.run_key != first.run_key
    assert context.cursor != cursor

    cursor = context.cursor
    (input_dir / "b.txt").unlink()
    context = dg.build_sensor_context(cursor=cursor)
    fourth = input_folder_sensor(context)
    assert isinstance(fourth, dg.RunRequest)
    assert fourth.tags == {"news/new": "0", "news/changed": "0", "news/deleted": "1"}


def test_sensor_on_an_empty_folder_skips(input_dir: Path) -> None:
    context = dg.build_sensor_context(cursor=None)
    assert isinstance(input_folder_sensor(context), dg.SkipReason)
