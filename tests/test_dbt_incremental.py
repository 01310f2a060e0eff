"""Incremental marts: after a round of changes, an incremental `dbt build` leaves every mart
exactly as `--full-refresh` builds it from the same raw tables."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import duckdb
import pytest

from pipelines.settings import PUBLIC_MARTS

sys.path.insert(0, str(Path(__file__).parent))
from dbt_fixture import (  # noqa: E402
    apply_changes,
    apply_more_changes,
    dbt_build,
    fixture_warehouse,
    query,
)

INCREMENTAL_MARTS = ("articles", "sentences", "actor_mentions")


def _build(warehouse: Path, *args: str) -> None:
    result = dbt_build(warehouse, "--exclude-resource-type", "unit_test", *args)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]


ROUNDS = ("first changes", "more changes")


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, Path]]:
    """Per round of changes: (the warehouse built incrementally through every round so far,
    a copy of it rebuilt with --full-refresh)."""
    folder = tmp_path_factory.mktemp("incremental")
    incremental = folder / "incremental.duckdb"
    fixture_warehouse(incremental)
    _build(incremental)
    states = {}
    for name, change in zip(ROUNDS, (apply_changes, apply_more_changes), strict=True):
        con = duckdb.connect(str(incremental))
        change(con)
        con.close()
        _build(incremental)
        kept = folder / f"{name}.duckdb"
        full = folder / f"{name} full refresh.duckdb"
        shutil.copy(incremental, kept)
        shutil.copy(incremental, full)
        _build(full, "--full-refresh")
        states[name] = (kept, full)
    return states


def test_rows_of_unchanged_articles_are_kept_not_rebuilt(
    rebuilt: dict[str, tuple[Path, Path]], tmp_path: Path
) -> None:
    """Marks written into rows of an unchanged article survive a build: they were kept, while
    a table rebuild would have replaced them. (Data tests would flag the marks, so `dbt run`.)"""
    warehouse = tmp_path / "marked.duckdb"
    shutil.copy(rebuilt[ROUNDS[0]][0], warehouse)
    marks = {
        "articles": "update marts.articles set title = 'kept' where article_id = 'art_b'",
        "sentences": "update marts.sentences set text = 'kept' where article_id = 'art_b'",
        "actor_mentions": "update marts.actor_mentions set surface_text = 'kept' "
        "where article_id = 'art_b'",
        "casualty_figures": "update marts.casualty_figures set victim_description = 'kept' "
        "where article_id = 'art_b'",
    }
    con = duckdb.connect(str(warehouse))
    for sql in marks.values():
        con.execute(sql)
    con.close()
    result = dbt_build(warehouse, command="run")
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    kept = query(
        warehouse,
        """
        select
            (select bool_and(title = 'kept') from marts.articles where article_id = 'art_b'),
            (select bool_and(text = 'kept') from marts.sentences where article_id = 'art_b'),
            (select bool_and(surface_text = 'kept') from marts.actor_mentions
             where article_id = 'art_b'),
            (select bool_or(victim_description = 'kept') from marts.casualty_figures)
        """,
    )[0]
    # The incremental marts kept the rows; casualty_figures, a table, was rebuilt.
    assert kept == (True, True, True, False)
    # Kept rows that no longer match their inputs are what the singular tests catch.
    con = duckdb.connect(str(warehouse))
    con.execute("update marts.sentences set extracted_at = extracted_at - interval 1 day")
    con.execute("update marts.articles set version = version + 1 where article_id = 'art_b'")
    con.close()
    checks = "assert_incremental_articles_match_latest_versions"
    checks += " assert_incremental_sentences_match_current_extractions"
    result = dbt_build(warehouse, "--select", *checks.split(), command="test")
    assert result.returncode != 0
    assert result.stdout.count("Got ") == 2, result.stdout[-3000:]


@pytest.mark.parametrize("mart", PUBLIC_MARTS)
@pytest.mark.parametrize("round_name", ROUNDS)
def test_incremental_build_equals_full_refresh(
    rebuilt: dict[str, tuple[Path, Path]], round_name: str, mart: str
) -> None:
    incremental, full = rebuilt[round_name]
    con = duckdb.connect(str(incremental), read_only=True)
    try:
        con.execute("attach ? as full_refresh (read_only)", [str(full)])
        count = con.execute(f"select count(*) from marts.{mart}").fetchall()[0][0]  # noqa: S608
        only_incremental = con.execute(
            f"select * from marts.{mart} except all select * from full_refresh.marts.{mart}"  # noqa: S608
        ).fetchall()
        only_full = con.execute(
            f"select * from full_refresh.marts.{mart} except all select * from marts.{mart}"  # noqa: S608
        ).fetchall()
    finally:
        con.close()
    assert (only_incremental, only_full) == ([], [])
    if mart in INCREMENTAL_MARTS or (round_name == ROUNDS[0] and mart != "ingest_issues"):
        assert count > 0, "the comparison is not of two empty tables"


def test_the_changes_reached_the_marts(rebuilt: dict[str, tuple[Path, Path]]) -> None:
    incremental, _ = rebuilt[ROUNDS[0]]
    articles = dict(
        query(incremental, "select article_id, duplicate_of_article_id from marts.articles")
    )
    assert "art_a" not in articles and articles["art_f"] is None
    assert articles["art_d"] is None, "the deleted original leaves its copy an original"
    sentences = query(
        incremental, "select text from marts.sentences where article_id = 'art_e' order by 1"
    )
    assert sentences == [("Venezuela resumed fuel deliveries to Cuba last week.",)]
    castro = query(
        incremental,
        """
        select a.canonical_name from marts.actor_mentions m join marts.actors a using (actor_id)
        where m.article_id = 'art_b' and m.surface_text = 'Castro'
        """,
    )
    assert castro == [("Fidel Castro",)], "with Raúl Castro gone, the surname names Fidel"


def test_the_second_round_reached_the_marts(rebuilt: dict[str, tuple[Path, Path]]) -> None:
    incremental, _ = rebuilt[ROUNDS[1]]
    articles = dict(query(incremental, "select article_id, version from marts.articles"))
    assert articles["art_b"] == 2
    duplicates = query(
        incremental, "select duplicate_of_article_id from marts.articles where article_id = 'art_g'"
    )
    assert duplicates == [("art_f",)]
    # art_b's new version is not extracted yet: none of its old rows may stay.
    for mart in ("sentences", "actor_mentions", "meetings", "casualty_figures"):
        sql = f"select count(*) from marts.{mart} where article_id = 'art_b'"  # noqa: S608
        assert query(incremental, sql) == [(0,)], mart
    extracted = query(
        incremental, "select distinct extracted_at from marts.sentences where article_id = 'art_f'"
    )
    assert [str(row[0]) for row in extracted] == ["2026-01-21 10:00:00"]
