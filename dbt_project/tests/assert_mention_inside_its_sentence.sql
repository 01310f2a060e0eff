-- Every mention lies within the character span of the sentence it points to.
-- Several models are read; the check belongs to marts.actor_mentions in Dagster.
{{ config(meta={'dagster': {'ref': {'name': 'actor_mentions'}}}) }}

select
    actor_mentions.mention_id,
    actor_mentions.char_start,
    actor_mentions.char_end,
    sentences.char_start as sentence_start,
    sentences.char_end as sentence_end
from {{ ref('actor_mentions') }} as actor_mentions
inner join {{ ref('sentences') }} as sentences
    on actor_mentions.sentence_id = sentences.sentence_id
where
    actor_mentions.char_start < sentences.char_start
    or actor_mentions.char_end > sentences.char_end
