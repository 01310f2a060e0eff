-- Every document version's content_sha256 is the sha256 of its body. Hashing every body grows with
-- the archive, so an incremental build checks the versions ingested since the last (changed_since).
-- It also reads the test scope; the check belongs to stg_documents in Dagster.
{{ config(meta={'dagster': {'ref': {'name': 'stg_documents'}}}) }}

select
    article_id,
    version,
    content_sha256
from {{ ref('stg_documents') }}
where
    {{ changed_since('ingested_at') }}
    and content_sha256 is not null
    and content_sha256 is distinct from sha256(body_text)
