with source as (

    select * from {{ source('raw', 'sentences') }}

),

renamed as (

    select
        article_id,
        sentence_index,
        char_start,
        char_end,
        text as sentence_text
    from source

)

select * from renamed
