{#
    Pre-hook of the incremental marts: on an incremental build, delete the rows of {{ this }} that no
    row of `current` matches on `columns` (null matching null), i.e. rows built from inputs that have
    changed or gone since. The model then appends rows for whatever has none left, so the table ends
    up as a full rebuild would. A no-op on the first build and on --full-refresh.
#}
{% macro delete_outdated_rows(current, columns) -%}
    {%- if is_incremental() -%}
        delete from {{ this }}
        where not exists (
            select 1
            from {{ current }} as current_rows
            where
            {%- for column in columns %}
                {{ 'and ' if not loop.first }}current_rows.{{ column }} is not distinct from {{ this.identifier }}.{{ column }}
            {%- endfor %}
        )
    {%- endif -%}
{%- endmacro %}
