"""Where the pipeline reads and writes, from the environment with the contract's defaults."""

from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
DBT_PROJECT_DIR = REPO_ROOT / "dbt_project"

# Bump when ingestion would turn the same bytes into a different document: every file is
# then re-ingested once as a new version.
INGEST_VERSION = "1"

DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024

# The tables the contract promises analysts, in the order `make run` reports them.
PUBLIC_MARTS = (
    "articles",
    "sentences",
    "ingest_issues",
    "actors",
    "actor_mentions",
    "meetings",
    "meeting_participants",
    "casualty_figures",
    "oil_flows",
    "casualty_claims_compared",
)


def _path_from_env(name: str, default: Path) -> Path:
    value = os.environ.get(name)
    return Path(value).expanduser().resolve() if value else default


def seeds_dir() -> Path:
    return _path_from_env("NEWS_SEEDS_DIR", REPO_ROOT / "seeds")


def warehouse_path() -> Path:
    return _path_from_env("NEWS_WAREHOUSE", REPO_ROOT / "warehouse" / "news.duckdb")


def max_file_bytes() -> int:
    return int(os.environ.get("NEWS_MAX_FILE_BYTES", DEFAULT_MAX_FILE_BYTES))


def dbt_full_refresh() -> bool:
    """NEWS_DBT_FULL_REFRESH=1: every pipeline run rebuilds the marts, incremental ones in full."""
    return os.environ.get("NEWS_DBT_FULL_REFRESH", "") == "1"
