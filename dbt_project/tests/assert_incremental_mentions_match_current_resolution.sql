-- marts.actor_mentions is incremental: its rows must be exactly the current mentions, each with
-- the actor its entity resolves to now (which another article can change).
-- Several models are read; the check belongs to marts.actor_mentions in Dagster.
{{ config(meta={'dagster': {'ref': {'name': 'actor_mentions'}}}) }}

with built as (

    select
        mention_id,
        actor_id,
        extracted_at
    from {{ ref('actor_mentions') }}

),

expected as (

    select
        mentions.mention_id,
        resolution.actor_id,
        mentions.extracted_at
    from {{ ref('int_mentions_current') }} as mentions
    inner join {{ ref('int_actor_resolution') }} as resolution
        on
            mentions.article_id = resolution.article_id
            and mentions.entity_key = resolution.entity_key

)

{{ rows_differing('built', 'expected', 'marts.actor_mentions') }}
