"""The one Dagster code location: ingest → extract → dbt, kept fresh by a sensor and a schedule."""

from __future__ import annotations

import dagster as dg

from pipelines.assets.dbt import news_dbt_assets
from pipelines.assets.extract import raw_extractions
from pipelines.assets.ingest import raw_documents
from pipelines.automation import input_folder_sensor, refresh_job, reingest_schedule
from pipelines.resources import default_resources

ALL_ASSETS = [raw_documents, raw_extractions, news_dbt_assets]

defs = dg.Definitions(
    assets=ALL_ASSETS,
    jobs=[refresh_job],
    sensors=[input_folder_sensor],
    schedules=[reingest_schedule],
    resources=default_resources(),
)
