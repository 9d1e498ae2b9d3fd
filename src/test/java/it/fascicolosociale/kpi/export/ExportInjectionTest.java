package it.fascicolosociale.kpi.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

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

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://example.invalid\";\"apri\")", "+SUM(A1:A9)", "-2+3+cmd|' /C calc'!A0",
        "@SUM(1+1)", "\tTabulazione", "\rRitorno", "=1;2"})
    void noCellOfTheExportsStartsWithAFormula(String payload) throws Exception {
        jdbc.sql("update municipality set name = :name where istat_code = '028019'").param("name", payload).update();

        List<String> csv = ExportCells.csv(mvc.perform(get("/kpi/export/cost-by-comune.csv" + PERIOD))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        List<String> xlsx = ExportCells.xlsx(mvc.perform(get("/kpi/export/cost-by-comune.xlsx" + PERIOD))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray()).stream()
                .map(ExportCells.XlsxCell::text).toList();

        for (List<String> cells : List.of(csv, xlsx)) {
            assertThat(cells).as("the renamed comune is exported").contains("'" + payload);
            assertThat(cells).as("cells starting like a formula").noneMatch(ExportCells::startsLikeAFormula);
        }
    }
}
