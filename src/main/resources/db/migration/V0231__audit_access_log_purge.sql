-- The access log's retention (README, "The access log: chain, anchor and purge").

-- The log must be kept 24 months (Garante, Linee guida sul dossier sanitario, 4 June 2015): no purge, and no
-- delete by any role, may reach a row younger than this: the append-only trigger of the log and of its anchors
-- lets go the older rows only.
create function access_log_retention_floor() returns timestamptz language sql stable as $$
    select now() - interval '24 months'
$$;

create or replace function access_log_is_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if old.at < access_log_retention_floor() then
            return old;
        end if;
    end if;
    raise exception 'the access log is append-only: % refused', tg_op;
end
$$;

-- The purge deletes, oldest first and at most max_rows at a time, the rows written before the cutoff, and
-- anchors the chain's new beginning in the same transaction. It refuses a cutoff within the 24 months, whoever
-- asks: a compromised application cannot purge recent rows. It deletes only a beginning of the chain (the rows
-- before the first one written at or after the cutoff), so what is kept is still one chain. It takes the
-- appends' advisory lock (AccessLog.APPEND_LOCK), so no append interleaves with its anchor.
create function purge_access_log(cutoff timestamptz, max_rows integer) returns bigint language plpgsql security definer
    set search_path = pg_catalog, public as $$
declare
    last_purged record;
    latest record;
    purged bigint;
begin
    if cutoff > access_log_retention_floor() then
        raise exception 'access log purge refused: % is within the 24 months the log is kept', cutoff
            using errcode = 'insufficient_privilege';
    end if;
    perform pg_advisory_xact_lock(18369829691151180);
    select id, hash into last_purged
    from (select id, hash from access_log
          where id < coalesce((select min(id) from access_log where at >= cutoff), 9223372036854775807)
          order by id limit max_rows) oldest
    order by id desc limit 1;
    if not found then
        return 0;
    end if;
    delete from access_log where id <= last_purged.id;
    get diagnostics purged = row_count;
    select ends_at_id, ends_at_hash into latest from access_log_anchor order by id desc limit 1;
    insert into access_log_anchor (begins_after_id, begins_after_hash, ends_at_id, ends_at_hash)
    values (last_purged.id, last_purged.hash, latest.ends_at_id, latest.ends_at_hash);
    delete from access_log_anchor where at < cutoff and ends_at_id <= last_purged.id;
    return purged;
end
$$;

revoke all on function purge_access_log(timestamptz, integer) from public;
grant execute on function purge_access_log(timestamptz, integer) to ${application_role};
