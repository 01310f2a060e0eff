{#
    Fails when the model holds more than max_rows rows: for control tables that must stay tiny.
#}
{% test row_count_at_most(model, max_rows) %}

select count(*) as row_count
from {{ model }}
having count(*) > {{ max_rows }}

{% endtest %}
