-- KPI (issue 6): the triggers that fire at nearly every step of a process (a history task written, a candidate
-- group added, a process instance started, a case event recorded) refresh kpi_task and kpi_case_event with static
-- statements, whose plans each connection keeps, instead of the generic
-- kpi_refresh of V0221, which builds its statements as text and plans them again at every call (about 4 ms a call:
-- the demo cases took 18 s instead of 10, and a bulk load as the application's role minutes). Same rule: the rows
-- of the tasks written are deleted and read again from kpi_task_source, as the owner with the domain tables
-- readable (fascicolo.rls_checking on, put back after).
create function kpi_refresh_task_rows(p_task_ids varchar[]) returns void
    language plpgsql security definer set search_path = public, pg_temp as $$
declare
    checking text := coalesce(current_setting('fascicolo.rls_checking', true), '');
    ids varchar[] := array_remove(p_task_ids, null);
begin
    if cardinality(ids) = 0 then
        return;
    end if;
    perform set_config('fascicolo.rls_checking', 'on', true);
    delete from kpi_task where task_id = any (ids);
    insert into kpi_task select * from kpi_task_source where task_id = any (ids);
    perform set_config('fascicolo.rls_checking', checking, true);
end
$$;
revoke execute on function kpi_refresh_task_rows(varchar[]) from public;

create function kpi_task_history_task_changed() returns trigger
    language plpgsql security definer set search_path = public, pg_temp as $$
begin
    if tg_op = 'INSERT' then
        perform kpi_refresh_task_rows(array[new.id_]);
    elsif tg_op = 'DELETE' then
        perform kpi_refresh_task_rows(array[old.id_]);
    else
        perform kpi_refresh_task_rows(array[old.id_, new.id_]);
    end if;
    return null;
end
$$;

create function kpi_task_candidate_changed() returns trigger
    language plpgsql security definer set search_path = public, pg_temp as $$
begin
    if tg_op = 'INSERT' then
        perform kpi_refresh_task_rows(array[new.task_id_]);
    elsif tg_op = 'DELETE' then
        perform kpi_refresh_task_rows(array[old.task_id_]);
    else
        perform kpi_refresh_task_rows(array[old.task_id_, new.task_id_]);
    end if;
    return null;
end
$$;

drop trigger kpi_task on act_hi_taskinst;
create trigger kpi_task after insert or update or delete on act_hi_taskinst
    for each row execute function kpi_task_history_task_changed();
drop trigger kpi_task on act_hi_identitylink;
create trigger kpi_task after insert or update or delete on act_hi_identitylink
    for each row execute function kpi_task_candidate_changed();

create function kpi_task_process_changed() returns trigger
    language plpgsql security definer set search_path = public, pg_temp as $$
begin
    perform kpi_refresh_task_rows(array(select t.task_id from kpi_task t
                                        where t.proc_inst_id in ((case when tg_op <> 'INSERT' then old.id_ end),
                                                                 (case when tg_op <> 'DELETE' then new.id_ end))));
    return null;
end
$$;

drop trigger kpi_task on act_hi_procinst;
create trigger kpi_task after insert or update of business_key_ or delete on act_hi_procinst
    for each row execute function kpi_task_process_changed();

create function kpi_refresh_case_event_rows(p_case_ids bigint[]) returns void
    language plpgsql security definer set search_path = public, pg_temp as $$
declare
    checking text := coalesce(current_setting('fascicolo.rls_checking', true), '');
    ids bigint[] := array_remove(p_case_ids, null);
begin
    if cardinality(ids) = 0 then
        return;
    end if;
    perform set_config('fascicolo.rls_checking', 'on', true);
    delete from kpi_case_event where case_id = any (ids);
    insert into kpi_case_event select * from kpi_case_event_source where case_id = any (ids);
    perform set_config('fascicolo.rls_checking', checking, true);
end
$$;
revoke execute on function kpi_refresh_case_event_rows(bigint[]) from public;

create function kpi_case_event_recorded() returns trigger
    language plpgsql security definer set search_path = public, pg_temp as $$
begin
    if tg_op = 'INSERT' then
        perform kpi_refresh_case_event_rows(array[new.case_id]);
    elsif tg_op = 'DELETE' then
        perform kpi_refresh_case_event_rows(array[old.case_id]);
    else
        perform kpi_refresh_case_event_rows(array[old.case_id, new.case_id]);
    end if;
    return null;
end
$$;

drop trigger kpi_case_event on case_event;
create trigger kpi_case_event after insert or update or delete on case_event
    for each row execute function kpi_case_event_recorded();
