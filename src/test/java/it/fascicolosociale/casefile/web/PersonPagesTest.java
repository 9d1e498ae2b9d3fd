package it.fascicolosociale.casefile.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.IntegrationTest;
import it.fascicolosociale.benefits.BenefitRequest;
import it.fascicolosociale.benefits.Benefits;
import it.fascicolosociale.benefits.IseeAttestation;
import it.fascicolosociale.benefits.IseeType;
import it.fascicolosociale.casefile.SyntheticFiles;
import it.fascicolosociale.cases.SocialCase;
import it.fascicolosociale.organization.UserArea;
import it.fascicolosociale.people.BodyCategory;
import it.fascicolosociale.people.ConsentRecipient;
import it.fascicolosociale.people.ConsentScope;
import it.fascicolosociale.people.ConsentTerms;
import it.fascicolosociale.people.Consents;
import it.fascicolosociale.people.HouseholdRelation;
import it.fascicolosociale.people.Households;
import it.fascicolosociale.platform.Period;

/** The person search and the person's page, for an operator who may see the person and for one who may not. */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
@WithUserDetails("elena.conte")
class PersonPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SyntheticFiles files;

    @Autowired
    Households households;

    @Autowired
    Consents consents;

    @Autowired
    Benefits benefits;

    @Test
    void findsAMisspeltSurnameAndLinksToThePersonsPage() throws Exception {
        Long personId = files.personInCharge("Nicolò", "Bianchi", UserArea.DISABILITY, "elena.conte").getPersonId();

        mvc.perform(get("/people").param("q", "nicolo bianki"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Persone trovate: 1.")))
                .andExpect(content().string(containsString("href=\"/people/" + personId + "\"")))
                .andExpect(content().string(containsString("Bianchi Nicolò")));
    }

    @Test
    void saysWhenNothingIsFoundAndRefusesAnImpossibleBirthDateInItalian() throws Exception {
        mvc.perform(get("/people").param("q", "Zyxwvut"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nessuna persona trovata")));
        mvc.perform(get("/people").param("q", "Bianchi").param("birthDate", "31/02/1980"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Indica la data di nascita nel formato gg/mm/aaaa")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(containsString("value=\"31/02/1980\"")));
        mvc.perform(get("/people"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Risultati"))));
    }

    @Test
    void showsPersonalDataHouseholdIseeConsentsAndCases() throws Exception {
        SocialCase socialCase = files.personInCharge("Giovanna", "Bertin", UserArea.DISABILITY, "elena.conte");
        Long personId = socialCase.getPersonId();
        Long son = files.person("Tommaso", "Bertin", LocalDate.of(1985, 4, 4), SyntheticFiles.CAMPOSAMPIERO);
        Long household = households.form(personId, LocalDate.of(2000, 1, 1)).getId();
        households.addMember(household, son, HouseholdRelation.CHILD, LocalDate.of(2000, 1, 1));
        consents.record(new ConsentTerms(personId, ConsentScope.REFERRAL, ConsentRecipient.category(BodyCategory.THIRD_SECTOR),
                LocalDate.of(2026, 1, 10), new Period(LocalDate.of(2026, 1, 10), null)), "elena.conte");
        Long benefit = benefits.request(new BenefitRequest(socialCase.getId(), null, "home-care-hours", new BigDecimal("10"),
                new Period(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 10, 31))), "elena.conte").getId();
        benefits.check(benefit, Optional.of(new IseeAttestation(IseeType.SOCIO_HEALTH, new BigDecimal("12500.50"),
                LocalDate.of(2026, 12, 31), "INPS-ISEE-2026-00000042-00")), "marta.greco");

        mvc.perform(get("/people/{id}", personId))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bertin Giovanna")))
                .andExpect(content().string(containsString("Figlio o figlia")))
                .andExpect(content().string(containsString("Bertin Tommaso")))
                .andExpect(content().string(containsString("ISEE sociosanitario")))
                .andExpect(content().string(containsString("12.500,50 €")))
                .andExpect(content().string(containsString("INPS-ISEE-2026-00000042-00")))
                .andExpect(content().string(containsString("Ente del terzo settore")))
                .andExpect(content().string(containsString("In vigore")))
                .andExpect(content().string(containsString("href=\"/cases/" + socialCase.getId() + "\"")))
                .andExpect(content().string(containsString("Elena Conte")));
    }

    @Test
    @WithUserDetails("paolo.gallo")
    void answersNotFoundToAnOperatorWithoutAccessAsToAMissingPerson() throws Exception {
        Long personId = files.personInCharge("Irene", "Callegaro", UserArea.DISABILITY, "elena.conte").getPersonId();

        String refused = mvc.perform(get("/people/{id}", personId)).andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Callegaro"))))
                .andReturn().getResponse().getContentAsString();
        String missing = mvc.perform(get("/people/{id}", 987654321L)).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        assertThat(CaseFilePageTest.mainOf(refused)).isEqualTo(CaseFilePageTest.mainOf(missing));
        mvc.perform(get("/people").param("q", "Callegaro"))
                .andExpect(content().string(containsString("Nessuna persona trovata")));
    }
}
