-- One row per resolved actor (see int_actor_resolution).
--   canonical_name: longest form seen (ties: more bytes, i.e. diacritics kept; then most entities; then name)
--   title:          latest non-null entity title, by article published_at (undated last), then ingested_at
--   country_code:   most frequent non-null code (ties: alphabetical)

with resolution as (

    select * from {{ ref('int_actor_resolution') }}

),

articles as (

    select * from {{ ref('int_articles_latest') }}

),

mentions as (

    select * from {{ ref('int_mentions_current') }}

),

name_forms as (

    select
        actor_id,
        canonical_name,
        count(*) as entity_count
    from resolution
    group by actor_id, canonical_name

),

canonical_names as (

    select
        actor_id,
        canonical_name
    from name_forms
    qualify row_number() over (
        partition by actor_id
        order by length(canonical_name) desc, strlen(canonical_name) desc, entity_count desc, canonical_name asc
    ) = 1

),

latest_titles as (

    select
        resolution.actor_id,
        resolution.title
    from resolution
    inner join articles
        on resolution.article_id = articles.article_id
    where resolution.title is not null
    qualify row_number() over (
        partition by resolution.actor_id
        order by
            articles.published_at desc nulls last,
            articles.ingested_at desc,
            resolution.article_id desc,
            resolution.entity_key desc
    ) = 1

),

country_code_counts as (

    select
        actor_id,
        country_code,
        count(*) as entity_count
    from resolution
    where country_code is not null
    group by actor_id, country_code

),

country_codes as (

    select
        actor_id,
        country_code
    from country_code_counts
    qualify row_number() over (
        partition by actor_id order by entity_count desc, country_code asc
    ) = 1

),

mention_counts as (

    select
        resolution.actor_id,
        count(*) as mention_count,
        count(distinct mentions.article_id) as article_count
    from mentions
    inner join resolution
        on
            mentions.article_id = resolution.article_id
            and mentions.entity_key = resolution.entity_key
    group by resolution.actor_id

),

actor_keys as (

    select
        actor_id,
        min(actor_key) as actor_key,
        min(actor_type) as actor_type
    from resolution
    group by actor_id

),

final as (

    select
        cast(actor_keys.actor_id as varchar) as actor_id,
        cast(canonical_names.canonical_name as varchar) as canonical_name,
        cast(actor_keys.actor_type as varchar) as actor_type,
        cast(country_codes.country_code as varchar) as country_code,
        cast(latest_titles.title as varchar) as title,
        cast(coalesce(mention_counts.mention_count, 0) as integer) as mention_count,
        cast(coalesce(mention_counts.article_count, 0) as integer) as article_count,
        cast(actor_keys.actor_key as varchar) as actor_key
    from actor_keys
    inner join canonical_names
        on actor_keys.actor_id = canonical_names.actor_id
    left join country_codes
        on actor_keys.actor_id = country_codes.actor_id
    left join latest_titles
        on actor_keys.actor_id = latest_titles.actor_id
    left join mention_counts
        on actor_keys.actor_id = mention_counts.actor_id

)

select * from final
