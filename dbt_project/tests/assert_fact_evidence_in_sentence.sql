-- Every fact's evidence_text is found in the text of the sentence it points to.
-- Several models are read; the check belongs to marts.sentences in Dagster.
{{ config(meta={'dagster': {'ref': {'name': 'sentences'}}}) }}

with facts as (

    select
        'meetings' as fact_table,
        meeting_id as fact_id,
        sentence_id,
        evidence_text
    from {{ ref('meetings') }}

    union all

    select
        'casualty_figures' as fact_table,
        casualty_figure_id as fact_id,
        sentence_id,
        evidence_text
    from {{ ref('casualty_figures') }}

    union all

    select
        'oil_flows' as fact_table,
        oil_flow_id as fact_id,
        sentence_id,
        evidence_text
    from {{ ref('oil_flows') }}

)

select
    facts.fact_table,
    facts.fact_id,
    facts.evidence_text,
    sentences.text as sentence_text
from facts
left join {{ ref('sentences') }} as sentences
    on facts.sentence_id = sentences.sentence_id
where
    sentences.sentence_id is null
    or facts.evidence_text is null
    or not contains(sentences.text, facts.evidence_text)
