"""DDL of the `raw` schema: the only tables Python writes; dbt reads them as sources.

Kept in one place so the ingest and extract assets, the tests and the dbt sources agree on
one shape. Every statement is idempotent so any writer can ensure the schema first.
"""

from __future__ import annotations

RAW_DDL: tuple[str, ...] = (
    "create schema if not exists raw",
    # One row per version of an input file. A deletion is a version with is_deleted = true.
    """
    create table if not exists raw.documents (
        article_id varchar not null,
        version integer not null,
        source_name varchar not null,
        file_sha256 varchar not null,
        content_sha256 varchar,
        format varchar not null,
        body_text varchar,
        metadata json,
        ingested_at timestamp not null,
        is_deleted boolean not null,
        file_stat varchar,
        primary key (article_id, version)
    )
    """,
    # The current state: every file under the input folder that is not an article, and why.
    """
    create table if not exists raw.ingest_issues (
        source_name varchar primary key,
        issue varchar not null,
        detail varchar,
        file_sha256 varchar,
        seen_at timestamp not null
    )
    """,
    # Which document version each article's extraction rows come from.
    """
    create table if not exists raw.extractions (
        article_id varchar primary key,
        version integer not null,
        content_sha256 varchar not null,
        extractor_version varchar not null,
        extracted_at timestamp not null,
        error varchar
    )
    """,
    """
    create table if not exists raw.sentences (
        article_id varchar not null,
        sentence_index integer not null,
        char_start integer not null,
        char_end integer not null,
        text varchar not null,
        primary key (article_id, sentence_index)
    )
    """,
    # Article-local entities: every mention points to one; dbt resolves them across articles.
    """
    create table if not exists raw.entities (
        article_id varchar not null,
        entity_key integer not null,
        canonical_name varchar not null,
        name_key varchar not null,
        actor_type varchar not null,
        country_code varchar,
        title varchar,
        primary key (article_id, entity_key)
    )
    """,
    """
    create table if not exists raw.mentions (
        article_id varchar not null,
        mention_index integer not null,
        entity_key integer not null,
        sentence_index integer not null,
        char_start integer not null,
        char_end integer not null,
        surface_text varchar not null,
        title_text varchar,
        primary key (article_id, mention_index)
    )
    """,
    """
    create table if not exists raw.meetings (
        article_id varchar not null,
        meeting_index integer not null,
        sentence_index integer not null,
        meeting_kind varchar not null,
        status varchar not null,
        place_name varchar,
        place_country_code varchar,
        date_text varchar,
        meeting_date date,
        evidence_text varchar not null,
        primary key (article_id, meeting_index)
    )
    """,
    """
    create table if not exists raw.meeting_participants (
        article_id varchar not null,
        meeting_index integer not null,
        entity_key integer not null,
        role varchar not null,
        primary key (article_id, meeting_index, entity_key)
    )
    """,
    """
    create table if not exists raw.casualties (
        article_id varchar not null,
        casualty_index integer not null,
        sentence_index integer not null,
        count_low integer not null,
        count_high integer not null,
        qualifier varchar,
        casualty_kind varchar not null,
        victim_description varchar,
        place_name varchar,
        claimed_by_entity_key integer,
        event_date date,
        evidence_text varchar not null,
        primary key (article_id, casualty_index)
    )
    """,
    """
    create table if not exists raw.oil_flows (
        article_id varchar not null,
        flow_index integer not null,
        sentence_index integer not null,
        supplier_entity_key integer,
        recipient_entity_key integer,
        supplier_country_code varchar,
        recipient_country_code varchar,
        commodity varchar not null,
        amount double,
        unit varchar,
        status varchar not null,
        period_text varchar,
        period_start date,
        period_end date,
        evidence_text varchar not null,
        primary key (article_id, flow_index)
    )
    """,
    # Columns added after the first release: warehouses built before them gain them here.
    "alter table raw.documents add column if not exists file_stat varchar",
    "alter table raw.extractions add column if not exists error varchar",
)

# The pipeline's own bookkeeping, outside `raw` so dbt never mistakes it for data.
STATE_DDL: tuple[str, ...] = (
    "create schema if not exists pipeline_state",
    # The latest version of every article: what ingest compares files to and extraction reads.
    """
    create or replace view pipeline_state.latest_documents as
    select *
    from raw.documents
    qualify row_number() over (partition by article_id order by version desc) = 1
    """,
    # One row per successful full dbt build, with the inputs' fingerprint it was built from.
    """
    create table if not exists pipeline_state.dbt_builds (
        fingerprint varchar not null,
        built_at timestamp not null
    )
    """,
    # The dbt code a build ran: incremental marts are rebuilt in full when it changes.
    "alter table pipeline_state.dbt_builds add column if not exists code_digest varchar",
    # The newest ingested_at / extracted_at in raw when the build ran: every raw row up to it was
    # checked by that build or an earlier one (null for a subset build, which ran some tests only).
    "alter table pipeline_state.dbt_builds add column if not exists data_through timestamp",
    # Read by dbt tests whose cost grows with the archive (dbt macro `changed_since`): while a build
    # runs it holds the data_through of the last build, so those tests check only the rows that
    # arrived since; empty (check everything) at any other time and on a full refresh.
    "create table if not exists pipeline_state.dbt_test_scope (checked_since timestamp not null)",
    # One row per successful `make run`: the digest of the inputs it started from and the marts'
    # build fingerprint it left (pipelines.up_to_date); both equal next time: nothing to do.
    """
    create table if not exists pipeline_state.runs (
        digest varchar not null,
        fingerprint varchar,
        finished_at timestamp not null
    )
    """,
    "alter table pipeline_state.runs add column if not exists fingerprint varchar",
)

# Tables holding one article's extraction output; replaced together when it is re-extracted.
EXTRACTION_TABLES: tuple[str, ...] = (
    "sentences",
    "entities",
    "mentions",
    "meetings",
    "meeting_participants",
    "casualties",
    "oil_flows",
)
