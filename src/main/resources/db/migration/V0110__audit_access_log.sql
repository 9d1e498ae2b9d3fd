-- The access log: append-only, hash-chained. A trigger refuses updates and deletes whatever the role;
-- the application's own database role also gets no UPDATE or DELETE on it (see the privacy migrations).
create table access_log (
    id            bigint generated always as identity primary key,
    at            timestamptz  not null,
    operator      varchar(60)  not null,
    unit_code     varchar(60),
    role_code     varchar(30),
    person_id     bigint,
    case_id       bigint,
    item_type     varchar(40),
    item_id       varchar(64),
    action        varchar(20)  not null check (action in ('READ', 'WRITE', 'SEARCH', 'EXPORT', 'DOWNLOAD', 'API')),
    purpose       varchar(30)  not null,
    outcome       varchar(10)  not null check (outcome in ('ALLOWED', 'DENIED')),
    previous_hash char(64)     not null,
    hash          char(64)     not null unique
);
create index access_log_person on access_log (person_id, at);
create index access_log_operator on access_log (operator, at);

create function access_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the access log is append-only: % refused', tg_op;
end
$$;

create trigger access_log_no_update_or_delete
    before update or delete on access_log
    for each row execute function access_log_is_append_only();

create trigger access_log_no_truncate
    before truncate on access_log
    for each statement execute function access_log_is_append_only();
