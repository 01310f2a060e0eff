"""Shared fixtures: a throw-away warehouse file and input folder per test, never the real ones."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import duckdb
import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

DBT_PROJECT_DIR = REPO_ROOT / "dbt_project"
DBT_MANIFEST = DBT_PROJECT_DIR / "target" / "manifest.json"
DBT_BIN = Path(sys.executable).with_name("dbt")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "slow: runs the whole pipeline (about a minute); still selected by default"
    )


@pytest.fixture
def warehouse(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Path of a warehouse file that does not exist yet; NEWS_WAREHOUSE points at it."""
    path = tmp_path / "w.duckdb"
    monkeypatch.setenv("NEWS_WAREHOUSE", str(path))
    return path


@pytest.fixture
def input_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty input folder; NEWS_SEEDS_DIR points at it."""
    path = tmp_path / "in"
    path.mkdir()
    monkeypatch.setenv("NEWS_SEEDS_DIR", str(path))
    return path


@contextmanager
def _read_only(path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        yield con
    finally:
        con.close()


@pytest.fixture
def read_only() -> Callable[[Path], AbstractContextManager[duckdb.DuckDBPyConnection]]:
    """`with read_only(path) as con:` a read-only connection, closed on exit."""
    return _read_only


@pytest.fixture(scope="session")
def dbt_manifest() -> Path:
    """The dbt manifest Dagster loads the dbt assets from; parsed once if missing."""
    if not DBT_MANIFEST.exists():
        done = subprocess.run(
            [str(DBT_BIN), "parse", "--quiet"],
            cwd=DBT_PROJECT_DIR,
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            pytest.fail(f"dbt parse failed:\n{done.stdout}\n{done.stderr}")
    return DBT_MANIFEST
