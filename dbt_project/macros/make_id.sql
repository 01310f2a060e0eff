{#
    Deterministic primary key: md5 of the natural key parts joined with ':'.
    make_id(['article_id', 'sentence_index']) -> md5(article_id || ':' || sentence_index).
    String literals can be passed quoted, e.g. "'meeting'".
#}
{% macro make_id(parts) -%}
    md5(concat_ws(':'
    {%- for part in parts -%}
        , cast({{ part }} as varchar)
    {%- endfor -%}
    ))
{%- endmacro %}
