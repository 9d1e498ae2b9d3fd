package it.fascicolosociale.authentication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import it.fascicolosociale.IntegrationTest;
import it.fascicolosociale.browser.Browser;
import it.fascicolosociale.organization.Operators;

/**
 * A TOTP code is single-use (RFC 6238 section 5.2), in the database, with the clock moved by the test: the demo
 * coordinator's code accepted once is refused for the rest of its 90 seconds, and so is any older code.
 */
@IntegrationTest
@Transactional
class SecondFactorReplayTest {

    private static final byte[] DEMO_SECRET = Base32.decode(Browser.DEMO_TOTP_SECRET);
    private static final String COORDINATOR = "giorgio.moretti";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Operators operators;

    @Autowired
    PlatformTransactionManager transactions;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T08:00:00Z"));

    private SecondFactors secondFactors(boolean refuseReusedCodes) {
        SignInAttempts attempts = new SignInAttempts(jdbc, clock, 5, Duration.ofMinutes(1), Duration.ofHours(1));
        return new SecondFactors(jdbc, operators, attempts, clock, List.of("coordinator"), refuseReusedCodes);
    }

    /**
     * Other tests sign the coordinator in at today's time, on the same database when it is a real server: their last
     * code's step is later than this test's clock. The test starts from no code used (rolled back with the test).
     */
    @BeforeEach
    void noCodeUsedYet() {
        jdbc.sql("update operator_second_factor set last_used_step = null"
                + " where operator_id = (select id from operator where username = :username)").param("username", COORDINATOR).update();
    }

    @Test
    void aCodeIsAcceptedOnceAndNeverAgainWithinItsWindow() {
        SecondFactors secondFactors = secondFactors(true);
        String code = Totp.code(DEMO_SECRET, clock.instant());

        assertThat(secondFactors.verify(COORDINATOR, code)).isTrue();

        assertThat(secondFactors.verify(COORDINATOR, code)).isFalse();
        clock.advance(Duration.ofSeconds(59));
        assertThat(Totp.matches(DEMO_SECRET, code, clock.instant())).as("still inside its window").isTrue();
        assertThat(secondFactors.verify(COORDINATOR, code)).isFalse();
    }

    /**
     * Sign-ins held at the code, opened with a stolen password before the account locked, get no guess while it is
     * locked: even the right code is refused, until the lock is over.
     */
    @Test
    void evenTheRightCodeIsRefusedWhileTheAccountIsLocked() {
        SecondFactors secondFactors = secondFactors(true);
        SignInAttempts attempts = new SignInAttempts(jdbc, clock, 5, Duration.ofMinutes(1), Duration.ofHours(1));
        for (int failure = 0; failure < 5; failure++) {
            attempts.recordFailure(COORDINATOR);
        }

        assertThat(secondFactors.verify(COORDINATOR, Totp.code(DEMO_SECRET, clock.instant()))).isFalse();

        clock.advance(Duration.ofMinutes(1));
        assertThat(secondFactors.verify(COORDINATOR, Totp.code(DEMO_SECRET, clock.instant()))).isTrue();
    }

    /**
     * Two sign-ins presenting the same code at once, each in its own transaction: the second reads the step still
     * unused, then waits for the first's claim to commit and claims nothing. Committed, so the count of failures
     * it leaves is cleared after.
     */
    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void ofTwoSignInsPresentingTheSameCodeAtOnceOnlyOnePasses() throws Exception {
        SecondFactors secondFactors = secondFactors(true);
        String code = Totp.code(DEMO_SECRET, clock.instant());
        TransactionTemplate inTransaction = new TransactionTemplate(transactions);
        CountDownLatch firstClaimed = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);
        ExecutorService signIns = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> first = signIns.submit(() -> inTransaction.execute(status -> {
                boolean accepted = secondFactors.verify(COORDINATOR, code);
                firstClaimed.countDown();
                awaitUninterruptibly(firstMayCommit);
                return accepted;
            }));
            awaitUninterruptibly(firstClaimed);
            Future<Boolean> second = signIns.submit(() -> inTransaction.execute(status -> secondFactors.verify(COORDINATOR, code)));
            Instant deadline = Instant.now().plusSeconds(60);
            while (jdbc.sql("select count(*) from pg_locks where locktype = 'transactionid' and not granted").query(Long.class).single() == 0) {
                assertThat(Instant.now()).as("the second sign-in waiting for the first's claim").isBefore(deadline);
            }
            firstMayCommit.countDown();

            assertThat(List.of(first.get(60, TimeUnit.SECONDS), second.get(60, TimeUnit.SECONDS))).containsExactly(true, false);
        } finally {
            signIns.shutdownNow();
            new SignInAttempts(jdbc, clock, 5, Duration.ofMinutes(1), Duration.ofHours(1)).recordSuccess(COORDINATOR);
        }
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        try {
            assertThat(latch.await(60, TimeUnit.SECONDS)).as("the other sign-in went on").isTrue();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    @Test
    void anOlderCodeIsRefusedOnceANewerOneWasUsed() {
        SecondFactors secondFactors = secondFactors(true);
        String older = Totp.code(DEMO_SECRET, clock.instant().minusSeconds(30));

        assertThat(secondFactors.verify(COORDINATOR, Totp.code(DEMO_SECRET, clock.instant()))).isTrue();

        assertThat(secondFactors.verify(COORDINATOR, older)).isFalse();
    }

    @Test
    void theCodeOfTheNextStepIsAcceptedOnceTheCurrentOneWasUsed() {
        SecondFactors secondFactors = secondFactors(true);
        assertThat(secondFactors.verify(COORDINATOR, Totp.code(DEMO_SECRET, clock.instant()))).isTrue();

        assertThat(secondFactors.verify(COORDINATOR, Totp.code(DEMO_SECRET, clock.instant().plusSeconds(30)))).isTrue();
    }

    @Test
    void withTheSettingOffACodeMayBeUsedAgain() {
        SecondFactors secondFactors = secondFactors(false);
        String code = Totp.code(DEMO_SECRET, clock.instant());

        assertThat(secondFactors.verify(COORDINATOR, code)).isTrue();
        assertThat(secondFactors.verify(COORDINATOR, code)).isTrue();
    }

    /** A thousand sign-ins at seeded moments, each code presented a second time within its window: 0 reuse accepted. */
    @Test
    void noReuseSucceedsInAThousandTrials() {
        SecondFactors secondFactors = secondFactors(true);
        Random random = new Random(20_261_127L);
        int accepted = 0;
        int reusesAccepted = 0;
        for (int trial = 0; trial < 1_000; trial++) {
            clock.advance(Duration.ofSeconds(91 + random.nextInt(600)));
            String code = Totp.code(DEMO_SECRET, clock.instant().plusSeconds(30L * (random.nextInt(3) - 1)));
            accepted += secondFactors.verify(COORDINATOR, code) ? 1 : 0;
            clock.advance(Duration.ofSeconds(random.nextInt(30)));
            reusesAccepted += secondFactors.verify(COORDINATOR, code) ? 1 : 0;
        }

        assertThat(accepted).isEqualTo(1_000);
        assertThat(reusesAccepted).isZero();
    }
}
