-- KPI (issue 6): the candidate group of a task, in kpi_task_source (V0220), was picked by a DISTINCT ON over every
-- candidate link of the history, which the planner cannot narrow to the tasks asked for: each refresh of one task
-- read and sorted all the links (the triggers on the history turned a bulk load of a few thousand tasks into
-- minutes, and at full scale every task written would have sorted two million links). The same choice, the latest
-- candidate group added, is now looked up per task through an index on the task's links. Same columns, same rows.
create index kpi_act_hi_identitylink_task on act_hi_identitylink (task_id_, timestamp_ desc, id_ desc)
    where type_ = 'candidate' and group_id_ is not null and operation_type_ = 'add';

create or replace view kpi_task_source as
with tasks as (
    select t.id_ as task_id, t.proc_inst_id_ as proc_inst_id, t.assignee_ as assignee,
           substr(c.group_id_, strpos(c.group_id_, '@') + 1) as candidate_unit,
           t.start_time_ as started_at, t.end_time_ as ended_at, t.due_date_ as due_at, t.delete_reason_ as end_reason,
           rls_key_id(p.business_key_, 'case') as case_id, rls_key_id(p.business_key_, 'intake') as intake_id,
           rls_key_id(p.business_key_, 'referral') as referral_id
    from act_hi_taskinst t
    left join act_hi_procinst p on p.id_ = t.proc_inst_id_
    left join lateral (select l.group_id_
                       from act_hi_identitylink l
                       where l.task_id_ = t.id_ and l.type_ = 'candidate' and l.group_id_ is not null
                         and l.operation_type_ = 'add'
                       order by l.timestamp_ desc, l.id_ desc
                       limit 1) c on true),
work as (
    select t.*, coalesce(wc.comune, wi.comune, wrc.comune, wri.comune) as comune,
           coalesce(wc.user_area_code, wi.user_area_code, wrc.user_area_code, wri.user_area_code) as area
    from tasks t
    left join social_case wc on wc.id = t.case_id
    left join intake wi on wi.id = t.intake_id
    left join referral wr on wr.id = t.referral_id
    left join social_case wrc on wrc.id = wr.case_id
    left join intake wri on wri.id = wr.intake_id)
select w.*, d.unit_code as delegated_unit, d.body_code
from work w
left join kpi_delegation d on d.comune = w.comune and d.area = w.area
     and w.started_at::date between d.valid_from and d.valid_to;
