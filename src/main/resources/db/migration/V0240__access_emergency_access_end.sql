-- Break-the-glass ends early when the operator says they are done: ended_at records it, and expires_at moves to
-- that instant, so that every rule that asks "in force now?" (FileAccess and the row-level security functions)
-- reads one column. An emergency access may only end earlier, never later, and never be reopened: the trigger
-- refuses any other change of its times. The end is logged as the access-log action END.
alter table emergency_access add column ended_at timestamptz;
alter table emergency_access add constraint emergency_access_ended_at_its_expiry
    check (ended_at is null or (ended_at = expires_at and ended_at >= opened_at));

create function emergency_access_only_ends_earlier() returns trigger language plpgsql as $$
begin
    if new.opened_at <> old.opened_at
       or new.expires_at > old.expires_at
       or (old.ended_at is not null and new.ended_at is distinct from old.ended_at)
       or (new.expires_at < old.expires_at and new.ended_at is null) then
        raise exception 'an emergency access may only end earlier, once, never later (id %)', old.id;
    end if;
    return new;
end $$;

create trigger emergency_access_only_ends_earlier before update on emergency_access
    for each row execute function emergency_access_only_ends_earlier();

alter table access_log drop constraint access_log_action_check;
alter table access_log add constraint access_log_action_check
    check (action in ('READ', 'WRITE', 'SEARCH', 'EXPORT', 'DOWNLOAD', 'API', 'END'));
