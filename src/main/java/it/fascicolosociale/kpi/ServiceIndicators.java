package it.fascicolosociale.kpi;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What was granted and delivered: benefits approved, and deliveries with their cost split (body, user
 * co-payment, health service) per catalogue item, user area, managing body and paying comune. A delivery
 * belongs to the comune that pays for the benefit (the person's comune) and to the managing body the delegation
 * table puts in charge of that comune and area on the day of the delivery. Persons are counted once per
 * service (catalogue item) per calendar year, as the ISTAT survey counts users.
 */
@Component
class ServiceIndicators {

    static final String DELIVERIES = """
            with deliveries as (
                select b.person_id, b.paying_comune as comune, b.user_area_code as area, b.catalogue_item_code as item,
                       extract(year from d.delivered_on) as year, d.quantity, d.total_amount, d.body_amount,
                       d.user_amount, d.health_service_amount, dl.body_code, dl.body_name
                from benefit_delivery d
                join benefit b on b.id = d.benefit_id
                left join kpi_delegation dl on dl.comune = b.paying_comune and dl.area = b.user_area_code
                     and d.delivered_on between dl.valid_from and dl.valid_to
                where d.delivered_on between :from and :to %s)
            """;

    static final String SUMS = """
            count(distinct (x.person_id, x.item, x.year)) as persons, sum(x.total_amount) as total, sum(x.body_amount) as body,
            sum(x.user_amount) as "user", sum(x.health_service_amount) as health_service""";

    private static final String GRANTED = """
            select b.catalogue_item_code as item, ci.name_it as item_name, ci.benefit_code, count(*) as benefits,
                   count(distinct (b.person_id, extract(year from b.decided_at at time zone 'Europe/Rome'))) as persons
            from benefit b join catalogue_item ci on ci.code = b.catalogue_item_code %s
            where b.decided_at >= :start and b.decided_at < :end and b.status <> 'REFUSED' %s
            group by b.catalogue_item_code, ci.name_it, ci.benefit_code
            order by benefits desc, item""";

    private static final String BY_ITEM = DELIVERIES + """
            select x.item, ci.name_it as item_name, ci.benefit_code, ci.istat_service_code as istat_code,
                   lower(replace(ci.unit_of_measure, '_', '-')) as unit_of_measure, sum(x.quantity) as quantity, %s
            from deliveries x join catalogue_item ci on ci.code = x.item
            group by x.item, ci.name_it, ci.benefit_code, ci.istat_service_code, ci.unit_of_measure
            order by total desc, x.item""";

    private static final String BY_AREA = DELIVERIES + """
            select a.code as area, a.istat_code as istat_area, coalesce(s.persons, 0) as persons, coalesce(s.total, 0) as total,
                   coalesce(s.body, 0) as body, coalesce(s."user", 0) as "user", coalesce(s.health_service, 0) as health_service
            from user_area a
            left join (select x.area, %s from deliveries x group by x.area) s on s.area = a.code
            where true %s
            order by a.istat_rank""";

    private static final String BY_BODY = DELIVERIES + """
            select x.body_code as managing_body, x.body_name as managing_body_name, %s
            from deliveries x
            group by x.body_code, x.body_name
            order by total desc, managing_body""";

    private final JdbcClient jdbc;

    ServiceIndicators(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<List<Object>> granted(KpiFilter filter) {
        Conditions conditions = Conditions.of(filter, "b.paying_comune", "b.user_area_code", "dl.body_code");
        String sql = GRANTED.formatted(Conditions.bodyJoin(filter, "b.paying_comune", "b.user_area_code",
                "(b.decided_at at time zone 'Europe/Rome')::date"), conditions.sql());
        return Rows.query(jdbc, Indicator.BENEFITS_GRANTED, sql, conditions.params());
    }

    List<List<Object>> byItem(KpiFilter filter) {
        Conditions conditions = deliveryConditions(filter);
        return Rows.query(jdbc, Indicator.DELIVERIES_BY_ITEM, BY_ITEM.formatted(conditions.sql(), SUMS), conditions.params());
    }

    List<List<Object>> byArea(KpiFilter filter) {
        Conditions conditions = deliveryConditions(filter);
        Conditions areas = new Conditions().and("a.code = :area", "area", filter.area());
        String sql = BY_AREA.formatted(conditions.sql(), SUMS, areas.sql());
        return Rows.query(jdbc, Indicator.DELIVERIES_BY_AREA, sql, conditions.params());
    }

    List<List<Object>> byBody(KpiFilter filter) {
        Conditions conditions = deliveryConditions(filter);
        return Rows.query(jdbc, Indicator.DELIVERIES_BY_BODY, BY_BODY.formatted(conditions.sql(), SUMS), conditions.params());
    }

    static Conditions deliveryConditions(KpiFilter filter) {
        return Conditions.of(filter, "b.paying_comune", "b.user_area_code", "dl.body_code");
    }
}
