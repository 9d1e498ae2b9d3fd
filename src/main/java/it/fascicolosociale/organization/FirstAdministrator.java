package it.fascicolosociale.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On a new installation without demo data nobody could sign in: when no operator holds the system
 * administrator role today, the account named by {@code fascicolo.first-administrator.username} and
 * {@code .password} is created, in a direction unit of the social district's agency. Once an
 * administrator exists the properties are ignored, so they can stay in the deployment.
 */
@Component
public class FirstAdministrator implements ApplicationRunner {

    static final String DIRECTION_UNIT = "direzione";
    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final Operators operators;
    private final Units units;
    private final OperatorRepository operatorRepository;
    private final Clock clock;
    private final String username;
    private final String password;

    FirstAdministrator(Operators operators, Units units, OperatorRepository operatorRepository, Clock clock,
                       @Value("${fascicolo.first-administrator.username:}") String username,
                       @Value("${fascicolo.first-administrator.password:}") String password) {
        this.operators = operators;
        this.units = units;
        this.operatorRepository = operatorRepository;
        this.clock = clock;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!username.isBlank() && !password.isBlank()) {
            createIfNone(username, password);
        }
    }

    /** Creates the administrator unless one is in force today; answers whether it did. */
    @Transactional
    public boolean createIfNone(String username, String password) {
        LocalDate today = LocalDate.now(clock);
        boolean anyAdministrator = operatorRepository.findAll().stream()
                .filter(Operator::isEnabled)
                .flatMap(operator -> operator.assignmentsInForceOn(today).stream())
                .anyMatch(assignment -> assignment.role() == Role.SYSTEM_ADMIN);
        if (anyAdministrator) {
            return false;
        }
        // no time limit: nobody knows when the installer signs in, and no other administrator could set a new one
        Operator administrator = operators.register(username, new OperatorProfile("Amministratore", "di sistema", null, true),
                password, List.of(new RoleAssignment(Role.SYSTEM_ADMIN, directionUnit().getId(), today, null)), Optional.empty());
        log.warn("Created the first system administrator, operator {}: change its password after signing in", administrator.getId());
        return true;
    }

    private OrganizationalUnit directionUnit() {
        return units.all().stream()
                .filter(unit -> unit.getCode().equals(DIRECTION_UNIT))
                .findFirst()
                .orElseGet(() -> units.register(DIRECTION_UNIT, new UnitProfile("Direzione", agencyId(),
                        UnitFunction.MANAGEMENT, null, Set.of(), true)));
    }

    private Long agencyId() {
        return units.managingBodies().stream()
                .filter(body -> body.getKind() == ManagingBodyKind.SOCIAL_DISTRICT_AGENCY)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No social district agency among the managing bodies"))
                .getId();
    }
}
