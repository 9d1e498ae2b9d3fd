package it.fascicolosociale.organization;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.platform.RuleViolation;
import it.fascicolosociale.platform.StaleEditException;

/** The operators' accounts and their roles in units. */
@Service
@Transactional
public class Operators {

    public static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,59}");

    private final OperatorRepository operators;
    private final UnitRepository units;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final Clock clock;
    private final Duration temporaryPasswordValidity;

    Operators(OperatorRepository operators, UnitRepository units, PasswordEncoder passwordEncoder,
              PasswordPolicy passwordPolicy, Clock clock,
              @Value("${fascicolo.security.temporary-password.valid-for:PT10M}") Duration temporaryPasswordValidity) {
        this.operators = operators;
        this.units = units;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.clock = clock;
        this.temporaryPasswordValidity = temporaryPasswordValidity;
    }

    @Transactional(readOnly = true)
    public List<Operator> all() {
        return operators.findAllByOrderByLastNameAscFirstNameAsc();
    }

    @Transactional(readOnly = true)
    public Operator get(Long id) {
        return operators.findById(id)
                .orElseThrow(() -> new UnknownCodeException(UnknownCodeException.Kind.OPERATOR, id));
    }

    @Transactional(readOnly = true)
    public Optional<Operator> byUsername(String username) {
        return operators.findByUsername(username);
    }

    /** A new account whose password, set by the administrator, is temporary (README, "Security"). */
    public Operator register(String username, OperatorProfile profile, String password, List<RoleAssignment> assignments) {
        return register(username, profile, password, assignments, Optional.of(temporaryPasswordValidity));
    }

    /** As {@link #register}, with the temporary password usable for that long, or with no time limit. */
    Operator register(String username, OperatorProfile profile, String password, List<RoleAssignment> assignments,
                      Optional<Duration> passwordValidity) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new RuleViolation("error.operator.username-format", "invalid username", username);
        }
        if (operators.findByUsername(username).isPresent()) {
            throw new DuplicateCodeException(DuplicateCodeException.Kind.USERNAME, username);
        }
        passwordPolicy.requireAcceptable(password, username, profile);
        requireKnownUnits(assignments);
        Operator operator = new Operator(username, profile);
        operator.setTemporaryPassword(passwordEncoder.encode(password), passwordValidity.map(clock.instant()::plus).orElse(null));
        operator.assign(assignments);
        return operators.save(operator);
    }

    /**
     * Changes profile and roles; a new password only when one is given. Disabling the account, setting its
     * password or changing its roles ends the operator's open sessions (README, "Security").
     */
    public Operator update(Long id, long expectedVersion, OperatorProfile profile,
                           List<RoleAssignment> assignments, Optional<String> newPassword) {
        Operator operator = get(id);
        StaleEditException.requireVersion("operator", id, expectedVersion, operator.getVersion());
        requireKnownUnits(assignments);
        newPassword.ifPresent(password -> {
            passwordPolicy.requireAcceptable(password, operator.getUsername(), profile);
            operator.setTemporaryPassword(passwordEncoder.encode(password), clock.instant().plus(temporaryPasswordValidity));
        });
        if (newPassword.isPresent() || operator.withdrawsAccess(profile, assignments)) {
            operator.endSessions(clock.instant());
        }
        operator.describe(profile);
        operator.assign(assignments);
        return operators.saveAndFlush(operator);
    }

    /**
     * An operator changes their own password: the current one first, so that a session left open is not
     * enough to take the account over.
     */
    public void changeOwnPassword(String username, String currentPassword, String newPassword) {
        Operator operator = operators.findByUsername(username)
                .orElseThrow(() -> new UnknownCodeException(UnknownCodeException.Kind.OPERATOR, username));
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, operator.getPasswordHash())) {
            throw new RuleViolation("error.operator.current-password-wrong", "current password does not match");
        }
        if (passwordEncoder.matches(newPassword == null ? "" : newPassword, operator.getPasswordHash())) {
            throw new RuleViolation("error.operator.password-unchanged", "new password equals the current one");
        }
        passwordPolicy.requireAcceptable(newPassword, username, new OperatorProfile(operator.getFirstName(),
                operator.getLastName(), operator.getEmail(), operator.isEnabled()));
        operator.changePassword(passwordEncoder.encode(newPassword));
    }

    /**
     * A password sign-in succeeded: a temporary password is now used up (single use). False when it was used up or
     * timed out since the password was checked, by another sign-in at the same moment: that sign-in must be refused.
     * The operator's row is locked first, so that of two such sign-ins exactly one uses it.
     */
    public boolean passwordSignedIn(String username) {
        return operators.lockByUsername(username).map(operator -> operator.useTemporaryPassword(clock.instant())).orElse(false);
    }

    /** Whether the operator's password is a temporary one, which they must replace before anything else. */
    @Transactional(readOnly = true)
    public boolean mustChangePassword(String username) {
        return operators.findByUsername(username).map(Operator::isPasswordChangeRequired).orElse(true);
    }

    /** Ends the operator's open sessions at their next request (a second factor reset, for one). */
    public void endSessionsOf(Long id) {
        get(id).endSessions(clock.instant());
    }

    private void requireKnownUnits(List<RoleAssignment> assignments) {
        for (RoleAssignment assignment : assignments) {
            if (!units.existsById(assignment.unitId())) {
                throw new UnknownCodeException(UnknownCodeException.Kind.UNIT, assignment.unitId());
            }
        }
    }
}
