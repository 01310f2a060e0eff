"""Word lists the rules read, loaded once per process from `lexicons/` and data packages."""

from __future__ import annotations

from functools import cache
from importlib import resources

from pipelines.extract.gazetteer import fold
from pipelines.extract.lexicon_cache import cached_table


def _lines(name: str) -> list[str]:
    text = resources.files("pipelines.extract.lexicons").joinpath(name).read_text("utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@cache
def titles() -> frozenset[str]:
    """Lower-case role phrases ("interior minister", "attorney general")."""
    return frozenset(t.lower() for t in _lines("titles.txt"))


@cache
def title_heads() -> frozenset[str]:
    """Last words of role phrases: what an apposition like ", a former X officer" ends on."""
    return frozenset(t.split()[-1] for t in titles()) - {"for", "of", "to", "the", "and"}


@cache
def title_words() -> frozenset[str]:
    """Every word of every role phrase, plus the words that join or qualify them."""
    words = {w.strip(".") for t in titles() for w in t.split()}
    return frozenset(
        words
        | {"of", "for", "the", "former", "acting", "deputy", "new", "outgoing", "second", "senior"}
    )


@cache
def org_heads() -> frozenset[str]:
    return frozenset(w.lower() for w in _lines("org_heads.txt"))


@cache
def known_orgs() -> frozenset[str]:
    return frozenset(_lines("known_orgs.txt"))


@cache
def reporting_verbs() -> frozenset[str]:
    return frozenset(_lines("reporting_verbs.txt"))


@cache
def victim_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in _lines("victim_nouns.txt"))


@cache
def portfolio_words() -> frozenset[str]:
    """Lower-case words of ministerial portfolios ("industry", "supplies")."""
    return frozenset(_lines("portfolio_words.txt"))


@cache
def crude_grades() -> frozenset[str]:
    """Named crude grades ("Bonny Light", "Urals"): commodities written like names."""
    return frozenset(crude_grade_origins())


@cache
def crude_grade_origins() -> dict[str, str | None]:
    """Each named grade and the country code it comes from ("Urals": "RU"), None for a
    benchmark traded from several ("Brent")."""
    grades: dict[str, str | None] = {}
    for line in _lines("crude_grades.txt"):
        name, _, code = line.partition("\t")
        grades[name.strip()] = code.strip() or None
    return grades


@cache
def non_name_words() -> frozenset[str]:
    return frozenset(w.lower() for w in _lines("non_name_words.txt"))


@cache
def first_names() -> frozenset[str]:
    """Folded given names from gender-guesser's international list, minus ordinary and role words."""
    return frozenset(cached_table("first_names", list, _build_first_names))


def _build_first_names() -> list[str]:
    import gender_guesser.detector as detector

    names = detector.Detector(case_sensitive=False).names
    # Role words ("General", "Prince", "Major") open titles, not names.
    return sorted({fold(n) for n in names} - non_name_words() - title_words())
