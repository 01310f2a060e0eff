-- One row per (meeting, actor). Two article-local entities of one meeting that resolve to the
-- same actor become one row; its role is the first of host, visitor, participant among theirs.

with participants as (

    select * from {{ ref('int_meeting_participants_current') }}

),

resolution as (

    select * from {{ ref('int_actor_resolution') }}

),

resolved_participants as (

    select
        participants.meeting_id,
        resolution.actor_id,
        participants.article_id,
        participants.entity_key,
        participants.participant_role
    from participants
    inner join resolution
        on
            participants.article_id = resolution.article_id
            and participants.entity_key = resolution.entity_key

),

deduplicated as (

    select *
    from resolved_participants
    qualify row_number() over (
        partition by meeting_id, actor_id
        order by
            case participant_role when 'host' then 1 when 'visitor' then 2 else 3 end,
            entity_key
    ) = 1

),

final as (

    select
        cast({{ make_id(['meeting_id', 'actor_id']) }} as varchar) as meeting_participant_id,
        cast(meeting_id as varchar) as meeting_id,
        cast(actor_id as varchar) as actor_id,
        cast(participant_role as varchar) as role,
        cast(article_id as varchar) as article_id,
        cast(entity_key as integer) as entity_key
    from deduplicated

)

select * from final
