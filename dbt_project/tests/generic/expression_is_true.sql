{#
    Fails on every row where the boolean expression is false or null.
    Write "col is null or ..." when null should pass.
#}
{% test expression_is_true(model, expression) %}

select *
from {{ model }}
where not coalesce(({{ expression }}), false)

{% endtest %}
