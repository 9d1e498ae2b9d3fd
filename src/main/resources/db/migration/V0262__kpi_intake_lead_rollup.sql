-- KPI (issue 6): the lead times of the accessi, one row per accesso with the instants they are measured between, so
-- that a period's lead times read one narrow table instead of joining each accesso of the period to its case, to the
-- engine's history of the case's presa in carico and to its care plans: the accesso's registration, comune, area and
-- the managing body in charge of them on the day it was registered; its interview (first contact); its case's
-- opening; the end of the case manager's first interview (the engine's local time, as its history: the reader
-- converts it with the application's time zone); the first decision approving the case's PAI.
-- Ids of the accesso and the case: pseudonymous, so under row-level security like the other rollups (V0226), and
-- forced, since only the refreshes below write it, at the rare writes of an accesso, a case or a care plan.
--
-- How it stays correct: kpi_intake_lead_source is the plain query. The triggers below refresh the rows of the
-- accessi a write may change, in the same transaction: an accesso written; a case opened, moved in time or deleted,
-- a care plan written (the accessi of the case); the first-interview activity of a social-case process written or
-- deleted, a social-case process instance started, its business key changed or deleted (the accessi of the case of
-- its business key); a delegation written (the accessi of its comune). They read the domain tables as their owner
-- with fascicolo.rls_checking on, as the other rollups do. kpi_rebuild_intake_lead() refills the table: this
-- migration and a bulk load that suspends the triggers (the synthetic ATS generator) call it.
create table kpi_intake_lead (
    intake_id           bigint      primary key,
    case_id             bigint,
    registered_at       timestamptz not null,
    comune              char(6),
    area                varchar(30),
    body_code           varchar(40),
    interviewed_at      timestamptz,
    case_opened_at      timestamptz,
    first_interview_end timestamp,
    plan_decided_at     timestamptz
);
create index kpi_intake_lead_registered_at on kpi_intake_lead (registered_at)
    include (comune, area, body_code, interviewed_at, case_opened_at, first_interview_end, plan_decided_at);
create index kpi_intake_lead_case on kpi_intake_lead (case_id) where case_id is not null;
create index kpi_intake_lead_comune on kpi_intake_lead (comune);

create view kpi_intake_lead_source as
select i.id as intake_id, i.case_id, i.registered_at, i.comune, i.user_area_code as area, d.body_code,
       i.interviewed_at, c.opened_at as case_opened_at,
       (select min(a.end_time_) from act_hi_procinst p
        join act_hi_actinst a on a.proc_inst_id_ = p.id_ and a.act_id_ = 'first-interview'
        where p.business_key_ = 'case-' || i.case_id and p.proc_def_key_ = 'social-case'
          and a.end_time_ is not null) as first_interview_end,
       (select min(cp.decided_at) from care_plan cp
        where cp.case_id = i.case_id and cp.status in ('APPROVED', 'SUPERSEDED')) as plan_decided_at
from intake i
left join social_case c on c.id = i.case_id
left join kpi_delegation d on d.comune = i.comune and d.area = i.user_area_code
     and (i.registered_at at time zone 'Europe/Rome')::date between d.valid_from and d.valid_to;

alter table kpi_intake_lead enable row level security;
alter table kpi_intake_lead force row level security;
create policy aggregates_only on kpi_intake_lead
    using (current_setting('fascicolo.system', true) = 'on' or current_setting('fascicolo.rls_checking', true) = 'on')
    with check (current_setting('fascicolo.system', true) = 'on' or current_setting('fascicolo.rls_checking', true) = 'on');

-- The given accessi again from the view, as the owner with the domain tables readable (the flag put back after).
create function kpi_refresh_intake_lead_rows(p_intake_ids bigint[]) returns void
    language plpgsql security definer set search_path = public, pg_temp as $$
declare
    checking text := coalesce(current_setting('fascicolo.rls_checking', true), '');
    ids bigint[] := array_remove(p_intake_ids, null);
begin
    if cardinality(ids) = 0 then
        return;
    end if;
    perform set_config('fascicolo.rls_checking', 'on', true);
    delete from kpi_intake_lead where intake_id = any (ids);
    insert into kpi_intake_lead select * from kpi_intake_lead_source where intake_id = any (ids);
    perform set_config('fascicolo.rls_checking', checking, true);
end
$$;
revoke execute on function kpi_refresh_intake_lead_rows(bigint[]) from public;

-- The accessi of some cases, whichever of the case, the accesso or the rollup links them.
create function kpi_refresh_intake_leads_of_cases(p_case_ids bigint[]) returns void
    language plpgsql security definer set search_path = public, pg_temp as $$
declare
    checking text := coalesce(current_setting('fascicolo.rls_checking', true), '');
    ids bigint[] := array_remove(p_case_ids, null);
begin
    if cardinality(ids) = 0 then
        return;
    end if;
    perform set_config('fascicolo.rls_checking', 'on', true);
    perform kpi_refresh_intake_lead_rows(array(select intake_id from kpi_intake_lead where case_id = any (ids)
                                               union select id from intake where case_id = any (ids)));
    perform set_config('fascicolo.rls_checking', checking, true);
end
$$;
revoke execute on function kpi_refresh_intake_leads_of_cases(bigint[]) from public;

create function kpi_intake_lead_intake_changed() returns trigger
    language plpgsql security definer set search_path = public, pg_temp as $$
begin
    if tg_op = 'INSERT' then
        perform kpi_refresh_intake_lead_rows(array[new.id]);
    elsif tg_op = 'DELETE' then
        perform kpi_refresh_intake_lead_rows(array[old.id]);
    else
        perform kpi_refresh_intake_lead_rows(array[old.id, new.id]);
    end if;
    return null;
end
$$;

-- On social_case (its id) and care_plan (its case_id).
create function kpi_intake_lead_case_changed() returns trigger
    language plpgsql security definer set search_path = public, pg_temp as $$
declare
    old_case bigint;
    new_case bigint;
begin
    if tg_table_name = 'social_case' then
        if tg_op <> 'INSERT' then old_case := old.id; end if;
        if tg_op <> 'DELETE' then new_case := new.id; end if;
    else
        if tg_op <> 'INSERT' then old_case := old.case_id; end if;
        if tg_op <> 'DELETE' then new_case := new.case_id; end if;
    end if;
    perform kpi_refresh_intake_leads_of_cases(array[old_case, new_case]);
    return null;
end
$$;

-- On act_hi_actinst (the first interview's rows only, by the triggers' conditions) and act_hi_procinst: the case of
-- the social-case process's business key.
create function kpi_intake_lead_history_changed() returns trigger
    language plpgsql security definer set search_path = public, pg_temp as $$
declare
    old_case bigint;
    new_case bigint;
begin
    if tg_table_name = 'act_hi_procinst' then
        if tg_op <> 'INSERT' and old.proc_def_key_ = 'social-case' then
            old_case := rls_key_id(old.business_key_, 'case');
        end if;
        if tg_op <> 'DELETE' and new.proc_def_key_ = 'social-case' then
            new_case := rls_key_id(new.business_key_, 'case');
        end if;
    else
        if tg_op <> 'INSERT' then
            old_case := (select rls_key_id(p.business_key_, 'case') from act_hi_procinst p
                         where p.id_ = old.proc_inst_id_ and p.proc_def_key_ = 'social-case');
        end if;
        if tg_op <> 'DELETE' then
            new_case := (select rls_key_id(p.business_key_, 'case') from act_hi_procinst p
                         where p.id_ = new.proc_inst_id_ and p.proc_def_key_ = 'social-case');
        end if;
    end if;
    perform kpi_refresh_intake_leads_of_cases(array[old_case, new_case]);
    return null;
end
$$;

create function kpi_intake_lead_delegation_changed() returns trigger
    language plpgsql security definer set search_path = public, pg_temp as $$
declare
    checking text := coalesce(current_setting('fascicolo.rls_checking', true), '');
begin
    perform set_config('fascicolo.rls_checking', 'on', true);
    perform kpi_refresh_intake_lead_rows(array(
        select k.intake_id from kpi_intake_lead k join municipality m on m.istat_code = k.comune
        where m.id in ((case when tg_op <> 'INSERT' then old.municipality_id end),
                       (case when tg_op <> 'DELETE' then new.municipality_id end))));
    perform set_config('fascicolo.rls_checking', checking, true);
    return null;
end
$$;

create trigger kpi_intake_lead after insert or update of registered_at, interviewed_at, case_id, comune, user_area_code
    or delete on intake for each row execute function kpi_intake_lead_intake_changed();
create trigger kpi_intake_lead after insert or update of opened_at or delete on social_case
    for each row execute function kpi_intake_lead_case_changed();
create trigger kpi_intake_lead after insert or update of case_id, status, decided_at or delete on care_plan
    for each row execute function kpi_intake_lead_case_changed();
create trigger kpi_intake_lead after insert or update of business_key_ or delete on act_hi_procinst
    for each row execute function kpi_intake_lead_history_changed();
-- Only the first interview's rows: every other activity the engine records passes by without a call.
create trigger kpi_intake_lead after insert or update on act_hi_actinst
    for each row when (new.act_id_ = 'first-interview' and new.proc_def_key_ = 'social-case')
    execute function kpi_intake_lead_history_changed();
create trigger kpi_intake_lead_deleted after delete on act_hi_actinst
    for each row when (old.act_id_ = 'first-interview' and old.proc_def_key_ = 'social-case')
    execute function kpi_intake_lead_history_changed();
create trigger kpi_intake_lead after insert or update or delete on delegation
    for each row execute function kpi_intake_lead_delegation_changed();

create function kpi_rebuild_intake_lead() returns void language sql security definer set search_path = public, pg_temp as $$
    select kpi_refill('kpi_intake_lead');
$$;

select kpi_rebuild_intake_lead();
analyze kpi_intake_lead;
