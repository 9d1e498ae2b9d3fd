package it.fascicolosociale.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.IntegrationTest;
import it.fascicolosociale.access.AccessReason;
import it.fascicolosociale.access.FileAccess;
import it.fascicolosociale.access.PersonSearch;
import it.fascicolosociale.casefile.SyntheticFiles;
import it.fascicolosociale.cases.SocialCase;
import it.fascicolosociale.organization.UserArea;
import it.fascicolosociale.people.ConsentRecipient;
import it.fascicolosociale.people.ConsentScope;
import it.fascicolosociale.people.ConsentTerms;
import it.fascicolosociale.people.Consents;
import it.fascicolosociale.referrals.LegalBasis;
import it.fascicolosociale.referrals.Referral;
import it.fascicolosociale.referrals.ReferralRequest;
import it.fascicolosociale.referrals.ReferralTarget;
import it.fascicolosociale.referrals.Referrals;

/**
 * Sharing with another service: the unit a referral of the case was sent to reads the file only while the referral
 * is under way and lawful, by a consent in force for that unit or a legal basis recorded with its reason.
 */
@IntegrationTest
@Transactional
class ReferralAccessTest {

    /** Coordinator of the consultorio (ULSS), not in charge of disability cases of the ATS. */
    private static final String CONSULTORIO = "anna.rizzo";

    @Autowired
    FileAccess access;

    @Autowired
    SyntheticFiles files;

    @Autowired
    Consents consents;

    @Autowired
    Referrals referrals;

    @Autowired
    PersonSearch search;

    private SocialCase socialCase;

    @BeforeEach
    void aCaseOfTheAts() {
        socialCase = files.personInCharge("Invio", "Prova", UserArea.DISABILITY, "elena.conte");
    }

    @Test
    void aConsentInForceOpensTheFileToTheUnitAndItsWithdrawalClosesIt() {
        Long consentId = consents.record(ConsentTerms.of(socialCase.getPersonId(), ConsentScope.REFERRAL,
                ConsentRecipient.unit("consultorio-d4"), LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 10), null), "elena.conte").getId();
        Referral referral = request();
        assertThat(access.toCase(CONSULTORIO, socialCase.getId())).as("requested, not sent").isEmpty();

        referrals.send(referral.getId(), LocalDate.now());
        assertThat(access.toCase(CONSULTORIO, socialCase.getId())).contains(AccessReason.REFERRED_UNIT);
        assertThat(access.toPerson(CONSULTORIO, socialCase.getPersonId())).contains(AccessReason.REFERRED_UNIT);
        assertThat(search.find(CONSULTORIO, new PersonSearch.Criteria("Prova Invio", null, null)))
                .extracting(PersonSearch.Hit::id).contains(socialCase.getPersonId());

        consents.withdraw(consentId, "elena.conte");
        assertThat(access.toCase(CONSULTORIO, socialCase.getId())).as("consent withdrawn").isEmpty();
    }

    @Test
    void aLegalBasisWithItsReasonOpensTheFileUntilTheCollaborationIsClosed() {
        Referral referral = request();
        referrals.justifyByLegalBasis(referral.getId(), LegalBasis.COURT_ORDER, "Decreto del Tribunale per i minorenni n. 1/2026.");
        referrals.send(referral.getId(), LocalDate.now());
        assertThat(access.toCase(CONSULTORIO, socialCase.getId())).contains(AccessReason.REFERRED_UNIT);

        referrals.accept(referral.getId(), null, CONSULTORIO);
        referrals.close(referral.getId(), "Percorso concluso.", CONSULTORIO);
        assertThat(access.toCase(CONSULTORIO, socialCase.getId())).as("collaboration closed").isEmpty();
    }

    @Test
    void aConsentForAnotherUnitOpensNothing() {
        consents.record(ConsentTerms.of(socialCase.getPersonId(), ConsentScope.REFERRAL, ConsentRecipient.unit("serd-d4"),
                LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 10), null), "elena.conte");
        request();

        assertThat(access.toCase(CONSULTORIO, socialCase.getId())).isEmpty();
    }

    private Referral request() {
        return referrals.request(new ReferralRequest(socialCase.getId(), null, socialCase.getPersonId(),
                ReferralTarget.unit("consultorio-d4"), "Sostegno psicologico alla famiglia."), "elena.conte");
    }
}
