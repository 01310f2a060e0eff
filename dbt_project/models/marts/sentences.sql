-- Incremental: an article's sentences change only when it is re-extracted, deleted, or its latest
-- version is no longer the extracted one, all of which change its (article_id, extracted_at) among
-- the current extractions. The pre-hook deletes rows whose pair is gone; the model appends the
-- sentences of current articles that have none. `--full-refresh` builds the same table.
{{
    config(
        materialized='incremental',
        incremental_strategy='append',
        on_schema_change='fail',
        pre_hook="{{ delete_outdated_rows(ref('int_extractions_current'), ['article_id', 'extracted_at']) }}"
    )
}}

with sentences as (

    select * from {{ ref('int_sentences_current') }}

),

sentences_to_add as (

    select sentences.*
    from sentences
    {% if is_incremental() %}
        where sentences.article_id not in (select built.article_id from {{ this }} as built)
    {% endif %}

),

final as (

    select
        cast(sentence_id as varchar) as sentence_id,
        cast(article_id as varchar) as article_id,
        cast(sentence_index as integer) as sentence_index,
        cast(char_start as integer) as char_start,
        cast(char_end as integer) as char_end,
        cast(sentence_text as varchar) as text,
        cast(extracted_at as timestamp) as extracted_at
    from sentences_to_add

)

select * from final
