"""`make run` with nothing changed returns without starting Dagster; any change runs it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import pipelines.run as run_module
from pipelines.settings import PUBLIC_MARTS
from pipelines.up_to_date import input_digest
from pipelines.warehouse import open_warehouse

STORY = "Two soldiers were wounded in Gao on Monday, the army said.\n"
LIMIT = 1_000_000


@pytest.fixture
def runs(warehouse: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Replaces run_pipeline by a stand-in that leaves the raw schema and the marts, as a real
    run does; returns the list its calls are appended to."""
    calls: list[str] = []

    def fake_pipeline(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append("run")
        with open_warehouse(warehouse) as con:
            con.execute("create schema if not exists marts")
            for mart in PUBLIC_MARTS:
                con.execute(f"create table if not exists marts.{mart} (id integer)")
        return {"ingest": 0.1, "extract": 0.1, "dbt": 0.1}

    monkeypatch.setattr(run_module, "run_pipeline", fake_pipeline)
    return calls


def test_digest_is_stable_and_follows_every_kind_of_change(input_dir: Path) -> None:
    article = input_dir / "a.txt"
    article.write_text(STORY)
    seen = {input_digest(input_dir, LIMIT)}
    assert input_digest(input_dir, LIMIT) in seen, "same folder, same digest"

    def changed() -> bool:
        digest = input_digest(input_dir, LIMIT)
        new = digest not in seen
        seen.add(digest)
        return new

    article.write_text(STORY.replace("Two", "Three"))
    stat = article.stat()
    os.utime(article, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert changed(), "edited file"
    (input_dir / "sub").mkdir()
    (input_dir / "sub" / "b.txt").write_text(STORY)
    assert changed(), "new file in a sub-folder"
    (input_dir / "a.txt.meta.json").write_text('{"title": "Wounded"}')
    assert changed(), "new sidecar"
    (input_dir / "notes.pdf").write_bytes(b"%PDF")
    assert changed(), "a file that is only an ingest issue"
    (input_dir / "sub" / "b.txt").unlink()
    assert changed(), "deleted file"
    assert input_digest(input_dir, LIMIT) != input_digest(input_dir, LIMIT - 1), "settings"


def test_make_run_skips_dagster_only_when_nothing_changed(
    input_dir: Path, runs: list[str], monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    (input_dir / "a.txt").write_text(STORY)
    run_module.main([])
    run_module.main([])
    assert "nothing changed since the last run" in capsys.readouterr().out
    assert runs == ["run"]
    run_module.main(["--force"])
    assert runs == ["run", "run"]
    (input_dir / "b.txt").write_text(STORY)
    run_module.main([])
    assert runs == ["run", "run", "run"]

    fake_pipeline = run_module.run_pipeline

    def failing_pipeline(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("dbt test failed")

    monkeypatch.setattr(run_module, "run_pipeline", failing_pipeline)
    (input_dir / "c.txt").write_text(STORY)
    with pytest.raises(RuntimeError):
        run_module.main([])
    monkeypatch.setattr(run_module, "run_pipeline", fake_pipeline)
    run_module.main([])
    assert runs == ["run", "run", "run", "run"], "a failed run is not recorded as done"


@pytest.mark.parametrize(
    "other_writer",
    [
        "insert into raw.ingest_issues values ('x.pdf', 'unsupported_type', '', null, now())",
        "drop table marts.actors",
        "insert into pipeline_state.dbt_builds (fingerprint, built_at, code_digest) "
        "values ('f', now() + interval 1 second, 'c')",
    ],
    ids=["raw tables written", "a mart dropped", "marts rebuilt"],
)
def test_what_others_wrote_since_the_last_run_is_not_up_to_date(
    input_dir: Path, warehouse: Path, runs: list[str], other_writer: str
) -> None:
    """Dagster's UI, a sensor run on another folder or a hand edit can change the warehouse
    between two `make run`s with the same input folder: then the next one runs."""
    (input_dir / "a.txt").write_text(STORY)
    run_module.main([])
    run_module.main([])
    assert runs == ["run"]
    with open_warehouse(warehouse) as con:
        con.execute(other_writer)
    run_module.main([])
    assert runs == ["run", "run"]
