{# Fails on every row whose value is an empty or blank string (null passes: pair with not_null). #}
{% test not_empty_string(model, column_name) %}

select *
from {{ model }}
where trim({{ column_name }}) = ''

{% endtest %}
