with source as (

    select * from {{ source('raw', 'extractions') }}

),

renamed as (

    select
        article_id,
        version as extracted_version,
        content_sha256,
        extractor_version,
        extracted_at
    from source

)

select * from renamed
