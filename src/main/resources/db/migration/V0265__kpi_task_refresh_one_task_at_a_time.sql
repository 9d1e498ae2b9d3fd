-- KPI (issue 6): the refresh of the tasks the engine writes (V0223) cost a few milliseconds a task on the tests' tiny
-- data and a quarter of a second to two seconds at full scale (measured), growing with the history, for two reasons:
--
-- 1. It read kpi_task_source with "task_id = any (ids)". PostgreSQL does not carry such a condition into the view's
--    DISTINCT ON over the candidate links, so every call sorted all the candidate links of the history to keep one
--    task's latest group (2 s at full scale). Each task is now read with "task_id = <id>": the equality reaches the
--    DISTINCT ON (its key) and the links of that task are read from their index (act_idx_hi_ident_link_task).
-- 2. The work of a task (case, accesso or referral) is found from its process instance's business key by
--    rls_key_id(), whose regular expression and cast PostgreSQL does not count as leakproof; social_case, intake and
--    referral are under row-level security, so such a join condition may not be looked up in their index ahead of
--    their policies, and every refresh read all the cases and accessi (0.25 s at full scale). The view now looks the
--    work up in a lateral subquery kept apart (offset 0), where the key is a parameter and the primary key is used:
--    0.3 ms a task, and the full rebuild took 26 s instead of 46 s at full scale (load average 8-9).
--
-- Same columns, same rows: the rule of V0220 is unchanged; kpi_task is not rebuilt. One generated load of
-- SyntheticAtsTest (tiny scale, as the application's role, every trigger firing) went from 86 s, 70 of them in this
-- refresh, to 26 s, 10 of them in it (pg_stat_user_functions, load average 7-9).
create or replace view kpi_task_source as
with tasks as (
    select t.id_ as task_id, t.proc_inst_id_ as proc_inst_id, t.assignee_ as assignee,
           substr(c.group_id_, strpos(c.group_id_, '@') + 1) as candidate_unit,
           t.start_time_ as started_at, t.end_time_ as ended_at, t.due_date_ as due_at, t.delete_reason_ as end_reason,
           rls_key_id(p.business_key_, 'case') as case_id, rls_key_id(p.business_key_, 'intake') as intake_id,
           rls_key_id(p.business_key_, 'referral') as referral_id
    from act_hi_taskinst t
    left join act_hi_procinst p on p.id_ = t.proc_inst_id_
    left join (select distinct on (l.task_id_) l.task_id_, l.group_id_
               from act_hi_identitylink l
               where l.type_ = 'candidate' and l.group_id_ is not null and l.operation_type_ = 'add'
               order by l.task_id_, l.timestamp_ desc, l.id_ desc) c on c.task_id_ = t.id_),
work as (
    select t.*, coalesce(wc.comune, wi.comune, wrc.comune, wri.comune) as comune,
           coalesce(wc.user_area_code, wi.user_area_code, wrc.user_area_code, wri.user_area_code) as area
    from tasks t
    left join lateral (select c.comune, c.user_area_code from social_case c where c.id = t.case_id offset 0) wc on true
    left join lateral (select i.comune, i.user_area_code from intake i where i.id = t.intake_id offset 0) wi on true
    left join lateral (select r.case_id, r.intake_id from referral r where r.id = t.referral_id offset 0) wr on true
    left join social_case wrc on wrc.id = wr.case_id
    left join intake wri on wri.id = wr.intake_id)
select w.*, d.unit_code as delegated_unit, d.body_code
from work w
left join kpi_delegation d on d.comune = w.comune and d.area = w.area
     and w.started_at::date between d.valid_from and d.valid_to;

create or replace function kpi_refresh_task_rows(p_task_ids varchar[]) returns void
    language plpgsql security definer set search_path = public, pg_temp as $$
declare
    checking text := coalesce(current_setting('fascicolo.rls_checking', true), '');
    task varchar;
begin
    if cardinality(array_remove(p_task_ids, null)) = 0 then
        return;
    end if;
    perform set_config('fascicolo.rls_checking', 'on', true);
    for task in select distinct id from unnest(p_task_ids) as ids(id) where id is not null loop
        delete from kpi_task where task_id = task;
        insert into kpi_task select * from kpi_task_source where task_id = task;
    end loop;
    perform set_config('fascicolo.rls_checking', checking, true);
end
$$;
revoke execute on function kpi_refresh_task_rows(varchar[]) from public;
