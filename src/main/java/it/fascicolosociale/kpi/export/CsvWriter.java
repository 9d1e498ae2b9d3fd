package it.fascicolosociale.kpi.export;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV as Italian spreadsheets open it: UTF-8 with a byte-order mark, semicolons between fields, decimal comma,
 * every text quoted when it holds a separator, a quote or a line break. Title, definition and note come first.
 */
public final class CsvWriter {

    private static final char SEPARATOR = ';';

    private CsvWriter() {
    }

    public static byte[] write(ExportedTable table) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, List.of(table.title()));
        line(csv, List.of(table.definition()));
        if (table.note() != null) {
            line(csv, List.of(table.note()));
        }
        line(csv, List.copyOf(table.headers()));
        for (List<Object> row : table.rows()) {
            line(csv, row);
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(SEPARATOR);
            }
            csv.append(field(cells.get(i)));
        }
        csv.append("\r\n");
    }

    private static String field(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof BigDecimal decimal) {
            return decimal.toPlainString().replace('.', ',');
        }
        if (cell instanceof Number number) {
            return number.toString();
        }
        String text = SafeText.of(cell.toString());
        boolean quote = text.indexOf(SEPARATOR) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
