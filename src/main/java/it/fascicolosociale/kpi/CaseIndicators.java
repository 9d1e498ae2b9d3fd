package it.fascicolosociale.kpi;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Social cases from their events: opened (or reopened) and closed per month with the cases open at each month's
 * end, closures by coded reason, and the caseload of each case manager. A case counts for its comune and area of
 * today and for the managing body in charge on the day it was opened. The cases open at an instant are the last event
 * of each case before it, with the case's balance after it (migration V0261): the sum of the deltas before it.
 */
@Component
class CaseIndicators {

    private static final String BY_MONTH = """
            with in_period as (
                select date_trunc('month', e.day)::date as month,
                       count(*) filter (where e.delta = 1) as opened, count(*) filter (where e.delta = -1) as closed
                from kpi_case_event e where e.day >= :from and e.day <= :to %1$s
                group by 1),
            months as (
                select generate_series(date_trunc('month', cast(:from as date)), cast(:to as date), interval '1 month')::date as month)
            select to_char(m.month, 'YYYY-MM') as month, coalesce(p.opened, 0) as opened, coalesce(p.closed, 0) as closed,
                   (select coalesce(sum(e.balance), 0) from kpi_case_event e
                    where e.balance <> 0 and e.at < :start and e.next_at >= :start %1$s)
                       + sum(coalesce(p.opened, 0) - coalesce(p.closed, 0)) over (order by m.month) as open_at_end
            from months m left join in_period p on p.month = m.month
            order by m.month""";

    private static final String CLOSURE_REASONS = """
            select e.reason, count(*) as closures
            from kpi_case_event e
            where e.delta = -1 and e.day >= :from and e.day <= :to %1$s
            group by e.reason
            order by closures desc, reason""";

    private static final String CASELOAD = """
            with open_cases as (
                select e.case_manager from kpi_case_event e
                where e.balance > 0 and e.at < least(:end, now()) and e.next_at >= least(:end, now()) %1$s)
            select oc.case_manager, count(*) as open_cases, o.working_time_fraction as fte,
                   count(*) / o.working_time_fraction as cases_per_fte
            from open_cases oc
            join operator o on o.username = oc.case_manager
            group by oc.case_manager, o.working_time_fraction
            order by open_cases desc, oc.case_manager""";

    private final JdbcClient jdbc;

    CaseIndicators(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<List<Object>> byMonth(KpiFilter filter) {
        return fromEvents(Indicator.CASES_BY_MONTH, BY_MONTH, filter);
    }

    List<List<Object>> closureReasons(KpiFilter filter) {
        return fromEvents(Indicator.CLOSURE_REASONS, CLOSURE_REASONS, filter);
    }

    List<List<Object>> caseload(KpiFilter filter) {
        return fromEvents(Indicator.CASELOAD, CASELOAD, filter);
    }

    /**
     * From {@code kpi_case_event}, the events with their case's comune, area and body, balance, next event, closure
     * reason and case manager, kept by triggers (V0221, V0261, V0263).
     */
    private List<List<Object>> fromEvents(Indicator indicator, String template, KpiFilter filter) {
        Conditions conditions = Conditions.of(filter, "e.comune", "e.area", "e.body_code");
        return Rows.query(jdbc, indicator, template.formatted(conditions.sql()), conditions.params());
    }
}
