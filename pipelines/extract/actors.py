"""Who is named in an article: persons, organizations and countries, with offsets and roles.

Rules, not a statistical model: capitalized runs are cut into title, demonym and name, and a
run counts as a person only with evidence (a title, a known given name, an apposition, a
reporting verb, or an earlier full name it shortens). That keeps "Truth Social", months and
sentence-initial words out, and runs at regex speed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from pipelines.extract import gazetteer
from pipelines.extract.dates import MONTHS, WEEKDAYS
from pipelines.extract.gazetteer import fold
from pipelines.extract.lexicon import (
    crude_grades,
    first_names,
    known_orgs,
    non_name_words,
    org_heads,
    portfolio_words,
    reporting_verbs,
    title_heads,
    title_words,
    titles,
)
from pipelines.extract.sentences import Sentence, dateline_end

PERSON, ORGANIZATION, COUNTRY = "person", "organization", "country"

_UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
TITLE_ABBREVIATIONS = (
    "Gen|Sen|Rep|Gov|Lt|Col|Maj|Capt|Cmdr|Adm|Sgt|Cpl|Pvt|Brig|Dr|Mr|Mrs|Ms|Prof|Rev|Hon|Amb|"
    "Pres|Supt|Insp|Fr|Sr|Jr|St|Engr|Eng"
)
# The lookaheads only say which first character each group of alternatives needs, so the
# engine skips a group at once where it cannot match; what matches is unchanged.
TOKEN_RE = re.compile(
    rf"(?=[{_UPPER}])(?:"
    rf"(?:[{_UPPER}]\.){{2,}}"  # U.S., U.N.
    rf"|(?:{TITLE_ABBREVIATIONS})\.(?=\s)"  # Gen., Sen., Dr.
    rf"|(?:Md|Mohd|Muhd)\.(?=\s+[{_UPPER}])"  # "Md. Rafiqul Islam": Muhammad, abbreviated
    rf"|[{_UPPER}]\.(?=\s+[{_UPPER}])"  # an initial followed by a name: "J. Smith"
    r")"
    rf"|(?=[aebiu])(?:al|el|bin|ibn|abu|ben|ul|ud)-[{_UPPER}][\w'’-]*"  # al-Assad
    rf"|(?=[dl])[dl]['’](?=[{_UPPER}])"  # French elision: "d'Hydrocarbures", "l'Énergie"
    r"|[^\W\d_][\w'’-]*(?:\+)?"  # words, with accents, hyphens, apostrophes
    r"|(?=\d)(?:\d+(?:st|nd|rd|th)\b"  # 82nd
    r"|\d[\d,.]*\d|\d)"
    r"|\S"
)
# Lower-case words that may sit inside a name or an organization's name.
NAME_PARTICLES = {
    "&",  # "Barbados Light & Power Company", "Trinidad & Tobago"
    "von der",
    "van der",
    "van den",
    "de los",
    "de las",
    "ben",
    "abu",
    "de",
    "del",
    "de la",
    "da",
    "das",
    "do",
    "dos",
    "van",
    "von",
    "der",
    "bin",
    "ibn",
    "al",
    "el",
    "di",
    "du",
    "le",
    "la",
    "d'",  # "Valéry Giscard d'Estaing"
    "d’",
    "dela",  # Filipino: "Enrique dela Paz", "Maria delos Santos"
    "delos",
    # patronymics written apart and in lower case: "Rauf Teymur oglu Hasanzade"
    "oglu",
    "ogly",
    "qizi",
    "kyzy",
    "uulu",
}
ORG_CONNECTORS = {
    "of",
    "for",
    "in",
    "on",
    "the",
    "to",
    "for the",
    "of the",
    "for a",
    "on the",
    "in the",
    "de",
    "del",
    "de la",
    # French: "Office Malien des Produits Pétroliers", "Société … d'Hydrocarbures"
    "des",
    "du",
    "d'",
    "d’",
    "de l'",
    "de l’",
    "&",
}
# Nouns that, after a demonym, make the phrase a country acting as an actor.
GOVERNMENT_NOUNS = (
    r"governments|government|regime|authorities|presidency|administration|leadership|state|military|"
    r"armed forces|army|navy|police|troops|ministry|embassy|officials|side"
)
# Lower-case descriptors that announce an organization's name ("the broadcaster Canal Norte").
ORG_DESCRIPTORS = (
    r"network|newspaper|daily|agency|outlet|broadcaster|channel|magazine|group|company|firm|"
    r"party|militia|organi[sz]ation|think tank|station|website|news site|tabloid|weekly|"
    r"television|radio|movement|coalition|airline|producer|refiner|insurgents|rebels"
)
# Descriptors that announce a company only right before its name ("Brazilian planemaker
# Embraer"); in an apposition they describe people as often ("X, a refinery engineer").
# (Not words that mostly describe a person: "oil trader X".)
ORG_DESCRIPTORS_BEFORE = (
    rf"{ORG_DESCRIPTORS}|refiner|refinery|carmaker|automaker|planemaker|shipbuilder|"
    r"conglomerate|charity|watchdog|monopoly|operator|generator|giant|utility|lender|exporter|"
    r"importer|supplier|insurer|retailer|marketer|"
    # "state-owned Petrocorp": ownership words before a bare name
    r"state-owned|state-run|state-controlled|privately owned|privately held"
)
DESCRIPTOR_WORD_RE = re.compile(
    "|".join(w for w in ORG_DESCRIPTORS_BEFORE.split("|") if " " not in w)
)
NAME_PREFIX_RE = re.compile(r"(?:al|el|bin|ibn|abu|ben|ul|ud)-[A-ZÀ-Þ]")
ROMAN_NUMERAL_RE = re.compile(r"(?:II|III|IV|VI|VII|VIII|IX|XI|XII)")
# Words that open a sentence or clause and are never the start of a name.
LEADING_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "in",
        "on",
        "at",
        "by",
        "to",
        "from",
        "with",
        "of",
        "as",
        "if",
        "when",
        "while",
        "after",
        "before",
        "since",
        "until",
        "during",
        # adjectives that open a sentence before a name: "Neighboring Bolivia sent a team"
        "neighboring",
        "neighbouring",
        "fellow",
        "oil-rich",
        "war-torn",
        "landlocked",
        "cash-strapped",
        "although",
        "though",
        "because",
        "according",
        "despite",
        "however",
        "meanwhile",
        "moreover",
        "also",
        "still",
        "then",
        "there",
        "here",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "he",
        "she",
        "we",
        "they",
        "i",
        "his",
        "her",
        "their",
        "our",
        "my",
        "your",
        "you",
        "who",
        "what",
        "which",
        "where",
        "why",
        "how",
        "not",
        "no",
        "yes",
        "all",
        "some",
        "many",
        "most",
        "more",
        "few",
        "several",
        "both",
        "each",
        "every",
        "any",
        "other",
        "another",
        "such",
        "only",
        "even",
        "just",
        "but",
        "and",
        "or",
        "so",
        "yet",
        "for",
        "nor",
        "later",
        "earlier",
        "recently",
        "today",
        "yesterday",
        "tomorrow",
        "now",
        "last",
        "next",
        "first",
        "under",
        "over",
        "against",
        "among",
        "between",
        "without",
        "within",
        "across",
        "through",
    ]
)
POSSESSIVE_RE = re.compile(r"(?:'s|’s|'|’)$")


class Token:
    """A word with offsets; its shape flags are computed once per distinct spelling."""

    __slots__ = (
        "text",
        "start",
        "end",
        "is_cap",
        "is_all_caps",
        "is_head",
        "lower",
        "core",
        "core_lower",
        "is_possessive",
        "is_name",
        "acronym_core",
        "is_ordinal",
        "is_roman",
    )

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        (
            self.is_cap,
            self.is_all_caps,
            self.is_head,
            self.lower,
            self.core,
            self.core_lower,
            self.is_possessive,
            self.is_name,
            self.acronym_core,
            self.is_ordinal,
            self.is_roman,
        ) = _shape(text)

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"


_Shape = tuple[bool, bool, bool, str, str, str, bool, bool, "str | None", bool, bool]


@lru_cache(maxsize=262144)
def _shape(text: str) -> _Shape:
    """Everything the run rules ask of a word that depends on its spelling alone.

    `is_name` is `_is_name_token` for an article without acronyms; an all-caps word may also
    be a name by the article's own acronyms, so `acronym_core` keeps what to look up there.
    """
    is_cap = (text[:1].isupper() and not text.isdigit()) or bool(NAME_PREFIX_RE.match(text))
    letters = [c for c in text if c.isalpha()]
    is_all_caps = len(letters) >= 2 and all(c.isupper() for c in letters)
    core = _strip_possessive(text)
    core_lower = core.lower()
    is_head = is_cap and core_lower in org_heads()
    acronym_core = None
    if not is_cap:
        is_name = text in known_orgs()  # lower-case agency names: "dpa"
    elif is_all_caps and len(text) > 1 and "." not in text:
        # Shouted words ("NO MORE OIL GOING TO CUBA") and dateline cities are not names;
        # short country codes ("US", "UAE") and the article's acronyms are.
        acronym_core = core
        is_name = core in known_orgs() or (
            len(core) <= 3 and bool(gazetteer.country_code_for(core))
        )
    else:
        is_name = True
    return (
        is_cap,
        is_all_caps,
        is_head,
        text.lower(),
        core,
        core_lower,
        _possessive_text(text),
        is_name,
        acronym_core,
        bool(ORDINAL_RE.fullmatch(text)),
        bool(ROMAN_NUMERAL_RE.fullmatch(text)),
    )


@dataclass
class Mention:
    sentence_index: int
    start: int
    end: int
    text: str
    actor_type: str
    name: str
    title: str | None = None
    country_code: str | None = None
    entity_key: int = -1
    locative: bool = False


@dataclass
class Place:
    sentence_index: int
    start: int
    end: int
    name: str
    country_code: str | None
    is_country: bool


@dataclass
class Entity:
    key: int
    canonical_name: str
    actor_type: str
    country_code: str | None = None
    title: str | None = None
    names: set[str] = field(default_factory=set)

    @property
    def name_key(self) -> str:
        """What dbt resolves actors across articles by; organizations ignore word order."""
        if self.actor_type == ORGANIZATION:
            return org_key(self.canonical_name)
        return fold(self.canonical_name)


@dataclass
class ActorAnalysis:
    mentions: list[Mention]
    entities: list[Entity]
    places: list[Place]

    def __post_init__(self) -> None:
        # Every event rule asks "who is named in sentence i": index once, not per question.
        self._by_sentence: dict[int, list[Mention]] = {}
        for m in self.mentions:
            self._by_sentence.setdefault(m.sentence_index, []).append(m)
        self._places_by_sentence: dict[int, list[Place]] = {}
        for p in self.places:
            self._places_by_sentence.setdefault(p.sentence_index, []).append(p)

    def in_sentence(self, index: int) -> list[Mention]:
        return self._by_sentence.get(index, [])

    def places_in(self, index: int) -> list[Place]:
        return self._places_by_sentence.get(index, [])

    def entity(self, key: int) -> Entity:
        return self.entities[key]

    def country_of(self, m: Mention) -> str | None:
        """The mention's country, or its entity's when this mention does not say it."""
        return m.country_code or self.entities[m.entity_key].country_code

    def country_entity(self, code: str) -> Entity:
        """The article's entity for a country, added without a mention when only implied
        ("visited Baghdad" makes Iraq the host though the text never names it)."""
        for e in self.entities:
            if e.actor_type == COUNTRY and e.country_code == code:
                return e
        entity = Entity(len(self.entities), gazetteer.country_name(code), COUNTRY, code)
        self.entities.append(entity)
        return entity


def tokenize(text: str, offset: int = 0) -> list[Token]:
    return [
        Token(m.group(0), m.start() + offset, m.end() + offset) for m in TOKEN_RE.finditer(text)
    ]


def _strip_possessive(text: str) -> str:
    return POSSESSIVE_RE.sub("", text) if len(text) > 2 else text


def _is_name_token(tok: Token, acronyms: set[str] | dict[str, str]) -> bool:
    """Whether a token may sit in a name: capitalized, a lower-case agency ("dpa"), and for
    an all-caps word only an acronym, a known organization or a short country code."""
    return tok.is_name or (tok.acronym_core is not None and tok.acronym_core in acronyms)


ORDINAL_RE = re.compile(r"\d+(?:st|nd|rd|th)")


POSSESSIVE_OFFICE_OWNERS = frozenset(
    [
        "sheriff",
        "attorney",
        "general",
        "prosecutor",
        "marshal",
        "coroner",
        "examiner",
        "mayor",
        "governor",
        "president",
        "controller",
        "comptroller",
        "auditor",
        "treasurer",
        "ombudsman",
        "children",
        "women",
        "people",
        "workers",
    ]
)


# First words of the two-word particles ("von der", "de la"): only these need a look ahead.
_PARTICLE_HEADS = frozenset(p.split()[0] for p in NAME_PARTICLES if " " in p)


@cache
def _titles_joined_by(connector: str) -> tuple[str, ...]:
    """Role phrases holding " of " or " for " ("secretary of state"), for `str.startswith`."""
    joined = f" {connector} "
    return tuple(t for t in titles() if joined in t)


# Legal forms written in capitals, which end a company's name ("Caspian Horizon FZE")
# Company forms after the name ("Ltd", "FZE"). Those of three letters or more end a run of
# capitals ("Caspian Horizon FZE"); two-letter ones ("NV", "SA") abbreviate states and
# countries as often.
LEGAL_FORMS = frozenset(
    [
        "Ltd",
        "Inc",
        "Plc",
        "PLC",
        "LLC",
        "LLP",
        "Bhd",
        "Co",
        "Corp",
        "SA",
        "AG",
        "NV",
        "BV",
        "FZE",
        "FZCO",
        "DMCC",
        "PJSC",
        "OJSC",
        "JSC",
        "SpA",
        "GmbH",
        "UAB",
        "ASA",
        "DOOEL",
        "EOOD",
        "SARL",
        "SRL",
        "KFT",
        "ZRT",
        "TBK",
        "SDN",
        "S.A.",
        "K.K.",
        "S.p.A.",
        "N.V.",
        "B.V.",
        "A.S.",
    ]
)
CAPITAL_LEGAL_FORMS = frozenset(f for f in LEGAL_FORMS if (len(f) >= 3 and f.isupper()) or "." in f)
# Company forms before the name ("PT Energi Kencana Nusantara"), which its acronym leaves out
# ("EKN")
LEADING_LEGAL_FORMS = frozenset(["PT", "JSC", "PJSC", "OAO", "OOO", "AO", "PAO"])


def _runs(tokens: list[Token], acronyms: set[str]) -> list[list[Token]]:
    """Maximal runs of capitalized tokens, allowing name particles between them."""
    runs: list[list[Token]] = []
    heads = org_heads()
    count = len(tokens)
    i = 0
    while i < count:
        first = tokens[i]
        if (
            not _is_name_token(first, acronyms)
            and not (
                # "82nd Airborne Division"
                first.is_ordinal and i + 1 < count and _is_name_token(tokens[i + 1], acronyms)
            )
            and not (
                # "XR Trading", "KPC Petroleum": initials the article never spells out, before a
                # company's head noun (not a shouted "NO OIL")
                first.acronym_core is not None
                and len(first.acronym_core) <= 5
                and i + 1 < count
                and tokens[i + 1].is_head
                and not tokens[i + 1].is_all_caps
            )
            and not (
                # "the Nigerien distribution company SONADHYN": a name in capitals right after
                # the (lower-case: not a headline's) noun that introduces a company
                first.acronym_core is not None
                and 3 <= len(first.acronym_core) <= 10
                and i
                and tokens[i - 1].text.islower()
                and DESCRIPTOR_WORD_RE.fullmatch(tokens[i - 1].text)
                and not (i + 1 < count and tokens[i + 1].is_all_caps)
                and first.acronym_core.lower() not in non_name_words()
                and not re.search(r"(?:ED|ING|ES)$", first.acronym_core)
            )
        ):
            i += 1
            continue
        run = [first]
        i += 1
        while i < count:
            tok = tokens[i]
            last = run[-1]
            if not last.is_possessive and _is_name_token(tok, acronyms):
                run.append(tok)
                i += 1
                continue
            if (  # "Sheriff's Department", "Attorney General's Office": a role's own body
                last.is_possessive
                and last.core_lower in POSSESSIVE_OFFICE_OWNERS
                and tok.lower in heads
                and tok.is_cap
            ):
                run.append(tok)
                i += 1
                continue
            if tok.text in CAPITAL_LEGAL_FORMS and not last.is_possessive:
                run.append(tok)  # "Caspian Horizon FZE", "Volga Oil PJSC": a company's form
                i += 1
                continue
            if tok.is_roman and not last.is_possessive:  # Elizabeth II
                run.append(tok)
                i += 1
                continue
            if tok.text in ("of", "for") and i + 1 < count and tokens[i + 1].is_cap:
                # "Secretary of State", "Minister for Foreign Affairs": titles with "of"/"for".
                phrase = " ".join(t.text for t in [last, tok, *tokens[i + 1 : i + 3]]).lower()
                if phrase.startswith(_titles_joined_by(tok.text)):
                    run.append(tok)
                    i += 1
                    continue
            if tok.text.isdigit() and last.lower in heads:  # "Unit 400"
                run.append(tok)
                i += 1
                continue
            if (
                i + 2 < count
                and tok.lower in _PARTICLE_HEADS
                and f"{tok.lower} {tokens[i + 1].lower}" in NAME_PARTICLES
                and tokens[i + 2].is_cap
            ):
                run.extend(tokens[i : i + 2])
                i += 2
                continue
            if tok.text in NAME_PARTICLES and i + 1 < count and tokens[i + 1].is_cap:
                run.append(tok)
                i += 1
                continue
            break
        runs.append(run)
    return runs


_PLURAL_POSSESSIVE_RE = re.compile(r"s['’]$")


def _possessive_text(text: str) -> bool:
    """A singular possessive ends a name ("Putin's"); a plural one may not ("Workers' Party").

    Computed once per spelling, as `Token.is_possessive`."""
    if _PLURAL_POSSESSIVE_RE.search(text):
        return False
    return bool(POSSESSIVE_RE.search(text)) and len(text) > 2


def _has_org_head(run: list[Token]) -> bool:
    return any(t.is_head for t in run)


def _split_title(words: list[str]) -> int:
    """How many leading words form a demonym/title prefix ("Russian Interior Minister")."""
    return _split_title_words(tuple(words))


@lru_cache(maxsize=65536)
def _split_title_words(words: tuple[str, ...]) -> int:
    """`_split_title` on a tuple: one run's words are asked about several times, and the same
    titles and names recur across articles."""
    # Words hold no spaces, so lower-casing each word equals lower-casing the joined phrase.
    lowered = [w.lower() for w in words]
    count = len(lowered)
    known = titles()
    i = 0
    # "Water Minister", "Energy and Water Minister": portfolios before a role word
    portfolio = 0
    while portfolio < count and (
        lowered[portfolio] in portfolio_words()
        or (portfolio and lowered[portfolio] in ("and", "&") and portfolio + 1 < count)
    ):
        portfolio += 1
    if portfolio and portfolio < count and lowered[portfolio] in ROLE_WORDS:
        i = portfolio
    while i < count:
        matched = 0
        for n in (6, 5, 4, 3, 2, 1):
            if i + n > count:
                continue
            phrase = " ".join(lowered[i : i + n])
            if (
                phrase in known
                or phrase in TITLE_MODIFIERS
                or (n <= 2 and gazetteer.country_code_for_demonym(phrase))
            ):
                matched = n
                break
        if not matched:
            # "Estonian Climate Minister": portfolios before a role word after a demonym too
            j = i
            while j < count and (
                lowered[j] in portfolio_words() or (j > i and lowered[j] in ("and", "&"))
            ):
                j += 1
            if j > i and j < count and lowered[j] in ROLE_WORDS:
                i = j
                continue
            break
        # "Assistant Secretary" + "Secretary of State": a title whose last word opens another
        # title with "of"/"for" continues into it.
        last = i + matched - 1
        if matched > 1 and last + 1 < count and lowered[last + 1] in ("of", "for"):
            for n in (5, 4, 3):
                if last + n <= count and " ".join(lowered[last : last + n]) in known:
                    matched += n - 1
                    break
        i += matched
    return i


TITLE_WORD_BEFORE_RE = re.compile(r"\b([A-Z][\w-]*)\s+$")
# "Minister for ", "Secretary of Industry, Commerce and ", "Minister of State for ": a role
# and the portfolio so far
PORTFOLIO_TITLE_BEFORE_RE = re.compile(
    r"\b(?P<role>[A-Z][a-z]+)(?:\s+of\s+State)?\s+(?:of|for)\s+(?:the\s+)?(?P<words>(?:(?:[A-Z][a-z]+|and|&)"
    r"(?:,\s*|\s+))*)"
    # "Minister of Energy of the Republic of X Name": a complete portfolio, then its country
    r"(?P<country_of>of\s+(?:the\s+)?(?:(?:[A-Z][\w’'-]*\s+){0,2}?(?:Republic|Kingdom|Sultanate|"
    r"State|Emirate|Federation|Principality|Commonwealth)\s+of\s+(?:the\s+)?)?)?$"
)


# "Prime Minister of the Republic of Kazakhstan X": a role of a state named in full, no
# portfolio between
REPUBLIC_TITLE_BEFORE_RE = re.compile(
    r"\b(?P<role>[A-Z][a-z]+)(?P<words>)\s+(?P<country_of>of\s+the\s+(?:[A-Z][\w’'-]*\s+){0,2}?"
    r"(?:Republic|Kingdom|Sultanate|State|Emirate|Federation|Principality|Commonwealth)\s+of\s+"
    r"(?:the\s+)?)$"
)


def _role_with_portfolio_before(before: str) -> re.Match[str] | None:
    """A role ending `before` whose portfolio so far ("Minister for Power, ") is made of
    portfolio words only, or a role of a state named in full; None otherwise."""
    m = PORTFOLIO_TITLE_BEFORE_RE.search(before)
    if (
        m is not None
        and m.group("role").lower() in ROLE_WORDS
        and all(
            w.lower() in portfolio_words()
            for w in re.findall(r"[A-Za-z]+", m.group("words"))
            if w != "and"
        )
    ):
        return m
    m = REPUBLIC_TITLE_BEFORE_RE.search(before)
    return m if m is not None and m.group("role").lower() in ROLE_WORDS else None


def _portfolio_title_before(before: str, words: list[str]) -> tuple[int, int] | None:
    """(where the role starts in `before`, how many of `words` end the portfolio) when a role
    with a portfolio runs into a name of two or more words; None otherwise."""
    if not before.endswith(("of ", "for ", "the ", "and ", ", ", "& ")):
        return None  # most runs: no portfolio can end right before them
    m = _role_with_portfolio_before(before)
    if m is None:
        return None
    lowered = [w.lower() for w in words]
    if m.group("country_of"):
        portfolio = m.group("words").strip()
        if (not portfolio and m.re is not REPUBLIC_TITLE_BEFORE_RE) or portfolio.endswith(
            (",", "and", "&")
        ):
            return None
        taken = _country_words(words)
    else:
        taken = _portfolio_words(lowered) or _country_words(words)
    name = lowered[taken:]
    # "…, National Community Abroad": what follows a portfolio must read as a name
    if (
        not taken
        or len(name) < 2
        # "… Petroleum of Papua New Guinea" (but "… Commerce Qasim bin Rashid Al Hinai")
        or not all(w[:1].isupper() or w.lower() in NAME_PARTICLES for w in words[taken:])
        or any(w in org_heads() for w in name)
        or gazetteer.country_code_for(" ".join(words[taken:]))
    ):
        return None
    start = m.start("role")
    while (
        (prev := TITLE_WORD_BEFORE_RE.search(before, 0, start))
        and prev.group(1).lower() in title_words()
        and prev.group(1) != "The"  # "The Secretary of …": the article is no part of the title
    ):
        start = prev.start(1)  # "Prime Minister of …", "Deputy Minister for …"
    return start, taken


def _ends_portfolio(before: str, words: list[str]) -> bool:
    """Do `words` end a role's portfolio, with at most a country after it ("X, State Minister
    for Power of Bangladesh,", "…, Minister for Energy and Water,")?"""
    m = _role_with_portfolio_before(before)
    if m is None or m.group("country_of"):
        return False
    lowered = [w.lower() for w in words]
    taken = _portfolio_words(lowered)
    return bool(taken) and (
        taken == len(words)
        or lowered[taken] == "of"
        and gazetteer.country_code_for(" ".join(words[taken + 1 :])) is not None
    )


def _country_words(words: list[str]) -> int:
    """How many leading words name a country ("Papua New Guinea"): the country of a title
    ("Prime Minister of Ukraine Mykola X"); 0 when they name none."""
    for n in (3, 2, 1):
        if len(words) > n and gazetteer.country_code_for(" ".join(words[:n])):
            return n
    return 0


def _portfolio_words(lowered: list[str]) -> int:
    """How many leading words name a portfolio ("industry and supplies"), up to its last
    portfolio word; 0 when the first word is none."""
    last_domain = 0
    for i, word in enumerate(lowered):
        if word.rstrip(",") in portfolio_words():
            last_domain = i + 1
        elif word not in ("and", "&"):
            break
    return last_domain


# Words that qualify a title: "Former Spanish Prime Minister", "Acting Defense Secretary".
TITLE_MODIFIERS = frozenset(
    [
        "former",
        "acting",
        "interim",
        "deputy",
        "vice",
        "then",
        "outgoing",
        "incoming",
        "late",
        "retired",
        "assistant",
        "second",  # "Second Minister of Foreign Affairs"
        "senior",
        "junior",
    ]
)


# Last words that make a capitalized phrase a building or a street, whatever precedes them.
PLACE_TAILS = frozenset(
    [
        "zone",  # "the Mariel Special Development Zone"
        "memorial",  # "the José Martí Memorial"
        "palace",
        "square",
        "street",
        "avenue",
        "boulevard",
        "road",
        "highway",
        "airport",
        "airbase",
        "bridge",
        "plaza",
        "stadium",
        "cemetery",
        "mausoleum",
        "village",
        "camp",
        "crossing",
        "gardens",
        "garden",
        "valley",
        "mountains",
        "hills",
        "heights",
        "river",
        "lake",
        "sea",
        "ocean",
        "bay",
        "gulf",
        "island",
        "islands",
        "peninsula",
        "desert",
        "canal",
        "strait",
        "coast",
        "beach",
        "hotel",
        "mall",
        "tower",
        "towers",
        "lane",
        "drive",
        "cathedral",
        "mosque",
        "temple",
        "oilfield",
        # events, holidays and documents: "the Warsaw Uprising", "Independence Day", "the Paris
        # Agreement", "the Marshall Plan"
        "uprising",
        "spring",
        "massacre",
        "offensive",
        "day",
        "eve",
        "agreement",
        "accord",
        "accords",
        "treaty",
        "plan",
        "doctrine",
        "act",
    ]
)
# Street names that need "on" or a house number before them ("on Elm Court").
STREET_TAILS = frozenset(["Court", "Way", "Place", "Circle", "Terrace", "Parkway", "Trail", "Row"])
COURT_WORDS = frozenset(
    [
        "supreme",
        "high",
        "constitutional",
        "district",
        "appeals",
        "appeal",
        "federal",
        "criminal",
        "international",
        "military",
        "family",
        "juvenile",
        "magistrates",
        "crown",
        "county",
        "superior",
        "circuit",
        "special",
        "administrative",
        "appellate",
        "state",
        "national",
        "european",
        "arbitration",
        "revolutionary",
        "islamic",
        "court",
    ]
)
# A sports noun right after "... League" makes it a competition ("the Champions League final",
# "Premier League title"), not an organization like the Arab League ("final communique" is).
COMPETITION_AFTER_RE = re.compile(
    r"^\s+(?:final(?!\s+(?:communiqu|statement|declaration|document|report|text|session))|"
    r"finals|semi-?finals?|quarter-?finals?|match|matches|game|games|title|season|fixture|"
    r"fixtures|clash|trophy|standings|table|group stage|knockout|opener|debut|winners?)\b"
)
# "Strategic Partnership", "Free Trade Partnership": agreements, not organizations.
PACT_WORDS = frozenset(["strategic", "comprehensive", "economic", "trade", "security"])
# A lowercase facility noun right after a name makes the name a facility's ("Johan Sverdrup
# field", "Abu Ghraib prison", "Kim Il Sung square").
FACILITY_AFTER_RE = re.compile(
    r"^\s+(?:oil\s+|gas\s+)?(?:field|oilfield|gasfield|refinery|pipeline|terminal|mine|dam|"
    r"airport|air base|highway|street|avenue|road|boulevard|square|stadium|prison|bridge|camp|"
    r"district|districts|province|provinces|prefecture|county|neighbourhood|neighborhood|"
    r"power plant|reservoir|crossing)\b"
)
PLACES_AFTER_RE = re.compile(
    r"^\s+and\s+(?:[A-Z][\w-]*\s+){1,3}(?:provinces|districts|regions|counties|prefectures)\b"
)
REFINERY_AFTER_RE = re.compile(r"\s+refinery\b")
CAPACITY_BEFORE_RE = re.compile(
    r"\d(?:mn|m)?\s*(?:b/d|bpd|bl/d|barrels?\s+(?:a|per)\s+day)\s+$", re.I
)
# Head nouns of armed or police forces, which "in <place>" locates rather than names.
FORCE_HEADS = frozenset(
    [
        "army",
        "navy",
        "force",
        "forces",
        "police",
        "brigade",
        "brigades",
        "battalion",
        "regiment",
        "division",
        "unit",
        "command",
        "guard",
        "militia",
        "troops",
        "military",
    ]
)


class _ArticleState:
    def __init__(self, text: str) -> None:
        self.text = text
        self.acronyms: dict[str, str] = {}  # acronym -> expansion
        self.expansions: frozenset[str] = frozenset()
        self.mentions: list[Mention] = []
        self.places: list[Place] = []
        self.title_spans: list[tuple[int, int]] = []
        # Name-shaped runs with no evidence yet; a list of names can vouch for them.
        self.unproven: list[tuple[Sentence, int, int, str, str | None]] = []
        self._written: dict[str, bool] = {}

    def writes(self, word: str) -> bool:
        """Whether the article has `word` as a whole word, as written (case-sensitive); each
        word is searched for once per article, however many headline lines ask."""
        found = self._written.get(word)
        if found is None:
            found = self._written[word] = bool(re.search(rf"\b{re.escape(word)}\b", self.text))
        return found


ACRONYM_RE = re.compile(
    rf"((?:[{_UPPER}][\w'’.-]*|of|for|the|de|del|la|and|y|&)"
    rf"(?:\s+(?:[{_UPPER}][\w'’.-]*|of|for|the|de|del|la|and|y|&)){{0,9}}),?\s+\(([{_UPPER}]{{2,10}})\)"
)
ACRONYM_PARENS_RE = re.compile(rf"\(([{_UPPER}]{{2,10}})\)")
REVERSE_ACRONYM_RE = re.compile(
    rf"\b([{_UPPER}]{{2,10}})\s+\(((?:[{_UPPER}][\w'’.-]*)(?:\s+(?:[{_UPPER}][\w'’.-]*|of|for|the|"
    rf"de|del|la|and|y|&)){{1,9}})\)"
)
_CONNECTOR_WORDS = {"of", "for", "the", "de", "del", "la", "and", "y", "&"}


# Connectors inside one name ("Association of the …"); "and" may join two names instead
# ("the Defence Ministry and the Federal Security Service (FSB)").
NAME_CONNECTORS = frozenset(["of", "for", "the", "de", "del", "la", "des", "du", "di"])


COMPANY_ABBREVIATIONS = frozenset(["corp.", "inc.", "ltd.", "bros.", "plc.", "intl."])


def _find_acronyms(text: str) -> dict[str, str]:
    """'Cuban News Agency (ACN)' defines ACN for the whole article.

    The expansion is the shortest tail of the phrase whose capitals spell the acronym; failing
    that (acronyms from another language, "Federal Security Service (FSB)"), a tail naming an
    organization. A known acronym after a dateline city ("MEXICO CITY (AFP)") gets none.
    """
    found: dict[str, str] = {}
    if not ACRONYM_PARENS_RE.search(text):
        return found  # every definition holds "(ABC)"; most articles have none
    for m in ACRONYM_RE.finditer(text):
        words = m.group(1).split()
        acronym = m.group(2)
        # A sentence ends inside the phrase ("… Ministry of Economy. The Economic Community of
        # West African States (ECOWAS)"): only the words after the last full stop can expand it.
        for k in range(len(words) - 1, -1, -1):
            word = words[k]
            if (
                word.endswith(".")
                and len(word) > 3
                and "." not in word[:-1]
                and word.lower() not in COMPANY_ABBREVIATIONS  # "Delta Gas Corp. (DGC)"
            ):
                words = words[k + 1 :]
                break
        while words and (words[0].lower() in _CONNECTOR_WORDS or words[0].lower() in LEADING_WORDS):
            words = words[1:]
        words = words[-12:]
        chosen = None
        for k in range(len(words) - 1, -1, -1):
            tail = words[k:]
            if tail[0].lower() in _CONNECTOR_WORDS or _possessive_word(tail[0]):
                continue
            if _spells(tail, acronym.replace("&", "")):
                chosen = tail
                break
        if chosen is None:
            # The capitalized words right before the parenthesis, if they name an organization.
            # Walk back over connectors only until the phrase holds a head noun:
            # "Revolutionary Armed Forces of Colombia", not "Agents of the … Service".
            k = len(words)
            while k > 0 and not _possessive_word(words[k - 1]):
                word = words[k - 1]
                has_head = any(w.lower().strip(",") in org_heads() for w in words[k:])
                if word[:1].isupper() or word.lower() in _CONNECTOR_WORDS and not has_head:
                    k -= 1
                else:
                    break
            # "Association of the Petroleum Industry of Kurdistan (APIKUR)": a head noun just
            # before the connectors opens the name, which runs on to the parenthesis.
            j = k
            while j > 0 and words[j - 1].lower() in NAME_CONNECTORS:
                j -= 1
            if (
                j < k
                and j > 0
                and words[j - 1].lower() in org_heads()
                and words[j - 1][:1].isupper()
            ):
                k = j - 1
            tail = words[k:]
            while tail and not tail[0][:1].isupper():
                tail = tail[1:]
            if tail and any(w.lower().strip(",") in org_heads() for w in tail):
                chosen = tail
        if chosen:
            found[acronym] = " ".join(chosen).rstrip(",")
    return found


def _reverse_acronyms(text: str) -> dict[str, str]:
    """'MÜK (Magyar Üzemanyag Kereskedelmi)': an acronym first, its name spelt out in brackets
    after it; a body's full name, whatever its words (no English head noun), unless they read
    as a person's or a place's ("AMLO (Andrés Manuel López Obrador)")."""
    found: dict[str, str] = {}
    for m in REVERSE_ACRONYM_RE.finditer(text):
        acronym, words = m.group(1), m.group(2).split()
        name = " ".join(words)
        if (
            _spells(words, acronym)
            and fold(words[0]) not in first_names()
            and not _place_code(name)
        ):
            found.setdefault(acronym, name)
    return found


# Legal forms that company acronyms spell although the name before them leaves them out:
# "Petróleos de Venezuela (PDVSA)" is Petróleos de Venezuela S.A.
ACRONYM_LEGAL_SUFFIXES = ("SA", "AG", "NV", "AB", "ASA", "SPA", "SE")


def _spells(tail: list[str], acronym: str) -> bool:
    """The capitals of `tail` spell the acronym; a connector ("de", "of") may add its letter
    ("Petróleos de Venezuela" spells PDV) and a company's legal form may close it (PDVSA)."""
    initials = "".join(w[0] for w in tail if w[:1].isupper())
    if initials.upper() == acronym:
        return True
    parts = []
    for w in tail:
        if w.lower() in _CONNECTOR_WORDS and w[:1].isalpha():
            parts.append(f"(?:{re.escape(w[0].upper())})?")
        elif w[:1].isupper():
            parts.append(re.escape(w[0].upper()))
    suffixes = "|".join(ACRONYM_LEGAL_SUFFIXES)
    return bool(re.fullmatch("".join(parts) + f"(?:{suffixes})?", acronym))


def _possessive_word(word: str) -> bool:
    return bool(_POSSESSIVE_S_RE.search(word))


# Wire credits and bylines name the reporters, not actors in the story.
CREDIT_RE = re.compile(
    r"^\s*[(\[]?\s*(?:(?:Additional|Further)\s+)?(?:[Rr]eporting|Writing|Editing|Compiled|"
    r"Edited|Written|Produced|Translated)\s+by:?\s+[A-Z]"
    # "--With assistance from X", "To contact the reporter on this story: X"
    r"|^\s*[-–—]*\s*With\s+assistance\s+from\s+[A-Z]"
    r"|^\s*To\s+contact\s+the\s+(?:reporters?|editors?|authors?)\b"
)
# "Associated Press writer X contributed to this report.": a short sentence ending so.
CONTRIBUTED_END_RE = re.compile(
    r"\bcontributed\s+(?:to\s+)?(?:this\s+)?(?:report|reporting|story)\.?\s*$"
)


def _is_credit(text: str) -> bool:
    return bool(CREDIT_RE.match(text)) or (
        len(text) <= 160 and "contributed" in text and bool(CONTRIBUTED_END_RE.search(text))
    )


_BYLINE_NAME = rf"[{_UPPER}][\w.'’-]+(?:\s+[{_UPPER}][\w.'’-]+){{1,3}}"
BYLINE_RE = re.compile(
    rf"^\s*By\s+({_BYLINE_NAME})(?:\s*(?:,|and)\s+{_BYLINE_NAME})*"
    r"(?:\s*[,|—–-]\s*[^.;]{0,60})?\s*$"
)


def _is_byline(text: str) -> bool:
    m = BYLINE_RE.match(text)
    if not m:
        return False
    first = m.group(1).split()[0].lower()
    return first not in MONTHS and first not in WEEKDAYS


def analyze_actors(text: str, sentences: list[Sentence]) -> ActorAnalysis:
    state = _ArticleState(text)
    defined = _find_acronyms(text)
    reverse = {k: v for k, v in _reverse_acronyms(text).items() if k not in defined}
    state.acronyms = {**_owner_acronyms(text), **defined, **reverse}
    state.expansions = frozenset(reverse.values())
    pending_singles: list[tuple[Sentence, list[Token], str | None, str | None]] = []
    for sentence in sentences:
        tokens = tokenize(sentence.text, sentence.start)
        _demonym_governments(state, sentence)
        _complex_country_names(state, sentence)
        _lowercase_party_names(state, sentence)
        _lowercase_union_names(state, sentence)
        if _is_credit(sentence.text) or _is_byline(sentence.text):
            continue  # "(Reporting by …; Editing by …)", "By Jane Roe, Staff Writer": the press
        if _is_headline(sentence.text, state):
            _headline_actors(state, sentence, tokens)
            continue
        for run in _merge_org_runs(_runs(tokens, set(state.acronyms)), tokens):
            _classify_run(state, sentence, run, pending_singles)
    _accept_listed_names(state)
    _accept_recurring_surnames(state, pending_singles)
    _accept_name_tails(state)
    # Single names resolve against full names anywhere in the article; a name that carries a
    # title once ("President Reagan") is the same person untitled ("telephoned Reagan").
    titled = {
        fold(_strip_possessive(run[0].text)) for _s, run, title, _c in pending_singles if title
    }
    for sentence, run, title, country in pending_singles:
        _resolve_single(state, sentence, run, title, country, titled)
    state.mentions.sort(key=lambda m: (m.start, m.end))
    mentions = _drop_overlaps(state.mentions)
    # "a former DEA officer": an organization named only inside someone's role is not an actor.
    mentions = [
        m
        for m in mentions
        if not (
            m.actor_type == ORGANIZATION
            and any(a <= m.start and m.end <= b for a, b in state.title_spans)
        )
    ]
    mentions = [m for m in mentions if not _is_role_phrase(text, m)]
    mentions = _country_lng_companies(text, mentions)
    mentions = _drop_locative_only_countries(mentions)
    _expand_bare_acronyms(mentions)
    entities = _cluster(mentions)
    return ActorAnalysis(mentions, entities, state.places)


GRADE_CONTEXT_RE = re.compile(
    r"\s+(?:and\s+[A-Z][\w ]{0,20}\s+)?(?:crude|grades?|blends?|oil|benchmark|futures|"
    r"prices?|cargo(?:es)?|barrels?|differentials?)\b",
    re.I,
)


def _is_crude_grade(surface: str, after: str) -> bool:
    """'Bonny Light', 'Urals crude': a named grade. A one-word grade is also a surname or a
    word ("Czech lawmaker Tomas Sokol"), so it counts only before a market word."""
    if surface not in crude_grades():
        # "Nigerian Bonny Light", "Angolan Girassol": a grade after its origin's demonym
        first, _, rest = surface.partition(" ")
        if rest not in crude_grades() or not gazetteer.country_code_for_demonym(first):
            return False
        surface = rest
    return " " in surface or bool(GRADE_CONTEXT_RE.match(after))


BARE_ACRONYM_RE = re.compile(r"[A-Z]{2,6}")
ALL_CAPS_WORD_RE = re.compile(r"\b[A-Z]{2,6}\b")
# "YPF chairman Horacio Marín", "ENAP's refinery": an acronym that owns an officer or a plant is
# a company, though the article never spells it out.
ACRONYM_OWNED_AFTER_RE = re.compile(
    r"(?:['’]s)?\s+(?:[A-Z][\w-]+\s+){0,2}(?i:chairman|chairwoman|chief executive|ceo|"
    r"spokesman|spokeswoman|spokesperson|board|shareholders|refinery|refineries|plant|terminal|"
    r"subsidiary|unit|trading arm|arm|(?-i:President(?:\s+Director)?|Managing\s+Director))\b"
)


def _owner_acronyms(text: str) -> dict[str, str]:
    """Acronyms the article uses as a company's or outlet's name without spelling them out:
    owning an officer or a plant, or after a descriptor ("state television ORTM", "the
    pipeline operator KTO"). Only the few all-caps words are looked at, not every position."""
    found: dict[str, str] = {}
    for m in ALL_CAPS_WORD_RE.finditer(text):
        word = m.group(0)
        if word in found or gazetteer.country_code_for(word):
            continue
        before = text[max(0, m.start() - 40) : m.start()]
        owner = POSSESSIVE_OWNER_RE.search(before)
        if (
            ACRONYM_OWNED_AFTER_RE.match(text, m.end())
            or _descriptor_before(before)
            # "Germany's SEFE", "Thailand's PTT": a country's acronym-named company
            or (owner is not None and gazetteer.country_code_for(owner.group(1)))
            # "KPX, Kenya's largest oil company", "ADRX, the pipeline operator"
            or ORG_APPOSITION_RE.match(text[m.end() : m.end() + 120])
        ):
            found[word] = word
    return found


# Bodies that news readers (and analysts filing them) name in full whatever the text wrote:
# "the UN said" is the United Nations. Acronyms that are names in their own right ("NATO",
# "OPEC") stay as written.
SPELLED_OUT_BODIES = {
    "UN": "United Nations",
    "U.N.": "United Nations",
    "EU": "European Union",
    "E.U.": "European Union",
    "AU": "African Union",
}


def _expand_bare_acronyms(mentions: list[Mention]) -> None:
    """'(AP)' in the dateline and 'The Associated Press' later are one organization: an
    acronym never defined in parentheses takes the one organization name in the article whose
    capitals spell it."""
    names = {m.name for m in mentions if m.actor_type == ORGANIZATION and " " in m.name}
    for m in mentions:
        if m.actor_type == ORGANIZATION and m.name in SPELLED_OUT_BODIES:
            m.name = SPELLED_OUT_BODIES[m.name]
            continue
        if m.actor_type != ORGANIZATION or not BARE_ACRONYM_RE.fullmatch(m.name):
            continue
        spelled = [
            n
            for n in names
            if _spells(n.split(), m.name)
            or (n.split()[0] in LEADING_LEGAL_FORMS and _spells(n.split()[1:], m.name))
        ]
        # A known acronym keeps its own meaning unless the name is a known body too: "AP" is
        # the Associated Press, but "ICC" is no International Cricket Council by its letters.
        if len(spelled) == 1 and (m.name not in known_orgs() or spelled[0] in known_orgs()):
            m.name = spelled[0]


HEADLINE_SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "as",
        "vs",
        "is",
        "are",
        "was",
        "be",
        "its",
        "it",
    ]
)


HEADLINE_END_RE = re.compile(r"[.!?…:\"”]\s*$")
HEADLINE_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")


def _is_headline(text: str, state: _ArticleState) -> bool:
    """'Saudi Oil Exports to China Rise in March': a title-cased line with no final stop, where
    capitals mark every word and so prove nothing about names. A caption listing names
    ("Ana Ruiz and Tomas Vidal") is no headline: its words are not common words that the
    article writes in lower case elsewhere."""
    if HEADLINE_END_RE.search(text):
        return False
    words = [w for w in HEADLINE_WORD_RE.findall(text) if w.lower() not in HEADLINE_SMALL_WORDS]
    if len(words) < 4:
        return False
    capitalized = [w for w in words if w[:1].isupper()]
    if len(capitalized) < 0.8 * len(words):
        return False
    return any(
        w.lower() in org_heads() or (w.lower() not in title_heads() and state.writes(w.lower()))
        for w in capitalized[1:]
    )


def _headline_actors(state: _ArticleState, sentence: Sentence, tokens: list[Token]) -> None:
    """In a headline only what is known by name counts: countries and known organizations."""
    i = 0
    while i < len(tokens):
        for n in (3, 2, 1):
            span = tokens[i : i + n]
            if len(span) < n or not all(t.is_cap for t in span):
                continue
            start, end = span[0].start, span[-1].start + len(_strip_possessive(span[-1].text))
            surface = state.text[start:end]
            code = gazetteer.country_code_for(surface)
            if code:
                _add_country(state, sentence, start, end, code)
                i += n
                break
            if surface in known_orgs() or surface in state.acronyms:
                name = state.acronyms.get(surface, surface)
                _add(state, sentence, start, end, ORGANIZATION, name, None, _org_country([surface]))
                i += n
                break
        else:
            i += 1


LIST_GAP_RE = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|y|&)\s+)")


def _accept_listed_names(state: _ArticleState) -> None:
    """'Ana Ruiz, Yusmila Reyna and Tomas Vidal': one proven person vouches for the others."""
    changed = True
    while changed and state.unproven:
        changed = False
        persons = [m for m in state.mentions if m.actor_type == PERSON]
        for item in list(state.unproven):
            sentence, start, end, name, country = item
            for p in persons:
                if p.sentence_index != sentence.index:
                    continue
                gap = state.text[p.end : start] if p.end <= start else state.text[end : p.start]
                if LIST_GAP_RE.fullmatch(gap):
                    _add(state, sentence, start, end, PERSON, name, None, country)
                    state.unproven.remove(item)
                    changed = True
                    break


def _accept_name_tails(state: _ArticleState) -> None:
    """'Yanelis Cárdenas Soto … Cárdenas Soto said': the last words of a person's full name,
    written on their own, are that person (a compound surname, a given name left out)."""
    if not state.unproven:
        return
    tails = {
        fold(" ".join(words[k:]))
        for m in state.mentions
        if m.actor_type == PERSON and len(words := m.name.split()) >= 3
        for k in range(1, len(words) - 1)
    }
    for item in list(state.unproven):
        sentence, start, end, name, country = item
        if fold(name) in tails:
            _add(state, sentence, start, end, PERSON, name, None, country)
            state.unproven.remove(item)


SURNAME_SPEAKS_RE = re.compile(r"^\s*(?:,[^,;]{0,80},\s*)?(?:also\s+|later\s+|then\s+)?(\w+)")
HONORIFIC_BEFORE_RE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+$")


def _accept_recurring_surnames(
    state: _ArticleState,
    pending: list[tuple[Sentence, list[Token], str | None, str | None]],
) -> None:
    """'When Jacinda Ardern stepped down … Ardern said': a name whose surname later speaks, or
    carries a title or an honorific on its own, is a person's."""
    speaking: set[str] = set()
    for _sentence, run, title, _country in pending:
        word = _strip_possessive(run[0].text)
        after = SURNAME_SPEAKS_RE.match(
            state.text[run[0].start + len(word) : run[0].start + len(word) + 200]
        )
        before = _context_before(state.text, run[0].start, 12)
        if (
            title
            or HONORIFIC_BEFORE_RE.search(before)
            or (after and after.group(1) in reporting_verbs())
        ):
            speaking.add(fold(word))
    if not speaking:
        return
    for item in list(state.unproven):
        sentence, start, end, name, country = item
        if fold(name.split()[-1]) in speaking:
            _add(state, sentence, start, end, PERSON, name, None, country)
            state.unproven.remove(item)


ROLE_WORDS = frozenset(
    [
        "minister",
        "commander",
        "president",
        "secretary",
        "director",
        "governor",
        "chairman",
        "chairwoman",
        "chairperson",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "ambassador",
        "commissioner",
        "administrator",
        "prosecutor",
        "mayor",
    ]
)


# "the Minister of Enterprises and Industry", "Director of Natural Resources of X": a domain
# after a role's "of" is part of the role, not a body (unlike "Chairman of X Petroleum").
ROLE_OF_BEFORE_RE = re.compile(
    r"\b(?:minister|ministers|director|secretary|commissioner|minister\s+of\s+state)\s+"
    r"(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w-]*,?\s+(?:and\s+)?){0,4}$",
    re.I,
)
DOMAIN_HEADS = frozenset(
    [
        "energy",
        "energies",
        "resources",
        "enterprises",
        "petroleum",
        "oil",
        "gas",
        "mining",
        "mines",
        "industry",
        "industries",
        "affairs",
        "development",
        "trade",
        "finance",
    ]
)


def _is_role_phrase(text: str, m: Mention) -> bool:
    """A role read as a body: 'Minister for Energy', 'Coastal Regional Police Commander', or
    the domain in one ('Minister of Energy, Mines and Renewable Energies')."""
    if m.actor_type != ORGANIZATION:
        return False
    words = [w.lower().strip(",") for w in m.name.split()]
    if len(words) >= 2 and (
        (words[0] in ROLE_WORDS and words[1] in ("of", "for"))
        or (words[-1] in ROLE_WORDS and words[-1] not in org_heads())
    ):
        return True
    if not any(w in DOMAIN_HEADS for w in words) or any(
        w in org_heads() and w not in DOMAIN_HEADS for w in words
    ):
        return False
    return bool(ROLE_OF_BEFORE_RE.search(text, max(0, m.start - 80), m.start))


# "Oman LNG delivered three cargoes", "Peru LNG has supplied X": a country's name
# and "LNG" before a verb name the liquefaction company (not "Qatar LNG exports rose").
# Nouns after "<country> LNG" that make it the commodity's noun phrase ("Qatar LNG exports").
_LNG_NOUNS = (
    r"exports?|imports?|cargoes|cargo|supplies|supply|prices?|demand|shipments?|production|"
    r"output|sales|trade|market|terminals?|plants?|projects?|deliveries|volumes?|capacity|"
    r"contracts?|carriers?|tankers?|vessels?"
)
COUNTRY_LNG_COMPANY_RE = re.compile(
    rf" LNG(?=\s+(?!(?:{_LNG_NOUNS}|and|or|to|from|in|for|of)\b)[a-z])"
)


# "bought cargoes from Oman LNG", "a deal with Peru LNG": after a preposition the pair names
# the seller, unless a noun follows ("from Qatar LNG exports" is rare, "Qatari LNG" usual).
COUNTRY_LNG_AFTER_PREPOSITION_RE = re.compile(rf" LNG(?![\w-])(?!\s+(?:{_LNG_NOUNS})\b)")
PREPOSITION_BEFORE_RE = re.compile(r"\b(?:from|with|by)\s+$")


def _country_lng_companies(text: str, mentions: list[Mention]) -> list[Mention]:
    out = []
    for m in mentions:
        if m.actor_type == COUNTRY and (
            COUNTRY_LNG_COMPANY_RE.match(text, m.end)
            or (
                COUNTRY_LNG_AFTER_PREPOSITION_RE.match(text, m.end)
                and PREPOSITION_BEFORE_RE.search(text, max(0, m.start - 6), m.start)
            )
        ):
            end = m.end + len(" LNG")
            name = f"{m.name} LNG" if m.name == text[m.start : m.end] else text[m.start : end]
            m = replace(m, end=end, text=text[m.start : end], actor_type=ORGANIZATION, name=name)
        out.append(m)
    return out


def _drop_locative_only_countries(mentions: list[Mention]) -> list[Mention]:
    acting = {m.country_code for m in mentions if m.actor_type == COUNTRY and not m.locative}
    return [m for m in mentions if m.actor_type != COUNTRY or m.country_code in acting]


def _drop_overlaps(mentions: list[Mention]) -> list[Mention]:
    kept: list[Mention] = []
    for m in mentions:
        if kept and m.start < kept[-1].end:
            if (m.end - m.start) > (kept[-1].end - kept[-1].start):
                kept[-1] = m
            continue
        kept.append(m)
    return kept


# Capitalized words that open a ministry's or body's name before "and" ("Trade and Industry
# Ministry", "Food and Agriculture Organization"); never names of their own.
ORG_DOMAIN_WORDS = frozenset(
    [
        "Energy",
        "Trade",
        "Industry",
        "Food",
        "Agriculture",
        "Oil",
        "Gas",
        "Petroleum",
        "Mines",
        "Mining",
        "Water",
        "Health",
        "Science",
        "Technology",
        "Culture",
        "Tourism",
        "Labour",
        "Labor",
        "Finance",
        "Economy",
        "Planning",
        "Development",
        "Transport",
        "Infrastructure",
        "Belt",
        "Justice",
        "Security",
        "Defence",
        "Defense",
        "Environment",
        "Climate",
        "Education",
        "Research",
        "Commerce",
        "Investment",
        "Housing",
        "Youth",
        "Information",
        "Communications",
        "Fisheries",
        "Forestry",
        "Lands",
        "Power",
        "Electricity",
        "Works",
        "Budget",
        "Treasury",
        "Customs",
        "Immigration",
        "Peace",
        "Reconciliation",
        "Truth",
    ]
)


# Bodies named for where they are sent: "Permanent Mission of Fiji to the United Nations"
MISSION_HEADS = frozenset(["mission", "missions", "delegation", "embassy", "representation"])


def _merge_org_runs(runs: list[list[Token]], tokens: list[Token]) -> list[list[Token]]:
    """'Communist Party' + 'of' + 'Cuba' → one organization run; at most two extensions."""
    index: dict[int, int] = {}  # token -> position, built only when a run has a head noun
    merged: list[list[Token]] = []
    i = 0
    while i < len(runs):
        run = runs[i]
        extensions = 0
        # "Energy and Natural Resources Ministry", "Belt and Road Initiative": a domain word and
        # a named body with a head noun are one name
        if (
            run[-1].text in ORG_DOMAIN_WORDS
            and all(t.text.lower() in LEADING_WORDS for t in run[:-1])
            and i + 1 < len(runs)
            and _has_org_head(runs[i + 1])
        ):
            if not index:
                index = {id(t): k for k, t in enumerate(tokens)}
            gap = tokens[index[id(run[-1])] + 1 : index[id(runs[i + 1][0])]]
            if " ".join(t.text for t in gap).lower() in ("and", "&"):
                run = run + gap + runs[i + 1]
                i += 1
        while _has_org_head(run) and extensions < 2 and i + 1 < len(runs):
            nxt = runs[i + 1]
            if not index:
                index = {id(t): k for k, t in enumerate(tokens)}
            gap = tokens[index[id(run[-1])] + 1 : index[id(nxt[0])]]
            connector = " ".join(t.text for t in gap).lower()
            if (
                connector in ("and", "&")
                and extensions
                and all(t.text.lower() in portfolio_words() for t in nxt)
            ):
                # "Ministry of Energy and Water Resources": a second portfolio after "and"
                connector = "of"
            if connector in ("and", "&") and all(
                t.text.lower() in org_heads() or t.text in CAPITAL_LEGAL_FORMS for t in nxt
            ):
                # "Nghi Son Refinery and Petrochemical LLC": head words and a legal form alone
                # after "and" finish the same name
                connector = "of"
            if connector not in ORG_CONNECTORS:
                break
            nxt_text = " ".join(t.text for t in nxt)
            if (
                connector.split()[0] == "to"
                and not any(t.lower in MISSION_HEADS for t in run)
                and (
                    gazetteer.country_code_for(nxt_text)
                    or gazetteer.city_country(nxt_text)
                    or _has_org_head(nxt)
                )
            ):
                # "supplied by Kestrel Oil to Kenya", "from Khor Trading to Trung Bo Refining":
                # the cargo's way, not one name ("Committee to Protect Journalists" is one)
                break
            if (
                connector in ("of", "of the")
                and run[0].text.lower() in ROLE_WORDS
                and _country_words([t.text for t in nxt] + [""])
            ):
                break  # "Minister of Energy of Azerbaijan X": a title and its country, no body
            if connector.split()[0] == "in" and run[-1].text.lower() in FORCE_HEADS:
                break  # "Army in Qoryoley": a force somewhere, not part of its name
            if connector.split()[0] in ("in", "on") and (
                nxt_text.lower() in WEEKDAYS
                or nxt[0].text.lower() in MONTHS
                or gazetteer.city_country(nxt_text)
                or gazetteer.country_code_for(nxt_text)
            ):
                break  # "Supreme Court on Tuesday", "National Assembly in Caracas"
            if nxt[0].text.lower() in MONTHS or nxt[0].text.lower() in WEEKDAYS:
                break  # "bought from Nordhavn Energy Trading for the July–August peak"
            cut = _person_start(nxt)
            if cut == 0:
                break
            if cut is not None:
                merged.append(run + gap + nxt[:cut])
                runs = runs[: i + 1] + [nxt[cut:]] + runs[i + 2 :]
                run = None  # type: ignore[assignment]
                break
            run = run + gap + nxt
            i += 1
            extensions += 1
        if run is not None:
            merged.append(run)
        i += 1
    return merged


def _name_length(words: list[str]) -> int:
    """How many words of a name count for the two-to-four-word rules: the particles that join
    its parts ("Karim bin Salim Al Harthy", "Ursula von der Leyen") do not."""
    return sum(1 for w in words if w.lower() not in NAME_PARTICLES)


def _run_name_length(tokens: list[Token]) -> int:
    return _name_length([t.text for t in tokens])


def _person_start(run: list[Token]) -> int | None:
    """Index where a trailing given-name + surname starts inside a run, if any."""
    for k in range(0, len(run) - 1):
        if (
            fold(run[k].text) in first_names()
            and _run_name_length(run[k:]) <= 4
            and run[k].is_cap
            and not any(t.text.lower() in org_heads() for t in run[k:])
        ):
            return k
    return None


def _org_country(words: list[str]) -> str | None:
    """'Saudi Aramco', 'Communist Party of Cuba': a demonym or country inside the name."""
    for w in words:
        code = gazetteer.country_code_for(w) or gazetteer.country_code_for_demonym(w)
        if code:
            return code
    return None


def _titled_person_start(run: list[Token]) -> int | None:
    """Where a given name + surname follows a title word inside a run, if it does."""
    for k in range(1, len(run) - 1):
        if (
            run[k - 1].text.lower() in title_heads()
            and fold(run[k].text) in first_names()
            and _run_name_length(run[k:]) <= 4
            and not any(t.is_head for t in run[k:])
        ):
            return k
    return None


CORPORATE_TITLES = frozenset(
    [
        "chief executive officer",
        "chief executive",
        "ceo",
        "chairman",
        "chairwoman",
        "managing director",
        "chief financial officer",
        "cfo",
        "chief operating officer",
    ]
)


def _corporate_title_len(words: list[str]) -> int:
    """How many leading words are a company officer's title ("Chief Executive Officer")."""
    for n in (3, 2, 1):
        if len(words) > n and " ".join(words[:n]).lower() in CORPORATE_TITLES:
            return n
    return 0


def _last_title_head(words: list[str]) -> int | None:
    """Index of the title head that two to four name words end a run on ("Kaduna State
    Governor Ishaya Danladi Bako"), the first of them a known given name or the run's last
    three; None when the words after the last title word do not read as a name."""
    heads = [i for i, w in enumerate(words) if w.lower() in title_heads()]
    if not heads:
        return None
    j = heads[-1]
    rest = words[j + 1 :]
    if not 2 <= _name_length(rest) <= 4 or not (fold(rest[0]) in first_names() or len(rest) == 3):
        return None
    if any(
        w.lower() in non_name_words() or _is_title_word(w) or w.lower() in org_heads() for w in rest
    ):
        return None
    return j


def _titled_person_after_org(run: list[Token]) -> int | None:
    """'Central Bank Governor Olayemi Cardoso': an organization, a title head, then two or
    three name words (given names the lexicon lacks) that hold no head noun, title or
    non-name word."""
    for k in range(2, len(run) - 1):
        rest = run[k:]
        if (
            run[k - 1].text.lower() in title_heads()
            and run[k - 2].is_head
            # "Group CEO Saif Rashid Al Mazrouei": a particle makes room for a fourth word
            and 2 <= len(rest) <= (4 if any(t.lower in NAME_PARTICLES for t in rest[1:-1]) else 3)
            and not any(
                t.is_head
                or t.text.lower() in title_words()
                or t.text.lower() in non_name_words()
                or gazetteer.country_code_for(t.text)
                for t in rest
            )
        ):
            return k
    return None


def _org_split(run: list[Token]) -> int | None:
    """'United Nations World Food Program' names two bodies: split after the first head noun."""
    # (not after a commodity word: "Iraqi Oil Export Authority" is one body)
    heads = [i for i, t in enumerate(run) if t.is_cap and t.text.lower() in org_heads()]
    if not heads or (heads[0] == 0 and run[0].text not in known_orgs()):
        return None  # "Energy Information Administration": a lone head noun names no body
    # (not after a commodity word: "Iraqi Oil Export Authority" is one body)
    heads = [i for i in heads if run[i].text.lower() not in WEAK_HEADS]
    if not heads:
        return None
    i = heads[0] + 1
    rest = run[i:]
    if (
        len(rest) >= 2
        and rest[0].is_cap
        and rest[0].text.lower() not in org_heads()
        and any(t.text.lower() in org_heads() for t in rest[1:])
    ):
        return i
    return None


def _context_before(text: str, start: int, width: int = 60) -> str:
    return text[max(0, start - width) : start]


def _context_after(text: str, end: int, width: int = 80) -> str:
    return text[end : end + width]


APPOSITION_AFTER_RE = re.compile(
    # not "X, and the group chief executive of Y, Z": the next party's title
    r"^,\s+(?!(?:and|or|but|while|as)\s)(?:who\s+is\s+)?(?:(?:a|an|the|his|her|their|its)\s+)?"
    r"(?P<title>(?:(?:former|current|acting|deputy|then|longtime|senior|chief)\s+)?"
    r"(?:[\w.’'-]+\s+){0,4}?(?P<head>[a-z][\w-]+))(?=\s*(?:,|\.|who|of\b|at\b|for\b|in\b|$))"
)
# "X, Minister for Water, …", "X, Energy Minister, …": a capitalized title in apposition after
# the name, ended by the clause or its own portfolio.
CAPITAL_APPOSITION_AFTER_RE = re.compile(
    r"^,\s+(?:the\s+)?(?P<title>(?:(?-i:[A-Z])[\w-]*\s+){0,3}?(?P<head>(?-i:[A-Z])[a-z]+))"
    r"(?=\s*(?:,|\.|\bof\b|\bfor\b|\bat\b|\bin\b|$))"
)
APPOSITION_BEFORE_RE = re.compile(
    r"(?P<title>(?:(?:former|current|acting|deputy|then|longtime|senior|chief)\s+)?"
    r"(?P<head>[a-z][\w-]+))[”\"’']?,\s*$"
)
EMPLOYER_TITLE_AFTER_RE = re.compile(
    r"\s+(?:(?:group|general|managing|executive|deputy|senior|vice)\s+){0,2}"
    r"(?:director|chief\s+executive|president|chairman|chairwoman|chairperson|manager|ceo|"
    r"general\s+manager)\s+(?-i:[A-Z])[\w'’-]+\s+(?-i:[A-Z])"
)
# "the group chief executive of NFPC, X", "the chairman of Lekki Refinery (LR), Alhaji X": a
# lower-case title of a named body, in apposition before the name
APPOSITION_OF_BEFORE_RE = re.compile(
    r"\b(?P<title>(?:(?:former|acting|deputy|group|senior|chief|interim|outgoing|new|managing|"
    r"general|executive|vice|assistant|regional|country|national|joint)\s+){0,3}"
    r"(?P<head>[a-z][\w-]+)\s+(?:of|at)\s+(?:the\s+)?(?:[A-Z][\w&.’'-]*\s+){0,5}?[A-Z][\w&.’'-]*)"
    rf"\s*(?:\([^()]{{1,20}}\)\s*)?,\s*(?:(?:{TITLE_ABBREVIATIONS})\.?\s+)?$"
)
# Abbreviated ranks and honorifics, which a hyphen ("Lt.-Gen.") can cut off from the name.
RANK_ABBREVIATION_RE = re.compile(rf"(?:{TITLE_ABBREVIATIONS})\.?", re.I)
# "The Vice President, X", "the Minister of Finance, X", "Togo's Foreign Minister, X",
# "Guinea's Minister of Mines, Energy and Water, X": a capitalized title in apposition
CAPITAL_TITLE_APPOSITION_RE = re.compile(
    r"(?:\b[Tt]he|\b[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?['’]s)\s+"
    r"(?P<title>(?:[A-Z][\w-]+\s+){0,3}?[A-Z][\w-]+"
    # "Minister of State for Foreign Affairs", "Minister of Energy of the Republic of Korea",
    # "Minister of State at the Ministry of Foreign Affairs"
    r"(?:\s+(?:of|for|at)\s+(?:the\s+)?[A-Z][\w-]+(?:(?:,\s+|\s+(?:and\s+)?)[A-Z][\w-]+){0,4}){0,3})"
    # "the Minister of State for Petroleum Resources (Oil), X": a qualifier in brackets
    r"(?:\s*\([^()]{1,30}\))?\s*,\s*"
    # "The President of the Republic, Mr. X"
    rf"(?:(?:{TITLE_ABBREVIATIONS})\.?\s+)?$"
)
# Trade descriptors that, in apposition, describe a company unless the name reads as a
# person's ("X Y, the pipeline operator in Croatia,"; not "Ana Ruiz, a crane operator"); the
# company's acronym may come first ("Jadranski Cjevovod (JACJ), the pipeline operator …").
ORG_TRADE_APPOSITION_RE = re.compile(
    r"^(?:\s*\([^()]{1,20}\))?,\s+(?:the|a|an|[A-Z][\w-]+['’]s)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:operator|trader|exporter|importer|supplier|utility|marketer|distributor|shipper|"
    r"lender|insurer|state\s+oil\s+firm)\b(?![\s-]+(?:workers?|officials?|employees?|chief))",
    re.IGNORECASE,
)
ORG_APPOSITION_RE = re.compile(
    # "KPX, Kenya's largest oil company": a country's possessive as the determiner
    rf"^,\s+(?:the|a|an|[{_UPPER}][\w-]+['’]s)\s+(?:[\w-]+\s+){{0,3}}?(?:{ORG_DESCRIPTORS})\b"
    # "X, a group leader", "X, the party's chairman": the descriptor qualifies a person
    r"(?!['’]s\b)(?![\s-]+(?:workers?|officials?|employees?|executives?|chief|leaders?|"
    r"spokes\w+|directors?|managers?|founders?|members?|analysts?|heads?|volunteers?|"
    r"activists?|engineers?|trustees?|chairman|chairwoman|economists?|reporters?|editors?|"
    r"correspondents?|producers?|presenters?|anchors?)\b)",
    re.IGNORECASE,
)


DOCUMENT_WORDS = frozenset(
    [
        "report",
        "outlook",
        "review",
        "index",
        "survey",
        "yearbook",
        "bulletin",
        "database",
        "statistics",
        "factbook",
        "atlas",
    ]
)


DOC_AFTER_RE = re.compile(r"\s+(?:report|outlook|review|survey|index|yearbook|bulletin)\b")


def _document_cut(run: list[Token], state: _ArticleState) -> int | None:
    """Where a publisher's name ends inside the title of its publication, if it does."""
    if not any(t.lower in DOCUMENT_WORDS for t in run) and not DOC_AFTER_RE.match(
        state.text, run[-1].start + len(run[-1].text)
    ):
        return None  # the common case, decided without building the word list
    words = [t.text for t in run]
    while words and (words[-1].isdigit() or words[-1].lower() in ("of", "the")):
        words = words[:-1]
    doc_at = next((i for i, w in enumerate(words) if w.lower() in DOCUMENT_WORDS), None)
    if doc_at is None:
        # "the World Bank Global Economic Prospects report": the document word in lower case
        if not DOC_AFTER_RE.match(state.text, run[-1].start + len(run[-1].text)):
            return None
        doc_at = len(words)
    if doc_at == 0:
        return None
    for k in range(doc_at - 1, 0, -1):
        prefix = " ".join(words[:k])
        if prefix in known_orgs() or prefix in state.acronyms:
            return k
    for k in range(doc_at - 1, 0, -1):
        head = words[k - 1].lower()
        if head in org_heads() and head not in WEAK_HEADS:
            return k
    return None


# Head nouns that also name a trade or commodity ("Monthly Oil Market Report").
WEAK_HEADS = frozenset(
    ["oil", "gas", "energy", "petroleum", "resources", "capital", "petrochem", "petrochemical"]
)


US_STATES = frozenset(
    [
        "Alabama",
        "Alaska",
        "Arizona",
        "Arkansas",
        "California",
        "Colorado",
        "Connecticut",
        "Delaware",
        "Florida",
        "Hawaii",
        "Idaho",
        "Illinois",
        "Indiana",
        "Iowa",
        "Kansas",
        "Kentucky",
        "Louisiana",
        "Maine",
        "Maryland",
        "Massachusetts",
        "Michigan",
        "Minnesota",
        "Mississippi",
        "Missouri",
        "Montana",
        "Nebraska",
        "Nevada",
        "Ohio",
        "Oklahoma",
        "Oregon",
        "Pennsylvania",
        "Tennessee",
        "Texas",
        "Utah",
        "Vermont",
        "Virginia",
        "Wisconsin",
        "Wyoming",
    ]
    + [
        "New Hampshire",
        "New Jersey",
        "New Mexico",
        "New York",
        "North Carolina",
        "North Dakota",
        "Rhode Island",
        "South Carolina",
        "South Dakota",
        "West Virginia",
    ]
)


# Titles of local offices, which a place's name may precede ("Texas Governor", "Kano Mayor").
LOCAL_TITLES = frozenset(["Governor", "Gov.", "Mayor", "Premier", "Governor-General"])


def _local_code(name: str) -> str | None:
    """The country of a city or a U.S. state named before a local title."""
    if name in US_STATES:
        return "US"
    return gazetteer.city_country(name)


def _place_code(name: str) -> str | None:
    """The country of a country, city or U.S. state of that name."""
    return gazetteer.country_code_for(name) or _local_code(name)


def _city_team(words: list[str]) -> bool:
    """A city (or country) name, then one or two words ending in a plural: a sports club."""
    if not words[-1].endswith("s") or words[-1].endswith(("ss", "us", "is")):
        return False
    for n in (1, 2, 3):
        rest = words[n:]
        if 1 <= len(rest) <= 2 and (
            gazetteer.city_country(" ".join(words[:n]))
            or gazetteer.country_code_for(" ".join(words[:n]))
        ):
            return True
    return False


STORM_WORDS = frozenset(["Hurricane", "Typhoon", "Cyclone", "Tropical", "Storm", "Superstorm"])
CAMEL_RE = re.compile(r"([A-Z][a-z]+)([A-Z][a-z]+)")


PETRO_COUNTRY_RE = re.compile(r"Petro([a-zà-ÿ]{4,})")


@cache
def _petro_country(tail: str) -> str | None:
    """The country a 'Petro' name is made from: whole ('Petroperu') or cut short
    ('Petrotrin', 'Petrobangla'), when only one country's name begins so."""
    code = gazetteer.country_code_for(tail)
    if code:
        return code
    codes = {
        gazetteer.country_code_for(name)
        for name in gazetteer.country_surface_forms()
        if name.startswith(tail) and len(name) > len(tail)
    }
    return codes.pop() if len(codes) == 1 else None


def _camel_company_country(word: str) -> str | None:
    """'QatarEnergy' (country + head noun), 'PetroVietnam' or 'Petrobolivia' ('Petro' and a
    country: national oil companies are named so)."""
    petro = PETRO_COUNTRY_RE.fullmatch(word)
    if petro:
        return _petro_country(petro.group(1).capitalize())
    m = CAMEL_RE.fullmatch(word)
    if not m:
        return None
    first, second = m.groups()
    if second.lower() in org_heads() and gazetteer.country_code_for(first):
        return gazetteer.country_code_for(first)
    if first in ("Petro", "Kaz", "Azer") and gazetteer.country_code_for(second):
        return gazetteer.country_code_for(second)
    return None


# Honorifics between a title and the name ("Minister of Energy Eng. X", "Foreign Minister
# Sayyid X"): part of neither.
HONORIFIC_WORDS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "mme",
        "dr",
        "prof",
        "eng",
        "engr",
        "sayyid",
        "h.e",
        # styles of address: "His Excellency", Nigeria ("Alhaji"), Malaysia ("Datuk")
        "excellency",
        "highness",
        "alhaji",
        "alhaja",
        "hajiya",
        "datuk",
        "dato",
        "datin",
    ]
)
TRAILING_HONORIFIC_RE = re.compile(
    r"\s+(?:"
    + "|".join(
        w.upper().replace(".", r"\.\s?") if "." in w else w.title() for w in sorted(HONORIFIC_WORDS)
    )
    + r")\.?$"
)


def _no_role(title: str | None) -> bool:
    """Whether a title names no office: none, or only ranks and honorifics ("Mr.", "Datuk")."""
    return not title or all(
        RANK_ABBREVIATION_RE.fullmatch(w) or w.rstrip(".").lower() in HONORIFIC_WORDS
        for w in title.split()
    )


def _add_titled_person(
    state: _ArticleState,
    sentence: Sentence,
    start: int,
    name_start: int,
    end: int,
    context: str = "",
    country: str | None = None,
) -> None:
    """A person whose title, holding an organization word, runs from `start` to the name; the
    country, unless the caller read it off the title's "of X", comes from a demonym or
    possessive in the title, else from the words before it (`context`)."""
    prefix = TRAILING_HONORIFIC_RE.sub("", state.text[start:name_start].strip())
    country = country or _country_in(prefix) or _country_of_title(prefix) or _country_in(context)
    _add(state, sentence, name_start, end, PERSON, state.text[name_start:end], prefix, country)


DOTTED_ACRONYM_END_RE = re.compile(r"(?:[A-Z]\.){2,}$")
STREET_BEFORE_RE = re.compile(r"\b(?:on|\d+)\s+$")
LOWER_TITLE_BEFORE_RE = re.compile(r"\b([a-z][\w-]+)\s+$")
NEXT_WORD_RE = re.compile(r"^\s*(?:,[^,]{0,80},\s*)?(\w+)")
AGE_AFTER_RE = re.compile(r"^,\s*\d{1,3},")
ORG_DESCRIPTOR_BEFORE_RE = re.compile(rf"\b(?:{ORG_DESCRIPTORS_BEFORE})\s+$", re.I)
# The longest descriptor ("organization"); a bracketed class is one character.
_LONGEST_DESCRIPTOR = max(
    len(re.sub(r"\[\w+\]", "x", d)) for d in ORG_DESCRIPTORS_BEFORE.split("|")
)


# "Brazilian oil company X", "Nigeria's state-owned refiner X": the country of the descriptor.
DESCRIPTOR_COUNTRY_RE = re.compile(
    rf"\b([A-Z][\w-]+)(['’]s)?\s+(?:(?!(?:the|a|an)\s)[a-z-]+\s+){{0,3}}?"
    rf"(?:{ORG_DESCRIPTORS_BEFORE})\s+$"
)


def _descriptor_country(before: str) -> str | None:
    """A demonym ("Brazilian oil company") or a possessive country ("Nigeria's refiner"); a
    country that is a clause's subject ("Venezuela sued the oil company") is neither."""
    m = DESCRIPTOR_COUNTRY_RE.search(before[-120:])
    if not m:
        return None
    word = m.group(1)
    if m.group(2):
        return gazetteer.country_code_for(word)
    return gazetteer.country_code_for_demonym(word)


def _descriptor_before(before: str) -> bool:
    r"""Whether `before` ends in a descriptor and whitespace ("the broadcaster ").

    Same answer as searching all of `before`: a match ends in whitespace up to the end, so it
    starts at most one descriptor's length before the last non-space character, and the
    search can begin there (`\b` still sees the character before the start position).
    """
    core = len(before.rstrip())
    if core == len(before):
        return False  # no trailing whitespace, so no match of "\s+$"
    return bool(ORG_DESCRIPTOR_BEFORE_RE.search(before, max(0, core - _LONGEST_DESCRIPTOR)))


def _is_title_word(word: str) -> bool:
    return word.lower() in title_words()


TIME_WORD_BEFORE_RE = re.compile(r"\b(?:on|by|since|until|till|last|next|this|from)\s+$", re.I)


def _classify_run(
    state: _ArticleState,
    sentence: Sentence,
    run: list[Token],
    pending: list[tuple[Sentence, list[Token], str | None, str | None]],
) -> None:
    # Sentence-initial and function words are not part of names.
    while run and run[0].text.lower() in LEADING_WORDS and not run[0].is_all_caps:
        run = run[1:]
    # "On Tuesday Abdul-Hamid held talks": a weekday after a time word is a time, not a name
    # (but "Yoruba activist Sunday Igboho": a given name).
    while (
        len(run) > 1
        and run[0].text.lower() in WEEKDAYS
        and not _has_org_head(run)
        and TIME_WORD_BEFORE_RE.search(state.text, max(0, run[0].start - 8), run[0].start)
    ):
        run = run[1:]
    # The first word after a dateline opens the sentence too: "(AP) _ Police fired …".
    opener = sentence.start + dateline_end(sentence.text)
    # "Dissident Oswaldo Paya": a capitalized sentence opener before a given name.
    if (
        len(run) > 2
        and run[0].start in (sentence.start, opener)
        and fold(run[0].text) not in first_names()
        and fold(run[1].text) in first_names()
        and not _has_org_head(run)
        and not _split_title([run[0].text])
        and run[0].text not in known_orgs()
        and not gazetteer.country_code_for(run[0].text)
        # "New York Mayor X", "San Diego police": the two words name a place together
        and not _place_code(f"{run[0].text} {run[1].text}")
    ):
        run = run[1:]
    if not run:
        return
    # A lone head noun opening a sentence is a common noun: "Police said", "Oil prices rose".
    if (
        len(run) == 1
        and run[0].start in (sentence.start, opener)
        and run[0].text.lower() in org_heads()
        and run[0].text not in known_orgs()
    ):
        return
    if run[0].text in STORM_WORDS:
        return  # "Hurricane Katrina", "Tropical Storm Alberto": weather, not an actor
    based = BASED_PREFIX_RE.fullmatch(run[0].text)
    if based and len(run) > 1:
        # "Manila-based First Gen Corp.": where the company is based, not its name
        run = run[1:]
    if len(run) == 1 and _extend_with_legal_form(state, run[0]):
        return  # "Bharat Petroleum Corp. Ltd.": the legal form ends the company's name
    words = [t.text for t in run]
    words[-1] = _strip_possessive(words[-1])
    start, end = run[0].start, run[-1].start + len(words[-1])
    if len(run) == 1:
        owner = _camel_company_country(words[0])
        if owner:  # "QatarEnergy", "PetroVietnam": a state company named after its country
            _add(state, sentence, start, end, ORGANIZATION, words[0], None, owner)
            return
    surface = state.text[start:end]
    if surface.endswith(".") and not DOTTED_ACRONYM_END_RE.search(surface):
        end -= 1
        surface = surface[:-1]
    if not surface or _is_crude_grade(surface, state.text[end : end + 40]):
        return  # "Bonny Light and Qua Iboe grades": oil, not actors
    # Within the sentence: "… with Saudi officials. Mr. Perriello" says nothing of his country.
    before = state.text[max(sentence.start, start - 80) : start]
    after = _context_after(state.text, end)

    portfolio = _portfolio_title_before(before, words)
    if portfolio is not None:
        # "Minister for Industry, Commerce and Supplies Damodar X", "Prime Minister of Ukraine
        # Mykola X": the portfolio or the country ends the title, the name follows it
        role_start = start - len(before) + portfolio[0]
        taken = portfolio[1]
        code = gazetteer.country_code_for(" ".join(words[:taken]))
        if code:
            _add_country(state, sentence, start, run[taken - 1].end, code)
        # "… of Japan Mr. Kenta X": the honorific belongs to neither the title nor the name
        while taken < len(run) - 2 and RANK_ABBREVIATION_RE.fullmatch(run[taken].text):
            taken += 1
        _add_titled_person(state, sentence, role_start, run[taken].start, end, country=code)
        return
    if _ends_portfolio(before, words):
        # "X, State Minister for Power of Bangladesh,": the end of a title (its country no
        # actor of its own), not an organization
        return
    if before.endswith(("of ", "of the ")) and WATER_OR_LAND_OF_BEFORE_RE.search(before):
        return  # "the Gulf of San Matías", "the Bay of Bengal": a place
    doc = _document_cut(run, state)
    if doc is not None:
        # "OPEC Monthly Oil Market Report", "IEA World Energy Outlook": the publisher, not the
        # publication, is the actor.
        _classify_run(state, sentence, run[:doc], pending)
        return
    whole_country = gazetteer.country_code_for(surface)
    if whole_country:
        _add_country(state, sentence, start, end, whole_country)
        return
    if surface.lower() in MONTHS or surface.lower() in WEEKDAYS:
        return  # "in March, the state oil company said": a date, whatever follows it
    if len(run) > 1 and words[-1].lower() in PLACE_TAILS:
        return  # "the Government Palace", "Independence Square": a place, not an actor
    if (
        len(run) > 1
        and words[-1] in STREET_TAILS
        and STREET_BEFORE_RE.search(before)
        and not any(w.lower() in COURT_WORDS for w in words[:-1])
    ):
        return  # "on Elm Court", "1200 Maple Way": a street
    if len(run) > 1 and words[-1] == "League" and COMPETITION_AFTER_RE.match(after):
        return  # "the Champions League final": a competition, not an actor
    if len(run) > 1 and words[-1].lower() == "partnership" and words[-2].lower() in PACT_WORDS:
        return  # "the Comprehensive Strategic Partnership": an agreement between states
    # "NATO Secretary-General X", "U.N. envoy X": an organization or country, then a titled person.
    # "New Zealand Prime Minister X", "United States Secretary of Defense X": a country name of
    # several words before the title.
    head_len = next(
        (
            n
            for n in (1, 2, 3)
            if len(run) > n + 1
            and _split_title(words[n:])
            and (
                _place_code(" ".join(words[:n]))
                or n == 1
                and (words[0] in known_orgs() or words[0] in state.acronyms)
            )
        ),
        0,
    )
    if head_len:
        head = " ".join(_strip_possessive(w) for w in words[:head_len])
        # "Moscow Mayor X", "Texas Governor X": a city or state, then a titled person
        head_code = _place_code(head)
        if head in known_orgs() or head in state.acronyms or head_code:
            _classify_run(state, sentence, run[:head_len], pending)
            rest_pending: list = []
            before_len = len(state.mentions)
            _classify_run(state, sentence, run[head_len:], rest_pending)
            for m in state.mentions[before_len:]:
                if m.actor_type == PERSON and head_code:
                    m.country_code = m.country_code or head_code
            pending.extend(
                (sen, toks, title, country or head_code)
                for sen, toks, title, country in rest_pending
            )
            return
    # "Borno Governor X", "Lviv Mayor X": a place the gazetteer does not know, then the title of
    # a local office; the place is no actor, the titled person is.
    if (
        len(run) > 3
        and words[1] in LOCAL_TITLES
        and fold(words[0]) not in first_names()
        and words[0].lower() not in non_name_words()
        and not _is_title_word(words[0])  # "Deputy Governor X", "Former Mayor X"
        and _split_title(words[1:])
    ):
        _classify_run(state, sentence, run[1:], pending)
        return
    # Known organizations and acronyms, and what an acronym spelt out after it stands for.
    if surface in known_orgs() or surface in state.acronyms or surface in state.expansions:
        name = state.acronyms.get(surface, surface)
        country = _org_country(words) or _descriptor_country(before)
        _add(state, sentence, start, end, ORGANIZATION, name, None, country)
        return
    # "Trung Bo general director X", "Seria Crude chief executive Y": the employer named right
    # before a lower-case corporate title and its holder's name
    if (
        len(run) <= 3
        and EMPLOYER_TITLE_AFTER_RE.match(after)
        and not _split_title(words)
        and not gazetteer.country_code_for(surface)
        and not _place_code(surface)
    ):
        # ("Kumul managing director X" after "Kumul Petroleum Holdings": its short form)
        short = _short_form_of(state, fold(surface), start) if len(run) == 1 else None
        name, country = (short.name, short.country_code) if short else (surface, None)
        _add(
            state,
            sentence,
            start,
            end,
            ORGANIZATION,
            name,
            None,
            country or _descriptor_country(before),
        )
        return
    # "Teluk Bintuni LNG shipped 26 cargoes": a plant's operator named for the plant, trading
    if (
        after.startswith(" LNG")
        and (
            TRADING_AFTER_RE.match(after[len(" LNG") :])
            or (next_lng := NEXT_WORD_RE.match(after[len(" LNG") :])) is not None
            and next_lng.group(1) in reporting_verbs()
            # "operated by Atlantic LNG", "bought from Arctic LNG": a party after a preposition
            or (
                PREPOSITION_BEFORE_RE.search(before)
                and COUNTRY_LNG_AFTER_PREPOSITION_RE.match(after)
            )
        )
        and not gazetteer.country_code_for(surface)
        and not gazetteer.country_code_for_demonym(surface)  # "imports of Qatari LNG fell"
        and not _place_code(surface)
        and fold(words[0]) not in first_names()
    ):
        lng_end = end + len(" LNG")
        _add(state, sentence, start, lng_end, ORGANIZATION, f"{surface} LNG", None, None)
        return
    # "Uniper Chief Executive Officer Michael Lewis": a company, its officer's title, the officer
    if (
        len(run) >= 4
        and fold(words[0]) not in first_names()
        and not _is_title_word(words[0])
        and words[0].lower() not in non_name_words()
        and not gazetteer.country_code_for(words[0])
        and _corporate_title_len(words[1:])
    ):
        k = 1 + _corporate_title_len(words[1:])
        if 2 <= len(run) - k <= 3 and not any(t.is_head or _is_title_word(t.text) for t in run[k:]):
            org_end = run[0].start + len(words[0])
            _add(state, sentence, run[0].start, org_end, ORGANIZATION, words[0], None, None)
            _classify_run(state, sentence, run[1:], pending)
            return
    titled = _titled_person_start(run)
    if titled is None and _has_org_head(run):
        titled = _titled_person_after_org(run)
    if titled is not None and _has_org_head(run[:titled]):
        # "Supreme Court Justice Sonia Sotomayor", "Police Chief John Miller": an organization
        # word inside a title does not make the person an organization.
        _add_titled_person(state, sentence, start, run[titled].start, end)
        return
    k_title = _split_title(words)
    if (
        k_title
        and _has_org_head(run[:k_title])
        and 2 <= _run_name_length(run[k_title:]) <= 4
        and not _has_org_head(run[k_title:])
        and not any(w.lower() in non_name_words() for w in words[k_title:])
    ):
        # "Cabinet Secretary for Foreign Affairs X", "Army Chief X": the organization word is
        # inside a role phrase that the lexicon knows whole.
        _add_titled_person(
            state, sentence, start, run[k_title].start, end, " ".join(before.split()[-3:])
        )
        return
    # A name an acronym spells is one body ("Nigerian Upstream Petroleum Regulatory Commission
    # (NUPRC)"), though it holds two head nouns.
    split = None if surface in state.acronyms.values() else _org_split(run)
    if split:
        _classify_run(state, sentence, run[:split], pending)
        _classify_run(state, sentence, run[split:], pending)
        return
    honorific = words[0].rstrip(".").lower() in ("mr", "mrs", "ms", "miss", "dr", "sir", "dame")
    # "drone operator Ali Hassan": a given name and a surname after a descriptor are a person
    given_name = len(run) in (2, 3) and fold(words[0]) in first_names()
    if _has_org_head(run) or (
        not honorific  # "Ms. Claire Nicolet, the group's coordinator": a person
        and (
            (_descriptor_before(before) and not given_name)
            or ORG_APPOSITION_RE.match(after)
            # (a run of two words or more: not "Separately, Iraq's state-owned marketer X")
            or (len(run) > 1 and not given_name and ORG_TRADE_APPOSITION_RE.match(after))
        )
    ):
        if len(run) == 1 and words[0].lower() in WEAK_HEADS:
            return  # "Minister of State for Petroleum Resources (Oil)": a commodity, no body
        if _has_org_head(run) or len(run) <= 4:
            country = _org_country(words) or _descriptor_country(before)
            _add(state, sentence, start, end, ORGANIZATION, surface, None, country)
        return

    k = _split_title(words)
    prefix_words, name_words = words[:k], words[k:]
    title = None
    country = _country_in(" ".join(prefix_words)) if prefix_words else None
    demonyms = _demonym_words(prefix_words)
    title_words = [w for i, w in enumerate(prefix_words) if i not in demonyms]
    # "Minister of Energy Eng. X": the honorific is no part of the title ("Ms X": it is all of it)
    while len(title_words) > 1 and title_words[-1].rstrip(".").lower() in HONORIFIC_WORDS:
        title_words.pop()
    if title_words:
        title = " ".join(title_words)
    if not name_words:
        return
    name_start = run[k].start
    name = state.text[name_start:end]
    if name in known_orgs() or name in state.acronyms:
        # "the American Red Cross", "Japanese Red Cross": a national branch of a known body
        if not title_words:
            name_start, name = start, surface
        _add(state, sentence, name_start, end, ORGANIZATION, name, None, country)
        return

    code = gazetteer.country_code_for(name)
    if code:
        if title_words:  # "Prime Minister Cuba"? a title before a country is no actor
            state.places.append(Place(sentence.index, name_start, end, name, code, True))
        else:
            _add_country(state, sentence, name_start, end, code)
        return
    city_code = gazetteer.city_country(name)
    if city_code and not title_words:
        state.places.append(Place(sentence.index, name_start, end, name, city_code, False))
        return
    if any(w.lower() in non_name_words() for w in name_words):
        short = (
            _short_form_of(state, fold(name), name_start, common_word_ok=True)
            if len(name_words) == 1 and not title_words and TRADED_AFTER_RE.match(after)
            else None
        )
        if short is not None:
            # "Atlantic LNG … Atlantic shipped 11 cargoes": a common word as a company's short
            # form, where it trades
            _add(
                state, sentence, name_start, end, ORGANIZATION, short.name, None, short.country_code
            )
            return
        # "Kaduna State Governor Ishaya Bako": a place's office, then the office holder
        j = _last_title_head(name_words)
        if j is not None:
            _add_titled_person(state, sentence, start, run[k + j + 1].start, end, before)
        return
    if name.lower() in MONTHS or (name.lower() in WEEKDAYS):
        return
    if any(w.isdigit() or ORDINAL_RE.fullmatch(w) for w in name_words):
        return

    # Evidence that this is a person.
    m_after = APPOSITION_AFTER_RE.match(after)
    m_before = APPOSITION_BEFORE_RE.search(before)
    if not (m_after and m_after.group("head") in title_heads()):
        m_capital_after = CAPITAL_APPOSITION_AFTER_RE.match(after)
        if (
            m_capital_after
            and len(name_words) >= 2  # not "the President of the Republic, Mr. X"
            and m_capital_after.group("head").lower() in title_heads()
            and m_capital_after.group("head").lower() not in HONORIFIC_WORDS
        ):
            m_after = m_capital_after
    if m_after and m_after.group("head").lower() in title_heads():
        state.title_spans.append((end + m_after.start("title"), end + m_after.end("title")))
        title = title or m_after.group("title")
        country = country or _country_in(m_after.group("title"))
    if m_before and m_before.group("head") in title_heads():
        title = title or m_before.group("title")
        country = country or _country_in(before[-40:])
    m_of_before = APPOSITION_OF_BEFORE_RE.search(before)
    if _no_role(title) and m_of_before and m_of_before.group("head") in title_heads():
        title = m_of_before.group("title")
    m_capital = CAPITAL_TITLE_APPOSITION_RE.search(before)
    if (
        _no_role(title)  # "…, Mr. X": Mr. is no role
        and len(name_words) >= 2  # not "the army chief, Lt.-Gen. …": "Lt" is no name
        and m_capital
        and re.split(r"\s+(?:of|for)\s+", m_capital.group("title"))[0].split()[-1].lower()
        in title_heads()
    ):
        # "The Vice President, Kashim Yusuf, …": press-release style
        title = m_capital.group("title")
        country = country or _country_in(m_capital.group(0)) or _country_of_title(title)
        portfolio = re.split(r"\s+(?:of|for)\s+(?:the\s+)?", title, maxsplit=1)[1:]
        # "Minister of Energy of the Russian Federation": the country is part of the office
        owner = portfolio and re.search(r"\s+of\s+(?:the\s+)?(?P<country>[^,]+)$", portfolio[0])
        if owner and gazetteer.country_code_for(owner.group("country")):
            portfolio = [portfolio[0][: owner.start()]]
        if (
            portfolio
            and all(
                w.lower() in portfolio_words()
                for w in re.findall(r"\w+", portfolio[0])
                if w != "and"
            )
        ) or " at the " in title:
            # "Adviser for Power, Energy and Mineral Resources": no organization of its own;
            # "Minister of State at the Ministry of X": where the office sits, not a party
            at = start - len(before) + m_capital.start("title")
            state.title_spans.append((at, at + len(title)))
    if not country:
        # "Ecuador's President X", "a Cuban activist, X", "Panamanian strongman X"
        country = _country_in(" ".join(before.split()[-3:]))
    lower_title = LOWER_TITLE_BEFORE_RE.search(before)
    if not title and lower_title and lower_title.group(1) in title_heads():
        title = lower_title.group(1)
    if title and _no_role(title) and m_after and m_after.group("head").lower() in title_heads():
        title = m_after.group("title")  # "His Excellency X, Minister of Energy": the office
    next_word = NEXT_WORD_RE.match(after)
    reports = bool(next_word and next_word.group(1) in reporting_verbs())
    # "Reza-Ali Karimi": a hyphenated given name is known by its first part
    given = fold(name_words[0].split("-")[0]) in first_names() or (
        len(name_words) >= 3 and fold(name_words[1]) in first_names()
    )
    if len(name_words) == 1:
        if RANK_ABBREVIATION_RE.fullmatch(name_words[0]):
            return  # "Lt.-Gen. Ali Bako": the rank's first half is no name
        refinery = REFINERY_AFTER_RE.match(after)
        if (
            refinery
            and not gazetteer.country_code_for(name)
            and not gazetteer.city_country(name)
            and CAPACITY_BEFORE_RE.search(before)
        ):
            # "the 300,000 b/d Zentra refinery": trade press introduces a refinery that buys
            # crude by its capacity (not "ENAP's Biobío refinery", "its Vadinar refinery": a
            # plant named for its place)
            _add(
                state,
                sentence,
                name_start,
                end + refinery.end(),
                ORGANIZATION,
                f"{name}{after[: refinery.end()]}",
                None,
                country,
            )
            return
        pending.append((sentence, [t for t in run[k:]], title, country))
        return
    if _city_team(name_words):
        # "the Los Angeles Lakers", "Boston Celtics": a club named after its city
        _add(state, sentence, name_start, end, ORGANIZATION, name, None, None)
        return
    if FACILITY_AFTER_RE.match(after) or PLACES_AFTER_RE.match(after):
        # "the Johan Sverdrup field", "the Abu Ghraib prison": named after, not a person;
        # "Ha Giang and Son La provinces": the first of two places
        return
    aged = bool(AGE_AFTER_RE.match(after))  # "Jane Roe, 42, a teacher"
    if (
        title
        or given
        or reports
        or aged
        or (m_after and m_after.group("head").lower() in title_heads())
    ):
        _add(state, sentence, name_start, end, PERSON, name, title, country)
    elif 2 <= _name_length(name_words) <= 4:
        state.unproven.append((sentence, name_start, end, name, country))


def _demonym_words(words: list[str]) -> set[int]:
    """Positions of demonym words ("South African") among title words."""
    found: set[int] = set()
    i = 0
    while i < len(words):
        if i + 1 < len(words) and gazetteer.country_code_for_demonym(f"{words[i]} {words[i + 1]}"):
            found |= {i, i + 1}
            i += 2
            continue
        if gazetteer.country_code_for_demonym(words[i]):
            found.add(i)
        i += 1
    return found


_COUNTRY_IN_WORD_RE = re.compile(r"[\w.-]+(?:['’]s)?")
_POSSESSIVE_S_RE = re.compile(r"['’]s$")


@lru_cache(maxsize=65536)
def _country_in(text: str) -> str | None:
    """A demonym ("Cuban", "South African") or a possessive country ("Ecuador's") in a phrase.

    Memoized: the same few words before names ("the Cuban", "Venezuela's") recur constantly.
    """
    words = _COUNTRY_IN_WORD_RE.findall(text)
    for i in range(len(words)):
        for n in (2, 1):
            phrase = " ".join(words[i : i + n])
            if not phrase[:1].isupper() or len(words[i : i + n]) < n:
                continue
            code = gazetteer.country_code_for_demonym(phrase)
            if code:
                return code
            if _POSSESSIVE_S_RE.search(phrase):
                code = gazetteer.country_code_for(_strip_possessive(phrase))
                if code:
                    return code
    return None


TITLE_OF_COUNTRY_RE = re.compile(
    r"\b(?:of|for)\s+(?:the\s+)?((?:[A-Z][\w’'-]*\s+(?:of\s+)?){0,3}?[A-Z][\w-]*)$"
)


def _country_of_title(title: str) -> str | None:
    """The country a title ends in ("Minister of Energy of the Republic of Korea"): a title's
    "of X" names whose office it is, where "the people of X" in running text would not."""
    m = TITLE_OF_COUNTRY_RE.search(title)
    return gazetteer.country_code_for(m.group(1)) if m else None


@lru_cache(maxsize=65536)
def _is_part_of_name(key: str, name: str) -> bool:
    """Whether a folded single word is one of the words of a name of several, or, for a
    hyphenated word ("Abdul-Ghani", "el-Sisi", folded to two words), a run of them in order."""
    keys = _full_name_keys(name)
    if " " not in key:
        return key in keys
    return all(part in keys for part in key.split()) and f" {key} " in f" {fold(name)} "


@lru_cache(maxsize=65536)
def _full_name_keys(name: str) -> frozenset[str]:
    """The folded words of a name of several words ("Jacinda Ardern"); none for one word."""
    if len(name.split()) <= 1:
        return frozenset()
    return frozenset(fold(name).split())


def _resolve_single(
    state: _ArticleState,
    sentence: Sentence,
    run: list[Token],
    title: str | None,
    country: str | None,
    titled: frozenset[str] | set[str] = frozenset(),
) -> None:
    start = run[0].start
    word = _strip_possessive(run[0].text)
    end = start + len(word)
    key = fold(word)
    full = [m for m in state.mentions if m.actor_type == PERSON and _is_part_of_name(key, m.name)]
    if full:
        # Prefer the nearest full name mentioned before; else the first one after.
        before = [m for m in full if m.start < start]
        target = before[-1] if before else full[0]
        _add(state, sentence, start, end, PERSON, word, title, country or target.country_code)
    elif title or key in titled:
        _add(state, sentence, start, end, PERSON, word, title, country)
    else:
        org = _short_form_of(state, key, start)
        if org is not None:
            _add(state, sentence, start, end, ORGANIZATION, org.name, None, org.country_code)
            return
        owner = _trading_company_owner(state, sentence, start, end, key) or _receiving_owner(
            state, sentence, start, key
        )
        if owner:
            _add(state, sentence, start, end, ORGANIZATION, word, None, owner)
        elif _lone_oil_company(state, sentence, start, end, key):
            _add(state, sentence, start, end, ORGANIZATION, word, None, None)


# "Portugal's ", "for Japan's ": a country's possessive opening the phrase
COUNTRY_POSSESSIVE_BEFORE_RE = re.compile(
    rf"(?:^|[^\w\s]\s*|\b[a-z]+\s+)(?P<c>[{_UPPER}][\w.]+(?:\s+[{_UPPER}][\w.]+){{0,2}})['’]s\s+$"
)
# What a company does (and a person seldom does) right after its name: trade oil.
TRADING_AFTER_RE = re.compile(
    r"^(?:,\s+(?:a|an|the)\s+[^,]{1,50}?\b(?:subsidiary|unit|company|firm|refiner|producer|"
    r"trader|marketer|utility|importer|exporter|group|operator)\s*,)?\s+"
    r"(?:(?:has|have|had)\s+(?:been\s+|also\s+)?|will\s+(?:also\s+)?|would\s+|also\s+|"
    r"(?:is|are|was|plans|agreed)\s+to\s+|is\s+)?"
    r"(?:bought|buys|buying|sold|sells|selling|ships|shipped|shipping|supplies|supplied|supply|"
    r"sends|sent|sending|"
    r"supplying|imports|imported|importing|exports|exported|exporting|delivered|delivers|"
    r"delivering|loaded|loads|lifted|lifts|lifting|resumed|resumes|halted|halts|suspended|"
    r"refines|refined|processed|processes|purchased|purchases|tendered|booked|chartered)\b"
    # "liftings of Sankofa crude for Portugal's Galpex with a 950,000 bl cargo"
    r"|^\s+with\s+(?:a|an|two|three|four|\d[\d,.]*)\s+[^.;]{0,30}?\b(?:cargo|cargoes|shipment|"
    r"barrels|tonnes)\b"
)


def _trading_company_owner(
    state: _ArticleState, sentence: Sentence, start: int, end: int, key: str
) -> str | None:
    """'Portugal's Galpex bought …', 'Latvia's Baltnafta, a Nordex subsidiary, has been sending …':
    a lone name owned by a country and trading oil is that country's company (not a person:
    'Russia's Novak said'). The country code, or None."""
    if len(key) < 3 or key in non_name_words() or key in org_heads():
        return None
    if gazetteer.country_code_for(key) or gazetteer.city_country(key.title()):
        return None
    owner = COUNTRY_POSSESSIVE_BEFORE_RE.search(state.text[max(sentence.start, start - 40) : start])
    if owner is None:
        return None
    code = gazetteer.country_code_for(owner.group("c"))
    # Not "Oman's Sohar refinery": a plant is most often named for its town.
    if not code or key in first_names() or not TRADING_AFTER_RE.match(state.text[end : end + 120]):
        return None
    return code


# A past-tense trading verb with its object after a name: "Atlantic shipped 11 cargoes" (not
# "Ocean shipping rates", "Pacific imports of crude")
TRADED_AFTER_RE = re.compile(
    r"^\s+(?:(?:has|had|have)\s+(?:also\s+)?|also\s+)?(?:shipped|sold|supplied|delivered|loaded|"
    r"bought|purchased|exported|imported|sent|lifted)\s+(?!of\b|to\b)(?:\S+\s+){0,3}?"
    r"(?:\d|cargo|cargoes|crude|oil|fuel|diesel|gasoline|LNG|barrels|tonnes)"
)


# "… loaded by QatarEnergy for delivery to Edison at the terminal", "sold two cargoes of crude
# to Galpex": what a sentence about oil delivers to is a buyer.
DELIVERED_TO_BEFORE_RE = re.compile(
    r"\b(?:deliver(?:y|ies|ed|s|ing)?|suppl(?:y|ies|ied|ying)|s(?:old|ells|elling)|"
    r"ship(?:s|ped|ping|ments?)|sen(?:t|ds|ding)|cargo(?:es)?)\b[^.;]{0,60}?\bto\s+$",
    re.I,
)
OIL_WORD_RE = re.compile(
    r"\b(?:crude|oil|fuel|diesel|gasoline|petrol|LNG|liquefied|barrels|cargo(?:es)?)\b", re.I
)


PLACE_PREPOSITION_BEFORE_RE = re.compile(r"\b(?:in|at|near|from|of|outside)\s+$")


PLACE_NOUN_AFTER_RE = re.compile(
    r"\s+(?:province|region|state|oblast|governorate|district|county|prefecture|island|islands|"
    r"city|port|coast|valley|basin|field|peninsula|department|municipality)\b",
    re.I,
)


def _may_be_company_name(key: str) -> bool:
    """Whether a lone folded word may name a company: not a common word, a head noun, a given
    name, a country, a demonym or a city."""
    return not (
        len(key) < 3
        or key in non_name_words()
        or key in org_heads()
        or key in first_names()
        or gazetteer.country_code_for(key)
        or gazetteer.country_code_for_demonym(key.title())
        or gazetteer.city_country(key.title())
    )


def _receiving_owner(state: _ArticleState, sentence: Sentence, start: int, key: str) -> str | None:
    """'resumed supplies of Kirkuk crude to Turkey's Tüpraş': a lone name a country owns, that
    oil goes to, is that country's company. The country code, or None."""
    if not _may_be_company_name(key) or PLACE_NOUN_AFTER_RE.match(state.text, start + len(key)):
        return None  # "to China's Shandong province": a place
    before = state.text[max(sentence.start, start - 120) : start]
    owner = COUNTRY_POSSESSIVE_BEFORE_RE.search(before[-40:])
    if owner is None or not OIL_WORD_RE.search(sentence.text):
        return None
    code = gazetteer.country_code_for(owner.group("c"))
    lead = before[: len(before) - len(before[-40:]) + owner.start("c")]
    return code if code and DELIVERED_TO_BEFORE_RE.search(lead) else None


def _lone_oil_company(
    state: _ArticleState, sentence: Sentence, start: int, end: int, key: str
) -> bool:
    """A lone name that trades oil ("Sonahyd delivered 14 LNG cargoes …") or that oil is
    delivered to, in a sentence about oil, is a company (neither a place, a country's, a region
    nor a given name)."""
    if not _may_be_company_name(key) or not OIL_WORD_RE.search(sentence.text):
        return False
    before = state.text[max(sentence.start, start - 80) : start]
    if PLACE_PREPOSITION_BEFORE_RE.search(before):
        return False  # "the refinery in Mažeikiai had supplied …": a place
    return bool(
        DELIVERED_TO_BEFORE_RE.search(before) or TRADING_AFTER_RE.match(state.text[end : end + 120])
    )


def _short_form_of(
    state: _ArticleState, key: str, start: int, common_word_ok: bool = False
) -> Mention | None:
    """'Marlow Industries … Marlow had been receiving': a lone word later in the article
    that opens an organization's name named before is that organization, unless the word is a
    head noun, a place or a country's ("National", "Kenya", "Indian" name many bodies)."""
    if len(key) < 4 or key in org_heads() or (key in non_name_words() and not common_word_ok):
        return None
    if gazetteer.country_code_for(key) or gazetteer.country_code_for_demonym(key.title()):
        return None
    named = [
        m
        for m in state.mentions
        if m.actor_type == ORGANIZATION
        and m.start < start
        and " " in m.name
        and fold(m.name.split()[0]) == key
    ]
    return named[-1] if named and len({m.name for m in named}) == 1 else None


@cache
def _complex_country_re() -> re.Pattern[str]:
    """Country names a capitalized run cannot hold: "Trinidad and Tobago", "Côte d'Ivoire"."""
    forms = [
        f
        for f in gazetteer.country_surface_forms()
        if " " in f
        and (re.search(r"\b[a-z]", f) or "'" in f or re.search(r"\b[A-Z]{2,}\b", f))
        or "'" in f
    ]
    return re.compile(r"\b(?:" + "|".join(re.escape(f) for f in forms) + r")\b")


def _complex_country_names(state: _ArticleState, sentence: Sentence) -> None:
    for m in _complex_country_re().finditer(sentence.text):
        code = gazetteer.country_code_for(m.group(0))
        if code:
            _add_country(
                state, sentence, sentence.start + m.start(), sentence.start + m.end(), code
            )


DEMONYM_LIST_RE = re.compile(rf"(?:[{_UPPER}][a-zà-ÿ]+,\s+)*[{_UPPER}][a-zà-ÿ]+,?\s+(?:and|or)\s+$")


# "the Law and Justice party", "the ruling Justice and Development party": a party whose
# head noun is written in lower case.
LOWER_PARTY_RE = re.compile(
    rf"\b((?:[{_UPPER}][\w'’-]+\s+)(?:(?:and|of|for|the|de|y)\s+)?(?:[{_UPPER}][\w'’-]+\s+)"
    r"{0,3})party\b"
)
NOT_PARTY_WORDS = frozenset(
    [
        "christmas",
        "halloween",
        "year's",
        "birthday",
        "tea",
        "dinner",
        "garden",
        "house",
        "block",
        "pool",
        "wedding",
        "search",
        "easter",
        "launch",
        "office",
        "the",
        "a",
        "an",
        "his",
        "her",
    ]
)


def _names_lowercase_body(words: list[str]) -> bool:
    """Whether capitalized words before a lower-case "party" or "union" are the body's own
    name: not generic words, and not a lone country or demonym ("the Cuban party", "the Polish
    union" belong to a country)."""
    if not words or any(w.lower() in NOT_PARTY_WORDS for w in words):
        return False
    return not (
        len(words) == 1
        and (gazetteer.country_code_for(words[0]) or gazetteer.country_code_for_demonym(words[0]))
    )


def _lowercase_party_names(state: _ArticleState, sentence: Sentence) -> None:
    if " party" not in sentence.text:
        return
    for m in LOWER_PARTY_RE.finditer(sentence.text):
        words = m.group(1).split()
        while words and words[0].lower() in LEADING_WORDS:
            words = words[1:]
        if not _names_lowercase_body(words):
            continue
        start = sentence.start + m.end() - len(" ".join(words)) - len(" party")
        end = sentence.start + m.end()
        name = state.text[start:end]
        _add(state, sentence, start, end, ORGANIZATION, name, None, None)


# "the Solidarity trade union", "the Teamsters union": a union named by capitalized words
# before a lower-case "union", however ordinary the words are on their own. The name is the
# words without the noun, as unions are cited ("Solidarity"); a capital "Union" is a name's own
# head and is read by the run rules.
LOWER_UNION_RE = re.compile(
    rf"\b[Tt]he\s+((?:[{_UPPER}][\w'’-]*\w\s+){{1,3}})(?:(?:trade|labou?r)\s+)?union\b"
)


def _lowercase_union_names(state: _ArticleState, sentence: Sentence) -> None:
    if " union" not in sentence.text:
        return  # cheap: the literal the pattern ends on
    for m in LOWER_UNION_RE.finditer(sentence.text):
        words = m.group(1).split()
        if any(w.lower() in LEADING_WORDS for w in words) or not _names_lowercase_body(words):
            continue
        start = sentence.start + m.start(1)
        end = start + len(m.group(1).rstrip())
        _add(state, sentence, start, end, ORGANIZATION, state.text[start:end], None, None)


DEMONYM_GOVERNMENT_RE = re.compile(
    rf"\b([{_UPPER}][a-zà-ÿ]+(?:\s+[{_UPPER}][a-zà-ÿ]+)?)\s+(?:[a-z][\w-]*\s+){{0,2}}?"
    rf"(?:{GOVERNMENT_NOUNS})\b"
)
GOVERNMENT_NOUN_RE = re.compile(GOVERNMENT_NOUNS)
DEMONYM_WORD_RE = re.compile(rf"[{_UPPER}][a-zà-ÿ]+")


def _demonym_governments(state: _ArticleState, sentence: Sentence) -> None:
    """'the Cuban regime', 'Venezuelan authorities': the state acting, as a country mention."""
    if not GOVERNMENT_NOUN_RE.search(sentence.text):
        return  # cheap: a literal scan for the nouns the full pattern ends on
    for m in DEMONYM_GOVERNMENT_RE.finditer(sentence.text):
        words = m.group(1).split()
        code = gazetteer.country_code_for_demonym(m.group(1))
        offset = 0
        if not code and len(words) == 2:
            code = gazetteer.country_code_for_demonym(words[1])
            offset = m.group(1).index(words[1])
        if code:
            start = sentence.start + m.start() + offset
            end = sentence.start + m.end()
            _add(state, sentence, start, end, COUNTRY, gazetteer.country_name(code), None, code)
            # "French, Italian and British troops": every demonym in the list is a state acting
            listed = DEMONYM_LIST_RE.search(sentence.text, 0, m.start() + offset)
            if listed:
                for w in DEMONYM_WORD_RE.finditer(listed.group(0)):
                    other = gazetteer.country_code_for_demonym(w.group(0))
                    if other:
                        w_start = sentence.start + listed.start() + w.start()
                        w_end = sentence.start + listed.start() + w.end()
                        name = gazetteer.country_name(other)
                        _add(state, sentence, w_start, w_end, COUNTRY, name, None, other)


POSSESSIVE_OWNER_RE = re.compile(
    rf"([{_UPPER}][\w.]+(?:\s+[{_UPPER}][\w.]+){{0,2}})['’]s\s+(?:[a-z][\w-]*\s+){{0,4}}$"
)


def _add(
    state: _ArticleState,
    sentence: Sentence,
    start: int,
    end: int,
    actor_type: str,
    name: str,
    title: str | None,
    country: str | None,
    locative: bool = False,
) -> None:
    if actor_type == PERSON and " " in name:
        first, *_rest, last = name.split()
        if last.lower() in title_heads() and fold(first) not in first_names():
            return  # "the Deputy Humanitarian Coordinator": a role, not someone's name
    if actor_type == ORGANIZATION and country is None:
        # "Libya's National Oil Corporation", "Mexico's state oil company Pemex"
        owner = POSSESSIVE_OWNER_RE.search(_context_before(state.text, start))
        if owner:
            country = gazetteer.country_code_for(owner.group(1))
    state.mentions.append(
        Mention(
            sentence.index,
            start,
            end,
            state.text[start:end],
            actor_type,
            name,
            title,
            country,
            locative=locative,
        )
    )


WATER_OR_LAND_OF_BEFORE_RE = re.compile(
    r"\b(?:Gulf|Bay|Sea|Lake|Mount|Cape|Strait|Straits|Isle|Port|Gulfs)\s+of\s+(?:the\s+)?$"
)
BASED_PREFIX_RE = re.compile(r"[A-Z][\w-]*-based")


def _extend_with_legal_form(state: _ArticleState, token: Token) -> bool:
    """Whether `token` ("Ltd") is the legal form after the organization just added, which
    then runs through it: the stop after "Corp." had ended the capitalized run."""
    word = token.text.rstrip(".")
    if word not in LEGAL_FORMS or not state.mentions:
        return False
    last = state.mentions[-1]
    if last.actor_type != ORGANIZATION or not re.fullmatch(
        r"\.?,?\s*",
        state.text[last.end : token.start],  # "Co. Ltd", "Co., Ltd"
    ):
        return False
    end = token.start + len(word)
    last.end, last.text = end, state.text[last.start : end]
    last.name = last.text
    return True


def _add_country(state: _ArticleState, sentence: Sentence, start: int, end: int, code: str) -> None:
    """A country name is both a place (for events) and, unless only locative, an actor."""
    if CURRENCY_AFTER_RE.match(state.text, end):
        return  # "43.8 billion U.S. dollars": a currency, neither actor nor place
    name = state.text[start:end]
    state.places.append(Place(sentence.index, start, end, name, code, True))
    locative = _is_locative(_context_before(state.text, start))
    _add(state, sentence, start, end, COUNTRY, name, None, code, locative=locative)


CURRENCY_AFTER_RE = re.compile(r"[\s-]+(?:dollars?|cents?)\b|\$")  # "U.S. dollars", "US$380"
LOCATIVE_BEFORE_RE = re.compile(r"\b(?:in|at|inside|within|across|throughout|near)\s+(?:the\s+)?$")


def _is_locative(before: str) -> bool:
    """'exercises in Venezuela': the country is where something happened, not who acted."""
    return bool(LOCATIVE_BEFORE_RE.search(before))


ORG_KEY_STOPWORDS = {
    "of", "the", "for", "in", "on", "and", "a", "an", "de", "del", "la", "des", "du"
}  # fmt: skip
# Legal-form suffixes: "Chevron Corp" and "Chevron" are one company.
CORPORATE_SUFFIXES = {"corp", "corporation", "inc", "co", "ltd", "llc", "plc", "sa", "ag", "nv"}


def org_key(name: str) -> str:
    """Word-order-free key where 'Cuban' and 'of Cuba' agree: one organization, two spellings."""
    parts = set()
    words = re.findall(r"[\w'’-]+", name)
    while len(words) > 1 and fold(words[-1]) in CORPORATE_SUFFIXES:
        words = words[:-1]
    for word in words:
        low = fold(re.sub(r"^[dl]['’](?=\w)", "", word))  # "d'Hydrocarbures", "l'Énergie"
        if low in ORG_KEY_STOPWORDS:
            continue
        code = gazetteer.country_code_for_demonym(word) or (
            gazetteer.country_code_for(word) if word[:1].isupper() else None
        )
        parts.add(f"@{code.lower()}" if code else low)
    return " ".join(sorted(parts))


def _cluster(mentions: list[Mention]) -> list[Entity]:
    """Article-local coreference: same country code, same organization, or name containment."""
    entities: list[Entity] = []
    by_key: dict[tuple[str, str], int] = {}
    persons = sorted(
        (m for m in mentions if m.actor_type == PERSON), key=lambda m: -len(m.name.split())
    )
    for m in mentions:
        if m.actor_type == COUNTRY:
            key = (COUNTRY, m.country_code or fold(m.name))
        elif m.actor_type == ORGANIZATION:
            key = (ORGANIZATION, org_key(m.name))
        else:
            continue
        if key not in by_key:
            by_key[key] = len(entities)
            entities.append(Entity(len(entities), m.name, m.actor_type, m.country_code))
        m.entity_key = by_key[key]
    for m in persons:
        tokens = set(fold(m.name).split())
        target = None
        for e in entities:
            if e.actor_type == PERSON and tokens <= set(fold(e.canonical_name).split()):
                target = e
                break
        if target is None:
            target = Entity(len(entities), m.name, PERSON, m.country_code)
            entities.append(target)
        m.entity_key = target.key
    for m in mentions:  # titles and countries: the latest seen in the article wins
        e = entities[m.entity_key]
        e.names.add(m.text)
        if m.title:
            e.title = m.title
        if m.country_code and e.actor_type != COUNTRY:
            e.country_code = e.country_code or m.country_code
        if (
            e.actor_type == COUNTRY
            and gazetteer.country_code_for(m.text)
            and len(m.text)
            > len(e.canonical_name if gazetteer.country_code_for(e.canonical_name) else "")
        ):
            e.canonical_name = m.text
    for e in entities:
        if e.actor_type == COUNTRY and not gazetteer.country_code_for(e.canonical_name):
            e.canonical_name = gazetteer.country_name(e.country_code or "")
    return entities
