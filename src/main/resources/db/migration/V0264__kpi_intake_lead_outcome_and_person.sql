-- KPI (issue 6): the accessi's outcomes and the time to first contact per comune read kpi_intake_lead (V0262) too:
-- each row also carries the accesso's person (to count persons once) and its status (its outcome), so that the
-- section's accessi are read once from one narrow table instead of from the accessi under row-level security.
--
-- How it stays correct: both columns are part of kpi_intake_lead_source; the accesso's trigger now also refreshes its
-- row when its person or status changes.
alter table kpi_intake_lead
    add column person_id bigint,
    add column status    varchar(20);

create or replace view kpi_intake_lead_source as
select i.id as intake_id, i.case_id, i.registered_at, i.comune, i.user_area_code as area, d.body_code,
       i.interviewed_at, c.opened_at as case_opened_at,
       (select min(a.end_time_) from act_hi_procinst p
        join act_hi_actinst a on a.proc_inst_id_ = p.id_ and a.act_id_ = 'first-interview'
        where p.business_key_ = 'case-' || i.case_id and p.proc_def_key_ = 'social-case'
          and a.end_time_ is not null) as first_interview_end,
       (select min(cp.decided_at) from care_plan cp
        where cp.case_id = i.case_id and cp.status in ('APPROVED', 'SUPERSEDED')) as plan_decided_at,
       i.person_id, i.status
from intake i
left join social_case c on c.id = i.case_id
left join kpi_delegation d on d.comune = i.comune and d.area = i.user_area_code
     and (i.registered_at at time zone 'Europe/Rome')::date between d.valid_from and d.valid_to;

drop trigger kpi_intake_lead on intake;
create trigger kpi_intake_lead after insert or update of registered_at, interviewed_at, case_id, comune, user_area_code,
    person_id, status or delete on intake for each row execute function kpi_intake_lead_intake_changed();

select kpi_rebuild_intake_lead();

drop index kpi_intake_lead_registered_at;
create index kpi_intake_lead_registered_at on kpi_intake_lead (registered_at)
    include (comune, area, body_code, status, person_id, interviewed_at, case_opened_at, first_interview_end, plan_decided_at);
analyze kpi_intake_lead;
