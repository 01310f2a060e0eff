-- Supplier and recipient entities resolved to actors; a missing country code is taken from the
-- resolved entity's own country_code.

with oil_flows as (

    select * from {{ ref('int_oil_flows_current') }}

),

resolution as (

    select * from {{ ref('int_actor_resolution') }}

),

final as (

    select
        cast(oil_flows.oil_flow_id as varchar) as oil_flow_id,
        cast(oil_flows.article_id as varchar) as article_id,
        cast(oil_flows.sentence_id as varchar) as sentence_id,
        cast(suppliers.actor_id as varchar) as supplier_actor_id,
        cast(recipients.actor_id as varchar) as recipient_actor_id,
        cast(
            coalesce(oil_flows.supplier_country_code, suppliers.country_code) as varchar
        ) as supplier_country_code,
        cast(
            coalesce(oil_flows.recipient_country_code, recipients.country_code) as varchar
        ) as recipient_country_code,
        cast(oil_flows.commodity as varchar) as commodity,
        cast(oil_flows.amount as double) as amount,
        cast(oil_flows.unit as varchar) as unit,
        cast(oil_flows.flow_status as varchar) as status,
        cast(oil_flows.period_text as varchar) as period_text,
        cast(oil_flows.period_start as date) as period_start,
        cast(oil_flows.period_end as date) as period_end,
        cast(oil_flows.evidence_text as varchar) as evidence_text,
        cast(oil_flows.flow_index as integer) as flow_index
    from oil_flows
    left join resolution as suppliers
        on
            oil_flows.article_id = suppliers.article_id
            and oil_flows.supplier_entity_key = suppliers.entity_key
    left join resolution as recipients
        on
            oil_flows.article_id = recipients.article_id
            and oil_flows.recipient_entity_key = recipients.entity_key

)

select * from final
