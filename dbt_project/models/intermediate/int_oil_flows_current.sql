-- A view: its one mart reads it once per build, so a table would only be a second copy.
{{ config(materialized='view') }}

with oil_flows as (

    select * from {{ ref('stg_oil_flows') }}

),

current_extractions as (

    select * from {{ ref('int_extractions_current') }}

),

current_oil_flows as (

    select
        {{ make_id(['oil_flows.article_id', "'oil_flow'", 'oil_flows.flow_index']) }} as oil_flow_id,
        {{ make_id(['oil_flows.article_id', 'oil_flows.sentence_index']) }} as sentence_id,
        oil_flows.*
    from oil_flows
    inner join current_extractions
        on oil_flows.article_id = current_extractions.article_id

)

select * from current_oil_flows
