-- Casualty figures about the same victims/event side by side, across sentences and articles.
-- Grouping rule: figures share a group when they have the same casualty_kind, the same normalized
-- place_name (accents/case folded, punctuation dropped, leading "the" dropped) and the same
-- event_date; a missing place_name or event_date is a value of its own ("unknown"), so figures
-- without a place only group with figures without a place.

with figures as (

    select * from {{ ref('casualty_figures') }}

),

actors as (

    select * from {{ ref('actors') }}

),

articles as (

    select * from {{ ref('articles') }}

),

keyed_figures as (

    select
        figures.*,
        {{ normalize_name('figures.place_name') }} as place_key,
        actors.canonical_name as claimant_actor_name,
        articles.outlet,
        articles.source_name,
        articles.published_at
    from figures
    inner join articles
        on figures.article_id = articles.article_id
    left join actors
        on figures.claimed_by_actor_id = actors.actor_id

),

grouped_figures as (

    select
        *,
        {{ make_id([
            "'casualty_claim_group'",
            'casualty_kind',
            "coalesce(place_key, '')",
            "coalesce(cast(event_date as varchar), '')",
        ]) }} as claim_group_id
    from keyed_figures

),

group_stats as (

    select
        claim_group_id,
        min(count_low) as min_count,
        max(count_high) as max_count,
        count(*) as figure_count,
        count(distinct article_id) as article_count,
        count(distinct cast(count_low as varchar) || '-' || cast(count_high as varchar)) > 1 as is_disputed
    from grouped_figures
    group by claim_group_id

),

final as (

    select
        cast(grouped_figures.casualty_figure_id as varchar) as casualty_figure_id,
        cast(grouped_figures.claim_group_id as varchar) as claim_group_id,
        cast(grouped_figures.article_id as varchar) as article_id,
        cast(grouped_figures.sentence_id as varchar) as sentence_id,
        cast(grouped_figures.casualty_kind as varchar) as casualty_kind,
        cast(grouped_figures.place_name as varchar) as place_name,
        cast(grouped_figures.place_key as varchar) as place_key,
        cast(grouped_figures.event_date as date) as event_date,
        cast(grouped_figures.count_low as integer) as count_low,
        cast(grouped_figures.count_high as integer) as count_high,
        cast(grouped_figures.qualifier as varchar) as qualifier,
        cast(grouped_figures.victim_description as varchar) as victim_description,
        cast(grouped_figures.claimed_by_actor_id as varchar) as claimed_by_actor_id,
        cast(
            coalesce(
                grouped_figures.claimant_actor_name, grouped_figures.outlet, grouped_figures.source_name
            ) as varchar
        ) as claimant_name,
        cast(
            case when grouped_figures.claimed_by_actor_id is null then 'article' else 'actor' end as varchar
        ) as claimant_kind,
        cast(grouped_figures.published_at as date) as published_at,
        cast(grouped_figures.evidence_text as varchar) as evidence_text,
        cast(group_stats.min_count as integer) as min_count,
        cast(group_stats.max_count as integer) as max_count,
        cast(group_stats.figure_count as integer) as figure_count,
        cast(group_stats.article_count as integer) as article_count,
        cast(group_stats.is_disputed as boolean) as is_disputed
    from grouped_figures
    inner join group_stats
        on grouped_figures.claim_group_id = group_stats.claim_group_id

)

select * from final
