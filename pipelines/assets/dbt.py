"""dbt stage: every model an asset, every test an asset check, lineage from the raw assets."""

from collections.abc import Mapping
from typing import Any

import dagster as dg
from dagster_dbt import DagsterDbtTranslator, DbtCliResource, DbtProject, dbt_assets

from pipelines.settings import DBT_PROJECT_DIR

dbt_project = DbtProject(project_dir=DBT_PROJECT_DIR, profiles_dir=DBT_PROJECT_DIR)
dbt_project.prepare_if_dev()


class NewsDbtTranslator(DagsterDbtTranslator):
    """Groups dbt models by layer folder so the graph reads raw → staging → marts."""

    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        if dbt_resource_props.get("resource_type") == "source":
            return "ingest"
        fqn = dbt_resource_props.get("fqn") or []
        return f"dbt_{fqn[1]}" if len(fqn) > 2 else "dbt"


@dbt_assets(
    manifest=dbt_project.manifest_path,
    project=dbt_project,
    dagster_dbt_translator=NewsDbtTranslator(),
    pool="duckdb",
)
def news_dbt_assets(context: dg.AssetExecutionContext, dbt: DbtCliResource):
    yield from dbt.cli(["build"], context=context).stream()
