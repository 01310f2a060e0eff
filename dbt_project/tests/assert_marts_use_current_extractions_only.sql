-- Extraction rows reach the marts only for articles whose current version was extracted.
-- Several models are read; the check belongs to marts.articles in Dagster.
{{ config(meta={'dagster': {'ref': {'name': 'articles'}}}) }}

with extracted_articles as (

    select extractions.article_id
    from {{ source('raw', 'extractions') }} as extractions
    inner join {{ ref('articles') }} as articles
        on
            extractions.article_id = articles.article_id
            and extractions.version = articles.version

),

mart_articles as (

    select article_id from {{ ref('sentences') }}
    union
    select article_id from {{ ref('actor_mentions') }}
    union
    select article_id from {{ ref('meetings') }}
    union
    select article_id from {{ ref('casualty_figures') }}
    union
    select article_id from {{ ref('oil_flows') }}

)

select mart_articles.article_id
from mart_articles
where mart_articles.article_id not in (select extracted_articles.article_id from extracted_articles)
