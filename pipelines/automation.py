"""Keep the warehouse fresh: a sensor for folder changes, a schedule for full re-ingestion."""

import hashlib
import json
import os
from dataclasses import dataclass

import dagster as dg

from pipelines import settings
from pipelines.up_to_date import folder_listing

refresh_job = dg.define_asset_job(
    "refresh_warehouse",
    selection=dg.AssetSelection.all(),
    description="Ingest the input folder, extract what changed, rebuild and test the dbt models.",
)


@dataclass(frozen=True)
class FolderChanges:
    new: list[str]
    changed: list[str]
    deleted: list[str]

    def __bool__(self) -> bool:
        return bool(self.new or self.changed or self.deleted)

    def run_key(self, sequence: int, listing: dict[str, str]) -> str:
        """The n-th change of the folder: a re-tick of the same change repeats the key, while a
        file deleted and restored as it was (an earlier listing again) still gets a new run."""
        payload = json.dumps([sequence, listing], sort_keys=True).encode()
        return "folder-" + hashlib.sha256(payload).hexdigest()[:16]


def diff_listing(previous: dict[str, str], current: dict[str, str]) -> FolderChanges:
    return FolderChanges(
        new=sorted(current.keys() - previous.keys()),
        changed=sorted(k for k in current.keys() & previous.keys() if current[k] != previous[k]),
        deleted=sorted(previous.keys() - current.keys()),
    )


@dg.sensor(
    job=refresh_job,
    minimum_interval_seconds=30,
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Requests a refresh when files in the input folder appear, change or vanish.",
)
def input_folder_sensor(context: dg.SensorEvaluationContext):
    root = settings.seeds_dir()
    if not root.is_dir():
        # An unmounted or mistyped folder is not "every file deleted".
        return dg.SkipReason(f"input folder {root} does not exist")
    current = folder_listing(root, settings.max_file_bytes())
    state = json.loads(context.cursor) if context.cursor else {"sequence": 0, "listing": {}}
    changes = diff_listing(state["listing"], current)
    if not changes:
        return dg.SkipReason("no file in the input folder changed")
    sequence = state["sequence"] + 1
    context.update_cursor(json.dumps({"sequence": sequence, "listing": current}, sort_keys=True))
    return dg.RunRequest(
        run_key=changes.run_key(sequence, current),
        tags={
            "news/new": str(len(changes.new)),
            "news/changed": str(len(changes.changed)),
            "news/deleted": str(len(changes.deleted)),
        },
    )


reingest_schedule = dg.ScheduleDefinition(
    name="reingest_everything",
    job=refresh_job,
    cron_schedule=os.environ.get("NEWS_REINGEST_CRON", "0 * * * *"),
    default_status=dg.DefaultScheduleStatus.RUNNING,
    description="Re-reads the whole input folder; unchanged files cost a hash and write nothing.",
)
