"""The disk cache of derived word tables gives what computing gives, and never gets in the way."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipelines.extract import lexicon_cache
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


@pytest.mark.parametrize("content", ["{not json", '"a string"', "[1, 2]", '{"a": 3}', ""])
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
