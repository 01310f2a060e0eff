with source as (

    select * from {{ source('raw', 'casualties') }}

),

renamed as (

    select
        article_id,
        casualty_index,
        sentence_index,
        count_low,
        count_high,
        lower(nullif(trim(qualifier), '')) as qualifier,
        lower(trim(casualty_kind)) as casualty_kind,
        nullif(trim(victim_description), '') as victim_description,
        nullif(trim(place_name), '') as place_name,
        claimed_by_entity_key,
        event_date,
        evidence_text
    from source

)

select * from renamed
