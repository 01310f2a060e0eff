"""The dbt stage changes the marts all at once or not at all: a build that fails halfway leaves
the previous marts in place, and the next good run brings them up to date."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import duckdb
import pytest

from pipelines.dbt_runner import NewsDbtCliResource
from pipelines.run import run_pipeline

STORY = "Three soldiers were killed in Gao on Monday, the army said.\n"


def article_count(warehouse: Path) -> int:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute("select count(*) from marts.articles").fetchall()[0][0]
    finally:
        con.close()


def test_a_failed_build_leaves_the_previous_marts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeds, warehouse = tmp_path / "in", tmp_path / "w.duckdb"
    seeds.mkdir()
    (seeds / "a.txt").write_text(STORY)
    run_pipeline(seeds, warehouse, "WARNING")
    assert article_count(warehouse) == 1

    (seeds / "b.txt").write_text(STORY.replace("Gao", "Kidal"))
    real_cli = NewsDbtCliResource.cli

    def crashing_cli(self, args, **kwargs):  # type: ignore[no-untyped-def]
        invocation = real_cli(self, args, **kwargs)

        class Crash:
            def stream(self):  # type: ignore[no-untyped-def]
                yield from invocation.stream()  # every model rebuilt, in the copy
                raise RuntimeError("dbt died before the end of the run")

        return Crash()

    monkeypatch.setattr(NewsDbtCliResource, "cli", crashing_cli)
    with pytest.raises(Exception, match="dbt died"):
        run_pipeline(seeds, warehouse, "WARNING")
    assert article_count(warehouse) == 1
    assert not list(tmp_path.glob("*.building*"))

    monkeypatch.setattr(NewsDbtCliResource, "cli", real_cli)
    run_pipeline(seeds, warehouse, "WARNING")
    assert article_count(warehouse) == 2


def _spy_on_dbt_cli(monkeypatch: pytest.MonkeyPatch, on_call: Callable[[list[str]], None]) -> None:
    """Calls `on_call` with the arguments of each dbt invocation, just before it starts."""
    real_cli = NewsDbtCliResource.cli

    def spying_cli(self, args, **kwargs):  # type: ignore[no-untyped-def]
        on_call(list(args))
        return real_cli(self, args, **kwargs)

    monkeypatch.setattr(NewsDbtCliResource, "cli", spying_cli)


def test_dbt_runs_incrementally_until_its_code_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Incremental marts may keep rows built by earlier dbt code, so a code change rebuilds in
    full; new data alone builds incrementally, and no change at all skips dbt."""
    import pipelines.assets.dbt as dbt_stage

    seeds, warehouse = tmp_path / "in", tmp_path / "w.duckdb"
    seeds.mkdir()
    (seeds / "a.txt").write_text(STORY)
    calls: list[list[str]] = []
    _spy_on_dbt_cli(monkeypatch, calls.append)
    run_pipeline(seeds, warehouse, "WARNING")  # first build: nothing to keep
    (seeds / "b.txt").write_text(STORY.replace("Gao", "Kidal"))
    run_pipeline(seeds, warehouse, "WARNING")  # new data, same code
    run_pipeline(seeds, warehouse, "WARNING")  # nothing changed
    code = dbt_stage.dbt_code_digest()
    monkeypatch.setattr(dbt_stage, "dbt_code_digest", lambda: code + "-edited")
    run_pipeline(seeds, warehouse, "WARNING")  # same data, new code
    monkeypatch.setenv("NEWS_DBT_FULL_REFRESH", "1")
    (seeds / "c.txt").write_text(STORY.replace("Gao", "Timbuktu"))
    run_pipeline(seeds, warehouse, "WARNING")  # asked for
    assert ["--full-refresh" in args for args in calls] == [True, False, True, True]
    assert article_count(warehouse) == 3


def _scope_of(warehouse: Path) -> list[tuple]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute("select checked_since from pipeline_state.dbt_test_scope").fetchall()
    finally:
        con.close()


def _last_data_through(warehouse: Path) -> object:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        built, newest = con.execute(
            """
            select
                (select data_through from pipeline_state.dbt_builds order by built_at desc limit 1),
                greatest((select max(ingested_at) from raw.documents),
                         (select max(extracted_at) from raw.extractions))
            """
        ).fetchall()[0]
        assert built == newest
        return built
    finally:
        con.close()


def test_archive_wide_tests_check_what_arrived_since_the_last_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The scope the dbt stage hands its archive-wide tests: nothing on a first build or a code
    change (check every row), the previous build's data_through on an incremental one; and none
    left behind once the build is over, so a `dbt test` by hand checks everything."""
    import os

    import pipelines.assets.dbt as dbt_stage

    seeds, warehouse = tmp_path / "in", tmp_path / "w.duckdb"
    seeds.mkdir()
    (seeds / "a.txt").write_text(STORY)
    scopes: list[list[tuple]] = []
    # NEWS_WAREHOUSE names the copy dbt is about to build.
    _spy_on_dbt_cli(
        monkeypatch, lambda _: scopes.append(_scope_of(Path(os.environ["NEWS_WAREHOUSE"])))
    )
    run_pipeline(seeds, warehouse, "WARNING")
    first = _last_data_through(warehouse)
    (seeds / "b.txt").write_text(STORY.replace("Gao", "Kidal"))
    run_pipeline(seeds, warehouse, "WARNING")
    second = _last_data_through(warehouse)
    code = dbt_stage.dbt_code_digest()
    monkeypatch.setattr(dbt_stage, "dbt_code_digest", lambda: code + "-edited")
    run_pipeline(seeds, warehouse, "WARNING")
    assert scopes == [[], [(first,)], []]
    assert second > first
    assert _scope_of(warehouse) == []
