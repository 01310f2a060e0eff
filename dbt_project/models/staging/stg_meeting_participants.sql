with source as (

    select * from {{ source('raw', 'meeting_participants') }}

),

renamed as (

    select
        article_id,
        meeting_index,
        entity_key,
        lower(trim(role)) as participant_role
    from source

)

select * from renamed
