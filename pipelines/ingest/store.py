"""Bring `raw.documents` and `raw.ingest_issues` in line with the input folder, all or nothing.

Versions are append-only: an edit adds a version, a deletion adds a tombstone, an unchanged
file writes nothing. That keeps history for analysts and makes a re-run a no-op.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
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


def _latest_versions(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[int, str, bool]]:
    rows = con.execute(
        """
        select article_id, version, file_sha256, is_deleted
        from raw.documents
        qualify row_number() over (partition by article_id order by version desc) = 1
        """
    ).fetchall()
    return {r[0]: (r[1], r[2], r[3]) for r in rows}


def sync_raw(
    con: duckdb.DuckDBPyConnection,
    sources: Iterable[SourceFile],
    scan_issues: list[Issue],
    now: datetime,
    progress: Callable[[int], None] | None = None,
) -> IngestStats:
    """Parse only files whose fingerprint changed, then write every change in one transaction."""
    stats = IngestStats()
    latest = _latest_versions(con)
    issues = list(scan_issues)
    to_insert: list[tuple[str, int, Document | None, str]] = []
    present: set[str] = set()
    for source in sources:
        article_id = article_id_for(source.source_name)
        previous = latest.get(article_id)
        if previous and not previous[2] and previous[1] == source.file_sha256:
            stats.unchanged += 1
            present.add(article_id)
            if progress:
                progress(1)
            continue
        try:
            doc = parse_source(source)
        except RejectedFile as exc:
            issues.append(Issue(source.source_name, exc.issue, exc.detail, source.file_sha256))
            stats.failed += 1
            if progress:
                progress(1)
            continue
        present.add(article_id)
        version = previous[0] + 1 if previous else 1
        if previous and not previous[2]:
            stats.changed += 1
        else:
            stats.new += 1
        to_insert.append((article_id, version, doc, source.source_name))
        if progress:
            progress(1)
    names: dict[str, str] = {}
    gone = [a for a, (_, _, deleted) in latest.items() if not deleted and a not in present]
    if gone:
        names = dict(
            con.execute(
                "select distinct article_id, source_name from raw.documents "
                "where article_id in (select unnest(?))",
                [gone],
            ).fetchall()
        )
    for article_id in gone:
        to_insert.append((article_id, latest[article_id][0] + 1, None, names[article_id]))
        stats.deleted += 1
    for issue in issues:
        stats.issues_by_reason[issue.issue] = stats.issues_by_reason.get(issue.issue, 0) + 1

    with transaction(con):
        bulk_insert(
            con,
            "raw",
            "documents",
            (
                (
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
                )
                for article_id, version, doc, source_name in to_insert
            ),
        )
        _sync_issues(con, issues, now)
    return stats


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
