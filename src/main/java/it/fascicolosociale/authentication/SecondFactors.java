package it.fascicolosociale.authentication;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.organization.Operator;
import it.fascicolosociale.organization.Operators;
import it.fascicolosociale.organization.Role;

/**
 * The operators' TOTP second factor: who must have one (by role, configurable), who has one, checking a
 * code, and enrolling a new secret. Wrong codes count as failed sign-ins, so the lockout also stops anyone
 * guessing codes with a stolen password. A code is accepted once: the step it belongs to is claimed in the
 * database, and a code of that step or an earlier one is refused afterwards (RFC 6238 section 5.2), so a code
 * seen over a shoulder or in a proxy log cannot be replayed within its 90 seconds.
 */
@Service
public class SecondFactors {

    /** Where an operator stands with the second factor. */
    public enum Status { NOT_NEEDED, ENROLLED, REQUIRED_NOT_ENROLLED }

    static final String ISSUER = "Fascicolo Sociale";
    private static final Logger LOG = LoggerFactory.getLogger(SecondFactors.class);
    private static final int SECRET_BYTES = 20;

    private final JdbcClient jdbc;
    private final Operators operators;
    private final SignInAttempts attempts;
    private final Clock clock;
    private final Set<String> requiringAuthorities;
    private final boolean refuseReusedCodes;
    private final SecureRandom random = new SecureRandom();

    SecondFactors(JdbcClient jdbc, Operators operators, SignInAttempts attempts, Clock clock,
                  @Value("${fascicolo.security.totp.required-roles:coordinator,dpo,system-admin}") List<String> requiredRoles,
                  @Value("${fascicolo.security.totp.refuse-reused-codes:true}") boolean refuseReusedCodes) {
        this.jdbc = jdbc;
        this.operators = operators;
        this.attempts = attempts;
        this.clock = clock;
        this.requiringAuthorities = requiredRoles.stream().map(String::strip).filter(code -> !code.isEmpty())
                .map(code -> Role.fromCode(code).authority()).collect(Collectors.toUnmodifiableSet());
        this.refuseReusedCodes = refuseReusedCodes;
    }

    /** Whether the roles of this sign-in require a second factor. */
    public boolean requiredFor(Authentication authentication) {
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(requiringAuthorities::contains);
    }

    @Transactional(readOnly = true)
    public Status statusOf(Authentication authentication) {
        if (secretOf(authentication.getName()).isPresent()) {
            return Status.ENROLLED;
        }
        return requiredFor(authentication) ? Status.REQUIRED_NOT_ENROLLED : Status.NOT_NEEDED;
    }

    /**
     * Checks a code of an enrolled operator; a wrong or already used one is a failed sign-in attempt. While the
     * account is locked no code is looked at, as no password is: otherwise every sign-in held at the code, opened
     * with the stolen password before the lock, would still be one guess more.
     */
    @Transactional
    public boolean verify(String username, String code) {
        if (attempts.isLocked(username)) {
            return false;
        }
        boolean right = enrolmentOf(username).map(enrolment -> claim(enrolment, code)).orElse(false);
        if (right) {
            attempts.recordSuccess(username);
        } else {
            attempts.recordFailure(username);
        }
        return right;
    }

    /**
     * Whether the code is right and its step not used yet; if so the step is now used. One conditional update, so
     * that of two requests presenting the same code at the same moment only one is accepted.
     */
    private boolean claim(Enrolment enrolment, String code) {
        OptionalLong step = Totp.unusedStep(Base32.decode(enrolment.secret()), code, clock.instant(),
                refuseReusedCodes ? enrolment.lastUsedStep() : OptionalLong.empty());
        return step.isPresent() && jdbc.sql("""
                        update operator_second_factor set last_used_step = :step
                        where operator_id = :operator and (not :refuse or last_used_step is null or last_used_step < :step)""")
                .param("step", step.getAsLong()).param("operator", enrolment.operatorId()).param("refuse", refuseReusedCodes)
                .update() == 1;
    }

    /** A fresh secret of 160 bits (RFC 4226 recommends it), in base32, not yet saved. */
    public String newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        return Base32.encode(secret);
    }

    /** The URI that authenticator apps read (the Google Authenticator key URI format). */
    public static String otpauthUri(String username, String secret) {
        String label = encode(ISSUER) + ":" + encode(username);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(ISSUER)
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Saves the secret once the operator has shown, with a code from the app, that the app has it. */
    @Transactional
    public boolean enrol(String username, String secret, String code) {
        OptionalLong step = Totp.matchingStep(Base32.decode(secret), code, clock.instant());
        if (step.isEmpty()) {
            attempts.recordFailure(username);
            return false;
        }
        Operator operator = operators.byUsername(username).orElseThrow();
        jdbc.sql("""
                        insert into operator_second_factor (operator_id, totp_secret, enrolled_at, last_used_step) values (?, ?, ?, ?)
                        on conflict (operator_id) do update set totp_secret = excluded.totp_secret, enrolled_at = excluded.enrolled_at,
                            last_used_step = excluded.last_used_step""")
                .params(operator.getId(), secret, Timestamp.from(clock.instant()), step.getAsLong()).update();
        attempts.recordSuccess(username);
        LOG.info("operator {} enrolled a TOTP second factor", operator.getId());
        return true;
    }

    /**
     * Removes an operator's second factor (a lost or replaced phone) and ends their open sessions, which the old
     * phone may still hold; where their role requires one, they set up a new one at their next sign-in, before
     * anything else.
     */
    @Transactional
    public void reset(String username) {
        Operator operator = operators.byUsername(username).orElseThrow();
        jdbc.sql("delete from operator_second_factor where operator_id = ?").param(operator.getId()).update();
        operators.endSessionsOf(operator.getId());
        LOG.info("the TOTP second factor of operator {} was reset", operator.getId());
    }

    @Transactional(readOnly = true)
    public boolean enrolled(String username) {
        return secretOf(username).isPresent();
    }

    private Optional<String> secretOf(String username) {
        return enrolmentOf(username).map(Enrolment::secret);
    }

    private Optional<Enrolment> enrolmentOf(String username) {
        return jdbc.sql("""
                        select f.operator_id, f.totp_secret, f.last_used_step from operator_second_factor f
                        join operator o on o.id = f.operator_id where o.username = ?""")
                .param(username)
                .query((row, number) -> new Enrolment(row.getLong(1), row.getString(2),
                        row.getObject(3) == null ? OptionalLong.empty() : OptionalLong.of(row.getLong(3))))
                .optional();
    }

    private record Enrolment(long operatorId, String secret, OptionalLong lastUsedStep) {
    }
}
