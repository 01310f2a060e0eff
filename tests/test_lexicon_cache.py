"""The disk cache of derived word tables gives what computing gives, and never gets in the way."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from pipelines.extract import gazetteer, lexicon, lexicon_cache
from pipelines.extract.gazetteer import _build_cities
from pipelines.extract.lexicon import _build_first_names
from pipelines.extract.lexicon_cache import cached_table


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("NEWS_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def _counting(value: list | dict) -> tuple[list[int], object]:
    calls: list[int] = []

    def build() -> list | dict:
        calls.append(1)
        return value

    return calls, build


@pytest.mark.parametrize(
    ("name", "kind", "build"),
    [
        ("first_names", list, _build_first_names),
        ("cities", dict, _build_cities),
    ],
)
def test_a_cached_table_equals_the_computed_one(cache: Path, name: str, kind: type, build) -> None:  # type: ignore[no-untyped-def]
    fresh = build()
    assert cached_table(name, kind, build) == fresh  # computed, then written
    assert len(list(cache.glob(f"{name}-*.json"))) == 1
    assert cached_table(name, kind, lambda: pytest.fail("read from the cache")) == fresh


@pytest.mark.parametrize(
    "content", ["{not json", '"a string"', "[1, 2]", '{"a": 3}', "", "[" * 100_000]
)
def test_a_damaged_cache_file_is_rebuilt(cache: Path, content: str) -> None:
    calls, build = _counting({"paris": "FR"})
    cached_table("cities", dict, build)
    (path,) = cache.glob("cities-*.json")
    path.write_text(content)
    assert cached_table("cities", dict, build) == {"paris": "FR"}
    assert len(calls) == 2
    assert json.loads(path.read_text()) == {"paris": "FR"}


def test_an_unwritable_cache_still_gives_the_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("NEWS_CACHE_DIR", str(blocker / "cache"))  # cannot be created
    calls, build = _counting(["ana", "boris"])
    assert cached_table("first_names", list, build) == ["ana", "boris"]
    assert cached_table("first_names", list, build) == ["ana", "boris"]
    assert len(calls) == 2


def test_new_inputs_replace_the_old_table(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cached_table("cities", dict, lambda: {"paris": "FR"})
    lexicon_cache._inputs_digest.cache_clear()
    monkeypatch.setattr(lexicon_cache, "CACHE_FORMAT", "test-bump")
    try:
        assert cached_table("cities", dict, lambda: {"lyon": "FR"}) == {"lyon": "FR"}
        assert len(list(cache.glob("cities-*.json"))) == 1
    finally:
        lexicon_cache._inputs_digest.cache_clear()


def test_a_table_json_cannot_hold_is_still_given(cache: Path) -> None:
    calls, build = _counting(["caf\udce9"])  # a lone surrogate, as from a non-UTF-8 file name
    assert cached_table("first_names", list, build) == ["caf\udce9"]
    assert cached_table("first_names", list, build) == ["caf\udce9"]
    assert len(calls) == 2
    assert not [p for p in cache.iterdir() if p.suffix != ".json"]  # no temporary file left


def test_the_key_follows_the_unicode_database(monkeypatch: pytest.MonkeyPatch) -> None:
    """`fold` strips accents and punctuation by the running Python's Unicode tables."""
    lexicon_cache._inputs_digest.cache_clear()
    try:
        before = lexicon_cache._inputs_digest()
        lexicon_cache._inputs_digest.cache_clear()
        monkeypatch.setattr(unicodedata, "unidata_version", "0.0.0")
        assert lexicon_cache._inputs_digest() != before
    finally:
        lexicon_cache._inputs_digest.cache_clear()


def test_the_tables_extraction_reads_are_the_same_cold_and_warm(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh_names, fresh_cities = frozenset(_build_first_names()), _build_cities()
    memoized = (lexicon.first_names, gazetteer._cities)
    for f in memoized:
        f.cache_clear()
    try:
        assert lexicon.first_names() == fresh_names  # cold: computed, then written
        assert gazetteer._cities() == fresh_cities
        for f in memoized:
            f.cache_clear()

        def refuse() -> None:
            pytest.fail("built again although cached on disk")

        monkeypatch.setattr(lexicon, "_build_first_names", refuse)
        monkeypatch.setattr(gazetteer, "_build_cities", refuse)
        names, cities = lexicon.first_names(), gazetteer._cities()
        assert isinstance(names, frozenset)
        assert names == fresh_names
        assert cities == fresh_cities
        assert list(cities) == list(fresh_cities)
    finally:
        for f in memoized:
            f.cache_clear()
