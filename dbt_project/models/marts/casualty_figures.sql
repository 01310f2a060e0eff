-- One row per distinct figure in an article: rows of one article with the same casualty_kind,
-- count_low and count_high are the same figure repeated; the first one in the text is kept.

with casualties as (

    select * from {{ ref('int_casualties_current') }}

),

resolution as (

    select * from {{ ref('int_actor_resolution') }}

),

distinct_figures as (

    select *
    from casualties
    qualify row_number() over (
        partition by article_id, casualty_kind, count_low, count_high
        order by sentence_index, casualty_index
    ) = 1

),

final as (

    select
        cast(distinct_figures.casualty_figure_id as varchar) as casualty_figure_id,
        cast(distinct_figures.article_id as varchar) as article_id,
        cast(distinct_figures.sentence_id as varchar) as sentence_id,
        cast(distinct_figures.count_low as integer) as count_low,
        cast(distinct_figures.count_high as integer) as count_high,
        cast(distinct_figures.qualifier as varchar) as qualifier,
        cast(distinct_figures.casualty_kind as varchar) as casualty_kind,
        cast(distinct_figures.victim_description as varchar) as victim_description,
        cast(distinct_figures.place_name as varchar) as place_name,
        cast(resolution.actor_id as varchar) as claimed_by_actor_id,
        cast(distinct_figures.event_date as date) as event_date,
        cast(distinct_figures.evidence_text as varchar) as evidence_text,
        cast(distinct_figures.casualty_index as integer) as casualty_index
    from distinct_figures
    left join resolution
        on
            distinct_figures.article_id = resolution.article_id
            and distinct_figures.claimed_by_entity_key = resolution.entity_key

)

select * from final
