"""Oil flows: who supplies oil to whom, how much, since when, and whether it still flows.

Supplier and recipient come from the shapes news uses: "X ships crude to Y", "Y received $N in
oil from X", "cut off Y's access to X's oil", "Venezuelan oil", "shipments to Y". A sentence
about production, reserves, prices or quotas names no recipient and yields nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import cache, cached_property

from pipelines.extract import gazetteer
from pipelines.extract.actors import COUNTRY, ORGANIZATION, PERSON, ActorAnalysis, Mention
from pipelines.extract.claims import clause_start as _clause_start
from pipelines.extract.dates import resolve
from pipelines.extract.lexicon import crude_grade_origins, crude_grades, reporting_verbs
from pipelines.extract.modality import PLANNED_RE
from pipelines.extract.numbers import WORD_NUMBER_RE, parse_number
from pipelines.extract.sentences import Sentence, dateline_end, keyword_re, lowered_for_keywords

COMMODITY_RE = re.compile(
    r"\b(?P<c>crude(?: oil)?|oil|fuel(?: oil)?|diesel|gasoline|petrol|jet fuel|LNG|liquefied natural gas|petroleum)\b",
    re.IGNORECASE,
)
# "shipped 900,000 barrels to China": with no petroleum word, barrels say it is oil. Trade
# press writes "6mn bl" and "1.2mn bbl": those abbreviations only after a figure.
BARRELS_RE = re.compile(
    r"\b(?P<c>barrels|bpd|b/d|(?:(?<=\d)|(?<=\d\s)|(?<=\dmn)|(?<=\dmn\s)|(?<=\dm\s))bb?l)"
    r"(?![\w/])",
    re.IGNORECASE,
)
# "took 2mn bl of WTI", "Urals cargoes": a named crude grade is crude.
_GRADES = sorted(crude_grades(), key=len, reverse=True)


def _by_first_letter(names: list[str]) -> str:
    """An alternation of `names` grouped by first letter ("A(?:rab Light|zeri Light)|B(?:…)"),
    so a search rejects most positions on one character instead of trying every name."""
    groups: dict[str, list[str]] = {}
    for name in names:
        groups.setdefault(name[0], []).append(re.escape(name[1:]))
    return "|".join(
        f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in sorted(groups.items())
    )


GRADE_NAMES = _by_first_letter(_GRADES)
# (every grade opens on a capital: the lookahead skips the other positions at once)
GRADE_RE = re.compile(rf"\b(?=[A-Z])(?P<c>{GRADE_NAMES})\b(?![’'-])")
# Every match of COMMODITY_RE or BARRELS_RE holds one of these; a sentence without them skips
# it. Grade names are left out: as substrings they are common ("espo" in "response"), and a
# sentence naming a grade names a volume or a petroleum word too.
COMMODITY_KEYWORDS = keyword_re(
    "crude",
    "oil",
    "fuel",
    "diesel",
    "gasoline",
    "petrol",
    "lng",
    "liquefied",
    "barrels",
    "bpd",
    "b/d",
    "bbl",
    "bl ",
    "bl/",
    "bl,",
    "bl.",
)
SUPPLY_VERBS = (
    r"supplies|supplied|supply|supplying|ships|shipped|ship|shipping|sends|sent|send|sending|"
    r"re-exports|re-exported|re-export|re-exporting|"
    r"sells|sold|sell|selling|exports|exported|export|exporting|delivers|delivered|deliver|"
    r"delivering|provides|provided|provide|providing|gives|gave|give|donated|donates|"
    r"carries|carried|carry|carrying|transports|transported|transport|transporting|"
    r"pumped|pumping|trucked|trucking|piped|piping"  # not "pumps": "Iraq pumps 4 million bpd"
)
# "X is Y's top crude supplier", "X replaced Z as Y's biggest oil supplier"
SUPPLIER_ROLE_RE = re.compile(
    r"([A-Z][\w.]+(?:\s+[A-Z][\w.]+){0,2})['’]s?\s+(?:[\w-]+\s+){0,3}?"
    # "one of Italy's biggest suppliers of crude": the plural after "one of"
    r"(?:(?:crude\s+|oil\s+|fuel\s+|diesel\s+|LNG\s+|petroleum\s+)+(?:supplier|provider|source)s?\b"
    r"|(?:supplier|provider|source)s?\s+of\s+(?:[\w-]+\s+)?(?:crude|oil|fuel|diesel|LNG|petroleum)\b)"
    r"|\b(?:supplier|provider|source|exporter)\s+of\s+(?:[\w-]+\s+){0,2}?"
    r"(?:crude|oil|fuel|diesel|LNG|petroleum)\b(?:\s+oil)?\s+to\s+"
)
# "Indian refiners bought …", "… to Chinese state refiners": buyers named by their country's
# demonym.
BUYER_GROUP_NOUNS = (
    r"(?:refiners|refineries|buyers|importers|companies|firms|traders|utilities|customers|"
    r"ports|power\s+(?:plants|stations)|mines|mining\s+firms|mining\s+companies)"
)
BUYER_GROUP_RE = re.compile(
    rf"\b([A-Z][a-zà-ÿ]+)\s+(?:[a-z-]+\s+){{0,2}}{BUYER_GROUP_NOUNS}\s+(?:[a-z]+\s+){{0,3}}$"
)
# "40 cargoes a year", not "cargoes of wheat" or "a cargo ship"
CARGO_RE = re.compile(
    r"\b(?P<c>cargo(?:es)?)\b(?!\s+(?:ships?|planes?|flights?|vessels?|trains?|aircraft|"
    r"of\s+(?!(?:crude|oil|fuel|diesel|gasoline|petrol|LNG|liquefied|petroleum)\b)))",
    re.I,
)
SHARE_OF_IMPORTS_RE = re.compile(
    r"\b(?:accounted\s+for|accounts\s+for|made\s+up|makes\s+up|supplied|represented)\s+"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+|over\s+)?"
    r"(?:a\s+(?:third|quarter|half|fifth)|[\d.]+\s*(?:%|percent|per\s+cent|pc))\s+of\s+"
    r"(?P<owner>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})['’]s?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:crude|oil|fuel|diesel|LNG|gas|petroleum)\s+(?:imports|purchases|supplies|intake|needs)\b"
)
DEAL_WITH_TO_RECEIVE_RE = re.compile(
    r"\b(?:deal|agreement|contract|accord|pact|memorandum)\s+with\s+(?P<with>)(?:the\s+)?"
    r"(?:[A-Z][\w.'’-]*\s+){1,4}(?:[\w-]+\s+){0,3}?to\s+(?:receive|buy|import|purchase)\b"
)
# ", halting deliveries of …", ", resuming exports of …": a participle after the main clause
PARTICIPLE_BEFORE_RE = re.compile(
    r",\s+[a-z]+ing\s+(?:(?:its|their|the|all)\s+)?(?:[\w-]+\s+){0,2}$"
)
FIRMS_IN_RE = re.compile(rf"(?:[a-z-]+\s+){{0,2}}?{BUYER_GROUP_NOUNS}\s+in\s+(?:the\s+)?")
# "Refiners in India took …", "Power plants in Pakistan bought …": the buyers' country
GROUP_IN_RE = re.compile(rf"\b{BUYER_GROUP_NOUNS}\s+in\s+(?:the\s+)?", re.I)
BUYER_GROUP_AFTER_RE = re.compile(
    rf"(?:the\s+)?([A-Z][a-zà-ÿ]+)\s+(?:[a-z-]+\s+){{0,2}}?{BUYER_GROUP_NOUNS}\b"
)


# "Iranian crude", "US liquefied natural gas": a demonym, or a country's initials, before the
# commodity says where it comes from.
ORIGIN_NAME = r"[A-Z][a-zà-ÿ]+|U\.S\.|US|U\.K\.|UK|UAE"
ORIGIN_WORD = rf"\b({ORIGIN_NAME})"
# "Russian oil supplies", "Iranian crude exports": a demonym opening the flow's noun phrase.
NOUN_PHRASE_DEMONYM_RE = re.compile(
    rf"{ORIGIN_WORD}\s+(?:[a-z]+\s+){{0,2}}(?:crude|oil|fuel|diesel|gasoline|LNG|gas)"
    r"(?:\s+oil)?\s+$"
)


ORIGIN_COMMODITY = (
    rf"{ORIGIN_WORD}\s+(?:[a-z]+\s+)?(?:crude|oil|fuel|diesel|gasoline|petrol|LNG|"
    rf"liquefied natural gas|{GRADE_NAMES})\b"
)
ORIGIN_COMMODITY_RE = re.compile(ORIGIN_COMMODITY)


def _origin_code(word: str) -> str | None:
    if word[:2].isupper():
        return gazetteer.country_code_for(word)
    return gazetteer.country_code_for_demonym(word)


def _origin_in(span: str) -> str | None:
    """The country of the first "<demonym> <commodity>" in `span` ("Kazakh crude"), not of a
    trade ("Kenyan fuel importer X")."""
    for found in ORIGIN_COMMODITY_RE.finditer(span):
        if not TRADE_WORD_RE.match(span, found.end()):
            return _origin_code(found.group(1))
    return None


# A volume moved: "100,000 b/d", "two cargoes", "1 million tonnes".
CARGO_VOLUME_RE = re.compile(
    r"\d[\d,.]*\s*(?:mn|million|thousand)?\s*(?:b/d|bpd|bbl|barrels|tonnes|tons|bl)\b"
    r"|\bcargo(?:es)?\b",
    re.I,
)
LOADED_FOR_RE = re.compile(
    r"\b(?:loaded|lifted|loading|lifting)\s+"
    # "loaded the VLCC SEA PEARL with 2 million barrels of …": the vessel, then the cargo
    r"(?:(?:the\s+)?(?:VLCC|ULCC|Aframax|Suezmax|Panamax|LR2|LR1|MR|tanker|vessel|carrier)\s+"
    r"(?:[A-Z][\w-]*\s+){1,4}with\s+)?"
    # "loaded a cargo of 1 million barrels of Medanito at Puerto Rosales last week for X"
    r"[^.;]{3,90}?\s+for\s+"
)
# "X has fixed two tankers to lift Guyanese crude": the one who lifts buys; not "lifted
# sanctions on Iranian oil" (a preposition between verb and cargo)
LIFT_ORIGIN_RE = re.compile(
    r"\b(?:lift|lifts|lifted|lifting)\s+(?:(?!on\b|from\b|against\b|of\b)[\w,-]+\s+){0,3}?"
    rf"(?={ORIGIN_COMMODITY})"
)
SUPPLIED_BY_RE = re.compile(
    r"\b(?:supplied|shipped|delivered|sent|provided|sold|exported|loaded)"
    # "a cargo loaded at Ras Laffan by X"
    r"(?:\s+(?:at|in)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?\s+by\s+(?:the\s+)?"
)
# (the cargo right before: not "the refinery, bought by Vitol from Shell in 2018, processes …")
BOUGHT_BY_RE = re.compile(
    r"\b(?:crude|oil|fuel|diesel|gasoline|petrol|LNG|barrels|tonnes|cargo(?:es)?|shipments?)"
    r"\s+(?:[\w-]+\s+){0,3}?(?:bought|purchased|acquired|imported)\s+by\s+(?:the\s+)?"
)
FACILITY_AFTER_RE = re.compile(
    r"\s+(?:terminal|port|pipeline|tankers?|field|depot|jetty|storage)\b", re.I
)
FROM_AFTER_RE = re.compile(r"\s*(?:\([^()]{1,20}\))?\s+from\s+(?:the\s+)?")
# Between a company and "loaded": nothing but its acronym, an apposition or an auxiliary
# (not "Kpler said tankers loaded …")
LOADER_GAP_RE = re.compile(
    r"\)?\s*(?:\([^()]{1,20}\)\s*)?(?:,[^,;]{1,80},\s*)?(?:(?:has|had|have|also|just|then)\s+)*"
)
# "… by X to Y", "… by X for delivery to Y", "… by X, bound for Y"
AGENT_THEN_TO_RE = re.compile(
    r"\s*(?:\([^()]{1,20}\))?(?:\s+(?:for\s+delivery\s+)?to|,?\s+(?:bound|destined)\s+for)"
    r"\s+(?:the\s+)?"
)
BOUND_RE = re.compile(r"\b([A-Z][\w]+(?:\s+[A-Z][\w]+)?)-bound\b")
# "The tanker, carrying 700,000 barrels of Venezuelan crude, docked in Havana": where the cargo
# arrived receives it
ARRIVED_AT_RE = re.compile(
    r"\b(?:docked|arrived|berthed|moored|discharged|unloaded|anchored)\s+(?:[a-z]+\s+)?"
    r"(?:at|in|off)\s+(?:the\s+)?(?:(?:port|harbou?r)\s+of\s+)?"
)
PRONOUN_SUBJECT_RE = re.compile(
    r"\s+(?:that\s+)?(?:it|they)\s+(?:had\s+|has\s+|have\s+|would\s+|will\s+|was\s+|were\s+)?"
    r"(?:already\s+|also\s+|recently\s+)?(?:agreed\s+to\s+)?"
)
# An aside between commas; a comma between digits ("60,000 b/d") does not end it.
_ASIDE_TEXT = r"(?:[^;,]|(?<=\d),(?=\d))"
# An apposition ending right before a verb: ", a Nordex subsidiary, has been …"
ASIDE_BEFORE_RE = re.compile(rf",\s+(?:a|an|the)\s+{_ASIDE_TEXT}{{1,60}},\s+(?:[\w-]+\s+){{0,4}}$")
# ", which runs …,", ", with a capacity of 320,000 b/d,": an aside about the actor before it
_RELATIVE_CLAUSE = rf",\s*(?:which|who|with)\b{_ASIDE_TEXT}{{1,120}},"
RELATIVE_CLAUSE_RE = re.compile(_RELATIVE_CLAUSE)
RELATIVE_BEFORE_RE = re.compile(rf"{_RELATIVE_CLAUSE}\s*(?:[\w-]+\s+){{0,3}}$")
EXPORTER_BEFORE_RE = re.compile(
    r"\b[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?['’]s?\s+(?:[\w-]+\s+){0,3}?(?:exports|shipments|sales)\b"
)
# "the Batangas import terminal of ", "the refinery of ": a plant whose owner receives
FACILITY_OF_RE = re.compile(
    r"(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:[a-z-]+\s+){0,2}?"
    r"(?:terminal|refinery|plant|depot|facility|port)\s+(?:of|owned\s+by|operated\s+by)\s+"
)
# "according to", "due to", "compared to", "up to": a "to" that names no recipient.
NOT_SOURCE_TO = r"(?<!according )(?<!due )(?<!compared )(?<!close )(?<!ahead )(?<!up )"


@cache
def _reporting_verb_re() -> re.Pattern[str]:
    verbs = "|".join(sorted(reporting_verbs(), key=len, reverse=True))
    return re.compile(rf"\b(?:{verbs})\b(?:\s+(?:on\s+\w+\s+)?that)?")


# A description before a party's name: "the Houston-based trader ", "the Italian company "
DESCRIPTOR_AHEAD_RE = re.compile(
    r"(?:the\s+|a\s+)?[\w-]+-based\s+(?=[A-Z])"  # "the Chennai-based X"
    r"|(?:the\s+|a\s+)?(?:[\w-]+-(?:based|owned|run|controlled)\s+)?"
    r"(?:(?:[A-Z][a-z]+|state|national|independent|private|trading|oil|energy|gas|fuel|LNG|"
    r"terminal|pipeline|distribution|marketing|refining|power|electric|shipping)\s+){0,3}?"
    r"(?:trader|trading\s+house|company|firm|refiner|producer|supplier|utility|importer|exporter|"
    r"operator|marketer|major|distributor)\s*,?\s+"
)
# Between a country and the company it owns: "'s ", "'s state oil company, "
OWNED_GAP_RE = re.compile(
    r"['’]s?\s+(?:(?:[\w-]+\s+){0,3}?(?:company|firm|refiner|producer|supplier|trader|utility|"
    r"operator|exporter)\s*,?\s*)?"
)
# "X said it halted …", "X confirmed that it had resumed …": the pronoun stands for X
PRONOUN_BEFORE_RE = re.compile(
    r"\b(?:that\s+)?(?:it|they)\s+(?:(?:had|has|have|would|will|was|were)\s+)?(?:[a-z]+\s+){0,2}$"
)
IMPORTS_BY_RE = re.compile(
    r"\b(?:imports|purchases|intake|receipts|buying)\s+of\s+[^.;]{0,40}?\bby\s+(?:the\s+)?", re.I
)
# "China is the top buyer of Iranian oil": the subject is the recipient.
BUYER_RE = re.compile(r"\b(?:buyers?|importers?|customers?|purchasers?)\s+of\b", re.I)
RECEIVE_VERBS = (
    r"received|receives|receive|receiving|imports|imported|import|importing|bought|buys|buy|"
    r"buying|gets|got|obtained|obtains|purchased|purchases|"
    # trade press: "the refinery took 2mn bl of WTI", "stopped taking crude from X"
    r"took|takes|taking|take"
)
AMOUNT_RE = re.compile(
    r"(?P<usd>(?:US)?\$\s?(?P<usd_n>\d[\d,.]*)\s*(?P<usd_scale>million|billion|mln|bn|m\b)?)"
    rf"|(?P<n>\d[\d,.]*|\b{WORD_NUMBER_RE})\s*(?P<scale>million|billion|mln|mn|bn|thousand)?\s*"
    r"(?P<unit>barrels (?:per|a) day|barrels per month|barrels a month|barrels|bpd|b/d|bbl/d|"
    r"bl/d|bl/month|bbl|bl|tonnes per year|tonnes a year|tons per year|t/yr|tonnes|tons|metric tons|"
    # "300,000t of gasoline": the bare "t" only glued to its figure
    r"(?<=\d)t|dlrs|dollars|cargoes (?:a|per) year|cargoes (?:a|per) month|cargoes|cargo)\b",
    re.IGNORECASE,
)
PER_PERIOD_AFTER_RE = re.compile(
    r"\s+of\s+(?:[a-z]+\s+){1,3}?(?:(?:a|per|each)\s+(day|week|month|year)\b|"
    r"(dai|week|month|annual)ly\b)",  # "… of crude annually"
    re.I,
)
HALTED_RE = re.compile(
    r"\b(?:cut off|cuts off|cutting off|halted|halts|halt|halting|suspended|suspends|"
    r"suspending|stopped|stops|stopping|ended|ends|blocked|blocks|blocking|banned|bans|"
    r"embargo(?:ed)?|no more|ceased|ceasing|severed|shut|shuts|shutting|"
    # "has not delivered any crude to X since December": nothing has flowed since
    r"(?:has|have|had)\s+not\s+(?:[a-z]+\s+)?(?:delivered|shipped|supplied|sent|exported|"
    r"imported|received|bought|loaded)\b[^.;]{0,60}\bsince|"
    # "Cuba has received no Venezuelan oil since January"
    r"(?:received|receives|imported|imports|bought|buys|got|gets|taken|took)\s+no)\b",
    re.I,
)
RESUMED_RE = re.compile(
    r"\b(?:resumed|resumes|resume|resuming|restarted|restarts|restarting|restored|restoring)\b",
    re.I,
)
THREAT_RE = re.compile(r"\b(?:threaten(?:ed|s)? to|threat(?:ened)?)\b", re.I)
NOT_FLOW_RE = re.compile(
    r"\b(?:production|output|reserves?|prices?|quota|refining capacity|produced|pumps?)\b", re.I
)
PERIOD_RE = re.compile(
    r"\b(?P<p>since\s+(?:the\s+)?[^,.;“”\"]{3,60}|"
    r"(?:from|starting in|starting|beginning in|as of)\s+(?=(?:\w+\s+)?(?:(?:19|20)\d\d\b|"
    r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Z]|January|February|"
    r"March|April|May|June|July|August|September|October|November|December))[^,.;“”\"]{3,40}|"
    r"for\s+(?:over|more than|nearly|almost|about)?\s*(?:\w+\s+)?(?:decades?|years?|months?|weeks?)|"
    r"(?:in|during)\s+(?:19|20)\d{2}|between\s+(?:19|20)\d{2}\s+and\s+(?:19|20)\d{2})",
    re.IGNORECASE,
)
SCALE = {
    "million": 1e6,
    "mln": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "thousand": 1e3,
}
UNIT = {
    "barrels per day": "barrels_per_day",
    "barrels a day": "barrels_per_day",
    "bpd": "barrels_per_day",
    "b/d": "barrels_per_day",
    "bbl/d": "barrels_per_day",
    "bl/d": "barrels_per_day",
    "bl/month": "barrels_per_month",
    "bbl": "barrels",
    "bl": "barrels",
    "t/yr": "tonnes_per_year",
    "t": "tonnes",
    "barrels per month": "barrels_per_month",
    "barrels a month": "barrels_per_month",
    "barrels": "barrels",
    "tonnes per year": "tonnes_per_year",
    "tonnes a year": "tonnes_per_year",
    "tons per year": "tonnes_per_year",
    "tonnes": "tonnes",
    "tons": "tonnes",
    "metric tons": "tonnes",
    "cargoes a year": "cargoes_per_year",
    "cargoes per year": "cargoes_per_year",
    "cargoes a month": "cargoes_per_month",
    "cargoes per month": "cargoes_per_month",
    "cargo": "cargoes",
    "dlrs": "usd",
    "dollars": "usd",
}


@dataclass
class OilFlow:
    sentence_index: int
    supplier: Mention | None
    recipient: Mention | None
    supplier_country_code: str | None
    recipient_country_code: str | None
    commodity: str
    amount: float | None
    unit: str | None
    status: str
    period_text: str | None
    period_start: date | None
    period_end: date | None
    evidence_text: str


NOT_PETROLEUM_RE = re.compile(
    r"\b(?:olive|palm|cooking|vegetable|sunflower|soybean|soya|coconut|essential|fish|castor|"
    r"motor|engine|lubricating|baby|hair|linseed|rapeseed|canola|corn|peanut|sesame)\s+$",
    re.I,
)
TRADE_WORD_RE = re.compile(
    r"\s+(?:company|companies|firm|corporation|minister|ministry|giant|majors?|industry|sector|"
    r"workers|union|executives?|regulator|exporters?|producers?|importers?|suppliers?|"
    r"distributors?|marketers?|retailers?|traders?|corp|co|inc|ltd|plc|limited)\b",
    re.I,
)
# "XR Petroleum ships …", "Basra Oil Company": a capitalized word before a capitalized
# commodity word makes it part of a name (not "LNG").
NAME_WORD_BEFORE_RE = re.compile(r"\b[A-Z][\w.&-]*\s+$")
DENIAL_RE = re.compile(r"\b(?:denied|denies|deny|denying|rejected|refuted|dismissed)\b", re.I)


def _commodity_match(text: str) -> re.Match[str] | None:
    """The first petroleum word that is not olive, palm or another edible or motor oil.

    A word naming the trade rather than the cargo ("the state oil company") yields to a later
    one ("… sent two cargoes of crude"), and is kept only when no other is there.
    """
    fallback = None
    for m in COMMODITY_RE.finditer(text):
        if NOT_PETROLEUM_RE.search(text[: m.start()]):
            continue
        word = m.group(0)
        in_name = (
            word[:1].isupper()
            and not word.isupper()
            and NAME_WORD_BEFORE_RE.search(text[max(0, m.start() - 30) : m.start()])
        )
        if not TRADE_WORD_RE.match(text[m.end() :]) and not in_name:
            return m
        fallback = fallback or m
    return GRADE_RE.search(text) or fallback or BARRELS_RE.search(text)


def _commodity(word: str) -> str:
    w = word.lower()
    if w.startswith("crude") or word in crude_grades():
        return "crude"
    if w in ("lng", "liquefied natural gas"):
        return "lng"
    if w in ("oil", "petroleum", "barrels", "bpd", "b/d", "bbl", "bl"):
        return "oil"
    return "fuel"


def _actor_code(m: Mention, actors: ActorAnalysis) -> str | None:
    return actors.country_of(m)


def extract_oil_flows(
    text: str, sentences: list[Sentence], actors: ActorAnalysis, published_at: date | None
) -> list[OilFlow]:
    flows: list[OilFlow] = []
    context = _ArticleContext(text, sentences, actors, flows)
    for sentence in sentences:
        if (
            not COMMODITY_KEYWORDS.search(sentence.lowered)
            # "shipped 11 cargoes of Urals": a grade's name is the cargo's commodity
            and not (
                "cargo" in sentence.lowered
                and (context.commodity or GRADE_RE.search(sentence.text))
            )
            # "Aframaxes loaded CPC Blend": a grade's name is its commodity word
            and not ("loaded " in sentence.lowered and GRADE_RE.search(sentence.text))
        ):
            continue
        if DENIAL_RE.search(sentence.text):
            continue
        # "STR, which has a refining capacity of …, restarted shipments": the aside says
        # nothing of the flow
        if NOT_FLOW_RE.search(RELATIVE_CLAUSE_RE.sub(",", sentence.text)) and not re.search(
            rf"\b(?:{SUPPLY_VERBS}|{RECEIVE_VERBS})\b", sentence.text, re.I
        ):
            continue
        first: tuple[Mention | None, str | None] | None = None
        for part, elliptic in _clauses(sentence, cargo_word=context.commodity is not None):
            commodity = _commodity_match(part.text)
            kind = _commodity(commodity.group("c")) if commodity else context.commodity
            if not commodity and kind:
                # "imports 40 cargoes a year from Qatar" in an article about LNG
                commodity = CARGO_RE.search(part.text)
            if not commodity or not kind:
                continue
            found = _frame(part, actors, commodity, context, first if elliptic else None)
            if not found:
                continue
            if first is None:
                first = (found[1], found[3])
            flows.extend(_flows(part, sentence, actors, found, kind, published_at))
    return _dedupe(flows)


def _flows(
    part: Sentence,
    sentence: Sentence,
    actors: ActorAnalysis,
    found: tuple[Mention | None, Mention | None, str | None, str | None],
    commodity: str,
    published_at: date | None,
) -> list[OilFlow]:
    """The flows of one frame: its supplier and recipient, and any joined to either."""
    supplier, recipient, supplier_code, recipient_code = found
    if supplier_code and supplier_code == recipient_code:
        return []
    amount, unit = _amount(RELATIVE_CLAUSE_RE.sub(",", part.text))  # not "which has … capacity"
    period = PERIOD_RE.search(part.text)
    period_text = period.group("p").strip() if period else None
    start = _period_start(period_text, published_at) if period_text else None
    suppliers = [(supplier, supplier_code), *_joined(part, actors, supplier)]
    recipients = [(recipient, recipient_code), *_joined(part, actors, recipient)]
    if len(suppliers) > 1 and len(recipients) > 1:
        suppliers, recipients = suppliers[:1], recipients[:1]  # who sends to whom is unsaid
    pairs = [(s, r) for s in suppliers for r in recipients]
    status = _status(part.text)
    return [
        OilFlow(
            sentence_index=sentence.index,
            supplier=sup,
            recipient=rec,
            supplier_country_code=sup_code,
            recipient_country_code=rec_code,
            commodity=commodity,
            # A volume stated for several parties together is no one flow's amount.
            amount=amount if len(pairs) == 1 else None,
            unit=unit if len(pairs) == 1 else None,
            status=status,
            period_text=period_text,
            period_start=start,
            period_end=None,
            evidence_text=sentence.text,
        )
        for (sup, sup_code), (rec, rec_code) in pairs
        if not (sup_code and sup_code == rec_code)
    ]


# Where a sentence's second flow may start: "…, and are buying more crude from Iraq", "…;
# Iraq ships …", "…, while Kuwait sends …".
CLAUSE_BREAK_RE = re.compile(r",\s+and\s+|;\s+|,\s+(?:while|whereas)\s+")
# A clause opening on its verb shares the sentence's subject.
ELLIPTIC_RE = re.compile(
    r"(?:are|is|was|were|has|have|had|will|would|also|then|later)\b|"
    rf"(?:{SUPPLY_VERBS}|{RECEIVE_VERBS})\b",
    re.I,
)


def _clauses(sentence: Sentence, cargo_word: bool = False) -> list[tuple[Sentence, bool]]:
    """The sentence up to its second flow, then each later clause holding a commodity word
    of its own (or "cargoes", when `cargo_word`), with whether it shares the sentence's
    subject."""
    parts: list[tuple[Sentence, bool]] = []
    for m in CLAUSE_BREAK_RE.finditer(sentence.text):
        rest = sentence.text[m.end() :]
        lowered = lowered_for_keywords(rest)
        if not COMMODITY_KEYWORDS.search(lowered) and not (cargo_word and "cargo" in lowered):
            break
        if not parts:
            head = sentence.text[: m.start()]
            parts.append(
                (Sentence(sentence.index, sentence.start, sentence.start + len(head), head), False)
            )
        clause = Sentence(sentence.index, sentence.start + m.end(), sentence.end, rest)
        parts.append((clause, bool(ELLIPTIC_RE.match(rest))))
    return parts or [(sentence, False)]


# A verb right after a name makes it a clause's subject, not one more recipient.
CLAUSE_SUBJECT_RE = re.compile(
    rf"\s+(?:has|have|had|is|are|was|were|will|would|said|says|\w+ed|{SUPPLY_VERBS}|"
    rf"{RECEIVE_VERBS})\b(?!\s+of\b)"
)
JOINED_RE = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")


def _joined(
    sentence: Sentence, actors: ActorAnalysis, first: Mention | None
) -> list[tuple[Mention, str | None]]:
    """'to Cameroon and Togo', 'from Iraq, Saudi Arabia and the UAE': every actor of the same
    kind joined to a flow's party by commas or 'and' is a party of its own flow."""
    if first is None:
        return []
    if re.search(r"\bbetween\s+(?:the\s+)?$", sentence.text[: first.start - sentence.start]):
        return []  # "the contract between X and Y": Y is X's counterpart, not a second X
    joined: list[tuple[Mention, str | None]] = []
    last = first
    for m in actors.in_sentence(sentence.index):
        if m.start <= last.start or m.actor_type != first.actor_type:
            continue
        gap = sentence.text[last.end - sentence.start : m.start - sentence.start]
        if not JOINED_RE.fullmatch(gap):
            break
        if CLAUSE_SUBJECT_RE.match(sentence.text, m.end - sentence.start):
            break  # "to Cuba and Russia sent fuel": the subject of the next clause
        joined.append((m, _actor_code(m, actors)))
        last = m
    return joined


class _ArticleContext:
    """What the implied-supplier rule reads of the whole article, computed only for the few
    sentences that reach it."""

    def __init__(
        self, text: str, sentences: list[Sentence], actors: ActorAnalysis, flows: list[OilFlow]
    ) -> None:
        self.text, self.sentences, self.actors, self.flows = text, sentences, actors, flows

    @cached_property
    def focus(self) -> list[tuple[str, int]]:
        """The article's countries by weight, without those it shows buying oil."""
        buyers = _buyer_countries(self.sentences, self.actors)
        return [(c, n) for c, n in _focus_countries(self.text, self.actors) if c not in buyers]

    @cached_property
    def origins(self) -> set[str]:
        return _oil_origins(self.sentences)

    @cached_property
    def main_country(self) -> str | None:
        """The country the article is mostly about, if one clearly leads: what "the country"
        in a flow stands for."""
        counts = _focus_countries(self.text, self.actors)
        if counts and (len(counts) == 1 or counts[0][1] >= 2 * counts[1][1]):
            return counts[0][0]
        return None

    @cached_property
    def commodity(self) -> str | None:
        """What the article's flows mostly carry, when it names it twice or more: the cargo
        of a sentence that says only "cargoes"."""
        kinds = Counter(
            _commodity(m.group("c"))
            for s in self.sentences
            if (m := _commodity_match(s.text)) is not None and m.re is COMMODITY_RE
        )
        top = kinds.most_common(1)
        return top[0][0] if top and top[0][1] >= 2 else None

    def sources(self) -> set[str]:
        """Countries shown as a source of oil: named so, or the supplier of a flow read so far."""
        return self.origins | {f.supplier_country_code for f in self.flows}


def _frame(sentence, actors, commodity, context, inherited=None):
    """(supplier, recipient, supplier code, recipient code) of the first flow `sentence` (a
    sentence or one of its clauses) states, or None. `inherited` is the recipient of a clause
    whose subject is the sentence's ("… and are buying more crude from Iraq")."""
    s0 = sentence.start
    t = sentence.text
    # "NEW DELHI, March 3 (Reuters) -": the wire in the dateline is no party to a flow.
    body = s0 + dateline_end(t)
    # Oil moves between countries and companies: a person named in the sentence (a minister
    # who spoke, a buyer's chief) is no party to it.
    mentions = [
        m
        for m in actors.in_sentence(sentence.index)
        if m.start >= body and m.end <= s0 + len(t) and m.actor_type != PERSON
    ]

    def code(m: Mention | None) -> str | None:
        return _actor_code(m, actors) if m else None

    def after(pos: int, limit: int = 60) -> Mention | None:
        # "from the Houston-based trader X", "to the Italian company X": the party is the name
        described = DESCRIPTOR_AHEAD_RE.match(t, pos)
        if described:
            pos = described.end()
        found = next((m for m in mentions if pos <= m.start - s0 <= pos + limit), None)
        if found is not None and found.actor_type == COUNTRY:
            # "to Lebanon's Hezbollah", "from Equatorial Guinea's state oil company, X": the
            # country only says whose organization it is
            owned = next((m for m in mentions if m.start > found.start), None)
            gap = t[found.end - s0 : owned.start - s0] if owned else ""
            if owned and owned.actor_type != COUNTRY and OWNED_GAP_RE.fullmatch(gap):
                return owned
        return found

    def pronoun_speaker(pos: int) -> Mention | None:
        """ "X confirmed that it halted deliveries to Y": the company the pronoun stands for."""
        pronoun = PRONOUN_BEFORE_RE.search(t, 0, pos)
        if pronoun is None:
            return None
        return next(
            (m for m in mentions if m.end - s0 <= pronoun.start() and m.actor_type != COUNTRY),
            None,
        )

    def group_after(pos: int) -> str | None:
        """The country of "Indian refiners", "mining firms in Congo" or "the country" at `pos`,
        a recipient no actor names."""
        if gazetteer.THE_COUNTRY_RE.match(t, pos):
            return context.main_country
        firms_in = FIRMS_IN_RE.match(t, pos)
        if firms_in:
            # a country after "in" is a place, not an actor, until something else names it
            at = s0 + firms_in.end()
            place = next(
                (p for p in actors.places_in(sentence.index) if p.is_country and p.start == at),
                None,
            )
            located = after(firms_in.end(), 3)
            if place is not None:
                return place.country_code
            if located is not None and located.actor_type == COUNTRY:
                return code(located)
        group = BUYER_GROUP_AFTER_RE.match(t, pos)
        return gazetteer.country_code_for_demonym(group.group(1)) if group else None

    def before(pos: int, limit: int = 120) -> Mention | None:
        """The nearest actor before `pos`, within its clause ("…, while oil imports rose")."""
        clause = _clause_start(t, 0, pos)
        # "the contract between X and Y, under which the Kazakh plant will supply …"
        for opener in RELATIVE_OPENER_RE.finditer(t, clause, pos):
            clause = opener.end()
        source = SOURCE_FIRST_RE.match(t, clause, pos)
        if source:
            clause = source.end()
        cands = [
            m for m in mentions if max(pos - limit, clause) <= m.start - s0 and m.end - s0 <= pos
        ]
        aside = ASIDE_BEFORE_RE.search(t, clause, pos)
        if cands and aside and cands[-1].start - s0 >= aside.start():
            # "Baltnafta, a Nordex subsidiary, has been sending": the name, not its apposition's;
            # "OQ8, the operator of the Duqm Refinery, has loaded": nobody the rules know
            named = [c for c in cands if c.end - s0 <= aside.start()]
            return named[-1] if named else None
        if not cands:
            return _described_party(actors, t[clause:pos], s0 + pos)
        return cands[-1]

    # "X supplies/ships crude to Y": the commodity is what the verb moves, between verb and "to"
    for m in re.finditer(
        # (not "a supply agreement under which X will deliver …": a noun, not the verb)
        rf"\b(?:{SUPPLY_VERBS})\b(?!\s+(?:agreements?|deals?|contracts?|chains?|lines?|talks|"
        rf"security|crisis|shortages?|disruptions?)\b)"
        rf"(?:[^.;]|\.(?=\d)){{0,80}}?\b{NOT_SOURCE_TO}to\s+",
        t,
        re.I,
    ):
        # the cargo between verb and "to": a commodity, or a volume of the sentence's commodity
        # ("supplies around 100,000 b/d to Pakistan")
        span = t[m.start() : m.end()]
        if not _commodity_match(span) and not CARGO_VOLUME_RE.search(span):
            continue
        sup, rec = before(m.start()) or pronoun_speaker(m.start()), after(m.end(), 25)
        facility = FACILITY_OF_RE.match(t, m.end())
        if facility and (rec is None or rec.start - s0 < facility.end()):
            # "to the Batangas import terminal of First Gen Corp.": the terminal's owner
            rec = after(facility.end(), 20) or rec
        if sup and rec and sup.entity_key != rec.entity_key:
            return sup, rec, code(sup), code(rec)
        group = group_after(m.end()) if sup and rec is None else None
        if group and group != code(sup):
            return sup, None, code(sup), group
        origin = _origin_in(t[m.start() : m.end()])
        if rec and origin and origin != code(rec):  # "the pipeline carries Kazakh crude to China"
            return _country_mention(actors, origin), rec, origin, code(rec)
    # "Sonatrach delivered to Italy, during 2025, 2.9 million tonnes of LNG": the cargo after
    for m in re.finditer(rf"\b(?:{SUPPLY_VERBS})\s+to\s+", t, re.I):
        rec = after(m.end(), 5)
        rest = t[m.end() : m.end() + 100]
        if rec and (CARGO_VOLUME_RE.search(rest) or _commodity_match(rest)):
            sup = before(m.start())
            if sup and sup.entity_key != rec.entity_key:
                return sup, rec, code(sup), code(rec)
    # "Iraq accounted for 30% of India's crude imports": the share's owner receives
    share = SHARE_OF_IMPORTS_RE.search(t)
    if share:
        sup, rec = before(share.start()), after(share.start("owner"), 0)
        if sup and rec and sup.entity_key != rec.entity_key:
            return sup, rec, code(sup), code(rec)
    # "Ghana signed a deal with Nigeria to receive 20,000 b/d of crude"
    deal = DEAL_WITH_TO_RECEIVE_RE.search(t)
    if deal:
        sup, rec = after(deal.end("with"), 0), before(deal.start())
        if sup and rec and sup.entity_key != rec.entity_key:
            return sup, rec, code(sup), code(rec)
    # "X is Y's top crude supplier", "X is the largest supplier of crude to Y"
    role = SUPPLIER_ROLE_RE.search(t)
    if role:
        clause = _clause_start(t, 0, role.start())
        subject = next((x for x in mentions if clause <= x.start - s0 < role.start()), None)
        rec = after(role.start(), 2) if role.group(1) else after(role.end(), 5)
        if subject and rec and subject.entity_key != rec.entity_key:
            return subject, rec, code(subject), code(rec)
    # "X supplied Y with oil"
    for m in re.finditer(rf"\b(?:{SUPPLY_VERBS})\s+", t, re.I):
        # "supplied X with", "supplies the X (EPSE) with"
        rec = after(m.end(), 2) or (after(m.end(), 4) if t.startswith("the ", m.end()) else None)
        facility = FACILITY_OF_RE.match(t, m.end())
        if rec is None and facility:
            rec = after(facility.end(), 30)  # "supplies the Sarroch refinery of Saras with"
        if rec and re.match(
            # "supplied Delta Gas Corp. (DGC) with …": an abbreviation's stop, an acronym;
            # "supply Indian Oil and Bharat Petroleum with": a second recipient
            # "supply KPX, Kenya's state refiner, with …": an apposition
            r"\.?\s*(?:\([^()]{1,20}\)\s*)?(?:,\s+(?:the|a|an|[A-Z][\w-]+['’]s)\s+[^,;]{1,60},\s*)?"
            r"(?:(?:,|\s+and)\s+(?:the\s+)?(?:[A-Z][\w.&-]*\s*){1,4})?"
            r"(?:with|[\w\s,.$]{0,40}?\bworth of)\s+(?:[\w,.$/]+\s+){0,9}?"
            rf"(?:crude|oil|fuel|diesel|gasoline|petrol|petroleum|LNG|liquefied|{GRADE_NAMES}|"
            r"volumes|cargoes|barrels|bb?l)\b",
            t[rec.end - s0 :],
            re.I,
        ):
            sup = before(m.start())
            if sup and sup.entity_key != rec.entity_key:
                return sup, rec, code(sup), code(rec)
    # "Two Aframaxes loaded Kazakh CPC Blend for Japan's Hanwa Energy": the grade's or the
    # demonym's country supplies the buyer after "for"
    for m in LOADED_FOR_RE.finditer(t):
        rec = after(m.end(), 25)
        cargo = t[m.start() : m.end()]
        # "X loaded the VLCC Y with 2 million barrels of Z for Japan's W": the company loading
        loader = before(m.start())
        if (
            rec
            and loader
            and LOADER_GAP_RE.fullmatch(t, loader.end - s0, m.start())
            and loader.actor_type != COUNTRY
            and loader.entity_key != rec.entity_key
            and (_commodity_match(cargo) or CARGO_VOLUME_RE.search(cargo))
        ):
            return loader, rec, code(loader), code(rec)
        grade = GRADE_RE.search(cargo)
        origin = _origin_in(cargo) or (
            crude_grade_origins().get(grade.group("c")) if grade else None
        )
        if rec and origin and origin != code(rec):
            return _country_mention(actors, origin), rec, origin, code(rec)
    # "barrels of Basrah crude bought by NIM from the Iraqi Oil Export Authority": the agent
    # of a passive purchase buys, the party after "from" sells
    for m in BOUGHT_BY_RE.finditer(t):
        rec = after(m.end(), 4)
        seller = rec and FROM_AFTER_RE.match(t, rec.end - s0)
        sup = after(seller.end(), 4) if seller else None
        if rec and sup and sup.entity_key != rec.entity_key:
            return sup, rec, code(sup), code(rec)
    # "18,000 tonnes of diesel supplied by ENOC to Ethiopia", "the Ethiopia-bound cargo …
    # supplied by ENOC": the agent of a passive supplies
    for m in SUPPLIED_BY_RE.finditer(t):
        sup = after(m.end(), 4)
        if sup is None:
            continue
        to = AGENT_THEN_TO_RE.match(t, sup.end - s0)
        # from the preposition: "to the Philippines" names the country with its article
        rec = after(to.start(), to.end() - to.start() + 4) if to else None
        bound = BOUND_RE.search(t)
        rec_code = (
            code(rec) if rec else (gazetteer.country_code_for(bound.group(1)) if bound else None)
        )
        if (rec and rec.entity_key != sup.entity_key) or (rec_code and rec_code != code(sup)):
            return sup, rec, code(sup), rec_code
    for m in LIFT_ORIGIN_RE.finditer(t):
        buyer, origin = before(m.start()), _origin_in(t[m.end() :])
        if buyer and origin and origin != code(buyer):
            return _country_mention(actors, origin), buyer, origin, code(buyer)
    for m in ARRIVED_AT_RE.finditer(t):
        origin = _origin_in(t[: m.start()])
        place = next((p for p in actors.places_in(sentence.index) if p.start == s0 + m.end()), None)
        port = after(m.end(), 0)  # "docked at Puerto Rico": a country; "in Havana": a place
        port_code = code(port) if port is not None else (place.country_code if place else None)
        if origin and port_code and port_code != origin:
            return _country_mention(actors, origin), None, origin, port_code
    # "X resumed/halted crude shipments to Y"
    for m in re.finditer(
        r"\b(?P<noun>shipments?|exports?|deliveries|supplies|sales|cargoes|loadings|liftings)"
        r"(?:\s+of\s+[\w\s]{0,20}?)?"
        # "cargoes that were bound for Italy"
        r"(?:\s*,)?(?:\s+(?:that|which)\s+(?:were|was|are|is))?"
        r"\s+(?:(?:mostly|mainly|largely|primarily|chiefly|bound|headed|heading|going)"
        # "imports of U.S. crude into India", "cargoes bound for Italy"
        r"\s+)?(?:to|into|(?:bound|headed|destined)\s+for|(?P<for>for))\s+",
        t,
        re.I,
    ):
        if m.group("for") and m.group("noun").lower() not in ("cargoes", "loadings", "liftings"):
            continue  # "liftings of Sankofa crude for Galpex", not "sales for March"
        sup, rec = before(m.start(), 80) or pronoun_speaker(m.start()), after(m.end(), 25)
        exporter = EXPORTER_BEFORE_RE.search(t, 0, m.start())
        if sup is None and rec and exporter:
            # "Iran's crude exports reached 1.8m b/d, with most of the shipments going to China"
            sup = after(exporter.start(), 0)
        participle = PARTICIPLE_BEFORE_RE.search(t, 0, m.start())
        if sup is None and participle:
            # "KPC shut its line …, halting deliveries of fuel to Uganda": the clause's subject
            clause = _clause_start(t, 0, participle.start())
            sup = next((x for x in mentions if clause <= x.start - s0 < participle.start()), None)
        # "Novak said Russian oil supplies to India …": the demonym in the noun phrase is the
        # supplier, not the speaker before it.
        dem = NOUN_PHRASE_DEMONYM_RE.search(t, max(0, m.start() - 40), m.start())
        dem_code = _origin_code(dem.group(1)) if dem else None
        if dem_code and rec and code(rec) != dem_code:
            sup = _country_mention(actors, dem_code)
            if sup is None:
                return None, rec, dem_code, code(rec)
        if sup and rec and sup.entity_key != rec.entity_key:
            return sup, rec, code(sup), code(rec)
        group = group_after(m.end()) if sup and rec is None else None
        if group and group != code(sup):
            return sup, None, code(sup), group
    # "access to X's oil" / "X's oil" / "<demonym> oil" / "oil from X"
    supplier = None
    supplier_code = _origin_in(t)
    if supplier_code:
        supplier = _country_mention(actors, supplier_code)
    poss = re.search(
        rf"([A-Z][\w.]+(?:\s+[A-Z][\w.]+)*)[’']s?\s+{re.escape(commodity.group('c'))}\b", t
    )
    if not supplier_code and poss:
        m = after(poss.start(), 2)
        if m:
            supplier, supplier_code = m, code(m)
    frm = re.search(
        rf"(?:{re.escape(commodity.group('c'))}|\bcargo(?:es)?|\bshipments)\b[^.;]{{0,40}}?\bfrom\s+"
        # "… diesel that Chad normally receives from Cameroon"
        rf"|\b(?:{RECEIVE_VERBS})\b(?:\s+[\w,-]+){{0,6}}?\s+from\s+"
        # "has stopped taking oil under its term deal with Rosneft"
        rf"|\b(?:{RECEIVE_VERBS})\b[^.;]{{0,60}}?\b(?:deal|contract|agreement)\s+with\s+",
        t,
        re.I,
    )
    if frm:
        m = after(frm.end(), 5)
        # "bought WTI from trader Vitol, its largest purchase of U.S. crude": the company it
        # bought from sells, whatever country the crude comes from
        if m and (
            not supplier_code
            or (m.actor_type == ORGANIZATION and not FACILITY_AFTER_RE.match(t, m.end - s0))
        ):
            # (not "from the CPC terminal": where it was loaded; the origin's code stays)
            supplier, supplier_code = m, code(m) or supplier_code
    # Recipient: "Y's access", "Y received", "(shipments|exports) to Y", "going to Y"
    recipient = None
    acc = re.search(r"access\s+to\b", t, re.I)
    if acc:
        recipient = before(acc.start(), 40)
    # "Imports of Russian crude by India rose": the importer follows "by"
    imports_by = IMPORTS_BY_RE.search(t)
    if recipient is None and imports_by:
        recipient = after(imports_by.end(), 5)
    rec_verb = re.search(rf"\b(?:{RECEIVE_VERBS})\b", t, re.I) or BUYER_RE.search(t)
    recipient_code = None
    if recipient is None and rec_verb:
        # "Argus said Indian refiners bought …": the buyer follows the reporting verb.
        floor = max(
            (v.end() for v in _reporting_verb_re().finditer(t, 0, rec_verb.start())), default=0
        )
        buyers = BUYER_GROUP_RE.search(t[floor : rec_verb.start()])
        if buyers and gazetteer.country_code_for_demonym(buyers.group(1)):
            recipient_code = gazetteer.country_code_for_demonym(buyers.group(1))
        else:
            found = before(rec_verb.start(), 60)
            relative = RELATIVE_BEFORE_RE.search(t, 0, rec_verb.start())
            if found is None and relative:
                # "Reliance, which runs the world's biggest refinery, has stopped taking …"
                found = before(relative.start(), 60)
            group_in = GROUP_IN_RE.search(t, floor, rec_verb.start()) if found is None else None
            if group_in:
                # "Refiners in India took …": a country named as a place holds the buyers
                recipient_code = next(
                    (
                        p.country_code
                        for p in actors.places_in(sentence.index)
                        if p.is_country and p.start == s0 + group_in.end()
                    ),
                    None,
                )
            if found is not None and found.start - s0 >= floor:
                recipient = found
            elif floor and PRONOUN_SUBJECT_RE.fullmatch(t, floor, rec_verb.start()):
                # "Kenya Petroleum Refineries said it had bought …": the pronoun is the speaker
                recipient = before(floor, 80)
    to = re.search(
        r"\b(?:shipments?|exports?|deliveries|supplies|cargoes|going|sent|flowing)\s+(?:[^.;]{0,30}?\s)?to\s+"
        r"|\b(?:bound|headed|destined)\s+for\s+|\bimports?\s+(?:[^;]{0,30}?\s)?into\s+",
        t,
        re.I,
    )
    if recipient is None and to and abs(to.start() - commodity.start()) <= 60:
        recipient = after(to.end(), 5)
        recipient_code = recipient_code or (None if recipient else group_after(to.end()))
    if recipient is None and recipient_code is None and inherited is not None:
        recipient, recipient_code = inherited
    if recipient is None and recipient_code is None:
        return None
    recipient_code = code(recipient) if recipient is not None else recipient_code
    if supplier_code is None:
        # "the refinery took 2mn bl of WTI": a grade says where the crude comes from
        grade = GRADE_RE.search(t)
        origin = crude_grade_origins().get(grade.group("c")) if grade else None
        if origin and origin != recipient_code:
            supplier_code = origin
            supplier = supplier or _country_mention(actors, origin)
    if supplier is None and supplier_code is None and rec_verb:
        # "Cuba has received $N in oil" with the supplier only in the article's subject. A
        # country named in this very sentence that the frame did not make the supplier plays
        # another part ("…, while Pakistan struggled with shortages"), so it is not borrowed.
        here = {code(m) for m in mentions if m.actor_type == COUNTRY}
        supplier_code = _implied_supplier(
            [(c, n) for c, n in context.focus if c != recipient_code and c not in here],
            context.sources(),
        )
        supplier = _country_mention(actors, supplier_code) if supplier_code else None
    if supplier is None and supplier_code is None:
        return None  # a company with no known country still supplies ("crude from Rosneft")
    return supplier, recipient, supplier_code, recipient_code


# Where a flow's subject cannot be before: a relative ("…, under which the plant will
# supply …") or a source named first ("According to figures released by X, Y shipped …")
RELATIVE_OPENER_RE = re.compile(r",\s*(?:under|in|by|through)\s+which\b|\bwhereby\b", re.I)
SOURCE_FIRST_RE = re.compile(r"\s*according\s+to\b[^,;]{1,120},", re.I)
# "the Kazakh plant will supply", "the Algerian company has warned": a description standing for
# a company the article has named
DESCRIBED_PARTY_RE = re.compile(
    r"\b[Tt]he\s+(?:(?P<demonym>[A-Z][a-z]+)\s+)?(?:state(?:-owned)?\s+)?"
    r"(?P<noun>plant|refinery|refiner|company|firm|producer|supplier|trader|exporter)\s+"
    r"(?:[a-z]+\s+){0,2}$"
)


DESCRIBED_LOOKBACK = 8  # organizations named before a description that may stand for one


def _described_party(actors: ActorAnalysis, before: str, pos: int) -> Mention | None:
    """The last organization named before `pos` that the description ending `before` fits:
    of the demonym's country when there is one, and named for the noun when it names a plant
    ("Pavlodar Petrochemical Plant")."""
    described = DESCRIBED_PARTY_RE.search(before)
    if described is None:
        return None
    demonym = described.group("demonym")
    country = gazetteer.country_code_for_demonym(demonym) if demonym else None
    if demonym and country is None:
        return None
    noun = described.group("noun")
    named_for_noun = noun in ("plant", "refinery")
    if country is None and not named_for_noun:
        return None  # "the company", "the supplier" alone: too vague to pick one
    earlier = [m for m in actors.mentions if m.start < pos and m.actor_type == ORGANIZATION]
    for m in reversed(earlier[-DESCRIBED_LOOKBACK:]):
        code = _actor_code(m, actors)
        if named_for_noun:
            # "the Kazakh plant": the last body named a plant, of that country or of none
            if noun in m.name.lower() and (country is None or code in (None, country)):
                return m
        elif code == country:
            return m  # "the Algerian company": the last Algerian company named
    return None


def _country_mention(actors: ActorAnalysis, code: str | None) -> Mention | None:
    return next(
        (m for m in actors.mentions if m.actor_type == COUNTRY and m.country_code == code), None
    )


def _implied_supplier(candidates: list[tuple[str, int]], sources: set[str]) -> str | None:
    """The country a supplier-less receipt borrows: one the article shows as a source of oil
    ("Venezuelan crude", an earlier flow's supplier), else the one other country the article
    is clearly about. Among several countries of like weight ("Japan and South Korea are the
    biggest buyers …") none is implied."""
    known = [c for c, _ in candidates if c in sources]
    if known:
        return known[0]
    if len(candidates) == 1 or candidates and candidates[0][1] >= 2 * candidates[1][1]:
        return candidates[0][0]
    return None


ORIGIN_RE = re.compile(
    rf"{ORIGIN_COMMODITY}"
    rf"|\b({ORIGIN_NAME})['’]s?\s+(?:[a-z-]+\s+)?(?:oil|crude|fuel|LNG)\s+(?:exports|"
    r"shipments|supplies|deliveries|cargoes)\b"
)


BUYING_RE = re.compile(rf"\b(?:{RECEIVE_VERBS}|buyers?|importers?|purchasers?)\b", re.I)


def _buyer_countries(sentences: list[Sentence], actors: ActorAnalysis) -> set[str]:
    """Countries the article shows buying or receiving oil ("Japan and South Korea are the
    biggest LNG buyers"): a buyer is no one's implied supplier."""
    buyers: set[str] = set()
    for sentence in sentences:
        if not COMMODITY_KEYWORDS.search(sentence.lowered):
            continue
        verb = BUYING_RE.search(sentence.text)
        if verb is None:
            continue
        clause = _clause_start(sentence.text, 0, verb.start())
        for m in actors.in_sentence(sentence.index):
            if m.actor_type == COUNTRY and clause <= m.start - sentence.start < verb.start():
                buyers.add(m.country_code)
    return buyers


def _oil_origins(sentences: list[Sentence]) -> set[str]:
    """Countries the article names as a source of oil ("Venezuelan crude", "Iran's oil
    exports")."""
    codes = set()
    for sentence in sentences:
        if not COMMODITY_KEYWORDS.search(sentence.lowered):
            continue
        for m in ORIGIN_RE.finditer(sentence.text):
            word = m.group(1) or m.group(2)
            code = _origin_code(word) or gazetteer.country_code_for(word)
            if code:
                codes.add(code)
    return codes


def _focus_countries(text: str, actors: ActorAnalysis) -> list[tuple[str, int]]:
    """Countries the article is about, by mentions plus demonyms, most named first, with how
    often: the implied partner."""
    counts: Counter[str] = Counter()
    for m in actors.mentions:
        if m.actor_type == COUNTRY and m.country_code:
            counts[m.country_code] += 1
    for word in re.findall(r"\b[A-Z][a-zà-ÿ]+\b", text):
        code = gazetteer.country_code_for_demonym(word)
        if code:
            counts[code] += 1
    return counts.most_common()


def _number(text: str) -> float | None:
    """'322', '1,200,000', '1.200.000' (European grouping), '2.5' → float; None if unreadable."""
    t = text.strip().rstrip(".,")
    if t.count(".") > 1 and "," not in t:
        t = t.replace(".", "")
    t = t.replace(",", "")
    try:
        return float(t)
    except ValueError:
        return None


# "the 650,000 b/d Zentra refinery", "its 22mn t/yr plant": a capacity, not a volume moved
CAPACITY_AFTER_RE = re.compile(
    r"\s+(?:[A-Z][\w-]*\s+){0,3}(?:[a-z-]+\s+){0,2}?(?:refinery|refineries|plant|unit|"
    r"terminal|facility|train|complex|capacity|pipeline)\b"
)


def _amount(text: str) -> tuple[float | None, str | None]:
    """The volume or value shipped; a price ("$80 a barrel") is not an amount."""
    for m in AMOUNT_RE.finditer(text):
        if re.match(r"\s*(?:a|per)\s+barrel\b", text[m.end() :], re.I):
            continue
        if CAPACITY_AFTER_RE.match(text, m.end()):
            continue
        if m.group("usd"):
            value = _number(m.group("usd_n"))
            scale = SCALE.get((m.group("usd_scale") or "").lower(), 1)
            return (value * scale, "usd") if value is not None else (None, None)
        n = m.group("n")
        # "two million barrels": a number in words
        worded = None if n[0].isdigit() else parse_number(n)
        value = _number(n) if n[0].isdigit() else float(worded) if worded is not None else None
        if value is None:
            return None, None
        value *= SCALE.get((m.group("scale") or "").lower(), 1)
        unit = m.group("unit").lower()
        period = PER_PERIOD_AFTER_RE.match(text, m.end())
        if unit in ("barrels", "tonnes", "tons") and period:
            # "20,000 barrels of crude a day", "12,000 tonnes of diesel a month"
            every = (period.group(1) or period.group(2)).lower()
            every = {"dai": "day", "annual": "year"}.get(every, every)
            unit = f"{'tonnes' if unit == 'tons' else unit} per {every}"
        return value, UNIT.get(unit, unit.replace(" ", "_"))
    return None, None


DEAL_TO_RE = re.compile(
    r"\b(?:deal|agreement|contract|accord|pact|memorandum|tender)\s+(?:[\w-]+\s+){0,3}?to\s+"
    r"(?:supply|deliver|ship|sell|provide|export|buy|import|purchase|receive)\b",
    re.I,
)


def _status(text: str) -> str:
    if THREAT_RE.search(text):
        return "threatened"
    if RESUMED_RE.search(text):
        return "resumed"
    if HALTED_RE.search(text):
        return "halted"
    if PLANNED_RE.search(text) or DEAL_TO_RE.search(text):
        return "planned"
    return "flowing"


def _period_start(period_text: str, published_at: date | None) -> date | None:
    m = re.search(r"\b((?:19|20)\d{2})\b", period_text)
    if m and re.match(r"(?:since|from|starting|beginning|in|during|between)", period_text, re.I):
        return date(int(m.group(1)), 1, 1)
    return resolve(period_text, published_at) if published_at else None


def _party(actor: Mention | None, country_code: str | None) -> int | str | None:
    """Who a flow's end is: the actor when named (Petrobras and Brazil are two suppliers, though
    one country), else its country."""
    return actor.entity_key if actor is not None else country_code


def _dedupe(flows: list[OilFlow]) -> list[OilFlow]:
    kept: dict[tuple[int | str | None, int | str | None], OilFlow] = {}
    for f in flows:
        key = (
            _party(f.supplier, f.supplier_country_code),
            _party(f.recipient, f.recipient_country_code),
        )
        if key not in kept or kept[key].amount is None and f.amount is not None:
            kept[key] = f
    return list(kept.values())
