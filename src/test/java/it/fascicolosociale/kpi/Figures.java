package it.fascicolosociale.kpi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Reads the rows of a computed table by a label column, for assertions on exact figures. */
final class Figures {

    private Figures() {
    }

    /** The row whose {@code column} holds {@code label}; fails when there is none or more than one. */
    static Map<String, Object> row(KpiTable table, String column, String label) {
        List<Map<String, Object>> rows = table.rowMaps().stream().filter(row -> label.equals(row.get(column))).toList();
        if (rows.size() != 1) {
            throw new AssertionError(rows.size() + " rows with " + column + " = " + label + " in " + table.rowMaps());
        }
        return rows.get(0);
    }

    /** The rows whose {@code column} holds {@code label}. */
    static List<Map<String, Object>> rows(KpiTable table, String column, String label) {
        return table.rowMaps().stream().filter(row -> label.equals(row.get(column))).toList();
    }

    static BigDecimal euro(String value) {
        return new BigDecimal(value);
    }
}
