with entities as (

    select * from {{ ref('stg_entities') }}

),

current_extractions as (

    select * from {{ ref('int_extractions_current') }}

),

current_entities as (

    select entities.*
    from entities
    inner join current_extractions
        on entities.article_id = current_extractions.article_id

)

select * from current_entities
