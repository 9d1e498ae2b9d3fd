package it.fascicolosociale.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.IntegrationTest;
import it.fascicolosociale.cases.CaseOpening;
import it.fascicolosociale.cases.Cases;
import it.fascicolosociale.organization.IstatCode;
import it.fascicolosociale.organization.UserArea;
import it.fascicolosociale.people.BodyCategory;
import it.fascicolosociale.people.Consent;
import it.fascicolosociale.people.ConsentRecipient;
import it.fascicolosociale.people.ConsentScope;
import it.fascicolosociale.people.ConsentTerms;
import it.fascicolosociale.people.Consents;
import it.fascicolosociale.people.Contacts;
import it.fascicolosociale.people.MissingFiscalCodeReason;
import it.fascicolosociale.people.People;
import it.fascicolosociale.people.PersonDetails;
import it.fascicolosociale.people.Residence;
import it.fascicolosociale.people.Sex;

/** The referral policy on real consents: a referral leaves only with a consent in force for its target or a legal basis. */
@IntegrationTest
@Transactional
class ReferralsTest {

    private static final IstatCode CAMPOSAMPIERO = new IstatCode("028019");
    private static final LocalDate FEBRUARY = LocalDate.of(2026, 2, 1);
    private static final LocalDate MARCH = LocalDate.of(2026, 3, 2);

    @Autowired
    Referrals referrals;

    @Autowired
    Consents consents;

    @Autowired
    People people;

    @Autowired
    Cases cases;

    @Autowired
    Clock clock;

    private Long personId;
    private Long caseId;

    @BeforeEach
    void openCase() {
        personId = people.register(new PersonDetails("Prova", "Politica", Sex.M, LocalDate.of(1990, 1, 1), null, null, null,
                MissingFiscalCodeReason.NOT_YET_ASSIGNED, new Residence(CAMPOSAMPIERO, null), Contacts.NONE)).getId();
        caseId = cases.open(new CaseOpening(personId, CAMPOSAMPIERO, UserArea.ADDICTION, "marco.ferro", null), "giorgio.moretti").getId();
    }

    @Test
    void refusesAReferralWithoutConsentOrLegalBasis() {
        Referral referral = request(ReferralTarget.unit("serd-d4"));

        assertThat(referrals.isJustified(referral.getId(), MARCH)).isFalse();
        assertThatThrownBy(() -> referrals.send(referral.getId(), MARCH)).isInstanceOfSatisfying(
                ReferralNotJustifiedException.class,
                refused -> assertThat(refused.messageCode()).isEqualTo("error.referral.not-justified"));
        assertThat(referrals.get(referral.getId()).getStatus()).isEqualTo(ReferralStatus.REQUESTED);
    }

    @Test
    void aConsentForAnotherUnitDoesNotCount() {
        consent(ConsentRecipient.unit("csm-d4"), null);

        assertThat(referrals.isJustified(request(ReferralTarget.unit("serd-d4")).getId(), MARCH)).isFalse();
    }

    @Test
    void sendsWithTheConsentInForceForTheUnitAndRecordsWhichOne() {
        Consent consent = consent(ConsentRecipient.unit("serd-d4"), null);
        Referral referral = request(ReferralTarget.unit("serd-d4"));

        referrals.send(referral.getId(), MARCH);

        assertThat(referral.getStatus()).isEqualTo(ReferralStatus.SENT);
        assertThat(referral.justification()).get().extracting(Justification::getConsentId).isEqualTo(consent.getId());
        assertThat(referral.letter()).isEmpty();
    }

    @Test
    void anExpiredConsentDoesNotCount() {
        consent(ConsentRecipient.unit("serd-d4"), LocalDate.of(2026, 2, 28));

        assertThat(referrals.isJustified(request(ReferralTarget.unit("serd-d4")).getId(), MARCH)).isFalse();
    }

    @Test
    void aWithdrawnConsentDoesNotCount() {
        Consent consent = consent(ConsentRecipient.unit("serd-d4"), null);
        Referral referral = request(ReferralTarget.unit("serd-d4"));
        consents.withdraw(consent.getId(), "marco.ferro");

        assertThat(referrals.isJustified(referral.getId(), LocalDate.now(clock))).as("from the day of the withdrawal").isFalse();
        assertThat(referrals.isJustified(referral.getId(), MARCH)).as("before the withdrawal").isTrue();
    }

    @Test
    void aLegalBasisWithItsReasonStandsOverAConsent() {
        consent(ConsentRecipient.category(BodyCategory.JUVENILE_COURT), null);
        Referral referral = request(ReferralTarget.external(new ExternalBody(BodyCategory.JUVENILE_COURT,
                "Procura della Repubblica presso il Tribunale per i minorenni di Venezia", "Via della Giustizia 1, Venezia")));
        referrals.justifyByLegalBasis(referral.getId(), LegalBasis.CHILD_PROTECTION, "Segnalazione ai sensi dell'art. 9 L. 184/1983.");

        referrals.send(referral.getId(), MARCH);

        assertThat(referral.justification()).get().extracting(Justification::getLegalBasis).isEqualTo(LegalBasis.CHILD_PROTECTION);
        assertThat(referral.letter()).get().asString().contains("Spett.le Procura della Repubblica", "Prova Politica",
                "art. 403 del codice civile", "Segnalazione ai sensi dell'art. 9 L. 184/1983.", "Data: 02/03/2026");
    }

    @Test
    void aConsentForTheCategoryAllowsAnExternalBodyOfThatCategoryOnly() {
        consent(ConsentRecipient.category(BodyCategory.SCHOOL), null);
        ExternalBody school = new ExternalBody(BodyCategory.SCHOOL, "Scuola primaria di Prova", "Via Roma 1, Camposampiero");
        ExternalBody cooperative = new ExternalBody(BodyCategory.THIRD_SECTOR, "Cooperativa di Prova", "Via Roma 2, Camposampiero");

        assertThat(referrals.isJustified(request(ReferralTarget.external(school)).getId(), MARCH)).isTrue();
        assertThat(referrals.isJustified(request(ReferralTarget.external(cooperative)).getId(), MARCH)).isFalse();
        assertThat(referrals.isJustified(request(ReferralTarget.externalToBeNamed()).getId(), MARCH)).isFalse();
    }

    private Referral request(ReferralTarget target) {
        return referrals.request(new ReferralRequest(caseId, null, personId, target, "Chiediamo una presa in carico congiunta."),
                "marco.ferro");
    }

    private Consent consent(ConsentRecipient recipient, LocalDate to) {
        return consents.record(ConsentTerms.of(personId, ConsentScope.REFERRAL, recipient, FEBRUARY, FEBRUARY, to), "marco.ferro");
    }
}
