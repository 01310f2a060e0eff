"""Is the warehouse already up to date with the input folder? Answered without Dagster.

A run whose inputs are all unchanged would ingest nothing, extract nothing and skip dbt, yet
importing Dagster and dbt and starting a run costs seconds. `make run` therefore digests what a
run reads, short of file contents: the folder listing with each file's stat (the same stat key
ingest uses to recognize an unchanged file), the settings, and the versions of the ingest,
extraction and dbt code. A successful run stores the digest it started from in the warehouse,
with the marts' build fingerprint it left; the next run with the same digest, finding the same
fingerprint, has nothing to do.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import duckdb

from pipelines.extract.document import EXTRACTOR_VERSION
from pipelines.ingest.scan import scan_folder
from pipelines.settings import DBT_PROJECT_DIR, INGEST_VERSION, PUBLIC_MARTS
from pipelines.warehouse import connect, open_warehouse

DBT_SOURCE_FOLDERS = ("models", "macros", "tests", "seeds", "snapshots")


def dbt_code_digest(project_dir: Path = DBT_PROJECT_DIR) -> str:
    """A hash of the dbt project's own files (not the generated manifest, which may be stale)."""
    digest = hashlib.sha256()
    files = [project_dir / "dbt_project.yml", project_dir / "profiles.yml"]
    for folder in DBT_SOURCE_FOLDERS:
        if (project_dir / folder).is_dir():
            files += sorted(p for p in (project_dir / folder).rglob("*") if p.is_file())
    for path in files:
        if path.exists():
            digest.update(path.relative_to(project_dir).as_posix().encode() + b"\0")
            digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def build_fingerprint(con: duckdb.DuckDBPyConnection, code_digest: str) -> str | None:
    """What the marts are a function of: the raw tables' change markers and the dbt code.

    None when a public mart is missing, so the build always runs then.
    """
    present = {
        r[0]
        for r in con.execute(
            "select table_name from information_schema.tables where table_schema = 'marts'"
        ).fetchall()
    }
    if not set(PUBLIC_MARTS) <= present:
        return None
    markers = con.execute(
        """
        select
            (select count(*) || '/' || coalesce(max(ingested_at)::varchar, '') from raw.documents),
            (select count(*) || '/' || coalesce(max(extracted_at)::varchar, '')
             from raw.extractions),
            (select count(*) || '/' || coalesce(max(seen_at)::varchar, '') from raw.ingest_issues)
        """
    ).fetchall()[0]
    return hashlib.sha256(("|".join([code_digest, *markers])).encode()).hexdigest()


def folder_listing(root: Path, max_file_bytes: int) -> dict[str, str]:
    """source name -> what ingest would make of it without reading it: an article's stat key
    (its own and its sidecar's size, times and inode, with the ingest version), or the issue
    found by the walk. Empty for a missing folder; the caller decides what that means."""
    if not root.is_dir():
        return {}
    sources, issues = scan_folder(root, max_file_bytes)
    # A file whose stat cannot be read has no key: it differs from every listing, ingest reports it.
    listing = {s.source_name: s.stat_key or f"no stat {os.urandom(8).hex()}" for s in sources}
    for issue in issues:
        listing.setdefault(issue.source_name, f"{issue.issue}: {issue.detail}")
    return listing


def input_digest(seeds_dir: Path, max_file_bytes: int) -> str:
    """What a run would read, file contents aside; raises like ingest on a missing folder."""
    if not seeds_dir.is_dir():
        raise FileNotFoundError(f"input folder {seeds_dir} does not exist or is not a folder")
    digest = hashlib.sha256()
    for part in (str(seeds_dir.resolve()), str(max_file_bytes), INGEST_VERSION, EXTRACTOR_VERSION):
        digest.update(part.encode() + b"\0")
    digest.update(dbt_code_digest().encode() + b"\0")
    for name, state in sorted(folder_listing(seeds_dir, max_file_bytes).items()):
        digest.update(f"{name}\0{state}\0".encode())
    return digest.hexdigest()


def is_up_to_date(warehouse: Path, digest: str) -> bool:
    """True when the last successful run started from `digest` and nothing has written to the
    raw tables or rebuilt the marts since (another folder run into the same warehouse from the
    Dagster UI, a hand edit, a dropped mart): the marts' build fingerprint is still the one that
    run left."""
    if not warehouse.exists():
        return False
    con = connect(warehouse, read_only=True)
    try:
        rows = con.execute(
            """
            select digest, fingerprint, finished_at >= (
                select coalesce(max(built_at), finished_at) from pipeline_state.dbt_builds
            )
            from pipeline_state.runs order by finished_at desc limit 1
            """
        ).fetchall()
        if not rows or rows[0][1] is None:
            return False
        # The marts rebuilt since (a dbt run from the Dagster UI) also mean: not up to date.
        return rows[0] == (digest, build_fingerprint(con, dbt_code_digest()), True)
    except (duckdb.CatalogException, duckdb.BinderException):  # an older or partial warehouse
        return False
    finally:
        con.close()


def record_run(warehouse: Path, digest: str) -> None:
    """After a successful run: the inputs it started from and the fingerprint it left."""
    with open_warehouse(warehouse) as con:
        con.execute(
            "insert into pipeline_state.runs (digest, fingerprint, finished_at) "
            "values (?, ?, current_timestamp)",
            [digest, build_fingerprint(con, dbt_code_digest())],
        )
