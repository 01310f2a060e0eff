with source as (

    select * from {{ source('pipeline_state', 'dbt_test_scope') }}

),

renamed as (

    select checked_since
    from source

)

select * from renamed
