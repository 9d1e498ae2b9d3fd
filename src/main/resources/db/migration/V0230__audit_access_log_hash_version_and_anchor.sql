-- The access log's hash format and anchor (README, "The access log: chain, anchor and purge").
--
-- 1. Each row names the format of its hash. Rows written so far keep format 1 (fields joined with '|', a missing
--    value as ''); the application writes format 2 (each field length-prefixed, a missing value marked apart).
--    No default: a row written without stating its format is refused.
alter table access_log add column hash_version smallint not null default 1 check (hash_version in (1, 2));
alter table access_log alter column hash_version drop default;

-- 2. The anchor: after every insert into the log a trigger records where the chain begins (after which row, with
--    which hash: row 0 and the genesis hash until a purge) and where it ends (the last row and its hash). The
--    verifier compares the chain's two ends with the latest anchor, so rows deleted at either end are found, and so
--    is a chain rewritten with recomputed hashes. The trigger runs as the owner: the application role may only read
--    the anchors, and no code path can append without anchoring.
create table access_log_anchor (
    id                bigint generated always as identity primary key,
    at                timestamptz not null default now(),
    begins_after_id   bigint      not null,
    begins_after_hash char(64)    not null,
    ends_at_id        bigint      not null,
    ends_at_hash      char(64)    not null
);

create trigger access_log_anchor_no_update_or_delete
    before update or delete on access_log_anchor
    for each row execute function access_log_is_append_only();

create trigger access_log_anchor_no_truncate
    before truncate on access_log_anchor
    for each statement execute function access_log_is_append_only();

create function access_log_anchor_appended() returns trigger language plpgsql security definer
    set search_path = pg_catalog, public as $$
begin
    insert into access_log_anchor (begins_after_id, begins_after_hash, ends_at_id, ends_at_hash)
    select coalesce(latest.begins_after_id, 0), coalesce(latest.begins_after_hash, repeat('0', 64)), newest.id, newest.hash
    from (select id, hash from appended order by id desc limit 1) newest
    left join (select begins_after_id, begins_after_hash from access_log_anchor order by id desc limit 1) latest on true;
    return null;
end
$$;

create trigger access_log_anchored
    after insert on access_log referencing new table as appended
    for each statement execute function access_log_anchor_appended();

insert into access_log_anchor (begins_after_id, begins_after_hash, ends_at_id, ends_at_hash)
select 0, repeat('0', 64), id, hash from access_log order by id desc limit 1;

revoke insert, update, delete, truncate, references, trigger on access_log_anchor from ${application_role};
