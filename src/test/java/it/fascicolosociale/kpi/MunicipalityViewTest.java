package it.fascicolosociale.kpi;

import static it.fascicolosociale.kpi.ServiceIndicatorsTest.at;
import static it.fascicolosociale.kpi.ServiceIndicatorsTest.day;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import it.fascicolosociale.cases.SocialCase;

/**
 * What the referente del comune of Cittadella (irene.bortolami) reads of the first quarter of 2026 of
 * {@link ServiceIndicatorsTest}, with two persons of Cittadella served too (disability home care: 2 h on 5 February
 * and 1 h on 5 March, 60.00): Cittadella's figures only, its count of two persons suppressed, and nothing of
 * Vigonza, Gazzo or Grantorto, on the page, in the exports and through the API.
 */
@KpiDataTest
class MunicipalityViewTest {

    static final String CITTADELLA = "028032";

    @Autowired
    MockMvc mvc;

    @Autowired
    KpiDataset data;

    @BeforeEach
    void firstQuarterWithTwoPersonsOfCittadella() {
        ServiceIndicatorsTest.build(data);
        SocialCase first = data.openCase(data.person(CITTADELLA), CITTADELLA, "disability", "elena.conte", at(2026, 1, 5, 9, 0, 0));
        data.deliver(data.grant(first, "home-care-hours", at(2026, 1, 10, 9, 0, 0), day(2, 1), day(6, 30)), day(2, 5), "2");
        SocialCase second = data.openCase(data.person(CITTADELLA), CITTADELLA, "disability", "elena.conte", at(2026, 1, 5, 9, 0, 0));
        data.deliver(data.grant(second, "home-care-hours", at(2026, 1, 10, 9, 0, 0), day(3, 1), day(6, 30)), day(3, 5), "1");
        data.flush();
        // the roles of the reader are those of today
        data.resetClock();
    }

    @AfterEach
    void resetClock() {
        data.resetClock();
    }

    @Test
    @WithUserDetails("irene.bortolami")
    void answersTheReferenteWithTheirComunesFiguresOnlySuppressed() throws Exception {
        mvc.perform(quarter("/api/v1/kpi/cost-by-comune")).andExpect(status().isOk())
                .andExpect(jsonPath("$.comune").value(CITTADELLA))
                .andExpect(jsonPath("$.rows", hasSize(1)))
                .andExpect(jsonPath("$.rows[0].comune").value(CITTADELLA))
                .andExpect(jsonPath("$.rows[0].population").value(20018))
                // 2 persons: count and amounts suppressed
                .andExpect(jsonPath("$.rows[0].persons").value("<3"))
                .andExpect(jsonPath("$.rows[0].body").value("<3"))
                .andExpect(jsonPath("$.suppressed").value(true))
                .andExpect(jsonPath("$.note").value(containsString("<3")));
        // the same for deliveries by item: only Cittadella's 3 hours, not the 10 of the other comuni
        mvc.perform(quarter("/api/v1/kpi/deliveries-by-item")).andExpect(status().isOk())
                .andExpect(jsonPath("$.rows", hasSize(1)))
                .andExpect(jsonPath("$.rows[0].item").value("home-care-hours"))
                .andExpect(jsonPath("$.rows[0].persons").value("<3"));
    }

    @Test
    @WithUserDetails("irene.bortolami")
    void findsNoOtherComuneAndNoOperatorFiguresForTheReferente() throws Exception {
        mvc.perform(quarter("/api/v1/kpi/cost-by-comune").param("comune", "028100")).andExpect(status().isNotFound());
        mvc.perform(quarter("/api/v1/kpi/tasks-by-operator")).andExpect(status().isNotFound());
        mvc.perform(quarter("/api/v1/kpi/caseload")).andExpect(status().isNotFound());
        mvc.perform(quarter("/kpi/comuni/028100")).andExpect(status().isNotFound());
        mvc.perform(quarter("/kpi/comuni/028100/export/cost-by-comune.xlsx")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/kpi")).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == 'tasks-by-operator')]", hasSize(0)))
                .andExpect(jsonPath("$[?(@.id == 'cost-by-comune')]", hasSize(1)));
    }

    @Test
    @WithUserDetails("irene.bortolami")
    void showsTheReferentesPageAndExportsWithoutOtherComuni() throws Exception {
        mvc.perform(quarter("/kpi/comuni/" + CITTADELLA)).andExpect(status().isOk())
                .andExpect(content().string(containsString(">Cittadella</td>")))
                .andExpect(content().string(containsString("&lt;3")))
                .andExpect(content().string(containsString("conteggi di una o due persone")))
                .andExpect(content().string(not(containsString(">Vigonza</td>"))))
                .andExpect(content().string(not(containsString(">Gazzo</td>"))));
        for (String path : new String[] {"/kpi/comuni/" + CITTADELLA + "/export/cost-by-comune.csv", "/kpi/export/cost-by-comune.csv"}) {
            mvc.perform(quarter(path)).andExpect(status().isOk())
                    .andExpect(content().string(containsString(CITTADELLA + ";Cittadella;20018;<3;<3;<3")))
                    .andExpect(content().string(containsString("conteggi di una o due persone")))
                    .andExpect(content().string(not(containsString("Vigonza"))))
                    .andExpect(content().string(not(containsString("Grantorto"))));
        }
    }

    @Test
    @WithUserDetails("roberto.marchi")
    void answersTheDirectorForEveryComuneAndSuppressesOnlyTheExport() throws Exception {
        mvc.perform(quarter("/api/v1/kpi/cost-by-comune")).andExpect(status().isOk())
                .andExpect(jsonPath("$.rows", hasSize(28)))
                .andExpect(jsonPath("$.rows[?(@.comune == '028032')].persons", contains(2)))
                .andExpect(jsonPath("$.rows[?(@.comune == '028100')].persons", contains(3)))
                .andExpect(jsonPath("$.suppressed").value(false));
        mvc.perform(quarter("/kpi/export/cost-by-comune.csv")).andExpect(status().isOk())
                .andExpect(content().string(containsString(CITTADELLA + ";Cittadella;20018;<3;<3;<3")))
                .andExpect(content().string(containsString("028100;Vigonza;22940;3;860,00;836,00;24,00;0,00;0,04")));
    }

    @Test
    @WithUserDetails("roberto.marchi")
    void answersAProblemForAFilterDayThatIsNoDay() throws Exception {
        mvc.perform(get("/api/v1/kpi/cost-by-comune").param("from", "primo gennaio").param("to", "2026-03-31"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.type").value(containsString("invalid-filter")));
    }

    @Test
    @WithUserDetails("laura.bianchi")
    void refusesASocialWorkerTheFigures() throws Exception {
        mvc.perform(quarter("/api/v1/kpi/cost-by-comune")).andExpect(status().isForbidden());
        mvc.perform(quarter("/kpi/export/cost-by-comune.csv")).andExpect(status().isForbidden());
    }

    private static MockHttpServletRequestBuilder quarter(String path) {
        return get(path).param("from", "2026-01-01").param("to", "2026-03-31");
    }
}
