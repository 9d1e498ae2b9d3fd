package it.fascicolosociale.kpi.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.IntegrationTest;

/**
 * Exports are safe to open in a spreadsheet: a comune renamed by an administrator into a formula (or any text starting
 * with = + - @ or a control character) reaches the CSV and XLSX files as text that no cell starts with.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
@WithUserDetails("roberto.marchi")
class ExportInjectionTest {

    private static final String PERIOD = "?from=2026-01-01&to=2026-12-31";
    private static final Pattern XLSX_TEXT = Pattern.compile("<(?:t|v)(?: [^>]*)?>([^<]*)</(?:t|v)>");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://example.invalid\";\"apri\")", "+SUM(A1:A9)", "-2+3+cmd|' /C calc'!A0",
        "@SUM(1+1)", "\tTabulazione", "\rRitorno", "=1;2"})
    void noCellOfTheExportsStartsWithAFormula(String payload) throws Exception {
        jdbc.sql("update municipality set name = :name where istat_code = '028019'").param("name", payload).update();

        List<String> csv = csvCells(mvc.perform(get("/kpi/export/cost-by-comune.csv" + PERIOD))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        List<String> xlsx = xlsxCells(mvc.perform(get("/kpi/export/cost-by-comune.xlsx" + PERIOD))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());

        for (List<String> cells : List.of(csv, xlsx)) {
            assertThat(cells).as("the renamed comune is exported").contains("'" + payload);
            assertThat(cells).as("cells starting like a formula").noneMatch(ExportInjectionTest::risky);
        }
    }

    private static boolean risky(String cell) {
        if (cell.isEmpty()) {
            return false;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || Character.isISOControl(first);
    }

    /** The fields of a semicolon-separated file with quoted fields, as a spreadsheet reads them. */
    private static List<String> csvCells(byte[] file) {
        String text = new String(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<String> cells = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ';' || ch == '\n') {
                cells.add(field.toString());
                field.setLength(0);
            } else if (ch != '\r') {
                field.append(ch);
            }
        }
        return cells;
    }

    /** Every text and value of the workbook's sheets, unescaped. */
    private static List<String> xlsxCells(byte[] file) throws IOException {
        List<String> cells = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().startsWith("xl/worksheets/")) {
                    Matcher cell = XLSX_TEXT.matcher(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                    while (cell.find()) {
                        cells.add(unescape(cell.group(1)));
                    }
                }
            }
        }
        return cells;
    }

    private static String unescape(String xml) {
        return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&#9;", "\t").replace("&#13;", "\r").replace("&#10;", "\n").replace("&amp;", "&");
    }
}
