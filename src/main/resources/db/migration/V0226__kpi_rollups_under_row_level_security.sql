-- KPI (issue 6) and privacy (issue 5): the rollups that name a person, a case, an accesso or a referral by id
-- (kpi_task, kpi_case_event, kpi_delivery_person) say which services a person received: pseudonymous, still
-- personal data. Like every table of personal data they are under row-level security for the application's role;
-- they serve aggregates only, so the one policy lets that role read and write them in the system's context alone
-- (the indicators read as the system, kpi.Kpis), never in an operator's session. Not FORCEd: the triggers' refresh
-- and rebuild functions run as the owner, at nearly every process step, and a forced policy on them doubled the
-- demo cases' time (10 -> 19 s, measured).
do $$
declare
    rollup text;
begin
    foreach rollup in array array['kpi_task', 'kpi_case_event', 'kpi_delivery_person'] loop
        execute format('alter table %I enable row level security', rollup);
        execute format($policy$create policy aggregates_only on %I
            using (current_setting('fascicolo.system', true) = 'on' or current_setting('fascicolo.rls_checking', true) = 'on')
            with check (current_setting('fascicolo.system', true) = 'on' or current_setting('fascicolo.rls_checking', true) = 'on')
            $policy$, rollup);
    end loop;
end
$$;
