package it.fascicolosociale.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import it.fascicolosociale.authentication.SecondFactors;
import it.fascicolosociale.organization.Operator;
import it.fascicolosociale.organization.OperatorProfile;
import it.fascicolosociale.organization.Operators;
import it.fascicolosociale.organization.Role;
import it.fascicolosociale.organization.RoleAssignment;

/**
 * What an administrator does to an account ends the operator's open sessions at their very next request: the
 * old cookie gets the sign-in page and not one byte of the page it asked for. Each test signs in a synthetic
 * operator of its own, so that the demo accounts other tests use are never touched.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SessionRevocationTest {

    private static final AtomicInteger NEXT = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    Operators operators;

    @Autowired
    SecondFactors secondFactors;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void disablingAnOperatorRefusesTheirOpenSessionAtItsNextRequest() throws Exception {
        assertEndsTheSession(operator -> change(operator, false, operator.getAssignments(), Optional.empty()));
    }

    @Test
    void settingTheirPasswordRefusesTheOpenSession() throws Exception {
        assertEndsTheSession(operator -> change(operator, true, operator.getAssignments(),
                Optional.of("Quattro-Castagne-Sul-Piave-2026")));
    }

    @Test
    void changingTheirRolesRefusesTheOpenSession() throws Exception {
        assertEndsTheSession(operator -> change(operator, true, List.of(new RoleAssignment(Role.EDUCATOR,
                operator.getAssignments().get(0).unitId(), operator.getAssignments().get(0).validFrom(), null)),
                Optional.empty()));
    }

    @Test
    void resettingTheirSecondFactorRefusesTheOpenSession() throws Exception {
        assertEndsTheSession(operator -> secondFactors.reset(operator.getUsername()));
    }

    @Test
    void aChangeThatTakesNothingAwayKeepsTheSession() throws Exception {
        Operator operator = newOperator();
        SignedInClient client = new SignedInClient(port);
        client.signIn(operator.getUsername());

        asAdministrator(operator, unchanged -> operators.update(unchanged.getId(), unchanged.getVersion(),
                new OperatorProfile("Prova", "Sessione", "altro-indirizzo@prova.invalid", true),
                unchanged.getAssignments(), Optional.empty()));

        assertThat(client.get("/").statusCode()).isEqualTo(200);
    }

    private void assertEndsTheSession(Consumer<Operator> administratorChange) throws Exception {
        Operator operator = newOperator();
        SignedInClient client = new SignedInClient(port);
        client.signIn(operator.getUsername());
        assertThat(client.get("/").statusCode()).isEqualTo(200);

        asAdministrator(operator, administratorChange);

        HttpResponse<String> next = client.get("/");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login?revoked"));
        assertThat(next.body()).isEmpty();
        HttpResponse<String> again = client.get("/");
        assertThat(again.statusCode()).as("the session is gone on the server").isEqualTo(302);
        assertThat(again.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
        assertThat(client.get("/login?revoked").body()).contains("La sessione \u00e8 stata chiusa");
    }

    /** The change in one transaction, as the administrator's request makes it. */
    private void asAdministrator(Operator operator, Consumer<Operator> change) {
        transactions.executeWithoutResult(status -> change.accept(operators.get(operator.getId())));
    }

    /**
     * The synthetic operators are committed (the requests go to a running server); on a real server the other tests'
     * applications share the database, so they leave it disabled: no group lists them among its members.
     */
    @AfterEach
    void disableTheSyntheticOperators() {
        jdbc.sql("update operator set enabled = false where username like 'prova.sessione%'").update();
    }

    private void change(Operator operator, boolean enabled, List<RoleAssignment> assignments, Optional<String> password) {
        operators.update(operator.getId(), operator.getVersion(), new OperatorProfile(operator.getFirstName(),
                operator.getLastName(), operator.getEmail(), enabled), assignments, password);
    }

    /**
     * A social worker in laura.bianchi's unit, whose role requires no second factor, with the demo password as if
     * they had chosen it (not the temporary one the administrator sets: TemporaryPasswordTest).
     */
    private Operator newOperator() {
        return transactions.execute(status -> {
            RoleAssignment lauras = operators.byUsername("laura.bianchi").orElseThrow().getAssignments().get(0);
            String username = "prova.sessione" + NEXT.incrementAndGet() + "." + System.nanoTime() % 100_000;
            Operator registered = operators.register(username, new OperatorProfile("Prova", "Sessione",
                    username + "@prova.invalid", true), SignedInClient.PASSWORD,
                    List.of(new RoleAssignment(Role.SOCIAL_WORKER, lauras.unitId(), lauras.validFrom(), null)));
            jdbc.sql("update operator set password_change_required = false, temporary_password_until = null where id = ?")
                    .param(registered.getId()).update();
            return registered;
        });
    }
}
