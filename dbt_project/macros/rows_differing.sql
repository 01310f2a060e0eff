{#
    The body of a singular test that two row sets are equal: every row of `built` missing from
    `expected`, and every row of `expected` missing from `built`, labelled with `name`.
    `built` and `expected` name CTEs with the same columns (NULLs compare equal, as in EXCEPT).
#}
{% macro rows_differing(built, expected, name) -%}
    select
        'stale row in {{ name }}' as problem,
        only_built.*
    from (select * from {{ built }} except select * from {{ expected }}) as only_built
    union all
    select
        'row missing from {{ name }}' as problem,
        only_expected.*
    from (select * from {{ expected }} except select * from {{ built }}) as only_expected
{%- endmacro %}
