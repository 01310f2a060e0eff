with sentences as (

    select * from {{ ref('int_sentences_current') }}

),

final as (

    select
        cast(sentence_id as varchar) as sentence_id,
        cast(article_id as varchar) as article_id,
        cast(sentence_index as integer) as sentence_index,
        cast(char_start as integer) as char_start,
        cast(char_end as integer) as char_end,
        cast(sentence_text as varchar) as text
    from sentences

)

select * from final
