package it.fascicolosociale.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import it.fascicolosociale.IntegrationTest;
import it.fascicolosociale.access.FileAccess;
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
        Long personId = files.testUno();
        SocialCase opened = files.openCase(personId, SyntheticFiles.CAMPOSAMPIERO, UserArea.DISABILITY, "elena.conte");
        access.requireCase("elena.conte", opened.getId());

        byte[] pdf = mvc.perform(get("/dpo/access-report.pdf").param("codiceFiscale", "nuotst85c12b563h"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        assertThat(text(pdf)).contains("Registro degli accessi al fascicolo sociale", "NUOTST85C12B563H",
                "Servizio sociale professionale - Disabili", "Lavoro sul caso", "Consultazione")
                .doesNotContain("elena.conte", "Conte", "Elena");
    }

    @Test
    @WithUserDetails("elena.conte")
    void nobodyButTheDpoFindsThePages() throws Exception {
        mvc.perform(get("/dpo/access-log")).andExpect(status().isNotFound());
        mvc.perform(get("/dpo/access-report.pdf").param("codiceFiscale", "NUOTST85C12B563H")).andExpect(status().isNotFound());
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
