package it.fascicolosociale.authentication;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Consecutive failed sign-ins per username and the lock they cause (ASVS 6.3.1): from the fifth failure
 * on, each failure locks the account for twice as long as the previous one (1, 2, 4 ... minutes, capped).
 * Counted with one atomic statement per attempt in the database, so that parallel attempts on several
 * instances all count. A plain counter, not an aggregate: hence SQL rather than an entity.
 */
@Service
public class SignInAttempts {

    private static final Logger LOG = LoggerFactory.getLogger(SignInAttempts.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int threshold;
    private final Duration firstLock;
    private final Duration longestLock;

    SignInAttempts(JdbcClient jdbc, Clock clock,
                   @Value("${fascicolo.security.lockout.threshold:5}") int threshold,
                   @Value("${fascicolo.security.lockout.first-lock:PT1M}") Duration firstLock,
                   @Value("${fascicolo.security.lockout.longest-lock:PT1H}") Duration longestLock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.threshold = threshold;
        this.firstLock = firstLock;
        this.longestLock = longestLock;
    }

    /** A username in one spelling: the sign-in form is case-insensitive for the lock, as for people. */
    static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /** Until when attempts on this username are refused without looking at the password. */
    public Optional<Instant> lockedUntil(String username) {
        return jdbc.sql("select locked_until from sign_in_attempt where username = ?")
                .param(key(username))
                .query(Timestamp.class).optional()
                .map(Timestamp::toInstant)
                .filter(until -> until.isAfter(clock.instant()));
    }

    public boolean isLocked(String username) {
        return lockedUntil(username).isPresent();
    }

    /** One more failure; from the threshold on, the lock grows with each failure. */
    public void recordFailure(String username) {
        Instant now = clock.instant();
        int failures = jdbc.sql("""
                        insert into sign_in_attempt (username, consecutive_failures, last_failure_at) values (?, 1, ?)
                        on conflict (username) do update set consecutive_failures = sign_in_attempt.consecutive_failures + 1,
                            last_failure_at = excluded.last_failure_at
                        returning consecutive_failures""")
                .params(key(username), Timestamp.from(now))
                .query(Integer.class).single();
        if (failures >= threshold) {
            Duration lock = lockAfter(failures);
            jdbc.sql("update sign_in_attempt set locked_until = ? where username = ?")
                    .params(Timestamp.from(now.plus(lock)), key(username)).update();
            LOG.info("sign-in locked for {} s after {} consecutive failures", lock.toSeconds(), failures);
        }
    }

    /** A complete sign-in: the count starts again. */
    public void recordSuccess(String username) {
        jdbc.sql("delete from sign_in_attempt where username = ?").param(key(username)).update();
    }

    Duration lockAfter(int failures) {
        int doublings = Math.min(failures - threshold, 30);
        Duration lock = firstLock.multipliedBy(1L << doublings);
        return lock.compareTo(longestLock) > 0 ? longestLock : lock;
    }
}
