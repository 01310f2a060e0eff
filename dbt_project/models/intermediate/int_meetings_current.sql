-- A view: its one mart reads it once per build, so a table would only be a second copy.
{{ config(materialized='view') }}

with meetings as (

    select * from {{ ref('stg_meetings') }}

),

current_extractions as (

    select * from {{ ref('int_extractions_current') }}

),

current_meetings as (

    select
        {{ make_id(['meetings.article_id', "'meeting'", 'meetings.meeting_index']) }} as meeting_id,
        {{ make_id(['meetings.article_id', 'meetings.sentence_index']) }} as sentence_id,
        meetings.*
    from meetings
    inner join current_extractions
        on meetings.article_id = current_extractions.article_id

)

select * from current_meetings
