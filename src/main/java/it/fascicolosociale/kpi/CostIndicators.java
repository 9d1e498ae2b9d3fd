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

    private static final String BY_COMUNE = """
            select m.istat_code as comune, m.name as comune_name, m.population, coalesce(s.persons, 0) as persons,
                   coalesce(s.total, 0) as total, coalesce(s.body, 0) as body, coalesce(s."user", 0) as "user",
                   coalesce(s.health_service, 0) as health_service,
                   coalesce(s.body, 0) / nullif(m.population, 0) as body_per_inhabitant
            from municipality m
            left join deliveries s on s.comune = m.istat_code
            where true %s
            order by m.name""";

    private static final String BY_BODY = """
            select m.istat_code as comune, m.name as comune_name, s.body_code as managing_body,
                   mb.name as managing_body_name, s.persons, s.body,
                   s.body / nullif(m.population, 0) as body_per_inhabitant
            from deliveries s
            join municipality m on m.istat_code = s.comune
            left join managing_body mb on mb.code = s.body_code
            order by m.name, s.body desc, managing_body""";

    private final JdbcClient jdbc;

    CostIndicators(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<List<Object>> byComune(KpiFilter filter) {
        Conditions comuni = new Conditions().and("m.istat_code = :comune", "comune", filter.comune());
        String sql = ServiceIndicators.deliveries(filter, comuni, "comune") + BY_COMUNE.formatted(comuni.sql());
        return Rows.query(jdbc, Indicator.COST_BY_COMUNE, sql, comuni.params());
    }

    List<List<Object>> byComuneAndBody(KpiFilter filter) {
        Conditions conditions = new Conditions();
        String sql = ServiceIndicators.deliveries(filter, conditions, "comune", "body_code") + BY_BODY;
        return Rows.query(jdbc, Indicator.COMUNE_COST_BY_BODY, sql, conditions.params());
    }
}
