"""dbt run inside the Dagster step's own process, its events turned into Dagster events.

dagster-dbt's `DbtCliResource.cli()` starts a new Python process per invocation. That process
imports dbt (which this one has already imported: dagster-dbt needs it to read the manifest)
and serializes every event to JSON for the parent to parse back: about 2.5 s of a one-article
re-run at 10,000 articles, for work this process can do itself. dbt's documented programmatic
entry point, `dbtRunner`, runs the same command line in-process and hands each event to a
callback; the events are the ones dbt would print as JSON, so dagster-dbt's own
`DbtCliEventMessage` turns them into the same materializations and check results.

dbt runs on a worker thread so its events reach Dagster while later nodes still run (a
callback cannot yield); the thread is joined before the stream ends. A run terminated from the
UI therefore waits for the dbt command to finish, whose result the dbt asset then discards (it
builds on a copy of the warehouse).
"""

from __future__ import annotations

import queue
import shutil
import threading
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import dagster as dg
from dagster_dbt import DagsterDbtTranslator, DbtCliResource, DbtProject
from dagster_dbt.asset_utils import get_updated_cli_invocation_params_for_context
from dagster_dbt.core.dbt_cli_event import DbtCoreCliEventMessage
from dagster_dbt.core.dbt_cli_invocation import PARTIAL_PARSE_FILE_NAME
from dagster_dbt.dbt_manifest import validate_manifest
from dagster_dbt.errors import DagsterDbtCliRuntimeError
from dbt.adapters.duckdb.connections import DuckDBConnectionManager
from dbt.cli.main import dbtRunner, dbtRunnerResult
from dbt_common.events.base_types import EventMsg
from dbt_common.events.functions import msg_to_dict

# The events dagster-dbt turns into Dagster events; dbt prints and logs every event itself.
RESULT_EVENTS = frozenset({"LogModelResult", "LogTestResult", "LogSeedResult", "LogSnapshotResult"})

_DONE = object()


@dataclass
class InProcessDbtInvocation:
    """One `dbt` command run in this process; iterate `stream()` to run it."""

    args: list[str]
    manifest: Mapping[str, Any]
    translator: DagsterDbtTranslator
    project: DbtProject | None
    target_path: Path
    context: dg.AssetExecutionContext | dg.OpExecutionContext | None
    raise_on_error: bool = True
    errors: list[str] = field(default_factory=list)
    result: dbtRunnerResult | None = None

    def _run(self, events: queue.Queue[object]) -> None:
        def forward(msg: EventMsg) -> None:
            if msg.info.level == "error":
                self.errors.append(msg.info.msg)
            if msg.info.name in RESULT_EVENTS:
                events.put(msg_to_dict(msg))

        try:
            self.result = dbtRunner(callbacks=[forward]).invoke(self.args)
        finally:
            _close_duckdb()
            events.put(_DONE)

    def stream(self) -> Iterator[Any]:
        events: queue.Queue[object] = queue.Queue()
        worker = threading.Thread(target=self._run, args=(events,), name="dbt", daemon=True)
        worker.start()
        try:
            while (raw := events.get()) is not _DONE:
                event = DbtCoreCliEventMessage(raw_event=raw, event_history_metadata={})  # type: ignore[arg-type]
                yield from event.to_default_asset_events(
                    manifest=self.manifest,
                    dagster_dbt_translator=self.translator,
                    context=self.context,
                    target_path=self.target_path,
                    project=self.project,
                )
        finally:
            worker.join()
        if self.raise_on_error and not self.is_successful():
            raise self.error()

    def is_successful(self) -> bool:
        return self.result is not None and self.result.success and not self.errors

    def error(self) -> DagsterDbtCliRuntimeError:
        cause = self.result.exception if self.result is not None else None
        details = "\n".join(self.errors) or (repr(cause) if cause else "no error was reported")
        return DagsterDbtCliRuntimeError(
            description=f"dbt {' '.join(self.args)} failed:\n{details}"
        )


class NewsDbtCliResource(DbtCliResource):
    """dagster-dbt's dbt resource, with `cli()` running dbt in this process (module docstring).

    Selection for a subset of assets or checks, the project and the target folder follow
    dagster-dbt's own `cli()`; the result streams the same Dagster events.
    """

    def cli(  # type: ignore[override]
        self,
        args: Sequence[str],
        *,
        raise_on_error: bool = True,
        manifest: Any = None,
        dagster_dbt_translator: DagsterDbtTranslator | None = None,
        context: dg.AssetExecutionContext | dg.OpExecutionContext | None = None,
        target_path: Path | None = None,
    ) -> InProcessDbtInvocation:
        params = get_updated_cli_invocation_params_for_context(
            context=context,
            manifest=validate_manifest(manifest) if manifest is not None else {},
            dagster_dbt_translator=dagster_dbt_translator or DagsterDbtTranslator(),
        )
        project_dir = Path(
            params.dbt_project.project_dir if params.dbt_project else self.project_dir
        )
        target_path = project_dir / (target_path or "target")
        _reuse_partial_parse(project_dir, target_path)
        flags = ["--project-dir", str(project_dir), "--target-path", str(target_path)]
        flags += ["--log-path", str(target_path)]
        if self.profiles_dir:
            flags += ["--profiles-dir", str(self.profiles_dir)]
        if self.profile:
            flags += ["--profile", self.profile]
        if self.target:
            flags += ["--target", self.target]
        if params.indirect_selection:
            flags += ["--indirect-selection", params.indirect_selection]
        return InProcessDbtInvocation(
            args=[*self.global_config_flags, *args, *flags, *params.selection_args],
            # A dbt asset's context brings its manifest; without one (nor a manifest given),
            # events are read against the project's own, loaded only then.
            manifest=params.manifest or validate_manifest(project_dir / "target" / "manifest.json"),
            translator=params.dagster_dbt_translator,
            project=params.dbt_project,
            target_path=target_path,
            context=context,
            raise_on_error=raise_on_error,
        )


def _close_duckdb() -> None:
    """dbt-duckdb keeps its database open for the process's next invocation; close it, so the
    file can be opened with other settings, replaced, or opened by another process."""
    try:
        environment = DuckDBConnectionManager.env()
    except Exception:  # noqa: BLE001 - raised when dbt never opened the database
        return
    environment.close()
    DuckDBConnectionManager.close_all_connections()


def _reuse_partial_parse(project_dir: Path, target_path: Path) -> None:
    """Start from the state `dbt parse` left in the project's target folder, so only the files
    changed since are parsed again (as dagster-dbt does for its per-run target folders)."""
    parsed = project_dir / "target" / PARTIAL_PARSE_FILE_NAME
    reused = target_path / PARTIAL_PARSE_FILE_NAME
    if parsed.exists() and not reused.exists():
        target_path.mkdir(parents=True, exist_ok=True)
        shutil.copy(parsed, reused)
