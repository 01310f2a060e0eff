with mentions as (

    select * from {{ ref('int_mentions_current') }}

),

resolution as (

    select * from {{ ref('int_actor_resolution') }}

),

final as (

    select
        cast(mentions.mention_id as varchar) as mention_id,
        cast(resolution.actor_id as varchar) as actor_id,
        cast(mentions.article_id as varchar) as article_id,
        cast(mentions.sentence_id as varchar) as sentence_id,
        cast(mentions.char_start as integer) as char_start,
        cast(mentions.char_end as integer) as char_end,
        cast(mentions.surface_text as varchar) as surface_text,
        cast(mentions.title_text as varchar) as title_text,
        cast(mentions.mention_index as integer) as mention_index,
        cast(mentions.entity_key as integer) as entity_key
    from mentions
    inner join resolution
        on
            mentions.article_id = resolution.article_id
            and mentions.entity_key = resolution.entity_key

)

select * from final
