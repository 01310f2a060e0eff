"""`dbt build` on a hand-made raw fixture: every model, data test and unit test must pass, and
the marts must say what the fixture means (latest versions, resolution, disputed claims)."""

from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import pytest

from pipelines.warehouse import ensure_raw_schema

sys.path.insert(0, str(Path(__file__).parent))
from dbt_fixture import dbt_build, fixture_warehouse, query  # noqa: E402


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    warehouse = fixture_warehouse(tmp_path_factory.mktemp("dbt") / "fixture.duckdb")
    result = dbt_build(warehouse)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    return warehouse


def test_latest_versions_only_and_deleted_articles_gone(built: Path) -> None:
    rows = query(
        built, "select source_name, duplicate_of_article_id is not null from marts.articles"
    )
    names = {name for name, _ in rows}
    assert len(rows) == len(names)
    assert any(dup for _, dup in rows), "the same body under another name is flagged"
    removed = query(
        built,
        "select count(*) from marts.articles a join marts.sentences s using (article_id) "
        "where s.text like 'This article was removed%'",
    )
    assert removed == [(0,)]


def test_surname_mentions_resolve_to_one_actor_across_articles(built: Path) -> None:
    rows = query(
        built,
        "select canonical_name, article_count from marts.actors "
        "where actor_type = 'person' and canonical_name like '%Kolokoltsev%'",
    )
    assert len(rows) == 1
    assert rows[0][1] == 2


def test_disputed_casualty_claims_are_compared(built: Path) -> None:
    rows = query(
        built,
        "select min_count, max_count, is_disputed from marts.casualty_claims_compared "
        "where is_disputed",
    )
    assert rows, "12 and 15 killed in the same place and day disagree"
    assert all(lo < hi for lo, hi, _ in rows)


def test_empty_raw_schema_builds_too(tmp_path: Path) -> None:
    warehouse = tmp_path / "empty.duckdb"
    con = duckdb.connect(str(warehouse))
    ensure_raw_schema(con)
    con.close()
    result = dbt_build(warehouse)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert query(warehouse, "select count(*) from marts.articles") == [(0,)]


@pytest.mark.parametrize(
    ("table", "column", "bad_value"),
    [
        ("meetings", "meeting_kind", "party"),
        ("oil_flows", "supplier_country_code", "usa"),
        ("oil_flows", "unit", "Barrels"),
        ("actors", "canonical_name", "  "),
        ("casualty_figures", "qualifier", "roughly"),
    ],
)
def test_mart_contracts_reject_values_outside_their_domain(
    built: Path, tmp_path: Path, table: str, column: str, bad_value: str
) -> None:
    """Value domains of the public marts are enforced check constraints: a row outside them
    cannot be written at all, by dbt or by anyone else."""
    copy = tmp_path / "copy.duckdb"
    copy.write_bytes(built.read_bytes())
    with duckdb.connect(str(copy)) as con:
        # Identifiers come from the parametrize list above, values travel as parameters.
        con.execute(f"create temp table one_row as select * from marts.{table} limit 1")  # noqa: S608
        con.execute(f"update one_row set {column} = ?", [bad_value])
        with pytest.raises(duckdb.ConstraintException, match="CHECK constraint"):
            con.execute(f"insert into marts.{table} select * from one_row")  # noqa: S608
