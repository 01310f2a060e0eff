"""dbt run in-process by the pipeline's dbt resource: the events it streams, the errors it
raises, and the database file it lets go of."""

from __future__ import annotations

from pathlib import Path

import dagster as dg
import pytest
from dagster_dbt.errors import DagsterDbtCliRuntimeError

from pipelines.warehouse import connect
from tests.dbt_fixture import fixture_warehouse


@pytest.fixture
def dbt() -> dg.ConfigurableResource:
    from pipelines.resources import default_resources

    return default_resources()["dbt"]


def test_a_model_run_streams_its_materialization_and_closes_the_file(
    dbt, warehouse: Path, dbt_manifest: Path, tmp_path: Path
) -> None:
    fixture_warehouse(warehouse)
    events = list(
        dbt.cli(["run", "--select", "stg_documents"], target_path=tmp_path / "target").stream()
    )
    keys = [event.asset_key.path[-1] for event in events]
    assert keys == ["stg_documents"]
    # dbt-duckdb would keep the file open for a next invocation; the resource closes it, so
    # this process can open it with other settings (and another process at all).
    with connect(warehouse) as con:
        views = con.execute(
            "select count(*) from duckdb_views() where view_name = 'stg_documents'"
        ).fetchall()
    assert views == [(1,)]


def test_a_failing_command_raises_with_dbt_s_message(
    dbt, warehouse: Path, dbt_manifest: Path, tmp_path: Path
) -> None:
    fixture_warehouse(warehouse)
    invocation = dbt.cli(["run-operation", "no_such_macro"], target_path=tmp_path / "target")
    with pytest.raises(DagsterDbtCliRuntimeError, match="no_such_macro"):
        list(invocation.stream())
    assert not invocation.is_successful()
    with connect(warehouse) as con:  # closed after a failure too
        con.execute("select 1").fetchall()


def test_a_failure_can_be_inspected_instead_of_raised(
    dbt, warehouse: Path, dbt_manifest: Path, tmp_path: Path
) -> None:
    fixture_warehouse(warehouse)
    invocation = dbt.cli(
        ["run-operation", "no_such_macro"], target_path=tmp_path / "target", raise_on_error=False
    )
    assert list(invocation.stream()) == []
    assert "no_such_macro" in str(invocation.error())
