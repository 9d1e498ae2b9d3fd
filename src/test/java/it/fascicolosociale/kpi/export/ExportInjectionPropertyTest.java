package it.fascicolosociale.kpi.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import it.fascicolosociale.kpi.export.ExportCells.XlsxCell;

/**
 * G13: 10,000 generated records through the real CSV and XLSX writers. Their texts start with formula signs, control
 * characters, blanks of every kind and mixes of them; no cell of either file starts like a formula, every text keeps
 * what was written (behind an apostrophe where it needed one) and every workbook text cell is in the text format.
 */
class ExportInjectionPropertyTest {

    private static final String SEED = "20261127";
    private static final String NUMBER = "-?\\d+(,\\d+)?";

    @Property(tries = 10_000, seed = SEED)
    void noExportedCellStartsLikeAFormula(@ForAll("records") List<Object> record, @ForAll("texts") String header)
            throws IOException {
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

    @Provide
    Arbitrary<List<Object>> records() {
        Arbitrary<Object> number = Arbitraries.oneOf(Arbitraries.integers().map(Object.class::cast),
                Arbitraries.bigDecimals().between(new BigDecimal("-1E9"), new BigDecimal("1E9")).ofScale(2).map(Object.class::cast));
        return Arbitraries.oneOf(texts().map(Object.class::cast), number).list().ofMinSize(1).ofMaxSize(6);
    }

    /**
     * A text typed by someone: a few leading blanks or control characters, maybe a formula sign (ASCII or full-width),
     * then anything, separators, quotes and line breaks included.
     */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> lead = Arbitraries.of("", " ", "\t", "\r", "\n", "\r\n", "\0", "\u0001", "\u001b", "\u007f", "\u0085",
                "\u00a0", "\u2003", "\u2028", "\u3000", "\ufeff").list().ofMaxSize(3).map(parts -> String.join("", parts));
        Arbitrary<String> sign = Arbitraries.of("", "=", "+", "-", "@", "\uff1d", "\uff0b", "\uff0d", "\uff20", "'", "\"", ";",
                "A", "7", "-1");
        Arbitrary<String> rest = Arbitraries.oneOf(
                Arbitraries.strings().withChars("=+-@;\"'\t\r\n|!()$:/ ABCabc019àèé").ofMaxLength(30),
                Arbitraries.of("SUM(A1:A9)", "HYPERLINK(\"http://example.invalid\";\"apri\")", "cmd|' /C calc'!A0",
                        "1+1", "Camposampiero", "Piombino Dese"),
                Arbitraries.strings().withCharRange('\u0000', '\ud7ff').ofMaxLength(12));
        return Combinators.combine(lead, sign, rest).as((before, start, after) -> before + start + after);
    }
}
