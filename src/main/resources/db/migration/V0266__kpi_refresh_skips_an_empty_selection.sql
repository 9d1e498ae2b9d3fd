-- KPI (issue 6): the generic refresh of V0221 builds and plans its delete and insert as text at every call (about
-- 4 ms). Its triggers fire on writes that often concern no row of the rollup: a case or accesso created (its process
-- has no task yet), a delegation of a comune without tasks. When the query selects no key, nothing is deleted or
-- inserted, so nothing is planned. Same statements otherwise.
create or replace function kpi_refresh(p_rollup text, p_key text, p_query text, p_arg1 text, p_arg2 text) returns void
    language plpgsql security definer set search_path = public, pg_temp as $$
declare
    checking text := coalesce(current_setting('fascicolo.rls_checking', true), '');
    key_type text;
    selected text[];
begin
    perform set_config('fascicolo.rls_checking', 'on', true);
    execute 'select array(' || p_query || ')' into selected using p_arg1, p_arg2;
    selected := array_remove(selected, null);
    if cardinality(selected) > 0 then
        key_type := (select format_type(a.atttypid, a.atttypmod) from pg_attribute a
                     where a.attrelid = p_rollup::regclass and a.attname = p_key);
        execute format('delete from %1$I where %2$I = any (cast($1 as %3$s[]))', p_rollup, p_key, key_type) using selected;
        execute format('insert into %1$I select * from %1$I_source where %2$I = any (cast($1 as %3$s[]))', p_rollup, p_key,
                       key_type) using selected;
    end if;
    perform set_config('fascicolo.rls_checking', checking, true);
end
$$;
revoke execute on function kpi_refresh(text, text, text, text, text) from public;
