{#
    Accent- and case-folded, punctuation-free, single-spaced form of a free-text name
    (the shape of raw.entities.name_key), with a leading "the" dropped; null when nothing is left.
    Used to compare place names across sentences and articles.
#}
{% macro normalize_name(expression) -%}
    nullif(
        regexp_replace(
            trim(regexp_replace(lower(strip_accents({{ expression }})), '[^\p{L}\p{N}]+', ' ', 'g')),
            '^the ',
            ''
        ),
        ''
    )
{%- endmacro %}
