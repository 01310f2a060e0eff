"""Bring `raw.documents` and `raw.ingest_issues` in line with the input folder, all or nothing.

Versions are append-only: an edit adds a version, a deletion adds a tombstone, an unchanged
file writes nothing. That keeps history for analysts and makes a re-run a no-op.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime

import duckdb

from pipelines.ingest.decode import RejectedFile
from pipelines.ingest.scan import Document, Issue, SourceFile, article_id_for, parse_source
from pipelines.warehouse import bulk_insert, transaction


@dataclass
class IngestStats:
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    deleted: int = 0
    failed: int = 0
    issues_by_reason: dict[str, int] = field(default_factory=dict)

    def as_metadata(self) -> dict[str, int]:
        counts = {k: v for k, v in vars(self).items() if isinstance(v, int)}
        counts.update({f"issue_{k}": v for k, v in self.issues_by_reason.items()})
        return counts


def _latest_versions(
    con: duckdb.DuckDBPyConnection,
) -> dict[str, tuple[int, str, bool, str | None]]:
    """article_id -> (version, fingerprint, is_deleted, stat key) of its latest version."""
    rows = con.execute(
        """
        select article_id, version, file_sha256, is_deleted, file_stat
        from pipeline_state.latest_documents
        """
    ).fetchall()
    return {r[0]: (r[1], r[2], r[3], r[4]) for r in rows}


def sync_raw(
    con: duckdb.DuckDBPyConnection,
    sources: Iterable[SourceFile],
    scan_issues: list[Issue],
    now: datetime,
    progress: Callable[[int], None] | None = None,
) -> IngestStats:
    """Parse only files that changed and write every change in one transaction.

    A file whose sizes and modification times match the stored version is not even read; one
    whose bytes hash to the stored fingerprint is read but not parsed. New versions stream to a
    bulk load, so memory does not grow with the size of the folder.
    """
    stats = IngestStats()
    latest = _latest_versions(con)
    issues = list(scan_issues)
    present: set[str] = set()

    def new_versions() -> Iterator[tuple]:
        for source in sources:
            if progress:
                progress(1)
            article_id = article_id_for(source.source_name)
            previous = latest.get(article_id)
            live = previous is not None and not previous[2]
            stat_key = source.stat_key
            try:
                if live and (
                    (stat_key is not None and previous[3] == stat_key)  # type: ignore[index]
                    or previous[1] == source.file_sha256  # type: ignore[index]
                ):
                    stats.unchanged += 1
                    present.add(article_id)
                    continue
                doc = parse_source(source)
            except RejectedFile as exc:
                issues.append(Issue(source.source_name, exc.issue, exc.detail, source.fingerprint))
                stats.failed += 1
                continue
            present.add(article_id)
            if live:
                stats.changed += 1
            else:
                stats.new += 1
            version = previous[0] + 1 if previous else 1
            yield _row(article_id, version, source.source_name, doc, stat_key, now)

    with transaction(con):
        bulk_insert(con, "raw", "documents", new_versions())
        gone = [a for a, (_, _, deleted, _) in latest.items() if not deleted and a not in present]
        names: dict[str, str] = {}
        if gone:
            names = dict(
                con.execute(
                    "select distinct article_id, source_name from raw.documents "
                    "where article_id in (select unnest(?))",
                    [gone],
                ).fetchall()
            )
        # Files in a folder we could not list are unknown, not deleted.
        hidden = tuple(i.source_name + "/" for i in issues if i.issue == "unreadable_folder")
        if "./" in hidden:
            gone = []
        gone = [a for a in gone if not (hidden and names[a].startswith(hidden))]
        tombstones = [_row(a, latest[a][0] + 1, names[a], None, None, now) for a in gone]
        stats.deleted = bulk_insert(con, "raw", "documents", tombstones)
        for issue in issues:
            stats.issues_by_reason[issue.issue] = stats.issues_by_reason.get(issue.issue, 0) + 1
        _sync_issues(con, issues, now)
    return stats


def _row(
    article_id: str,
    version: int,
    source_name: str,
    doc: Document | None,
    stat_key: str | None,
    now: datetime,
) -> tuple:
    """A raw.documents row; no document means a tombstone for a file that is gone."""
    return (
        article_id,
        version,
        source_name,
        doc.file_sha256 if doc else "",
        doc.content_sha256 if doc else None,
        doc.format if doc else "deleted",
        doc.body_text if doc else None,
        doc.metadata if doc else None,
        now,
        doc is None,
        stat_key,
    )


def _sync_issues(con: duckdb.DuckDBPyConnection, issues: list[Issue], now: datetime) -> None:
    """Keep `seen_at` for issues that persist unchanged, so a re-run rewrites nothing."""
    existing = {
        r[0]: (r[1], r[2], r[3])
        for r in con.execute(
            "select source_name, issue, detail, file_sha256 from raw.ingest_issues"
        ).fetchall()
    }
    current = {i.source_name: i for i in issues}
    for name in existing.keys() - current.keys():
        con.execute("delete from raw.ingest_issues where source_name = ?", [name])
    for name, issue in current.items():
        if existing.get(name) == (issue.issue, issue.detail, issue.file_sha256):
            continue
        con.execute("delete from raw.ingest_issues where source_name = ?", [name])
        con.execute(
            "insert into raw.ingest_issues (source_name, issue, detail, file_sha256, seen_at) "
            "values (?, ?, ?, ?, ?)",
            [name, issue.issue, issue.detail, issue.file_sha256, now],
        )
