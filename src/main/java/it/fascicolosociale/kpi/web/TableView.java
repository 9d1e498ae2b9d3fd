package it.fascicolosociale.kpi.web;

import java.util.List;

/**
 * An indicator ready for a page: its title, definition, headers, the cells as text (numeric columns flagged for
 * right alignment), its chart when it has one, and whether small counts were suppressed.
 */
public record TableView(String id, String title, String definition, List<String> headers, List<Boolean> numeric,
                        List<List<String>> rows, ChartView chart, boolean suppressed) {

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
