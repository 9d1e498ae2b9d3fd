package it.fascicolosociale.kpi;

import java.util.ArrayList;
import java.util.List;

/**
 * Statistical disclosure control for per-comune figures: a count of one or two persons could point at someone a
 * comune's administrator knows, so it is shown as {@code <3}, and the rest of its row (amounts, quantities, days,
 * other counts) is hidden with it when it is the row's first persons count. Resident population and labels stay.
 * Applies to tables broken down by comune or filtered to one comune.
 */
public final class SmallCountSuppression {

    static final long THRESHOLD = 3;

    private SmallCountSuppression() {
    }

    public static boolean appliesTo(KpiTable table) {
        return table.filter().comune() != null || table.columns().stream().anyMatch(column -> column.key().equals("comune"));
    }

    /** The table with small counts suppressed where it is a per-comune breakdown; otherwise the table itself. */
    public static KpiTable apply(KpiTable table) {
        if (!appliesTo(table)) {
            return table;
        }
        List<Column> columns = table.columns();
        List<List<Object>> rows = new ArrayList<>();
        // a table suppressed before (a referente's, exported) keeps its note though no small count is left in it
        boolean any = table.suppressed();
        for (List<Object> original : table.rows()) {
            List<Object> row = new ArrayList<>(original);
            boolean hideRow = false;
            boolean firstPersons = true;
            for (int i = 0; i < row.size(); i++) {
                if (columns.get(i).kind() == Column.Kind.PERSONS) {
                    if (isSmall(row.get(i))) {
                        row.set(i, KpiTable.SUPPRESSED);
                        hideRow |= firstPersons;
                        any = true;
                    }
                    firstPersons = false;
                }
            }
            if (hideRow) {
                for (int i = 0; i < row.size(); i++) {
                    if (columns.get(i).kind().hiddenWithPersons() && row.get(i) != null) {
                        row.set(i, KpiTable.SUPPRESSED);
                    }
                }
            }
            rows.add(row);
        }
        return new KpiTable(table.indicator(), table.filter(), rows, any);
    }

    private static boolean isSmall(Object value) {
        return value instanceof Long count && count > 0 && count < THRESHOLD;
    }
}
