-- A view: marts copy from it only the rows of articles that changed (see delete_outdated_rows).
{{ config(materialized='view') }}

with mentions as (

    select * from {{ ref('stg_mentions') }}

),

current_extractions as (

    select * from {{ ref('int_extractions_current') }}

),

current_mentions as (

    select
        {{ make_id(['mentions.article_id', "'mention'", 'mentions.mention_index']) }} as mention_id,
        {{ make_id(['mentions.article_id', 'mentions.sentence_index']) }} as sentence_id,
        mentions.*,
        current_extractions.extracted_at
    from mentions
    inner join current_extractions
        on mentions.article_id = current_extractions.article_id

)

select * from current_mentions
