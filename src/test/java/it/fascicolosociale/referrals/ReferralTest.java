package it.fascicolosociale.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import it.fascicolosociale.people.BodyCategory;
import it.fascicolosociale.platform.RuleViolation;

/** A referral changes through its steps, in their order. */
class ReferralTest {

    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    private static final ExternalBody SCHOOL = new ExternalBody(BodyCategory.SCHOOL, "Istituto comprensivo di Prova",
            "Via della Scuola 1, Camposampiero");

    @Test
    void isAnsweredOnlyOnceSent() {
        Referral referral = toUnit();
        assertThatThrownBy(() -> referral.answer(true, null, null, "anna.rizzo", NOW)).isInstanceOf(ReferralStateException.class);

        referral.send(Justification.byConsent(7L), null, NOW);
        referral.answer(true, null, null, "anna.rizzo", NOW);

        assertThat(referral.getStatus()).isEqualTo(ReferralStatus.ACCEPTED);
        assertThatThrownBy(() -> referral.answer(false, "Ci abbiamo ripensato.", null, "anna.rizzo", NOW))
                .isInstanceOf(ReferralStateException.class);
    }

    @Test
    void takesUpdatesUntilTheCollaborationIsClosed() {
        Referral referral = toUnit();
        referral.send(Justification.byConsent(7L), null, NOW);
        assertThatThrownBy(() -> referral.postUpdate("Troppo presto.", "anna.rizzo", NOW)).isInstanceOf(ReferralStateException.class);
        referral.answer(true, null, null, "anna.rizzo", NOW);

        referral.postUpdate("Secondo colloquio svolto.", "anna.rizzo", NOW);
        referral.close("Obiettivi raggiunti.", "anna.rizzo", NOW);

        assertThat(referral.getStatus()).isEqualTo(ReferralStatus.CLOSED);
        assertThatThrownBy(() -> referral.postUpdate("Dopo la chiusura.", "anna.rizzo", NOW))
                .isInstanceOf(ReferralStateException.class);
        assertThat(referral.entries()).extracting(ReferralEntry::getKind)
                .containsExactly(ReferralEntry.Kind.ACCEPTANCE, ReferralEntry.Kind.UPDATE, ReferralEntry.Kind.CLOSURE);
    }

    @Test
    void isWithdrawnOnlyBeforeBeingSent() {
        Referral sent = toUnit();
        sent.send(Justification.byConsent(7L), null, NOW);
        assertThatThrownBy(() -> sent.withdraw("Ripensamento.", "marco.ferro", NOW)).isInstanceOf(ReferralStateException.class);

        Referral requested = toUnit();
        requested.withdraw("Nessun consenso.", "marco.ferro", NOW);
        assertThat(requested.getStatus()).isEqualTo(ReferralStatus.WITHDRAWN);
        assertThatThrownBy(() -> requested.send(Justification.byConsent(7L), null, NOW)).isInstanceOf(ReferralStateException.class);
    }

    @Test
    void goesToAnExternalBodyOnlyAsALetterAndToAUnitNever() {
        Referral unit = toUnit();
        assertThatThrownBy(() -> unit.send(Justification.byConsent(7L), "Lettera", NOW)).isInstanceOf(ReferralStateException.class);
        Referral external = request(ReferralTarget.external(SCHOOL));
        assertThatThrownBy(() -> external.send(Justification.byConsent(7L), null, NOW)).isInstanceOf(ReferralStateException.class);

        external.send(Justification.byConsent(7L), "Spett.le Istituto comprensivo di Prova", NOW);

        assertThat(external.letter()).contains("Spett.le Istituto comprensivo di Prova");
        assertThat(external.target().consentRecipient()).get().extracting(recipient -> recipient.category())
                .isEqualTo(BodyCategory.SCHOOL);
    }

    @Test
    void anExternalBodyToBeNamedIsNamedBeforeItsLetterAndAUnitNever() {
        Referral external = request(ReferralTarget.externalToBeNamed());
        assertThat(external.target().consentRecipient()).as("no category yet: no consent can match").isEmpty();

        external.nameExternalBody(SCHOOL);

        assertThat(external.target().body()).isEqualTo(SCHOOL);
        assertThatThrownBy(() -> toUnit().nameExternalBody(SCHOOL)).isInstanceOf(ReferralStateException.class);
    }

    @Test
    void aLegalBasisNeedsItsReason() {
        assertThatThrownBy(() -> Justification.byLegalBasis(LegalBasis.COURT_ORDER, " "))
                .isInstanceOfSatisfying(RuleViolation.class, refused -> assertThat(refused.messageCode())
                        .isEqualTo("error.referral.legal-basis-reason-required"));
        assertThatThrownBy(() -> new ReferralRequest(null, null, 1L, ReferralTarget.unit("serd-d4"), "Motivo"))
                .isInstanceOfSatisfying(RuleViolation.class, refused -> assertThat(refused.messageCode())
                        .isEqualTo("error.referral.origin-required"));
    }

    private static Referral toUnit() {
        return request(ReferralTarget.unit("serd-d4"));
    }

    private static Referral request(ReferralTarget target) {
        return Referral.request(new ReferralRequest(1L, null, 2L, target, "Chiediamo una presa in carico congiunta."),
                "marco.ferro", NOW);
    }
}
