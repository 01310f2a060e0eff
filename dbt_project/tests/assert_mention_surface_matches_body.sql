-- Every mention's offsets select exactly its surface_text from the article body. It reads every
-- body, so on an incremental build it checks the mentions extracted since the last (changed_since).
-- Several models are read; the check belongs to marts.actor_mentions in Dagster.
{{ config(meta={'dagster': {'ref': {'name': 'actor_mentions'}}}) }}

select
    actor_mentions.mention_id,
    actor_mentions.surface_text,
    substr(articles.body_text, actor_mentions.char_start + 1, actor_mentions.char_end - actor_mentions.char_start)
        as body_substring
from {{ ref('actor_mentions') }} as actor_mentions
inner join {{ ref('articles') }} as articles
    on actor_mentions.article_id = articles.article_id
where
    {{ changed_since('actor_mentions.extracted_at') }}
    and substr(articles.body_text, actor_mentions.char_start + 1, actor_mentions.char_end - actor_mentions.char_start)
    is distinct from actor_mentions.surface_text
