"""dbt stage: every model an asset, every test an asset check, lineage from the raw assets.

dbt commits model by model, so a failing test or a crash halfway would leave marts from two
runs side by side. The build therefore runs on a copy of the warehouse file that replaces the
original only when the whole build passed: readers keep the old file until then, and a
reader's lock never blocks the build.
"""

import os
import shutil
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

import dagster as dg
import duckdb
from dagster_dbt import DagsterDbtTranslator, DbtCliResource, DbtProject, dbt_assets

from pipelines.resources import WarehouseResource
from pipelines.settings import DBT_PROJECT_DIR, dbt_full_refresh
from pipelines.up_to_date import build_fingerprint, dbt_code_digest
from pipelines.warehouse import connect

dbt_project = DbtProject(project_dir=DBT_PROJECT_DIR, profiles_dir=DBT_PROJECT_DIR)
dbt_project.prepare_if_dev()

# One target folder, reused: dagster-dbt otherwise leaves a new one per run.
DBT_TARGET = DBT_PROJECT_DIR / "target" / "dagster"


class NewsDbtTranslator(DagsterDbtTranslator):
    """Groups dbt models by layer folder so the graph reads raw → staging → marts."""

    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        if dbt_resource_props.get("resource_type") == "source":
            return "ingest"
        fqn = dbt_resource_props.get("fqn") or []
        return f"dbt_{fqn[1]}" if len(fqn) > 2 else "dbt"


def _last_build(con: duckdb.DuckDBPyConnection) -> tuple[str | None, str | None, datetime | None]:
    """(fingerprint, dbt code digest, data_through) of the last successful build."""
    rows = con.execute(
        "select fingerprint, code_digest, data_through from pipeline_state.dbt_builds "
        "order by built_at desc limit 1"
    ).fetchall()
    return (rows[0][0], rows[0][1], rows[0][2]) if rows else (None, None, None)


def _set_test_scope(con: duckdb.DuckDBPyConnection, checked_since: datetime | None) -> None:
    """What the scoped dbt tests (macro `changed_since`) check: rows newer than `checked_since`,
    or every row when it is None."""
    con.execute("delete from pipeline_state.dbt_test_scope")
    if checked_since is not None:
        con.execute("insert into pipeline_state.dbt_test_scope values (?)", [checked_since])


def _data_through(con: duckdb.DuckDBPyConnection) -> datetime | None:
    """The newest raw timestamp the scoped tests can filter on: every row up to it is checked."""
    return con.execute(
        """
        select greatest(
            (select max(ingested_at) from raw.documents),
            (select max(extracted_at) from raw.extractions)
        )
        """
    ).fetchall()[0][0]


def _copy_database(source: Path, target: Path) -> None:
    for suffix in ("", ".wal"):
        src = Path(str(source) + suffix)
        dst = Path(str(target) + suffix)
        if dst.exists():
            dst.unlink()
        if src.exists():
            shutil.copy2(src, dst)


@dbt_assets(
    manifest=dbt_project.manifest_path,
    project=dbt_project,
    dagster_dbt_translator=NewsDbtTranslator(),
    pool="duckdb",
)
def news_dbt_assets(
    context: dg.AssetExecutionContext, dbt: DbtCliResource, warehouse: WarehouseResource
):
    code_digest = dbt_code_digest()
    live = Path(warehouse.database)
    with warehouse.connect() as con:  # waits for readers, ensures the raw schema
        fingerprint = build_fingerprint(con, code_digest)
        last_fingerprint, last_code_digest, last_data_through = _last_build(con)
        unchanged = fingerprint is not None and fingerprint == last_fingerprint
        con.execute("checkpoint")  # everything in the main file, so the copy is complete
    full_refresh = dbt_full_refresh()
    if unchanged and not context.is_subset and not full_refresh:
        # Nothing the marts depend on changed: rebuilding would rewrite identical tables.
        context.log.info("raw tables and dbt code unchanged since the last build; dbt skipped")
        return
    # Unit tests check SQL logic on fixtures; `make test` runs them, data runs need not.
    # Dagster records every node's result from dbt's event stream, so the JSON artifacts
    # (manifest.json, run_results.json: about 1 s of every build) would only be written over.
    args = ["build", "--exclude-resource-type", "unit_test", "--no-write-json"]
    # Incremental marts keep rows built by earlier code; when the code changed, none are kept.
    refresh = last_code_digest != code_digest or full_refresh
    if refresh:
        reason = "NEWS_DBT_FULL_REFRESH=1" if full_refresh else "dbt code changed"
        context.log.info(f"{reason}: building with --full-refresh")
        args.append("--full-refresh")
    # Rows up to the last full build's data_through were checked by it (or before it) and an
    # incremental build keeps them as they were: the archive-wide tests check what came since.
    # Rebuilt marts, a subset (which runs only some tests) and new dbt code check everything.
    checked_since = None if refresh or context.is_subset else last_data_through
    if checked_since is not None:
        context.log.info(
            f"archive-wide tests check rows ingested or extracted after {checked_since}"
        )
    building = live.with_name(live.name + ".building")
    _copy_database(live, building)
    os.environ["NEWS_WAREHOUSE"] = str(building)  # the dbt profile reads it
    try:
        with connect(building) as con:
            _set_test_scope(con, checked_since)
        yield from dbt.cli(
            args,
            context=context,
            target_path=DBT_TARGET,
        ).stream()
        con = connect(building)
        try:
            # A subset build rebuilt only some marts: it records the code it ran (so the next
            # full build knows which incremental rows it left) under a fingerprint that never
            # matches, so that build is not skipped.
            fingerprint = None if context.is_subset else build_fingerprint(con, code_digest)
            # A subset ran only some tests: the next build checks every row again.
            data_through = None if context.is_subset else _data_through(con)
            _set_test_scope(con, None)  # a later `dbt build` by hand checks everything
            con.execute(
                "insert into pipeline_state.dbt_builds "
                "(fingerprint, built_at, code_digest, data_through) "
                "values (?, current_timestamp, ?, ?)",
                [fingerprint or "incomplete", code_digest, data_through],
            )
            con.execute("checkpoint")
        finally:
            con.close()
        # Only a fully passing build replaces the warehouse; a file is swapped atomically.
        stale_wal = Path(str(live) + ".wal")
        if stale_wal.exists():
            stale_wal.unlink()
        os.replace(building, live)
    finally:
        os.environ["NEWS_WAREHOUSE"] = str(live)
        for leftover in (building, Path(str(building) + ".wal")):
            if leftover.exists():
                leftover.unlink()
