package it.fascicolosociale.kpi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one indicator for one filter: rows of values in the order of the indicator's columns.
 * A cell is a String, a Long, a BigDecimal, a Boolean, {@link #SUPPRESSED} or null (no value).
 * {@code suppressed} tells whether small counts were hidden (the note under the table then says so).
 */
public record KpiTable(Indicator indicator, KpiFilter filter, List<List<Object>> rows, boolean suppressed) {

    /** What replaces a figure that would reveal fewer than three persons. */
    public static final String SUPPRESSED = "<3";

    public KpiTable {
        rows = rows.stream().map(row -> java.util.Collections.unmodifiableList(new ArrayList<>(row))).toList();
        for (List<Object> row : rows) {
            if (row.size() != indicator.columns().size()) {
                throw new IllegalArgumentException(indicator.id() + ": row of " + row.size() + " cells");
            }
        }
    }

    KpiTable(Indicator indicator, KpiFilter filter, List<List<Object>> rows) {
        this(indicator, filter, rows, false);
    }

    public List<Column> columns() {
        return indicator.columns();
    }

    public Object value(int row, String column) {
        return rows.get(row).get(indicator.indexOf(column));
    }

    /** The rows as maps from column key to value, for JSON. */
    public List<Map<String, Object>> rowMaps() {
        List<Map<String, Object>> maps = new ArrayList<>();
        for (List<Object> row : rows) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < row.size(); i++) {
                map.put(columns().get(i).key(), row.get(i));
            }
            maps.add(map);
        }
        return maps;
    }
}
