with issues as (

    select * from {{ ref('stg_ingest_issues') }}

),

final as (

    select
        cast(source_name as varchar) as source_name,
        cast(issue as varchar) as issue,
        cast(detail as varchar) as detail,
        cast(seen_at as timestamp) as seen_at,
        cast(file_sha256 as varchar) as file_sha256
    from issues

)

select * from final
