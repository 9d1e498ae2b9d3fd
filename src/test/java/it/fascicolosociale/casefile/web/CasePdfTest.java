package it.fascicolosociale.casefile.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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
import it.fascicolosociale.casefile.CaseJourney;
import it.fascicolosociale.workflow.cases.OpenCases.OpenCase;

/** The PAI and the relazione sociale as PDF: they parse, in Italian, under the letterhead of the managing body in charge. */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
@WithUserDetails("elena.conte")
class CasePdfTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CaseJourney journey;

    @Test
    void printsThePlanInForceWithItsGoalsUnderTheLetterheadOfTheBodyInCharge() throws Exception {
        OpenCase opened = journey.planInForce();

        byte[] pdf = mvc.perform(get("/cases/{id}/plan.pdf", opened.caseId()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(text(pdf)).contains("Azienda speciale consortile ATS Alta Padovana",
                "Ambito Territoriale Sociale VEN_15 Alta Padovana", "Progetto assistenziale individualizzato (PAI)",
                "Caso Prova", "Camposampiero", "Disabili", "Assistenza domiciliare e sostegno alla madre",
                "Autonomia negli spostamenti in casa", "Si sposta da solo", "In corso", "Chiara Longo");
    }

    @Test
    void printsTheRelazioneSocialeFromTheLatestSocialAssessment() throws Exception {
        OpenCase opened = journey.planWaitingForApproval();

        byte[] pdf = mvc.perform(get("/cases/{id}/social-report.pdf", opened.caseId()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(text(pdf)).contains("Relazione sociale", "Ambito Territoriale Sociale VEN_15 Alta Padovana",
                "Aree di bisogno rilevate", "Cura e autonomia personale; Relazionale e familiare",
                "Vive con la madre anziana in un alloggio al primo piano.", "La sorella aiuta nei fine settimana.",
                "Serve la valutazione multidimensionale in UVMD", "Elena Conte");
    }

    @Test
    void answersNotFoundWithoutAPlanInForceOrWithoutAccess() throws Exception {
        OpenCase opened = journey.planWaitingForApproval();

        mvc.perform(get("/cases/{id}/plan.pdf", opened.caseId())).andExpect(status().isNotFound());
    }

    @Test
    @WithUserDetails("paolo.gallo")
    void answersNotFoundToAnOperatorWithoutAccess() throws Exception {
        OpenCase opened = journey.planInForce();

        mvc.perform(get("/cases/{id}/plan.pdf", opened.caseId())).andExpect(status().isNotFound());
        mvc.perform(get("/cases/{id}/social-report.pdf", opened.caseId())).andExpect(status().isNotFound());
    }

    static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString().replaceAll("\\s+", " ");
        } finally {
            reader.close();
        }
    }
}
