package it.fascicolosociale.kpi;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

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

    /**
     * The deliveries of a period summed per the columns asked (of comune, area, item, body_code), as the CTE
     * {@code deliveries} with those columns, quantity, persons, total, body, "user" and health_service. Whole months
     * come from the monthly rollup and the days of a partial first or last month from the deliveries themselves
     * (a period of whole months, such as a year, reads no delivery); the persons from the yearly rollup of who was
     * served on which days (V0210).
     */
    private static final String DELIVERIES = """
            with amounts as (
                select m.comune, m.area, m.item, m.body_code, m.quantity, m.total, m.body, m."user", m.health_service
                from kpi_delivery_month m
                where m.month >= :monthsFrom and m.month < :monthsTo %2$s%3$s),
            served as (
                select %1$s, count(*) as persons
                from (select distinct %1$s, p.person_id, p.item as served_item, p.year
                      from kpi_delivery_person p
                      where p.year between :fromYear and :toYear and p.days && daterange(:from, :to, '[]') %4$s) p
                group by %1$s),
            summed as (
                select %1$s, sum(quantity) as quantity, sum(total) as total, sum(body) as body, sum("user") as "user",
                       sum(health_service) as health_service
                from amounts
                group by %1$s),
            deliveries as (
                select s.*, coalesce(p.persons, 0) as persons from summed s left join served p on %5$s)
            """;

    /** The days of a partial first or last month, added to {@code amounts} when the period has any. */
    private static final String PARTIAL_MONTHS = """

                union all
                select s.comune, s.area, s.item, s.body_code, s.quantity, s.total_amount, s.body_amount, s.user_amount,
                       s.health_service_amount
                from kpi_delivery_source s
                where (s.delivered_on >= :from and s.delivered_on < :monthsFrom
                       or s.delivered_on >= :monthsTo and s.delivered_on <= :to) %s""";

    private static final String GRANTED = """
            select b.catalogue_item_code as item, ci.name_it as item_name, ci.benefit_code, count(*) as benefits,
                   count(distinct (b.person_id, extract(year from b.decided_at at time zone 'Europe/Rome'))) as persons
            from benefit b join catalogue_item ci on ci.code = b.catalogue_item_code %s
            where b.decided_at >= :start and b.decided_at < :end and b.status <> 'REFUSED' %s
            group by b.catalogue_item_code, ci.name_it, ci.benefit_code
            order by benefits desc, item""";

    private static final String BY_ITEM = """
            select x.item, ci.name_it as item_name, ci.benefit_code, ci.istat_service_code as istat_code,
                   lower(replace(ci.unit_of_measure, '_', '-')) as unit_of_measure, x.quantity, x.persons, x.total,
                   x.body, x."user", x.health_service
            from deliveries x join catalogue_item ci on ci.code = x.item
            order by total desc, x.item""";

    private static final String BY_AREA = """
            select a.code as area, a.istat_code as istat_area, coalesce(s.persons, 0) as persons, coalesce(s.total, 0) as total,
                   coalesce(s.body, 0) as body, coalesce(s."user", 0) as "user", coalesce(s.health_service, 0) as health_service
            from user_area a
            left join deliveries s on s.area = a.code
            where true %s
            order by a.istat_rank""";

    private static final String BY_BODY = """
            select x.body_code as managing_body, mb.name as managing_body_name, x.persons, x.total, x.body, x."user",
                   x.health_service
            from deliveries x left join managing_body mb on mb.code = x.body_code
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
        Conditions conditions = new Conditions();
        String sql = deliveries(filter, conditions, "item") + BY_ITEM;
        return Rows.query(jdbc, Indicator.DELIVERIES_BY_ITEM, sql, conditions.params());
    }

    List<List<Object>> byArea(KpiFilter filter) {
        Conditions areas = new Conditions().and("a.code = :area", "area", filter.area());
        String sql = deliveries(filter, areas, "area") + BY_AREA.formatted(areas.sql());
        return Rows.query(jdbc, Indicator.DELIVERIES_BY_AREA, sql, areas.params());
    }

    List<List<Object>> byBody(KpiFilter filter) {
        Conditions conditions = new Conditions();
        String sql = deliveries(filter, conditions, "body_code") + BY_BODY;
        return Rows.query(jdbc, Indicator.DELIVERIES_BY_BODY, sql, conditions.params());
    }

    /**
     * The {@code deliveries} CTE of the filter summed per the columns given, its parameters added to those of the
     * query. The whole months of the period are those from its first day of a month (or the first day after its
     * partial first month) to the end of its last whole month; a period within one month has none.
     */
    static String deliveries(KpiFilter filter, Conditions query, String... columns) {
        LocalDate monthsFrom = filter.from().getDayOfMonth() == 1 ? filter.from() : filter.from().withDayOfMonth(1).plusMonths(1);
        LocalDate monthsTo = filter.to().plusDays(1).withDayOfMonth(1);
        if (!monthsTo.isAfter(monthsFrom)) {
            monthsFrom = filter.to().plusDays(1);
            monthsTo = monthsFrom;
        }
        Conditions rollup = conditions(filter, "m.");
        query.params().putAll(rollup.params());
        query.param("monthsFrom", monthsFrom).param("monthsTo", monthsTo)
                .param("fromYear", filter.from().getYear()).param("toYear", filter.to().getYear());
        String group = String.join(", ", columns);
        String sameGroup = Arrays.stream(columns).map(column -> "p." + column + " is not distinct from s." + column)
                .collect(Collectors.joining(" and "));
        boolean partialMonths = monthsFrom.isAfter(filter.from()) || !monthsTo.isAfter(filter.to());
        String partialDays = partialMonths ? PARTIAL_MONTHS.formatted(conditions(filter, "s.").sql()) : "";
        return DELIVERIES.formatted(group, rollup.sql(), partialDays, conditions(filter, "p.").sql(), sameGroup);
    }

    private static Conditions conditions(KpiFilter filter, String table) {
        return Conditions.of(filter, table + "comune", table + "area", table + "body_code");
    }
}
