package it.fascicolosociale.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.IntegrationTest;
import it.fascicolosociale.organization.UnknownCodeException;
import it.fascicolosociale.platform.RuleViolation;

/** The consents of a person as the database keeps them: recorded, found in force for a recipient, withdrawn. */
@IntegrationTest
@Transactional
class ConsentsTest {

    private static final LocalDate MARCH_FIRST = LocalDate.of(2026, 3, 1);

    @Autowired
    Consents consents;

    @Autowired
    People people;

    @Autowired
    Clock clock;

    private Long personId;

    @BeforeEach
    void registerPerson() {
        personId = people.register(SyntheticPerson.testUno().details()).getId();
    }

    @Test
    void findsTheConsentInForceForTheUnitItNamesOnly() {
        Consent serd = consents.record(terms(ConsentRecipient.unit("serd-d4"), LocalDate.of(2026, 6, 30)), "marco.ferro");
        consents.record(terms(ConsentRecipient.category(BodyCategory.SCHOOL), null), "marco.ferro");

        assertThat(consents.inForce(personId, "serd-d4", LocalDate.of(2026, 4, 1))).extracting(Consent::getId)
                .containsExactly(serd.getId());
        assertThat(consents.inForce(personId, "csm-d4", LocalDate.of(2026, 4, 1))).as("other unit").isEmpty();
        assertThat(consents.inForce(personId, "serd-d4", LocalDate.of(2026, 7, 1))).as("expired").isEmpty();
        assertThat(consents.inForce(personId, BodyCategory.SCHOOL, LocalDate.of(2026, 7, 1))).hasSize(1);
        assertThat(consents.ofPerson(personId)).hasSize(2);
    }

    @Test
    void aWithdrawnConsentIsNoLongerInForceAndStaysOnRecord() {
        Consent consent = consents.record(terms(ConsentRecipient.unit("csm-d4"), null), "marco.ferro");
        LocalDate today = LocalDate.now(clock);

        consents.withdraw(consent.getId(), "marco.ferro");

        assertThat(consents.inForce(personId, "csm-d4", today)).isEmpty();
        assertThat(consents.inForce(personId, "csm-d4", today.minusDays(1))).as("before the withdrawal").hasSize(1);
        assertThat(consents.get(consent.getId()).getWithdrawnAt()).isNotNull();
        assertThatThrownBy(() -> consents.withdraw(consent.getId(), "marco.ferro")).isInstanceOf(ConsentWithdrawnException.class);
    }

    @Test
    void refusesAConsentForAnUnknownUnitOrGivenInTheFuture() {
        assertThatThrownBy(() -> consents.record(terms(ConsentRecipient.unit("no-such-unit"), null), "marco.ferro"))
                .isInstanceOf(UnknownCodeException.class);
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        assertThatThrownBy(() -> consents.record(ConsentTerms.of(personId, ConsentScope.REFERRAL,
                ConsentRecipient.unit("serd-d4"), tomorrow, tomorrow, null), "marco.ferro"))
                .isInstanceOfSatisfying(RuleViolation.class,
                        refused -> assertThat(refused.messageCode()).isEqualTo("error.consent.given-in-future"));
        assertThat(consents.ofPerson(personId)).isEmpty();
    }

    private ConsentTerms terms(ConsentRecipient recipient, LocalDate to) {
        return ConsentTerms.of(personId, ConsentScope.REFERRAL, recipient, MARCH_FIRST, MARCH_FIRST, to);
    }
}
