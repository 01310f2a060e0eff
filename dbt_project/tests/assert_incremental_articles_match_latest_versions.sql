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

),

only_built as (

    select * from built
    except
    select * from expected

),

only_expected as (

    select * from expected
    except
    select * from built

)

select
    'stale row in marts.articles' as problem,
    only_built.*
from only_built
union all
select
    'article missing from marts.articles' as problem,
    only_expected.*
from only_expected
