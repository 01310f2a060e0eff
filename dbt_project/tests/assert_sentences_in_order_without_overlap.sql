-- An article's sentences follow one another in the body without overlapping, in index order, and
-- none is empty: the sentence splitter's offsets are what every fact's provenance points into.
with sentences as (

    select
        article_id,
        sentence_index,
        char_start,
        char_end,
        lag(char_end) over (partition by article_id order by sentence_index) as previous_end
    from {{ ref('int_sentences_current') }}

)

select *
from sentences
where char_end <= char_start or char_start < coalesce(previous_end, 0)
