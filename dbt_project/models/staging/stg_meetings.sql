with source as (

    select * from {{ source('raw', 'meetings') }}

),

renamed as (

    select
        article_id,
        meeting_index,
        sentence_index,
        lower(trim(meeting_kind)) as meeting_kind,
        lower(trim(status)) as meeting_status,
        nullif(trim(place_name), '') as place_name,
        upper(nullif(trim(place_country_code), '')) as place_country_code,
        nullif(trim(date_text), '') as date_text,
        meeting_date,
        evidence_text
    from source

)

select * from renamed
