-- The operators who work on a case beside its case manager.
create table case_team_member (
    case_id  bigint      not null references social_case on delete cascade,
    username varchar(60) not null references operator (username),
    added_at timestamptz not null,
    added_by varchar(60) not null,
    primary key (case_id, username)
);
