"""The Dagster code location loads and wires ingest → extract → dbt with its automation."""

from __future__ import annotations

from pathlib import Path

import dagster as dg
import pytest


@pytest.fixture(scope="module")
def defs(dbt_manifest: Path) -> dg.Definitions:
    from pipelines.definitions import defs

    return defs


@pytest.fixture(scope="module")
def asset_graph(defs: dg.Definitions):
    return defs.resolve_asset_graph()


def keys_as_strings(defs: dg.Definitions) -> set[str]:
    return {key.to_user_string() for key in defs.resolve_all_asset_keys()}


def test_raw_assets_are_defined(defs: dg.Definitions) -> None:
    keys = keys_as_strings(defs)
    for key in (
        "raw/documents",
        "raw/ingest_issues",
        "raw/extractions",
        "raw/sentences",
        "raw/entities",
        "raw/mentions",
        "raw/meetings",
        "raw/casualties",
        "raw/oil_flows",
    ):
        assert key in keys


def test_dbt_models_are_assets(defs: dg.Definitions) -> None:
    model_names = {key.path[-1] for key in defs.resolve_all_asset_keys()}
    for model in ("articles", "actors", "sentences", "ingest_issues", "meetings", "oil_flows"):
        assert model in model_names
    assert {"stg_documents", "int_articles_latest"} <= model_names


def test_groups(asset_graph) -> None:
    def group(key: str) -> str | None:
        return asset_graph.get(dg.AssetKey.from_user_string(key)).group_name

    assert group("raw/documents") == "ingest"
    assert group("raw/ingest_issues") == "ingest"
    assert group("raw/extractions") == "extract"
    assert group("raw/sentences") == "extract"
    assert {"ingest", "extract"} <= {node.group_name for node in asset_graph.asset_nodes}


def test_lineage_runs_raw_documents_to_extract_to_dbt(asset_graph) -> None:
    documents = dg.AssetKey(["raw", "documents"])
    sentences = dg.AssetKey(["raw", "sentences"])
    assert documents in asset_graph.get(sentences).parent_keys
    articles = next(k for k in asset_graph.get_all_asset_keys() if k.path[-1] == "articles")
    ancestors = asset_graph.get_ancestor_asset_keys(articles)
    assert documents in ancestors


def test_dbt_tests_are_asset_checks(asset_graph) -> None:
    checks = asset_graph.asset_check_keys
    assert len(checks) > 0
    checked_models = {check.asset_key.path[-1] for check in checks}
    assert "articles" in checked_models
    assert any(check.name.startswith("unique") for check in checks)


def test_sensor_exists_and_runs_by_default(defs: dg.Definitions) -> None:
    sensor = defs.resolve_sensor_def("input_folder_sensor")
    assert sensor.default_status == dg.DefaultSensorStatus.RUNNING
    assert sensor.job_name == "refresh_warehouse"


def test_schedule_exists_and_runs_by_default(defs: dg.Definitions) -> None:
    schedule = defs.resolve_schedule_def("reingest_everything")
    assert schedule.default_status == dg.DefaultScheduleStatus.RUNNING
    assert schedule.job_name == "refresh_warehouse"
    assert schedule.cron_schedule


def test_refresh_job_selects_every_asset(defs: dg.Definitions) -> None:
    job = defs.resolve_job_def("refresh_warehouse")
    assert job is not None
    resources = defs.resolve_implicit_global_asset_job_def().resource_defs
    assert {"warehouse", "input_folder", "dbt"} <= set(resources)


def test_resources_follow_the_environment(
    defs: dg.Definitions, warehouse: Path, input_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pipelines.resources import default_resources

    monkeypatch.setenv("NEWS_MAX_FILE_BYTES", "1234")
    resources = default_resources()
    assert Path(resources["warehouse"].database) == warehouse.resolve()
    assert resources["input_folder"].root == input_dir.resolve()
    assert resources["input_folder"].max_file_bytes == 1234


def test_resources_load_without_the_venv_on_path(
    dbt_manifest: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`.venv/bin/python -m pipelines.run` must find the venv's dbt without an activated venv."""
    monkeypatch.setenv("PATH", "/usr/bin:/bin")
    from pipelines.resources import default_resources

    assert "dbt" in default_resources()
