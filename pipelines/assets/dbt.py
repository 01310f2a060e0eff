"""dbt stage: every model an asset, every test an asset check, lineage from the raw assets."""

import hashlib
from collections.abc import Mapping
from typing import Any

import dagster as dg
import duckdb
from dagster_dbt import DagsterDbtTranslator, DbtCliResource, DbtProject, dbt_assets

from pipelines.resources import WarehouseResource
from pipelines.settings import DBT_PROJECT_DIR, PUBLIC_MARTS

dbt_project = DbtProject(project_dir=DBT_PROJECT_DIR, profiles_dir=DBT_PROJECT_DIR)
dbt_project.prepare_if_dev()


class NewsDbtTranslator(DagsterDbtTranslator):
    """Groups dbt models by layer folder so the graph reads raw → staging → marts."""

    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        if dbt_resource_props.get("resource_type") == "source":
            return "ingest"
        fqn = dbt_resource_props.get("fqn") or []
        return f"dbt_{fqn[1]}" if len(fqn) > 2 else "dbt"


def build_fingerprint(con: duckdb.DuckDBPyConnection, manifest_bytes: bytes) -> str | None:
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
    digest = hashlib.sha256(manifest_bytes)
    digest.update("|".join(markers).encode())
    return digest.hexdigest()


def _last_build(con: duckdb.DuckDBPyConnection) -> str | None:
    rows = con.execute(
        "select fingerprint from pipeline_state.dbt_builds order by built_at desc limit 1"
    ).fetchall()
    return rows[0][0] if rows else None


@dbt_assets(
    manifest=dbt_project.manifest_path,
    project=dbt_project,
    dagster_dbt_translator=NewsDbtTranslator(),
    pool="duckdb",
)
def news_dbt_assets(
    context: dg.AssetExecutionContext, dbt: DbtCliResource, warehouse: WarehouseResource
):
    manifest_bytes = dbt_project.manifest_path.read_bytes()
    with warehouse.connect() as con:
        fingerprint = build_fingerprint(con, manifest_bytes)
        unchanged = fingerprint is not None and fingerprint == _last_build(con)
    if unchanged and not context.is_subset:
        # Nothing the marts depend on changed: rebuilding would rewrite identical tables.
        context.log.info("raw tables and dbt code unchanged since the last build; dbt skipped")
        return
    # Unit tests check SQL logic on fixtures; `make test` runs them, production data runs need not.
    yield from dbt.cli(["build", "--exclude-resource-type", "unit_test"], context=context).stream()
    if not context.is_subset:
        with warehouse.connect() as con:
            fingerprint = build_fingerprint(con, manifest_bytes)
            if fingerprint:
                con.execute(
                    "insert into pipeline_state.dbt_builds values (?, current_timestamp)",
                    [fingerprint],
                )
