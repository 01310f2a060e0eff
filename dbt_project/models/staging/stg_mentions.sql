with source as (

    select * from {{ source('raw', 'mentions') }}

),

renamed as (

    select
        article_id,
        mention_index,
        entity_key,
        sentence_index,
        char_start,
        char_end,
        surface_text,
        nullif(trim(title_text), '') as title_text
    from source

)

select * from renamed
