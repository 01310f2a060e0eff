-- Every file whose latest version (max version) is not a deletion is in marts.articles, at that
-- version and with that body; and nothing else is. Computed from the source on its own.
-- Several models are read; the check belongs to marts.articles in Dagster.
{{ config(meta={'dagster': {'ref': {'name': 'articles'}}}) }}

with latest_documents as (

    select
        article_id,
        version,
        content_sha256
    from {{ source('raw', 'documents') }}
    qualify
        row_number() over (partition by article_id order by version desc) = 1
        and not is_deleted

),

articles as (

    select
        article_id,
        version,
        content_sha256
    from {{ ref('articles') }}

)

select
    coalesce(latest_documents.article_id, articles.article_id) as article_id,
    latest_documents.version as latest_version,
    articles.version as article_version
from latest_documents
full outer join articles
    on latest_documents.article_id = articles.article_id
where
    latest_documents.article_id is null
    or articles.article_id is null
    or latest_documents.version != articles.version
    or latest_documents.content_sha256 is distinct from articles.content_sha256
