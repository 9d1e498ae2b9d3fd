package it.fascicolosociale.kpi;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import it.fascicolosociale.organization.Role;

/**
 * Decides who reads the figures, from the roles an operator holds today: the director, the area managers and the
 * coordinators read the whole ATS; a referente del comune reads the one comune their unit covers (a unit covering
 * none or several gives no comune, and no figures); anyone else reads nothing.
 */
@Component
class KpiAudiences {

    static final Set<String> MANAGER_ROLES = Set.of(Role.DIRECTOR.code(), Role.AREA_MANAGER.code(), Role.COORDINATOR.code());

    private static final String ROLES = """
            select distinct ra.role_code from role_assignment ra join operator o on o.id = ra.operator_id
            where o.username = :username and o.enabled
              and ra.valid_from <= :today and (ra.valid_to is null or ra.valid_to >= :today)""";

    private static final String OFFICER_COMUNI = """
            select distinct m.istat_code
            from role_assignment ra
            join operator o on o.id = ra.operator_id
            join unit_coverage c on c.unit_id = ra.unit_id
            join municipality m on m.id = c.municipality_id
            where o.username = :username and o.enabled and ra.role_code = :role
              and ra.valid_from <= :today and (ra.valid_to is null or ra.valid_to >= :today)""";

    private final JdbcClient jdbc;
    private final Clock clock;

    KpiAudiences(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    KpiAudience of(String username) {
        LocalDate today = LocalDate.now(clock);
        List<String> roles = jdbc.sql(ROLES).param("username", username).param("today", today).query(String.class).list();
        if (roles.stream().anyMatch(MANAGER_ROLES::contains)) {
            return KpiAudience.manager(username);
        }
        if (roles.contains(Role.MUNICIPALITY_OFFICER.code())) {
            List<String> comuni = jdbc.sql(OFFICER_COMUNI).param("username", username).param("today", today)
                    .param("role", Role.MUNICIPALITY_OFFICER.code()).query(String.class).list();
            if (comuni.size() == 1) {
                return KpiAudience.municipality(username, comuni.get(0));
            }
        }
        throw new AccessDeniedException("no KPI audience for operator");
    }
}
