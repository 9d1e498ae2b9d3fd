package it.fascicolosociale.kpi;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What each comune bears for its residents under the delegation table: the deliveries of the benefits it pays
 * for, split by the managing body that ran them, against its resident population (the latest figure in the
 * comuni table). Costs here are the comune's own (quota ente); the user's co-payment and the health service's
 * share are shown beside them, not added.
 */
@Component
class CostIndicators {

    private static final String BY_COMUNE = ServiceIndicators.DELIVERIES + """
            select m.istat_code as comune, m.name as comune_name, m.population, coalesce(s.persons, 0) as persons,
                   coalesce(s.total, 0) as total, coalesce(s.body, 0) as body, coalesce(s."user", 0) as "user",
                   coalesce(s.health_service, 0) as health_service,
                   coalesce(s.body, 0) / nullif(m.population, 0) as body_per_inhabitant
            from municipality m
            left join (select x.comune, %s from deliveries x group by x.comune) s on s.comune = m.istat_code
            where true %s
            order by m.name""";

    private static final String BY_BODY = ServiceIndicators.DELIVERIES + """
            select m.istat_code as comune, m.name as comune_name, s.body_code as managing_body,
                   s.body_name as managing_body_name, s.persons, s.body,
                   s.body / nullif(m.population, 0) as body_per_inhabitant
            from (select x.comune, x.body_code, x.body_name, %s from deliveries x
                  group by x.comune, x.body_code, x.body_name) s
            join municipality m on m.istat_code = s.comune
            order by m.name, s.body desc, managing_body""";

    private final JdbcClient jdbc;

    CostIndicators(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<List<Object>> byComune(KpiFilter filter) {
        Conditions conditions = ServiceIndicators.deliveryConditions(filter);
        Conditions comuni = new Conditions().and("m.istat_code = :comune", "comune", filter.comune());
        String sql = BY_COMUNE.formatted(conditions.sql(), ServiceIndicators.SUMS, comuni.sql());
        return Rows.query(jdbc, Indicator.COST_BY_COMUNE, sql, conditions.params());
    }

    List<List<Object>> byComuneAndBody(KpiFilter filter) {
        Conditions conditions = ServiceIndicators.deliveryConditions(filter);
        String sql = BY_BODY.formatted(conditions.sql(), ServiceIndicators.SUMS);
        return Rows.query(jdbc, Indicator.COMUNE_COST_BY_BODY, sql, conditions.params());
    }
}
