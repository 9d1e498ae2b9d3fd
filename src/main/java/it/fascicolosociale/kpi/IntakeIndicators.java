package it.fascicolosociale.kpi;

import java.time.ZoneId;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Accessi and their lead times: outcomes, time from the first access to the first contact, to the presa in
 * carico, to the case manager's first interview (engine history) and to the approved PAI.
 * The cohort is the accessi registered in the period; comune and area are the accesso's. Every figure is read
 * from {@code kpi_intake_lead}, one row per accesso with its person, outcome and the instants of its steps, kept by
 * triggers (migrations V0262, V0264), whose view finds the first interview's end by a partial index on that activity
 * (V0222): a change of its id changes both.
 */
@Component
class IntakeIndicators {

    private static final String OUTCOMES = """
            with counted as (
                select k.status as outcome, count(*) as intakes, count(distinct k.person_id) as persons
                from kpi_intake_lead k
                where k.registered_at >= :start and k.registered_at < :end %s
                group by k.status)
            select o.outcome, coalesce(c.intakes, 0) as intakes, coalesce(c.persons, 0) as persons
            from (values ('INFORMED', 1), ('REFERRED', 2), ('PROPOSED', 3), ('ACCEPTED', 4), ('REJECTED', 5),
                         ('REGISTERED', 6)) as o(outcome, rank)
            left join counted c on c.outcome = o.outcome
            order by o.rank""";

    /** One pass over the accessi, each step's median and 90th percentile sorting only its own leads. */
    private static final String LEAD_TIMES = """
            with leads as (
                select k.interviewed_at - k.registered_at as contact, k.case_opened_at - k.registered_at as opened,
                       (k.first_interview_end at time zone :engineZone) - k.registered_at as interview,
                       k.plan_decided_at - k.registered_at as plan
                from kpi_intake_lead k
                where k.registered_at >= :start and k.registered_at < :end %s),
            measured as (
                select count(contact) as contacts, %s as contact, count(opened) as openings, %s as opened,
                       count(interview) as interviews, %s as interview, count(plan) as plans, %s as plan
                from leads)
            select s.step, s.measured, s.days[1] as median_days, s.days[2] as p90_days
            from measured m
            cross join lateral (values ('first-contact', 1, m.contacts, m.contact), ('case-opened', 2, m.openings, m.opened),
                                       ('case-first-interview', 3, m.interviews, m.interview), ('plan-approved', 4, m.plans, m.plan))
                 as s(step, rank, measured, days)
            order by s.rank""".formatted("%s", percentiles("contact"), percentiles("opened"), percentiles("interview"),
            percentiles("plan"));

    private static final String FIRST_CONTACT = """
            with cohort as (
                select k.comune, k.person_id, k.registered_at, k.interviewed_at
                from kpi_intake_lead k
                where k.registered_at >= :start and k.registered_at < :end %s)
            select m.istat_code as comune, m.name as comune_name, count(k.registered_at) as intakes,
                   count(distinct k.person_id) as persons,
                   percentile_cont(0.5) within group (
                       order by extract(epoch from k.interviewed_at - k.registered_at) / 86400) as median_days,
                   percentile_cont(0.9) within group (
                       order by extract(epoch from k.interviewed_at - k.registered_at) / 86400) as p90_days
            from municipality m
            left join cohort k on k.comune = m.istat_code
            where true %s
            group by m.istat_code, m.name
            order by m.name""";

    private final JdbcClient jdbc;

    /** The median and the 90th percentile of a lead, in days. */
    private static String percentiles(String lead) {
        return "percentile_cont(array[0.5, 0.9]) within group (order by extract(epoch from " + lead + ") / 86400)";
    }

    IntakeIndicators(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<List<Object>> outcomes(KpiFilter filter) {
        return query(Indicator.INTAKE_OUTCOMES, OUTCOMES, filter);
    }

    List<List<Object>> leadTimes(KpiFilter filter) {
        return query(Indicator.LEAD_TIMES, LEAD_TIMES, filter);
    }

    List<List<Object>> firstContact(KpiFilter filter) {
        Conditions cohort = cohortConditions(filter);
        Conditions comuni = Conditions.of(filter, "m.istat_code", null, null);
        String sql = FIRST_CONTACT.formatted(cohort.sql(), comuni.sql());
        cohort.params().putAll(comuni.params());
        return Rows.query(jdbc, Indicator.FIRST_CONTACT, sql, cohort.params());
    }

    private List<List<Object>> query(Indicator indicator, String template, KpiFilter filter) {
        Conditions conditions = cohortConditions(filter);
        return Rows.query(jdbc, indicator, template.formatted(conditions.sql()), conditions.params());
    }

    /** The accessi of the period from {@code kpi_intake_lead}, with their comune, area and body. */
    private static Conditions cohortConditions(KpiFilter filter) {
        return Conditions.of(filter, "k.comune", "k.area", "k.body_code")
                .param("engineZone", ZoneId.systemDefault().getId());
    }
}
