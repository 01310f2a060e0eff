-- Every current mention names an entity and a sentence of the same current extraction. The join
-- covers every mention, so an incremental build checks those extracted since the last (changed_since).
-- Several models are read; the check belongs to int_mentions_current in Dagster.
{{ config(meta={'dagster': {'ref': {'name': 'int_mentions_current'}}}) }}

with mentions as (

    select
        mention_id,
        article_id,
        entity_key,
        sentence_id
    from {{ ref('int_mentions_current') }}
    where {{ changed_since('extracted_at') }}

)

select
    mentions.mention_id,
    entities.article_id is null as entity_missing,
    sentences.sentence_id is null as sentence_missing
from mentions
left join {{ ref('int_entities_current') }} as entities
    on
        mentions.article_id = entities.article_id
        and mentions.entity_key = entities.entity_key
left join {{ ref('int_sentences_current') }} as sentences
    on mentions.sentence_id = sentences.sentence_id
where entities.article_id is null or sentences.sentence_id is null
