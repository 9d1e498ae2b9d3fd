package it.fascicolosociale.authentication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.IntegrationTest;

/** The lockout with backoff, in the database, with the clock moved by the test. */
@IntegrationTest
@Transactional
class SignInAttemptsTest {

    private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");

    @Autowired
    JdbcClient jdbc;

    private final MovableClock clock = new MovableClock(START);

    private SignInAttempts attempts() {
        return new SignInAttempts(jdbc, clock, 5, Duration.ofMinutes(1), Duration.ofMinutes(15));
    }

    @Test
    void fiveConsecutiveFailuresLockForAMinute() {
        SignInAttempts attempts = attempts();
        for (int failure = 1; failure <= 4; failure++) {
            attempts.recordFailure("Prova.Blocco");
            assertThat(attempts.isLocked("prova.blocco")).as("after %d failures", failure).isFalse();
        }

        attempts.recordFailure("prova.blocco");

        assertThat(attempts.lockedUntil("PROVA.BLOCCO")).contains(START.plus(Duration.ofMinutes(1)));
        clock.advance(Duration.ofSeconds(59));
        assertThat(attempts.isLocked("prova.blocco")).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(attempts.isLocked("prova.blocco")).isFalse();
    }

    @Test
    void eachFurtherFailureDoublesTheLockUpToTheCap() {
        SignInAttempts attempts = attempts();
        for (int failure = 1; failure <= 5; failure++) {
            attempts.recordFailure("prova.blocco");
        }
        long[] expectedMinutes = {2, 4, 8, 15, 15};
        for (long minutes : expectedMinutes) {
            clock.advance(Duration.ofHours(1));
            attempts.recordFailure("prova.blocco");
            assertThat(attempts.lockedUntil("prova.blocco")).contains(clock.instant().plus(Duration.ofMinutes(minutes)));
        }
    }

    @Test
    void aCompleteSignInStartsTheCountAgain() {
        SignInAttempts attempts = attempts();
        for (int failure = 1; failure <= 4; failure++) {
            attempts.recordFailure("prova.blocco");
        }
        attempts.recordSuccess("prova.blocco");

        attempts.recordFailure("prova.blocco");

        assertThat(attempts.isLocked("prova.blocco")).isFalse();
        assertThat(jdbc.sql("select consecutive_failures from sign_in_attempt where username = 'prova.blocco'")
                .query(Integer.class).single()).isOne();
    }
}
