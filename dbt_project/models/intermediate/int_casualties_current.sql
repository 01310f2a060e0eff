-- A view: its one mart reads it once per build, so a table would only be a second copy.
{{ config(materialized='view') }}

with casualties as (

    select * from {{ ref('stg_casualties') }}

),

current_extractions as (

    select * from {{ ref('int_extractions_current') }}

),

current_casualties as (

    select
        {{ make_id(['casualties.article_id', "'casualty'", 'casualties.casualty_index']) }} as casualty_figure_id,
        {{ make_id(['casualties.article_id', 'casualties.sentence_index']) }} as sentence_id,
        casualties.*
    from casualties
    inner join current_extractions
        on casualties.article_id = current_extractions.article_id

)

select * from current_casualties
