-- Closure reason and the history of a case: openings, closures, reopenings, moves.
alter table social_case add column closure_reason varchar(40);

create table case_event (
    case_id     bigint       not null references social_case on delete cascade,
    position    integer      not null,
    kind        varchar(30)  not null,
    at          timestamptz  not null,
    by_operator varchar(60)  not null,
    detail      varchar(2000),
    primary key (case_id, position)
);

insert into case_event (case_id, position, kind, at, by_operator, detail)
select id, 0, 'OPENED', opened_at, opened_by, case_manager from social_case;
