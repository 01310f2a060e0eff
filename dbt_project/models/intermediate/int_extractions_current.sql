-- Extractions that are still valid: made from the latest, non-deleted version of their article.

with extractions as (

    select * from {{ ref('stg_extractions') }}

),

articles as (

    select * from {{ ref('int_articles_latest') }}

),

current_extractions as (

    select
        extractions.article_id,
        extractions.extracted_version,
        extractions.content_sha256,
        articles.content_sha256 as article_content_sha256,
        extractions.extractor_version,
        extractions.extracted_at
    from extractions
    inner join articles
        on
            extractions.article_id = articles.article_id
            and extractions.extracted_version = articles.version

)

select * from current_extractions
