package it.fascicolosociale.kpi;

import java.time.ZoneId;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Accessi and their lead times: outcomes, time from the first access to the first contact, to the presa in
 * carico, to the case manager's first interview (engine history) and to the approved PAI.
 * The cohort is the accessi registered in the period; comune and area are the accesso's. The first interview's end
 * is found by a partial index on that activity (migration V0222): a change of its id changes both.
 */
@Component
class IntakeIndicators {

    private static final String LOCAL_DAY = "(i.registered_at at time zone 'Europe/Rome')::date";

    private static final String OUTCOMES = """
            with counted as (
                select i.status as outcome, count(*) as intakes, count(distinct i.person_id) as persons
                from intake i %s
                where i.registered_at >= :start and i.registered_at < :end %s
                group by i.status)
            select o.outcome, coalesce(c.intakes, 0) as intakes, coalesce(c.persons, 0) as persons
            from (values ('INFORMED', 1), ('REFERRED', 2), ('PROPOSED', 3), ('ACCEPTED', 4), ('REJECTED', 5),
                         ('REGISTERED', 6)) as o(outcome, rank)
            left join counted c on c.outcome = o.outcome
            order by o.rank""";

    private static final String LEAD_TIMES = """
            with cohort as (
                select i.registered_at, i.interviewed_at, i.case_id
                from intake i %s
                where i.registered_at >= :start and i.registered_at < :end %s),
            leads as (
                select 'first-contact' as step, interviewed_at - registered_at as lead
                from cohort where interviewed_at is not null
                union all
                select 'case-opened', c.opened_at - k.registered_at
                from cohort k join social_case c on c.id = k.case_id
                union all
                select 'case-first-interview', fi.ended - k.registered_at
                from cohort k
                cross join lateral (
                    select min(a.end_time_ at time zone :engineZone) as ended
                    from act_hi_procinst p
                    join act_hi_actinst a on a.proc_inst_id_ = p.id_ and a.act_id_ = 'first-interview'
                    where p.business_key_ = 'case-' || k.case_id and p.proc_def_key_ = 'social-case'
                      and a.end_time_ is not null) fi
                where k.case_id is not null and fi.ended is not null
                union all
                select 'plan-approved', pa.decided - k.registered_at
                from cohort k
                cross join lateral (
                    select min(cp.decided_at) as decided from care_plan cp
                    where cp.case_id = k.case_id and cp.status in ('APPROVED', 'SUPERSEDED')) pa
                where k.case_id is not null and pa.decided is not null)
            select s.step, count(l.lead) as measured,
                   percentile_cont(0.5) within group (order by extract(epoch from l.lead) / 86400) as median_days,
                   percentile_cont(0.9) within group (order by extract(epoch from l.lead) / 86400) as p90_days
            from (values ('first-contact', 1), ('case-opened', 2), ('case-first-interview', 3), ('plan-approved', 4))
                 as s(step, rank)
            left join leads l on l.step = s.step
            group by s.step, s.rank
            order by s.rank""";

    private static final String FIRST_CONTACT = """
            with cohort as (
                select i.comune, i.person_id, i.registered_at, i.interviewed_at
                from intake i %s
                where i.registered_at >= :start and i.registered_at < :end %s)
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
        String sql = FIRST_CONTACT.formatted(Conditions.bodyJoin(filter, "i.comune", "i.user_area_code", LOCAL_DAY),
                cohort.sql(), comuni.sql());
        cohort.params().putAll(comuni.params());
        return Rows.query(jdbc, Indicator.FIRST_CONTACT, sql, cohort.params());
    }

    private List<List<Object>> query(Indicator indicator, String template, KpiFilter filter) {
        Conditions conditions = cohortConditions(filter);
        String sql = template.formatted(Conditions.bodyJoin(filter, "i.comune", "i.user_area_code", LOCAL_DAY),
                conditions.sql());
        return Rows.query(jdbc, indicator, sql, conditions.params());
    }

    private static Conditions cohortConditions(KpiFilter filter) {
        return Conditions.of(filter, "i.comune", "i.user_area_code", "dl.body_code")
                .param("engineZone", ZoneId.systemDefault().getId());
    }
}
