-- KPI (issue 6): the application and the engine write a whole row at each update (every column in the statement), so
-- the triggers of kpi_intake_lead (V0262, V0264) on "update of" its columns fired at every update of an accesso, a
-- case, a care plan or a process instance, and refreshed its accessi for nothing: the demo cases took 21 s instead of
-- 17 (measured). The updates now refresh only when a column the rollup reads has changed; inserts and deletes as
-- before. Same functions, same rows refreshed.
drop trigger kpi_intake_lead on intake;
create trigger kpi_intake_lead after insert or delete on intake
    for each row execute function kpi_intake_lead_intake_changed();
create trigger kpi_intake_lead_updated after update on intake
    for each row when ((old.registered_at, old.interviewed_at, old.case_id, old.comune, old.user_area_code, old.person_id,
                        old.status)
                       is distinct from (new.registered_at, new.interviewed_at, new.case_id, new.comune, new.user_area_code,
                                         new.person_id, new.status))
    execute function kpi_intake_lead_intake_changed();

drop trigger kpi_intake_lead on social_case;
create trigger kpi_intake_lead after insert or delete on social_case
    for each row execute function kpi_intake_lead_case_changed();
create trigger kpi_intake_lead_updated after update on social_case
    for each row when (old.opened_at is distinct from new.opened_at)
    execute function kpi_intake_lead_case_changed();

drop trigger kpi_intake_lead on care_plan;
create trigger kpi_intake_lead after insert or delete on care_plan
    for each row execute function kpi_intake_lead_case_changed();
create trigger kpi_intake_lead_updated after update on care_plan
    for each row when ((old.case_id, old.status, old.decided_at) is distinct from (new.case_id, new.status, new.decided_at))
    execute function kpi_intake_lead_case_changed();

drop trigger kpi_intake_lead on act_hi_procinst;
create trigger kpi_intake_lead after insert or delete on act_hi_procinst
    for each row execute function kpi_intake_lead_history_changed();
create trigger kpi_intake_lead_updated after update on act_hi_procinst
    for each row when (old.business_key_ is distinct from new.business_key_)
    execute function kpi_intake_lead_history_changed();
