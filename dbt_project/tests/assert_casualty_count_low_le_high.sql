-- count_low <= count_high for every casualty figure.
select
    casualty_figure_id,
    count_low,
    count_high
from {{ ref('casualty_figures') }}
where not (count_low <= count_high)
