"""One article in, every extracted row out: the single entry point the extract asset calls.

Pure: no Dagster, no DuckDB. Rows are plain tuples in the column order of the matching
`raw.*` table (without `article_id`), so the writer can insert them without knowing the rules.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from pipelines.extract.actors import analyze_actors
from pipelines.extract.casualties import extract_casualties
from pipelines.extract.meetings import extract_meetings
from pipelines.extract.oil import extract_oil_flows
from pipelines.extract.sentences import split_sentences

# Bump whenever a rule changes what is extracted: every article is then re-extracted once.
EXTRACTOR_VERSION = "0.56.0"


@dataclass
class Extraction:
    sentences: list[tuple] = field(default_factory=list)
    entities: list[tuple] = field(default_factory=list)
    mentions: list[tuple] = field(default_factory=list)
    meetings: list[tuple] = field(default_factory=list)
    meeting_participants: list[tuple] = field(default_factory=list)
    casualties: list[tuple] = field(default_factory=list)
    oil_flows: list[tuple] = field(default_factory=list)

    def tables(self) -> dict[str, list[tuple]]:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


def extract_document(body_text: str, published_at: date | None = None) -> Extraction:
    result = Extraction()
    sentences = split_sentences(body_text)
    result.sentences = [(s.index, s.start, s.end, s.text) for s in sentences]
    actors = analyze_actors(body_text, sentences)
    result.mentions = [
        (i, m.entity_key, m.sentence_index, m.start, m.end, m.text, m.title)
        for i, m in enumerate(actors.mentions)
    ]
    for i, mt in enumerate(extract_meetings(body_text, sentences, actors, published_at)):
        result.meetings.append(
            (
                i,
                mt.sentence_index,
                mt.meeting_kind,
                mt.status,
                mt.place_name,
                mt.place_country_code,
                mt.date_text,
                mt.meeting_date,
                mt.evidence_text,
            )
        )
        seen: set[int] = set()
        for key, role in mt.participants:
            if key not in seen:
                seen.add(key)
                result.meeting_participants.append((i, key, role))
    for i, c in enumerate(extract_casualties(body_text, sentences, actors, published_at)):
        result.casualties.append(
            (
                i,
                c.sentence_index,
                c.count_low,
                c.count_high,
                c.qualifier,
                c.casualty_kind,
                c.victim_description,
                c.place_name,
                c.claimed_by_entity_key,
                c.event_date,
                c.evidence_text,
            )
        )
    for i, f in enumerate(extract_oil_flows(body_text, sentences, actors, published_at)):
        result.oil_flows.append(
            (
                i,
                f.sentence_index,
                f.supplier.entity_key if f.supplier else None,
                f.recipient.entity_key if f.recipient else None,
                f.supplier_country_code,
                f.recipient_country_code,
                f.commodity,
                f.amount,
                f.unit,
                f.status,
                f.period_text,
                f.period_start,
                f.period_end,
                f.evidence_text,
            )
        )
    # Last: the event rules may add entities a text implies but never names (a host country).
    result.entities = [
        (e.key, e.canonical_name, e.name_key, e.actor_type, e.country_code, e.title)
        for e in actors.entities
    ]
    return result
