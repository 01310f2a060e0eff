with source as (

    select * from {{ source('raw', 'oil_flows') }}

),

renamed as (

    select
        article_id,
        flow_index,
        sentence_index,
        supplier_entity_key,
        recipient_entity_key,
        upper(nullif(trim(supplier_country_code), '')) as supplier_country_code,
        upper(nullif(trim(recipient_country_code), '')) as recipient_country_code,
        lower(trim(commodity)) as commodity,
        amount,
        lower(nullif(trim(unit), '')) as unit,
        lower(trim(status)) as flow_status,
        nullif(trim(period_text), '') as period_text,
        period_start,
        period_end,
        evidence_text
    from source

)

select * from renamed
