-- A view: marts copy from it only the rows of articles that changed (see delete_outdated_rows).
{{ config(materialized='view') }}

with sentences as (

    select * from {{ ref('stg_sentences') }}

),

current_extractions as (

    select * from {{ ref('int_extractions_current') }}

),

current_sentences as (

    select
        {{ make_id(['sentences.article_id', 'sentences.sentence_index']) }} as sentence_id,
        sentences.article_id,
        sentences.sentence_index,
        sentences.char_start,
        sentences.char_end,
        sentences.sentence_text,
        current_extractions.extracted_at
    from sentences
    inner join current_extractions
        on sentences.article_id = current_extractions.article_id

)

select * from current_sentences
