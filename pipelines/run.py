"""`make run`: the whole pipeline once, in-process, then a row count per mart."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import dagster as dg

from pipelines import settings
from pipelines.warehouse import open_warehouse

MARTS = (
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


def run_pipeline(seeds_dir: Path | None = None, warehouse: Path | None = None) -> None:
    """Materialize every asset and run every check; raises when any step or check fails."""
    if seeds_dir is not None:
        os.environ["NEWS_SEEDS_DIR"] = str(Path(seeds_dir).resolve())
    if warehouse is not None:
        os.environ["NEWS_WAREHOUSE"] = str(Path(warehouse).resolve())
    from pipelines.definitions import ALL_ASSETS
    from pipelines.resources import default_resources

    result = dg.materialize(ALL_ASSETS, resources=default_resources(), raise_on_error=True)
    if not result.success:
        raise RuntimeError("pipeline run failed")


def mart_counts(warehouse: Path) -> list[tuple[str, int]]:
    with open_warehouse(warehouse, read_only=True) as con:
        present = {
            r[0]
            for r in con.execute(
                "select table_name from information_schema.tables where table_schema = 'marts'"
            ).fetchall()
        }
        return [
            (m, con.execute(f"select count(*) from marts.{m}").fetchall()[0][0])  # noqa: S608
            for m in MARTS
            if m in present
        ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seeds", type=Path, default=None)
    parser.add_argument("--warehouse", type=Path, default=None)
    args = parser.parse_args(argv)
    run_pipeline(args.seeds, args.warehouse)
    path = args.warehouse or settings.warehouse_path()
    print(f"\nwarehouse: {path}")
    print(f"{'mart':<28}{'rows':>8}")
    for name, count in mart_counts(path):
        print(f"marts.{name:<22}{count:>8}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
