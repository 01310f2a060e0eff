"""The dbt stage changes the marts all at once or not at all: a build that fails halfway leaves
the previous marts in place, and the next good run brings them up to date."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from dagster_dbt import DbtCliResource

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
    real_cli = DbtCliResource.cli

    def crashing_cli(self, args, **kwargs):  # type: ignore[no-untyped-def]
        invocation = real_cli(self, args, **kwargs)

        class Crash:
            def stream(self):  # type: ignore[no-untyped-def]
                yield from invocation.stream()  # every model rebuilt, in the copy
                raise RuntimeError("dbt died before the end of the run")

        return Crash()

    monkeypatch.setattr(DbtCliResource, "cli", crashing_cli)
    with pytest.raises(Exception, match="dbt died"):
        run_pipeline(seeds, warehouse, "WARNING")
    assert article_count(warehouse) == 1
    assert not list(tmp_path.glob("*.building*"))

    monkeypatch.setattr(DbtCliResource, "cli", real_cli)
    run_pipeline(seeds, warehouse, "WARNING")
    assert article_count(warehouse) == 2
