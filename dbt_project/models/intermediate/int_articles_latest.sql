-- Latest version of every article that is not deleted, with the article it duplicates (the body
-- itself stays in stg_documents: marts.articles copies it only for articles that changed).
-- Among current articles sharing a body (content_sha256), the one that has held that body the
-- longest (earliest ingested_at of a version with that body; ties by source_name, then article_id)
-- is the original and every other one points to it.

with documents as (

    select * from {{ ref('stg_documents') }}

),

ranked_versions as (

    select
        *,
        row_number() over (partition by article_id order by version desc) as version_rank,
        min(ingested_at) over (partition by article_id) as first_ingested_at
    from documents

),

latest_versions as (

    select * exclude (version_rank)
    from ranked_versions
    where version_rank = 1 and not is_deleted

),

content_first_seen as (

    select
        latest_versions.article_id,
        min(documents.ingested_at) as content_first_ingested_at
    from latest_versions
    inner join documents
        on
            latest_versions.article_id = documents.article_id
            and latest_versions.content_sha256 = documents.content_sha256
    where not documents.is_deleted
    group by latest_versions.article_id

),

ranked_by_content as (

    select
        latest_versions.*,
        coalesce(
            content_first_seen.content_first_ingested_at, latest_versions.ingested_at
        ) as content_first_ingested_at,
        first_value(latest_versions.article_id) over (
            partition by latest_versions.content_sha256
            order by
                coalesce(content_first_seen.content_first_ingested_at, latest_versions.ingested_at),
                latest_versions.source_name,
                latest_versions.article_id
        ) as first_article_id
    from latest_versions
    left join content_first_seen
        on latest_versions.article_id = content_first_seen.article_id

),

final as (

    select
        article_id,
        version,
        source_name,
        file_format,
        file_sha256,
        content_sha256,
        title,
        outlet,
        author,
        url,
        published_at,
        case when published_at is not null then published_at_source end as published_at_source,
        ingested_at,
        first_ingested_at,
        content_first_ingested_at,
        case
            when content_sha256 is not null and first_article_id != article_id then first_article_id
        end as duplicate_of_article_id
    from ranked_by_content

)

select * from final
