with source as (

    select * from {{ source('raw', 'entities') }}

),

renamed as (

    select
        article_id,
        entity_key,
        canonical_name,
        name_key,
        lower(trim(actor_type)) as actor_type,
        upper(nullif(trim(country_code), '')) as country_code,
        nullif(trim(title), '') as title
    from source

)

select * from renamed
