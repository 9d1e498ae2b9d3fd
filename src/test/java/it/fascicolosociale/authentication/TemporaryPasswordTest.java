package it.fascicolosociale.authentication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.ArrayList;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import it.fascicolosociale.organization.OperatorProfile;
import it.fascicolosociale.organization.Operators;
import it.fascicolosociale.organization.Role;
import it.fascicolosociale.organization.RoleAssignment;
import it.fascicolosociale.platform.security.SignedInClient;

/**
 * A password the administrator sets is temporary: it signs in once, within 10 minutes, and the operator can do
 * nothing but replace it. Over HTTP, with synthetic operators of the test's own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TemporaryPasswordTest {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final String CHOSEN = "Cinque-Betulle-Sul-Sile-2026";

    @LocalServerPort
    int port;

    @Autowired
    Operators operators;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    SignInAttempts attempts;

    @Autowired
    SecondFactors secondFactors;

    @Test
    void theOperatorMustReplaceItBeforeAnythingElse() throws Exception {
        String username = newOperator();
        SignedInClient operator = new SignedInClient(port);
        operator.signIn(username);

        for (String page : List.of("/", "/people", "/tasks")) {
            HttpResponse<String> refused = operator.get(page);
            assertThat(refused.statusCode()).as(page).isEqualTo(302);
            assertThat(refused.headers().firstValue("Location")).as(page)
                    .hasValueSatisfying(to -> assertThat(to).endsWith("/profile/security?password-change-required"));
        }
        assertThat(operator.get("/profile/security?password-change-required").body()).contains("La tua password \u00e8 temporanea");

        HttpResponse<String> changed = operator.post("/profile/security/password", "currentPassword="
                + SignedInClient.PASSWORD + "&newPassword=" + CHOSEN + "&confirmation=" + CHOSEN,
                operator.csrfTokenFrom("/profile/security"));
        assertThat(changed.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/profile/security"));

        assertThat(operator.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void itSignsInOnlyOnce() throws Exception {
        String username = newOperator();
        new SignedInClient(port).signIn(username);

        assertThat(signInLandsOn(username)).endsWith("/login?error");
    }

    /** HTTP Basic, a password alone on every call, serves nothing before the operator has replaced it either. */
    @Test
    void itServesNoMachineCall() throws Exception {
        String username = newOperator();
        String credentials = Base64.getEncoder().encodeToString(
                (username + ":" + SignedInClient.PASSWORD).getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> call = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/engine-rest/process-definition"))
                .header("Authorization", "Basic " + credentials).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(call.statusCode()).isEqualTo(401);
    }

    /**
     * Two sign-ins with the temporary password at the same moment: the second checks the password while the first
     * has not used it up yet, and finishes after it has. Played in one thread: the account of the second, as it
     * reads it, is read before the first sign-in runs from start to end.
     */
    @Test
    void itSignsInOnlyOnceWhenTwoSignInsComeAtOnce() {
        String username = newOperator();
        AtomicReference<LockingAuthenticationProvider> provider = new AtomicReference<>();
        AtomicBoolean firstRan = new AtomicBoolean();
        List<Authentication> first = new ArrayList<>();
        UserDetailsService meanwhile = name -> {
            UserDetails asTheSecondReadsIt = accounts.loadUserByUsername(name);
            if (firstRan.compareAndSet(false, true)) {
                first.add(provider.get().authenticate(withTemporaryPassword(name)));
            }
            return asTheSecondReadsIt;
        };
        provider.set(new LockingAuthenticationProvider(meanwhile, passwordEncoder, attempts, secondFactors, operators));

        assertThatThrownBy(() -> provider.get().authenticate(withTemporaryPassword(username)))
                .isInstanceOf(AuthenticationException.class);
        assertThat(first).as("the first sign-in").hasSize(1);
    }

    private static Authentication withTemporaryPassword(String username) {
        return UsernamePasswordAuthenticationToken.unauthenticated(username, SignedInClient.PASSWORD);
    }

    @Test
    void itSignsInWithinTenMinutesOnly() throws Exception {
        String username = newOperator();
        Duration validity = jdbc.sql("select extract(epoch from temporary_password_until - now()) from operator where username = ?")
                .param(username).query(Double.class).optional().map(seconds -> Duration.ofMillis((long) (seconds * 1000))).orElseThrow();
        assertThat(validity).isBetween(Duration.ofMinutes(9), Duration.ofMinutes(10));

        jdbc.sql("update operator set temporary_password_until = now() - interval '1 second' where username = ?")
                .param(username).update();

        assertThat(signInLandsOn(username)).endsWith("/login?error");
    }

    private String signInLandsOn(String username) throws Exception {
        return new SignedInClient(port).postForm("/login", "username=" + username + "&password=" + SignedInClient.PASSWORD);
    }

    /** A social worker in laura.bianchi's unit, registered by the administrator with a temporary password. */
    private String newOperator() {
        return transactions.execute(status -> {
            RoleAssignment lauras = operators.byUsername("laura.bianchi").orElseThrow().getAssignments().get(0);
            String username = "prova.temporanea" + NEXT.incrementAndGet() + "." + System.nanoTime() % 100_000;
            operators.register(username, new OperatorProfile("Prova", "Temporanea", username + "@prova.invalid", true),
                    SignedInClient.PASSWORD, List.of(new RoleAssignment(Role.SOCIAL_WORKER, lauras.unitId(), lauras.validFrom(), null)));
            return username;
        });
    }
}
