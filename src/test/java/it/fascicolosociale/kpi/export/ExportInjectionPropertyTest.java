package it.fascicolosociale.kpi.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import it.fascicolosociale.kpi.export.ExportCells.XlsxCell;
import it.fascicolosociale.platform.SeededTexts;
import it.fascicolosociale.platform.SeededTexts.Weighted;

/**
 * G13: 10,000 generated records through the real CSV and XLSX writers. Their texts start with formula signs, control
 * characters, blanks of every kind and mixes of them; no cell of either file starts like a formula, every text keeps
 * what was written (behind an apostrophe where it needed one) and every workbook text cell is in the text format.
 */
class ExportInjectionPropertyTest {

    private static final long SEED = 20261127L;
    private static final String NUMBER = "-?\\d+(,\\d+)?";

    /** A generated row of the table, and the text of its headers. */
    private record Drawn(List<Object> record, String header) {
    }

    @Test
    void noExportedCellStartsLikeAFormula() {
        SeededTexts.check(SEED, 10_000, texts -> new Drawn(record(texts), text(texts)), drawn -> {
            try {
                check(drawn.record(), drawn.header());
            } catch (IOException unreadable) {
                throw new IllegalStateException(unreadable);
            }
        });
    }

    private static void check(List<Object> record, String header) throws IOException {
        List<String> headers = new ArrayList<>();
        record.forEach(cell -> headers.add(header));
        ExportedTable table = new ExportedTable(header, header, header, headers, List.of(record));
        List<Object> written = new ArrayList<>(List.of(header, header, header));
        written.addAll(headers);
        written.addAll(record);

        List<String> csv = ExportCells.csv(CsvWriter.write(table));
        List<XlsxCell> xlsx = ExportCells.xlsx(XlsxWriter.write(table));

        assertThat(csv).as("CSV cells").hasSameSizeAs(written);
        assertThat(xlsx).as("XLSX cells").hasSameSizeAs(written);
        for (int i = 0; i < written.size(); i++) {
            if (written.get(i) instanceof Number) {
                assertThat(csv.get(i)).as("a number in the CSV").matches(NUMBER);
                assertThat(xlsx.get(i).string()).as("a number in the workbook is a number").isFalse();
                continue;
            }
            String text = (String) written.get(i);
            assertThat(csv.get(i)).as("CSV cell").satisfies(cell -> assertSafeCopyOf(cell, text));
            assertThat(xlsx.get(i).text()).as("XLSX cell").satisfies(cell -> assertSafeCopyOf(cell, xmlText(text)));
            assertThat(xlsx.get(i).textFormatted()).as("XLSX text cell in the text format").isTrue();
        }
    }

    private static void assertSafeCopyOf(String cell, String text) {
        assertThat(ExportCells.startsLikeAFormula(cell)).as("starts like a formula: %s", cell).isFalse();
        assertThat(cell).isIn(text, "'" + text);
    }

    /** What XML 1.0 can carry of a text: the control characters other than tab and line breaks are dropped. */
    private static String xmlText(String text) {
        return text.codePoints().filter(ch -> ch >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static List<Object> record(SeededTexts texts) {
        List<Object> record = new ArrayList<>();
        for (int cells = texts.between(1, 6); cells > 0; cells--) {
            record.add(switch (texts.random().nextInt(4)) {
                case 0 -> texts.random().nextInt();
                case 1 -> BigDecimal.valueOf(texts.random().nextLong(-100_000_000_000L, 100_000_000_001L), 2);
                default -> text(texts);
            });
        }
        return record;
    }

    /**
     * A text typed by someone: a few leading blanks or control characters, maybe a formula sign (ASCII or full-width),
     * then anything, separators, quotes and line breaks included.
     */
    private static String text(SeededTexts texts) {
        String lead = texts.joined(0, 3, () -> texts.pick(LEADS));
        String sign = texts.pick(SIGNS);
        String rest = texts.weighted(
                new Weighted(1, () -> texts.of("=+-@;\"'\t\r\n|!()$:/ ABCabc019àèé", 30)),
                new Weighted(1, () -> texts.pick(WORDS)),
                new Weighted(1, () -> texts.ofRange('\u0000', '\ud7ff', 12)));
        return lead + sign + rest;
    }

    private static final List<String> LEADS = List.of("", " ", "\t", "\r", "\n", "\r\n", "\0", "\u0001", "\u001b", "\u007f",
            "\u0085", "\u00a0", "\u2003", "\u2028", "\u3000", "\ufeff");
    private static final List<String> SIGNS = List.of("", "=", "+", "-", "@", "\uff1d", "\uff0b", "\uff0d", "\uff20", "'", "\"",
            ";", "A", "7", "-1");
    private static final List<String> WORDS = List.of("SUM(A1:A9)", "HYPERLINK(\"http://example.invalid\";\"apri\")",
            "cmd|' /C calc'!A0", "1+1", "Camposampiero", "Piombino Dese");
}
