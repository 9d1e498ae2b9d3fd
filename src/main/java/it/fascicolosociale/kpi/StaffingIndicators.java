package it.fascicolosociale.kpi;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * LEPS staffing (L. 178/2020 art. 1 c. 797): social workers in full-time equivalents per 5,000 inhabitants, per
 * comune and for the whole ATS, against the essential level (1 per 5,000) and the target (1 per 4,000). Counted on
 * the last day of the period (today, if the period is still running): each operator's working-time fraction is
 * split evenly among their social-worker posts, and a post in a unit serving several comuni is apportioned to
 * them by resident population, as the ISTAT survey apportions the spending of associated bodies.
 */
@Component
class StaffingIndicators {

    private static final String SOCIAL_WORKERS = """
            with posts as (
                select ra.unit_id, o.working_time_fraction / count(*) over (partition by ra.operator_id) as fte
                from role_assignment ra join operator o on o.id = ra.operator_id
                where ra.role_code = 'social-worker' and o.enabled
                  and ra.valid_from <= :day and (ra.valid_to is null or ra.valid_to >= :day)),
            units as (
                select p.unit_id, sum(p.fte) as fte
                from posts p join organizational_unit u on u.id = p.unit_id join managing_body mb on mb.id = u.managing_body_id
                where true %s
                group by p.unit_id),
            served as (
                select u.unit_id, u.fte, m.istat_code, m.population
                from units u join municipality m
                  on exists (select 1 from unit_coverage c where c.unit_id = u.unit_id and c.municipality_id = m.id)
                  or not exists (select 1 from unit_coverage c where c.unit_id = u.unit_id)),
            per_comune as (
                select istat_code, sum(fte * population / nullif(total, 0)) as fte
                from (select s.*, sum(s.population) over (partition by s.unit_id) as total from served s) shares
                group by istat_code),
            comuni as (
                select m.istat_code as comune, m.name as comune_name, m.population, coalesce(p.fte, 0) as fte, 1 as rank
                from municipality m left join per_comune p on p.istat_code = m.istat_code
                where true %s
                union all
                select sd.code, sd.name, sum(m.population), coalesce(sum(p.fte), 0), 2
                from municipality m join social_district sd on sd.id = m.social_district_id
                left join per_comune p on p.istat_code = m.istat_code
                where cast(:comune as varchar) is null
                group by sd.code, sd.name)
            select comune, comune_name, population, fte, fte * 5000 / nullif(population, 0) as fte_per_5000,
                   population / nullif(fte, 0) as inhabitants_per_fte,
                   fte * 5000 >= population as level_met, fte * 4000 >= population as target_met
            from comuni
            order by rank, comune_name""";

    private final JdbcClient jdbc;
    private final Clock clock;

    StaffingIndicators(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<List<Object>> socialWorkers(KpiFilter filter) {
        LocalDate today = LocalDate.now(clock);
        Conditions units = new Conditions()
                .and("u.user_area_code = :area", "area", filter.area())
                .and("mb.code = :body", "body", filter.managingBody());
        Conditions comuni = new Conditions().and("m.istat_code = :comune", "comune", filter.comune());
        units.params().putAll(comuni.params());
        units.param("comune", filter.comune()).param("day", filter.to().isAfter(today) ? today : filter.to());
        String sql = SOCIAL_WORKERS.formatted(units.sql(), comuni.sql());
        return Rows.query(jdbc, Indicator.SOCIAL_WORKERS, sql, units.params());
    }
}
