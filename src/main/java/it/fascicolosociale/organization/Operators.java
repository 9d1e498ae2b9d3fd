package it.fascicolosociale.organization;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.platform.RuleViolation;
import it.fascicolosociale.platform.StaleEditException;

/** The operators' accounts and their roles in units. */
@Service
@Transactional
public class Operators {

    public static final int MIN_PASSWORD_LENGTH = 12;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,59}");

    private final OperatorRepository operators;
    private final UnitRepository units;
    private final PasswordEncoder passwordEncoder;

    Operators(OperatorRepository operators, UnitRepository units, PasswordEncoder passwordEncoder) {
        this.operators = operators;
        this.units = units;
        this.passwordEncoder = passwordEncoder;
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

    public Operator register(String username, OperatorProfile profile, String password, List<RoleAssignment> assignments) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new RuleViolation("error.operator.username-format", "invalid username", username);
        }
        if (operators.findByUsername(username).isPresent()) {
            throw new DuplicateCodeException(DuplicateCodeException.Kind.USERNAME, username);
        }
        requireAcceptable(password);
        requireKnownUnits(assignments);
        Operator operator = new Operator(username, profile, passwordEncoder.encode(password));
        operator.assign(assignments);
        return operators.save(operator);
    }

    /** Changes profile and roles; a new password only when one is given. */
    public Operator update(Long id, long expectedVersion, OperatorProfile profile,
                           List<RoleAssignment> assignments, Optional<String> newPassword) {
        Operator operator = get(id);
        StaleEditException.requireVersion("operator", id, expectedVersion, operator.getVersion());
        requireKnownUnits(assignments);
        newPassword.ifPresent(password -> {
            requireAcceptable(password);
            operator.changePassword(passwordEncoder.encode(password));
        });
        operator.describe(profile);
        operator.assign(assignments);
        return operators.saveAndFlush(operator);
    }

    private void requireKnownUnits(List<RoleAssignment> assignments) {
        for (RoleAssignment assignment : assignments) {
            if (!units.existsById(assignment.unitId())) {
                throw new UnknownCodeException(UnknownCodeException.Kind.UNIT, assignment.unitId());
            }
        }
    }

    private static void requireAcceptable(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new RuleViolation("error.operator.password-too-short",
                    "password shorter than " + MIN_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH);
        }
    }
}
