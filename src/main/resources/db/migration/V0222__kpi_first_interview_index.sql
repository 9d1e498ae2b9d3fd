-- KPI (issue 6): the lead time to the case manager's first interview looks up, for each case of the period, the end
-- of the first-interview activity of its presa in carico; without this index it read every activity of the case's
-- process instance. Partial: the few rows of that one activity, which the lead-times query names.
create index kpi_act_hi_actinst_first_interview on act_hi_actinst (proc_inst_id_) include (end_time_)
    where act_id_ = 'first-interview';
