package it.fascicolosociale.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import it.fascicolosociale.platform.RuleViolation;

/** When a consent allows sharing, and with whom. */
class ConsentTest {

    private static final ConsentRecipient SERD = ConsentRecipient.unit("serd-d4");
    private static final LocalDate GIVEN = LocalDate.of(2026, 3, 1);
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    void isInForceFromItsFirstToItsLastDayOnly() {
        Consent consent = consent(ConsentScope.REFERRAL, SERD, GIVEN, LocalDate.of(2026, 6, 30));

        assertThat(consent.isInForce(GIVEN.minusDays(1))).isFalse();
        assertThat(consent.isInForce(GIVEN)).isTrue();
        assertThat(consent.isInForce(LocalDate.of(2026, 6, 30))).isTrue();
        assertThat(consent.isInForce(LocalDate.of(2026, 7, 1))).as("expired").isFalse();
    }

    @Test
    void withoutAnEndLastsUntilWithdrawnAndNotOnTheDayOfTheWithdrawal() {
        Consent consent = consent(ConsentScope.REFERRAL, SERD, GIVEN, null);
        assertThat(consent.isInForce(LocalDate.of(2030, 1, 1))).isTrue();

        consent.withdraw("marco.ferro", NOW, LocalDate.of(2026, 4, 15));

        assertThat(consent.isWithdrawn()).isTrue();
        assertThat(consent.isInForce(LocalDate.of(2026, 4, 14))).as("the day before the withdrawal").isTrue();
        assertThat(consent.isInForce(LocalDate.of(2026, 4, 15))).isFalse();
        assertThat(consent.isInForce(LocalDate.of(2030, 1, 1))).isFalse();
        assertThat(consent.getWithdrawnBy()).isEqualTo("marco.ferro");
    }

    @Test
    void isWithdrawnOnlyOnce() {
        Consent consent = consent(ConsentScope.REFERRAL, SERD, GIVEN, null);
        consent.withdraw("marco.ferro", NOW, LocalDate.of(2026, 4, 15));

        assertThatThrownBy(() -> consent.withdraw("elena.conte", NOW, LocalDate.of(2026, 5, 1)))
                .isInstanceOf(ConsentWithdrawnException.class);
        assertThat(consent.getWithdrawnBy()).isEqualTo("marco.ferro");
    }

    @Test
    void allowsOnlyTheRecipientItNames() {
        Consent consent = consent(ConsentScope.REFERRAL, SERD, GIVEN, null);

        assertThat(consent.allows(ConsentScope.REFERRAL, SERD, GIVEN)).isTrue();
        assertThat(consent.allows(ConsentScope.REFERRAL, ConsentRecipient.unit("csm-d4"), GIVEN)).as("other unit").isFalse();
        assertThat(consent.allows(ConsentScope.REFERRAL, ConsentRecipient.category(BodyCategory.SCHOOL), GIVEN)).isFalse();
    }

    @Test
    void sharingTheSocialFileCoversAReferralButNotTheOtherWayRound() {
        Consent wide = consent(ConsentScope.SHARE_SOCIAL_FILE, SERD, GIVEN, null);
        Consent narrow = consent(ConsentScope.REFERRAL, SERD, GIVEN, null);

        assertThat(wide.allows(ConsentScope.REFERRAL, SERD, GIVEN)).isTrue();
        assertThat(narrow.allows(ConsentScope.SHARE_SOCIAL_FILE, SERD, GIVEN)).isFalse();
    }

    @Test
    void cannotCoverDaysBeforeThePersonGaveIt() {
        assertThatThrownBy(() -> ConsentTerms.of(1L, ConsentScope.REFERRAL, SERD, GIVEN, GIVEN.minusDays(1), null))
                .isInstanceOfSatisfying(RuleViolation.class,
                        refused -> assertThat(refused.messageCode()).isEqualTo("error.consent.valid-before-given"));
        assertThatThrownBy(() -> ConsentTerms.of(1L, ConsentScope.REFERRAL, SERD, GIVEN, null, null))
                .isInstanceOfSatisfying(RuleViolation.class,
                        refused -> assertThat(refused.messageCode()).isEqualTo("error.consent.valid-from-required"));
    }

    @Test
    void namesOneUnitOrOneCategoryOfBodies() {
        assertThatThrownBy(() -> new ConsentRecipient("serd-d4", BodyCategory.SCHOOL)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> new ConsentRecipient(" ", null)).isInstanceOf(RuleViolation.class);
    }

    private static Consent consent(ConsentScope scope, ConsentRecipient recipient, LocalDate from, LocalDate to) {
        return Consent.record(ConsentTerms.of(1L, scope, recipient, GIVEN, from, to), "marco.ferro", NOW);
    }
}
