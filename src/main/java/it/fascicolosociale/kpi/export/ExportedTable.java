package it.fascicolosociale.kpi.export;

import java.util.ArrayList;
import java.util.List;

import it.fascicolosociale.kpi.CellText;
import it.fascicolosociale.kpi.Column;
import it.fascicolosociale.kpi.KpiTable;

/**
 * An indicator as a file holds it: Italian headers, and each cell either a number (kept as a number for the
 * spreadsheet) or a text made safe from formula injection; the title, definition and the suppression note go
 * above it.
 */
public record ExportedTable(String title, String definition, String note, List<String> headers, List<List<Object>> rows) {

    static ExportedTable of(KpiTable table, CellText cells) {
        List<String> headers = table.columns().stream().map(cells::header).map(SafeText::of).toList();
        List<List<Object>> rows = new ArrayList<>();
        for (List<Object> row : table.rows()) {
            List<Object> cellsOfRow = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                cellsOfRow.add(cell(table.columns().get(i), row.get(i), cells));
            }
            rows.add(cellsOfRow);
        }
        String note = table.suppressed() ? cells.message("kpi.suppressed.note") : null;
        return new ExportedTable(SafeText.of(cells.message(table.indicator().titleCode())),
                SafeText.of(cells.message(table.indicator().definitionCode())), note == null ? null : SafeText.of(note),
                headers, rows);
    }

    private static Object cell(Column column, Object value, CellText cells) {
        if (value instanceof Number number && !column.isCoded()) {
            return number;
        }
        return SafeText.of(cells.text(column, value));
    }
}
