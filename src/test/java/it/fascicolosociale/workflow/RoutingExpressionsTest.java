package it.fascicolosociale.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import it.fascicolosociale.IntegrationTest;
import it.fascicolosociale.organization.UnknownCodeException;
import it.fascicolosociale.platform.RuleViolation;

/** What BPMN expressions get from the {@code routing} bean, and how they fail. */
@IntegrationTest
class RoutingExpressionsTest {

    private static final Date SPRING_2026 = Date.from(LocalDate.of(2026, 4, 1).atStartOfDay(ZoneId.of("Europe/Rome")).toInstant());

    @Autowired
    RoutingExpressions routing;

    @Test
    void givesTheGroupIdRoleAtUnit() {
        assertThat(routing.groupOn("area-manager", "028019", "family-minors", SPRING_2026)).isEqualTo("area-manager@ssp-minori");
        assertThat(routing.unitGroup("social-worker", "front-office", "028019")).isEqualTo("social-worker@segretariato-028019");
    }

    @Test
    void refusesAnUnknownRoleNamingIt() {
        assertThatThrownBy(() -> routing.groupOn("janitor", "028019", "elderly", SPRING_2026))
                .isInstanceOf(UnknownCodeException.class)
                .hasMessage("Unknown role: 'janitor'");
    }

    @Test
    void refusesAnUnknownAreaNamingIt() {
        assertThatThrownBy(() -> routing.groupOn("coordinator", "028019", "gardening", SPRING_2026))
                .isInstanceOf(UnknownCodeException.class)
                .hasMessage("Unknown user area: 'gardening'");
    }

    @Test
    void refusesAnUnknownUnitFunctionNamingIt() {
        assertThatThrownBy(() -> routing.unitGroup("social-worker", "canteen", "028019"))
                .isInstanceOf(UnknownCodeException.class)
                .hasMessage("Unknown unit function: 'canteen'");
    }

    @Test
    void refusesAMalformedOrMissingComune() {
        assertThatThrownBy(() -> routing.groupOn("coordinator", "28019", "elderly", SPRING_2026))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("ISTAT code must be six digits: 28019");
        assertThatThrownBy(() -> routing.groupOn("coordinator", null, "elderly", SPRING_2026))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("ISTAT code must be six digits: null");
    }
}
