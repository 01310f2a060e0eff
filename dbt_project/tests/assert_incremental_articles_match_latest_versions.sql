-- marts.articles is incremental: it must hold exactly one row per current article, built from the
-- article's latest version and its current duplicate status (rows either way round are failures).
-- Several models are read; the check belongs to marts.articles in Dagster.
{{ config(meta={'dagster': {'ref': {'name': 'articles'}}}) }}

with built as (

    select
        article_id,
        version,
        duplicate_of_article_id
    from {{ ref('articles') }}

),

expected as (

    select
        article_id,
        version,
        duplicate_of_article_id
    from {{ ref('int_articles_latest') }}

)

{{ rows_differing('built', 'expected', 'marts.articles') }}
