package it.fascicolosociale.kpi;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The where clause of a KPI query grown from the filter: only the conditions whose value is given, so that
 * PostgreSQL plans each query for the filters it really has. Values always travel as parameters.
 */
final class Conditions {

    private final StringBuilder sql = new StringBuilder();
    private final Map<String, Object> params = new LinkedHashMap<>();

    /** The comune, area and body conditions of a filter on the given columns (null: the query has no such column). */
    static Conditions of(KpiFilter filter, String comuneColumn, String areaColumn, String bodyColumn) {
        Conditions conditions = new Conditions();
        conditions.param("start", filter.start()).param("end", filter.end())
                .param("from", filter.from()).param("to", filter.to());
        if (comuneColumn != null) {
            conditions.and(comuneColumn + " = :comune", "comune", filter.comune());
        }
        if (areaColumn != null) {
            conditions.and(areaColumn + " = :area", "area", filter.area());
        }
        if (bodyColumn != null) {
            conditions.and(bodyColumn + " = :body", "body", filter.managingBody());
        }
        return conditions;
    }

    /**
     * The join to the delegation in force on a day for a comune and area, needed only when the filter names a
     * managing body (its code is then {@code dl.body_code}).
     */
    static String bodyJoin(KpiFilter filter, String comune, String area, String day) {
        return filter.managingBody() == null ? "" : " join kpi_delegation dl on dl.comune = " + comune
                + " and dl.area = " + area + " and " + day + " between dl.valid_from and dl.valid_to";
    }

    Conditions and(String condition, String name, Object value) {
        if (value != null) {
            sql.append(" and ").append(condition);
            params.put(name, value);
        }
        return this;
    }

    Conditions param(String name, Object value) {
        params.put(name, value);
        return this;
    }

    /** The conditions, each starting with " and ". */
    String sql() {
        return sql.toString();
    }

    Map<String, Object> params() {
        return params;
    }
}
