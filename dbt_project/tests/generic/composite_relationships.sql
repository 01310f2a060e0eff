{#
    relationships for a multi-column key: every row whose key columns are all non-null
    must have a row in `to` with equal `to_columns` (same order).
#}
{% test composite_relationships(model, columns, to, to_columns) %}

select child.*
from {{ model }} as child
where
    {% for column in columns -%}
        child.{{ column }} is not null and
    {% endfor -%}
    not exists (
        select 1
        from {{ to }} as parent
        where
            {% for column in columns -%}
                child.{{ column }} = parent.{{ to_columns[loop.index0] }}{{ " and" if not loop.last }}
            {% endfor %}
    )

{% endtest %}
