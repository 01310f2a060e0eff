-- Every sentence's offsets select exactly its text from the article body. It reads every body, so
-- on an incremental build it checks the sentences extracted since the last (changed_since).
-- Several models are read; the check belongs to marts.sentences in Dagster.
{{ config(meta={'dagster': {'ref': {'name': 'sentences'}}}) }}

select
    sentences.sentence_id,
    sentences.text,
    substr(articles.body_text, sentences.char_start + 1, sentences.char_end - sentences.char_start) as body_substring
from {{ ref('sentences') }} as sentences
inner join {{ ref('articles') }} as articles
    on sentences.article_id = articles.article_id
where
    {{ changed_since('sentences.extracted_at') }}
    and substr(articles.body_text, sentences.char_start + 1, sentences.char_end - sentences.char_start)
    is distinct from sentences.text
