-- Resolves every current article-local entity to a cross-article actor.
--   country:       by country_code (by name_key when the code is unknown)
--   organization:  by name_key
--   person:        by name_key; a surname-only name_key (one token) joins the unique multi-token
--                  person name_key, across all articles, whose last token equals it; when there is
--                  none, or more than one, it stays an actor of its own.
-- name_key is already accent/case folded, so "Vladímir" and "Vladimir" share it.

with entities as (

    select * from {{ ref('int_entities_current') }}

),

multi_token_persons as (

    select distinct
        name_key,
        string_split(name_key, ' ')[-1] as last_token
    from entities
    where actor_type = 'person' and contains(name_key, ' ')

),

unique_surnames as (

    select
        last_token,
        min(name_key) as full_name_key
    from multi_token_persons
    group by last_token
    having count(*) = 1

),

resolved as (

    select
        entities.article_id,
        entities.entity_key,
        entities.actor_type,
        entities.canonical_name,
        entities.name_key,
        entities.country_code,
        entities.title,
        case
            when entities.actor_type = 'country' and entities.country_code is not null
                then 'country:' || entities.country_code
            when entities.actor_type = 'country'
                then 'country_name:' || entities.name_key
            when unique_surnames.full_name_key is not null
                then 'person:' || unique_surnames.full_name_key
            else entities.actor_type || ':' || entities.name_key
        end as actor_key
    from entities
    left join unique_surnames
        on
            entities.actor_type = 'person'
            and not contains(entities.name_key, ' ')
            and entities.name_key = unique_surnames.last_token

),

final as (

    select
        article_id,
        entity_key,
        actor_key,
        md5(actor_key) as actor_id,
        actor_type,
        canonical_name,
        name_key,
        country_code,
        title
    from resolved

)

select * from final
