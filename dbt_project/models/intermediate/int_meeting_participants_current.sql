-- A view: its one mart reads it once per build, so a table would only be a second copy.
{{ config(materialized='view') }}

with participants as (

    select * from {{ ref('stg_meeting_participants') }}

),

current_extractions as (

    select * from {{ ref('int_extractions_current') }}

),

current_participants as (

    select
        {{ make_id(['participants.article_id', "'meeting'", 'participants.meeting_index']) }} as meeting_id,
        participants.*
    from participants
    inner join current_extractions
        on participants.article_id = current_extractions.article_id

)

select * from current_participants
