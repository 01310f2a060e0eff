with meetings as (

    select * from {{ ref('int_meetings_current') }}

),

final as (

    select
        cast(meeting_id as varchar) as meeting_id,
        cast(article_id as varchar) as article_id,
        cast(sentence_id as varchar) as sentence_id,
        cast(meeting_kind as varchar) as meeting_kind,
        cast(meeting_status as varchar) as status,
        cast(place_name as varchar) as place_name,
        cast(place_country_code as varchar) as place_country_code,
        cast(date_text as varchar) as date_text,
        cast(meeting_date as date) as meeting_date,
        cast(evidence_text as varchar) as evidence_text,
        cast(meeting_index as integer) as meeting_index
    from meetings

)

select * from final
