"""Dagster resources: where the input folder and the warehouse are, configured from env."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import dagster as dg
import duckdb

from pipelines import settings
from pipelines.warehouse import open_warehouse


class WarehouseResource(dg.ConfigurableResource):
    """The DuckDB file; connections are opened per step and closed, so readers get a turn."""

    database: str

    @contextmanager
    def connect(self, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
        with open_warehouse(Path(self.database), read_only=read_only) as con:
            yield con


class InputFolderResource(dg.ConfigurableResource):
    path: str
    max_file_bytes: int = settings.DEFAULT_MAX_FILE_BYTES

    @property
    def root(self) -> Path:
        return Path(self.path)


def _dbt_executable() -> str:
    """The venv's dbt, so the pipeline works without the venv on PATH (a Dagster code server
    may run under the base interpreter's path while importing the venv's packages)."""
    candidates = [Path(sys.prefix) / "bin" / "dbt", Path(sys.executable).parent / "dbt"]
    spec = importlib.util.find_spec("dbt")
    if spec and spec.submodule_search_locations:
        site_packages = Path(next(iter(spec.submodule_search_locations))).parent
        candidates.append(site_packages.parents[2] / "bin" / "dbt")  # lib/pythonX.Y/site-packages
    on_path = shutil.which("dbt")
    for candidate in candidates:
        if candidate.exists():
            return str(candidate)
    return on_path or "dbt"


def default_resources() -> dict[str, dg.ConfigurableResource]:
    """Read env at load time, with the contract's defaults."""
    from pipelines.assets.dbt import dbt_project
    from pipelines.dbt_runner import NewsDbtCliResource

    return {
        "warehouse": WarehouseResource(database=str(settings.warehouse_path())),
        "input_folder": InputFolderResource(
            path=str(settings.seeds_dir()), max_file_bytes=settings.max_file_bytes()
        ),
        "dbt": NewsDbtCliResource(project_dir=dbt_project, dbt_executable=_dbt_executable()),
    }
