with source as (

    select * from {{ source('raw', 'documents') }}

),

renamed as (

    select
        article_id,
        version,
        source_name,
        file_sha256,
        content_sha256,
        format as file_format,
        body_text,
        nullif(trim(json_extract_string(metadata, '$.title')), '') as title,
        nullif(trim(json_extract_string(metadata, '$.outlet')), '') as outlet,
        nullif(trim(json_extract_string(metadata, '$.author')), '') as author,
        nullif(trim(json_extract_string(metadata, '$.url')), '') as url,
        try_cast(
            left(nullif(trim(json_extract_string(metadata, '$.published_at')), ''), 10) as date
        ) as published_at,
        lower(nullif(trim(json_extract_string(metadata, '$.published_at_source')), '')) as published_at_source,
        ingested_at,
        is_deleted
    from source

)

select * from renamed
