{#
    A filter for tests whose cost grows with the archive: true for rows whose `column` (an
    ingested_at or extracted_at) is newer than the scope the Dagster asset set for this build, and
    for every row when no scope is set (a full refresh, a subset build, `dbt build` by hand).
    Rows of an unchanged article keep their timestamps, and the build that brought them checked them.
#}
{% macro changed_since(column) -%}
    {{ column }} > coalesce((select max(checked_since) from {{ ref('stg_dbt_test_scope') }}), '-infinity'::timestamp)
{%- endmacro %}
