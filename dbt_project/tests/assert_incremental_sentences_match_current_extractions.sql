-- marts.sentences is incremental: its rows must be exactly the sentences of the current
-- extractions, each from the extraction run that is current for its article.
-- Several models are read; the check belongs to marts.sentences in Dagster.
{{ config(meta={'dagster': {'ref': {'name': 'sentences'}}}) }}

with built as (

    select
        sentence_id,
        extracted_at
    from {{ ref('sentences') }}

),

expected as (

    select
        sentence_id,
        extracted_at
    from {{ ref('int_sentences_current') }}

)

{{ rows_differing('built', 'expected', 'marts.sentences') }}
