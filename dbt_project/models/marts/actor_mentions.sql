-- Incremental: a mention row depends on its article's extraction and on the actor its entity
-- resolves to, which can change when another article arrives (a surname-only name merging into a
-- newly seen full name). The pre-hooks delete rows whose (article_id, extracted_at) is no longer
-- current or whose entity now resolves to another actor; the model appends the mentions of every
-- current entity that has none. `--full-refresh` builds the same table.
{{
    config(
        materialized='incremental',
        incremental_strategy='append',
        on_schema_change='fail',
        pre_hook=[
            "{{ delete_outdated_rows(ref('int_extractions_current'), ['article_id', 'extracted_at']) }}",
            "{{ delete_outdated_rows(ref('int_actor_resolution'), ['article_id', 'entity_key', 'actor_id']) }}"
        ]
    )
}}

with mentions as (

    select * from {{ ref('int_mentions_current') }}

),

resolution as (

    select * from {{ ref('int_actor_resolution') }}

),

entities_to_add as (

    select resolution.*
    from resolution
    {% if is_incremental() %}
        where not exists (
            select 1
            from {{ this }} as built
            where
                built.article_id = resolution.article_id
                and built.entity_key = resolution.entity_key
        )
    {% endif %}

),

final as (

    select
        cast(mentions.mention_id as varchar) as mention_id,
        cast(entities_to_add.actor_id as varchar) as actor_id,
        cast(mentions.article_id as varchar) as article_id,
        cast(mentions.sentence_id as varchar) as sentence_id,
        cast(mentions.char_start as integer) as char_start,
        cast(mentions.char_end as integer) as char_end,
        cast(mentions.surface_text as varchar) as surface_text,
        cast(mentions.title_text as varchar) as title_text,
        cast(mentions.mention_index as integer) as mention_index,
        cast(mentions.entity_key as integer) as entity_key,
        cast(mentions.extracted_at as timestamp) as extracted_at
    from mentions
    inner join entities_to_add
        on
            mentions.article_id = entities_to_add.article_id
            and mentions.entity_key = entities_to_add.entity_key

)

select * from final
