with articles as (

    select * from {{ ref('int_articles_latest') }}

),

final as (

    select
        cast(article_id as varchar) as article_id,
        cast(source_name as varchar) as source_name,
        cast(title as varchar) as title,
        cast(outlet as varchar) as outlet,
        cast(author as varchar) as author,
        cast(url as varchar) as url,
        cast(published_at as date) as published_at,
        cast(published_at_source as varchar) as published_at_source,
        cast(body_text as varchar) as body_text,
        cast(word_count as integer) as word_count,
        cast(content_sha256 as varchar) as content_sha256,
        cast(ingested_at as timestamp) as ingested_at,
        cast(duplicate_of_article_id as varchar) as duplicate_of_article_id,
        cast(version as integer) as version,
        cast(file_format as varchar) as file_format,
        cast(file_sha256 as varchar) as file_sha256,
        cast(first_ingested_at as timestamp) as first_ingested_at
    from articles

)

select * from final
