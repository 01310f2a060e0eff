with source as (

    select * from {{ source('raw', 'ingest_issues') }}

),

renamed as (

    select
        source_name,
        lower(trim(issue)) as issue,
        detail,
        file_sha256,
        seen_at
    from source

)

select * from renamed
