"""The whole pipeline on the seed articles plus two bad files, run once for the module."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path

import duckdb
import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
SEEDS = REPO_ROOT / "seeds"
BIO_ARTICLE = "000_6d15cf6dee815b5a.txt"
HEADLINE_ARTICLE = "004_20e7c14e17ab3d0c.txt"

pytestmark = pytest.mark.slow

ReadOnly = Callable[[Path], AbstractContextManager[duckdb.DuckDBPyConnection]]


def _count(con: duckdb.DuckDBPyConnection, table: str) -> int:
    return con.execute(f"select count(*) from {table}").fetchall()[0][0]


@pytest.fixture(scope="module")
def pipeline_run(
    tmp_path_factory: pytest.TempPathFactory, dbt_manifest: Path
) -> Iterator[dict[str, object]]:
    """Runs the pipeline twice on one input folder; yields paths and counts between runs."""
    from pipelines.run import run_pipeline

    tmp = tmp_path_factory.mktemp("e2e")
    input_dir = tmp / "in"
    input_dir.mkdir()
    warehouse = tmp / "w.duckdb"
    for name in (BIO_ARTICLE, HEADLINE_ARTICLE):
        shutil.copy(SEEDS / name, input_dir / name)
    (input_dir / "empty.txt").write_bytes(b"")
    (input_dir / "binary.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x03\x00>\x00")

    with pytest.MonkeyPatch.context() as mp:
        # run_pipeline writes these into os.environ; setting them here restores them afterwards.
        mp.setenv("NEWS_SEEDS_DIR", str(input_dir))
        mp.setenv("NEWS_WAREHOUSE", str(warehouse))
        run_pipeline(seeds_dir=input_dir, warehouse=warehouse)
        with duckdb.connect(str(warehouse), read_only=True) as con:
            first = {t: _count(con, t) for t in ("raw.documents", "raw.ingest_issues")}
            issues_first = con.execute(
                "select source_name, issue, detail, seen_at from raw.ingest_issues order by 1"
            ).fetchall()
        run_pipeline(seeds_dir=input_dir, warehouse=warehouse)
        yield {
            "input_dir": input_dir,
            "warehouse": warehouse,
            "first_counts": first,
            "issues_first": issues_first,
        }


@pytest.fixture
def mart(
    pipeline_run: dict[str, object], read_only: ReadOnly
) -> Iterator[duckdb.DuckDBPyConnection]:
    warehouse = pipeline_run["warehouse"]
    assert isinstance(warehouse, Path)
    with read_only(warehouse) as con:
        yield con


def test_articles_are_the_two_seed_files(mart: duckdb.DuckDBPyConnection) -> None:
    rows = mart.execute("select source_name from marts.articles order by source_name").fetchall()
    assert rows == [(BIO_ARTICLE,), (HEADLINE_ARTICLE,)]


def test_author_comes_from_the_trailing_bio(mart: duckdb.DuckDBPyConnection) -> None:
    author, body = mart.execute(
        "select author, body_text from marts.articles where source_name = ?", [BIO_ARTICLE]
    ).fetchall()[0]
    assert author == "Christian K. Caruzo"
    assert "is a Venezuelan writer" not in body
    assert "COMMENTS" not in body


def test_title_is_the_headline_line(mart: duckdb.DuckDBPyConnection) -> None:
    title, outlet, body = mart.execute(
        "select title, outlet, body_text from marts.articles where source_name = ?",
        [HEADLINE_ARTICLE],
    ).fetchall()[0]
    assert title == 'Cuba and Russia, "A love relationship"'
    assert outlet == "Voz media US"
    assert "Published by" not in body


def test_article_columns_of_the_contract(mart: duckdb.DuckDBPyConnection) -> None:
    rows = mart.execute(
        "select article_id, word_count, content_sha256, ingested_at, duplicate_of_article_id "
        "from marts.articles"
    ).fetchall()
    for article_id, word_count, content_sha256, ingested_at, duplicate_of in rows:
        assert article_id
        assert word_count > 100
        assert len(content_sha256) == 64
        assert ingested_at is not None
        assert duplicate_of is None


def test_ingest_issues_are_the_empty_and_the_binary_file(
    mart: duckdb.DuckDBPyConnection,
) -> None:
    rows = mart.execute(
        "select source_name, issue from marts.ingest_issues order by source_name"
    ).fetchall()
    assert rows == [("binary.txt", "binary"), ("empty.txt", "empty")]


def test_sentence_text_is_the_slice_of_the_body(mart: duckdb.DuckDBPyConnection) -> None:
    total = _count(mart, "marts.sentences")
    assert total > 10
    mismatches = mart.execute(
        """
        with sliced as (
            select s.sentence_id, s.text,
                substr(a.body_text, s.char_start + 1, s.char_end - s.char_start) as body_slice
            from marts.sentences s join marts.articles a using (article_id)
        )
        select sentence_id, text, body_slice from sliced where text is distinct from body_slice
        """
    ).fetchall()
    assert mismatches == []
    articles = mart.execute("select count(distinct article_id) from marts.sentences").fetchall()
    assert articles == [(2,)]


def test_second_run_writes_no_new_document_versions(
    pipeline_run: dict[str, object], mart: duckdb.DuckDBPyConnection
) -> None:
    first = pipeline_run["first_counts"]
    assert isinstance(first, dict)
    assert first == {"raw.documents": 2, "raw.ingest_issues": 2}
    assert _count(mart, "raw.documents") == first["raw.documents"]
    assert _count(mart, "raw.ingest_issues") == first["raw.ingest_issues"]
    issues_now = mart.execute(
        "select source_name, issue, detail, seen_at from raw.ingest_issues order by 1"
    ).fetchall()
    assert issues_now == pipeline_run["issues_first"]
