package it.fascicolosociale.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.util.Collections;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import it.fascicolosociale.IntegrationTest;
import it.fascicolosociale.access.EmergencyAccessDesk;
import it.fascicolosociale.access.EmergencyReason;
import it.fascicolosociale.access.FileAccess;
import it.fascicolosociale.audit.AccessEvent;
import it.fascicolosociale.audit.AccessLog;
import it.fascicolosociale.audit.AccessLogQuery;
import it.fascicolosociale.casefile.SyntheticFiles;
import it.fascicolosociale.cases.SocialCase;
import it.fascicolosociale.organization.UserArea;

/**
 * The DPO's pages: the access log filtered and checked, the person's access report as PDF with units and
 * purposes but no operator; nobody else finds them.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
class DpoPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SyntheticFiles files;

    @Autowired
    FileAccess access;

    @Autowired
    AccessLog accessLog;

    @Autowired
    AccessLogQuery accessLogQuery;

    @Autowired
    EmergencyAccessDesk emergencies;

    @Test
    @WithUserDetails("federica.rinaldi")
    void theDpoFiltersTheLogAndSeesTheChainChecked() throws Exception {
        SocialCase opened = files.personInCharge("Registro", "Prova", UserArea.DISABILITY, "elena.conte");
        access.requireCase("elena.conte", opened.getId());
        access.requireCase("giorgio.moretti", opened.getId());

        String page = mvc.perform(get("/dpo/access-log").param("caseId", opened.getId().toString()).param("operator", "elena.conte"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Verifica della catena: integra", "Righe del registro: 1 in tutto", "elena.conte",
                "Lavoro sul caso").doesNotContain("giorgio.moretti");
    }

    /** Issue 5: the page checks the rows after the last full verification, which the DPO may also ask for now. */
    @Test
    @WithUserDetails("federica.rinaldi")
    void theDpoVerifiesTheWholeChainNowAndThePageChecksOnlyTheRowsAfterIt() throws Exception {
        mvc.perform(post("/dpo/access-log/verification").with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/dpo/access-log"));
        SocialCase opened = files.personInCharge("Verifica", "Prova", UserArea.DISABILITY, "elena.conte");
        access.requireCase("elena.conte", opened.getId());

        String page = mvc.perform(get("/dpo/access-log")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Verifica completa del", "catena integra", "Verifica della catena: integra",
                "Verificate ora le 1 righe scritte dopo l&#39;ultima verifica completa integra.");
    }

    @Test
    @WithUserDetails("federica.rinaldi")
    void badFiltersAreRefusedInItalian() throws Exception {
        String badId = mvc.perform(get("/dpo/access-log").param("personId", "abc"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String badDay = mvc.perform(get("/dpo/access-log").param("from", "31/02/2026"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(badId).contains("Scrivi un identificativo numerico.");
        assertThat(badDay).contains("Scrivi un giorno esistente");
    }

    @Test
    @WithUserDetails("federica.rinaldi")
    void theAccessReportNamesUnitsAndPurposesButNoOperator() throws Exception {
        personWhoseCaseWasOpened();

        byte[] pdf = report("nuotst85c12b563h");

        assertThat(text(pdf)).contains("Registro degli accessi al fascicolo sociale", "NUOTST85C12B563H",
                "Servizio sociale professionale - Disabili", "Lavoro sul caso", "Consultazione")
                .doesNotContain("elena.conte", "Conte", "Elena");
    }

    /** Goal G8: a break-the-glass appears in the person's report, from its opening to its end, without the operator. */
    @Test
    @WithUserDetails("federica.rinaldi")
    void theAccessReportShowsAnEmergencyAccessFromItsOpeningToItsEnd() throws Exception {
        files.testUno();
        EmergencyAccessDesk.Opened opened = emergencies.open("paolo.gallo", "NUOTST85C12B563H", EmergencyReason.RISK_TO_LIFE,
                "Chiamata dal pronto soccorso.");
        emergencies.end("paolo.gallo", opened.emergencyAccessId());

        assertThat(text(report("NUOTST85C12B563H"))).contains("Accesso di emergenza", "Consultazione", "Chiusura")
                .doesNotContain("paolo.gallo", "Gallo", "pronto soccorso");
    }

    /**
     * Goal G7: the report of a person whose file was opened 10,000 times. The time it took is printed, not asserted:
     * on a loaded machine a limit would fail for the load, not for the report.
     */
    @Test
    @WithUserDetails("federica.rinaldi")
    void theAccessReportListsTenThousandAccesses() throws Exception {
        Long personId = personWhoseCaseWasOpened();
        AccessLogQuery.Entry first = accessLogQuery.ofPerson(personId).get(0);
        AccessEvent again = new AccessEvent(first.operator(), first.unitCode(), first.roleCode(), personId, first.caseId(),
                first.itemType(), first.itemId(), AccessEvent.Action.valueOf(first.action()), first.purpose(), AccessEvent.Outcome.ALLOWED);
        for (int append = 0; append < 9_999 / 500 + 1; append++) {
            accessLog.recordAll(Collections.nCopies(Math.min(500, 9_999 - append * 500), again));
        }

        long coldStart = System.nanoTime();
        report("NUOTST85C12B563H");
        long cold = (System.nanoTime() - coldStart) / 1_000_000;
        long warmStart = System.nanoTime();
        byte[] pdf = report("NUOTST85C12B563H");
        long warm = (System.nanoTime() - warmStart) / 1_000_000;

        PdfReader reader = new PdfReader(pdf);
        int pages = reader.getNumberOfPages();
        // the footer may stand alone on the last page: the end of the table is on the two last ones
        String end = new PdfTextExtractor(reader).getTextFromPage(pages - 1) + new PdfTextExtractor(reader).getTextFromPage(pages);
        reader.close();
        System.out.printf("citizen access report: 10000 accesses, %d pages, %d KB; first request %d ms, second %d ms%n", pages,
                pdf.length / 1024, cold, warm);
        assertThat(accessLogQuery.ofPerson(personId)).as("the accesses, and the two reports themselves").hasSize(10_002);
        assertThat(pages).as("no A4 page holds more than 60 rows of the table").isGreaterThan(10_000 / 60);
        assertThat(end).as("the last row: the first report's own export").contains("Richiesta dell'interessato", "Esportazione");
    }

    @Test
    @WithUserDetails("elena.conte")
    void nobodyButTheDpoFindsThePages() throws Exception {
        mvc.perform(get("/dpo/access-log")).andExpect(status().isNotFound());
        mvc.perform(get("/dpo/access-report.pdf").param("codiceFiscale", "NUOTST85C12B563H")).andExpect(status().isNotFound());
        mvc.perform(post("/dpo/access-log/verification").with(csrf())).andExpect(status().isNotFound());
    }

    /** Test Uno (NUOTST85C12B563H), whose case elena.conte opened once. */
    private Long personWhoseCaseWasOpened() {
        Long personId = files.testUno();
        SocialCase opened = files.openCase(personId, SyntheticFiles.CAMPOSAMPIERO, UserArea.DISABILITY, "elena.conte");
        access.requireCase("elena.conte", opened.getId());
        return personId;
    }

    private byte[] report(String codiceFiscale) throws Exception {
        return mvc.perform(get("/dpo/access-report.pdf").param("codiceFiscale", codiceFiscale))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
            }
            return text.toString().replaceAll("\\s+", " ");
        } finally {
            reader.close();
        }
    }
}
