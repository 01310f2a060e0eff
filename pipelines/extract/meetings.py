"""Meetings, visits, calls, summits and ceremonies between named actors.

A trigger phrase fixes the kind; the subject is the nearest actor before it in the clause (or
the last person named, for "He met …"); the others are the actors after it up to the end of
the clause. A visit to a place in another country makes that country the host.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from pipelines.extract import gazetteer
from pipelines.extract.actors import (
    COUNTRY,
    HONORIFIC_WORDS,
    PERSON,
    TITLE_ABBREVIATIONS,
    ActorAnalysis,
    Mention,
    Place,
)
from pipelines.extract.dates import find_date_expressions, resolve
from pipelines.extract.lexicon import portfolio_words, title_words
from pipelines.extract.modality import PLANNED_RE
from pipelines.extract.sentences import Sentence, dateline_end, keyword_re, lowered_re

# Where and when, between "held talks" and "with": "in Cairo on Monday", "here on Tuesday",
# "Monday night".
ADVERBIALS = (
    r"(?:\s+(?:(?:in|at)\s+(?:the\s+)?(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,2}|here|there|"
    r"today|yesterday|tonight|(?:on|last|this|late|early)\s+\w+|\w+day|night|morning|"
    r"afternoon|evening)){0,3}"
)

# (kind, pattern, subject role, object role, keywords). The keywords are lower-case words
# every match of the pattern contains (at least one of them): a sentence holding none of
# them cannot match, and skips the case-insensitive pattern, the slow part of this module.
_TRIGGER_SPECS: list[tuple[str, str, str, str, tuple[str, ...]]] = [
    (
        "call",
        # "spoke by phone on Wednesday with X", "spoke by phone again late on Monday with X"
        r"\b(?:spoke|spoken|speaks|talked|talks|speak)\s+(?:by|on the|over the|over)\s+(?:tele)?phone"
        r"(?:\s+(?:again|earlier|later|late|early|on|last|this|\w+day|night|morning|evening)){0,4}"
        r"\s+(?:with|to)\b",
        "participant",
        "participant",
        ("phone",),
    ),
    (
        "call",
        r"\b(?:held|had|holds|has)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?(?:(?:(?:tele)?phone|video|"
        rf"virtual|online)\s+(?:call|conversation|talks|conference|meeting|summit)|"
        # "held a videoconference with X"
        rf"video-?conference|teleconference){ADVERBIALS}"
        r"\s+with\b",
        "participant",
        "participant",
        ("phone", "video", "virtual", "online", "teleconference"),
    ),
    (
        "call",
        r"\b(?:phoned|telephoned)\b(?=\s+[A-Z])",
        "participant",
        "participant",
        ("phoned",),
    ),
    # "held a call with X", "had a brief call with X"
    (
        "call",
        r"\b(?:held|had|holds|has)\s+a\s+(?:[\w-]+\s+)?call\s+with\b",
        "participant",
        "participant",
        ("call",),
    ),
    # "X spoke with Y by phone", "X talked to Y in a phone call"
    (
        "call",
        r"\b(?:spoke|speaks|talked|talks)\s+(?:with|to)\b(?=[^.;]{0,80}\b(?:by\s+(?:tele)?phone|"
        r"(?:in|during)\s+a\s+(?:tele)?phone\s+call|over\s+the\s+phone)\b)",
        "participant",
        "participant",
        ("phone",),
    ),
    (
        "call",
        # "received a phone call today from X", "made a brief telephone call on Monday to X"
        # (not "received a courtesy call from X": a visit)
        r"\b(?:received|receives|got|made|placed|took)\s+a\s+(?:(?!courtesy\b)[\w-]+\s+)?"
        r"(?:(?:tele)?phone\s+)?"
        rf"call{ADVERBIALS}\s+(?:from|to)\b",
        "participant",
        "participant",
        ("call",),
    ),
    # "In a telephone call with X, President Y urged …": the subject follows the phrase.
    (
        "fronted_call",
        r"^(?:in|during)\s+(?:a|an|their)\s+(?:[\w-]+\s+)?(?:tele)?phone\s+"
        r"(?:call|conversation)\s+with\b",
        "participant",
        "participant",
        ("phone",),
    ),
    # "Minister X, in a telephone conversation with Y on Wednesday, sought …"
    (
        "call",
        r"(?<=,)\s+(?:in|during)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:tele)?phone\s+"
        r"(?:call|conversation)\s+with\b"
        # "X discussed the border in a phone call with Y", "… in a video call on Wednesday with Y"
        r"|(?<=[a-z])\s+(?:in|during)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:(?:tele)?phone|video)\s+"
        rf"(?:call|conversation){ADVERBIALS}\s+with\b"
        # "X discussed the situation by telephone with Y"
        r"|(?<=[a-z]\s)by\s+(?:tele)?phone\s+with\b",
        "participant",
        "participant",
        ("phone", "video"),
    ),
    # "X and Y discussed the border in a phone call on Tuesday": the subjects called.
    (
        "mutual_call",
        r"(?<=\S)\s+(?:in|during)\s+(?:a|an|their)\s+(?:[\w-]+\s+)?(?:tele)?phone\s+"
        r"(?:call|conversation)\b(?!\s+with\b)",
        "participant",
        "participant",
        ("phone",),
    ),
    # "X and Y spoke by phone on Tuesday", "X and Y held a phone call": no counterpart after
    (
        "mutual_call",
        r"\b(?:spoke|talked|conferred)\s+(?:by|over\s+the|on\s+the)\s+(?:tele)?phone\b"
        r"(?![^.;]{0,40}?\b(?<!according )(?:with|to)\b)"
        r"|\b(?:held|had)\s+a\s+(?:[\w-]+\s+)?(?:(?:tele)?phone\s+)?(?:call|conversation)\b"
        # (not "held a call with Y"; "held a phone call to discuss …" is theirs)
        r"(?!\s+(?:with|from)\b)(?!\s+to\s+(?:(?-i:[A-Z])|the\s|his\s|her\s|their\s))",
        "participant",
        "participant",
        ("phone", "call", "conversation"),
    ),
    # "X and Y held a joint press conference in Delhi"
    (
        "mutual",
        r"\b(?:held|hold|holds|gave|give|addressed)\s+a\s+joint\s+(?:press|news)\s+conference\b",
        "participant",
        "participant",
        ("joint",),
    ),
    # "X's talks with Y ended without a deal": the possessor met Y
    (
        "meeting",
        r"(?<=\w)['’]s?\s+(?:[\w-]+\s+){0,2}?(?:talks|meeting|meetings)\s+with\b",
        "participant",
        "participant",
        ("talks", "meeting"),
    ),
    # "Mr X said the deal followed his talks in Dhaka last week with Y"
    (
        "meeting",
        rf"\b(?:his|her)\s+(?:[\w-]+\s+)?(?:talks|meeting){ADVERBIALS}\s+with\b",
        "participant",
        "participant",
        ("talks", "meeting"),
    ),
    # "X held an official reception for Y", "X hosted a state dinner for Y"
    (
        "reception",
        r"\b(?:held|hosted|gave|threw|offered)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:reception|dinner|banquet|luncheon|lunch|breakfast)\s+(?:in\s+honou?r\s+of|for)\b",
        "host",
        "visitor",
        ("reception", "dinner", "banquet", "luncheon", "lunch", "breakfast"),
    ),
    # "X played host to Y"
    (
        "reception",
        r"\b(?:played|plays|playing)\s+host\s+to\b",
        "host",
        "visitor",
        ("host",),
    ),
    # "X was received by Y": the subject is the guest.
    (
        "reception_passive",
        r"\b(?:was|were|been|being)\s+(?:(?:\w+ly|later|also|then|again|first|warmly)\s+)?"
        r"(?:received|welcomed|hosted|greeted)"
        # "was received at the Kremlin by Y": a venue may stand before the host
        # "was received on Monday by Y"
        r"(?:\s+in\s+audience)?(?:\s+(?:on|last)\s+\w+(?:\s+(?:morning|afternoon|evening|night))?)?"
        r"(?:\s+(?:in|at)\s+[^,;.]{1,40}?)?\s+by\b"
        # "X and Y, hosted by Z": a participle after the guests
        r"|(?<=,)\s+(?:hosted|received|welcomed)\s+by\b",
        "visitor",
        "host",
        ("received", "welcomed", "hosted", "greeted"),
    ),
    # Press releases: "X paid a courtesy call on Y", "Y received a courtesy call from X"
    (
        "courtesy",
        r"\b(?:paid|pays|made|makes)\s+a\s+courtesy\s+(?:call|visit)\s+(?:on|to)\b",
        "visitor",
        "host",
        ("courtesy",),
    ),
    (
        "reception",
        r"\b(?:received|receives|hosted|hosts)\s+a\s+courtesy\s+(?:call|visit)\s+from\b"
        r"|\b(?:granted|grants|gave)\s+(?:an\s+)?audience\s+to\b",
        "host",
        "visitor",
        ("courtesy", "audience"),
    ),
    (
        "summit",
        r"\b(?:held|hold|holds|attended|attend|at|presided\s+over|chaired|co-chaired)\s+(?:a|the)\s+"
        # "presided over the ASEAN Plus Three Summit this morning with X, Y and Z"
        rf"(?:[\w’'-]+\s+){{0,4}}?summit(?:\s+(?:with|in|between)|{ADVERBIALS}\s+with)\b",
        "participant",
        "participant",
        ("summit",),
    ),
    ("ceremony", r"\blaid\s+a\s+wreath\b", "participant", "participant", ("wreath",)),
    # "Xi held a welcome ceremony for Tokayev": the host and the guest it honoured (not a
    # funeral or memorial "for the late X")
    (
        "ceremony",
        r"\b(?:held|holds)\s+(?:a|an)\s+(?!(?:[\w-]+\s+)?(?:funeral|memorial|mourning|burial|"
        r"commemorat\w*|remembrance|state funeral)\b)(?:[\w-]+\s+){0,2}ceremony\s+for\b"
        r"(?!\s+the\s+late\b)",
        "participant",
        "participant",
        ("ceremony",),
    ),
    (
        "ceremony",
        r"\b(?:attended|presided over|witnessed)\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}"
        r"(?:ceremony|signing)\b",
        "participant",
        "participant",
        ("ceremony", "signing"),
    ),
    # "The agreement was signed by X and Y in a ceremony witnessed by …": every person named
    # between "by" and the ceremony signed.
    (
        "signed_by",
        r"\b(?:was|were|been)\s+signed\s+by\b(?=[^;]{0,250}?\b(?:in|at|during)\s+a\s+"
        r"(?:[\w-]+\s+)?ceremony\b)"
        # "was signed at the Energy Secretariat by X and Y", "was signed by X and Y in the
        # presence of Z", "the documents were exchanged by X and Y": in person too
        # "was signed on Monday at the ministry in Dubai by X and Y"
        r"|\b(?:was|were|been)\s+signed\s+(?:on\s+(?-i:[A-Z])\w+(?:\s+\d{1,2})?\s+)?(?:at|in)\s+"
        r"(?:the\s+)?(?-i:[A-Z])[^,;.]{0,50}?\s+by\b"
        r"|\b(?:was|were|been)\s+signed\s+(?:on\s+(?-i:[A-Z])\w+(?:\s+\d{1,2})?\s+)?by\b"
        r"(?=[^;]{0,200}?\bin\s+the\s+presence\s+of\b)"
        r"|\b(?:was|were|been)\s+exchanged\s+by\b"
        # "The agreement was signed by X and Y": two signatures on one accord (not a letter)
        r"|\b(?:agreement|accord|deal|memorandum|treaty|contract|protocol|pact|MoU|declaration|"
        r"document)s?"
        r"\s+(?:was|were)\s+signed\s+by\b"
        # "… presided over the signing ceremony of an agreement …, signed by X and Y."
        r"|(?<=,)\s+signed\s+by\b",
        "participant",
        "participant",
        ("signed", "exchanged"),
    ),
    # "X and Y signed the accord at a ceremony", "X signed a deal with Y at a ceremony": a
    # signing is an in-person event only when the sentence says it was a ceremony.
    (
        "signing",
        # "… inked the document, while Minister Z witnessed the ceremony", "… signed four
        # memorandums, in the presence of the two leaders"
        r"\b(?:signed|signs|inked)\b(?=[^.;]{0,160}\b(?:ceremony|in\s+the\s+presence\s+of)\b)",
        "participant",
        "participant",
        ("signed", "signs", "inked"),
    ),
    # "Following the talks, in the presence of the two ministers, A and B signed a memorandum":
    # the witnesses come first, the signers after their comma
    (
        "presence_signing",
        r"\b(?:signed|signs|inked)\b",
        "participant",
        "participant",
        ("signed", "signs", "inked"),
    ),
    (
        "meeting",
        r"\b(?:met|meets|meet|meeting)\s+(?:with\s+)?",
        "participant",
        "participant",
        ("met", "meet"),
    ),
    (
        "meeting",
        r"\b(?:held|holds|hold|had|has)\s+(?:[\w-]+\s+){0,2}(?:talks|meeting|meetings|discussions|consultations|"
        r"(?:working\s+)?session|tête-à-tête|tete-a-tete)"
        # "held talks in Cairo on Monday with X", "held official talks here on Tuesday with X"
        rf"{ADVERBIALS}\s+with\b",
        "participant",
        "participant",
        ("talks", "meeting", "discussions", "consultations", "session", "tête", "tete"),
    ),
    (
        "meeting",
        r"\b(?:sat down|conferred)\s+with\b",
        "participant",
        "participant",
        ("sat down", "conferred"),
    ),
    # "X, Y and Z met in Berlin": no counterpart after the verb, the subjects met
    (
        "mutual",
        r"\bmet\b(?=\s+(?:in|at|on|for|during|last|again|privately|briefly|separately|"
        r"behind|earlier|later|twice|here|there|yesterday|today|overnight)\b|\s*[.,;])",
        "participant",
        "participant",
        ("met",),
    ),
    # "X and Y held talks in Moscow": the subjects are all the participants.
    (
        "mutual",
        r"\b(?:held|hold|holds|had)\s+(?:[\w-]+\s+){0,2}(?:talks|meeting|discussions|"
        rf"consultations)\b(?!{ADVERBIALS}\s+(?:with|between)\b)",
        "participant",
        "participant",
        ("talks", "meeting", "discussions", "consultations"),
    ),
    # "Reagan and Gorbachev sat down in Reykjavik"
    (
        "mutual",
        r"\bsat\s+down\b(?=\s+(?:in|at|for|on|together|face\s+to\s+face)\b)",
        "participant",
        "participant",
        ("down",),
    ),
    (
        "reception",
        # "X was received in Paris": a passive without "by" names no host, so no reception.
        r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbeing\s)"
        r"\b(?:received|receives|hosted|hosts|welcomed|welcomes|greeted|greets)\b"
        r"(?:\s+in\s+audience\b)?"
        # "received on Monday at the ministry's headquarters … the Director-General …, X"
        r"(?:\s+(?:on|last|this)\s+(?-i:[A-Z])[a-z]+day\b(?=\s+(?:at|in|a|an|the)\s))?"
        # State media put the venue first: "received in the Palace of Nations the Minister".
        # Lazy, so a guest's title right after the venue ("at the White House President X")
        # stays outside the trigger.
        # (The triggers ignore case, so the venue's capitals are tested case-sensitively.)
        r"(?:\s+(?:in|at)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*"
        r"(?:\s+(?:of\s+(?:the\s+)?)?(?-i:[A-Z])[\w'’-]*){0,4}?,?"
        r"(?=\s+(?:(?-i:[A-Z])|the\s|his\s|her\s)))?"
        # (a venue after a determiner: "received in his office today X")
        r"(?=\s+(?:(?-i:[A-Z])|the\s|his\s|her\s|(?:in|at)\s+(?:his|her|their|the)\s)"
        r"|(?<=day)\s+(?:at|in|a|an)\s)"
        # "welcomed the visit of X", "welcomed the decision by X": approval, not a reception
        r"(?!\s+the\s+(?:[\w-]+\s+)?(?:visit|decision|move|announcement|news|agreement|deal|"
        r"proposal|plan|offer|initiative|resolution|statement|sanctions|package|step|talks|"
        r"ceasefire|truce|release|return|election|vote|outcome|progress|report|call|news)\b)",
        "host",
        "visitor",
        ("receive", "host", "welcome", "greet"),
    ),
    (
        "visit",
        r"\b(?:visited|visits|visiting|toured|tours|paid\s+a\s+(?:[\w-]+\s+){0,2}visit\s+to|(?:arrived|arrives|landed|lands)\s+in)\b",
        "visitor",
        "host",
        ("visit", "tour", "arrive", "land"),
    ),
    ("visit", r"\b(?:visit|trip)\s+to\b", "visitor", "host", ("visit", "trip")),
    # "X, who is in Türkiye on a two-day official visit, …"
    (
        "visit",
        r"\b(?:is|was|are|were)\s+in\b(?=\s+[A-Z][^.;]{0,40}?\bon\s+(?:a|an|his|her|their)\s+"
        r"(?:[\w-]+\s+){0,3}(?:visit|trip|tour)\b)",
        "visitor",
        "host",
        ("visit", "trip", "tour"),
    ),
    (
        "visit",
        r"\b(?:travel|travels|traveled|travelled|traveling|travelling|flew|flies|fly|heads|"
        r"headed|went)\s+to\b",
        "visitor",
        "host",
        ("travel", "flew", "flies", "fly", "head", "went"),
    ),
    (
        "meeting",
        # "after talks with X", "after two days of talks in Accra with X"
        rf"\b(?:for|in|after|during)\s+(?:(?:[\w-]+\s+){{1,3}}of\s+)?talks{ADVERBIALS}\s+with\b",
        "participant",
        "participant",
        ("talks",),
    ),
    # "is due to visit Mexico", "will visit the Vatican"
    ("visit", r"\bvisit\b(?=\s+(?:[A-Z]|the\s+[A-Z]))", "visitor", "host", ("visit",)),
    # "Mr Tran called on President Y" (a courtesy call), not "called on Y to release …" (urged)
    ("called_on", r"\bcalled\s+on\b", "visitor", "host", ("called",)),
    # "X said he had spoken with Y": a conversation with a person (its medium unsaid)
    (
        "spoke",
        r"\b(?:spoke|spoken|speaks|talked)\s+(?:with|to)\b",
        "participant",
        "participant",
        ("spoke", "spoken", "speaks", "talked"),
    ),
    # "X briefed President Y on the attacks during a closed-door meeting": a briefing in person
    (
        "meeting",
        r"\bbriefed\b(?=[^.;]{0,120}\b(?:during|at|in)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}"
        r"(?:meeting|audience|session)\b)",
        "participant",
        "participant",
        ("briefed",),
    ),
    # "X raised with Y, in a meeting on the margins of …, the incident": a topic taken up with
    # someone, in a meeting the sentence names
    (
        "meeting",
        r"\b(?:raised|discussed|reviewed|pressed|conveyed|stressed|emphasi[sz]ed|reiterated|"
        r"underscored)\s+with\b(?=[^.;]{0,100}?\b(?:in|during|at)\s+(?:a|an|the|their)\s+"
        r"(?:[\w-]+\s+){0,2}(?:meeting|talks|audience)\b)",
        "participant",
        "participant",
        ("meeting", "talks", "audience"),
    ),
    # "a meeting between X and Y": no subject, the participants follow
    (
        "between",
        # "a meeting in Asunción on Sunday evening between X and Y"
        r"\b(?:meeting|meetings|talks|summit|phone call|call|encounter)"
        r"(?:\s+(?:in|at|on|last|earlier|this)\s+[^,;.]{0,50}?)?\s+between\b",
        "participant",
        "participant",
        ("between",),
    ),
    # "The negotiations in Doha brought together X and Y": a meeting noun is the subject
    (
        "between",
        r"\b(?:talks|meeting|meetings|negotiations|summit|discussions|consultations)\b"
        r"[^.;,]{0,60}?\bbrought\s+together\b",
        "participant",
        "participant",
        ("brought",),
    ),
]
TRIGGERS: list[tuple[str, re.Pattern[str], str, str]] = [
    (kind, re.compile(pattern, re.IGNORECASE), subj, obj)
    for kind, pattern, subj, obj, _words in _TRIGGER_SPECS
]
TRIGGER_KEYWORDS: list[re.Pattern[str]] = [keyword_re(*words) for *_spec, words in _TRIGGER_SPECS]
# Cheap pre-filter: a sentence without any of these words has no trigger.
TRIGGER_WORDS_RE = re.compile(
    r"\b(?:met|meet|meets|meeting|call|phone|phoned|telephone|telephoned|video|courtesy|audience|summit|wreath|ceremony|talks|"
    r"videoconference|video-conference|teleconference|"
    r"signed|signs|inked|signing|exchanged|"
    r"discussions|consultations|conferred|sat down|received|receives|hosted|hosts|welcomed|"
    r"greeted|greets|joint|host|conversation|reception|dinner|banquet|luncheon|lunch|breakfast|"
    r"session|tête|tete|"
    r"welcomes|visit\w*|toured|tours|arrived|arrives|landed|lands|trip|travel\w*|flew|flies|fly|"
    r"heads|headed|went|between|brought|spoke|spoken|speaks|talked|called)\b",
    re.IGNORECASE,
)
TRIGGER_WORDS_LOWERED_RE = lowered_re(TRIGGER_WORDS_RE)  # the same test, faster
# Nouns after a trigger that show the verb is not about meeting someone.
NOT_A_COUNTERPART_RE = re.compile(
    r"\b(?:criticism|opposition|resistance|protests?|skepticism|scepticism|approval|applause|"
    r"silence|success|failure|requirements?|demands?|deadline|targets?|expectations?|letter|"
    r"message|messages|calls?|phone call|invitation|request|complaints?|support|backing|"
    r"condemnation|praise|reactions?|response|award|prize|funding|aid|shipments?|"
    r"goals?|standards?|criteria|obligations?|conditions?|threshold|quota|needs)\b",
    re.IGNORECASE,
)
CANCELLED_RE = re.compile(r"\b(?:cancel(?:l)?ed|called off|postponed|scrapped|put off)\b", re.I)
REQUESTED_RE = re.compile(r"\b(?:asked to|requested|sought|seeks?|wants? to)\b", re.I)
# "invited X to attend the follow-up meeting": "invited … to" may run long, within its clause.
INVITED_RE = re.compile(r"\binvited\b[^;:.]{0,60}\bto\b", re.I)
ACCEPTED_INVITATION_RE = re.compile(
    r"\b(?:accepted|accepts|accepting)\s+(?:an|the|his|her|their)\s+invitation\s+to\b", re.I
)
# The event's own time, when it is the future: "the meeting in Astana next year".
FUTURE_TIME_RE = re.compile(
    r"\b(?:next (?:week|month|year)|later this (?:week|month|year))\b", re.I
)
# "with visiting X", "received the visiting X": an adjective, not the subject's visit.
VISITING_ADJECTIVE_RE = re.compile(
    r"\b(?:with|the|a|an|his|her|their|its|by|and|met|meets|meet|received|receives|hosted|"
    r"hosts|welcomed|welcomes|greeted|greets|for|to)\s+$",
    re.IGNORECASE,
)
CLAUSE_END_RE = re.compile(
    r"[;]|,\s*(?:who|which|where|while|but|and then)\b"
    # "…, Türkiye's Communications Directorate said": the source, not a participant
    r"|,\s+(?:[\w’'.-]+\s+){0,5}?(?:said|says|reported|announced|added|stated|confirmed)\b"
    # a period ends the clause, not one after an initial or an abbreviated rank ("Engr. X")
    r"|(?=\.\s)(?<!\b[A-Z])"
    + "".join(rf"(?<!\b{a})" for a in [*TITLE_ABBREVIATIONS.split("|"), "Sheikh"])
    + r"\.\s"
)
# Triggers whose "with" may introduce something other than the counterpart: the person must
# come next ("raised with Vice Minister X", not "discussed with reporters what X said")
ADJUNCT_WITH_RE = re.compile(
    r"^(?:raised|discussed|reviewed|pressed|conveyed|stressed|emphasi[sz]ed|reiterated|"
    r"underscored)\s+with$|^by\s+(?:tele)?phone\s+with$",
    re.I,
)
# A negated verb earlier in the clause, for a trigger that is the verb's adjunct ("by phone")
NEGATED_VERB_RE = re.compile(r"(?:\bnot|\bnever|n['’]t)\b[^,;]{0,80}$", re.I)
NEGATION_RE = re.compile(
    r"\b(?:not|never|no|n[o']t|refused to|declined to|without)\s+(?:\w+\s+)?$", re.I
)


@dataclass
class Meeting:
    sentence_index: int
    meeting_kind: str
    status: str
    participants: list[tuple[int, str]]  # (entity key, role)
    place_name: str | None
    place_country_code: str | None
    date_text: str | None
    meeting_date: date | None
    evidence_text: str
    keys: frozenset[int] = field(default_factory=frozenset)


def extract_meetings(
    text: str, sentences: list[Sentence], actors: ActorAnalysis, published_at: date | None
) -> list[Meeting]:
    meetings: list[Meeting] = []
    last_place: Place | None = None
    last_person: Mention | None = None
    last_pair: tuple[int, int] | None = None
    for sentence in sentences:
        found = _sentence_meetings(sentence, actors, published_at, last_place, last_person)
        if not found and last_pair is not None:
            pair = _pair_meeting(sentence, last_pair, published_at)
            found = [pair] if pair else []
        meetings.extend(found)
        # Later meetings of the same trip happen where the last one did.
        placed = [m for m in found if m.place_name]
        if placed:
            last_place = next(p for p in actors.places if p.name == placed[-1].place_name)
        persons = [m for m in actors.in_sentence(sentence.index) if m.actor_type == PERSON]
        if persons:
            last_person = persons[0]
            keys = list(dict.fromkeys(m.entity_key for m in persons))
            # "The two leaders" are the two persons of the last sentence that named two
            last_pair = (keys[0], keys[1]) if len(keys) == 2 else None
    return _dedupe(meetings)


# "The two leaders held talks by phone", "Both ministers also met on Friday": the pair named
# in the sentence before.
PAIR_SUBJECT_RE = re.compile(
    # "Following the meeting, the two ministers signed …": an opening phrase may come first
    r"(?:[A-Z][\w-]*(?:\s+[\w-]+){0,4},\s+)?"
    r"(?:The|Both|the)\s+(?:two\s+)?(?:leaders|presidents|prime ministers|ministers|"
    r"foreign ministers|heads of state|counterparts|sides' leaders)\s+"
    r"(?:(?:also|later|then|briefly|again|first)\s+)?"
    r"(?P<trigger>met|held\s+(?:(?:phone|telephone|video|bilateral|closed-door|separate)\s+)?"
    r"(?:talks|a\s+(?:phone\s+|telephone\s+|video\s+)?(?:call|meeting))|"
    r"spoke\s+(?:by|on the|over the)\s+(?:tele)?phone|sat\s+down|conferred|"
    r"signed\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:memorandum|agreement|accord|deal|treaty|"
    r"declaration|contract|protocol))\b"
)
PHONE_WORDS_RE = re.compile(r"\b(?:phone|telephone|video|call)\b", re.I)


def _pair_meeting(
    sentence: Sentence, pair: tuple[int, int], published_at: date | None
) -> Meeting | None:
    body = dateline_end(sentence.text)
    m = PAIR_SUBJECT_RE.match(sentence.text, body)
    if m is None:
        return None
    # "held talks by phone": the medium may follow the trigger
    medium = sentence.text[m.start("trigger") : m.end("trigger") + 25]
    kind = (
        "ceremony"
        if m.group("trigger").lower().startswith("signed")
        else "call"
        if PHONE_WORDS_RE.search(medium)
        else "meeting"
    )
    status = _status(sentence.text, m.start("trigger"), m.end("trigger"))
    date_text, meeting_date = _when(sentence, m.start("trigger"), status, published_at)
    return Meeting(
        sentence_index=sentence.index,
        meeting_kind=kind,
        status=status,
        participants=[(pair[0], "participant"), (pair[1], "participant")],
        place_name=None,
        place_country_code=None,
        date_text=date_text,
        meeting_date=meeting_date,
        evidence_text=sentence.text,
        keys=frozenset(pair),
    )


def _sentence_meetings(
    sentence: Sentence,
    actors: ActorAnalysis,
    published_at: date | None,
    last_place: Place | None,
    last_person: Mention | None,
) -> list[Meeting]:
    lowered = sentence.lowered
    if not TRIGGER_WORDS_LOWERED_RE.search(lowered):
        return []
    mentions = actors.in_sentence(sentence.index)
    if not mentions:
        return []
    out: list[Meeting] = []
    used_triggers: list[tuple[int, int]] = []
    for (kind, pattern, subj_role, obj_role), keywords in zip(
        TRIGGERS, TRIGGER_KEYWORDS, strict=True
    ):
        if not keywords.search(lowered):
            continue
        for m in pattern.finditer(sentence.text):
            t_start, t_end = sentence.start + m.start(), sentence.start + m.end()
            if any(a <= t_start < b or t_start <= a < t_end for a, b in used_triggers):
                continue
            if _inside_mention(mentions, t_start) or NEGATION_RE.search(sentence.text[: m.start()]):
                continue
            if re.match(r"\s*(?:by|in|during)\s", m.group(0), re.I) and NEGATED_VERB_RE.search(
                sentence.text[: m.start()]
            ):
                continue  # "has never discussed the matter by telephone with X"
            if m.group(0).lower() == "visiting" and VISITING_ADJECTIVE_RE.search(
                sentence.text[: m.start()]
            ):
                continue  # "talks with visiting Polish President X": X is the visitor
            frame = _frame(kind, sentence, actors, mentions, m, last_person)
            if frame is None:
                continue
            kind_found, participants, host_code = frame
            keyed = _roles(participants, kind_found, subj_role, obj_role)
            if len({k for k, _ in keyed}) < 2:
                continue
            used_triggers.append((t_start, t_end))
            in_sentence = actors.places_in(sentence.index)
            # A call happens nowhere in particular: "with Chile's ambassador in Brasília" says
            # where the ambassador is posted
            cities = [
                p
                for p in in_sentence
                if p.start >= t_start and not p.is_country and kind_found != "call"
            ]
            # "the Emir of Kano … at the Villa in Abuja": where it happened follows in/at/to
            city = next(
                (p for p in cities if _introduced_place(sentence, p)),
                cities[0] if cities else None,
            )
            if city is None and kind_found != "call":
                # "In Beijing, Xi met …", "The talks in Doha brought together …" (not "Speaking
                # in London, X said he met Y")
                city = next(
                    (
                        p
                        for p in in_sentence
                        if p.start < t_start and not p.is_country and _venue_before(sentence, p)
                    ),
                    None,
                )
            place_country = host_code or (city.country_code if city else None)
            if (
                city is None
                and last_place is not None
                and kind_found != "call"
                and host_code in (None, last_place.country_code)
            ):
                city = last_place
                place_country = place_country or last_place.country_code
            status = _status(sentence.text, m.start(), m.end())
            date_text, meeting_date = _when(sentence, m.start(), status, published_at)
            out.append(
                Meeting(
                    sentence_index=sentence.index,
                    meeting_kind=kind_found,
                    status=status,
                    participants=keyed,
                    place_name=city.name if city else None,
                    place_country_code=place_country,
                    date_text=date_text,
                    meeting_date=meeting_date,
                    evidence_text=sentence.text,
                    keys=frozenset(k for k, _ in keyed),
                )
            )
            out.extend(_received_visits(actors, out[-1]))
            sequel = _placed_sequel(sentence, mentions, out[-1] if kind_found != "visit" else None)
            if sequel is not None:
                out.append(sequel)
    return out


# "later met Speaker X in Ain al-Tineh and Prime Minister Y at the Grand Serail": each
# counterpart with a place of its own is a meeting of its own, not a third participant.
PLACED_SEQUEL_RE = re.compile(
    r"\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w’'-]*(?:[\s-]+[\w’'-]+){0,3}?\s*,?\s+and\s+"
    r"(?:(?:then|later|also)\s+)?(?:(?:his|her|the)\s+)?(?:[A-Z][\w’'.-]*\s+){0,4}$"
)


def _placed_sequel(
    sentence: Sentence, mentions: list[Mention], meeting: Meeting | None
) -> Meeting | None:
    if meeting is None or meeting.meeting_kind not in ("meeting", "visit"):
        return None
    objects = [k for k, role in meeting.participants if role in ("host", "participant")]
    in_meeting = [m for m in mentions if m.entity_key in meeting.keys]
    if not objects or len(in_meeting) < 2:
        return None
    last = max(in_meeting, key=lambda m: m.end)
    for m in mentions:
        if m.start <= last.end or m.actor_type != PERSON or m.entity_key in meeting.keys:
            continue
        gap = sentence.text[last.end - sentence.start : m.start - sentence.start]
        if not PLACED_SEQUEL_RE.fullmatch(gap):
            if len(gap) > 120:
                return None
            continue  # the place itself may read as a name ("Ain al-Tineh")
        last_role = next(r for k, r in meeting.participants if k == last.entity_key)
        kept = [(k, r) for k, r in meeting.participants if k != last.entity_key]
        participants = [*kept, (m.entity_key, last_role)]
        return replace(
            meeting, participants=participants, keys=frozenset(k for k, _ in participants)
        )
    return None


RESIDENT_ENVOY_RE = re.compile(r"ambassador|envoy|charg[eé]|consul|high commissioner", re.I)


def _received_visits(actors: ActorAnalysis, meeting: Meeting) -> list[Meeting]:
    """'X received Iraqi Prime Minister Y in Riyadh': a visitor from another country, hosted in
    the host's own, made a visit there too (not an ambassador received where posted)."""
    here = meeting.place_country_code
    if meeting.meeting_kind != "meeting" or here is None:
        return []
    hosts = [actors.entity(k) for k, role in meeting.participants if role == "host"]
    if not hosts or any(h.country_code not in (None, here) for h in hosts):
        return []  # a host abroad: a delegation received in Paris by its own embassy
    visits = []
    for key, role in meeting.participants:
        visitor = actors.entity(key)
        if role != "visitor" or visitor.actor_type != PERSON:
            continue
        if visitor.country_code in (None, here):
            continue
        if visitor.title and RESIDENT_ENVOY_RE.search(visitor.title):
            continue
        country = actors.country_entity(here)
        visits.append(
            replace(
                meeting,
                meeting_kind="visit",
                participants=[(visitor.key, "visitor"), (country.key, "host")],
                keys=frozenset([visitor.key, country.key]),
            )
        )
    return visits


Frame = tuple[str, list[tuple[int, str]], str | None]


def _frame(
    kind: str,
    sentence: Sentence,
    actors: ActorAnalysis,
    mentions: list[Mention],
    m: re.Match[str],
    last_person: Mention | None,
) -> Frame | None:
    """(kind, [(entity key, 'subject'|'object')], host country) for one trigger, or None."""
    t_start, t_end = sentence.start + m.start(), sentence.start + m.end()
    if kind == "between":
        objects = _objects(sentence, mentions, t_end, None)
        if len(objects) < 2:
            return None
        if "brought" in m.group(0).lower() and any(o.actor_type != PERSON for o in objects):
            return None  # "the forum brought together investors from China and India"
        noun = m.group(0).split()[0].lower()
        found = "summit" if noun == "summit" else "call" if "call" in noun else "meeting"
        return found, [(o.entity_key, "object") for o in objects], None
    if kind == "signed_by":
        passive = re.search(r"\b(?:was|were|been)\b", m.group(0), re.I)
        if not passive and not re.search(r"\bceremony\b", sentence.text[: m.start()], re.I):
            return None  # ", signed by X": an in-person signing only after a named ceremony
        rest = sentence.text[m.end() :]
        # the signers end where the ceremony or its witnesses are named
        ceremony = re.search(
            r"\b(?:in|at|during)\s+a\s+(?:[\w-]+\s+)?ceremony\b|\bin\s+the\s+presence\s+of\b"
            r"|\bwitnessed\s+by\b",
            rest,
        )
        end = t_end + (ceremony.start() if ceremony else len(rest))
        signers = [x for x in mentions if t_end <= x.start < end and x.actor_type == PERSON]
        if len({x.entity_key for x in signers}) < 2:
            return None
        return "ceremony", [(x.entity_key, "object") for x in signers], None
    if kind == "presence_signing":
        # the last "in the presence of" before the verb
        presences = list(PRESENCE_RE.finditer(sentence.text, 0, m.start()))
        comma = sentence.text.find(",", presences[-1].end()) if presences else -1
        if comma < 0 or comma > m.start():
            return None
        signers = [
            x
            for x in mentions
            if sentence.start + comma < x.start and x.end <= t_start and x.actor_type == PERSON
        ]
        if len({x.entity_key for x in signers}) < 2:
            return None
        return "ceremony", [(x.entity_key, "object") for x in signers], None
    if kind == "fronted_call":
        objects = _objects(sentence, mentions, t_end, None)
        if not objects:
            return None
        comma = sentence.text.find(",", objects[-1].end - sentence.start)
        after = [
            x
            for x in mentions
            if comma >= 0 and x.start >= sentence.start + comma and x.actor_type == PERSON
        ]
        if not after or not re.fullmatch(
            r",\s*(?:[\w.-]+\s+){0,4}", sentence.text[comma : after[0].start - sentence.start]
        ):
            return None
        return (
            "call",
            [(after[0].entity_key, "subject")] + [(o.entity_key, "object") for o in objects],
            None,
        )
    subjects = _subjects(sentence, mentions, t_start, last_person, actors)
    if not subjects and kind == "visit" and VISIT_BY_RE.match(sentence.text, m.end()):
        # "The outage overshadowed a visit to Warsaw by X": the visitor follows "by"
        # (placeholder subject; the "by" rule below replaces it)
        subjects = [x for x in mentions if x.start >= t_end and x.actor_type == PERSON][:1]
    if not subjects:
        return None
    if kind in ("mutual", "mutual_call"):
        if len(subjects) < 2:
            return None
        found = "call" if kind == "mutual_call" else "meeting"
        return found, [(s.entity_key, "subject") for s in subjects], None
    if kind == "signing":
        signers = [s for s in subjects if s.actor_type == PERSON]
        # "signed a deal with Y at a ceremony"; not "with the backing of Y"
        with_word = re.match(r"\s+\w+(?:\s+[\w-]+){0,4}?\s+with\b", sentence.text[m.end() :])
        partners = []
        if with_word:
            after_with = t_end + with_word.end()
            partners = [
                o
                for o in _objects(sentence, mentions, after_with, subjects[0])
                if o.actor_type == PERSON
            ][:1]
            if partners and not _names_next(sentence, after_with, partners[0]):
                partners = []
        if len(signers) + len(partners) < 2:
            return None
        return (
            "ceremony",
            [(s.entity_key, "subject") for s in signers]
            + [(o.entity_key, "object") for o in partners],
            None,
        )
    subject = subjects[0]
    objects = _objects(sentence, mentions, t_end, subject)
    if (
        objects
        and (re.fullmatch(r"meeting\s*", m.group(0), re.I) or ADJUNCT_WITH_RE.search(m.group(0)))
        and not _names_next(sentence, t_end, objects[0])
    ):
        # "before meeting Putin" names whom; "in a meeting on the margins of the forum, the
        # incident near X" does not; "discussed with reporters the remarks X made" nor
        # "reached X by phone with questions about Y"
        objects = []
    if not objects:
        # "X held talks with the prime minister": the last person named with that title
        described = DESCRIBED_OBJECT_RE.match(sentence.text, m.end())
        person = described and _last_with_title(actors, described.group("title"), t_end)
        if person and person.entity_key != subject.entity_key:
            objects = [person]
    if not objects:
        objects = _unnamed_counterparts(sentence, actors, m.end(), subject)
    right_after = " ".join(sentence.text[t_end - sentence.start :].split()[:4])
    if NOT_A_COUNTERPART_RE.search(right_after):
        return None  # "met with criticism from X", "received a letter from X"
    if (
        kind != "visit"
        and objects
        and re.match(r"['’]s?\b", sentence.text[objects[0].end - sentence.start :])
    ):
        return None  # "welcomed Zelensky's peace plan", "met Putin's envoy": not that person
    keyed = [(s.entity_key, "subject") for s in subjects]
    if kind == "visit":
        # A visit is made by a person to a country: "citizens planning a trip" is not one.
        if subject.actor_type != PERSON:
            return None
        places = [p for p in actors.places_in(sentence.index) if p.start >= t_start]
        host_code = (
            _visit_host(places, objects)
            or _demonym_capital(sentence.text[m.end() :])
            or _the_country_visited(sentence, actors, sentence.start + m.end())
        )
        if host_code is None:
            return None
        by = VISIT_BY_RE.match(sentence.text, m.end())
        if by:
            # "the first visit to Lebanon by a senior Jordanian diplomat": the visitor
            # follows "by", by name or by nationality
            subject = _visitor_after_by(sentence, actors, mentions, by, host_code)
            if subject is None:
                return None
            keyed = [(subject.entity_key, "subject")]
        home = actors.country_of(subject)
        if host_code == home:
            return None
        return "visit", keyed + [(actors.country_entity(host_code).key, "object")], host_code
    if kind == "courtesy":
        if not objects or objects[0].actor_type != PERSON:
            return None
        return "meeting", keyed + [(objects[0].entity_key, "object")], None
    if kind == "called_on":
        if not objects or objects[0].actor_type != PERSON or subject.actor_type != PERSON:
            return None
        if URGED_AFTER_RE.match(sentence.text, objects[0].end - sentence.start):
            return None
        return "meeting", keyed + [(objects[0].entity_key, "object")], None
    if kind in ("spoke", "reception_passive"):
        # Person to person. "spoke to reporters after Putin left": for "spoke with" the person
        # is the very next thing named, titles aside.
        if not objects or objects[0].actor_type != PERSON or subject.actor_type != PERSON:
            return None
        if kind == "spoke" and not _names_next(sentence, t_end, objects[0]):
            return None
        return "meeting", keyed + [(objects[0].entity_key, "object")], None
    if kind == "reception":
        led = DELEGATION_LED_BY_RE.search(sentence.text, m.end(), m.end() + 120)
        if led:
            # "received on 11 March a delegation led by State Secretary X": its head
            head = next(
                (
                    x
                    for x in _without_qualifiers(sentence, mentions)
                    if x.start >= sentence.start + led.end() and x.actor_type == PERSON
                ),
                None,
            )
            if head is not None and head.start - sentence.start - led.end() < 140:
                objects = [head]
        # "X received Y" is a meeting only when Y is a person X hosted.
        if not objects or objects[0].actor_type != PERSON:
            return None
        return "meeting", keyed + [(o.entity_key, "object") for o in objects], None
    if objects and all(o.actor_type == COUNTRY for o in objects) and kind == "meeting":
        return None  # "met in Cuba" is a place, not a counterpart
    if not objects and len(subjects) < 2:
        return None
    return kind, keyed + [(o.entity_key, "object") for o in objects], None


def _roles(
    participants: list[tuple[int, str]],
    kind: str,
    subj_role: str,
    obj_role: str,
) -> list[tuple[int, str]]:
    """Subject/object positions to contract roles; a symmetric meeting has only participants."""
    roles = {"subject": subj_role, "object": obj_role}
    if kind not in ("visit", "meeting") or subj_role == "participant":
        roles = {"subject": "participant", "object": "participant"}
    out: list[tuple[int, str]] = []
    for key, position in participants:
        if key not in {k for k, _ in out}:
            out.append((key, roles[position]))
    return out


def _inside_mention(mentions: list[Mention], pos: int) -> bool:
    return any(m.start <= pos < m.end for m in mentions)


AT_PLACE_BEFORE_RE = re.compile(r"\b(?:at|inside|outside)\s+(?:the\s+)?$")
CLOSED_RELATIVE_RE = re.compile(r",\s*(?:who|which)\s[^,;]{1,80},(?=\s*(?:\w+\s+){0,2}$)")


def _subjects(
    sentence: Sentence,
    mentions: list[Mention],
    t_start: int,
    last_person: Mention | None,
    actors: ActorAnalysis,
) -> list[Mention]:
    """The actor(s) doing the meeting: 'X', 'X and Y', or 'He' for the last person named."""
    clause_start = sentence.start
    before_text = sentence.text[: t_start - sentence.start]
    # "Mr. Ruto, who has offered to mediate, also spoke …": a closed relative clause is blanked
    # out (same length, so offsets hold) and the subject before it stays in the clause.
    before_text = CLOSED_RELATIVE_RE.sub(lambda r: " " * len(r.group(0)), before_text)
    persons_by_end: dict[int, Mention] | None = None
    for b in re.finditer(r"[;:]|,\s*(?:but|and|while|who|which)\b|\bthat\b", before_text):
        if b.group(0).endswith("and"):
            if persons_by_end is None:
                persons_by_end = {x.end: x for x in mentions if x.actor_type == PERSON}
            if _closes_apposition(sentence, persons_by_end, b, t_start):
                continue  # "Argentina's Secretary of Energy, X, and Chile's …, Y, met"
        clause_start = sentence.start + b.end()
    candidates = [
        m
        for m in _without_qualifiers(sentence, mentions)
        if clause_start <= m.start
        and m.end <= t_start
        # "… made the announcement at the Royal Court after meeting X": a place, not a party
        and not (
            m.actor_type == "organization"
            and AT_PLACE_BEFORE_RE.search(sentence.text, 0, m.start - sentence.start)
        )
    ]
    if not candidates and re.search(r",\s*who\s+(?:[\w-]+\s+){0,6}$", before_text):
        # "Blinken, who met Netanyahu on Monday, said …", "X, who is on a two-day visit to
        # Turkey, …": the relative's antecedent
        comma = before_text.rfind(",")
        antecedent = [m for m in mentions if m.end - sentence.start <= comma]
        if antecedent and not sentence.text[antecedent[-1].end - sentence.start : comma].strip():
            last = antecedent[-1]
            if last.actor_type == COUNTRY and len(antecedent) > 1:
                # "X, State Minister for Power of the People's Republic of Bangladesh, who is
                # on a visit": the country closes the person's title
                person = antecedent[-2]
                gap = sentence.text[person.end - sentence.start : last.start - sentence.start]
                if person.actor_type == PERSON and TRAILING_TITLE_OF_RE.fullmatch(gap):
                    return [person]
            return [last]
    persons = [m for m in candidates if m.actor_type == PERSON]
    first = persons[0] if persons else candidates[0] if candidates else None
    if first is not None:
        group = [first]
        last_end = first.end
        for m in candidates:
            if m.start <= group[-1].start:
                continue
            gap = sentence.text[last_end - sentence.start : m.start - sentence.start]
            if (
                m.actor_type == COUNTRY
                and group[-1].actor_type == PERSON
                and last_end == group[-1].end
                and re.fullmatch(r"\s+of\s+(?:the\s+)?", gap)
            ):
                last_end = m.end  # "Presidents X of Paraguay and Y of Argentina": X's country
                continue
            last_end = m.end
            # "X and Y", "X, President Y and Prime Minister Z"
            if re.fullmatch(
                r"\s*(?:,\s*)?(?:and|&)\s+(?:[\w’'-]+\s+){0,6}?"
                r"(?:[\w’'-]+,\s+(?:[A-Z][\w’'.-]*\s+){0,3})?"
                r"|\s*,\s+(?:[A-Z][\w’'.-]*\s+){0,3}",
                gap,
            ):
                group.append(m)
            else:
                break
        return group
    # "He met …": a pronoun subject is the last person named before this sentence.
    # "… discussed during his bilateral meeting with X": a possessor too.
    if re.search(r"\b(?:he|she|his|her)\s+(?:[\w-]+\s+){0,2}$", before_text[-40:], re.I) and (
        last_person
    ):
        return [last_person]
    described = DESCRIBED_SUBJECT_RE.search(before_text, clause_start - sentence.start)
    if described:
        demonym = described.group("demonym")
        country = gazetteer.country_code_for_demonym(demonym) if demonym else None
        if demonym and not country:
            return []  # "the Energy minister": a capitalized word that names no country
        title = described.group("title")
        # "The President also met …" in a readout: capitalized and bare, the title stands for
        # the office holder the article is about, the first named with it
        principal = not demonym and not described.group("of") and title[:1].isupper()
        person = _last_with_title(
            actors, title, sentence.start, country, described.group("of"), first=principal
        )
        return [person] if person else []
    return []


# ", State Minister for Power, Energy and Mineral Resources of the People's Republic of ": a
# capitalized title after a name, ending in its country
TRAILING_TITLE_OF_RE = re.compile(
    r",\s+(?:the\s+)?[A-Z][^;]{0,150}?\s+of\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,3}(?:of\s+)?"
)


def _closes_apposition(
    sentence: Sentence, persons_by_end: dict[int, Mention], b: re.Match[str], t_start: int
) -> bool:
    """Whether ', and' (match `b`) joins two persons each set off by commas before the trigger
    at `t_start` ("the Minister of Energy, X, and Chile's Minister of Mines, Y, met"): a list
    of parties, not a new clause."""
    text = sentence.text
    person = persons_by_end.get(sentence.start + b.start())
    if person is None or not text[: person.start - sentence.start].rstrip().endswith(","):
        return False
    nxt = min(
        (x for x in persons_by_end.values() if sentence.start + b.end() < x.start < t_start),
        key=lambda x: x.start,
        default=None,
    )
    if nxt is None or not text.startswith(",", nxt.end - sentence.start):
        return False
    gap = text[b.end() : nxt.start - sentence.start]
    return bool(re.fullmatch(rf"\s+(?:[\w’'.-]+\s+){{0,10}}?[\w’'.-]+,\s+{HONORIFICS_RE}", gap))


# "The prime minister held talks …", "the foreign minister later met …": a title in lower case
# after "the" stands for the last person named with that title.
DESCRIBED_TITLE = (
    r"(?:[a-z-]+\s+){0,2}?(?:president|prime minister|premier|chancellor|king|queen|emir|"
    r"sultan|crown prince|minister|secretary|envoy|ambassador|governor|mayor|commissioner|"
    r"diplomat|official|visitor|guest|delegate)"
)
# "the Qatari envoy", "the Omani visitor": words for whoever is sent or received, whatever
# their title; with a demonym they stand for the last person of that country.
GENERIC_ROLES = frozenset(["envoy", "diplomat", "official", "visitor", "guest", "delegate"])
DESCRIBED_SUBJECT_RE = re.compile(
    # "the President of the Republic received …" (state media capitalize the title), "the
    # Latvian minister was received …"
    rf"(?:^|[,;]\s*|\b)[Tt]he\s+(?:(?P<demonym>[A-Z][a-z]+)\s+)?(?P<title>(?i:{DESCRIBED_TITLE}))"
    r"(?P<of>\s+of\s+(?:the\s+)?[A-Z][\w-]*)?\s+(?:[a-z]+\s+){0,2}"
    # "The Qatari envoy made the announcement at X after meeting …": the main clause's subject
    r"(?:[^,;]{0,80}?\b(?:after|before|while|when|during)\s+)?$"
)
DESCRIBED_OBJECT_RE = re.compile(
    rf"\s*(?:with\s+|to\s+|on\s+)?the\s+(?P<title>{DESCRIBED_TITLE})\b(?![’'-])"
)


# "hosted his Jordanian and Iraqi counterparts": named, if at all, in a later sentence
UNNAMED_COUNTERPARTS_RE = re.compile(
    r"\s*(?:with\s+)?(?:his|her|their)\s+(?P<demonyms>[A-Z][a-zà-ÿ]+(?:(?:,\s*|\s+and\s+)"
    r"[A-Z][a-zà-ÿ]+)*)\s+counterparts?\b(?!,?\s+[A-Z])"
)
COUNTERPART_LOOKAHEAD = 3  # sentences


def _unnamed_counterparts(
    sentence: Sentence, actors: ActorAnalysis, pos: int, subject: Mention
) -> list[Mention]:
    """The persons of those nationalities named next (within a few sentences)."""
    found = UNNAMED_COUNTERPARTS_RE.match(sentence.text, pos)
    if found is None:
        return []
    codes = [
        gazetteer.country_code_for_demonym(w)
        for w in re.split(r",\s*|\s+and\s+", found.group("demonyms"))
    ]
    ahead = [
        x
        for i in range(sentence.index, sentence.index + COUNTERPART_LOOKAHEAD + 1)
        for x in actors.in_sentence(i)
        if x.entity_key != subject.entity_key
    ]
    picked: list[Mention] = []
    for code in codes:
        person = _person_from(actors, ahead, code)
        if person is None:
            return []  # all of them or none: a partial list would be a different meeting
        picked.append(person)
    return picked


def _last_with_title(
    actors: ActorAnalysis,
    title: str,
    before: int,
    country: str | None = None,
    of: str | None = None,
    first: bool = False,
) -> Mention | None:
    """The person last named before `before` whose title ends with `title` (any case), and
    who is of `country` when one is given ("the Latvian minister"); with `first`, the person
    named first with it. "The President of the Republic" is first looked for with its whole
    title, so a president of something else named since ("President of the Council of
    Ministers") does not take it."""
    if of:
        whole = f"{title} {' '.join(of.split())}".lower()
        for m in reversed(actors.mentions):
            if m.start < before and m.actor_type == PERSON:
                carried = (m.title or actors.entity(m.entity_key).title or "").lower()
                if carried.startswith(whole) and (
                    not country or actors.country_of(m) in (None, country)
                ):
                    return m
    wanted = title.lower().split()
    for m in actors.mentions if first else reversed(actors.mentions):
        if m.start >= before or m.actor_type != PERSON:
            continue
        if country and (m.country_code or actors.entity(m.entity_key).country_code) != country:
            continue
        carried_title = (m.title or actors.entity(m.entity_key).title or "").lower()
        # "president of the republic" carries "president"
        carried = re.split(r"\s+(?:of|for)\s+", carried_title)[0].split()
        if carried[-len(wanted) :] == wanted or (country and title.lower() in GENERIC_ROLES):
            return m
    return None


PRESENCE_RE = re.compile(r"\bin\s+the\s+presence\s+of\b", re.I)
# "received … a delegation led by X", "hosted a trade delegation headed by X"
DELEGATION_LED_BY_RE = re.compile(
    r"\b(?:a|the|an)\s+(?:[\w-]+\s+){0,3}?delegation\s+(?:led|headed)\s+by\s+", re.I
)
# What may follow the last of a listed series of counterparts
LIST_END_RE = re.compile(
    r"\s*(?:[,.;:)]|$|(?:in|at|on|during|for|to|last|this|earlier|later|together|and|of)\b)"
)
MEMBERS_OF_RE = re.compile(
    r"\b(?:members|officials|representatives|staff|employees|delegates|leaders|heads|executives|"
    r"envoys|officers)\s+(?:of|from)\b",
    re.I,
)
SEQUENCE_GAP_RE = re.compile(
    r"\b(?:later|then|afterwards|afterward|subsequently|separately|before|after|also)\b", re.I
)


def _objects(
    sentence: Sentence, mentions: list[Mention], t_end: int, subject: Mention | None
) -> list[Mention]:
    rest = sentence.text[t_end - sentence.start :]
    end_match = CLAUSE_END_RE.search(rest)
    clause_end = t_end + (end_match.start() if end_match else len(rest))
    inside = [
        m
        for m in mentions
        if t_end <= m.start < clause_end and (subject is None or m.entity_key != subject.entity_key)
    ]
    inside = _without_qualifiers(sentence, inside)
    # "met on the sidelines of the G7 summit", "at the NATO headquarters": the forum or venue
    # where they met is no counterpart.
    inside = [m for m in inside if not _is_venue(sentence, m)]
    if not inside:
        return []
    # The counterpart(s): the first actor and any joined to it by "and".
    picked = [inside[0]]
    # "X, Chinese Premier Y and President Z": a comma and a title join Y only once "and" ends
    # the list ("with X, President Y urged …" names the subject after the comma)
    listed: list[Mention] = []
    for m in inside[1:]:
        last = listed[-1] if listed else picked[-1]
        gap = sentence.text[last.end - sentence.start : m.start - sentence.start]
        if SEQUENCE_GAP_RE.search(gap):
            break  # "met Biden and later Scholz": another meeting, not a third participant
        if MEMBERS_OF_RE.search(gap):
            break  # "met Prime Minister X and members of the Committee": people, unnamed
        if m.title and len(m.title) > 20:
            # "and Benin's Minister of Water, Energy and Mines, X": a long title, commas and all
            gap = re.sub(rf"{re.escape(m.title)}\s*,?\s*$", "", gap)
        if re.fullmatch(
            # "X and his Afghan counterpart, Mullah Y": one comma, before the name's titles
            r"\s*(?:,\s*)?(?:and|&)\s+(?:[\w’'-]+\s+){0,5}?"
            r"(?:[\w’'-]+,\s+(?:[A-Z][\w’'.-]*\s+){0,3})?|\s*,\s*",
            gap,
        ):
            if listed and not LIST_END_RE.match(sentence.text, m.end - sentence.start):
                break  # "met X, President Y and Premier Z left for Hanoi": Y and Z act
            picked.extend([*listed, m])
            listed = []
        elif _titles_between(gap, m):
            listed.append(m)
        else:
            break
    return picked


def _without_qualifiers(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """The mentions that are parties, without the countries and bodies that only describe the
    person named next."""
    # "New Zealand Prime Minister X", "the Ambassador of Japan, X": a country in a title
    # qualifies the person after it and is no counterpart of its own.
    # "the Ambassador of Japan to Nigeria, Mr. X", "Italy's ambassador to Libya, X": a country
    # before a qualifying one qualifies the same person.
    # "Baltic Rafineria (BR)": the short form in brackets is the same party, named once
    mentions = [
        m
        for i, m in enumerate(mentions)
        if not (
            i
            and m.entity_key == mentions[i - 1].entity_key
            and re.fullmatch(
                r"\s*\(",
                sentence.text[mentions[i - 1].end - sentence.start : m.start - sentence.start],
            )
        )
    ]
    qualifies = [False] * len(mentions)
    for i in range(len(mentions) - 2, -1, -1):
        m, nxt = mentions[i], mentions[i + 1]
        gap = sentence.text[m.end - sentence.start : nxt.start - sentence.start]
        qualifies[i] = _qualifies_next(sentence, m, nxt) or (
            qualifies[i + 1]
            and m.actor_type == COUNTRY
            and (
                # "Japan to Nigeria", "Italy's ambassador to Libya"
                nxt.actor_type == COUNTRY
                and bool(
                    re.fullmatch(r"(?:['’]s?(?:\s+[\w-]+){1,3})?\s+(?:to|in|at)\s+(?:the\s+)?", gap)
                )
                # "the administrator of India's Petroleum Planning Cell, Sunil X", "the head
                # of the Mexican state oil company X, Y"
                or (
                    nxt.actor_type != COUNTRY
                    and bool(re.fullmatch(r"['’]s?\s+|\s+(?:[a-z-]+\s+){0,4}", gap))
                )
            )
        )
    return [m for m, q in zip(mentions, qualifies, strict=True) if not q]


def _titles_between(gap: str, nxt: Mention) -> bool:
    """'X, Chinese Premier Y': a comma, then only the next person's title (demonyms and
    title words)."""
    words = re.fullmatch(r"\s*,\s+((?:[A-Z][\w’'.-]*\s+){1,4})", gap)
    return (
        nxt.actor_type == PERSON
        and words is not None
        and all(
            w.lower() in title_words() or gazetteer.country_code_for_demonym(w)
            for w in words.group(1).split()
        )
    )


VENUE_BEFORE_RE = re.compile(
    r"\b(?:sidelines|margins|side|eve|start|end|close|opening)\s+of\s+(?:the\s+|an?\s+)?"
    r"(?:annual\s+|\d+\w*\s+)?$|\b(?:at|during|in)\s+(?:the\s+|an?\s+)?$",
    re.IGNORECASE,
)
VENUE_AFTER_RE = re.compile(
    r"^\s*(?:['’]s\s+)?(?:[a-z]+\s+)?(?:summit|meeting|conference|forum|session|gathering|"
    r"headquarters|ministerial|talks)\b"
)


# "met in Arusha for a summit of the East African Community": the body whose gathering it was
FORUM_OF_BEFORE_RE = re.compile(
    r"\b(?:summit|meeting|conference|session|forum|gathering|congress|assembly)\s+of\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


def _is_venue(sentence: Sentence, m: Mention) -> bool:
    if m.actor_type != "organization":
        return False
    before = sentence.text[max(0, m.start - sentence.start - 40) : m.start - sentence.start]
    after = sentence.text[m.end - sentence.start : m.end - sentence.start + 40]
    return bool(VENUE_AFTER_RE.match(after) and VENUE_BEFORE_RE.search(before)) or bool(
        FORUM_OF_BEFORE_RE.search(before)
    )


TITLE_OF_BEFORE_RE = re.compile(
    r"\b(?:ambassador|envoy|minister|secretary|commissioner|charg[eé] d['’]affaires|consul|"
    r"representative|president|prime minister|king|emir|queen|head|chief|delegation|"
    r"chair(?:man|woman|person)?|director(?:-general)?|secretary-general|commander|governor|"
    r"spokes(?:man|woman|person)|leader|administrator|general director|managing director|"
    r"chief executive)\s+"
    # "the Ambassador of Japan to Nigeria, Mr. X": the sending country, then the host
    r"(?:(?:of|from)\s+(?:the\s+)?(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,3}\s+)?"
    r"(?:of|to|from)\s+(?:the\s+)?(?:Republic\s+of\s+|Kingdom\s+of\s+|State\s+of\s+)?"
    r"(?:(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?['’]s\s+)?$",  # "… of China's"
    re.IGNORECASE,
)
TITLE_OF_DESCRIBED_BODY_RE = re.compile(
    r"\b(?:director(?:-general)?|chair(?:man|woman|person)?|president|head|chief executive|"
    r"chief|managing director|general manager|secretary-general|governor|administrator)\s+"
    r"of\s+(?:the\s+)?(?:(?-i:[A-Z])[a-z]+\s+)?(?:(?-i:[a-z])[\w-]*\s+){1,4}$",
    re.IGNORECASE,
)
# Honorifics and ranks before a name in apposition: the actor module's styles of address
# ("Mr", "Eng", "Alhaji", "His Excellency"), ranks, and "H.E."
HONORIFICS_RE = (
    r"(?:(?:"
    + "|".join(
        sorted(
            {w.title() for w in HONORIFIC_WORDS if "." not in w} - {"Excellency", "Highness"},
            key=len,
            reverse=True,
        )
    )
    + r"|H\.\s?E|Sheikh|Sir|Madam|General|Gen|Marshal|Admiral|Colonel|Col|Major|Maj|Brigadier|"
    r"Lt|Captain|Capt|Hon|(?:His|Her)\s+(?:Excellency|Highness))"
    r"\.?\s+)*"
)


def _qualifies_next(sentence: Sentence, m: Mention, nxt: Mention) -> bool:
    """Whether country `m` only describes the person `nxt` right after it."""
    if m.actor_type == PERSON or nxt.actor_type != PERSON:
        return False
    gap = sentence.text[m.end - sentence.start : nxt.start - sentence.start]
    before = sentence.text[: m.start - sentence.start]
    if m.actor_type != COUNTRY:
        # "Hamas political chief X", "IMF Managing Director X": the body the person leads;
        # "the chair of the African Union Commission, X": the body in the person's title
        words = gap.split()
        return (
            (
                0 < len(words) <= 4
                and not re.search(r"[,;:()]", gap)
                and words[-1].lower().strip(".") in title_words()
            )
            or bool(
                re.fullmatch(rf",\s*{HONORIFICS_RE}", gap) and TITLE_OF_BEFORE_RE.search(before)
            )
            # "the Director-General of the Mexican state oil company X (XO), Y"
            or bool(
                re.fullmatch(rf"\s*(?:\([^()]{{1,20}}\)\s*)?,\s*{HONORIFICS_RE}", gap)
                and TITLE_OF_DESCRIBED_BODY_RE.search(before)
            )
        )
    if not gap.strip() and TITLE_OF_BEFORE_RE.search(before):
        return True  # "Prime Minister of Moldova Ion X": the country is in the person's title
    # "the US Deputy Assistant Secretary of State for Energy Resources, X": the country opens
    # the person's own title
    span = sentence.text[m.start - sentence.start : nxt.start - sentence.start]
    span = re.sub(rf"\s*,\s*{HONORIFICS_RE}$", "", span).strip()
    if nxt.title and " ".join(nxt.title.split()).endswith(" ".join(span.split())):
        return True
    if _possessive_title_apposition(gap):
        return True
    # "Oman's energy minister, Salim X", "Chad's head of state, General X": the apposition's
    # comma (and an honorific after it) closes the title
    if re.match(r"['’]s?\s", gap):
        gap = re.sub(rf",\s*{HONORIFICS_RE}$", " ", gap)
    if nxt.title and re.fullmatch(rf"['’]s?\s+{re.escape(nxt.title)}\s+", gap):
        # "Benin's Minister of Water, Energy and Mines, X": the gap is the person's own title
        return True
    words = re.findall(r"[\w.-]+", re.sub(r"^['’]s?", "", gap))
    if (
        words
        and len(words) <= 8
        and not re.search(r"[,;:()]", gap)
        # "Pakistan's Deputy Prime Minister and Foreign Minister X": two titles, one person
        and words[0] != "and"
        and words[-1] != "and"
        and all(
            w.lower() in title_words()
            or w.lower() in portfolio_words()  # "Colombia's Mines and Energy Minister, X"
            or w == "and"
            or re.fullmatch(HONORIFICS_RE, w + " ")
            for w in words
        )
    ):
        return True
    return bool(re.fullmatch(rf",\s*{HONORIFICS_RE}", gap) and TITLE_OF_BEFORE_RE.search(before))


POSSESSIVE_APPOSITION_RE = re.compile(
    rf"['’]s?\s+(?P<title>[^;:()]{{2,100}}?),\s*(?:Ambassador\s+)?{HONORIFICS_RE}"
)
# Where a title says its holder is posted: "ambassador in Port of Spain"
POSTED_IN_RE = re.compile(
    r"\s+(?:in|to|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,3}$"
)
_TITLE_CONNECTORS = frozenset(["of", "for", "and", "the", "&"])


def _possessive_title_apposition(gap: str) -> bool:
    """'Venezuela's ambassador in Port of Spain, X', 'Ethiopia's State Minister for Foreign
    Affairs, Ambassador X': between a country and a person, a possessive, a title (its
    portfolio, where it is posted) and the apposition's comma."""
    m = POSSESSIVE_APPOSITION_RE.fullmatch(gap)
    if m is None:
        return False
    words = POSTED_IN_RE.sub("", m.group("title")).replace(",", " ").split()
    if not words or words[0].lower() not in title_words() | portfolio_words():
        return False
    in_portfolio = False
    for w in words:
        lower = w.lower()
        if lower in ("of", "for"):
            in_portfolio = True  # "Minister of Foreign Affairs and International Cooperation"
        elif not (
            lower in title_words()
            or lower in portfolio_words()
            or lower in _TITLE_CONNECTORS
            or (in_portfolio and w[:1].isupper())
        ):
            return False
    return any(w.lower() in title_words() for w in words)


# "called on Y to release the hostages", "called on Y and his government to act": an appeal.
URGED_AFTER_RE = re.compile(r"(?:\s*,?\s+and\s+[^,.;]{0,60}?)?\s*,?\s+to\s+[a-z]+")
# (and the connectors inside a title: "Minister of Foreign Affairs and Trade X")
_NEXT_NAME_WORDS = frozenset(
    ["his", "her", "their", "the", "its", "counterpart", "counterpart,", "of", "for", "and"]
)


def _names_next(sentence: Sentence, pos: int, mention: Mention) -> bool:
    """Whether `mention` is the next thing named after `pos`: only its titles, demonyms and
    "his counterpart" between ("spoke with Afghan Foreign Minister X")."""
    gap = sentence.text[pos - sentence.start : mention.start - sentence.start].split()
    return len(gap) <= 10 and all(
        w[:1].isupper() or w.lower() in title_words() or w.lower() in _NEXT_NAME_WORDS for w in gap
    )


VENUE_BEFORE_TRIGGER_RE = re.compile(
    r"(?:^|\b(?:talks|meeting|meetings|negotiations|summit|discussions|consultations)\s+)"
    r"in\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}$",
    re.I,
)


def _venue_before(sentence: Sentence, place: Place) -> bool:
    """A place named before the trigger is where it happened when it opens the sentence ("In
    Beijing, …") or follows a meeting noun ("The talks in Doha …")."""
    body = dateline_end(sentence.text)
    return bool(VENUE_BEFORE_TRIGGER_RE.search(sentence.text[body : place.start - sentence.start]))


PLACE_PREPOSITION_BEFORE_RE = re.compile(r"\b(?:in|at|to)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}$")


def _introduced_place(sentence: Sentence, place: Place) -> bool:
    """Whether the place follows in/at/to ("at the Villa in Abuja", "to the Qatari capital")."""
    before = sentence.text[max(0, place.start - sentence.start - 40) : place.start - sentence.start]
    return bool(PLACE_PREPOSITION_BEFORE_RE.search(before))


DEMONYM_CAPITAL_RE = re.compile(r"\s+(?:the\s+)?([A-Z][a-zà-ÿ]+)\s+capital\b")


def _demonym_capital(after: str) -> str | None:
    """'arrived in the Omani capital': the country of the demonym."""
    m = DEMONYM_CAPITAL_RE.match(after)
    return gazetteer.country_code_for_demonym(m.group(1)) if m else None


VISIT_BY_RE = re.compile(
    r"\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,4}(?:in\s+[\w\s]{1,30}?\s+)?by\s+"
    # (not "arrived in Tonga by air": the means of travel)
    r"(?!(?:air|road|sea|land|car|train|rail|plane|boat|ship|ferry|helicopter|bus)\b)"
    r"(?:(?:a|an|the)\s+)?(?P<who>[^,.;]{1,60})"
)


def _visitor_after_by(
    sentence: Sentence,
    actors: ActorAnalysis,
    mentions: list[Mention],
    by: re.Match[str],
    host_code: str,
) -> Mention | None:
    start = sentence.start + by.start("who")
    # "a visit to Warsaw by Norway's Minister of Energy, X": the country only says whose
    named = next((x for x in _without_qualifiers(sentence, mentions) if start <= x.start), None)
    if named is not None and named.start > start + 3:
        # only a country qualifying the person may stand between "by" and the visitor
        ahead = [x for x in mentions if start <= x.start < named.start]
        named = named if named.actor_type == PERSON and ahead and named.start - start < 90 else None
    if named is not None:
        return named if named.actor_type == PERSON else None
    demonym = re.search(r"\b([A-Z][a-zà-ÿ]+)\b", by.group("who"))
    code = gazetteer.country_code_for_demonym(demonym.group(1)) if demonym else None
    return None if code == host_code else _person_from(actors, mentions, code)


def _person_from(
    actors: ActorAnalysis, mentions: list[Mention], code: str | None
) -> Mention | None:
    """The first person in `mentions` from country `code`."""
    if code is None:
        return None
    return next(
        (x for x in mentions if x.actor_type == PERSON and actors.country_of(x) == code), None
    )


def _the_country_visited(sentence: Sentence, actors: ActorAnalysis, pos: int) -> str | None:
    """'on an official visit to the island': the country of the place the article is filed
    from or the sentence names first (a dateline's capital)."""
    if not gazetteer.THE_COUNTRY_RE.match(sentence.text, pos - sentence.start):
        return None
    here = [p for p in actors.places_in(sentence.index) if p.start < pos and p.country_code]
    first = next((p for p in actors.places if p.country_code), None)
    place = here[0] if here else first
    return place.country_code if place is not None else None


def _visit_host(places: list[Place], objects: list[Mention]) -> str | None:
    """The country visited: the first named after the trigger, as a country or a place in it
    ("arrived in Brasilia …, the first by an Indonesian head of state" visits Brazil)."""
    country = next((o for o in objects[:1] if o.actor_type == COUNTRY and o.country_code), None)
    place = places[0] if places else None
    if country is not None and (place is None or country.start <= place.start):
        return country.country_code
    return place.country_code if place is not None else None


def _when(
    sentence: Sentence, pos: int, status: str, published_at: date | None
) -> tuple[str | None, date | None]:
    """The date written nearest the trigger at `pos` (outside the dateline), and that date
    resolved, towards the future for an event still to come."""
    body = dateline_end(sentence.text)
    dates = [d for d in find_date_expressions(sentence.text) if d.start() >= body]
    if not dates:
        return None, None
    date_text = _nearest(dates, pos)
    future = status in ("planned", "requested")
    return date_text, resolve(date_text, published_at, prefer_future=future)


def _nearest(dates: list[re.Match[str]], pos: int) -> str:
    return min(dates, key=lambda d: abs(d.start() - pos)).group(0)


# A trigger in the past tense (or a participle of what is under way) reports what happened,
# whatever a later clause plans ("met on Tuesday and agreed to meet again next year").
PAST_TRIGGER_RE = re.compile(
    r"(?:met|held|had|has|have|visited|visiting|toured|arrived|landed|spoke|talked|phoned|"
    r"telephoned|received|hosted|welcomed|greeted|paid|made|signed|inked|laid|attended|presided|"
    r"sat|conferred|travel(?:l)?ed|flew|went|headed|was|were|got|placed)\b",
    re.I,
)


def _status(text: str, trigger_pos: int, trigger_end: int) -> str:
    window = text[max(0, trigger_pos - 60) : trigger_pos + 140]
    if CANCELLED_RE.search(window):
        return "cancelled"
    if REQUESTED_RE.search(text[max(0, trigger_pos - 40) : trigger_pos]) or INVITED_RE.search(
        text[max(0, trigger_pos - 80) : trigger_pos]
    ):
        return "requested"
    # "will begin shipping gas, after two days of talks with X": talks that lasted so long have
    # been held, whatever the sentence says will follow them
    lasted = re.match(r"after\s+(?:[\w-]+\s+){1,3}of\s+talks\b", text[trigger_pos:], re.I)
    if not lasted and (
        PLANNED_RE.search(text[max(0, trigger_pos - 40) : trigger_pos])
        or ACCEPTED_INVITATION_RE.search(text[max(0, trigger_pos - 60) : trigger_pos])
    ):
        return "planned"
    if _future_time_only(text, trigger_pos, trigger_end):
        return "planned"
    # "is scheduled to meet X on Friday before traveling to Y": the gerund shares the plan
    if (
        re.match(r"[a-z]+ing\b", text[trigger_pos:trigger_end], re.I)
        and re.search(r"\b(?:before|after|then)\s+$", text[max(0, trigger_pos - 12) : trigger_pos])
        and PLANNED_RE.search(text[max(0, trigger_pos - 160) : trigger_pos])
    ):
        return "planned"
    return "held"


def _future_time_only(text: str, trigger_pos: int, trigger_end: int) -> bool:
    """A future time right after a trigger that is no past-tense verb, in a sentence with no
    other time: "invited Xi to the meeting in Astana next year" (but "Modi's visit to Moscow on
    Monday set a target for next year" was held on Monday)."""
    if PAST_TRIGGER_RE.match(text, trigger_pos):
        return False
    future = FUTURE_TIME_RE.search(text, trigger_end, trigger_end + 60)
    if future is None:
        return False
    return not any(
        d.end() <= future.start() or d.start() >= future.end() for d in find_date_expressions(text)
    )


def _dedupe(meetings: list[Meeting]) -> list[Meeting]:
    """One meeting per participants, kind, status and date; a dateless repeat merges into a
    dated one."""
    kept: list[Meeting] = []
    for m in meetings:
        twin = next(
            (
                k
                for k in kept
                if k.keys == m.keys
                and k.meeting_kind == m.meeting_kind
                and k.status == m.status  # a held visit is not the one planned for later
                and (k.date_text == m.date_text or not m.date_text or not k.date_text)
            ),
            None,
        )
        if twin is None:
            kept.append(m)
        elif twin.date_text is None and m.date_text:
            kept[kept.index(twin)] = m
    # "a meeting between X and Y, hosted by Z": the pair's meeting is the trio's
    return [
        m
        for m in kept
        if m.meeting_kind == "visit"
        or not any(
            k is not m
            and k.sentence_index == m.sentence_index
            and k.meeting_kind != "visit"
            and m.keys < k.keys
            for k in kept
        )
    ]
