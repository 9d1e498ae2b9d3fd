-- KPI (issue 6) and privacy (issue 5): the rollups that name a person, a case, an accesso or a referral by id
-- (kpi_task, kpi_case_event, kpi_delivery_person) say which services a person received: pseudonymous, still
-- personal data. Like every table of personal data their row-level security is forced; they serve aggregates only,
-- so the one policy lets them be read and written in the system's context (the indicators read as the system,
-- kpi.Kpis) and by the refresh and rebuild functions (fascicolo.rls_checking on), and by no operator's session.
do $$
declare
    rollup text;
begin
    foreach rollup in array array['kpi_task', 'kpi_case_event', 'kpi_delivery_person'] loop
        execute format('alter table %I enable row level security', rollup);
        execute format('alter table %I force row level security', rollup);
        execute format($policy$create policy aggregates_only on %I
            using (current_setting('fascicolo.system', true) = 'on' or current_setting('fascicolo.rls_checking', true) = 'on')
            with check (current_setting('fascicolo.system', true) = 'on' or current_setting('fascicolo.rls_checking', true) = 'on')
            $policy$, rollup);
    end loop;
end
$$;
