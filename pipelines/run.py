"""`make run`: the whole pipeline once, in-process, then a row count per mart."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from pipelines import settings
from pipelines.settings import PUBLIC_MARTS
from pipelines.up_to_date import input_digest, is_up_to_date, record_run
from pipelines.warehouse import open_warehouse

if TYPE_CHECKING:
    import dagster as dg

STAGES = {"raw_documents": "ingest", "raw_extractions": "extract", "news_dbt_assets": "dbt"}


def run_pipeline(
    seeds_dir: Path | None = None, warehouse: Path | None = None, log_level: str = "DEBUG"
) -> dict[str, float]:
    """Materialize every asset and run every check; raises when any step or check fails.

    Returns seconds per stage (ingest, extract, dbt), read from the run's event log.
    """
    if seeds_dir is not None:
        os.environ["NEWS_SEEDS_DIR"] = str(Path(seeds_dir).resolve())
    if warehouse is not None:
        os.environ["NEWS_WAREHOUSE"] = str(Path(warehouse).resolve())
    import dagster as dg  # imported here: an up-to-date `make run` never needs it

    from pipelines.definitions import ALL_ASSETS
    from pipelines.resources import default_resources

    with dg.DagsterInstance.ephemeral() as instance:
        result = dg.materialize(
            ALL_ASSETS,
            resources=default_resources(),
            instance=instance,
            raise_on_error=True,
            run_config={"loggers": {"console": {"config": {"log_level": log_level}}}},
        )
        if not result.success:
            raise RuntimeError("pipeline run failed")
        return _stage_seconds(instance, result.run_id)


def _stage_seconds(instance: dg.DagsterInstance, run_id: str) -> dict[str, float]:
    started: dict[str, float] = {}
    seconds: dict[str, float] = {}
    for entry in instance.all_logs(run_id):
        event = entry.dagster_event
        if event is None or entry.step_key is None:
            continue
        stage = STAGES.get(entry.step_key, entry.step_key)
        if event.event_type_value == "STEP_START":
            started[stage] = entry.timestamp
        elif event.event_type_value in ("STEP_SUCCESS", "STEP_FAILURE") and stage in started:
            seconds[stage] = round(entry.timestamp - started[stage], 3)
    return seconds


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
            for m in PUBLIC_MARTS
            if m in present
        ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seeds", type=Path, default=None)
    parser.add_argument("--warehouse", type=Path, default=None)
    parser.add_argument("--timings", type=Path, default=None, help="write stage seconds here")
    parser.add_argument("--quiet", action="store_true", help="only warnings from Dagster")
    parser.add_argument(
        "--force", action="store_true", help="run every stage even when nothing changed"
    )
    args = parser.parse_args(argv)
    if args.seeds is not None:
        os.environ["NEWS_SEEDS_DIR"] = str(args.seeds.resolve())
    if args.warehouse is not None:
        os.environ["NEWS_WAREHOUSE"] = str(args.warehouse.resolve())
    path = settings.warehouse_path()
    digest = input_digest(settings.seeds_dir(), settings.max_file_bytes())
    # NEWS_DBT_FULL_REFRESH=1 asks for a rebuild, so it is never "nothing to do".
    if not args.force and not settings.dbt_full_refresh() and is_up_to_date(path, digest):
        stages = {"ingest": 0.0, "extract": 0.0, "dbt": 0.0}
        print("nothing changed since the last run (input files, settings, code): nothing to do")
    else:
        stages = run_pipeline(log_level="WARNING" if args.quiet else "DEBUG")
        record_run(path, digest)
        print("stage seconds: " + ", ".join(f"{k} {v:.1f}" for k, v in stages.items()))
    if args.timings:
        from pipelines.extract_runner import worker_count

        args.timings.write_text(json.dumps({**stages, "workers": worker_count()}))
    print(f"\nwarehouse: {path}")
    print(f"{'mart':<28}{'rows':>8}")
    for name, count in mart_counts(path):
        print(f"marts.{name:<22}{count:>8}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
